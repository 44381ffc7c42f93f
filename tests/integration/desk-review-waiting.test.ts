import { describe, expect, it } from 'vitest';
import { findBoard } from '@/lib/desk/board';
import { findWaitingForMyReview } from '@/lib/desk/my-desk';
import { findReviewRequest } from '@/lib/workflow/review-request';
import type { Stage } from '@/lib/domain/stages';
import { AuthorizationError } from '@/lib/auth/actor';
import { editor } from '../support/editing';
import { createClaim, testDb, unique } from '../support/factories';

/*
 * My desk and the board with second-editor review (issue 13): a claim whose verdict proposal
 * waits for review is waiting for its reviewer whatever its stage — a published claim's verdict
 * change stays Published meanwhile — and carries the "verdict awaiting review" marker; one sent
 * back waits for its author instead. The proposals are written directly: the lists read the
 * columns, however they were set (lib/review's own tests cover how they are set).
 */

async function claimWithProposal(fields: {
  stage: Stage;
  reviewerId: string;
  authorId: string;
  state: 'pending' | 'sent_back' | null;
  minutesAgo: number;
}) {
  const claim = await createClaim({
    title: unique('Review claim'),
    verdict: 'likely',
    confidence: 'moderate',
    status: fields.stage === 'published' ? 'published' : 'draft',
  });
  const at = new Date(Date.now() - fields.minutesAgo * 60_000);
  let pendingRevisionId: number | null = null;
  if (fields.state) {
    const revision = await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'false',
        confidence: 'high',
        rationale: 'Contradicted by the ministry’s own figures.',
        createdById: fields.authorId,
        reviewState: fields.state,
      },
    });
    pendingRevisionId = revision.id;
  }
  await testDb.claim.update({
    where: { id: claim.id },
    data: {
      stage: fields.stage,
      stageChangedAt: at,
      reviewerId: fields.reviewerId,
      assigneeId: fields.authorId,
      pendingRevisionId,
    },
  });
  return claim.id;
}

const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id);

describe('My desk: waiting for my review, with verdict proposals', () => {
  it('lists claims In review and, whatever their stage, claims with a proposal pending', async () => {
    const me = await editor();
    const author = await editor();
    const other = await editor();
    const published = await claimWithProposal({
      stage: 'published',
      reviewerId: me.id,
      authorId: author.id,
      state: 'pending',
      minutesAgo: 60,
    });
    const inReview = await claimWithProposal({
      stage: 'in_review',
      reviewerId: me.id,
      authorId: author.id,
      state: 'pending',
      minutesAgo: 30,
    });
    const researching = await claimWithProposal({
      stage: 'researching',
      reviewerId: me.id,
      authorId: author.id,
      state: 'pending',
      minutesAgo: 10,
    });
    // Sent back: it waits for its author now. Another reviewer's, and one with no proposal.
    await claimWithProposal({
      stage: 'published',
      reviewerId: me.id,
      authorId: author.id,
      state: 'sent_back',
      minutesAgo: 5,
    });
    await claimWithProposal({
      stage: 'published',
      reviewerId: other.id,
      authorId: author.id,
      state: 'pending',
      minutesAgo: 5,
    });
    await claimWithProposal({
      stage: 'published',
      reviewerId: me.id,
      authorId: author.id,
      state: null,
      minutesAgo: 5,
    });

    const waiting = await findWaitingForMyReview(me, { page: 1 });
    expect(ids(waiting)).toEqual([published, inReview, researching]);
    expect(waiting.total).toBe(3);
    expect(waiting.items.every((c) => c.verdictInReview)).toBe(true);
    // The list shows the approved verdict readers see, not the proposal.
    expect(waiting.items.map((c) => c.verdict)).toEqual(['likely', 'likely', 'likely']);
  });

  it('marks board cards whose claim has a proposal open, sent back ones too', async () => {
    const me = await editor();
    const author = await editor();
    const sentBack = await claimWithProposal({
      stage: 'researching',
      reviewerId: me.id,
      authorId: author.id,
      state: 'sent_back',
      minutesAgo: 0,
    });
    const plain = await claimWithProposal({
      stage: 'researching',
      reviewerId: me.id,
      authorId: author.id,
      state: null,
      minutesAgo: 0,
    });
    const board = await findBoard(me, { assignee: author.id, tag: null, claimant: null });
    const cards = board.find((c) => c.stage === 'researching')?.cards ?? [];
    expect(cards.find((c) => c.id === sentBack)?.verdictInReview).toBe(true);
    expect(cards.find((c) => c.id === plain)?.verdictInReview).toBe(false);
  });
});

describe('the review panel: when review was asked', () => {
  it('finds the latest request since the proposal, and no earlier one', async () => {
    const name = unique('Asking Editor');
    const author = await editor(name);
    const claim = await createClaim({ title: unique('Asked claim') });
    const request = (minutesAgo: number, entityId = String(claim.id)) =>
      testDb.auditEvent.create({
        data: {
          actorId: author.id,
          action: 'verdict.request_review',
          entityType: 'claim',
          entityId,
          at: new Date(Date.now() - minutesAgo * 60_000),
        },
      });
    const proposedAt = new Date(Date.now() - 30 * 60_000);
    expect(await findReviewRequest(author, claim.id, proposedAt)).toBeNull();
    // Asked about an earlier proposal, and about another claim: not this one.
    await request(45);
    await request(5, String(claim.id + 1_000_000));
    expect(await findReviewRequest(author, claim.id, proposedAt)).toBeNull();
    const asked = await request(10);
    expect(await findReviewRequest(author, claim.id, proposedAt)).toEqual({
      at: asked.at,
      byName: name,
    });
    await expect(findReviewRequest(null, claim.id, proposedAt)).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });
});
