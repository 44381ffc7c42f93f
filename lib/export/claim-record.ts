import { z } from 'zod';
import { CLAIM_RELATION_KINDS } from '@/lib/domain/claim-relations';
import { CLAIM_STATUSES, QUANTITY_QUALIFIER_CODES } from '@/lib/domain/claims';
import { CLAIMANT_KINDS, SOURCE_KIND_CODES, STANCE_CODES } from '@/lib/domain/evidence';
import { CONFIDENCE_CODES, VERDICT_CODES } from '@/lib/domain/verdicts';

/**
 * The export format: the one contract between the exporters (lib/export), the import
 * (lib/import) and the JSON API. Export → import into an empty database gives the same claims,
 * sources and verdict history (and then identical files), so every field here is either written
 * back by the import or derived from what is. Every field a reader or an editor sees on a claim
 * or a source travels in JSON. What does not, on purpose: internal ids other than the claim's
 * and the source's (claimants, publishers and tags are matched by name), the edit `version` and
 * soft-deleted rows, who made each change (accounts are per installation; the audit log keeps
 * it), citations' own timestamps (never shown), and a publisher's URL (never shown or edited).
 * There is deliberately no "exported at" inside a file (it would break that identity): the date
 * is in the download's file name.
 *
 * Dates: a calendar date is `YYYY-MM-DD`; an instant is ISO 8601 in UTC with milliseconds.
 */

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: false });

export const ExportedSourceSchema = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  publisher: z.string().nullable(),
  kind: z.enum(SOURCE_KIND_CODES),
  url: z.string().nullable(),
  archiveUrl: z.string().nullable(),
  publishedAt: isoDate.nullable(),
});

export const ExportedCitationSchema = z.object({
  stance: z.enum(STANCE_CODES),
  quote: z.string(),
  locator: z.string(),
  source: ExportedSourceSchema,
});

export const ExportedRevisionSchema = z.object({
  verdict: z.enum(VERDICT_CODES),
  confidence: z.enum(CONFIDENCE_CODES),
  rationale: z.string(),
  overrideReason: z.string().nullable(),
  at: isoInstant,
});

/**
 * A link to another claim the same export shows (lib/relations): `kind` read from this claim's
 * `side` — `to` of an *updates* link reads "updated by" the other claim. *same_as* and
 * *contradicts* read the same both ways (stored with the lower id as `from`).
 */
export const ExportedRelationSchema = z.object({
  kind: z.enum(CLAIM_RELATION_KINDS),
  side: z.enum(['from', 'to']),
  claimId: z.number().int().positive(),
});

export const ExportedClaimSchema = z.object({
  id: z.number().int().positive(),
  /** The public claim page, absolute (lib/site.ts). */
  url: z.string(),
  status: z.enum(CLAIM_STATUSES),
  title: z.string().nullable(),
  statement: z.string(),
  /** Background for readers ("About the claim"); empty when there is none. */
  context: z.string(),
  /** Who made the claim; the description is shown under the name (empty when there is none). */
  claimant: z.object({
    name: z.string(),
    kind: z.enum(CLAIMANT_KINDS),
    description: z.string(),
  }),
  verdict: z.enum(VERDICT_CODES),
  confidence: z.enum(CONFIDENCE_CODES),
  rationale: z.string(),
  /** Tag names, alphabetical. */
  tags: z.array(z.string()),
  /** The published stories the claim belongs to (issue 14), oldest story first. */
  stories: z
    .array(z.object({ slug: z.string(), title: z.string() }))
    .describe('Published stories the claim belongs to: /stories/{slug}.'),
  place: z.string().nullable(),
  quantity: z
    .object({
      qualifier: z.enum(QUANTITY_QUALIFIER_CODES),
      value: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      unit: z.string().nullable(),
    })
    .nullable(),
  firstAppeared: z.object({
    date: isoDate.nullable(),
    url: z.string().nullable(),
    note: z.string(),
  }),
  /** Live citations of live sources, by stance (what the reader pages count). */
  counts: z.object({
    supports: z.number().int().nonnegative(),
    contradicts: z.number().int().nonnegative(),
    context: z.number().int().nonnegative(),
  }),
  /** Ordered supports, contradicts, context; then by citation id. */
  citations: z.array(ExportedCitationSchema),
  /** Oldest first: replaying it rebuilds the verdict history. */
  verdictHistory: z.array(ExportedRevisionSchema),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /**
   * When the desk first published the claim (ClaimReview's datePublished); null if it never was.
   * Unpublishing keeps it, so a draft may have one.
   */
  publishedAt: isoInstant.nullable(),
  /**
   * Links to other claims of the same visibility (a published export lists published claims
   * only): kinds in their declared order, then by the other claim's id. Added in December 2026
   * (EXPORT_TEXT_VERSION 3); an older file has none. The import does not write links back yet.
   */
  relations: z.array(ExportedRelationSchema),
});

export type ExportedSource = z.infer<typeof ExportedSourceSchema>;
export type ExportedCitation = z.infer<typeof ExportedCitationSchema>;
export type ExportedRevision = z.infer<typeof ExportedRevisionSchema>;
export type ExportedRelation = z.infer<typeof ExportedRelationSchema>;
export type ExportedClaim = z.infer<typeof ExportedClaimSchema>;

