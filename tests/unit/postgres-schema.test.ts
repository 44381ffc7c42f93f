import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresSchemaFrom } from '@/lib/db/postgres/schema-from-sqlite';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the PostgreSQL schema', () => {
  it('is the one written from prisma/schema.prisma (run `npm run db:schema` after a model change)', () => {
    expect(read('prisma/postgres/schema.prisma')).toBe(
      postgresSchemaFrom(read('prisma/schema.prisma')),
    );
  });

  it('stores every date as timestamptz', () => {
    const schema = read('prisma/postgres/schema.prisma');
    const dates = schema.split('\n').filter((line) => /^\s+\w+\s+DateTime\??\s/.test(line));
    expect(dates.length).toBeGreaterThan(20);
    for (const line of dates) expect(line).toContain('@db.Timestamptz(3)');
    expect(schema).toContain('provider = "postgresql"');
  });
});
