import { describe, expect, it } from 'vitest';
import {
  EDIT_TOO_LATE,
  mayDeleteNote,
  mayEditNote,
  newMentions,
  NOTE_EDIT_WINDOW_MS,
} from '@/lib/notes/note-rules';

const createdAt = new Date('2026-12-04T12:00:00Z');
const note = { authorId: 'ana', createdAt, deletedAt: null };
const ana = { id: 'ana', role: 'editor' } as const;
const bo = { id: 'bo', role: 'editor' } as const;
const admin = { id: 'cy', role: 'admin' } as const;
const after = (ms: number) => new Date(createdAt.getTime() + ms);

describe('notes: who may edit, and until when', () => {
  it('lets the author edit for 10 minutes, and refuses clearly after that', () => {
    expect(mayEditNote(note, ana, after(0)).ok).toBe(true);
    expect(mayEditNote(note, ana, after(NOTE_EDIT_WINDOW_MS)).ok).toBe(true);
    expect(mayEditNote(note, ana, after(NOTE_EDIT_WINDOW_MS + 1))).toEqual({
      ok: false,
      message: EDIT_TOO_LATE,
    });
  });

  it('refuses everyone else, admins included, and deleted notes', () => {
    expect(mayEditNote(note, bo, after(1)).ok).toBe(false);
    expect(mayEditNote(note, admin, after(1)).ok).toBe(false);
    expect(mayEditNote({ ...note, deletedAt: after(1) }, ana, after(2)).ok).toBe(false);
  });
});

describe('notes: who may delete', () => {
  it('lets the author and admins delete at any time, once', () => {
    expect(mayDeleteNote(note, ana).ok).toBe(true);
    expect(mayDeleteNote(note, admin).ok).toBe(true);
    expect(mayDeleteNote(note, bo).ok).toBe(false);
    expect(mayDeleteNote({ ...note, deletedAt: after(1) }, ana).ok).toBe(false);
  });
});

describe('notes: who an edit newly mentions', () => {
  it('keeps only the names the previous text did not mention', () => {
    expect(newMentions(['Ana', 'Bo Kim'], ['ana', 'bo  kim', 'Cy'])).toEqual(['Cy']);
    expect(newMentions([], ['Ana'])).toEqual(['Ana']);
  });
});
