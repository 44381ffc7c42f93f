import { beforeAll, describe, expect, it } from 'vitest';
import { exportStream } from '@/lib/export/export-stream';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { testDb } from '../support/factories';

/**
 * The same data exports to the same bytes on either database: the files below are the CSV and
 * JSON exports of these fixtures, and both providers' test runs compare against them (ids,
 * dates and the site address fixed, so nothing differs but the database). Numbers, instants,
 * Unicode, quotes and line breaks are where two databases' text conversions could disagree.
 * The first export renders each claim, the second streams the text it stored; both are held to
 * the files, on this thread and on the worker threads.
 */
const ALL = parseClaimListQuery({});
const at = (iso: string) => new Date(iso);
const EXPECTED = {
  csv: './__fixtures__/export-same-bytes.csv',
  json: './__fixtures__/export-same-bytes.json',
} as const;

async function exported(format: 'csv' | 'json', threads: boolean): Promise<string> {
  const stream = exportStream(ALL, format, { includeDrafts: true, threads });
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    await new Response(stream).arrayBuffer(),
  );
}

beforeAll(async () => {
  const created = at('2025-01-02T03:04:05.678Z');
  await testDb.claimant.create({
    data: {
      id: 501,
      name: 'Генштаб ЗСУ',
      kind: 'military',
      description: 'Press office, "official"',
      createdAt: created,
      updatedAt: created,
    },
  });
  await testDb.publisher.create({
    data: { id: 601, name: 'Wire & Co', createdAt: created, updatedAt: created },
  });
  await testDb.source.createMany({
    data: [
      {
        id: 701,
        title: 'Report on “Kursk” – Київ',
        publisherId: 601,
        kind: 'news',
        url: 'https://example.org/report?a=1&b=2',
        publishedAt: at('2024-12-31T23:59:59.999Z'),
        archiveUrl: 'https://archive.example/report',
        createdAt: created,
        updatedAt: created,
      },
      { id: 702, title: '=HYPERLINK("x")', createdAt: created, updatedAt: created },
    ],
  });
  await testDb.tag.createMany({
    data: [
      { id: 801, name: 'Zaporizhzhia', slug: 'zaporizhzhia' },
      { id: 802, name: 'Київ', slug: 'kyiv' },
      { id: 803, name: 'éclair', slug: 'eclair' },
    ],
  });
  const quantities = [
    { quantityQualifier: 'exactly', quantityValue: 0.1, quantityUnit: 'km' },
    { quantityQualifier: 'about', quantityValue: 1234567.5, quantityUnit: 'people' },
    { quantityQualifier: 'between', quantityMin: 2.5e-7, quantityMax: 1e21, quantityUnit: 'units' },
    { quantityQualifier: 'at_least', quantityValue: -3, quantityUnit: '' },
  ];
  for (let i = 0; i < quantities.length; i++) {
    const id = 901 + i;
    await testDb.claim.create({
      data: {
        id,
        statement: `Statement ${i}: "quoted", line\nbreak, emoji 🚀, tab\tend`,
        title: i === 0 ? '=cmd|" /c calc"!A1' : i === 1 ? null : `Title ${i}`,
        claimantId: 501,
        firstAppearedAt: i % 2 === 0 ? at('2024-06-30T12:00:00.001Z') : null,
        firstAppearanceUrl: i === 0 ? 'https://example.org/first' : null,
        firstAppearanceNote: i === 0 ? 'Seen first on a channel' : '',
        context: i === 2 ? 'Background, with a comma' : '',
        place: i === 3 ? 'Kharkiv oblast' : null,
        ...quantities[i],
        verdict: i === 3 ? 'unverified' : 'false',
        verdictRank: i === 3 ? 7 : 6,
        confidence: 'high',
        rationale: i === 3 ? '' : `Two sources; one “contradicts”.`,
        status: i === 3 ? 'draft' : 'published',
        publishedAt: i === 3 ? null : at(`2025-02-0${i + 1}T10:00:00.000Z`),
        createdAt: at(`2025-01-0${i + 1}T08:00:00.000Z`),
        updatedAt: at(`2025-03-0${i + 1}T09:30:00.250Z`),
        tags: { create: [{ tagId: 801 + (i % 3) }, ...(i === 0 ? [{ tagId: 802 }] : [])] },
        citations: {
          create: [
            {
              id: 1001 + i * 2,
              sourceId: 701,
              stance: 'supports',
              quote: i === 0 ? 'Seen, "quoted",\r\nat the border.' : '',
              locator: i === 0 ? 'p. 3' : '',
              createdAt: created,
              updatedAt: created,
            },
            {
              id: 1002 + i * 2,
              sourceId: 702,
              stance: i === 1 ? 'context' : 'contradicts',
              createdAt: created,
              updatedAt: created,
            },
          ],
        },
        revisions: {
          create: [
            {
              id: 1101 + i * 2,
              verdict: 'unverified',
              confidence: 'low',
              rationale: '',
              createdAt: at(`2025-01-0${i + 1}T08:00:00.000Z`),
            },
            ...(i === 3
              ? []
              : [
                  {
                    id: 1102 + i * 2,
                    verdict: 'false',
                    confidence: 'high',
                    rationale: 'Two sources; one “contradicts”.',
                    overrideReason: i === 2 ? 'Editor’s call' : null,
                    createdAt: at(`2025-03-0${i + 1}T09:30:00.250Z`),
                  },
                ]),
          ],
        },
      },
    });
  }
  // Deleted: in neither file.
  await testDb.claim.create({
    data: {
      id: 999,
      statement: 'Deleted claim',
      claimantId: 501,
      status: 'published',
      createdAt: created,
      updatedAt: created,
      deletedAt: created,
    },
  });
  // Links: both directions in the records; one to a deleted claim and a removed one in neither.
  await testDb.claimRelation.createMany({
    data: [
      { fromClaimId: 902, toClaimId: 901, kind: 'updates', createdAt: created },
      { fromClaimId: 901, toClaimId: 903, kind: 'same_as', createdAt: created },
      { fromClaimId: 903, toClaimId: 904, kind: 'part_of', createdAt: created },
      { fromClaimId: 903, toClaimId: 999, kind: 'part_of', createdAt: created },
      { fromClaimId: 902, toClaimId: 903, kind: 'contradicts', deletedAt: created },
    ],
  });
});

describe('the same data exported from either database', () => {
  it.each(['csv', 'json'] as const)('is the same %s bytes, rendered or stored', async (format) => {
    const rendered = await exported(format, false);
    await expect(rendered).toMatchFileSnapshot(EXPECTED[format]);
    // Texts are stored once the pages are sent: wait for them, then stream them.
    await expect
      .poll(() => testDb.claimExportText.count({ where: { [format]: { not: null } } }))
      .toBe(4);
    expect(await exported(format, false)).toBe(rendered);
    expect(await exported(format, true)).toBe(rendered);
  });
});
