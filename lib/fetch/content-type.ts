import { MIMEType } from 'node:util';

/** The kinds of page the fetcher reads; anything else is refused unread. */
export type PageKind = 'html' | 'text' | 'pdf';

const KINDS: Record<string, PageKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/pdf': 'pdf',
};

export type ContentType = {
  /** The header as the server sent it (jsdom reads its charset the WHATWG way). */
  header: string;
  essence: string;
  kind: PageKind | null;
  charset: string | null;
};

/**
 * Reads a Content-Type header. The fetcher trusts the header alone: it never sniffs a body,
 * because a page that calls itself an image or a download is not a source we can quote.
 */
export function parseContentType(header: string | null): ContentType | null {
  if (!header) return null;
  let mime: MIMEType;
  try {
    mime = new MIMEType(header);
  } catch {
    return null;
  }
  return {
    header,
    essence: mime.essence,
    kind: KINDS[mime.essence] ?? null,
    charset: mime.params.get('charset'),
  };
}
