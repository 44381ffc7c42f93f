import 'server-only';
import { changedSince } from '@/lib/audit/changed-fields';
import type { ClaimStatus, QuantityQualifier } from '@/lib/domain/claims';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { Prisma } from '@/lib/generated/prisma/client';
import { fromSqliteInstant, type DirectConnection } from '@/lib/sqlite-direct';
import type { MutationFailure } from '@/lib/validation/mutation-result';
import {
  CLAIM_COMPARED_FIELDS,
  claimConflictFailure,
  claimNotFound,
  readClaimTrail,
} from './claim-state';
import type { ClaimEditState } from './types';

interface ClaimStateRow {
  id: number;
  statement: string;
  title: string | null;
  claimantId: number;
  firstAppearedAt: string | null;
  firstAppearanceUrl: string | null;
  firstAppearanceNote: string;
  context: string;
  place: string | null;
  quantityQualifier: string | null;
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  verdict: string;
  confidence: string;
  rationale: string;
  status: string;
  publishedAt: string | null;
  deletedAt: string | null;
  version: number;
  updatedAt: string;
  createdAt: string;
  claimantName: string;
}

export interface ClaimStateWithCreatedAt {
  state: ClaimEditState;
  createdAt: Date;
}

/**
 * A claim's edit state (claim-state.ts's `readClaimState`) read with prepared statements on the
 * direct connection, for the verdict load and save (lib/sqlite-direct.ts says why). Same
 * object, same key order, so audit snapshots from both paths are alike.
 */
export function readClaimStateSql(
  connection: DirectConnection,
  id: number,
): ClaimStateWithCreatedAt | null {
  const row = connection.get<ClaimStateRow>(Prisma.sql`
    SELECT c."id", c."statement", c."title", c."claimantId", c."firstAppearedAt",
      c."firstAppearanceUrl", c."firstAppearanceNote", c."context", c."place",
      c."quantityQualifier", c."quantityValue", c."quantityMin", c."quantityMax",
      c."quantityUnit", c."verdict", c."confidence", c."rationale", c."status", c."publishedAt",
      c."deletedAt", c."version", c."updatedAt", c."createdAt", cl."name" AS "claimantName"
    FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE c."id" = ${id}`);
  if (!row) return null;
  const tags = connection
    .all<{ name: string }>(
      Prisma.sql`SELECT t."name" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
        WHERE ct."claimId" = ${id}`,
    )
    .map((t) => t.name)
    .sort((a, b) => a.localeCompare(b));
  return {
    state: {
      id: row.id,
      statement: row.statement,
      title: row.title,
      claimantId: row.claimantId,
      firstAppearedAt: fromSqliteInstant(row.firstAppearedAt),
      firstAppearanceUrl: row.firstAppearanceUrl,
      firstAppearanceNote: row.firstAppearanceNote,
      context: row.context,
      place: row.place,
      quantityQualifier: row.quantityQualifier as QuantityQualifier | null,
      quantityValue: row.quantityValue,
      quantityMin: row.quantityMin,
      quantityMax: row.quantityMax,
      quantityUnit: row.quantityUnit,
      verdict: row.verdict as Verdict,
      confidence: row.confidence as Confidence,
      rationale: row.rationale,
      status: row.status as ClaimStatus,
      publishedAt: fromSqliteInstant(row.publishedAt),
      deletedAt: fromSqliteInstant(row.deletedAt),
      version: row.version,
      updatedAt: fromSqliteInstant(row.updatedAt),
      claimantName: row.claimantName,
      tags,
    },
    createdAt: fromSqliteInstant(row.createdAt),
  };
}

/**
 * claim-state.ts's `claimConflict` on the direct connection: the claim as it is now and what
 * changed since `loadedVersion`, found in the audit trail by that version.
 */
export function claimConflictSql(
  connection: DirectConnection,
  id: number,
  loadedVersion: number,
  submitted: Partial<Record<keyof ClaimEditState, unknown>>,
): MutationFailure<ClaimEditState> {
  const current = readClaimStateSql(connection, id)?.state;
  if (!current) return claimNotFound();
  const { loaded } = readClaimTrail(connection, id, loadedVersion);
  const changed = changedSince(loaded, { ...current }, submitted, CLAIM_COMPARED_FIELDS);
  return claimConflictFailure(current, loadedVersion, changed);
}
