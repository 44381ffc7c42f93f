import type { z } from 'zod';
import { ExportedClaimSchema, ExportedRevisionSchema } from '@/lib/export/claim-record';
import { CLAIM_STATUSES, QUANTITY_QUALIFIER_CODES } from '@/lib/domain/claims';
import { CLAIMANT_KINDS, SOURCE_KIND_CODES, STANCE_CODES } from '@/lib/domain/evidence';
import type { SourceKind, Stance } from '@/lib/domain/evidence';
import { CONFIDENCE_CODES, VERDICT_CODES } from '@/lib/domain/verdicts';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { normalizeUrl } from '@/lib/sources/normalize-url';
import { documentUrlKey } from '@/lib/sources/source-identity';
import { createCitationSchema } from '@/lib/validation/citation-input';
import {
  changeVerdictSchema,
  claimantDescriptionSchema,
  createClaimSchema,
  type CreateClaimData,
} from '@/lib/validation/claim-input';
import { recordId } from '@/lib/validation/form-values';
import { zodFieldErrors } from '@/lib/validation/mutation-result';
import { createSourceSchema } from '@/lib/validation/source-input';
import {
  citationFieldName,
  fieldName,
  rowLabel,
  type ImportFormat,
  type RawRevision,
  type RawRow,
  type RawSource,
  type RowError,
  type RowField,
  type SourceKey,
} from './import-row';

/**
 * One row of the file checked with the editors' own schemas (lib/validation): the export record
 * is mapped onto the inputs of the claim, verdict, source and citation forms, so a claim the
 * import accepts is one an editor could have typed, cleaned up the same way (trimmed, NFC, http(s)
 * links only, no control characters, the quantity rules). What needs the database (matching,
 * conflicts, the evidence rules) is plan-import.ts.
 */

export interface ImportSource {
  /**
   * Identity inside the file: the document its URL names (source-identity.ts), else the file's
   * source id, else title + publisher.
   */
  key: string;
  fileId: number | null;
  title: string;
  publisherName: string | null;
  /** CSV carries no publishers: its sources are matched by URL, else by title alone. */
  publisherKnown: boolean;
  kind: SourceKind;
  /** Normalised (lib/sources/normalize-url.ts), as sources are stored. */
  url: string | null;
  archiveUrl: string | null;
  publishedAt: Date | null;
}

export interface ImportCitation {
  stance: Stance;
  quote: string;
  locator: string;
  source: ImportSource;
  /** Where the citation is in the file, for messages. */
  field: string;
}

export interface ImportRevision {
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  overrideReason: string | null;
  at: Date;
}

export interface VerdictValues {
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
}

/**
 * The claim's fields from the file. `context` is undefined when the file has none (a file
 * exported before it travelled): an update keeps the claim's own, a new claim has none.
 */
export type ImportClaimData = Omit<CreateClaimData, 'context'> & { context: string | undefined };

export interface ValidRow {
  row: number;
  label: string;
  format: ImportFormat;
  id: number | null;
  /** The row's `url` is this site's page of claim `id`: the id names a claim of this database. */
  idIsLocal: boolean;
  claim: ImportClaimData;
  /** For a claimant the import creates; null when the file has none (CSV). */
  claimantDescription: string | null;
  verdict: VerdictValues;
  /** Oldest first; null when the file has none (CSV). */
  history: ImportRevision[] | null;
  /**
   * The history's last revision is the row's verdict. A new claim's history must end so (it is
   * replayed); an update appends its own revision, and only reads the override reason of a last
   * revision that is this verdict.
   */
  historyEndsWithVerdict: boolean;
  /** What the file's record holds that the import does not write (import-row.ts). */
  notImported: string[];
  citations: ImportCitation[];
  createdAt: Date | null;
  updatedAt: Date | null;
  /** A new claim's first publication; null when the file has none. */
  publishedAt: Date | null;
}

/**
 * The preview's word on what a row's record holds that the import does not write (its stories
 * and links to other claims are this desk's own, made on the claim's page), or null.
 */
