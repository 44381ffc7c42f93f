import '../support/auth-env';
import { parse } from 'csv-parse/sync';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { buildClaimReview, reviewSubjectOfDetail } from '@/lib/export/claim-review';
import {
  CSV_COLUMNS,
  ExportedClaimSchema,
  FORMULA_TRIGGERS,
  restoreNeutralisedFormula,
  type ExportedClaim,
} from '@/lib/export/claim-record';
import { claimUrl, desk } from '@/lib/site';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { cookieHeader, createAccount, requestHeaders } from '../support/auth';
import { createClaimant, createSource, testDb } from '../support/factories';

// The route handler runs as in a request: its headers are the test's.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
const { GET } = await import('@/app/claims/export/route');

const TAG = 'export-fixture';
const get = (query: string) => GET(new Request(`http://localhost/claims/export?${query}`));

let hostile: { id: number };
let foreign: { id: number };
let unverified: { id: number };
let draft: { id: number };
let deleted: { id: number };
let actorId: string;

async function claim(data: Parameters<typeof testDb.claim.create>[0]['data']) {
  return testDb.claim.create({ data });
}

beforeAll(async () => {
  const user = await createAccount({ role: 'editor' });
  actorId = user.id;
  const ministry = await createClaimant('Генштаб ЗСУ');
  const person = await testDb.claimant.create({ data: { name: 'Jane Roe', kind: 'person' } });
  const report = await createSource({
    title: 'Report on “Kursk” – Київ',
    publisher: 'Wire',
    url: 'https://example.org/report',
  });
  const briefing = await createSource({ title: 'Briefing without a link', url: null });
  const removed = await createSource({ title: 'Removed source', url: 'https://example.org/gone' });
  await testDb.source.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });

  const tags = (names: string[]) => ({
    create: names.map((name) => ({
      tag: {
        connectOrCreate: {
          where: { name },
          create: { name, slug: name.toLowerCase() },
        },
      },
    })),
  });
  const common = {
    status: 'published',
    publishedAt: new Date('2024-11-06T10:00:00Z'),
    createdById: actorId,
    updatedById: actorId,
  } as const;

  hostile = await claim({
    ...common,
    title: '=1+1',
    statement: '+cmd|" /C calc"!A0 North Korean troops',
    context: "'=1+1 is how the post began\n=2+2 on its second line",
    claimantId: ministry.id,
    verdict: 'false',
    verdictRank: 6,
    confidence: 'high',
    rationale: '-2 is not a count of troops',
    place: '@SUM(1,2)',
    firstAppearanceNote: '\tsaid at a briefing',
    firstAppearedAt: new Date('2024-11-04T00:00:00Z'),
    firstAppearanceUrl: 'https://example.org/first',
    quantityQualifier: 'up_to',
    quantityMax: 12000,
    quantityUnit: 'troops',
    updatedAt: new Date('2024-11-09T00:00:00Z'),
    tags: tags([TAG, 'Росія']),
    revisions: {
      create: [
        {
          verdict: 'unverified',
          confidence: 'low',
          rationale: 'Not yet checked.',
          createdAt: new Date('2024-11-05T00:00:00Z'),
          createdById: actorId,
        },
        {
          verdict: 'false',
          confidence: 'high',
          rationale: '-2 is not a count of troops',
          createdAt: new Date('2024-11-08T00:00:00Z'),
          createdById: actorId,
        },
      ],
    },
    citations: {
      create: [
        { sourceId: report.id, stance: 'supports', quote: '=HYPERLINK("http://evil")' },
        { sourceId: briefing.id, stance: 'contradicts', quote: 'No such units.' },
        { sourceId: removed.id, stance: 'supports', quote: 'From a removed source.' },
        { sourceId: report.id, stance: 'context', quote: 'Withdrawn.', deletedAt: new Date() },
      ],
    },
  });
  foreign = await claim({
    ...common,
    statement: 'Війська КНДР у Курській області — “до 12 000”, 北朝鮮',
    claimantId: person.id,
    verdict: 'likely',
    verdictRank: 2,
    confidence: 'moderate',
    rationale: '\rcarriage return first',
    firstAppearanceUrl: 'https://example.org/roe',
    updatedAt: new Date('2024-11-08T00:00:00Z'),
    tags: tags([TAG]),
    citations: { create: [{ sourceId: report.id, stance: 'supports', quote: 'Seen.' }] },
  });
  unverified = await claim({
    ...common,
    statement: 'An unverified claim',
    claimantId: ministry.id,
    updatedAt: new Date('2024-11-07T00:00:00Z'),
    tags: tags([TAG]),
  });
  draft = await claim({
    statement: 'A draft claim readers must not get',
    claimantId: ministry.id,
    verdict: 'false',
    verdictRank: 6,
    status: 'draft',
    tags: tags([TAG]),
  });
  deleted = await claim({
    ...common,
    statement: 'A deleted claim nobody gets',
    claimantId: ministry.id,
    verdict: 'false',
    verdictRank: 6,
    deletedAt: new Date(),
    tags: tags([TAG]),
  });
});

