import { beforeAll, describe, expect, it } from 'vitest';
import {
  ExportedClaimSchema,
  type ExportedClaim,
  type ExportedSource,
} from '@/lib/export/claim-record';
import { openClaimRecordReader } from '@/lib/db/claim-record-reader';
import { EDITOR_STATUSES, PUBLIC_STATUSES, type ClaimRecord } from '@/lib/db/search-store';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { claimSearch } from '@/lib/search/claim-search';
import { claimUrl } from '@/lib/site';
import { createClaim, createClaimant, testDb, unique } from '../support/factories';

/**
 * A page of claims read into export records (store.search / openClaimRecordReader, then
 * lib/export/export-rows.ts): every field as the contract describes it, for a claim with all of
 * them, and only the claims a reader (or an editor) may see, in the order asked.
 */
let full: { id: number };
let sourceWithAll: { id: number };
let sourceBare: { id: number };
let sourceMemo: { id: number };
let sourcePost: { id: number };

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const claimant = await testDb.claimant.create({
    data: {
      name: unique('Jane Roe'),
      kind: 'person',
      description: 'Spokesperson of the regional administration',
    },
  });
  sourceWithAll = await testDb.source.create({
    data: {
      title: 'Report on “Kursk” – Київ',
      kind: 'news_report',
      url: `https://example.org/${unique('report').replaceAll(' ', '-')}`,
      archiveUrl: 'https://archive.example.org/report',
      publishedAt: at('2024-11-05T23:30:00.000Z'),
      publisher: { create: { name: unique('Wire') } },
    },
  });
  sourceBare = await testDb.source.create({
    data: { title: 'Briefing without a link', kind: 'other' },
  });
  // A source is cited once per claim: the order of stances needs one source each.
  sourceMemo = await testDb.source.create({ data: { title: 'Memo', kind: 'document' } });
  sourcePost = await testDb.source.create({ data: { title: 'Post', kind: 'social_media' } });
  const removed = await testDb.source.create({
    data: { title: 'Removed source', kind: 'other', deletedAt: new Date() },
  });

  full = await testDb.claim.create({
    data: {
      statement: 'Between 0.3 and 1,234,567.891 km of trenches were dug',
      title: 'Trenches',
      context: 'Said at a briefing.\n=Not a formula: background text.',
      claimantId: claimant.id,
      verdict: 'misleading',
      verdictRank: 4,
      confidence: 'moderate',
      rationale: 'Partly accurate.',
      place: 'Pokrovsk',
      quantityQualifier: 'between',
      // Stored as a double that is not 0.3; the export has always written 15 significant
      // digits (0.3), and keeps doing so.
      quantityMin: 0.1 + 0.2,
      quantityMax: 1234567.891,
      quantityUnit: 'km',
      firstAppearedAt: at('2024-11-04T22:15:00.000Z'),
      firstAppearanceUrl: 'https://social.example.org/post/1',
      firstAppearanceNote: 'A post',
      status: 'published',
      publishedAt: at('2024-11-06T10:00:00.000Z'),
      createdAt: at('2024-11-05T09:00:00.123Z'),
      updatedAt: at('2024-11-07T08:00:00.456Z'),
      tags: {
        create: ['zebra', 'Économie', 'apple', 'Äpfel'].map((name) => ({
          tag: {
            connectOrCreate: {
              where: { name },
              create: { name, slug: unique(name).replaceAll(' ', '-') },
            },
          },
        })),
      },
      revisions: {
        create: [
          {
            verdict: 'unverified',
            confidence: 'low',
            rationale: 'Not yet checked.',
            createdAt: at('2024-11-05T09:00:00.123Z'),
          },
          // Two revisions at the same instant: the older id first.
          {
            verdict: 'false',
            confidence: 'high',
            rationale: 'First reading.',
            createdAt: at('2024-11-07T08:00:00.456Z'),
          },
          {
            verdict: 'misleading',
            confidence: 'moderate',
            rationale: 'Partly accurate.',
            overrideReason: 'The evidence rules would say false; the map says otherwise.',
            createdAt: at('2024-11-07T08:00:00.456Z'),
          },
        ],
      },
      // Created out of the record's order (supports, contradicts, context; then by id).
      citations: {
        create: [
          { sourceId: sourceBare.id, stance: 'context', quote: 'Background.', locator: 'p. 2' },
          { sourceId: sourceWithAll.id, stance: 'supports', quote: 'Trenches seen.' },
          { sourceId: sourceMemo.id, stance: 'contradicts', quote: 'No trenches.' },
          { sourceId: sourcePost.id, stance: 'supports', quote: 'Also seen.', locator: '12:30' },
          {
            sourceId: sourceWithAll.id,
            stance: 'supports',
            quote: 'Withdrawn citation.',
            deletedAt: new Date(),
          },
          { sourceId: removed.id, stance: 'contradicts', quote: 'From a removed source.' },
        ],
      },
    },
  });
});

