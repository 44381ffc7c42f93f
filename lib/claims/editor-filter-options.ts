import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { cachedPerContentVersion } from '@/lib/cache/content-version-cache';
import { db } from '@/lib/db';
import { currentContentVersion } from '@/lib/db/current-content-version';
import type { EditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { findDeskPeople, type DeskPerson } from '@/lib/workflow/desk-people';

export interface EditorFilterOptions {
  claimants: { id: number; name: string }[];
  tags: { name: string; slug: string }[];
  /** The editors who can be on a claim (assignee and reviewer filters, bulk assignment). */
  people: DeskPerson[];
}

/**
 * A select longer than this is no longer a usable control. Every claimant stays one click away:
 * each row of the list links to its claimant's claims, and a claimant chosen that way is kept as
 * an option (below).
 */
export const EDITOR_FILTER_OPTION_LIMIT = 200;

/**
 * The claimants and tags the editors' list can filter by: those of live claims, drafts included,
 * alphabetical. Not counted (the reader list's counts cost a join over every claim), and kept
 * only until the next content write, as the readers' options are (filter-options.ts), so a
 * claimant created a moment ago is there at once. The claimant and tag in `query` are always
 * included, so the form shows the filter in force even past the limit.
 */
export async function findEditorFilterOptions(
  actor: Actor | null,
  query: Pick<EditorClaimListQuery, 'claimant' | 'tag'>,
): Promise<EditorFilterOptions> {
  assertRole(actor, 'editor');
  const [{ claimants, tags }, chosenClaimant, chosenTag, people] = await Promise.all([
    findLiveClaimantsAndTags(),
    query.claimant
      ? db.claimant.findUnique({ where: { id: query.claimant }, select: { id: true, name: true } })
      : null,
    query.tag
      ? db.tag.findUnique({ where: { slug: query.tag }, select: { name: true, slug: true } })
      : null,
    findDeskPeople(actor),
  ]);
  return {
    claimants: withChosen(claimants, chosenClaimant, (a, b) => a.id === b.id),
    tags: withChosen(tags, chosenTag, (a, b) => a.slug === b.slug),
    people,
  };
}

const findLiveClaimantsAndTags = cachedPerContentVersion(async () => {
  const live = { deletedAt: null };
  const [claimants, tags] = await Promise.all([
    db.claimant.findMany({
      where: { claims: { some: live } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: EDITOR_FILTER_OPTION_LIMIT,
      select: { id: true, name: true },
    }),
    db.tag.findMany({
      where: { claims: { some: { claim: live } } },
      orderBy: { name: 'asc' },
      take: EDITOR_FILTER_OPTION_LIMIT,
      select: { name: true, slug: true },
    }),
  ]);
  return { claimants, tags };
}, currentContentVersion);

function withChosen<T extends { name: string }>(
  options: T[],
  chosen: T | null,
  same: (a: T, b: T) => boolean,
): T[] {
  if (!chosen || options.some((o) => same(o, chosen))) return options;
  // Binary order, as the database sorted the rest.
  return [...options, chosen].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
