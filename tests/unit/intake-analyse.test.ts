import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/lib/intake/analyse-article';
import { evaluateArticle, totals } from '@/lib/intake/eval/evaluate';
import { loadLabelledArticles } from '@/lib/intake/eval/labelled-articles';
import { articleSchema, intakeCitationSchema } from '@/lib/intake/intake-input';
import { ARTICLE_MAX, MAX_SUGGESTIONS } from '@/lib/intake/limits';
import type { ArticleMeta } from '@/lib/intake/types';
import { createClaimSchema } from '@/lib/validation/claim-input';

const META: ArticleMeta = {
  title: 'North Korea ratifies treaty',
  publisherName: 'Claimtrack Wire',
  url: 'https://wire.example/nk-treaty',
  publishedAt: '2024-11-12',
};

const STORY = `North Korea ratifies mutual defence treaty with Russia

Kim Jong Un has ratified the treaty with Russia, KCNA reported. Ukraine's Defence Ministry said its forces had clashed with North Korean units in Russia's Kursk region. South Korean intelligence said up to 12,000 North Korean troops could already be at Russian bases in the Far East.

Is this the end of the war? I think it is a disgrace. Sign up for our newsletter.`;

describe('article intake: analysing an article', () => {
  it('ranks the story’s claims and pre-fills each one', () => {
    const analysis = analyseArticle(STORY, META);
    expect(analysis.sentenceCount).toBe(7);
    const troops = analysis.suggestions.find((s) => s.sentence.includes('12,000'));
    expect(troops).toMatchObject({
      rank: 1,
      claimantFrom: 'attribution',
      claim: {
        statement:
          'Up to 12,000 North Korean troops could already be at Russian bases in the Far East.',
        claimantName: 'South Korean intelligence',
        claimantKind: 'agency',
        place: 'Far East',
        firstAppearedAt: '2024-11-12',
        firstAppearanceUrl: 'https://wire.example/nk-treaty',
        quantityQualifier: 'up_to',
        quantityMax: '12000',
        quantityUnit: 'troops',
      },
      citation: {
        stance: 'context',
        locator: 'paragraph 2, sentence 3',
        quote:
          'South Korean intelligence said up to 12,000 North Korean troops could already be at Russian bases in the Far East.',
      },
    });
    expect(troops?.reasons.map((r) => r.cue)).toEqual(
      expect.arrayContaining(['quantity', 'attribution', 'hedge']),
    );
    const scores = analysis.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(analysis.suggestions.map((s) => s.sentence)).not.toContain('I think it is a disgrace.');
  });

  it('pre-fills claims and citations that pass the claim form’s own validation', () => {
    for (const article of loadLabelledArticles()) {
      for (const s of analyseArticle(article.text, META).suggestions) {
        const claim = createClaimSchema.safeParse({ ...s.claim, status: 'draft' });
        expect(claim.success, `${s.sentence}: ${JSON.stringify(claim.error?.issues)}`).toBe(true);
        expect(intakeCitationSchema.safeParse(s.citation).success).toBe(true);
      }
    }
  });

  it('falls back to the publisher as claimant when the sentence names no one', () => {
    const analysis = analyseArticle(
      'Russia has occupied nearly a fifth of Ukraine since February 2022.',
      META,
    );
    expect(analysis.suggestions[0]?.claim).toMatchObject({
      claimantName: 'Claimtrack Wire',
      claimantKind: 'outlet',
      quantityQualifier: 'about',
      quantityValue: '20',
      context: 'Dates mentioned: February 2022.',
    });
    expect(analysis.suggestions[0]?.claimantFrom).toBe('publisher');
  });

  it('reads the claimant after a dateline, not the dateline into its name', () => {
    const analysis = analyseArticle(
      "SEOUL — South Korea's spy agency said about 3,000 North Korean soldiers had been moved to Russia.",
      META,
    );
    expect(analysis.suggestions[0]?.claim.claimantName).toBe("South Korea's spy agency");
    expect(analysis.suggestions[0]?.claim.statement).toBe(
      'About 3,000 North Korean soldiers had been moved to Russia.',
    );
  });

  it('reaches precision and recall of at least 0.8 on the labelled articles', () => {
    const overall = totals(loadLabelledArticles().map(evaluateArticle));
    expect(overall.precision).toBeGreaterThanOrEqual(0.8);
    expect(overall.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('article intake: odd and hostile input gets a clear message or a sane result', () => {
  const noMeta: ArticleMeta = { title: null, publisherName: null, url: null, publishedAt: null };

  it('refuses empty and over-long text with a message', () => {
    const empty = articleSchema.safeParse({ text: '  \n ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('Article text is required.');
    const long = articleSchema.safeParse({ text: 'a'.repeat(ARTICLE_MAX + 1) });
    expect(long.error?.issues[0]?.message).toBe(
      `Article text must be at most ${ARTICLE_MAX} characters (it has ${ARTICLE_MAX + 1}).`,
    );
    expect(articleSchema.safeParse({ text: '😀'.repeat(ARTICLE_MAX) }).success).toBe(true);
    expect(articleSchema.safeParse({ text: 'Fine.', url: 'javascript:alert(1)' }).success).toBe(
      false,
    );
  });

  it('reads one endless sentence as one, and says so', () => {
    const text = 'and the convoy moved past the river towards 12,000 troops '.repeat(1700);
    const analysis = analyseArticle(text.slice(0, ARTICLE_MAX), noMeta);
    expect(analysis.sentenceCount).toBe(1);
    expect(analysis.notes.join(' ')).toMatch(/has no sentence ending; it was read as a single/);
    for (const s of analysis.suggestions) {
      expect(createClaimSchema.safeParse({ ...s.claim, claimantName: 'X' }).success).toBe(true);
      expect(intakeCitationSchema.safeParse(s.citation).success).toBe(true);
    }
  });

  it('treats pasted HTML as text', () => {
    const analysis = analyseArticle(
      '<p>Police said <b>up to 300 people</b> were evacuated from Harwick on 3 March 2025.</p><script>alert(1)</script>',
      noMeta,
    );
    expect(analysis.suggestions[0]?.citation.quote).toContain('<script>alert(1)</script>');
    expect(analysis.suggestions[0]?.claim).toMatchObject({
      statement: 'Up to 300 people were evacuated from Harwick on 3 March 2025.',
      claimantName: 'Police',
    });
    expect(analysis.notes[0]).toMatch(/contains HTML markup. It was read as text/);
  });

  it('shows at most MAX_SUGGESTIONS of a long article, and says how many there were', () => {
    const text = Array.from(
      { length: 80 },
      (_, i) =>
        `Police said ${i + 100} people were evacuated from Harwick on ${(i % 27) + 1} March.`,
    ).join(' ');
    const analysis = analyseArticle(text, noMeta);
    expect(analysis.candidateCount).toBe(80);
    expect(analysis.suggestions).toHaveLength(MAX_SUGGESTIONS);
    expect(analysis.notes).toContain(
      `80 sentences could be checked; the ${MAX_SUGGESTIONS} with the highest scores are shown.`,
    );
  });

  it('says when the text is not English, and copes with emoji and right-to-left text', () => {
    const french =
      "Le ministère a déclaré que les forces ukrainiennes ont affronté des unités nord-coréennes dans la région de Koursk. Selon les services de renseignement, jusqu'à 12 000 soldats seraient déjà sur place. Les pourparlers reprendront la semaine prochaine.";
    expect(analyseArticle(french, noMeta).notes[0]).toMatch(/does not read as English/);
    const arabic =
      'قالت وزارة الدفاع إن القوات اشتبكت مع وحدات كورية شمالية في منطقة كورسك. '.repeat(5);
    const rtl = analyseArticle(arabic, noMeta);
    expect(rtl.sentenceCount).toBe(5);
    expect(rtl.notes.join(' ')).toMatch(/No sentence scored high enough/);
    const emoji = analyseArticle(
      '🚀🚀 Officials said 40 rockets 🚀 were fired at Kharkiv on 2 May 2024. 🙏',
      noMeta,
    );
    expect(emoji.suggestions[0]?.claim.quantityValue).toBe('40');
  });
});
