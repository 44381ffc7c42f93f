import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { z } from 'zod';

/**
 * The desk's settings an admin changes: `bylines` — readers see "Checked by … · reviewed by …"
 * (off by default); `review` — a verdict other than Unverified becomes public only after a second
 * editor approves it (on by default). Stored as DeskSetting rows, read per request (no process
 * keeps a copy, so every server sees a change at once).
 */
export interface DeskSettings {
  bylines: boolean;
  review: boolean;
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = { bylines: false, review: true };

export async function readDeskSettings(): Promise<DeskSettings> {
  const rows = await db.deskSetting.findMany({ select: { key: true, value: true } });
  const settings = { ...DEFAULT_DESK_SETTINGS };
  for (const row of rows) {
    if (row.key === 'bylines' || row.key === 'review') settings[row.key] = row.value === 'true';
  }
  return settings;
}

const onOff = z.preprocess(
  (v) => (v === 'on' || v === 'true' ? true : v === 'off' || v === 'false' || v === '' ? false : v),
  z.boolean({ error: 'Choose on or off.' }),
);

export const deskSettingsSchema = z.strictObject({ bylines: onOff, review: onOff });

/** Saves both settings (admins), audited as `desk.settings` with the old and new values. */
export async function saveDeskSettings(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<DeskSettings>> {
  assertRole(actor, 'admin');
  const parsed = deskSettingsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const next = parsed.data;
  const before = await readDeskSettings();
  return runMutation(async (tx) => {
    for (const key of ['bylines', 'review'] as const) {
      await tx.deskSetting.upsert({
        where: { key },
        create: { key, value: String(next[key]), updatedById: actor.id },
        update: { value: String(next[key]), updatedById: actor.id },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'desk.settings',
      entityType: 'desk',
      entityId: 'settings',
      before,
      after: next,
    });
    return ok(next);
  });
}
