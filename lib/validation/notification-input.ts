import { z } from 'zod';
import { recordId } from './form-values';

/** Marking one of your notifications read. */
export const markNotificationReadSchema = z.strictObject({ id: recordId('Notification') });

/** The notifications list's URL state: a page number; anything else falls back to page 1. */
export const notificationsQuerySchema = z.object({
  page: z.preprocess(
    (v) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : 1),
    z.number().int().positive().catch(1),
  ),
});

export function parseNotificationsQuery(search: Record<string, string | string[] | undefined>) {
  const parsed = notificationsQuerySchema.safeParse(search);
  return parsed.success ? parsed.data : { page: 1 };
}
