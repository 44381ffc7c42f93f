/**
 * Decides whether `.next` is a build of the current sources: a hash of every file that goes into
 * the build is written next to it after a build and compared before the next start.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const STAMP = path.join(ROOT, '.next', 'claimtrack-source-hash');
const INPUT_DIRS = ['app', 'components', 'lib', 'public'];
const INPUT_FILES = [
  'package-lock.json',
  'next.config.js',
  'proxy.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'prisma/schema.prisma',
];
const SKIP = new Set(['node_modules', 'generated']);

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !SKIP.has(entry.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    });
}

export function sourceHash(): string {
  const files = [
    ...INPUT_DIRS.flatMap((d) => listFiles(path.join(ROOT, d))),
    ...INPUT_FILES.map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

export function isBuildCurrent(): boolean {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) || !fs.existsSync(STAMP)) return false;
  return fs.readFileSync(STAMP, 'utf8').trim() === sourceHash();
}

export function recordBuild(): void {
  fs.writeFileSync(STAMP, `${sourceHash()}\n`);
}
