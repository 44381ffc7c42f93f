import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { secondaryButton } from '@/components/auth/form-styles';
import { ClaimActivity } from '@/components/activity/claim-activity';
import { DeskPanel } from '@/components/desk-panel/desk-panel';
import { StageBadge } from '@/components/desk-panel/stage-badge';
import { CitationEditForm, CiteSourceForm } from '@/components/editor/citation-forms';
import { ClaimForm } from '@/components/editor/claim-form';
import { DeleteClaimForm } from '@/components/editor/delete-claim-form';
import { VerdictForm } from '@/components/editor/verdict-form';
import { FormattedDate } from '@/components/formatted-date';
import { ClaimNotes } from '@/components/notes/claim-notes';
import { RelatedClaimsPanel } from '@/components/relations/related-claims-panel';
import { ClaimStoriesPanel } from '@/components/stories/claim-stories-panel';
import { ReviewPanel } from '@/components/review/review-panel';
import { RevisionReview } from '@/components/review/revision-review';
import { VerdictBadge } from '@/components/verdict-badge';
import { CitationWatchMarks } from '@/components/watch/citation-watch-marks';
import { CITATION_FIELD_LABELS, CLAIM_FIELD_LABELS } from '@/app/editor/form-fields';
import { stringValues } from '@/app/editor/form-state';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { STANCES } from '@/lib/domain/evidence';
import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';
import { findClaimantOptions, findRecentSourceOptions } from '@/lib/editor/find-editor-options';
import { parseRouteId } from '@/lib/validation/route-id';
import { findCitationMarks } from '@/lib/watch/read/citation-marks';

export const metadata: Metadata = { title: 'Edit claim' };

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Claim created.',
  save: 'Changes saved.',
  publish: 'Saved and published: readers can see this claim.',
  unpublish: 'Saved and unpublished: readers no longer see this claim.',
  verdict: 'Verdict saved.',
  'verdict-pending':
    'Saved — awaiting review. Readers keep the approved verdict until another editor approves this one.',
  'verdict-bypassed': 'Verdict saved and published without review. The reason is in the audit log.',
  'verdict-withdrawn':
    'Proposal withdrawn: you saved the verdict readers already see, so nothing waits for review.',
  cited: 'Source cited.',
  citation: 'Citation saved.',
  uncited: 'Citation removed.',
  deleted: 'Claim deleted.',
  restored: 'Claim restored.',
};

/** What the verdict section says after a review action (./review-actions.ts). */
function reviewMessage(done: unknown, published: boolean): string | undefined {
  switch (done) {
    case 'requested':
      return 'Review requested: the reviewer has been told.';
    case 'approved':
      return published ? 'Verdict approved: readers now see it.' : 'Verdict approved.';
    case 'sent_back':
      return 'Verdict sent back to its author with your comment.';
    case 'bypassed':
      return 'Verdict published without review. The reason is in the audit log.';
    default:
      return undefined;
  }
}

/**
 * The note under "saved" when the save was merged with others' changes made after the form was
 * loaded: `merged` names those fields (known labels only; the URL is not trusted for text).
 */
function mergedNote(merged: unknown, labels: Record<string, string>): string {
  if (typeof merged !== 'string') return '';
  const fields = [...new Set(merged.split(',').flatMap((f) => labels[f] ?? []))];
  if (fields.length === 0) return '';
  return ` Merged with changes saved since you opened the form: ${fields.join(', ')}.`;
}

interface EditClaimPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EditClaimPage({ params, searchParams }: EditClaimPageProps) {
  const { id: rawId } = await params;
  const user = await requireEditorPage(`/editor/claims/${rawId}`);
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const [claim, claimants, sources, search, watchMarks] = await Promise.all([
    searchParams.then((search) =>
      getClaimForEditing(user, id, { wholeHistory: search.history === 'all' }),
    ),
    findClaimantOptions(user),
    findRecentSourceOptions(user),
    searchParams,
    findCitationMarks(user, id),
  ]);
  if (!claim) notFound();
  const savedMessage = typeof search.saved === 'string' ? SAVED_MESSAGES[search.saved] : undefined;
  const saved = savedMessage
    ? `${savedMessage}${mergedNote(search.merged, { ...CLAIM_FIELD_LABELS, ...CITATION_FIELD_LABELS })}`
    : undefined;
  const preselected = typeof search.source === 'string' ? search.source : undefined;
  // Which form's save this render follows, with its token: that form resets to what is saved
  // now; the others keep (or restore) what is typed in them (components/editor/use-editor-form.ts).
  const token = typeof search.s === 'string' ? search.s : undefined;
  const savedBy = (...kinds: string[]) =>
    typeof search.saved === 'string' && kinds.includes(search.saved) ? token : undefined;
  const citationSaved = typeof search.citation === 'string' ? search.citation : undefined;
  // The claim's own claimant is always a choice, even beyond the first options listed.
  const claimantOptions = claimants.some((c) => c.id === claim.claimantId)
    ? claimants
    : [...claimants, { id: claim.claimantId, name: claim.claimantName }];
  const isAdmin = user.role === 'admin';
  const values = stringValues({
    statement: claim.statement,
    title: claim.title,
    claimantId: claim.claimantId,
    claimantName: '',
    claimantKind: '',
    firstAppearedAt: claim.firstAppearedAt,
    firstAppearanceUrl: claim.firstAppearanceUrl,
    firstAppearanceNote: claim.firstAppearanceNote,
    context: claim.context,
    tags: claim.tags,
    place: claim.place,
    quantityQualifier: claim.quantityQualifier,
    quantityValue: claim.quantityValue,
    quantityMin: claim.quantityMin,
    quantityMax: claim.quantityMax,
    quantityUnit: claim.quantityUnit,
  });

