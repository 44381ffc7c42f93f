import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = {
  title: { template: '%s · Admin · Claimtrack', default: 'Admin · Claimtrack' },
  robots: { index: false, follow: false },
};

/**
 * The admin area's frame, shown to admins only. It decides nothing about access: every admin page
 * checks for itself (lib/auth/page-guard.ts) and every action inside the action, because a
 * layout renders alongside its page and does not protect it.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user?.role !== 'admin') return children;
  return (
    <>
      <p className="font-sans text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-zinc-400">
        Admin
      </p>
      {children}
    </>
  );
}
