/**
 * `npm start`: the one command that takes a fresh clone to a running server. Validates the
 * environment, migrates and (when empty) seeds the database, builds when the build is missing or
 * older than the sources, then serves the production build on PORT, one process per core.
 */
import { execFileSync } from 'node:child_process';
import { isBuildCurrent, recordBuild } from './build-stamp';
import { loadEnv, runCli } from './cli/run-cli';
import { prepareDatabase } from './prepare-db';
import { serveCluster } from './serve-cluster';

export async function startServer(): Promise<void> {
  const env = await loadEnv();
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

  console.log(`Serving http://localhost:${env.PORT} with ${env.WEB_CONCURRENCY} processes.`);
  serveCluster({ port: env.PORT, workers: env.WEB_CONCURRENCY });
}

if (require.main === module) runCli(startServer);
