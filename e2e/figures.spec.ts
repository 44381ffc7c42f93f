import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { expect, scanAccessibility, test } from './fixtures';

/** Clicks "Download as CSV" and returns the file's text. */
async function downloadCsv(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as CSV' }).click(),
  ]);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}

const troopsSection = (page: Page) => page.getByRole('region', { name: /^Figures in troops/ });

test.describe('figures over time', () => {
  test('the demo list as figures: a chart and the same numbers as a table, marks reachable by keyboard', async ({
    page,
  }) => {
    await page.goto('/claims');
    await page
      .getByRole('navigation', { name: 'Show claims as' })
      .getByRole('link', { name: 'Figures' })
      .click();
    await expect(page).toHaveURL(/view=figures/);

    const section = troopsSection(page);
    await expect(section.getByRole('heading', { name: /^Figures in troops/ })).toBeVisible();
    const marks = section.locator('svg a.figure-mark');
    const rows = section.getByRole('table').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    expect(await marks.count()).toBe(await rows.count());
    // The demo's troop figures, "soldiers" merged into "troops" by the demo unit list.
    await expect(
      section.getByRole('link', { name: /Up to 12,000 North Korean troops/ }).first(),
    ).toBeVisible();
    await expect(section.getByRole('cell', { name: /soldiers/ }).first()).toBeVisible();

    // Tab from the download link reaches the first mark, named by its claim; Enter opens it.
    const firstClaim = (await rows.first().getByRole('link').textContent())!.trim();
    const firstId = await rows.first().getAttribute('data-claim-id');
    await page.getByRole('link', { name: 'Download as CSV' }).focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveClass(/figure-mark/);
    await expect(focused).toHaveAccessibleName(new RegExp(`^${escape(firstClaim)} — `));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/claims/${firstId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstClaim);
  });

  test('is axe clean, and fits a phone without sideways scrolling', async ({ page }) => {
    await page.goto('/claims?view=figures');
    await expect(troopsSection(page)).toBeVisible();
    const results = await scanAccessibility(page);
    expect(results.violations).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const chart = troopsSection(page).locator('svg').first();
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    // The table scrolls inside its own box there, and stays reachable by keyboard.
    expect((await scanAccessibility(page)).violations).toEqual([]);
  });

  test('filtering the figures keeps showing figures; the list stays a list', async ({ page }) => {
    await page.goto('/claims?view=figures');
    await expect(troopsSection(page)).toBeVisible();
    const form = page.getByRole('search');
    await form.getByLabel('Search claims').fill('troops');
    await form.getByLabel('Search claims').press('Enter');
    await expect(page).toHaveURL(/[?&]q=troops(&|$)/);
    await expect(page).toHaveURL(/[?&]view=figures(&|$)/);
    await expect(troopsSection(page)).toBeVisible();

    // Removing the search by its chip stays on the figures.
    await page.getByRole('link', { name: /^Search: “troops”/ }).click();
    await expect(page).toHaveURL(/\/claims\?view=figures$/);
    await expect(troopsSection(page)).toBeVisible();

    // The list view's form and chips lead to the list, as before.
    await page.goto('/claims?q=troops');
    await expect(page.getByRole('search').locator('input[name="view"]')).toHaveCount(0);
    await page.getByRole('link', { name: /^Search: “troops”/ }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await expect(page.getByRole('region', { name: /^Figures in/ })).toHaveCount(0);
  });

  test('downloads as CSV exactly the rows of the tables', async ({ page }) => {
    await page.goto('/claims?view=figures');
    await expect(troopsSection(page)).toBeVisible();
    const tableIds = await page
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim-id')));
    const [header, ...records] = parse(await downloadCsv(page), { bom: true }) as string[][];
    const idColumn = header!.indexOf('claim_id');
    expect(records.map((r) => r[idColumn])).toEqual(tableIds);
    expect(records.length).toBeGreaterThan(0);
  });

  test('an editor’s new synonym merges two series into one chart', async ({
    page,
    db,
    uid,
    createClaim,
    createAccount,
    signInAs,
  }) => {
    // Unit words unique to this test, ending in plain nouns so their plurals fold.
    const wordA = `${uid}drone`;
    const wordB = `${uid}uav`;
    const claimant = `Figures claimant ${uid}`;
    const a = await createClaim({ claimant, title: `Drones launched ${uid}` });
    const b = await createClaim({ claimant, title: `UAVs launched ${uid}` });
    await db.claim.update({
      where: { id: a.id },
      data: {
        quantityQualifier: 'about',
        quantityValue: 120,
        quantityUnit: `${wordA}s`,
        firstAppearedAt: new Date('2024-11-01T00:00:00Z'),
      },
    });
    await db.claim.update({
      where: { id: b.id },
      data: {
        quantityQualifier: 'up_to',
        quantityMax: 300,
        quantityUnit: wordB,
        firstAppearedAt: new Date('2024-12-01T00:00:00Z'),
      },
    });
    const claimantId = (await db.claimant.findUniqueOrThrow({ where: { name: claimant } })).id;
    const figures = `/claims?claimant=${claimantId}&view=figures`;

    await page.goto(figures);
    await expect(page.getByRole('region', { name: /^Figures in / })).toHaveCount(2);

    await signInAs(await createAccount());
    await page.goto('/editor/units');
    const addUnit = page.getByRole('form', { name: 'Add a unit' });
    await addUnit.getByLabel('New unit').fill(wordA);
    await addUnit.getByRole('button', { name: 'Add unit' }).click();
    await expect(page.getByRole('status')).toHaveText('Unit added.');

    const addSynonym = page.getByRole('form', { name: `Add a synonym of ${wordA}` });
    await addSynonym.getByLabel(`New synonym of “${wordA}”`).fill(`${wordB}s`);
    await addSynonym.getByRole('button', { name: 'Add synonym' }).click();
    await expect(page.getByRole('status')).toHaveText('Synonym added.');

    // The same word again is refused on its field, with the reason.
    const again = page.getByRole('form', { name: `Add a synonym of ${wordA}` });
    await again.getByLabel(`New synonym of “${wordA}”`).fill(wordB);
    await again.getByRole('button', { name: 'Add synonym' }).click();
    await expect(again.getByText(/is already a synonym of this unit/).first()).toBeVisible();

    await page.goto(figures);
    const merged = page.getByRole('region', { name: new RegExp(`^Figures in ${wordA}`) });
    await expect(page.getByRole('region', { name: /^Figures in / })).toHaveCount(1);
    await expect(merged.locator('table tbody tr')).toHaveCount(2);
    await expect(merged.locator('svg a.figure-mark')).toHaveCount(2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
