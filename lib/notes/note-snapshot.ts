import 'server-only';

/** A note as the audit log keeps it, before and after each change: where it is included. */
export const NOTE_SNAPSHOT_SELECT = {
  id: true,
  claimId: true,
  citationId: true,
  authorId: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  deletedById: true,
} as const;

export interface NoteSnapshot {
  id: number;
  claimId: number;
  citationId: number | null;
  authorId: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  deletedById: string | null;
}

export const NOTE_NOT_FOUND = 'This note does not exist.';
export const NOTE_CHANGED =
  'This note was changed or deleted meanwhile. Reload the page to see it as it is now.';
