import '../support/auth-env';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { addClaimantAlias } from '@/lib/claimants/claimant-aliases';
import { openContentVersionProbe } from '@/lib/db/content-version';
import { allowedOrigins } from '@/lib/http/allowed-origins';
import { checkRequest } from '@/lib/http/request-gate';
import { analyseArticle } from '@/lib/intake/analyse-article';
import { createIntakeClaims } from '@/lib/intake/create-intake-claims';
import { findRecentIntakeRecords, getIntakeRecord } from '@/lib/intake/intake-records';
import type { Suggestion } from '@/lib/intake/types';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { cookieHeader, createAccount, requestHeaders } from '../support/auth';
import { editor, rowCounts } from '../support/editing';
import { testDb, uniqueWord } from '../support/factories';

// The record page's action runs as in a request: its headers are the test's.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const { createFromRecordAction } = await import('@/app/intake/actions');

const probe = openContentVersionProbe(process.env.DATABASE_URL!);
afterAll(() => probe.close());

beforeEach(() => {
  request.headers = requestHeaders();
});

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

/** A wire story whose second paragraph holds two claims in one sentence. */
function story(place: string) {
  return `Troops massed near ${place}

Officials in ${place} said 1,200 residents were evacuated on 4 March 2025. The regional health office said about 300 people are in hospital now, a number that could rise to 900 by Friday.

What happens next? Follow our live coverage.`;
}

function articleFor(place: string) {
  return {
    title: `Evacuation in ${place}`,
    publisherName: 'Example Wire',
    url: `https://wire.example/${place}`,
    publishedAt: '2025-03-04',
    text: story(place),
  };
}

function kept(s: Suggestion, overrides: Partial<Suggestion['claim']> = {}) {
  return {
    key: s.key,
    action: 'create',
    claim: { ...s.claim, ...overrides },
    citation: s.citation,
  };
}

function suggestionsOf(place: string) {
  const a = articleFor(place);
  return analyseArticle(a.text, { ...a }).suggestions;
}

