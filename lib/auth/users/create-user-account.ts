/**
 * Writes a new account: the user row and its email/password ("credential") account in the shape
 * better-auth reads at sign-in, with its audit event. Used by `npm run user:create`, the demo
 * seed and, behind the admin's role check, /admin/users (./create-user.ts). No `server-only` and relative imports
 * only: the CLI and the seed load it under tsx, outside Next.
 */
import crypto from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import type { PrismaClient } from '../../prisma-client';
import type { Role } from '../actor';
import { hashPassword } from '../password';
import { auditSnapshot } from './audit-snapshot';
import { UserRuleError } from './errors';
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from './types';
import type { NewUserInput } from './user-schemas';

export const EMAIL_TAKEN = 'An account with this email already exists.';

/**
 * An email taken by a concurrent request fails on the unique index (P2002) instead of the check
 * below: the same refusal either way.
 */
export function emailTakenOnConflict(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code === 'P2002'
    ? new UserRuleError('email', EMAIL_TAKEN)
    : error;
}

/** Inside the caller's transaction; `email` already lower-cased and `passwordHash` from hashPassword. */
export async function insertUserAccount(
  tx: Prisma.TransactionClient,
  input: { name: string; email: string; role: Role; passwordHash: string },
): Promise<UserSummary> {
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new UserRuleError('email', EMAIL_TAKEN);
  const id = crypto.randomUUID();
  const row = await tx.user.create({
    data: {
      id,
      name: input.name,
      email: input.email,
      role: input.role,
      accounts: {
        create: {
          id: crypto.randomUUID(),
          // better-auth's convention for email/password accounts.
          providerId: 'credential',
          accountId: id,
          password: input.passwordHash,
        },
      },
    },
    select: USER_SUMMARY_SELECT,
  });
  return toUserSummary(row);
}

/**
 * The `user.create` audit event of an account made outside the app — `npm run user:create` and
 * the demo seed — inside the caller's transaction. No actor: nobody was signed in (the audit log
 * shows "System"). The same event an admin's creation writes (./create-user.ts), snapshot and
 * all; written here rather than through lib/audit's recordAuditEvent, which is `server-only`
 * while the CLI and the seed run under tsx. The snapshot holds no email and nothing secret.
 */
export async function recordSystemUserCreate(
  tx: Prisma.TransactionClient,
  user: UserSummary,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: JSON.stringify(auditSnapshot(user)),
    },
  });
}

/**
 * Creates an account from validated input (NewUserSchema): the function behind
 * `npm run user:create`. Hashes first (Argon2id takes tens of milliseconds), then writes the
 * account and its audit event in one short transaction.
 */
export async function createUserAccount(
  prisma: PrismaClient,
  input: NewUserInput,
): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await insertUserAccount(tx, {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
      });
      await recordSystemUserCreate(tx, user);
      return user;
    });
  } catch (error) {
    throw emailTakenOnConflict(error);
  }
}
