import 'server-only';
import { cachedPerContentVersionByKey } from '@/lib/cache/content-version-cache';
import { currentContentVersion } from '@/lib/db/current-content-version';
import type { Verdict } from '@/lib/domain/verdicts';
import { figureSetOf, type FigureSet } from '@/lib/figures/find-figures';
import { getPublicStory, type PublicStory } from './get-public-story';
import { allTimelineEvents, timelineClaimantOptions, type TimelineEvent } from './story-timeline';

/** What the story page needs beyond the request's filters: read and derived once. */
export interface StoryView {
  story: PublicStory;
  /** The claimant filter's choices (story-timeline.ts). */
  claimants: { id: number; name: string; count: number }[];
  /** Every claimant of the story, for naming a chosen one that is not among `claimants`. */
  claimantNames: Map<number, string>;
  verdicts: Verdict[];
  /** Every event of the timeline, oldest first: a request filters and pages it. */
  timeline: TimelineEvent[];
  /** The chart: the story's figures from the same read as its timeline. */
  figures: FigureSet;
}

/**
 * Figures per chart on a story page: every mark and table row is sent twice (HTML and React
 * payload), about 1.8 KB per figure with its legend and table row (bench:stories). Beyond this
 * the page says how many there are and links to the story's complete figures list.
 */
export const STORY_FIGURES_PER_CHART = 50;
/**
 * Charts (units) on a story page, the units with the most figures first: a story is about one
 * thing, and each chart brings its legend and table (a 1,000-claim bench story in eleven units
 * made a 1.3 MB page; three units of 100, 631 KB). The others are one link away, in the story's
 * figures list.
 */
export const STORY_FIGURE_UNITS = 2;

async function readStoryView(slug: string): Promise<StoryView | null> {
  const story = await getPublicStory(slug);
  if (!story) return null;
  return {
    story,
    claimants: timelineClaimantOptions(story.claims),
    claimantNames: new Map(story.claims.map((c) => [c.claimant.id, c.claimant.name])),
    verdicts: [...new Set(story.claims.map((c) => c.verdict))],
    timeline: allTimelineEvents(story.claims, story.revisions),
    figures: await figureSetOf(story.figures, STORY_FIGURES_PER_CHART, STORY_FIGURE_UNITS),
  };
}

/**
 * A published story's page data, or null (a 404), kept until the next content write from any
 * server (claims, verdicts, stories, units all bump the content version): a 1,000-claim story
 * is two joins and a chart's grouping, and readers ask for the same story over and over.
 * Callers must not mutate the result: it is shared between requests.
 */
export const loadStoryView = cachedPerContentVersionByKey(readStoryView, currentContentVersion, 64);
