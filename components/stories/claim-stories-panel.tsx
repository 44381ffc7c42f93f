import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { findStoriesOfClaim } from '@/lib/stories/find-stories-for-editing';
import { AddStoryClaimsForm } from './add-story-claims-form';
import { StoryClaimButtons } from './story-claim-buttons';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * The "Stories" panel of a claim's editing page: the stories it is in (remove it from one) and
 * adding it to another — the same use cases as the story's own page.
 */
export async function ClaimStoriesPanel({ actor, claimId }: { actor: Actor; claimId: number }) {
  const { member, others } = await findStoriesOfClaim(actor, claimId);
  return (
    <section
      id="stories"
      aria-labelledby="claim-stories-heading"
      className="space-y-3 rounded-lg border border-stone-200 p-4 dark:border-zinc-800"
    >
      <h2 id="claim-stories-heading" className="font-serif text-xl font-semibold">
        Stories
      </h2>
      {member.length === 0 ? (
        <p className="text-sm">This claim is in no story.</p>
      ) : (
        <ul className="space-y-2">
          {member.map((story) => (
            <li key={story.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <Link href={`/editor/stories/${story.id}`} className={textLink}>
                  {story.title}
                </Link>{' '}
                <span className="text-sm text-stone-600 dark:text-zinc-400">
                  ({story.status === 'published' ? 'published' : 'draft'})
                </span>
              </span>
              <StoryClaimButtons
                storyId={story.id}
                version={story.version}
                claimId={claimId}
                back={`/editor/claims/${claimId}`}
                subject={`this claim from “${story.title}”`}
              />
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <AddStoryClaimsForm
          form="claim-add-to-story"
          stories={others}
          claimIds={String(claimId)}
          label="Add to story"
        />
      ) : (
        <p className="text-sm">
          <Link href="/editor/stories" className={textLink}>
            Create a story
          </Link>{' '}
          to add this claim to one.
        </p>
      )}
    </section>
  );
}
