import 'server-only';
import type { StoryStore } from '../story-store';
import {
  publicStoryClaimsSql,
  publicStoryPageSql,
  publicStoryRevisionsSql,
  publicStoryRow,
  storyClaimRow,
  storyRevisionRow,
} from '../story-sql';
import { queryPostgres } from './run';

// node-postgres reads timestamps as Dates (text defensively), counts as text.
const date = (value: unknown) => (value instanceof Date ? value : new Date(value as string));

/** The story reads on the process's pool (the list's statements do the same). */
export const postgresStories: StoryStore = {
  async publicStoryPage(limit, offset) {
    return (await queryPostgres(publicStoryPageSql(limit, offset))).map((r) =>
      publicStoryRow(r, date),
    );
  },
  async publicStoryClaims(storyId) {
    return (await queryPostgres(publicStoryClaimsSql(storyId))).map((r) => storyClaimRow(r, date));
  },
  async publicStoryRevisions(storyId) {
    return (await queryPostgres(publicStoryRevisionsSql(storyId))).map((r) =>
      storyRevisionRow(r, date),
    );
  },
};
