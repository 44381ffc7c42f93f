import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { findCitationMarks } from '@/lib/watch/read/citation-marks';
import { WATCH_PAGE_SIZE, findLookFirst, findWatchList } from '@/lib/watch/read/find-watch-list';
import { getSourceWatch } from '@/lib/watch/read/get-source-watch';
import { linkMarkText, quoteMarkText } from '@/lib/watch/read/mark-text';
import {
  findReaderCitationFacts,
  findReaderSourceFacts,
} from '@/lib/watch/read/reader-source-facts';
import { diffSnapshots } from '@/lib/watch/read/snapshot-diff';
import { parseWatchListQuery } from '@/lib/watch/read/watch-list-query';
import { editor } from '../support/editing';
import { testDb, unique } from '../support/factories';
import {
  citingClaim,
  daysAgo,
  quoteCheck,
  snapshot,
  watchedSource,
} from '../support/watch-records';

const hostFor = (label: string) =>
  `${unique(label).replace(/\W+/g, '-').toLowerCase()}.example.test`;
const query = (params: Record<string, string>) => parseWatchListQuery(params);

describe('Source watch list', () => {
  it('puts sources behind published claims first, then the most urgent state, then the oldest problem', async () => {
    const me = await editor();
    const host = hostFor('order');
    const draftDead = await watchedSource(host, 'dead', { lastOkAt: daysAgo(40) });
    await citingClaim(draftDead.id, 'draft');
    const changed = await watchedSource(host, 'changed');
    await citingClaim(changed.id, 'published');
    const deadOld = await watchedSource(host, 'dead', { lastOkAt: daysAgo(10) });
    await citingClaim(deadOld.id, 'published');
    const deadNew = await watchedSource(host, 'dead', { lastOkAt: daysAgo(2) });
    await citingClaim(deadNew.id, 'published');
    const fine = await watchedSource(host, 'ok');
    await citingClaim(fine.id, 'published');
    const drifted = await watchedSource(host, 'quote_drifted');
    await citingClaim(drifted.id, 'published', 'a quoted passage');

    const list = await findWatchList(me, query({ q: host }));
    expect(list.items.map((i) => i.id)).toEqual([
      deadOld.id,
      deadNew.id,
      drifted.id,
      changed.id,
      draftDead.id,
    ]);
    expect(list.total).toBe(5);
    expect(list.counts).toMatchObject({ dead: 3, changed: 1, quote_drifted: 1, ok: 1, blocked: 0 });
    const first = list.items[0]!;
    expect(first.claims).toHaveLength(1);
    expect(first.claims[0]).toMatchObject({ published: true, stage: 'new' });
    expect(first.lastProblem).toBe('HTTP 404');
  });

  it('filters by state, by only-published and by host text, case-insensitively, and counts under the filters', async () => {
    const me = await editor();
    const host = hostFor('filter');
    const published = await watchedSource(host, 'dead');
    await citingClaim(published.id, 'published');
    const draft = await watchedSource(host, 'dead');
    await citingClaim(draft.id, 'draft');
    const redirected = await watchedSource(host, 'redirected');
    await citingClaim(redirected.id, 'draft');

    const dead = await findWatchList(me, query({ q: host.toUpperCase(), state: 'dead' }));
    expect(dead.items.map((i) => i.id)).toEqual([published.id, draft.id]);

    const onlyPublished = await findWatchList(me, query({ q: host, published: '1' }));
    expect(onlyPublished.items.map((i) => i.id)).toEqual([published.id]);
    expect(onlyPublished.counts).toMatchObject({ dead: 1, redirected: 0 });

    const ok = await findWatchList(me, query({ q: host, state: 'ok' }));
    expect(ok.items).toEqual([]);
    expect(ok.total).toBe(0);

    // LIKE's wildcards are plain characters in the filter.
    const wildcard = await findWatchList(me, query({ q: `${host.slice(0, 6)}%` }));
    expect(wildcard.total).toBe(0);
  });

  it('pages 25 at a time and answers an empty page past the end with the total', async () => {
    const me = await editor();
    const host = hostFor('paging');
    for (let i = 0; i < WATCH_PAGE_SIZE + 1; i += 1) {
      await watchedSource(host, 'blocked', { lastOkAt: null });
    }
    const first = await findWatchList(me, query({ q: host }));
    expect(first.items).toHaveLength(WATCH_PAGE_SIZE);
    expect(first).toMatchObject({ total: WATCH_PAGE_SIZE + 1, pageCount: 2, page: 1 });
    const second = await findWatchList(me, query({ q: host, page: '2' }));
    expect(second.items).toHaveLength(1);
    expect(first.items.map((i) => i.id)).not.toContain(second.items[0]!.id);
    const past = await findWatchList(me, query({ q: host, page: '9' }));
    expect(past.items).toEqual([]);
    expect(past.total).toBe(WATCH_PAGE_SIZE + 1);
  });

  it('falls back to defaults for bad URL values', () => {
    expect(
      parseWatchListQuery({ state: 'nope', page: '-3', published: 'yes', q: 'a\u0000b' }),
    ).toEqual({ state: null, page: 1, onlyPublished: false, q: 'ab' });
  });

  it('is for editors only', async () => {
    await expect(findWatchList(null, query({}))).rejects.toBeInstanceOf(AuthorizationError);
    await expect(findLookFirst(null)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('What to look at first', () => {
  it('lists published claims resting on dead or drifted sources, dead first', async () => {
    const me = await editor();
    const host = hostFor('first');
    const drifted = await watchedSource(host, 'quote_drifted');
    const onDrifted = await citingClaim(drifted.id, 'published', 'quoted words');
    const dead = await watchedSource(host, 'dead');
    const onDead = await citingClaim(dead.id, 'published');
    const draftOnDead = await citingClaim(dead.id, 'draft');
    const changed = await watchedSource(host, 'changed');
    const onChanged = await citingClaim(changed.id, 'published');

    const { items } = await findLookFirst(me);
    const ids = items.map((i) => i.id);
    expect(ids.indexOf(onDead.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(onDead.id)).toBeLessThan(ids.indexOf(onDrifted.id));
    expect(ids).not.toContain(draftOnDead.id);
    expect(ids).not.toContain(onChanged.id);
    expect(items.find((i) => i.id === onDead.id)?.sources).toEqual([
      { id: dead.id, title: dead.title, state: 'dead' },
    ]);
  });
});

describe('A source’s watch detail and snapshot diff', () => {
  it('shows state, dates, checks newest first, snapshots with size, and quote states', async () => {
    const me = await editor();
    const source = await watchedSource(hostFor('detail'), 'dead', { lastOkAt: daysAgo(5) });
    const claim = await citingClaim(source.id, 'published', 'troops are stationed');
    const citation = await testDb.citation.findFirstOrThrow({ where: { claimId: claim.id } });
    await quoteCheck(citation.id, 'missing', daysAgo(1), daysAgo(6));
    const older = await snapshot(source.id, 'Troops are stationed in the east.', daysAgo(9));
    const newer = await snapshot(source.id, 'The page moved.', daysAgo(6));
    await testDb.sourceCheck.createMany({
      data: [
        { sourceId: source.id, outcome: 'ok', checkedAt: daysAgo(5), httpStatus: 200 },
        { sourceId: source.id, outcome: 'http_error', checkedAt: daysAgo(3), httpStatus: 404 },
        { sourceId: source.id, outcome: 'http_error', checkedAt: daysAgo(2), httpStatus: 404 },
        { sourceId: source.id, outcome: 'http_error', checkedAt: daysAgo(1), httpStatus: 404 },
      ],
    });

    const detail = await getSourceWatch(me, source.id);
    expect(detail?.state).toBe('dead');
    expect(detail?.deadSince?.getTime()).toBe(
      (
        await testDb.sourceCheck.findFirstOrThrow({
          where: { sourceId: source.id, outcome: 'http_error' },
          orderBy: { checkedAt: 'asc' },
        })
      ).checkedAt.getTime(),
    );
    expect(detail?.checks.map((c) => c.httpStatus)).toEqual([404, 404, 404, 200]);
    expect(detail?.snapshots.map((s) => [s.id, s.size])).toEqual([
      [newer.id, 'The page moved.'.length],
      [older.id, 'Troops are stationed in the east.'.length],
    ]);
    expect(detail?.citations).toMatchObject([
      { id: citation.id, quoteState: 'missing', firstState: 'exact', claim: { id: claim.id } },
    ]);
    expect(await getSourceWatch(me, 999_999_999)).toBeNull();
  });

  it('diffs two snapshots word by word, older first whichever order is asked', async () => {
    const me = await editor();
    const source = await watchedSource(hostFor('diff'), 'changed');
    const a = await snapshot(
      source.id,
      'Up to 12,000 troops are at bases in the Far East.',
      daysAgo(4),
    );
    const b = await snapshot(
      source.id,
      'Up to 12,000 soldiers are at bases in the Far East.',
      daysAgo(2),
    );
    const diff = await diffSnapshots(me, source.id, [b.id, a.id]);
    expect(diff?.older.id).toBe(a.id);
    expect(diff?.newer.id).toBe(b.id);
    expect(diff?.parts).toContainEqual({ kind: 'removed', text: 'troops' });
    expect(diff?.parts).toContainEqual({ kind: 'added', text: 'soldiers' });
    expect(diff).toMatchObject({ added: 1, removed: 1 });

    const other = await watchedSource(hostFor('diff-other'), 'changed');
    const foreign = await snapshot(other.id, 'Another page.', daysAgo(1));
    expect(await diffSnapshots(me, source.id, [a.id, foreign.id])).toBeNull();
    await expect(diffSnapshots(null, source.id, [a.id, b.id])).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });

  it('shortens long unchanged runs', async () => {
    const me = await editor();
    const source = await watchedSource(hostFor('long'), 'changed');
    const filler = 'unchanged words here. '.repeat(200);
    const a = await snapshot(source.id, `${filler}Old ending.`, daysAgo(4));
    const b = await snapshot(source.id, `${filler}New ending.`, daysAgo(2));
    const diff = await diffSnapshots(me, source.id, [a.id, b.id]);
    expect(diff?.parts?.[0]).toMatchObject({ kind: 'elided' });
    expect(diff?.parts?.some((p) => p.kind === 'added' && p.text === 'New')).toBe(true);
  });
});

describe('Citation marks on the claim’s editing page', () => {
  it('says the link and quote state in words with dates', async () => {
    const me = await editor();
    const source = await watchedSource(hostFor('marks'), 'dead', { lastOkAt: daysAgo(5) });
    await testDb.sourceCheck.createMany({
      data: [
        { sourceId: source.id, outcome: 'dns_error', checkedAt: new Date('2026-12-03T08:00:00Z') },
        { sourceId: source.id, outcome: 'dns_error', checkedAt: new Date('2026-12-04T08:00:00Z') },
      ],
    });
    const fine = await watchedSource(hostFor('marks-ok'), 'ok', {
      lastCheckedAt: new Date('2026-12-04T09:00:00Z'),
    });
    const claim = await testDb.claim.create({
      data: {
        statement: unique('Marked claim'),
        claimant: { create: { name: unique('Claimant'), kind: 'government' } },
        citations: {
          create: [
            { sourceId: source.id, stance: 'supports', quote: 'gone words' },
            { sourceId: fine.id, stance: 'context' },
          ],
        },
      },
      include: { citations: true },
    });
    const onDead = claim.citations.find((c) => c.sourceId === source.id);
    const onFine = claim.citations.find((c) => c.sourceId === fine.id);
    await quoteCheck(onDead!.id, 'missing', new Date('2026-12-04T08:00:00Z'), null);

    const marks = await findCitationMarks(me, claim.id);
    const dead = marks.get(onDead!.id)!;
    expect(linkMarkText(dead)).toBe('Link dead since 3 Dec 2026');
    expect(quoteMarkText(dead)).toBe('Quote missing (checked 4 Dec 2026)');
    const ok = marks.get(onFine!.id)!;
    expect(linkMarkText(ok)).toBe('Link OK (checked 4 Dec 2026)');
    expect(quoteMarkText(ok)).toBeNull();

    // Cited with a quote the page never held: the desk is told at the first check.
    await testDb.citationQuoteCheck.update({
      where: { citationId: onDead!.id },
      data: { firstState: 'missing' },
    });
    const never = (await findCitationMarks(me, claim.id)).get(onDead!.id)!;
    expect(quoteMarkText(never)).toBe('Quote not found in the source (checked 4 Dec 2026)');
  });
});

describe('Readers’ facts', () => {
  it('give dates and the dead flag, never snapshot text', async () => {
    const source = await watchedSource(hostFor('reader'), 'ok', {
      lastCheckedAt: new Date('2026-12-04T10:00:00Z'),
    });
    const secret = `publisher text ${unique('secret')}`;
    const snap = await snapshot(source.id, secret, daysAgo(1));
    await testDb.sourceWatch.update({
      where: { sourceId: source.id },
      data: { lastSnapshotId: snap.id },
    });
    const verified = await citingClaim(source.id, 'published', 'found words');
    const missing = await citingClaim(source.id, 'published', 'lost words');
    const [found, lost] = await Promise.all(
      [verified, missing].map((c) =>
        testDb.citation.findFirstOrThrow({ where: { claimId: c.id } }),
      ),
    );
    await quoteCheck(found!.id, 'exact', daysAgo(1), new Date('2026-12-04T10:00:00Z'));
    await quoteCheck(lost!.id, 'missing', daysAgo(1), new Date('2026-11-20T10:00:00Z'));
    const dead = await watchedSource(hostFor('reader-dead'), 'dead');
    const onDead = await citingClaim(dead.id, 'published');
    const deadCitation = await testDb.citation.findFirstOrThrow({ where: { claimId: onDead.id } });
    const unchecked = await watchedSource(hostFor('reader-unchecked'), 'unchecked');

    const facts = await findReaderCitationFacts([found!.id, lost!.id, deadCitation.id]);
    expect(facts.get(found!.id)).toEqual({
      checkedOn: new Date('2026-12-04T10:00:00Z'),
      liveDead: false,
      quoteVerifiedOn: new Date('2026-12-04T10:00:00Z'),
    });
    // The latest check did not find it: no "verified on", however long ago it was found.
    expect(facts.get(lost!.id)?.quoteVerifiedOn).toBeNull();
    expect(facts.get(deadCitation.id)?.liveDead).toBe(true);
    expect(JSON.stringify([...facts.values()])).not.toContain('publisher text');

    const sources = await findReaderSourceFacts([source.id, unchecked.id]);
    expect(sources.get(source.id)?.checkedOn).toEqual(new Date('2026-12-04T10:00:00Z'));
    expect(sources.get(unchecked.id)?.checkedOn).toBeNull();
    expect(JSON.stringify([...sources.values()])).not.toContain('publisher text');
  });
});
