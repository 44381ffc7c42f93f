import Link from 'next/link';
import type { AuditEventItem } from '@/lib/audit/find-audit-events';
import { AuditDiff } from './audit-diff';
import { entityHref, formatEventTime } from './audit-values';

const cell = 'px-3 py-3 align-top';

/** A page of audit events, newest first, each with what it changed. */
export function AuditTable({ events }: { events: AuditEventItem[] }) {
  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[52rem] border-collapse text-left font-sans text-sm">
        <caption className="sr-only">Audit events</caption>
        <thead className="border-b border-stone-200 text-stone-700 dark:border-zinc-800 dark:text-zinc-300">
          <tr>
            <th scope="col" className={cell}>
              When
            </th>
            <th scope="col" className={cell}>
              Actor
            </th>
            <th scope="col" className={cell}>
              Action
            </th>
            <th scope="col" className={cell}>
              Entity
            </th>
            <th scope="col" className={cell}>
              Changes
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-zinc-800">
          {events.map((event) => {
            const href = entityHref(event.entityType, event.entityId);
            const entity = `${event.entityType} ${event.entityId}`;
            return (
              <tr key={event.id}>
                <td className={`${cell} whitespace-nowrap`}>
                  <time dateTime={event.at.toISOString()}>{formatEventTime(event.at)}</time>
                </td>
                <td className={cell}>
                  {event.actor
                    ? (event.actor.name ?? 'Removed account')
                    : 'System (no signed-in user)'}
                </td>
                <th scope="row" className={`${cell} font-mono font-semibold`}>
                  {event.action}
                </th>
                <td className={`${cell} break-all`}>
                  {href ? (
                    <Link href={href} className="text-blue-700 underline dark:text-sky-300">
                      {entity}
                    </Link>
                  ) : (
                    entity
                  )}
                </td>
                <td className={`${cell} min-w-[18rem]`}>
                  <AuditDiff before={event.before} after={event.after} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