/**
 * The JSON export is a top-level array of ExportedClaim, pretty-printed with two spaces, one
 * claim after another, ending with a newline.
 */
export const JSON_EXPORT_INDENT = 2;

/**
 * CSV columns, in order (header row = these names). Multi-valued cells:
 * - `tags`: tag names joined with ", " (tag names never contain a comma: the forms split on it);
 * - `cited_stances`, `cited_source_titles`, `cited_source_urls`: parallel lists, one line per
 *   citation (joined with "\n"), in the order of `citations`; an empty line where a source has
 *   no URL. Quotes, locators, publishers, the claimant's description and the verdict history are
 *   JSON-only.
 * `verdict` and `confidence` are codes (stable for machines); `verdict_label` is for people.
 * `quantity` is the readable form ("up to 12,000 troops"); the five `quantity_*` cells carry it.
 * Columns added later go at the end (CSV_COLUMNS_ADDED), so a program that reads an earlier
 * file's columns by position reads a newer file the same way.
 */
export const CSV_COLUMNS = [
  'id',
  'url',
  'status',
  'title',
  'statement',
  'claimant',
  'claimant_kind',
  'verdict',
  'verdict_label',
  'confidence',
  'rationale',
  'tags',
  'place',
  'quantity',
  'quantity_qualifier',
  'quantity_value',
  'quantity_min',
  'quantity_max',
  'quantity_unit',
  'first_appeared_date',
  'first_appeared_url',
  'first_appeared_note',
  'supporting_sources',
  'contradicting_sources',
  'context_sources',
  'cited_stances',
  'cited_source_titles',
  'cited_source_urls',
  'created_at',
  'updated_at',
  'published_at',
  'context',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The columns added in December 2026 (EXPORT_TEXT_VERSION 2). A file without them was written
 * before: the import still reads it, by the formula rule of its time (lib/import/parse-csv.ts).
 */
export const CSV_COLUMNS_ADDED = ['published_at', 'context'] as const satisfies CsvColumn[];

/**
 * The cells that hold one value per line (one line per citation): made to be split into cells.
 */
export const LINE_LIST_COLUMNS = [
  'cited_stances',
  'cited_source_titles',
  'cited_source_urls',
] as const satisfies CsvColumn[];

/**
 * Spreadsheet safety (OWASP "CSV injection"), reversibly. LibreOffice, Excel and Google Sheets
 * run a cell as a formula when its first character is one of these triggers (a tab or a CR
 * first can hide one that follows).
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

// The triggers as a character class, each as \uXXXX so tab, CR and '-' need no escaping rules.
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const TRIGGER = `[${FORMULA_TRIGGERS.map(unicodeEscape).join('')}]`;
const NEEDS_APOSTROPHE = new RegExp(`^'*${TRIGGER}`);
const HAS_APOSTROPHE = new RegExp(`^'+${TRIGGER}`);

/**
 * The escape, one cell (or one line of a list cell, below) at a time:
 * - export: a cell that is any run of apostrophes (none included) followed by a trigger gets ONE
 *   more leading apostrophe; every other cell is written as it is;
 * - import (restoreNeutralisedFormula): a cell that is one or more apostrophes followed by a
 *   trigger loses exactly one leading apostrophe; every other cell is kept as it is.
 * So `=x` → `'=x` → `=x`; `'=x` → `''=x` → `'=x`; `'hello`, `'` and `''` are written and read
 * as they are. Export then import gives back every cell exactly, and no exported cell starts
 * with a trigger. A cell that starts with a trigger without the apostrophe was not written by
 * the export: the import refuses the file (signed numbers excepted, lib/import/parse-csv.ts).
 */
export function neutraliseFormula(cell: string): string {
  return NEEDS_APOSTROPHE.test(cell) ? `'${cell}` : cell;
}

export function restoreNeutralisedFormula(cell: string): string {
  return HAS_APOSTROPHE.test(cell) ? cell.slice(1) : cell;
}

/**
 * Line breaks. A spreadsheet reads the line breaks of a quoted cell as text, and only a cell's
 * first character decides whether it runs; a trigger after a line break is harmless while the
 * cell stays whole. The list cells (LINE_LIST_COLUMNS) are made to be split, though, and
 * splitting re-reads each piece as typed input (Excel's Text to Columns on line feeds turns
 * `=…` into a live formula): each of their lines is escaped as a cell of its own. Prose cells (a
 * rationale, a note, the context) are escaped at their start only: escaping every line would put
 * apostrophes inside every bulleted list, to guard against a split nobody is invited to make.
 */
const eachLine = (cell: string, escape: (line: string) => string) =>
  cell.split('\n').map(escape).join('\n');

const LINE_LISTS: ReadonlySet<string> = new Set(LINE_LIST_COLUMNS);

/** A cell as the CSV export writes it. */
export function neutraliseCsvCell(column: CsvColumn, cell: string): string {
  return LINE_LISTS.has(column) ? eachLine(cell, neutraliseFormula) : neutraliseFormula(cell);
}

/** A cell of a file in the current format, as the export had it (the inverse of the above). */
export function restoreCsvCell(column: CsvColumn, cell: string): string {
  return LINE_LISTS.has(column)
    ? eachLine(cell, restoreNeutralisedFormula)
    : restoreNeutralisedFormula(cell);
}
