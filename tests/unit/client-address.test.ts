import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/client-address';

describe('clientAddress', () => {
  it('ignores a forged X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('1.2.3.4', '203.0.113.9', 0)).toBe('203.0.113.9');
    expect(clientAddress(undefined, '203.0.113.9', 0)).toBe('203.0.113.9');
  });

  it('takes the address the trusted proxy saw, not what the client prepended', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy (10.0.0.2) appended 198.51.100.7.
    expect(clientAddress('1.2.3.4, 198.51.100.7', '10.0.0.2', 1)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', '10.0.0.2', 1)).toBe('198.51.100.7');
    // Two proxies of ours: CDN then load balancer.
    expect(clientAddress('1.2.3.4, 198.51.100.7, 10.0.0.1', '10.0.0.2', 2)).toBe('198.51.100.7');
  });

  it('falls back to the leftmost address when the chain is shorter than the trusted hops', () => {
    expect(clientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(clientAddress(['198.51.100.7'], '10.0.0.2', 3)).toBe('198.51.100.7');
  });
});
