import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { createStory } from '@/lib/stories/create-story';
import { deleteStory } from '@/lib/stories/delete-story';
import { moveStoryClaim } from '@/lib/stories/move-story-claim';
import { publishStory, unpublishStory } from '@/lib/stories/publish-story';
import { removeStoryClaims } from '@/lib/stories/remove-story-claims';
import { updateStory } from '@/lib/stories/update-story';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, editor } from '../support/editing';
import { createClaim, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function storyOrder(storyId: number) {
  const rows = await testDb.storyClaim.findMany({
    where: { storyId },
    orderBy: { position: 'asc' },
    select: { claimId: true },
  });
  return rows.map((r) => r.claimId);
}

describe('stories: use cases', () => {
  it('creates a draft with a slug from the title, tags, and an audit row', async () => {
    const actor = await editor();
    const title = unique('North Korean troops in Russia');
    const story = value(
      await createStory(actor, { title, description: 'Figures over months.', tags: 'Russia, NK' }),
    );
    const row = await testDb.story.findUniqueOrThrow({
      where: { id: story.id },
      include: { tags: { include: { tag: true } } },
    });
    expect(row).toMatchObject({ title, status: 'draft', version: 1, createdById: actor.id });
    expect(row.slug).toMatch(/^north-korean-troops-in-russia-/);
    expect(row.tags.map((t) => t.tag.name).sort()).toEqual(['NK', 'Russia']);
    const events = await auditEventsFor('story', story.id);
    expect(events.map((e) => e.action)).toEqual(['story.create']);
    expect(JSON.parse(events[0]!.after!)).toMatchObject({ title, tags: ['Russia', 'NK'] });
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const actor = await editor();
    const before = await testDb.story.count();
    const blank = await createStory(actor, { title: '  ', slug: 'Not A Slug!' });
    expect(blank).toMatchObject({ ok: false });
    if (blank.ok) return;
    expect(blank.errors?.title?.[0]).toMatch(/Title is required/);
    expect(blank.errors?.slug?.[0]).toMatch(/lower-case letters and digits/);
    const noLetters = await createStory(actor, { title: '!!! ???' });
    expect(noLetters).toMatchObject({ ok: false, errors: { slug: [expect.any(String)] } });
    const extra = await createStory(actor, { title: 'Fine', status: 'published' });
    expect(extra).toMatchObject({ ok: false, errors: { status: [expect.any(String)] } });
    expect(await testDb.story.count()).toBe(before);
  });

  it('keeps slugs unique: a typed one taken is a field error, a derived one gets a suffix', async () => {
    const actor = await editor();
    const slug = unique('troops')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    value(await createStory(actor, { title: 'First', slug }));
    const taken = await createStory(actor, { title: 'Second', slug });
    expect(taken).toMatchObject({
      ok: false,
      errors: { slug: [expect.stringMatching(/already/)] },
    });
    const title = unique('Same title');
    const a = value(await createStory(actor, { title }));
    const b = value(await createStory(actor, { title }));
    expect(b.slug).toBe(`${a.slug}-2`);
  });

  it('refuses callers without a role, inside the use case', async () => {
    await expect(createStory(null, { title: 'X' })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(addStoryClaims(null, { storyId: 1, claimIds: [1] })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });

  it('edits, publishes and deletes with a version guard; an older version is a conflict', async () => {
    const actor = await editor();
    const story = value(await createStory(actor, { title: unique('Story') }));
    const edited = value(
      await updateStory(actor, { id: story.id, version: 1, title: 'Renamed', slug: story.slug }),
    );
    expect(edited).toMatchObject({ version: 2, changed: true, slug: story.slug });
    const stale = await updateStory(actor, { id: story.id, version: 1, title: 'Lost edit' });
    expect(stale).toMatchObject({ ok: false, conflict: { current: { title: 'Renamed' } } });
    const same = value(await updateStory(actor, { id: story.id, version: 2, title: 'Renamed' }));
    expect(same.changed).toBe(false);

    expect(await publishStory(actor, { id: story.id, version: 1 })).toMatchObject({ ok: false });
    const published = value(await publishStory(actor, { id: story.id, version: 2 }));
    const row = await testDb.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row).toMatchObject({ status: 'published', version: 3 });
    const firstPublished = row.publishedAt;
    value(await unpublishStory(actor, { id: story.id, version: published.version }));
    value(await publishStory(actor, { id: story.id, version: published.version + 1 }));
    expect((await testDb.story.findUniqueOrThrow({ where: { id: story.id } })).publishedAt).toEqual(
      firstPublished,
    );

    value(await deleteStory(actor, { id: story.id, version: published.version + 2 }));
    const deleted = await testDb.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(
      await updateStory(actor, { id: story.id, version: deleted.version, title: 'Y' }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/deleted/) });
    expect((await auditEventsFor('story', story.id)).map((e) => e.action)).toEqual([
      'story.create',
      'story.update',
      'story.publish',
      'story.unpublish',
      'story.publish',
      'story.delete',
    ]);
  });

  it('adds, removes and moves claims with a per-claim result, audited', async () => {
    const actor = await editor();
    const story = value(await createStory(actor, { title: unique('Story') }));
    const [a, b, c] = [
      await createClaim(),
      await createClaim({ status: 'draft' }),
      await createClaim(),
    ];
    const gone = await createClaim({ deleted: true });
    const added = value(
      await addStoryClaims(actor, {
        storyId: story.id,
        version: 1,
        claimIds: `${a.id}, ${b.id} ${c.id} ${gone.id} ${a.id}`,
      }),
    );
    expect(added.outcomes).toEqual([
      { claimId: a.id, outcome: 'added' },
      { claimId: b.id, outcome: 'added' },
      { claimId: c.id, outcome: 'added' },
      { claimId: gone.id, outcome: 'missing' },
    ]);
    expect(await storyOrder(story.id)).toEqual([a.id, b.id, c.id]);
    // From a claim's page (no story version loaded): the same use case.
    const again = value(await addStoryClaims(actor, { storyId: story.id, claimIds: [a.id] }));
    expect(again).toMatchObject({
      changed: false,
      outcomes: [{ claimId: a.id, outcome: 'already' }],
    });

    expect(
      await moveStoryClaim(actor, { storyId: story.id, version: 1, claimId: c.id, to: 1 }),
    ).toMatchObject({ ok: false, conflict: expect.anything() });
    value(await moveStoryClaim(actor, { storyId: story.id, version: 2, claimId: c.id, to: 1 }));
    expect(await storyOrder(story.id)).toEqual([c.id, a.id, b.id]);

    const removed = value(
      await removeStoryClaims(actor, { storyId: story.id, version: 3, claimIds: [a.id, gone.id] }),
    );
    expect(removed.outcomes).toEqual([
      { claimId: a.id, outcome: 'removed' },
      { claimId: gone.id, outcome: 'absent' },
    ]);
    expect(await storyOrder(story.id)).toEqual([c.id, b.id]);
    const tooMany = await addStoryClaims(actor, {
      storyId: story.id,
      claimIds: Array.from({ length: 101 }, (_, i) => i + 1),
    });
    expect(tooMany).toMatchObject({
      ok: false,
      errors: { claimIds: [expect.stringMatching(/100/)] },
    });

    const events = await auditEventsFor('story', story.id);
    expect(events.map((e) => e.action)).toEqual([
      'story.create',
      'story.add_claims',
      'story.move_claim',
      'story.remove_claims',
    ]);
    expect(JSON.parse(events[3]!.before!).claimIds).toEqual([c.id, a.id, b.id]);
    expect(JSON.parse(events[3]!.after!).claimIds).toEqual([c.id, b.id]);
  });
});