describe('export records', () => {
  it('carry every field the contract describes, nested in its order', async () => {
    const [row] = await loadExportRows([full.id]);
    const source = await testDb.source.findUniqueOrThrow({
      where: { id: sourceWithAll.id },
      include: { publisher: true },
    });
    const claimant = await testDb.claim.findUniqueOrThrow({ where: { id: full.id } }).claimant();
    const bare: ExportedSource = {
      id: sourceBare.id,
      title: 'Briefing without a link',
      publisher: null,
      kind: 'other',
      url: null,
      archiveUrl: null,
      publishedAt: null,
    };
    const memo: ExportedSource = { ...bare, id: sourceMemo.id, title: 'Memo', kind: 'document' };
    const post: ExportedSource = {
      ...bare,
      id: sourcePost.id,
      title: 'Post',
      kind: 'social_media',
    };
    const expected: ExportedClaim = {
      id: full.id,
      url: claimUrl(full.id),
      status: 'published',
      title: 'Trenches',
      statement: 'Between 0.3 and 1,234,567.891 km of trenches were dug',
      context: 'Said at a briefing.\n=Not a formula: background text.',
      claimant: {
        name: claimant!.name,
        kind: 'person',
        description: 'Spokesperson of the regional administration',
      },
      verdict: 'misleading',
      confidence: 'moderate',
      rationale: 'Partly accurate.',
      // Alphabetical as people read it, not by code point (which puts Ä and É after z).
      tags: ['Äpfel', 'apple', 'Économie', 'zebra'],
      stories: [],
      place: 'Pokrovsk',
      quantity: { qualifier: 'between', value: null, min: 0.3, max: 1234567.891, unit: 'km' },
      firstAppeared: {
        date: '2024-11-04',
        url: 'https://social.example.org/post/1',
        note: 'A post',
      },
      counts: { supports: 2, contradicts: 1, context: 1 },
      citations: [
        {
          stance: 'supports',
          quote: 'Trenches seen.',
          locator: '',
          source: {
            id: source.id,
            title: 'Report on “Kursk” – Київ',
            publisher: source.publisher!.name,
            kind: 'news_report',
            url: source.url,
            archiveUrl: 'https://archive.example.org/report',
            publishedAt: '2024-11-05',
          },
        },
        { stance: 'supports', quote: 'Also seen.', locator: '12:30', source: post },
        { stance: 'contradicts', quote: 'No trenches.', locator: '', source: memo },
        { stance: 'context', quote: 'Background.', locator: 'p. 2', source: bare },
      ],
      verdictHistory: [
        {
          verdict: 'unverified',
          confidence: 'low',
          rationale: 'Not yet checked.',
          overrideReason: null,
          at: '2024-11-05T09:00:00.123Z',
        },
        {
          verdict: 'false',
          confidence: 'high',
          rationale: 'First reading.',
          overrideReason: null,
          at: '2024-11-07T08:00:00.456Z',
        },
        {
          verdict: 'misleading',
          confidence: 'moderate',
          rationale: 'Partly accurate.',
          overrideReason: 'The evidence rules would say false; the map says otherwise.',
          at: '2024-11-07T08:00:00.456Z',
        },
      ],
      createdAt: '2024-11-05T09:00:00.123Z',
      updatedAt: '2024-11-07T08:00:00.456Z',
      publishedAt: '2024-11-06T10:00:00.000Z',
      relations: [],
    };
    expect(row!.record).toEqual(expected);
    // Same keys in the same order: the JSON export writes the record as it is.
    expect(JSON.stringify(row!.record)).toBe(JSON.stringify(expected));
    expect(ExportedClaimSchema.parse(row!.record)).toEqual(expected);
    expect(row!.publishedAt).toEqual(at('2024-11-06T10:00:00.000Z'));
  });

  it('has no quantity when the qualifier is not one the desk uses', async () => {
    const claim = await createClaim();
    await testDb.claim.update({
      where: { id: claim.id },
      data: { quantityQualifier: 'roughly', quantityValue: 5 },
    });
    const [row] = await loadExportRows([claim.id]);
    expect(row!.record.quantity).toBeNull();
    expect(row!.record.citations).toEqual([]);
    expect(row!.record.tags).toEqual([]);
    expect(row!.record.counts).toEqual({ supports: 0, contradicts: 0, context: 0 });
  });

  it('come in the order asked, without what the reader may not see', async () => {
    const claimantId = (await createClaimant()).id;
    const [first, second, draft, deleted] = [
      await createClaim({ claimantId }),
      await createClaim({ claimantId }),
      await createClaim({ claimantId, status: 'draft' }),
      await createClaim({ claimantId, deleted: true }),
    ];
    const ids = [second.id, deleted.id, draft.id, 999_999_999, first.id];
    const ofReader = await loadExportRows(ids);
    expect(ofReader.map((r) => r.record.id)).toEqual([second.id, first.id]);
    expect(ofReader.map((r) => r.publishedAt)).not.toContain(null);
    const ofEditor = await loadExportRows(ids, { includeDrafts: true });
    expect(ofEditor.map((r) => r.record.id)).toEqual([second.id, draft.id, first.id]);
    expect(ofEditor.find((r) => r.record.id === draft.id)!.publishedAt).toBeNull();
  });

  it('leave out a claim deleted or unpublished after its id was read', async () => {
    const claimantId = (await createClaimant()).id;
    const [kept, unpublished, removed] = [
      await createClaim({ claimantId }),
      await createClaim({ claimantId }),
      await createClaim({ claimantId }),
    ];
    const ids = [kept.id, unpublished.id, removed.id];
    await testDb.claim.update({
      where: { id: unpublished.id },
      data: { status: 'draft', publishedAt: null },
    });
    await testDb.claim.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
    expect((await loadExportRows(ids)).map((r) => r.record.id)).toEqual([kept.id]);
  });

  it('read the same on a reader of their own (an export worker thread) as on the app', async () => {
    const claimantId = (await createClaimant()).id;
    const ids = [full.id, (await createClaim({ claimantId })).id];
    const draft = (await createClaim({ claimantId, status: 'draft' })).id;
    const reader = openClaimRecordReader(process.env.DATABASE_URL!);
    try {
      const byId = (records: ClaimRecord[]) => [...records].sort((a, b) => a.id - b.id);
      expect(byId(await reader.readPage([...ids, draft], PUBLIC_STATUSES))).toEqual(
        byId(await claimSearch().readClaimRecords([...ids, draft])),
      );
      expect((await reader.readPage([draft], EDITOR_STATUSES)).map((r) => r.id)).toEqual([draft]);
    } finally {
      await reader.close();
    }
  });
});
