import type { ClaimListRow } from '@/lib/db/search-store';
import { findSearchMatch, type SearchMatch } from './match-segments';

/**
 * Why a listed claim matched a search: its statement, context, claimant and live cited quotes
 * (read with the page's rows: readListRows with `texts`), its first text that holds a hit cut
 * into a snippet (match-segments.ts). Undefined without search words or without a hit.
 */
export function searchMatchOf(
  row: ClaimListRow,
  terms: readonly string[],
): SearchMatch | undefined {
  if (terms.length === 0 || !row.texts) return undefined;
  return (
    findSearchMatch(
      {
        statement: row.statement,
        context: row.texts.context,
        claimant: row.claimantName,
        quotes: row.texts.quotes,
      },
      terms,
    ) ?? undefined
  );
}
