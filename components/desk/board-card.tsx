import Link from 'next/link';
import { InReviewMarker } from '@/components/review/in-review-marker';
import { VerdictBadge } from '@/components/verdict-badge';
import type { BoardCard as Card } from '@/lib/desk/board';
import { machineDate } from '@/lib/format/dates';
import { truncate } from '@/lib/format/text';
import { ageInStage } from './age-in-stage';
import { MoveCardForm } from './move-card-form';

/** One claim on the board: what it is, who is on it, how long it has waited, and its move form. */
export function BoardCard({ card, filters, now }: { card: Card; filters: string; now: Date }) {
  const title = truncate(card.title, 140);
  return (
    <li
      id={`card-${card.id}`}
      className="rounded-md border border-stone-300 bg-white p-3 font-sans text-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <Link
        href={`/editor/claims/${card.id}`}
        className="font-semibold text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
      >
        {title}
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <VerdictBadge verdict={card.verdict} />
        {card.verdictInReview ? <InReviewMarker /> : null}
      </div>
      <p className="mt-2 text-stone-700 dark:text-zinc-300">
        Assignee: {card.assignee ?? 'nobody'} · Reviewer: {card.reviewer ?? 'nobody'} ·{' '}
        {card.stageChangedAt ? (
          <time dateTime={machineDate(card.stageChangedAt)}>
            {ageInStage(card.stageChangedAt, now)}
          </time>
        ) : (
          'unknown time'
        )}{' '}
        in stage
      </p>
      <MoveCardForm
        claimId={card.id}
        version={card.version}
        stage={card.stage}
        title={title}
        filters={filters}
      />
    </li>
  );
}
