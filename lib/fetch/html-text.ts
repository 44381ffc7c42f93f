/**
 * The readable text of a parsed HTML element, with paragraph breaks kept so a quoted passage can
 * be found and shown in context (the DOM's textContent runs paragraphs together).
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never prose a reader sees. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'SELECT',
  'DATALIST',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

/** Table cells sit side by side: a space between them, not a paragraph. */
const CELLS = new Set(['TD', 'TH']);

/** HTML's collapsible white space (not U+00A0, which the page means literally). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

class TextBuilder {
  private parts: string[] = [];
  private pendingBreak = 0;
  private atLineStart = true;

  text(value: string) {
    if (this.atLineStart) value = value.replace(/^[ \t\n\f\r]+/, '');
    if (!value) return;
    if (this.pendingBreak && this.parts.length) this.parts.push('\n'.repeat(this.pendingBreak));
    this.pendingBreak = 0;
    this.parts.push(value);
    this.atLineStart = value.endsWith('\n');
  }

  lineBreak(count: number) {
    this.pendingBreak = Math.max(this.pendingBreak, count);
    this.atLineStart = true;
  }

  toString() {
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  }
}

function walk(node: Node, out: TextBuilder, preformatted: boolean) {
  if (node.nodeType === TEXT_NODE) {
    const data = node.textContent ?? '';
    out.text(preformatted ? data : data.replace(HTML_SPACE, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === 'BR') return out.lineBreak(1);
  const block = BLOCKS.has(name);
  if (block) out.lineBreak(2);
  if (CELLS.has(name)) out.text(' ');
  const pre = preformatted || name === 'PRE' || name === 'TEXTAREA';
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out, pre);
  if (block) out.lineBreak(2);
  if (CELLS.has(name)) out.text(' ');
}

export function htmlText(root: Node): string {
  const out = new TextBuilder();
  walk(root, out, false);
  return out.toString();
}
