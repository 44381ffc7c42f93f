import 'server-only';
import { changedSinceLoaded } from '@/lib/audit/changed-fields';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { SourceKind } from '@/lib/domain/evidence';
import { Prisma } from '@/lib/generated/prisma/client';
import { failure, fieldFailure, type MutationFailure } from '@/lib/validation/mutation-result';

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
