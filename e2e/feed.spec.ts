import { test, expect } from './fixtures';

test.describe('Atom feed', () => {
  test('every page points feed readers at it, and the footer links to it', async ({ page }) => {
    for (const path of ['/', '/claims']) {
      await page.goto(path);
      const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(alternate).toHaveCount(1);
      await expect(alternate).toHaveAttribute('href', '/feed.xml');
      await expect(alternate).toHaveAttribute('title', /verdict changes/);
    }
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: /feed/i });
    await expect(footerLink).toHaveAttribute('href', '/feed.xml');
    await footerLink.click();
    await expect(page).toHaveURL(/\/feed\.xml$/);
  });

  test('serves a verdict change as well-formed Atom that keeps hostile text as text', async ({
    page,
    createClaim,
    db,
    uid,
  }) => {
    const claim = await createClaim({
      title: `Feed ${uid} <script>alert(1)</script> & ]]>`,
      verdict: 'likely',
      confidence: 'moderate',
    });
    await db.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'false',
        confidence: 'high',
        rationale: `Contradicted by the ministry's own figures <img src=x onerror=alert(2)>.`,
      },
    });

    const response = await page.request.get('/feed.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();

    // Chromium's XML parser is the judge of well-formedness: it reports any error as a
    // <parsererror> element instead of throwing.
    await page.goto('/');
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent;
      return {
        error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        entries: [...doc.getElementsByTagName('entry')].map((entry) => ({
          title: text(entry, 'title'),
          link: entry.getElementsByTagName('link')[0]?.getAttribute('href'),
          summary: text(entry, 'summary'),
          elements: [...entry.getElementsByTagName('*')].map((el) => el.localName),
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');

    // Newest first; the fixture's first verdict, dated yesterday, may be beyond the latest 50.
    const ours = feed.entries.filter((e) => e.link?.endsWith(`/claims/${claim.id}`));
    expect(ours.slice(0, 2).map((e) => e.title)).toEqual([
      `${claim.title}: Likely → False`,
      `${claim.title}: Unverified → Likely`,
    ]);
    expect(ours[0]?.summary).toContain('Likely (moderate confidence) → False (high confidence).');
    expect(ours[0]?.summary).toContain('<img src=x onerror=alert(2)>');
    // The hostile text stayed text: it added no element to the entry.
    expect(ours[0]?.elements).not.toContain('script');
    expect(ours[0]?.elements).not.toContain('img');
  });
});
