import '../support/auth-env';
import { parse } from 'csv-parse/sync';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getApiClaim } from '@/lib/api/get-api-claim';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { findVerdictChanges } from '@/lib/feed/find-verdict-changes';
import { requestVerdictReview } from '@/lib/review/request-review';
import { reviewVerdict } from '@/lib/review/review-verdict';
import { SELF_REVIEW_REFUSED } from '@/lib/review/review-rules';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { requestHeaders } from '../support/auth';
import { admin, auditEventsFor, editor } from '../support/editing';
import { createSource, testDb } from '../support/factories';
import {
  claimRow,
  claimUnderReview,
  notificationsOf,
  refusal,
  revisionsOf,
  turnReviewOn,
  value,
} from '../support/review';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
const { GET: exportGet } = await import('@/app/claims/export/route');

beforeAll(turnReviewOn);
beforeEach(() => {
  request.headers = requestHeaders();
});

const LIKELY = { verdict: 'likely', confidence: 'moderate', rationale: 'Two officials said so.' };
const MISLEADING = {
  verdict: 'misleading',
  confidence: 'high',
  rationale: 'The figure counts workers, not troops.',
};

async function propose(actor: Awaited<ReturnType<typeof editor>>, id: number, rating = LIKELY) {
  const { version } = (await getClaimForEditing(actor, id))!;
  return changeVerdict(actor, { id, version, ...rating });
}

async function exported(id: number, statement: string) {
  const query = `q=${encodeURIComponent(statement.split(' ').slice(0, 3).join(' '))}`;
  const json = JSON.parse(
    await (
      await exportGet(new Request(`http://localhost/claims/export?format=json&${query}`))
    ).text(),
  ) as { id: number; verdict: string; verdictHistory: { verdict: string }[] }[];
  const csv = parse(
    await (
      await exportGet(new Request(`http://localhost/claims/export?format=csv&${query}`))
    ).text(),
    { columns: true, bom: true },
  ) as Record<string, string>[];
  return {
    json: json.find((c) => c.id === id),
    csv: csv.find((row) => Number(row.id) === id),
  };
}

