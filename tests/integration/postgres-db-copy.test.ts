/**
 * `npm run db:copy` (issue 12): a desk moves from SQLite to PostgreSQL whole. The demo data set
 * on a new SQLite file is copied into this test's PostgreSQL database, as the real command;
 * PostgreSQL-only because PostgreSQL is the target.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { seedDemoData } from '@/prisma/seed/seed-demo';
import { claimInput } from '../support/editing';
import { testDb } from '../support/factories';

const ROOT = path.resolve(__dirname, '..', '..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-copy-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function dbCopy(from: string, to: string) {
  return spawnSync('npm', ['run', '--silent', 'db:copy', '--', '--from', from, '--to', to], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: undefined },
  });
}

describe('npm run db:copy', () => {
  it('copies every table with its ids, verified per table, then refuses the now non-empty target', async () => {
    const from = `file:${path.join(folder, 'desk.db')}`;
    await applyMigrations(from);
    await seedDemoData(from);
    // The demo has no intake record; the desk's own do get copied (lib/db/copy/copied-tables.ts).
    const desk = new Database(path.join(folder, 'desk.db'));
    desk
      .prepare(
        `INSERT INTO "IntakeRecord" ("id", "updatedAt", "createdById", "sourceId", "title", "textHash", "textLength", "excerpt", "suggestions")
         VALUES (7, CURRENT_TIMESTAMP, 'someone', 1, 'Kept intake', 'abc', 11, 'Kept intake', '[]')`,
      )
      .run();
    desk.close();
    const to = process.env.DATABASE_URL!;
    // The test's database starts with review off (tests/support/review-off.ts): the copy's
    // target must be empty.
    await testDb.deskSetting.deleteMany();

    const copied = dbCopy(from, to);
    expect(copied.stderr).toBe('');
    expect(copied.status).toBe(0);
    expect(copied.stdout).toMatch(/every table matches its source/);
    expect(copied.stdout).toMatch(/^Claim\s+18\s+18\s+(\w{16})\s+\1\s+same$/m);
    // The demo's story, its claims and the unit list come along.
    expect(copied.stdout).toMatch(/^StoryClaim\s+9\s+9\s+(\w{16})\s+\1\s+same$/m);
    expect(copied.stdout).toMatch(/^QuantityUnitSynonym\s+10\s+10\s+(\w{16})\s+\1\s+same$/m);

    // What a reader sees is the same: claims with their ids, dates and verdicts, and the users.
    const source = new Database(path.join(folder, 'desk.db'), { readonly: true });
    const sourceClaims = source
      .prepare('SELECT id, statement, verdict, updatedAt FROM "Claim" ORDER BY id')
      .all() as { id: number; statement: string; verdict: string; updatedAt: string }[];
    const sourceUsers = source.prepare('SELECT email FROM "user"').all();
    source.close();
    const claims = await testDb.claim.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, statement: true, verdict: true, updatedAt: true },
    });
    expect(claims).toEqual(sourceClaims.map((c) => ({ ...c, updatedAt: new Date(c.updatedAt) })));
    expect(await testDb.user.findMany({ select: { email: true } })).toEqual(sourceUsers);
    expect(await testDb.session.count()).toBe(0);
    expect(await testDb.intakeRecord.findMany({ select: { id: true, title: true } })).toEqual([
      { id: 7, title: 'Kept intake' },
    ]);

    // The sequences were moved past the copied ids: the next claim made in a form gets a new one.
    const editor = await testDb.user.findFirstOrThrow();
    const created = await createClaim({ id: editor.id, role: 'editor' }, claimInput());
    if (!created.ok) throw new Error(created.message);
    expect(created.value.id).toBeGreaterThan(Math.max(...sourceClaims.map((c) => c.id)));

    const again = dbCopy(from, to);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toMatch(
      /^The target database is not empty \(user holds a row\): db:copy only fills an empty database\./,
    );
    expect(await testDb.claim.count()).toBe(sourceClaims.length + 1);
  }, 60_000);
});
