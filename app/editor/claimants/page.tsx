import type { Metadata } from 'next';
import Link from 'next/link';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findClaimantsForEditing } from '@/lib/claimants/get-claimant-for-editing';

export const metadata: Metadata = { title: 'Claimants' };

/** Every claimant with the other names it goes by, each linked to its page. Editors only. */
export default async function ClaimantsPage() {
  const user = await requireEditorPage('/editor/claimants');
  const claimants = await findClaimantsForEditing(user);
  return (
    <div className="max-w-3xl pb-8">
      <h1 className="mb-4 font-serif text-3xl font-bold tracking-tight">Claimants</h1>
      <ul className="space-y-2 font-sans">
        {claimants.map((c) => (
          <li key={c.id}>
            <Link href={`/editor/claimants/${c.id}`} className="font-semibold underline">
              {c.name}
            </Link>
            {c.aliases.length > 0 ? (
              <span className="text-sm text-stone-600 dark:text-zinc-400">
                {' '}
                — also {c.aliases.join(', ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