describe('a verdict waiting for review', () => {
  it('leaves what readers see unchanged: page, history, list, API, feed and exports', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const before = (await getPublishedClaim(id))!;

    const saved = value(await propose(author, id));
    expect(saved).toMatchObject({ changed: true, review: 'pending' });

    expect(await claimRow(id)).toMatchObject({
      verdict: 'unverified',
      pendingRevisionId: saved.revisionId,
    });
    const page = (await getPublishedClaim(id))!;
    expect(page.verdict).toBe('unverified');
    expect(page.rationale).toBe(before.rationale);
    expect(page.history.map((h) => h.verdict)).toEqual(before.history.map((h) => h.verdict));
    expect(JSON.stringify(page)).not.toMatch(/pending|reviewState|Two officials/);

    const list = await findPublishedClaims(parseClaimListQuery({ verdict: 'likely' }));
    expect(list.items.map((c) => c.id)).not.toContain(id);

    const api = await getApiClaim(String(id));
    expect(api.verdict).toBe('unverified');
    expect(api.verdictHistory.map((h) => h.verdict)).not.toContain('likely');
    expect(JSON.stringify(api)).not.toMatch(/pending|reviewState|Two officials/);

    const feed = await findVerdictChanges();
    expect(feed.some((c) => c.revisionId === saved.revisionId)).toBe(false);

    const { json, csv } = await exported(id, page.statement);
    expect(json?.verdict).toBe('unverified');
    expect(json?.verdictHistory.map((h) => h.verdict)).not.toContain('likely');
    expect(JSON.stringify(json)).not.toMatch(/pending|reviewState|Two officials/);
    expect(csv?.verdict).toBe('unverified');
    expect(JSON.stringify(csv)).not.toMatch(/Two officials/);

    // Editors see their proposal as their working values, and the history with its state.
    const form = (await getClaimForEditing(author, id))!;
    expect(form).toMatchObject({ verdict: 'likely', reviewOn: true });
    expect(form.openReview).toMatchObject({
      revisionId: saved.revisionId,
      state: 'pending',
      verdict: 'likely',
      authorId: author.id,
      published: { verdict: 'unverified' },
    });
    expect(form.revisions[0]).toMatchObject({ id: saved.revisionId, reviewState: 'pending' });
    expect((await auditEventsFor('claim', id)).at(-1)?.action).toBe('verdict.propose');
  });

  it('is public once another editor approves it, everywhere readers look', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const saved = value(await propose(author, id));

    const selfReview = await reviewVerdict(author, {
      claimId: id,
      version: saved.version,
      revisionId: saved.revisionId,
      decision: 'approve',
    });
    expect(refusal(selfReview)).toBe(SELF_REVIEW_REFUSED);
    expect((await claimRow(id)).verdict).toBe('unverified');

    const approved = value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: saved.version,
        revisionId: saved.revisionId,
        decision: 'approve',
      }),
    );
    expect(approved).toMatchObject({ id, decision: 'approve', state: 'approved' });
    expect(await claimRow(id)).toMatchObject({
      verdict: 'likely',
      rationale: LIKELY.rationale,
      stage: 'published',
      status: 'published',
      pendingRevisionId: null,
      version: approved.version,
    });
    const page = (await getPublishedClaim(id))!;
    expect(page.verdict).toBe('likely');
    expect(page.history[0]).toMatchObject({ id: saved.revisionId, verdict: 'likely' });
    expect((await getApiClaim(String(id))).verdict).toBe('likely');
    const list = await findPublishedClaims(parseClaimListQuery({ verdict: 'likely' }));
    expect(list.items.map((c) => c.id)).toContain(id);
    const feed = await findVerdictChanges();
    expect(feed.find((c) => c.revisionId === saved.revisionId)?.to.verdict).toBe('likely');
    const { json, csv } = await exported(id, page.statement);
    expect(json?.verdictHistory.at(-1)?.verdict).toBe('likely');
    expect(csv?.verdict).toBe('likely');

    expect((await revisionsOf(id)).at(-1)).toMatchObject({
      reviewState: 'approved',
      reviewedById: reviewer.id,
    });
    expect((await auditEventsFor('claim', id)).at(-1)?.action).toBe('verdict.approve');
    expect(await notificationsOf(author.id)).toContainEqual(
      expect.objectContaining({ kind: 'approved', claimId: id, actorId: reviewer.id }),
    );
  });

  it('goes back with a comment, returns a draft to Researching, and waits again when re-requested', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer);
    const saved = value(await propose(author, id));
    const requested = value(
      await requestVerdictReview(author, { claimId: id, version: saved.version }),
    );
    expect((await claimRow(id)).stage).toBe('in_review');
    expect(await notificationsOf(reviewer.id)).toContainEqual(
      expect.objectContaining({ kind: 'review_requested', claimId: id, actorId: author.id }),
    );

    const noComment = await reviewVerdict(reviewer, {
      claimId: id,
      version: requested.version,
      revisionId: saved.revisionId,
      decision: 'send_back',
      comment: '  ',
    });
    expect(noComment.ok).toBe(false);
    expect(noComment.ok ? {} : noComment.errors).toHaveProperty('comment');

    const sentBack = value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: requested.version,
        revisionId: saved.revisionId,
        decision: 'send_back',
        comment: 'Name the two officials.',
      }),
    );
    expect(sentBack.state).toBe('sent_back');
    expect(await claimRow(id)).toMatchObject({
      verdict: 'unverified',
      stage: 'researching',
      pendingRevisionId: saved.revisionId,
    });
    const form = (await getClaimForEditing(author, id))!;
    expect(form.openReview).toMatchObject({
      state: 'sent_back',
      reviewComment: 'Name the two officials.',
      reviewedById: reviewer.id,
    });
    expect(await notificationsOf(author.id)).toContainEqual(
      expect.objectContaining({
        kind: 'sent_back',
        claimId: id,
        detail: 'Name the two officials.',
      }),
    );
    // A sent-back proposal cannot be approved until its author asks again.
    expect(
      (
        await reviewVerdict(reviewer, {
          claimId: id,
          version: sentBack.version,
          revisionId: saved.revisionId,
          decision: 'approve',
        })
      ).ok,
    ).toBe(false);

    // The author fixes it: a new proposal supersedes the sent-back one, then asks again.
    const fixed = value(
      await changeVerdict(author, {
        id,
        version: sentBack.version,
        verdict: 'likely',
        confidence: 'high',
        rationale: 'Two named officials said so on the record.',
      }),
    );
    expect(fixed.review).toBe('pending');
    const again = value(
      await requestVerdictReview(author, { claimId: id, version: fixed.version }),
    );
    expect((await claimRow(id)).stage).toBe('in_review');
    expect((await revisionsOf(id)).slice(-2).map((r) => r.reviewState)).toEqual([
      'superseded',
      'pending',
    ]);
    value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: again.version,
        revisionId: fixed.revisionId,
        decision: 'approve',
      }),
    );
    expect(await claimRow(id)).toMatchObject({
      verdict: 'likely',
      confidence: 'high',
      stage: 'ready',
      pendingRevisionId: null,
    });
  });

  it('sent back on a published claim keeps it Published with the approved verdict', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const saved = value(await propose(author, id));
    value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: saved.version,
        revisionId: saved.revisionId,
        decision: 'send_back',
        comment: 'Not yet.',
      }),
    );
    expect(await claimRow(id)).toMatchObject({
      stage: 'published',
      status: 'published',
      verdict: 'unverified',
    });
    expect((await getPublishedClaim(id))?.verdict).toBe('unverified');
  });

  it('lets a sent-back proposal be asked for again unchanged', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer);
    const saved = value(await propose(author, id));
    const back = value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: saved.version,
        revisionId: saved.revisionId,
        decision: 'send_back',
        comment: 'Check the date.',
      }),
    );
    const again = value(await requestVerdictReview(author, { claimId: id, version: back.version }));
    expect((await revisionsOf(id)).at(-1)?.reviewState).toBe('pending');
    expect((await claimRow(id)).stage).toBe('in_review');
    value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: again.version,
        revisionId: saved.revisionId,
        decision: 'approve',
      }),
    );
    expect((await claimRow(id)).verdict).toBe('likely');
  });

  it('asking for review needs a reviewer and a proposal', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id, version } = await claimUnderReview(author, reviewer);
    expect(refusal(await requestVerdictReview(author, { claimId: id, version }))).toMatch(
      /no proposed verdict/,
    );
    const lone = await editor();
    const { id: other } = await claimUnderReview(lone, reviewer);
    const unassigned = await clearReviewer(other);
    const saved = value(await propose(lone, other));
    expect(saved.version).toBeGreaterThan(unassigned);
    expect(
      refusal(await requestVerdictReview(lone, { claimId: other, version: saved.version })),
    ).toMatch(/Choose a reviewer/);
  });
});

