/** Typographic marks in the standard fonts' WinAnsi encoding, so a test can quote with them. */
const WIN_ANSI: Record<string, string> = {
  '\u2018': '\x91',
  '\u2019': '\x92',
  '\u201c': '\x93',
  '\u201d': '\x94',
  '\u2014': '\x97',
};

function pdfString(text: string): string {
  const escaped = text.replace(/[\\()]/g, (c) => '\\' + c);
  return '(' + [...escaped].map((c) => WIN_ANSI[c] ?? c).join('') + ')';
}

/**
 * Builds a small valid PDF (Helvetica, one text line per entry, many pages if asked) so the
 * fetch tests and the benchmark have real PDFs without shipping binary fixtures.
 */
export function makePdf(options: { title: string; pages: string[][] }): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) as number;
  const catalog = add('');
  const pagesId = add('');
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const pageIds: number[] = [];
  for (const lines of options.pages) {
    const ops = lines.map((line, i) =>
      i === 0 ? `${pdfString(line)} Tj` : `T* ${pdfString(line)} Tj`,
    );
    const stream = `BT /F1 11 Tf 14 TL 40 800 Td ${ops.join(' ')} ET`;
    const contents = add(
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    );
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const info = add(`<< /Title ${pdfString(options.title)} >>`);

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
