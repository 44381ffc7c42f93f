import { expect, scanAccessibility, test, whenHydrated } from './fixtures';

test.describe('claim list', () => {
  test('shows published demo claims with verdict, claimant, evidence counts and the total', async ({
    page,
  }) => {
    await page.goto('/claims');
    await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ claims/);
    const row = page
      .getByRole('article')
      .filter({ hasText: 'Up to 12,000 North Korean troops' })
      .first();
    await expect(row).toContainText('Likely');
    await expect(row).toContainText('High confidence');
    await expect(row).toContainText(/\d+ supporting · \d+ contradicting/);
    await expect(row.getByRole('link', { name: /South Korea/ })).toBeVisible();
  });

  test('never shows a draft claim, in the list, in search or by its address', async ({
    page,
    createClaim,
    uid,
  }) => {
    const draft = await createClaim({ status: 'draft', title: `Draft ${uid} secret` });
    await page.goto(`/claims?q=${uid}`);
    await expect(page.getByRole('status')).toHaveText(/^0 claims/);
    await expect(page.getByText(draft.title)).toHaveCount(0);
    const response = await page.goto(`/claims/${draft.id}`);
    expect(response?.status()).toBe(404);
  });

  test('filters by verdict and confidence through the form', async ({ page, createClaim, uid }) => {
    const claimant = `Verdict claimant ${uid}`;
    await createClaim({ claimant, verdict: 'false', confidence: 'high', title: `False ${uid}` });
    await createClaim({ claimant, verdict: 'likely', confidence: 'low', title: `Likely ${uid}` });
    await createClaim({ claimant, verdict: 'disputed', confidence: 'high', title: `Disp ${uid}` });

    await page.goto(`/claims?q=${uid}`);
    await expect(page.getByRole('status')).toHaveText(/^3 claims/);
    await page.getByLabel('False', { exact: true }).check();
    await page.getByLabel('Disputed', { exact: true }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/verdict=false/);
    await expect(page.getByRole('status')).toHaveText(/^2 claims/);

    await page.getByLabel('Confidence').selectOption('high');
    await page.getByLabel('Disputed', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status')).toHaveText(/^1 claim\b/);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article')).toContainText(`False ${uid}`);
  });

  test('reaches a claimant’s and a tag’s claims as filtered lists', async ({
    page,
    createClaim,
    uid,
  }) => {
    const claimant = `Claimant ${uid}`;
    const tag = `Tag ${uid}`;
    await createClaim({ claimant, title: `First ${uid}`, tags: [tag] });
    await createClaim({ claimant, title: `Second ${uid}` });

    await page.goto(`/claims?q=${uid}`);
    await page.getByRole('link', { name: claimant }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims by ${claimant}`);
    await expect(page.getByRole('article')).toHaveCount(2);

    await page.getByRole('link', { name: `First ${uid}` }).click();
    await page.getByRole('link', { name: tag }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims tagged ${tag}`);
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('lists the claims citing a source', async ({ page, createClaim, uid }) => {
    const source = `Source ${uid}`;
    await createClaim({
      title: `Cites ${uid}`,
      citations: [{ source, stance: 'contradicts', quote: 'A contradicting passage.' }],
    });
    await page.goto(`/claims?q=${uid}`);
    await page.getByRole('link', { name: `Cites ${uid}` }).click();
    await page.getByRole('link', { name: source }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source);
    await expect(page.getByText('A contradicting passage.')).toBeVisible();
    await page.getByRole('link', { name: /All claims citing this source/ }).click();
    await expect(page).toHaveURL(/source=\d+/);
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('pages through a long list, keeping the filters', async ({ page, createClaim, uid }) => {
    const claimant = `Prolific ${uid}`;
    for (let i = 0; i < 23; i++) await createClaim({ claimant });
    await page.goto(`/claims?q=${uid}&sort=created`);
    await expect(page.getByRole('status')).toHaveText(/^23 claims/);
    const pages = page.getByRole('navigation', { name: 'Claim list pages' });
    await expect(pages).toContainText('Page 1 of 2');
    await expect(page.getByRole('article')).toHaveCount(20);
    await pages.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=created/);
    await expect(pages).toContainText('Page 2 of 2');
    await expect(page.getByRole('article')).toHaveCount(3);
  });

  test('falls back to defaults for invalid parameters', async ({ page }) => {
    const response = await page.goto(
      '/claims?page=-3&verdict=nope&sort=x&claimant=zz&confidence=%00&tag=%3Cscript%3E&source=abc',
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
  });
});

test.describe('search as you type, skip link and phone layout', () => {
  test('typing updates the results and the URL without Enter; Back returns to the list before', async ({
    page,
    createClaim,
    uid,
  }) => {
    await createClaim({ title: `Typed search ${uid} alpha`, verdict: 'false' });
    await createClaim({ title: `Typed search ${uid} beta`, verdict: 'false' });
    await page.goto('/claims?verdict=false');
    const box = await whenHydrated(page.getByLabel('Search claims'));
    // The search words of every list the page asks the server for (navigations and prefetches).
    const searched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/claims' && url.searchParams.has('q')) {
        searched.push(url.searchParams.get('q')!);
      }
    });
    await box.pressSequentially(`${uid} beta`, { delay: 20 });
    await expect(page).toHaveURL(new RegExp(`q=${uid}\\+beta`));
    await expect(page.getByRole('status')).toHaveText(/^1 claim\b/);
    await expect(page.getByRole('article')).toContainText(`Typed search ${uid} beta`);
    // The other filters stay; the box keeps focus and what was typed.
    await expect(page).toHaveURL(/verdict=false/);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(`${uid} beta`);
    // Debounced: no list was asked for with a half-typed word, let alone one per keystroke.
    expect(searched.filter((q) => q !== `${uid} beta`)).toEqual([]);

    await page.goBack();
    await expect(page).toHaveURL(/\/claims\?verdict=false$/);
    await expect(box).toHaveValue('');
    await expect(page.getByRole('status')).not.toContainText('matching');
  });

  test('the search form still submits without JavaScript', async ({
    browser,
    createClaim,
    uid,
  }) => {
    await createClaim({ title: `No script ${uid}` });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/claims');
    await page.getByLabel('Search claims').fill(uid);
    await page.getByLabel('Search claims').press('Enter');
    await expect(page).toHaveURL(new RegExp(`q=${uid}`));
    await expect(page.getByRole('status')).toHaveText(/^1 claim\b/);
    await expect(page.getByRole('article')).toContainText(`No script ${uid}`);
    await context.close();
  });

  test('"Skip to results" is the first thing Tab reaches and moves focus to the results', async ({
    page,
  }) => {
    await page.goto('/claims?q=troops');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to results' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Results' })).toBeFocused();
    // The next Tab lands in the results, not back in the header or the filters.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('region', { name: 'Results' }).locator(':focus')).toHaveCount(1);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('the first result is on the first screen and the filters open from one button', async ({
      page,
    }) => {
      await page.goto('/claims');
      const first = page.getByRole('article').first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      expect(box).not.toBeNull();
      // The heading of the first result is within the first 844 px, without scrolling.
      expect(box!.y + 40).toBeLessThanOrEqual(844);
      await expect(page.getByLabel('Confidence')).toBeHidden();
      await page.getByText('Filters', { exact: true }).click();
      await expect(page.getByLabel('Confidence')).toBeVisible();
      await page.getByLabel('Confidence').selectOption('high');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page).toHaveURL(/confidence=high/);
      // The folded button says a filter is in force.
      await expect(page.getByText('Filters (1 in force)')).toBeVisible();
    });

    test('passes axe with the filters folded and open', async ({ page }) => {
      await page.goto('/claims?q=troops');
      expect((await scanAccessibility(page)).violations.map((v) => v.id)).toEqual([]);
      await page.getByText('Filters', { exact: true }).click();
      expect((await scanAccessibility(page)).violations.map((v) => v.id)).toEqual([]);
    });
  });

  test('on a wide screen the filters stand open beside the list', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/claims');
    await expect(page.getByLabel('Confidence')).toBeVisible();
    await expect(page.getByText('Filters', { exact: true })).toBeHidden();
    expect((await scanAccessibility(page)).violations.map((v) => v.id)).toEqual([]);
  });
});
