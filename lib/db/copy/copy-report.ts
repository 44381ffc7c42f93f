import type { TableReport } from './copy-database';

/** The table `db:copy` prints: rows on each side and the first 16 hex digits of each checksum. */
export function formatCopyReport(reports: readonly TableReport[]): string {
  const header = ['table', 'source rows', 'target rows', 'source sha256', 'target sha256', ''];
  const lines = reports.map((r) => [
    r.table,
    String(r.sourceRows),
    String(r.targetRows),
    r.sourceChecksum.slice(0, 16),
    r.targetChecksum.slice(0, 16),
    r.sourceRows === r.targetRows && r.sourceChecksum === r.targetChecksum ? 'same' : 'DIFFERENT',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}
