import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { deleteStoryAction, setStoryStatusAction } from '@/app/editor/stories/actions';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { AddStoryClaimsForm } from '@/components/stories/add-story-claims-form';
import { StoryClaimButtons } from '@/components/stories/story-claim-buttons';
import { StoryForm } from '@/components/stories/story-form';
import { VerdictBadge } from '@/components/verdict-badge';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import type { Verdict } from '@/lib/domain/verdicts';
import { getStoryForEditing } from '@/lib/stories/find-stories-for-editing';
import { storyPath } from '@/lib/stories/story-links';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { parseRouteId } from '@/lib/validation/route-id';

export const metadata: Metadata = { title: 'Edit story' };
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** A story for the desk: its fields, its state, its claims in order, and ways to add more. */
export default async function EditStoryPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const user = await requireEditorPage(`/editor/stories/${rawId}`);
  const id = parseRouteId(rawId);
  const story = id === null ? null : await getStoryForEditing(user, id);
  if (!story) notFound();
  const search = await searchParams;
  const message = typeof search.m === 'string' ? search.m.slice(0, 300) : null;
  const q = typeof search.q === 'string' ? search.q.slice(0, 200).trim() : '';
  const inStory = new Set(story.claims.map((c) => c.id));
  const found = q
    ? (await findClaimsForEditing(user, parseEditorClaimListQuery({ q }))).items.slice(0, 10)
    : [];
  const back = `/editor/stories/${story.id}`;
  const published = story.status === 'published';

  return (
    <div className="space-y-8 pb-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/editor/stories" className={textLink}>
            <span aria-hidden="true">←</span> All stories
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold tracking-tight">{story.title}</h1>
        <p className="text-sm text-stone-700 dark:text-zinc-300">
          {published ? (
            <>
              Published:{' '}
              <Link href={storyPath(story.slug)} className={textLink}>
                the readers’ page
              </Link>
            </>
          ) : (
            'Draft: readers do not see this story.'
          )}
        </p>
        {message ? (
          <p role="status" className="font-semibold">
            {message}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <form action={setStoryStatusAction}>
            <input type="hidden" name="storyId" value={story.id} />
            <input type="hidden" name="version" value={story.version} />
            <input type="hidden" name="status" value={published ? 'draft' : 'published'} />
            <button type="submit" className={published ? secondaryButton : primaryButton}>
              {published ? 'Unpublish' : 'Publish'}
            </button>
          </form>
          <form action={deleteStoryAction}>
            <input type="hidden" name="storyId" value={story.id} />
            <input type="hidden" name="version" value={story.version} />
            <button type="submit" className={secondaryButton}>
              Delete story
            </button>
          </form>
        </div>
      </header>

      <section aria-labelledby="story-fields-heading" className="max-w-2xl">
        <h2 id="story-fields-heading" className="mb-3 font-serif text-2xl font-semibold">
          Title, slug and description
        </h2>
        <StoryForm
          story={{
            id: story.id,
            version: story.version,
            title: story.title,
            slug: story.slug,
            description: story.description,
            tags: story.tags.join(', '),
          }}
        />
      </section>

      <section aria-labelledby="story-claims" className="space-y-4">
        <h2 id="story-claims" className="font-serif text-2xl font-semibold">
          Claims in this story ({story.claims.length})
        </h2>
        {story.claims.length === 0 ? (
          <p>No claims yet: add them by number or by searching below.</p>
        ) : (
          <ol className="space-y-2">
            {story.claims.map((claim, i) => (
              <li
                key={claim.id}
                className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between dark:border-zinc-800 dark:bg-zinc-900"
              >
                <div>
                  <span className="text-sm text-stone-600 dark:text-zinc-400">
                    {i + 1}. #{claim.id} · {claim.claimant.name}
                    {claim.deletedAt ? ' · deleted' : claim.status === 'draft' ? ' · draft' : ''}
                  </span>
                  <p>
                    <Link href={`/editor/claims/${claim.id}`} className={textLink}>
                      {claim.title ?? claim.statement}
                    </Link>{' '}
                    <VerdictBadge verdict={claim.verdict as Verdict} />
                  </p>
                </div>
                <StoryClaimButtons
                  storyId={story.id}
                  version={story.version}
                  claimId={claim.id}
                  place={i + 1}
                  count={story.claims.length}
                  back={back}
                  subject={`claim #${claim.id}`}
                />
              </li>
            ))}
          </ol>
        )}
        <AddStoryClaimsForm form="add-by-id" storyId={story.id} label="Add claims" />
      </section>

      <section aria-labelledby="story-search-heading" className="space-y-3">
        <h2 id="story-search-heading" className="font-serif text-2xl font-semibold">
          Find claims to add
        </h2>
        <form method="get" action={back} role="search" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="story-search" className="block text-sm font-semibold">
              Search claims (drafts too)
            </label>
            <input
              id="story-search"
              name="q"
              type="search"
              defaultValue={q}
              className="min-h-11 rounded-md border border-stone-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-900"
            />
          </div>
          <button type="submit" className={secondaryButton}>
            Search
          </button>
        </form>
        {q && found.length === 0 ? <p>No claims match “{q}”.</p> : null}
        <ul className="space-y-2">
          {found.map((claim) => (
            <li
              key={claim.id}
              className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3 sm:flex-row sm:items-center sm:justify-between dark:border-zinc-800"
            >
              <span>
                #{claim.id} {claim.title ?? claim.statement}{' '}
                <span className="text-sm text-stone-600 dark:text-zinc-400">
                  ({claim.claimant.name}
                  {claim.status === 'draft' ? ', draft' : ''})
                </span>
              </span>
              {inStory.has(claim.id) ? (
                <span className="text-sm">Already in the story</span>
              ) : (
                <AddStoryClaimsForm
                  form={`add-found-${claim.id}`}
                  storyId={story.id}
                  claimIds={String(claim.id)}
                  label={`Add #${claim.id}`}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
