import type { Browser, Page } from '@playwright/test';
import type { TestAccount } from './fixtures';

/**
 * A browser context of its own signed in as `account` (another editor at another desk); the
 * fixture page stays signed in as `me`. The fixture signs in by cookie on the fixture page's
 * context, so the cookie is made there and copied over.
 */
export async function signedInPage(
  browser: Browser,
  page: Page,
  signInAs: (account: TestAccount) => Promise<void>,
  account: TestAccount,
  me: TestAccount,
): Promise<Page> {
  await page.context().clearCookies();
  await signInAs(account);
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  await page.context().clearCookies();
  await signInAs(me);
  return other.newPage();
}
