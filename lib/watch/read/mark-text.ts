import type { LinkState, QuoteState } from '@/lib/domain/source-watch';
import { formatDate } from '@/lib/format/dates';
import { LINK_STATE_LABELS, QUOTE_STATE_LABELS } from './watch-words';

/**
 * The words of a citation's marks on the claim's editing page ("Link dead since 3 Dec 2026",
 * "Quote missing (checked 4 Dec 2026)"): the state is always said in words, never by colour alone.
 */
export function linkMarkText(mark: {
  linkState: LinkState;
  deadSince: Date | null;
  linkCheckedAt: Date | null;
}): string {
  const label = LINK_STATE_LABELS[mark.linkState];
  if (mark.linkState === 'unchecked') return label;
  if (mark.linkState === 'dead' && mark.deadSince) {
    return `${label} since ${formatDate(mark.deadSince)}`;
  }
  return mark.linkCheckedAt ? `${label} (checked ${formatDate(mark.linkCheckedAt)})` : label;
}

export function quoteMarkText(mark: {
  quoteState: QuoteState | null;
  quoteCheckedAt: Date | null;
  quoteNeverFound?: boolean;
}): string | null {
  if (!mark.quoteState) return null;
  // A quote missing since the first check after it was cited was never in the source (a
  // mistyped or paraphrased quote); one that went missing later drifted.
  const label = mark.quoteNeverFound
    ? 'Quote not found in the source'
    : QUOTE_STATE_LABELS[mark.quoteState];
  if (mark.quoteState === 'unchecked' || !mark.quoteCheckedAt) return label;
  return `${label} (checked ${formatDate(mark.quoteCheckedAt)})`;
}
