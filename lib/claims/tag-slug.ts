/**
 * A tag's slug for URLs (`/claims?tag=north-korea`): lower-case letters and digits of any script
 * joined by hyphens, matching what the list query accepts. Empty when the name has no letter or
 * digit at all.
 */
export const TAG_SLUG_MAX = 80;

export function tagSlug(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TAG_SLUG_MAX)
    .replace(/-+$/, '');
}
