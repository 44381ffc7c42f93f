import { beforeAll, describe, expect, it } from 'vitest';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { findSources } from '@/lib/sources/find-sources';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { editor } from '../support/editing';
import { createClaim, createSource, testDb } from '../support/factories';

/**
 * /sources and the editors' list search by the readers' rules (numbers however written, word
 * forms, literal words) on every provider: sources by title, publisher and URL host; the
 * editors' list with drafts, its snippets and its other filters.
 */

const sourceTitles = async (q: string) =>
  (await findSources(1, q)).items.map((s) => s.title).sort();

beforeAll(async () => {
  const cite = async (source: { id: number }) =>
    createClaim({ citations: [{ sourceId: source.id, stance: 'supports', quote: 'A quote.' }] });
  await cite(
    await createSource({
      title: 'Deployment of 12,000 troops',
      publisher: 'Yonhap News Agency',
      url: 'https://en.yna.co.kr/view/AEN2024',
    }),
  );
  await cite(
    await createSource({
      title: 'Statement on the border',
      publisher: 'Ministry of Defence of Ukraine',
      url: 'https://www.mil.gov.ua/news/2024/statement',
    }),
  );
  // Never cited on a published claim: never listed.
  await createSource({ title: 'Uncited deployment memo', publisher: 'Nobody' });

  await createClaim({ title: 'Published deploy', statement: 'Troops deployed to the Far East.' });
  await createClaim({
    title: 'Draft Pokrovsk',
    statement: 'Shelling near Pokrovsk, still a draft.',
    status: 'draft',
  });
  await createClaim({
    title: 'Draft deploy',
    statement: 'A deployment of 12k troops, still a draft.',
    status: 'draft',
  });
});

describe('/sources search', () => {
  it('finds by title with word forms and numbers however written', async () => {
    expect(await sourceTitles('deployed')).toEqual(['Deployment of 12,000 troops']);
    expect(await sourceTitles('12k troops')).toEqual(['Deployment of 12,000 troops']);
    expect(await sourceTitles('12000')).toEqual(['Deployment of 12,000 troops']);
  });

  it('finds by publisher and by URL host, but not by the URL path', async () => {
    expect(await sourceTitles('yonhap')).toEqual(['Deployment of 12,000 troops']);
    expect(await sourceTitles('mil.gov.ua')).toEqual(['Statement on the border']);
    expect(await sourceTitles('yna')).toEqual(['Deployment of 12,000 troops']);
    expect(await sourceTitles('AEN2024')).toEqual([]);
  });

  it('lists every public source without words, and keeps up with renames', async () => {
    expect((await findSources(1, '  ')).total).toBe(2);
    await testDb.publisher.update({
      where: { name: 'Yonhap News Agency' },
      data: { name: 'Yonhap Wire' },
    });
    expect(await sourceTitles('wire')).toEqual(['Deployment of 12,000 troops']);
    expect(await sourceTitles('agency')).toEqual([]);
  });

  it.each(['"', 'OR', '((( ***', 'x'.repeat(5000), '12,000,000,000k', 'Курск 北朝鮮'])(
    'treats hostile input %j as words and never fails',
    async (q) => {
      const page = await findSources(1, q);
      expect(page.total).toBeGreaterThanOrEqual(0);
    },
  );
});

describe("the editors' list searches as readers do, with drafts", () => {
  it('finds drafts and published claims by word forms and numbers, with snippets', async () => {
    const actor = await editor();
    const page = await findClaimsForEditing(actor, parseEditorClaimListQuery({ q: 'deploy' }));
    expect(page.items.map((c) => c.title).sort()).toEqual(['Draft deploy', 'Published deploy']);
    const draft = page.items.find((c) => c.title === 'Draft deploy');
    expect(draft?.match?.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['deployment']);
    const byNumber = await findClaimsForEditing(actor, parseEditorClaimListQuery({ q: '12000' }));
    expect(byNumber.items.map((c) => c.title)).toEqual(['Draft deploy']);
  });

  it('keeps its other filters working with a search', async () => {
    const actor = await editor();
    const drafts = await findClaimsForEditing(
      actor,
      parseEditorClaimListQuery({ q: 'deployed', status: 'draft' }),
    );
    expect(drafts.items.map((c) => c.title)).toEqual(['Draft deploy']);
    const published = await findClaimsForEditing(
      actor,
      parseEditorClaimListQuery({ q: 'deployed', status: 'published' }),
    );
    expect(published.items.map((c) => c.title)).toEqual(['Published deploy']);
  });
});

describe('"did you mean" on /sources and the editors\' list', () => {
  it('offers the real word of a public source, and it finds the source', async () => {
    const page = await findSources(1, 'Yonhpa');
    expect(page.total).toBe(0);
    expect(page.suggestion).toBe('yonhap');
    expect(await sourceTitles('yonhap')).toEqual(['Deployment of 12,000 troops']);
    expect((await findSources(1, 'Statment border')).suggestion).toBe('statement border');
  });

  it('never offers a word only an unlisted source holds, nor one for a search that finds', async () => {
    expect((await findSources(1, 'Nobdoy')).suggestion).toBeNull();
    expect((await findSources(1, 'yonhap')).suggestion).toBeNull();
  });

  it("offers editors a draft's word, which readers are never offered", async () => {
    const actor = await editor();
    const page = await findClaimsForEditing(actor, parseEditorClaimListQuery({ q: 'Pokrvosk' }));
    expect(page.total).toBe(0);
    expect(page.suggestion).toBe('pokrovsk');
    const corrected = await findClaimsForEditing(
      actor,
      parseEditorClaimListQuery({ q: page.suggestion ?? '' }),
    );
    expect(corrected.items.map((c) => c.title)).toEqual(['Draft Pokrovsk']);
    const published = await findClaimsForEditing(
      actor,
      parseEditorClaimListQuery({ q: 'Pokrvosk', status: 'published' }),
    );
    expect(published.suggestion).toBeNull();
    expect(
      (await findPublishedClaims(parseClaimListQuery({ q: 'Pokrvosk' }))).suggestion,
    ).toBeNull();
  });
});
