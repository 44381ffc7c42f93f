import { describe, expect, it } from 'vitest';
import { pageWindow } from '@/components/editor/page-window';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import {
  editorClaimListHref,
  editorClaimListSearch,
  parseEditorClaimListQuery,
} from '@/lib/validation/editor-claim-list-query';

describe('parseEditorClaimListQuery', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parseEditorClaimListQuery({})).toEqual({
      q: '',
      verdicts: [],
      confidence: null,
      tag: null,
      claimant: null,
      source: null,
      story: null,
      sort: 'updated',
      page: 1,
      status: 'all',
      deleted: 'hide',
      stage: null,
      assignee: null,
      reviewer: null,
    });
  });

  it('reads every filter, sort and page', () => {
    expect(
      parseEditorClaimListQuery({
        q: 'troops',
        status: 'draft',
        verdict: 'likely',
        confidence: 'high',
        claimant: '7',
        tag: 'kursk',
        sort: 'verdict',
        page: '3',
        deleted: 'include',
        stage: 'in_review',
        assignee: 'me',
        reviewer: 'user_42-x',
      }),
    ).toEqual({
      q: 'troops',
      verdicts: ['likely'],
      confidence: 'high',
      tag: 'kursk',
      claimant: 7,
      source: null,
      story: null,
      sort: 'verdict',
      page: 3,
      status: 'draft',
      deleted: 'include',
      stage: 'in_review',
      assignee: 'me',
      reviewer: { userId: 'user_42-x' },
    });
  });

  it('reads "unassigned" as nobody in the role, and drops people and stages it cannot name', () => {
    expect(
      parseEditorClaimListQuery({ assignee: 'unassigned', reviewer: "x' OR 1=1", stage: 'done' }),
    ).toMatchObject({ assignee: 'unassigned', reviewer: null, stage: null });
  });

  it("leaves the desk filters out of the readers' list state", () => {
    const reader = parseClaimListQuery({ stage: 'new', assignee: 'me', reviewer: 'unassigned' });
    expect(reader).not.toHaveProperty('stage');
    expect(reader).not.toHaveProperty('assignee');
    expect(reader).not.toHaveProperty('reviewer');
  });

  it('falls back to the default for every bad value instead of failing', () => {
    const query = parseEditorClaimListQuery({
      status: 'secret',
      sort: 'DROP TABLE',
      claimant: '-4',
      tag: '<b>',
      page: 'abc',
      deleted: 'all',
      confidence: 'certain',
    });
    expect(query).toMatchObject({
      status: 'all',
      sort: 'updated',
      claimant: null,
      tag: null,
      page: 1,
      deleted: 'hide',
      confidence: null,
    });
  });

  it("sorts as the readers' list does: by relevance when searching, else by last update", () => {
    expect(parseEditorClaimListQuery({ q: 'troops' }).sort).toBe('relevance');
    expect(parseEditorClaimListQuery({ sort: 'relevance' }).sort).toBe('updated');
    expect(parseEditorClaimListQuery({ q: 'troops', sort: 'created' }).sort).toBe('created');
  });

  it('reads URLSearchParams the same way', () => {
    const params = new URLSearchParams('claimant=2&tag=treaty&sort=created&page=2');
    expect(parseEditorClaimListQuery(params)).toMatchObject({
      claimant: 2,
      tag: 'treaty',
      sort: 'created',
      page: 2,
    });
  });
});

describe('editorClaimListHref', () => {
  it('writes only what differs from the defaults', () => {
    const query = parseEditorClaimListQuery({});
    expect(editorClaimListHref(query)).toBe('/editor/claims');
    expect(editorClaimListHref(query, { page: 1 })).toBe('/editor/claims');
    expect(editorClaimListHref(query, { page: 2 })).toBe('/editor/claims?page=2');
  });

  it('keeps every filter when it changes the page, and reads back to the same state', () => {
    const query = parseEditorClaimListQuery({
      q: 'a&b',
      status: 'published',
      verdict: 'false',
      claimant: '9',
      tag: 'north-korea',
      sort: 'created',
      deleted: 'only',
      stage: 'ready',
      assignee: 'unassigned',
      reviewer: 'me',
    });
    const href = editorClaimListHref(query, { page: 4 });
    expect(href).toBe(
      '/editor/claims?q=a%26b&status=published&stage=ready&assignee=unassigned&reviewer=me&verdict=false&claimant=9&tag=north-korea&deleted=only&sort=created&page=4',
    );
    expect(href).toBe(`/editor/claims?${editorClaimListSearch(query, { page: 4 })}`);
    const back = parseEditorClaimListQuery(new URL(href, 'http://x.test').searchParams);
    expect(back).toEqual({ ...query, page: 4 });
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the ends and the neighbourhood of the current page, with gaps', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('shows a single hidden page rather than a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });
});
