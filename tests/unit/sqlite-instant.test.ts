import { describe, expect, it } from 'vitest';
import { fromSqliteInstant, sqliteInstant } from '@/lib/db/sqlite/instant';

// Rows the direct connection writes must read back through Prisma like Prisma's own, and the
// other way round (lib/db/sqlite/instant.ts).
describe('SQLite instants', () => {
  it('are written as Prisma’s SQLite adapter writes them: UTC, milliseconds, +00:00', () => {
    expect(sqliteInstant(new Date('2024-11-05T09:30:00Z'))).toBe('2024-11-05T09:30:00.000+00:00');
    expect(sqliteInstant(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 67)))).toBe(
      '2026-01-02T03:04:05.067+00:00',
    );
  });

  it('read back as the same instant, whatever form SQLite holds them in', () => {
    const at = new Date('2024-11-05T09:30:00.123Z');
    expect(fromSqliteInstant(sqliteInstant(at))?.getTime()).toBe(at.getTime());
    // SQLite's CURRENT_TIMESTAMP is UTC without a zone: not the server's local time.
    expect(fromSqliteInstant('2024-11-05 09:30:00')?.toISOString()).toBe(
      '2024-11-05T09:30:00.000Z',
    );
    expect(fromSqliteInstant(at.getTime())?.getTime()).toBe(at.getTime());
    expect(fromSqliteInstant(null)).toBeNull();
  });
});
