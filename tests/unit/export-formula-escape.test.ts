import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_TRIGGERS,
  neutraliseFormula,
  restoreNeutralisedFormula,
} from '@/lib/export/claim-record';
import { csvText, csvTextBeforeContext, encode, exportedClaim } from '../support/import-files';
import { parseImportFile } from '@/lib/import/parse-import-file';
import type { ParsedFile } from '@/lib/import/import-row';

/**
 * The CSV export's formula escape must be reversible (issue 11, item 9): export then import gives
 * every cell back exactly, apostrophes included, and no exported cell (nor any line of a
 * per-citation list cell) starts with a formula trigger.
 */
const CORPUS = [
  '=1+1',
  "'=1+1",
  "''=1+1",
  "'''=1+1",
  "'hello",
  "'",
  "''",
  '-5',
  "'-5",
  '@x',
  "'@x",
  '\tx',
  "'\tx",
  '\rx',
  "'\rx",
  '+x',
  '',
  'plain',
  "it's fine",
  'first line\n=1+1',
  "first line\n'=1+1",
  "'=a\n'=b\n=c",
  '=HYPERLINK("http://evil.example","Click")',
  '-@=+',
  "' =x",
];

const startsWithTrigger = (text: string) => FORMULA_TRIGGERS.some((t) => text.startsWith(t));

function rows(parsed: ParsedFile) {
  if (!parsed.ok) throw new Error(`refused: ${parsed.message} ${parsed.details?.join(' ')}`);
  return parsed.rows;
}

/** A file the export writes, and its cells as a spreadsheet sees them (csv-parse, no import). */
function exportOf(texts: readonly string[]) {
  const claims = texts.map((text, i) =>
    exportedClaim({
      id: i + 1,
      title: text,
      statement: text,
      rationale: text,
      context: text,
      place: text,
      firstAppeared: { date: null, url: null, note: text },
      claimant: { name: text, kind: 'agency', description: '' },
      citations: [0, 1, 2].map((n) => ({
        ...exportedClaim().citations[0]!,
        source: { ...exportedClaim().citations[0]!.source, id: n + 1, title: text, url: null },
      })),
    }),
  );
  const text = csvText(claims);
  const cells = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  return { text, cells };
}

describe('the formula escape of one cell', () => {
  it.each(CORPUS.map((c) => [JSON.stringify(c), c]))('gives %s back exactly', (_, cell) => {
    const written = neutraliseFormula(cell);
    expect(startsWithTrigger(written)).toBe(false);
    expect(restoreNeutralisedFormula(written)).toBe(cell);
  });

  it('adds one apostrophe before a trigger (after any apostrophes) and nothing elsewhere', () => {
    expect(neutraliseFormula('=x')).toBe("'=x");
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(neutraliseFormula("''=x")).toBe("'''=x");
    for (const kept of ["'hello", "'", "''", 'plain', '', "' =x", 'a\n=b']) {
      expect(neutraliseFormula(kept)).toBe(kept);
      expect(restoreNeutralisedFormula(kept)).toBe(kept);
    }
  });
});

