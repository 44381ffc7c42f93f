import { z } from 'zod';

/**
 * Links editors enter (a claim's first appearance, a source, its archived copy). Only http(s)
 * is accepted: a `javascript:`, `data:`, `vbscript:` or `file:` link rendered as an <a href>
 * runs code or reaches the reader's own machine when clicked, whatever the escaping. Browsers
 * ignore leading spaces and control characters and tabs or newlines inside a scheme, so the
 * scheme is read with those removed: ` JaVaScRiPt:` and `\u0000javascript:` are both caught.
 */
export const URL_MAX = 2048;

export const ONLY_HTTP_MESSAGE = 'Only http:// and https:// links are allowed.';

export type HttpUrlCheck = { ok: true; url: URL } | { ok: false; message: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Whitespace, C0/C1 controls and DEL: what the URL parser strips or percent-encodes silently.
const INVISIBLE = /[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

export function checkHttpUrl(raw: string): HttpUrlCheck {
  const probe = raw.replace(INVISIBLE, '');
  const scheme = SCHEME.exec(probe)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      ok: false,
      message: scheme
        ? `${ONLY_HTTP_MESSAGE} This link starts with “${scheme}:”.`
        : `${ONLY_HTTP_MESSAGE} Enter the full link, starting with https://.`,
    };
  }
  const trimmed = raw.trim();
  if (new RegExp(INVISIBLE.source, 'u').test(trimmed)) {
    return {
      ok: false,
      message: 'A link cannot contain spaces, line breaks or invisible control characters.',
    };
  }
  if (trimmed.length > URL_MAX) {
    return { ok: false, message: `A link must be at most ${URL_MAX} characters.` };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'This is not a valid web address.' };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return { ok: false, message: ONLY_HTTP_MESSAGE };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'A link cannot contain a user name or password.' };
  }
  if (url.href.length > URL_MAX) {
    return { ok: false, message: `A link must be at most ${URL_MAX} characters.` };
  }
  return { ok: true, url };
}

function httpUrlValue(label: string) {
  return z.string({ error: `${label} must be text.` }).transform((raw, ctx) => {
    if (raw.trim() === '') return null;
    const check = checkHttpUrl(raw);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    // The parser's serialisation: scheme and host lower-cased, IDN hosts in punycode.
    return check.url.href;
  });
}

/** An http(s) link or nothing: missing, null and blank become null. */
export function optionalHttpUrl(label: string) {
  return z.preprocess((v) => (v === null || v === undefined ? '' : v), httpUrlValue(label));
}
