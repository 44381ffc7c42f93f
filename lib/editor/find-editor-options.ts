import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The choices the editors' forms offer: claimants, publishers and recently added sources. */
export interface EditorOption {
  id: number;
  name: string;
}

const OPTION_LIMIT = 200;

export async function findClaimantOptions(actor: Actor | null): Promise<EditorOption[]> {
  assertRole(actor, 'editor');
  return db.claimant.findMany({
    orderBy: { name: 'asc' },
    take: OPTION_LIMIT,
    select: { id: true, name: true },
  });
}

export async function findPublisherOptions(actor: Actor | null): Promise<EditorOption[]> {
  assertRole(actor, 'editor');
  return db.publisher.findMany({
    orderBy: { name: 'asc' },
    take: OPTION_LIMIT,
    select: { id: true, name: true },
  });
}

/** Live sources, newest first, labelled with their publisher, for the "cite a source" select. */
export async function findRecentSourceOptions(actor: Actor | null): Promise<EditorOption[]> {
  assertRole(actor, 'editor');
  const sources = await db.source.findMany({
    where: { deletedAt: null },
    orderBy: { id: 'desc' },
    take: OPTION_LIMIT,
    select: { id: true, title: true, publisher: { select: { name: true } } },
  });
  return sources.map((s) => ({
    id: s.id,
    name: s.publisher ? `${s.title} — ${s.publisher.name}` : s.title,
  }));
}
