import { describe, expect, it } from 'vitest';
import { findEditorFilterOptions } from '@/lib/claims/editor-filter-options';
import { findFilterOptions } from '@/lib/claims/filter-options';
import { editor } from '../support/editing';
import { createClaim, createClaimant, testDb, unique } from '../support/factories';

/**
 * The list pages' filter options are kept between requests and dropped by the content version:
 * the writes here go through another Prisma client, as another server's would, and the very
 * next read of the options must show them.
 */
describe('filter options, kept until the content changes', () => {
  it('serve the same options while nothing is written', async () => {
    await createClaim({ status: 'published', tags: ['Steady'] });
    const first = await findFilterOptions();
    const second = await findFilterOptions();
    // The very same object: no query was made for the second page view.
    expect(second).toBe(first);
    expect(second.tags.map((t) => t.slug)).toContain('steady');
  });

  it('show a claimant and tag published by another server on the next read', async () => {
    await findFilterOptions();
    const claimant = await createClaimant(unique('Newly published'));
    await createClaim({ status: 'published', claimantId: claimant.id, tags: ['Fresh tag'] });
    const options = await findFilterOptions();
    expect(options.claimants.find((c) => c.id === claimant.id)?.count).toBe(1);
    expect(options.tags.find((t) => t.slug === 'fresh-tag')?.count).toBe(1);
  });

  it('drop a tag whose last published claim was deleted', async () => {
    const claim = await createClaim({ status: 'published', tags: ['Short lived'] });
    expect((await findFilterOptions()).tags.map((t) => t.slug)).toContain('short-lived');
    await testDb.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect((await findFilterOptions()).tags.map((t) => t.slug)).not.toContain('short-lived');
  });

  it('give editors a draft’s new claimant at once, readers not at all', async () => {
    const actor = await editor();
    await findEditorFilterOptions(actor, { claimant: null, tag: null });
    const claimant = await createClaimant(unique('Draft only'));
    await createClaim({ status: 'draft', claimantId: claimant.id });
    const forEditors = await findEditorFilterOptions(actor, { claimant: null, tag: null });
    expect(forEditors.claimants.map((c) => c.id)).toContain(claimant.id);
    const forReaders = await findFilterOptions();
    expect(forReaders.claimants.map((c) => c.id)).not.toContain(claimant.id);
  });
});
