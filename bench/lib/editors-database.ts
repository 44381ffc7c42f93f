/**
 * The editors benchmark's scratch database (SQLite file or PostgreSQL database, recreated every
 * run): migrated and seeded with the demo data like a new installation, plus the bench's own
 * editors and claims (no citations, so every verdict but Confirmed and False is allowed), and
 * the counters the lost-update check compares — read through Prisma, so on either provider.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider, sqliteFilePath } from '@/lib/database-url';
import { closePostgresPools } from '@/lib/db/postgres/connect';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { verdictInfo } from '@/lib/domain/verdicts';
import { Prisma } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemoData } from '../../prisma/seed/seed-demo';

export interface EditorsDatabase {
  editorIds: string[];
  claimIds: number[];
}

/** Drops and recreates the scratch database: every run starts from a new installation. */
async function recreate(databaseUrl: string): Promise<void> {
  if (databaseProvider(databaseUrl) === 'postgres') {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    } finally {
      await client.end();
    }
    await applyMigrations(databaseUrl);
    return;
  }
  const file = sqliteFilePath(databaseUrl);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    fs.rmSync(`${file}${suffix}`, { force: true });
  }
  await applyMigrations(databaseUrl);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
}

/** Per claim: its version, its verdict revisions and its verdict.change audit events. */
export interface ClaimCounters {
  version: number;
  revisions: number;
  auditEvents: number;
}

export async function prepareEditorsDatabase(
  databaseUrl: string,
  editors: number,
  claims: number,
): Promise<EditorsDatabase> {
  await recreate(databaseUrl);
  await seedDemoData(databaseUrl);

  const db = createPrismaClient(databaseUrl);
  try {
    // Review off: the bench measures the direct verdict save (the hot path), which is what a
    // save is on a desk without second-editor review; with review on, saves wait as proposals.
    await db.deskSetting.upsert({
      where: { key: 'review' },
      create: { key: 'review', value: 'false' },
      update: { value: 'false' },
    });
    const editorIds: string[] = [];
    for (let i = 1; i <= editors; i++) {
      const user = await db.user.create({
        data: {
          id: `bench-editor-${i}`,
          name: `Bench editor ${i}`,
          email: `bench-editor-${i}@bench.claimtrack.example`,
          role: 'editor',
        },
      });
      editorIds.push(user.id);
    }
    const claimIds: number[] = [];
    for (let i = 1; i <= claims; i++) {
      const claim = await db.claim.create({
        data: {
          title: `Bench claim ${i}`,
          statement: `Statement of bench claim ${i}, edited concurrently by the editors benchmark.`,
          verdict: 'unverified',
          verdictRank: verdictInfo('unverified').rank,
          confidence: 'low',
          rationale: '',
          status: 'published',
          publishedAt: new Date(),
          claimant: {
            connectOrCreate: {
              where: { name: 'Bench claimant' },
              create: { name: 'Bench claimant' },
            },
          },
          revisions: {
            create: [{ verdict: 'unverified', confidence: 'low', rationale: '' }],
          },
        },
        select: { id: true },
      });
      claimIds.push(claim.id);
    }
    return { editorIds, claimIds };
  } finally {
    await db.$disconnect();
    await closePostgresPools();
  }
}

/** Runs `read` on a short-lived client of the scratch database. */
async function withClient<T>(
  databaseUrl: string,
  read: (db: ReturnType<typeof createPrismaClient>) => Promise<T>,
): Promise<T> {
  const db = createPrismaClient(databaseUrl);
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
    await closePostgresPools();
  }
}

export function readCounters(
  databaseUrl: string,
  claimIds: readonly number[],
): Promise<Map<number, ClaimCounters>> {
  return withClient(databaseUrl, async (db) => {
    const rows = await db.$queryRaw<
      { id: number; version: number; revisions: number; auditEvents: number }[]
    >(Prisma.sql`
      SELECT c."id", c."version",
        (SELECT CAST(count(*) AS INTEGER) FROM "VerdictRevision" r WHERE r."claimId" = c."id")
          AS "revisions",
        (SELECT CAST(count(*) AS INTEGER) FROM "AuditEvent" e
          WHERE e."action" = 'verdict.change' AND e."entityType" = 'claim'
            AND e."entityId" = CAST(c."id" AS TEXT)) AS "auditEvents"
      FROM "Claim" c WHERE c."id" IN (${Prisma.join(claimIds)})`);
    return new Map(
      rows.map((r) => [
        Number(r.id),
        {
          version: Number(r.version),
          revisions: Number(r.revisions),
          auditEvents: Number(r.auditEvents),
        },
      ]),
    );
  });
}

/** Claims whose verdict and rationale are not those of their latest revision (a lost write). */
export function claimsOutOfStep(
  databaseUrl: string,
  claimIds: readonly number[],
): Promise<number[]> {
  return withClient(databaseUrl, async (db) => {
    const rows = await db.$queryRaw<{ id: number }[]>(Prisma.sql`
      SELECT c."id" FROM "Claim" c
      JOIN "VerdictRevision" r
        ON r."id" = (SELECT max("id") FROM "VerdictRevision" WHERE "claimId" = c."id")
      WHERE c."id" IN (${Prisma.join(claimIds)})
        AND c."verdict" = r."verdict" AND c."rationale" = r."rationale"
        AND c."confidence" = r."confidence"`);
    const inStep = new Set(rows.map((r) => Number(r.id)));
    return claimIds.filter((id) => !inStep.has(id));
  });
}