describe('who is told', () => {
  it('tells the reviewer when asked, and the author and the assignee of the decision', async () => {
    const author = await editor();
    const reviewer = await editor();
    const checker = await editor();
    const { id } = await claimUnderReview(author, reviewer);
    const { version } = (await getClaimForEditing(author, id))!;
    const assigned = value(
      await assignClaim(author, { id, version, role: 'assignee', userId: checker.id }),
    );
    const saved = value(await changeVerdict(author, { id, version: assigned.version, ...LIKELY }));
    const asked = value(
      await requestVerdictReview(author, { claimId: id, version: saved.version }),
    );
    const back = value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: asked.version,
        revisionId: saved.revisionId,
        decision: 'send_back',
        comment: 'Which officials?',
      }),
    );
    const again = value(await requestVerdictReview(author, { claimId: id, version: back.version }));
    value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: again.version,
        revisionId: saved.revisionId,
        decision: 'approve',
      }),
    );

    const kinds = async (userId: string) =>
      (await notificationsOf(userId))
        .filter((n) => n.claimId === id && n.kind !== 'followed_change' && n.kind !== 'assigned')
        .map((n) => n.kind);
    expect(await kinds(reviewer.id)).toEqual(['review_requested', 'review_requested']);
    expect(await kinds(author.id)).toEqual(['sent_back', 'approved']);
    expect(await kinds(checker.id)).toEqual(['sent_back', 'approved']);
    // Each decision, which also moved the stage, told each of them once: no "a claim you
    // follow changed" from the reviewer beside the specific notification.
    const fromReviewer = async (userId: string) =>
      (await notificationsOf(userId)).filter((n) => n.claimId === id && n.actorId === reviewer.id);
    for (const told of [author, checker]) {
      expect((await fromReviewer(told.id)).map((n) => n.kind)).toEqual(['sent_back', 'approved']);
    }
    // Assigned, the checker's assignment, the proposal; then each request, which also moved the
    // stage, told the reviewer once.
    expect(
      (await notificationsOf(reviewer.id))
        .filter((n) => n.claimId === id && n.actorId === author.id)
        .map((n) => n.kind),
    ).toEqual([
      'assigned',
      'followed_change',
      'followed_change',
      'review_requested',
      'review_requested',
    ]);
  });
});

