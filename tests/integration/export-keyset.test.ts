import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { VERDICTS } from '@/lib/domain/verdicts';
import type { ExportFormat } from '@/lib/export/export-formats';
import { EXPORT_PAGE_SIZE, exportStream } from '@/lib/export/export-stream';
import { store } from '@/lib/db/store';
import { claimSearch, visibilityOf, type ClaimKeyset } from '@/lib/search/claim-search';
import { parseClaimListQuery, type ClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaimant, createSource, testDb } from '../support/factories';

vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
const { GET } = await import('@/app/claims/export/route');

/**
 * Keyset reads against the list's own OFFSET statement, on more claims than an export page:
 * every list state must give the same claims in the same order, each once. Timestamps repeat
 * (four claims per instant) so the id tie-break is exercised at page boundaries.
 */
const CLAIMS = 1_200;

let claimantId: number;
let sourceId: number;

beforeAll(async () => {
  const [first, second] = [await createClaimant(), await createClaimant()];
  claimantId = first.id;
  const source = await createSource();
  sourceId = source.id;
  const tag = await testDb.tag.create({ data: { name: 'Keyset', slug: 'keyset' } });
  const base = Date.UTC(2025, 0, 1);
  const words = ['troops', 'missiles', 'treaty'];
  await testDb.claim.createMany({
    data: Array.from({ length: CLAIMS }, (_, i) => {
      const verdict = VERDICTS[i % VERDICTS.length]!;
      const status = i % 17 === 0 ? 'draft' : 'published';
      return {
        statement: `Claim ${i} about ${words[i % 3]}${i % 5 === 0 ? ` and ${words[(i + 1) % 3]} troops` : ''}`,
        title: i % 4 === 0 ? `Troops ${i}` : null,
        claimantId: i % 3 === 0 ? first.id : second.id,
        verdict: verdict.code,
        verdictRank: verdict.rank,
        confidence: ['low', 'moderate', 'high'][i % 3]!,
        status,
        publishedAt: status === 'published' ? new Date(base) : null,
        deletedAt: i % 23 === 0 ? new Date(base) : null,
        updatedAt: new Date(base + Math.floor(i / 4) * 60_000),
        createdAt: new Date(base - (i % 250) * 3_600_000),
      };
    }),
  });
  const claims = await testDb.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  await testDb.claimTag.createMany({
    data: claims.filter((_, i) => i % 2 === 0).map((c) => ({ claimId: c.id, tagId: tag.id })),
  });
  await testDb.citation.createMany({
    data: claims
      .filter((_, i) => i % 3 === 1)
      .map((c, i) => ({
        claimId: c.id,
        sourceId: source.id,
        stance: 'supports',
        quote: i % 2 === 0 ? 'Troops seen at the border.' : '',
        deletedAt: i % 10 === 0 ? new Date(base) : null,
      })),
  });
}, 60_000);

/** The claimant and source exist once beforeAll has run. */
const resolve = (state: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(state).map(([k, v]) => [
      k,
      v === '$claimant' ? String(claimantId) : v === '$source' ? String(sourceId) : v,
    ]),
  );

const STATES: Record<string, string>[] = [
  {},
  { sort: 'created' },
  { sort: 'verdict' },
  { verdict: 'false' },
  { verdict: ['false', 'confirmed'].join(','), sort: 'verdict' },
  { confidence: 'high', sort: 'verdict' },
  { tag: 'keyset' },
  { tag: 'keyset', sort: 'created' },
  {
    get claimant() {
      return String(claimantId);
    },
  },
  {
    get source() {
      return String(sourceId);
    },
  },
  { q: 'troops' },
  { q: 'troops', sort: 'updated' },
  { q: 'troops', sort: 'verdict' },
  { q: 'missiles treaty' },
];

/** The list's own order: the OFFSET page of /claims, read in one go. */
async function listOrder(query: ClaimListQuery, includeDrafts = false): Promise<number[]> {
  const { ids } = await store.search.findClaimIds(query, {
    visibility: visibilityOf({ includeDrafts }),
    offset: 0,
    limit: CLAIMS * 2,
  });
  return ids;
}

async function exportOrder(query: ClaimListQuery, includeDrafts = false): Promise<number[]> {
  const ids: number[] = [];
  for await (const page of claimSearch().claimIdPages(query, {
    pageSize: EXPORT_PAGE_SIZE,
    includeDrafts,
  })) {
    expect(page.length).toBeLessThanOrEqual(EXPORT_PAGE_SIZE);
    ids.push(...page);
  }
  return ids;
}

