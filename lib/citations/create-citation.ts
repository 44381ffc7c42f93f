import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/sources/source-state';
import { createCitationSchema } from '@/lib/validation/citation-input';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { findLiveCitation, sourceAlreadyCited } from './citation-rules';
import {
  claimClosedToCitations,
  readCitationState,
  touchClaim,
  type CitationSaved,
} from './citation-state';

/**
 * Cites a source on a claim with a stance, the quoted passage and where it is in the source.
 * Refused for a deleted claim, a removed source, and a source the claim already cites
 * (citation-rules.ts: edit that citation's stance instead). Touches the claim's `updatedAt`.
 * Given `inTx`, writes inside that transaction (an intake citing one article on several claims).
 */
export async function createCitation(
  actor: Actor | null,
  input: unknown,
  inTx?: Tx,
): Promise<MutationResult<CitationSaved>> {
  assertRole(actor, 'editor');
  const parsed = createCitationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;

  const write = async (tx: Tx): Promise<MutationResult<CitationSaved>> => {
    const closed = await claimClosedToCitations(tx, data.claimId);
    if (closed) return closed;
    const source = await tx.source.findUnique({
      where: { id: data.sourceId },
      select: { deletedAt: true },
    });
    if (!source || source.deletedAt) {
      const message = source
        ? 'This source has been removed; it cannot be cited.'
        : 'This source does not exist.';
      return failure(message, { sourceId: [message] });
    }
    const cited = await findLiveCitation(tx, data.claimId, data.sourceId);
    if (cited) return sourceAlreadyCited(cited);
    const citation = await tx.citation.create({
      data: { ...data, createdById: actor.id, updatedById: actor.id },
      select: { id: true, claimId: true, updatedAt: true },
    });
    await touchClaim(tx, data.claimId, actor.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'citation.create',
      entityType: 'citation',
      entityId: citation.id,
      before: null,
      after: await readCitationState(tx, citation.id),
    });
    return ok({ ...citation, changed: true });
  };
  if (inTx) return write(inTx);
  try {
    return await runMutation(write);
  } catch (error) {
    // The unique index decides when two citations of one source race each other.
    if (isUniqueViolation(error)) {
      const cited = await findLiveCitation(db, data.claimId, data.sourceId);
      if (cited) return sourceAlreadyCited(cited);
    }
    throw error;
  }
}
