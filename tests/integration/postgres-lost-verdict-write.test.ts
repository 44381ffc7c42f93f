import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { postgresPool } from '@/lib/db/postgres/connect';
import { store } from '@/lib/db/store';
import { claimInput, editor } from '../support/editing';

/**
 * A verdict save that lost the race on PostgreSQL runs its one write statement on no row
 * (lib/db/postgres/verdict-write-sql.ts). Statement triggers fire even then; since migration
 * 20261204201000 they do nothing for it: readers' cached pages stay valid (the content version
 * does not move), and the claim's export text and search row are left as they are. A save that
 * wrote still moves all three.
 */
describe('a verdict write that matched no row on PostgreSQL', () => {
  const pool = () => postgresPool(process.env.DATABASE_URL!);
  const contentVersion = async () =>
    Number(
      (await pool().query<{ v: string }>('SELECT sum("version") AS "v" FROM "ContentVersion"'))
        .rows[0]!.v,
    );
  const claimRows = async (id: number) =>
    (
      await pool().query<{ stamp: number; search: string }>(
        `SELECT x."stamp", s."updatedAt"::text AS "search" FROM "ClaimExportText" x
         JOIN "ClaimSearch" s ON s."id" = x."claimId" WHERE x."claimId" = $1`,
        [id],
      )
    ).rows[0]!;

  it('leaves the content version, export text and search row alone; a saved one moves them', async () => {
    const author = await editor('Author');
    const created = await createClaim(author, claimInput());
    if (!created.ok) throw new Error(created.message);
    const { id } = created.value;
    const before = { version: await contentVersion(), rows: await claimRows(id) };

    // Decided on the claim as read, but guarded by a version it is not at: as when another
    // save committed between this save's read and its write.
    const lost = await store.verdicts.saveGuarded(id, false, (state) => {
      const after = { ...state!, verdict: 'disputed' as const, version: state!.version + 5 };
      return {
        write: {
          after,
          verdictRank: 3,
          actorId: author.id,
          overrideReason: null,
          audit: (revisionId) => ({
            actorId: author.id,
            action: 'verdict.change',
            entityType: 'claim',
            entityId: id,
            before: state,
            after: { ...after, revisionId },
          }),
        },
      };
    });
    expect(lost).toEqual({ stale: true });
    expect(await contentVersion()).toBe(before.version);
    expect(await claimRows(id)).toEqual(before.rows);

    const { version } = (await getClaimForEditing(author, id))!;
    const saved = await changeVerdict(author, {
      id,
      version,
      verdict: 'disputed',
      confidence: 'moderate',
      rationale: 'Two sources disagree.',
    });
    expect(saved.ok).toBe(true);
    expect(await contentVersion()).toBeGreaterThan(before.version);
    const after = await claimRows(id);
    expect(after.stamp).toBeGreaterThan(before.rows.stamp);
    expect(after.search).not.toBe(before.rows.search);
  });
});
