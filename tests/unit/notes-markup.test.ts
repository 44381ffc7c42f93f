import { describe, expect, it } from 'vitest';
import { mentionKey, noteMentions, parseNote, safeHref } from '@/lib/notes/note-markup';

const text = (t: string) => ({ type: 'text', text: t });

describe('notes: markdown-lite', () => {
  it('reads paragraphs, line breaks and bold', () => {
    expect(parseNote('First **bold** line\nsecond line\n\nNext paragraph')).toEqual([
      {
        type: 'paragraph',
        children: [
          text('First '),
          { type: 'bold', children: [text('bold')] },
          text(' line'),
          { type: 'break' },
          text('second line'),
        ],
      },
      { type: 'paragraph', children: [text('Next paragraph')] },
    ]);
  });

  it('reads bullet and numbered lists, and a line under an item continues it', () => {
    expect(
      parseNote('Check:\n- the NIS briefing\n* the ministry\n  still open\n1. first\n2) second'),
    ).toEqual([
      { type: 'paragraph', children: [text('Check:')] },
      {
        type: 'list',
        ordered: false,
        items: [[text('the NIS briefing')], [text('the ministry still open')]],
      },
      { type: 'list', ordered: true, items: [[text('first')], [text('second')]] },
    ]);
  });

  it('reads links written as [text](url) and bare http(s) addresses without trailing punctuation', () => {
    expect(
      parseNote('See [the report](https://example.org/a?b=1) and https://example.org/x.'),
    ).toEqual([
      {
        type: 'paragraph',
        children: [
          text('See '),
          { type: 'link', href: 'https://example.org/a?b=1', text: 'the report' },
          text(' and '),
          { type: 'link', href: 'https://example.org/x', text: 'https://example.org/x' },
          text('.'),
        ],
      },
    ]);
  });

  it('keeps a link inside bold, and never nests bold', () => {
    const [block] = parseNote('**see https://example.org/ now**');
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'bold',
          children: [
            text('see '),
            { type: 'link', href: 'https://example.org/', text: 'https://example.org/' },
            text(' now'),
          ],
        },
      ],
    });
  });

  it('leaves unbalanced or spaced markers as text', () => {
    expect(parseNote('a ** b and **c')).toEqual([
      { type: 'paragraph', children: [text('a ** b and **c')] },
    ]);
    expect(parseNote('2 ** 3 ** 4')).toEqual([
      { type: 'paragraph', children: [text('2 ** 3 ** 4')] },
    ]);
  });
});

describe('notes: hostile input is inert text', () => {
  it('keeps HTML as text', () => {
    const source = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    expect(parseNote(source)).toEqual([{ type: 'paragraph', children: [text(source)] }]);
  });

  it.each([
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD4=)',
    '[click](vbscript:msgbox)',
    '[click](//evil.example/)',
    '[click](/relative)',
  ])('makes no link of %s', (source) => {
    const blocks = parseNote(source);
    expect(JSON.stringify(blocks)).not.toContain('"link"');
    expect(blocks).toEqual([{ type: 'paragraph', children: [text(source)] }]);
  });

  it('makes no link of a bare non-http scheme', () => {
    expect(JSON.stringify(parseNote('javascript:alert(1) and ftp://x'))).not.toContain('"link"');
  });

  it('only ever produces http(s) hrefs', () => {
    expect(safeHref('https://example.org/')).toBe('https://example.org/');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://')).toBeNull();
    expect(safeHref(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('parses huge and pathological input in linear time', () => {
    const cases = [
      '**'.repeat(50_000),
      '[a'.repeat(50_000),
      '@'.repeat(100_000),
      'http://'.repeat(20_000),
      `${'- '.repeat(10_000)}\n`.repeat(10),
      '*'.repeat(100_000),
    ];
    const started = performance.now();
    for (const source of cases) expect(Array.isArray(parseNote(source))).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps every character of the text, so nothing is silently dropped', () => {
    const source = 'a < b & c > d "quoted" \'single\' `tick`';
    expect(parseNote(source)).toEqual([{ type: 'paragraph', children: [text(source)] }]);
  });
});

describe('notes: mentions', () => {
  it('reads @Name and @"Name with spaces", each once whatever the case', () => {
    expect(noteMentions('@Ana please check, and @"Bo Kim" too. @ana again; **@Cy**')).toEqual([
      'Ana',
      'Bo Kim',
      'Cy',
    ]);
  });

  it('is not fooled by e-mail addresses, trailing punctuation or link text', () => {
    expect(noteMentions('mail ana@example.org or ask @Ana. [@Bo](https://example.org)')).toEqual([
      'Ana',
    ]);
  });

  it('names nobody with a bare @ or an empty quote', () => {
    expect(noteMentions('@ and @"" and @ "x"')).toEqual([]);
  });

  it('compares names without case or extra spaces', () => {
    expect(mentionKey('  Ana   Ruiz ')).toBe(mentionKey('ana ruiz'));
  });

  it('marks the mention in the tree', () => {
    expect(parseNote('hi @"Ana Ruiz"!')).toEqual([
      {
        type: 'paragraph',
        children: [text('hi '), { type: 'mention', name: 'Ana Ruiz' }, text('!')],
      },
    ]);
  });
});
