import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// The PostgreSQL twin of ../../prisma.config.ts, for `prisma generate` and `prisma migrate diff`
// on the generated PostgreSQL schema. Migrations are applied by lib/migrations (Prisma's own
// deploy fails through adapter-pg: ../../docs/architecture.md, "Migrations").
process.env.DATABASE_URL ??= 'postgresql://localhost/claimtrack';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'migrations') },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
});
