import 'server-only';
import { serialiseSnapshot } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { ImportTx } from '@/lib/db/import-store';
import { store } from '@/lib/db/store';
import { isDatabaseBusy } from '@/lib/http/busy-response';
import { siteOrigin } from '@/lib/site';
import { checkFile, forgetCheckedFile } from './checked-files';
import type { ImportCommitted, ImportFailure, ProgressReporter } from './import-types';
import { planImport, type ImportPlan } from './plan-import';
import { readsStillHold, recordingReader, type RecordedRead } from './plan-reads';
import { takePlan } from './planned-files';
import { hashUpload, type ImportUpload } from './preview-import';
import { ImportWriteError, prepareImport, writeImport, type PreparedImport } from './write-import';

/**
 * The transaction's limit. `npm run bench:import` measures the commit rate (10,000 new claims);
 * a 50 MB file of ~100,000 short rows stays well inside. The write lock is held for the
 * transaction only: the file is parsed and validated (checked-files.ts), planned and every row
 * built (write-import.ts prepareImport) before it; inside it the reads are checked, the rows
 * written in multi-row statements and the new claims indexed set-based
 * (store.importWrites.bulkInsert), on a connection of the import's own
 * (store.importWrites.transaction), so this process's readers are not queued behind it.
 */
const COMMIT_TIMEOUT_MS = 15 * 60 * 1000;

export interface ImportConfirmation extends ImportUpload {
  /** From the preview the editor confirmed. */
  fileHash: string;
  planDigest: string;
}

/**
 * Resolves when the database takes writes now, else throws its busy error: the commit route asks
 * before its answer starts streaming, so that a busy database is a 503 with Retry-After rather
 * than a 200 whose last line says so.
 */
export function importCanWrite(): Promise<void> {
  return store.importWrites.canWrite();
}

/** Ends the transaction without writing: the preview's plan no longer holds. */
class StalePlan extends Error {}

/** Ends the transaction without writing and answers with `failure`. */
class Refusal extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.message);
  }
}

/**
 * Imports the file the editor previewed, in ONE transaction: every row or none. Nothing from
 * the browser is trusted: the file is sent again and parsed, validated and classified again
 * (planned before the transaction, the plan's reads checked unchanged inside it, else planned
 * again there), and the import goes ahead only when that is exactly what the preview showed
 * (same file hash, same classification digest) and no row has an error.
 */
