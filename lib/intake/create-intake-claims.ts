import 'server-only';
import { rollback, runMutation } from '@/lib/audit/mutation-transaction';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { createCitation } from '@/lib/citations/create-citation';
import { createClaim } from '@/lib/claims/create-claim';
import { createSource } from '@/lib/sources/create-source';
import { findSameDocument } from '@/lib/sources/find-same-document';
import { normalizeUrl } from '@/lib/sources/normalize-url';
import { duplicateSource } from '@/lib/sources/source-state';
import { createClaimSchema } from '@/lib/validation/claim-input';
import {
  failure,
  ok,
  zodFieldErrors,
  type FieldErrors,
  type MutationFailure,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { createSourceSchema } from '@/lib/validation/source-input';
import { intakeCitationSchema, intakeItemsSchema } from './intake-input';

/**
 * Creates what an editor kept from an article's intake, in ONE transaction: the article as a
 * source (kind "news report"; the source already in the library with the same link is used
 * instead), then for each kept suggestion either a DRAFT claim citing the article, or a new
 * citation of the article on an existing claim. Every write goes through the editors' own
 * functions (createSource, createClaim, createCitation: their validation, their audit events);
 * any refusal rolls everything back, so an intake is kept whole or not at all.
 *
 * Errors of a suggestion's fields are keyed "<suggestion key>.<field>" ("s12.statement"), the
 * article's by their own names ("url").
 */
export interface IntakeSaved {
  source: { id: number; created: boolean };
  created: { id: number; statement: string }[];
  /** Existing claims the article was cited on. */
  cited: { claimId: number }[];
  /** Existing claims that already quoted this passage of this article: nothing was added. */
  alreadyCited: { claimId: number }[];
}

export interface IntakeInput {
  article: unknown;
  items: unknown;
}

function prefixed(key: string, errors: FieldErrors | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors ?? {})) out[`${key}.${field}`] = messages;
  return out;
}

function refusedItem(key: string, result: MutationFailure): MutationFailure<never> {
  return failure(`Nothing was created. ${result.message}`, prefixed(key, result.errors));
}

export async function createIntakeClaims(
  actor: Actor | null,
  input: IntakeInput,
): Promise<MutationResult<IntakeSaved>> {
  assertRole(actor, 'editor');
  const article = input.article !== null && typeof input.article === 'object' ? input.article : {};
  const sourceInput = { ...article, kind: 'news_report' };
  const errors: FieldErrors = {};

  const source = createSourceSchema.safeParse(sourceInput);
  if (!source.success) Object.assign(errors, zodFieldErrors(source.error));
  const items = intakeItemsSchema.safeParse(input.items);
  if (!items.success) {
    return failure(items.error.issues[0]?.message ?? 'Tick at least one suggestion to keep.');
  }
  // Every suggestion is checked before anything is written, so all its problems show at once.
  for (const item of items.data) {
    const citation = intakeCitationSchema.safeParse(item.citation);
    if (!citation.success)
      Object.assign(errors, prefixed(item.key, zodFieldErrors(citation.error)));
    if (item.action === 'create') {
      const claim = createClaimSchema.safeParse({ ...item.claim, status: 'draft' });
      if (!claim.success) Object.assign(errors, prefixed(item.key, zodFieldErrors(claim.error)));
    } else if (item.attachTo === undefined) {
      errors[`${item.key}.attachTo`] = ['Choose the claim to cite the article on.'];
    }
  }
  if (Object.keys(errors).length > 0) {
    return failure('Nothing was created: check the highlighted fields.', errors);
  }
  const url = source.success && source.data.url ? normalizeUrl(source.data.url) : null;

  return runMutation(async (tx) => {
    const saved: IntakeSaved = {
      source: { id: 0, created: false },
      created: [],
      cited: [],
      alreadyCited: [],
    };
    // The article is the document of a source already in the library when its link names the
    // same page (find-same-document.ts), however the link is spelled.
    const existing = url
      ? await findSameDocument(tx, { url, title: '', publisherId: null, publishedAt: null })
      : null;
    if (existing?.deletedAt) return duplicateSource(existing);
    if (existing) {
      saved.source = { id: existing.id, created: false };
    } else {
      const created = await createSource(actor, sourceInput, tx);
      if (!created.ok) rollback(created);
      saved.source = { id: created.value.id, created: true };
    }
    const sourceId = saved.source.id;

    for (const item of items.data) {
      let claimId: number;
      if (item.action === 'attach' && item.attachTo !== undefined) {
        claimId = item.attachTo;
        const quote = intakeCitationSchema.parse(item.citation).quote;
        const same = await tx.citation.findFirst({
          where: { claimId, sourceId, quote, deletedAt: null },
          select: { id: true },
        });
        if (same) {
          saved.alreadyCited.push({ claimId });
          continue;
        }
      } else {
        // Drafts in stage New, assigned to the editor who took the article in.
        const claim = await createClaim(actor, { ...item.claim, status: 'draft' }, tx, {
          assignToActor: true,
        });
        if (!claim.ok) rollback(refusedItem(item.key, claim));
        claimId = claim.value.id;
      }
      const cited = await createCitation(actor, { ...item.citation, claimId, sourceId }, tx);
      if (!cited.ok) rollback(refusedItem(item.key, cited));
      if (item.action === 'attach') {
        saved.cited.push({ claimId });
      } else {
        const statement = createClaimSchema.parse({ ...item.claim, status: 'draft' }).statement;
        saved.created.push({ id: claimId, statement });
      }
    }
    return ok(saved);
  });
}