describe('taking a proposal back', () => {
  it('saving the verdict readers see withdraws the open proposal and writes no revision', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const published = await claimRow(id);
    const saved = value(await propose(author, id));
    const revisions = (await revisionsOf(id)).length;

    const withdrawn = value(
      await changeVerdict(author, {
        id,
        version: saved.version,
        verdict: published.verdict,
        confidence: published.confidence,
        rationale: published.rationale,
      }),
    );
    expect(withdrawn).toMatchObject({ changed: true, review: 'withdrawn', revisionId: null });
    expect(await revisionsOf(id)).toHaveLength(revisions);
    expect((await revisionsOf(id)).find((r) => r.id === saved.revisionId)?.reviewState).toBe(
      'superseded',
    );
    expect(await claimRow(id)).toEqual({
      ...published,
      version: saved.version + 1,
      pendingRevisionId: null,
    });
    expect((await auditEventsFor('claim', id)).map((e) => e.action)).toContain('verdict.withdraw');
    // Nothing is left to approve.
    expect(
      refusal(
        await reviewVerdict(reviewer, {
          claimId: id,
          version: withdrawn.version,
          revisionId: saved.revisionId,
          decision: 'approve',
        }),
      ),
    ).toBeTruthy();
  });
});

describe('publishing without review', () => {
  it('needs an admin and a reason, kept in the audit log', async () => {
    const author = await editor();
    const reviewer = await editor();
    const chief = await admin();
    const { id } = await claimUnderReview(author, reviewer, { published: true });

    const { version } = (await getClaimForEditing(author, id))!;
    const byEditor = await changeVerdict(author, {
      id,
      version,
      ...LIKELY,
      bypassReason: 'Breaking news.',
    });
    expect(byEditor.ok ? {} : byEditor.errors).toHaveProperty('bypassReason');

    const saved = value(await propose(author, id));
    const editorBypass = await reviewVerdict(reviewer, {
      claimId: id,
      version: saved.version,
      revisionId: saved.revisionId,
      decision: 'bypass',
      comment: 'Urgent.',
    });
    expect(editorBypass.ok).toBe(false);
    const noReason = await reviewVerdict(chief, {
      claimId: id,
      version: saved.version,
      revisionId: saved.revisionId,
      decision: 'bypass',
    });
    expect(noReason.ok ? {} : noReason.errors).toHaveProperty('comment');

    const direct = value(
      await changeVerdict(chief, {
        id,
        version: saved.version,
        ...MISLEADING,
        bypassReason: 'The minister repeats it live tonight.',
      }),
    );
    expect(direct.review).toBe('bypassed');
    expect(await claimRow(id)).toMatchObject({ verdict: 'misleading', pendingRevisionId: null });
    expect((await revisionsOf(id)).slice(-2)).toMatchObject([
      { id: saved.revisionId, reviewState: 'superseded' },
      { reviewState: 'bypassed', reviewComment: 'The minister repeats it live tonight.' },
    ]);
    const event = (await auditEventsFor('claim', id)).at(-1)!;
    expect(event.action).toBe('verdict.bypass_review');
    expect(event.after).toContain('The minister repeats it live tonight.');
    expect((await getPublishedClaim(id))?.verdict).toBe('misleading');
  });

  it('an admin may publish an open proposal without review, with a reason', async () => {
    const author = await editor();
    const reviewer = await editor();
    const chief = await admin();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const saved = value(await propose(author, id));
    value(
      await reviewVerdict(chief, {
        claimId: id,
        version: saved.version,
        revisionId: saved.revisionId,
        decision: 'bypass',
        comment: 'Reviewer is away; verified by phone.',
      }),
    );
    expect(await claimRow(id)).toMatchObject({ verdict: 'likely', pendingRevisionId: null });
    expect((await revisionsOf(id)).at(-1)).toMatchObject({
      reviewState: 'bypassed',
      reviewComment: 'Reviewer is away; verified by phone.',
    });
    expect((await auditEventsFor('claim', id)).at(-1)?.action).toBe('verdict.bypass_review');
  });
});

