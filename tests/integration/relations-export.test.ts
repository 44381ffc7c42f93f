import '../support/auth-env';
import { describe, expect, it, vi } from 'vitest';
import { getApiClaim } from '@/lib/api/get-api-claim';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { unpublishClaim } from '@/lib/claims/publish-claim';
import { buildClaimReview, reviewSubjectOfDetail } from '@/lib/export/claim-review';
import { linkClaims } from '@/lib/relations/link-claims';
import { unlinkClaims } from '@/lib/relations/unlink-claims';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { editor } from '../support/editing';
import { createClaim, testDb, unique } from '../support/factories';

// The export route runs as in a request: its headers are the test's.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
const { GET } = await import('@/app/claims/export/route');

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function exportedJson(tag: string): Promise<{ id: number; relations: unknown[] }[]> {
  const response = await GET(new Request(`http://localhost/claims/export?format=json&tag=${tag}`));
  return (await response.json()) as { id: number; relations: unknown[] }[];
}

/** Exports the tag's claims and waits until their text is stored (it is, after the send). */
async function exportAndStore(tag: string, ids: number[]) {
  await exportedJson(tag);
  await expect
    .poll(() =>
      testDb.claimExportText.count({ where: { claimId: { in: ids }, json: { not: null } } }),
    )
    .toBe(ids.length);
}

const storedJson = async (claimId: number) =>
  (await testDb.claimExportText.findUniqueOrThrow({ where: { claimId } })).json;

describe('relations in the JSON export and the API', () => {
  it('carry each link from both claims, and only to claims the export shows', async () => {
    const tag = unique('rel-export').replaceAll(' ', '-');
    const author = await editor();
    const older = await createClaim({ tags: [tag] });
    const newer = await createClaim({ tags: [tag] });
    const draft = await createClaim({ status: 'draft', tags: [tag] });
    value(await linkClaims(author, { claimId: newer.id, kind: 'updates', otherClaimId: older.id }));
    value(await linkClaims(author, { claimId: older.id, kind: 'part_of', otherClaimId: draft.id }));

    const records = await exportedJson(tag);
    const byId = new Map(records.map((r) => [r.id, r.relations]));
    expect(byId.get(older.id)).toEqual([{ kind: 'updates', side: 'to', claimId: newer.id }]);
    expect(byId.get(newer.id)).toEqual([{ kind: 'updates', side: 'from', claimId: older.id }]);
    expect(byId.has(draft.id)).toBe(false);

    expect((await getApiClaim(String(older.id))).relations).toEqual([
      { kind: 'updates', side: 'to', claimId: newer.id },
    ]);
  });

  it('invalidate both claims’ stored text when linked, unlinked, or a related claim is unpublished', async () => {
    const tag = unique('rel-text').replaceAll(' ', '-');
    const author = await editor();
    const a = await createClaim({ tags: [tag] });
    const b = await createClaim({ tags: [tag] });
    await exportAndStore(tag, [a.id, b.id]);

    const link = value(
      await linkClaims(author, { claimId: a.id, kind: 'same_as', otherClaimId: b.id }),
    );
    expect(await storedJson(a.id)).toBeNull();
    expect(await storedJson(b.id)).toBeNull();
    await exportAndStore(tag, [a.id, b.id]);
    expect(await storedJson(a.id)).toContain(`"claimId": ${b.id}`);

    // The other claim leaves the public list: this claim's text no longer names it.
    const version = (await testDb.claim.findUniqueOrThrow({ where: { id: b.id } })).version;
    value(await unpublishClaim(author, { id: b.id, version }));
    expect(await storedJson(a.id)).toBeNull();
    expect((await exportedJson(tag)).find((r) => r.id === a.id)?.relations).toEqual([]);

    await exportAndStore(tag, [a.id]);
    value(await unlinkClaims(author, { id: link.id }));
    expect(await storedJson(a.id)).toBeNull();
  });

  it('leave ClaimReview as it was', async () => {
    const author = await editor();
    const a = await createClaim({ verdict: 'false' });
    const b = await createClaim({ verdict: 'likely' });
    const review = async () =>
      buildClaimReview(reviewSubjectOfDetail((await getPublishedClaim(a.id))!));
    const before = await review();
    expect(before).not.toBeNull();
    value(await linkClaims(author, { claimId: a.id, kind: 'contradicts', otherClaimId: b.id }));
    expect(await review()).toEqual(before);
  });
});
