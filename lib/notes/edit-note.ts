import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { tellMentioned, type NoteSaved } from './create-note';
import { editNoteSchema } from './note-input';
import { noteMentions } from './note-markup';
import { mayEditNote, newMentions } from './note-rules';
import { NOTE_CHANGED, NOTE_NOT_FOUND, NOTE_SNAPSHOT_SELECT } from './note-snapshot';

/**
 * Corrects a note: its author only, within 10 minutes of writing it (note-rules.ts). Audited;
 * only editors mentioned for the first time by this edit are notified. The write is guarded by
 * the `updatedAt` it read, so two saves at once cannot both apply.
 */
export async function editNote(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<NoteSaved>> {
  assertRole(actor, 'editor');
  const parsed = editNoteSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, body } = parsed.data;

  return runMutation(async (tx) => {
    const before = await tx.note.findUnique({ where: { id }, select: NOTE_SNAPSHOT_SELECT });
    if (!before) return failure(NOTE_NOT_FOUND);
    const allowed = mayEditNote(before, actor, new Date());
    if (!allowed.ok) return fieldFailure('body', allowed.message);
    if (before.body === body) return ok({ id, claimId: before.claimId, mentioned: [] });

    const guarded = await tx.note.updateMany({
      where: { id, updatedAt: before.updatedAt, deletedAt: null },
      data: { body },
    });
    if (guarded.count === 0) return failure(NOTE_CHANGED);
    const after = await tx.note.findUniqueOrThrow({ where: { id }, select: NOTE_SNAPSHOT_SELECT });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'note.edit',
      entityType: 'note',
      entityId: id,
      before,
      after,
    });
    const added = newMentions(noteMentions(before.body), noteMentions(body));
    const mentioned = await tellMentioned(tx, actor, after, added);
    return ok({ id, claimId: after.claimId, mentioned });
  });
}
