import { z } from 'zod';
import { LINK_STATES, type LinkState } from '@/lib/domain/source-watch';
import { firstParam, type RawParams } from '@/lib/validation/search-params';

/**
 * The Source watch page's state in the URL (`/editor/watch?state=dead&q=gov.uk&published=1&page=2`).
 * Tolerant: a bad value falls back to its default, never a failed page. `state` null means every
 * state that needs looking at (lib/watch/read/watch-words.ts PROBLEM_STATES).
 */
export interface WatchListQuery {
  state: LinkState | null;
  /** Part of the source's web address, title or publisher name; at most 200 characters. */
  q: string;
  onlyPublished: boolean;
  page: number;
}

const pageSchema = z.coerce.number().int().positive().max(100_000);

export function parseWatchListQuery(params: RawParams): WatchListQuery {
  const state = z.enum(LINK_STATES).safeParse(firstParam(params, 'state'));
  const page = pageSchema.safeParse(firstParam(params, 'page'));
  return {
    state: state.success ? state.data : null,
    // NUL is refused by PostgreSQL text; a lone surrogate breaks raw queries on both providers.
    q: (firstParam(params, 'q') ?? '')
      .replace(/[\u0000\ud800-\udfff]/g, '')
      .trim()
      .slice(0, 200),
    onlyPublished: firstParam(params, 'published') === '1',
    page: page.success ? page.data : 1,
  };
}

/** The page's URL with some of its state changed; a filter change goes back to page 1. */
export function watchListHref(query: WatchListQuery, change: Partial<WatchListQuery> = {}): string {
  const next = { ...query, ...change };
  if (('state' in change || 'q' in change || 'onlyPublished' in change) && !('page' in change)) {
    next.page = 1;
  }
  const params = new URLSearchParams();
  if (next.state) params.set('state', next.state);
  if (next.q) params.set('q', next.q);
  if (next.onlyPublished) params.set('published', '1');
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/editor/watch?${search}` : '/editor/watch';
}
