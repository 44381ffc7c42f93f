import Link from 'next/link';
import { primaryButton } from '@/components/auth/form-styles';
import { FilterSelect } from '@/components/filter-select';
import { VERDICTS } from '@/lib/domain/verdicts';
import type { TimelineQuery } from '@/lib/stories/story-timeline';

interface Props {
  action: string;
  query: TimelineQuery;
  claimants: readonly { id: number; name: string }[];
  verdicts: readonly string[];
}

/** A plain GET form: the URL is the timeline's state, and it works without JavaScript. */
export function StoryTimelineFilters({ action, query, claimants, verdicts }: Props) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="Filter the timeline"
      className="grid gap-4 rounded-lg border border-stone-200 bg-stone-50 p-4 sm:grid-cols-4 sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
    >
      <FilterSelect
        id="timeline-claimant"
        name="claimant"
        label="Claimant"
        any="All claimants"
        defaultValue={query.claimant === null ? '' : String(query.claimant)}
        options={claimants.map((c) => ({ value: String(c.id), label: c.name }))}
      />
      <FilterSelect
        id="timeline-verdict"
        name="verdict"
        label="Verdict now"
        any="All verdicts"
        defaultValue={query.verdict ?? ''}
        options={VERDICTS.filter((v) => verdicts.includes(v.code)).map((v) => ({
          value: v.code,
          label: v.label,
        }))}
      />
      <FilterSelect
        id="timeline-order"
        name="order"
        label="Order"
        defaultValue={query.order}
        options={[
          { value: 'newest', label: 'Newest first' },
          { value: 'oldest', label: 'Oldest first' },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton}>
          Show
        </button>
        <Link
          href={action}
          className="text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
