import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus } from '@/lib/domain/claims';
import { QUANTITY_QUALIFIER_CODES } from '@/lib/domain/claims';
import { STANCE_CODES } from '@/lib/domain/evidence';

/**
 * One statement per page of an export: SQLite builds each claim's export record
 * (lib/export/claim-record.ts, keys in the schema's order) as JSON text, with its citations and
 * their sources, tags and verdict history nested. Measured at 100,000 claims, hydrating 500
 * claims through Prisma relations took ~120 ms (~4,000 claims/s, 8 statements and an object per
 * row); this statement takes ~10 ms. Left to the caller: `url` (site setting) and `counts`
 * (null here, derived from the citations) and the tag order (a locale's collation).
 *
 * Dates are stored as Prisma's SQLite adapter writes them, `2024-11-05T09:30:00.000+00:00`
 * (UTC, milliseconds, explicit offset; scripts/synth writes the same): an instant is its first
 * 23 characters + `Z`, a calendar date its first 10. Cutting strings costs a fifth less than
 * strftime over a page. A subquery's JSON is wrapped in json(): SQLite only nests text it knows
 * to be JSON.
 */

const instant = (column: Prisma.Sql) => Prisma.sql`(substr(${column}, 1, 23) || 'Z')`;
const calendarDate = (column: Prisma.Sql) => Prisma.sql`substr(${column}, 1, 10)`;
const literals = (values: readonly string[]) =>
  Prisma.join(values.map((v) => Prisma.raw(`'${v.replaceAll("'", "''")}'`)));

const STANCE_ORDER = Prisma.raw(
  `CASE ci."stance" ${STANCE_CODES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${STANCE_CODES.length} END`,
);

const CITATIONS = Prisma.sql`json((
  SELECT json_group_array(json_object(
    'stance', ci."stance",
    'quote', ci."quote",
    'locator', ci."locator",
    'source', json_object(
      'id', s."id",
      'title', s."title",
      'publisher', p."name",
      'kind', s."kind",
      'url', s."url",
      'archiveUrl', s."archiveUrl",
      'publishedAt', ${calendarDate(Prisma.sql`s."publishedAt"`)}
    )
  ) ORDER BY ${STANCE_ORDER}, ci."id")
  FROM "Citation" ci
  JOIN "Source" s ON s."id" = ci."sourceId"
  LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
  WHERE ci."claimId" = c."id" AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL))`;

const TAGS = Prisma.sql`json((
  SELECT json_group_array(t."name")
  FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
  WHERE ct."claimId" = c."id"))`;

const HISTORY = Prisma.sql`json((
  SELECT json_group_array(json_object(
    'verdict', r."verdict",
    'confidence', r."confidence",
    'rationale', r."rationale",
    'overrideReason', r."overrideReason",
    'at', ${instant(Prisma.sql`r."createdAt"`)}
  ) ORDER BY r."createdAt", r."id")
  FROM "VerdictRevision" r
  WHERE r."claimId" = c."id"))`;

const QUANTITY = Prisma.sql`CASE WHEN c."quantityQualifier" IN (${literals(QUANTITY_QUALIFIER_CODES)})
  THEN json_object(
    'qualifier', c."quantityQualifier",
    'value', c."quantityValue",
    'min', c."quantityMin",
    'max', c."quantityMax",
    'unit', c."quantityUnit")
  END`;

const RECORD = Prisma.sql`json_object(
  'id', c."id",
  'url', NULL,
  'status', c."status",
  'title', c."title",
  'statement', c."statement",
  'claimant', json_object('name', cl."name", 'kind', cl."kind"),
  'verdict', c."verdict",
  'confidence', c."confidence",
  'rationale', c."rationale",
  'tags', ${TAGS},
  'place', c."place",
  'quantity', ${QUANTITY},
  'firstAppeared', json_object(
    'date', ${calendarDate(Prisma.sql`c."firstAppearedAt"`)},
    'url', c."firstAppearanceUrl",
    'note', c."firstAppearanceNote"),
  'counts', NULL,
  'citations', ${CITATIONS},
  'verdictHistory', ${HISTORY},
  'createdAt', ${instant(Prisma.sql`c."createdAt"`)},
  'updatedAt', ${instant(Prisma.sql`c."updatedAt"`)}
)`;

/**
 * Rows `{ id, publishedAt, record }` for the ids that are visible (`statuses`, not deleted),
 * in no particular order. NOT INDEXED: the claims are read by id (rowid), never by walking a
 * (status, deletedAt, …) index, which the planner otherwise picks and reads whole. `publishedAt` is an ISO instant or null (ClaimReview needs it; the
 * record does not carry it).
 */
export function claimRecordsSql(ids: readonly number[], statuses: readonly ClaimStatus[]) {
  return Prisma.sql`SELECT c."id" AS id,
      ${instant(Prisma.sql`c."publishedAt"`)} AS publishedAt,
      ${RECORD} AS record
    FROM "Claim" c NOT INDEXED JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE c."id" IN (${Prisma.join(ids)})
      AND c."deletedAt" IS NULL AND c."status" IN (${literals(statuses)})`;
}
