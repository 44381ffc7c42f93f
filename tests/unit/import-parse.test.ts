import { describe, expect, it } from 'vitest';
import { decodeImportFile } from '@/lib/import/decode-import-file';
import { IMPORT_MAX_BYTES } from '@/lib/import/import-limits';
import type { ParsedFile } from '@/lib/import/import-row';
import { detectFormat, parseImportFile } from '@/lib/import/parse-import-file';
import { csvText, encode, exportedClaim, jsonFile } from '../support/import-files';

function refused(parsed: ParsedFile) {
  if (parsed.ok) throw new Error('expected a whole-file refusal');
  return parsed;
}

function rows(parsed: ParsedFile) {
  if (!parsed.ok) throw new Error(`refused: ${parsed.message}`);
  return parsed.rows;
}

describe('decoding an uploaded file', () => {
  it('drops a UTF-8 byte order mark and keeps non-Latin text intact', () => {
    const result = decodeImportFile(encode('\uFEFFid,Київ'));
    expect(result).toEqual({ ok: true, text: 'id,Київ' });
  });

  it('refuses text that is not UTF-8, naming the byte and the line', () => {
    // "Kyiv café" saved as Windows-1252: é is the single byte 0xE9.
    const bytes = new Uint8Array([...encode('id,title\n1,caf'), 0xe9, 0x0a]);
    const result = decodeImportFile(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/not valid UTF-8 text: byte 15 \(line 2\)/);
  });

  it('refuses UTF-16, with how to save the file as UTF-8', () => {
    const result = decodeImportFile(new Uint8Array([0xff, 0xfe, 0x69, 0x00]));
    expect(!result.ok && result.message).toMatch(/UTF-16.*UTF-8/);
  });

  it('refuses an empty file and a file over 50 MB', () => {
    expect(decodeImportFile(new Uint8Array())).toMatchObject({ ok: false, message: /empty/ });
    expect(decodeImportFile(encode(' \n\t'))).toMatchObject({ ok: false, message: /empty/ });
    const large = new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61);
    expect(decodeImportFile(large)).toMatchObject({ ok: false, message: /larger than 50 MB/ });
  });
});

describe('telling CSV from JSON', () => {
  it('goes by the content first, and by the name only for text that is neither', () => {
    expect(detectFormat('  [\n{"id":1}]', 'claims.csv')).toBe('json');
    expect(detectFormat('{"id":1}', null)).toBe('json');
    expect(detectFormat('id,url\n', 'claims.json')).toBe('json');
    expect(detectFormat('id,url\n', 'claims.txt')).toBe('csv');
    expect(detectFormat('id,url\n', null)).toBe('csv');
  });
});

