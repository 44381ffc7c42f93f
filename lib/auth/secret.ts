/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins when set (validated by
 * lib/env.ts: at least 32 characters). Otherwise a fresh clone needs no configuration: the first
 * process that needs it generates 256 random bits into data/auth-secret (git-ignored, mode 0600)
 * and every later start, and every server process of the cluster, reads the same file.
 * Deleting the file signs everybody out. Only for SQLite, where every server process is on this
 * machine: on PostgreSQL the secret must come from BETTER_AUTH_SECRET (lib/env.ts requires it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = path.join('data', 'auth-secret');
const MIN_LENGTH = 32;

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (text.length < MIN_LENGTH) {
    throw new Error(
      `${file} holds fewer than ${MIN_LENGTH} characters. Delete it to have a new secret generated, or set BETTER_AUTH_SECRET.`,
    );
  }
  return text;
}

/**
 * Creates the file only if it does not exist, atomically: the secret is written to a private
 * temporary file first and then hard-linked into place, so a concurrent reader sees either no
 * file or the whole secret, and of two racing processes exactly one secret wins.
 */
function createSecretFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export function resolveAuthSecret(
  options: {
    envSecret?: string | undefined;
    file?: string;
    /**
     * False when servers on other machines share the database (PostgreSQL): a secret generated
     * into this machine's data/ would sign cookies no other server accepts, so it is refused.
     */
    mayGenerate?: boolean;
  } = {},
): string {
  if (options.envSecret) return options.envSecret;
  if (options.mayGenerate === false) {
    throw new Error(
      'BETTER_AUTH_SECRET is not set: every server over a shared database needs the same secret, so none is generated on this machine.',
    );
  }
  // A runtime path, not a build input: keep Turbopack from tracing the project through it.
  const file = path.resolve(/* turbopackIgnore: true */ options.file ?? SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  createSecretFile(file);
  const created = readSecret(file);
  if (!created) throw new Error(`Could not create ${file}.`);
  return created;
}
