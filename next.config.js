// The environment is validated by lib/env.ts, which scripts/start.ts runs before building or
// serving and which lib/db.ts imports on the server's first query.

// Both sizes are lib/http/body-limits.ts's (this file cannot import TypeScript); a unit test
// holds them equal. proxy.ts refuses a longer body before Next.js buffers it.
const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
const HANDLER_BODY_LIMIT_BYTES = 51 * 1024 * 1024;

/**
 * The hosts of the configured public origin. proxy.ts already refuses a server action from any
 * other origin; Next.js checks again against the request's Host, which behind a reverse proxy
 * may be an internal name, so it is told the public one too.
 */
function publicHosts() {
  return [process.env.SITE_URL, process.env.BETTER_AUTH_URL].flatMap((url) => {
    try {
      return url ? [new URL(url).host] : [];
    } catch {
      return [];
    }
  });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native module: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  experimental: {
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES, allowedOrigins: publicHosts() },
    proxyClientMaxBodySize: HANDLER_BODY_LIMIT_BYTES,
  },
};

module.exports = nextConfig;
