/**
 * Turns a plain-text page's bytes into text by the character set it declares. A byte-order mark wins over
 * the declaration (as browsers do); an unknown or missing label falls back to UTF-8, which
 * replaces bad bytes with U+FFFD rather than failing the check.
 */

/** The canonical name of a charset label, or null when the platform does not know it. */
function knownCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

export function decodeText(bytes: Uint8Array, declared: string | null): string {
  const charset = bomCharset(bytes) ?? knownCharset(declared) ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}