export function notImportedWarning(row: ValidRow): string | null {
  if (row.notImported.length === 0) return null;
  return `Not imported from the file: ${row.notImported.join(' and ')} (this desk’s own; add them on the claim’s page).`;
}

export type RowValidation =
  | { ok: true; row: ValidRow }
  | { ok: false; row: number; label: string; title: string; errors: RowError[] };

const CLAIM_INPUT_FIELDS: Record<string, RowField> = {
  statement: 'statement',
  title: 'title',
  claimantId: 'claimant',
  claimantName: 'claimant',
  claimantKind: 'claimant_kind',
  firstAppearedAt: 'first_appeared_date',
  firstAppearanceUrl: 'first_appeared_url',
  firstAppearanceNote: 'first_appeared_note',
  context: 'context',
  place: 'place',
  tags: 'tags',
  quantityQualifier: 'quantity_qualifier',
  quantityValue: 'quantity_value',
  quantityMin: 'quantity_min',
  quantityMax: 'quantity_max',
  quantityUnit: 'quantity_unit',
  status: 'status',
};

const SOURCE_INPUT_FIELDS: Record<string, SourceKey> = {
  title: 'title',
  publisherName: 'publisher',
  kind: 'kind',
  url: 'url',
  publishedAt: 'publishedAt',
  archiveUrl: 'archiveUrl',
};

/** The codes a coded field accepts, added to its message: the file holds codes, not labels. */
const CODES: Partial<Record<string, readonly string[]>> = {
  status: CLAIM_STATUSES,
  claimant_kind: CLAIMANT_KINDS,
  quantity_qualifier: QUANTITY_QUALIFIER_CODES,
  verdict: VERDICT_CODES,
  confidence: CONFIDENCE_CODES,
  stance: STANCE_CODES,
  kind: SOURCE_KIND_CODES,
};

const verdictSchema = changeVerdictSchema.pick({
  verdict: true,
  confidence: true,
  rationale: true,
});
const revisionSchema = changeVerdictSchema.pick({
  verdict: true,
  confidence: true,
  rationale: true,
  overrideReason: true,
});
const citationSchema = createCitationSchema.pick({ stance: true, quote: true, locator: true });
const claimId = recordId('Claim');
const sourceId = recordId('Source');
const instant = ExportedClaimSchema.shape.createdAt;
const revisionAt = ExportedRevisionSchema.shape.at;

// A day of slack, as for the forms' dates (lib/validation/form-values.ts).
const latest = () => Date.now() + 24 * 60 * 60 * 1000;

const blank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

class Errors {
  readonly list: RowError[] = [];
  add(field: string, message: string) {
    if (!this.list.some((e) => e.field === field && e.message === message)) {
      this.list.push({ field, message });
    }
  }
  /** A failed safeParse, its input fields renamed to the file's names. */
  zod(error: z.ZodError, name: (inputField: string) => string, codeKey?: (f: string) => string) {
    for (const [field, messages] of Object.entries(zodFieldErrors(error))) {
      const codes = CODES[codeKey ? codeKey(field) : field];
      for (const message of messages ?? []) {
        this.add(name(field), codes ? `${message} Codes: ${codes.join(', ')}.` : message);
      }
    }
  }
}

export interface ValidateOptions {
  /** The site's origin (lib/site.ts), to tell this site's claim pages from another's. */
  siteOrigin: string;
}

