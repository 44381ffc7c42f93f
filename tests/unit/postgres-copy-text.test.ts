import { describe, expect, it } from 'vitest';
import { copyChunks, copyText } from '@/lib/db/postgres/copy-in';

// COPY's text format (lib/db/postgres/copy-in.ts): what the import's rows become on the wire.
describe('copyText', () => {
  it('writes NULL as \\N and escapes the four characters COPY gives a meaning', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText('\\N')).toBe('\\\\N');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText('“plain” 🛰️ text')).toBe('“plain” 🛰️ text');
    expect(copyText('')).toBe('');
  });

  it('writes numbers and flags as their text, dates as ISO instants, bytes as hex', () => {
    expect(copyText(0.1)).toBe('0.1');
    expect(copyText(-2.5e-7)).toBe('-2.5e-7');
    expect(copyText(12000)).toBe('12000');
    expect(copyText(true)).toBe('true');
    const date = new Date('2024-11-05T09:00:00.123Z');
    expect(copyText(date)).toBe('2024-11-05T09:00:00.123Z');
    // The same instant again, then another: the remembered text is the instant's, not the object's.
    date.setTime(Date.parse('2025-01-01T00:00:00.000Z'));
    expect(copyText(date)).toBe('2025-01-01T00:00:00.000Z');
    expect(copyText(Buffer.from([0, 255]))).toBe('\\\\x00ff');
  });
});

describe('copyChunks', () => {
  it('writes one line per row, values separated by tabs, in pieces of about a megabyte', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [i, `row ${i}`, null]);
    const counted = { rows: 0 };
    const chunks = [...copyChunks(rows, 3, (row, i) => row[i], counted)];
    expect(counted.rows).toBe(30_000);
    expect(chunks.length).toBe(1);
    expect(chunks[0]!.split('\n').slice(0, 2)).toEqual(['0\trow 0\t\\N', '1\trow 1\t\\N']);
    const long = 'x'.repeat(100_000);
    const big = [
      ...copyChunks(
        Array.from({ length: 25 }, () => long),
        1,
        (row) => row,
      ),
    ];
    expect(big.length).toBe(3);
    expect(big.join('')).toBe(`${long}\n`.repeat(25));
  });

  it('refuses a text UTF-8 cannot carry (a lone surrogate) rather than change it', () => {
    expect(() => [...copyChunks([['fine'], ['\ud800 alone']], 1, (row, i) => row[i])]).toThrow(
      /lone UTF-16 surrogate/,
    );
  });
});
