import { z } from 'zod';
import { CLAIM_STATUSES, QUANTITY_QUALIFIER_CODES } from '@/lib/domain/claims';
import { CLAIMANT_KINDS, SOURCE_KIND_CODES, STANCE_CODES } from '@/lib/domain/evidence';
import { CONFIDENCE_CODES, VERDICT_CODES } from '@/lib/domain/verdicts';

/**
 * The export format: the one contract between the exporters (lib/export), the import
 * (lib/import) and the JSON API. Export → import into an empty database → export gives identical
 * files, so every field here is either written back by the import or derived from what is.
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

export const ExportedClaimSchema = z.object({
  id: z.number().int().positive(),
  /** The public claim page, absolute (lib/site.ts). */
  url: z.string(),
  status: z.enum(CLAIM_STATUSES),
  title: z.string().nullable(),
  statement: z.string(),
  claimant: z.object({ name: z.string(), kind: z.enum(CLAIMANT_KINDS) }),
  verdict: z.enum(VERDICT_CODES),
  confidence: z.enum(CONFIDENCE_CODES),
  rationale: z.string(),
  /** Tag names, alphabetical. */
  tags: z.array(z.string()),
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
});

export type ExportedSource = z.infer<typeof ExportedSourceSchema>;
export type ExportedCitation = z.infer<typeof ExportedCitationSchema>;
export type ExportedRevision = z.infer<typeof ExportedRevisionSchema>;
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
 *   no URL. Quotes, locators and publishers are JSON-only.
 * `verdict` and `confidence` are codes (stable for machines); `verdict_label` is for people.
 * `quantity` is the readable form ("up to 12,000 troops"); the five `quantity_*` cells carry it.
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
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Spreadsheet safety (OWASP "CSV injection"): a cell that starts with one of these characters
 * is written with a leading apostrophe, so LibreOffice and Excel show it as text and never run
 * it. The import removes exactly that apostrophe again (an apostrophe followed by one of these).
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

// Every trigger is one character: a cell is checked by its first.
const TRIGGER_SET: ReadonlySet<string> = new Set(FORMULA_TRIGGERS);

export function neutraliseFormula(cell: string): string {
  return TRIGGER_SET.has(cell.charAt(0)) ? `'${cell}` : cell;
}

export function restoreNeutralisedFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGERS.some((t) => cell.startsWith(t, 1))
    ? cell.slice(1)
    : cell;
}
