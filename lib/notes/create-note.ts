import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { CLAIM_NOT_FOUND } from '@/lib/claims/claim-state';
import { notify } from '@/lib/notifications/notify';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { createNoteSchema } from './note-input';
import { noteMentions } from './note-markup';
import { NOTE_SNAPSHOT_SELECT } from './note-snapshot';
import { resolveMentions } from './resolve-mentions';

export interface NoteSaved {
  id: number;
  claimId: number;
  /** The editors told they were mentioned (user ids). */
  mentioned: string[];
}

/**
 * Writes an editors' internal note on a claim or on one of its live citations, audited, and
 * tells each editor it @mentions (but the author) once, in the same transaction.
 */
export async function createNote(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<NoteSaved>> {
  assertRole(actor, 'editor');
  const parsed = createNoteSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { claimId, citationId, body } = parsed.data;

  return runMutation(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { deletedAt: true },
    });
    if (!claim) return failure(CLAIM_NOT_FOUND);
    if (claim.deletedAt) {
      return failure('This claim has been deleted; notes cannot be added to it.');
    }
    if (citationId !== null) {
      const citation = await tx.citation.findUnique({
        where: { id: citationId },
        select: { claimId: true, deletedAt: true },
      });
      if (!citation || citation.claimId !== claimId || citation.deletedAt) {
        return fieldFailure('citationId', 'Choose one of this claim’s citations, or none.');
      }
    }
    const note = await tx.note.create({
      data: { claimId, citationId, authorId: actor.id, body },
      select: NOTE_SNAPSHOT_SELECT,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'note.create',
      entityType: 'note',
      entityId: note.id,
      before: null,
      after: note,
    });
    const mentioned = await tellMentioned(tx, actor, note, noteMentions(body));
    return ok({ id: note.id, claimId, mentioned });
  });
}

/** Notifies the editors `names` resolve to ('mentioned'); returns who was told. */
export async function tellMentioned(
  tx: Tx,
  actor: Actor,
  note: { id: number; claimId: number },
  names: readonly string[],
): Promise<string[]> {
  const people = (await resolveMentions(tx, names)).filter((id) => id !== actor.id);
  for (const userId of people) {
    await notify(tx, {
      userId,
      kind: 'mentioned',
      claimId: note.claimId,
      noteId: note.id,
      actorId: actor.id,
    });
  }
  return people;
}
