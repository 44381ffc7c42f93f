import 'server-only';
import { rollback, runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { createCitation } from '@/lib/citations/create-citation';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
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
import { linkClaimsInTransaction } from '@/lib/relations/link-claims';
import { relationChoice } from '@/lib/relations/relation-rules';
import { analyseArticle } from './analyse-article';
import {
  articleTextSchema,
  intakeCitationSchema,
  intakeItemsSchema,
  intakeRecordRefSchema,
} from './intake-input';
import type { StoredSuggestion, SuggestionOutcome } from './intake-record-types';
import { parseStoredSuggestions } from './intake-records';
import { keptArticleText } from './kept-article-text';
import { matchSuggestedClaimants } from './match-claimants';
import type { Suggestion } from './types';

/**
 * Creates what an editor kept from an article's intake, in ONE transaction: the article as a
 * source (kind "news report"; the source already in the library with the same link is used
 * instead), then for each kept suggestion either a DRAFT claim citing the article, or a new
 * citation of the article on an existing claim. Every write goes through the editors' own
 * functions (createSource, createClaim, createCitation: their validation, their audit events);
 * any refusal rolls everything back, so an intake is kept whole or not at all.
 *
 * The same transaction keeps the intake record (model IntakeRecord): the article, every
 * suggestion as offered and what became of it. A fresh intake creates it; creating more later
 * from the record page (/intake/[id]) goes through this same function with `record`, which takes
 * the article's source from the record and marks the suggestions now kept, guarded by the
 * record's version. The suggestions stored are the server's own reading of the article text
 * (analyseArticle is deterministic), never a list sent by the browser.
 *
 * Errors of a suggestion's fields are keyed "<suggestion key>.<field>" ("s12.statement"), the
 * article's by their own names ("url").
 */
export interface IntakeSaved {
  record: { id: number; version: number };
  source: { id: number; created: boolean };
  created: { id: number; statement: string; key: string }[];
  /** Existing claims the article was cited on. */
  cited: { claimId: number; key: string }[];
  /** Existing claims that already quoted this passage of this article: nothing was added. */
  alreadyCited: { claimId: number; key: string }[];
}

export interface IntakeInput {
  /** A fresh intake: the article's text and its details as the editor confirmed them. */
  article?: unknown;
  items: unknown;
  /** Or more from a kept record: its id and the version the page loaded. */
  record?: unknown;
}

const CHECK_FIELDS = 'Nothing was created: check the highlighted fields.';
const NO_RECORD = 'This intake record does not exist.';
const ARTICLE_CHANGED =
  'The article’s text is missing or changed since it was read, so these are not its suggestions any more. Nothing was created: read the article again.';
const RECORD_CHANGED =
  'Someone created drafts from this intake record meanwhile. Nothing was created: reload the page to see what is left.';

function prefixed(key: string, errors: FieldErrors | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors ?? {})) out[`${key}.${field}`] = messages;
  return out;
}

function refusedItem(key: string, result: MutationFailure): MutationFailure<never> {
  return failure(`Nothing was created. ${result.message}`, prefixed(key, result.errors));
}

/** A suggestion as stored: its similar claims are looked up again when the record is opened. */
function stored(s: Suggestion): StoredSuggestion {
  const { key, rank, part, score, reasons, sentence, claimantFrom, places, dates } = s;
  return {
    key,
    rank,
    part,
    score,
    reasons,
    sentence,
    claimantFrom,
    places,
    dates,
    claim: s.claim,
    citation: s.citation,
    outcome: null,
  };
}

type Origin =
  | {
      kind: 'article';
      sourceInput: Record<string, unknown>;
      url: string | null;
      text: string;
      suggestions: StoredSuggestion[];
    }
  | {
      kind: 'record';
      id: number;
      version: number;
      sourceId: number;
      suggestions: StoredSuggestion[];
    };

/** The article's source inside the transaction: the library's, a new one, or the record's. */
async function sourceOf(
  tx: Tx,
  actor: Actor,
  origin: Origin,
): Promise<{ id: number; created: boolean }> {
  if (origin.kind === 'record') {
    const source = await tx.source.findUnique({
      where: { id: origin.sourceId },
      select: { id: true, title: true, deletedAt: true },
    });
    if (!source) rollback(failure('The article’s source no longer exists.'));
    if (source.deletedAt) rollback(duplicateSource(source));
    return { id: source.id, created: false };
  }
  // The article is the document of a source already in the library when its link names the
  // same page (find-same-document.ts), however the link is spelled.
  const existing = origin.url
    ? await findSameDocument(tx, {
        url: origin.url,
        title: '',
        publisherId: null,
        publishedAt: null,
      })
    : null;
  if (existing?.deletedAt) rollback(duplicateSource(existing));
  if (existing) return { id: existing.id, created: false };
  const created = await createSource(actor, origin.sourceInput, tx);
  if (!created.ok) rollback(created);
  return { id: created.value.id, created: true };
}

function dateOnly(value: unknown): string | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : null;
}

