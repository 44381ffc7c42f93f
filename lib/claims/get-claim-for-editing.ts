import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { store } from '@/lib/db/store';
import { checkEvidenceRules } from './evidence-rules';
import type { ClaimForEditing } from './types';

/** Verdict revisions the edit view shows unless asked for all (`?history=all`). */
export const EDITOR_HISTORY_SHOWN = 20;

/**
 * A claim as its edit form needs it: every editable field (the verdict's as the editor works on
 * it: the open revision's while one waits for review, `openReview`), the `version` to save with, live
 * citations (with ids and their `updatedAt` guards) and the latest verdict revisions (all with
 * `wholeHistory`), and whether older ones exist. Drafts included; a deleted claim only for admins (to
 * restore it). Null when not found.
 *
 * The history is cut because every verdict change loads this form: a claim revised for months
 * would otherwise be read whole on each save (the editors bench revises claims hundreds of
 * times a minute).
 *
 * Read with prepared statements (lib/db/editing-store.ts): every verdict change loads this form
 * first, and through Prisma's nested reads it cost ~4 ms of CPU.
 */
export async function getClaimForEditing(
  actor: Actor | null,
  id: number,
  { wholeHistory = false }: { wholeHistory?: boolean } = {},
): Promise<ClaimForEditing | null> {
  assertRole(actor, 'editor');
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const form = await store.editing.claimForm(id, wholeHistory ? null : EDITOR_HISTORY_SHOWN);
  if (!form || (form.claim.state.deletedAt && actor.role !== 'admin')) return null;
  const { claim, citations, revisions, olderRevisions, openRevision } = form;
  const published = {
    verdict: claim.state.verdict,
    confidence: claim.state.confidence,
    rationale: claim.state.rationale,
  };
  const evidence = citations
    .filter((c) => !c.source.deleted)
    .map((c) => ({
      stance: c.stance,
      sourceId: c.source.id,
      sourceTitle: c.source.title,
      sourceUrl: c.source.url,
      sourceArchiveUrl: c.source.archiveUrl,
      publisherName: c.source.publisher?.name ?? null,
    }));
  return {
    ...claim.state,
    // The editor's working values: the open revision's while one waits for review.
    ...(openRevision
      ? {
          verdict: openRevision.verdict,
          confidence: openRevision.confidence,
          rationale: openRevision.rationale,
        }
      : {}),
    createdAt: claim.createdAt,
    citations,
    revisions,
    olderRevisions,
    openReview: openRevision ? { ...openRevision, published } : null,
    reviewOn: claim.review.on,
    evidence: {
      confirmed: checkEvidenceRules('confirmed', evidence),
      false: checkEvidenceRules('false', evidence),
    },
  };
}
