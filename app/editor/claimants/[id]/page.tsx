import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  AddAliasForm,
  MergeClaimantForm,
  RemoveAliasForm,
} from '@/components/claimants/claimant-forms';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { getClaimantForEditing } from '@/lib/claimants/get-claimant-for-editing';
import { findClaimantOptions } from '@/lib/editor/find-editor-options';
import { parseRouteId } from '@/lib/validation/route-id';

export const metadata: Metadata = { title: 'Claimant' };

const SAVED: Record<string, string> = {
  'alias-added': 'Alias added.',
  'alias-removed': 'Alias removed.',
  merged: 'Claimants merged.',
};

interface ClaimantPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** A claimant for editors: what it is, the names it also goes by, and (admins) merging. */
export default async function ClaimantPage({ params, searchParams }: ClaimantPageProps) {
  const { id: rawId } = await params;
  const user = await requireEditorPage(`/editor/claimants/${rawId}`);
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const [claimant, search] = await Promise.all([getClaimantForEditing(user, id), searchParams]);
  if (!claimant) notFound();
  const saved = typeof search.saved === 'string' ? SAVED[search.saved] : undefined;
  const isAdmin = user.role === 'admin';
  const others = isAdmin ? (await findClaimantOptions(user)).filter((c) => c.id !== id) : [];

  return (
    <div className="max-w-3xl space-y-8 pb-8">
      <div>
        <p className="font-sans text-sm">
          <Link href="/editor/claimants" className="underline">
            Claimants
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold tracking-tight">{claimant.name}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-sans text-sm">
          <dt className="font-semibold">Kind</dt>
          <dd>{claimant.kind}</dd>
          <dt className="font-semibold">Description</dt>
          <dd>{claimant.description || '—'}</dd>
          <dt className="font-semibold">Claims</dt>
          <dd>
            <Link href={`/editor/claims?claimant=${claimant.id}`} className="underline">
              {claimant.claimCount.toLocaleString('en-GB')}
            </Link>
          </dd>
        </dl>
        <p
          role="status"
          className="mt-2 font-semibold text-green-800 empty:hidden dark:text-green-300"
        >
          {saved}
        </p>
      </div>

      <section aria-labelledby="aliases-heading">
        <h2 id="aliases-heading" className="mb-3 font-serif text-2xl font-bold">
          Aliases ({claimant.aliases.length})
        </h2>
        {claimant.aliases.length === 0 ? (
          <p className="mb-3 font-sans text-sm">No other names yet.</p>
        ) : (
          <ul aria-label="Aliases" className="mb-4 space-y-2 font-sans">
            {claimant.aliases.map((alias) => (
              <li key={alias.id} className="flex flex-wrap items-center gap-3">
                <span>{alias.name}</span>
                <RemoveAliasForm claimantId={claimant.id} alias={alias} />
              </li>
            ))}
          </ul>
        )}
        <AddAliasForm claimantId={claimant.id} />
      </section>

      {isAdmin ? (
        <section aria-labelledby="merge-heading">
          <h2 id="merge-heading" className="mb-3 font-serif text-2xl font-bold">
            Merge
          </h2>
          <MergeClaimantForm keepId={claimant.id} keepName={claimant.name} others={others} />
        </section>
      ) : null}
    </div>
  );
}
