/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at
 * the first `</script`, whatever the JSON means, so `<`, `>` and `&` are written as JSON
 * escapes (\u003c…), which parse back to the same text; U+2028 and U+2029 too, which old
 * JavaScript parsers read as line ends. No claim text can then close the element or open a
 * comment.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdScriptContent(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
