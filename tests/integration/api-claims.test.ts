import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClaimListSchema,
  ApiErrorSchema,
  API_LIMIT_MAX,
  type ApiClaimList,
} from '@/lib/api/schemas';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { VERDICTS } from '@/lib/domain/verdicts';
import { ExportedClaimSchema } from '@/lib/export/claim-record';
import { PAGE_SIZE, parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaim, createClaimant, testDb } from '../support/factories';

const list = await import('@/app/api/claims/route');
const one = await import('@/app/api/claims/[id]/route');

const CLAIMS = 230;
let claimantId: number;

beforeAll(async () => {
  claimantId = (await createClaimant('API claimant')).id;
  const base = Date.UTC(2025, 5, 1);
  await testDb.claim.createMany({
    data: Array.from({ length: CLAIMS }, (_, i) => {
      const verdict = VERDICTS[i % VERDICTS.length]!;
      return {
        statement: `API claim ${i} about ${i % 2 ? 'troops' : 'missiles'}`,
        claimantId,
        verdict: verdict.code,
        verdictRank: verdict.rank,
        status: 'published',
        publishedAt: new Date(base),
        // Pairs share an instant: the id breaks the tie across page boundaries.
        updatedAt: new Date(base + Math.floor(i / 2) * 1000),
      };
    }),
  });
}, 60_000);

const getList = (query: string) => list.GET(new Request(`http://localhost/api/claims?${query}`));
const getOne = (id: string) =>
  one.GET(new Request(`http://localhost/api/claims/${id}`), { params: Promise.resolve({ id }) });

async function body(response: Response): Promise<ApiClaimList> {
  expect(response.headers.get('content-type')).toBe('application/json');
  return ApiClaimListSchema.parse(await response.json());
}

async function walk(query: string): Promise<{ ids: number[]; pages: ApiClaimList[] }> {
  const pages: ApiClaimList[] = [];
  let cursor: string | null = null;
  do {
    const response = await getList(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const page = await body(response);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return { ids: pages.flatMap((p) => p.items.map((c) => c.id)), pages };
}

/** Every id of the HTML list for the same parameters, page after page. */
async function listIds(params: Record<string, string>): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const result = await findPublishedClaims(
      parseClaimListQuery({ ...params, page: String(page) }),
    );
    ids.push(...result.items.map((c) => c.id));
    if (result.items.length < PAGE_SIZE) return ids;
  }
}

describe('GET /api/claims', () => {
  it('walks the list by cursor: every claim once, in the list’s order', async () => {
    const { ids, pages } = await walk(`claimant=${claimantId}`);
    expect(ids).toEqual(await listIds({ claimant: String(claimantId) }));
    expect(ids).toHaveLength(CLAIMS);
    expect(pages).toHaveLength(Math.ceil(CLAIMS / 50));
    expect(pages[0]!.total).toBe(CLAIMS);
    expect(pages.slice(1).every((p) => p.total === undefined)).toBe(true);
    expect(pages.at(-1)!.nextCursor).toBeNull();
  });

  it.each([
    `claimant=CLAIMANT&verdict=false&verdict=likely&limit=7`,
    `claimant=CLAIMANT&sort=verdict&limit=33`,
    `claimant=CLAIMANT&q=troops&limit=40`,
    `claimant=CLAIMANT&q=troops&sort=created&limit=40`,
  ])('applies the list’s filters and sort: %s', async (template) => {
    const query = template.replace('CLAIMANT', String(claimantId));
    const params = Object.fromEntries(
      [...new URLSearchParams(query)].filter(([k]) => k !== 'limit' && k !== 'verdict'),
    );
    const verdicts = new URLSearchParams(query).getAll('verdict');
    const expected = await listIds({
      ...params,
      ...(verdicts.length ? { verdict: verdicts.join(',') } : {}),
    });
    expect((await walk(query)).ids).toEqual(expected);
  });

  it('returns claims in the export format', async () => {
    const page = await body(await getList(`claimant=${claimantId}&limit=3`));
    expect(page.items).toHaveLength(3);
    for (const claim of page.items) expect(ExportedClaimSchema.parse(claim)).toEqual(claim);
  });

  it.each([
    ['0', 1],
    ['-5', 1],
    ['1000', API_LIMIT_MAX],
    ['', 50],
  ])('clamps limit=%s to %i', async (limit, size) => {
    const page = await body(await getList(`claimant=${claimantId}&limit=${limit}`));
    expect(page.items).toHaveLength(size);
  });

  it('falls back like the list on bad filter values', async () => {
    const page = await body(await getList(`claimant=${claimantId}&verdict=nope&sort=sideways`));
    expect(page.total).toBe(CLAIMS);
  });

  it.each([
    ['limit=ten', /limit must be a whole number/],
    ['cursor=%%%', /cursor/],
    ['cursor=bm90IGpzb24', /cursor/],
    [`cursor=${Buffer.from('{"s":"updated","v":[1.5]}').toString('base64url')}`, /cursor/],
  ])('answers %s with a 400 JSON error', async (query, message) => {
    const response = await getList(`claimant=${claimantId}&${query}`);
    expect(response.status).toBe(400);
    const error = ApiErrorSchema.parse(await response.json());
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('refuses a cursor of another sort', async () => {
    const first = await body(await getList(`claimant=${claimantId}&sort=verdict&limit=5`));
    const response = await getList(
      `claimant=${claimantId}&sort=created&cursor=${first.nextCursor}`,
    );
    expect(response.status).toBe(400);
  });

  it('allows any site to read it (CORS), with a preflight answer', async () => {
    const response = await getList(`claimant=${claimantId}&limit=1`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = list.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('GET /api/claims/{id}', () => {
  it('returns a published claim', async () => {
    const claim = await createClaim({ title: 'API single', verdict: 'false' });
    const response = await getOne(String(claim.id));
    expect(response.status).toBe(200);
    expect(ExportedClaimSchema.parse(await response.json())).toMatchObject({
      id: claim.id,
      title: 'API single',
      verdict: 'false',
    });
  });

  it('returns every field a reader sees on the claim page: its context, publication date and claimant’s description', async () => {
    const claimant = await testDb.claimant.create({
      data: {
        name: 'API claimant with a description',
        kind: 'government',
        description: 'The defence ministry’s press office',
      },
    });
    const claim = await createClaim({
      claimantId: claimant.id,
      context: 'Said at a briefing in Seoul.\nRepeated the next day.',
    });
    const { publishedAt } = await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const response = await getOne(String(claim.id));
    expect(ExportedClaimSchema.parse(await response.json())).toMatchObject({
      context: 'Said at a briefing in Seoul.\nRepeated the next day.',
      claimant: {
        name: 'API claimant with a description',
        kind: 'government',
        description: 'The defence ministry’s press office',
      },
      publishedAt: publishedAt!.toISOString(),
    });
    const page = await body(await getList(`claimant=${claimant.id}`));
    expect(page.items.map((c) => c.context)).toEqual([
      'Said at a briefing in Seoul.\nRepeated the next day.',
    ]);
  });

  it.each(['draft', 'deleted', 'unknown', 'not a number'])(
    'answers a %s claim with a 404 JSON error',
    async (kind) => {
      let id = kind === 'not a number' ? 'abc' : '99999999';
      if (kind === 'draft') id = String((await createClaim({ status: 'draft' })).id);
      if (kind === 'deleted') id = String((await createClaim({ deleted: true })).id);
      const response = await getOne(id);
      expect(response.status).toBe(404);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(ApiErrorSchema.parse(await response.json())).toEqual({
        status: 404,
        message: expect.stringMatching(/no published claim/),
      });
    },
  );
});
