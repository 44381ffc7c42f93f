import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizeUrl } from '@/lib/sources/normalize-url';

describe('normalizeUrl', () => {
  it('lower-cases scheme and host, not the path or query', () => {
    expect(normalizeUrl('HTTPS://WWW.Example.COM/News/Story?Id=A')).toBe(
      'https://www.example.com/News/Story?Id=A',
    );
  });

  it('drops default ports and keeps others', () => {
    expect(normalizeUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normalizeUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
    expect(normalizeUrl('http://example.com:443/a')).toBe('http://example.com:443/a');
  });

  it('drops the fragment', () => {
    expect(normalizeUrl('https://example.com/a#section-2')).toBe('https://example.com/a');
    expect(normalizeUrl('https://example.com/a?x=1#')).toBe('https://example.com/a?x=1');
  });

  it('removes tracking parameters in any case', () => {
    expect(
      normalizeUrl(
        'https://example.com/a?utm_source=x&UTM_Medium=y&utm_campaign=z&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=twsrc&id=7',
      ),
    ).toBe('https://example.com/a?id=7');
    expect(normalizeUrl('https://example.com/a?utm_source=newsletter')).toBe(
      'https://example.com/a',
    );
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('ref')).toBe(false);
  });

  it('sorts the remaining parameters by name, keeping repeated names in order and their encoding', () => {
    expect(normalizeUrl('https://example.com/s?b=2&a=1&c=3&a=0')).toBe(
      'https://example.com/s?a=1&a=0&b=2&c=3',
    );
    expect(normalizeUrl('https://example.com/s?q=a+b&p=%2fx')).toBe(
      'https://example.com/s?p=%2Fx&q=a+b',
    );
    expect(normalizeUrl('https://example.com/s?&&b=1&')).toBe('https://example.com/s?b=1');
  });

  it('removes trailing slashes from the path and keeps the root as "/"', () => {
    expect(normalizeUrl('https://example.com/news/')).toBe('https://example.com/news');
    expect(normalizeUrl('https://example.com/news//')).toBe('https://example.com/news');
    expect(normalizeUrl('https://example.com/')).toBe('https://example.com/');
    expect(normalizeUrl('https://example.com')).toBe('https://example.com/');
    expect(normalizeUrl('https://example.com/?utm_source=x')).toBe('https://example.com/');
  });

  it('puts international hosts in punycode and drops a trailing dot', () => {
    expect(normalizeUrl('https://Bücher.Example/x')).toBe('https://xn--bcher-kva.example/x');
    expect(normalizeUrl('https://example.com./x')).toBe('https://example.com/x');
  });

  it('upper-cases percent-escapes', () => {
    expect(normalizeUrl('https://example.com/a%2fb%c3%a9')).toBe('https://example.com/a%2Fb%C3%A9');
  });

  it('makes the spellings of one page equal', () => {
    const spellings = [
      'https://example.org/report',
      'HTTPS://EXAMPLE.ORG/report/',
      'https://example.org:443/report?utm_source=twitter&utm_medium=social',
      'https://example.org/report#top',
      ' https://example.org/report?fbclid=abc ',
    ];
    expect(new Set(spellings.map(normalizeUrl))).toEqual(new Set(['https://example.org/report']));
  });

  it('returns null for what is not an http(s) URL', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('ftp://example.com/')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});
