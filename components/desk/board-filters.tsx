import Link from 'next/link';
import { secondaryButton } from '@/components/auth/form-styles';
import { FilterSelect } from '@/components/filter-select';
import type { BoardQuery } from '@/lib/desk/board-query';

/** The board's filters: a GET form, so the URL holds them and it works without JavaScript. */
export function BoardFilters({
  query,
  people,
  tags,
  claimants,
}: {
  query: BoardQuery;
  people: { id: string; name: string }[];
  tags: { name: string; slug: string }[];
  claimants: { id: number; name: string }[];
}) {
  const filtered = Boolean(query.assignee || query.tag || query.claimant);
  return (
    <form
      method="get"
      action="/editor/board"
      aria-label="Board filters"
      className="mt-4 grid items-end gap-3 font-sans sm:grid-cols-4"
    >
      <FilterSelect
        id="board-assignee"
        name="assignee"
        label="Assignee"
        defaultValue={query.assignee ?? ''}
        any="Anyone"
        options={[
          { value: 'none', label: 'Nobody (unassigned)' },
          ...people.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <FilterSelect
        id="board-tag"
        name="tag"
        label="Tag"
        defaultValue={query.tag ?? ''}
        any="Any tag"
        options={tags.map((t) => ({ value: t.slug, label: t.name }))}
      />
      <FilterSelect
        id="board-claimant"
        name="claimant"
        label="Claimant"
        defaultValue={query.claimant ? String(query.claimant) : ''}
        any="Any claimant"
        options={claimants.map((c) => ({ value: String(c.id), label: c.name }))}
      />
      <div className="flex gap-2">
        <button type="submit" className={secondaryButton}>
          Filter
        </button>
        {filtered ? (
          <Link href="/editor/board" className={secondaryButton}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
