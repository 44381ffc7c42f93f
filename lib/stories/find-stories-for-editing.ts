import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Every live story for the desk (drafts too), last changed first, with its claim counts. */
export async function findStoriesForEditing(actor: Actor | null) {
  assertRole(actor, 'editor');
  const stories = await db.story.findMany({
    where: { deletedAt: null },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      version: true,
      updatedAt: true,
      _count: { select: { claims: true } },
    },
  });
  const published = await db.storyClaim.groupBy({
    by: ['storyId'],
    where: { claim: { status: 'published', deletedAt: null } },
    _count: { _all: true },
  });
  const publishedBy = new Map(published.map((p) => [p.storyId, p._count._all]));
  return stories.map(({ _count, ...story }) => ({
    ...story,
    claimCount: _count.claims,
    publishedClaimCount: publishedBy.get(story.id) ?? 0,
  }));
}

/** A story with its claims in the desk's order (drafts and deleted ones marked), for its page. */
export async function getStoryForEditing(actor: Actor | null, id: number) {
  assertRole(actor, 'editor');
  const story = await db.story.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      status: true,
      version: true,
      publishedAt: true,
      updatedAt: true,
      tags: { select: { tag: { select: { name: true } } } },
      claims: {
        orderBy: [{ position: 'asc' }, { claimId: 'asc' }],
        select: {
          claim: {
            select: {
              id: true,
              title: true,
              statement: true,
              status: true,
              deletedAt: true,
              verdict: true,
              claimant: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!story) return null;
  return {
    ...story,
    tags: story.tags.map((t) => t.tag.name),
    claims: story.claims.map((c) => c.claim),
  };
}

/** Live stories as choices (the bulk action's story list). */
export async function findStoryOptions(actor: Actor | null) {
  assertRole(actor, 'editor');
  return db.story.findMany({
    where: { deletedAt: null },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
  });
}

/** The stories a claim is in (any state), and the live ones it could join: its page's panel. */
export async function findStoriesOfClaim(actor: Actor | null, claimId: number) {
  assertRole(actor, 'editor');
  const all = await db.story.findMany({
    where: { deletedAt: null },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      version: true,
      claims: { where: { claimId }, select: { claimId: true } },
    },
  });
  return {
    member: all
      .filter((s) => s.claims.length > 0)
      .map(({ id, slug, title, status, version }) => ({ id, slug, title, status, version })),
    others: all.filter((s) => s.claims.length === 0).map(({ id, title }) => ({ id, title })),
  };
}
