import '../support/auth-env';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { GET as figuresCsvRoute } from '@/app/claims/figures.csv/route';
import { restoreNeutralisedFormula } from '@/lib/export/claim-record';
import { findFiguresForClaimIds, findFiguresForList } from '@/lib/figures/find-figures';
import { figureRows } from '@/lib/figures/figure-rows';
import { addUnitSynonym, createUnit } from '@/lib/figures/unit-editing';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { verdictInfo } from '@/lib/domain/verdicts';
import { editor } from '../support/editing';
import { createClaim, createClaimant, testDb, unique, uniqueWord } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

interface Figure {
  claimantId: number;
  unit: string;
  date: string;
  qualifier?: string;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  status?: 'draft' | 'published';
  deleted?: boolean;
  title?: string;
}

/** A claim with a structured quantity, written as the claim form stores one. */
async function figureClaim(f: Figure) {
  const claim = await createClaim({
    claimantId: f.claimantId,
    status: f.status,
    deleted: f.deleted,
    title: f.title ?? unique('Troops claim'),
    verdict: 'likely',
    confidence: 'moderate',
  });
  return testDb.claim.update({
    where: { id: claim.id },
    data: {
      firstAppearedAt: new Date(`${f.date}T00:00:00Z`),
      quantityQualifier: f.qualifier ?? 'exactly',
      quantityValue: f.value ?? null,
      quantityMin: f.min ?? null,
      quantityMax: f.max ?? null,
      quantityUnit: f.unit,
    },
  });
}

