import { describe, expect, it } from 'vitest';
import { claimListSql, SELECTIVE_TAG_MATCHES } from '@/lib/db/sqlite/search-sql';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaim, createClaimant, testDb } from '../support/factories';

/**
 * SQLite only: its tag filter has two statement forms (`IN` for a rare tag, `EXISTS` for a
 * common one), picked by the list's total (lib/db/sqlite/search-sql.ts); PostgreSQL's planner
 * picks for itself. Both forms must give the same page.
 */
describe('tag filter statement forms', () => {
  it('gives the same page whichever form the total selects', async () => {
    const agency = await createClaimant('Agency');
    await createClaim({ title: 'B', claimantId: agency.id, tags: ['Kursk', 'Russia'] });
    await createClaim({ title: 'C', claimantId: agency.id, tags: ['Russia'] });
    await createClaim({ title: 'Draft', claimantId: agency.id, status: 'draft', tags: ['Russia'] });

    const sql = claimListSql(parseClaimListQuery({ tag: 'russia' }));
    const pageFor = (total: number) =>
      testDb.$queryRaw<{ id: number }[]>(sql.page({ offset: 0, limit: 20, total }));
    const selective = await pageFor(0);
    const common = await pageFor(SELECTIVE_TAG_MATCHES);
    expect(selective.map((r) => Number(r.id))).toEqual(common.map((r) => Number(r.id)));
    expect(selective).toHaveLength(2);
  });
});
