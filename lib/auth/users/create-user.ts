import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { assertRole, type Actor } from '../actor';
import { hashPassword } from '../password';
import { auditSnapshot } from './audit-snapshot';
import { emailTakenOnConflict, insertUserAccount } from './create-user-account';
import type { UserSummary } from './types';
import type { NewUserInput } from './user-schemas';

/**
 * An admin creates an account with an initial password (validated by NewUserSchema); the
 * `user.create` audit event is written in the same transaction.
 */
export async function createUser(actor: Actor | null, input: NewUserInput): Promise<UserSummary> {
  assertRole(actor, 'admin');
  const passwordHash = await hashPassword(input.password);
  try {
    return await runMutation(async (tx) => {
      const user = await insertUserAccount(tx, {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: auditSnapshot(user),
      });
      return user;
    });
  } catch (error) {
    throw emailTakenOnConflict(error);
  }
}
