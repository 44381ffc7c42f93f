import { describe, expect, it } from 'vitest';
import { GET } from '@/app/claims/[id]/feed.xml/route';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { citationText } from '@/lib/format/claim-citation';
import { claimUrl, desk, siteOrigin } from '@/lib/site';
import { createClaim, testDb } from '../support/factories';
import { childNamed, childrenNamed, parseXml, textOf } from '../support/parse-xml';

async function claimFeed(id: string | number) {
  const response = await GET(new Request(`${siteOrigin}/claims/${id}/feed.xml`), {
    params: Promise.resolve({ id: String(id) }),
  });
  return { response, body: await response.text() };
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('a claim’s own Atom feed', () => {
  it('lists the claim’s public verdict changes newest first, never a pending or sent-back one', async () => {
    const claim = await createClaim({ title: 'Troops in Kursk', verdict: 'unverified' });
    const other = await createClaim({ verdict: 'unverified' });
    const revision = (claimId: number, verdict: string, reviewState: string, minutes: number) =>
      testDb.verdictRevision.create({
        data: {
          claimId,
          verdict,
          confidence: 'moderate',
          rationale: `${verdict} ${reviewState}`,
          reviewState,
          createdAt: minutesFromNow(minutes),
        },
      });
    await revision(claim.id, 'likely', 'applied', 1);
    await revision(claim.id, 'confirmed', 'pending', 2);
    await revision(claim.id, 'false', 'sent_back', 3);
    await revision(claim.id, 'disputed', 'approved', 4);
    await revision(other.id, 'false', 'applied', 5);

    const { response, body } = await claimFeed(claim.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(body);
    expect(textOf(childNamed(feed, 'id'))).toBe(`${siteOrigin}/claims/${claim.id}/feed.xml`);
    expect(textOf(childNamed(feed, 'title'))).toBe(
      `${desk.name}: verdict changes on “Troops in Kursk”`,
    );
    const alternate = childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'alternate');
    expect(alternate?.attributes.href).toBe(claimUrl(claim.id));
    const titles = childrenNamed(feed, 'entry').map((e) => textOf(childNamed(e, 'title')));
    expect(titles).toEqual([
      'Troops in Kursk: Likely → Disputed',
      'Troops in Kursk: Unverified → Likely',
      'Troops in Kursk: new claim, rated Unverified',
    ]);
    expect(body).not.toContain('pending');
    expect(body).not.toContain('sent_back');
  });

  it('is 404 for a draft, a deleted or an unknown claim, and for a bad id', async () => {
    const draft = await createClaim({ status: 'draft' });
    const deleted = await createClaim({ deleted: true });
    for (const id of [draft.id, deleted.id, 987654321, 'abc', '1e3']) {
      const { response, body } = await claimFeed(id);
      expect(response.status).toBe(404);
      expect(body).toContain('no published claim');
    }
  });
});

describe('cite this', () => {
  it('names the desk, the claim, its claimant, the verdict and the stable link', async () => {
    const claim = await createClaim({
      title: 'Up to 12,000 troops',
      verdict: 'likely',
      confidence: 'high',
    });
    const detail = (await getPublishedClaim(claim.id))!;
    const text = citationText(detail, claimUrl(claim.id));
    expect(text).toContain(
      `${desk.name}. “Up to 12,000 troops” (a claim by ${detail.claimant.name}).`,
    );
    expect(text).toContain('Rated Likely, high confidence.');
    expect(text).toMatch(/Published \d{1,2} \w{3} \d{4}; last updated \d{1,2} \w{3} \d{4}\./);
    expect(text.endsWith(` ${siteOrigin}/claims/${claim.id}`)).toBe(true);
  });
});
