import fs from 'node:fs';
import path from 'node:path';
import { cleanStatement } from '../clean-statement';
import { splitCompoundClaim } from '../split-compound-claim';

/**
 * How the split rule (split-compound-claim.ts) does on sentences labelled with the number of
 * claims the desk would make of them (eval/splits/*.txt: "2 | sentence" or "1 | sentence").
 * Precision: of the sentences offered as two, how many should be; recall: of those that should
 * be, how many are.
 */
export interface SplitResult {
  labelled: number;
  shouldSplit: number;
  split: number;
  correct: number;
  precision: number;
  recall: number;
  wrong: string[];
}

export const SPLITS_DIR = path.join(import.meta.dirname, 'splits');

export function evaluateSplits(dir = SPLITS_DIR): SplitResult {
  const rows = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .map((line) => /^([12])\s*\|\s*(.+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ claims: Number(m[1]), sentence: m[2]! }));
  let split = 0;
  let correct = 0;
  const wrong: string[] = [];
  for (const row of rows) {
    const isSplit = splitCompoundClaim(cleanStatement(row.sentence)) !== null;
    if (isSplit) split++;
    if (isSplit && row.claims === 2) correct++;
    if (isSplit !== (row.claims === 2))
      wrong.push(`${isSplit ? 'split' : 'kept whole'}: ${row.sentence}`);
  }
  const shouldSplit = rows.filter((r) => r.claims === 2).length;
  return {
    labelled: rows.length,
    shouldSplit,
    split,
    correct,
    precision: split === 0 ? 1 : correct / split,
    recall: shouldSplit === 0 ? 1 : correct / shouldSplit,
    wrong,
  };
}
