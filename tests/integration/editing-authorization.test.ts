import { beforeAll, describe, expect, it } from 'vitest';
import { findAuditEvents } from '@/lib/audit/find-audit-events';
import { AuthorizationError, type Actor } from '@/lib/auth/actor';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { deleteClaim, restoreClaim } from '@/lib/claims/delete-claim';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { publishClaim, unpublishClaim } from '@/lib/claims/publish-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { removeCitation } from '@/lib/citations/remove-citation';
import { updateCitation } from '@/lib/citations/update-citation';
import { createSource } from '@/lib/sources/create-source';
import { findSourceByUrl } from '@/lib/sources/find-source-by-url';
import { updateSource } from '@/lib/sources/update-source';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { admin, claimInput, editor, rowCounts } from '../support/editing';
import {
  createClaim as insertClaim,
  createSource as insertSource,
  testDb,
} from '../support/factories';

/**
 * Every function checks its caller itself: no signed-in user (null) is refused everywhere, an
 * editor is refused where admins only may act, and a refused call writes nothing. The inputs
 * are valid, so the refusal can only come from the role check.
 */
type Call = (actor: Actor | null) => Promise<unknown>;
let calls: Record<string, Call>;
let adminOnly: Record<string, Call>;

beforeAll(async () => {
  const source = await insertSource({ url: 'https://example.org/authz' });
  const otherSource = await insertSource();
  const claim = await insertClaim({
    status: 'draft',
    citations: [{ sourceId: source.id, stance: 'supports' }],
  });
  const deleted = await insertClaim({ deleted: true });
  const citation = await testDb.citation.findFirstOrThrow({ where: { claimId: claim.id } });
  const v = claim.version;

  calls = {
    createClaim: (a) => createClaim(a, claimInput()),
    updateClaim: (a) => updateClaim(a, { id: claim.id, version: v, title: 'New title' }),
    changeVerdict: (a) =>
      changeVerdict(a, {
        id: claim.id,
        version: v,
        verdict: 'likely',
        confidence: 'moderate',
        rationale: 'Because.',
      }),
    publishClaim: (a) => publishClaim(a, { id: claim.id, version: v }),
    unpublishClaim: (a) => unpublishClaim(a, { id: claim.id, version: v }),
    getClaimForEditing: (a) => getClaimForEditing(a, claim.id),
    findClaimsForEditing: (a) => findClaimsForEditing(a, parseEditorClaimListQuery({})),
    createSource: (a) => createSource(a, { title: 'A report', url: 'https://example.org/new' }),
    updateSource: (a) =>
      updateSource(a, { id: source.id, updatedAt: source.updatedAt, title: 'Renamed' }),
    findSourceByUrl: (a) => findSourceByUrl(a, 'https://example.org/authz'),
    createCitation: (a) =>
      createCitation(a, { claimId: claim.id, sourceId: otherSource.id, stance: 'context' }),
    updateCitation: (a) =>
      updateCitation(a, { id: citation.id, updatedAt: citation.updatedAt, quote: 'q' }),
    removeCitation: (a) => removeCitation(a, { id: citation.id }),
  };
  adminOnly = {
    deleteClaim: (a) => deleteClaim(a, { id: claim.id, version: v }),
    restoreClaim: (a) => restoreClaim(a, { id: deleted.id, version: deleted.version }),
    findAuditEvents: (a) => findAuditEvents(a, { page: 1 }),
  };
});

describe('authorization inside the data layer', () => {
  it('refuses a caller who is not signed in, everywhere, writing nothing', async () => {
    const names = [...Object.keys(calls), ...Object.keys(adminOnly)];
    expect(names).toHaveLength(16);
    const before = await rowCounts();
    for (const call of [...Object.values(calls), ...Object.values(adminOnly)]) {
      await expect(call(null)).rejects.toThrow(AuthorizationError);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an editor where only admins may act, writing nothing', async () => {
    const actor = await editor();
    const before = await rowCounts();
    for (const [name, call] of Object.entries(adminOnly)) {
      await expect(call(actor), name).rejects.toThrow(AuthorizationError);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an unknown role and a forged actor object', async () => {
    const before = await rowCounts();
    const forged = { id: 'x', role: 'superuser' } as unknown as Actor;
    await expect(calls.createClaim!(forged)).rejects.toThrow(AuthorizationError);
    await expect(adminOnly.deleteClaim!({ id: 'x', role: 'editor' })).rejects.toThrow(
      AuthorizationError,
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('checks the caller before the input: invalid input from nobody is still refused', async () => {
    await expect(createClaim(null, { role: 'admin' })).rejects.toThrow(AuthorizationError);
    await expect(deleteClaim(await editor(), 'nonsense')).rejects.toThrow(AuthorizationError);
  });

  it('lets an editor do the rest and an admin everything (the refusals above are not vacuous)', async () => {
    const actor = await editor();
    for (const [name, call] of Object.entries(calls)) {
      await expect(
        call(actor).then(() => 'allowed'),
        name,
      ).resolves.toBe('allowed');
    }
    const boss = await admin();
    for (const [name, call] of Object.entries(adminOnly)) {
      await expect(
        call(boss).then(() => 'allowed'),
        name,
      ).resolves.toBe('allowed');
    }
  });
});
