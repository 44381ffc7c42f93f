'use server';

import { revalidatePath } from 'next/cache';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
} from '@/app/editor/form-state';
import { assertRole } from '@/lib/auth/actor';
import { getCurrentActor } from '@/lib/auth/current-user';
import { analyseArticle } from '@/lib/intake/analyse-article';
import { truncateAtWord } from '@/lib/intake/clean-statement';
import { createIntakeClaims, type IntakeSaved } from '@/lib/intake/create-intake-claims';
import { findSimilarClaims, similarityProbe } from '@/lib/intake/find-similar-claims';
import { matchSuggestedClaimants } from '@/lib/intake/match-claimants';
import { withoutMarkup } from '@/lib/intake/split-sentences';
import { articleSchema } from '@/lib/intake/intake-input';
import { MAX_SUGGESTIONS } from '@/lib/intake/limits';
import type { ArticleAnalysis } from '@/lib/intake/types';
import { findSourceByUrl } from '@/lib/sources/find-source-by-url';
import { TEXT_MAX } from '@/lib/validation/text';
import { invalidInput } from '@/lib/validation/mutation-result';
import {
  ARTICLE_FIELDS,
  SOURCE_FIELDS,
  SUGGESTION_CITATION_FIELDS,
  SUGGESTION_CLAIM_FIELDS,
  type AnalysisState,
  type CreateDraftsState,
} from './intake-state';

/*
 * The article intake's two actions. Like every editors' action, each resolves the caller inside
 * itself (actions are public POST endpoints; the page's guard does not protect them) and checks
 * the role before reading or writing anything.
 */

function nonce(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** A title for the article's source when the editor gave none: its first line, shortened. */
function proposedTitle(text: string): string {
  const firstLine = withoutMarkup(text.trim().split('\n')[0] ?? '');
  return truncateAtWord(firstLine || 'Pasted article', TEXT_MAX.sourceTitle);
}

const UNREADABLE =
  'This text could not be analysed. Nothing was saved; try pasting the article as plain text.';

/**
 * The analysis is pure code over any text a person can paste; should it still fail on some
 * input, the editor gets a sentence and the server log the cause, not an error page.
 */
function analyseSafely(...args: Parameters<typeof analyseArticle>): ArticleAnalysis | null {
  try {
    return analyseArticle(...args);
  } catch (error) {
    console.error('Article intake: analysis failed', error);
    return null;
  }
}

/** Step 1: reads the pasted article and answers with ranked suggestions. Writes nothing. */
export async function analyseArticleAction(
  _previous: AnalysisState,
  formData: FormData,
): Promise<AnalysisState> {
  const values = fieldValues(formData, ARTICLE_FIELDS);
  // The text is not echoed back: the form keeps it itself (up to 100,000 characters).
  const shortValues = fieldValues(formData, SOURCE_FIELDS);
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, shortValues);
    assertRole(actor, 'editor');
    const parsed = articleSchema.safeParse(values);
    if (!parsed.success) return failureState(invalidInput(parsed.error), shortValues);
    const article = parsed.data;
    const publishedAt = article.publishedAt?.toISOString().slice(0, 10) ?? null;
    const analysis = analyseSafely(article.text, {
      title: article.title,
      publisherName: article.publisherName,
      url: article.url,
      publishedAt,
    });
    if (!analysis) return messageState(UNREADABLE, shortValues);
    const similar = await findSimilarClaims(actor, analysis.suggestions.map(similarityProbe));
    for (const s of analysis.suggestions) s.similar = similar.get(s.key) ?? [];
    await matchSuggestedClaimants(actor, analysis.suggestions);
    const library = article.url ? await findSourceByUrl(actor, article.url) : null;
    return {
      analysis,
      source: {
        title: article.title ?? library?.title ?? proposedTitle(article.text),
        publisherName: article.publisherName ?? library?.publisher?.name ?? '',
        url: article.url ?? '',
        publishedAt: publishedAt ?? '',
      },
      librarySource: library
        ? { id: library.id, title: library.title, deleted: library.deleted }
        : undefined,
      values: shortValues,
      nonce: nonce(),
    };
  } catch (error) {
    return refusedState(error, shortValues);
  }
}

