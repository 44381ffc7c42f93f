import { describe, expect, it } from 'vitest';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { createStory } from '@/lib/stories/create-story';
import { publishStory } from '@/lib/stories/publish-story';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { editor } from '../support/editing';
import { createClaim, unique } from '../support/factories';

const list = await import('@/app/api/stories/route');
const one = await import('@/app/api/stories/[slug]/route');

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const getOne = (slug: string) =>
  one.GET(new Request(`http://localhost/api/stories/${slug}`), {
    params: Promise.resolve({ slug }),
  });

async function story(publish: boolean) {
  const actor = await editor();
  const saved = value(await createStory(actor, { title: unique('API story'), tags: 'Kursk' }));
  const [published, draft] = [await createClaim(), await createClaim({ status: 'draft' })];
  value(await addStoryClaims(actor, { storyId: saved.id, claimIds: [published.id, draft.id] }));
  if (publish) value(await publishStory(actor, { id: saved.id, version: 2 }));
  return { slug: saved.slug, published, draft };
}

describe('GET /api/stories and /api/stories/{slug}', () => {
  it('lists published stories only, a page at a time', async () => {
    const shown = await story(true);
    await story(true);
    const hidden = await story(false);
    const response = await list.GET(new Request('http://localhost/api/stories?limit=200'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { slug: string; claimCount: number }[] };
    const slugs = body.items.map((s) => s.slug);
    expect(slugs).toContain(shown.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(body.items.find((s) => s.slug === shown.slug)?.claimCount).toBe(1);

    const first = (await (
      await list.GET(new Request('http://localhost/api/stories?limit=1'))
    ).json()) as {
      items: unknown[];
      nextCursor: string | null;
    };
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const bad = await list.GET(new Request('http://localhost/api/stories?cursor=garbage'));
    expect(bad.status).toBe(400);
  });

  it('gives a story with its published claims, and 404 for a draft or unknown one', async () => {
    const shown = await story(true);
    const response = await getOne(shown.slug);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      slug: string;
      tags: string[];
      claims: { id: number; url: string; apiUrl: string }[];
      claimsUrl: string;
    };
    expect(body).toMatchObject({ slug: shown.slug, tags: ['Kursk'] });
    expect(body.claims.map((c) => c.id)).toEqual([shown.published.id]);
    expect(body.claims[0]!.apiUrl).toMatch(new RegExp(`/api/claims/${shown.published.id}$`));
    expect(body.claimsUrl).toContain(`story=${shown.slug}`);
    const hidden = await story(false);
    expect((await getOne(hidden.slug)).status).toBe(404);
    const missing = await getOne('no-such-story-at-all');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toMatch(/no published story/);
  });
});
