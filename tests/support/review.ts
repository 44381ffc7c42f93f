/**
 * The review tests' desk: second-editor review turned on (the test databases start with it off,
 * ./review-off.ts), and a published claim with evidence-free history to review verdicts on.
 */
import type { Actor } from '@/lib/auth/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { publishClaim } from '@/lib/claims/publish-claim';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { claimInput } from './editing';
import { testDb } from './factories';

export function value<T>(result: MutationResult<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

export function refusal(result: MutationResult<unknown, unknown>): string {
  if (result.ok) throw new Error('expected a refusal, got ok');
  return result.message;
}

export async function turnReviewOn(): Promise<void> {
  await testDb.deskSetting.upsert({
    where: { key: 'review' },
    create: { key: 'review', value: 'true' },
    update: { value: 'true' },
  });
}

/** A claim by `author`, published when asked, with `reviewer` as its reviewer. */
export async function claimUnderReview(
  author: Actor,
  reviewer: Actor,
  { published = false }: { published?: boolean } = {},
) {
  const { id } = value(await createClaim(author, claimInput()));
  let version = (await getClaimForEditing(author, id))!.version;
  version = value(
    await assignClaim(author, { id, version, role: 'assignee', userId: author.id }),
  ).version;
  version = value(
    await assignClaim(author, { id, version, role: 'reviewer', userId: reviewer.id }),
  ).version;
  if (published) version = value(await publishClaim(author, { id, version })).version;
  return { id, version };
}

export const claimRow = (id: number) =>
  testDb.claim.findUniqueOrThrow({
    where: { id },
    select: {
      verdict: true,
      confidence: true,
      rationale: true,
      stage: true,
      status: true,
      version: true,
      pendingRevisionId: true,
    },
  });

export const revisionsOf = (claimId: number) =>
  testDb.verdictRevision.findMany({
    where: { claimId },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      verdict: true,
      reviewState: true,
      reviewComment: true,
      reviewedById: true,
      createdById: true,
    },
  });

export const notificationsOf = (userId: string) =>
  testDb.notification.findMany({
    where: { userId },
    orderBy: { id: 'asc' },
    select: { kind: true, claimId: true, actorId: true, detail: true },
  });
