import Link from 'next/link';
import { ClaimList } from '@/components/claim-list';
import { VerdictBadge } from '@/components/verdict-badge';
import { VerdictChart } from '@/components/verdict-chart';
import { countPublishedClaimsByVerdict, findRecentlyUpdatedClaims } from '@/lib/claims/claim-stats';
import { VERDICTS } from '@/lib/domain/verdicts';
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

      <section
        id="method"
        aria-labelledby="method-heading"
        className="rounded-lg border border-stone-200 bg-white p-5 sm:p-8 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="method-heading" className={sectionHeading}>
          Method
        </h2>
        <div className="mt-3 max-w-prose space-y-4 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
          <p>
            We follow the code of principles of the International Fact-Checking Network. Every
            source behind a verdict is shown with the passage we relied on. Our method is stated
            here. Every verdict change is dated and explained in the claim’s public history, and
            nothing is silently overwritten or deleted.
          </p>
          <p>
            A claim is rated on the scale below. Separately, each verdict carries a confidence —
            low, moderate or high — saying how sure we are. A claim can be “Likely” with high
            confidence, or “False” with moderate confidence while reporting develops.
          </p>
        </div>
        <h3 className="mt-8 font-serif text-xl font-semibold">The verdict scale</h3>
        <dl className="mt-3 divide-y divide-stone-200 dark:divide-zinc-800">
          {VERDICTS.map((v) => (
            <div key={v.code} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt>
                <VerdictBadge verdict={v.code} />
              </dt>
              <dd className="leading-relaxed text-stone-800 dark:text-zinc-200">{v.meaning}.</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
