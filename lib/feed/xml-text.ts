/**
 * Text made safe for an XML 1.0 document. The feed is written by hand rather than through the
 * `feed` package because that package puts titles into CDATA sections typed as HTML (so a claim
 * saying `<b>` would render as markup in a reader), turns a literal `&amp;` in plain text into
 * `&`, and lets through control characters that make the whole document unparseable.
 */

// Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab, line
// feed and carriage return, lone surrogate halves, and U+FFFE/U+FFFF. The editors' forms refuse
// controls already; imported or older rows may still hold them, and one would break every reader.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for element content and double-quoted attribute values. `>` is escaped too, so
 * `]]>` can never appear in the output.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `<name attr="…">text</name>`, every attribute value and the text escaped. */
export function xmlElement(
  name: string,
  attributes: Record<string, string | undefined>,
  text?: string,
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return text === undefined
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
