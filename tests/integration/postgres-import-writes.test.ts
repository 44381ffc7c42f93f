import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { pool } from '@/lib/db/postgres/run';
import { TransactionEnded, transactionConnection } from '@/lib/db/postgres/transaction-connection';
import { copyInChunks } from '@/lib/db/postgres/copy-in';
import { CHUNK } from '@/lib/import/batches';
import { admin } from '../support/editing';
import { createClaimant, testDb, unique } from '../support/factories';
import { exportedClaim } from '../support/import-files';
import { commitFile } from '../support/import-commits';

/**
 * What the PostgreSQL import relies on besides Prisma: statements sent on the connection of a
 * Prisma transaction belong to that transaction and to nothing else
 * (lib/db/postgres/transaction-connection.ts), and the search rows it makes batch by batch are
 * exactly the rows the search triggers make (lib/db/postgres/import-writes.ts).
 */

const tagNamed = (name: string) => testDb.tag.findFirst({ where: { name } });

describe('a Prisma transaction’s connection', () => {
  it('sees the transaction’s rows, and what it writes commits or rolls back with it', async () => {
    const [mine, prisma] = [unique('Tag via the connection'), unique('Tag via Prisma')];
    await expect(
      db.$transaction(async (tx) => {
        await tx.tag.create({ data: { name: prisma, slug: prisma.replace(/\W+/g, '-') } });
        const on = await transactionConnection(pool(), tx);
        const seen = await on.send((c) => c.query('SELECT 1 FROM "Tag" WHERE name = $1', [prisma]));
        expect(seen.rowCount).toBe(1);
        await on.send((c) =>
          c.query('INSERT INTO "Tag" (name, slug) VALUES ($1, $2)', [
            mine,
            mine.replace(/\W+/g, '-'),
          ]),
        );
        expect(await tx.tag.count({ where: { name: mine } })).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await tagNamed(mine)).toBeNull();
    expect(await tagNamed(prisma)).toBeNull();

    const kept = unique('Tag committed');
    await db.$transaction(async (tx) => {
      const on = await transactionConnection(pool(), tx);
      await on.send((c) =>
        c.query('INSERT INTO "Tag" (name, slug) VALUES ($1, $2)', [
          kept,
          kept.replace(/\W+/g, '-'),
        ]),
      );
    });
    expect(await tagNamed(kept)).not.toBeNull();
  });

  it('sends nothing once the transaction is over: no statement runs on its own', async () => {
    const late = unique('Tag after the end');
    let lent: Awaited<ReturnType<typeof transactionConnection>> | null = null;
    await db.$transaction(async (tx) => {
      lent = await transactionConnection(pool(), tx);
    });
    await expect(
      lent!.send((c) =>
        c.query('INSERT INTO "Tag" (name, slug) VALUES ($1, $2)', [
          late,
          late.replace(/\W+/g, '-'),
        ]),
      ),
    ).rejects.toBeInstanceOf(TransactionEnded);
    expect(await tagNamed(late)).toBeNull();
  });

  it('never lets a statement sent as Prisma rolls back outlive the transaction', async () => {
    // Whichever reaches the connection first — the statement or Prisma's ROLLBACK — the row
    // is gone with the transaction, or the statement is refused unsent.
    for (let attempt = 0; attempt < 20; attempt++) {
      const late = unique('Tag sent during the rollback');
      let sent: Promise<unknown> | null = null;
      await expect(
        db.$transaction(async (tx) => {
          const on = await transactionConnection(pool(), tx);
          sent = on.send((c) =>
            c.query('INSERT INTO "Tag" (name, slug) VALUES ($1, $2)', [
              late,
              late.replace(/\W+/g, '-'),
            ]),
          );
          sent.catch(() => {});
          throw new Error('roll back at once');
        }),
      ).rejects.toThrow('roll back at once');
      const outcome = await sent!.then(
        () => 'sent in the transaction',
        (error: unknown) => (error instanceof TransactionEnded ? 'refused' : error),
      );
      expect(['sent in the transaction', 'refused']).toContain(outcome);
      expect(await tagNamed(late)).toBeNull();
    }
  });
});

describe('a COPY the server refuses', () => {
  it('sends not one more row after the refusal, so none reaches the statements after it', async () => {
    let sent = 0;
    function* chunks() {
      // The first row takes an id in use: refused as soon as the server reads it.
      yield '1\tin use\n';
      // Then far more than the socket holds, so the writer has to wait for the server.
      for (let i = 0; i < 200; i++) {
        sent++;
        yield `${i + 10}\t${'x'.repeat(1 << 20)}\n`;
      }
    }
    const client = await pool().connect();
    try {
      await client.query('CREATE TEMP TABLE copied (id int PRIMARY KEY, name text)');
      await client.query(`INSERT INTO copied VALUES (1, 'first')`);
      await expect(copyInChunks(client, 'copied', ['id', 'name'], chunks())).rejects.toThrow(
        /duplicate key/,
      );
      // How far the writer got depends on when the server's refusal arrives; what matters is
      // that it wrote nothing once the copy was refused.
      const stopped = sent;
      // The connection answers its next statement, and the copy's writer sent nothing more.
      expect((await client.query('SELECT count(*)::int AS n FROM copied')).rows).toEqual([
        { n: 1 },
      ]);
      expect(sent).toBe(stopped);
    } finally {
      await client.query('DROP TABLE IF EXISTS copied');
      client.release();
    }
  });
});

describe('an import of several batches of new claims', () => {
  it('leaves search rows equal to the ones the triggers make, and export text rows to fill', async () => {
    const base = exportedClaim();
    const count = 2 * CHUNK + 7;
    // Documents are made from the rows written (import-search-rows.ts): a claimant already in
    // the library as well as new ones, claims without tags or citations, and text whose
    // document holds the characters COPY and tsvector text escape.
    const existing = await createClaimant(unique('Existing claimant'));
    const rows = Array.from({ length: count }, (_, i) =>
      exportedClaim({
        id: 1_400_001 + i,
        status: i % 3 === 0 ? 'draft' : 'published',
        publishedAt: i % 3 === 0 ? null : base.publishedAt,
        title: i % 5 === 0 ? null : `Title ${i}: troops, “quoted”, 3.5 km/h`,
        statement: `Statement ${i} — https://example.org/a-b_c?d=${i} isn't café.`,
        context: i % 7 === 0 ? `Context ${i}: back\\slash, O'Brien's "words"` : '',
        claimant: {
          name: i % 4 === 3 ? existing.name : `Claimant ${i % 4}`,
          kind: 'agency',
          description: '',
        },
        tags: i % 11 === 0 ? [] : [`Tag ${i % 6}`, `Tag ${(i + 1) % 6}`],
        counts: { supports: i % 13 === 0 ? 0 : 2, contradicts: 0, context: 0 },
        citations: (i % 13 === 0 ? [] : [0, 1]).map((n) => ({
          ...base.citations[0]!,
          quote: `Quote ${n} of ${i}: l'école\tтабуляция\\ "${n}".`,
          source: {
            ...base.citations[0]!.source,
            id: 1_500_000 + ((i + n) % 9),
            title: `Source ${(i + n) % 9}`,
            url: `https://example.org/source/${(i + n) % 9}`,
          },
        })),
      }),
    );
    const { committed } = await commitFile(await admin(), rows);
    expect(committed).toMatchObject({ ok: true, created: count });

    const ids = rows.map((r) => r.id);
    const searchRows = () =>
      testDb.$queryRaw<unknown[]>`
        SELECT "id", "status", "deletedAt", "createdAt", "updatedAt", "verdict", "verdictRank",
               "confidence", "claimantId", "tagIds", "document"::text AS "document"
        FROM "ClaimSearch" WHERE "id" = ANY(${ids}::int[]) ORDER BY "id"`;
    const imported = await searchRows();
    expect(imported).toHaveLength(count);
    // The oracle: the same claims' search rows made again, as the triggers make them.
    await testDb.$executeRaw`SELECT claim_search_refresh(${ids}::int[])`;
    expect(await searchRows()).toEqual(imported);

    const texts = await testDb.claimExportText.findMany({
      where: { claimId: { in: ids } },
      select: { claimId: true, key: true, csv: true, json: true },
      orderBy: { claimId: 'asc' },
    });
    expect(texts).toEqual(ids.map((claimId) => ({ claimId, key: null, csv: null, json: null })));
  }, 60_000);
});
