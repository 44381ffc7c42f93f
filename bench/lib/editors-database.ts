/**
 * The editors benchmark's scratch database: a fresh file, migrated and seeded with the demo data
 * like a new installation, plus the bench's own editors and claims (no citations, so every
 * verdict but Confirmed and False is allowed), and the counters the lost-update check compares.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '@/lib/database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { verdictInfo } from '@/lib/domain/verdicts';
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemoData } from '../../prisma/seed/seed-demo';

export interface EditorsDatabase {
  file: string;
  editorIds: string[];
  claimIds: number[];
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
  const file = sqliteFilePath(databaseUrl);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    fs.rmSync(`${file}${suffix}`, { force: true });
  }
  await applyMigrations(databaseUrl);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  await seedDemoData(databaseUrl);

  const db = createPrismaClient(databaseUrl);
  try {
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
    return { file, editorIds, claimIds };
  } finally {
    await db.$disconnect();
  }
}

export function readCounters(
  file: string,
  claimIds: readonly number[],
): Map<number, ClaimCounters> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const version = sqlite.prepare('SELECT "version" AS n FROM "Claim" WHERE "id" = ?');
    const revisions = sqlite.prepare(
      'SELECT count(*) AS n FROM "VerdictRevision" WHERE "claimId" = ?',
    );
    const events = sqlite.prepare(
      `SELECT count(*) AS n FROM "AuditEvent"
       WHERE "action" = 'verdict.change' AND "entityType" = 'claim' AND "entityId" = ?`,
    );
    const n = (statement: Database.Statement, value: unknown) =>
      (statement.get(value) as { n: number }).n;
    return new Map(
      claimIds.map((id) => [
        id,
        {
          version: n(version, id),
          revisions: n(revisions, id),
          auditEvents: n(events, String(id)),
        },
      ]),
    );
  } finally {
    sqlite.close();
  }
}

/** Claims whose verdict and rationale are not those of their latest revision (a lost write). */
export function claimsOutOfStep(file: string, claimIds: readonly number[]): number[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite.prepare(
      `SELECT c."verdict" = r."verdict" AND c."rationale" = r."rationale" AND c."confidence" = r."confidence" AS same
       FROM "Claim" c
       JOIN "VerdictRevision" r ON r."id" = (SELECT max("id") FROM "VerdictRevision" WHERE "claimId" = c."id")
       WHERE c."id" = ?`,
    );
    return claimIds.filter((id) => (row.get(id) as { same: number } | undefined)?.same !== 1);
  } finally {
    sqlite.close();
  }
}
