import type { Page } from '@playwright/test';
import { test, expect, scanAccessibility } from './fixtures';

// Editors sign in through the fixture (the sign-in form is rate limited for real).

async function addAndCiteSource(
  page: Page,
  claimId: number,
  source: { title: string; publisher: string; url: string; stance: string; quote: string },
) {
  await page.goto(`/editor/sources/new?claim=${claimId}`);
  const form = page.getByRole('form', { name: 'New source' });
  await form.getByLabel('Title').fill(source.title);
  await form.getByLabel('New publisher’s name').fill(source.publisher);
  await form.getByLabel('Link', { exact: true }).fill(source.url);
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(page).toHaveURL(new RegExp(`/editor/claims/${claimId}\\?source=\\d+`));
  const cite = page.getByRole('form', { name: 'Cite a source' });
  await cite.getByLabel('Stance').selectOption(source.stance);
  await cite.getByLabel('Quoted passage').fill(source.quote);
  await cite.getByRole('button', { name: 'Cite source' }).click();
  await expect(page.getByRole('status')).toHaveText('Source cited.');
}

test('an editor drafts a claim readers cannot see, then publishes it', async ({
  page,
  createAccount,
  signInAs,
  uid,
}) => {
  await signInAs(await createAccount());
  const statement = `<script>alert(1)</script> Draft statement ${uid}`;
  await page.goto('/editor/claims/new');
  await page.getByLabel('Statement').fill(statement);
  await expect(page.getByText(`${statement.length} of 300 characters`)).toBeVisible();
  await page.getByLabel('New claimant’s name').fill(`Claimant ${uid}`);
  await page.getByLabel('Tags').fill('e2e, drafts');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Claim created.');
  const id = Number(/\/editor\/claims\/(\d+)/.exec(page.url())?.[1]);

  await page.goto(`/editor/claims?status=draft&q=${encodeURIComponent(uid)}`);
  const row = page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(statement);
  await expect(row).toContainText('Draft');

  const reader = await page.context().browser()!.newContext();
  const readerPage = await reader.newPage();
  expect((await readerPage.goto(`/claims/${id}`))?.status()).toBe(404);
  await readerPage.goto(`/claims?q=${encodeURIComponent(uid)}`);
  await expect(readerPage.getByText(statement)).toHaveCount(0);

  await row.getByRole('link', { name: /Edit/ }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toContainText('published');
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();

  let alerted = false;
  readerPage.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await readerPage.goto(`/claims/${id}`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(statement);
  expect(alerted).toBe(false);
  await reader.close();
});

test('evidence of every stance, the evidence rule for Confirmed, and the public history', async ({
  page,
  createAccount,
  signInAs,
  createClaim,
  uid,
}) => {
  test.setTimeout(60_000);
  await signInAs(await createAccount());
  const claim = await createClaim({ verdict: 'unverified', confidence: 'low' });
  const sources = [
    { stance: 'supports', publisher: `Pub A ${uid}` },
    { stance: 'contradicts', publisher: `Pub B ${uid}` },
    { stance: 'context', publisher: `Pub C ${uid}` },
  ];
  for (const [i, s] of sources.entries()) {
    await addAndCiteSource(page, claim.id, {
      title: `Source ${s.stance} ${uid}`,
      publisher: s.publisher,
      url: `https://example.org/${uid}/${i}`,
      stance: s.stance,
      quote: `Quote ${s.stance} ${uid}`,
    });
  }

  const verdict = page.getByRole('form', { name: 'Change the verdict' });
  await verdict.getByLabel('Verdict').selectOption('confirmed');
  await verdict.getByLabel('Confidence').selectOption('high');
  await verdict.getByLabel('Rationale').fill(`Confirmed by two outlets ${uid}.`);
  await verdict.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdict.locator('#verdict-verdict-error')).toContainText(
    'Confirmed needs supporting citations from at least 2 different publishers',
  );
  await expect(page.getByRole('status')).toHaveText('Source cited.');

  await addAndCiteSource(page, claim.id, {
    title: `Second support ${uid}`,
    publisher: `Pub D ${uid}`,
    url: `https://example.net/${uid}/d`,
    stance: 'supports',
    quote: `Second quote ${uid}`,
  });
  await verdict.getByLabel('Verdict').selectOption('confirmed');
  await verdict.getByLabel('Confidence').selectOption('high');
  await verdict.getByLabel('Rationale').fill(`Confirmed by two outlets ${uid}.`);
  await verdict.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page.getByRole('status')).toHaveText('Verdict saved.');

  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole('heading', { name: /Supporting evidence/ })).toContainText('(2)');
  await expect(page.getByRole('heading', { name: /Contradicting evidence/ })).toContainText('(1)');
  await expect(page.getByRole('heading', { name: /^Context/ })).toContainText('(1)');
  const history = page.getByRole('region', { name: 'Verdict history' });
  await expect(history).toContainText(`Confirmed by two outlets ${uid}.`);
});

