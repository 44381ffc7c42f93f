import { describe, expect, it } from 'vitest';
import { findClaimActivity } from '@/lib/audit/claim-activity';
import { AuthorizationError } from '@/lib/auth/actor';
import {
  findClaimRelationsForEditing,
  findPublicClaimRelations,
  updatedBy,
} from '@/lib/relations/find-claim-relations';
import { linkClaims } from '@/lib/relations/link-claims';
import {
  ALREADY_LINKED,
  OTHER_DELETED,
  OTHER_MISSING,
  SELF_LINK,
} from '@/lib/relations/relation-rules';
import { LINK_ALREADY_REMOVED, unlinkClaims } from '@/lib/relations/unlink-claims';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, editor } from '../support/editing';
import { createClaim, testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const liveLinks = () => testDb.claimRelation.count({ where: { deletedAt: null } });

describe('linking claims', () => {
  it('links a newer claim to the older one it updates; both pages show it, worded per side', async () => {
    const author = await editor();
    const older = await createClaim({ statement: 'About 3,000 troops' });
    const newer = await createClaim({ statement: 'Up to 12,000 troops' });
    const saved = value(
      await linkClaims(author, {
        claimId: newer.id,
        kind: 'updates',
        otherClaimId: `#${older.id}`,
      }),
    );
    expect(saved.revived).toBe(false);

    const onOlder = await findPublicClaimRelations(older.id);
    expect(onOlder).toMatchObject([
      { kind: 'updates', side: 'to', label: 'Updated by', other: { id: newer.id } },
    ]);
    expect(updatedBy(onOlder).map((r) => r.other.statement)).toEqual(['Up to 12,000 troops']);
    const onNewer = await findPublicClaimRelations(newer.id);
    expect(onNewer).toMatchObject([{ side: 'from', label: 'Updates', other: { id: older.id } }]);
    expect(updatedBy(onNewer)).toEqual([]);
  });

  it('links from the older claim’s page with the reverse choice, and by the page address', async () => {
    const author = await editor();
    const older = await createClaim();
    const newer = await createClaim();
    value(
      await linkClaims(author, {
        claimId: older.id,
        kind: 'updates_reverse',
        otherClaimId: `http://localhost/claims/${newer.id}`,
      }),
    );
    const row = await testDb.claimRelation.findFirstOrThrow({ where: { toClaimId: older.id } });
    expect(row).toMatchObject({ fromClaimId: newer.id, kind: 'updates' });
  });

  it('refuses a self-link, a missing or deleted claim, a bad kind, and writes nothing', async () => {
    const author = await editor();
    const claim = await createClaim();
    const gone = await createClaim({ deleted: true });
    const before = await testDb.claimRelation.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ otherClaimId: claim.id, kind: 'same_as' }, 'otherClaimId', SELF_LINK],
      [{ otherClaimId: 987654321, kind: 'same_as' }, 'otherClaimId', OTHER_MISSING],
      [{ otherClaimId: gone.id, kind: 'same_as' }, 'otherClaimId', OTHER_DELETED],
      [{ otherClaimId: 'yesterday', kind: 'same_as' }, 'otherClaimId', 'Give the other claim'],
      [{ otherClaimId: gone.id, kind: 'replaces' }, 'kind', 'Choose how the claims are related.'],
    ];
    for (const [input, field, message] of cases) {
      const result = await linkClaims(author, { claimId: claim.id, ...input });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors?.[field]?.[0]).toContain(message);
    }
    expect(await testDb.claimRelation.count()).toBe(before);
  });

  it('checks the role inside the use case', async () => {
    const a = await createClaim();
    const b = await createClaim();
    await expect(
      linkClaims(null, { claimId: a.id, kind: 'same_as', otherClaimId: b.id }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(unlinkClaims(null, { id: 1 })).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('stores "same claim as" once for both directions and refuses the pair twice', async () => {
    const author = await editor();
    const a = await createClaim();
    const b = await createClaim();
    const before = await liveLinks();
    value(await linkClaims(author, { claimId: b.id, kind: 'same_as', otherClaimId: a.id }));
    const again = await linkClaims(author, { claimId: a.id, kind: 'same_as', otherClaimId: b.id });
    expect(again).toMatchObject({ ok: false, errors: { otherClaimId: [ALREADY_LINKED] } });
    expect(await liveLinks()).toBe(before + 1);
    const row = await testDb.claimRelation.findFirstOrThrow({
      where: { kind: 'same_as', OR: [{ fromClaimId: a.id }, { toClaimId: a.id }] },
    });
    expect([row.fromClaimId, row.toClaimId]).toEqual([Math.min(a.id, b.id), Math.max(a.id, b.id)]);
    // Both pages read it the same way.
    expect((await findPublicClaimRelations(a.id))[0]?.label).toBe('Same claim as');
    expect((await findPublicClaimRelations(b.id))[0]?.label).toBe('Same claim as');
  });

  it('removes softly, audits on both claims’ timelines, and revives the same row', async () => {
    const author = await editor();
    const a = await createClaim();
    const b = await createClaim();
    const linked = value(
      await linkClaims(author, { claimId: a.id, kind: 'part_of', otherClaimId: b.id }),
    );
    value(await unlinkClaims(author, { id: linked.id }));
    expect(await findPublicClaimRelations(a.id)).toEqual([]);
    expect(await testDb.claimRelation.findUnique({ where: { id: linked.id } })).toMatchObject({
      deletedById: author.id,
    });
    expect(await unlinkClaims(author, { id: linked.id })).toMatchObject({
      ok: false,
      message: LINK_ALREADY_REMOVED,
    });

    const revived = value(
      await linkClaims(author, { claimId: a.id, kind: 'part_of', otherClaimId: b.id }),
    );
    expect(revived).toMatchObject({ id: linked.id, revived: true });
    expect(await testDb.claimRelation.count({ where: { fromClaimId: a.id } })).toBe(1);

    const events = await auditEventsFor('claim_relation', linked.id);
    expect(events.map((e) => e.action)).toEqual([
      'relation.link',
      'relation.unlink',
      'relation.link',
    ]);
    for (const claimId of [a.id, b.id]) {
      const activity = await findClaimActivity(author, claimId, 1);
      expect(activity.items.map((i) => i.summary)).toEqual([
        `linked claim #${a.id} part of claim #${b.id}`,
        `removed the link claim #${a.id} part of claim #${b.id}`,
        `linked claim #${a.id} part of claim #${b.id}`,
      ]);
    }
  });

  it('shows readers only published, live related claims; editors see drafts too', async () => {
    const author = await editor();
    const claim = await createClaim();
    const draft = await createClaim({ status: 'draft' });
    const shown = await createClaim();
    const laterDeleted = await createClaim();
    for (const other of [draft, shown, laterDeleted]) {
      value(
        await linkClaims(author, {
          claimId: claim.id,
          kind: 'contradicts',
          otherClaimId: other.id,
        }),
      );
    }
    await testDb.claim.update({ where: { id: laterDeleted.id }, data: { deletedAt: new Date() } });

    // Stored in id order, read the same from both ends.
    expect((await findPublicClaimRelations(shown.id))[0]?.label).toBe('Contradicts');
    const forReaders = await findPublicClaimRelations(claim.id);
    expect(forReaders.map((r) => [r.other.id, r.label])).toEqual([[shown.id, 'Contradicts']]);
    const forEditors = await findClaimRelationsForEditing(author, claim.id);
    expect(forEditors.map((r) => r.other.id).sort()).toEqual([draft.id, shown.id].sort());
  });
});
