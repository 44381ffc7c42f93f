import { FormattedDate } from '@/components/formatted-date';
import { VerdictBadge } from '@/components/verdict-badge';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { TimelineEvent } from '@/lib/stories/story-timeline';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * The story's timeline: a claim where it first appeared, a verdict change where the desk made
 * it. Each entry says in words what it is (never colour or position alone) and links to the
 * claim; `backTo` lets the claim page link back to this very view.
 */
export function StoryTimeline({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-stone-300 pl-5 dark:border-zinc-700">
      {events.map((event) => {
        const claim = event.claim;
        const name = claim.title ?? claim.statement;
        return (
          <li
            key={event.key}
            data-event={event.kind}
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <p className="font-sans text-sm text-stone-600 dark:text-zinc-400">
              <FormattedDate
                date={event.at}
                className="font-semibold text-stone-800 dark:text-zinc-200"
              />
              {' · '}
              {event.kind === 'claim' ? 'Claim first appeared' : verdictChangeText(event)}
            </p>
            <p className="mt-1 font-serif text-lg leading-snug">
              {/* A plain link: fifty next/link client boundaries would weigh on every render. */}
              <a href={`/claims/${claim.id}`} className={textLink}>
                {name}
              </a>
            </p>
            {claim.title ? (
              <p className="mt-1 text-stone-700 dark:text-zinc-300">{claim.statement}</p>
            ) : null}
            <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span className="text-stone-700 dark:text-zinc-300">
                <span className="sr-only">Claimant: </span>
                {claim.claimant.name}
              </span>
              {event.kind === 'claim' ? (
                <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
              ) : (
                <VerdictBadge verdict={event.verdict} confidence={event.confidence} />
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function verdictChangeText(event: Extract<TimelineEvent, { kind: 'verdict' }>): string {
  const to = verdictInfo(event.verdict).label;
  if (!event.from) return `Verdict: ${to}`;
  const from = verdictInfo(event.from.verdict).label;
  return from === to ? `Verdict confirmed as ${to}` : `Verdict changed from ${from} to ${to}`;
}
