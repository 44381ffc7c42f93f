import Link from 'next/link';
import { formatEventTime } from '@/components/admin/audit-values';
import type { NotificationItem } from '@/lib/notifications/find-notifications';
import { notificationDetail } from '@/lib/notifications/notification-detail';
import { NOTIFICATION_KIND_LABELS } from '@/lib/notifications/notification-kinds';
import { MarkReadForm } from './mark-read-forms';

/** A review decision's notification carries the reviewer's comment (lib/review). */
const REVIEW_KINDS: ReadonlySet<string> = new Set(['sent_back', 'approved']);

/**
 * One page of the signed-in editor's notifications: what happened (the kind's label), on which
 * claim (a link to its editing page), who did it, when, and the detail; unread ones marked, each
 * with its own "Mark read". Opening the claim does not mark it read: a link is a GET, and
 * following it (or the browser prefetching it) must not change anything.
 */
export function NotificationList({ items, page }: { items: NotificationItem[]; page: number }) {
  return (
    <ol aria-label="Notifications, newest first" className="mt-4 space-y-3 font-sans">
      {items.map((n) => {
        const label = NOTIFICATION_KIND_LABELS[n.kind];
        const detail = notificationDetail(n.kind, n.detail);
        const unread = n.readAt === null;
        return (
          <li
            key={n.id}
            className={`rounded-lg border p-3 ${unread ? 'border-blue-700 bg-blue-50 dark:border-sky-300 dark:bg-sky-950' : 'border-stone-200 dark:border-zinc-800'}`}
          >
            <p className="text-sm">
              {unread ? (
                <span className="mr-2 rounded bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white uppercase dark:bg-sky-300 dark:text-zinc-950">
                  Unread
                </span>
              ) : null}
              <span className="font-semibold">{label}</span>
              {n.actor ? <> · by {n.actor.name}</> : null} ·{' '}
              <time dateTime={n.createdAt.toISOString()}>{formatEventTime(n.createdAt)}</time>
            </p>
            <p className="mt-1">
              {n.claim ? (
                <Link
                  href={`/editor/claims/${n.claim.id}`}
                  className="font-serif text-lg text-blue-700 underline dark:text-sky-300"
                >
                  {n.claim.title}
                </Link>
              ) : (
                <span className="font-serif text-lg">A claim no longer on the desk</span>
              )}
              {n.claim?.deleted ? ' (deleted)' : ''}
            </p>
            {detail ? (
              <p className="mt-1 text-sm whitespace-pre-line">
                {REVIEW_KINDS.has(n.kind) ? <strong>Comment: </strong> : null}
                {detail}
              </p>
            ) : null}
            {unread ? (
              <MarkReadForm
                id={n.id}
                page={page}
                label={`${label}${n.claim ? `, ${n.claim.title}` : ''}`}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
