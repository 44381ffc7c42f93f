import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DirectConnection } from '@/lib/sqlite-direct';

/**
 * What evidence a verdict needs before the desk may publish it (DOMAIN.md: Confirmed is
 * "supported by strong, independent evidence", False "contradicted by strong evidence"):
 *
 * - **Confirmed**: supporting citations from at least two different publishers. Independence is
 *   judged by publisher, so two reports from one outlet count once. A source without a
 *   publisher (a leaked document, a social-media post) counts as its own publisher: it is
 *   distinct from every other source, and two citations of that same source still count once.
 * - **False**: at least one contradicting citation.
 *
 * Only live evidence counts: citations not removed, of sources not removed. Other verdicts have
 * no rule. An admin may override a refusal with a written reason, kept on the revision.
 */
export const CONFIRMED_MIN_PUBLISHERS = 2;

export interface EvidenceCitation {
  stance: string;
  sourceId: number;
  sourceTitle: string;
  publisherId: number | null;
  publisherName: string | null;
}

export type EvidenceCheck =
  { ok: true } | { ok: false; missing: 'independent-support' | 'contradiction'; message: string };

/** Only these verdicts have a rule: for any other, the evidence need not be read at all. */
export function verdictHasEvidenceRule(verdict: string): boolean {
  return verdict === 'confirmed' || verdict === 'false';
}

/** Whether `citations` allow `verdict`; when not, a message that says exactly what is missing. */
export function checkEvidenceRules(
  verdict: string,
  citations: readonly EvidenceCitation[],
): EvidenceCheck {
  if (verdict === 'confirmed') {
    const publishers = new Map<string, string>();
    for (const c of citations) {
      if (c.stance !== 'supports') continue;
      const key = c.publisherId !== null ? `publisher:${c.publisherId}` : `source:${c.sourceId}`;
      publishers.set(key, c.publisherName ?? `“${c.sourceTitle}” (no publisher)`);
    }
    if (publishers.size >= CONFIRMED_MIN_PUBLISHERS) return { ok: true };
    const [only] = [...publishers.values()];
    return {
      ok: false,
      missing: 'independent-support',
      message:
        only === undefined
          ? `Confirmed needs supporting citations from at least ${CONFIRMED_MIN_PUBLISHERS} different publishers; this claim has no supporting citation.`
          : `Confirmed needs supporting citations from at least ${CONFIRMED_MIN_PUBLISHERS} different publishers; all supporting citations come from one publisher (${only}). Add a supporting citation from another publisher.`,
    };
  }
  if (verdict === 'false') {
    if (citations.some((c) => c.stance === 'contradicts')) return { ok: true };
    return {
      ok: false,
      missing: 'contradiction',
      message:
        'False needs at least one contradicting citation; this claim has none. Cite a source that contradicts it.',
    };
  }
  return { ok: true };
}

/** The claim's live evidence, as the rules count it. */
export async function loadLiveEvidence(tx: Tx, claimId: number): Promise<EvidenceCitation[]> {
  const citations = await tx.citation.findMany({
    where: { claimId, deletedAt: null, source: { deletedAt: null } },
    select: {
      stance: true,
      source: {
        select: { id: true, title: true, publisher: { select: { id: true, name: true } } },
      },
    },
  });
  return citations.map((c) => ({
    stance: c.stance,
    sourceId: c.source.id,
    sourceTitle: c.source.title,
    publisherId: c.source.publisher?.id ?? null,
    publisherName: c.source.publisher?.name ?? null,
  }));
}

/** The same, read on the direct connection inside a verdict save (change-verdict.ts). */
export function loadLiveEvidenceSql(
  connection: DirectConnection,
  claimId: number,
): EvidenceCitation[] {
  return connection.all<EvidenceCitation>(Prisma.sql`
    SELECT ci."stance" AS "stance", s."id" AS "sourceId", s."title" AS "sourceTitle",
      p."id" AS "publisherId", p."name" AS "publisherName"
    FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
    WHERE ci."claimId" = ${claimId} AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL`);
}