describe('article intake records', () => {
  it('keeps every intake that creates drafts: the article, each suggestion, and what it became', async () => {
    const actor = await editor();
    const place = uniqueWord('Carrow');
    const suggestions = suggestionsOf(place);
    // The two-claim sentence is offered as two suggestions.
    const now = suggestions.find((s) => s.claim.statement.startsWith('About 300 people'))!;
    const projected = suggestions.find((s) => s.claim.statement.includes('could rise to 900'))!;
    expect([now.key, projected.key]).toEqual([
      expect.stringMatching(/^s\d+a$/),
      expect.stringMatching(/^s\d+b$/),
    ]);

    const saved = value(
      await createIntakeClaims(actor, { article: articleFor(place), items: [kept(now)] }),
    );
    const row = await testDb.intakeRecord.findUniqueOrThrow({ where: { id: saved.record.id } });
    expect(row).toMatchObject({
      createdById: actor.id,
      version: 1,
      sourceId: saved.source.id,
      title: `Evacuation in ${place}`,
      url: `https://wire.example/${place}`,
      publisherName: 'Example Wire',
      publishedOn: '2025-03-04',
      text: story(place),
      textLength: [...story(place)].length,
    });
    expect(row.textHash).toMatch(/^[0-9a-f]{64}$/);

    const record = (await getIntakeRecord(actor, saved.record.id))!;
    expect(record.suggestions.map((s) => s.key)).toEqual(suggestions.map((s) => s.key));
    expect(record.suggestions.find((s) => s.key === now.key)?.outcome).toMatchObject({
      action: 'create',
      claimId: saved.created[0]!.id,
      byId: actor.id,
    });
    // The claim made of the sentence's other part quotes the same sentence, but is no duplicate.
    const open = record.suggestions.find((s) => s.key === projected.key)!;
    expect(open.similar.map((c) => c.id)).not.toContain(saved.created[0]!.id);
    expect(record.suggestions.filter((s) => s.outcome === null)).toHaveLength(
      suggestions.length - 1,
    );

    const recent = await findRecentIntakeRecords(actor);
    expect(recent.find((r) => r.id === saved.record.id)).toMatchObject({
      title: `Evacuation in ${place}`,
      suggested: suggestions.length,
      kept: 1,
    });
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { entityType: 'intakeRecord', entityId: String(saved.record.id) },
    });
    expect(audit).toMatchObject({ action: 'intake.create', actorId: actor.id });
    expect(JSON.parse(audit.after!)).toMatchObject({
      kept: [{ key: now.key, action: 'create', claimId: saved.created[0]!.id }],
    });
  });

  it('creates a suggestion not kept later from the record, through the same rules, once', async () => {
    const first = await editor();
    const second = await editor();
    const place = uniqueWord('Brannock');
    const suggestions = suggestionsOf(place);
    const now = suggestions.find((s) => s.claim.statement.startsWith('About 300 people'))!;
    const projected = suggestions.find((s) => s.claim.statement.includes('could rise to 900'))!;
    const saved = value(
      await createIntakeClaims(first, { article: articleFor(place), items: [kept(now)] }),
    );
    const record = { id: saved.record.id, version: saved.record.version };

    // The same field rules as the intake: nothing written on a refused field.
    const before = await rowCounts();
    const invalid = await createIntakeClaims(second, {
      record,
      items: [kept(projected, { statement: ' ' })],
    });
    expect(invalid).toMatchObject({
      ok: false,
      errors: { [`${projected.key}.statement`]: ['Statement is required.'] },
    });
    expect(await rowCounts()).toEqual(before);

    const later = value(await createIntakeClaims(second, { record, items: [kept(projected)] }));
    expect(later).toMatchObject({
      record: { id: record.id, version: 2 },
      source: { id: saved.source.id, created: false },
      created: [{ key: projected.key, statement: projected.claim.statement }],
    });
    const claim = await testDb.claim.findUniqueOrThrow({
      where: { id: later.created[0]!.id },
      include: { citations: true },
    });
    // A draft in stage New, assigned to the editor who created it, citing the article.
    expect(claim).toMatchObject({
      status: 'draft',
      stage: 'new',
      assigneeId: second.id,
      quantityValue: 900,
    });
    expect(claim.citations.map((c) => c.sourceId)).toEqual([saved.source.id]);
    const view = (await getIntakeRecord(first, record.id))!;
    expect(view.version).toBe(2);
    expect(view.suggestions.find((s) => s.key === projected.key)?.outcome).toMatchObject({
      action: 'create',
      claimId: claim.id,
      byId: second.id,
    });
    const events = await testDb.auditEvent.findMany({
      where: { entityType: 'intakeRecord', entityId: String(record.id) },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ['intake.create', first.id],
      ['intake.update', second.id],
    ]);

    // A page loaded before that create, or the same suggestion twice: refused, nothing written.
    const afterLater = await rowCounts();
    const stale = await createIntakeClaims(first, {
      record,
      items: [kept(suggestions.find((s) => s.key !== now.key && s.key !== projected.key)!)],
    });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/meanwhile/) });
    const twice = await createIntakeClaims(first, {
      record: { id: record.id, version: 2 },
      items: [kept(projected)],
    });
    expect(twice).toMatchObject({
      ok: false,
      message: expect.stringContaining(`was already kept (claim ${claim.id})`),
    });
    const unknown = await createIntakeClaims(first, {
      record: { id: 999_999_999, version: 1 },
      items: [kept(projected)],
    });
    expect(unknown).toMatchObject({ ok: false, message: 'This intake record does not exist.' });
    expect(await rowCounts()).toEqual(afterLater);
  });

  it('names the existing claimant an alias means, from the suggestion to the draft', async () => {
    const actor = await editor();
    const nis = await testDb.claimant.create({
      data: { name: `National Intelligence Service ${uniqueWord('n')}`, kind: 'agency' },
    });
    value(
      await addClaimantAlias(actor, {
        claimantId: String(nis.id),
        name: "South Korea's spy agency",
      }),
    );
    const text =
      "South Korea's spy agency said about 3,000 North Korean troops were in Russia now, a number that could rise to 10,000 by December.";
    const article = {
      title: uniqueWord('Briefing'),
      publisherName: '',
      url: '',
      publishedAt: '',
      text,
    };
    const [a, b] = analyseArticle(text, {
      ...article,
      publisherName: null,
      url: null,
      publishedAt: null,
    }).suggestions;
    // The browser sends back what it was shown: the alias already resolved to the claimant.
    const shown = (s: Suggestion) => kept(s, { claimantName: nis.name, claimantKind: 'agency' });
    const claimants = await testDb.claimant.count();
    const saved = value(
      await createIntakeClaims(actor, { article, items: [shown(a!), shown(b!)] }),
    );
    const claims = await testDb.claim.findMany({
      where: { id: { in: saved.created.map((c) => c.id) } },
      orderBy: { id: 'asc' },
    });
    expect(claims.map((c) => [c.statement, c.claimantId, c.quantityValue])).toEqual([
      ['About 3,000 North Korean troops were in Russia now.', nis.id, 3000],
      ['The number of North Korean troops could rise to 10,000 by December.', nis.id, 10000],
    ]);
    expect(await testDb.claimant.count()).toBe(claimants);
    // The record keeps the suggestions as the server matched them.
    const record = (await getIntakeRecord(actor, saved.record.id))!;
    expect(record.suggestions.map((s) => s.claim.claimantName)).toEqual([nis.name, nis.name]);
  });

  it('is not reader content: keeping a record that adds no claim leaves the content version', async () => {
    const actor = await editor();
    const place = uniqueWord('Sallow');
    const suggestions = suggestionsOf(place);
    const [a, b] = suggestions;
    const saved = value(
      await createIntakeClaims(actor, { article: articleFor(place), items: [kept(a!)] }),
    );
    const claimId = saved.created[0]!.id;
    // Citing the article again on the same claim with the same passage adds nothing: only the
    // record changes (its outcome), and readers' pages must not be dropped for it.
    const version = await probe.read();
    const again = value(
      await createIntakeClaims(actor, {
        record: saved.record,
        items: [
          { ...kept(b!), action: 'attach', attachTo: String(claimId), citation: a!.citation },
        ],
      }),
    );
    expect(again.alreadyCited).toEqual([{ claimId, key: b!.key }]);
    expect(await probe.read()).toBe(version);
    const view = (await getIntakeRecord(actor, saved.record.id))!;
    expect(view.suggestions.find((s) => s.key === b!.key)?.outcome?.action).toBe('already_cited');
  });

  it('refuses readers and other sites: signed out, no record is read or written', async () => {
    const actor = await editor();
    const place = uniqueWord('Tollan');
    const [a, b] = suggestionsOf(place);
    const saved = value(
      await createIntakeClaims(actor, { article: articleFor(place), items: [kept(a!)] }),
    );
    await expect(getIntakeRecord(null, saved.record.id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(findRecentIntakeRecords(null)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      createIntakeClaims(null, { record: saved.record, items: [kept(b!)] }),
    ).rejects.toBeInstanceOf(AuthorizationError);

    const before = await rowCounts();
    const form = new FormData();
    form.set('recordId', String(saved.record.id));
    form.set('recordVersion', String(saved.record.version));
    form.set('keep', b!.key);
    for (const [k, v] of Object.entries(b!.claim)) form.set(`${b!.key}.${k}`, v);
    for (const [k, v] of Object.entries(b!.citation)) form.set(`${b!.key}.${k}`, v);
    const signedOut = await createFromRecordAction({}, form);
    expect(signedOut).toMatchObject({ message: 'Sign in to edit.' });
    expect(await rowCounts()).toEqual(before);
    expect(
      (await testDb.intakeRecord.findUniqueOrThrow({ where: { id: saved.record.id } })).version,
    ).toBe(1);

    // A signed-in editor's action works; the same post from another site never reaches it.
    const account = await createAccount({ role: 'editor' });
    const signIn = await signInWithPassword({ ...account, headers: requestHeaders() });
    if (!signIn.ok) throw new Error('sign-in failed');
    request.headers = requestHeaders({ cookie: cookieHeader(signIn.setCookies) });
    const site = 'https://claims.example.org';
    const origins = allowedOrigins({ SITE_URL: site, BETTER_AUTH_URL: undefined, PORT: 3000 });
    const elsewhere = checkRequest(
      {
        method: 'POST',
        pathname: `/intake/${saved.record.id}`,
        headers: new Headers({ origin: 'https://evil.example', 'content-length': '100' }),
      },
      { origins },
    );
    expect(elsewhere.refused?.status).toBe(403);
    const created = await createFromRecordAction({}, form);
    expect(created.message).toBeUndefined();
    expect(created.saved?.created.map((c) => c.key)).toEqual([b!.key]);
  });
});
