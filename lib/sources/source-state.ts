import 'server-only';
import { changedSinceLoaded } from '@/lib/audit/changed-fields';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { SourceKind } from '@/lib/domain/evidence';
import { Prisma } from '@/lib/generated/prisma/client';
import { failure, fieldFailure, type MutationFailure } from '@/lib/validation/mutation-result';
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

export async function sourceConflict(
  tx: Tx,
  id: number,
  loadedUpdatedAt: Date,
  submitted: Partial<Record<keyof SourceEditState, unknown>>,
): Promise<MutationFailure<SourceEditState>> {
  const current = await readSourceState(tx, id);
  if (!current) return failure('This source does not exist.');
  const changed = await changedSinceLoaded(
    tx,
    { entityType: 'source', entityId: id },
    (before) => before.updatedAt === loadedUpdatedAt.toISOString(),
    { ...current },
    submitted,
    SOURCE_COMPARED_FIELDS,
  );
  return {
    ok: false,
    message:
      'Someone else saved this source after you opened it. Nothing was saved: review the current values and apply your changes again.',
    conflict: { current, changedFields: changed },
  };
}
