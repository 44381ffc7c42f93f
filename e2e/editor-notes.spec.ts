import { test, expect, scanAccessibility, whenHydrated } from './fixtures';

// Editors sign in through the fixture (the sign-in form is rate limited for real).

test('an editor writes a note with a mention and a link; it renders safely, notifies, and readers never see it', async ({
  page,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const author = await createAccount();
  const ana = await createAccount({ name: `Ana Ruiz ${uid}` });
  const claim = await createClaim({
    citations: [{ source: `Briefing ${uid}`, stance: 'supports', quote: 'Up to 12,000 troops' }],
  });
  await signInAs(author);
  await page.goto(`/editor/claims/${claim.id}`);

  const form = page.getByRole('form', { name: 'Add a note' });
  const body = [
    `**Check** this with @"${ana.name}", see [the report](https://example.org/report) ${uid}`,
    `- first point <script>alert(1)</script>`,
    `- [bad](javascript:alert(1))`,
  ].join('\n');
  await (await whenHydrated(form.getByLabel('New note'))).fill(body);
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status')).toHaveText('Note added.');

  const notes = page.getByRole('list', { name: 'Notes on the claim' });
  const note = notes.getByRole('listitem').first();
  await expect(note.locator('strong')).toHaveText('Check');
  const link = note.getByRole('link', { name: 'the report' });
  await expect(link).toHaveAttribute('href', 'https://example.org/report');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  // Scoped to the rendered list items: the closed edit form's textarea holds the raw text too.
  const items = note.locator('ul > li');
  await expect(items).toHaveText([
    'first point <script>alert(1)</script>',
    '[bad](javascript:alert(1))',
  ]);
  await expect(note.getByRole('link', { name: 'bad' })).toHaveCount(0);
  await expect(note).toContainText(`@${ana.name}`);

  const saved = await db.note.findFirstOrThrow({ where: { claimId: claim.id } });
  const told = await db.notification.findMany({ where: { userId: ana.id } });
  expect(told.map((n) => [n.kind, n.claimId, n.noteId, n.actorId])).toEqual([
    ['mentioned', claim.id, saved.id, author.id],
  ]);

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A note on one of the claim's citations is listed under that citation.
  await (await whenHydrated(form.getByLabel('New note'))).fill(`Quote checked ${uid}`);
  await form.getByLabel('About').selectOption({ label: `Briefing ${uid}` });
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status')).toHaveText('Note added.');
  await expect(
    page.getByRole('list', { name: `On the citation of “Briefing ${uid}”` }),
  ).toContainText(`Quote checked ${uid}`);

  // The author corrects it within 10 minutes, then deletes it.
  await note.getByText('Edit note').click();
  const edit = note.getByRole('form', { name: /Edit note/ });
  await (await whenHydrated(edit.getByLabel('Note'))).fill(`Corrected note ${uid}`);
  await edit.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status')).toHaveText('Note saved.');
  await expect(notes).toContainText(`Corrected note ${uid}`);

  const reader = await page.context().browser()!.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/claims/${claim.id}`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(readerPage.getByText(claim.statement)).toBeVisible();
  for (const text of ['Corrected note', 'Quote checked', 'first point']) {
    await expect(readerPage.getByText(text)).toHaveCount(0);
  }
  await reader.close();

  await notes.getByText('Delete note…').first().click();
  await notes.getByRole('button', { name: 'Yes, delete this note' }).first().click();
  await expect(page.getByRole('status')).toHaveText('Note deleted.');
  await expect(page.getByRole('list', { name: 'Notes on the claim' })).toHaveCount(0);
  expect((await db.note.findUniqueOrThrow({ where: { id: saved.id } })).deletedAt).not.toBeNull();
});

test('an editor adds a claimant alias, a taken name is refused, and an admin merges two claimants', async ({
  page,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  await createClaim({ claimant: `National Intelligence Service ${uid}` });
  await createClaim({ claimant: `Seoul spy service ${uid}` });
  const nis = await db.claimant.findUniqueOrThrow({
    where: { name: `National Intelligence Service ${uid}` },
  });
  await signInAs(await createAccount({ role: 'admin' }));
  await page.goto(`/editor/claimants/${nis.id}`);

  const add = page.getByRole('form', { name: 'Add an alias' });
  await (await whenHydrated(add.getByLabel('New alias'))).fill(`South Korea’s spy agency ${uid}`);
  await add.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.getByRole('status')).toHaveText('Alias added.');
  await expect(page.getByRole('list', { name: 'Aliases' })).toContainText(
    `South Korea’s spy agency ${uid}`,
  );

  await (await whenHydrated(add.getByLabel('New alias'))).fill(`SEOUL SPY SERVICE ${uid}`);
  await add.getByRole('button', { name: 'Add alias' }).click();
  await expect(add.getByText(/already names another claimant/).first()).toBeVisible();
  await expect(add.getByLabel('New alias')).toHaveValue(`SEOUL SPY SERVICE ${uid}`);

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const merge = page.getByRole('form', { name: 'Merge another claimant into this one' });
  await merge
    .getByLabel('Claimant to merge into this one')
    .selectOption({ label: `Seoul spy service ${uid}` });
  await merge.getByRole('button', { name: /Merge into/ }).click();
  await expect(page.getByRole('status')).toHaveText('Claimants merged.');
  await expect(page.getByRole('list', { name: 'Aliases' })).toContainText(
    `Seoul spy service ${uid}`,
  );
  expect(await db.claim.count({ where: { claimantId: nis.id } })).toBe(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('notes are added, refused with a field error, and deleted', async ({
    page,
    db,
    uid,
    createAccount,
    createClaim,
    signInAs,
  }) => {
    const claim = await createClaim();
    await signInAs(await createAccount());
    await page.goto(`/editor/claims/${claim.id}`);
    const form = page.getByRole('form', { name: 'Add a note' });
    await form.getByLabel('New note').fill(`No script note **${uid}**`);
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('status')).toHaveText('Note added.');
    const notes = page.getByRole('list', { name: 'Notes on the claim' });
    await expect(notes.locator('strong')).toHaveText(uid);

    await page.getByRole('form', { name: 'Add a note' }).getByLabel('New note').fill('   ');
    await page
      .getByRole('form', { name: 'Add a note' })
      .getByRole('button', { name: 'Add note' })
      .click();
    await expect(page.getByText('Note is required.').first()).toBeVisible();

    await notes.getByText('Delete note…').click();
    await notes.getByRole('button', { name: 'Yes, delete this note' }).click();
    await expect(page.getByRole('status')).toHaveText('Note deleted.');
    expect(await db.note.count({ where: { claimId: claim.id, deletedAt: null } })).toBe(0);
  });
});
