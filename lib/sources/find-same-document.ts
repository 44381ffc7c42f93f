import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { documentUrlVariants, nameKey } from './source-identity';

export interface SameDocument {
  id: number;
  title: string;
  deletedAt: Date | null;
  /** How it was recognised: its link, or its title, publisher and date (no link). */
  by: 'link' | 'title';
}

/**
 * The source already in the library that is the document about to be added (or a source is
 * being changed into), or null. Two sources are one document (source-identity.ts) when their
 * links name the same page (also over http and https, with or without `www.`),
 * or, neither having a link, when title (as nameKey compares it), publisher and publication date
 * are the same. Removed sources count: their link must not come back as a new source.
 */
export async function findSameDocument(
  tx: Pick<Tx, 'source'>,
  source: {
    url: string | null;
    title: string;
    publisherId: number | null;
    publishedAt: Date | null;
  },
  exceptId?: number,
): Promise<SameDocument | null> {
  const other = exceptId === undefined ? {} : { id: { not: exceptId } };
  if (source.url !== null) {
    const found = await tx.source.findFirst({
      where: { url: { in: documentUrlVariants(source.url) }, ...other },
      select: { id: true, title: true, deletedAt: true },
      orderBy: { id: 'asc' },
    });
    return found && { ...found, by: 'link' };
  }
  const key = nameKey(source.title);
  const candidates = await tx.source.findMany({
    where: {
      url: null,
      publisherId: source.publisherId,
      publishedAt: source.publishedAt,
      ...other,
    },
    select: { id: true, title: true, deletedAt: true },
    orderBy: { id: 'asc' },
  });
  const found = candidates.find((c) => nameKey(c.title) === key);
  return found ? { ...found, by: 'title' } : null;
}
