import { z } from 'zod';
import { ApiRequestError } from './api-error';

/**
 * Cursors are opaque to clients: base64url of a small JSON position `{ s, v }` (the list's sort
 * or "sources", and the position's values). Only its shape is checked here; whether it fits the
 * list is the search layer's call (KeysetMismatchError). Values are bound as SQL parameters, so
 * a forged cursor can at worst start a page somewhere odd.
 */
const PositionSchema = z.object({
  s: z.string().max(20),
  v: z
    .array(z.union([z.string().max(64), z.number()]))
    .min(1)
    .max(4),
});
export type CursorPosition = z.infer<typeof PositionSchema>;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export const BAD_CURSOR =
  'The cursor is not one this API gave out for this list. Start again without it.';

/** The position in `cursor`, null without one; ApiRequestError(400) when it is not a cursor. */
export function decodeCursor(cursor: string | null): CursorPosition | null {
  if (cursor === null) return null;
  if (cursor.length > 400 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw new ApiRequestError(400, BAD_CURSOR);
  }
  try {
    const parsed = PositionSchema.safeParse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the same answer as a wrong shape, below.
  }
  throw new ApiRequestError(400, BAD_CURSOR);
}
