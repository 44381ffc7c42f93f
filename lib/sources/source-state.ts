import 'server-only';
import { changedSince } from '@/lib/audit/changed-fields';
import { readEditTrail, type EditTrail } from '@/lib/audit/edit-trail';
import { mergeStaleSave } from '@/lib/audit/merge-stale-save';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { sqlite } from '@/lib/db';
import type { SourceKind } from '@/lib/domain/evidence';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  failure,
  fieldFailure,
  type FieldConflict,
  type MutationFailure,
} from '@/lib/validation/mutation-result';

/** A source as an editor edits it; also its audit snapshot and a conflict's `current`. */
export interface SourceEditState {
  id: number;
  title: string;
  publisherId: number | null;
  publisherName: string | null;
  kind: SourceKind;
  url: string | null;
  publishedAt: Date | null;
  archiveUrl: string | null;
  deletedAt: Date | null;
  /** The guard an edit carries (sources have no version column). */
  updatedAt: Date;
}

export const SOURCE_COMPARED_FIELDS = [
  'title',
  'publisherId',
  'kind',
  'url',
  'publishedAt',
  'archiveUrl',
  'deletedAt',
] as const satisfies readonly (keyof SourceEditState)[];

export async function readSourceState(tx: Tx, id: number): Promise<SourceEditState | null> {
  const row = await tx.source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      publisher: { select: { id: true, name: true } },
      kind: true,
      url: true,
      publishedAt: true,
      archiveUrl: true,
      deletedAt: true,
      updatedAt: true,
    },
  });
  if (!row) return null;
  const { publisher, ...rest } = row;
  return {
    ...rest,
    kind: rest.kind as SourceKind,
    publisherId: publisher?.id ?? null,
    publisherName: publisher?.name ?? null,
  };
}

/**
 * The publisher id for a source: an existing one by id, one named inline (an existing name is
 * reused), or none.
 */
export async function resolvePublisher(
  tx: Tx,
  choice: { publisherId: number | null; publisherName: string | null },
): Promise<{ ok: true; id: number | null } | MutationFailure<never>> {
  if (choice.publisherId !== null) {
    const existing = await tx.publisher.findUnique({
      where: { id: choice.publisherId },
      select: { id: true },
    });
    return existing
      ? { ok: true, id: existing.id }
      : fieldFailure('publisherId', 'This publisher does not exist; choose another one.');
  }
  if (choice.publisherName === null) return { ok: true, id: null };
  const publisher = await tx.publisher.upsert({
    where: { name: choice.publisherName },
    create: { name: choice.publisherName },
    update: {},
    select: { id: true },
  });
  return { ok: true, id: publisher.id };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** The answer when a source with the same normalised URL exists: offer it instead. */
export function duplicateSource(existing: {
  id: number;
  title: string;
  deletedAt: Date | null;
}): MutationFailure<never> {
  const message = existing.deletedAt
    ? `A source with this link already exists (“${existing.title}”) but was removed; ask an admin to restore it rather than adding it again.`
    : `A source with this link already exists: “${existing.title}”. Use it instead of adding a duplicate.`;
  return {
    ...failure(message, { url: [message] }),
    existing: { id: existing.id, title: existing.title },
  };
}

function sourceTrail(id: number, loadedUpdatedAt: Date): EditTrail {
  return readEditTrail(
    sqlite,
    { entityType: 'source', entityId: id },
    { key: 'updatedAt', value: loadedUpdatedAt },
  );
}

/**
 * An edit from a form loaded before someone else's save, merged onto the source as it is now
 * (lib/audit/merge-stale-save.ts): the fields to write, or the conflict when both changed a
 * field differently.
 */
export async function mergeSourceEdit(
  tx: Tx,
  current: SourceEditState,
  loadedUpdatedAt: Date,
  mine: Partial<Record<keyof SourceEditState, unknown>>,
): Promise<{ ok: true; apply: string[]; mergedWith: string[] } | MutationFailure<SourceEditState>> {
  const trail = sourceTrail(current.id, loadedUpdatedAt);
  const merge = mergeStaleSave({
    trail,
    fields: Object.keys(mine),
    mine,
    current: { ...current },
    compared: SOURCE_COMPARED_FIELDS,
  });
  if (merge.conflicts.length === 0) {
    return { ok: true, apply: merge.apply, mergedWith: merge.changedFields };
  }
  const publisher = merge.conflicts.find((c) => c.field === 'publisherId');
  if (publisher) {
    const mineName =
      typeof mine.publisherId === 'number'
        ? await tx.publisher.findUnique({ where: { id: mine.publisherId }, select: { name: true } })
        : null;
    publisher.names = {
      mine: mineName?.name ?? '',
      loaded: typeof trail.loaded?.publisherName === 'string' ? trail.loaded.publisherName : '',
      current: current.publisherName ?? '',
    };
  }
  return sourceConflictFailure(current, merge.changedFields, merge.conflicts);
}

/** The answer when the guarded write matched nothing (two writers raced). */
export async function sourceConflict(
  tx: Tx,
  id: number,
  loadedUpdatedAt: Date,
  submitted: Partial<Record<keyof SourceEditState, unknown>>,
): Promise<MutationFailure<SourceEditState>> {
  const current = await readSourceState(tx, id);
  if (!current) return failure('This source does not exist.');
  const { loaded } = sourceTrail(id, loadedUpdatedAt);
  return sourceConflictFailure(
    current,
    changedSince(loaded, { ...current }, submitted, SOURCE_COMPARED_FIELDS),
  );
}

function sourceConflictFailure(
  current: SourceEditState,
  changedFields: string[],
  fields: FieldConflict[] = [],
): MutationFailure<SourceEditState> {
  return {
    ok: false,
    message:
      fields.length > 0
        ? 'Someone else changed the same fields of this source after you opened it. Nothing was saved: for each field listed, keep your value or take the current one, then save again.'
        : 'Someone else saved this source after you opened it. Nothing was saved: review the current values and apply your changes again.',
    conflict: { current, changedFields, fields },
  };
}
