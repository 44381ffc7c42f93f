import type { Metadata } from 'next';
import Link from 'next/link';
import { VerdictBadge } from '@/components/verdict-badge';
import {
  EVIDENCE_COUNTING_FOR_READERS,
  EVIDENCE_RULES_FOR_READERS,
} from '@/lib/claims/evidence-rules';
import { STANCES } from '@/lib/domain/evidence';
import {
  CONFIDENCES,
  VERDICTS,
  confidenceAnchor,
  verdictAnchor,
  verdictInfo,
} from '@/lib/domain/verdicts';

export const metadata: Metadata = {
  title: 'Method',
  description:
    'How we rate claims: the verdict scale, confidence, the evidence rules and corrections.',
};

const sectionHeading = 'font-serif text-2xl font-semibold tracking-tight';
const prose =
  'max-w-prose space-y-4 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200';
const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';
const card =
  'rounded-lg border border-stone-200 bg-white p-5 sm:p-8 dark:border-zinc-800 dark:bg-zinc-900';

/**
 * The method, for readers: every word of the scale, the confidence levels and the evidence rules
 * comes from the module that defines it (lib/domain/verdicts.ts, lib/claims/evidence-rules.ts),
 * so this page cannot drift from what the desk applies. Each verdict and confidence level has an
 * anchor the claim page links to (verdictAnchor, confidenceAnchor).
 */
export default function MethodPage() {
  return (
    <div className="space-y-12">
      <header className="max-w-prose">
        <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          Our method
        </h1>
        <div className={`mt-4 ${prose}`}>
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
      </header>

      <section id="verdicts" aria-labelledby="verdicts-heading" className={card}>
        <h2 id="verdicts-heading" className={sectionHeading}>
          The verdict scale
        </h2>
        <dl className="mt-3 divide-y divide-stone-200 dark:divide-zinc-800">
          {VERDICTS.map((v) => (
            <div
              key={v.code}
              id={verdictAnchor(v.code)}
              tabIndex={-1}
              className="grid scroll-mt-4 gap-1 py-3 target:bg-amber-50 sm:grid-cols-[12rem_1fr] sm:gap-4 dark:target:bg-zinc-800"
            >
              <dt>
                <VerdictBadge verdict={v.code} />
              </dt>
              <dd className="leading-relaxed text-stone-800 dark:text-zinc-200">{v.meaning}.</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="confidence" aria-labelledby="confidence-heading" className={card}>
        <h2 id="confidence-heading" className={sectionHeading}>
          Confidence
        </h2>
        <p className="mt-2 max-w-prose text-stone-700 dark:text-zinc-300">
          How sure we are of the verdict. It is a separate axis: it says nothing about whether the
          claim is true, only how firm our rating is.
        </p>
        <dl className="mt-3 divide-y divide-stone-200 dark:divide-zinc-800">
          {CONFIDENCES.map((c) => (
            <div
              key={c.code}
              id={confidenceAnchor(c.code)}
              tabIndex={-1}
              className="grid scroll-mt-4 gap-1 py-3 target:bg-amber-50 sm:grid-cols-[12rem_1fr] sm:gap-4 dark:target:bg-zinc-800"
            >
              <dt className="font-sans font-semibold">{c.label}</dt>
              <dd className="leading-relaxed text-stone-800 dark:text-zinc-200">{c.meaning}.</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="evidence" aria-labelledby="evidence-heading" className={card}>
        <h2 id="evidence-heading" className={sectionHeading}>
          The evidence rules
        </h2>
        <p className="mt-2 max-w-prose text-stone-700 dark:text-zinc-300">
          Every source we cite is marked as {STANCES.map((s) => s.label.toLowerCase()).join(', ')}{' '}
          the claim. Two verdicts cannot be published without the evidence for them:
        </p>
        <dl className="mt-3 divide-y divide-stone-200 dark:divide-zinc-800">
          {EVIDENCE_RULES_FOR_READERS.map((r) => (
            <div key={r.verdict} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt>
                <VerdictBadge verdict={verdictInfo(r.verdict).code} />
              </dt>
              <dd className="leading-relaxed text-stone-800 dark:text-zinc-200">{r.rule}</dd>
            </div>
          ))}
        </dl>
        <ul className="mt-3 max-w-prose list-disc space-y-1 ps-5 text-stone-800 dark:text-zinc-200">
          {EVIDENCE_COUNTING_FOR_READERS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section id="corrections" aria-labelledby="corrections-heading" className={card}>
        <h2 id="corrections-heading" className={sectionHeading}>
          Corrections
        </h2>
        <div className={`mt-3 ${prose}`}>
          <p>
            When new evidence changes our assessment, we change the verdict and say why. The old
            verdict stays in the claim’s verdict history, dated, with the reason for the change;
            nothing is silently overwritten or deleted.
          </p>
          <p>
            When a newer claim replaces an older figure or statement, the older claim’s page says so
            at the top (“Updated by”) and links to the newer one.
          </p>
          <p>
            Every public verdict change is in our{' '}
            <Link href="/feed.xml" className={textLink}>
              feed of verdict changes
            </Link>
            , and each claim has a feed of its own, linked from its page.
          </p>
        </div>
      </section>
    </div>
  );
}
