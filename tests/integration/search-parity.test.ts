import { beforeAll, describe, expect, it } from 'vitest';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { claimSearch } from '@/lib/search/claim-search';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { admin, editor } from '../support/editing';
import { createClaim, createClaimant, createSource, testDb } from '../support/factories';

/**
 * The same searches on the same claims find the same claims on either database (SQLite FTS5,
 * PostgreSQL tsvector; ranks may differ, the matches may not): each query's expected titles are
 * fixed here and must hold on every provider this file runs on.
 */

const published = async (q: string) =>
  (await findPublishedClaims(parseClaimListQuery({ q }))).items.map((c) => c.title).sort();

beforeAll(async () => {
  const kremlin = await createClaimant('Kremlin spokesman');
  const ministry = await createClaimant('Ministère des Armées');
  const source = await createSource({ title: 'Wire report' });
  await createClaim({
    title: 'Ceasefire',
    statement: 'The ceasefire was not respected by either side during the night.',
    claimantId: kremlin.id,
    citations: [
      {
        sourceId: source.id,
        stance: 'supports',
        quote: 'See https://example.org/reports/night-shelling for the full log.',
      },
    ],
  });
  await createClaim({
    title: 'Café strike',
    statement: 'A drone struck a café in Kharkiv; officials don’t confirm casualties.',
    claimantId: ministry.id,
  });
  await createClaim({
    title: 'Россия',
    statement: 'Россия заявила о перемирии. COVID-19 cases rose 3.5 percent.',
  });
  await createClaim({
    title: 'Running',
    statement: 'Supply convoys were running through the corridors at 12,000 tonnes a week.',
  });
  await createClaim({
    title: 'Draft ceasefire',
    statement: 'A draft about the ceasefire that only editors find.',
    status: 'draft',
  });
  await createClaim({
    title: 'Deleted ceasefire',
    statement: 'A deleted ceasefire claim that only admins find, on request.',
    deleted: true,
  });
});

