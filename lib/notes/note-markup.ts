/**
 * The editors' notes' markdown-lite, parsed to a small tree that components/notes/note-body.tsx
 * renders as React elements (never as HTML): paragraphs, bullet ("- ", "* ") and numbered
 * ("1. ", "1) ") lists, **bold**, links ([text](https://…) or a bare https:// address) and
 * @mentions (@Ana, or @"Ana Ruiz" for a name with spaces). Anything else — HTML, a
 * `javascript:` link, unbalanced markers — stays literal text, so hostile input is inert.
 *
 * Written here rather than taken from a markdown library: the full syntax (raw HTML, images,
 * reference links, autolinks of any scheme) is what would need switching off, and a parser whose
 * whole grammar fits on this page is easier to prove safe. Every step moves forward through the
 * text, so the cost is linear in its length, whatever it holds.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'bold'; children: Inline[] }
  | { type: 'link'; href: string; text: string }
  | { type: 'mention'; name: string };

export type Block =
  { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

/** Longest link address and mention kept as such; longer ones stay text. */
const URL_MAX = 2000;
const MENTION_MAX = 100;

const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

/** An http(s) address as written, normalised by the URL parser; null for anything else. */
export function safeHref(raw: string): string | null {
  if (raw.length > URL_MAX || !/^https?:\/\//i.test(raw)) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits a note into blocks: blank lines end a paragraph or list; list lines start items. */
export function parseNote(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', children: parseLines(paragraph) });
      paragraph = [];
    }
    if (list) {
      blocks.push({
        type: 'list',
        ordered: list.ordered,
        items: list.items.map((item) => parseInline(item, true)),
      });
      list = null;
    }
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!);
      continue;
    }
    if (list) {
      // A line under a list item, not itself an item, continues that item.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

function parseLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'break' });
    out.push(...parseInline(line, true));
  });
  return out;
}

const LINK = /\[([^[\]\n]{1,500})\]\(([^()\s]{1,2000})\)/y;
const BARE_URL = /https?:\/\/[^\s<>"'`]{1,2000}/iy;
const QUOTED_MENTION = new RegExp(`@"([^"\\n]{1,${MENTION_MAX}})"`, 'y');
const WORD_MENTION = new RegExp(`@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,${MENTION_MAX - 1}})`, 'uy');
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** Trailing punctuation a sentence puts after an address is not part of it. */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0) {
    const c = url[end - 1]!;
    if ('.,;:!?'.includes(c)) end--;
    else if (c === ')' && !url.slice(0, end).includes('(')) end--;
    else break;
  }
  return url.slice(0, end);
}

/** A mention's name as written: no trailing dots or dashes ("ask @Ana." names Ana). */
function trimName(name: string): string {
  return name.replace(/[.-]+$/u, '');
}

/**
 * One line (or list item) of text. `allowBold` is false inside bold, so bold never nests; the
 * closing `**` is searched once per opening and, once missing, never again (linear time).
 */
function parseInline(text: string, allowBold: boolean): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  let noClosingBold = false;
  const pushText = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '*' && allowBold && !noClosingBold && text[i + 1] === '*') {
      const close = text.indexOf('**', i + 2);
      if (close === -1) noClosingBold = true;
      else if (close > i + 2 && text[i + 2] !== ' ' && text[close - 1] !== ' ') {
        pushText();
        out.push({ type: 'bold', children: parseInline(text.slice(i + 2, close), false) });
        i = close + 2;
        continue;
      }
    }
    if (c === '[') {
      LINK.lastIndex = i;
      const m = LINK.exec(text);
      const href = m ? safeHref(m[2]!) : null;
      if (m && href) {
        pushText();
        out.push({ type: 'link', href, text: m[1]! });
        i += m[0].length;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && (i === 0 || !WORD_CHARACTER.test(text[i - 1]!))) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(text);
      if (m) {
        const raw = trimUrl(m[0]);
        const href = safeHref(raw);
        if (href) {
          pushText();
          out.push({ type: 'link', href, text: raw });
          i += raw.length;
          continue;
        }
      }
    }
    // Not after a word character, so an address such as ana@example.org is not a mention.
    if (c === '@' && (i === 0 || !WORD_CHARACTER.test(text[i - 1]!))) {
      QUOTED_MENTION.lastIndex = i;
      const quoted = QUOTED_MENTION.exec(text);
      const name = quoted ? quoted[1]!.trim() : null;
      if (quoted && name) {
        pushText();
        out.push({ type: 'mention', name });
        i += quoted[0].length;
        continue;
      }
      WORD_MENTION.lastIndex = i;
      const word = WORD_MENTION.exec(text);
      if (word) {
        const written = trimName(word[1]!);
        pushText();
        out.push({ type: 'mention', name: written });
        i += 1 + written.length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  pushText();
  return out;
}

function mentionsIn(inlines: Inline[], into: string[]): void {
  for (const node of inlines) {
    if (node.type === 'mention') into.push(node.name);
    else if (node.type === 'bold') mentionsIn(node.children, into);
  }
}

/** The names a note mentions, as written, each once (compared without regard to case). */
export function noteMentions(source: string): string[] {
  const names: string[] = [];
  for (const block of parseNote(source)) {
    if (block.type === 'paragraph') mentionsIn(block.children, names);
    else for (const item of block.items) mentionsIn(item, names);
  }
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = mentionKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a mention is compared with an editor's name: case and spacing do not matter. */
export function mentionKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
