import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

// WCAG 2.2 A and AA rules, in light and dark colour schemes, on every reader page type.
const PAGES = [
  '/',
  '/claims',
  '/claims?verdict=false&confidence=high&q=troops',
  '/claims?page=999',
  '/sources',
  '/claims/99999999',
  '/stories',
  '/stories/north-korean-troops-in-russia',
  '/stories/north-korean-troops-in-russia?order=oldest&verdict=likely',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    for (const path of PAGES) {
      test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('main')).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    }

    test('a claim page and a source page have no WCAG A/AA violations', async ({ page }) => {
      await page.goto('/claims?q=12,000+troops');
      await page.getByRole('article').first().getByRole('link').first().click();
      await expect(page.getByRole('region', { name: 'Verdict history' })).toBeVisible();
      const claim = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(claim.violations.map((v) => v.id)).toEqual([]);

      await page
        .getByRole('region', { name: 'Supporting evidence' })
        .getByRole('link')
        .first()
        .click();
      // The claim page's own heading is there until the navigation commits: wait for the URL.
      await expect(page).toHaveURL(/\/sources\/\d+$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // After a client-side navigation the title arrives with the streamed metadata; check the
      // page once it has its own title, as a reader who lands on it would.
      const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      await expect(page).toHaveTitle(`${heading} · Claimtrack`);
      const source = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(source.violations.map((v) => v.id)).toEqual([]);
    });
  });
}

test('the filter form and pages work from the keyboard alone', async ({ page }) => {
  await page.goto('/claims');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Search claims').focus();
  await page.keyboard.type('Kursk');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=Kursk/);
  await expect(page.getByRole('status')).toContainText('matching “Kursk”');
});
