import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus } from '@/lib/domain/claims';
import { QUANTITY_QUALIFIER_CODES } from '@/lib/domain/claims';
import { PUBLIC_REVIEW_STATES_SQL } from '../public-review-sql';

/**
 * The statements that hydrate a page of an export (and of the JSON API) into export records
 * (lib/export/claim-record.ts): flat reads by claim id — the claims, their citations with their
 * sources, their tags, their verdict history — each a row per item, assembled in JavaScript
 * (search-records.ts).
 *
 * Measured on the 2-core bench machine, one thread, direct connection: SQLite building each
 * record as JSON text (json_object, json_group_array), then JSON.parse, ~83 µs a claim at
 * 100,000 claims and ~95 µs at 1,000,000; these reads as arrays plus the assembly, ~57 and
 * ~70 µs. What is left is SQLite's own work (rows of the large tables, read in no order of
 * theirs) and better-sqlite3 turning each column into a JavaScript value (~0.2 µs each, ~70 a
 * claim); not the joins to the small tables: reading claimants, publishers and tags once per
 * page instead measured no faster.
 *
 * A page's ids are one bound value, a JSON array read with json_each: every page, whatever its
 * length, runs the same prepared statements.
 *
 * Dates are stored as Prisma's SQLite adapter writes them, `2024-11-05T09:30:00.000+00:00`
 * (UTC, milliseconds, explicit offset; scripts/synth writes the same): an instant is its first
 * 23 characters + `Z`, a calendar date its first 10. Quantities are read as json_quote writes
 * them (15 significant digits), the numbers the export has always written.
 */

const instant = (column: Prisma.Sql) => Prisma.sql`(substr(${column}, 1, 23) || 'Z')`;
const calendarDate = (column: Prisma.Sql) => Prisma.sql`substr(${column}, 1, 10)`;
const literals = (values: readonly string[]) =>
  Prisma.join(values.map((v) => Prisma.raw(`'${v.replaceAll("'", "''")}'`)));

const idList = (ids: readonly number[]) =>
  Prisma.sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;

export interface ClaimRecordSql {
  claims: Prisma.Sql;
  citations: Prisma.Sql;
  tags: Prisma.Sql;
  stories: Prisma.Sql;
  revisions: Prisma.Sql;
  relations: Prisma.Sql;
}

/**
 * The reads for the ids that are visible (`statuses`, not deleted). Claims come in no
 * particular order; the other rows grouped by claim and, within a claim, in the record's order
 * (tags by tag id, revisions oldest first), except citations: by stance code then id, the
 * order of their index (claimId, deletedAt, stance), so SQLite sorts nothing; the reader puts
 * the stances in the record's order (sorting here cost a fifth of the read).
 * NOT INDEXED: the claims are read by id (rowid), never by walking a (status, deletedAt, …)
 * index, which the planner otherwise picks and reads whole. Citations, tags and revisions are
 * read for every id of the page: those of a claim that is no longer visible are dropped with it.
 */
export function claimRecordSql(
  ids: readonly number[],
  statuses: readonly ClaimStatus[],
): ClaimRecordSql {
  const page = idList(ids);
  return {
    claims: Prisma.sql`SELECT c."id", c."status", c."title", c."statement", c."context",
        cl."name", cl."kind", cl."description",
        c."verdict", c."confidence", c."rationale", c."place",
        CASE WHEN c."quantityQualifier" IN (${literals(QUANTITY_QUALIFIER_CODES)})
          THEN c."quantityQualifier" END,
        json_quote(c."quantityValue"), json_quote(c."quantityMin"), json_quote(c."quantityMax"),
        c."quantityUnit",
        ${calendarDate(Prisma.sql`c."firstAppearedAt"`)}, c."firstAppearanceUrl",
        c."firstAppearanceNote",
        ${instant(Prisma.sql`c."createdAt"`)}, ${instant(Prisma.sql`c."updatedAt"`)},
        ${instant(Prisma.sql`c."publishedAt"`)}
      FROM "Claim" c NOT INDEXED JOIN "Claimant" cl ON cl."id" = c."claimantId"
      WHERE c."id" IN ${page}
        AND c."deletedAt" IS NULL AND c."status" IN (${literals(statuses)})`,
    citations: Prisma.sql`SELECT ci."claimId", ci."id", ci."stance", ci."quote", ci."locator",
        s."id", s."title", p."name", s."kind", s."url", s."archiveUrl",
        ${calendarDate(Prisma.sql`s."publishedAt"`)}
      FROM "Citation" ci
      JOIN "Source" s ON s."id" = ci."sourceId"
      LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
      WHERE ci."claimId" IN ${page} AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL
      ORDER BY ci."claimId", ci."stance", ci."id"`,
    tags: Prisma.sql`SELECT ct."claimId", t."name"
      FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
      WHERE ct."claimId" IN ${page}
      ORDER BY ct."claimId", ct."tagId"`,
    // Published, live stories only (lib/stories/story-rules.ts PUBLIC_STORY).
    stories: Prisma.sql`SELECT sc."claimId", s."slug", s."title"
      FROM "StoryClaim" sc JOIN "Story" s ON s."id" = sc."storyId"
      WHERE sc."claimId" IN ${page} AND s."status" = 'published' AND s."deletedAt" IS NULL
      ORDER BY sc."claimId", s."id"`,
    revisions: Prisma.sql`SELECT r."claimId", r."verdict", r."confidence", r."rationale",
        r."overrideReason", ${instant(Prisma.sql`r."createdAt"`)}
      FROM "VerdictRevision" r
      WHERE r."claimId" IN ${page} AND r."reviewState" IN (${Prisma.raw(PUBLIC_REVIEW_STATES_SQL)})
      ORDER BY r."claimId", r."createdAt", r."id"`,
    // Live links to claims of the same visibility, both ways (ordered by the reader).
    relations: Prisma.sql`SELECT l."fromClaimId", l."toClaimId", l."kind", 'from'
      FROM "ClaimRelation" l JOIN "Claim" o ON o."id" = l."toClaimId"
      WHERE l."fromClaimId" IN ${page} AND l."deletedAt" IS NULL
        AND o."deletedAt" IS NULL AND o."status" IN (${literals(statuses)})
      UNION ALL
      SELECT l."toClaimId", l."fromClaimId", l."kind", 'to'
      FROM "ClaimRelation" l JOIN "Claim" o ON o."id" = l."fromClaimId"
      WHERE l."toClaimId" IN ${page} AND l."deletedAt" IS NULL
        AND o."deletedAt" IS NULL AND o."status" IN (${literals(statuses)})`,
  };
}
