import { test, expect } from './fixtures';

test.describe('search', () => {
  test('finds a claim by its words through the search box, best match first', async ({
    page,
    createClaim,
    uid,
  }) => {
    await createClaim({
      title: `Mention in a quote ${uid}`,
      statement: `Rail shipments ${uid} crossed the border.`,
      citations: [{ source: `Report ${uid}`, stance: 'context', quote: `Vostochny ${uid}.` }],
    });
    await createClaim({
      title: `Vostochny cosmodrome visit ${uid}`,
      statement: `Kim visited the Vostochny ${uid} cosmodrome.`,
    });
    await page.goto('/claims');
    await page.getByLabel('Search claims').fill(`vostochny ${uid}`);
    await page.getByLabel('Search claims').press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^2 claims/);
    await expect(page.getByRole('article').first()).toContainText(`Vostochny cosmodrome visit`);
    await expect(page.getByLabel('Search claims')).toHaveValue(`vostochny ${uid}`);
  });

  test('searches the demo story', async ({ page }) => {
    await page.goto('/claims?q=Kursk');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText('matching “Kursk”');
  });

  test('finds a figure however it is written, and shows why each claim matched', async ({
    page,
    createClaim,
    uid,
  }) => {
    await createClaim({
      title: `Far East bases ${uid}`,
      statement: `Up to 12,000 troops ${uid} are at bases in the Far East.`,
    });
    await createClaim({
      title: `Clashes ${uid}`,
      statement: `Forces ${uid} clashed with foreign units.`,
      citations: [
        { source: `Briefing ${uid}`, stance: 'supports', quote: `Fighting near Kursk ${uid}.` },
      ],
    });
    for (const written of ['12000', '12 000', '12k']) {
      await page.goto(`/claims?q=${encodeURIComponent(`${written} ${uid}`)}`);
      await expect(page.getByRole('status')).toHaveText(/^1 claim matching/);
      const result = page.getByRole('article').first();
      await expect(result).toContainText(`Far East bases ${uid}`);
      await expect(result.getByText('Matched in the statement:')).toBeVisible();
      await expect(result.locator('mark')).toHaveText(['12,000', uid]);
    }
    // Found through its cited quote, and said so.
    await page.goto(`/claims?q=${encodeURIComponent(`kursk ${uid}`)}`);
    const result = page.getByRole('article').first();
    await expect(result).toContainText(`Clashes ${uid}`);
    await expect(result).toContainText(`Matched in a cited quote: “Fighting near Kursk ${uid}.”`);
    await expect(result.locator('mark').first()).toHaveText('Kursk');
  });

  test('offers "did you mean" for a misspelt word, and the link runs the corrected search', async ({
    page,
    createClaim,
    uid,
  }) => {
    // A word of letters only, unique to this test: the corrector reads whole words.
    const letters = uid.replace(/\d/g, (d) => 'bcdfghjklm'[Number(d)] ?? '');
    const word = `zorvakt${letters}q`;
    const misspelt = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
    await createClaim({ title: `Spelling ${uid}`, statement: `The ${word} report was read.` });
    await page.goto(`/claims?q=${encodeURIComponent(misspelt)}`);
    await expect(page.getByRole('status')).toHaveText(/^0 claims/);
    await page.getByRole('link', { name: word }).click();
    await expect(page.getByRole('status')).toHaveText(/^1 claim matching/);
    await expect(page.getByRole('article').first()).toContainText(`Spelling ${uid}`);
  });

  test('"did you mean" shows the real word, not the stored stem', async ({
    page,
    createClaim,
    uid,
  }) => {
    // Both stemmers keep this word without its final "e": the link must read it as written.
    const letters = uid.replace(/\d/g, (d) => 'bcdfghjklm'[Number(d)] ?? '');
    const word = `zorvakt${letters}e`;
    const misspelt = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
    await createClaim({ title: `Real word ${uid}`, statement: `The ${word} was read twice.` });
    await page.goto(`/claims?q=${encodeURIComponent(misspelt)}`);
    await expect(page.getByRole('status')).toHaveText(/^0 claims/);
    await page.getByRole('link', { name: word, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/^1 claim matching/);
    await expect(page.getByRole('article').first()).toContainText(`Real word ${uid}`);
  });

  test('"did you mean" on /sources and on the editors\' list (drafts too)', async ({
    page,
    createClaim,
    createAccount,
    signInAs,
    uid,
  }) => {
    const letters = uid.replace(/\d/g, (d) => 'bcdfghjklm'[Number(d)] ?? '');
    const title = `quvarnt${letters}`;
    const misspelt = `${title.slice(0, 3)}${title[4]}${title[3]}${title.slice(5)}`;
    await createClaim({
      citations: [{ source: `Report ${title}`, stance: 'supports', quote: 'A quote.' }],
    });
    await page.goto(`/sources?q=${encodeURIComponent(misspelt)}`);
    await expect(page.getByRole('status')).toHaveText(/^0 sources/);
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { name: `Report ${title}` })).toBeVisible();

    const draftWord = `pelrosk${letters}`;
    const draftTypo = `${draftWord.slice(0, 3)}${draftWord[4]}${draftWord[3]}${draftWord.slice(5)}`;
    await createClaim({
      title: `Draft word ${uid}`,
      statement: `Seen near ${draftWord}.`,
      status: 'draft',
    });
    await page.goto(`/claims?q=${encodeURIComponent(draftTypo)}`);
    await expect(page.getByRole('status')).toHaveText(/^0 claims/);
    await expect(page.getByRole('link', { name: draftWord })).toHaveCount(0);
    await signInAs(await createAccount());
    await page.goto(`/editor/claims?q=${encodeURIComponent(draftTypo)}`);
    await page.getByRole('link', { name: draftWord, exact: true }).click();
    await expect(page.getByText(`Draft word ${uid}`, { exact: true })).toBeVisible();
  });

  test('searches sources by title, publisher and web address', async ({
    page,
    createClaim,
    uid,
  }) => {
    await createClaim({
      citations: [
        {
          source: `Deployment report ${uid}`,
          publisher: `Wire agency ${uid}`,
          stance: 'supports',
          quote: 'A quote.',
        },
      ],
    });
    await page.goto('/sources');
    const box = page.getByLabel('Search sources by title, publisher or web address');
    await box.fill(`deployed ${uid}`);
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(`1 source matching “deployed ${uid}”`);
    await expect(page.getByRole('heading', { name: `Deployment report ${uid}` })).toBeVisible();
    await page.goto(`/sources?q=${encodeURIComponent(`agency ${uid}`)}`);
    await expect(page.getByRole('heading', { name: `Deployment report ${uid}` })).toBeVisible();
    await page.goto(`/sources?q=${encodeURIComponent(`"((( ${uid} OR`)}`);
    await expect(page.getByRole('status')).toHaveText(/^0 sources/);
  });

  const hostile = [
    '"',
    '"unbalanced',
    '*',
    'NEAR(troops kursk, 2)',
    'troops OR kursk',
    '-troops',
    '((( ]]',
    "') OR 1=1 --",
    '\'; DROP TABLE "Claim"; --',
    '<script>alert(1)</script>',
    'x'.repeat(10_000),
    '12,000,000 12 000 12k 12.5k 0.0001k',
    '"12k" OR 12,000 NOT 12 000',
    '!!! ,,, ... ???',
    'Курск 北朝鮮 ١٢٬٠٠٠',
    'y'.repeat(300) + ' ' + '9'.repeat(300),
  ];
  for (const q of hostile) {
    test(`answers hostile input ${JSON.stringify(q.slice(0, 30))} with a normal page`, async ({
      page,
    }) => {
      const response = await page.goto(`/claims?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status')).toContainText(/\d+ claims?/);
      // Anything typed is shown as text, never run.
      await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
    });
  }

  test('keeps the demo data intact after an injection attempt', async ({ page }) => {
    await page.goto(`/claims?q=${encodeURIComponent('\'; DELETE FROM "Claim"; --')}`);
    await page.goto('/claims?q=troops');
    await expect(page.getByRole('article').first()).toBeVisible();
  });
});
