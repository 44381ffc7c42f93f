import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { deleteNoteSchema } from './note-input';
import { mayDeleteNote } from './note-rules';
import { NOTE_CHANGED, NOTE_NOT_FOUND, NOTE_SNAPSHOT_SELECT } from './note-snapshot';

/**
 * Deletes a note softly (`deletedAt`): its author or an admin. The text stays in the database
 * and in the audit log's snapshot; the claim's page no longer lists it.
 */
export async function deleteNote(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ id: number; claimId: number }>> {
  assertRole(actor, 'editor');
  const parsed = deleteNoteSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id } = parsed.data;

  return runMutation(async (tx) => {
    const before = await tx.note.findUnique({ where: { id }, select: NOTE_SNAPSHOT_SELECT });
    if (!before) return failure(NOTE_NOT_FOUND);
    const allowed = mayDeleteNote(before, actor);
    if (!allowed.ok) return failure(allowed.message);

    const guarded = await tx.note.updateMany({
      where: { id, updatedAt: before.updatedAt, deletedAt: null },
      data: { deletedAt: new Date(), deletedById: actor.id },
    });
    if (guarded.count === 0) return failure(NOTE_CHANGED);
    const after = await tx.note.findUniqueOrThrow({ where: { id }, select: NOTE_SNAPSHOT_SELECT });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'note.delete',
      entityType: 'note',
      entityId: id,
      before,
      after,
    });
    return ok({ id, claimId: before.claimId });
  });
}
