import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { countUnreadNotifications } from '@/lib/notifications/unread-count';

/**
 * The header's link to the signed-in editor's notifications with the unread count: one indexed
 * count (lib/notifications/unread-count.ts), only for signed-in editors (readers have no session
 * and never reach this).
 */
export async function NotificationsLink({ actor, className }: { actor: Actor; className: string }) {
  const unread = await countUnreadNotifications(actor);
  const shown = unread > 99 ? '99+' : String(unread);
  return (
    <Link
      href="/editor/notifications"
      className={className}
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread'}
    >
      Notifications
      {unread > 0 ? (
        <span className="ml-1.5 rounded-full bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white dark:bg-sky-300 dark:text-zinc-950">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
