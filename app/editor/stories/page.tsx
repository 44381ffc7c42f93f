import type { Metadata } from 'next';
import Link from 'next/link';
import { StoryForm } from '@/components/stories/story-form';
import { FormattedDate } from '@/components/formatted-date';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findStoriesForEditing } from '@/lib/stories/find-stories-for-editing';

export const metadata: Metadata = { title: 'Stories' };
export const dynamic = 'force-dynamic';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** The desk's stories (drafts too) with their claim counts, and the form for a new one. */
export default async function EditorStoriesPage({ searchParams }: Props) {
  const user = await requireEditorPage('/editor/stories');
  const stories = await findStoriesForEditing(user);
  const message = (await searchParams).m;
  return (
    <div className="space-y-8 pb-8">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Stories</h1>
      {typeof message === 'string' ? (
        <p role="status" className="font-semibold">
          {message.slice(0, 300)}
        </p>
      ) : null}
      <section aria-labelledby="stories-list-heading">
        <h2 id="stories-list-heading" className="font-serif text-2xl font-semibold">
          All stories
        </h2>
        {stories.length === 0 ? (
          <p className="mt-2">No stories yet: create the first below.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left font-sans text-sm">
              <thead>
                <tr className="border-b border-stone-300 dark:border-zinc-700">
                  <th scope="col" className="py-2 pr-4">
                    Story
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    State
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Claims
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Published claims
                  </th>
                  <th scope="col" className="py-2">
                    Changed
                  </th>
                </tr>
              </thead>
              <tbody>
                {stories.map((s) => (
                  <tr key={s.id} className="border-b border-stone-200 dark:border-zinc-800">
                    <td className="py-2 pr-4">
                      <Link href={`/editor/stories/${s.id}`} className={textLink}>
                        {s.title}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">
                      {s.status === 'published' ? 'Published' : 'Draft'}
                    </td>
                    <td className="py-2 pr-4">{s.claimCount}</td>
                    <td className="py-2 pr-4">{s.publishedClaimCount}</td>
                    <td className="py-2">
                      <FormattedDate date={s.updatedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="new-story-heading" className="max-w-2xl">
        <h2 id="new-story-heading" className="mb-3 font-serif text-2xl font-semibold">
          New story
        </h2>
        <StoryForm />
      </section>
    </div>
  );
}