export async function commitImport(
  actor: Actor | null,
  confirmation: ImportConfirmation,
  progress: ProgressReporter = () => undefined,
): Promise<ImportCommitted | ImportFailure> {
  assertRole(actor, 'editor');
  const fileHash = hashUpload(confirmation.bytes);
  if (fileHash !== confirmation.fileHash) {
    return {
      ok: false,
      message:
        'This is not the file you previewed: its content differs. Preview it again, then import.',
    };
  }
  const checked = await checkFile(
    confirmation.bytes,
    fileHash,
    confirmation.fileName,
    siteOrigin,
    progress,
  );
  if (!checked.ok) return checked;
  forgetCheckedFile(fileHash);
  const { format, validations } = checked;

  // Planned and every row built before the transaction, checked inside it (plan-reads.ts,
  // id-reservations.ts): the lock is held for the inserts only. PostgreSQL checks beside the
  // transaction's first writes and builds the claims' rows while writing them
  // (store.importWrites.checksWhileWriting, buildsWhileWriting).
  const commitPlanned = async (
    planned: ImportPlan,
    reads: RecordedRead[],
    planInside: boolean,
  ): Promise<ImportCommitted | ImportFailure> => {
    const refusal = refusalOf(planned, confirmation);
    if (refusal) return refusal;
    const built = await prepareImport(recordingReader(db, reads), planned, actor);
    const checkAside = store.importWrites.checksWhileWriting;
    try {
      return await store.importWrites.transaction(
        async (tx) => {
          if (checkAside) {
            // After the transaction began, on another connection, while the new claims are
            // written; the updates and the COMMIT wait for it.
            const holding = readsStillHold(db, reads);
            holding.catch(() => undefined); // awaited below, whatever the writes do
            try {
              return await writeAndRecord(tx, planned, built, async () => {
                if (!(await holding)) throw new StalePlan();
              });
            } catch (error) {
              // A stale plan's rows can fail to write (a source added meanwhile under the URL
              // of one it would create): that is the stale plan, planned again, not a failure.
              if (!(error instanceof StalePlan) && (await holding.catch(() => true)) === false) {
                throw new StalePlan();
              }
              throw error;
            }
          }
          if (await readsStillHold(tx, reads)) return await writeAndRecord(tx, planned, built);
          if (!planInside) throw new StalePlan();
          return await planAndWriteInside(tx);
        },
        { maxWait: 30_000, timeout: COMMIT_TIMEOUT_MS },
      );
    } catch (error) {
      if (!(error instanceof StalePlan && checkAside && planInside)) throw error;
    }
    // Checked aside and found changed: rolled back, and planned again inside a transaction.
    return await store.importWrites.transaction(planAndWriteInside, {
      maxWait: 30_000,
      timeout: COMMIT_TIMEOUT_MS,
    });
  };

  /** Plans and builds the import inside `tx`, then writes it. */
  const planAndWriteInside = async (tx: ImportTx) => {
    const plan = await planImport(tx, validations, actor, fileHash, progress);
    const refused = refusalOf(plan, confirmation);
    if (refused) throw new Refusal(refused);
    return await writeAndRecord(tx, plan, await prepareImport(tx, plan, actor, tx));
  };

  /** Writes `prepared` inside `tx`, with the import's own audit event. */
  const writeAndRecord = async (
    tx: ImportTx,
    plan: ImportPlan,
    prepared: PreparedImport,
    beforeUpdates?: () => Promise<void>,
  ) => {
    const summary = await writeImport(tx, prepared, actor, progress, beforeUpdates);
    if (summary.created + summary.updated > 0) {
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: 'import.commit',
          entityType: 'import',
          entityId: fileHash,
          before: null,
          after: serialiseSnapshot({
            fileName: confirmation.fileName,
            format,
            rows: plan.rows.length,
            created: summary.created,
            updated: summary.updated,
            unchanged: plan.counts.unchanged,
            sourcesCreated: summary.sourcesCreated,
          }),
        },
      });
    }
    return {
      ok: true as const,
      created: summary.created,
      updated: summary.updated,
      unchanged: plan.counts.unchanged,
      sourcesCreated: summary.sourcesCreated,
      claims: summary.claims,
    };
  };

  try {
    // The preview's own plan, when this process made it (planned-files.ts), saves planning the
    // file again; its reads are checked inside the transaction as any plan's. When they no
    // longer hold, the transaction ends without writing and the commit plans afresh outside the
    // lock, rather than inside it.
    const previewed = takePlan(fileHash, actor, siteOrigin);
    if (previewed) {
      try {
        return await commitPlanned(previewed.plan, [...previewed.reads], false);
      } catch (error) {
        if (!(error instanceof StalePlan)) throw error;
      }
    }
    const reads: RecordedRead[] = [];
    const planned = await planImport(
      recordingReader(db, reads),
      validations,
      actor,
      fileHash,
      progress,
    );
    return await commitPlanned(planned, reads, true);
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    if (error instanceof ImportWriteError) {
      console.error('Import rolled back:', error.cause ?? error);
      return {
        ok: false,
        message: `${error.message} The database is unchanged.`,
      };
    }
    if (isDatabaseBusy(error)) {
      return {
        ok: false,
        busy: true,
        message:
          'Nothing was imported: the database was busy with other changes. Try again in a moment.',
      };
    }
    if (isExpired(error)) {
      return {
        ok: false,
        message:
          'Nothing was imported: the import ran longer than the 15 minutes it may hold the database, and was rolled back. Split the file into smaller ones.',
      };
    }
    throw error;
  }
}

/**
 * Why the plan may not be written, if it may not: it differs from what the preview showed (the
 * digest first: a row that has turned into an error since the preview is a change), or a row
 * has an error.
 */
function refusalOf(plan: ImportPlan, confirmation: ImportConfirmation): ImportFailure | null {
  if (plan.digest !== confirmation.planDigest) {
    return {
      ok: false,
      message:
        'Nothing was imported: claims in Claimtrack changed since your preview, so the file would now do something else than what you confirmed. Preview it again.',
    };
  }
  if (plan.counts.error > 0) {
    return {
      ok: false,
      message: `Nothing was imported: ${plan.counts.error === 1 ? 'a row has an error' : `${plan.counts.error} rows have errors`}. Preview the file to see ${plan.counts.error === 1 ? 'it' : 'them'}, fix the file and try again.`,
    };
  }
  return null;
}

/** The transaction's time limit ran out (Prisma P2028). */
function isExpired(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Object && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === 'P2028') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
