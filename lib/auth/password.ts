/**
 * Password hashing with Argon2id, shared by sign-in (better-auth's emailAndPassword.password),
 * the admin's "create user" form, `npm run user:create` and the demo seed. Server side only (a
 * native module); no `server-only` and no `@/` imports, because the CLI and the seed load this
 * under tsx, outside Next.
 */
import { hash, verify, type Options } from '@node-rs/argon2';

/** @node-rs/argon2's `Algorithm.Argon2id`, a const enum that isolated modules cannot import. */
const ARGON2ID = 2;

/** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/**
 * The same password typed on two systems may arrive composed or decomposed ("é" as one code
 * point or as "e" + accent); NFKC makes both hash alike (NIST SP 800-63B §5.1.1.2).
 */
function normalize(password: string): string {
  return password.normalize('NFKC');
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that is not an Argon2 hash; never throws. */
export async function verifyPassword(input: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(input.hash, normalize(input.password));
  } catch {
    return false;
  }
}
