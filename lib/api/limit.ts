import { ApiRequestError } from './api-error';
import { API_LIMIT_DEFAULT, API_LIMIT_MAX } from './schemas';

/** `limit`: a whole number, clamped to 1–200; absent: 50. Anything else is refused. */
export function parseLimit(raw: string | null): number {
  if (raw === null || raw.trim() === '') return API_LIMIT_DEFAULT;
  if (!/^-?\d{1,15}$/.test(raw.trim())) {
    throw new ApiRequestError(400, `limit must be a whole number from 1 to ${API_LIMIT_MAX}.`);
  }
  return Math.min(API_LIMIT_MAX, Math.max(1, Number(raw)));
}