const KEY = /^s\d{1,7}[ab]?$/;

/** The kept suggestions as the data layer's input, from fields named "<key>.<field>". */
function keptItems(formData: FormData) {
  const keys = [...new Set(formData.getAll('keep').map(String))].filter((k) => KEY.test(k));
  return keys.slice(0, MAX_SUGGESTIONS + 1).map((key) => {
    const claim = Object.fromEntries(
      SUGGESTION_CLAIM_FIELDS.map((name) => [name, field(formData, `${key}.${name}`)]),
    );
    const citation = Object.fromEntries(
      SUGGESTION_CITATION_FIELDS.map((name) => [name, field(formData, `${key}.${name}`)]),
    );
    const action = field(formData, `${key}.action`) || 'create';
    const attachTo = field(formData, `${key}.attachTo`);
    // "<kind>:<claim id>" from the card's proposed link, when ticked (suggestion-card.tsx).
    const [linkKind, linkId] = field(formData, `${key}.link`).split(':');
    return {
      key,
      action,
      ...(action === 'attach' && attachTo !== '' ? { attachTo } : {}),
      ...(action === 'create' && linkKind && linkId
        ? { link: { kind: linkKind, claimId: linkId } }
        : {}),
      claim,
      citation,
    };
  });
}

/** Everything the form posted, echoed back so a refused create keeps what was typed. */
function postedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    // The article's text is not echoed back: the page holds it (up to 100,000 characters).
    if (name.startsWith('$ACTION') || name === 'text' || typeof value !== 'string') continue;
    values[name] = name === 'keep' ? [values.keep, value].filter(Boolean).join(' ') : value;
  }
  return values;
}

/** Step 2: creates the kept suggestions as draft claims (or citations), all in one transaction. */
export async function createDraftsAction(
  _previous: CreateDraftsState,
  formData: FormData,
): Promise<CreateDraftsState> {
  const values = postedValues(formData);
  const analysisNonce = field(formData, 'analysisNonce');
  try {
    const actor = await getCurrentActor();
    if (!actor) return { ...messageState(SIGN_IN_TO_EDIT, values), analysisNonce };
    assertRole(actor, 'editor');
    const result = await createIntakeClaims(actor, {
      article: fieldValues(formData, ARTICLE_FIELDS),
      items: keptItems(formData),
    });
    if (!result.ok) return { ...failureState(result, values), analysisNonce };
    revalidateCreated(result.value);
    return { saved: result.value, analysisNonce, nonce: nonce() };
  } catch (error) {
    return { ...refusedState(error, values), analysisNonce };
  }
}

/**
 * From a kept intake record (/intake/[id]): creates the suggestions ticked there, through the
 * same function and rules as a fresh intake; the record's version guards against a second editor.
 */
export async function createFromRecordAction(
  _previous: CreateDraftsState,
  formData: FormData,
): Promise<CreateDraftsState> {
  const values = postedValues(formData);
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    assertRole(actor, 'editor');
    const result = await createIntakeClaims(actor, {
      record: { id: field(formData, 'recordId'), version: field(formData, 'recordVersion') },
      items: keptItems(formData),
    });
    if (!result.ok) return failureState(result, values);
    revalidateCreated(result.value);
    return { saved: result.value, nonce: nonce() };
  } catch (error) {
    return refusedState(error, values);
  }
}

function revalidateCreated(saved: IntakeSaved) {
  revalidatePath('/intake');
  revalidatePath(`/intake/${saved.record.id}`);
  revalidatePath('/editor/claims');
  revalidatePath('/sources');
  revalidatePath(`/sources/${saved.source.id}`);
  for (const { claimId } of saved.cited) {
    revalidatePath(`/claims/${claimId}`);
    revalidatePath(`/editor/claims/${claimId}`);
  }
  revalidatePath('/claims');
}
