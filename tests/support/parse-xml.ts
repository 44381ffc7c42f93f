/**
 * A strict XML 1.0 well-formedness check for tests (Node has no XML parser, and the team adds no
 * dependency for one): it throws on anything a conforming parser would reject in the documents
 * the app writes — unbalanced or mismatched tags, a bare `<` or `&`, an unknown entity, `]]>` in
 * text, a duplicate attribute, a character XML forbids — and returns the tree with text decoded,
 * so tests assert on what a feed reader would read. DOCTYPEs are refused rather than half-parsed.
 * e2e/feed.spec.ts checks the served feed with Chromium's own XML parser as well.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) fail(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed`, bad.index);
  let pos = 0;

  const skipSpace = () => {
    while (/\s/.test(xml[pos] ?? '')) pos++;
  };
  const expect = (s: string) => {
    if (!xml.startsWith(s, pos)) fail(`expected ${JSON.stringify(s)}`, pos);
    pos += s.length;
  };
  const name = () => {
    const m = NAME.exec(xml.slice(pos));
    if (!m) fail('expected a name', pos);
    pos += m[0].length;
    return m[0];
  };
  const decode = (raw: string, at: number) => {
    if (raw.includes('<')) fail('bare "<"', at);
    return raw.replace(/&([^;]*);?/g, (ref: string, body: string) => {
      if (!ref.endsWith(';')) fail(`bare "&" in ${JSON.stringify(ref)}`, at);
      const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#([0-9]+)$/.exec(body)?.[1];
      if (code !== undefined) {
        const cp = parseInt(code, body.startsWith('#x') ? 16 : 10);
        const char = cp <= 0x10ffff ? String.fromCodePoint(cp) : '\0';
        if (NOT_XML_CHAR.test(char)) fail(`reference to a forbidden character: ${ref}`, at);
        return char;
      }
      const named = NAMED[body];
      if (named === undefined) fail(`unknown entity ${ref}`, at);
      return named;
    });
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<!--', pos)) {
        const end = xml.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment', pos);
        pos = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', pos)) fail('DOCTYPE is not supported', pos);
      else return;
    }
  };

  const element = (): XmlElement => {
    expect('<');
    const el: XmlElement = { name: name(), attributes: {}, children: [] };
    for (;;) {
      const before = pos;
      skipSpace();
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected white space before an attribute', pos);
      const attr = name();
      if (attr in el.attributes) fail(`duplicate attribute ${attr}`, pos);
      skipSpace();
      expect('=');
      skipSpace();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") fail('attribute value must be quoted', pos);
      const end = xml.indexOf(quote, pos + 1);
      if (end < 0) fail('unterminated attribute value', pos);
      el.attributes[attr] = decode(xml.slice(pos + 1, end), pos);
      pos = end + 1;
    }
    for (;;) {
      const next = xml.indexOf('<', pos);
      if (next < 0) fail(`<${el.name}> is never closed`, pos);
      const raw = xml.slice(pos, next);
      if (raw.includes(']]>')) fail('"]]>" in text', pos);
      if (raw) el.children.push(decode(raw, pos));
      pos = next;
      if (xml.startsWith('</', pos)) {
        pos += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`, pos);
        skipSpace();
        expect('>');
        return el;
      }
      if (xml.startsWith('<![CDATA[', pos)) {
        const end = xml.indexOf(']]>', pos);
        if (end < 0) fail('unterminated CDATA section', pos);
        el.children.push(xml.slice(pos + 9, end));
        pos = end + 3;
      } else if (xml.startsWith('<!--', pos)) {
        const end = xml.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment', pos);
        pos = end + 3;
      } else el.children.push(element());
    }
  };

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration', 0);
    pos = end + 2;
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (pos !== xml.length) fail('content after the root element', pos);
  return root;
}

function fail(message: string, at: number): never {
  throw new Error(`Malformed XML at ${at}: ${message}`);
}

/** The element's text, all descendants' text joined. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The one child named `name`; throws when there is none. */
export function childNamed(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name)[0];
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
}
