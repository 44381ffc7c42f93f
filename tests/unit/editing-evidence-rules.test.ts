import { describe, expect, it } from 'vitest';
import { checkEvidenceRules, type EvidenceCitation } from '@/lib/claims/evidence-rules';

let nextSource = 1;
function cite(
  stance: 'supports' | 'contradicts' | 'context',
  publisher: { id: number; name: string } | null,
  sourceId = nextSource++,
  source: Partial<Pick<EvidenceCitation, 'sourceTitle' | 'sourceUrl' | 'sourceArchiveUrl'>> = {},
): EvidenceCitation {
  return {
    stance,
    sourceId,
    sourceTitle: `Source ${sourceId}`,
    sourceUrl: null,
    sourceArchiveUrl: null,
    publisherName: publisher?.name ?? null,
    ...source,
  };
}
const reuters = { id: 1, name: 'Reuters' };
const yonhap = { id: 2, name: 'Yonhap' };

describe('evidence rules', () => {
  describe('Confirmed', () => {
    it('is refused without supporting citations', () => {
      const check = checkEvidenceRules('confirmed', [
        cite('contradicts', reuters),
        cite('context', yonhap),
      ]);
      expect(check).toMatchObject({ ok: false, missing: 'independent-support' });
      expect(!check.ok && check.message).toMatch(
        /at least 2 different publishers; this claim has no supporting citation/,
      );
    });

    it('is refused with one supporting citation', () => {
      const check = checkEvidenceRules('confirmed', [cite('supports', reuters)]);
      expect(!check.ok && check.message).toMatch(/one publisher \(Reuters\)/);
    });

    it('is refused with two supporting citations from the same publisher', () => {
      const check = checkEvidenceRules('confirmed', [
        cite('supports', yonhap),
        cite('supports', yonhap),
      ]);
      expect(check).toMatchObject({ ok: false });
      expect(!check.ok && check.message).toMatch(/Yonhap.*another publisher/);
    });

    it('is accepted with supporting citations from two publishers', () => {
      expect(
        checkEvidenceRules('confirmed', [cite('supports', reuters), cite('supports', yonhap)]),
      ).toEqual({ ok: true });
    });

    it('does not count contradicting or context citations as support', () => {
      expect(
        checkEvidenceRules('confirmed', [
          cite('supports', reuters),
          cite('contradicts', yonhap),
          cite('context', { id: 3, name: 'AP' }),
        ]).ok,
      ).toBe(false);
    });

    it('counts a source without publisher as its own publisher', () => {
      expect(
        checkEvidenceRules('confirmed', [cite('supports', null), cite('supports', reuters)]).ok,
      ).toBe(true);
      expect(
        checkEvidenceRules('confirmed', [cite('supports', null), cite('supports', null)]).ok,
      ).toBe(true);
      // The same publisher-less source cited twice is still one.
      const check = checkEvidenceRules('confirmed', [
        cite('supports', null, 99),
        cite('supports', null, 99),
      ]);
      expect(!check.ok && check.message).toMatch(/“Source 99” \(no publisher\)/);
    });
  });

  describe('counts each source and each publisher once (issue 11, item 12)', () => {
    it('does not count a source cited on both sides, for Confirmed or for False', () => {
      const both = [cite('supports', reuters, 500), cite('contradicts', reuters, 500)];
      const confirmed = checkEvidenceRules('confirmed', [...both, cite('supports', yonhap)]);
      expect(confirmed).toMatchObject({ ok: false, missing: 'independent-support' });
      expect(!confirmed.ok && confirmed.message).toMatch(
        /one publisher \(Yonhap\).*“Source 500” is cited both as supporting and as contradicting this claim, so it counts for neither side\./,
      );
      const refuted = checkEvidenceRules('false', both);
      expect(refuted).toMatchObject({ ok: false, missing: 'contradiction' });
      expect(!refuted.ok && refuted.message).toMatch(/counts for neither side/);
      // The "dup" of the report: the same publisher-less source as supports and contradicts.
      const dup = checkEvidenceRules('confirmed', [
        cite('contradicts', null, 501),
        cite('supports', null, 501),
        cite('supports', null),
      ]);
      expect(dup.ok).toBe(false);
    });

    it.each([
      ['upper case', 'Reuters', 'REUTERS'],
      ['lower case', 'Reuters', 'reuters'],
      ['spaces around', 'Reuters', '  Reuters '],
      ['a no-break space inside', 'Thomson Reuters', 'Thomson\u00A0Reuters'],
      ['two spaces inside', 'Thomson Reuters', 'Thomson  Reuters'],
      ['full-width letters', 'Reuters', 'Ｒｅｕｔｅｒｓ'],
      ['a zero-width space', 'Reuters', 'Reu\u200Bters'],
      ['a typographic apostrophe', "People's Daily", 'People’s Daily'],
      ['a non-breaking hyphen', 'Agence France-Presse', 'Agence France\u2011Presse'],
      ['ß for ss', 'Die Strasse', 'Die Straße'],
    ])('counts one publisher spelled with %s once', (_, name, spelling) => {
      const check = checkEvidenceRules('confirmed', [
        cite('supports', { id: 10, name }),
        cite('supports', { id: 11, name: spelling }),
      ]);
      expect(check).toMatchObject({ ok: false, missing: 'independent-support' });
    });

    it.each([
      ['http and https', 'http://example.org/leak', 'https://example.org/leak'],
      ['with and without www', 'https://www.example.org/leak', 'https://example.org/leak'],
      ['www over http', 'http://www.example.org/leak/', 'https://example.org/leak'],
      ['tracking parameters', 'https://example.org/leak?utm_source=x', 'https://example.org/leak'],
    ])('counts one publisher-less document linked over %s once', (_, a, b) => {
      const check = checkEvidenceRules('confirmed', [
        cite('supports', null, undefined, { sourceTitle: 'Leaked memo', sourceUrl: a }),
        cite('supports', null, undefined, { sourceTitle: 'Memo (copy)', sourceUrl: b }),
      ]);
      expect(check.ok).toBe(false);
    });

    it('counts a document and its archived copy, or one title without a link, once', () => {
      const archived = checkEvidenceRules('confirmed', [
        cite('supports', null, undefined, { sourceUrl: 'https://example.org/post/1' }),
        cite('supports', null, undefined, {
          sourceUrl: 'https://archive.example/abc',
          sourceArchiveUrl: null,
        }),
        cite('supports', null, undefined, {
          sourceUrl: null,
          sourceArchiveUrl: 'https://archive.example/abc',
          sourceTitle: 'Archived post',
        }),
      ]);
      // Two documents: the post, and the archive copy held by two rows.
      expect(archived.ok).toBe(true);
      const untitled = checkEvidenceRules('confirmed', [
        cite('supports', null, undefined, { sourceTitle: 'Statement of the ministry' }),
        cite('supports', null, undefined, { sourceTitle: 'statement of  the Ministry' }),
      ]);
      expect(untitled.ok).toBe(false);
      const linked = checkEvidenceRules('confirmed', [
        cite('supports', null, undefined, {
          sourceTitle: 'Post',
          sourceUrl: 'https://a.example/1',
        }),
        cite('supports', null, undefined, {
          sourceTitle: 'Post',
          sourceUrl: 'https://b.example/2',
        }),
      ]);
      // Same title, different links: two documents.
      expect(linked.ok).toBe(true);
    });
  });

  describe('False', () => {
    it('is refused without a contradicting citation', () => {
      const check = checkEvidenceRules('false', [
        cite('supports', reuters),
        cite('context', yonhap),
      ]);
      expect(check).toMatchObject({ ok: false, missing: 'contradiction' });
      expect(!check.ok && check.message).toMatch(/at least one contradicting citation/);
    });

    it('is accepted with one contradicting citation', () => {
      expect(checkEvidenceRules('false', [cite('contradicts', null)])).toEqual({ ok: true });
    });
  });

  it('has no rule for the other verdicts', () => {
    for (const verdict of ['likely', 'disputed', 'misleading', 'unsubstantiated', 'unverified']) {
      expect(checkEvidenceRules(verdict, [])).toEqual({ ok: true });
    }
  });
});
