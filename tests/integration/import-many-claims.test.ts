import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK } from '@/lib/import/batches';
import { claimSearch } from '@/lib/search/claim-search';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { admin, rowCounts } from '../support/editing';
import { testDb } from '../support/factories';
import { exportedClaim } from '../support/import-files';
import { commitFile, uniqueWord } from '../support/import-commits';

async function found(q: string): Promise<number[]> {
  const page = await claimSearch().findClaimIds(parseClaimListQuery({ q }), {
    offset: 0,
    limit: 50,
  });
  return [...page.ids].sort((a, b) => a - b);
}

/**
 * `count` claims from id `first` on, claim i saying `words[i]` in its statement and quote, and
 * `more(i)` after it.
 */
function claims(
  first: number,
  count: number,
  words: string[],
  more: (i: number) => string = () => '',
) {
  const base = exportedClaim();
  return Array.from({ length: count }, (_, i) =>
    exportedClaim({
      id: first + i,
      statement: `Claim ${i} says ${words[i]}.${more(i)}`,
      citations: [
        {
          ...base.citations[0]!,
          quote: `Quoted ${words[i]}q.`,
          source: { ...base.citations[0]!.source, id: first + 500_000 + (i % 7) },
        },
      ],
    }),
  );
}

const onPostgres = process.env.DATABASE_URL!.startsWith('postgres');

/** The database refuses a new claim whose statement holds "refused-by-the-database". */
async function refuseStatementInDatabase() {
  if (onPostgres) {
    await testDb.$executeRaw`
      CREATE FUNCTION import_test_refuse_new() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.statement LIKE '%refused-by-the-database%' THEN
          RAISE EXCEPTION 'refused for the test';
        END IF;
        RETURN NEW;
      END $$`;
    await testDb.$executeRaw`
      CREATE TRIGGER import_test_refuse_new BEFORE INSERT ON "Claim"
      FOR EACH ROW EXECUTE FUNCTION import_test_refuse_new()`;
    return;
  }
  await testDb.$executeRaw`
    CREATE TRIGGER import_test_refuse_new BEFORE INSERT ON Claim
    WHEN NEW.statement LIKE '%refused-by-the-database%'
    BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`;
}

afterEach(async () => {
  if (onPostgres) {
    await testDb.$executeRaw`DROP TRIGGER IF EXISTS import_test_refuse_new ON "Claim"`;
    await testDb.$executeRaw`DROP FUNCTION IF EXISTS import_test_refuse_new`;
  } else {
    await testDb.$executeRaw`DROP TRIGGER IF EXISTS import_test_refuse_new`;
  }
});

const COUNT = 2 * CHUNK + 201;

/** Each test imports a thousand claims or more: seconds on a loaded machine. */
const SLOW = 60_000;

describe('an import of more claims than one batch', () => {
  it(
    'has every batch found by search: statement and quote, at each batch’s edges',
    async () => {
      const words = Array.from({ length: COUNT }, uniqueWord);
      const { committed } = await commitFile(await admin(), claims(1_300_001, COUNT, words));
      expect(committed).toMatchObject({ ok: true, created: COUNT });
      for (const i of [0, CHUNK - 1, CHUNK, 2 * CHUNK - 1, 2 * CHUNK, COUNT - 1]) {
        expect(await found(words[i]!)).toEqual([1_300_001 + i]);
        expect(await found(`${words[i]}q`)).toEqual([1_300_001 + i]);
      }
    },
    SLOW,
  );

  it(
    'keeps every character and number as the file has it',
    async () => {
      const texts = [
        'back\\slash \\N \\t and a literal tab\tthere',
        'two\nlines, “quotes”, emoji 🛰️, accents éàü, ideographs 北朝鮮',
        '',
      ];
      const rows = claims(1_310_001, CHUNK + 3, Array.from({ length: CHUNK + 3 }, uniqueWord)).map(
        (row, i) => ({
          ...row,
          context: texts[i % texts.length]!,
          quantity: {
            qualifier: 'about',
            value: [0.1, 1234567.891, 2.5e-7][i % 3]!,
            min: null,
            max: null,
            unit: 'km²',
          },
          // A locator is one line: the form (and the import) fold its breaks and tabs.
          citations: row.citations.map((c) => ({ ...c, locator: `p. \\${i} \\N “${i}” 🛰️` })),
        }),
      );
      const { committed } = await commitFile(await admin(), rows);
      expect(committed).toMatchObject({ ok: true, created: rows.length });
      const stored = await testDb.claim.findMany({
        where: { id: { gte: 1_310_001, lt: 1_310_001 + rows.length } },
        orderBy: { id: 'asc' },
        select: {
          context: true,
          quantityValue: true,
          quantityUnit: true,
          createdAt: true,
          citations: { select: { locator: true } },
        },
      });
      expect(stored).toEqual(
        rows.map((row) => ({
          context: row.context,
          quantityValue: row.quantity.value,
          quantityUnit: 'km²',
          createdAt: new Date(row.createdAt),
          citations: [{ locator: row.citations[0]!.locator }],
        })),
      );
    },
    SLOW,
  );

  it(
    'is all or nothing: a claim the database refuses in a later batch leaves no row',
    async () => {
      await refuseStatementInDatabase();
      const rows = claims(1_320_001, COUNT, Array.from({ length: COUNT }, uniqueWord), (i) =>
        i === CHUNK + 100 ? ' refused-by-the-database' : '',
      );
      const before = await rowCounts();
      const exportTexts = await testDb.claimExportText.count();
      const { committed } = await commitFile(await admin(), rows);
      expect(committed).toMatchObject({ ok: false });
      expect((committed as { message: string }).message).toMatch(
        /failed, so nothing was imported\. The database is unchanged\.$/,
      );
      expect(await rowCounts()).toEqual(before);
      expect(await testDb.claimExportText.count()).toBe(exportTexts);

      // The transaction's connection is fit for the next import.
      await testDb.$executeRaw`SELECT 1`;
      const { committed: again } = await commitFile(
        await admin(),
        claims(1_330_001, 3, [uniqueWord(), uniqueWord(), uniqueWord()]),
      );
      expect(again).toMatchObject({ ok: true, created: 3 });
    },
    SLOW,
  );
});
