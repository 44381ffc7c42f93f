import type { LinkState, QuoteState } from '@/lib/domain/source-watch';
import { TONE_CLASSES, WatchIcon, type WatchTone } from './watch-icon';

export const LINK_TONES: Record<LinkState, WatchTone> = {
  dead: 'bad',
  blocked: 'bad',
  quote_drifted: 'bad',
  changed: 'warn',
  redirected: 'warn',
  ok: 'good',
  unchecked: 'none',
};

export const QUOTE_TONES: Record<QuoteState, WatchTone> = {
  missing: 'bad',
  close: 'warn',
  exact: 'good',
  unchecked: 'none',
};

/** A watch state as a small label: icon, words, and a tone (never the colour alone). */
export function WatchMark({ tone, children }: { tone: WatchTone; children: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 font-sans text-sm font-medium ${TONE_CLASSES[tone]}`}
    >
      <WatchIcon tone={tone} />
      <span>{children}</span>
    </span>
  );
}
