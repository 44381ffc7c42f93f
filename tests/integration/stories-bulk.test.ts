import { describe, expect, it } from 'vitest';
import { createStory } from '@/lib/stories/create-story';
import { runBulkAction } from '@/lib/workflow/bulk-actions';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { editor } from '../support/editing';
import { createClaim, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const row = (c: { id: number; version: number }) => `${c.id}:${c.version}`;

describe('stories: the editors’ bulk action', () => {
  it('adds and removes the selected claims with a per-claim result', async () => {
    const actor = await editor();
    const story = value(await createStory(actor, { title: unique('Bulk story') }));
    const [a, b] = [await createClaim(), await createClaim({ status: 'draft' })];
    const gone = await createClaim({ deleted: true });
    const added = value(
      await runBulkAction(actor, {
        kind: 'add-to-story',
        storyId: String(story.id),
        claims: [row(a), row(b), row(gone)],
      }),
    );
    expect(added).toMatchObject({ succeeded: 2, unchanged: 0 });
    expect(added.failed.map((f) => f.id)).toEqual([gone.id]);
    expect(added.done).toMatch(/added to “Bulk story/);
    const members = await testDb.storyClaim.findMany({ where: { storyId: story.id } });
    expect(members.map((m) => m.claimId).sort((x, y) => x - y)).toEqual([a.id, b.id]);

    const again = value(
      await runBulkAction(actor, {
        kind: 'add-to-story',
        storyId: String(story.id),
        claims: [row(a)],
      }),
    );
    expect(again).toMatchObject({ succeeded: 0, unchanged: 1 });

    const removed = value(
      await runBulkAction(actor, {
        kind: 'remove-from-story',
        storyId: String(story.id),
        claims: [row(a)],
      }),
    );
    expect(removed.succeeded).toBe(1);
    expect(await testDb.storyClaim.count({ where: { storyId: story.id } })).toBe(1);
  });

  it('refuses no story, an unknown story and more than 100 claims, changing nothing', async () => {
    const actor = await editor();
    const claim = await createClaim();
    expect(
      await runBulkAction(actor, { kind: 'add-to-story', claims: [row(claim)] }),
    ).toMatchObject({
      ok: false,
      errors: { storyId: [expect.stringMatching(/Choose a story/)] },
    });
    expect(
      await runBulkAction(actor, {
        kind: 'add-to-story',
        storyId: '999999999',
        claims: [row(claim)],
      }),
    ).toMatchObject({ ok: false });
    const many = Array.from({ length: 101 }, (_, i) => `${i + 1}:1`);
    expect(
      await runBulkAction(actor, { kind: 'add-to-story', storyId: '1', claims: many }),
    ).toMatchObject({ ok: false, errors: { claims: [expect.stringMatching(/at most 100/)] } });
    expect(await testDb.storyClaim.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
