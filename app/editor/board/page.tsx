import type { Metadata } from 'next';
import Link from 'next/link';
import { BoardCard } from '@/components/desk/board-card';
import { BoardFilters } from '@/components/desk/board-filters';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findEditorFilterOptions } from '@/lib/claims/editor-filter-options';
import { BOARD_COLUMN_CARDS, findBoard } from '@/lib/desk/board';
import { boardListHref, boardParams, parseBoardQuery } from '@/lib/desk/board-query';
import { isStage, STAGE_LABELS } from '@/lib/domain/stages';
import { countOf } from '@/lib/format/counts';
import { findDeskPeople } from '@/lib/workflow/desk-people';

export const metadata: Metadata = { title: 'Board' };

interface BoardPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * The board: one column per stage, its newest-in-stage cards and its count, each card movable
 * by its own small form. Rendered for every request (it reads the session).
 */
export default async function BoardPage({ searchParams }: BoardPageProps) {
  const user = await requireEditorPage('/editor/board');
  const params = await searchParams;
  const query = parseBoardQuery(params);
  const [columns, people, options] = await Promise.all([
    findBoard(user, query),
    findDeskPeople(user),
    findEditorFilterOptions(user, { tag: query.tag, claimant: query.claimant }),
  ]);
  const filters = boardParams(query).toString();
  const now = new Date();
  const movedId = Number(single(params.moved));
  const movedTo = single(params.to);
  const movedCard = columns.flatMap((c) => c.cards).find((c) => c.id === movedId);

  return (
    <div className="pb-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Board</h1>
        <p className="font-sans">
          <Link href="/editor" className={textLink}>
            My desk
          </Link>
          {' · '}
          <Link href="/editor/claims" className={textLink}>
            All claims
          </Link>
        </p>
      </div>
      <BoardFilters
        query={query}
        people={people}
        tags={options.tags}
        claimants={options.claimants}
      />
      {Number.isSafeInteger(movedId) && movedId > 0 && isStage(movedTo) ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-700 bg-green-50 p-3 font-sans font-semibold text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
        >
          Moved {movedCard ? `“${movedCard.title}”` : `claim ${movedId}`} to {STAGE_LABELS[movedTo]}
          .
        </p>
      ) : null}
      <div className="mt-6 grid gap-4 md:grid-cols-3 xl:grid-cols-6">
        {columns.map((column) => {
          const headingId = `column-${column.stage}`;
          return (
            <section
              key={column.stage}
              aria-labelledby={headingId}
              className="rounded-lg bg-stone-100 p-3 dark:bg-zinc-800"
            >
              <h2 id={headingId} className="font-sans text-lg font-bold">
                {STAGE_LABELS[column.stage]}{' '}
                <span className="text-base font-semibold text-stone-700 dark:text-zinc-300">
                  ({column.capped ? 'over ' : ''}
                  {column.total.toLocaleString('en-GB')})
                </span>
              </h2>
              {column.cards.length === 0 ? (
                <p className="mt-2 font-sans text-sm">No claims.</p>
              ) : (
                <ol className="mt-2 space-y-3">
                  {column.cards.map((card) => (
                    <BoardCard key={card.id} card={card} filters={filters} now={now} />
                  ))}
                </ol>
              )}
              {column.total > column.cards.length ? (
                <p className="mt-3 font-sans text-sm">
                  <Link href={boardListHref(query, column.stage)} className={textLink}>
                    {column.capped
                      ? `See all claims in ${STAGE_LABELS[column.stage]} (over ${countOf(column.total, 'claim')})`
                      : `See all ${countOf(column.total, 'claim')} in ${STAGE_LABELS[column.stage]}`}
                  </Link>
                  <span className="sr-only">
                    {' '}
                    (the {BOARD_COLUMN_CARDS} newest in the stage are shown here)
                  </span>
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
