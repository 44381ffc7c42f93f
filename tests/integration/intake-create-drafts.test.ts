import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { deleteClaim } from '@/lib/claims/delete-claim';
import { analyseArticle } from '@/lib/intake/analyse-article';
import { createIntakeClaims } from '@/lib/intake/create-intake-claims';
import { findSimilarClaims } from '@/lib/intake/find-similar-claims';
import type { Suggestion } from '@/lib/intake/types';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, editor, rowCounts } from '../support/editing';
import { createClaim, createSource, testDb, uniqueWord } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

/** An article about a place named for this test, so tests do not match each other's claims. */
function article(place: string) {
  return `Storm batters ${place}

Police in ${place} said up to 300 people were evacuated from a caravan park on 3 March 2025. The regional power company says about 45,000 homes are without electricity in ${place}.

What is a red warning? Follow our live coverage for the latest updates.`;
}

function meta(place: string, url: string | null = `https://news.example/${place}?utm_source=x`) {
  return {
    title: `Storm in ${place}`,
    publisherName: 'Example News',
    url,
    publishedAt: '2025-03-03',
  };
}

function kept(s: Suggestion, overrides: Partial<Suggestion['claim']> = {}) {
  return {
    key: s.key,
    action: 'create',
    claim: { ...s.claim, ...overrides },
    citation: s.citation,
  };
}

function analyse(place: string) {
  const analysis = analyseArticle(article(place), meta(place));
  const evacuated = analysis.suggestions.find((s) => s.sentence.includes('evacuated'))!;
  const power = analysis.suggestions.find((s) => s.sentence.includes('electricity'))!;
  return { analysis, evacuated, power };
}

/** The article as the page sends it back: its details and the text it read. */
const sourceFields = (place: string) => {
  const { url, ...rest } = meta(place);
  return { ...rest, url: url ?? '', text: article(place) };
};

