import 'server-only';
import { db } from '@/lib/db';
import { claimListSql } from './sqlite-claim-sql';
import type { ClaimSearch } from './claim-search';

export const sqliteClaimSearch: ClaimSearch = {
  async findClaimIds(query, { offset, limit }) {
    const sql = claimListSql(query);
    // The total comes first: it decides the page statement's form, and past the last page
    // there is no page to read.
    const [counted] = await db.$queryRaw<{ total: number | bigint }[]>(sql.count);
    const total = Number(counted?.total ?? 0);
    if (offset >= total) return { ids: [], total };
    const rows = await db.$queryRaw<{ id: number | bigint }[]>(sql.page({ offset, limit, total }));
    return { ids: rows.map((r) => Number(r.id)), total };
  },
};
