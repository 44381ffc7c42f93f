/**
 * The rules of stories (issue 14), in one place: the story form, the claim page's panel, the
 * bulk action and the API all go through the use cases that call these. Pure: no database.
 */
import { tagSlug } from '@/lib/claims/tag-slug';

/** A slug is what `/stories/[slug]` reads: lower-case letters and digits joined by hyphens. */
export const STORY_SLUG_MAX = 80;
export const STORY_TITLE_MAX = 150;
export const STORY_DESCRIPTION_MAX = 1000;
/** Claims added in one call (the bulk action's and the story form's limit). */
export const STORY_ADD_MAX = 100;
/**
 * The timeline's page size: a 1,000-claim story renders one page at a time (at 50 entries a
 * rendered page weighed 258 KB).
 */
export const TIMELINE_PAGE_SIZE = 25;
/** The readers' list's page size. */
export const STORY_LIST_PAGE_SIZE = 20;

const SLUG_SHAPE = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/** The slug a title gives when the editor leaves the slug empty ("" when it has no letter). */
export function storySlugFromTitle(title: string): string {
  return tagSlug(title).slice(0, STORY_SLUG_MAX).replace(/-+$/, '');
}

/** Why `slug` is refused as typed, or null. */
export function storySlugProblem(slug: string): string | null {
  if (slug === '') return 'Slug needs at least one letter or digit.';
  if ([...slug].length > STORY_SLUG_MAX) {
    return `Slug must be at most ${STORY_SLUG_MAX} characters.`;
  }
  if (!SLUG_SHAPE.test(slug)) {
    return 'Slug may hold only lower-case letters and digits, joined by single hyphens (such as north-korean-troops).';
  }
  return null;
}

/** A free variant of `base` when it is taken: base, base-2, base-3, … */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, STORY_SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export const SLUG_TAKEN_MESSAGE = 'Another story already uses this slug; choose another.';

/** The story's `publishedAt` once its status is `status`: the first publication is kept. */
export function storyPublishedAt(
  status: 'draft' | 'published',
  previous: Date | null,
  now = new Date(),
): Date | null {
  return status === 'published' ? (previous ?? now) : previous;
}

/**
 * The order after moving `claimId` to 1-based `to` (clamped to the list). Null when the claim
 * is not in the story.
 */
export function movedOrder(order: readonly number[], claimId: number, to: number): number[] | null {
  const from = order.indexOf(claimId);
  if (from === -1) return null;
  const target = Math.min(Math.max(Math.trunc(to), 1), order.length) - 1;
  const next = order.filter((id) => id !== claimId);
  next.splice(target, 0, claimId);
  return next;
}

/** What happened to each claim of an add or remove call, for the per-claim result. */
export type StoryClaimOutcome = 'added' | 'removed' | 'already' | 'absent' | 'missing';

export const STORY_CLAIM_OUTCOME_TEXT: Record<StoryClaimOutcome, string> = {
  added: 'added to the story',
  removed: 'removed from the story',
  already: 'already in the story',
  absent: 'was not in the story',
  missing: 'no such claim (or it is deleted)',
};

/** Readers see a story only when it is published and not deleted. */
export const PUBLIC_STORY = { status: 'published', deletedAt: null } as const;

/** A timeline entry's date for a claim: when it first appeared, else when it was published. */
export function claimTimelineDate(claim: {
  firstAppearedAt: Date | null;
  publishedAt: Date | null;
}): Date | null {
  return claim.firstAppearedAt ?? claim.publishedAt;
}
