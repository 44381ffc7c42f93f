import { describe, expect, it } from 'vitest';
import { addressGroup } from '@/lib/client-address';

describe('addressGroup (what a per-address limit counts)', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(addressGroup('203.0.113.9')).toBe('203.0.113.9');
    expect(addressGroup(' 203.0.113.9 ')).toBe('203.0.113.9');
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 one, in every spelling', () => {
    for (const spelling of [
      '::ffff:203.0.113.9',
      '::FFFF:203.0.113.9',
      '::ffff:cb00:7109',
      '0:0:0:0:0:ffff:203.0.113.9',
      '0000:0000:0000:0000:0000:ffff:cb00:7109',
    ]) {
      expect(addressGroup(spelling)).toBe('203.0.113.9');
    }
  });

  it('counts every address of an IPv6 /64 as one, in every spelling', () => {
    const group = '2001:db8:85a3:8d3::/64';
    for (const spelling of [
      '2001:db8:85a3:8d3::1',
      '2001:DB8:85A3:8D3:1319:8A2E:370:7348',
      '2001:0db8:85a3:08d3:ffff:ffff:ffff:ffff',
      '2001:db8:85a3:8d3::ffff:1.2.3.4',
      '2001:db8:85a3:8d3::1%eth0',
    ]) {
      expect(addressGroup(spelling)).toBe(group);
    }
    expect(addressGroup('2001:db8:85a3:8d4::1')).not.toBe(group);
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('keeps anything that is not an address as given, in lower case', () => {
    expect(addressGroup('unknown')).toBe('unknown');
    expect(addressGroup('Not-An-Address')).toBe('not-an-address');
  });
});
