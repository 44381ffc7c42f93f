import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { template: '%s · Editor desk · Claimtrack', default: 'Editor desk · Claimtrack' },
  robots: { index: false, follow: false },
};

/** The editors' area. Access is decided by each page and each action, not here. */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return children;
}
