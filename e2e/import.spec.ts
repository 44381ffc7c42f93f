import fs from 'node:fs';
import type { ExportedClaim } from '../lib/export/claim-record';
import { csvChunk } from '../lib/export/csv-rows';
import { test, expect, scanAccessibility } from './fixtures';

// Editors sign in through the fixture (the sign-in form is rate limited for real).

function claimRow(uid: string, n: number, overrides: Partial<ExportedClaim> = {}): ExportedClaim {
  return {
    id: null as never,
    url: '',
    status: 'published',
    title: `Imported ${uid} ${n}`,
    statement: `Imported statement ${uid} ${n}: up to 12,000 troops are at Russian bases.`,
    context: `Background ${uid} ${n}.`,
    claimant: { name: `Claimant ${uid}`, kind: 'agency', description: '' },
    verdict: 'likely',
    confidence: 'moderate',
    rationale: 'Two briefings agree.',
    tags: ['Imported', 'Київ'],
    stories: [],
    place: 'Russian Far East',
    quantity: { qualifier: 'up_to', value: null, min: null, max: 12000, unit: 'troops' },
    firstAppeared: { date: '2024-11-05', url: null, note: '' },
    counts: { supports: 1, contradicts: 0, context: 0 },
    citations: [
      {
        stance: 'supports',
        quote: '',
        locator: '',
        source: {
          id: 1,
          title: `Briefing ${uid}`,
          publisher: null,
          kind: 'other',
          url: `https://example.org/briefing-${uid}`,
          archiveUrl: null,
          publishedAt: null,
        },
      },
    ],
    verdictHistory: [],
    createdAt: '2024-11-05T09:00:00.000Z',
    updatedAt: '2024-11-06T10:00:00.000Z',
    publishedAt: '2024-11-06T10:00:00.000Z',
    relations: [],
    ...overrides,
  };
}

function csvUpload(claims: ExportedClaim[]) {
  return { name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(csvChunk(claims, true)) };
}

test('an editor previews a file with an error row, fixes it, imports it, and a re-import finds nothing to change', async ({
  page,
  createAccount,
  signInAs,
  uid,
}) => {
  await signInAs(await createAccount());
  await page.goto('/editor/claims');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import claims' })).toBeVisible();

  const file = page.getByLabel('File (CSV or JSON export)');
  await file.setInputFiles(
    csvUpload([claimRow(uid, 1), claimRow(uid, 2, { verdict: 'probably' as never })]),
  );
  await page.getByRole('button', { name: 'Preview import' }).click();

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(
    '2 rows in this CSV file: 1 new, 0 to update, 0 unchanged, 1 error.',
  );
  const errorRow = preview.getByRole('row').filter({ hasText: 'row 2 (line 3)' });
  await expect(errorRow).toContainText('Error');
  await expect(errorRow).toContainText('verdict: Choose a verdict from the scale.');
  await expect(preview.getByRole('button', { name: 'Import 1 claim' })).toBeDisabled();
  await expect(preview).toContainText('Nothing can be imported while a row has an error');
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The editor fixes the file and previews it again.
  await file.setInputFiles(csvUpload([claimRow(uid, 1), claimRow(uid, 2)]));
  await expect(preview).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(preview).toContainText('2 new, 0 to update, 0 unchanged, 0 errors.');
  await expect(preview).toContainText('1 source will be added to the library.');
  await preview.getByRole('button', { name: 'Import 2 claims' }).click();

  await expect(page.getByRole('status')).toHaveText(
    'Imported: 2 claims created, 0 updated, 0 unchanged; 1 source added.',
  );
  await expect(page.getByRole('list', { name: 'Imported claims' }).getByRole('link')).toHaveCount(
    2,
  );

  // Readers see the published claims, with the imported evidence.
  await page.goto(`/claims?q=${encodeURIComponent(uid)}`);
  await expect(page.getByText(`Imported ${uid} 1`)).toBeVisible();
  await expect(page.getByText(`Imported ${uid} 2`)).toBeVisible();

  // The round trip in place: the JSON export of these claims, pasted back, changes nothing.
  const exported = await page.request.get(
    `/claims/export?format=json&include=drafts&q=${encodeURIComponent(uid)}`,
  );
  expect(exported.status()).toBe(200);
  const json = await exported.text();
  expect(JSON.parse(json)).toHaveLength(2);
  await page.goto('/import');
  await page.getByLabel('Or paste the file’s content').fill(json);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(preview).toContainText(
    '2 rows in this JSON file: 0 new, 0 to update, 2 unchanged, 0 errors.',
  );
  await expect(preview).toContainText(
    'Every row matches a claim as it is: there is nothing to import.',
  );
});

