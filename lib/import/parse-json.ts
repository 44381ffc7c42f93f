import {
  ExportedCitationSchema,
  ExportedClaimSchema,
  ExportedRevisionSchema,
  ExportedSourceSchema,
} from '@/lib/export/claim-record';
import {
  ROW_FIELDS,
  fieldName,
  type ParsedFile,
  type RawCitation,
  type RawRevision,
  type RawRow,
  type RowError,
  type RowField,
} from './import-row';

/**
 * Reads a JSON export (lib/export/claim-record.ts): a top-level array of claim objects. Whole-file
 * refusals: not JSON, not an array, an empty array. Everything else is judged per claim, so one
 * bad claim is reported with its field and the others still get their preview. Keys the export
 * format does not have are refused, as the forms refuse unknown fields: a misspelt key would
 * otherwise be dropped silently.
 */
const CLAIM_KEYS = Object.keys(ExportedClaimSchema.shape);
const NESTED_KEYS = {
  claimant: Object.keys(ExportedClaimSchema.shape.claimant.shape),
  quantity: Object.keys(ExportedClaimSchema.shape.quantity.unwrap().shape),
  firstAppeared: Object.keys(ExportedClaimSchema.shape.firstAppeared.shape),
  counts: Object.keys(ExportedClaimSchema.shape.counts.shape),
};
const CITATION_KEYS = Object.keys(ExportedCitationSchema.shape);
const SOURCE_KEYS = Object.keys(ExportedSourceSchema.shape);
const REVISION_KEYS = Object.keys(ExportedRevisionSchema.shape);

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function parseImportJson(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'it could not be parsed';
    return { ok: false, format: 'json', message: `The file is not valid JSON: ${reason}.` };
  }
  if (!Array.isArray(data)) {
    return {
      ok: false,
      format: 'json',
      message: `The JSON must be a list of claims (an array, as the JSON export writes it); this file holds ${kindOf(data)}.`,
    };
  }
  if (data.length === 0) {
    return { ok: false, format: 'json', message: 'The file is an empty list: it has no claims.' };
  }
  return { ok: true, format: 'json', rows: data.map((item, i) => toRawRow(item, i + 1)) };
}

function unknownKeys(value: Obj, known: readonly string[], path: string, problems: RowError[]) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      problems.push({
        field: path ? `${path}.${key}` : key,
        message: 'This key is not part of the export format.',
      });
    }
  }
}

/** An optional nested object: missing or null gives {}, anything else but an object a problem. */
function nested(value: Obj, key: string, problems: RowError[]): Obj {
  const inner = value[key];
  if (inner === undefined || inner === null) return {};
  if (isObject(inner)) return inner;
  problems.push({ field: key, message: `Must be an object; it is ${kindOf(inner)}.` });
  return {};
}

/** An optional list: missing or null gives null, anything else but an array a problem. */
function list(value: Obj, key: string, problems: RowError[]): unknown[] | null {
  const inner = value[key];
  if (inner === undefined || inner === null) return null;
  if (Array.isArray(inner)) return inner;
  problems.push({ field: key, message: `Must be a list; it is ${kindOf(inner)}.` });
  return null;
}

function toRawRow(item: unknown, row: number): RawRow {
  const problems: RowError[] = [];
  const base = { row, line: null, format: 'json' as const };
  if (!isObject(item)) {
    problems.push({
      field: `claim ${row}`,
      message: `Each item of the list must be a claim object; this one is ${kindOf(item)}.`,
    });
    return { ...base, values: {}, citations: [], history: null, notImported: [], problems };
  }
  unknownKeys(item, CLAIM_KEYS, '', problems);
  const parts = {
    claimant: nested(item, 'claimant', problems),
    quantity: nested(item, 'quantity', problems),
    firstAppeared: nested(item, 'firstAppeared', problems),
    counts: nested(item, 'counts', problems),
  };
  for (const [key, part] of Object.entries(parts)) {
    unknownKeys(part, NESTED_KEYS[key as keyof typeof NESTED_KEYS], key, problems);
  }

  const values: Partial<Record<RowField, unknown>> = {};
  for (const field of ROW_FIELDS) {
    const [head, tail] = fieldName('json', field).split('.') as [string, string | undefined];
    values[field] = tail === undefined ? item[head] : parts[head as keyof typeof parts]?.[tail];
  }

  const citations: RawCitation[] = [];
  (list(item, 'citations', problems) ?? []).forEach((c, i) => {
    const path = `citations[${i}]`;
    if (!isObject(c)) {
      problems.push({ field: path, message: `Must be a citation object; it is ${kindOf(c)}.` });
      return;
    }
    unknownKeys(c, CITATION_KEYS, path, problems);
    const source = c.source;
    if (!isObject(source)) {
      problems.push({
        field: `${path}.source`,
        message: `Must be the cited source (an object); it is ${kindOf(source)}.`,
      });
      return;
    }
    unknownKeys(source, SOURCE_KEYS, `${path}.source`, problems);
    citations.push({ stance: c.stance, quote: c.quote, locator: c.locator, source });
  });

  let history: RawRevision[] | null = null;
  const revisions = list(item, 'verdictHistory', problems);
  if (revisions && revisions.length > 0) {
    history = [];
    revisions.forEach((r, i) => {
      const path = `verdictHistory[${i}]`;
      if (!isObject(r)) {
        problems.push({ field: path, message: `Must be a revision object; it is ${kindOf(r)}.` });
        return;
      }
      unknownKeys(r, REVISION_KEYS, path, problems);
      history!.push(r);
    });
  }
  return {
    ...base,
    values,
    citations,
    history,
    notImported: notImported(item, problems),
    problems,
  };
}

/** A record's stories and links to other claims: exported, never imported (import-row.ts). */
function notImported(item: Obj, problems: RowError[]): string[] {
  const stories = list(item, 'stories', problems)?.length ?? 0;
  const links = list(item, 'relations', problems)?.length ?? 0;
  return [
    ...(stories > 0 ? [`${stories} ${stories === 1 ? 'story' : 'stories'}`] : []),
    ...(links > 0 ? [`${links} ${links === 1 ? 'link' : 'links'} to other claims`] : []),
  ];
}
