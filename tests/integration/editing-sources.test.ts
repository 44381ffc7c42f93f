import { describe, expect, it } from 'vitest';
import { createSource } from '@/lib/sources/create-source';
import { findSourceByUrl } from '@/lib/sources/find-source-by-url';
import { updateSource } from '@/lib/sources/update-source';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, editor, rowCounts } from '../support/editing';
import { testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const path = () => `/kcna/${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

describe('createSource', () => {
  it('stores the normalised URL, a new publisher and an audit event', async () => {
    const actor = await editor();
    const publisherName = unique('KCNA');
    const p = path();
    const { id } = value(
      await createSource(actor, {
        title: 'Treaty ratified',
        publisherName,
        kind: 'official_statement',
        url: `HTTPS://Example.COM${p}/?utm_source=newsletter&b=2&a=1#top`,
        publishedAt: '2024-11-12',
        archiveUrl: 'https://web.archive.org/web/20241112/https://example.com/kcna/',
      }),
    );
    const source = await testDb.source.findUniqueOrThrow({
      where: { id },
      include: { publisher: true },
    });
    expect(source).toMatchObject({
      url: `https://example.com${p}?a=1&b=2`,
      kind: 'official_statement',
      // Archived copies are kept as given: their path embeds the original address.
      archiveUrl: 'https://web.archive.org/web/20241112/https://example.com/kcna/',
      publisher: { name: publisherName },
      createdById: actor.id,
    });
    expect((await auditEventsFor('source', id)).map((e) => e.action)).toEqual(['source.create']);
  });

  it('offers the existing source for the same page spelled differently, writing nothing', async () => {
    const actor = await editor();
    const p = path();
    const existing = value(
      await createSource(actor, { title: 'Original', url: `https://example.org${p}` }),
    );
    const before = await rowCounts();
    for (const url of [
      `https://example.org${p}?utm_source=twitter&utm_medium=social`,
      `https://EXAMPLE.org${p}`,
      `https://example.org${p}/`,
      `https://example.org:443${p}#comments`,
    ]) {
      const result = await createSource(actor, {
        title: 'Duplicate',
        url,
        publisherName: unique('New publisher'),
      });
      expect(result).toMatchObject({
        ok: false,
        existing: { id: existing.id, title: 'Original' },
        errors: { url: [expect.stringMatching(/already exists: “Original”/)] },
      });
    }
    expect(await rowCounts()).toEqual(before);
    expect(await findSourceByUrl(actor, `https://Example.org${p}/?fbclid=1`)).toMatchObject({
      id: existing.id,
      deleted: false,
    });
    expect(await findSourceByUrl(actor, 'javascript:alert(1)')).toBeNull();
    expect(await findSourceByUrl(actor, `https://example.org${p}/other`)).toBeNull();
  });

  it('allows many sources without a URL', async () => {
    const actor = await editor();
    value(await createSource(actor, { title: 'Briefing (no link)' }));
    value(await createSource(actor, { title: 'Another briefing', url: '' }));
  });

  it('refuses non-http links, unknown publishers and hostile text with field errors', async () => {
    const actor = await editor();
    const before = await rowCounts();
    expect(await createSource(actor, { title: 'x', url: ' JaVaScRiPt:alert(1)' })).toMatchObject({
      ok: false,
      errors: { url: [expect.stringMatching(/Only http:\/\/ and https:\/\/ links are allowed/)] },
    });
    expect(
      await createSource(actor, { title: 'x', archiveUrl: 'file:///etc/passwd' }),
    ).toMatchObject({ ok: false, errors: { archiveUrl: expect.any(Array) } });
    expect(await createSource(actor, { title: 'x', publisherId: 987654 })).toMatchObject({
      ok: false,
      errors: { publisherId: expect.any(Array) },
    });
    expect(await createSource(actor, { title: 'Report \u202Efdp.exe' })).toMatchObject({
      ok: false,
      errors: { title: expect.any(Array) },
    });
    expect(await createSource(actor, { title: 'x', createdById: 'someone' })).toMatchObject({
      ok: false,
      errors: { createdById: expect.any(Array) },
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('updateSource', () => {
  it('saves changes guarded by the loaded updatedAt and audits before/after', async () => {
    const actor = await editor();
    const created = value(
      await createSource(actor, { title: 'Draft title', publisherName: unique('Reuters') }),
    );
    const saved = value(
      await updateSource(actor, {
        id: created.id,
        updatedAt: created.updatedAt.toISOString(),
        title: 'Final title',
        publisherName: null,
      }),
    );
    expect(saved.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
    expect(await testDb.source.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      title: 'Final title',
      publisherId: null,
    });
    const [, update] = await auditEventsFor('source', created.id);
    expect(JSON.parse(update!.before!)).toMatchObject({ title: 'Draft title' });
    expect(JSON.parse(update!.after!)).toMatchObject({ title: 'Final title', publisherId: null });

    // From the version loaded before that save: another field merges, the same field conflicts.
    const merged = await updateSource(actor, {
      id: created.id,
      updatedAt: created.updatedAt,
      kind: 'government',
    });
    expect(merged).toMatchObject({ ok: true, value: { mergedWith: ['title', 'publisherId'] } });
    const stale = await updateSource(actor, {
      id: created.id,
      updatedAt: created.updatedAt,
      title: 'Another title',
    });
    expect(stale).toMatchObject({
      ok: false,
      conflict: {
        current: { title: 'Final title', kind: 'government' },
        changedFields: ['title', 'publisherId', 'kind'],
        fields: [{ field: 'title', mine: 'Another title', loaded: 'Draft title' }],
      },
    });
  });

  it('offers the other source when the new URL is already taken', async () => {
    const actor = await editor();
    const p = path();
    const taken = value(
      await createSource(actor, { title: 'Taken', url: `https://example.com${p}` }),
    );
    const mine = value(await createSource(actor, { title: 'Mine' }));
    const result = await updateSource(actor, {
      id: mine.id,
      updatedAt: mine.updatedAt,
      url: `https://example.com${p}/?utm_campaign=x`,
    });
    expect(result).toMatchObject({ ok: false, existing: { id: taken.id, title: 'Taken' } });
    expect((await testDb.source.findUniqueOrThrow({ where: { id: mine.id } })).url).toBeNull();
  });

  it('refuses editing a removed source', async () => {
    const actor = await editor();
    const created = value(await createSource(actor, { title: 'Gone' }));
    await testDb.source.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    const fresh = await testDb.source.findUniqueOrThrow({ where: { id: created.id } });
    expect(
      await updateSource(actor, { id: created.id, updatedAt: fresh.updatedAt, title: 'Back' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/removed/),
    });
  });
});
