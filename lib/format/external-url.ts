/**
 * Only http(s) addresses become links. URLs are validated when editors save them; this is the
 * second lock, so a stored `javascript:` or `data:` value can never reach an href.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The host a link leads to, shown next to it so readers know where they are going. */
export function urlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
