import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { isUniqueViolation } from '@/lib/sources/source-state';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { addAliasSchema, removeAliasSchema } from './claimant-input';
import { claimantNameKey } from './claimant-name-key';
import { CLAIMANT_NOT_FOUND, readClaimantSnapshot } from './claimant-snapshot';
import { findClaimantByName } from './find-claimant-by-name';

/** Why an alias cannot be added, as the alias field's error; null when it can. */
function aliasTaken(
  claimantId: number,
  name: string,
  known: Awaited<ReturnType<typeof findClaimantByName>>,
): string | null {
  if (!known) return null;
  if (known.id !== claimantId) {
    return `“${name}” already names another claimant: ${known.name}. Merge the two instead, if they are the same.`;
  }
  return known.via === 'name'
    ? `“${name}” is this claimant’s own name.`
    : `This claimant already goes by “${known.alias ?? name}”.`;
}

/**
 * Adds another name the claimant goes by. Names and aliases share one space of folded keys
 * (claimant-name-key.ts): an alias that folds like any claimant's name or alias is refused on the
 * field, and the unique index on the key settles two adds racing each other the same way.
 */
export async function addClaimantAlias(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ id: number; claimantId: number }>> {
  assertRole(actor, 'editor');
  const parsed = addAliasSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { claimantId, name } = parsed.data;
  const key = claimantNameKey(name);
  if (key === '') return fieldFailure('name', 'An alias needs at least one letter or digit.');

  try {
    return await runMutation(async (tx) => {
      const before = await readClaimantSnapshot(tx, claimantId);
      if (!before) return failure(CLAIMANT_NOT_FOUND);
      const taken = aliasTaken(claimantId, name, await findClaimantByName(tx, name));
      if (taken) return fieldFailure('name', taken);
      const alias = await tx.claimantAlias.create({
        data: { claimantId, name, key, createdById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'claimant.alias.add',
        entityType: 'claimant',
        entityId: claimantId,
        before,
        after: await readClaimantSnapshot(tx, claimantId),
      });
      return ok({ id: alias.id, claimantId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return fieldFailure('name', `“${name}” was just added as an alias of a claimant.`);
    }
    throw error;
  }
}

/** Takes an alias off its claimant (the audit log keeps it in the before snapshot). */
export async function removeClaimantAlias(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ claimantId: number }>> {
  assertRole(actor, 'editor');
  const parsed = removeAliasSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { claimantId, aliasId } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readClaimantSnapshot(tx, claimantId);
    if (!before) return failure(CLAIMANT_NOT_FOUND);
    const removed = await tx.claimantAlias.deleteMany({ where: { id: aliasId, claimantId } });
    if (removed.count === 0) return failure('This alias was already removed.');
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claimant.alias.remove',
      entityType: 'claimant',
      entityId: claimantId,
      before,
      after: await readClaimantSnapshot(tx, claimantId),
    });
    return ok({ claimantId });
  });
}
