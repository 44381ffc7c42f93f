import type { Metadata } from 'next';
import Link from 'next/link';
import { FormattedDate } from '@/components/formatted-date';
import { Pagination } from '@/components/pagination';
import { countOf } from '@/lib/format/counts';
import { findPublicStories } from '@/lib/stories/find-public-stories';
import { storyPath } from '@/lib/stories/story-links';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Stories',
  description: 'Stories the desk follows: many claims over months, each with its own verdict.',
};

interface StoriesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

function pageParam(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value > 0 && value <= 100_000 ? value : 1;
}

/** Published stories, newest activity first (a story's own change or its claims' changes). */
export default async function StoriesPage({ searchParams }: StoriesPageProps) {
  const list = await findPublicStories(pageParam((await searchParams).page));
  return (
    <section aria-labelledby="stories-heading" className="space-y-6">
      <header>
        <h1
          id="stories-heading"
          className="font-serif text-3xl font-bold tracking-tight sm:text-4xl"
        >
          Stories
        </h1>
        <p className="mt-2 max-w-2xl text-stone-700 dark:text-zinc-300">
          A story gathers the claims about one event as they change over time, each with its own
          verdict. Most recently active first.
        </p>
      </header>
      {list.items.length === 0 ? (
        <p className="text-stone-700 dark:text-zinc-300">No stories have been published yet.</p>
      ) : (
        <ul className="space-y-4">
          {list.items.map((story) => (
            <li
              key={story.id}
              className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <h2 className="font-serif text-xl font-semibold">
                <Link href={storyPath(story.slug)} className={textLink}>
                  {story.title}
                </Link>
              </h2>
              {story.description ? (
                <p className="mt-1 text-stone-700 dark:text-zinc-300">{story.description}</p>
              ) : null}
              <p className="mt-2 text-sm text-stone-600 dark:text-zinc-400">
                {countOf(story.claimCount, 'claim')} · last activity{' '}
                <FormattedDate date={story.activityAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => (page > 1 ? `/stories?page=${page}` : '/stories')}
        label="Stories pages"
      />
    </section>
  );
}
