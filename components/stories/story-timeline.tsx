import { FormattedDate } from '@/components/formatted-date';
import { VerdictBadge } from '@/components/verdict-badge';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { TimelineEvent } from '@/lib/stories/story-timeline';

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
          <li key={event.key} data-event={event.kind} className="story-entry">
            <p className="story-entry-when">
              <FormattedDate date={event.at} className="story-entry-date" />
              {' · '}
              {event.kind === 'claim' ? 'Claim first appeared' : verdictChangeText(event)}
            </p>
            <p className="story-entry-title">
              {/* A plain link: fifty next/link client boundaries would weigh on every render. */}
              <a href={`/claims/${claim.id}`} className="story-entry-link">
                {name}
              </a>
            </p>
            {claim.title ? <p className="story-entry-statement">{claim.statement}</p> : null}
            <p className="story-entry-meta">
              <span className="story-entry-claimant">
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