describe('saves and decisions that meet an open proposal', () => {
  it('an Unverified save applies at once and supersedes the open proposal', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const saved = value(await propose(author, id));
    const withdrawn = value(
      await changeVerdict(author, {
        id,
        version: saved.version,
        verdict: 'unverified',
        confidence: 'low',
        rationale: 'Withdrawn until the officials are named.',
      }),
    );
    expect(withdrawn.review).toBe('applied');
    expect(await claimRow(id)).toMatchObject({
      verdict: 'unverified',
      rationale: 'Withdrawn until the officials are named.',
      pendingRevisionId: null,
    });
    expect((await revisionsOf(id)).slice(-2).map((r) => r.reviewState)).toEqual([
      'superseded',
      'applied',
    ]);
    // The superseded proposal can no longer be approved.
    expect(
      refusal(
        await reviewVerdict(reviewer, {
          claimId: id,
          version: withdrawn.version,
          revisionId: saved.revisionId,
          decision: 'approve',
        }),
      ),
    ).toMatch(/no longer waiting for review/);
  });

  it('a decision from a stale version is a conflict', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer);
    const saved = value(await propose(author, id));
    const stale = await reviewVerdict(reviewer, {
      claimId: id,
      version: saved.version - 1,
      revisionId: saved.revisionId,
      decision: 'approve',
    });
    expect(refusal(stale)).toMatch(/Someone else changed this claim/);
    expect((await claimRow(id)).verdict).toBe('unverified');
    const staleSave = await changeVerdict(author, {
      id,
      version: saved.version - 1,
      ...MISLEADING,
    });
    expect(refusal(staleSave)).toMatch(/Someone else/);
  });

  it('approval checks the evidence rules again', async () => {
    const author = await editor();
    const reviewer = await editor();
    const chief = await admin();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    // An admin proposes False with an override reason: the reason still counts at approval.
    const overridden = value(
      await changeVerdict(chief, {
        id,
        version: (await getClaimForEditing(chief, id))!.version,
        verdict: 'false',
        confidence: 'high',
        rationale: 'Contradicted by the ministry.',
        overrideReason: 'The ministry statement is not online yet.',
      }),
    );
    expect(overridden.review).toBe('pending');
    value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: overridden.version,
        revisionId: overridden.revisionId,
        decision: 'approve',
      }),
    );
    expect((await claimRow(id)).verdict).toBe('false');
  });

  it('approval refuses a verdict whose evidence is gone since it was proposed', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer, { published: true });
    const source = await createSource();
    const citation = await testDb.citation.create({
      data: { claimId: id, sourceId: source.id, stance: 'contradicts', quote: 'No troops.' },
    });
    const saved = value(
      await propose(author, id, {
        verdict: 'false',
        confidence: 'high',
        rationale: 'The ministry contradicts it.',
      }),
    );
    expect(saved.review).toBe('pending');
    await testDb.citation.update({ where: { id: citation.id }, data: { deletedAt: new Date() } });
    const refused = await reviewVerdict(reviewer, {
      claimId: id,
      version: saved.version,
      revisionId: saved.revisionId,
      decision: 'approve',
    });
    expect(refused.ok ? {} : refused.errors).toHaveProperty('decision');
    expect(await claimRow(id)).toMatchObject({
      verdict: 'unverified',
      pendingRevisionId: saved.revisionId,
    });
  });

  it('the database refuses changing a settled revision', async () => {
    const author = await editor();
    const reviewer = await editor();
    const { id } = await claimUnderReview(author, reviewer);
    const saved = value(await propose(author, id));
    value(
      await reviewVerdict(reviewer, {
        claimId: id,
        version: saved.version,
        revisionId: saved.revisionId,
        decision: 'approve',
      }),
    );
    // SQLite's RAISE and PostgreSQL's trigger both refuse, whatever the client makes of it.
    await expect(revisionUpdate(saved.revisionId!, { reviewState: 'pending' })).rejects.toThrow();
    await expect(revisionUpdate(saved.revisionId!, { reviewComment: 'changed' })).rejects.toThrow();
    expect((await revisionsOf(id)).at(-1)).toMatchObject({
      id: saved.revisionId,
      reviewState: 'approved',
      reviewComment: null,
    });
  });
});

function revisionUpdate(id: number, data: { reviewState?: string; reviewComment?: string }) {
  return testDb.verdictRevision.update({ where: { id }, data });
}

async function clearReviewer(id: number): Promise<number> {
  const row = await testDb.claim.update({
    where: { id },
    data: { reviewerId: null, version: { increment: 1 } },
    select: { version: true },
  });
  return row.version;
}
