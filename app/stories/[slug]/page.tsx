import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { FiguresForClaims } from '@/components/figures/figures-for-claims';
import { Pagination } from '@/components/pagination';
import { StoryTimeline } from '@/components/stories/story-timeline';
import { StoryTimelineFilters } from '@/components/stories/story-timeline-filters';
import { filteredClaimsHref } from '@/lib/format/claim-list-href';
import { claimListViewHref, figuresCsvHref } from '@/lib/figures/list-view';
import { countOf } from '@/lib/format/counts';
import { storyFeedPath, storyPath } from '@/lib/stories/story-links';
import { loadStoryView } from '@/lib/stories/story-view';
import {
  parseTimelineQuery,
  selectTimeline,
  timelinePage,
  timelineSearch,
} from '@/lib/stories/story-timeline';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';

export const dynamic = 'force-dynamic';

interface StoryPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const loadStory = cache(async (rawSlug: string) => {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return null;
  }
  return slug.length > 200 ? null : loadStoryView(slug);
});

export async function generateMetadata({ params }: StoryPageProps): Promise<Metadata> {
  const story = (await loadStory((await params).slug))?.story;
  if (!story) return { title: 'Story not found' };
  return {
    title: story.title,
    description: story.description || undefined,
    alternates: {
      types: { 'application/atom+xml': [{ url: storyFeedPath(story.slug), title: story.title }] },
    },
  };
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** A story's timeline for readers; a draft or deleted story is a 404. */
export default async function StoryPage({ params, searchParams }: StoryPageProps) {
  const view = await loadStory((await params).slug);
  if (!view) notFound();
  const { story } = view;
  const query = parseTimelineQuery(await searchParams);
  const events = selectTimeline(view.timeline, query);
  const page = timelinePage(events, query.page);
  const path = storyPath(story.slug);
  const storyList = parseClaimListQuery({ story: story.slug });
  const chosen = query.claimant === null ? undefined : view.claimantNames.get(query.claimant);
  const claimants =
    chosen === undefined || view.claimants.some((c) => c.id === query.claimant)
      ? view.claimants
      : [...view.claimants, { id: query.claimant!, name: chosen, count: 0 }];

  return (
    <article aria-labelledby="story-heading" className="space-y-8">
      <header>
        <p className="mb-4 font-sans text-sm">
          <Link href="/stories" className={textLink}>
            <span aria-hidden="true">←</span> All stories
          </Link>
        </p>
        <p className="font-sans text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-zinc-400">
          Story
        </p>
        <h1
          id="story-heading"
          className="mt-1 max-w-3xl font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
        >
          {story.title}
        </h1>
        {story.description ? (
          <p className="mt-3 max-w-2xl whitespace-pre-line text-stone-700 dark:text-zinc-300">
            {story.description}
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-zinc-400">
          <span>{countOf(story.claims.length, 'published claim')}</span>
          <Link href={filteredClaimsHref({ story: story.slug })} className={textLink}>
            These claims as a list
          </Link>
          <a href={storyFeedPath(story.slug)} className={textLink}>
            Atom feed of this story
          </a>
        </p>
        {story.tags.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Tags">
            {story.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={filteredClaimsHref({ tag: tag.slug })} className={textLink}>
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <FiguresForClaims
        figures={view.figures}
        csvHref={figuresCsvHref(storyList)}
        allHref={claimListViewHref(storyList, 'figures')}
      />

      <section aria-labelledby="timeline-heading" className="space-y-4">
        <h2 id="timeline-heading" className="font-serif text-2xl font-semibold tracking-tight">
          Timeline
        </h2>
        <StoryTimelineFilters
          action={path}
          query={query}
          claimants={claimants}
          verdicts={view.verdicts}
        />
        <p className="text-sm text-stone-600 dark:text-zinc-400" aria-live="polite">
          {countOf(page.total, 'entry', 'entries')}
          {query.order === 'oldest' ? ', oldest first' : ', newest first'}.
        </p>
        {page.items.length > 0 ? (
          <StoryTimeline events={page.items} />
        ) : (
          <p className="text-stone-700 dark:text-zinc-300">Nothing matches these filters.</p>
        )}
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          hrefFor={(n) => `${path}${timelineSearch(query, { page: n })}`}
          label="Timeline pages"
        />
      </section>
    </article>
  );
}
