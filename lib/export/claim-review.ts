import type { ClaimDetail } from '@/lib/claims/types';
import { verdictInfo, type Verdict } from '@/lib/domain/verdicts';
import { claimUrl, desk } from '@/lib/site';
import type { ExportRow } from './export-rows';

/**
 * schema.org ClaimReview for a claim (DOMAIN.md: the verdict scale's mapping), for the
 * ClaimReview export and the JSON-LD of each claim page. One builder, so search engines read
 * the same review wherever they meet it.
 */

/** What a ClaimReview is made from; the export and the claim page each map their own shape. */
export interface ClaimReviewSubject {
  id: number;
  statement: string;
  claimant: { name: string; kind: string };
  verdict: Verdict;
  firstAppeared: { date: string | null; url: string | null };
  /** URLs of the cited sources, in citation order (sources without one are left out). */
  sourceUrls: readonly string[];
  /** When the desk published the claim; null for a draft (no datePublished then). */
  publishedAt: Date | null;
}

interface CreativeWork {
  '@type': 'CreativeWork';
  url: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished?: string;
  author: { '@type': 'Organization'; name: string; url: string };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance?: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
}

const creativeWork = (url: string): CreativeWork => ({ '@type': 'CreativeWork', url });

/** The review of a claim, or null when its verdict is never published as one (Unverified). */
export function buildClaimReview(subject: ClaimReviewSubject): ClaimReview | null {
  const verdict = verdictInfo(subject.verdict);
  if (verdict.rating === null) return null;
  const first = subject.firstAppeared;
  const appearances = [...new Set([...(first.url ? [first.url] : []), ...subject.sourceUrls])];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl(subject.id),
    claimReviewed: subject.statement,
    ...(subject.publishedAt
      ? { datePublished: subject.publishedAt.toISOString().slice(0, 10) }
      : {}),
    author: { '@type': 'Organization', name: desk.name, url: desk.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': subject.claimant.kind === 'person' ? 'Person' : 'Organization',
        name: subject.claimant.name,
      },
      ...(first.date ? { datePublished: first.date } : {}),
      ...(appearances.length > 0 ? { appearance: appearances.map(creativeWork) } : {}),
      ...(first.url ? { firstAppearance: creativeWork(first.url) } : {}),
    },
  };
}

/** The subject of an exported claim. */
export function reviewSubjectOfRow({ record, publishedAt }: ExportRow): ClaimReviewSubject {
  return {
    id: record.id,
    statement: record.statement,
    claimant: record.claimant,
    verdict: record.verdict,
    firstAppeared: record.firstAppeared,
    sourceUrls: record.citations.flatMap((c) => (c.source.url ? [c.source.url] : [])),
    publishedAt,
  };
}

/** The subject of a claim page (the same review as in the export). */
export function reviewSubjectOfDetail(claim: ClaimDetail): ClaimReviewSubject {
  return {
    id: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    verdict: claim.verdict,
    firstAppeared: {
      date: claim.firstAppearedAt ? claim.firstAppearedAt.toISOString().slice(0, 10) : null,
      url: claim.firstAppearanceUrl,
    },
    sourceUrls: claim.evidence.flatMap((e) => (e.source.url ? [e.source.url] : [])),
    publishedAt: claim.publishedAt,
  };
}
