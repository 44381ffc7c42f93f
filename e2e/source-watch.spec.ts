import type { Page } from '@playwright/test';
import type { LinkState } from '../lib/domain/source-watch';
import type { PrismaClient } from '../lib/prisma-client';
import { expect, scanAccessibility, test, whenHydrated } from './fixtures';

/*
 * Issue 15's screens: the Source watch page, a source's watch panel (Check now, snapshots and
 * their diff), the claim editing page's citation marks and the readers' "checked on" dates. The
 * watch worker is not part of this run: the rows it would write are seeded here.
 */

const DAY = 86_400_000;

/** Gives the source cited under `title` a web address on `host` and a watch record. */
async function watchSource(
  db: PrismaClient,
  title: string,
  host: string,
  state: LinkState,
  fields: { lastOkAt?: Date; lastCheckedAt?: Date } = {},
): Promise<number> {
  const source = await db.source.findFirstOrThrow({ where: { title } });
  await db.source.update({
    where: { id: source.id },
    data: {
      url: `https://${host}/${source.id}`,
      archiveUrl: `https://archive.example.org/${source.id}`,
    },
  });
  await db.sourceWatch.create({
    data: {
      sourceId: source.id,
      state,
      lastProblem: state === 'dead' ? 'HTTP 404' : '',
      firstCheckedAt: new Date(Date.now() - 20 * DAY),
      lastCheckedAt: fields.lastCheckedAt ?? new Date(),
      lastOkAt: fields.lastOkAt ?? new Date(Date.now() - DAY),
    },
  });
  return source.id;
}

async function expectAxeClean(page: Page) {
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('the watch page lists a dead source behind a published claim first, filters by state, fits a phone', async ({
  page,
  db,
  uid,
  createClaim,
  createAccount,
  signInAs,
}) => {
  const host = `${uid}.example.test`;
  const published = await createClaim({
    citations: [{ source: `Dead published ${uid}`, stance: 'supports', quote: 'words' }],
  });
  await createClaim({
    status: 'draft',
    citations: [{ source: `Dead draft ${uid}`, stance: 'supports', quote: 'words' }],
  });
  await createClaim({
    citations: [{ source: `Changed ${uid}`, stance: 'context', quote: '' }],
  });
  await watchSource(db, `Dead draft ${uid}`, host, 'dead', {
    lastOkAt: new Date(Date.now() - 30 * DAY),
  });
  await watchSource(db, `Dead published ${uid}`, host, 'dead');
  await watchSource(db, `Changed ${uid}`, host, 'changed');
  await signInAs(await createAccount());

  await page.goto('/editor');
  await page.getByRole('link', { name: 'Source watch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Source watch' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Published claims to look at first' })).toContainText(
    published.title,
  );

  await page.getByLabel('Web address, title or publisher contains').fill(host);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${uid}`));
  const items = page.getByTestId('watch-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(`Dead published ${uid}`);
  await expect(items.nth(0)).toContainText(published.title);
  await expect(items.nth(0)).toContainText('Link dead');
  await expect(items.nth(1)).toContainText(`Changed ${uid}`);
  await expect(items.nth(2)).toContainText(`Dead draft ${uid}`);

  await page
    .getByRole('navigation', { name: 'Sources by link state' })
    .getByRole('link', { name: /^Page changed \(1\)$/ })
    .click();
  await expect(page).toHaveURL(/state=changed/);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`Changed ${uid}`);
  await expectAxeClean(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/editor/watch?q=${host}`);
  await expect(items).toHaveCount(3);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a source’s watch panel: Check now queues a check, two snapshots compare', async ({
  page,
  db,
  uid,
  createClaim,
  createAccount,
  signInAs,
}) => {
  await createClaim({
    citations: [{ source: `Watched ${uid}`, stance: 'supports', quote: 'troops are there' }],
  });
  const sourceId = await watchSource(db, `Watched ${uid}`, `${uid}.example.test`, 'changed');
  const snapshot = (text: string, daysAgo: number) =>
    db.sourceSnapshot.create({
      data: {
        sourceId,
        text,
        title: `Page ${uid}`,
        contentHash: `${uid}-${daysAgo}`,
        finalUrl: `https://${uid}.example.test/${sourceId}`,
        httpStatus: 200,
        fetchedAt: new Date(Date.now() - daysAgo * DAY),
      },
    });
  await snapshot('Up to 12,000 troops are at bases in the Far East.', 3);
  await snapshot('Up to 12,000 soldiers are at bases in the Far East.', 1);
  await signInAs(await createAccount());

  await page.goto(`/editor/sources/${sourceId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Watched ${uid}` })).toBeVisible();
  await expect(page.getByText('Page changed', { exact: true })).toBeVisible();

  await (await whenHydrated(page.getByRole('button', { name: /^Check now/ }))).click();
  await expect(page.locator('#check-now-message')).toHaveText('Queued — checked within a minute.');
  await expect
    .poll(() => db.job.count({ where: { key: `source.check:${sourceId}`, state: 'queued' } }))
    .toBe(1);

  await page.getByRole('link', { name: /^With previous/ }).click();
  const diff = page.getByRole('region', { name: 'Differences between the two snapshots' });
  await expect(diff.locator('del')).toHaveText(/troops/);
  await expect(diff.locator('ins')).toHaveText(/soldiers/);
  await expect(diff.locator('del')).toContainText('removed:');
  await expectAxeClean(page);
});

