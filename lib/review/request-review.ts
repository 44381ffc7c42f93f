import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { requestReviewSchema } from '@/lib/validation/review-input';
import { failure, invalidInput, type MutationResult } from '@/lib/validation/mutation-result';

/** Asks the claim's reviewer to review its open verdict revision (again, after a send back). */
export async function requestVerdictReview(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ id: number; version: number }>> {
  assertRole(actor, 'editor');
  const parsed = requestReviewSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return failure('Asking for review is not available yet.');
}
