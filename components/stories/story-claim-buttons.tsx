import { moveStoryClaimAction, removeStoryClaimAction } from '@/app/editor/stories/actions';

const small =
  'inline-flex min-h-9 items-center rounded-md border border-stone-300 px-3 text-sm hover:bg-stone-100 dark:border-zinc-600 dark:hover:bg-zinc-800';

interface Props {
  storyId: number;
  version: number;
  claimId: number;
  /** 1-based place in the story; with `count`, offers moving up and down. */
  place?: number;
  count?: number;
  /** The editors' page to return to (the story's, or a claim's). */
  back: string;
  /** What the buttons name, for screen readers ("claim #12" or the story's title). */
  subject: string;
}

/** Remove and move buttons: plain forms posting to server actions, so they work without JS. */
export function StoryClaimButtons({
  storyId,
  version,
  claimId,
  place,
  count,
  back,
  subject,
}: Props) {
  const hidden = (
    <>
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="back" value={back} />
    </>
  );
  return (
    <div className="flex flex-wrap gap-2">
      {place !== undefined && count !== undefined && place > 1 ? (
        <form action={moveStoryClaimAction}>
          {hidden}
          <input type="hidden" name="to" value={place - 1} />
          <button type="submit" className={small} aria-label={`Move ${subject} up`}>
            Move up
          </button>
        </form>
      ) : null}
      {place !== undefined && count !== undefined && place < count ? (
        <form action={moveStoryClaimAction}>
          {hidden}
          <input type="hidden" name="to" value={place + 1} />
          <button type="submit" className={small} aria-label={`Move ${subject} down`}>
            Move down
          </button>
        </form>
      ) : null}
      <form action={removeStoryClaimAction}>
        {hidden}
        <button type="submit" className={small} aria-label={`Remove ${subject} from the story`}>
          Remove
        </button>
      </form>
    </div>
  );
}
