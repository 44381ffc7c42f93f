import { claimListSearchParams, type ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ExportFormatInfo } from './export-formats';

const MAX_FILTER_LENGTH = 100;

/** Runs of anything but letters and digits become one dash; ends trimmed. */
function slugPart(text: string, ascii: boolean): string {
  const base = ascii ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const pattern = ascii ? /[^A-Za-z0-9]+/g : /[^\p{L}\p{N}]+/gu;
  return base
    .replace(pattern, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

function fileName(
  query: ClaimListQuery,
  format: ExportFormatInfo,
  includeDrafts: boolean,
  date: Date,
  ascii: boolean,
): string {
  const filters = [...claimListSearchParams(query, { page: 1 })].flatMap(([key, value]) => {
    const part = slugPart(value, ascii);
    return part ? [`${key}-${part}`] : [];
  });
  if (includeDrafts) filters.push('with-drafts');
  let filter = filters.join('-');
  if (filter.length > MAX_FILTER_LENGTH) {
    filter = [...filter].slice(0, MAX_FILTER_LENGTH).join('').replace(/-+$/, '');
  }
  const kind = format.code === 'claimreview' ? 'claimreview' : 'claims';
  const day = date.toISOString().slice(0, 10);
  return [`claimtrack-${kind}-${day}`, filter].filter(Boolean).join('-') + `.${format.extension}`;
}

/**
 * `attachment` with the date and the list state in the name, e.g.
 * claimtrack-claims-2026-11-26-q-troops-verdict-false.csv: `filename` in plain ASCII for old
 * clients, `filename*` (RFC 6266 / 5987) keeping the letters of a non-Latin search.
 */
export function exportContentDisposition(
  query: ClaimListQuery,
  format: ExportFormatInfo,
  includeDrafts: boolean,
  date: Date,
): string {
  const ascii = fileName(query, format, includeDrafts, date, true);
  const utf8 = fileName(query, format, includeDrafts, date, false);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`;
}
