import type { Verdict } from '@/lib/domain/verdicts';

/** The letter printed beside a chart mark, so its verdict never rests on colour alone. */
export const VERDICT_LETTER: Record<Verdict, string> = {
  confirmed: 'C',
  likely: 'L',
  disputed: 'D',
  misleading: 'M',
  unsubstantiated: 'U',
  false: 'F',
  unverified: '?',
};
