import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { resolveDatabaseUrl } from './lib/database-url';

// The schema's `url = env("DATABASE_URL")` must resolve for the CLI, so the default is set here.
process.env.DATABASE_URL = resolveDatabaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  // Prisma 7's Rust schema engine cannot be downloaded here; the WebAssembly engine runs offline.
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! }),
});
