import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { stageForStatus } from '@/lib/domain/stages';
import { verdictInfo } from '@/lib/domain/verdicts';
import { followIn } from '@/lib/notifications/notify';
import { createClaimSchema } from '@/lib/validation/claim-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { readClaimState } from './claim-state';
import { publishedAtFor } from './publish-claim';
import { resolveClaimant } from './resolve-claimant';
import { syncClaimTags } from './sync-claim-tags';
import type { ClaimSaved } from './types';

const INITIAL_VERDICT = 'unverified';
const INITIAL_CONFIDENCE = 'low';

/**
 * Creates a claim (draft unless `status: 'published'`), its claimant when named inline, its
 * tags, and its first verdict revision (Unverified, low confidence). Editors and admins.
 * Given `inTx`, writes inside that transaction (an intake creating several claims at once);
 * with `assignToActor`, the creator is its assignee and follows it (the intake's drafts).
 */
export async function createClaim(
  actor: Actor | null,
  input: unknown,
  inTx?: Tx,
  { assignToActor = false }: { assignToActor?: boolean } = {},
): Promise<MutationResult<ClaimSaved>> {
  assertRole(actor, 'editor');
  const parsed = createClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { claimantId, claimantName, claimantKind, tags, status, ...fields } = parsed.data;

  const write = async (tx: Tx): Promise<MutationResult<ClaimSaved>> => {
    const claimant = await resolveClaimant(tx, { claimantId, claimantName, claimantKind });
    if (!claimant.ok) return claimant;
    const claim = await tx.claim.create({
      data: {
        ...fields,
        claimantId: claimant.id,
        verdict: INITIAL_VERDICT,
        verdictRank: verdictInfo(INITIAL_VERDICT).rank,
        confidence: INITIAL_CONFIDENCE,
        rationale: '',
        status,
        publishedAt: publishedAtFor(status, null),
        stage: stageForStatus(status, 'new'),
        stageChangedAt: new Date(),
        assigneeId: assignToActor ? actor.id : null,
        createdById: actor.id,
        updatedById: actor.id,
        revisions: {
          create: {
            verdict: INITIAL_VERDICT,
            confidence: INITIAL_CONFIDENCE,
            rationale: '',
            createdById: actor.id,
          },
        },
      },
      select: { id: true },
    });
    await syncClaimTags(tx, claim.id, tags);
    const after = await readClaimState(tx, claim.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claim.create',
      entityType: 'claim',
      entityId: claim.id,
      before: null,
      after,
    });
    if (assignToActor) await followIn(tx, claim.id, actor.id);
    return ok({ id: claim.id, version: after?.version ?? 1, changed: true });
  };
  return inTx ? write(inTx) : runMutation(write);
}
