import { afterAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForPreview, getPublishedClaim } from '@/lib/claims/get-claim';
import { publishClaim } from '@/lib/claims/publish-claim';
import { readDeskSettings, saveDeskSettings } from '@/lib/desk/desk-settings';
import { openContentVersionProbe } from '@/lib/db/content-version';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { admin, claimInput, editor } from '../support/editing';

const probe = openContentVersionProbe(process.env.DATABASE_URL!);
afterAll(() => probe.close());

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

describe('preview as a reader', () => {
  it('shows a draft to editors exactly as the reader page would, and to nobody else', async () => {
    const author = await editor();
    const { id } = value(await createClaim(author, claimInput({ statement: 'Draft to preview' })));
    expect(await getPublishedClaim(id)).toBeNull();
    const preview = await getClaimForPreview(author, id);
    expect(preview).toMatchObject({ id, statement: 'Draft to preview', verdict: 'unverified' });
    await expect(getClaimForPreview(null, id)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('bylines', () => {
  it('are off by default, and once an admin turns them on name the assignee and reviewer', async () => {
    const chief = await admin();
    const checker = await editor('Ana Ruiz');
    const second = await editor('Ben Okafor');
    const created = value(await createClaim(checker, claimInput()));
    let version = value(
      await assignClaim(chief, {
        id: created.id,
        version: created.version,
        role: 'assignee',
        userId: checker.id,
      }),
    ).version;
    version = value(
      await assignClaim(chief, { id: created.id, version, role: 'reviewer', userId: second.id }),
    ).version;
    value(await publishClaim(chief, { id: created.id, version }));

    await saveDeskSettings(chief, { bylines: 'off', review: 'on' });
    expect((await getPublishedClaim(created.id))?.byline).toBeNull();

    const before = await probe.read();
    value(await saveDeskSettings(chief, { bylines: 'on', review: 'on' }));
    // Reader pages change: the cached ones must not be served any more.
    expect(await probe.read()).not.toBe(before);
    expect(await readDeskSettings()).toEqual({ bylines: true, review: true });
    expect((await getPublishedClaim(created.id))?.byline).toEqual({
      checkedBy: 'Ana Ruiz',
      reviewedBy: 'Ben Okafor',
    });
    value(await saveDeskSettings(chief, { bylines: 'off', review: 'on' }));
  });

  it('are switched by admins only', async () => {
    await expect(
      saveDeskSettings(await editor(), { bylines: 'on', review: 'on' }),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});
