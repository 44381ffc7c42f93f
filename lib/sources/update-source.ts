import 'server-only';
import { pickApplied } from '@/lib/audit/merge-stale-save';
import { nextUpdatedAt, rollback, runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { updateSourceSchema } from '@/lib/validation/source-input';
import { findSameDocument } from './find-same-document';
import { normalizeUrl } from './normalize-url';
import {
  duplicateSource,
  isUniqueViolation,
  mergeSourceEdit,
  readSourceState,
  resolvePublisher,
  sourceConflict,
  type SourceEditState,
} from './source-state';

const FIELDS = ['title', 'kind', 'publishedAt', 'archiveUrl'] as const;

type SourcePatch = Partial<Omit<SourceEditState, 'id' | 'publisherName'>>;

/**
 * Edits a source, guarded by the `updatedAt` the form loaded (sources have no version column,
 * and one source backs many claims, so a silent overwrite would change evidence everywhere):
 * one `updateMany` on (id, updatedAt, not deleted). An edit from a form loaded before someone
 * else's save is merged onto the current source (fields only this editor changed are written);
 * fields both changed differently are a conflict. A change that makes it a document the library
 * already holds (find-same-document.ts) returns `existing` like createSource.
 */
export async function updateSource(
  actor: Actor | null,
  input: unknown,
): Promise<
  MutationResult<
    { id: number; updatedAt: Date; changed: boolean; mergedWith?: string[] },
    SourceEditState
  >
> {
  assertRole(actor, 'editor');
  const parsed = updateSourceSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;
  const url = data.url === undefined || data.url === null ? data.url : normalizeUrl(data.url);

  try {
    return await runMutation(async (tx) => {
      const before = await readSourceState(tx, data.id);
      if (!before) return failure('This source does not exist.');
      if (before.deletedAt) return failure('This source has been removed; it cannot be edited.');

      let patch: SourcePatch = {};
      for (const field of FIELDS) {
        if (data[field] !== undefined) Object.assign(patch, { [field]: data[field] });
      }
      if (url !== undefined) patch.url = url;
      if (data.publisherId !== undefined || data.publisherName !== undefined) {
        const publisher = await resolvePublisher(tx, {
          publisherId: data.publisherId ?? null,
          publisherName: data.publisherName ?? null,
        });
        if (!publisher.ok) return publisher;
        patch.publisherId = publisher.id;
      }
      let guard = data.updatedAt;
      let merge: { mergedWith?: string[] } = {};
      if (before.updatedAt.getTime() !== data.updatedAt.getTime()) {
        const merged = await mergeSourceEdit(tx, before, data.updatedAt, patch);
        // Undo an inline publisher created above: a refused save leaves no trace.
        if (!merged.ok) rollback(merged);
        patch = pickApplied(patch, merged.apply);
        guard = before.updatedAt;
        merge = { mergedWith: merged.mergedWith };
      }
      const unchanged = Object.entries(patch).every(
        ([field, value]) =>
          JSON.stringify(value ?? null) ===
          JSON.stringify(before[field as keyof SourceEditState] ?? null),
      );
      if (unchanged) {
        return ok({ id: before.id, updatedAt: before.updatedAt, changed: false, ...merge });
      }
      const identity = ['url', 'title', 'publisherId', 'publishedAt'] as const;
      if (identity.some((field) => patch[field] !== undefined)) {
        const same = await findSameDocument(
          tx,
          {
            url: patch.url !== undefined ? patch.url : before.url,
            title: patch.title ?? before.title,
            publisherId: patch.publisherId !== undefined ? patch.publisherId : before.publisherId,
            publishedAt: patch.publishedAt !== undefined ? patch.publishedAt : before.publishedAt,
          },
          before.id,
        );
        // Thrown, not returned: a publisher named inline above is undone with the rest.
        if (same) rollback(duplicateSource(same));
      }

      const updatedAt = nextUpdatedAt(before.updatedAt);
      const guarded = await tx.source.updateMany({
        where: { id: data.id, updatedAt: guard, deletedAt: null },
        data: { ...patch, updatedAt, updatedById: actor.id },
      });
      if (guarded.count === 0) {
        rollback(await sourceConflict(tx, data.id, data.updatedAt, patch));
      }
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'source.update',
        entityType: 'source',
        entityId: data.id,
        before,
        after: await readSourceState(tx, data.id),
      });
      return ok({ id: data.id, updatedAt, changed: true, ...merge });
    });
  } catch (error) {
    if (typeof url === 'string' && isUniqueViolation(error)) {
      const existing = await db.source.findUnique({
        where: { url },
        select: { id: true, title: true, deletedAt: true },
      });
      if (existing && existing.id !== data.id) return duplicateSource(existing);
    }
    throw error;
  }
}
