import 'server-only';
import { db } from '@/lib/db';
import { claimListSql } from './sqlite-claim-sql';
import type { ClaimSearch } from './claim-search';

export const sqliteClaimSearch: ClaimSearch = {
  async findClaimIds(query, { offset, limit }) {
    const { count, page } = claimListSql(query, { offset, limit });
    const [rows, totals] = await Promise.all([
      db.$queryRaw<{ id: number | bigint }[]>(page),
      db.$queryRaw<{ total: number | bigint }[]>(count),
    ]);
    return { ids: rows.map((r) => Number(r.id)), total: Number(totals[0]?.total ?? 0) };
  },
};
