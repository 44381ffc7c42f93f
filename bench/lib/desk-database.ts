/**
 * The desk bench's data: the pages bench's 100,000-claim file (bench/lib/database.ts) with its
 * claims on the desk (scripts/synth/desk.ts; added to a file made before the desk existed), a
 * PostgreSQL copy of it for `--database postgres`, and signed-in sessions for its 50 editors:
 * session rows plus the cookie better-auth would set (as e2e/fixtures.ts signInAs does), so the
 * bench measures pages, not Argon2.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { closePostgresPools } from '@/lib/db/postgres/connect';
import { createPrismaClient } from '@/lib/prisma-client';
import {
  DESK_EDITORS,
  deskEditorId,
  hasDesk,
  spreadClaimsOverDesk,
} from '../../scripts/synth/desk';
import { ensurePostgresCopy } from './postgres-pages';

/** When the bench data set ends (bench/lib/database.ts BENCH_UNTIL): the desk's "now". */
const DESK_NOW = new Date('2026-11-01T00:00:00Z');
const POSTGRES_DATABASE = 'claimtrack_bench_desk';

/** The secret the bench's server signs session cookies with (≥ 32 characters, lib/env.ts). */
export const DESK_BENCH_SECRET = 'desk-bench-only-secret-0123456789abcdefghijkl';

/** Puts the file's claims on the desk unless they already are. */
export function ensureDeskData(file: string, log: (line: string) => void): void {
  const db = new Database(file);
  try {
    if (hasDesk(db)) return;
    log('Putting the data set’s claims on the desk (stages, 50 editors, follows, notifications)…');
    const written = spreadClaimsOverDesk(db, 0, DESK_NOW);
    log(`  ${written.claims} claims, ${written.notifications} notifications; ANALYZE…`);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** The desk bench's PostgreSQL copy: the pages data set with the desk's editors in it. */
export function ensurePostgresDesk(
  sqliteUrl: string,
  claims: number,
  log: (line: string) => void,
): Promise<string> {
  return ensurePostgresCopy(sqliteUrl, POSTGRES_DATABASE, claims, log, async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM "user" WHERE "id" = $1', [
        deskEditorId(0),
      ]);
      return rowCount === 1;
    } catch {
      return false;
    } finally {
      await client.end();
    }
  });
}

export interface DeskEditor {
  id: string;
  /** The Cookie header that signs a request in as this editor. */
  cookie: string;
}

/** A fresh session for each of the 50 editors (the bench's old ones removed first). */
export async function signInDeskEditors(databaseUrl: string): Promise<DeskEditor[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    await db.session.deleteMany({ where: { userAgent: 'desk bench' } });
    const editors: DeskEditor[] = [];
    for (let i = 0; i < DESK_EDITORS; i++) {
      const id = deskEditorId(i);
      const token = crypto.randomBytes(24).toString('base64url');
      await db.session.create({
        data: {
          id: crypto.randomUUID(),
          token,
          userId: id,
          expiresAt: new Date(Date.now() + 6 * 60 * 60 * 1000),
          ipAddress: '127.0.0.1',
          userAgent: 'desk bench',
        },
      });
      const signature = crypto
        .createHmac('sha256', DESK_BENCH_SECRET)
        .update(token)
        .digest('base64');
      editors.push({
        id,
        cookie: `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`,
      });
    }
    return editors;
  } finally {
    await db.$disconnect();
    await closePostgresPools();
  }
}
