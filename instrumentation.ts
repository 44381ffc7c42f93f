import { noteRenderError } from './lib/http/busy-page';

/**
 * Next.js calls `onRequestError` for every error thrown while serving a request, before it
 * answers. A busy database marks the request so the server process answers 503 + Retry-After
 * instead of 500 (lib/http/busy-page.ts).
 */
export function onRequestError(error: unknown): void {
  noteRenderError(error);
}
