import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClaimListSchema,
  ApiErrorSchema,
  ApiSourceDetailSchema,
  ApiSourceListSchema,
  type ApiSourceList,
} from '@/lib/api/schemas';
import { createClaim, createSource, testDb } from '../support/factories';

const list = await import('@/app/api/sources/route');
const one = await import('@/app/api/sources/[id]/route');
const openapi = await import('@/app/api/openapi.json/route');

const getList = (query: string) => list.GET(new Request(`http://localhost/api/sources?${query}`));
const getOne = (id: string) =>
  one.GET(new Request(`http://localhost/api/sources/${id}`), { params: Promise.resolve({ id }) });

const publicIds: number[] = [];
let draftOnly: { id: number };
let removed: { id: number };
let cited: { id: number };

beforeAll(async () => {
  for (let i = 0; i < 7; i++) {
    const source = await createSource({ url: `https://example.org/api-source-${i}` });
    await createClaim({ citations: [{ sourceId: source.id, stance: 'supports' }] });
    publicIds.push(source.id);
  }
  cited = await createSource({ title: 'Cited by two claims, once removed by one of them' });
  await createClaim({
    title: 'Cites it, and cited it before',
    citations: [
      { sourceId: cited.id, stance: 'supports', quote: 'First passage.' },
      { sourceId: cited.id, stance: 'context', quote: 'Second passage.', deleted: true },
    ],
  });
  await createClaim({ citations: [{ sourceId: cited.id, stance: 'contradicts' }] });
  await createClaim({ status: 'draft', citations: [{ sourceId: cited.id, stance: 'supports' }] });
  publicIds.push(cited.id);

  draftOnly = await createSource({ title: 'Only a draft cites me' });
  await createClaim({
    status: 'draft',
    citations: [{ sourceId: draftOnly.id, stance: 'supports' }],
  });
  removed = await createSource({ title: 'Removed source' });
  await createClaim({ citations: [{ sourceId: removed.id, stance: 'supports' }] });
  await testDb.source.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
});

async function walk(limit: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const response = await getList(`limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const page: ApiSourceList = ApiSourceListSchema.parse(await response.json());
    ids.push(...page.items.map((s) => s.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('GET /api/sources', () => {
  it('walks every public source once, newest first, never hidden ones', async () => {
    const ids = await walk(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(ids).toEqual(expect.arrayContaining(publicIds));
    expect(ids).not.toContain(draftOnly.id);
    expect(ids).not.toContain(removed.id);
  });

  it('counts the published claims citing each source, each claim once', async () => {
    const page = ApiSourceListSchema.parse(await (await getList('limit=200')).json());
    expect(page.items.find((s) => s.id === cited.id)?.claimCount).toBe(2);
    expect(page.items.find((s) => s.id === publicIds[0])).toMatchObject({
      claimCount: 1,
      url: 'https://example.org/api-source-0',
      publishedAt: '2024-11-05',
      pageUrl: expect.stringMatching(new RegExp(`/sources/${publicIds[0]}$`)),
    });
  });

  it('refuses a claims cursor and a bad limit with 400 JSON errors', async () => {
    const claims = await import('@/app/api/claims/route');
    const claimPage = ApiClaimListSchema.parse(
      await (await claims.GET(new Request('http://localhost/api/claims?limit=1'))).json(),
    );
    for (const query of [`cursor=${claimPage.nextCursor}`, 'limit=1.5']) {
      const response = await getList(query);
      expect(response.status).toBe(400);
      expect(ApiErrorSchema.parse(await response.json()).status).toBe(400);
    }
  });
});

describe('GET /api/sources/{id}', () => {
  it('returns a public source with its citing claims', async () => {
    const response = await getOne(String(cited.id));
    expect(response.status).toBe(200);
    const source = ApiSourceDetailSchema.parse(await response.json());
    expect(source.claimCount).toBe(2);
    // The removed citation is not evidence any more.
    expect(source.citations.map((c) => c.stance).sort()).toEqual(['contradicts', 'supports']);
    expect(source.claimsUrl).toMatch(new RegExp(`/api/claims\\?source=${cited.id}$`));
  });

  it.each(['draftOnly', 'removed', 'unknown'])(
    'answers a %s source with 404 JSON',
    async (kind) => {
      const id = kind === 'draftOnly' ? draftOnly.id : kind === 'removed' ? removed.id : 99999999;
      const response = await getOne(String(id));
      expect(response.status).toBe(404);
      expect(ApiErrorSchema.parse(await response.json())).toEqual({
        status: 404,
        message: expect.stringMatching(/no public source/),
      });
    },
  );
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every path, whose references all resolve', async () => {
    const response = await openapi.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const text = await response.text();
    const doc = JSON.parse(text) as {
      openapi: string;
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/claims',
      '/api/claims/{id}',
      '/api/sources',
      '/api/sources/{id}',
      '/api/stories',
      '/api/stories/{slug}',
    ]);
    for (const path of Object.values(doc.paths)) expect(path.get.responses['200']).toBeDefined();
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas[ref]).toBeDefined();
    expect(Object.keys(doc.components.schemas.Claim!.properties!)).toEqual(
      expect.arrayContaining(['verdictHistory', 'context', 'publishedAt']),
    );
    expect(text).not.toContain('"$schema"');
  });
});