export function validateRow(raw: RawRow, options: ValidateOptions): RowValidation {
  const errors = new Errors();
  for (const p of raw.problems) errors.add(p.field, p.message);
  const name = (field: RowField) => fieldName(raw.format, field);
  const v = raw.values;

  let id: number | null = null;
  if (!blank(v.id)) {
    const parsed = claimId.safeParse(typeof v.id === 'string' ? v.id.trim() : v.id);
    if (parsed.success) id = parsed.data;
    else
      errors.add(
        name('id'),
        'The id must be a whole number such as 12 (or empty for a new claim).',
      );
  }
  const idIsLocal = checkUrl(v.url, id, options.siteOrigin, name('url'), errors);

  const claim = createClaimSchema.safeParse({
    statement: v.statement,
    title: v.title,
    claimantName: v.claimant,
    claimantKind: v.claimant_kind,
    firstAppearedAt: v.first_appeared_date,
    firstAppearanceUrl: v.first_appeared_url,
    firstAppearanceNote: v.first_appeared_note,
    context: v.context,
    place: v.place,
    tags: v.tags,
    quantityQualifier: v.quantity_qualifier,
    quantityValue: v.quantity_value,
    quantityMin: v.quantity_min,
    quantityMax: v.quantity_max,
    quantityUnit: v.quantity_unit,
    status: v.status,
  });
  if (!claim.success) {
    errors.zod(
      claim.error,
      (f) => name(CLAIM_INPUT_FIELDS[f] ?? 'statement'),
      (f) => CLAIM_INPUT_FIELDS[f] ?? f,
    );
  }

  const verdict = verdictSchema.safeParse({
    verdict: v.verdict,
    confidence: v.confidence,
    rationale: v.rationale,
  });
  if (!verdict.success) errors.zod(verdict.error, (f) => name(f as RowField));

  let claimantDescription: string | null = null;
  if (v.claimant_description !== undefined) {
    const parsed = claimantDescriptionSchema.safeParse(v.claimant_description);
    if (parsed.success) claimantDescription = parsed.data;
    else errors.zod(parsed.error, () => name('claimant_description'));
  }

  const createdAt = checkInstant(v.created_at, instant, name('created_at'), errors);
  const updatedAt = checkInstant(v.updated_at, instant, name('updated_at'), errors);
  if (createdAt && updatedAt && updatedAt < createdAt) {
    errors.add(name('updated_at'), 'The last update cannot be earlier than the creation date.');
  }
  const publishedAt = checkInstant(v.published_at, instant, name('published_at'), errors);

  const citations = raw.citations.flatMap((c, i): ImportCitation[] => {
    const cited = citationSchema.safeParse({
      stance: c.stance,
      quote: c.quote,
      locator: c.locator,
    });
    if (!cited.success) {
      errors.zod(cited.error, (f) => citationFieldName(raw.format, i, f as 'stance'));
    }
    const source = checkSource(c.source, raw.format, i, errors);
    return cited.success && source
      ? [{ ...cited.data, source, field: citationFieldName(raw.format, i, 'source.title') }]
      : [];
  });

  const history = raw.history && checkHistory(raw.history, errors);
  const last = history?.[history.length - 1];
  const historyEndsWithVerdict =
    verdict.success &&
    last !== undefined &&
    last.verdict === verdict.data.verdict &&
    last.confidence === verdict.data.confidence &&
    last.rationale === verdict.data.rationale;

  const label = rowLabel(raw);
  if (errors.list.length > 0 || !claim.success || !verdict.success) {
    const shown = [v.title, v.statement].find((t) => typeof t === 'string' && t.trim() !== '');
    return { ok: false, row: raw.row, label, title: (shown as string) ?? '', errors: errors.list };
  }
  return {
    ok: true,
    row: {
      row: raw.row,
      label,
      format: raw.format,
      id,
      idIsLocal,
      claim: { ...claim.data, context: v.context === undefined ? undefined : claim.data.context },
      claimantDescription,
      verdict: verdict.data,
      history,
      historyEndsWithVerdict,
      notImported: raw.notImported,
      citations,
      createdAt,
      updatedAt,
      publishedAt,
    },
  };
}

/**
 * Whether the row's `url` is this site's page of its `id`. Ids are only meaningful in the
 * database that gave them: a file from another installation (its urls name another site) is
 * matched by content instead, so its claim 12 can never overwrite this site's claim 12.
 */
