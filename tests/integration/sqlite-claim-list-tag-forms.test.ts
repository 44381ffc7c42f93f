import { describe, expect, it } from 'vitest';
import { claimListSql, SELECTIVE_TAG_MATCHES, type TagForm } from '@/lib/db/sqlite/search-sql';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaim, createClaimant, testDb } from '../support/factories';

/**
 * SQLite only: its tag filter has two statement forms (`IN` for a rare tag, `EXISTS` for a
 * common one), picked by the tag's size (lib/db/sqlite/search-sql.ts); PostgreSQL's planner
 * picks for itself. Both forms must give the same page, with search words or without.
 */
describe('tag filter statement forms', () => {
  it('gives the same page whichever form the tag size selects', async () => {
    const agency = await createClaimant('Agency');
    await createClaim({ title: 'B', claimantId: agency.id, tags: ['Kursk', 'Russia'] });
    await createClaim({ title: 'C', claimantId: agency.id, tags: ['Russia'] });
    await createClaim({ title: 'Draft', claimantId: agency.id, status: 'draft', tags: ['Russia'] });

    const sql = claimListSql(parseClaimListQuery({ tag: 'russia' }));
    const pageFor = (tagForm: TagForm) =>
      testDb.$queryRaw<{ id: number }[]>(sql.page({ offset: 0, limit: 20, tagForm }));
    const selective = await pageFor('in');
    const common = await pageFor('exists');
    expect(selective.map((r) => Number(r.id))).toEqual(common.map((r) => Number(r.id)));
    expect(selective).toHaveLength(2);

    // A search names the claim by claim_fts's rowid in the EXISTS form; its rare-tag form is
    // ranked whole, its common-tag form reads the newest matches.
    const search = claimListSql(parseClaimListQuery({ q: 'agency', tag: 'russia' }));
    expect(search.capped('in')).toBe(false);
    expect(search.capped('exists')).toBe(true);
    const ranked = await testDb.$queryRaw<{ id: number }[]>(
      search.page({ offset: 0, limit: 20, tagForm: 'in' }),
    );
    const newest = await testDb.$queryRaw<{ id: number; held: number }[]>(
      search.newestPage({ offset: 0, limit: 20, tagForm: 'exists', cap: 10 }),
    );
    expect(newest.map((r) => Number(r.id))).toEqual(ranked.map((r) => Number(r.id)));
    expect(newest.map((r) => Number(r.held))).toEqual([2, 2]);
    expect(SELECTIVE_TAG_MATCHES).toBeGreaterThan(2);
  });
});
