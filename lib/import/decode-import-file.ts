import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE_MESSAGE } from './import-limits';

export type DecodedFile = { ok: true; text: string } | { ok: false; message: string };

/**
 * The uploaded bytes as text: UTF-8 only, decoded strictly. A lenient decoder would turn a file
 * saved as Windows-1252 or Latin-1 (what spreadsheets often write) into text with U+FFFD in
 * place of every accented letter, and the import would store that damage for good; refusing it
 * with the place of the first bad byte lets the editor save it again as UTF-8.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, message: IMPORT_TOO_LARGE_MESSAGE };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      message:
        'The file is saved as UTF-16 text. Save it as UTF-8 (in Excel: “CSV UTF-8”; in LibreOffice: character set “Unicode (UTF-8)”) and upload it again.',
    };
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const body = bytes.subarray(bom);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    const line = countLines(body, at);
    return {
      ok: false,
      message: `The file is not valid UTF-8 text: byte ${bom + at + 1} (line ${line}) is not part of a UTF-8 character. It was probably saved in another encoding such as Windows-1252; save it as UTF-8 (in Excel: “CSV UTF-8”) and upload it again.`,
    };
  }
  if (text.trim() === '') {
    return { ok: false, message: 'The file is empty: it has no header and no claims.' };
  }
  return { ok: true, text };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function countLines(bytes: Uint8Array, end: number): number {
  let lines = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) lines++;
  return lines;
}

/** Where the first byte sequence that is not UTF-8 starts (RFC 3629), or the length if none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
