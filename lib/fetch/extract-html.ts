import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { htmlText } from './html-text';

export type ExtractedText = { title: string; text: string };

/**
 * Parses a page as a browser would (jsdom: the WHATWG parser, and its encoding sniffing: the
 * header's charset, else a byte-order mark, else the page's <meta>). No script runs and no
 * subresource is loaded: jsdom does neither unless asked.
 */
function parse(bytes: Uint8Array, contentType: string, url: string): JSDOM {
  return new JSDOM(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    contentType,
    url,
  });
}

/**
 * The page's readable text: the article Readability finds (navigation, adverts and footers
 * left out), or the whole body when it finds none — a short page or a list is still a source.
 */
export function extractHtml(
  bytes: Uint8Array,
  contentType = 'text/html',
  url = 'https://source.invalid/',
): ExtractedText {
  const dom = parse(bytes, contentType, url);
  try {
    const document = dom.window.document;
    const documentTitle = document.title.trim();
    // Readability rewrites the tree it reads, so the fallback reads a clone taken first.
    const untouched = document.body?.cloneNode(true) ?? document.documentElement;
    const article = new Readability(document, { serializer: (node: Node) => node }).parse();
    const articleText = article?.content ? htmlText(article.content) : '';
    if (articleText) return { title: article?.title?.trim() || documentTitle, text: articleText };
    return { title: documentTitle, text: untouched ? htmlText(untouched) : '' };
  } finally {
    dom.window.close();
  }
}