beforeEach(() => {
  request.headers = requestHeaders();
});

async function listIds(params: Record<string, string>): Promise<number[]> {
  return (await findPublishedClaims(parseClaimListQuery(params))).items.map((c) => c.id);
}

async function exportJson(query = `tag=${TAG}`): Promise<ExportedClaim[]> {
  const response = await get(`format=json&${query}`);
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as ExportedClaim[];
}

describe('CSV export', () => {
  it('is an RFC 4180 file with a BOM, the contract’s header row and one row per claim', async () => {
    const response = await get(`format=csv&tag=${TAG}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const day = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="claimtrack-claims-${day}-tag-export-fixture.csv"; ` +
        `filename*=UTF-8''claimtrack-claims-${day}-tag-export-fixture.csv`,
    );

    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Response.text() and a default TextDecoder drop the BOM; keep it to see it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.id))).toEqual(await listIds({ tag: TAG }));
    expect(rows.map((r) => Number(r.id))).toEqual([hostile.id, foreign.id, unverified.id]);
  });

  it('writes what the database holds, multi-value cells by the contract', async () => {
    const rows = parse(await (await get(`format=csv&tag=${TAG}`)).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const row = rows.find((r) => Number(r.id) === hostile.id)!;
    const restored = Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, restoreNeutralisedFormula(v)]),
    );
    expect(restored).toMatchObject({
      url: claimUrl(hostile.id),
      status: 'published',
      title: '=1+1',
      statement: '+cmd|" /C calc"!A0 North Korean troops',
      claimant: 'Генштаб ЗСУ',
      claimant_kind: 'government',
      verdict: 'false',
      verdict_label: 'False',
      confidence: 'high',
      tags: `${TAG}, Росія`,
      place: '@SUM(1,2)',
      quantity: 'up to 12,000 troops',
      quantity_qualifier: 'up_to',
      quantity_value: '',
      quantity_max: '12000',
      quantity_unit: 'troops',
      first_appeared_date: '2024-11-04',
      first_appeared_url: 'https://example.org/first',
      first_appeared_note: '\tsaid at a briefing',
      supporting_sources: '1',
      contradicting_sources: '1',
      context_sources: '0',
      cited_stances: 'supports\ncontradicts',
      cited_source_titles: 'Report on “Kursk” – Київ\nBriefing without a link',
      cited_source_urls: 'https://example.org/report\n',
      updated_at: '2024-11-09T00:00:00.000Z',
      published_at: '2024-11-06T10:00:00.000Z',
      context: "'=1+1 is how the post began\n=2+2 on its second line",
    });
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const rows = parse(await (await get(`format=csv&tag=${TAG}`)).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const hostileRow = rows.find((r) => Number(r.id) === hostile.id)!;
    expect(hostileRow.title).toBe("'=1+1");
    expect(hostileRow.statement).toBe('\'+cmd|" /C calc"!A0 North Korean troops');
    expect(hostileRow.rationale).toBe("'-2 is not a count of troops");
    expect(hostileRow.place).toBe("'@SUM(1,2)");
    expect(hostileRow.first_appeared_note).toBe("'\tsaid at a briefing");
    // Text that really begins with an apostrophe gets one more; a line of prose is left alone.
    expect(hostileRow.context).toBe("''=1+1 is how the post began\n=2+2 on its second line");
    expect(rows.find((r) => Number(r.id) === foreign.id)!.rationale).toBe(
      "'\rcarriage return first",
    );
    for (const row of rows) {
      for (const cell of Object.values(row)) {
        expect(FORMULA_TRIGGERS.some((t) => cell.startsWith(t))).toBe(false);
      }
    }
  });

  it('keeps non-ASCII text intact', async () => {
    const rows = parse(await (await get(`format=csv&tag=${TAG}`)).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(rows.find((r) => Number(r.id) === foreign.id)!.statement).toBe(
      'Війська КНДР у Курській області — “до 12 000”, 北朝鮮',
    );
  });

  it('is a header row alone for an empty list', async () => {
    const bytes = await (await get('format=csv&q=nothingmatchesthisword')).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('JSON export', () => {
  it('is an array of contract records, pretty-printed exactly as the contract says', async () => {
    const response = await get(`format=json&tag=${TAG}`);
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    const claims = JSON.parse(text) as unknown[];
    expect(text).toBe(`${JSON.stringify(claims, null, 2)}\n`);
    const keys = Object.keys(ExportedClaimSchema.shape);
    for (const claim of claims) {
      expect(ExportedClaimSchema.parse(claim)).toEqual(claim);
      expect(Object.keys(claim as object)).toEqual(keys);
    }
    expect((claims as ExportedClaim[]).map((c) => c.id)).toEqual(await listIds({ tag: TAG }));
  });

  it('nests live citations with their sources and the verdict history, oldest first', async () => {
    const claim = (await exportJson()).find((c) => c.id === hostile.id)!;
    expect(claim.counts).toEqual({ supports: 1, contradicts: 1, context: 0 });
    expect(claim.citations.map((c) => [c.stance, c.quote, c.source.title])).toEqual([
      ['supports', '=HYPERLINK("http://evil")', 'Report on “Kursk” – Київ'],
      ['contradicts', 'No such units.', 'Briefing without a link'],
    ]);
    expect(claim.citations[0]!.source).toMatchObject({
      publisher: 'Wire',
      kind: 'news_report',
      url: 'https://example.org/report',
      publishedAt: '2024-11-05',
    });
    expect(claim.verdictHistory.map((r) => [r.verdict, r.at])).toEqual([
      ['unverified', '2024-11-05T00:00:00.000Z'],
      ['false', '2024-11-08T00:00:00.000Z'],
    ]);
    expect(claim.quantity).toEqual({
      qualifier: 'up_to',
      value: null,
      min: null,
      max: 12000,
      unit: 'troops',
    });
    expect(claim.tags).toEqual([TAG, 'Росія']);
  });

  it('carries no internal field: no actor ids, emails or deletion marks', async () => {
    const text = await (await get(`format=json&tag=${TAG}`)).text();
    expect(text).not.toContain(actorId);
    for (const field of ['createdById', 'updatedById', 'deletedAt', 'email', 'version']) {
      expect(text).not.toContain(`"${field}"`);
    }
    expect(text).not.toContain('Removed source');
    expect(text).not.toContain('Withdrawn.');
  });

  it('is an empty array for an empty list', async () => {
    expect(await (await get('format=json&q=nothingmatchesthisword')).text()).toBe('[]\n');
  });
});

describe('ClaimReview export', () => {
  it('is JSON-LD with every required field, for rated claims only', async () => {
    const response = await get(`format=claimreview&tag=${TAG}`);
    expect(response.headers.get('content-type')).toBe('application/ld+json');
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="claimtrack-claimreview-\d{4}-\d\d-\d\d-tag-export-fixture\.jsonld"/,
    );
    const reviews = JSON.parse(await response.text()) as Record<string, unknown>[];
    expect(reviews.map((r) => r.url)).toEqual([claimUrl(hostile.id), claimUrl(foreign.id)]);
    for (const review of reviews) {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: expect.stringMatching(/^https?:\/\//),
        claimReviewed: expect.any(String),
        datePublished: '2024-11-06',
        author: { '@type': 'Organization', name: desk.name, url: desk.url },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: expect.any(Number),
          bestRating: 5,
          worstRating: 1,
          alternateName: expect.any(String),
        },
        itemReviewed: { '@type': 'Claim', author: { name: expect.any(String) } },
      });
    }
  });

  it('maps the verdict, the claimant and the appearances', async () => {
    const reviews = JSON.parse(await (await get(`format=claimreview&tag=${TAG}`)).text()) as Record<
      string,
      Record<string, unknown>
    >[];
    const [falseReview, likelyReview] = reviews;
    expect(falseReview!.claimReviewed).toBe('+cmd|" /C calc"!A0 North Korean troops');
    expect(falseReview!.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'False' });
    expect(falseReview!.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Генштаб ЗСУ' },
      datePublished: '2024-11-04',
      appearance: [
        { '@type': 'CreativeWork', url: 'https://example.org/first' },
        { '@type': 'CreativeWork', url: 'https://example.org/report' },
      ],
      firstAppearance: { '@type': 'CreativeWork', url: 'https://example.org/first' },
    });
    expect(likelyReview!.reviewRating).toMatchObject({ ratingValue: 4, alternateName: 'Likely' });
    expect(likelyReview!.itemReviewed).toMatchObject({
      author: { '@type': 'Person', name: 'Jane Roe' },
    });
  });
});

