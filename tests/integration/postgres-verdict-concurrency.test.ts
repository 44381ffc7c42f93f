import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { db } from '@/lib/db';
import { postgresPool } from '@/lib/db/postgres/connect';
import type { MutationFailure, MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

const SAVES = 20;

/**
 * The verdict save on PostgreSQL runs on pooled `pg` connections (read unlocked, then one
 * statement guarded by the version read: lib/db/postgres/verdicts.ts). Many editors saving one claim at once must
 * behave like one after the other, and hand every connection back.
 */
describe('many verdict saves of one claim version at once', () => {
  it('one wins, every other gets the conflict, nothing is lost and no connection leaks', async () => {
    const editors = await Promise.all(Array.from({ length: SAVES }, (_, i) => editor(`E${i}`)));
    const created = await createClaim(editors[0]!, claimInput());
    if (!created.ok) throw new Error(created.message);
    const { id } = created.value;
    const { version } = (await getClaimForEditing(editors[0]!, id))!;
    const pool = postgresPool(process.env.DATABASE_URL!);

    const results: MutationResult<unknown, unknown>[] = await Promise.all(
      editors.map((actor, i) =>
        changeVerdict(actor, {
          id,
          version,
          verdict: i % 2 ? 'likely' : 'disputed',
          confidence: 'moderate',
          rationale: `Rationale of editor ${i}.`,
        }),
      ),
    );

    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = editors[results.findIndex((r) => r.ok)]!;
    for (const loser of results.filter((r) => !r.ok) as MutationFailure<unknown>[]) {
      expect(loser.message).toMatch(/Someone else changed the same field/);
      expect(loser.conflict).toMatchObject({
        current: { id, version: version + 1 },
        changedFields: expect.arrayContaining(['rationale']),
      });
    }
    // No lost update: the claim holds the winner's save, once, with its revision and event.
    const claim = await testDb.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ version: version + 1, updatedById: winner.id });
    expect(claim.rationale).toBe(`Rationale of editor ${results.findIndex((r) => r.ok)}.`);
    const revisions = await testDb.verdictRevision.findMany({ where: { claimId: id } });
    expect(revisions.filter((r) => r.createdById !== editors[0]!.id || r.rationale !== '')).toEqual(
      [expect.objectContaining({ rationale: claim.rationale, createdById: winner.id })],
    );
    const changes = (await auditEventsFor('claim', id)).filter(
      (e) => e.action === 'verdict.change',
    );
    expect(changes).toHaveLength(1);

    // Every connection is back in the pool, none left inside a transaction.
    expect(pool.totalCount).toBeGreaterThan(1);
    expect(pool.idleCount).toBe(pool.totalCount);
    expect(pool.waitingCount).toBe(0);
    const [activity] = await testDb.$queryRaw<{ stuck: number }[]>`
      SELECT CAST(count(*) AS INTEGER) AS "stuck" FROM pg_stat_activity
      WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    expect(activity?.stuck).toBe(0);
    // And the app's client lets go of it at once.
    await db.$disconnect();
  });
});
