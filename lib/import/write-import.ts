import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import type { ImportTx } from '@/lib/db/import-store';
import { store } from '@/lib/db/store';
import { chunks } from './batches';
import { IdReservations } from './id-reservations';
import { inTurnOrTogether } from './in-turn-or-together';
import type { ImportPlan, NewRow, UpdateRow } from './plan-import';
import type { ImportReader } from './plan-reads';
import type { ProgressReporter } from './import-types';
import { ImportWriteError } from './write-helpers';
import {
  assignClaimIds,
  buildNewClaims,
  buildNewClaimsInTurns,
  writeNewClaims,
  type NewClaimContext,
  type NewClaimRows,
} from './write-new-claims';
import { prepareShared, writeShared, type PreparedShared } from './write-shared';
import { writeUpdate } from './write-update';

/**
 * The commit's writes, after planImport has accepted every row, in two steps:
 *
 * - prepareImport, BEFORE the transaction: every new row is built — new claims, their sources,
 *   publishers, claimants, tags, citations, verdict history and audit events, with their ids
 *   (the file's id when it is free, otherwise one reserved in the database: id-reservations.ts)
 *   — so SQLite's one write lock is not held while 10,000 rows and their audit snapshots are
 *   made. Its reads are recorded (plan-reads.ts); the commit checks them inside the transaction
 *   and prepares again there when anything changed. Where no write lock is held
 *   (store.importWrites.buildsWhileWriting: PostgreSQL) the new claims' batches are built by
 *   writeImport instead, each while the server writes the one before.
 * - writeImport, inside the caller's one transaction: the built rows in a few multi-row
 *   statements per 500 claims; then updates claim by claim through the same guarded, versioned
 *   writes as the editors' forms (update-claim.ts, publish-claim.ts, change-verdict.ts,
 *   create-citation.ts), each with its audit event. Then the database's own next ids are moved
 *   past the explicit ones (PostgreSQL's sequences do not see them: the next claim created in a
 *   form would collide).
 */

export interface WriteSummary {
  created: number;
  updated: number;
  sourcesCreated: number;
  claims: { id: number; title: string }[];
}

export { ImportWriteError };

const LISTED_CLAIMS = 50;

