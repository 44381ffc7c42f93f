import { env } from './env';

/**
 * Where the site lives and who publishes it, for every absolute link that leaves the site:
 * exports, ClaimReview, the Atom feed and the API. No trailing slash.
 */
export const siteOrigin: string = (
  env.SITE_URL ??
  env.BETTER_AUTH_URL ??
  `http://localhost:${env.PORT}`
).replace(/\/+$/, '');

export const desk = {
  name: env.DESK_NAME,
  url: env.DESK_URL ?? siteOrigin,
} as const;

/** The public page of a claim, absolute. */
export function claimUrl(id: number): string {
  return `${siteOrigin}/claims/${id}`;
}

/** The public page of a source, absolute. */
export function sourceUrl(id: number): string {
  return `${siteOrigin}/sources/${id}`;
}
