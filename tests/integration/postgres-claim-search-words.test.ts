import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * claim_search_words, rewritten with one regular expression (migration 20261204110000) for
 * speed, gives exactly what the translate() it replaced gave (migration 20261203100200, kept
 * here as the oracle): for every Unicode code point, and for texts mixing them.
 */
const TRANSLATE_LIST = `!"#$%&''()*+,-./:;<=>?@[\\]^_\`{|}~‘’‚“”„–—…«»‹›·•¡¿`;
const oracle = (expression: string) =>
  `translate(${expression}, '${TRANSLATE_LIST}', repeat(' ', 49))`;

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe('claim_search_words', () => {
  it('lists the 49 characters the oracle turns into spaces', async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT char_length('${TRANSLATE_LIST}') AS n`,
    );
    expect(rows[0]!.n).toBe(49);
  });

  it('matches translate() on every code point, in blocks of 4,096', async () => {
    const { rows } = await client.query<{ blocks: number; differ: number }>(
      `WITH blocks AS (
         SELECT cp / 4096 AS b, string_agg(chr(cp), '' ORDER BY cp) AS body
         FROM generate_series(1, 1114111) AS cp
         WHERE cp NOT BETWEEN 55296 AND 57343
         GROUP BY cp / 4096)
       SELECT count(*)::int AS blocks,
              count(*) FILTER (WHERE claim_search_words(body)
                               IS DISTINCT FROM ${oracle('body')})::int AS differ
       FROM blocks`,
    );
    expect(rows[0]).toEqual({ blocks: 272, differ: 0 });
  });

  it('matches translate() on texts, empty and NULL included', async () => {
    const texts = [
      '',
      'plain words',
      'a-b\\c]d[e^f_g`h{i}j~k',
      'https://example.org/x?y=1&z=2#top',
      '“Quoted” — ‘said’ … «this» ‹that› ·•¡¿ 3.5%',
      'line\nbreak\ttab',
    ];
    const { rows } = await client.query<{ same: boolean }>(
      `SELECT claim_search_words(t) IS NOT DISTINCT FROM ${oracle('t')} AS same
       FROM unnest($1::text[]) AS t
       UNION ALL SELECT claim_search_words(NULL) IS NULL`,
      [texts],
    );
    expect(rows.map((r) => r.same)).toEqual(texts.map(() => true).concat(true));
  });
});
