import Link from 'next/link';
import {
  confidenceAnchor,
  confidenceLabel,
  verdictAnchor,
  verdictInfo,
  type Confidence,
  type Verdict,
} from '@/lib/domain/verdicts';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * Under the claim page's verdict: what this verdict and this confidence mean (their definitions
 * on /method) and the way to the claim's verdict history further down the page.
 */
export function VerdictDefinitionLinks({
  verdict,
  confidence,
}: {
  verdict: Verdict;
  confidence: Confidence;
}) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm">
      <li>
        <Link href={`/method#${verdictAnchor(verdict)}`} className={textLink}>
          What “{verdictInfo(verdict).label}” means
        </Link>
      </li>
      <li>
        <Link href={`/method#${confidenceAnchor(confidence)}`} className={textLink}>
          What “{confidenceLabel(confidence)}” means
        </Link>
      </li>
      <li>
        <a href="#history" className={textLink}>
          How this verdict changed
        </a>
      </li>
    </ul>
  );
}
