import { confidenceLabel, verdictInfo, type Confidence, type Verdict } from '@/lib/domain/verdicts';
import { VerdictIcon } from './verdict-icon';
import { VERDICT_BADGE_CLASS } from './verdict-style';

interface VerdictBadgeProps {
  verdict: Verdict;
  /** Shown as text next to the badge ("High confidence"); a separate axis from the verdict. */
  confidence?: Confidence;
  size?: 'md' | 'lg';
}

/** The one verdict badge of the site: colour, icon and label together, never colour alone. */
export function VerdictBadge({ verdict, confidence, size = 'md' }: VerdictBadgeProps) {
  const info = verdictInfo(verdict);
  const large = size === 'lg';
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1 align-middle">
      <span
        data-verdict={info.code}
        title={`${info.label}: ${info.meaning}`}
        className={`inline-flex items-center gap-1.5 rounded-full border font-sans font-semibold whitespace-nowrap ${
          large ? 'px-3 py-1 text-base' : 'px-2.5 py-0.5 text-sm'
        } ${VERDICT_BADGE_CLASS[info.code]}`}
      >
        <VerdictIcon verdict={info.code} className={large ? 'size-5' : 'size-4'} />
        <span className="sr-only">Verdict: </span>
        <span>{info.label}</span>
      </span>
      {confidence ? (
        <span
          className={`font-sans text-stone-600 dark:text-zinc-400 ${large ? 'text-base' : 'text-sm'}`}
        >
          {confidenceLabel(confidence)}
        </span>
      ) : null}
    </span>
  );
}
