import type { Page } from '@playwright/test';
import { test, expect, scanAccessibility } from './fixtures';

// Editors sign in through the fixture (the sign-in form is rate limited for real).

function liveBlog(place: string) {
  return `Storm live: ${place} flooded

14:30
Police in ${place} said up to 300 people were evacuated from a caravan park on 3 March 2025. The regional power company says about 45,000 homes are without electricity in ${place}.

14:05
What is a red warning? It is a disgrace that nobody listened! Follow our live coverage for the latest updates.`;
}

async function analyse(page: Page, text: string, url: string, publisher: string) {
  await page.goto('/intake');
  const form = page.getByRole('form', { name: 'Article' });
  await form.getByLabel('Article text').fill(text);
  await form.getByLabel('Publisher (optional)').fill(publisher);
  await form.getByLabel('Link (optional)').fill(url);
  await form.getByRole('button', { name: 'Find check-worthy claims' }).click();
  return page.getByRole('form', { name: 'Suggested claims' });
}

test('signed-out visitors are sent to sign in', async ({ page }) => {
  await page.goto('/intake');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fintake$/);
  // An intake record is the desk's working material: readers never see one.
  await page.goto('/intake/1');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fintake%2F1$/);
});

test('an editor turns a pasted article into drafts; a second intake of it is flagged', async ({
  page,
  createAccount,
  signInAs,
  uid,
}) => {
  test.setTimeout(90_000);
  await signInAs(await createAccount());
  // Letters only: with digits in it (the uid is a base-36 clock) the sentence parser stops
  // reading "Police in Harwick…" as a name for some clock values (from e2e…xmx8…, Dec 2026).
  const place = `Harwick${uid.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`;
  const url = `https://news.example/${uid}/storm-live`;
  const publisher = `Example News ${uid}`;

  const suggestions = await analyse(page, liveBlog(place), url, publisher);
  await expect(suggestions.getByRole('group', { name: /^Suggestion \d+$/ })).toHaveCount(2);
  const first = suggestions.getByRole('group', { name: 'Suggestion 1' });
  // The card is compact: the sentence, the reasons and the fields open under "Edit suggestion 1".
  await expect(first.getByRole('blockquote')).toBeHidden();
  await first.getByText('Edit suggestion 1').click();
  await expect(first.getByRole('blockquote')).toHaveText(
    `Police in ${place} said up to 300 people were evacuated from a caravan park on 3 March 2025.`,
  );
  const why = first.getByRole('list', { name: 'Why this sentence' });
  await expect(why).toContainText('Quantity or range “up to 300 people”');
  await expect(why).toContainText('Attribution “said”');
  await expect(first.getByLabel('Claimant', { exact: true })).toHaveValue(`Police in ${place}`);
  await expect(first.getByLabel('Qualifier')).toHaveValue('up_to');
  await expect(first.getByLabel('Max')).toHaveValue('300');
  await expect(first.getByLabel('Stance')).toHaveValue('context');
  await expect(suggestions).not.toContainText('disgrace');
  await expect(suggestions).not.toContainText('red warning');

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const edited = `Up to 300 people were evacuated in ${place}.`;
  await first.getByLabel('Keep').check();
  await first.getByLabel('Statement').fill(edited);
  await suggestions.getByRole('group', { name: 'Suggestion 2' }).getByLabel('Keep').check();
  await suggestions
    .getByRole('button', { name: 'Create drafts from the kept suggestions' })
    .click();
  await expect(page.getByRole('status')).toHaveText('Created 2 draft claims.');
  await expect(page.getByRole('list', { name: 'Draft claims created' })).toContainText(edited);

  await page.goto(`/editor/claims?status=draft&q=${encodeURIComponent(place)}`);
  const rows = page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: edited })).toContainText('Draft');
  await expect(
    rows.filter({ hasText: `About 45,000 homes are without electricity in ${place}.` }),
  ).toHaveCount(1);
  const draftHref = await rows
    .filter({ hasText: edited })
    .getByRole('link', { name: /Edit/ })
    .getAttribute('href');

  const again = await analyse(page, liveBlog(place), url, publisher);
  await expect(again).toContainText('This link is already in the library');
  const flagged = again.getByRole('group', { name: 'Suggestion 1' });
  const note = flagged.getByRole('note', { name: 'Similar existing claim' });
  await expect(note).toContainText('Possible duplicate');
  await expect(note.getByRole('link', { name: edited })).toHaveAttribute('href', draftHref!);
  await expect(flagged.getByLabel('Cite the article on the existing claim instead')).toBeChecked();
  await flagged.getByLabel('Keep').check();
  await again.getByRole('button', { name: 'Create drafts from the kept suggestions' }).click();
  await expect(page.getByRole('status')).toHaveText('Added nothing new.');
  await expect(page.getByText('Already quoting this passage of the article')).toBeVisible();
});

