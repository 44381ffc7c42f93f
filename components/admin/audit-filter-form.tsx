import Link from 'next/link';
import { control, fieldLabel, primaryButton } from '@/components/auth/form-styles';
import { FilterSelect } from '@/components/filter-select';
import type { AuditQuery } from '@/lib/validation/audit-query';
import { dateInputValue } from './audit-values';

/** Entity types the app writes; a type in the URL that is not listed is kept as an option. */
const ENTITY_TYPES = ['claim', 'source', 'citation', 'user'] as const;

/**
 * The audit log's filters as a plain GET form: it works without JavaScript and every state is a
 * URL. Page is left out on purpose, so a new filter starts again at page 1.
 */
export function AuditFilterForm({
  query,
  users,
}: {
  query: AuditQuery;
  users: { id: string; name: string }[];
}) {
  const types: string[] = [...ENTITY_TYPES];
  if (query.entityType && !types.includes(query.entityType)) types.push(query.entityType);
  return (
    <form
      action="/admin/audit"
      method="get"
      role="search"
      aria-labelledby="audit-filter-heading"
      className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:grid-cols-2 sm:p-5 lg:grid-cols-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="audit-filter-heading" className="font-serif text-lg font-semibold sm:col-span-full">
        Filter events
      </h2>
      <FilterSelect
        id="audit-user"
        name="user"
        label="User"
        defaultValue={query.userId ?? ''}
        any="Anyone"
        options={users.map((user) => ({ value: user.id, label: user.name }))}
      />
      <FilterSelect
        id="audit-entity-type"
        name="entityType"
        label="Entity type"
        defaultValue={query.entityType ?? ''}
        any="Any"
        options={types.map((type) => ({ value: type, label: type }))}
      />
      <div>
        <label htmlFor="audit-entity-id" className={fieldLabel}>
          Entity ID
        </label>
        <input
          id="audit-entity-id"
          name="entityId"
          defaultValue={query.entityId ?? ''}
          maxLength={100}
          autoComplete="off"
          className={control}
        />
      </div>
      <div>
        <label htmlFor="audit-from" className={fieldLabel}>
          From (UTC)
        </label>
        <input
          id="audit-from"
          type="date"
          name="from"
          defaultValue={dateInputValue(query.from)}
          className={control}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className={fieldLabel}>
          To (UTC)
        </label>
        <input
          id="audit-to"
          type="date"
          name="to"
          defaultValue={dateInputValue(query.to)}
          className={control}
        />
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <button type="submit" className={primaryButton}>
          Filter
        </button>
        <Link
          href="/admin/audit"
          className="min-h-11 py-2.5 text-blue-700 underline dark:text-sky-300"
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}
