import { describe, expect, it } from 'vitest';
import { parseCompare } from '@/lib/watch/read/compare-param';
import { parseWatchListQuery, watchListHref } from '@/lib/watch/read/watch-list-query';

describe('Source watch URL state', () => {
  it('keeps filters in the URL and goes back to page 1 when a filter changes', () => {
    const query = parseWatchListQuery({ state: 'dead', q: 'gov.uk', published: '1', page: '3' });
    expect(watchListHref(query)).toBe('/editor/watch?state=dead&q=gov.uk&published=1&page=3');
    expect(watchListHref(query, { state: 'changed' })).toBe(
      '/editor/watch?state=changed&q=gov.uk&published=1',
    );
    expect(watchListHref(query, { page: 4 })).toBe(
      '/editor/watch?state=dead&q=gov.uk&published=1&page=4',
    );
    expect(watchListHref(parseWatchListQuery({}))).toBe('/editor/watch');
  });

  it('reads the two snapshots to compare from either form, refusing anything else', () => {
    expect(parseCompare({ compare: '12,15' })).toEqual([12, 15]);
    expect(parseCompare({ from: '15', to: '12' })).toEqual([15, 12]);
    expect(parseCompare({ compare: '12,12' })).toBeNull();
    expect(parseCompare({ compare: '12' })).toBeNull();
    expect(parseCompare({ compare: '1,2,3' })).toBeNull();
    expect(parseCompare({ compare: 'x,2' })).toBeNull();
    expect(parseCompare({})).toBeNull();
  });
});
