import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { parseRouteId } from '@/lib/validation/route-id';
import { ClaimArticle } from '@/components/claim-article';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { verdictInfo } from '@/lib/domain/verdicts';
import { claimFeedPath, FEED_PATH, FEED_TITLE } from '@/lib/feed/atom-feed';
import { findReaderCitationFacts } from '@/lib/watch/read/reader-source-facts';

export const dynamic = 'force-dynamic';

interface ClaimPageProps {
  params: Promise<{ id: string }>;
}

/** One query per request, shared by the page and its metadata. */
const loadClaim = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  return id === null ? null : getPublishedClaim(id);
});

export async function generateMetadata({ params }: ClaimPageProps): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  if (!claim) return { title: 'Claim not found' };
  return {
    title: claim.title ?? claim.statement,
    description: `${verdictInfo(claim.verdict).label}: ${claim.statement}`,
    // The site's feed stays listed (metadata replaces the layout's alternates, not merges).
    alternates: {
      types: {
        'application/atom+xml': [
          { url: claimFeedPath(claim.id), title: 'This claim’s verdict changes' },
          { url: FEED_PATH, title: FEED_TITLE },
        ],
      },
    },
  };
}

export default async function ClaimPage({ params }: ClaimPageProps) {
  const [claim, user] = await Promise.all([loadClaim((await params).id), getCurrentUser()]);
  if (!claim) notFound();
  // Source watch's dated facts: the page's one extra query (issue 14 measures these pages).
  const watchFacts = await findReaderCitationFacts(claim.evidence.map((e) => e.id));
  return <ClaimArticle claim={claim} editable={user !== null} watchFacts={watchFacts} />;
}
