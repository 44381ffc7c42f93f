import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { deleteClaim, restoreClaim } from '@/lib/claims/delete-claim';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, auditEventsFor, claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

describe('soft delete and restore', () => {
  it('hides the claim from readers and editors, and restore brings it back', async () => {
    const boss = await admin();
    const alice = await editor();
    const word = `qx${Date.now().toString(36)}`;
    const { id } = value(
      await createClaim(
        alice,
        claimInput({ statement: `Treaty ratified ${word}`, status: 'published' }),
      ),
    );
    const search = parseClaimListQuery({ q: word });
    expect((await findPublishedClaims(search)).items.map((c) => c.id)).toEqual([id]);
    expect(await getPublishedClaim(id)).not.toBeNull();

    value(await deleteClaim(boss, { id, version: 1 }));
    const row = await testDb.claim.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ deletedById: boss.id, version: 2, status: 'published' });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect((await findPublishedClaims(search)).items).toEqual([]);
    expect(await getPublishedClaim(id)).toBeNull();
    // Editors no longer see it; admins do, to restore it.
    expect(await getClaimForEditing(alice, id)).toBeNull();
    expect(await getClaimForEditing(boss, id)).toMatchObject({ id, deletedAt: expect.any(Date) });
    const editorList = (deleted: string) =>
      findClaimsForEditing(alice, parseEditorClaimListQuery({ q: word, deleted })).then(
        (p) => p.total,
      );
    const adminList = (deleted: string) =>
      findClaimsForEditing(boss, parseEditorClaimListQuery({ q: word, deleted })).then(
        (p) => p.total,
      );
    expect([await editorList('only'), await editorList('include')]).toEqual([0, 0]);
    expect([await adminList('hide'), await adminList('only'), await adminList('include')]).toEqual([
      0, 1, 1,
    ]);
    // A deleted claim cannot be edited, nor deleted twice.
    expect((await updateClaim(alice, { id, version: 2, title: 'x' })).ok).toBe(false);
    expect(await deleteClaim(boss, { id, version: 2 })).toMatchObject({
      ok: false,
      message: 'This claim is already deleted.',
    });

    expect(await restoreClaim(boss, { id, version: 1 })).toMatchObject({
      ok: false,
      conflict: { current: { version: 2 } },
    });
    value(await restoreClaim(boss, { id, version: 2 }));
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      deletedAt: null,
      deletedById: null,
      version: 3,
    });
    expect((await findPublishedClaims(search)).items.map((c) => c.id)).toEqual([id]);
    expect(await getPublishedClaim(id)).not.toBeNull();
    expect(await restoreClaim(boss, { id, version: 3 })).toMatchObject({
      ok: false,
      message: 'This claim is not deleted.',
    });

    expect((await auditEventsFor('claim', id)).map((e) => e.action)).toEqual([
      'claim.create',
      'claim.delete',
      'claim.restore',
    ]);
  });

  it('refuses a stale delete with a conflict', async () => {
    const boss = await admin();
    const { id } = value(await createClaim(boss, claimInput()));
    value(await updateClaim(boss, { id, version: 1, title: 'Changed meanwhile' }));
    expect(await deleteClaim(boss, { id, version: 1 })).toMatchObject({
      ok: false,
      conflict: {
        current: { title: 'Changed meanwhile', deletedAt: null },
        changedFields: ['title'],
      },
    });
    expect((await testDb.claim.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });
});
