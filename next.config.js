// The environment is validated by lib/env.ts, which scripts/start.ts runs before building or
// serving and which lib/db.ts imports on the server's first query.

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native module: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
};

module.exports = nextConfig;
