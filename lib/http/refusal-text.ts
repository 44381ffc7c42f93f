/**
 * The first words of every refusal the request gate writes (request-gate.ts). A refused server
 * action reaches the page as an error carrying that text (Next.js's client reads a plain-text
 * answer's body), and the error page shows such a reason as it is rather than "something went
 * wrong on our side": the request was refused, nothing failed.
 */
export const REFUSED = 'Refused:';
export const NOT_SENT = 'Not sent:';

export function isRefusalText(text: string): boolean {
  return text.startsWith(REFUSED) || text.startsWith(NOT_SENT);
}
