/**
 * The migrated templates every test database is copied from (./migrated-template.ts,
 * ./migrated-postgres-template.ts) start with the desk's second-editor review OFF: every other
 * feature's tests save verdicts and expect them applied, as a desk without review does (the
 * import round trip, for one, makes its own copies). No claim is in them, so they still count
 * as empty for the demo seed; db:copy's test clears the row from its target. The review tests turn it
 * on for themselves (tests/integration/review-*.test.ts); the demo seed and real desks keep the
 * default (on, lib/desk/desk-settings.ts).
 */
import Database from 'better-sqlite3';
import pg from 'pg';

const REVIEW_OFF = `INSERT INTO "DeskSetting" ("key", "value", "updatedAt") VALUES ('review', 'false', CURRENT_TIMESTAMP)`;

export function turnReviewOffSqlite(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.exec(REVIEW_OFF);
  } finally {
    sqlite.close();
  }
}

export async function turnReviewOffPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(REVIEW_OFF);
  } finally {
    await client.end();
  }
}
