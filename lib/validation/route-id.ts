/**
 * The numeric id in a URL segment (`/claims/12`), or null. Strictly digits: "12abc", "1e3",
 * "-1" and "1.5" are not ids, and neither is anything past 15 digits.
 */
export function parseRouteId(raw: string): number | null {
  return /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