  return (
    <div className="space-y-10 pb-8">
      <div>
        <p className="font-sans text-sm">
          <Link href="/editor/claims" className="underline">
            Editor desk
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold tracking-tight">Edit claim</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 font-sans text-sm">
          <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold uppercase dark:bg-zinc-800">
            {claim.deletedAt ? 'Deleted' : claim.status === 'draft' ? 'Draft' : 'Published'}
          </span>
          <StageBadge actor={user} claimId={claim.id} />
          <span>Version {claim.version}</span>
          {claim.status === 'published' && !claim.deletedAt ? (
            <Link href={`/claims/${claim.id}`} className="underline">
              View as a reader
            </Link>
          ) : null}
          {claim.deletedAt ? null : (
            <Link href={`/editor/claims/${claim.id}/preview`} className="underline">
              Preview as a reader
            </Link>
          )}
        </p>
        <p
          role="status"
          className="mt-2 font-semibold text-green-800 empty:hidden dark:text-green-300"
        >
          {saved}
        </p>
      </div>

      <DeskPanel actor={user} claimId={claim.id} saved={search.desk} />

      <ClaimStoriesPanel actor={user} claimId={claim.id} />

      <section aria-labelledby="content-heading">
        <h2 id="content-heading" className="mb-3 font-serif text-2xl font-bold">
          Claim
        </h2>
        <ClaimForm
          claim={{ id: claim.id, version: claim.version, status: claim.status }}
          initialValues={values}
          claimants={claimantOptions}
          savedToken={savedBy('save', 'publish', 'unpublish', 'created')}
        />
      </section>

      <section id="verdict" aria-labelledby="verdict-heading" tabIndex={-1} className="scroll-mt-4">
        <h2 id="verdict-heading" className="mb-3 font-serif text-2xl font-bold">
          Verdict
        </h2>
        <p
          role="status"
          className="mb-3 font-sans font-semibold text-green-800 empty:hidden dark:text-green-300"
        >
          {reviewMessage(search.review, claim.status === 'published')}
        </p>
        {claim.openReview && !claim.deletedAt ? (
          <ReviewPanel
            actor={user}
            claim={{ id: claim.id, version: claim.version, status: claim.status }}
            review={claim.openReview}
          />
        ) : (
          // No proposal open: the verdict readers see (the panel shows both while one is open).
          <div className="mb-3 flex items-center gap-2">
            <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
          </div>
        )}
        <ul aria-label="Evidence rules" className="mb-3 space-y-1 font-sans text-sm">
          <li>
            Confirmed:{' '}
            {claim.evidence.confirmed.ok
              ? 'the evidence allows it.'
              : claim.evidence.confirmed.message}
          </li>
          <li>
            False:{' '}
            {claim.evidence.false.ok ? 'the evidence allows it.' : claim.evidence.false.message}
          </li>
        </ul>
        <VerdictForm
          // A save from an older version is merged onto the current one, except while a proposal
          // is open (lib/claims/change-verdict.ts: the merge reads the claim's columns, not the
          // proposal), where it is a conflict. So then the form follows the page's version:
          // asking for review or any other save on the page re-mounts it at the new one (what was
          // typed in it comes back as a draft, use-editor-form.ts).
          key={claim.openReview ? `proposal-${claim.version}` : 'claim'}
          claimId={claim.id}
          version={claim.version}
          isAdmin={isAdmin}
          reviewOn={claim.reviewOn}
          proposalOpen={claim.openReview !== null}
          savedToken={savedBy(
            'verdict',
            'verdict-pending',
            'verdict-bypassed',
            'verdict-withdrawn',
          )}
          initialValues={{
            verdict: claim.verdict,
            confidence: claim.confidence,
            rationale: claim.rationale,
            overrideReason: '',
            bypassReason: '',
          }}
        />
        <h3 id="verdict-history" className="mt-6 font-serif text-xl font-bold">
          Verdict history
        </h3>
        <ol aria-label="Verdict history" className="mt-2 space-y-3 font-sans text-sm">
          {claim.revisions.map((r) => (
            <li key={r.id} className="border-l-4 border-stone-300 pl-3 dark:border-zinc-700">
              <p className="font-semibold">
                {verdictInfo(r.verdict).label}, {confidenceLabel(r.confidence).toLowerCase()} ·{' '}
                {r.imported ? (
                  <>
                    Imported: recorded elsewhere on <FormattedDate date={r.createdAt} />; imported
                    on <FormattedDate date={r.imported.at} /> by {r.imported.by.name ?? 'unknown'}
                  </>
                ) : (
                  <>
                    <FormattedDate date={r.createdAt} /> · {r.createdBy?.name ?? 'unknown'}
                  </>
                )}
              </p>
              <p className="whitespace-pre-line">{r.rationale || '—'}</p>
              {r.overrideReason ? (
                <p className="mt-1">
                  <strong>Admin override of the evidence rules:</strong> {r.overrideReason}
                </p>
              ) : null}
              <RevisionReview state={r.reviewState} comment={r.reviewComment} />
            </li>
          ))}
        </ol>
        {claim.olderRevisions ? (
          <p className="mt-2 font-sans text-sm">
            The latest {claim.revisions.length} changes; older ones are in the whole history.{' '}
            <Link
              href={`/editor/claims/${claim.id}?history=all#verdict-history`}
              className="underline"
            >
              Show the whole history
            </Link>
          </p>
        ) : null}
      </section>

      <section id="evidence" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="mb-3 font-serif text-2xl font-bold">
          Evidence
        </h2>
        {STANCES.map((stance) => {
          const list = claim.citations.filter((c) => c.stance === stance.code);
          return (
            <div key={stance.code} className="mb-4">
              <h3 className="font-serif text-xl font-bold">
                {stance.heading} ({list.length})
              </h3>
              <ul className="mt-2 space-y-4">
                {list.map((c) => (
                  <li
                    key={c.id}
                    id={`citation-${c.id}`}
                    tabIndex={-1}
                    className="scroll-mt-4 rounded-lg border border-stone-200 p-3 dark:border-zinc-800"
                  >
                    <p className="font-semibold">
                      {c.source.title}
                      {c.source.publisher ? ` — ${c.source.publisher.name}` : ''}
                      {c.source.deleted ? ' (source removed)' : ''}
                    </p>
                    {watchMarks.has(c.id) ? (
                      <CitationWatchMarks mark={watchMarks.get(c.id)!} sourceId={c.source.id} />
                    ) : null}
                    <CitationEditForm
                      key={c.id}
                      savedToken={citationSaved === String(c.id) ? savedBy('citation') : undefined}
                      sourceTitle={c.source.title}
                      citation={{
                        id: c.id,
                        stance: c.stance,
                        quote: c.quote,
                        locator: c.locator,
                        updatedAt: c.updatedAt.toISOString(),
                      }}
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        <h3 id="cite" className="mt-6 mb-2 font-serif text-xl font-bold">
          Cite a source
        </h3>
        <p className="mb-2 font-sans text-sm">
          Not in the library yet?{' '}
          <Link
            href={`/editor/sources/new?claim=${claim.id}`}
            className={secondaryButton}
            // It comes back here: the forms' unsaved changes are restored then.
            data-no-leave-warning
          >
            Add a new source
          </Link>
        </p>
        <CiteSourceForm claimId={claim.id} sources={sources} preselected={preselected} />
      </section>

      {claim.deletedAt ? null : (
        <RelatedClaimsPanel actor={user} claimId={claim.id} search={search} />
      )}

      <ClaimNotes claimId={claim.id} citations={claim.citations} actor={user} search={search} />

      <ClaimActivity actor={user} claimId={claim.id} page={search.activity} />

      {isAdmin ? (
        <section aria-labelledby="admin-heading">
          <h2 id="admin-heading" className="mb-3 font-serif text-2xl font-bold">
            {claim.deletedAt ? 'Restore' : 'Delete'}
          </h2>
          <DeleteClaimForm
            claimId={claim.id}
            version={claim.version}
            deleted={claim.deletedAt !== null}
          />
        </section>
      ) : null}
    </div>
  );
}
