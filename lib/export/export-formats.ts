/**
 * The download formats of `/claims/export`, with what a response and a link need to know.
 * No server code here: the list page's links read it too.
 */
export const EXPORT_FORMATS = [
  { code: 'csv', label: 'CSV', contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  { code: 'json', label: 'JSON', contentType: 'application/json', extension: 'json' },
  {
    code: 'claimreview',
    label: 'ClaimReview',
    contentType: 'application/ld+json',
    extension: 'jsonld',
  },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['code'];
export type ExportFormatInfo = (typeof EXPORT_FORMATS)[number];

export function exportFormat(code: string | null): ExportFormatInfo | null {
  return EXPORT_FORMATS.find((f) => f.code === code) ?? null;
}
