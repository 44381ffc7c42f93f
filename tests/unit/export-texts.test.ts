import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportedClaim } from '@/lib/export/claim-record';
import { csvRecords } from '@/lib/export/csv-rows';
import { EXPORT_TEXT_VERSION, renderClaimText } from '@/lib/export/export-texts';
import { jsonArrayItems } from '@/lib/export/json-array';

/** A claim with every field set, awkward text included. */
const claim: ExportedClaim = {
  id: 42,
  url: 'https://desk.example/claims/42',
  status: 'published',
  title: '=HYPERLINK("http://evil.example")',
  statement: 'Up to 12,000 North Korean troops are at Russian bases, "officials" say',
  context: "'= was typed first.\n- A bulleted line.",
  claimant: {
    name: 'Ministry of Defence — Київ',
    kind: 'government',
    description: 'The ministry in charge of the armed forces',
  },
  verdict: 'misleading',
  confidence: 'moderate',
  rationale: 'Partly accurate.\nThe figure is an upper bound.',
  tags: ['Kursk', 'North Korea'],
  stories: [],
  place: 'Kursk',
  quantity: { qualifier: 'between', value: null, min: 0.3, max: 12000, unit: 'troops' },
  firstAppeared: { date: '2024-11-04', url: 'https://social.example/post/1', note: '' },
  counts: { supports: 1, contradicts: 1, context: 0 },
  citations: [
    {
      stance: 'supports',
      quote: 'Seen at the border.',
      locator: 'p. 2',
      source: {
        id: 7,
        title: '+Report',
        publisher: 'Wire',
        kind: 'news_report',
        url: 'https://news.example/report',
        archiveUrl: null,
        publishedAt: '2024-11-05',
      },
    },
    {
      stance: 'contradicts',
      quote: '',
      locator: '',
      source: {
        id: 8,
        title: '@Briefing',
        publisher: null,
        kind: 'other',
        url: null,
        archiveUrl: null,
        publishedAt: null,
      },
    },
  ],
  verdictHistory: [
    {
      verdict: 'unverified',
      confidence: 'low',
      rationale: '',
      overrideReason: null,
      at: '2024-11-05T09:30:00.000Z',
    },
    {
      verdict: 'misleading',
      confidence: 'moderate',
      rationale: 'Partly accurate.',
      overrideReason: null,
      at: '2024-11-06T10:00:00.000Z',
    },
  ],
  createdAt: '2024-11-05T09:30:00.000Z',
  updatedAt: '2024-11-06T10:00:00.000Z',
  publishedAt: '2024-11-05T12:00:00.000Z',
  relations: [{ kind: 'updates', side: 'to', claimId: 7 }],
};

describe("a claim's stored export text", () => {
  it('is exactly what the CSV and JSON exports write for the claim', () => {
    const texts = { csv: renderClaimText(claim, 'csv'), json: renderClaimText(claim, 'json') };
    expect(texts.csv).toBe(csvRecords([claim]));
    expect(texts.json).toBe(jsonArrayItems([claim]));
    expect(`[\n${texts.json}\n]\n`).toBe(`${JSON.stringify([claim], null, 2)}\n`);
  });

  // Text stored under an older version is never served. When the export's code changes what a
  // claim's text is, this fails: bump EXPORT_TEXT_VERSION (lib/export/export-texts.ts), then
  // put the new fingerprint here — both in the same commit.
  it('has not changed shape without a new EXPORT_TEXT_VERSION', () => {
    const texts = { csv: renderClaimText(claim, 'csv'), json: renderClaimText(claim, 'json') };
    const fingerprint = createHash('sha256').update(texts.csv).update(texts.json).digest('hex');
    expect({ version: EXPORT_TEXT_VERSION, fingerprint }).toEqual({
      version: 4,
      fingerprint: 'c88c9c4355879a699354cc06fc940303882c4b568b9ad5fa76d7d37c7c725d52',
    });
  });
});
