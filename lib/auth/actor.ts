/**
 * Who is calling a mutation. Server actions resolve it from the session (lib/auth) and pass it
 * down; every mutating data-layer function checks it itself, so no caller can skip the check.
 */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
}

/** Refused: not signed in, disabled, or the role is not enough. Never reveals more than that. */
export class AuthorizationError extends Error {
  constructor(message = 'You are not allowed to do this.') {
    super(message);
    this.name = 'AuthorizationError';
  }
}

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

/** Throws unless `actor` exists and holds `role` or a higher one (admin ⊃ editor). */
export function assertRole(actor: Actor | null | undefined, role: Role): asserts actor is Actor {
  if (!actor || !(actor.role in RANK) || RANK[actor.role] < RANK[role]) {
    throw new AuthorizationError();
  }
}
