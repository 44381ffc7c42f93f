import { describe, expect, it } from 'vitest';
import { findAuditEvents } from '@/lib/audit/find-audit-events';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent, serialiseSnapshot } from '@/lib/audit/record-audit-event';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { parseAuditQuery } from '@/lib/validation/audit-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, auditEventsFor, claimInput, editor } from '../support/editing';
import { createClaim as insertClaim, testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

/** The append-only trigger's refusal, on either provider (each names the table its way). */
const REFUSED =
  /(audit events|verdict revisions|AuditEvent rows|VerdictRevision rows) are append-only/;

/** Every message in a refused write's error and the errors it wraps (the trigger's is inside). */
async function refusal(write: Promise<unknown>): Promise<string> {
  const messages: string[] = [];
  let e: unknown = await write.then(
    () => null,
    (error: unknown) => error,
  );
  for (let depth = 0; e instanceof Object && depth < 6; depth++) {
    const { message, originalMessage, cause, meta } = e as Record<string, unknown>;
    messages.push(String(message), String(originalMessage));
    e = cause ?? (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return messages.join('\n');
}

describe('append-only tables', () => {
  it('the database refuses updating or deleting audit events', async () => {
    const event = await testDb.auditEvent.create({
      data: { action: 'test.event', entityType: 'test', entityId: '1' },
    });
    expect(
      await refusal(
        testDb.auditEvent.update({ where: { id: event.id }, data: { action: 'forged' } }),
      ),
    ).toMatch(REFUSED);
    expect(await refusal(testDb.auditEvent.updateMany({ data: { actorId: null } }))).toMatch(
      REFUSED,
    );
    expect(await refusal(testDb.auditEvent.delete({ where: { id: event.id } }))).toMatch(REFUSED);
    expect(await refusal(testDb.auditEvent.deleteMany({}))).toMatch(REFUSED);
    expect(await testDb.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      action: 'test.event',
    });
  });

  it('the database refuses updating or deleting verdict revisions', async () => {
    const claim = await insertClaim();
    expect(
      await refusal(
        testDb.verdictRevision.updateMany({
          where: { claimId: claim.id },
          data: { verdict: 'false' },
        }),
      ),
    ).toMatch(REFUSED);
    expect(
      await refusal(testDb.verdictRevision.deleteMany({ where: { claimId: claim.id } })),
    ).toMatch(REFUSED);
    expect(await testDb.verdictRevision.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it('refuses raw SQL too, with the trigger’s message', async () => {
    await insertClaim();
    await testDb.auditEvent.create({
      data: { action: 'test.event', entityType: 'test', entityId: '1' },
    });
    for (const write of [
      () => testDb.$executeRaw`UPDATE "AuditEvent" SET "action" = 'x'`,
      () => testDb.$executeRaw`DELETE FROM "AuditEvent"`,
      () => testDb.$executeRaw`UPDATE "VerdictRevision" SET "rationale" = 'x'`,
      () => testDb.$executeRaw`DELETE FROM "VerdictRevision"`,
    ]) {
      expect(await refusal(write())).toMatch(REFUSED);
    }
  });
});

describe('recordAuditEvent', () => {
  it('stores JSON snapshots without password hashes, emails or tokens, at any depth', async () => {
    expect(serialiseSnapshot(null)).toBeNull();
    const snapshot = {
      id: 'u1',
      name: 'Ana',
      email: 'ana@example.test',
      role: 'editor',
      account: {
        password: '$argon2id$v=19$...',
        passwordHash: 'x',
        accessToken: 't',
        providerId: 'credential',
      },
      at: new Date('2024-11-05T00:00:00Z'),
    };
    const stored = await runMutation(async (tx) => {
      await recordAuditEvent(tx, {
        actorId: 'admin-1',
        action: 'user.disable',
        entityType: 'user',
        entityId: 'u1',
        before: snapshot,
        after: null,
      });
      return tx.auditEvent.findFirstOrThrow({
        where: { entityType: 'user', entityId: 'u1' },
        orderBy: { id: 'desc' },
      });
    });
    expect(stored.after).toBeNull();
    expect(JSON.parse(stored.before!)).toEqual({
      id: 'u1',
      name: 'Ana',
      role: 'editor',
      account: { providerId: 'credential' },
      at: '2024-11-05T00:00:00.000Z',
    });
    expect(stored.before).not.toMatch(/argon2|ana@example/);
  });

  it('is written in the same transaction as the change: a failed mutation leaves neither', async () => {
    const before = await testDb.auditEvent.count();
    await expect(
      runMutation(async (tx) => {
        await recordAuditEvent(tx, {
          actorId: null,
          action: 'test.rollback',
          entityType: 'test',
          entityId: 1,
          before: null,
          after: {},
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await testDb.auditEvent.count()).toBe(before);
  });
});

describe('the verdict change event', () => {
  // PostgreSQL writes the revision and the event in one statement, the revision's id put into
  // the snapshot there (lib/db/postgres/verdict-write-sql.ts): the stored text must be what
  // the snapshot serialises to, whatever the rationale holds.
  it('stores the claim before and after, with the id of the revision it wrote', async () => {
    const actor = await editor();
    const { id, version } = value(await createClaim(actor, claimInput()));
    const rationale = 'Quoted: {"revisionId":-9007199254740991,"x":"\\"revisionId\\":1"}';
    const saved = value(
      await changeVerdict(actor, { id, version, verdict: 'likely', confidence: 'high', rationale }),
    );
    const [event] = (await auditEventsFor('claim', id)).filter(
      (e) => e.action === 'verdict.change',
    );
    const before = JSON.parse(event!.before!) as Record<string, unknown>;
    const after = JSON.parse(event!.after!) as Record<string, unknown>;
    expect(saved.revisionId).toEqual(expect.any(Number));
    expect(after).toEqual({
      ...before,
      verdict: 'likely',
      confidence: 'high',
      rationale,
      version: version + 1,
      updatedAt: expect.any(String),
      revisionId: saved.revisionId,
      overrideReason: null,
    });
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'revisionId', 'overrideReason']);
    expect(event!.after).toBe(serialiseSnapshot(after));
  });
});

describe('findAuditEvents', () => {
  it('pages the log newest first and filters by user, entity and time', async () => {
    const boss = await admin('Chief Admin');
    const alice = await editor('Alice');
    const { id } = value(await createClaim(alice, claimInput()));
    value(await updateClaim(alice, { id, version: 1, title: 'One' }));
    value(await updateClaim(boss, { id, version: 2, title: 'Two' }));

    const forClaim = await findAuditEvents(boss, {
      entityType: 'claim',
      entityId: String(id),
      page: 1,
    });
    expect(forClaim.items.map((e) => [e.action, e.actor?.name])).toEqual([
      ['claim.update', 'Chief Admin'],
      ['claim.update', 'Alice'],
      ['claim.create', 'Alice'],
    ]);
    expect(forClaim).toMatchObject({ total: 3, page: 1, pageCount: 1, pageSize: 50 });
    expect(forClaim.items[0]).toMatchObject({
      before: { title: 'One', version: 2 },
      after: { title: 'Two', version: 3 },
    });

    const byAlice = await findAuditEvents(boss, { userId: alice.id, page: 1 });
    expect(byAlice.items.map((e) => e.action)).toEqual(['claim.update', 'claim.create']);

    const future = await findAuditEvents(boss, {
      userId: alice.id,
      from: new Date(Date.now() + 60_000),
      page: 1,
    });
    expect(future.total).toBe(0);
    const past = await findAuditEvents(boss, {
      userId: alice.id,
      to: new Date('2000-01-01'),
      page: 1,
    });
    expect(past.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const parsed = parseAuditQuery({ user: alice.id, from: today, to: today, page: 'x' });
    expect(parsed.page).toBe(1);
    expect((await findAuditEvents(boss, parsed)).total).toBe(2);
  });

  it('pages past 50 events', async () => {
    const boss = await admin();
    await testDb.auditEvent.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        action: 'test.bulk',
        entityType: 'bulk',
        entityId: String(i),
        actorId: boss.id,
      })),
    });
    const first = await findAuditEvents(boss, { userId: boss.id, entityType: 'bulk', page: 1 });
    const second = await findAuditEvents(boss, { userId: boss.id, entityType: 'bulk', page: 2 });
    expect([first.items.length, second.items.length, first.pageCount, first.total]).toEqual([
      50, 5, 2, 55,
    ]);
    expect(first.items[0]!.id).toBeGreaterThan(second.items[0]!.id);
  });

  it('tolerates bad URL values', () => {
    expect(parseAuditQuery({ user: "x' OR 1=1 --", from: 'yesterday', page: '-3' })).toEqual({
      userId: null,
      entityType: null,
      entityId: null,
      from: null,
      to: null,
      page: 1,
    });
  });
});
