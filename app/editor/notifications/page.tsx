import type { Metadata } from 'next';
import { PageLinks } from '@/components/editor/page-links';
import { MarkAllReadForm } from '@/components/notifications/mark-read-forms';
import { NotificationList } from '@/components/notifications/notification-list';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findNotifications } from '@/lib/notifications/find-notifications';
import { parseNotificationsQuery } from '@/lib/validation/notification-input';

export const metadata: Metadata = { title: 'Notifications' };

const SAVED: Record<string, string> = {
  read: 'Marked read.',
  all: 'All notifications marked read.',
};

interface NotificationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The signed-in editor's notifications, newest first, paged by `?page=`. */
export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  const user = await requireEditorPage('/editor/notifications');
  const search = await searchParams;
  const query = parseNotificationsQuery(search);
  const list = await findNotifications(user, query.page);
  const saved = typeof search.saved === 'string' ? SAVED[search.saved] : undefined;
  return (
    <div className="pb-8">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Notifications</h1>
      <p className="mt-2 max-w-prose font-serif text-lg text-stone-800 dark:text-zinc-200">
        Claims assigned to you, reviews asked of you, mentions, and changes to claims you follow.
      </p>
      <p
        role="status"
        className="mt-2 font-semibold text-green-800 empty:hidden dark:text-green-300"
      >
        {saved}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4 font-sans text-sm">
        <p>
          {list.total === 0
            ? 'No notifications yet.'
            : `${list.unread.toLocaleString('en-US')} unread of ${list.total.toLocaleString('en-US')}.`}
        </p>
        {list.unread > 0 ? <MarkAllReadForm page={list.page} /> : null}
      </div>
      {list.items.length > 0 ? <NotificationList items={list.items} page={list.page} /> : null}
      <PageLinks
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => (p === 1 ? '/editor/notifications' : `/editor/notifications?page=${p}`)}
        label="Notification pages"
      />
    </div>
  );
}
