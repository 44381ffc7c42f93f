import { test, expect, scanAccessibility, whenHydrated } from './fixtures';
import { analyseArticle } from '../lib/intake/analyse-article';

test('an editor links a newer figure to an older one; readers see "Updated by" and follow it', async ({
  page,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const older = await createClaim({
    title: `About 3,000 troops ${uid}`,
    verdict: 'likely',
    claimant: `Agency A ${uid}`,
  });
  const newer = await createClaim({
    title: `Up to 12,000 troops ${uid}`,
    verdict: 'confirmed',
    claimant: `Agency B ${uid}`,
  });
  const author = await createAccount();
  await signInAs(author);

  // From the older claim's page: find the newer one by search, and link it as "updated by".
  await page.goto(`/editor/claims/${older.id}`);
  const panel = page.getByRole('region', { name: /Related claims/ });
  await panel.getByRole('searchbox', { name: 'Find the other claim' }).fill(`12,000 troops ${uid}`);
  await panel.getByRole('button', { name: 'Search' }).click();
  const found = page.getByRole('form', { name: `Link to claim #${newer.id}` });
  await (await whenHydrated(found.getByRole('combobox'))).selectOption('updates_reverse');
  await found.getByRole('button', { name: `Link #${newer.id}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claims linked.' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Links to other claims' })).toContainText(
    `Updated by:#${newer.id} Up to 12,000 troops ${uid}`,
  );

  // A bad id comes back as a field error, and what was typed stays.
  const byId = page.getByRole('form', { name: 'Link another claim' });
  await (await whenHydrated(byId.getByLabel('The other claim'))).fill(String(older.id));
  await byId.getByRole('button', { name: 'Link claim' }).click();
  await expect(byId.getByText('A claim cannot be linked to itself')).toHaveCount(2);
  await expect(byId.getByLabel('The other claim')).toHaveValue(String(older.id));

  // The reader, on the older claim: the notice is at the top and leads to the newer claim.
  await page.context().clearCookies();
  await page.goto(`/claims/${older.id}`);
  const notice = page.getByRole('complementary', { name: 'Updated by a newer claim' });
  await expect(notice).toContainText(`Updated by: Up to 12,000 troops ${uid}`);
  await expect(notice).toContainText('Confirmed');
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await notice.getByRole('link', { name: `Up to 12,000 troops ${uid}` }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${newer.id}$`));

  // The newer claim lists the older one, with its verdict.
  const related = page.getByRole('region', { name: 'Related claims' });
  await expect(related).toContainText(`Updates`);
  await expect(related.getByRole('link', { name: `About 3,000 troops ${uid}` })).toBeVisible();
  await expect(related).toContainText('Likely');
  await expect(page.getByRole('complementary', { name: 'Updated by a newer claim' })).toHaveCount(
    0,
  );
});

test('an editor removes a link; readers no longer see it', async ({
  page,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const a = await createClaim({ title: `Figure one ${uid}` });
  const b = await createClaim({ title: `Figure two ${uid}` });
  await signInAs(await createAccount());
  await page.goto(`/editor/claims/${a.id}`);
  const byId = page.getByRole('form', { name: 'Link another claim' });
  await (await whenHydrated(byId.getByLabel('How are they related?'))).selectOption('contradicts');
  await byId.getByLabel('The other claim').fill(`#${b.id}`);
  await byId.getByRole('button', { name: 'Link claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claims linked.' })).toBeVisible();

  await page.goto(`/claims/${b.id}`);
  await expect(page.getByRole('region', { name: 'Related claims' })).toContainText('Contradicts');

  await page.goto(`/editor/claims/${b.id}`);
  const remove = page.getByRole('form', { name: `Remove the link to #${a.id} Figure one ${uid}` });
  await (await whenHydrated(remove.getByRole('button'))).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link removed.' })).toBeVisible();

  await page.context().clearCookies();
  await page.goto(`/claims/${a.id}`);
  await expect(page.getByRole('heading', { name: `Figure one ${uid}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related claims' })).toHaveCount(0);
});

test('the intake proposes "updates" for a similar claim with an older figure, and links the draft', async ({
  page,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  test.setTimeout(90_000);
  // Letters only: digits in the place name confuse the sentence's claimant reading.
  const place = `Kurskov${uid.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`;
  const text = `Troops gather near ${place}\n\nOfficials in ${place} said up to 12,000 soldiers were deployed near ${place} on 3 December 2024.\n\nFollow our live coverage for the latest updates.`;
  const suggestion = analyseArticle(text, {
    title: null,
    publisherName: null,
    url: null,
    publishedAt: null,
  }).suggestions.find((s) => s.sentence.includes('deployed'))!;
  const older = await createClaim({
    title: `Older figure ${uid}`,
    statement: suggestion.claim.statement.replace('12,000', '10,000'),
  });
  await db.claim.update({
    where: { id: older.id },
    data: {
      quantityQualifier: 'up_to',
      quantityMax: 10000,
      quantityUnit: 'soldiers',
      firstAppearedAt: new Date('2024-11-01T00:00:00Z'),
    },
  });
  await signInAs(await createAccount());

  await page.goto('/intake');
  const articleForm = page.getByRole('form', { name: 'Article' });
  await articleForm.getByLabel('Article text').fill(text);
  await articleForm.getByRole('button', { name: 'Find check-worthy claims' }).click();
  const card = page
    .getByRole('form', { name: 'Suggested claims' })
    .getByRole('group', { name: /^Suggestion \d+$/ })
    .filter({ hasText: 'deployed' });
  const proposal = card.getByLabel(
    `If created: link it as updating claim ${older.id} (a newer figure)`,
  );
  await expect(proposal).toBeChecked();
  await expect(card.getByLabel('Create a new draft claim anyway')).toBeChecked();
  await card.getByLabel('Keep').check();
  await page.getByRole('button', { name: 'Create drafts from the kept suggestions' }).click();
  await expect(page.getByRole('status')).toHaveText('Created 1 draft claim.');

  const link = await db.claimRelation.findFirstOrThrow({ where: { toClaimId: older.id } });
  expect(link).toMatchObject({ kind: 'updates', deletedAt: null });
  await page.goto(`/editor/claims/${older.id}`);
  await expect(page.getByRole('list', { name: 'Links to other claims' })).toContainText(
    `Updated by:#${link.fromClaimId}`,
  );
});
