/**
 * Word forms the query side asks for, so a word finds its inflections on both providers alike.
 * Each provider stems every form with its own stemmer (FTS5 `porter`, PostgreSQL's english
 * snowball), and the two disagree on some words: Porter stems "deploy" to "deploi" but
 * "deployment" to "deploy", so on SQLite "deploy" alone never found "deployment". Asking for
 * the word's common inflections too ("deploy" → deploys, deployed, deploying, deployment…), and
 * for those of the word with its suffix taken off ("deployment" → "deploy" → …), makes both
 * stemmers meet: a claim matches when it holds any of them. Latin-script words of four letters or
 * more only (shorter ones and other scripts are asked for as typed, and stemmed as today).
 */

const SUFFIXES = ['s', 'es', 'ed', 'ing', 'ment', 'ments', 'er', 'ers', 'ion', 'ions'] as const;
/** Forms asked for per word at most (the word itself first). */
export const MAX_WORD_FORMS = 12;

/**
 * The word's bases: itself, and itself without one of SUFFIXES when 4 letters or more are left
 * (so "news" stays "news", "used" stays "used").
 */
export function wordBases(word: string): string[] {
  const bases = [word];
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      const base = word.slice(0, -suffix.length);
      if (!bases.includes(base)) bases.push(base);
    }
  }
  return bases;
}

export function wordForms(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [word];
  const forms = [word];
  const add = (form: string) => {
    if (forms.length < MAX_WORD_FORMS && !forms.includes(form)) forms.push(form);
  };
  const bases = wordBases(word);
  for (const base of bases.slice(1)) add(base);
  // The inflections that decide the two stemmers' disagreements, most useful first.
  for (const suffix of ['ment', 'ed', 'ing', 's'] as const) {
    for (const base of bases) add(base + suffix);
  }
  return forms;
}