describe('the same matches on every provider', () => {
  it.each<[string, string[]]>([
    ['ceasefire', ['Ceasefire']],
    ['CEASEFIRES', ['Ceasefire']],
    // No stop words: "the" and "not" are words like any other.
    ['not respected', ['Ceasefire']],
    ['the night', ['Ceasefire']],
    // Accents are folded both ways.
    ['cafe', ['Café strike']],
    ['café', ['Café strike']],
    ['ministere armees', ['Café strike']],
    // Punctuation splits words, in URLs, hyphenated words, numbers and contractions too.
    ['example org', ['Ceasefire']],
    ['shelling', ['Ceasefire']],
    ['covid 19', ['Россия']],
    ['covid-19', ['Россия']],
    ['3.5', ['Россия']],
    ['12,000 tonnes', ['Running']],
    // Numbers however written, word forms (issue 14).
    ['12000 tonnes', ['Running']],
    ['12 000', ['Running']],
    ['12k', ['Running']],
    ['12.5k', []],
    ['corridor', ['Running']],
    ['respect', ['Ceasefire']],
    ['don’t', ['Café strike']],
    ['don t confirm', ['Café strike']],
    // Letters of other scripts, any case.
    ['россия', ['Россия']],
    ['РОССИЯ', ['Россия']],
    // English word forms.
    ['run', ['Running']],
    ['corridor convoy', ['Running']],
    ['kremlin', ['Ceasefire']],
    // Every word must match.
    ['ceasefire kharkiv', []],
    ['zzyzx', []],
  ])('%j finds %j', async (q, titles) => {
    expect(await published(q)).toEqual(titles);
  });

  it.each([
    '"',
    'ceasefire OR kharkiv',
    '-ceasefire',
    'NEAR(ceasefire night)',
    'ceasefire* & !night | <->',
    '\'; DROP TABLE "Claim"; --',
    '\u0000 ceasefire',
    '\uD800ceasefire\uDFFF',
    'ceasefire '.repeat(1000),
    'é'.repeat(10_000),
  ])('treats hostile input %j as words and never fails', async (q) => {
    const page = await findPublishedClaims(parseClaimListQuery({ q }));
    expect(page.total).toBeGreaterThanOrEqual(0);
    expect(await claimSearch().countClaims(parseClaimListQuery({ q }))).toBe(page.total);
  });

  it('reads operators as words', async () => {
    expect(await published('ceasefire OR kharkiv')).toEqual([]);
    expect(await published('-ceasefire')).toEqual(['Ceasefire']);
    expect(await published('\uD800ceasefire\uDFFF')).toEqual(['Ceasefire']);
  });

  it('finds drafts for editors and deleted claims for admins who ask, by the same search', async () => {
    const titles = async (actor: Awaited<ReturnType<typeof admin>>, deleted = 'hide') =>
      (
        await findClaimsForEditing(actor, parseEditorClaimListQuery({ q: 'Ceasefire', deleted }))
      ).items
        .map((c) => c.title)
        .sort();
    expect(await titles(await editor())).toEqual(['Ceasefire', 'Draft ceasefire']);
    expect(await titles(await editor(), 'include')).toEqual(['Ceasefire', 'Draft ceasefire']);
    expect(await titles(await admin(), 'only')).toEqual(['Deleted ceasefire']);
  });

  it('keeps up with publication, deletion and claimant renames', async () => {
    const claimant = await createClaimant('Oblast governor');
    const claim = await createClaim({
      title: 'Sync parity',
      statement: 'Evacuation of Zolochiv announced.',
      claimantId: claimant.id,
      status: 'draft',
    });
    expect(await published('zolochiv')).toEqual([]);
    await testDb.claim.update({ where: { id: claim.id }, data: { status: 'published' } });
    expect(await published('zolochiv')).toEqual(['Sync parity']);
    await testDb.claimant.update({ where: { id: claimant.id }, data: { name: 'Regional head' } });
    expect(await published('regional zolochiv')).toEqual(['Sync parity']);
    expect(await published('governor zolochiv')).toEqual([]);
    await testDb.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect(await published('zolochiv')).toEqual([]);
  });

  it('combines a search with a tag filter, and follows tags added and removed', async () => {
    const tagged = await createClaim({
      title: 'Tagged truce',
      statement: 'Truce talks resumed in Istanbul.',
      tags: ['Parity talks'],
    });
    await createClaim({ title: 'Untagged truce', statement: 'Truce talks stalled.' });
    const withTag = async (tag: string) =>
      (await findPublishedClaims(parseClaimListQuery({ q: 'truce talks', tag }))).items
        .map((c) => c.title)
        .sort();
    expect(await withTag('parity-talks')).toEqual(['Tagged truce']);
    expect(await withTag('no-such-tag')).toEqual([]);

    const other = await testDb.tag.create({ data: { name: 'Parity other', slug: 'parity-other' } });
    await testDb.claimTag.create({ data: { claimId: tagged.id, tagId: other.id } });
    expect(await withTag('parity-other')).toEqual(['Tagged truce']);
    await testDb.claimTag.deleteMany({ where: { tagId: other.id } });
    expect(await withTag('parity-other')).toEqual([]);
    expect(await withTag('parity-talks')).toEqual(['Tagged truce']);
  });

  it('lists a tag without search words, and nothing for a tag nobody has', async () => {
    await createClaim({ title: 'Tag list one', tags: ['Parity list'] });
    await createClaim({ title: 'Tag list two', tags: ['Parity list'] });
    const listed = async (tag: string) => {
      const page = await findPublishedClaims(parseClaimListQuery({ tag }));
      return { titles: page.items.map((c) => c.title).sort(), total: page.total };
    };
    expect(await listed('parity-list')).toEqual({
      titles: ['Tag list one', 'Tag list two'],
      total: 2,
    });
    expect(await listed('made-up-tag')).toEqual({ titles: [], total: 0 });
  });

  it('pages a search by cursor through the same claims', async () => {
    const query = parseClaimListQuery({ q: 'ceasefire', sort: 'created' });
    const first = await claimSearch().findClaimIdsAfter(query, { after: null, limit: 1 });
    expect(first.ids).toHaveLength(1);
    expect(first.next).toBeNull();
  });
});
