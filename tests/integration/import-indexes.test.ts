import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { openContentVersionProbe } from '@/lib/db/content-version';
import { exportStream } from '@/lib/export/export-stream';
import { planImport } from '@/lib/import/plan-import';
import { readsStillHold, recordingReader, type RecordedRead } from '@/lib/import/plan-reads';
import { validateRows } from '@/lib/import/validate-rows';
import { parseImportFile } from '@/lib/import/parse-import-file';
import { claimSearch } from '@/lib/search/claim-search';
import { siteOrigin } from '@/lib/site';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { admin, editor } from '../support/editing';
import { createSource, testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';
import { commitFile, uniqueWord } from '../support/import-commits';

/**
 * What the database maintains for a claim besides its rows — the search index, the stored
 * export text, the content version the page cache checks — is there for imported claims the
 * moment the import commits. (The import writes its new claims with the per-row maintenance
 * paused and catches up in a few set-based statements: migration 20261203200000.)
 */

async function previewAndCommit(actor: Actor, rows: unknown[]) {
  const { committed } = await commitFile(actor, rows);
  if (!committed.ok) throw new Error(`commit refused: ${committed.message}`);
  return committed;
}

async function found(q: string): Promise<number[]> {
  const page = await claimSearch().findClaimIds(parseClaimListQuery({ q }), {
    offset: 0,
    limit: 50,
  });
  return [...page.ids].sort((a, b) => a - b);
}

async function exportedCsv(): Promise<string> {
  const stream = exportStream(parseClaimListQuery({}), 'csv', { includeDrafts: true });
  return new TextDecoder().decode(await new Response(stream).arrayBuffer());
}

describe('an import, right after it commits', () => {
  it('has its claims found by search: statement, title, claimant, context and quotes', async () => {
    const words = {
      statement: uniqueWord(),
      title: uniqueWord(),
      claimant: uniqueWord(),
      context: uniqueWord(),
    };
    const quotes = [uniqueWord(), uniqueWord()];
    const base = exportedClaim();
    const source = (n: number) => ({
      ...base.citations[0]!.source,
      id: 951_000 + n,
      title: unique('Indexed source'),
      url: `https://example.org/${uniqueWord()}`,
    });
    const rows = [
      exportedClaim({
        id: 950_001,
        statement: `The ${words.statement} figure was reported.`,
        title: `A ${words.title} title`,
        claimant: { name: `Agency ${words.claimant}`, kind: 'agency', description: '' },
        context: `Said in ${words.context}.`,
        citations: [
          { ...base.citations[0]!, quote: `First ${quotes[0]} quote.`, source: source(1) },
          { ...base.citations[0]!, quote: `Second ${quotes[1]} quote.`, source: source(2) },
        ],
        counts: { supports: 2, contradicts: 0, context: 0 },
      }),
      exportedClaim({ id: 950_002, statement: `Another ${words.statement} claim.` }),
      exportedClaim({
        id: 950_003,
        status: 'draft',
        publishedAt: null,
        statement: `A draft ${words.statement} claim.`,
      }),
    ];
    await previewAndCommit(await admin(), rows);

    // The readers' search shows published claims only: the draft is indexed but not listed.
    expect(await found(words.statement)).toEqual([950_001, 950_002]);
    for (const q of [words.title, words.claimant, words.context, ...quotes]) {
      expect(await found(q)).toEqual([950_001]);
    }
    const editorsSearch = await claimSearch().countClaims(
      parseClaimListQuery({ q: words.statement }),
      { includeDrafts: true },
    );
    expect(editorsSearch).toBe(3);
  });

  it('has no stored export text for its claims, so the next export renders them fresh', async () => {
    const statement = uniqueWord();
    // A row left for an id the file brings (an earlier claim of that id, text stored): reset.
    await testDb.claimExportText.create({
      data: { claimId: 960_002, stamp: 7, key: 'old', csv: 'STALE\r\n', json: '"STALE"' },
    });
    const before = await exportedCsv();
    await previewAndCommit(await editor(), [
      exportedClaim({ id: 960_001, statement: `First ${statement} claim.` }),
      exportedClaim({ id: 960_002, statement: `Second ${statement} claim.` }),
    ]);

    const rows = await testDb.claimExportText.findMany({
      where: { claimId: { in: [960_001, 960_002] } },
      orderBy: { claimId: 'asc' },
    });
    expect(rows.map(({ claimId, key, csv, json }) => ({ claimId, key, csv, json }))).toEqual([
      { claimId: 960_001, key: null, csv: null, json: null },
      { claimId: 960_002, key: null, csv: null, json: null },
    ]);
    expect(rows[1]!.stamp).toBeGreaterThan(7);

    const after = await exportedCsv();
    expect(after).not.toBe(before);
    expect(after).toContain(`First ${statement} claim.`);
    expect(after).toContain(`Second ${statement} claim.`);
    expect(after).not.toContain('STALE');
    // The oracle: the same export with every stored text cleared.
    await testDb.claimExportText.updateMany({ data: { key: null, csv: null, json: null } });
    expect(await exportedCsv()).toBe(after);
  });

  it('has moved the content version, so no cached page outlives it', async () => {
    const probe = openContentVersionProbe(process.env.DATABASE_URL!);
    try {
      const before = await probe.read();
      await previewAndCommit(await editor(), [
        exportedClaim({ id: 970_001, statement: uniqueWord() }),
      ]);
      expect(await probe.read()).not.toBe(before);
    } finally {
      await probe.close();
    }
  });
});

describe('the plan made before the write transaction', () => {
  it('is used only while every read it made returns the same rows', async () => {
    const actor = await editor();
    const statement = `Planned ${uniqueWord()} claim.`;
    const url = `https://example.org/${uniqueWord()}`;
    const base = exportedClaim();
    const row = exportedClaim({
      id: 980_001,
      url: 'https://other.example/c/1',
      statement,
      citations: [{ ...base.citations[0]!, source: { ...base.citations[0]!.source, url } }],
    });
    const parsed = parseImportFile(jsonFile([row]), 'claims.json');
    if (!parsed.ok) throw new Error('unreadable test file');
    const validations = await validateRows(parsed.rows, { siteOrigin });
    const reads: RecordedRead[] = [];
    const plan = await planImport(recordingReader(testDb, reads), validations, actor, 'hash');
    expect(plan.rows.map((r) => r.kind === 'new' && r.keepsId)).toEqual([true]);
    expect(reads.length).toBeGreaterThan(0);
    expect(await readsStillHold(testDb, reads)).toBe(true);

    // Another editor adds the file's source meanwhile: the reads differ, the commit plans again.
    await createSource({ url });
    expect(await readsStillHold(testDb, reads)).toBe(false);
  });
});