function twoClaimStory(place: string) {
  return `Hospitals fill up in ${place}

The regional health office said about 300 people are in hospital in ${place} now, a number that could rise to 900 by Friday.

What happens next? Follow our live coverage for the latest updates.`;
}

test('a sentence with two claims is offered as two compact cards; the one not kept is created later from the intake record', async ({
  page,
  createAccount,
  signInAs,
  uid,
}) => {
  test.setTimeout(90_000);
  await signInAs(await createAccount());
  const place = `Carrow${uid.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`;
  const suggestions = await analyse(
    page,
    twoClaimStory(place),
    `https://news.example/${uid}/hospitals`,
    `Health Desk ${uid}`,
  );
  const cards = suggestions.getByRole('group', { name: /^Suggestion \d+$/ });
  await expect(cards).toHaveCount(2);
  const now = suggestions.getByRole('group', { name: 'Suggestion 1' });
  const later = suggestions.getByRole('group', { name: 'Suggestion 2' });
  await expect(now).toContainText(`About 300 people are in hospital in ${place} now.`);
  await expect(now).toContainText('claim 1 of 2 in its sentence');
  await expect(later).toContainText('The number of people could rise to 900 by Friday.');
  await expect(later).toContainText('claim 2 of 2 in its sentence');

  // Collapsed: the fields are there (and submitted) but hidden until the card is opened, by
  // keyboard as well as by pointer.
  const statement = now.getByLabel('Statement');
  await expect(statement).toBeHidden();
  await now.getByText('Edit suggestion 1').focus();
  await page.keyboard.press('Enter');
  await expect(statement).toBeVisible();
  await expect(statement).toHaveValue(`About 300 people are in hospital in ${place} now.`);
  await expect(now.getByLabel('Number')).toHaveValue('300');
  await expect(later.getByLabel('Number')).toHaveValue('900');
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await now.getByLabel('Keep').check();
  await suggestions
    .getByRole('button', { name: 'Create drafts from the kept suggestions' })
    .click();
  await expect(page.getByRole('status')).toHaveText('Created 1 draft claim.');
  await page
    .getByRole('link', { name: 'The intake record, with the suggestions not kept' })
    .click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hospitals fill up/);
  const keptList = page.getByRole('list', { name: 'Kept suggestions' });
  await expect(keptList.getByRole('link')).toHaveText([
    `About 300 people are in hospital in ${place} now.`,
  ]);
  const rest = page.getByRole('form', { name: 'Suggestions not kept' });
  const open = rest.getByRole('group', { name: 'Suggestion 2' });
  await expect(open).toContainText('The number of people could rise to 900 by Friday.');
  const recordAxe = await scanAccessibility(page);
  expect(recordAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await open.getByLabel('Keep').check();
  await rest.getByRole('button', { name: 'Create drafts from the kept suggestions' }).click();
  await expect(page.getByRole('status')).toHaveText('Created 1 draft claim.');
  await expect(keptList.getByRole('link')).toHaveCount(2);
  await expect(page.getByText('Every suggestion of this intake was kept.')).toBeVisible();
  await keptList.getByRole('link', { name: /could rise to 900/ }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/\d+$/);

  await page.goto('/intake');
  await expect(
    page.getByRole('list', { name: 'Recent intakes' }).getByRole('link', {
      name: `Hospitals fill up in ${place}`,
    }),
  ).toBeVisible();
});

test('an empty article gets a message, not an error page', async ({
  page,
  createAccount,
  signInAs,
}) => {
  await signInAs(await createAccount());
  await page.goto('/intake');
  await page.getByRole('button', { name: 'Find check-worthy claims' }).click();
  await expect(page.getByText('Article text is required.')).toBeVisible();
});
