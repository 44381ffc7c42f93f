import { beforeAll, describe, expect, it } from 'vitest';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { store } from '@/lib/db/store';
import { visibilityOf } from '@/lib/search/claim-search';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaim, createClaimant, createSource, testDb } from '../support/factories';

const search = (q: string, extra: Record<string, string | string[]> = {}) =>
  findPublishedClaims(parseClaimListQuery({ q, ...extra }));
const titlesOf = async (q: string, extra: Record<string, string | string[]> = {}) =>
  (await search(q, extra)).items.map((c) => c.title);

beforeAll(async () => {
  const nis = await createClaimant('South Korean intelligence');
  const mod = await createClaimant('Defence Ministry of Ukraine');
  const report = await createSource({ title: 'Briefing to lawmakers' });
  await createClaim({
    title: 'Troops at Far East bases',
    statement: 'Up to 12,000 North Korean troops are at Russian bases in the Far East.',
    claimantId: nis.id,
    verdict: 'likely',
  });
  await createClaim({
    title: 'Clash in Kursk',
    statement: 'Ukrainian forces clashed with North Korean units in the Kursk region.',
    context: 'First reported engagement between the two armies.',
    claimantId: mod.id,
    verdict: 'disputed',
    citations: [
      { sourceId: report.id, stance: 'supports', quote: 'Soldiers engaged near Sudzha.' },
    ],
  });
  await createClaim({
    title: 'Draft about troops',
    statement: 'A draft claim about troops that readers must not find.',
    status: 'draft',
  });
  await createClaim({
    title: 'Deleted about troops',
    statement: 'A deleted claim about troops that readers must not find.',
    deleted: true,
  });
});

describe('full-text search', () => {
  it('finds claims by statement, title, context, claimant and cited quote', async () => {
    expect(await titlesOf('12,000 troops')).toEqual(['Troops at Far East bases']);
    expect(await titlesOf('clash')).toEqual(['Clash in Kursk']);
    expect(await titlesOf('engagement armies')).toEqual(['Clash in Kursk']);
    expect(await titlesOf('South Korean intelligence')).toEqual(['Troops at Far East bases']);
    expect(await titlesOf('Sudzha')).toEqual(['Clash in Kursk']);
  });

  it('matches word forms (clashed ~ clash, bases ~ base)', async () => {
    expect(await titlesOf('clashing')).toEqual(['Clash in Kursk']);
    expect(await titlesOf('base')).toEqual(['Troops at Far East bases']);
  });

  it('never shows drafts or deleted claims', async () => {
    const page = await search('troops');
    expect(page.items.map((c) => c.title)).toEqual(['Troops at Far East bases']);
    expect(page.total).toBe(1);
  });

  it('ranks a statement match above a passing mention in a quote', async () => {
    const source = await createSource();
    await createClaim({
      title: 'Quote mention',
      statement: 'Munitions shipments crossed the border by rail.',
      citations: [{ sourceId: source.id, stance: 'context', quote: 'Zaporizhzhia was mentioned.' }],
    });
    await createClaim({
      title: 'Statement mention',
      statement: 'Zaporizhzhia front lines moved twice in November.',
    });
    expect(await titlesOf('zaporizhzhia')).toEqual(['Statement mention', 'Quote mention']);
  });

  it.each([
    '"',
    '"unbalanced',
    '*',
    'troops*',
    'NEAR(troops kursk)',
    'troops OR kursk',
    '-troops',
    '(((',
    ')) OR 1=1 --',
    '\'; DROP TABLE "Claim"; --',
    'claim_fts MATCH *',
    '\u0000\u202e troops',
    'troops '.repeat(1500),
  ])('treats hostile input %j as plain words and never fails', async (q) => {
    const page = await search(q);
    expect(page.total).toBeGreaterThanOrEqual(0);
    expect(page.items.length).toBeLessThanOrEqual(page.pageSize);
    expect(await testDb.claim.count()).toBeGreaterThan(0);
  });

  it('searches OR as a word, not an operator', async () => {
    // "troops OR kursk" would match both claims as an operator; as words it matches neither.
    expect(await titlesOf('troops OR kursk')).toEqual([]);
  });

  it('ignores input without a searchable word and lists everything', async () => {
    const all = await findPublishedClaims(parseClaimListQuery({}));
    expect((await search('***')).total).toBe(all.total);
  });

  it('combines search with filters', async () => {
    expect(await titlesOf('north korean', { verdict: 'disputed' })).toEqual(['Clash in Kursk']);
    expect(await titlesOf('north korean', { verdict: ['likely', 'false'] })).toEqual([
      'Troops at Far East bases',
    ]);
  });
});

