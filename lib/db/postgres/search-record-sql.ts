import { QUANTITY_QUALIFIER_CODES } from '@/lib/domain/claims';
import { PUBLIC_REVIEW_STATES_SQL } from '../public-review-sql';

/**
 * The PostgreSQL statements that hydrate a page of ids into export records (assembled by
 * lib/db/claim-record-rows.ts, as on SQLite): flat reads by claim id, one row per item, as
 * arrays. `$1` is the page's ids (int[]), `$2` the visible statuses (text[]). Instants are
 * written as the record writes them, in UTC with milliseconds; calendar dates as their UTC day.
 */

const instant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const calendarDate = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
const jsonNumber = (column: string) => `coalesce(${column}::text, 'null')`;
const qualifiers = QUANTITY_QUALIFIER_CODES.map((q) => `'${q.replaceAll("'", "''")}'`).join(', ');

export const CLAIM_RECORD_SQL = {
  claims: `SELECT c."id", c."status", c."title", c."statement", c."context",
      cl."name", cl."kind", cl."description",
      c."verdict", c."confidence", c."rationale", c."place",
      CASE WHEN c."quantityQualifier" IN (${qualifiers}) THEN c."quantityQualifier" END,
      ${jsonNumber('c."quantityValue"')}, ${jsonNumber('c."quantityMin"')},
      ${jsonNumber('c."quantityMax"')}, c."quantityUnit",
      ${calendarDate('c."firstAppearedAt"')}, c."firstAppearanceUrl", c."firstAppearanceNote",
      ${instant('c."createdAt"')}, ${instant('c."updatedAt"')}, ${instant('c."publishedAt"')}
    FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE c."id" = ANY($1::int[]) AND c."deletedAt" IS NULL AND c."status" = ANY($2::text[])`,
  // Stance codes compared bytewise, as SQLite does: the reader puts them in the record's order.
  citations: `SELECT ci."claimId", ci."id", ci."stance", ci."quote", ci."locator",
      s."id", s."title", p."name", s."kind", s."url", s."archiveUrl",
      ${calendarDate('s."publishedAt"')}
    FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
    WHERE ci."claimId" = ANY($1::int[]) AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL
    ORDER BY ci."claimId", ci."stance" COLLATE "C", ci."id"`,
  tags: `SELECT ct."claimId", t."name"
    FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
    WHERE ct."claimId" = ANY($1::int[])
    ORDER BY ct."claimId", ct."tagId"`,
  // Published, live stories only (lib/stories/story-rules.ts PUBLIC_STORY).
  stories: `SELECT sc."claimId", s."slug", s."title"
    FROM "StoryClaim" sc JOIN "Story" s ON s."id" = sc."storyId"
    WHERE sc."claimId" = ANY($1::int[]) AND s."status" = 'published' AND s."deletedAt" IS NULL
    ORDER BY sc."claimId", s."id"`,
  revisions: `SELECT r."claimId", r."verdict", r."confidence", r."rationale",
      r."overrideReason", ${instant('r."createdAt"')}
    FROM "VerdictRevision" r
    WHERE r."claimId" = ANY($1::int[]) AND r."reviewState" IN (${PUBLIC_REVIEW_STATES_SQL})
    ORDER BY r."claimId", r."createdAt", r."id"`,
  // Live links to claims of the same visibility, both ways (ordered by the reader).
  relations: `SELECT l."fromClaimId", l."toClaimId", l."kind", 'from'
    FROM "ClaimRelation" l JOIN "Claim" o ON o."id" = l."toClaimId"
    WHERE l."fromClaimId" = ANY($1::int[]) AND l."deletedAt" IS NULL
      AND o."deletedAt" IS NULL AND o."status" = ANY($2::text[])
    UNION ALL
    SELECT l."toClaimId", l."fromClaimId", l."kind", 'to'
    FROM "ClaimRelation" l JOIN "Claim" o ON o."id" = l."fromClaimId"
    WHERE l."toClaimId" = ANY($1::int[]) AND l."deletedAt" IS NULL
      AND o."deletedAt" IS NULL AND o."status" = ANY($2::text[])`,
} as const;
