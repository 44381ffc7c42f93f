import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { removeCitation } from '@/lib/citations/remove-citation';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { commitImport } from '@/lib/import/commit-import';
import { previewImport } from '@/lib/import/preview-import';
import { createIntakeClaims } from '@/lib/intake/create-intake-claims';
import { createSource } from '@/lib/sources/create-source';
import { updateSource } from '@/lib/sources/update-source';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { claimInput, editor, rowCounts } from '../support/editing';
import { testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';

/**
 * Issue 11, item 12: one source cited on both sides counted as evidence twice. A source is cited
 * once per claim (the cite form, intake, the import and the database all say so), and the
 * evidence rules count distinct sources and publishers however they were typed.
 */

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const link = (label: string) => `https://example.org/${unique(label).replace(/\W+/g, '-')}`;

async function claimWith(actor: Actor) {
  return value(await createClaim(actor, claimInput()));
}

function cite(actor: Actor, claimId: number, sourceId: number, stance: string, quote = '') {
  return createCitation(actor, { claimId, sourceId, stance, quote });
}

const confirm = (id: number, version: number) => ({
  id,
  version,
  verdict: 'confirmed',
  confidence: 'high',
  rationale: 'Independent reports agree.',
  overrideReason: null,
});

describe('a source cited once per claim', () => {
  it.each([
    ['the same stance', 'supports'],
    ['the other side', 'contradicts'],
    ['as context', 'context'],
  ])(
    'refuses citing it again with %s: a field error on the source, and the citation to change instead',
    async (_, stance) => {
      const actor = await editor();
      const claim = await claimWith(actor);
      const source = value(await createSource(actor, { title: 'Wire report', url: link('wire') }));
      const first = value(await cite(actor, claim.id, source.id, 'supports', 'First.'));
      const before = await rowCounts();
      const message =
        'This source is already cited on this claim as “Supports”; change that citation’s stance instead of citing it again.';
      expect(await cite(actor, claim.id, source.id, stance, 'dup')).toEqual({
        ok: false,
        message,
        errors: { sourceId: [message] },
        existing: { id: first.id, title: 'Wire report' },
      });
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('allows citing it again once the citation was removed, and on another claim', async () => {
    const actor = await editor();
    const claim = await claimWith(actor);
    const other = await claimWith(actor);
    const source = value(await createSource(actor, { title: 'Memo', url: link('memo') }));
    const first = value(await cite(actor, claim.id, source.id, 'supports'));
    value(await cite(actor, other.id, source.id, 'supports'));
    value(await removeCitation(actor, { id: first.id }));
    value(await cite(actor, claim.id, source.id, 'contradicts', 'Read again.'));
    expect(await testDb.citation.count({ where: { claimId: claim.id, sourceId: source.id } })).toBe(
      2,
    );
  });

  it('is backed by the database: a second live row for the pair is refused', async () => {
    const actor = await editor();
    const claim = await claimWith(actor);
    const source = value(await createSource(actor, { title: 'Direct', url: link('direct') }));
    const row = { claimId: claim.id, sourceId: source.id, stance: 'supports' };
    await testDb.citation.create({ data: row });
    await expect(
      testDb.citation.create({ data: { ...row, stance: 'contradicts' } }),
    ).rejects.toThrow(/Unique constraint failed/);
    await expect(
      testDb.$executeRaw`INSERT INTO "Citation" ("claimId", "sourceId", "stance", "updatedAt")
        VALUES (${claim.id}, ${source.id}, 'context', CURRENT_TIMESTAMP)`,
    ).rejects.toThrow(/UNIQUE constraint failed|duplicate key value violates unique constraint/);
    // A removed row is not a live citation: it may repeat the pair.
    await testDb.citation.create({ data: { ...row, deletedAt: new Date() } });
  });

  it('holds for article intake attaching the article to a claim that cites it already', async () => {
    const actor = await editor();
    const claim = await claimWith(actor);
    const url = link('article');
    const source = value(await createSource(actor, { title: 'The article', url }));
    value(await cite(actor, claim.id, source.id, 'supports', 'An earlier passage.'));
    const before = await rowCounts();
    const result = await createIntakeClaims(actor, {
      article: {
        title: 'The article',
        url,
        text: 'South Korean intelligence said up to 12,000 North Korean troops were at Russian bases on 5 November 2024.',
      },
      items: [
        {
          key: 's1',
          action: 'attach',
          attachTo: claim.id,
          claim: {},
          citation: { stance: 'contradicts', quote: 'Another passage.', locator: '' },
        },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already cited on this claim as “Supports”/),
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the import and a source cited once per claim', () => {
  const citation = (
    stance: 'supports' | 'contradicts' | 'context',
    source: object,
    quote = '',
  ) => ({
    stance,
    quote,
    locator: '',
    source: {
      id: 1,
      title: 'Report',
      publisher: 'Agency',
      kind: 'news_report' as const,
      url: null,
      archiveUrl: null,
      publishedAt: null,
      ...source,
    },
  });

  it.each([
    ['one link twice', (url: string) => [{ url }, { url }]],
    [
      'one link over http and https',
      (url: string) => [{ url }, { url: url.replace('https:', 'http:') }],
    ],
    [
      'one link, once with tracking parameters',
      (url: string) => [{ url }, { url: `${url}?utm_source=mail` }],
    ],
    ['one title and publisher without a link', () => [{ title: 'Memo' }, { title: 'Memo' }]],
  ])('refuses a new claim citing %s on both sides', async (_, sources) => {
    const actor = await editor();
    const [a, b] = sources(link('report'));
    const row = exportedClaim({
      id: null as never,
      url: '',
      statement: unique('Cited twice in a file'),
      verdictHistory: [],
      citations: [citation('supports', a!, 'For.'), citation('contradicts', b!, 'dup')],
    });
    const preview = await previewImport(actor, { bytes: jsonFile([row]), fileName: null });
    expect(preview.ok && preview.rows[0]).toMatchObject({
      kind: 'error',
      errors: [
        {
          field: 'citations[1].source.title',
          message: expect.stringMatching(
            /^This source is already cited on this claim as “Supports”.*This row cites it twice \(also at citations\[0\]\.source\.title\)/,
          ),
        },
      ],
    });
  });

  it('refuses an update citing a source the claim already cites, with another stance', async () => {
    const actor = await editor();
    const claim = await claimWith(actor);
    const url = link('cited');
    const source = value(await createSource(actor, { title: 'Cited', url }));
    value(await cite(actor, claim.id, source.id, 'supports', 'For.'));
    const [row] = await loadExportRows([claim.id], { includeDrafts: true });
    const record = row!.record;
    const file = {
      ...record,
      citations: [
        ...record.citations,
        { ...record.citations[0]!, stance: 'contradicts', quote: 'dup' },
      ],
    };
    const bytes = jsonFile([file]);
    const before = await rowCounts();
    const preview = await previewImport(actor, { bytes, fileName: null });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.rows[0]).toMatchObject({
      kind: 'error',
      errors: [{ field: 'citations[1].source.title' }],
    });
    // The same file without the duplicate is unchanged: the existing citation is kept as it is.
    const again = await previewImport(actor, { bytes: jsonFile([record]), fileName: null });
    expect(again.ok && again.rows[0]?.kind).toBe('unchanged');
    const committed = await commitImport(actor, {
      bytes,
      fileName: null,
      fileHash: preview.fileHash,
      planDigest: preview.planDigest,
    });
    expect(committed.ok).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('Confirmed needs two distinct publishers', () => {
  it('is not reached through one document on both sides of the claim', async () => {
    const actor = await editor();
    const claim = await claimWith(actor);
    const one = value(await createSource(actor, { title: 'One', url: link('one') }));
    const url = link('two');
    const two = value(
      await createSource(actor, { title: 'Two', url, publisherName: unique('Other') }),
    );
    value(await cite(actor, claim.id, one.id, 'supports'));
    value(await cite(actor, claim.id, two.id, 'supports'));
    // The same document as a second source row (added before the form recognised http and https
    // as one page): cited as contradicting, it takes "Two" off both sides.
    const twin = await testDb.source.create({
      data: { title: 'Two (copy)', url: url.replace('https:', 'http:'), kind: 'other' },
    });
    value(await cite(actor, claim.id, twin.id, 'contradicts', 'dup'));
    const result = await changeVerdict(actor, confirm(claim.id, claim.version));
    expect(result).toMatchObject({
      ok: false,
      errors: {
        verdict: [
          expect.stringMatching(
            /one publisher \(“One” \(no publisher\)\).*“Two” is cited both as supporting and as contradicting this claim/,
          ),
        ],
      },
    });
  });

  it.each([
    ['the same case', (name: string) => name],
    ['upper case', (name: string) => name.toUpperCase()],
    ['extra spaces', (name: string) => `  ${name.replace(' ', '   ')} `],
    ['a no-break space', (name: string) => name.replace(' ', '\u00A0')],
    ['full-width letters', (name: string) => name.replace('Wire', 'Ｗｉｒｅ')],
  ])('is not reached through one publisher spelled with %s', async (_, spell) => {
    const actor = await editor();
    const claim = await claimWith(actor);
    const name = unique('Wire');
    const first = value(
      await createSource(actor, { title: 'First', url: link('first'), publisherName: name }),
    );
    const second = value(
      await createSource(actor, {
        title: 'Second',
        url: link('second'),
        publisherName: spell(name),
      }),
    );
    // Created through the form, the spelling finds the existing publisher.
    const publishers = await testDb.source.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { publisherId: true },
    });
    expect(new Set(publishers.map((p) => p.publisherId)).size).toBe(1);
    // Stored twice before the rule: the rule still counts one publisher.
    const legacy = await testDb.publisher.create({ data: { name: `${spell(name)}\u200B` } });
    await testDb.source.update({ where: { id: second.id }, data: { publisherId: legacy.id } });
    value(await cite(actor, claim.id, first.id, 'supports'));
    value(await cite(actor, claim.id, second.id, 'supports'));
    expect(await changeVerdict(actor, confirm(claim.id, claim.version))).toMatchObject({
      ok: false,
      errors: {
        verdict: [expect.stringMatching(/all supporting citations come from one publisher/)],
      },
    });
  });

  it('is not reached through one document added twice as a source', async () => {
    const actor = await editor();
    const url = link('leak');
    const leak = value(await createSource(actor, { title: 'Leaked memo', url }));
    const variants = [
      url.replace('https:', 'http:'),
      url.replace('https://', 'https://www.'),
      url.replace('https://', 'http://www.'),
    ];
    for (const variant of variants) {
      expect(await createSource(actor, { title: 'Leaked memo again', url: variant })).toMatchObject(
        {
          ok: false,
          existing: { id: leak.id },
          errors: { url: [expect.stringMatching(/A source with this link already exists/)] },
        },
      );
    }
    const statement = value(
      await createSource(actor, { title: 'Statement of the ministry', publishedAt: '2024-11-05' }),
    );
    expect(
      await createSource(actor, { title: 'statement of  the Ministry', publishedAt: '2024-11-05' }),
    ).toMatchObject({
      ok: false,
      existing: { id: statement.id },
      errors: { title: [expect.stringMatching(/title, publisher and publication date/)] },
    });
    // Another day's statement of the same title is another document.
    value(
      await createSource(actor, { title: 'Statement of the ministry', publishedAt: '2024-11-06' }),
    );
    // Nor can an edit turn a source into a copy of another.
    const other = value(await createSource(actor, { title: 'Other', url: link('other') }));
    expect(
      await updateSource(actor, {
        id: other.id,
        updatedAt: other.updatedAt.toISOString(),
        url: url.replace('https:', 'http:'),
      }),
    ).toMatchObject({ ok: false, existing: { id: leak.id } });
  });
});
