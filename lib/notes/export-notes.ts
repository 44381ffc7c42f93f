import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** What the editors' notes export says about itself, first in the file. */
export const NOTES_EXPORT_NOTICE =
  'Internal editors’ notes of Claimtrack: not for publication. Readers never see them, and no reader export, API or feed includes them.';

export interface NotesExport {
  format: 'claimtrack-editor-notes/1';
  internal: true;
  notice: string;
  exportedAt: string;
  claim: { id: number; statement: string };
  notes: {
    id: number;
    citationId: number | null;
    citationSource: string | null;
    author: string;
    body: string;
    createdAt: string;
    updatedAt: string;
  }[];
}

/**
 * The editors' JSON export of a claim's live notes (editors only; the one place notes leave the
 * editing page), saying in its own fields that it holds internal notes. Null: no such claim.
 */
export async function exportClaimNotes(
  actor: Actor | null,
  claimId: number,
): Promise<NotesExport | null> {
  assertRole(actor, 'editor');
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, statement: true },
  });
  if (!claim) return null;
  const notes = await db.note.findMany({
    where: { claimId, deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      citationId: true,
      citation: { select: { source: { select: { title: true } } } },
      authorId: true,
      body: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const authorIds = [...new Set(notes.map((n) => n.authorId))];
  const authors =
    authorIds.length === 0
      ? []
      : await db.user.findMany({
          where: { id: { in: authorIds } },
          select: { id: true, name: true },
        });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return {
    format: 'claimtrack-editor-notes/1',
    internal: true,
    notice: NOTES_EXPORT_NOTICE,
    exportedAt: new Date().toISOString(),
    claim,
    notes: notes.map((n) => ({
      id: n.id,
      citationId: n.citationId,
      citationSource: n.citation?.source.title ?? null,
      author: nameOf.get(n.authorId) ?? 'an editor',
      body: n.body,
      createdAt: n.createdAt.toISOString(),
      updatedAt: n.updatedAt.toISOString(),
    })),
  };
}
