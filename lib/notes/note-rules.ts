import type { Role } from '@/lib/auth/actor';
import { mentionKey } from './note-markup';

/** The pure rules of editors' notes: who may change a note, and until when. */

/** A note can be corrected by its author for this long after it was written. */
export const NOTE_EDIT_WINDOW_MS = 10 * 60 * 1000;
export const NOTE_BODY_MAX = 5000;

export interface NoteFacts {
  authorId: string;
  createdAt: Date;
  deletedAt: Date | null;
}

export interface Caller {
  id: string;
  role: Role;
}

export type RuleAnswer = { ok: true } | { ok: false; message: string };

export const NOTE_DELETED = 'This note was deleted.';
export const EDIT_NOT_AUTHOR = 'Only the note’s author can edit it.';
export const EDIT_TOO_LATE =
  'This note can no longer be edited: notes can be changed for 10 minutes after they are written. Add a new note instead.';
export const DELETE_REFUSED = 'Only the note’s author or an admin can delete it.';

/** Its author, within 10 minutes of writing it; a deleted note never. */
export function mayEditNote(note: NoteFacts, caller: Caller, now: Date): RuleAnswer {
  if (note.deletedAt) return { ok: false, message: NOTE_DELETED };
  if (note.authorId !== caller.id) return { ok: false, message: EDIT_NOT_AUTHOR };
  if (now.getTime() - note.createdAt.getTime() > NOTE_EDIT_WINDOW_MS) {
    return { ok: false, message: EDIT_TOO_LATE };
  }
  return { ok: true };
}

/** Its author or an admin, at any time; a note is deleted once. */
export function mayDeleteNote(note: NoteFacts, caller: Caller): RuleAnswer {
  if (note.deletedAt) return { ok: false, message: NOTE_DELETED };
  if (note.authorId !== caller.id && caller.role !== 'admin') {
    return { ok: false, message: DELETE_REFUSED };
  }
  return { ok: true };
}

/** The mentions of an edited note that its previous text did not have: only they are told. */
export function newMentions(before: readonly string[], after: readonly string[]): string[] {
  const known = new Set(before.map(mentionKey));
  return after.filter((name) => !known.has(mentionKey(name)));
}
