import Link from 'next/link';
import { findClaimStories } from '@/lib/stories/get-public-story';
import { storyPath } from '@/lib/stories/story-links';

/**
 * "Part of the stories: …" on a claim's page: its published stories, each linking to the
 * timeline. Renders nothing when the claim is in none.
 */
export async function ClaimStories({ claimId }: { claimId: number }) {
  const stories = await findClaimStories(claimId);
  if (stories.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-sm font-semibold text-stone-600 dark:text-zinc-400" id="claim-stories">
        Part of {stories.length === 1 ? 'the story' : 'the stories'}
      </h3>
      <ul aria-labelledby="claim-stories" className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1">
        {stories.map((story) => (
          <li key={story.slug}>
            <Link
              href={storyPath(story.slug)}
              className="text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
            >
              {story.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
