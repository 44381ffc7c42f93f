/**
 * `npm run eval:intake`: precision and recall of the article intake's suggestions on the
 * labelled articles, per article and overall, then the speed benchmark (bench/intake.ts).
 */
import { MAX_SUGGESTIONS, SUGGEST_THRESHOLD } from '../limits';
import path from 'node:path';
import { SPLITS_DIR, evaluateSplits } from './evaluate-splits';
import { evaluateArticle, totals, type ArticleResult, type Totals } from './evaluate';
import { loadLabelledArticles } from './labelled-articles';
import { formatSpeed, measureSpeed } from './measure-speed';

const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);

function row(name: string, r: Totals | ArticleResult) {
  return `${name.padEnd(28)} ${String(r.suggested).padStart(9)} ${String(r.labelled).padStart(8)} ${String(r.matched).padStart(7)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(7)}`;
}

const verbose = process.argv.includes('--verbose');
const articles = loadLabelledArticles();
const results = articles.map(evaluateArticle);

console.log(
  `Article intake: suggestions (score >= ${SUGGEST_THRESHOLD}, at most ${MAX_SUGGESTIONS}) against labelled check-worthy sentences\n`,
);
console.log(
  `${'article'.padEnd(28)} ${'suggested'.padStart(9)} ${'labelled'.padStart(8)} ${'matched'.padStart(7)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`,
);
for (const r of results) {
  console.log(row(`${r.name}${r.heldOut ? ' (held out)' : ''}`, r));
  if (verbose) {
    for (const m of r.missed) console.log(`    missed: ${m}`);
    for (const e of r.extra) console.log(`    extra:  ${e}`);
  }
}
const tuned = results.filter((r) => !r.heldOut);
const heldOut = results.filter((r) => r.heldOut);
console.log('');
console.log(row('overall (tuning set)', totals(tuned)));
if (heldOut.length > 0) {
  console.log(row('overall (held out)', totals(heldOut)));
  console.log(row('overall (all)', totals(results)));
}

console.log('\nTwo claims in one sentence (eval/splits)');
for (const [name, result] of [
  ['tuning set', evaluateSplits()],
  ['held out', evaluateSplits(path.join(SPLITS_DIR, 'held-out'))],
] as const) {
  console.log(
    `${name}: ${result.labelled} sentences, ${result.shouldSplit} labelled as two claims; offered as two: ${result.split}, rightly: ${result.correct}; precision ${pct(result.precision).trim()}, recall ${pct(result.recall).trim()}`,
  );
  if (verbose) for (const w of result.wrong) console.log(`    ${w}`);
}

console.log('\nSpeed (bench/intake.ts)');
console.log(formatSpeed(measureSpeed(articles)));
