import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import { store } from '@/lib/db/store';
import { chunks } from './batches';
import type { ImportPlan, NewRow, UpdateRow } from './plan-import';
import type { ProgressReporter } from './import-types';
import { ImportWriteError, nextFreeId } from './write-helpers';
import { assignClaimIds, writeNewClaims } from './write-new-claims';
import { writeShared } from './write-shared';
import { writeUpdate } from './write-update';

/**
 * The commit's writes, inside the caller's one transaction, after planImport has accepted
 * every row. New claims, their sources, claimants, tags, citations, verdict history and audit
 * events are written in batches (a few statements per 500 claims); updates go claim by claim
 * through the same guarded, versioned writes as the editors' forms (update-claim.ts,
 * publish-claim.ts, change-verdict.ts, create-citation.ts), each with its audit event.
 *
 * New rows are given their ids here: the file's id when it is free, otherwise the next one
 * after every id in use (the transaction holds SQLite's write lock, so nobody else takes one
 * meanwhile). Then the database's own next ids are moved past them (PostgreSQL's sequences do
 * not see explicit ids: the next claim created in a form would collide).
 */

export interface WriteSummary {
  created: number;
  updated: number;
  sourcesCreated: number;
  claims: { id: number; title: string }[];
}

export { ImportWriteError };

const LISTED_CLAIMS = 50;

export async function writeImport(
  tx: Tx,
  plan: ImportPlan,
  actor: Actor,
  progress: ProgressReporter,
): Promise<WriteSummary> {
  const newRows = plan.rows.filter((r): r is NewRow => r.kind === 'new');
  const updates = plan.rows.filter((r): r is UpdateRow => r.kind === 'update');
  const total = newRows.length + updates.length;
  progress('write', 0, total);

  const claimIds = await assignClaimIds(tx, newRows);
  const claims: WriteSummary['claims'] = [];
  let done = 0;
  let shared!: Awaited<ReturnType<typeof writeShared>>;
  const written = store.importWrites.bulkInsert(tx, [...claimIds.values()], async () => {
    try {
      shared = await writeShared(tx, plan, newRows, updates, actor);
    } catch (error) {
      throw new ImportWriteError(
        'Adding the new sources, claimants and tags failed, so nothing was imported.',
        { cause: error },
      );
    }
    const { sourceIds, claimantIds, tagIds } = shared;
    let nextCitation = nextFreeId(
      (await tx.citation.aggregate({ _max: { id: true } }))._max.id,
      [],
    );
    for (const part of chunks(newRows)) {
      const first = part[0]!.data.label;
      const last = part[part.length - 1]!.data.label;
      try {
        nextCitation = await writeNewClaims(tx, part, actor, {
          claimIds,
          claimantIds,
          tagIds,
          sourceIds,
          nextCitation,
        });
      } catch (error) {
        throw new ImportWriteError(
          `Writing the new claims from ${first} to ${last} failed, so nothing was imported.`,
          { cause: error },
        );
      }
      done += part.length;
      progress('write', done, total);
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
  const { sourceIds, claimantIds } = shared;
  // Before the updates: their citations (create-citation.ts) take ids from the sequence.
  if (newRows.length > 0 || shared.sourceIds.created > 0) {
    await store.importWrites.afterExplicitIds(tx, ['Claim', 'Citation', 'Source']);
  }
  for (const r of newRows) {
    if (claims.length < LISTED_CLAIMS) {
      claims.push({ id: claimIds.get(r)!, title: r.data.claim.title ?? r.data.claim.statement });
    }
  }

  for (const r of updates) {
    try {
      await writeUpdate(tx, r, actor, { claimantIds, sourceIds });
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
