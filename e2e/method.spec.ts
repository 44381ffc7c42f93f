import { test, expect, scanAccessibility } from './fixtures';

test('the claim page links its verdict and confidence to their definitions on /method', async ({
  page,
  uid,
  createClaim,
}) => {
  const claim = await createClaim({
    title: `Troops in Kursk ${uid}`,
    verdict: 'likely',
    confidence: 'high',
  });
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole('link', { name: 'What “Likely” means' }).click();
  await expect(page).toHaveURL(/\/method#verdict-likely$/);
  const likely = page.locator('#verdict-likely');
  await expect(likely).toContainText('Supported, not independently confirmed');
  await expect(likely).toBeInViewport();
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.goBack();
  await page.getByRole('link', { name: 'What “High confidence” means' }).click();
  await expect(page).toHaveURL(/\/method#confidence-high$/);
  await expect(page.locator('#confidence-high')).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'The evidence rules' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();

  // The home page keeps a short way there, and so does the main navigation.
  await page.goto('/');
  await expect(page.getByRole('link', { name: /How we rate claims/ })).toHaveAttribute(
    'href',
    '/method',
  );
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Method' }),
  ).toHaveAttribute('href', '/method');
});

test('the claim page offers its history, a citation and its own feed', async ({
  page,
  uid,
  createClaim,
}) => {
  const claim = await createClaim({ title: `Up to 12,000 troops ${uid}`, verdict: 'false' });
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole('link', { name: 'How this verdict changed' }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}#history$`));
  await expect(page.getByRole('heading', { name: 'Verdict history' })).toBeInViewport();

  const citation = page.getByTestId('citation-text');
  await expect(citation).toContainText(`“Up to 12,000 troops ${uid}”`);
  await expect(citation).toContainText('Rated False');
  await expect(citation).toContainText(`/claims/${claim.id}`);
  await expect(page.getByRole('button', { name: 'Copy the citation' })).toBeVisible();

  const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]').first();
  await expect(feed).toHaveAttribute('href', new RegExp(`/claims/${claim.id}/feed\\.xml$`));
  const response = await page.request.get(`/claims/${claim.id}/feed.xml`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`Up to 12,000 troops ${uid}: Unverified → False`);

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citation is there as text, and the copy button is not', async ({
    page,
    uid,
    createClaim,
  }) => {
    const claim = await createClaim({ title: `Figures ${uid}` });
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByTestId('citation-text')).toContainText(`“Figures ${uid}”`);
    await expect(page.getByRole('button', { name: 'Copy the citation' })).toHaveCount(0);
  });
});

test('a person who opens the feed finds a page that explains it, with its latest entries', async ({
  page,
  uid,
  createClaim,
}) => {
  await createClaim({ title: `Feed page ${uid}`, verdict: 'likely' });
  const feed = await page.request.get('/feed.xml');
  expect(await feed.text()).toMatch(
    /<link rel="alternate" type="text\/html" href="[^"]*\/feed"\/>/,
  );

  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'How to subscribe to verdict changes' })
    .click();
  await expect(page).toHaveURL(/\/feed$/);
  await expect(page.getByRole('heading', { name: 'How to subscribe' })).toBeVisible();
  await expect(page.getByRole('link', { name: /\/feed\.xml$/ })).toHaveAttribute(
    'href',
    '/feed.xml',
  );
  await expect(page.getByRole('region', { name: 'Latest entries' })).toContainText(
    `Feed page ${uid}: Unverified → Likely`,
  );
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
