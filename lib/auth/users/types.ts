import type { Role } from '../actor';
import { isRole } from '../role';

export type UserStatus = 'active' | 'disabled';

/** A user as the admin page lists them. Never carries a password hash or a session. */
export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  createdAt: Date;
}

export const USER_SUMMARY_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  banned: true,
  createdAt: true,
} as const;

export function toUserSummary(row: {
  id: string;
  name: string;
  email: string;
  role: string;
  banned: boolean;
  createdAt: Date;
}): UserSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    // Only this module, the CLI and the seed write roles, and only `admin` or `editor`; anything
    // else would have been written by hand and gets the lesser role (getCurrentActor refuses it).
    role: isRole(row.role) ? row.role : 'editor',
    status: row.banned ? 'disabled' : 'active',
    createdAt: row.createdAt,
  };
}
