import { describe, expect, it } from 'vitest';
import { Utf8Writer } from '@/lib/export/utf8-writer';

/** The export's page bytes: text written piecewise comes out as the same UTF-8, in order. */
describe('UTF-8 writer', () => {
  const decode = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

  it('gives the text written, across many buffers, multi-byte letters intact', () => {
    const pieces = Array.from({ length: 20_000 }, (_, i) =>
      i % 3 === 0 ? `Київ “${i}” 北朝鮮 🛰️\n` : `plain ascii line ${i}, with a comma\r\n`,
    );
    pieces.push('x'.repeat(700_000)); // larger than one buffer
    pieces.push('end');
    const out = new Utf8Writer();
    for (const piece of pieces) out.write(piece);
    const chunks = out.chunks();
    expect(chunks.length).toBeGreaterThan(3);
    expect(decode(chunks)).toBe(pieces.join(''));
  });

  it('gives each buffer memory of its own, so it can be handed to another thread', () => {
    const out = new Utf8Writer();
    out.write('short');
    const [chunk] = out.chunks();
    expect(chunk!.byteOffset).toBe(0);
    expect(chunk!.buffer).not.toBe(Buffer.from('short').buffer);
    expect(Buffer.from(chunk!).toString()).toBe('short');
  });

  it('copies stored UTF-8 bytes in among text, in order, larger than a buffer too', () => {
    const stored = [Buffer.from('Київ, "stored"\r\n'), Buffer.from('y'.repeat(600_000))];
    const out = new Utf8Writer();
    out.write('head ');
    out.writeBytes(stored[0]!);
    out.writeBytes(new Uint8Array(0));
    out.write('北朝鮮 ');
    out.writeBytes(stored[1]!);
    out.write(' tail');
    const text = `head ${stored[0]!.toString()}北朝鮮 ${stored[1]!.toString()} tail`;
    expect(decode(out.chunks())).toBe(text);
  });

  it('gives nothing when nothing was written', () => {
    const out = new Utf8Writer();
    out.write('');
    expect(out.chunks()).toEqual([]);
  });
});
