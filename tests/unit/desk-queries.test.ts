import { describe, expect, it } from 'vitest';
import { ageInStage } from '@/components/desk/age-in-stage';
import { boardHref, boardListHref, parseBoardQuery } from '@/lib/desk/board-query';
import { myDeskHref, parseMyDeskQuery } from '@/lib/desk/my-desk-query';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';

describe('My desk URL state', () => {
  it('pages each list on its own and keeps the others', () => {
    const query = parseMyDeskQuery({ assigned: '3', review: '2', stage: 'ready' });
    expect(query.pages).toEqual({ assigned: 3, review: 2, mentions: 1, following: 1, views: 1 });
    expect(query.stage).toBe('ready');
    expect(myDeskHref(query, { pages: { mentions: 2 } })).toBe(
      '/editor?stage=ready&assigned=3&review=2&mentions=2',
    );
    expect(myDeskHref(query, { stage: null, pages: { assigned: 1 } })).toBe('/editor?review=2');
  });

  it('falls back on bad values instead of failing', () => {
    const query = parseMyDeskQuery({
      assigned: '-1',
      review: 'x',
      stage: 'nope',
      views: ['2', '5'],
    });
    expect(query.pages).toEqual({ assigned: 1, review: 1, mentions: 1, following: 1, views: 2 });
    expect(query.stage).toBeNull();
    expect(myDeskHref(query, { pages: { views: 1 } })).toBe('/editor');
  });
});

describe('Board URL state', () => {
  it('keeps the filters it understands and drops the rest', () => {
    const query = parseBoardQuery({ assignee: 'synth-editor-01', tag: 'Kursk', claimant: '12' });
    expect(query).toEqual({ assignee: 'synth-editor-01', tag: 'kursk', claimant: 12 });
    expect(boardHref(query, { moved: '5' })).toBe(
      '/editor/board?assignee=synth-editor-01&tag=kursk&claimant=12&moved=5',
    );
    expect(parseBoardQuery({ assignee: 'a b<', tag: '$', claimant: '0' })).toEqual({
      assignee: null,
      tag: null,
      claimant: null,
    });
    expect(boardHref(parseBoardQuery({}))).toBe('/editor/board');
  });

  it("links a column to the editors' list with the same claims, unassigned ones too", () => {
    const listOf = (href: string) =>
      parseEditorClaimListQuery(Object.fromEntries(new URL(href, 'http://x').searchParams));
    const unassigned = listOf(boardListHref(parseBoardQuery({ assignee: 'none' }), 'ready'));
    expect(unassigned).toMatchObject({ stage: 'ready', assignee: 'unassigned' });
    const someone = parseBoardQuery({ assignee: 'synth-editor-01', tag: 'kursk', claimant: '12' });
    expect(listOf(boardListHref(someone, 'new'))).toMatchObject({
      stage: 'new',
      assignee: { userId: 'synth-editor-01' },
      tag: 'kursk',
      claimant: 12,
    });
  });
});

describe('age in stage', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('says days, hours, or under an hour', () => {
    expect(ageInStage(new Date('2026-12-01T11:00:00Z'), now)).toBe('3 days');
    expect(ageInStage(new Date('2026-12-03T11:00:00Z'), now)).toBe('1 day');
    expect(ageInStage(new Date('2026-12-04T07:00:00Z'), now)).toBe('5 hours');
    expect(ageInStage(new Date('2026-12-04T11:30:00Z'), now)).toBe('under an hour');
    expect(ageInStage(null, now)).toBe('unknown');
  });
});
