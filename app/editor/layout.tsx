import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DraftScope } from '@/components/editor/draft-scope';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = {
  title: { template: '%s · Editor desk · Claimtrack', default: 'Editor desk · Claimtrack' },
  robots: { index: false, follow: false },
};

/**
 * The editors' area. Access is decided by each page and each action, not here; the layout only
 * scopes the forms' drafts to the signed-in user (components/editor/draft-scope.tsx).
 */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return <DraftScope scope={user?.id ?? ''}>{children}</DraftScope>;
}
