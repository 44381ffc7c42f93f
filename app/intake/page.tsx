import type { Metadata } from 'next';
import { IntakeWorkspace } from '@/components/intake/intake-workspace';
import { RecentIntakeRecords } from '@/components/intake/recent-intake-records';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findRecentIntakeRecords } from '@/lib/intake/intake-records';
import { ARTICLE_MAX } from '@/lib/intake/limits';

export const metadata: Metadata = {
  title: 'Article intake',
  robots: { index: false, follow: false },
};

export default async function IntakePage() {
  const user = await requireEditorPage('/intake');
  const recent = await findRecentIntakeRecords(user);
  return (
    <div className="max-w-4xl pb-8">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Article intake</h1>
      <div className="mt-3 space-y-2 text-stone-700 dark:text-zinc-300">
        <p>
          Paste a news article (up to {ARTICLE_MAX.toLocaleString('en-GB')} characters). Claimtrack
          splits it into sentences and suggests the ones worth checking, best first: numbers and
          ranges, dates, statements attributed to someone, hedged claims and concrete events count
          for a sentence; opinion, questions, background definitions and boilerplate count against
          it. Each suggestion shows why.
        </p>
        <p>
          Nothing is saved until you create drafts. Each kept suggestion becomes a draft claim
          citing the article (saved as a news-report source), or, when it repeats an existing claim,
          a new citation on that claim. Every intake you create drafts from is kept, with all its
          suggestions: the ones not kept can be created later from its record.
        </p>
      </div>
      <IntakeWorkspace />
      <RecentIntakeRecords records={recent} />
    </div>
  );
}
