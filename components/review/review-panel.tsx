import type { ReactNode } from 'react';
import { claimDeskOnce } from '@/components/desk-panel/claim-desk-data';
import { VerdictBadge } from '@/components/verdict-badge';
import type { Actor } from '@/lib/auth/actor';
import type { ClaimStatus } from '@/lib/domain/claims';
import { REVIEW_STATE_LABELS } from '@/lib/domain/review';
import { formatDateTime, machineDate } from '@/lib/format/dates';
import type { OpenReview } from '@/lib/review/types';
import { findReviewRequest } from '@/lib/workflow/review-request';
import { RequestReviewForm } from './request-review-form';
import { ApproveForm, BypassForm, SendBackForm } from './review-decision-forms';

function When({ date }: { date: Date }) {
  return <time dateTime={machineDate(date)}>{formatDateTime(date)}</time>;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

/**
 * The claim's verdict waiting for a second editor (or sent back), above the verdict form: what is
 * proposed, by whom and when, what readers see meanwhile, the reviewer's comment; and what the
 * signed-in editor may do about it. Anyone but its author may approve or send back a pending
 * proposal; admins may publish it without review; its author or the assignee asks for review.
 * The use cases check every one of these again (lib/review): the buttons only spare a refusal.
 */
export async function ReviewPanel({
  actor,
  claim,
  review,
}: {
  actor: Actor;
  claim: { id: number; version: number; status: ClaimStatus };
  review: OpenReview;
}) {
  const pending = review.state === 'pending';
  const [desk, request] = await Promise.all([
    claimDeskOnce(actor.id, actor.role, claim.id),
    // Sent back, it waits for its author whatever was asked before.
    pending ? findReviewRequest(actor, claim.id, review.createdAt) : null,
  ]);
  const mine = review.authorId === actor.id;
  const canDecide = pending && !mine;
  const onClaim = mine || (desk?.assignee?.id ?? null) === actor.id;
  // Asked already: requested since it was proposed, or (moved there on the board) In review.
  const asked = pending && (request !== null || desk?.stage === 'in_review');
  const ids = { claimId: claim.id, version: claim.version, revisionId: review.revisionId };
  const title = REVIEW_STATE_LABELS[review.state];
  return (
    <section
      id="review"
      aria-labelledby="review-heading"
      tabIndex={-1}
      className="mb-6 scroll-mt-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 font-sans dark:border-amber-400 dark:bg-amber-950"
    >
      <h3 id="review-heading" className="font-serif text-xl font-bold">
        {title}
      </h3>
      <p className="mt-1 text-sm">
        {pending
          ? 'This verdict waits for a second editor’s approval. Until then readers keep the approved verdict.'
          : 'The reviewer sent this verdict back. Fix it and save it, then request review again.'}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <Row term="Proposed verdict">
          <VerdictBadge verdict={review.verdict} confidence={review.confidence} />
        </Row>
        <Row term="Rationale">
          <span className="whitespace-pre-line">{review.rationale || '—'}</span>
        </Row>
        {review.overrideReason ? (
          <Row term="Admin override of the evidence rules">
            <span className="whitespace-pre-line">{review.overrideReason}</span>
          </Row>
        ) : null}
        <Row term="Proposed by">
          {review.authorName ?? 'an editor'} on <When date={review.createdAt} />
        </Row>
        <Row term={claim.status === 'published' ? 'Readers see now' : 'Approved verdict'}>
          <VerdictBadge
            verdict={review.published.verdict}
            confidence={review.published.confidence}
          />
          {claim.status === 'published' ? null : (
            <span className="ms-2">(the claim is not published: readers see nothing yet)</span>
          )}
          {review.published.rationale ? (
            <span className="mt-1 block whitespace-pre-line">{review.published.rationale}</span>
          ) : null}
        </Row>
        {review.state === 'sent_back' ? (
          <>
            <Row term="Sent back by">
              {review.reviewedByName ?? 'an editor'}
              {review.reviewedAt ? (
                <>
                  {' '}
                  on <When date={review.reviewedAt} />
                </>
              ) : null}
            </Row>
            <Row term="Comment">
              <span className="whitespace-pre-line">{review.reviewComment || '—'}</span>
            </Row>
          </>
        ) : null}
        <Row term="Reviewer">{desk?.reviewer?.name ?? 'Nobody yet'}</Row>
        {request ? (
          <Row term="Review requested">
            by {request.byName ?? 'an editor'} on <When date={request.at} />
          </Row>
        ) : null}
      </dl>

      <div className="mt-4 grid gap-6 sm:grid-cols-2">
        {canDecide ? (
          <>
            <ApproveForm {...ids} />
            <SendBackForm {...ids} />
          </>
        ) : null}
        {pending && mine ? (
          <p className="text-sm">
            You proposed this verdict: another editor must approve it or send it back.
          </p>
        ) : null}
        {onClaim && !asked ? (
          desk?.reviewer ? (
            <RequestReviewForm
              claimId={claim.id}
              version={claim.version}
              reviewerName={desk.reviewer.name}
            />
          ) : (
            <p className="text-sm font-semibold">
              No reviewer is set on this claim. Choose one under Desk above, then request review.
            </p>
          )
        ) : null}
        {actor.role === 'admin' ? (
          <div className="border-t border-amber-600/40 pt-4 sm:col-span-2 dark:border-amber-400/40">
            <BypassForm {...ids} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
