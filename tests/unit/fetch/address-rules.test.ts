import { describe, expect, it } from 'vitest';
import { classifyAddress } from '@/lib/fetch/address-rules';
import { judgeAddress, parseAllowList } from '@/lib/fetch/allow-list';

/** [address, the words the refusal gives] for every refused range, first and last address. */
const REFUSED_V4: [string, string][] = [
  ['0.0.0.0', 'unspecified'],
  ['0.255.255.255', 'unspecified'],
  ['10.0.0.0', 'private'],
  ['10.255.255.255', 'private'],
  ['100.64.0.0', 'carrier-grade NAT'],
  ['100.127.255.255', 'carrier-grade NAT'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['169.254.0.1', 'link-local'],
  ['169.254.169.254', 'cloud metadata'],
  ['169.254.170.2', 'cloud metadata'],
  ['169.254.255.255', 'link-local'],
  ['172.16.0.0', 'private'],
  ['172.31.255.255', 'private'],
  ['192.0.0.170', 'IETF protocol'],
  ['192.0.2.1', 'documentation'],
  ['192.88.99.1', '6to4 relay'],
  ['192.168.0.1', 'private'],
  ['192.168.255.255', 'private'],
  ['198.18.0.0', 'benchmarking'],
  ['198.19.255.255', 'benchmarking'],
  ['198.51.100.7', 'documentation'],
  ['203.0.113.9', 'documentation'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.255', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.254', 'reserved'],
  ['255.255.255.255', 'broadcast'],
];

/** Just outside each refused range, and ordinary public addresses. */
const ALLOWED_V4 = [
  '1.1.1.1',
  '8.8.8.8',
  '9.255.255.255',
  '11.0.0.0',
  '100.63.255.255',
  '100.128.0.0',
  '126.255.255.255',
  '128.0.0.0',
  '169.253.255.255',
  '169.255.0.0',
  '172.15.255.255',
  '172.32.0.0',
  '192.167.255.255',
  '192.169.0.0',
  '198.17.255.255',
  '198.20.0.0',
  '223.255.255.255',
];

const REFUSED_V6: [string, string][] = [
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['febf:ffff::1', 'link-local'],
  ['fec0::1', 'site-local'],
  ['fc00::1', 'unique-local'],
  ['fdff:ffff::1', 'unique-local'],
  ['fd00:ec2::254', 'cloud metadata'],
  ['ff02::1', 'multicast'],
  ['ff0e::1', 'multicast'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation'],
  ['2001:2::1', 'benchmarking'],
  ['2001::1', 'Teredo'],
  ['2001:10::1', 'ORCHID'],
  ['2001:20::1', 'ORCHID'],
  ['100::1', 'discard-only'],
  ['64:ff9b:1::1', 'local-use NAT64'],
  ['1::1', 'reserved'],
  ['4000::1', 'reserved'],
];

/** IPv6 forms that carry a refused IPv4 address: refused for the address inside. */
const REFUSED_EMBEDDED: [string, string][] = [
  ['::ffff:127.0.0.1', 'IPv4-mapped form of a loopback address (127.0.0.1)'],
  ['::ffff:7f00:1', 'IPv4-mapped form of a loopback address (127.0.0.1)'],
  ['::ffff:10.1.2.3', 'IPv4-mapped form of a private address (10.1.2.3)'],
  ['::ffff:169.254.169.254', 'IPv4-mapped form of a cloud metadata address (169.254.169.254)'],
  ['::ffff:0:c0a8:101', 'IPv4-translated form of a private address (192.168.1.1)'],
  ['::7f00:1', 'IPv4-compatible form of a loopback address (127.0.0.1)'],
  ['::a00:1', 'IPv4-compatible form of a private address (10.0.0.1)'],
  ['64:ff9b::7f00:1', 'NAT64 form of a loopback address (127.0.0.1)'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 form of a cloud metadata address (169.254.169.254)'],
  ['2002:a00:1::1', '6to4 form of a private address (10.0.0.1)'],
  ['2002:7f00:1::', '6to4 form of a loopback address (127.0.0.1)'],
  ['2002:c0a8:101:ffff::1', '6to4 form of a private address (192.168.1.1)'],
];

const ALLOWED_V6 = [
  '2606:4700:4700::1111',
  '2a00:1450:4001:80b::200e',
  '2001:4860:4860::8888',
  '::ffff:8.8.8.8',
  '64:ff9b::808:808',
  '2002:808:808::1',
];

describe('address rules', () => {
  it.each(REFUSED_V4)('refuses IPv4 %s as %s', (address, words) => {
    const verdict = classifyAddress(address);
    expect(verdict.refused).toBe(true);
    expect(verdict.refused && verdict.reason).toContain(words);
  });

  it.each(ALLOWED_V4)('lets public IPv4 %s through', (address) => {
    expect(classifyAddress(address)).toEqual({ refused: false });
  });

  it.each(REFUSED_V6)('refuses IPv6 %s as %s', (address, words) => {
    const verdict = classifyAddress(address);
    expect(verdict.refused).toBe(true);
    expect(verdict.refused && verdict.reason).toContain(words);
  });

  it.each(REFUSED_EMBEDDED)('refuses %s, saying %s', (address, reason) => {
    expect(classifyAddress(address)).toEqual({ refused: true, reason });
  });

  it.each(ALLOWED_V6)('lets public IPv6 %s through', (address) => {
    expect(classifyAddress(address)).toEqual({ refused: false });
  });

  it.each(['', 'localhost', '127.1', '0x7f000001', '1.2.3.4.5', ':::1', '[::1'])(
    'refuses %j, which is not an address',
    (text) => {
      expect(classifyAddress(text)).toEqual({ refused: true, reason: 'not an IP address' });
    },
  );

  it('reads bracketed IPv6 as a URL writes it', () => {
    expect(classifyAddress('[::1]')).toEqual({ refused: true, reason: 'a loopback address' });
  });
});

describe('allow-list', () => {
  it('lets a named address through on its port only when a port is given', () => {
    const list = parseAllowList(['127.0.0.1:4010']);
    expect(judgeAddress(list, '127.0.0.1', '127.0.0.1', '4010').refused).toBe(false);
    expect(judgeAddress(list, '127.0.0.1', '127.0.0.1', '4011').refused).toBe(true);
    expect(judgeAddress(list, '127.0.0.2', '127.0.0.2', '4010').refused).toBe(true);
  });

  it('lets a CIDR range through on any port, and nothing outside it', () => {
    const list = parseAllowList(['10.20.0.0/16', 'fd12:3456::/32']);
    expect(judgeAddress(list, 'wiki.internal', '10.20.3.4', '80').refused).toBe(false);
    expect(judgeAddress(list, 'wiki.internal', '10.21.0.1', '80').refused).toBe(true);
    expect(judgeAddress(list, 'wiki.internal', 'fd12:3456::9', '443').refused).toBe(false);
    expect(judgeAddress(list, 'wiki.internal', 'fd12:3457::9', '443').refused).toBe(true);
  });

  it('lets a named host through whatever private address it resolves to', () => {
    const list = parseAllowList(['Intranet.Example.']);
    expect(judgeAddress(list, 'intranet.example', '192.168.1.5', '80').refused).toBe(false);
    expect(judgeAddress(list, 'other.example', '192.168.1.5', '80').refused).toBe(true);
  });

  it('allows the IPv6 forms of an allowed IPv4 address, and no more', () => {
    const list = parseAllowList(['127.0.0.1/32']);
    expect(judgeAddress(list, 'h', '::ffff:127.0.0.1', '80').refused).toBe(false);
    expect(judgeAddress(list, 'h', '::ffff:127.0.0.2', '80').refused).toBe(true);
    expect(judgeAddress(list, 'h', '::1', '80').refused).toBe(true);
  });

  it('names IPv6 hosts with brackets and a port', () => {
    const list = parseAllowList(['[::1]:4010', '::2']);
    expect(judgeAddress(list, '::1', '::1', '4010').refused).toBe(false);
    expect(judgeAddress(list, '::1', '::1', '80').refused).toBe(true);
    // A bare IPv6 entry is the address on any port, whichever way it is spelt.
    expect(judgeAddress(list, '::2', '::2', '80').refused).toBe(false);
    expect(judgeAddress(list, '::0:2', '::0:2', '8080').refused).toBe(false);
    expect(judgeAddress(list, '::3', '::3', '80').refused).toBe(true);
  });

  it('refuses a malformed range at start-up with the entry named', () => {
    expect(() => parseAllowList(['10.0.0.0/33'])).toThrow(
      '"10.0.0.0/33" is not a valid CIDR range',
    );
  });

  it('leaves public addresses alone whatever the list says', () => {
    expect(judgeAddress(parseAllowList([]), 'example.org', '93.184.215.14', '443')).toEqual({
      refused: false,
    });
  });
});