export interface PreparedImport {
  newRows: NewRow[];
  updates: UpdateRow[];
  claimIds: Map<NewRow, number>;
  shared: PreparedShared;
  /** Each batch of new claims' rows, in order: built already, or built when called. */
  batches: (() => NewClaimRows | Promise<NewClaimRows>)[];
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Builds every row of the import. `inside`: the import's transaction, when it builds inside it
 * (planning again); its ids are then reserved there too.
 */
export async function prepareImport(
  reader: ImportReader,
  plan: ImportPlan,
  actor: Actor,
  inside: ImportTx | null = null,
): Promise<PreparedImport> {
  const newRows = plan.rows.filter((r): r is NewRow => r.kind === 'new');
  const updates = plan.rows.filter((r): r is UpdateRow => r.kind === 'update');
  const ids = new IdReservations(inside);
  const now = new Date();
  // Independent reads and reservations: sent together before the transaction (each is a round
  // trip, and the commit waits for them all before its first write), one after the other in
  // it (a transaction's connection runs one statement at a time).
  const together = inside === null;
  const [claimIds, shared, citationId] = await inTurnOrTogether(together, [
    () => assignClaimIds(ids, newRows),
    () => prepareShared(reader, ids, plan, newRows, updates, actor, now, together),
    () =>
      ids.reserve(
        'citation',
        newRows.reduce((n, r) => n + r.data.citations.length, 0),
      ),
  ] as const);
  const context: NewClaimContext = {
    claimIds,
    claimants: shared.claimants,
    tagIds: shared.tagIds,
    sourceIds: shared.sourceIds,
    citationId,
  };
  // Built here, before the transaction, unless the database is written while they are built
  // (store.importWrites.buildsWhileWriting): then writeImport builds each batch in turn.
  const batches: (() => NewClaimRows | Promise<NewClaimRows>)[] = [];
  for (const part of chunks(newRows)) {
    if (store.importWrites.buildsWhileWriting) {
      batches.push(() => buildNewClaimsInTurns(part, actor, context, now));
      continue;
    }
    const built = buildNewClaims(part, actor, context, now);
    batches.push(() => built);
    // Building a batch takes tens of milliseconds: this process's other requests run between.
    await nextTurn();
  }
  return { newRows, updates, claimIds, shared, batches };
}

export async function writeImport(
  tx: Tx,
  prepared: PreparedImport,
  actor: Actor,
  progress: ProgressReporter,
  /** Run after the new claims are written, before anything else (the caller's last check). */
  beforeUpdates: () => Promise<void> = async () => undefined,
): Promise<WriteSummary> {
  const { newRows, updates, claimIds, shared, batches } = prepared;
  const total = newRows.length + updates.length;
  progress('write', 0, total);
  const claims: WriteSummary['claims'] = [];
  let done = 0;
  const written = store.importWrites.bulkInsert(tx, [...claimIds.values()], async () => {
    // The first batch is built while the shared rows are written (their few statements are
    // round trips this process would otherwise wait out idle); the others as before.
    const first = batches[0] ? Promise.resolve(batches[0]()) : null;
    first?.catch(() => undefined); // awaited below, unless the shared rows fail first
    try {
      await writeShared(tx, shared);
    } catch (error) {
      throw new ImportWriteError(
        'Adding the new sources, claimants and tags failed, so nothing was imported.',
        { cause: error },
      );
    }
    for (const [i, batchOf] of batches.entries()) {
      const batch = i === 0 ? await first! : await batchOf();
      const part = newRows.slice(done, done + batch.claims.length);
      try {
        await writeNewClaims(tx, batch);
      } catch (error) {
        throw new ImportWriteError(
          `Writing the new claims from ${part[0]!.data.label} to ${part.at(-1)!.data.label} failed, so nothing was imported.`,
          { cause: error },
        );
      }
      done += part.length;
      progress('write', done, total);
      // Other connections read meanwhile; this process's own requests need its event loop.
      await nextTurn();
    }
  });
  try {
    await written;
  } catch (error) {
    if (error instanceof ImportWriteError) throw error;
    throw new ImportWriteError('Indexing the new claims failed, so nothing was imported.', {
      cause: error,
    });
  }
  await beforeUpdates();
  const { sourceIds, claimants } = shared;
  // Before the updates: their citations (create-citation.ts) take ids from the sequence.
  const explicit = [
    ...(newRows.length > 0 ? (['Claim', 'Citation'] as const) : []),
    ...(sourceIds.created > 0 ? (['Source', 'Publisher'] as const) : []),
    ...(shared.rows.claimants.length > 0 ? (['Claimant'] as const) : []),
    ...(shared.rows.tags.length > 0 ? (['Tag'] as const) : []),
  ];
  if (explicit.length > 0) await store.importWrites.afterExplicitIds(tx, explicit);
  for (const r of newRows) {
    if (claims.length < LISTED_CLAIMS) {
      claims.push({ id: claimIds.get(r)!, title: r.data.claim.title ?? r.data.claim.statement });
    }
  }

  for (const r of updates) {
    try {
      await writeUpdate(tx, r, actor, { claimants, sourceIds });
    } catch (error) {
      if (error instanceof ImportWriteError) throw error;
      throw new ImportWriteError(
        `Updating claim ${r.before.id} (${r.data.label}) failed, so nothing was imported.`,
        {
          cause: error,
        },
      );
    }
    if (claims.length < LISTED_CLAIMS) {
      claims.push({ id: r.before.id, title: r.data.claim.title ?? r.data.claim.statement });
    }
    progress('write', ++done, total);
  }
  return {
    created: newRows.length,
    updated: updates.length,
    sourcesCreated: sourceIds.created,
    claims,
  };
}
