import Link from 'next/link';
import { EvidenceList } from '@/components/evidence-list';
import { ExternalLink } from '@/components/external-link';
import { FormattedDate } from '@/components/formatted-date';
import { RelatedClaimsSection, UpdatedByNotice } from '@/components/relations/claim-relations';
import { CiteThis } from '@/components/trust/cite-this';
import { VerdictDefinitionLinks } from '@/components/trust/verdict-definition-links';
import { VerdictBadge } from '@/components/verdict-badge';
import { VerdictHistory } from '@/components/verdict-history';
import type { ClaimDetail } from '@/lib/claims/types';
import { formatQuantity } from '@/lib/domain/claims';
import { verdictInfo } from '@/lib/domain/verdicts';
import { buildClaimReview, reviewSubjectOfDetail } from '@/lib/export/claim-review';
import { jsonLdScriptContent } from '@/lib/export/json-ld';
import { ClaimStories } from '@/components/stories/claim-stories';
import { filteredClaimsHref } from '@/lib/format/claim-list-href';
import { urlHost } from '@/lib/format/external-url';
import type { ReaderCitationFacts } from '@/lib/watch/read/reader-source-facts';

const sectionHeading = 'font-serif text-2xl font-semibold tracking-tight';
const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';
const term = 'text-sm font-semibold text-stone-600 dark:text-zinc-400';
const detail = 'mt-0.5 leading-relaxed text-stone-900 dark:text-zinc-100';

interface ClaimArticleProps {
  claim: ClaimDetail;
  /** A signed-in editor is reading: offer the Edit link. */
  editable: boolean;
  /** The editors' "Preview as a reader": no structured data for search engines. */
  preview?: boolean;
  /** Source watch's dated facts per citation id ("checked on", "quote verified on"). */
  watchFacts?: Map<number, ReaderCitationFacts>;
}

/**
 * A claim as readers see it: the public page (app/claims/[id]) and the editors' preview
 * (app/editor/claims/[id]/preview) render this one component, so the preview is exact.
 */
