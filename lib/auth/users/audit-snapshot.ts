import type { UserSummary } from './types';

/**
 * A user as the audit log records them: who, with which role and status. No email (the log
 * keeps no contact data) and never anything secret.
 */
export function auditSnapshot(user: Pick<UserSummary, 'id' | 'name' | 'role' | 'status'>) {
  return { id: user.id, name: user.name, role: user.role, status: user.status };
}
