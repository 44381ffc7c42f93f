import type { Reason } from '@/lib/intake/types';

/** Why a sentence was suggested: each rule that fired, its points and the words that fired it. */
export function ReasonList({ reasons, score }: { reasons: Reason[]; score: number }) {
  return (
    <div className="text-sm">
      <p className="font-semibold text-stone-800 dark:text-zinc-200">
        Score {score.toLocaleString('en-GB')}: why
      </p>
      <ul aria-label="Why this sentence" className="mt-1 flex flex-wrap gap-1.5">
        {reasons.map((r, i) => (
          <li
            key={`${r.cue}-${i}`}
            className={
              r.weight >= 0
                ? 'rounded bg-emerald-50 px-2 py-0.5 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100'
                : 'rounded bg-amber-50 px-2 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-100'
            }
          >
            <span className="font-semibold">{r.label}</span>
            {r.evidence ? <> “{r.evidence}”</> : null}{' '}
            <span className="tabular-nums">
              ({r.weight > 0 ? '+' : ''}
              {r.weight})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
