import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The checked-in migrations: one folder per migration, holding `migration.sql`. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

/** PostgreSQL's own history, generated from the same models (prisma/postgres/schema.prisma). */
export const POSTGRES_MIGRATIONS_DIR = path.resolve(
  __dirname,
  '..',
  '..',
  'prisma',
  'postgres',
  'migrations',
);

export interface MigrationFile {
  /** The folder's name, e.g. `20261126000000_init`; the order migrations are applied in. */
  name: string;
  script: string;
  /** Hex SHA-256 of `migration.sql`'s bytes, as Prisma records it in `_prisma_migrations`. */
  checksum: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The migrations in `dir`, oldest first (folder names start with a timestamp, like Prisma's). */
export function readMigrationFiles(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, file: path.join(dir, entry.name, 'migration.sql') }))
    .filter(({ file }) => fs.existsSync(file))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, file }) => {
      const script = fs.readFileSync(file, 'utf8');
      return { name, script, checksum: sha256(script) };
    });
}

/**
 * Whether `script` is the one a recorded checksum was taken of. Like Prisma, a checkout with
 * the other line endings (git on Windows) still matches: only a change of content does not.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const lf = script.replace(/\r\n/g, '\n');
  return [script, lf, lf.replace(/\n/g, '\r\n')].some((variant) => sha256(variant) === checksum);
}