export async function createIntakeClaims(
  actor: Actor | null,
  input: IntakeInput,
): Promise<MutationResult<IntakeSaved>> {
  assertRole(actor, 'editor');
  const errors: FieldErrors = {};
  const items = intakeItemsSchema.safeParse(input.items);
  if (!items.success) {
    return failure(items.error.issues[0]?.message ?? 'Tick at least one suggestion to keep.');
  }

  // Every suggestion is checked before anything is read or written, so all its problems show
  // at once.
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

  let origin: Origin;
  if (input.record !== undefined) {
    if (Object.keys(errors).length > 0) return failure(CHECK_FIELDS, errors);
    const ref = intakeRecordRefSchema.safeParse(input.record);
    if (!ref.success) return failure(NO_RECORD);
    const row = await db.intakeRecord.findUnique({ where: { id: ref.data.id } });
    if (!row) return failure(NO_RECORD);
    if (row.version !== ref.data.version) return failure(RECORD_CHANGED);
    origin = {
      kind: 'record',
      id: row.id,
      version: row.version,
      sourceId: row.sourceId,
      suggestions: parseStoredSuggestions(row.suggestions),
    };
  } else {
    const article =
      input.article !== null && typeof input.article === 'object'
        ? (input.article as Record<string, unknown>)
        : {};
    const { text: rawText, ...details } = article;
    const sourceInput = { ...details, kind: 'news_report' };
    const source = createSourceSchema.safeParse(sourceInput);
    if (!source.success) Object.assign(errors, zodFieldErrors(source.error));
    if (!source.success || Object.keys(errors).length > 0) return failure(CHECK_FIELDS, errors);
    // The page sends back the text it read; none (or an invalid one) cannot be read again.
    const text = articleTextSchema.safeParse({ text: rawText });
    if (!text.success) return failure(ARTICLE_CHANGED);
    // The suggestions as the editor saw them: the same reading of the same text and details.
    const analysis = analyseArticle(text.data.text, {
      title: source.data.title,
      publisherName: source.data.publisherName ?? null,
      url: source.data.url ?? null,
      publishedAt: dateOnly(source.data.publishedAt),
    });
    await matchSuggestedClaimants(actor, analysis.suggestions);
    origin = {
      kind: 'article',
      sourceInput,
      url: source.data.url ? normalizeUrl(source.data.url) : null,
      text: text.data.text,
      suggestions: analysis.suggestions.map(stored),
    };
  }

  const byKey = new Map(origin.suggestions.map((s) => [s.key, s]));
  for (const item of items.data) {
    const suggestion = byKey.get(item.key);
    if (!suggestion) return failure(origin.kind === 'article' ? ARTICLE_CHANGED : RECORD_CHANGED);
    if (suggestion.outcome) {
      return failure(
        `Suggestion ${suggestion.rank} was already kept (claim ${suggestion.outcome.claimId}). Nothing was created: reload the page to see what is left.`,
      );
    }
  }

  return runMutation(async (tx) => {
    const source = await sourceOf(tx, actor, origin);
    const saved: IntakeSaved = {
      record: { id: 0, version: 0 },
      source,
      created: [],
      cited: [],
      alreadyCited: [],
    };
    const sourceId = source.id;
    const outcomes = new Map<string, SuggestionOutcome>();
    const at = new Date().toISOString();

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
          saved.alreadyCited.push({ claimId, key: item.key });
          outcomes.set(item.key, { action: 'already_cited', claimId, at, byId: actor.id });
          continue;
        }
      } else {
        // Drafts in stage New, assigned to the editor who took the article in.
        const claim = await createClaim(actor, { ...item.claim, status: 'draft' }, tx, {
          assignToActor: true,
        });
        if (!claim.ok) rollback(refusedItem(item.key, claim));
        claimId = claim.value.id;
        if (item.link) {
          // In the claim's own transaction: the draft and its link are kept together or not.
          const linked = await linkClaimsInTransaction(tx, actor, {
            claimId,
            kind: relationChoice(item.link.kind)!,
            otherClaimId: item.link.claimId,
          });
          if (!linked.ok) rollback(refusedItem(item.key, linked));
        }
      }
      const cited = await createCitation(actor, { ...item.citation, claimId, sourceId }, tx);
      if (!cited.ok) rollback(refusedItem(item.key, cited));
      if (item.action === 'attach') {
        saved.cited.push({ claimId, key: item.key });
        outcomes.set(item.key, { action: 'attach', claimId, at, byId: actor.id });
      } else {
        const statement = createClaimSchema.parse({ ...item.claim, status: 'draft' }).statement;
        saved.created.push({ id: claimId, statement, key: item.key });
        outcomes.set(item.key, { action: 'create', claimId, at, byId: actor.id });
      }
    }

    const suggestions = origin.suggestions.map((s) => ({
      ...s,
      outcome: outcomes.get(s.key) ?? s.outcome,
    }));
    const kept = [...outcomes].map(([key, o]) => ({ key, action: o.action, claimId: o.claimId }));
    if (origin.kind === 'record') {
      // The version read before the transaction guards the write: a second editor's create
      // from the same record in between makes this one roll back, never both keep one suggestion.
      const updated = await tx.intakeRecord.updateMany({
        where: { id: origin.id, version: origin.version },
        data: {
          suggestions: JSON.stringify(suggestions),
          version: origin.version + 1,
          updatedById: actor.id,
        },
      });
      if (updated.count !== 1) rollback(failure(RECORD_CHANGED));
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'intake.update',
        entityType: 'intakeRecord',
        entityId: origin.id,
        before: { version: origin.version },
        after: { version: origin.version + 1, kept },
      });
      saved.record = { id: origin.id, version: origin.version + 1 };
    } else {
      const details = createSourceSchema.parse(origin.sourceInput);
      const record = await tx.intakeRecord.create({
        data: {
          createdById: actor.id,
          sourceId,
          title: details.title,
          url: origin.url,
          publisherName: details.publisherName ?? null,
          publishedOn: dateOnly(details.publishedAt),
          ...keptArticleText(origin.text),
          suggestions: JSON.stringify(suggestions),
        },
        select: { id: true, version: true, title: true, textHash: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'intake.create',
        entityType: 'intakeRecord',
        entityId: record.id,
        before: null,
        after: {
          title: record.title,
          sourceId,
          textHash: record.textHash,
          suggested: suggestions.length,
          kept,
        },
      });
      saved.record = { id: record.id, version: record.version };
    }
    return ok(saved);
  });
}
