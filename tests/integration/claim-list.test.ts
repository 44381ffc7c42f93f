import { beforeAll, describe, expect, it } from 'vitest';
import { countPublishedClaimsByVerdict, findRecentlyUpdatedClaims } from '@/lib/claims/claim-stats';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { describeFilters, findFilterOptions } from '@/lib/claims/filter-options';
import { PAGE_SIZE, parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { createClaim, createClaimant, createSource } from '../support/factories';

const list = (params: Record<string, string | string[]>) =>
  findPublishedClaims(parseClaimListQuery(params));
const titles = async (params: Record<string, string | string[]>) =>
  (await list(params)).items.map((c) => c.title);

let ministry: { id: number };
let evidence: { id: number };

beforeAll(async () => {
  ministry = await createClaimant('Ministry');
  const agency = await createClaimant('Agency');
  evidence = await createSource({ title: 'Key evidence', publisher: 'Wire' });
  const other = await createSource({ title: 'Other evidence', publisher: 'Gazette' });
  const background = await createSource({ title: 'Background', publisher: 'Almanac' });
  const day = (d: number) => new Date(Date.UTC(2024, 10, d));

  await createClaim({
    title: 'A',
    claimantId: ministry.id,
    verdict: 'false',
    confidence: 'high',
    tags: ['Kursk'],
    updatedAt: day(3),
    citations: [
      { sourceId: evidence.id, stance: 'contradicts' },
      { sourceId: other.id, stance: 'contradicts' },
      { sourceId: background.id, stance: 'context' },
    ],
  });
  await createClaim({
    title: 'B',
    claimantId: agency.id,
    verdict: 'confirmed',
    confidence: 'moderate',
    tags: ['Kursk', 'Russia'],
    updatedAt: day(5),
    citations: [
      { sourceId: evidence.id, stance: 'supports' },
      { sourceId: other.id, stance: 'supports' },
    ],
  });
  await createClaim({
    title: 'C',
    claimantId: agency.id,
    verdict: 'likely',
    confidence: 'high',
    tags: ['Russia'],
    updatedAt: day(4),
  });
  await createClaim({ title: 'Draft', claimantId: agency.id, status: 'draft', tags: ['Russia'] });
  await createClaim({
    title: 'Deleted',
    claimantId: ministry.id,
    deleted: true,
    citations: [{ sourceId: evidence.id, stance: 'supports' }],
  });
});

describe('claim list', () => {
  it('shows published claims only, most recently updated first, with the total', async () => {
    const page = await list({});
    expect(page.items.map((c) => c.title)).toEqual(['B', 'C', 'A']);
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1, pageSize: PAGE_SIZE });
  });

  it('counts supporting and contradicting sources per row, ignoring context', async () => {
    const [b, , a] = (await list({})).items;
    expect(b).toMatchObject({ supportingCount: 2, contradictingCount: 0 });
    expect(a).toMatchObject({ supportingCount: 0, contradictingCount: 2 });
    expect(a?.claimant.name).toBe('Ministry');
  });

  it('filters by one or several verdicts', async () => {
    expect(await titles({ verdict: 'false' })).toEqual(['A']);
    expect(await titles({ verdict: ['false', 'confirmed'] })).toEqual(['B', 'A']);
  });

  it('filters by confidence, tag, claimant and cited source', async () => {
    expect(await titles({ confidence: 'high' })).toEqual(['C', 'A']);
    expect(await titles({ tag: 'kursk' })).toEqual(['B', 'A']);
    expect(await titles({ tag: 'russia' })).toEqual(['B', 'C']);
    expect(await titles({ claimant: String(ministry.id) })).toEqual(['A']);
    expect(await titles({ source: String(evidence.id) })).toEqual(['B', 'A']);
    expect(await titles({ tag: 'russia', confidence: 'high' })).toEqual(['C']);
  });

  it('sorts by verdict on the scale and by creation', async () => {
    expect(await titles({ sort: 'verdict' })).toEqual(['B', 'C', 'A']);
    expect(await titles({ sort: 'created' })).toEqual(['C', 'B', 'A']);
  });

  it('returns an empty page past the end, not an error', async () => {
    const page = await list({ page: '40' });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(3);
  });

  it('pages through a long list without repeating or skipping', async () => {
    const claimant = await createClaimant();
    for (let i = 0; i < PAGE_SIZE + 5; i++) await createClaim({ claimantId: claimant.id });
    const first = await list({ claimant: String(claimant.id) });
    const second = await list({ claimant: String(claimant.id), page: '2' });
    expect(first).toMatchObject({ total: PAGE_SIZE + 5, pageCount: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(5);
    const ids = [...first.items, ...second.items].map((c) => c.id);
    expect(new Set(ids).size).toBe(PAGE_SIZE + 5);
  });
});

describe('list helpers', () => {
  it('counts published claims for every verdict of the scale', async () => {
    const counts = await countPublishedClaimsByVerdict();
    expect(counts.map((c) => c.verdict)).toEqual([
      'confirmed',
      'likely',
      'disputed',
      'misleading',
      'unsubstantiated',
      'false',
      'unverified',
    ]);
    expect(counts.find((c) => c.verdict === 'false')?.count).toBe(1);
  });

  it('lists recently updated published claims', async () => {
    const recent = await findRecentlyUpdatedClaims(50);
    expect(recent.map((c) => c.title)).not.toContain('Draft');
    expect(recent.map((c) => c.title)).not.toContain('Deleted');
  });

  it('offers only claimants and tags that have published claims', async () => {
    const options = await findFilterOptions();
    const russia = options.tags.find((t) => t.slug === 'russia');
    expect(russia?.count).toBe(2);
    expect(options.claimants.find((c) => c.name === 'Ministry')?.count).toBe(1);
  });

  it('names the claimant, tag and source in a list state', async () => {
    const labels = await describeFilters(
      parseClaimListQuery({
        claimant: String(ministry.id),
        tag: 'kursk',
        source: String(evidence.id),
      }),
    );
    expect(labels).toEqual({
      claimant: 'Ministry',
      tag: 'Kursk',
      source: 'Key evidence',
      story: null,
    });
  });
});
