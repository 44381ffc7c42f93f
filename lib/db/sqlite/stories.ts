import 'server-only';
import { sqlite } from '@/lib/db';
import type { StoryStore } from '../story-store';
import {
  publicStoryClaimsSql,
  publicStoryPageSql,
  publicStoryRevisionsSql,
  publicStoryRow,
  storyClaimRow,
  storyRevisionRow,
} from '../story-sql';
import { fromSqliteInstant } from './instant';

type Raw = Record<string, unknown>;
const date = (value: unknown) => fromSqliteInstant(value as string | number);

/**
 * The story reads on the direct connection (as the list's figures): a 1,000-claim story is
 * 1,000 rows, which $queryRaw costs per row.
 */
export const sqliteStories: StoryStore = {
  async publicStoryPage(limit, offset) {
    return sqlite.all<Raw>(publicStoryPageSql(limit, offset)).map((r) => publicStoryRow(r, date));
  },
  async publicStoryClaims(storyId) {
    return sqlite.all<Raw>(publicStoryClaimsSql(storyId)).map((r) => storyClaimRow(r, date));
  },
  async publicStoryRevisions(storyId) {
    return sqlite.all<Raw>(publicStoryRevisionsSql(storyId)).map((r) => storyRevisionRow(r, date));
  },
};
