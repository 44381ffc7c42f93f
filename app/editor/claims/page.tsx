import type { Metadata } from 'next';
import Link from 'next/link';
import { control, fieldLabel, primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { FormattedDate } from '@/components/formatted-date';
import { VerdictBadge } from '@/components/verdict-badge';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { CONFIDENCES, VERDICTS } from '@/lib/domain/verdicts';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';

export const metadata: Metadata = { title: 'Editor desk' };

interface EditorClaimsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EditorClaimsPage({ searchParams }: EditorClaimsPageProps) {
  const user = await requireEditorPage('/editor/claims');
  const params = await searchParams;
  const query = parseEditorClaimListQuery(params);
  const result = await findClaimsForEditing(user, query);
  const isAdmin = user.role === 'admin';
  const pageHref = (page: number) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string' && key !== 'page') next.set(key, value);
    }
    next.set('page', String(page));
    return `/editor/claims?${next.toString()}`;
  };

  return (
    <div className="pb-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Editor desk</h1>
        <div className="flex gap-2">
          <Link href="/editor/sources/new" className={secondaryButton}>
            New source
          </Link>
          <Link href="/editor/claims/new" className={primaryButton}>
            New claim
          </Link>
        </div>
      </div>
      <form
        method="get"
        role="search"
        aria-label="Filter claims"
        className="mt-4 grid gap-3 font-sans sm:grid-cols-5"
      >
        <div className="sm:col-span-2">
          <label htmlFor="editor-q" className={fieldLabel}>
            Search
          </label>
          <input id="editor-q" name="q" defaultValue={query.q} className={control} />
        </div>
        <div>
          <label htmlFor="editor-status" className={fieldLabel}>
            Status
          </label>
          <select id="editor-status" name="status" defaultValue={query.status} className={control}>
            <option value="all">All</option>
            <option value="draft">Draft</option>
            <option value="published">Published</option>
          </select>
        </div>
        <div>
          <label htmlFor="editor-verdict" className={fieldLabel}>
            Verdict
          </label>
          <select
            id="editor-verdict"
            name="verdict"
            defaultValue={query.verdicts[0] ?? ''}
            className={control}
          >
            <option value="">Any</option>
            {VERDICTS.map((v) => (
              <option key={v.code} value={v.code}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="editor-confidence" className={fieldLabel}>
            Confidence
          </label>
          <select
            id="editor-confidence"
            name="confidence"
            defaultValue={query.confidence ?? ''}
            className={control}
          >
            <option value="">Any</option>
            {CONFIDENCES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {isAdmin ? (
          <div>
            <label htmlFor="editor-deleted" className={fieldLabel}>
              Deleted claims
            </label>
            <select
              id="editor-deleted"
              name="deleted"
              defaultValue={query.deleted}
              className={control}
            >
              <option value="hide">Hide</option>
              <option value="include">Include</option>
              <option value="only">Only deleted</option>
            </select>
          </div>
        ) : null}
        <div className="flex items-end">
          <button type="submit" className={secondaryButton}>
            Apply
          </button>
        </div>
      </form>
      <p className="mt-4 text-sm text-stone-600 dark:text-zinc-400">
        {result.total} {result.total === 1 ? 'claim' : 'claims'}
      </p>
      <ul aria-label="Claims" className="mt-2 divide-y divide-stone-200 dark:divide-zinc-800">
        {result.items.map((claim) => (
          <li key={claim.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0 flex-1">
              <p className="font-semibold">{claim.title ?? claim.statement}</p>
              <p className="text-sm text-stone-600 dark:text-zinc-400">
                {claim.claimant.name} · updated <FormattedDate date={claim.updatedAt} />
              </p>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold uppercase dark:bg-zinc-800">
                  {claim.deletedAt ? 'Deleted' : claim.status === 'draft' ? 'Draft' : 'Published'}
                </span>
                <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
              </div>
            </div>
            <Link
              href={`/editor/claims/${claim.id}`}
              className={secondaryButton}
              aria-label={`Edit “${claim.title ?? claim.statement}”`}
            >
              Edit
            </Link>
          </li>
        ))}
      </ul>
      {result.pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-2">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className={secondaryButton}>
              Previous
            </Link>
          ) : null}
          {result.page < result.pageCount ? (
            <Link href={pageHref(result.page + 1)} className={secondaryButton}>
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