export function ClaimArticle({ claim, editable, preview = false, watchFacts }: ClaimArticleProps) {
  const quantity = claim.quantity ? formatQuantity(claim.quantity) : null;
  const review = preview ? null : buildClaimReview(reviewSubjectOfDetail(claim));

  return (
    <article aria-labelledby="claim-heading" className="relative space-y-12">
      {preview ? <PreviewMark /> : null}
      {review ? (
        <script
          type="application/ld+json"
          // Escaped so no claim text can end the element (lib/export/json-ld.ts).
          dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(review) }}
        />
      ) : null}
      <header>
        <p className="mb-4 font-sans text-sm">
          <Link href="/claims" className={textLink}>
            <span aria-hidden="true">←</span> All claims
          </Link>
          {editable ? (
            <>
              {' · '}
              <Link href={`/editor/claims/${claim.id}`} className={textLink}>
                Edit
              </Link>
            </>
          ) : null}
        </p>
        <UpdatedByNotice claimId={claim.id} />
        <h1
          id="claim-heading"
          className="max-w-3xl font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
        >
          {claim.title ?? claim.statement}
        </h1>
        {claim.title ? (
          <figure className="mt-5 max-w-3xl">
            <blockquote className="border-s-4 border-blue-700 ps-5 font-serif text-xl leading-relaxed text-stone-800 sm:text-2xl dark:border-sky-300 dark:text-zinc-100">
              <p>{claim.statement}</p>
            </blockquote>
            <figcaption className="mt-2 ps-6 font-sans text-sm text-stone-600 dark:text-zinc-400">
              Claimed by{' '}
              <Link href={filteredClaimsHref({ claimant: claim.claimant.id })} className={textLink}>
                {claim.claimant.name}
              </Link>
            </figcaption>
          </figure>
        ) : null}
        <p className="mt-4 font-sans text-sm text-stone-600 dark:text-zinc-400">
          {claim.publishedAt ? (
            <>
              Published <FormattedDate date={claim.publishedAt} />
              <span aria-hidden="true"> · </span>
            </>
          ) : null}
          Last updated <FormattedDate date={claim.updatedAt} />
        </p>
        {claim.byline ? <Byline {...claim.byline} /> : null}
      </header>

      <section
        aria-labelledby="verdict-heading"
        className="rounded-lg border border-stone-200 bg-white p-5 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="verdict-heading" className={sectionHeading}>
          Our verdict
        </h2>
        <div className="mt-3">
          <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} size="lg" />
        </div>
        <p className="mt-1 font-sans text-sm text-stone-600 dark:text-zinc-400">
          {verdictInfo(claim.verdict).meaning}.
        </p>
        <VerdictDefinitionLinks verdict={claim.verdict} confidence={claim.confidence} />
        {claim.rationale ? (
          <p className="mt-4 max-w-prose font-serif text-lg leading-relaxed text-stone-900 dark:text-zinc-100">
            {claim.rationale}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading" className={sectionHeading}>
          About the claim
        </h2>
        <dl className="mt-4 grid max-w-3xl gap-x-8 gap-y-5 font-sans sm:grid-cols-2">
          <div>
            <dt className={term}>Claimant</dt>
            <dd className={detail}>
              <Link href={filteredClaimsHref({ claimant: claim.claimant.id })} className={textLink}>
                {claim.claimant.name}
              </Link>
              {claim.claimant.description ? (
                <span className="block text-sm text-stone-600 dark:text-zinc-400">
                  {claim.claimant.description}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className={term}>First appeared</dt>
            <dd className={detail}>
              {claim.firstAppearedAt ? (
                <FormattedDate date={claim.firstAppearedAt} />
              ) : (
                <span>Date not recorded</span>
              )}
              {claim.firstAppearanceNote ? (
                <span className="block">{claim.firstAppearanceNote}</span>
              ) : null}
              {claim.firstAppearanceUrl ? (
                <span className="block">
                  <ExternalLink href={claim.firstAppearanceUrl} rel="nofollow noopener">
                    Where it first appeared ({urlHost(claim.firstAppearanceUrl)})
                  </ExternalLink>
                </span>
              ) : null}
            </dd>
          </div>
          {claim.place ? (
            <div>
              <dt className={term}>Place</dt>
              <dd className={detail}>{claim.place}</dd>
            </div>
          ) : null}
          {quantity ? (
            <div>
              <dt className={term}>Quantity claimed</dt>
              <dd className={detail}>{quantity}</dd>
            </div>
          ) : null}
          {claim.tags.length > 0 ? (
            <div className="sm:col-span-2">
              <dt className={term}>Tags</dt>
              <dd className="mt-1.5">
                <ul aria-label="Tags" className="flex flex-wrap gap-2">
                  {claim.tags.map((tag) => (
                    <li key={tag.slug}>
                      <Link
                        href={filteredClaimsHref({ tag: tag.slug })}
                        className="inline-flex min-h-9 items-center rounded-full border border-stone-300 bg-white px-3 text-sm text-stone-800 hover:border-stone-500 hover:bg-stone-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
                      >
                        {tag.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {claim.context ? (
            <div className="sm:col-span-2">
              <dt className={term}>Background</dt>
              <dd className={`${detail} max-w-prose font-serif text-lg`}>{claim.context}</dd>
            </div>
          ) : null}
        </dl>
        <ClaimStories claimId={claim.id} />
      </section>

      <RelatedClaimsSection claimId={claim.id} />

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className={sectionHeading}>
          Evidence
        </h2>
        <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-zinc-400">
          Every source we cited for this claim, with the passage we relied on.
        </p>
        <EvidenceList evidence={claim.evidence} watchFacts={watchFacts} />
      </section>

      <section id="history" aria-labelledby="history-heading" tabIndex={-1} className="scroll-mt-4">
        <h2 id="history-heading" className={sectionHeading}>
          Verdict history
        </h2>
        <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-zinc-400">
          Every change to the verdict, newest first, with the reason for it.
        </p>
        <VerdictHistory history={claim.history} />
      </section>

      <CiteThis claim={claim} />
    </article>
  );
}

/** "Checked by Ana Ruiz · reviewed by Ben Okafor", or whichever of the two the claim has. */
function Byline({
  checkedBy,
  reviewedBy,
}: {
  checkedBy: string | null;
  reviewedBy: string | null;
}) {
  const parts = [
    checkedBy ? `Checked by ${checkedBy}` : null,
    reviewedBy ? `${checkedBy ? 'reviewed' : 'Reviewed'} by ${reviewedBy}` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return (
    <p className="mt-1 font-sans text-sm text-stone-600 dark:text-zinc-400">{parts.join(' · ')}</p>
  );
}

/**
 * The preview's watermark: a banner that says what this is (read by screen readers first), and a
 * faint diagonal "Preview" behind the page so a screenshot cannot pass for the published claim.
 */
function PreviewMark() {
  return (
    <>
      <p
        role="note"
        className="rounded-md border-2 border-dashed border-amber-600 bg-amber-50 px-4 py-2 font-sans text-sm font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100"
      >
        Preview — readers do not see this version. This is how the claim would look once published.
      </p>
      <div
        aria-hidden="true"
        className="pointer-events-none fixed inset-0 z-10 flex items-center justify-center overflow-hidden select-none"
      >
        <span className="-rotate-30 font-sans text-[9rem] font-black tracking-widest text-stone-900/5 uppercase dark:text-white/5">
          Preview
        </span>
      </div>
    </>
  );
}
