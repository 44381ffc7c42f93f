import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { searchTerms, toFts5Match } from './fts-query';

/**
 * The SQLite statements behind the claim list: one for the page of ids, one for the total.
 * Built with Prisma.sql so every user value is a bound parameter. Kept free of `server-only`
 * so `npm run bench` can run the very same statements through better-sqlite3 for comparison.
 */

// bm25 weights per column of claim_fts: statement, title, context, claimant, quotes.
const RANK = Prisma.sql`bm25("claim_fts", 10.0, 8.0, 2.0, 4.0, 1.0)`;

export function claimListSql(
  query: ClaimListQuery,
  { offset, limit }: { offset: number; limit: number },
): { page: Prisma.Sql; count: Prisma.Sql } {
  const terms = searchTerms(query.q);
  const fullText = terms.length > 0;

  const conditions: Prisma.Sql[] = [
    Prisma.sql`c."status" = 'published'`,
    Prisma.sql`c."deletedAt" IS NULL`,
  ];
  if (fullText) conditions.push(Prisma.sql`"claim_fts" MATCH ${toFts5Match(terms)}`);
  if (query.verdicts.length > 0) {
    conditions.push(Prisma.sql`c."verdict" IN (${Prisma.join(query.verdicts)})`);
  }
  if (query.confidence) conditions.push(Prisma.sql`c."confidence" = ${query.confidence}`);
  if (query.claimant) conditions.push(Prisma.sql`c."claimantId" = ${query.claimant}`);
  if (query.tag) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
      WHERE ct."claimId" = c."id" AND t."slug" = ${query.tag})`);
  }
  if (query.source) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Citation" ci
      WHERE ci."claimId" = c."id" AND ci."sourceId" = ${query.source} AND ci."deletedAt" IS NULL)`);
  }

  const from = fullText
    ? Prisma.sql`FROM "claim_fts" JOIN "Claim" c ON c."id" = "claim_fts".rowid`
    : Prisma.sql`FROM "Claim" c`;
  const where = Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;

  let order: Prisma.Sql;
  switch (query.sort) {
    case 'relevance':
      order = fullText
        ? Prisma.sql`${RANK}, c."updatedAt" DESC, c."id" DESC`
        : Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
      break;
    case 'created':
      order = Prisma.sql`c."createdAt" DESC, c."id" DESC`;
      break;
    case 'verdict':
      order = Prisma.sql`c."verdictRank" ASC, c."updatedAt" DESC, c."id" DESC`;
      break;
    default:
      order = Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
  }

  return {
    page: Prisma.sql`SELECT c."id" AS id ${from} ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    count: Prisma.sql`SELECT count(*) AS total ${from} ${where}`,
  };
}
