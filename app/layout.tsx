import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DemoBanner } from '@/components/demo-banner';
import { FormSizeGuard } from '@/components/form-size-guard';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLinks } from '@/components/skip-links';
import { FEED_PATH, FEED_TITLE } from '@/lib/feed/atom-feed';
import './globals.css';

// Every page reads the database (the demo banner at least), and the build runs before the
// database exists on a fresh machine: render at request time, never at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { template: '%s · Claimtrack', default: 'Claimtrack — claims, sources and verdicts' },
  description:
    'A fact-check tracker: published claims with their sources, verdicts, confidence and the dated history of every verdict change.',
  // Feed readers look for this link in the head of any page.
  alternates: { types: { 'application/atom+xml': [{ url: FEED_PATH, title: FEED_TITLE }] } },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#18181b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SkipLinks />
        <DemoBanner />
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 outline-none sm:px-6"
        >
          {children}
        </main>
        <SiteFooter />
        <FormSizeGuard />
      </body>
    </html>
  );
}
