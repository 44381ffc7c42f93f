import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';

/**
 * Readers see a source only once a published claim cites it: a source attached only to drafts
 * would reveal the desk's work in progress.
 */
export const PUBLIC_SOURCE = {
  deletedAt: null,
  citations: { some: { deletedAt: null, claim: PUBLIC_CLAIM } },
} as const;