test('a reader replaying the editor action writes nothing; a javascript: link is refused', async ({
  page,
  playwright,
  baseURL,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount());
  await page.goto('/editor/claims/new');
  const statement = `Replayed statement ${uid}`;
  await page.getByLabel('Statement').fill(statement);
  await page.getByLabel('New claimant’s name').fill(`Replayer ${uid}`);
  const fields = await page
    .getByRole('form', { name: 'New claim' })
    .evaluate((form) =>
      [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)]),
    );
  expect(fields.some(([k]) => k?.startsWith('$ACTION'))).toBe(true);
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post('/editor/claims/new', {
    multipart: Object.fromEntries(fields),
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  await anonymous.dispose();
  expect(await db.claim.count({ where: { statement } })).toBe(0);

  await page.goto('/editor/sources/new');
  const form = page.getByRole('form', { name: 'New source' });
  await form.getByLabel('Title').fill(`Hostile ${uid}`);
  await form.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByLabel('Link', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#source-url-error')).not.toBeEmpty();
  expect(await db.source.count({ where: { title: `Hostile ${uid}` } })).toBe(0);
});

test('an admin deletes a claim after confirming, and restores it', async ({
  page,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const claim = await createClaim();
  await signInAs(await createAccount({ role: 'admin' }));
  await page.goto(`/editor/claims/${claim.id}`);
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByText('Delete this claim…').click();
  await page.getByRole('button', { name: 'Yes, delete this claim' }).click();
  await expect(page.getByRole('status')).toHaveText('Claim deleted.');
  expect((await page.request.get(`/claims/${claim.id}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Restore this claim' }).click();
  await expect(page.getByRole('status')).toHaveText('Claim restored.');
  expect((await page.request.get(`/claims/${claim.id}`)).status()).toBe(200);
});

test.describe('removing a citation asks first', () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });

      test('cancel keeps the citation; "Yes, remove" removes it', async ({
        page,
        createAccount,
        createClaim,
        signInAs,
        db,
        uid,
      }) => {
        const claim = await createClaim({
          citations: [{ source: `Removable ${uid}`, stance: 'supports', quote: `Kept ${uid}` }],
        });
        const citation = await db.citation.findFirstOrThrow({ where: { claimId: claim.id } });
        await signInAs(await createAccount());
        await page.goto(`/editor/claims/${claim.id}`);
        const form = page.getByRole('form', { name: `Citation ${citation.id}` });
        const confirm = form.getByRole('button', { name: 'Yes, remove' });
        await expect(confirm).toBeHidden();

        await form.getByText('Remove citation…').click();
        await expect(
          form.getByRole('group', {
            name: `Remove the citation of “Removable ${uid}” from this claim? It stops counting as evidence; the removal is kept in the audit log.`,
          }),
        ).toBeVisible();
        // axe runs in the page: only where the page runs scripts.
        if (javaScriptEnabled) {
          const axe = await scanAccessibility(page);
          expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        }
        await form.getByRole('button', { name: 'Cancel' }).click();
        await expect(confirm).toBeHidden();
        await page.goto(`/editor/claims/${claim.id}`);
        await expect(form).toBeVisible();
        expect(
          (await db.citation.findUniqueOrThrow({ where: { id: citation.id } })).deletedAt,
        ).toBeNull();

        await form.getByText('Remove citation…').click();
        await confirm.click();
        await expect(page.getByRole('status')).toHaveText('Citation removed.');
        await expect(form).toHaveCount(0);
        expect(
          (await db.citation.findUniqueOrThrow({ where: { id: citation.id } })).deletedAt,
        ).not.toBeNull();
      });
    });
  }
});

test('citing a source the claim already cites is refused on the source field, with a link to its citation', async ({
  page,
  createAccount,
  createClaim,
  signInAs,
  db,
  uid,
}) => {
  const claim = await createClaim({
    citations: [{ source: `Cited once ${uid}`, stance: 'supports', quote: `For ${uid}` }],
  });
  const citation = await db.citation.findFirstOrThrow({ where: { claimId: claim.id } });
  await signInAs(await createAccount());
  await page.goto(`/editor/claims/${claim.id}?source=${citation.sourceId}`);
  const cite = page.getByRole('form', { name: 'Cite a source' });
  await cite.getByLabel('Stance').selectOption('contradicts');
  await cite.getByLabel('Quoted passage').fill('dup');
  await cite.getByRole('button', { name: 'Cite source' }).click();
  await expect(cite.getByLabel('Source', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cite-sourceId-error')).toHaveText(
    'This source is already cited on this claim as “Supports”; change that citation’s stance instead of citing it again.',
  );
  await cite.getByRole('link', { name: `Go to the citation of “Cited once ${uid}”` }).click();
  await expect(page).toHaveURL(new RegExp(`#citation-${citation.id}$`));
  expect(await db.citation.count({ where: { claimId: claim.id } })).toBe(1);
});