test('the claim editing page marks each citation; readers see “checked on”, never the snapshot', async ({
  page,
  db,
  uid,
  createClaim,
  createAccount,
  signInAs,
}) => {
  const claim = await createClaim({
    citations: [
      { source: `Gone ${uid}`, stance: 'supports', quote: 'a quote that left' },
      { source: `Fine ${uid}`, stance: 'context', quote: 'a quote still there' },
    ],
  });
  const checked = new Date('2026-12-04T09:00:00Z');
  const goneId = await watchSource(db, `Gone ${uid}`, `${uid}.example.test`, 'dead', {
    lastOkAt: new Date('2026-12-01T09:00:00Z'),
    lastCheckedAt: checked,
  });
  await db.sourceCheck.create({
    data: {
      sourceId: goneId,
      outcome: 'http_error',
      httpStatus: 404,
      checkedAt: new Date('2026-12-03T09:00:00Z'),
    },
  });
  const fineId = await watchSource(db, `Fine ${uid}`, `${uid}.example.test`, 'ok', {
    lastCheckedAt: checked,
  });
  await db.sourceSnapshot.create({
    data: {
      sourceId: fineId,
      text: `Publisher text ${uid} a quote still there`,
      contentHash: `${uid}-fine`,
      finalUrl: `https://${uid}.example.test/${fineId}`,
      httpStatus: 200,
    },
  });
  const citations = await db.citation.findMany({
    where: { claimId: claim.id },
    include: { source: true },
  });
  for (const c of citations) {
    const found = c.source.title.startsWith('Fine');
    await db.citationQuoteCheck.create({
      data: {
        citationId: c.id,
        state: found ? 'exact' : 'missing',
        score: found ? 1 : 0.2,
        checkedAt: checked,
        verifiedAt: found ? checked : null,
      },
    });
  }

  // Readers first (no session).
  await page.goto(`/claims/${claim.id}`);
  const evidence = page.getByRole('region', { name: /Evidence/ }).first();
  await expect(evidence).toContainText('Checked on 4 Dec 2026');
  await expect(evidence).toContainText('Quote verified on 4 Dec 2026');
  await expect(evidence).toContainText('Live page unavailable when checked on 4 Dec 2026');
  await expect(
    page.getByRole('link', { name: new RegExp(`Read the archived copy of “Gone ${uid}”`) }),
  ).toBeVisible();
  await expect(page.locator('body')).not.toContainText(`Publisher text ${uid}`);
  await expectAxeClean(page);

  await signInAs(await createAccount());
  await page.goto(`/editor/claims/${claim.id}`);
  const gone = page.locator('li', { hasText: `Gone ${uid}` }).getByTestId('citation-watch-marks');
  await expect(gone).toContainText('Link dead since 3 Dec 2026');
  await expect(gone).toContainText('Quote missing (checked 4 Dec 2026)');
  const fine = page.locator('li', { hasText: `Fine ${uid}` }).getByTestId('citation-watch-marks');
  await expect(fine).toContainText('Link OK (checked 4 Dec 2026)');
  await expect(fine).toContainText('Quote found (checked 4 Dec 2026)');
});

test('readers and signed-out visitors cannot reach the watch screens', async ({ page }) => {
  await page.goto('/editor/watch');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Feditor%2Fwatch/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the watch page filters and Check now answers', async ({
    page,
    db,
    uid,
    createClaim,
    createAccount,
    signInAs,
  }) => {
    await createClaim({
      citations: [{ source: `No script ${uid}`, stance: 'supports', quote: 'words' }],
    });
    const sourceId = await watchSource(db, `No script ${uid}`, `${uid}.example.test`, 'dead');
    await signInAs(await createAccount());

    await page.goto('/editor/watch');
    await page.getByLabel('Web address, title or publisher contains').fill(`${uid}.example.test`);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByTestId('watch-item')).toHaveCount(1);
    await page
      .getByTestId('watch-item')
      .getByRole('link', { name: `No script ${uid}` })
      .click();

    await page.getByRole('button', { name: /^Check now/ }).click();
    await expect(page.locator('#check-now-message')).toHaveText(
      'Queued — checked within a minute.',
    );
    expect(await db.job.count({ where: { key: `source.check:${sourceId}` } })).toBe(1);
  });
});
