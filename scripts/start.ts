/**
 * `npm start`: the one command that takes a fresh clone to a running server. Validates the
 * environment, migrates and (when empty) seeds the database, builds when the build is missing or
 * older than the sources, then serves the production build on PORT.
 */
import { spawn, execFileSync } from 'node:child_process';
import { parseEnv } from '../lib/env';
import { isBuildCurrent, recordBuild } from './build-stamp';
import { prepareDatabase } from './prepare-db';

export async function startServer(): Promise<void> {
  const env = parseEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  await prepareDatabase();

  const nextBin = require.resolve('next/dist/bin/next');
  if (!isBuildCurrent()) {
    console.log('Building Claimtrack (the build is missing or older than the sources)…');
    execFileSync(process.execPath, [nextBin, 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    recordBuild();
  }

  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(env.PORT)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (require.main === module) {
  startServer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
