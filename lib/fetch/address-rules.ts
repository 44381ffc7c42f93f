import ipaddr from 'ipaddr.js';

/**
 * Which IP addresses the fetcher may connect to. A cited link is typed by anyone with an editor
 * account, so a fetch must never reach the server's own network: loopback, private and
 * link-local ranges, cloud metadata services, multicast, and the IPv6 forms that smuggle a
 * refused IPv4 address inside them. Everything is refused unless it is ordinary global unicast.
 */

export type AddressVerdict = { refused: false } | { refused: true; reason: string };

type Rule = { cidr: string; reason: string };

/** Checked in order, so the specific metadata entries come before the ranges that hold them. */
const IPV4_RULES: Rule[] = [
  { cidr: '169.254.169.254/32', reason: 'a cloud metadata address' },
  { cidr: '169.254.170.2/32', reason: 'a cloud metadata address' },
  { cidr: '255.255.255.255/32', reason: 'the broadcast address' },
  { cidr: '0.0.0.0/8', reason: 'an unspecified ("this network") address' },
  { cidr: '10.0.0.0/8', reason: 'a private address' },
  { cidr: '100.64.0.0/10', reason: 'a carrier-grade NAT address' },
  { cidr: '127.0.0.0/8', reason: 'a loopback address' },
  { cidr: '169.254.0.0/16', reason: 'a link-local address' },
  { cidr: '172.16.0.0/12', reason: 'a private address' },
  { cidr: '192.0.0.0/24', reason: 'an IETF protocol address' },
  { cidr: '192.0.2.0/24', reason: 'a documentation address' },
  { cidr: '192.88.99.0/24', reason: 'a 6to4 relay address' },
  { cidr: '192.168.0.0/16', reason: 'a private address' },
  { cidr: '198.18.0.0/15', reason: 'a benchmarking address' },
  { cidr: '198.51.100.0/24', reason: 'a documentation address' },
  { cidr: '203.0.113.0/24', reason: 'a documentation address' },
  { cidr: '224.0.0.0/4', reason: 'a multicast address' },
  { cidr: '240.0.0.0/4', reason: 'a reserved address' },
];

const IPV6_RULES: Rule[] = [
  { cidr: '::/128', reason: 'the unspecified address' },
  { cidr: '::1/128', reason: 'a loopback address' },
  { cidr: 'fd00:ec2::254/128', reason: 'a cloud metadata address' },
  { cidr: '64:ff9b:1::/48', reason: 'a local-use NAT64 address' },
  { cidr: '100::/64', reason: 'a discard-only address' },
  { cidr: '2001::/32', reason: 'a Teredo tunnel address' },
  { cidr: '2001:2::/48', reason: 'a benchmarking address' },
  { cidr: '2001:10::/28', reason: 'a reserved (ORCHID) address' },
  { cidr: '2001:20::/28', reason: 'a reserved (ORCHID) address' },
  { cidr: '2001:db8::/32', reason: 'a documentation address' },
  { cidr: '3fff::/20', reason: 'a documentation address' },
  { cidr: 'fc00::/7', reason: 'a unique-local (private) address' },
  { cidr: 'fe80::/10', reason: 'a link-local address' },
  { cidr: 'fec0::/10', reason: 'a site-local address' },
  { cidr: 'ff00::/8', reason: 'a multicast address' },
];

/**
 * IPv6 forms that carry an IPv4 address: they are judged by the IPv4 address inside, so
 * ::ffff:127.0.0.1 is as refused as 127.0.0.1 and 64:ff9b::808:808 is as fine as 8.8.8.8.
 */
const EMBEDDED_IPV4: { cidr: string; form: string; firstByte: number }[] = [
  { cidr: '::ffff:0:0/96', form: 'IPv4-mapped', firstByte: 12 },
  { cidr: '::ffff:0:0:0/96', form: 'IPv4-translated', firstByte: 12 },
  { cidr: '64:ff9b::/96', form: 'NAT64', firstByte: 12 },
  { cidr: '::/96', form: 'IPv4-compatible', firstByte: 12 },
  { cidr: '2002::/16', form: '6to4', firstByte: 2 },
];

const parsedRules = <T extends { cidr: string }>(rules: T[]) =>
  rules.map((rule) => ({ ...rule, range: ipaddr.parseCIDR(rule.cidr) }));

const V4 = parsedRules(IPV4_RULES);
const V6 = parsedRules(IPV6_RULES);
const EMBEDDED = parsedRules(EMBEDDED_IPV4);
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** Parses an address as DNS or a URL gives it (an IPv6 zone such as %eth0 is kept by ipaddr). */
export function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  // isValid accepts the classful shorthands ("127.1"); DNS and the URL parser never produce them.
  if (!ipaddr.IPv4.isValidFourPartDecimal(bare) && !ipaddr.IPv6.isValid(bare)) return null;
  return ipaddr.parse(bare);
}

/** The IPv4 address an IPv6 address carries, when it is one of the embedding forms. */
export function embeddedIPv4(address: ipaddr.IPv6): { v4: ipaddr.IPv4; form: string } | null {
  for (const rule of EMBEDDED) {
    if (!address.match(rule.range)) continue;
    const bytes = address.toByteArray().slice(rule.firstByte, rule.firstByte + 4);
    return { v4: ipaddr.fromByteArray(bytes) as ipaddr.IPv4, form: rule.form };
  }
  return null;
}

function classifyV4(address: ipaddr.IPv4): AddressVerdict {
  const hit = V4.find((rule) => address.match(rule.range));
  return hit ? { refused: true, reason: hit.reason } : { refused: false };
}

function classifyV6(address: ipaddr.IPv6): AddressVerdict {
  const hit = V6.find((rule) => address.match(rule.range));
  if (hit) return { refused: true, reason: hit.reason };
  const embedded = embeddedIPv4(address);
  if (embedded) {
    const inner = classifyV4(embedded.v4);
    return inner.refused
      ? { refused: true, reason: `${embedded.form} form of ${inner.reason} (${embedded.v4})` }
      : inner;
  }
  // Only 2000::/3 is allocated for global unicast; anything else is reserved or unassigned.
  if (!address.match(GLOBAL_UNICAST_V6)) return { refused: true, reason: 'a reserved address' };
  return { refused: false };
}

/** Whether the fetch rules refuse this address, and in words why (before any allow-list). */
export function classifyAddress(address: string): AddressVerdict {
  const parsed = parseAddress(address);
  if (!parsed) return { refused: true, reason: 'not an IP address' };
  return parsed.kind() === 'ipv4'
    ? classifyV4(parsed as ipaddr.IPv4)
    : classifyV6(parsed as ipaddr.IPv6);
}
