/**
 * Stand-ins for other server processes in sign-in limit tests: sign-in-limit stores on
 * connections of their own to this test file's database, and a way to hold the counters' table
 * so attempts pile up and then race for it.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider, sqliteFilePath } from '@/lib/database-url';
import { postgresSignInThrottle } from '@/lib/db/postgres/sign-in-throttle';
import type { SignInThrottleStore } from '@/lib/db/sign-in-throttle-store';
import { sqliteSignInThrottle } from '@/lib/db/sqlite/sign-in-throttle';
import { DirectConnection } from '@/lib/db/sqlite/direct-connection';

export interface ThrottleProcesses {
  stores: SignInThrottleStore[];
  /** Blocks every counter write until the returned function is called. */
  holdCounters: () => Promise<() => Promise<void>>;
  close: () => Promise<void>;
}

export function throttleProcesses(count: number): ThrottleProcesses {
  const url = process.env.DATABASE_URL!;
  if (databaseProvider(url) === 'postgres') {
    const pools = Array.from(
      { length: count },
      () => new pg.Pool({ connectionString: url, max: 4 }),
    );
    return {
      stores: pools.map((pool) => postgresSignInThrottle(() => pool)),
      holdCounters: async () => {
        const holder = new pg.Client({ connectionString: url });
        await holder.connect();
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE "SignInFailureCount" IN SHARE ROW EXCLUSIVE MODE');
        return async () => {
          await holder.query('COMMIT');
          await holder.end();
        };
      },
      close: async () => {
        await Promise.all(pools.map((pool) => pool.end()));
      },
    };
  }
  const file = sqliteFilePath(url);
  const connections = Array.from({ length: count }, () => new DirectConnection(file));
  return {
    stores: connections.map((connection) => sqliteSignInThrottle(connection)),
    holdCounters: async () => {
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      return async () => {
        holder.exec('COMMIT');
        holder.close();
      };
    },
    close: async () => {
      for (const connection of connections) connection.close();
    },
  };
}
