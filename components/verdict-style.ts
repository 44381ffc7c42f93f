import type { Verdict } from '@/lib/domain/verdicts';

/*
 * One colour per verdict, light and dark, written out in full so Tailwind finds the classes.
 * Badge text is the 900/200 shade on a 50/950 tint (well above WCAG AA 4.5:1 in both schemes);
 * chart bars use shades with at least 3:1 against the page, as non-text contrast requires.
 * Colour is never the only signal: every badge also carries its label and its own icon.
 */
export const VERDICT_BADGE_CLASS: Record<Verdict, string> = {
  confirmed:
    'border-emerald-700/40 bg-emerald-50 text-emerald-900 dark:border-emerald-400/40 dark:bg-emerald-950 dark:text-emerald-200',
  likely:
    'border-cyan-700/40 bg-cyan-50 text-cyan-900 dark:border-cyan-400/40 dark:bg-cyan-950 dark:text-cyan-200',
  disputed:
    'border-amber-700/40 bg-amber-50 text-amber-900 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-200',
  misleading:
    'border-orange-700/40 bg-orange-50 text-orange-900 dark:border-orange-400/40 dark:bg-orange-950 dark:text-orange-200',
  unsubstantiated:
    'border-purple-700/40 bg-purple-50 text-purple-900 dark:border-purple-400/40 dark:bg-purple-950 dark:text-purple-200',
  false:
    'border-red-700/40 bg-red-50 text-red-900 dark:border-red-400/40 dark:bg-red-950 dark:text-red-200',
  unverified:
    'border-slate-500/40 bg-slate-100 text-slate-800 dark:border-slate-400/40 dark:bg-slate-800 dark:text-slate-200',
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