describe('figures series', () => {
  it('groups figures into one series per canonical unit, through the unit list’s synonyms', async () => {
    const actor = await editor();
    const claimant = await createClaimant();
    // Ending in a plain consonant, so "<word>s" folds back to the word whatever the random part.
    const troops = `${uniqueWord('troopword')}t`;
    const soldiers = `${uniqueWord('soldierword')}t`;
    const shells = uniqueWord('shellword');
    const { unitId } = value(await createUnit(actor, { name: `${troops}s` }));
    value(await addUnitSynonym(actor, { unitId, name: soldiers }));

    const a = await figureClaim({
      claimantId: claimant.id,
      unit: troops,
      date: '2024-11-05',
      qualifier: 'up_to',
      max: 12_000,
    });
    const b = await figureClaim({
      claimantId: claimant.id,
      unit: `${soldiers.toUpperCase()}s`,
      date: '2024-10-18',
      qualifier: 'about',
      value: 3000,
    });
    const c = await figureClaim({
      claimantId: claimant.id,
      unit: shells,
      date: '2024-11-01',
      value: 5,
    });
    // No figure: a quantity without any number is not charted.
    await figureClaim({ claimantId: claimant.id, unit: troops, date: '2024-11-09', value: null });

    const { series } = await findFiguresForList(
      parseClaimListQuery({ claimant: String(claimant.id) }),
    );
    expect(series.map((s) => [s.unitName, s.points.map((p) => p.claimId)])).toEqual([
      [`${troops}s`, [b.id, a.id]], // oldest first
      [shells, [c.id]],
    ]);
    expect(series[0]!.points[1]).toMatchObject({
      claimId: a.id,
      qualifier: 'up_to',
      max: 12_000,
      unit: troops,
      date: '2024-11-05',
      claimant: { id: claimant.id, name: claimant.name },
      verdict: 'likely',
      confidence: 'moderate',
    });

    // A story's set of ids gives the same series.
    const byIds = await findFiguresForClaimIds([a.id, b.id, c.id]);
    expect(byIds.series.map((s) => s.points.map((p) => p.claimId))).toEqual([[b.id, a.id], [c.id]]);
  });

  it('never shows readers a draft or a deleted claim’s figure', async () => {
    const claimant = await createClaimant();
    const unit = uniqueWord('unit');
    const shown = await figureClaim({
      claimantId: claimant.id,
      unit,
      date: '2024-11-01',
      value: 1,
    });
    const draft = await figureClaim({
      claimantId: claimant.id,
      unit,
      date: '2024-11-02',
      value: 2,
      status: 'draft',
    });
    const deleted = await figureClaim({
      claimantId: claimant.id,
      unit,
      date: '2024-11-03',
      value: 3,
      deleted: true,
    });

    const fromList = await findFiguresForList(
      parseClaimListQuery({ claimant: String(claimant.id) }),
    );
    // More ids than one statement may bind (a long story): read in pages, none refused.
    const absent = Array.from({ length: 1200 }, (_, i) => 900_000_000 + i);
    const fromIds = await findFiguresForClaimIds([...absent, shown.id, draft.id, deleted.id]);
    for (const set of [fromList, fromIds]) {
      expect(set.series.flatMap((s) => s.points.map((p) => p.claimId))).toEqual([shown.id]);
    }
    const csv = await (
      await figuresCsvRoute(
        new Request(`http://localhost/claims/figures.csv?claimant=${claimant.id}`),
      )
    ).text();
    expect(csv).not.toContain(`/claims/${draft.id}`);
    expect(csv).not.toContain(`/claims/${deleted.id}`);
  });

  it('downloads as CSV exactly the rows of the tables, formula cells escaped', async () => {
    const claimant = await createClaimant(`=HYPERLINK("x") ${unique('Claimant')}`);
    const unitA = uniqueWord('alpha');
    const unitB = uniqueWord('beta');
    await figureClaim({ claimantId: claimant.id, unit: unitA, date: '2024-11-05', value: 10 });
    await figureClaim({
      claimantId: claimant.id,
      unit: unitA,
      date: '2024-10-05',
      qualifier: 'between',
      min: 1,
      max: 4,
    });
    await figureClaim({ claimantId: claimant.id, unit: unitB, date: '2024-12-05', value: -3 });

    const query = parseClaimListQuery({ claimant: String(claimant.id) });
    const { series } = await findFiguresForList(query);
    const tableRows = series.flatMap(figureRows);

    const response = await figuresCsvRoute(
      new Request(`http://localhost/claims/figures.csv?claimant=${claimant.id}&page=7&bad=1`),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
    const [header, ...records] = parse(await response.text(), { bom: true }) as string[][];
    expect(header).toContain('claim_id');
    const col = (name: string) => header!.indexOf(name);
    // Read back as the import reads the export (the formula escape undone): the tables' rows.
    const cell = (r: string[], name: string) => restoreNeutralisedFormula(r[col(name)]!);
    expect(
      records.map((r) => [
        cell(r, 'unit'),
        cell(r, 'claim_id'),
        cell(r, 'claim'),
        cell(r, 'figure'),
      ]),
    ).toEqual(tableRows.map((r) => [r.unit, String(r.claimId), r.claim, r.figure]));
    expect(records[2]![col('figure')]).toMatch(/^'-3 /);
    expect(records).toHaveLength(3);
    expect(records[0]![col('claimant')]).toBe(`'${claimant.name}`);
    expect(records[2]![col('value')]).toBe('-3');
  });

  it('answers a hostile list query with an empty CSV, never an error', async () => {
    const response = await figuresCsvRoute(
      new Request(
        `http://localhost/claims/figures.csv?q=${encodeURIComponent('"); DROP TABLE Claim; --')}&claimant=abc&verdict=nope`,
      ),
    );
    expect(response.status).toBe(200);
    const [header, ...records] = parse(await response.text(), { bom: true }) as string[][];
    expect(header![0]).toBe('unit');
    expect(records).toEqual([]);
  });

  it('charts the whole list, past its first 2,000 claims, 500 per unit with the true total', async () => {
    const claimant = await createClaimant();
    const word = `${uniqueWord('rifleword')}x`; // x: no plural rule reads its end
    // 501 figures in one unit spelt two ways, the oldest in the list (updatedAt) …
    const base = Date.parse('2020-01-01T00:00:00Z');
    const figures = Array.from({ length: 501 }, (_, i) => ({
      statement: unique('A figure'),
      claimantId: claimant.id,
      verdict: 'likely',
      verdictRank: verdictInfo('likely').rank,
      confidence: 'moderate',
      rationale: 'Rated likely.',
      status: 'published',
      publishedAt: new Date(base),
      updatedAt: new Date(base + i * 60_000),
      firstAppearedAt: new Date(base + i * 86_400_000),
      quantityQualifier: 'exactly',
      quantityValue: i,
      quantityUnit: i % 2 === 0 ? word : `${word.toUpperCase()}s`,
    }));
    // … behind 2,000 newer claims of the list without one (the old reader looked no further).
    const fillers = Array.from({ length: 2_000 }, () => ({
      statement: unique('No figure'),
      claimantId: claimant.id,
      verdict: 'likely',
      verdictRank: verdictInfo('likely').rank,
      confidence: 'moderate',
      rationale: 'Rated likely.',
      status: 'published',
      publishedAt: new Date(),
    }));
    const rows = [...figures, ...fillers];
    for (let i = 0; i < rows.length; i += 200) {
      await testDb.claim.createMany({ data: rows.slice(i, i + 200) });
    }

    const set = await findFiguresForList(parseClaimListQuery({ claimant: String(claimant.id) }));
    expect(set.scanCapped).toBe(false);
    expect(set.series).toHaveLength(1);
    const [series] = set.series;
    expect(series!.total).toBe(501);
    expect(series!.points).toHaveLength(500);
    // The list's first 500 (newest updatedAt first): the oldest figure, value 0, is the one left.
    expect(series!.points.map((p) => p.value)).toEqual(
      Array.from({ length: 500 }, (_, i) => i + 1),
    );
  });

  it('charts a search’s figures, whatever the sort', async () => {
    const claimant = await createClaimant();
    const word = uniqueWord('searchword');
    const unit = uniqueWord('unit');
    const older = await figureClaim({
      claimantId: claimant.id,
      unit,
      date: '2024-01-02',
      value: 7,
      title: `${word} older`,
    });
    const newer = await figureClaim({
      claimantId: claimant.id,
      unit,
      date: '2024-01-01',
      qualifier: 'at_least',
      min: 9,
      title: `${word} newer`,
    });
    for (const sort of ['relevance', 'updated', 'created', 'verdict']) {
      const { series } = await findFiguresForList(parseClaimListQuery({ q: word, sort }));
      expect(series.map((s) => s.points.map((p) => p.claimId))).toEqual([[newer.id, older.id]]);
      expect(series[0]!.total).toBe(2);
    }
  });
});
