import { beforeAll, describe, expect, it } from 'vitest';
import { sqlite } from '@/lib/db';
import { rankTermsOf, termSampleSql } from '@/lib/db/sqlite/search-sql';
import { store } from '@/lib/db/store';
import { visibilityOf } from '@/lib/search/claim-search';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaim, testDb } from '../support/factories';

/**
 * SQLite only: a capped search is ranked by bm25 over its words that are in fewer than half
 * the claims (lib/db/sqlite/search-sql.ts rankTermsOf): bm25 gives the others an IDF of 1e-6,
 * so they only break ties, yet counting their matches was most of a common search's time.
 */

const titlesOf = async (ids: number[]) => {
  const claims = await testDb.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true },
  });
  return ids.map((id) => claims.find((c) => c.id === id)?.title);
};

const listed = async (q: string, cap: number) => {
  const page = await store.search.findClaimIds(parseClaimListQuery({ q }), {
    visibility: visibilityOf(),
    offset: 0,
    limit: 20,
    cap,
  });
  return { ...page, titles: await titlesOf(page.ids) };
};

beforeAll(async () => {
  // "bulletin" is in every claim; "kherson" in three of seven. Newest last.
  const claims: [title: string, statement: string][] = [
    ['Filler zero', 'Bulletin about fuel.'],
    ['Kherson twice', 'Bulletin: Kherson bridge, Kherson port.'],
    ['Filler one', 'Bulletin about the weather.'],
    ['Kherson once', 'Bulletin: Kherson shelling.'],
    ['Filler two', 'Bulletin about elections.'],
    ['Kherson in passing', 'Bulletin on supply routes and grain exports, one of them via Kherson.'],
    ['Filler three', 'Bulletin about rail.'],
  ];
  for (const [title, statement] of claims) await createClaim({ title, statement });
});

describe('ranking a capped search', () => {
  it('leaves out the words in half the claims or more, and keeps bm25 order by the rest', async () => {
    const rows = sqlite.all<{ i: number; n: number; lo: number }>(
      termSampleSql(['bulletin', 'kherson']),
    );
    expect(rankTermsOf(['bulletin', 'kherson'], rows)).toEqual(['kherson']);

    // Three match; the list holds the two newest, ranked by "kherson" alone (not newest first).
    const page = await listed('bulletin kherson', 2);
    expect(page).toMatchObject({ total: 2, capped: true });
    expect(page.titles).toEqual(['Kherson once', 'Kherson in passing']);
    // Not capped: all three, the same order by "kherson".
    expect((await listed('kherson bulletin', 3)).titles).toEqual([
      'Kherson twice',
      'Kherson once',
      'Kherson in passing',
    ]);
  });

  it('lists a search of such words alone newest first', async () => {
    const page = await listed('bulletin', 3);
    expect(page).toMatchObject({ total: 3, capped: true });
    expect(page.titles).toEqual(['Filler three', 'Kherson in passing', 'Filler two']);
  });
});
