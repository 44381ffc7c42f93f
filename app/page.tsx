import Link from 'next/link';
import { ClaimList } from '@/components/claim-list';
import { VerdictChart } from '@/components/verdict-chart';
import { countPublishedClaimsByVerdict, findRecentlyUpdatedClaims } from '@/lib/claims/claim-stats';
import { countOf } from '@/lib/format/counts';

export const dynamic = 'force-dynamic';

const sectionHeading = 'font-serif text-2xl font-semibold tracking-tight';
const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

export default async function HomePage() {
  const [counts, recent] = await Promise.all([
    countPublishedClaimsByVerdict(),
    findRecentlyUpdatedClaims(6),
  ]);
  const total = counts.reduce((sum, c) => sum + c.count, 0);

  return (
    <div className="space-y-14">
      <section aria-labelledby="intro-heading" className="max-w-prose">
        <h1
          id="intro-heading"
          className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
        >
          Claims, the sources behind them, and how each verdict changed
        </h1>
        <p className="mt-4 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
          Claimtrack is a fact-check desk’s public record. Each claim is one checkable statement,
          with who made it and where. For each we show every source we cited, for and against, our
          verdict with how confident we are, and a dated history of every change to that verdict.
        </p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 font-sans">
          <Link href="/claims" className={`${textLink} font-semibold`}>
            Browse all {countOf(total, 'published claim')}
          </Link>
          <Link href="/sources" className={textLink}>
            Browse the sources
          </Link>
        </p>
      </section>

      <section aria-labelledby="by-verdict-heading">
        <h2 id="by-verdict-heading" className={sectionHeading}>
          Published claims by verdict
        </h2>
        <p className="mt-1 mb-5 text-sm text-stone-600 dark:text-zinc-400">
          Select a verdict to see its claims.
        </p>
        <VerdictChart counts={counts} />
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className={`${sectionHeading} mb-3`}>
          Recently updated
        </h2>
        {recent.length > 0 ? (
          <ClaimList claims={recent} label="Recently updated claims" headingLevel={3} />
        ) : (
          <p className="text-stone-700 dark:text-zinc-300">No claims have been published yet.</p>
        )}
        <p className="mt-5 font-sans">
          <Link href="/claims" className={`${textLink} font-semibold`}>
            See all claims <span aria-hidden="true">→</span>
          </Link>
        </p>
      </section>

      <section id="method" aria-labelledby="method-heading" className="max-w-prose">
        <h2 id="method-heading" className={sectionHeading}>
          Method
        </h2>
        <p className="mt-3 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
          Every source behind a verdict is shown, every verdict change is dated and explained, and
          each verdict carries a confidence.{' '}
          <Link href="/method" className={`${textLink} font-sans font-semibold`}>
            How we rate claims <span aria-hidden="true">→</span>
          </Link>
        </p>
      </section>
    </div>
  );
}
