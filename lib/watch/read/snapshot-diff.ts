import 'server-only';
import { diffLines, diffWords, type Change } from 'diff';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** One run of the compared text: kept, added in the newer snapshot, or removed from the older. */
export type DiffPart =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  /** A long unchanged run left out of the view; `length` characters. */
  | { kind: 'elided'; length: number };

export interface SnapshotRef {
  id: number;
  fetchedAt: Date;
  title: string;
  finalUrl: string;
}

export interface SnapshotDiff {
  older: SnapshotRef;
  newer: SnapshotRef;
  /** null when the texts are too different to compare within the time allowed. */
  parts: DiffPart[] | null;
  added: number;
  removed: number;
}

/** jsdiff gives up after this long (ms) and answers undefined: a page must not hang on a diff. */
const DIFF_TIMEOUT_MS = 1500;
/** Unchanged runs longer than this are shortened to their first and last CONTEXT characters. */
const LONG_SAME = 600;
const CONTEXT = 200;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Keeps the changes and some context round them; the rest of a long unchanged run is elided. */
export function toParts(changes: Change[]): DiffPart[] {
  return changes.flatMap((change, i): DiffPart[] => {
    if (change.added) return [{ kind: 'added', text: change.value }];
    if (change.removed) return [{ kind: 'removed', text: change.value }];
    const text = change.value;
    if (text.length <= LONG_SAME) return [{ kind: 'same', text }];
    const first = i === 0;
    const last = i === changes.length - 1;
    const head = first ? '' : text.slice(0, CONTEXT);
    const tail = last ? '' : text.slice(-CONTEXT);
    const parts: DiffPart[] = [];
    if (head) parts.push({ kind: 'same', text: head });
    parts.push({ kind: 'elided', length: text.length - head.length - tail.length });
    if (tail) parts.push({ kind: 'same', text: tail });
    return parts;
  });
}

/**
 * The word-level differences between two snapshots of one source, older first whichever order
 * they are asked in (jsdiff; falls back to lines when words take too long). Editors only: the
 * snapshot text is the publisher's, never shown to readers. null when either snapshot is not the
 * source's.
 */
export async function diffSnapshots(
  actor: Actor | null,
  sourceId: number,
  snapshotIds: [number, number],
): Promise<SnapshotDiff | null> {
  assertRole(actor, 'editor');
  const [a, b] = snapshotIds;
  if (a === b) return null;
  const rows = await db.sourceSnapshot.findMany({
    where: { sourceId, id: { in: [a, b] } },
    select: { id: true, fetchedAt: true, title: true, finalUrl: true, text: true },
    orderBy: [{ fetchedAt: 'asc' }, { id: 'asc' }],
  });
  const [older, newer] = rows;
  if (!older || !newer) return null;
  const changes =
    diffWords(older.text, newer.text, { timeout: DIFF_TIMEOUT_MS }) ??
    diffLines(older.text, newer.text, { timeout: DIFF_TIMEOUT_MS });
  const ref = ({ id, fetchedAt, title, finalUrl }: typeof older): SnapshotRef => ({
    id,
    fetchedAt,
    title,
    finalUrl,
  });
  return {
    older: ref(older),
    newer: ref(newer),
    parts: changes ? toParts(changes) : null,
    added: changes?.filter((c) => c.added).reduce((n, c) => n + words(c.value), 0) ?? 0,
    removed: changes?.filter((c) => c.removed).reduce((n, c) => n + words(c.value), 0) ?? 0,
  };
}
