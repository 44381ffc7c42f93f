import { beforeAll, describe, expect, it } from 'vitest';
import { postgresPool } from '@/lib/db/postgres/connect';
import {
  DENSITY_SAMPLE,
  postgresListSql,
  WALK_DENSITY,
  WHOLE_TABLE,
  windowRead,
  widerRead,
} from '@/lib/db/postgres/search-sql';
import { PUBLIC_STATUSES } from '@/lib/db/search-store';
import { store } from '@/lib/db/store';
import { visibilityOf } from '@/lib/search/claim-search';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaimant, testDb } from '../support/factories';

/**
 * PostgreSQL only: a capped search reads its window (the newest cap + 1 matches) either by
 * walking the newest claims or, when the matches are sparse among them, from an id range sized
 * by that density (lib/db/postgres/search-sql.ts windowRead), read wider when it held too few.
 * Whichever way, the list holds the newest matches.
 */

const CLAIMS = 5_000;
const pool = () => postgresPool(process.env.DATABASE_URL!);

/** The ids of the published claims whose statement holds `word`, newest first. */
async function newestWith(word: string): Promise<number[]> {
  const rows = await testDb.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Claim" WHERE "statement" LIKE ${`%${word}%`} AND "status" = 'published'
    ORDER BY "id" DESC`;
  return rows.map((r) => r.id);
}

let first = 0;

beforeAll(async () => {
  const claimant = await createClaimant('Bulk desk');
  // One statement (the search rows follow by the statement-level triggers). Among the newest
  // DENSITY_SAMPLE claims, "tamanrasset" is in 1 of 100 and "zabaikalsk" in 1 of 100; older,
  // "tamanrasset" keeps that density and "zabaikalsk" is only in the 40 oldest claims.
  const [row] = await testDb.$queryRaw<{ first: number }[]>`
    WITH made AS (
      INSERT INTO "Claim" ("statement", "claimantId", "status", "publishedAt", "updatedAt")
      SELECT concat_ws(' ', 'Bulk claim', g,
          CASE WHEN g % 100 = 7 THEN 'tamanrasset' END,
          CASE WHEN (g > ${CLAIMS - DENSITY_SAMPLE} AND g % 100 = 3) OR g <= 40
               THEN 'zabaikalsk' END),
        ${claimant.id}, 'published', now(), now()
      FROM generate_series(1, ${CLAIMS}) g
      RETURNING "id")
    SELECT min("id")::int AS first FROM made`;
  first = row!.first;
});

describe('the window of a sparse search', () => {
  it('is read from an id range and holds the newest matches', async () => {
    const query = parseClaimListQuery({ q: 'tamanrasset', sort: 'created' });
    const sql = postgresListSql(query, { statuses: PUBLIC_STATUSES });
    const sample = (await pool().query(sql.newestSample.text, sql.newestSample.values)).rows[0];
    expect(sample).toMatchObject({ read: DENSITY_SAMPLE, matched: DENSITY_SAMPLE / 100 });
    expect(1 / 100).toBeLessThan(WALK_DENSITY);
    const read = windowRead(sample, 10);
    expect(read.floor).toBeGreaterThan(first);

    const expected = (await newestWith('tamanrasset')).slice(0, 10);
    const page = await store.search.findClaimIds(query, {
      visibility: visibilityOf(),
      offset: 0,
      limit: 20,
      cap: 10,
    });
    expect(page).toEqual({ ids: expected, total: 10, capped: true });
    // Past the last page: no claims, the same count.
    expect(
      await store.search.findClaimIds(query, {
        visibility: visibilityOf(),
        offset: 40,
        limit: 20,
        cap: 10,
      }),
    ).toEqual({ ids: [], total: 10, capped: true });
  });

  it('is read wider when the range held too few, down to the whole table', async () => {
    // 20 matches among the newest claims, then none until the 40 oldest: the range sized from
    // the density holds 20 of the 26 asked for.
    const query = parseClaimListQuery({ q: 'zabaikalsk', sort: 'created' });
    const all = await newestWith('zabaikalsk');
    expect(all).toHaveLength(60);
    const page = await store.search.findClaimIds(query, {
      visibility: visibilityOf(),
      offset: 0,
      limit: 30,
      cap: 25,
    });
    expect(page).toEqual({ ids: all.slice(0, 25), total: 25, capped: true });
    // Ranked, the same 25 claims.
    const ranked = await store.search.findClaimIds(parseClaimListQuery({ q: 'zabaikalsk' }), {
      visibility: visibilityOf(),
      offset: 0,
      limit: 30,
      cap: 25,
    });
    expect([...ranked.ids].sort((a, b) => a - b)).toEqual(all.slice(0, 25).sort((a, b) => a - b));
    expect(widerRead({ floor: 10 }, 20)).toEqual(WHOLE_TABLE);
  });

  it('is read from the whole table, not walked, when the range would reach past the oldest claim', async () => {
    // 1 in 100 of 5,000 claims: a window of 101 would need a range of ~15,000 claims.
    const query = parseClaimListQuery({ q: 'tamanrasset' });
    const sql = postgresListSql(query, { statuses: PUBLIC_STATUSES });
    const sample = (await pool().query(sql.newestSample.text, sql.newestSample.values)).rows[0];
    expect(windowRead(sample, 100)).toEqual(WHOLE_TABLE);
    const window = sql.newestPage(0, 200, 100, WHOLE_TABLE);
    const plan = (await pool().query(`EXPLAIN ${window.text}`, window.values)).rows
      .map((r: Record<string, string>) => r['QUERY PLAN'])
      .join('\n');
    // Not the primary key walked newest first (the planner picks the bitmap or, on a table this
    // small, a scan; either reads each claim once).
    expect(plan).not.toMatch(/Index Scan Backward/);

    const all = await newestWith('tamanrasset');
    const page = await store.search.findClaimIds(query, {
      visibility: visibilityOf(),
      offset: 0,
      limit: 100,
      cap: 100,
    });
    expect(page.total).toBe(all.length);
    expect([...page.ids].sort((a, b) => a - b)).toEqual([...all].sort((a, b) => a - b));
  });
});
