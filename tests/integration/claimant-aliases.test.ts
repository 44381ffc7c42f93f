import '../support/auth-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { addClaimantAlias, removeClaimantAlias } from '@/lib/claimants/claimant-aliases';
import { findClaimantByName } from '@/lib/claimants/find-claimant-by-name';
import { mergeClaimants } from '@/lib/claimants/merge-claimants';
import { createClaim } from '@/lib/claims/create-claim';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { siteOrigin } from '@/lib/site';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { cookieHeader, createAccount, requestHeaders } from '../support/auth';
import { admin, auditEventsFor, claimInput, editor } from '../support/editing';
import { createClaimant, testDb, unique, uniqueWord } from '../support/factories';

// The intake action and the export run as in a request: their headers are the test's.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const { analyseArticleAction } = await import('@/app/intake/actions');
const exportRoute = await import('@/app/claims/export/route');

beforeEach(() => {
  request.headers = requestHeaders();
});

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const aliasesOf = async (claimantId: number) =>
  (await testDb.claimantAlias.findMany({ where: { claimantId }, orderBy: { id: 'asc' } })).map(
    (a) => [a.name, a.key],
  );

describe('claimant aliases', () => {
  it('are added with their folded key, audited, and found by any spelling', async () => {
    const actor = await editor();
    const nis = await createClaimant(unique('National Intelligence Service'));
    const name = `South Korea’s spy agency ${uniqueWord('x')}`;
    value(await addClaimantAlias(actor, { claimantId: String(nis.id), name }));
    const [[stored, key]] = (await aliasesOf(nis.id)) as [[string, string]];
    expect(stored).toBe(name);
    expect(key).toMatch(/^south koreas spy agency /);

    const found = await findClaimantByName(testDb, name.replace('’', "'").toUpperCase());
    expect(found).toMatchObject({ id: nis.id, via: 'alias', alias: name });
    expect(await findClaimantByName(testDb, nis.name.toLowerCase())).toMatchObject({
      id: nis.id,
      via: 'name',
    });

    const [event] = await auditEventsFor('claimant', nis.id);
    expect(event).toMatchObject({ action: 'claimant.alias.add', actorId: actor.id });
    expect(JSON.parse(event!.before!).aliases).toEqual([]);
    expect(JSON.parse(event!.after!).aliases).toEqual([expect.objectContaining({ name })]);
  });

  it('refuse a name that is another claimant’s name or alias, or this one’s own, on the field', async () => {
    const actor = await editor();
    const nis = await createClaimant(unique('NIS'));
    const other = await createClaimant(unique('Ministry'));
    const alias = unique('Seoul spies');
    value(await addClaimantAlias(actor, { claimantId: nis.id, name: alias }));

    const asOthersName = await addClaimantAlias(actor, {
      claimantId: nis.id,
      name: ` ${other.name.toUpperCase()} `,
    });
    expect(asOthersName.ok ? {} : asOthersName.errors?.name?.[0]).toMatch(
      /already names another claimant/,
    );
    const asOthersAlias = await addClaimantAlias(actor, {
      claimantId: other.id,
      name: alias.toLowerCase(),
    });
    expect(asOthersAlias.ok ? {} : asOthersAlias.errors?.name?.[0]).toContain(nis.name);
    const again = await addClaimantAlias(actor, { claimantId: nis.id, name: `${alias}.` });
    expect(again.ok ? {} : again.errors?.name?.[0]).toMatch(/already goes by/);
    const ownName = await addClaimantAlias(actor, { claimantId: nis.id, name: nis.name });
    expect(ownName.ok ? {} : ownName.errors?.name?.[0]).toMatch(/own name/);
    const blank = await addClaimantAlias(actor, { claimantId: nis.id, name: ' ... ' });
    expect(blank.ok ? {} : blank.errors).toHaveProperty('name');
    expect(await aliasesOf(other.id)).toEqual([]);
    expect(await aliasesOf(nis.id)).toHaveLength(1);
  });

  it('are removed, audited', async () => {
    const actor = await editor();
    const nis = await createClaimant(unique('NIS'));
    const added = value(await addClaimantAlias(actor, { claimantId: nis.id, name: unique('A') }));
    value(await removeClaimantAlias(actor, { claimantId: nis.id, aliasId: added.id }));
    expect(await aliasesOf(nis.id)).toEqual([]);
    const actions = (await auditEventsFor('claimant', nis.id)).map((e) => e.action);
    expect(actions).toEqual(['claimant.alias.add', 'claimant.alias.remove']);
  });

  it('make an inline claimant name on the claim form reuse the claimant', async () => {
    const actor = await editor();
    const nis = await createClaimant(unique('NIS'));
    const alias = unique('Spy agency');
    value(await addClaimantAlias(actor, { claimantId: nis.id, name: alias }));
    const before = await testDb.claimant.count();
    const created = value(
      await createClaim(actor, claimInput({ claimantName: alias.toLowerCase() })),
    );
    const claim = await testDb.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect(claim.claimantId).toBe(nis.id);
    expect(await testDb.claimant.count()).toBe(before);
  });
});

