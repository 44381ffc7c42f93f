import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { findSimilarClaims, similarityProbe } from './find-similar-claims';
import type {
  IntakeRecordSummary,
  IntakeRecordView,
  StoredSuggestion,
} from './intake-record-types';
import { RECENT_INTAKE_RECORDS } from './limits';

/**
 * Reading the kept intake records (model IntakeRecord): editors only, checked here, since a page's
 * guard protects nothing a server action or a future route calls directly.
 */

/** The stored JSON as suggestions; a row the app did not write reads as none, never a 500. */
export function parseStoredSuggestions(json: string): StoredSuggestion[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as StoredSuggestion[]) : [];
  } catch {
    return [];
  }
}

async function namesOf(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

export async function findRecentIntakeRecords(
  actor: Actor | null,
  limit = RECENT_INTAKE_RECORDS,
): Promise<IntakeRecordSummary[]> {
  assertRole(actor, 'editor');
  const rows = await db.intakeRecord.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      createdAt: true,
      createdById: true,
      title: true,
      url: true,
      suggestions: true,
    },
  });
  const names = await namesOf(rows.map((r) => r.createdById));
  return rows.map((r) => {
    const suggestions = parseStoredSuggestions(r.suggestions);
    return {
      id: r.id,
      createdAt: r.createdAt,
      createdByName: names.get(r.createdById) ?? 'A former editor',
      title: r.title,
      url: r.url,
      suggested: suggestions.length,
      kept: suggestions.filter((s) => s.outcome !== null).length,
    };
  });
}

/**
 * One record with its suggestions; the ones not kept yet come with the existing claims worded
 * like them now (a claim may have been made from another article since). Null when none.
 */
export async function getIntakeRecord(
  actor: Actor | null,
  id: number,
): Promise<IntakeRecordView | null> {
  assertRole(actor, 'editor');
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const row = await db.intakeRecord.findUnique({ where: { id } });
  if (!row) return null;
  const stored = parseStoredSuggestions(row.suggestions);
  const open = stored.filter((s) => s.outcome === null);
  const similar = await findSimilarClaims(actor, open.map(similarityProbe));
  const names = await namesOf([row.createdById]);
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    createdByName: names.get(row.createdById) ?? 'A former editor',
    sourceId: row.sourceId,
    title: row.title,
    url: row.url,
    publisherName: row.publisherName,
    publishedOn: row.publishedOn,
    textLength: row.textLength,
    text: row.text,
    excerpt: row.excerpt,
    textHash: row.textHash,
    suggestions: stored.map((s) => ({ ...s, similar: similar.get(s.key) ?? [] })),
  };
}
