import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { AuditTable } from '@/components/admin/audit-table';
import { Pagination } from '@/components/pagination';
import { findAuditEvents } from '@/lib/audit/find-audit-events';
import { requireAdminPage } from '@/lib/auth/page-guard';
import { findUsers } from '@/lib/auth/users/find-users';
import { parseAuditQuery, type AuditQuery } from '@/lib/validation/audit-query';

export const metadata: Metadata = { title: 'Audit log' };

interface AuditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The URL of a page of the log with the same filters (only the ones that parsed). */
function auditHref(query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.userId) params.set('user', query.userId);
  if (query.entityType) params.set('entityType', query.entityType);
  if (query.entityId) params.set('entityId', query.entityId);
  if (query.from) params.set('from', query.from.toISOString());
  if (query.to) params.set('to', query.to.toISOString());
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}

export default async function AuditPage({ searchParams }: AuditPageProps) {
  const admin = await requireAdminPage('/admin/audit');
  const actor = { id: admin.id, role: admin.role };
  const query = parseAuditQuery(await searchParams);
  const [events, users] = await Promise.all([findAuditEvents(actor, query), findUsers(actor)]);
  const filtered = Boolean(
    query.userId || query.entityType || query.entityId || query.from || query.to,
  );

  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
        Audit log
      </h1>
      <p className="mt-2 max-w-prose font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
        Every change to claims, sources, citations, verdicts and accounts, newest first, with the
        fields it changed. The log is append-only. Accounts are managed on the{' '}
        <Link href="/admin/users" className="text-blue-700 underline dark:text-sky-300">
          users page
        </Link>
        .
      </p>

      <AuditFilterForm query={query} users={users.map(({ id, name }) => ({ id, name }))} />

      <p role="status" className="mt-6 font-sans text-sm text-stone-700 dark:text-zinc-300">
        {events.total === 0
          ? filtered
            ? 'No events match these filters.'
            : 'No events yet.'
          : `${events.total.toLocaleString('en-US')} ${events.total === 1 ? 'event' : 'events'}${filtered ? (events.total === 1 ? ' matches' : ' match') : ''}.`}
      </p>
      {events.items.length > 0 ? <AuditTable events={events.items} /> : null}
      <Pagination
        page={events.page}
        pageCount={events.pageCount}
        hrefFor={(page) => auditHref(query, page)}
        label="Audit log pages"
      />
    </>
  );
}
