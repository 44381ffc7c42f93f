import { actionWords } from '@/lib/audit/activity-description';
import type { NotificationKind } from './notification-kinds';

/**
 * The line a notification carries under its label, from its `detail`: for "a claim you follow
 * changed", the audit action in words; for an assignment, the role; for a send-back or a
 * mention, the text itself. Empty when there is nothing more to say.
 */
export function notificationDetail(kind: NotificationKind, detail: string): string {
  const text = detail.trim();
  if (!text) return '';
  switch (kind) {
    case 'followed_change':
      return actionWords(text);
    case 'assigned':
      return text === 'assignee' || text === 'reviewer' ? `as ${text}` : text;
    default:
      return text;
  }
}