describe('a search with more matches than the list holds', () => {
  it('lists the newest matches only, ranked, and says there are more', async () => {
    const claimant = await createClaimant('Capped desk');
    // Oldest first: ids (and so "newest") follow the order of creation.
    const titles = ['Oldest', 'Older', 'Newer', 'Newest'];
    for (const title of titles) {
      await createClaim({
        title,
        statement:
          title === 'Newer'
            ? 'Transnistria: Transnistria garrison moved.'
            : `A passing mention of Transnistria (${title}).`,
        claimantId: claimant.id,
      });
    }
    const query = parseClaimListQuery({ q: 'transnistria' });
    const visibility = visibilityOf();
    const titleOf = async (ids: number[]) =>
      (
        await testDb.claim.findMany({
          where: { id: { in: ids } },
          select: { id: true, title: true },
        })
      )
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
        .map((c) => c.title);

    const capped = await store.search.findClaimIds(query, {
      visibility,
      offset: 0,
      limit: 20,
      cap: 3,
    });
    expect(capped.total).toBe(3);
    expect(capped.capped).toBe(true);
    // The three newest, the best match first; the oldest is not in the list.
    expect(await titleOf(capped.ids)).toEqual(['Newer', 'Newest', 'Older']);

    // Sorted by date: the same three. Past the last page: no claims, the same count.
    const byDate = await store.search.findClaimIds(
      parseClaimListQuery({ q: 'transnistria', sort: 'created' }),
      { visibility, offset: 0, limit: 20, cap: 3 },
    );
    expect(await titleOf(byDate.ids)).toEqual(['Newest', 'Newer', 'Older']);
    const second = await store.search.findClaimIds(query, {
      visibility,
      offset: 2,
      limit: 2,
      cap: 3,
    });
    expect(second).toMatchObject({ total: 3, capped: true });
    expect(second.ids).toHaveLength(1);
    const past = await store.search.findClaimIds(query, {
      visibility,
      offset: 20,
      limit: 20,
      cap: 3,
    });
    expect(past).toEqual({ ids: [], total: 3, capped: true });

    // Exactly as many as the cap: not capped. The default cap holds them all, ranked.
    expect(
      await store.search.findClaimIds(query, { visibility, offset: 0, limit: 20, cap: 4 }),
    ).toMatchObject({ total: 4, capped: false });
    const page = await search('transnistria');
    expect(page).toMatchObject({ total: 4, capped: false });
    expect(page.items.map((c) => c.title)[0]).toBe('Newer');
  });
});

describe('search index stays in sync', () => {
  it('follows edits to the statement, the claimant name and citations', async () => {
    const claimant = await createClaimant();
    const source = await createSource();
    const claim = await createClaim({
      title: 'Sync',
      statement: 'Original wording.',
      claimantId: claimant.id,
    });

    await testDb.claim.update({
      where: { id: claim.id },
      data: { statement: 'Revised Pyongyang wording.' },
    });
    expect(await titlesOf('pyongyang')).toContain('Sync');
    expect(await titlesOf('original')).not.toContain('Sync');

    await testDb.claimant.update({
      where: { id: claimant.id },
      data: { name: 'Kremlin spokesman' },
    });
    expect(await titlesOf('kremlin')).toContain('Sync');

    const citation = await testDb.citation.create({
      data: {
        claimId: claim.id,
        sourceId: source.id,
        stance: 'supports',
        quote: 'Vladivostok port.',
      },
    });
    expect(await titlesOf('vladivostok')).toContain('Sync');

    await testDb.citation.update({ where: { id: citation.id }, data: { deletedAt: new Date() } });
    expect(await titlesOf('vladivostok')).not.toContain('Sync');
  });
});