describe('article intake: from pasted text to draft claims', () => {
  it('creates the kept suggestions as drafts citing the article, in one audited transaction', async () => {
    const actor = await editor();
    const place = uniqueWord('Harwick');
    const { evacuated, power } = analyse(place);
    expect(evacuated.claim).toMatchObject({
      claimantName: `Police in ${place}`,
      quantityQualifier: 'up_to',
      quantityMax: '300',
      quantityUnit: 'people',
    });
    const before = await rowCounts();

    const saved = value(
      await createIntakeClaims(actor, {
        article: sourceFields(place),
        items: [
          kept(evacuated, { statement: `Up to 300 people were evacuated in ${place}.` }),
          kept(power),
        ],
      }),
    );

    expect(saved.source.created).toBe(true);
    expect(saved.created).toHaveLength(2);
    const source = await testDb.source.findUniqueOrThrow({
      where: { id: saved.source.id },
      include: { publisher: true },
    });
    expect(source).toMatchObject({
      kind: 'news_report',
      title: `Storm in ${place}`,
      url: `https://news.example/${place}`,
    });
    expect(source.publisher?.name).toBe('Example News');

    const claims = await testDb.claim.findMany({
      where: { id: { in: saved.created.map((c) => c.id) } },
      include: { claimant: true, citations: true, revisions: true },
      orderBy: { id: 'asc' },
    });
    expect(claims.map((c) => [c.status, c.statement, c.claimant.name])).toEqual([
      ['draft', `Up to 300 people were evacuated in ${place}.`, `Police in ${place}`],
      [
        'draft',
        `About 45,000 homes are without electricity in ${place}.`,
        'Regional power company',
      ],
    ]);
    expect(claims[0]).toMatchObject({
      quantityQualifier: 'up_to',
      quantityMax: 300,
      quantityUnit: 'people',
      firstAppearanceUrl: `https://news.example/${place}?utm_source=x`,
      publishedAt: null,
    });
    expect(claims[0]?.citations).toEqual([
      expect.objectContaining({
        sourceId: source.id,
        stance: 'context',
        quote: evacuated.sentence,
        locator: 'paragraph 2, sentence 1',
      }),
    ]);
    expect(claims.every((c) => c.revisions.length === 1)).toBe(true);
    // Drafts in stage New, assigned to (and followed by) the editor who took them in.
    expect(claims.map((c) => [c.stage, c.assigneeId])).toEqual([
      ['new', actor.id],
      ['new', actor.id],
    ]);
    const follows = await testDb.claimFollow.findMany({
      where: { claimId: { in: claims.map((c) => c.id) } },
    });
    expect(follows.map((f) => f.userId)).toEqual([actor.id, actor.id]);

    const after = await rowCounts();
    expect(after.claims - before.claims).toBe(2);
    expect(after.sources - before.sources).toBe(1);
    expect(after.citations - before.citations).toBe(2);
    const events = await testDb.auditEvent.findMany({
      where: { actorId: actor.id },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual([
      'source.create',
      'claim.create',
      'citation.create',
      'claim.create',
      'citation.create',
      'intake.create',
    ]);
  });

  it('flags a second intake of the same article and cites it instead of duplicating', async () => {
    const actor = await editor();
    const place = uniqueWord('Lowmarsh');
    const first = analyse(place);
    const saved = value(
      await createIntakeClaims(actor, {
        article: sourceFields(place),
        items: [kept(first.evacuated)],
      }),
    );
    const draftId = saved.created[0]!.id;

    const second = analyse(place);
    const similar = await findSimilarClaims(
      actor,
      second.analysis.suggestions.map((s) => ({
        key: s.key,
        statement: s.claim.statement,
        sentence: s.sentence,
      })),
    );
    // The best match is the draft made from the same sentence (other tests' storms are alike).
    expect(similar.get(second.evacuated.key)?.[0]).toEqual({
      id: draftId,
      statement: first.evacuated.claim.statement,
      status: 'draft',
      similarity: 1,
    });
    expect(similar.get(second.power.key)?.map((c) => c.id)).not.toContain(draftId);

    const before = await rowCounts();
    const again = value(
      await createIntakeClaims(actor, {
        article: sourceFields(place),
        items: [{ ...kept(second.evacuated), action: 'attach', attachTo: String(draftId) }],
      }),
    );
    expect(again).toMatchObject({
      source: { id: saved.source.id, created: false },
      created: [],
      cited: [],
      alreadyCited: [{ claimId: draftId }],
    });
    // Nothing new but the intake's own record (and its audit event).
    expect(await rowCounts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('attaches the article as a new citation on a similar existing claim', async () => {
    const actor = await editor();
    const place = uniqueWord('Port Ellis');
    const otherSource = await createSource({ title: 'Coastguard bulletin' });
    const existing = await createClaim({
      statement: `Up to 300 people were evacuated from a caravan park in ${place}.`,
      status: 'published',
      citations: [{ sourceId: otherSource.id, stance: 'supports', quote: 'Bulletin text.' }],
    });
    const { evacuated } = analyse(place);
    const similar = await findSimilarClaims(actor, [
      { key: evacuated.key, statement: evacuated.claim.statement, sentence: evacuated.sentence },
    ]);
    const match = similar.get(evacuated.key)?.find((c) => c.id === existing.id);
    expect(match).toMatchObject({ id: existing.id, status: 'published' });
    expect(match!.similarity).toBeGreaterThanOrEqual(0.5);

    const before = await rowCounts();
    const saved = value(
      await createIntakeClaims(actor, {
        article: sourceFields(place),
        items: [{ ...kept(evacuated), action: 'attach', attachTo: String(existing.id) }],
      }),
    );
    expect(saved.cited).toEqual([{ claimId: existing.id, key: evacuated.key }]);
    const after = await rowCounts();
    expect(after.claims).toBe(before.claims);
    expect(after.citations - before.citations).toBe(1);
    const citations = await testDb.citation.findMany({
      where: { claimId: existing.id },
      orderBy: { id: 'asc' },
    });
    expect(citations.map((c) => [c.sourceId, c.stance, c.quote])).toEqual([
      [otherSource.id, 'supports', 'Bulletin text.'],
      [saved.source.id, 'context', evacuated.sentence],
    ]);
  });

  it('writes nothing when any kept suggestion is refused', async () => {
    const actor = await editor();
    const place = uniqueWord('Arvel');
    const { evacuated, power } = analyse(place);
    const before = await rowCounts();

    const invalid = await createIntakeClaims(actor, {
      article: sourceFields(place),
      items: [kept(evacuated, { quantityMin: '5' }), kept(power, { statement: '  ' })],
    });
    expect(invalid).toMatchObject({
      ok: false,
      message: 'Nothing was created: check the highlighted fields.',
      errors: {
        [`${evacuated.key}.quantityMin`]: ['Not used with “up to”; leave it empty.'],
        [`${power.key}.statement`]: ['Statement is required.'],
      },
    });

    const gone = await createClaim({ statement: `Deleted claim in ${place}` });
    value(await deleteClaim(await admin(), { id: gone.id, version: 1 }));
    const afterDelete = await rowCounts();
    const refused = await createIntakeClaims(actor, {
      article: sourceFields(place),
      items: [kept(evacuated), { ...kept(power), action: 'attach', attachTo: String(gone.id) }],
    });
    expect(refused).toMatchObject({
      ok: false,
      message: 'Nothing was created. This claim has been deleted; its evidence cannot be changed.',
      errors: { [`${power.key}.claimId`]: [expect.any(String)] },
    });
    expect(await rowCounts()).toEqual(afterDelete);
    expect(afterDelete.claims).toBe(before.claims + 1);

    const none = await createIntakeClaims(actor, { article: sourceFields(place), items: [] });
    expect(none).toMatchObject({ ok: false, message: 'Tick at least one suggestion to keep.' });
    const badLink = await createIntakeClaims(actor, {
      article: { ...sourceFields(place), url: 'javascript:alert(1)' },
      items: [kept(evacuated)],
    });
    expect(!badLink.ok && badLink.errors?.url?.[0]).toMatch(/Only http/);
    expect(await rowCounts()).toEqual(afterDelete);
  });

  it('refuses callers who are not signed in, before reading anything', async () => {
    const place = uniqueWord('Dunmore');
    const { evacuated } = analyse(place);
    const before = await rowCounts();
    await expect(
      createIntakeClaims(null, { article: sourceFields(place), items: [kept(evacuated)] }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(findSimilarClaims(null, [])).rejects.toBeInstanceOf(AuthorizationError);
    expect(await rowCounts()).toEqual(before);
  });

  it('uses the library’s source for a known link, and refuses one that was removed', async () => {
    const actor = await editor();
    const place = uniqueWord('Skellby');
    const known = await createSource({
      title: 'Known report',
      url: `https://news.example/${place}`,
    });
    const { evacuated } = analyse(place);
    const saved = value(
      await createIntakeClaims(actor, { article: sourceFields(place), items: [kept(evacuated)] }),
    );
    expect(saved.source).toEqual({ id: known.id, created: false });

    await testDb.source.update({ where: { id: known.id }, data: { deletedAt: new Date() } });
    const before = await rowCounts();
    const refused = await createIntakeClaims(actor, {
      article: sourceFields(place),
      items: [kept(evacuated)],
    });
    expect(!refused.ok && refused.message).toMatch(/was removed; ask an admin to restore it/);
    expect(await rowCounts()).toEqual(before);
  });
});
