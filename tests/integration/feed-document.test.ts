import { describe, expect, it } from 'vitest';
import { GET } from '@/app/feed.xml/route';
import { renderVerdictFeed } from '@/lib/feed/atom-feed';
import { claimUrl, desk, siteOrigin } from '@/lib/site';
import { createClaim, testDb } from '../support/factories';
import { childNamed, childrenNamed, parseXml, textOf, type XmlElement } from '../support/parse-xml';

let year = 0;
/** A moment newer than anything else in this file's database, one year apart per call. */
const future = (minute = 0) => new Date(Date.now() + ++year * 31_536_000_000 + minute * 60_000);

async function fetchFeed(headers: Record<string, string> = {}) {
  const response = await GET(new Request(`${siteOrigin}/feed.xml`, { headers }));
  return { response, body: await response.text() };
}

async function feedDocument() {
  const { response, body } = await fetchFeed();
  expect(response.status).toBe(200);
  return parseXml(body);
}

const entries = (feed: XmlElement) => childrenNamed(feed, 'entry');
const text = (el: XmlElement, name: string) => textOf(childNamed(el, name));

describe('/feed.xml', () => {
  it('is a well-formed Atom feed with its type, author, self link and newest date', async () => {
    const claim = await createClaim({ title: 'Troops at Russian bases', verdict: 'unverified' });
    const at = future();
    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'likely',
        confidence: 'moderate',
        rationale: 'Two intelligence services said so.',
        createdAt: at,
      },
    });
    const { response, body } = await fetchFeed();
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const feed = parseXml(body);
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed, 'updated')).toBe(at.toISOString());
    expect(text(childNamed(feed, 'author'), 'name')).toBe(desk.name);
    expect(text(childNamed(feed, 'author'), 'uri')).toBe(desk.url);
    const self = childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self');
    expect(self?.attributes.href).toBe(`${siteOrigin}/feed.xml`);

    const [first] = entries(feed);
    expect(text(first!, 'title')).toBe('Troops at Russian bases: Unverified → Likely');
    expect(text(first!, 'updated')).toBe(at.toISOString());
    expect(childNamed(first!, 'link').attributes.href).toBe(claimUrl(claim.id));
    expect(childNamed(first!, 'category').attributes).toMatchObject({ term: 'likely' });
    const summary = text(first!, 'summary');
    expect(summary).toContain('Unverified (low confidence) → Likely (moderate confidence)');
    expect(summary).toContain('Two intelligence services said so.');
    const content = childNamed(first!, 'content');
    expect(content.attributes.type).toBe('html');
    expect(textOf(content)).toContain(claim.statement);
    expect(textOf(content)).toContain(`href="${claimUrl(claim.id)}#history-heading"`);
  });

  it('gives every revision a stable id of its own', async () => {
    const claim = await createClaim({ verdict: 'unverified' });
    const revision = await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'false',
        confidence: 'high',
        rationale: 'No.',
        createdAt: future(),
      },
    });
    const id = `tag:${new URL(siteOrigin).hostname},${revision.createdAt.toISOString().slice(0, 10)}:claim/${claim.id}/revision/${revision.id}`;
    const before = entries(await feedDocument()).map((e) => text(e, 'id'));
    expect(before[0]).toBe(id);
    expect(new Set(before).size).toBe(before.length);

    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'disputed',
        confidence: 'low',
        rationale: 'Hm.',
        createdAt: future(),
      },
    });
    const after = entries(await feedDocument()).map((e) => text(e, 'id'));
    expect(after[1]).toBe(id);
  });

  it('keeps hostile claim text as text: markup, ampersands, CDATA ends and control characters', async () => {
    const title = `<script>alert("feed")</script> & ]]> 'q'`;
    const statement = `Statement with ]]> and &amp; and <img src=x onerror=alert(1)>\u0001 end`;
    const claimant = await testDb.claimant.create({
      data: { name: `<b>Claimant</b> & Co ${year}` },
    });
    // Written directly: the forms refuse control characters, older or imported rows may not.
    const claim = await testDb.claim.create({
      data: {
        title,
        statement,
        claimantId: claimant.id,
        status: 'published',
        publishedAt: new Date(),
      },
    });
    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'misleading',
        confidence: 'high',
        rationale: 'Line one <i>\nLine two & "quoted"',
        overrideReason: 'Override </content><evil/> reason',
        createdAt: future(),
      },
    });
    const { body } = await fetchFeed();
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<evil');
    expect(body).not.toContain('\u0001');

    const [entry] = entries(parseXml(body));
    expect(text(entry!, 'title')).toBe(`${title}: new claim, rated Misleading`);
    const summary = text(entry!, 'summary');
    expect(summary).toContain('Line one <i>\nLine two & "quoted"');
    expect(summary).toContain('Set despite the evidence rules: Override </content><evil/> reason');
    // The content is HTML for the reader to render: claim text inside it is escaped once more.
    const html = textOf(childNamed(entry!, 'content'));
    expect(html).toContain(
      'Statement with ]]&gt; and &amp;amp; and &lt;img src=x onerror=alert(1)&gt; end',
    );
    expect(html).toContain('&lt;b&gt;Claimant&lt;/b&gt; &amp; Co');
    expect(html).toContain('Line one &lt;i&gt;<br>Line two &amp; &quot;quoted&quot;');
    expect(html).toContain('Override &lt;/content&gt;&lt;evil/&gt; reason');
    expect(html).not.toMatch(/<(script|img|i|evil|b)[\s>/]/);
  });

  it('lists at most 50 entries, newest first', async () => {
    const claim = await createClaim({ verdict: 'unverified' });
    const base = future();
    for (let i = 0; i < 55; i++) {
      await testDb.verdictRevision.create({
        data: {
          claimId: claim.id,
          verdict: i % 2 ? 'likely' : 'disputed',
          confidence: 'moderate',
          rationale: `Revision ${i}.`,
          createdAt: new Date(base.getTime() + i * 1000),
        },
      });
    }
    const list = entries(await feedDocument());
    expect(list).toHaveLength(50);
    const dates = list.map((e) => text(e, 'updated'));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(text(list[0]!, 'summary')).toContain('Revision 54.');
    expect(text(list[0]!, 'title')).toMatch(/: Likely → Disputed$/);
  });

  it('names what changed when the verdict stayed', async () => {
    const claim = await createClaim({
      title: 'Same verdict',
      verdict: 'likely',
      confidence: 'low',
    });
    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'likely',
        confidence: 'high',
        rationale: 'More.',
        createdAt: future(),
      },
    });
    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'likely',
        confidence: 'high',
        rationale: 'Reworded.',
        createdAt: future(),
      },
    });
    const [reworded, surer] = entries(await feedDocument());
    expect(text(reworded!, 'title')).toBe('Same verdict: Likely, rationale revised');
    expect(text(surer!, 'title')).toBe('Same verdict: Likely, low confidence → high confidence');
  });

  it('answers a poll that has seen the current feed with an empty 304', async () => {
    const { response } = await fetchFeed();
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetchFeed({ 'If-None-Match': `W/"other", ${etag}` });
    expect(again.response.status).toBe(304);
    expect(again.body).toBe('');

    const claim = await createClaim();
    await testDb.verdictRevision.create({
      data: {
        claimId: claim.id,
        verdict: 'false',
        confidence: 'high',
        rationale: 'New.',
        createdAt: future(),
      },
    });
    const changed = await fetchFeed({ 'If-None-Match': etag! });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get('etag')).not.toBe(etag);
  });

  it('is still a valid feed with no entries', () => {
    const feed = parseXml(renderVerdictFeed([]));
    expect(entries(feed)).toEqual([]);
    expect(text(feed, 'updated')).toBe('1970-01-01T00:00:00.000Z');
  });
});
