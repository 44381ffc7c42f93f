import { normalizeUrl } from './normalize-url';

/**
 * When two names are one publisher, and two sources one document. Used by the evidence rules
 * (lib/claims/evidence-rules.ts: a publisher or a document counts once however it was typed)
 * and when publishers and sources are created (lib/sources, the import), so a variant spelling
 * finds the existing row instead of making a second one.
 */

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const DASH = /\p{Pd}/gu;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/gu;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu;
const SPACE = /\s+/gu;
const WWW = /^www\./;

/**
 * A name or title as compared, not as shown: compatibility forms unified (NFKC: full-width
 * letters, ligatures), invisible characters dropped (zero-width spaces, joiners), dashes and
 * typographic quotes made plain, runs of white space (no-break spaces too) one space, trimmed,
 * and case folded ("REUTERS", "Reuters " and "reuters" are one publisher; "ß" and "ss" one word).
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(IGNORABLE, '')
    .replace(DASH, '-')
    .replace(SINGLE_QUOTE, "'")
    .replace(DOUBLE_QUOTE, '"')
    .replace(SPACE, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase();
}

/** A stored link's host without `www.`, and the rest of it: what names the page. */
function documentParts(url: string): { normalised: string; host: string; rest: string } | null {
  const normalised = normalizeUrl(url);
  if (normalised === null) return null;
  const parsed = new URL(normalised);
  return {
    normalised,
    host: parsed.host.replace(WWW, ''),
    rest: `${parsed.pathname}${parsed.search}`,
  };
}

/**
 * A link as a document's identity: its stored form (normalize-url.ts) without the scheme and
 * without a `www.` host prefix: the same page over http and https, with and without `www.`.
 * (Mobile and AMP hosts often serve other paths; they are left to the editors.) Null for no link.
 */
export function documentUrlKey(url: string | null | undefined): string | null {
  const parts = url ? documentParts(url) : null;
  return parts && `${parts.host}${parts.rest}`;
}

/**
 * The stored links that are the same document as `url` (http and https, with and without
 * `www.`): what a lookup of an existing source by link asks for.
 */
export function documentUrlVariants(url: string): string[] {
  const parts = documentParts(url);
  if (parts === null) return [];
  // Built as strings: the host and the rest are in stored form already, and a scheme or `www.`
  // changes nothing else normalizeUrl does (a port other than the default one stays).
  const variants = new Set<string>([parts.normalised]);
  for (const scheme of ['https:', 'http:']) {
    for (const prefix of ['', 'www.'])
      variants.add(`${scheme}//${prefix}${parts.host}${parts.rest}`);
  }
  return [...variants];
}

/** What the identity of a source is made of. */
export interface SourceIdentity {
  sourceId: number;
  title: string;
  url: string | null;
  archiveUrl?: string | null;
  publisherName: string | null;
}

/**
 * Whether two sources are one document: the same row; the same link (as documentUrlKey compares
 * links) or one's link is the other's archived copy; or the same title from the same publisher
 * (or both without one) where at least one has no link to tell them apart.
 */
export function sameDocument(a: SourceIdentity, b: SourceIdentity): boolean {
  if (a.sourceId === b.sourceId) return true;
  const linksOf = (s: SourceIdentity) =>
    [documentUrlKey(s.url), documentUrlKey(s.archiveUrl)].filter((k): k is string => k !== null);
  const aLinks = linksOf(a);
  if (linksOf(b).some((k) => aLinks.includes(k))) return true;
  if (a.url !== null && b.url !== null) return false;
  const publisherOf = (s: SourceIdentity) =>
    s.publisherName === null ? null : nameKey(s.publisherName);
  return nameKey(a.title) === nameKey(b.title) && publisherOf(a) === publisherOf(b);
}
