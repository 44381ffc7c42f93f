import { AuditValue } from '@/components/admin/audit-value';
import { formatEventTime } from '@/components/admin/audit-values';
import { PageLinks } from '@/components/editor/page-links';
import { findClaimActivity } from '@/lib/audit/claim-activity';
import type { Actor } from '@/lib/auth/actor';

/** The `activity` URL parameter as a page number; anything else is page 1. */
function pageParam(value: string | string[] | undefined): number {
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
}

/**
 * The claim's activity on its editing page: who did what, newest first, from the audit log
 * (lib/audit/claim-activity.ts), each edit with its field diff; paged by `?activity=`.
 */
export async function ClaimActivity({
  actor,
  claimId,
  page,
}: {
  actor: Actor;
  claimId: number;
  page?: string | string[];
}) {
  const activity = await findClaimActivity(actor, claimId, pageParam(page));
  return (
    <section id="activity" aria-labelledby="activity-heading" className="scroll-mt-4">
      <h2 id="activity-heading" className="mb-3 font-serif text-2xl font-bold">
        Activity
      </h2>
      {activity.items.length === 0 ? (
        <p className="font-sans text-sm">Nothing recorded yet.</p>
      ) : (
        <ol aria-label="Activity, newest first" className="space-y-3 font-sans text-sm">
          {activity.items.map((entry) => (
            <li key={entry.id} className="border-l-4 border-stone-300 pl-3 dark:border-zinc-700">
              <p>
                <span className="font-semibold">{entry.actor?.name ?? 'The system'}</span>{' '}
                {entry.summary}
                <span className="text-stone-600 dark:text-zinc-400">
                  {' '}
                  · <time dateTime={entry.at.toISOString()}>{formatEventTime(entry.at)}</time>
                </span>
              </p>
              {entry.changes.length > 0 ? (
                <dl className="mt-1 space-y-1">
                  {entry.changes.map((change) => (
                    <div key={change.field}>
                      <dt className="inline font-semibold">{change.label}: </dt>
                      <dd className="inline">
                        <span className="sr-only">was </span>
                        <del className="text-red-800 dark:text-red-300">
                          <AuditValue
                            text={change.before}
                            label={`previous ${change.label.toLowerCase()}`}
                          />
                        </del>
                        <span aria-hidden="true"> → </span>
                        <span className="sr-only">, now </span>
                        <ins className="text-green-800 no-underline dark:text-green-300">
                          <AuditValue
                            text={change.after}
                            label={`new ${change.label.toLowerCase()}`}
                          />
                        </ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <PageLinks
        page={activity.page}
        pageCount={activity.pageCount}
        hrefFor={(p) => `/editor/claims/${claimId}?activity=${p}#activity`}
        label="Activity pages"
      />
    </section>
  );
}
