import 'server-only';
import { z } from 'zod';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/sources/source-state';
import {
  editorClaimListSearch,
  parseEditorClaimListQuery,
} from '@/lib/validation/editor-claim-list-query';
import { recordId } from '@/lib/validation/form-values';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { requiredText } from '@/lib/validation/text';
import { SAVED_VIEW_NAME_MAX, savedViewHref, type SavedViewItem } from './saved-view-rules';

export type { SavedViewItem } from './saved-view-rules';

/**
 * Saved views: an editor's named filters of the editors' list (`/editor/claims?<query>`),
 * listed on their desk. Each belongs to one editor: only they list, rename or delete it (another
 * editor's view is answered as not found, so its existence is not told either). A view keeps the
 * list's canonical query string (editorClaimListSearch), parsed back by the list's own parser,
 * so a view made from any address opens exactly the list the editor was looking at, from page 1.
 */

/** Enough for every filter at once; a longer query is search text nobody saves. */
export const SAVED_VIEW_QUERY_MAX = 2000;

const viewName = requiredText({ label: 'Name', max: SAVED_VIEW_NAME_MAX });

/** The list state as its canonical query string, from any form of the list's address. */
const listQuery = z
  .string()
  .max(SAVED_VIEW_QUERY_MAX, { error: 'These filters are too long to save as a view.' })
  .transform((raw) => {
    const params = new URLSearchParams(raw.trim().replace(/^.*?\?/, ''));
    return editorClaimListSearch(parseEditorClaimListQuery(params), { page: 1 });
  });

const saveSchema = z.strictObject({ name: viewName, query: listQuery });
const renameSchema = z.strictObject({ id: recordId('Saved view'), name: viewName });
const deleteSchema = z.strictObject({ id: recordId('Saved view') });

const NOT_YOURS = 'This saved view does not exist (it may have been deleted).';
const duplicate = (name: string) =>
  fieldFailure('name', `You already have a view named “${name}”; choose another name.`);

function itemOf(row: { id: number; name: string; query: string }): SavedViewItem {
  return { id: row.id, name: row.name, query: row.query, href: savedViewHref(row.query) };
}

/** The caller's saved views, by name. Editors only; never another editor's. */
export async function findMySavedViews(actor: Actor | null): Promise<SavedViewItem[]> {
  assertRole(actor, 'editor');
  const rows = await db.savedView.findMany({
    where: { userId: actor.id },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, query: true },
  });
  return rows.map(itemOf);
}

/** Runs a write whose unique (userId, name) index may refuse it: a duplicate is a field error. */
async function uniqueName<T>(
  name: string,
  write: () => Promise<MutationResult<T>>,
): Promise<MutationResult<T>> {
  try {
    return await write();
  } catch (error) {
    // Two saves of one name racing each other: the index decides, the answer is the same.
    if (isUniqueViolation(error)) return duplicate(name);
    throw error;
  }
}

/** Saves the list's current filters under a name, unique among the caller's views. Audited. */
export async function saveView(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<SavedViewItem>> {
  assertRole(actor, 'editor');
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name, query } = parsed.data;
  return uniqueName(name, () =>
    runMutation(async (tx) => {
      const taken = await tx.savedView.findUnique({
        where: { userId_name: { userId: actor.id, name } },
        select: { id: true },
      });
      if (taken) return duplicate(name);
      const view = await tx.savedView.create({
        data: { userId: actor.id, name, query },
        select: { id: true, name: true, query: true, userId: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'savedView.create',
        entityType: 'savedView',
        entityId: view.id,
        before: null,
        after: view,
      });
      return ok(itemOf(view));
    }),
  );
}

/** Renames one of the caller's views (another editor's: not found). Audited. */
export async function renameView(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<SavedViewItem>> {
  assertRole(actor, 'editor');
  const parsed = renameSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, name } = parsed.data;
  return uniqueName(name, () =>
    runMutation(async (tx) => {
      const before = await tx.savedView.findFirst({
        where: { id, userId: actor.id },
        select: { id: true, name: true, query: true, userId: true },
      });
      if (!before) return failure(NOT_YOURS);
      if (before.name === name) return ok(itemOf(before));
      const taken = await tx.savedView.findUnique({
        where: { userId_name: { userId: actor.id, name } },
        select: { id: true },
      });
      if (taken) return duplicate(name);
      const after = await tx.savedView.update({
        where: { id },
        data: { name },
        select: { id: true, name: true, query: true, userId: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'savedView.rename',
        entityType: 'savedView',
        entityId: id,
        before,
        after,
      });
      return ok(itemOf(after));
    }),
  );
}

/** Deletes one of the caller's views (another editor's: not found). Audited. */
export async function deleteView(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ id: number }>> {
  assertRole(actor, 'editor');
  const parsed = deleteSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id } = parsed.data;
  return runMutation(async (tx) => {
    const before = await tx.savedView.findFirst({
      where: { id, userId: actor.id },
      select: { id: true, name: true, query: true, userId: true },
    });
    if (!before) return failure(NOT_YOURS);
    await tx.savedView.delete({ where: { id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'savedView.delete',
      entityType: 'savedView',
      entityId: id,
      before,
      after: null,
    });
    return ok({ id });
  });
}