/** The stream's text, byte order mark included. */
async function streamed(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = await new Response(stream).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

async function cursorOrder(query: ClaimListQuery, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let after: ClaimKeyset | null = null;
  do {
    const page = await claimSearch().findClaimIdsAfter(query, { after, limit });
    ids.push(...page.ids);
    after = page.next;
  } while (after);
  return ids;
}

describe('keyset reads of the claim list', () => {
  it('has more published claims than one export page', async () => {
    expect((await listOrder(parseClaimListQuery({}))).length).toBeGreaterThan(2 * EXPORT_PAGE_SIZE);
  });

  it.each(STATES.map((s) => [new URLSearchParams(s).toString() || '(no filter)', s] as const))(
    'export pages give the list’s claims in its order, each once: %s',
    async (_, state) => {
      const query = parseClaimListQuery(resolve(state));
      const expected = await listOrder(query);
      expect(expected.length).toBeGreaterThan(0);
      const exported = await exportOrder(query);
      expect(exported).toEqual(expected);
      expect(new Set(exported).size).toBe(exported.length);
      expect(await claimSearch().countClaims(query)).toBe(expected.length);
    },
  );

  it.each([
    [{}, 137],
    [{ sort: 'verdict' }, 200],
    [{ q: 'troops' }, 150],
    [{ q: 'troops', sort: 'created' }, 120],
    [{ claimant: '$claimant', sort: 'verdict' }, 50],
    [{ tag: 'keyset', sort: 'created' }, 99],
  ])('cursor pages give the same order: %j by %i', async (state, limit) => {
    const query = parseClaimListQuery(resolve(state));
    expect(await cursorOrder(query, limit)).toEqual(await listOrder(query));
  });

  it('includes drafts, never deleted claims, when asked', async () => {
    for (const state of [{}, { sort: 'verdict' }, { q: 'troops' }]) {
      const query = parseClaimListQuery(state);
      const withDrafts = await exportOrder(query, true);
      expect(withDrafts).toEqual(await listOrder(query, true));
      expect(withDrafts.length).toBeGreaterThan((await listOrder(query)).length);
    }
    const deleted = await testDb.claim.findMany({
      where: { deletedAt: { not: null } },
      select: { id: true },
    });
    const all = await exportOrder(parseClaimListQuery({}), true);
    for (const { id } of deleted) expect(all).not.toContain(id);
  });

  it('streams the CSV of the whole list over several pages, every claim once', async () => {
    const response = await GET(new Request('http://localhost/claims/export?format=csv'));
    const rows = parse(await response.text(), { bom: true, columns: true }) as {
      id: string;
    }[];
    const expected = await listOrder(parseClaimListQuery({}));
    expect(rows.map((r) => Number(r.id))).toEqual(expected);
  });

  it.each([
    ['csv', {}],
    ['json', {}],
    ['claimreview', {}],
    ['json', { sort: 'verdict' }],
    ['claimreview', { sort: 'verdict' }],
    ['csv', { q: 'troops' }],
    ['claimreview', { verdict: 'unverified' }],
  ] as [ExportFormat, Record<string, string>][])(
    'writes the same %s on the worker threads as on one thread: %j',
    async (format, state) => {
      const query = parseClaimListQuery(state);
      const [threaded, single] = [
        await streamed(exportStream(query, format, { includeDrafts: true, threads: true })),
        await streamed(exportStream(query, format, { includeDrafts: true, threads: false })),
      ];
      expect(threaded).toBe(single);
      // Pages (and their parts) that write nothing — ClaimReview leaves unverified claims out,
      // and sorted by verdict they come last — still leave one well-formed file.
      if (format !== 'csv') {
        expect(threaded).toBe(`${JSON.stringify(JSON.parse(threaded), null, 2)}\n`);
      }
      if (format === 'claimreview' && state.verdict === 'unverified') expect(threaded).toBe('[]\n');
    },
  );

  it('stops when the download is cancelled, and the next one is whole', async () => {
    const reader = exportStream(parseClaimListQuery({}), 'json', {
      includeDrafts: false,
      threads: true,
    }).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect((await reader.read()).done).toBe(true);
    const text = await streamed(
      exportStream(parseClaimListQuery({}), 'json', { includeDrafts: false }),
    );
    const ids = (JSON.parse(text) as { id: number }[]).map((c) => c.id);
    expect(ids).toEqual(await listOrder(parseClaimListQuery({})));
  });

  it('refuses a position from another sort', async () => {
    const updated = await claimSearch().findClaimIdsAfter(parseClaimListQuery({}), {
      after: null,
      limit: 10,
    });
    await expect(
      claimSearch().findClaimIdsAfter(parseClaimListQuery({ sort: 'verdict' }), {
        after: updated.next,
        limit: 10,
      }),
    ).rejects.toThrow(/does not belong to this list/);
  });
});
