import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createNonce, NONCE_PATTERN } from '@/lib/http/content-security-policy';
import { decodeBody, makeStampable, stampGzip, stampPlain } from '@/lib/page-cache/nonce-stamp';

const OLD = createNonce();

/** A page of some size with the nonce where Next.js puts it, and some noise of every byte. */
function pageWith(nonces: number, filler: number): Buffer {
  const parts: string[] = [];
  for (let i = 0; i <= nonces; i++) {
    parts.push(`<p>Київ ${'x'.repeat(filler)} ${String.fromCharCode(i % 256)}</p>`);
    if (i < nonces) parts.push(`<script nonce="${OLD}">self.__next_f.push([${i}])</script>`);
  }
  return Buffer.from(parts.join(''));
}

describe('a stored page stamped with a new nonce', () => {
  it.each([
    ['no nonce at all', Buffer.from('<p>plain</p>')],
    ['a nonce at the very start and end', Buffer.from(`${OLD}<p>middle</p>${OLD}`)],
    ['two nonces side by side', Buffer.from(`<a>${OLD}${OLD}</a>`)],
    ['a nonce and nothing else', Buffer.from(OLD)],
    ['an empty page', Buffer.alloc(0)],
    ['a typical page', pageWith(12, 4000)],
    ['a page larger than a deflate window and a stored block', pageWith(40, 70_000)],
  ])('reads back as the same page with the new nonce everywhere: %s', (_, plain) => {
    const stored = makeStampable(plain, OLD);
    const fresh = createNonce();
    const expected = Buffer.from(plain.toString('latin1').replaceAll(OLD, fresh), 'latin1');
    expect(stampPlain(stored, fresh).equals(expected)).toBe(true);
    const gzip = stampGzip(stored, fresh);
    expect(zlib.gunzipSync(gzip).equals(expected)).toBe(true);
    expect(decodeBody(gzip, 'gzip')?.equals(expected)).toBe(true);
    expect(stampPlain(stored, fresh).includes(OLD)).toBe(false);
  });

  it('gives every send its own nonce', () => {
    const stored = makeStampable(pageWith(3, 100), OLD);
    const nonces = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const nonce = createNonce();
      expect(nonce).toMatch(NONCE_PATTERN);
      nonces.add(nonce);
      const body = zlib.gunzipSync(stampGzip(stored, nonce)).toString();
      expect(body).toContain(`nonce="${nonce}"`);
      expect(body).not.toContain(OLD);
    }
    expect(nonces.size).toBe(50);
  });

  it('reads captured bodies in the encodings Next.js sends', () => {
    const plain = pageWith(2, 500);
    expect(decodeBody(zlib.gzipSync(plain), 'gzip')?.equals(plain)).toBe(true);
    expect(decodeBody(zlib.deflateSync(plain), 'deflate')?.equals(plain)).toBe(true);
    expect(decodeBody(plain, undefined)?.equals(plain)).toBe(true);
    expect(decodeBody(plain, 'br')).toBeNull();
    expect(decodeBody(Buffer.from('not gzip'), 'gzip')).toBeNull();
  });
});
