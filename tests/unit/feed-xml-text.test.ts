import { describe, expect, it } from 'vitest';
import { escapeXml, xmlElement } from '@/lib/feed/xml-text';
import { childNamed, parseXml, textOf } from '../support/parse-xml';

const HOSTILE = `<script>alert("x")</script> & &amp; ]]> 'quoted' \u0001\u000B\uFFFE end`;

describe('escapeXml', () => {
  it('escapes markup so that the text reads back exactly, minus what XML cannot hold', () => {
    const escaped = escapeXml(HOSTILE);
    expect(escaped).not.toMatch(/[<>"']|]]>/);
    expect(escaped).toContain('&amp;amp;');
    const doc = parseXml(`<t a="${escaped}">${escaped}</t>`);
    const readable = `<script>alert("x")</script> & &amp; ]]> 'quoted'  end`;
    expect(textOf(doc)).toBe(readable);
    expect(doc.attributes.a).toBe(readable);
  });

  it('keeps tabs, line breaks and every non-ASCII character, emoji included', () => {
    const text = 'Курськ\tregion\n북한 😀 Ukraine’s';
    expect(textOf(parseXml(`<t>${escapeXml(text)}</t>`))).toBe(text);
  });

  it('drops lone surrogate halves, which no XML document may contain', () => {
    expect(escapeXml('a\uD800b\uDC00c')).toBe('abc');
  });
});

describe('xmlElement', () => {
  it('writes empty and text elements with escaped attributes, skipping undefined ones', () => {
    expect(xmlElement('link', { href: 'https://x.test/?a=1&b=2', title: undefined })).toBe(
      '<link href="https://x.test/?a=1&amp;b=2"/>',
    );
    const el = parseXml(`<r>${xmlElement('title', { type: 'text' }, HOSTILE)}</r>`);
    expect(textOf(childNamed(el, 'title'))).toContain('<script>');
  });
});

describe('the test XML checker', () => {
  // The feed tests rely on it: it must reject what a real XML parser rejects.
  it.each([
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare less-than', '<a b="<"/>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['two root elements', '<a/><b/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(/Malformed XML/);
  });
});
