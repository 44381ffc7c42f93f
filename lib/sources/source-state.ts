import 'server-only';
import { changedSince } from '@/lib/audit/changed-fields';
import { readEditTrail, type EditTrail } from '@/lib/audit/edit-trail';
import { mergeStaleSave } from '@/lib/audit/merge-stale-save';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { store } from '@/lib/db/store';
import type { SourceKind } from '@/lib/domain/evidence';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  failure,
  fieldFailure,
  type FieldConflict,
  type MutationFailure,
} from '@/lib/validation/mutation-result';
import { nameKey } from './source-identity';

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

/** A source's edit state in a mutation's transaction, its row held until COMMIT (lockForEdit). */
export async function readSourceState(tx: Tx, id: number): Promise<SourceEditState | null> {
  await store.editing.lockForEdit(tx, 'Source', id);
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
 * The publisher of this name, however it is spelled (source-identity.ts `nameKey`: "Reuters",
 * "REUTERS" and "Reuters " are one), the oldest when spellings were stored twice before this
 * rule; null when there is none.
 */
export async function findPublisherByName(
  tx: Pick<Tx, 'publisher'>,
  name: string,
): Promise<{ id: number; name: string } | null> {
  const exact = await tx.publisher.findUnique({
    where: { name },
    select: { id: true, name: true },
  });
  if (exact) return exact;
  return (await publishersByKey(tx)).get(nameKey(name)) ?? null;
}

/**
 * Every publisher by its name's key (the oldest of a key). A desk has hundreds of publishers,
 * not millions, and the key is not something SQL can compute: they are compared in memory.
 */
export async function publishersByKey(
  tx: Pick<Tx, 'publisher'>,
): Promise<Map<string, { id: number; name: string }>> {
  const all = await tx.publisher.findMany({
    select: { id: true, name: true },
    orderBy: { id: 'asc' },
  });
  const byKey = new Map<string, { id: number; name: string }>();
  for (const p of all) if (!byKey.has(nameKey(p.name))) byKey.set(nameKey(p.name), p);
  return byKey;
}

/**
 * The publisher id for a source: an existing one by id, one named inline (an existing one of
 * the same name, however spelled, is reused), or none.
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
  const publisher =
    (await findPublisherByName(tx, choice.publisherName)) ??
    (await tx.publisher.create({ data: { name: choice.publisherName }, select: { id: true } }));
  return { ok: true, id: publisher.id };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * The answer when the source is already in the library (find-same-document.ts: the same page,
 * or without a link the same title, publisher and date): offer it instead.
 */
export function duplicateSource(existing: {
  id: number;
  title: string;
  deletedAt: Date | null;
  by?: 'link' | 'title';
}): MutationFailure<never> {
  const what =
    existing.by === 'title'
      ? 'A source with this title, publisher and publication date and no link'
      : 'A source with this link';
  const message = existing.deletedAt
    ? `${what} already exists (“${existing.title}”) but was removed; ask an admin to restore it rather than adding it again.`
    : `${what} already exists: “${existing.title}”. Use it instead of adding a duplicate.`;
  const field = existing.by === 'title' ? 'title' : 'url';
  return {
    ...failure(message, { [field]: [message] }),
    existing: { id: existing.id, title: existing.title },
  };
}

function sourceTrail(id: number, loadedUpdatedAt: Date, tx?: Tx): Promise<EditTrail> {
  return readEditTrail(
    { entityType: 'source', entityId: id },
    { key: 'updatedAt', value: loadedUpdatedAt },
    tx,
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
  const trail = await sourceTrail(current.id, loadedUpdatedAt, tx);
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
  const { loaded } = await sourceTrail(id, loadedUpdatedAt, tx);
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
