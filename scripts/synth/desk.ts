/**
 * The desk's side of the synthetic data set (issue 13): 50 editors, made deterministically, and
 * every synthesized claim put on the desk — a stage consistent with its status (published →
 * Published; drafts spread over New … Archived), the time it entered it, an assignee and, from
 * In review on, a reviewer (never the assignee) — with what the workflow writes alongside: the
 * assignee and reviewer follow the claim, notifications (assigned, review requested, mentions,
 * followed changes; most read), and a few saved views per editor. Set-based UPDATE … / INSERT …
 * SELECT statements picking by a hash of the claim id, so the same ids always get the same desk,
 * on a new load and on a data set made before the desk existed (bench/desk.ts).
 */
import type Database from 'better-sqlite3';

export const DESK_EDITORS = 50;
const FIRST_NAMES = [
  'Ana',
  'Bo',
  'Chidi',
  'Dana',
  'Eun-ji',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jon',
];
const LAST_NAMES = ['Kovac', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor'];

/** The synthetic editors' user ids: synth-editor-01 … synth-editor-50. */
export function deskEditorId(index: number): string {
  return `synth-editor-${String(index + 1).padStart(2, '0')}`;
}

export function deskEditorName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]}`;
}

/** Whether the data set already has the desk's editors (so its claims are on the desk). */
export function hasDesk(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM "user" WHERE "id" = ?`).get(deskEditorId(0)) !== undefined;
}

// A claim id's deterministic draws in [0, 100) and [0, editors): multiplicative hashes with
// different odd multipliers (products stay far below 2^63 for any realistic id).
const draw = (multiplier: number, modulo: number) =>
  `((("id" * ${multiplier}) % 4294967291) % ${modulo})`;
const editorSql = (indexSql: string) => `'synth-editor-' || printf('%02d', (${indexSql}) + 1)`;

/**
 * Puts the claims with ids ≥ `fromClaimId` on the desk, in one transaction. Returns the rows
 * written per table. Once per claim range: claims, follows and views come out the same on a
 * second run, but notifications would be added again.
 */
export function spreadClaimsOverDesk(
  db: Database.Database,
  fromClaimId: number,
  now: Date,
): { claims: number; follows: number; notifications: number; savedViews: number } {
  const stamp = now.toISOString().replace('Z', '+00:00');
  return db
    .transaction(() => {
      const insertUser = db.prepare(
        `INSERT INTO "user" ("id", "name", "email", "emailVerified", "role", "banned", "createdAt", "updatedAt")
         VALUES (?, ?, ?, 1, 'editor', 0, ?, ?) ON CONFLICT("id") DO NOTHING`,
      );
      for (let i = 0; i < DESK_EDITORS; i++) {
        const id = deskEditorId(i);
        insertUser.run(id, deskEditorName(i), `${id}@synth.claimtrack.example`, stamp, stamp);
      }

      const stage = db
        .prepare(
          `UPDATE "Claim" SET
             "stage" = CASE
               WHEN "status" = 'published' THEN 'published'
               WHEN ${draw(2654435761, 100)} < 25 THEN 'new'
               WHEN ${draw(2654435761, 100)} < 55 THEN 'researching'
               WHEN ${draw(2654435761, 100)} < 70 THEN 'in_review'
               WHEN ${draw(2654435761, 100)} < 85 THEN 'ready'
               ELSE 'archived' END,
             "stageChangedAt" = "updatedAt"
           WHERE "id" >= ?`,
        )
        .run(fromClaimId).changes;
      // One new claim in five waits for someone to take it; every other claim has an assignee,
      // and from In review on a reviewer other than the assignee (as the rules require).
      db.prepare(
        `UPDATE "Claim" SET
           "archiveReason" = CASE WHEN "stage" = 'archived'
             THEN 'Not checkable: no public record to check it against.' END,
           "assigneeId" = CASE WHEN "stage" = 'new' AND ${draw(40503, 5)} = 0 THEN NULL
             ELSE ${editorSql(draw(69069, DESK_EDITORS))} END,
           "reviewerId" = CASE WHEN "stage" IN ('in_review', 'ready', 'published')
               OR ("stage" = 'researching' AND ${draw(40503, 10)} < 3)
             THEN ${editorSql(`(${draw(69069, DESK_EDITORS)} + 1 + ${draw(1103515245, DESK_EDITORS - 1)}) % ${DESK_EDITORS}`)}
             END
         WHERE "id" >= ?`,
      ).run(fromClaimId);

      let follows = 0;
      for (const role of ['assigneeId', 'reviewerId']) {
        follows += db
          .prepare(
            `INSERT INTO "ClaimFollow" ("claimId", "userId", "createdAt")
             SELECT "id", "${role}", "stageChangedAt" FROM "Claim"
             WHERE "id" >= ? AND "${role}" IS NOT NULL
             ON CONFLICT DO NOTHING`,
          )
          .run(fromClaimId).changes;
      }

      // Most notifications have been read; the unread ones are the recent few per claim kind.
      const notify = (kind: string, userSql: string, where: string, detail: string) =>
        db
          .prepare(
            `INSERT INTO "Notification" ("userId", "kind", "claimId", "actorId", "detail", "createdAt", "readAt")
             SELECT ${userSql}, '${kind}', "id", ${editorSql(draw(7919, DESK_EDITORS))}, ?,
               "stageChangedAt",
               CASE WHEN ${draw(104729, 100)} < 85 THEN "stageChangedAt" END
             FROM "Claim" WHERE "id" >= ? AND ${where}`,
          )
          .run(detail, fromClaimId).changes;
      let notifications = 0;
      notifications += notify('assigned', '"assigneeId"', '"assigneeId" IS NOT NULL', 'assignee');
      notifications += notify(
        'review_requested',
        '"reviewerId"',
        `"stage" = 'in_review' AND "reviewerId" IS NOT NULL`,
        '',
      );
      notifications += notify(
        'mentioned',
        editorSql(draw(31337, DESK_EDITORS)),
        `${draw(7, 100)} < 8`,
        'Can you check the second source before we move this on?',
      );
      notifications += notify(
        'followed_change',
        '"reviewerId"',
        `"reviewerId" IS NOT NULL AND ${draw(13, 100)} < 30`,
        'claim.update',
      );

      const insertView = db.prepare(
        `INSERT INTO "SavedView" ("userId", "name", "query", "createdAt") VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      );
      let savedViews = 0;
      for (let i = 0; i < DESK_EDITORS; i++) {
        const id = deskEditorId(i);
        for (const [name, query] of [
          ['Ready to publish', 'stage=ready'],
          ['False claims in review', 'stage=in_review&verdict=false'],
          ['Mine, researching', `stage=researching&assignee=${id}`],
        ]) {
          savedViews += insertView.run(id, name, query, stamp).changes;
        }
      }
      return { claims: stage, follows, notifications, savedViews };
    })
    .immediate();
}
