/**
 * Readers' story reads (lib/stories/find-public-stories.ts, get-public-story.ts): a page of
 * published stories by activity, and a published story's public claims and revisions. Plain
 * joins Prisma would spell as several statements with 1,000-id lists; the SQL text is the same
 * on both providers (lib/db/story-sql.ts), each provider runs it on its own connection and
 * reads its own column types (lib/db/sqlite/stories.ts, lib/db/postgres/stories.ts).
 */

export interface PublicStoryRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  /** Its published, live claims. */
  claimCount: number;
  /** The latest of the story's own change and its published claims' changes. */
  activityAt: Date;
  /** How many published stories there are in all. */
  total: number;
}

/** A published, live claim of a story, with its figure's columns (for the story's chart). */
export interface StoryClaimRow {
  id: number;
  title: string | null;
  statement: string;
  verdict: string;
  confidence: string;
  firstAppearedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  quantityQualifier: string | null;
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  claimantId: number;
  claimantName: string;
}

/** A public verdict revision (never pending, sent back or superseded) of a story's claim. */
export interface StoryRevisionRow {
  id: number;
  claimId: number;
  verdict: string;
  confidence: string;
  createdAt: Date;
}

export interface StoryStore {
  /**
   * Published stories, newest activity first (ties: newest id first, so pages never overlap),
   * `limit` from `offset`; each row carries the total.
   */
  publicStoryPage(limit: number, offset: number): Promise<PublicStoryRow[]>;
  /** The story's published, live claims in the desk's order. */
  publicStoryClaims(storyId: number): Promise<StoryClaimRow[]>;
  /** The public verdict revisions of those claims. */
  publicStoryRevisions(storyId: number): Promise<StoryRevisionRow[]>;
}
