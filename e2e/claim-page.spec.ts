import { test, expect } from './fixtures';

test.describe('claim page', () => {
  test('shows statement, verdict, evidence by stance, tags and the verdict history', async ({
    page,
    createClaim,
    uid,
  }) => {
    const claim = await createClaim({
      title: `Detail ${uid}`,
      claimant: `Ministry ${uid}`,
      verdict: 'disputed',
      confidence: 'moderate',
      tags: [`Topic ${uid}`],
      citations: [
        { source: `For ${uid}`, publisher: 'Wire', stance: 'supports', quote: 'It happened.' },
        { source: `Against ${uid}`, stance: 'contradicts', quote: 'It did not happen.' },
        { source: `Background ${uid}`, stance: 'context', quote: 'Some background.' },
      ],
    });
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
    await expect(page.getByText(claim.statement)).toBeVisible();
    await expect(page.getByRole('link', { name: `Ministry ${uid}` }).first()).toBeVisible();
    await expect(page.getByText(`Rationale for ${claim.title}`).first()).toBeVisible();

    for (const [heading, source, quote] of [
      ['Supporting evidence', `For ${uid}`, 'It happened.'],
      ['Contradicting evidence', `Against ${uid}`, 'It did not happen.'],
      ['Context', `Background ${uid}`, 'Some background.'],
    ] as const) {
      const section = page.getByRole('region', { name: heading });
      await expect(section.getByRole('link', { name: source })).toBeVisible();
      await expect(section.getByText(quote)).toBeVisible();
    }

    const history = page.getByRole('region', { name: 'Verdict history' });
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(history.getByRole('listitem').first()).toContainText('Disputed');
    await expect(history.getByRole('listitem').last()).toContainText('not yet checked');
    await expect(page.getByRole('link', { name: `Topic ${uid}` })).toBeVisible();
  });

  test('shows the demo story’s structured quantity and its developing verdict', async ({
    page,
  }) => {
    await page.goto('/claims?q=12,000+troops');
    await page.getByRole('article').first().getByRole('link').first().click();
    await expect(page.getByText('up to 12,000 troops')).toBeVisible();
    const history = page.getByRole('region', { name: 'Verdict history' });
    expect(await history.getByRole('listitem').count()).toBeGreaterThan(1);
  });

  for (const path of ['/claims/99999999', '/claims/abc', '/claims/1.5', '/claims/-1']) {
    test(`answers ${path} with a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    });
  }

  test('hides a deleted claim', async ({ page, createClaim, db }) => {
    const claim = await createClaim();
    await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect((await page.goto(`/claims/${claim.id}`))?.status()).toBe(404);
  });
});
