import fs from 'node:fs';
import path from 'node:path';

/**
 * The intake's labelled set: articles written for it in different styles (wire report,
 * official statement, interview, opinion piece, live blog, explainer), each a text file in
 * `articles/` in which the sentences an editor would check are wrapped in [[ ]].
 * Files under `articles/held-out/` were written after the rules were tuned and are reported
 * separately: they show how the rules do on text they were not adjusted to.
 */
export interface LabelledArticle {
  name: string;
  heldOut: boolean;
  /** The article as pasted (markers removed). */
  text: string;
  /** The check-worthy sentences, as written. */
  labels: string[];
}

export const ARTICLES_DIR = path.join(import.meta.dirname, 'articles');
const MARKED = /\[\[([\s\S]*?)\]\]/g;

export function parseLabelledArticle(name: string, marked: string, heldOut = false) {
  const labels = [...marked.matchAll(MARKED)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
  return { name, heldOut, text: marked.replace(/\[\[|\]\]/g, ''), labels };
}

export function loadLabelledArticles(dir = ARTICLES_DIR): LabelledArticle[] {
  const read = (folder: string, heldOut: boolean) =>
    fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) =>
        parseLabelledArticle(
          f.replace(/\.txt$/, ''),
          fs.readFileSync(path.join(folder, f), 'utf8'),
          heldOut,
        ),
      );
  const heldOutDir = path.join(dir, 'held-out');
  return [...read(dir, false), ...(fs.existsSync(heldOutDir) ? read(heldOutDir, true) : [])];
}
