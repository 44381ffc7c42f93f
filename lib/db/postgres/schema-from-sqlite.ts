/**
 * The PostgreSQL schema, written from the SQLite one (prisma/schema.prisma, the one model
 * definition). Prisma 6.19 cannot take a datasource's provider from the environment, so each
 * provider needs its own schema file; writing one from the other keeps them from drifting
 * (tests/unit/postgres-schema.test.ts fails when the committed file differs from this output).
 *
 * Changes, and why:
 * - provider `postgresql` and its own generated client (lib/generated/prisma-postgres);
 * - every DateTime is `timestamptz(3)`: a plain `timestamp` written through `pg` from a process
 *   in another time zone was stored hours off (../shared/POSTGRES.md).
 */
export const POSTGRES_SCHEMA_HEADER =
  '// GENERATED from prisma/schema.prisma by `npm run db:schema` — edit that file, not this one.\n';

export function postgresSchemaFrom(sqliteSchema: string): string {
  let text = sqliteSchema;
  text = replaceOnce(text, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  text = replaceOnce(
    text,
    /output\s*=\s*"\.\.\/lib\/generated\/prisma"/,
    'output       = "../../lib/generated/prisma-postgres"',
  );
  // A field line: name, DateTime or DateTime?, attributes. The native type goes right after the
  // type so `@default(now())` and `@updatedAt` keep working.
  text = text.replace(
    /^([ \t]+\w+[ \t]+DateTime\??)([ \t]*)(.*)$/gm,
    (_line, field: string, space: string, rest: string) =>
      `${field}${space || ' '}@db.Timestamptz(3)${rest ? ` ${rest}` : ''}`.trimEnd(),
  );
  return POSTGRES_SCHEMA_HEADER + text;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected ${pattern}`);
  return text.replace(pattern, replacement);
}
