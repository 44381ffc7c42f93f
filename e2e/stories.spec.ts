import { test, expect, scanAccessibility } from './fixtures';

// An editor builds a story (from the story's page and from a claim's page) and publishes it; a
// reader finds it, reads and filters its timeline, and goes to a claim and back.
test('an editor builds and publishes a story; a reader reads and filters its timeline', async ({
  page,
  browser,
  baseURL,
  createAccount,
  createClaim,
  signInAs,
  uid,
}) => {
  const first = await createClaim({ title: `First figure ${uid}`, claimant: `Agency ${uid}` });
  const second = await createClaim({
    title: `Second figure ${uid}`,
    claimant: `Ministry ${uid}`,
    verdict: 'false',
    confidence: 'high',
  });
  const title = `Troops story ${uid}`;

  await signInAs(await createAccount());
  await page.goto('/editor/stories');
  const create = page.getByRole('form', { name: 'New story' });
  await create.getByLabel('Title').fill(title);
  await create.getByLabel('Description').fill('Figures over time.');
  await create.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const storyUrl = page.url().replace(/\?.*$/, '');

  // From the story: by number.
  const addById = page.getByRole('form', { name: 'Add claims' });
  await addById.getByLabel('Claim numbers').fill(String(first.id));
  await addById.getByRole('button', { name: 'Add claims' }).click();
  await expect(addById).toContainText(`#${first.id} added to the story`);

  // From the claim's editing page.
  await page.goto(`/editor/claims/${second.id}`);
  const panel = page.getByRole('region', { name: 'Stories' });
  await panel.getByLabel('Story', { exact: true }).selectOption({ label: title });
  await panel.getByRole('button', { name: 'Add to story' }).click();
  await expect(panel).toContainText(`#${second.id} added to the story`);

  await page.goto(storyUrl);
  const claims = page.getByRole('region', { name: /Claims in this story/ });
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText(/Story published/);

  // A reader: a browser without the editor's session.
  const context = await browser.newContext({ baseURL });
  const reader = await context.newPage();
  await reader.goto('/stories');
  await reader.getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const timeline = reader.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('link', { name: first.title })).not.toHaveCount(0);
  await expect(timeline.getByRole('link', { name: second.title })).not.toHaveCount(0);
  expect((await scanAccessibility(reader)).violations.map((v) => v.id)).toEqual([]);

  // Filter by claimant: the URL is the state.
  await timeline.getByLabel('Claimant').selectOption({ label: `Ministry ${uid}` });
  await timeline.getByRole('button', { name: 'Show' }).click();
  await expect(reader).toHaveURL(/claimant=\d+/);
  await expect(timeline.getByRole('link', { name: first.title })).toHaveCount(0);
  await expect(timeline.getByRole('link', { name: second.title }).first()).toBeVisible();

  // To the claim and back through its "Part of the story" link.
  await timeline.getByRole('link', { name: second.title }).first().click();
  await expect(reader).toHaveURL(new RegExp(`/claims/${second.id}$`));
  await reader.getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await reader.goto('/stories');
  expect((await scanAccessibility(reader)).violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('a draft story is not found by readers', async ({ page, db, uid }) => {
  const story = await db.story.create({
    data: { slug: `draft-${uid}`.toLowerCase(), title: `Draft ${uid}` },
  });
  const response = await page.goto(`/stories/${story.slug}`);
  expect(response?.status()).toBe(404);
  await page.goto('/stories');
  await expect(page.getByRole('link', { name: story.title })).toHaveCount(0);
});
