import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Clicks a download link of the list and returns the file's name and text. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Download this list' }).getByRole('link', { name }).click(),
  ]);
  return {
    name: file.suggestedFilename(),
    text: fs.readFileSync((await file.path())!, 'utf8'),
  };
}

test.describe('exports from the claim list', () => {
  test('downloads the filtered view as CSV, JSON and ClaimReview', async ({
    page,
    createClaim,
    uid,
  }) => {
    const wrong = await createClaim({ title: `False ${uid}`, verdict: 'false' });
    const likely = await createClaim({
      title: `Likely ${uid}`,
      statement: `Війська ${uid} — “up to 12,000”`,
      verdict: 'likely',
      citations: [{ source: `Source ${uid}`, stance: 'supports', quote: '=1+1' }],
    });
    await createClaim({ title: `Disputed ${uid}`, verdict: 'disputed' });
    await createClaim({ title: `Draft ${uid}`, verdict: 'false', status: 'draft' });

    await page.goto(`/claims?q=${uid}&verdict=false&verdict=likely`);
    await expect(page.getByRole('status')).toHaveText(/^2 claims/);

    const csv = await download(page, 'CSV');
    expect(csv.name).toMatch(
      new RegExp(
        `^claimtrack-claims-\\d{4}-\\d\\d-\\d\\d-q-${uid}-verdict-false-verdict-likely\\.csv$`,
      ),
    );
    const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.title).sort()).toEqual([`False ${uid}`, `Likely ${uid}`]);
    expect(rows.find((r) => r.title === `Likely ${uid}`)?.statement).toBe(likely.statement);

    const json = await download(page, 'JSON');
    expect(json.name).toMatch(/\.json$/);
    const claims = JSON.parse(json.text) as { id: number; citations: { quote: string }[] }[];
    expect(claims.map((c) => c.id).sort()).toEqual([wrong.id, likely.id].sort());
    expect(claims.find((c) => c.id === likely.id)?.citations[0]?.quote).toBe('=1+1');

    const review = await download(page, 'ClaimReview');
    expect(review.name).toMatch(/^claimtrack-claimreview-.*\.jsonld$/);
    const reviews = JSON.parse(review.text) as Record<string, unknown>[];
    expect(reviews).toHaveLength(2);
    for (const r of reviews) {
      expect(r).toMatchObject({ '@type': 'ClaimReview', reviewRating: { bestRating: 5 } });
    }
  });

  test('the downloads carry a claim’s context, and the untouched CSV imports as no change', async ({
    page,
    createClaim,
    createAccount,
    signInAs,
    uid,
  }) => {
    const context = `Background ${uid}: said at a briefing.\n=2+2 on the second line`;
    const claim = await createClaim({
      title: `Context ${uid}`,
      // Text that really begins with an apostrophe and a formula trigger.
      statement: `'=1+1 was the first line of the post ${uid}`,
      context,
      citations: [
        { source: `Briefing ${uid}`, stance: 'supports', quote: '' },
        { source: `@Account ${uid}`, stance: 'context', quote: '' },
      ],
    });
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByText(`Background ${uid}: said at a briefing.`)).toBeVisible();

    await page.goto(`/claims?q=${uid}`);
    await expect(page.getByRole('status')).toHaveText(/^1 claim/);
    const csv = await download(page, 'CSV');
    const [row] = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      statement: `''=1+1 was the first line of the post ${uid}`,
      context,
      cited_source_titles: `Briefing ${uid}\n'@Account ${uid}`,
    });
    const json = await download(page, 'JSON');
    const [record] = JSON.parse(json.text) as { statement: string; context: string }[];
    expect(record).toMatchObject({ statement: claim.statement, context });

    // An editor imports the CSV just downloaded: every cell reads back as it was.
    await signInAs(await createAccount());
    await page.goto('/import');
    await page.getByLabel('File (CSV or JSON export)').setInputFiles({
      name: csv.name,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.text),
    });
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText(
      '1 row in this CSV file: 0 new, 0 to update, 1 unchanged, 0 errors.',
    );
    await expect(preview).toContainText(
      'Every row matches a claim as it is: there is nothing to import.',
    );
  });

  test('a claim page embeds its ClaimReview, escaped so claim text cannot break out', async ({
    page,
    createClaim,
    uid,
  }) => {
    const statement = `Troops </script><script>window.pwned = true</script> ${uid}`;
    const claim = await createClaim({ statement, verdict: 'misleading' });
    await page.goto(`/claims/${claim.id}`);
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const review = JSON.parse((await scripts.textContent()) ?? '') as Record<string, unknown>;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: statement,
      reviewRating: { ratingValue: 2, alternateName: 'Misleading' },
      itemReviewed: { '@type': 'Claim' },
    });
    expect(review.url).toMatch(new RegExp(`/claims/${claim.id}$`));
    expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  });

  test('an unverified claim’s page has no ClaimReview', async ({ page, createClaim }) => {
    const claim = await createClaim({ verdict: 'unverified' });
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });

  test('asking for drafts without signing in is refused with a reason', async ({ request }) => {
    const response = await request.get('/claims/export?format=csv&include=drafts');
    expect(response.status()).toBe(403);
    expect(await response.text()).toMatch(/signed-in editors/);
  });
});
