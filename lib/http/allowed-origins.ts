import type { Env } from '@/lib/env';

/**
 * The origins this site is served from, the only ones whose pages may send it a state-changing
 * request (lib/http/request-gate.ts). Decided from configuration, never from the request's own
 * Host or X-Forwarded-Host (a client can send any it likes): SITE_URL and BETTER_AUTH_URL when
 * set; otherwise the site is a local `npm start`, reached as localhost, 127.0.0.1 or [::1] on
 * PORT. A deployment reached under another name must say so in SITE_URL.
 */
export function allowedOrigins(
  env: Pick<Env, 'SITE_URL' | 'BETTER_AUTH_URL' | 'PORT'>,
): ReadonlySet<string> {
  const configured = [env.SITE_URL, env.BETTER_AUTH_URL]
    .filter((url): url is string => url !== undefined)
    .map((url) => new URL(url).origin);
  if (configured.length > 0) return new Set(configured);
  return new Set(['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${env.PORT}`));
}
