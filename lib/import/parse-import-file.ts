import { decodeImportFile } from './decode-import-file';
import type { ImportFormat, ParsedFile, RawRow } from './import-row';
import { rowLabel } from './import-row';
import { parseImportCsv } from './parse-csv';
import { parseImportJson } from './parse-json';

const DUPLICATES_LISTED = 5;

/**
 * CSV or JSON, by content first: a JSON export starts with `[` (an object `{` is JSON too, and
 * gets the "must be a list" answer), a CSV export with its header row. The file name only
 * decides for text that is neither, so a broken `.json` file gets a JSON error, not a list of
 * missing CSV columns.
 */
export function detectFormat(text: string, fileName: string | null): ImportFormat {
  const first = text.trimStart()[0];
  if (first === '[' || first === '{') return 'json';
  return /\.json$/i.test(fileName ?? '') ? 'json' : 'csv';
}

/** Bytes to rows, with every whole-file refusal: encoding, size, format, duplicate ids. */
export function parseImportFile(bytes: Uint8Array, fileName: string | null): ParsedFile {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) return { ok: false, format: null, message: decoded.message };
  const format = detectFormat(decoded.text, fileName);
  const parsed = format === 'json' ? parseImportJson(decoded.text) : parseImportCsv(decoded.text);
  if (!parsed.ok) return parsed;
  const duplicates = duplicateIds(parsed.rows);
  if (duplicates.length > 0) {
    const listed = duplicates.slice(0, DUPLICATES_LISTED);
    const more = duplicates.length - listed.length;
    return {
      ok: false,
      format,
      message: `The file has the same id on more than one claim (${duplicates.length === 1 ? 'one id' : `${duplicates.length} ids`}). Each claim may appear once: remove or merge the repeated rows.`,
      details: [
        ...listed.map(({ id, rows }) => `id ${id}: ${rows.map(rowLabel).join(', ')}`),
        ...(more > 0 ? [`… and ${more} more.`] : []),
      ],
    };
  }
  return parsed;
}

function duplicateIds(rows: RawRow[]): { id: string; rows: RawRow[] }[] {
  const byId = new Map<string, RawRow[]>();
  for (const row of rows) {
    const raw = row.values.id;
    const id = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    // Blank ids are new claims; malformed ones are reported on their row.
    if (!/^\d+$/.test(id)) continue;
    const key = String(Number(id));
    const same = byId.get(key);
    if (same) same.push(row);
    else byId.set(key, [row]);
  }
  return [...byId.entries()].filter(([, r]) => r.length > 1).map(([id, r]) => ({ id, rows: r }));
}
