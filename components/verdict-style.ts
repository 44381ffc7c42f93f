import type { Verdict } from '@/lib/domain/verdicts';

/*
 * One colour per verdict, light and dark: the badges' as classes of app/globals.css (written out
 * there in full, sent once per site), the bars' written out here so Tailwind finds them.
 * Badge text is the 900/200 shade on a 50/950 tint (well above WCAG AA 4.5:1 in both schemes);
 * chart bars use shades with at least 3:1 against the page, as non-text contrast requires.
 * Colour is never the only signal: every badge also carries its label and its own icon.
 */
export const VERDICT_BADGE_CLASS: Record<Verdict, string> = {
  confirmed: 'verdict-badge-confirmed',
  likely: 'verdict-badge-likely',
  disputed: 'verdict-badge-disputed',
  misleading: 'verdict-badge-misleading',
  unsubstantiated: 'verdict-badge-unsubstantiated',
  false: 'verdict-badge-false',
  unverified: 'verdict-badge-unverified',
};

export const VERDICT_BAR_CLASS: Record<Verdict, string> = {
  confirmed: 'text-emerald-600 dark:text-emerald-400',
  likely: 'text-cyan-700 dark:text-cyan-400',
  disputed: 'text-amber-600 dark:text-amber-400',
  misleading: 'text-orange-600 dark:text-orange-400',
  unsubstantiated: 'text-purple-600 dark:text-purple-400',
  false: 'text-red-700 dark:text-red-400',
  unverified: 'text-slate-500 dark:text-slate-400',
};
