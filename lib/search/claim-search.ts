import 'server-only';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { sqliteClaimSearch } from './sqlite-claim-search';

/**
 * The provider-neutral face of the claim list query: filters, full-text match, sort and paging
 * in, one page of claim ids and the total out. Every raw SQL statement of the app lives behind
 * this interface (Prisma has no full-text API); the data layer hydrates the ids with Prisma.
 * A PostgreSQL provider implements the same interface with tsvector.
 */
export interface ClaimIdPage {
  ids: number[];
  total: number;
}

export interface ClaimSearchOptions {
  offset: number;
  limit: number;
}

export interface ClaimSearch {
  findClaimIds(query: ClaimListQuery, options: ClaimSearchOptions): Promise<ClaimIdPage>;
}

export function claimSearch(): ClaimSearch {
  return sqliteClaimSearch;
}
