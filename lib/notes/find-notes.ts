import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { mayDeleteNote, mayEditNote } from './note-rules';

/** One live note as the claim's editing page lists it. */
export interface NoteView {
  id: number;
  citationId: number | null;
  authorName: string;
  body: string;
  createdAt: Date;
  edited: boolean;
  /** What the signed-in editor may do with it now (note-rules.ts). */
  canEdit: boolean;
  canDelete: boolean;
}

/** Most notes a claim's page lists; older ones are left out, and the page says how many. */
export const NOTES_SHOWN = 200;

export interface ClaimNotes {
  notes: NoteView[];
  total: number;
}

/**
 * The live notes of a claim and of its citations, oldest first (a conversation reads down).
 * Editors only: notes are never read by a reader's page, export, API or feed.
 */
export async function findNotes(actor: Actor | null, claimId: number): Promise<ClaimNotes> {
  assertRole(actor, 'editor');
  const where = { claimId, deletedAt: null };
  const [rows, total] = await Promise.all([
    db.note.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: NOTES_SHOWN,
      select: {
        id: true,
        citationId: true,
        authorId: true,
        body: true,
        createdAt: true,
        updatedAt: true,
        deletedAt: true,
      },
    }),
    db.note.count({ where }),
  ]);
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const authors =
    authorIds.length === 0
      ? []
      : await db.user.findMany({
          where: { id: { in: authorIds } },
          select: { id: true, name: true },
        });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  const now = new Date();
  const notes = rows.reverse().map((r) => ({
    id: r.id,
    citationId: r.citationId,
    authorName: nameOf.get(r.authorId) ?? 'an editor',
    body: r.body,
    createdAt: r.createdAt,
    // Prisma sets updatedAt on create a moment after createdAt's default: a second's slack.
    edited: r.updatedAt.getTime() - r.createdAt.getTime() > 1000,
    canEdit: mayEditNote(r, actor, now).ok,
    canDelete: mayDeleteNote(r, actor).ok,
  }));
  return { notes, total };
}
