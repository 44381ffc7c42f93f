import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { reviewVerdictSchema } from '@/lib/validation/review-input';
import { failure, invalidInput, type MutationResult } from '@/lib/validation/mutation-result';
import type { ReviewDecided, ReviewFormValues } from './types';

/**
 * A second editor's decision on the claim's open verdict revision: approve, send back with a
 * comment, or (admins) publish without review with a written reason.
 */
export async function reviewVerdict(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ReviewDecided, ReviewFormValues>> {
  assertRole(actor, 'editor');
  const parsed = reviewVerdictSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return failure('Reviewing verdicts is not available yet.');
}
