import { describe, expect, it } from 'vitest';
import { ONLY_HTTP_MESSAGE, URL_MAX, checkHttpUrl, optionalHttpUrl } from '@/lib/validation/url';

const link = optionalHttpUrl('Link');

function refusal(raw: string): string {
  const check = checkHttpUrl(raw);
  if (check.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return check.message;
}

describe('http(s) links', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u0002 javascript:alert(document.cookie)',
    'JAVASCRIPT://example.com/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'FILE://server/share',
    'ftp://example.com/file',
    'mailto:desk@example.org',
  ])('refuses %j, saying only http(s) is allowed', (raw) => {
    expect(refusal(raw)).toContain(ONLY_HTTP_MESSAGE);
    expect(link.safeParse(raw).success).toBe(false);
  });

  it('names the scheme it refused', () => {
    expect(refusal(' JaVaScRiPt:alert(1)')).toContain('“javascript:”');
  });

  it('asks for a full link when there is no scheme', () => {
    expect(refusal('example.com/page')).toMatch(/starting with https:\/\//);
    expect(refusal('//example.com/page')).toContain(ONLY_HTTP_MESSAGE);
  });

  it('accepts http and https in any case, trimmed, and returns the parsed form', () => {
    expect(link.parse('  HTTPS://Example.COM/Path?q=1  ')).toBe('https://example.com/Path?q=1');
    expect(link.parse('http://example.org')).toBe('http://example.org/');
    expect(link.parse('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
  });

  it('refuses control characters, spaces and bidi controls inside an http link', () => {
    for (const raw of [
      'https://exa\u0000mple.com',
      'https://example.com/a b',
      'https://example.com/\u202Etxt.exe',
    ]) {
      expect(refusal(raw)).toMatch(/spaces, line breaks or invisible control characters/);
    }
  });

  it('refuses links with credentials and malformed hosts', () => {
    expect(refusal('https://user:pass@example.com/')).toMatch(/user name or password/);
    expect(refusal('https://')).toMatch(/not a valid web address/);
    expect(refusal('http://[::1')).toMatch(/not a valid web address/);
  });

  it(`refuses links over ${URL_MAX} characters`, () => {
    const base = 'https://example.com/';
    expect(link.safeParse(base + 'a'.repeat(URL_MAX - base.length)).success).toBe(true);
    expect(refusal(base + 'a'.repeat(URL_MAX - base.length + 1))).toMatch(/at most 2048/);
  });

  it('treats blank, null and missing as no link', () => {
    expect(link.parse('')).toBeNull();
    expect(link.parse('   ')).toBeNull();
    expect(link.parse(null)).toBeNull();
    expect(link.parse(undefined)).toBeNull();
  });
});