describe('merging claimants', () => {
  it('is for admins only', async () => {
    const a = await createClaimant(unique('A'));
    const b = await createClaimant(unique('B'));
    await expect(mergeClaimants(await editor(), { keepId: a.id, mergeId: b.id })).rejects.toThrow(
      /not allowed/,
    );
    const self = await mergeClaimants(await admin(), { keepId: a.id, mergeId: a.id });
    expect(self.ok ? {} : self.errors).toHaveProperty('mergeId');
  });

  it('moves every claim and alias, keeps the merged name as an alias, and search and export follow', async () => {
    const boss = await admin();
    const keptWord = uniqueWord('keptclaimant');
    const mergedWord = uniqueWord('mergedclaimant');
    const kept = await createClaimant(`Kept ${keptWord}`);
    const merged = await createClaimant(`Merged ${mergedWord}`);
    const oldAlias = unique('Old alias');
    value(await addClaimantAlias(boss, { claimantId: merged.id, name: oldAlias }));
    const created = value(
      await createClaim(
        boss,
        claimInput({ claimantId: merged.id, claimantName: '', status: 'published' }),
      ),
    );
    const search = async (q: string) =>
      (await findPublishedClaims(parseClaimListQuery({ q }))).items.map((c) => c.id);
    expect(await search(mergedWord)).toEqual([created.id]);
    const exported = async () =>
      (await exportRoute.GET(new Request(`${siteOrigin}/claims/export?format=csv`))).text();
    expect(await exported()).toContain(mergedWord);

    const result = value(await mergeClaimants(boss, { keepId: kept.id, mergeId: merged.id }));
    expect(result.movedClaimIds).toEqual([created.id]);
    const claim = await testDb.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect(claim).toMatchObject({ claimantId: kept.id, version: created.version + 1 });
    expect(await testDb.claimant.findUnique({ where: { id: merged.id } })).toBeNull();
    expect((await aliasesOf(kept.id)).map(([name]) => name)).toEqual([oldAlias, merged.name]);

    expect(await search(keptWord)).toEqual([created.id]);
    expect(await search(mergedWord)).toEqual([]);
    const csv = await exported();
    expect(csv).toContain(keptWord);
    expect(csv).not.toContain(mergedWord);

    expect(await findClaimantByName(testDb, merged.name)).toMatchObject({ id: kept.id });
    const claimEvents = await auditEventsFor('claim', created.id);
    const moved = claimEvents.at(-1)!;
    expect(moved).toMatchObject({ action: 'claim.update', actorId: boss.id });
    expect(JSON.parse(moved.before!)).toMatchObject({
      claimantId: merged.id,
      claimantName: merged.name,
      version: created.version,
    });
    expect(JSON.parse(moved.after!)).toMatchObject({
      claimantId: kept.id,
      claimantName: kept.name,
      version: created.version + 1,
    });
    const [event] = (await auditEventsFor('claimant', kept.id)).filter(
      (e) => e.action === 'claimant.merge',
    );
    expect(event).toMatchObject({ actorId: boss.id });
    expect(JSON.parse(event!.before!)).toMatchObject({
      merged: { id: merged.id, name: merged.name },
      movedClaimIds: [created.id],
    });
  });
});

describe('article intake', () => {
  it('suggests the existing claimant a sentence names by one of its aliases', async () => {
    const account = await createAccount({ role: 'editor' });
    const signedIn = await signInWithPassword({ ...account, headers: requestHeaders() });
    if (!signedIn.ok) throw new Error('sign-in failed');
    request.headers = requestHeaders({ cookie: cookieHeader(signedIn.setCookies) });
    request.headers.set('next-action', 'test');

    const nis = await testDb.claimant.create({
      data: { name: `National Intelligence Service ${uniqueWord('n')}`, kind: 'agency' },
    });
    value(
      await addClaimantAlias(account, {
        claimantId: nis.id,
        name: "South Korea's spy agency",
      }),
    );
    const data = new FormData();
    data.set(
      'text',
      "South Korea's spy agency said up to 12,000 North Korean troops were at Russian bases on 5 November 2024.",
    );
    const state = await analyseArticleAction({}, data);
    const [suggestion] = state.analysis?.suggestions ?? [];
    expect(suggestion?.claim).toMatchObject({ claimantName: nis.name, claimantKind: 'agency' });
  });
});
