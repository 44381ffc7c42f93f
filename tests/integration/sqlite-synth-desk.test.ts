import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteFilePath } from '@/lib/database-url';
import { findAssignedToMe, findWaitingForMyReview } from '@/lib/desk/my-desk';
import { DESK_EDITORS, deskEditorId, spreadClaimsOverDesk } from '../../scripts/synth/desk';
import { synthesize } from '../../scripts/synth/load';

/**
 * The synthetic data set puts every claim on the desk (bench/desk.ts measures My desk and the
 * board on it): a stage consistent with its status, a time in stage, people among 50 editors.
 */
describe('synthetic data load: the desk', () => {
  it('stages, assigns and reviews every claim consistently, the same way every time', async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    await synthesize({
      databaseUrl,
      claims: 400,
      citationsPerClaim: 1,
      seed: 3,
      append: false,
      until: new Date('2026-11-01T00:00:00Z'),
      log: () => {},
    });
    const db = new Database(sqliteFilePath(databaseUrl));
    try {
      const one = <T>(sql: string) => db.prepare(sql).get() as T;
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM "Claim"
           WHERE ("status" = 'published') != ("stage" = 'published') OR "stageChangedAt" IS NULL`,
        ).n,
      ).toBe(0);
      const stages = db
        .prepare(`SELECT DISTINCT "stage" FROM "Claim" ORDER BY 1`)
        .pluck()
        .all() as string[];
      expect(stages).toEqual(['archived', 'in_review', 'new', 'published', 'ready', 'researching']);
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM "Claim" WHERE "assigneeId" = "reviewerId"
             OR ("stage" IN ('in_review', 'ready', 'published') AND "reviewerId" IS NULL)
             OR ("stage" = 'archived' AND "archiveReason" IS NULL)`,
        ).n,
      ).toBe(0);
      expect(
        one<{ n: number }>(
          `SELECT count(DISTINCT "userId") AS n FROM "ClaimFollow" WHERE "userId" IN
             (SELECT "id" FROM "user" WHERE "id" LIKE 'synth-editor-%')`,
        ).n,
      ).toBe(DESK_EDITORS);

      // Deterministic: putting the same claims on the desk again changes nothing.
      const snapshot = () =>
        db.prepare(`SELECT "id", "stage", "assigneeId", "reviewerId" FROM "Claim"`).all();
      const before = snapshot();
      spreadClaimsOverDesk(db, 0, new Date('2026-11-01T00:00:00Z'));
      expect(snapshot()).toEqual(before);
    } finally {
      db.close();
    }

    // The desk's lists see them through the app's data layer.
    const editor = { id: deskEditorId(0), role: 'editor' as const };
    const assigned = await findAssignedToMe(editor, { page: 1, stage: 'published' });
    expect(assigned.total).toBeGreaterThan(0);
    const review = await findWaitingForMyReview(editor, { page: 1 });
    expect(review.items.every((c) => c.stage === 'in_review')).toBe(true);
  });
});
