import { confidenceLabel, verdictInfo, type Confidence, type Verdict } from '@/lib/domain/verdicts';
import { VerdictIcon } from './verdict-icon';
import { VERDICT_BADGE_CLASS } from './verdict-style';

interface VerdictBadgeProps {
  verdict: Verdict;
  /** Shown as text next to the badge ("High confidence"); a separate axis from the verdict. */
  confidence?: Confidence;
  size?: 'md' | 'lg';
}

/**
 * The one verdict badge of the site: colour, icon and label together, never colour alone. Its
 * styles are the `verdict-badge*` classes of app/globals.css: a page holds up to 50 badges, and a
 * class string here is sent twice per badge (HTML and React payload).
 */
export function VerdictBadge({ verdict, confidence, size = 'md' }: VerdictBadgeProps) {
  const info = verdictInfo(verdict);
  const large = size === 'lg';
  return (
    <span className="verdict-badge-wrap">
      <span
        data-verdict={info.code}
        title={`${info.label}: ${info.meaning}`}
        className={`verdict-badge ${large ? 'verdict-badge-lg' : 'verdict-badge-md'} ${VERDICT_BADGE_CLASS[info.code]}`}
      >
        <VerdictIcon verdict={info.code} className={large ? 'size-5' : 'size-4'} />
        <span className="sr-only">Verdict: </span>
        <span>{info.label}</span>
      </span>
      {confidence ? (
        <span className={`verdict-confidence ${large ? 'text-base' : 'text-sm'}`}>
          {confidenceLabel(confidence)}
        </span>
      ) : null}
    </span>
  );
}
