import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { checkHttpUrl } from '@/lib/validation/url';
import { normalizeUrl } from './normalize-url';

export interface SourceMatch {
  id: number;
  title: string;
  url: string;
  publisher: { id: number; name: string } | null;
  deleted: boolean;
}

/**
 * The source an editor means by a link, however it was written (tracking parameters, host case,
 * trailing slash): for the "already in the library?" check before adding one. Null when none,
 * or when the text is not an http(s) link.
 */
export async function findSourceByUrl(
  actor: Actor | null,
  rawUrl: string,
): Promise<SourceMatch | null> {
  assertRole(actor, 'editor');
  const check = checkHttpUrl(rawUrl);
  const url = check.ok ? normalizeUrl(check.url.href) : null;
  if (url === null) return null;
  const source = await db.source.findUnique({
    where: { url },
    select: {
      id: true,
      title: true,
      url: true,
      deletedAt: true,
      publisher: { select: { id: true, name: true } },
    },
  });
  if (!source) return null;
  const { deletedAt, ...rest } = source;
  return { ...rest, url, deleted: deletedAt !== null };
}