function checkUrl(
  url: unknown,
  id: number | null,
  origin: string,
  field: string,
  errors: Errors,
): boolean {
  if (blank(url)) return false;
  if (typeof url !== 'string') {
    errors.add(field, 'The url must be text (the public page of the claim).');
    return false;
  }
  const prefix = `${origin}/claims/`;
  const value = url.trim();
  if (!value.startsWith(prefix)) return false;
  const named = value.slice(prefix.length);
  if (id === null || named !== String(id)) {
    errors.add(
      field,
      id === null
        ? `This is the page of claim ${named} of this site, but the id is empty. Fill in the id, or empty the url for a new claim.`
        : `This is the page of claim ${named} of this site, but the id is ${id}. They must name the same claim.`,
    );
    return false;
  }
  return true;
}

function checkInstant(
  value: unknown,
  schema: typeof instant,
  field: string,
  errors: Errors,
): Date | null {
  if (blank(value)) return null;
  const parsed = schema.safeParse(typeof value === 'string' ? value.trim() : value);
  if (!parsed.success) {
    errors.add(field, 'Must be a date and time in UTC such as 2024-11-05T09:30:00.000Z.');
    return null;
  }
  const date = new Date(parsed.data);
  if (Number.isNaN(date.getTime()) || date.getTime() > latest()) {
    errors.add(field, 'Cannot be in the future.');
    return null;
  }
  return date;
}

function checkSource(
  raw: RawSource,
  format: ImportFormat,
  index: number,
  errors: Errors,
): ImportSource | null {
  const name = (key: SourceKey) => citationFieldName(format, index, `source.${key}`);
  let fileId: number | null = null;
  if (!blank(raw.id)) {
    const parsed = sourceId.safeParse(raw.id);
    if (parsed.success) fileId = parsed.data;
    else errors.add(name('id'), 'The source id must be a whole number such as 12.');
  }
  const parsed = createSourceSchema.safeParse({
    title: raw.title,
    publisherName: raw.publisher,
    kind: raw.kind,
    url: raw.url,
    publishedAt: raw.publishedAt,
    archiveUrl: raw.archiveUrl,
  });
  if (!parsed.success) {
    errors.zod(parsed.error, (f) => name(SOURCE_INPUT_FIELDS[f] ?? 'title'));
    return null;
  }
  const { title, publisherName, kind, url, publishedAt, archiveUrl } = parsed.data;
  const normalised = url === null ? null : normalizeUrl(url);
  const publisherKnown = format === 'json';
  const key =
    normalised !== null
      ? `url:${documentUrlKey(normalised)}`
      : fileId !== null
        ? `id:${fileId}`
        : `title:${title}\u0000${publisherKnown ? (publisherName ?? '') : '?'}`;
  return {
    key,
    fileId,
    title,
    publisherName,
    publisherKnown,
    kind,
    url: normalised,
    archiveUrl,
    publishedAt,
  };
}

function checkHistory(revisions: RawRevision[], errors: Errors): ImportRevision[] | null {
  const out: ImportRevision[] = [];
  let valid = true;
  revisions.forEach((r, i) => {
    const path = `verdictHistory[${i}]`;
    const parsed = revisionSchema.safeParse({
      verdict: r.verdict,
      confidence: r.confidence,
      rationale: r.rationale,
      overrideReason: r.overrideReason,
    });
    if (!parsed.success) {
      errors.zod(
        parsed.error,
        (f) => `${path}.${f}`,
        (f) => f,
      );
      valid = false;
    }
    const at = blank(r.at) ? null : checkInstant(r.at, revisionAt, `${path}.at`, errors);
    if (blank(r.at)) errors.add(`${path}.at`, 'The date of the revision is required.');
    const previous = out[out.length - 1];
    if (at && previous && at < previous.at) {
      errors.add(`${path}.at`, 'The verdict history must be oldest first.');
    }
    if (parsed.success && at) out.push({ ...parsed.data, at });
    else valid = false;
  });
  return valid ? out : null;
}