test('a large file arrives whole, and one over 50 MB is refused before it is sent', async ({
  page,
  createAccount,
  signInAs,
  uid,
}, testInfo) => {
  await signInAs(await createAccount());
  await page.goto('/import');
  const file = page.getByLabel('File (CSV or JSON export)');

  // 12 MB, past the 10 MB up to which Next.js buffers a body its proxy sees: JSON padded with
  // spaces, so only the whole file parses.
  const json = JSON.stringify(
    [claimRow(uid, 1), claimRow(uid, 2)].map((c) => ({ ...c, id: undefined, verdictHistory: [] })),
  );
  const large = testInfo.outputPath('large.json');
  fs.writeFileSync(large, `${json}${' '.repeat(12 * 1024 * 1024)}\n`);
  await file.setInputFiles(large);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(
    '2 rows in this JSON file: 2 new',
  );

  const huge = testInfo.outputPath('huge.csv');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 'a'));
  await file.setInputFiles(huge);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.locator('#import-message')).toHaveText(/larger than 50 MB, the import limit/);
});

test('anonymous visitors are sent to sign in, and the import endpoints refuse them', async ({
  page,
  baseURL,
}) => {
  await page.goto('/import');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fimport$/);
  // From the site itself (a post from elsewhere is refused before this: request-origin.spec.ts).
  const response = await page.request.post('/import/preview', {
    data: Buffer.from('[]'),
    headers: { 'content-type': 'application/octet-stream', origin: new URL(baseURL!).origin },
  });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({
    ok: false,
    message: 'Sign in as an editor to import claims.',
  });
});

const HISTORY: ExportedClaim['verdictHistory'] = [
  {
    verdict: 'unverified',
    confidence: 'low',
    rationale: '',
    overrideReason: null,
    at: '2019-01-01T08:00:00.000Z',
  },
  {
    verdict: 'confirmed',
    confidence: 'high',
    rationale: 'Certain, without a second source.',
    overrideReason: null,
    at: '2019-01-02T08:00:00.000Z',
  },
  {
    verdict: 'likely',
    confidence: 'moderate',
    rationale: 'Two briefings agree.',
    overrideReason: null,
    at: '2019-06-01T08:00:00.000Z',
  },
];

function jsonUpload(claims: ExportedClaim[]) {
  return {
    name: 'claims.json',
    mimeType: 'application/json',
    buffer: Buffer.from(`${JSON.stringify(claims, null, 2)}\n`),
  };
}

const today = () =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());

test("an editor's file brings no verdict history: the preview warns, readers see only the current verdict", async ({
  page,
  browser,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount());
  await page.goto('/import');
  await page
    .getByLabel('File (CSV or JSON export)')
    .setInputFiles(jsonUpload([claimRow(uid, 1, { verdictHistory: HISTORY })]));
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('1 row imports with a warning');
  await expect(preview.getByRole('row').filter({ hasText: 'claim 1' })).toContainText(
    'Warning: The file’s verdict history (2 earlier revisions) is not imported: only admins import history; the current verdict is recorded now under your name.',
  );
  await preview.getByRole('button', { name: 'Import 1 claim' }).click();
  await expect(page.getByRole('status')).toContainText('Imported: 1 claim created');

  const claim = await db.claim.findFirstOrThrow({ where: { title: `Imported ${uid} 1` } });
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/claims/${claim.id}`);
  const history = readerPage.getByRole('list', { name: 'Verdict changes, newest first' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Likely');
  await expect(history).toContainText(today());
  await expect(history).not.toContainText('Confirmed');
  await expect(history).not.toContainText('Recorded elsewhere');
  await reader.close();
});

test("an admin's file brings its verdict history, which readers see labelled as imported", async ({
  page,
  browser,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount({ role: 'admin' }));
  await page.goto('/import');
  await page
    .getByLabel('File (CSV or JSON export)')
    .setInputFiles(jsonUpload([claimRow(uid, 1, { verdictHistory: HISTORY })]));
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('1 new, 0 to update, 0 unchanged, 0 errors.');
  await expect(preview).not.toContainText('Warning');
  await preview.getByRole('button', { name: 'Import 1 claim' }).click();
  await expect(page.getByRole('status')).toContainText('Imported: 1 claim created');

  const claim = await db.claim.findFirstOrThrow({ where: { title: `Imported ${uid} 1` } });
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/claims/${claim.id}`);
  const entries = readerPage
    .getByRole('list', { name: 'Verdict changes, newest first' })
    .getByRole('listitem');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(
    `Imported: Recorded elsewhere on 1 Jun 2019; imported on ${today()}`,
  );
  await expect(entries.nth(1)).toContainText('Recorded elsewhere on 2 Jan 2019');
  await expect(entries.nth(1)).toContainText('Confirmed');
  const axe = await scanAccessibility(readerPage);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await reader.close();
});
