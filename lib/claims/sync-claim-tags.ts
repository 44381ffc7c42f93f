import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { TagInput } from '@/lib/validation/claim-input';

/**
 * Makes the claim's tags exactly `tags`, creating tags that do not exist yet. An existing tag
 * with the same slug or name is reused, so "north korea" joins the "North Korea" tag. Runs in
 * the caller's transaction, after its guarded write.
 */
export async function syncClaimTags(tx: Tx, claimId: number, tags: readonly TagInput[]) {
  const wanted = new Set<number>();
  for (const tag of tags) {
    const existing = await tx.tag.findFirst({
      where: { OR: [{ slug: tag.slug }, { name: tag.name }] },
      select: { id: true },
    });
    wanted.add(existing?.id ?? (await tx.tag.create({ data: tag, select: { id: true } })).id);
  }
  const current = new Set(
    (await tx.claimTag.findMany({ where: { claimId }, select: { tagId: true } })).map(
      (t) => t.tagId,
    ),
  );
  const removed = [...current].filter((id) => !wanted.has(id));
  const added = [...wanted].filter((id) => !current.has(id));
  if (removed.length) await tx.claimTag.deleteMany({ where: { claimId, tagId: { in: removed } } });
  if (added.length) {
    await tx.claimTag.createMany({ data: added.map((tagId) => ({ claimId, tagId })) });
  }
}
