import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText, hasByteOrderMark, knownCharset } from './decode-text';
import { htmlText } from './html-text';

export type ExtractedText = { title: string; text: string };

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

function parse(html: string): ParsedDocument {
  return parseHTML(html).document;
}

/** The charset a page declares in its own <meta> tags, read from the parsed document. */
function metaCharset(document: ParsedDocument): string | null {
  const direct = document.querySelector('meta[charset]')?.getAttribute('charset');
  if (direct) return knownCharset(direct);
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-type') continue;
    const content = meta.getAttribute('content') ?? '';
    const label = content
      .split(';')
      .map((part: string) => part.trim().split('='))
      .find(([key]: string[]) => key?.toLowerCase() === 'charset')?.[1];
    if (label) return knownCharset(label.replace(/^["']|["']$/g, ''));
  }
  return null;
}

/**
 * Decodes and parses a page: the HTTP header's charset wins, then a byte-order mark, then the
 * page's <meta> declaration (which needs the page parsed once to read; a second parse only when
 * it names something other than UTF-8).
 */
function parsePage(bytes: Uint8Array, headerCharset: string | null): ParsedDocument {
  const declared = knownCharset(headerCharset);
  const document = parse(decodeText(bytes, declared));
  if (declared || hasByteOrderMark(bytes)) return document;
  const fromMeta = metaCharset(document);
  if (!fromMeta || fromMeta === 'utf-8') return document;
  return parse(decodeText(bytes, fromMeta));
}

/**
 * The page's readable text: the article Readability finds (navigation, adverts and footers
 * left out), or the whole body when it finds none — a short page or a list is still a source.
 */
export function extractHtml(bytes: Uint8Array, headerCharset: string | null): ExtractedText {
  const document = parsePage(bytes, headerCharset);
  const documentTitle = (document.title ?? '').trim();
  // Readability rewrites the tree it reads, so the fallback below parses a fresh copy.
  const source = document.documentElement?.outerHTML ?? '';
  const article = new Readability(document as unknown as Document, {
    serializer: (node: Node) => node,
  }).parse();
  const articleText = article?.content ? htmlText(article.content as unknown as never) : '';
  if (articleText) {
    return { title: (article?.title ?? '').trim() || documentTitle, text: articleText };
  }
  const fresh = parse(source);
  return { title: documentTitle, text: htmlText((fresh.body ?? fresh.documentElement) as never) };
}
