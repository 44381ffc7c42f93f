import { beforeAll, describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { store } from '@/lib/db/store';
import { renderExportPage } from '@/lib/export/export-page';
import { exportStream } from '@/lib/export/export-stream';
import { EXPORT_TEXT_VERSION, exportTextKey } from '@/lib/export/export-texts';
import { siteOrigin } from '@/lib/site';
import { updateSource } from '@/lib/sources/update-source';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { editor } from '../support/editing';
import { createClaim, createClaimant, createSource, testDb, unique } from '../support/factories';

/**
 * Exports stream each claim's stored text (ClaimExportText) and render only the claims whose
 * text is missing. What a user must never see is stale text: after any change to what a claim's
 * record holds — through the app or any other writer — the next export equals a fresh render of
 * every claim. The oracle is the export with every stored text cleared.
 */
const ALL = parseClaimListQuery({});
type Format = 'csv' | 'json';

let claimant: { id: number };
let shared: { id: number; publisherId: number | null };
let rich: { id: number };
let plain: { id: number };

async function streamed(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = await new Response(stream).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Claims an editor's export shows: every claim not deleted. */
const visible = () => testDb.claim.count({ where: { deletedAt: null } });

const storedCount = (format: Format) =>
  testDb.claimExportText.count({ where: { key: exportTextKey(), [format]: { not: null } } });

/** Waits until every visible claim's text is stored (stores run after a page is sent). */
async function allStored(format: Format): Promise<void> {
  const expected = await visible();
  await expect.poll(() => storedCount(format)).toBe(expected);
}

async function exported(format: Format, threads = false): Promise<string> {
  return streamed(exportStream(ALL, format, { includeDrafts: true, threads }));
}

/** An export after which every text is stored. */
async function exportAndSettle(format: Format): Promise<string> {
  const text = await exported(format);
  await allStored(format);
  return text;
}

/** Clears every stored text (not the stamps), as if none had ever been stored. */
async function clearTexts(): Promise<void> {
  await testDb.claimExportText.updateMany({ data: { key: null, csv: null, json: null } });
}

async function freshRender(format: Format): Promise<string> {
  await clearTexts();
  return exportAndSettle(format);
}

beforeAll(async () => {
  claimant = await createClaimant();
  shared = await createSource({ url: `https://example.org/${unique('s').replaceAll(' ', '-')}` });
  const other = await createSource();
  rich = await createClaim({
    claimantId: claimant.id,
    verdict: 'likely',
    confidence: 'moderate',
    title: '=cmd|" /c calc"!A1',
    tags: ['Kursk', 'Київ'],
    citations: [
      { sourceId: shared.id, stance: 'supports', quote: 'Seen, "quoted", at the border.' },
      { sourceId: other.id, stance: 'contradicts' },
    ],
  });
  plain = await createClaim({ citations: [{ sourceId: shared.id, stance: 'context' }] });
  await createClaim({ status: 'draft', claimantId: claimant.id, tags: ['Kursk'] });
  await createClaim({ deleted: true, citations: [{ sourceId: shared.id, stance: 'supports' }] });
  for (let i = 0; i < 5; i++) await createClaim({ verdict: 'false', confidence: 'high' });
});

describe('stored export text', () => {
  it('is stored by an export, and the next export streams it: the same bytes', async () => {
    await clearTexts();
    for (const format of ['csv', 'json'] as const) {
      const first = await exportAndSettle(format);
      expect(first).toContain('Kursk');
      expect(await exported(format)).toBe(first);
      expect(await exported(format, true)).toBe(first);
    }
  });

  it('is what the export writes for a claim while it is current', async () => {
    await exportAndSettle('csv');
    const marker = `${rich.id},MARKER\r\n`;
    await testDb.claimExportText.update({ where: { claimId: rich.id }, data: { csv: marker } });
    expect(await exported('csv')).toContain(marker);
    await clearTexts();
  });

  it('is not served under another site address or format version', async () => {
    await exportAndSettle('csv');
    await testDb.claimExportText.updateMany({
      data: { key: `0 https://elsewhere.example`, csv: 'STALE\r\n', json: '"STALE"' },
    });
    // The JSON export stores its text under the current key; the CSV text of the old key goes.
    const json = await exportAndSettle('json');
    expect(json).not.toContain('STALE');
    expect(await storedCount('csv')).toBe(0);
    const csv = await exported('csv');
    expect(csv).not.toContain('STALE');
    expect(csv).toBe(await freshRender('csv'));
    expect(json).toBe(await freshRender('json'));
  });

  it('stored by the previous format version (before context travelled) is rendered anew', async () => {
    const context = unique('Background the earlier text did not carry');
    await testDb.claim.update({ where: { id: rich.id }, data: { context } });
    await exportAndSettle('csv');
    await exportAndSettle('json');
    // As a database upgraded from the previous version holds it: this site, the older shape.
    await testDb.claimExportText.updateMany({
      data: { key: `${EXPORT_TEXT_VERSION - 1} ${siteOrigin}`, csv: 'OLD\r\n', json: '"OLD"' },
    });
    const texts = { csv: await exportAndSettle('csv'), json: await exportAndSettle('json') };
    expect(texts.json).toContain(JSON.stringify(context));
    expect(texts.csv).toContain(context);
    for (const format of ['csv', 'json'] as const) {
      expect(texts[format]).not.toContain('OLD');
      expect(texts[format]).toBe(await freshRender(format));
    }
  });

  it('of one format is kept when the other format is stored', async () => {
    await clearTexts();
    const csv = await exportAndSettle('csv');
    await exportAndSettle('json');
    expect(await storedCount('csv')).toBe(await visible());
    expect(await exported('csv')).toBe(csv);
  });

  type Change = () => Promise<{ shows?: string; hides?: string }>;
  const CHANGES: [string, Change][] = [
    [
      'the claim is edited',
      async () => {
        const statement = unique('Edited statement');
        await testDb.claim.update({ where: { id: rich.id }, data: { statement } });
        return { shows: statement };
      },
    ],
    [
      'the claim’s background text (context) is edited',
      async () => {
        const context = unique('Background said at a briefing');
        await testDb.claim.update({ where: { id: rich.id }, data: { context } });
        return { shows: context };
      },
    ],
    [
      'the claimant’s description is changed',
      async () => {
        const description = unique('Press office of the ministry');
        await testDb.claimant.update({ where: { id: claimant.id }, data: { description } });
        return { shows: description };
      },
    ],
    [
      'an editor changes the verdict (direct connection)',
      async () => {
        const { version } = await testDb.claim.findUniqueOrThrow({ where: { id: plain.id } });
        const rationale = unique('Two independent sources now confirm it');
        const result = await changeVerdict(await editor(), {
          id: plain.id,
          version,
          verdict: 'likely',
          confidence: 'moderate',
          rationale,
        });
        expect(result.ok).toBe(true);
        return { shows: rationale };
      },
    ],
    [
      'an editor renames a source two claims cite',
      async () => {
        const { updatedAt } = await testDb.source.findUniqueOrThrow({ where: { id: shared.id } });
        const title = unique('Renamed shared source');
        const result = await updateSource(await editor(), {
          id: shared.id,
          updatedAt: updatedAt.toISOString(),
          title,
        });
        expect(result.ok).toBe(true);
        return { shows: title };
      },
    ],
    [
      'the publisher of a cited source is renamed',
      async () => {
        const name = unique('Renamed wire');
        await testDb.publisher.update({ where: { id: shared.publisherId! }, data: { name } });
        return { shows: name };
      },
    ],
    [
      'the claimant is renamed',
      async () => {
        const name = unique('Renamed ministry');
        await testDb.claimant.update({ where: { id: claimant.id }, data: { name } });
        return { shows: name };
      },
    ],
    [
      'a tag is renamed',
      async () => {
        await testDb.tag.update({ where: { name: 'Kursk' }, data: { name: 'Kursk oblast' } });
        return { shows: 'Kursk oblast' };
      },
    ],
    [
      'a tag is taken off a claim',
      async () => {
        const tag = await testDb.tag.findUniqueOrThrow({ where: { name: 'Київ' } });
        await testDb.claimTag.delete({
          where: { claimId_tagId: { claimId: rich.id, tagId: tag.id } },
        });
        return { hides: 'Київ' };
      },
    ],
    [
      'a citation is added',
      async () => {
        const source = await createSource({ title: unique('Newly cited report') });
        await testDb.citation.create({
          data: { claimId: plain.id, sourceId: source.id, stance: 'supports', quote: '' },
        });
        return { shows: source.title };
      },
    ],
    [
      'a citation is removed',
      async () => {
        const quote = 'Seen, "quoted", at the border.';
        await testDb.citation.updateMany({
          where: { claimId: rich.id, quote },
          data: { deletedAt: new Date() },
        });
        return { hides: 'at the border' };
      },
    ],
    [
      'a cited source is removed',
      async () => {
        const source = await testDb.source.findUniqueOrThrow({ where: { id: shared.id } });
        await testDb.source.update({ where: { id: shared.id }, data: { deletedAt: new Date() } });
        return { hides: source.title };
      },
    ],
    [
      'a claim is added',
      async () => {
        const statement = unique('A newly tracked statement');
        await createClaim({ statement });
        return { shows: statement };
      },
    ],
  ];

  it.each(CHANGES)('after %s, the next export equals a fresh render', async (_, change) => {
    await exportAndSettle('csv');
    await exportAndSettle('json');
    const { shows, hides } = await change();
    // Both exports before the oracle, which clears (and re-stores) every text.
    const texts = { csv: await exportAndSettle('csv'), json: await exportAndSettle('json') };
    // The JSON carries every field (publishers and claimants' descriptions are JSON-only); the
    // CSV is held to the oracle.
    if (shows) expect(texts.json).toContain(JSON.stringify(shows));
    for (const format of ['csv', 'json'] as const) {
      if (hides) expect(texts[format]).not.toContain(hides);
      expect(texts[format]).toBe(await freshRender(format));
    }
  });

  it('is not stored when the claim changed after it was read', async () => {
    await clearTexts();
    const { rendered } = await renderExportPage({
      databaseUrl: process.env.DATABASE_URL!,
      format: 'csv',
      ids: [rich.id],
      includeDrafts: true,
    });
    expect(rendered.map((r) => r.claimId)).toEqual([rich.id]);
    const name = unique('Renamed while exporting');
    await testDb.claimant.update({ where: { id: claimant.id }, data: { name } });

    expect(await store.exportText.storeRenderedTexts('csv', rendered, exportTextKey())).toBe(0);
    const row = await testDb.claimExportText.findUniqueOrThrow({ where: { claimId: rich.id } });
    expect(row.csv).toBeNull();
    expect(await exportAndSettle('csv')).toContain(name);
  });

  it('is stored by the worker threads too', async () => {
    await clearTexts();
    const threaded = await exported('json', true);
    await allStored('json');
    expect(threaded).toBe(await exported('json'));
  });
});
