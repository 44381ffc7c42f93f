// Relative imports, no `server-only`: the demo seed (prisma/seed, run by tsx) checks its data
// with this same rule. Reading a claim's evidence is live-evidence.ts.
import { nameKey, sameDocument, type SourceIdentity } from '../sources/source-identity';

/**
 * What evidence a verdict needs before the desk may publish it (DOMAIN.md: Confirmed is
 * "supported by strong, independent evidence", False "contradicted by strong evidence"):
 *
 * - **Confirmed**: supporting evidence from at least two different publishers. Independence is
 *   judged by publisher, so two reports from one outlet count once — and one outlet is one
 *   whatever the spelling of its name ("Reuters", "REUTERS ", "reuters": source-identity.ts).
 *   A source without a publisher (a leaked document, a social-media post) counts as its own
 *   publisher: distinct from every other source, but one document counts once however many
 *   source rows hold it (the same link over http and https, a link and its archived copy, the
 *   same title without a link: `sameDocument`).
 * - **False**: at least one contradicting source.
 *
 * A source (document) counts on one side only: one cited both as supporting and as
 * contradicting the claim counts for neither. A source is cited once per claim
 * (lib/citations/citation-rules.ts), so this only arises for one document held by two source
 * rows, or for data from before that rule.
 *
 * Only live evidence counts: citations not removed, of sources not removed. Other verdicts have
 * no rule. An admin may override a refusal with a written reason, kept on the revision
 * (verdict-rules.ts).
 */
export const CONFIRMED_MIN_PUBLISHERS = 2;

/** The rules above as the method page (app/method) states them to readers, next to the code. */
export const EVIDENCE_RULES_FOR_READERS: readonly { verdict: string; rule: string }[] = [
  {
    verdict: 'confirmed',
    rule: `Needs supporting sources from at least ${CONFIRMED_MIN_PUBLISHERS} different publishers. Two reports from one outlet count once, and one document counts once however many copies of it we hold.`,
  },
  {
    verdict: 'false',
    rule: 'Needs at least one source that contradicts the claim.',
  },
];

/** What counts as evidence for those rules, for readers. */
export const EVIDENCE_COUNTING_FOR_READERS = [
  'Only sources still cited count: a citation we removed, or a source we withdrew, no longer does.',
  'A document cited both as supporting and as contradicting the claim counts for neither side.',
  'Other verdicts have no minimum, but every source behind them is shown with the passage we relied on.',
  'An editor with the admin role may publish a verdict the rules would refuse only with a written reason, kept with that verdict.',
] as const;

export interface EvidenceCitation {
  stance: string;
  sourceId: number;
  sourceTitle: string;
  sourceUrl: string | null;
  sourceArchiveUrl: string | null;
  publisherName: string | null;
}

export type EvidenceCheck =
  { ok: true } | { ok: false; missing: 'independent-support' | 'contradiction'; message: string };

/** Only these verdicts have a rule: for any other, the evidence need not be read at all. */
export function verdictHasEvidenceRule(verdict: string): boolean {
  return verdict === 'confirmed' || verdict === 'false';
}

const identity = (c: EvidenceCitation): SourceIdentity => ({
  sourceId: c.sourceId,
  title: c.sourceTitle,
  url: c.sourceUrl,
  archiveUrl: c.sourceArchiveUrl,
  publisherName: c.publisherName,
});

/** Groups of `items` joined (transitively) wherever `joined` says two belong together. */
function groups<T>(items: readonly T[], joined: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (joined(items[i]!, items[j]!)) parent[root(j)] = root(i);
    }
  }
  const out = new Map<number, T[]>();
  items.forEach((item, i) => out.set(root(i), [...(out.get(root(i)) ?? []), item]));
  return [...out.values()];
}

interface Evidence {
  /** Each document cited on one side only, with its citations. */
  supports: EvidenceCitation[][];
  contradicts: EvidenceCitation[][];
  /** Documents cited on both sides: they count for neither. */
  bothSides: EvidenceCitation[][];
}

function sortEvidence(citations: readonly EvidenceCitation[]): Evidence {
  const documents = groups(
    citations.filter((c) => c.stance === 'supports' || c.stance === 'contradicts'),
    (a, b) => sameDocument(identity(a), identity(b)),
  );
  const evidence: Evidence = { supports: [], contradicts: [], bothSides: [] };
  for (const doc of documents) {
    const stances = new Set(doc.map((c) => c.stance));
    if (stances.size > 1) evidence.bothSides.push(doc);
    else evidence[doc[0]!.stance as 'supports' | 'contradicts'].push(doc);
  }
  return evidence;
}

const title = (doc: EvidenceCitation[]) => `“${doc[0]!.sourceTitle}”`;

function bothSidesNote(evidence: Evidence): string {
  if (evidence.bothSides.length === 0) return '';
  const names = evidence.bothSides.map(title).join(', ');
  return evidence.bothSides.length === 1
    ? ` ${names} is cited both as supporting and as contradicting this claim, so it counts for neither side.`
    : ` ${names} are each cited both as supporting and as contradicting this claim, so they count for neither side.`;
}

/** Whether `citations` allow `verdict`; when not, a message that says exactly what is missing. */
export function checkEvidenceRules(
  verdict: string,
  citations: readonly EvidenceCitation[],
): EvidenceCheck {
  if (verdict === 'confirmed') {
    const evidence = sortEvidence(citations);
    const publisherOf = (doc: EvidenceCitation[]) =>
      doc.flatMap((c) => (c.publisherName === null ? [] : [nameKey(c.publisherName)]));
    // Independent voices: documents joined when they share a publisher.
    const voices = groups(evidence.supports, (a, b) => {
      const keys = publisherOf(a);
      return publisherOf(b).some((k) => keys.includes(k));
    });
    if (voices.length >= CONFIRMED_MIN_PUBLISHERS) return { ok: true };
    const only = voices[0]?.[0];
    const onlyName = only
      ? (only.find((c) => c.publisherName !== null)?.publisherName ??
        `${title(only)} (no publisher)`)
      : undefined;
    return {
      ok: false,
      missing: 'independent-support',
      message:
        (onlyName === undefined
          ? `Confirmed needs supporting citations from at least ${CONFIRMED_MIN_PUBLISHERS} different publishers; this claim has no supporting citation.`
          : `Confirmed needs supporting citations from at least ${CONFIRMED_MIN_PUBLISHERS} different publishers; all supporting citations come from one publisher (${onlyName}). Add a supporting citation from another publisher.`) +
        bothSidesNote(evidence),
    };
  }
  if (verdict === 'false') {
    const evidence = sortEvidence(citations);
    if (evidence.contradicts.length > 0) return { ok: true };
    return {
      ok: false,
      missing: 'contradiction',
      message:
        'False needs at least one contradicting citation; this claim has none. Cite a source that contradicts it.' +
        bothSidesNote(evidence),
    };
  }
  return { ok: true };
}
