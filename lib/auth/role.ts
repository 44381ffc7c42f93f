import { ROLES, type Role } from './actor';

export const ROLE_LABELS: Record<Role, string> = { editor: 'Editor', admin: 'Admin' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
