/**
 * The one form a source's URL is stored in, so that the same page reached through a newsletter
 * link, a share button or a hand-typed address is recognised as one source (`Source.url` is
 * unique). Rules, in order:
 *
 * - only http(s) URLs (anything else: null);
 * - scheme and host lower-cased, IDN hosts in punycode, default ports (:80, :443) dropped —
 *   the WHATWG URL parser does these; a trailing dot on the host is dropped;
 * - the fragment is dropped (a position in the page, not a different document; the citation's
 *   locator says where);
 * - tracking parameters are removed (`utm_*` and the click ids below, any letter case);
 * - the remaining query parameters are sorted by name (stable: repeated names keep their
 *   order), each kept exactly as encoded — re-encoding could change what the server receives;
 * - trailing slashes are removed from the path; the root is always "/";
 * - percent-escapes are upper-cased (`%2f` and `%2F` are the same byte).
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

const upperEscapes = (s: string) => s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;

  url.hash = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.replace(/\.+$/, '');
  url.pathname = upperEscapes(url.pathname.replace(/\/+$/, '')) || '/';

  const params = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)))
    .map((pair) => ({ pair: upperEscapes(pair), name: paramName(pair) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  url.search = params.length > 0 ? `?${params.map((p) => p.pair).join('&')}` : '';
  return url.href;
}
