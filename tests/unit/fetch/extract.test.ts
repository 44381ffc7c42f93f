import { describe, expect, it } from 'vitest';
import { parseContentType } from '@/lib/fetch/content-type';
import { contentHash, extractText } from '@/lib/fetch/extract';
import { makePdf } from './make-pdf';

const URL_ = 'https://news.example/story';

async function extract(header: string, body: string | Buffer) {
  const type = parseContentType(header);
  if (!type) throw new Error(`bad content type ${header}`);
  return extractText(type, typeof body === 'string' ? Buffer.from(body) : body, URL_);
}

const LONG_ARTICLE = `<!doctype html><html><head><title>Site | Story</title></head><body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main><article>
    <h1>Story</h1>
    ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday and agreed, after a long debate about the budget, that the library would stay open on Sundays.</p>`).join('\n')}
  </article></main>
  <aside class="sidebar">Most read: celebrity news</aside>
  <footer>© News Example · Privacy · Cookies</footer>
</body></html>`;

describe('HTML extraction', () => {
  it('keeps the article, one paragraph per block, and leaves the page furniture out', async () => {
    const { title, text } = await extract('text/html', LONG_ARTICLE);
    expect(title).toBe('Site | Story');
    const paragraphs = text.split('\n\n');
    expect(paragraphs.filter((p) => p.startsWith('Paragraph '))).toHaveLength(6);
    expect(text).not.toContain('Cookies');
    expect(text).not.toContain('celebrity');
  });

  it('falls back to the whole body when there is no article, even on a bare fragment', async () => {
    const { title, text } = await extract('text/html', '<p>Edition 1 of the page.</p>');
    expect(title).toBe('');
    expect(text).toBe('Edition 1 of the page.');
  });

  it('keeps curly quotes, dashes and non-breaking spaces; collapses only HTML white space', async () => {
    const { text } = await extract(
      'text/html',
      '<p>He said   &ldquo;no\n\t comment&rdquo;&nbsp;&mdash; twice&hellip;</p>',
    );
    expect(text).toBe('He said \u201cno comment\u201d\u00a0\u2014 twice\u2026');
  });

  it('keeps line breaks, list items and preformatted text', async () => {
    const { text } = await extract(
      'text/html',
      '<div>Line one<br>Line two</div><ul><li>first</li><li>second</li></ul><pre>a   b\n  c</pre>',
    );
    expect(text).toBe('Line one\nLine two\n\nfirst\n\nsecond\n\na   b\n  c');
  });

  it('reads the charset from the header, the byte-order mark or the page', async () => {
    const latin = Buffer.from('<p>Caf\xe9 cr\xe8me</p>', 'latin1');
    expect((await extract('text/html; charset=iso-8859-1', latin)).text).toBe('Café crème');
    const declared = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
      Buffer.from([0x93, 0x51, 0x94]),
      Buffer.from('</p></body></html>'),
    ]);
    expect((await extract('text/html', declared)).text).toBe('\u201cQ\u201d');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>\u00fcber</p>')]);
    expect((await extract('text/html; charset=iso-8859-1', bom)).text).toBe('\u00fcber');
  });

  it('runs no script the page carries', async () => {
    const { text } = await extract(
      'text/html',
      '<p id="x">Original</p><script>document.getElementById("x").textContent = "Changed"</script>',
    );
    expect(text).toBe('Original');
  });
});

describe('plain text extraction', () => {
  it('keeps the text as it is', async () => {
    const body = '  Title\n\n\tIndented \u201cquote\u201d   with  spaces\n';
    expect((await extract('text/plain; charset=utf-8', body)).text).toBe(body);
  });

  it('decodes by the declared charset, and UTF-16 by its byte-order mark', async () => {
    const latin = Buffer.from('na\xefve', 'latin1');
    expect((await extract('text/plain; charset=ISO-8859-1', latin)).text).toBe('na\u00efve');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\u00e9t\u00e9', 'utf16le'),
    ]);
    expect((await extract('text/plain', utf16)).text).toBe('\u00e9t\u00e9');
  });

  it('falls back to UTF-8 for a charset nobody knows', async () => {
    expect((await extract('text/plain; charset=x-unknown', 'caf\u00e9')).text).toBe('caf\u00e9');
  });
});

describe('PDF extraction', () => {
  it('reads every page in order, with the title from the document info', async () => {
    const pdf = makePdf({
      title: 'Minutes',
      pages: [
        ['Item 1: the \u2018budget\u2019.', 'Item 2: roads.'],
        ['Item 3: any other business.'],
      ],
    });
    const { title, text } = await extract('application/pdf', pdf);
    expect(title).toBe('Minutes');
    expect(text).toBe(
      'Item 1: the \u2018budget\u2019.\nItem 2: roads.\n\nItem 3: any other business.',
    );
  });

  it('says a broken PDF could not be read', async () => {
    await expect(extract('application/pdf', 'not a pdf at all')).rejects.toThrow('Invalid PDF');
  });
});

describe('content hash', () => {
  it('is the SHA-256 of the text, so the same words hash the same whatever the markup', async () => {
    const a = await extract('text/html', '<div><p>Same words.</p></div>');
    const b = await extract('text/html', '<section><p class="x">Same   words.</p></section>');
    expect(a.text).toBe(b.text);
    expect(contentHash(a.text)).toBe(contentHash(b.text));
    expect(contentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