describe('a CSV export, imported untouched', () => {
  const { text, cells } = exportOf(CORPUS);

  it('gives every cell back exactly, lines of the citation lists included', () => {
    const parsed = rows(parseImportFile(encode(text), 'claims.csv'));
    expect(parsed).toHaveLength(CORPUS.length);
    parsed.forEach((row, i) => {
      const cell = CORPUS[i]!;
      const values = row.values;
      expect([
        values.title,
        values.statement,
        values.rationale,
        values.context,
        values.place,
        values.first_appeared_note,
        values.claimant,
      ]).toEqual(Array(7).fill(cell));
      // A title with a line break is two lines of the list cell: one per citation is the rule.
      if (!cell.includes('\n'))
        expect(row.citations.map((c) => c.source.title)).toEqual([cell, cell, cell]);
    });
  });

  it('starts no cell, and no line of a per-citation list, with a trigger', () => {
    for (const row of cells) {
      for (const [column, cell] of Object.entries(row)) {
        expect(startsWithTrigger(cell), `${column}: ${JSON.stringify(cell)}`).toBe(false);
      }
      for (const column of ['cited_stances', 'cited_source_titles', 'cited_source_urls']) {
        for (const line of row[column]!.split('\n')) {
          expect(startsWithTrigger(line), `${column}: ${JSON.stringify(line)}`).toBe(false);
        }
      }
    }
  });

  it('leaves a trigger after a line break of prose as it is: only a cell’s start runs', () => {
    const row = cells[CORPUS.indexOf('first line\n=1+1')]!;
    expect(row.rationale).toBe('first line\n=1+1');
    expect(row.context).toBe('first line\n=1+1');
  });

  it('writes a cell that begins with an apostrophe with one more, so the import keeps it', () => {
    const row = cells[CORPUS.indexOf("'=1+1")]!;
    expect(row.statement).toBe("''=1+1");
    expect(cells[CORPUS.indexOf("'hello")]!.statement).toBe("'hello");
  });
});

describe('a CSV made or re-saved elsewhere', () => {
  const twoCitations = (titles: [string, string]) =>
    exportedClaim({
      citations: titles.map((title, n) => ({
        ...exportedClaim().citations[0]!,
        source: { ...exportedClaim().citations[0]!.source, id: n + 1, title, url: null },
      })),
    });

  it('is refused for a line of a citation list that starts with a trigger without the apostrophe', () => {
    const text = csvText([twoCitations(['Briefing', '=HYPERLINK("http://evil")'])]).replace(
      "'=HYPERLINK",
      '=HYPERLINK',
    );
    const parsed = parseImportFile(encode(text), 'claims.csv');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.details).toEqual([
      'Row 1 (line 2), column “cited_source_titles”, line 2 of the cell: "=HYPERLINK(\\"http://evil\\")"',
    ]);
  });

  it('is read when a citation list’s line breaks are CRLF, an empty URL line included', () => {
    const text = csvText([twoCitations(['First', 'Second'])])
      .replace('"supports\nsupports"', '"supports\r\nsupports"')
      .replace('"First\nSecond"', '"First\r\nSecond"')
      .replace(',"\n",', ',"\r\n",');
    expect(text).toContain('"First\r\nSecond","\r\n"');
    const [row] = rows(parseImportFile(encode(text), null));
    expect(row!.citations.map((c) => [c.stance, c.source.title, c.source.url])).toEqual([
      ['supports', 'First', ''],
      ['supports', 'Second', ''],
    ]);
  });
});

describe('a CSV exported before the context and published_at columns', () => {
  it('is read by the rule it was written with, leaving the added fields out', () => {
    const claim = exportedClaim({
      title: '=Troops',
      // The earlier export left a cell that began with an apostrophe as it was.
      statement: "''=kept as it was",
      citations: ['+First', '-Second'].map((title, n) => ({
        ...exportedClaim().citations[0]!,
        source: { ...exportedClaim().citations[0]!.source, id: n + 1, title, url: null },
      })),
    });
    const text = csvTextBeforeContext([claim]);
    expect(text).toContain(`,'=Troops,''=kept as it was,`);
    expect(text).toContain(`"'+First\n-Second"`);
    expect(text.split('\r\n')[0]).toMatch(/,cited_source_urls,created_at,updated_at$/);
    const [row] = rows(parseImportFile(encode(text), 'claims.csv'));
    expect(row!.values.title).toBe('=Troops');
    expect(row!.values.statement).toBe("''=kept as it was");
    expect(row!.citations.map((c) => c.source.title)).toEqual(['+First', '-Second']);
    expect(row!.values.context).toBeUndefined();
    expect(row!.values.published_at).toBeUndefined();
  });
});