describe('reading a CSV export', () => {
  it('reads quoted cells with line breaks and the parallel citation lists', () => {
    const claim = exportedClaim({
      rationale: 'First line,\nsecond "quoted" line.',
      citations: [
        { ...exportedClaim().citations[0]!, stance: 'supports' },
        {
          ...exportedClaim().citations[0]!,
          stance: 'context',
          source: { ...exportedClaim().citations[0]!.source, title: 'No link', url: null },
        },
      ],
    });
    const [row] = rows(parseImportFile(encode(csvText([claim])), 'claims.csv'));
    expect(row!.values.rationale).toBe('First line,\nsecond "quoted" line.');
    expect(row!.line).toBe(2);
    expect(row!.citations.map((c) => [c.stance, c.source.title, c.source.url])).toEqual([
      ['supports', 'Briefing to lawmakers (test)', 'https://example.org/briefing-report'],
      ['context', 'No link', ''],
    ]);
  });

  it('takes off the apostrophe the export puts before a formula-like cell', () => {
    const claim = exportedClaim({ title: '=Troops', place: '-30 km from Kursk' });
    const text = csvText([claim]);
    expect(text).toContain("'=Troops");
    const [row] = rows(parseImportFile(encode(text), null));
    expect(row!.values.title).toBe('=Troops');
    expect(row!.values.place).toBe('-30 km from Kursk');
  });

  it('refuses the whole file for a formula cell without the apostrophe, naming row and column', () => {
    const text = csvText([exportedClaim(), exportedClaim({ id: 2 })]).replace(
      'Troops at Russian bases',
      '"=HYPERLINK(""http://evil.example"",""Click"")"',
    );
    const result = refused(parseImportFile(encode(text), 'claims.csv'));
    expect(result.message).toMatch(/a cell that a spreadsheet would run as a formula/);
    expect(result.details).toEqual([
      'Row 1 (line 2), column “title”: "=HYPERLINK(\\"http://evil.example\\",\\"Click\\"…"',
    ]);
  });

  it('reads a cell that is just a signed number as data, not as a formula', () => {
    const text = csvText([
      exportedClaim({
        quantity: { qualifier: 'between', value: null, min: -30, max: -10.5, unit: '°C' },
      }),
    ]).replace(",'-30,'-10.5,", ',-30,-10.5,');
    expect(text).toContain(',-30,-10.5,');
    const [row] = rows(parseImportFile(encode(text), null));
    expect([row!.values.quantity_min, row!.values.quantity_max]).toEqual(['-30', '-10.5']);
  });

  it('names missing, unknown and repeated columns', () => {
    const text = csvText([exportedClaim()])
      .replace('verdict_label,', 'verdict_lable,')
      .replace(',updated_at', ',created_at');
    const result = refused(parseImportFile(encode(text), null));
    expect(result.message).toMatch(/columns do not match Claimtrack’s CSV export/);
    expect(result.details).toEqual([
      'Missing columns: verdict_label, updated_at.',
      'Columns not in the export format: verdict_lable.',
      'Repeated columns: created_at.',
    ]);
  });

  it('says where the CSV is malformed', () => {
    const text = `${csvText([])}1,"unclosed\n`;
    expect(refused(parseImportFile(encode(text), null)).message).toMatch(
      /malformed \(line \d+\): a quoted cell is never closed/,
    );
    const short = `${csvText([])}1,2,3\n`;
    expect(refused(parseImportFile(encode(`${csvText([])}1,ab"c"\n`), null)).message).toMatch(
      /malformed \(line 2\): a double quote inside a cell must be written twice/,
    );
    expect(refused(parseImportFile(encode(short), null)).message).toMatch(
      /does not have as many cells as the header row/,
    );
  });

  it('refuses a header without claims', () => {
    expect(refused(parseImportFile(encode(csvText([])), null)).message).toBe(
      'The file has a header row but no claims.',
    );
  });
});

describe('reading a JSON export', () => {
  it('refuses text that is not JSON, JSON that is not a list, and an empty list', () => {
    expect(refused(parseImportFile(encode('[{"id": 1,}]'), null)).message).toMatch(
      /^The file is not valid JSON: /,
    );
    expect(refused(parseImportFile(encode('{"claims": []}'), null)).message).toMatch(
      /must be a list of claims .* this file holds an object/,
    );
    expect(refused(parseImportFile(encode('[]'), null)).message).toMatch(/empty list/);
  });

  it('reports keys the format does not have, and items that are not claims, on their row', () => {
    const parsed = rows(
      parseImportFile(jsonFile([{ ...exportedClaim(), contxt: 'x' }, 42]), 'claims.json'),
    );
    expect(parsed[0]!.problems).toEqual([
      { field: 'contxt', message: 'This key is not part of the export format.' },
    ]);
    expect(parsed[1]!.problems[0]!.message).toMatch(/must be a claim object; this one is a number/);
  });
});

describe('duplicate ids', () => {
  it('refuse the whole file, listing each id with its rows', () => {
    const text = csvText([
      exportedClaim({ id: 7 }),
      exportedClaim({ id: 8 }),
      exportedClaim({ id: 7 }),
    ]);
    const result = refused(parseImportFile(encode(text), null));
    expect(result.message).toMatch(/same id on more than one claim \(one id\)/);
    expect(result.details).toEqual(['id 7: row 1 (line 2), row 3 (line 4)']);
  });
});