describe('ClaimReview on the claim page', () => {
  it('is the same review as in the export, and absent for an unverified claim', async () => {
    const reviews = JSON.parse(
      await (await get(`format=claimreview&tag=${TAG}`)).text(),
    ) as unknown[];
    for (const [index, { id }] of [hostile, foreign].entries()) {
      const detail = await getPublishedClaim(id);
      expect(buildClaimReview(reviewSubjectOfDetail(detail!))).toEqual(reviews[index]);
    }
    expect(
      buildClaimReview(reviewSubjectOfDetail((await getPublishedClaim(unverified.id))!)),
    ).toBeNull();
  });
});

describe('who gets what', () => {
  it('never exports drafts or deleted claims to readers, in any format', async () => {
    for (const format of ['csv', 'json', 'claimreview']) {
      const text = await (await get(`format=${format}&tag=${TAG}`)).text();
      expect(text).not.toContain('draft claim readers must not get');
      expect(text).not.toContain('deleted claim nobody gets');
    }
    const ids = (await exportJson()).map((c) => c.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(deleted.id);
  });

  it('refuses include=drafts to an anonymous reader, with a reason', async () => {
    const response = await get(`format=json&tag=${TAG}&include=drafts`);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/signed-in editors/);
  });

  it('adds drafts, never deleted claims, for a signed-in editor who asks', async () => {
    const account = await createAccount({ role: 'editor' });
    const signedIn = await signInWithPassword({ ...account, headers: requestHeaders() });
    if (!signedIn.ok) throw new Error('sign-in failed');
    request.headers = requestHeaders({ cookie: cookieHeader(signedIn.setCookies) });

    const response = await get(`format=json&tag=${TAG}&include=drafts`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('with-drafts');
    const claims = JSON.parse(await response.text()) as ExportedClaim[];
    expect(claims.find((c) => c.id === draft.id)?.status).toBe('draft');
    expect(claims.map((c) => c.id)).not.toContain(deleted.id);
    // Without the parameter an editor gets what readers get.
    expect((await exportJson()).map((c) => c.id)).not.toContain(draft.id);
  });

  it.each([
    ['format=xlsx', 400, /Unknown export format "xlsx"/],
    ['', 400, /Say which format/],
    ['format=csv&include=deleted', 400, /include=drafts/],
  ])('answers %j with %i and a reason', async (query, status, message) => {
    const response = await get(query);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(message);
  });

  it('falls back like the list on bad filter values instead of failing', async () => {
    const response = await get(`format=json&tag=${TAG}&verdict=nonsense&sort=sideways&page=x`);
    expect(response.status).toBe(200);
    expect((JSON.parse(await response.text()) as ExportedClaim[]).map((c) => c.id)).toEqual(
      await listIds({ tag: TAG }),
    );
  });
});

describe('file names', () => {
  it('carry the filters, sanitised, with the UTF-8 form of a non-Latin search', async () => {
    const response = await get('format=csv&q=Курськ/../"x"&verdict=false&verdict=likely');
    const disposition = response.headers.get('content-disposition')!;
    const day = new Date().toISOString().slice(0, 10);
    expect(disposition).toContain(
      `filename="claimtrack-claims-${day}-q-x-verdict-false-verdict-likely.csv"`,
    );
    expect(disposition).toContain(
      `filename*=UTF-8''claimtrack-claims-${day}-q-${encodeURIComponent('курськ')}-x-verdict-false-verdict-likely.csv`,
    );
    await response.body?.cancel();
  });
});
