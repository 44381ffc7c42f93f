import type { Actor } from '@/lib/auth/actor';
import { formatDateTime, machineDate } from '@/lib/format/dates';
import { findNotes, type NoteView } from '@/lib/notes/find-notes';
import { NoteBody } from './note-body';
import { AddNoteForm, DeleteNoteForm, EditNoteForm } from './note-forms';

const DONE: Record<string, string> = {
  added: 'Note added.',
  edited: 'Note saved.',
  deleted: 'Note deleted.',
};

interface CitationRef {
  id: number;
  source: { title: string };
}

/**
 * The claim editing page's "Notes" section: the editors' internal notes on the claim and on
 * each of its citations (grouped under the citation, linked to it in the evidence list), and the
 * form to add one. Editors only; nothing here reaches a reader.
 */
export async function ClaimNotes({
  claimId,
  citations,
  actor,
  search,
}: {
  claimId: number;
  citations: readonly CitationRef[];
  actor: Actor;
  search: Record<string, string | string[] | undefined>;
}) {
  const { notes, total } = await findNotes(actor, claimId);
  const done = typeof search.note === 'string' ? DONE[search.note] : undefined;
  const cited = new Set(citations.map((c) => c.id));
  const groups: { key: string; heading: string | null; href?: string; notes: NoteView[] }[] = [
    { key: 'claim', heading: null, notes: notes.filter((n) => n.citationId === null) },
    ...citations.map((c) => ({
      key: `citation-${c.id}`,
      heading: `On the citation of “${c.source.title}”`,
      href: `#citation-${c.id}`,
      notes: notes.filter((n) => n.citationId === c.id),
    })),
    {
      key: 'removed',
      heading: 'On citations since removed',
      notes: notes.filter((n) => n.citationId !== null && !cited.has(n.citationId)),
    },
  ];
  return (
    <section id="notes" aria-labelledby="notes-heading" className="scroll-mt-4">
      <h2 id="notes-heading" className="mb-1 font-serif text-2xl font-bold">
        Notes ({total})
      </h2>
      <p className="mb-3 font-sans text-sm text-stone-600 dark:text-zinc-400">
        Internal notes for the desk. Readers never see them.{' '}
        {total > 0 ? (
          <a href={`/editor/claims/${claimId}/notes.json`} className="underline">
            Download these notes (JSON, internal)
          </a>
        ) : null}
      </p>
      <p
        role="status"
        className="mb-2 font-semibold text-green-800 empty:hidden dark:text-green-300"
      >
        {done}
      </p>
      {total > notes.length ? (
        <p className="mb-2 font-sans text-sm">
          The latest {notes.length} of {total} notes.
        </p>
      ) : null}
      {groups.map((group) => {
        const list = group.notes;
        if (list.length === 0) return null;
        return (
          <div key={group.key} className="mb-4">
            {group.heading ? (
              <h3 className="mb-2 font-serif text-lg font-bold">
                {group.href ? (
                  <a href={group.href} className="underline">
                    {group.heading}
                  </a>
                ) : (
                  group.heading
                )}
              </h3>
            ) : null}
            <ol aria-label={group.heading ?? 'Notes on the claim'} className="space-y-3">
              {list.map((note) => (
                <NoteItem key={note.id} note={note} />
              ))}
            </ol>
          </div>
        );
      })}
      <AddNoteForm
        claimId={claimId}
        citations={citations.map((c) => ({ id: c.id, label: c.source.title }))}
      />
    </section>
  );
}

function NoteItem({ note }: { note: NoteView }) {
  return (
    <li
      id={`note-${note.id}`}
      className="rounded-lg border border-stone-200 p-3 font-sans text-sm dark:border-zinc-800"
    >
      <p className="mb-1 text-stone-700 dark:text-zinc-300">
        <span className="font-semibold">{note.authorName}</span> ·{' '}
        <time dateTime={machineDate(note.createdAt)}>{formatDateTime(note.createdAt)}</time>
        {note.edited ? ' · edited' : ''}
      </p>
      <NoteBody body={note.body} />
      {note.canEdit || note.canDelete ? (
        <div className="mt-2 flex flex-wrap gap-4">
          {note.canEdit ? <EditNoteForm noteId={note.id} body={note.body} /> : null}
          {note.canDelete ? <DeleteNoteForm noteId={note.id} /> : null}
        </div>
      ) : null}
    </li>
  );
}
