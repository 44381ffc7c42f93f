import { siteOrigin } from '@/lib/site';

/** A story's page on the site (slugs may hold letters of any script: encoded). */
export function storyPath(slug: string): string {
  return `/stories/${encodeURIComponent(slug)}`;
}

export function storyFeedPath(slug: string): string {
  return `${storyPath(slug)}/feed.xml`;
}

export function storyUrl(slug: string): string {
  return `${siteOrigin}${storyPath(slug)}`;
}
