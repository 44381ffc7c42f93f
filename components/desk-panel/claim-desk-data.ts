import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { findClaimDesk } from '@/lib/workflow/find-claim-desk';

/**
 * The claim's desk state, read once per request: the page header's stage badge and the desk
 * panel both show it.
 */
export const claimDeskOnce = cache((actorId: string, role: Actor['role'], claimId: number) =>
  findClaimDesk({ id: actorId, role }, claimId),
);
