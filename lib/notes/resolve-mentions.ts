import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { mentionKey } from './note-markup';

/**
 * The editors a note's @mentions name: editors and admins who are not disabled, whose name equals
 * the mention once case and spacing are set aside (lib/notes/note-markup.ts mentionKey). Two
 * editors with the same name are both meant: the note cannot tell them apart. A desk has tens of
 * editors, so they are read whole and compared here rather than by a case-folding query that
 * would differ between the two databases.
 */
export async function resolveMentions(tx: Tx, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const wanted = new Set(names.map(mentionKey));
  const people = await tx.user.findMany({
    where: { banned: false, role: { in: ['editor', 'admin'] } },
    select: { id: true, name: true },
  });
  return people.filter((p) => wanted.has(mentionKey(p.name))).map((p) => p.id);
}
