import { describe, expect, it } from 'vitest';
import { getApiClaim } from '@/lib/api/get-api-claim';
import { exportStream } from '@/lib/export/export-stream';
import { exportTextKey } from '@/lib/export/export-texts';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { createStory } from '@/lib/stories/create-story';
import { deleteStory } from '@/lib/stories/delete-story';
import { publishStory, unpublishStory } from '@/lib/stories/publish-story';
import { removeStoryClaims } from '@/lib/stories/remove-story-claims';
import { updateStory } from '@/lib/stories/update-story';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { editor } from '../support/editing';
import { createClaim, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

type Stories = { slug: string; title: string }[];

/** The claim's record in a JSON export of exactly it (by its claimant), stored text and all. */
async function exportedStories(claimId: number, claimantId: number): Promise<Stories> {
  const stream = exportStream(parseClaimListQuery({ claimant: String(claimantId) }), 'json', {
    includeDrafts: true,
  });
  const rows = JSON.parse(await new Response(stream).text()) as { id: number; stories: Stories }[];
  return rows.find((r) => r.id === claimId)!.stories;
}

/** Waits until the claim's text is stored, so the next export reads the stored text. */
async function stored(claimId: number) {
  await expect
    .poll(async () =>
      testDb.claimExportText.count({
        where: { claimId, key: exportTextKey(), json: { not: null } },
      }),
    )
    .toBe(1);
}

describe('stories: the claim’s export record and API claim carry its published stories', () => {
  it('membership and story changes invalidate the stored export text on both databases', async () => {
    const actor = await editor();
    const claim = await createClaim();
    const { claimantId } = await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const title = unique('Export story');
    const story = value(await createStory(actor, { title }));
    const ref = () => [{ slug: story.slug, title }];

    expect(await exportedStories(claim.id, claimantId)).toEqual([]);
    await stored(claim.id);
    // A draft story is not carried.
    value(await addStoryClaims(actor, { storyId: story.id, claimIds: [claim.id] }));
    expect(await exportedStories(claim.id, claimantId)).toEqual([]);
    await stored(claim.id);
    value(await publishStory(actor, { id: story.id, version: 2 }));
    expect(await exportedStories(claim.id, claimantId)).toEqual(ref());
    expect((await getApiClaim(String(claim.id))).stories).toEqual(ref());
    await stored(claim.id);

    const renamed = `${title} (renamed)`;
    value(await updateStory(actor, { id: story.id, version: 3, title: renamed }));
    expect(await exportedStories(claim.id, claimantId)).toEqual([
      { slug: story.slug, title: renamed },
    ]);
    await stored(claim.id);

    value(await removeStoryClaims(actor, { storyId: story.id, claimIds: [claim.id] }));
    expect(await exportedStories(claim.id, claimantId)).toEqual([]);
    await stored(claim.id);
    value(await addStoryClaims(actor, { storyId: story.id, claimIds: [claim.id] }));
    expect(await exportedStories(claim.id, claimantId)).toHaveLength(1);
    await stored(claim.id);

    value(await unpublishStory(actor, { id: story.id, version: 6 }));
    expect(await exportedStories(claim.id, claimantId)).toEqual([]);
    await stored(claim.id);
    value(await publishStory(actor, { id: story.id, version: 7 }));
    expect(await exportedStories(claim.id, claimantId)).toHaveLength(1);
    await stored(claim.id);
    value(await deleteStory(actor, { id: story.id, version: 8 }));
    expect(await exportedStories(claim.id, claimantId)).toEqual([]);
  });
});
