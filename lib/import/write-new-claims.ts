import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import type { CitationEditState } from '@/lib/citations/citation-state';
import { toClaimState } from '@/lib/claims/claim-state';
import { publishedAtFor } from '@/lib/claims/publish-claim';
import { store } from '@/lib/db/store';
import type { ImportRow } from '@/lib/db/import-store';
import { stageForStatus } from '@/lib/domain/stages';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { NewRow } from './plan-import';
import type { IdReservations, IdSupply } from './id-reservations';
import { claimContentColumns, timedAuditRow } from './write-helpers';
import type { ClaimantRef, SourceIds, TagIds } from './write-shared';

/** Each new claim's id: the file's when it is free (the plan said so), else a reserved one. */
export async function assignClaimIds(
  ids: IdReservations,
  rows: NewRow[],
): Promise<Map<NewRow, number>> {
  const kept = rows.flatMap((r) => (r.keepsId ? [r.data.id!] : []));
  const next = await ids.reserve('claim', rows.length - kept.length, kept);
  return new Map(rows.map((r) => [r, r.keepsId ? r.data.id! : next()]));
}

export interface NewClaimContext {
  claimIds: Map<NewRow, number>;
  /** By the claimant name as the rows have it. */
  claimants: Map<string, ClaimantRef>;
  tagIds: TagIds;
  sourceIds: SourceIds;
  /** The citations' reserved ids, in order. */
  citationId: IdSupply;
}

/** A new claim's version: the schema's default, which create-claim.ts leaves to the database. */
const FIRST_VERSION = 1;

/** A batch of new claims' rows, table by table, as buildNewClaims makes them. */
export interface NewClaimRows {
  claims: ImportRow[];
  tags: ImportRow[];
  citations: ImportRow[];
  revisions: ImportRow[];
  audit: ImportRow[];
}

/** Writes a batch buildNewClaims made, inside the import's transaction. */
export async function writeNewClaims(tx: Tx, rows: NewClaimRows): Promise<void> {
  const writes = store.importWrites;
  await writes.insertRows(tx, 'Claim', rows.claims);
  await writes.insertRows(tx, 'ClaimTag', rows.tags);
  await writes.insertRows(tx, 'Citation', rows.citations);
  await writes.insertRows(tx, 'VerdictRevision', rows.revisions);
  await writes.insertRows(tx, 'AuditEvent', rows.audit);
}

/**
 * A batch of new claims' rows, as create-claim.ts would write each (plus its citations and verdict
 * history), in a few multi-row statements (store.importWrites.insertRows). Every column is
 * given, defaults included, and the audit snapshots are made from the rows written rather than
 * read back: the same objects the forms' audit events hold (toClaimState, CitationEditState).
 * Built before the transaction (nothing here reads the database), so the write lock is held for
 * the inserts only. Citations take their ids from `context.citationId`, in order.
 * Times follow the row's `history` (plan-import.ts):
 * - `file` (an admin's import): created, updated and first published as the file says (a
 *   published claim from a file without a publication date, exported before it travelled: since
 *   it was created), and the file's revisions (without one, the current verdict as of the file's
 *   update) each at its own date, marked imported now by the admin; their author is not a user
 *   here (`createdById` null);
 * - `now`: created, updated and published now (publish-claim.ts), and the current verdict one
 *   revision by the importing user, now.
 */
export function buildNewClaims(
  rows: NewRow[],
  actor: Actor,
  context: NewClaimContext,
  now: Date,
): NewClaimRows {
  const builder = newClaimsBuilder(actor, context, now);
  for (const r of rows) builder.add(r);
  return builder.rows();
}

/** Claims built between two turns of the event loop (a few milliseconds' work). */
const CLAIMS_PER_TURN = 50;

/**
 * buildNewClaims, handing the event loop back every few claims: when the rows are built while
 * the server writes the batch before (store.importWrites.buildsWhileWriting), a COPY's data and
 * the next statement are only sent between turns, so a batch built in one go (~50 ms) left the
 * server idle as long (measured: the server's AuditEvent COPYs took 915 ms of wall time for
 * ~300 ms of work).
 */
export async function buildNewClaimsInTurns(
  rows: NewRow[],
  actor: Actor,
  context: NewClaimContext,
  now: Date,
): Promise<NewClaimRows> {
  const builder = newClaimsBuilder(actor, context, now);
  for (let i = 0; i < rows.length; i++) {
    builder.add(rows[i]!);
    if ((i + 1) % CLAIMS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return builder.rows();
}

/**
 * Builds new claims' rows one claim at a time (`add`), in order; `rows` gives them by table.
 * Every row is one object literal of a fixed shape, made once: this runs per claim, citation and
 * revision of files of 100,000 claims, where spreads and rest copies of each row (the old way)
 * cost a third of the building and most of its garbage.
 */
function newClaimsBuilder(actor: Actor, context: NewClaimContext, now: Date) {
  const claimRows: ImportRow[] = [];
  const tagRows: ImportRow[] = [];
  const citationRows: ImportRow[] = [];
  const revisionRows: ImportRow[] = [];
  const audit: ImportRow[] = [];
  const citationAudit: ImportRow[] = [];
  const add = (r: NewRow) => {
    const { claim, verdict, history, citations } = r.data;
    const id = context.claimIds.get(r)!;
    const claimant = context.claimants.get(claim.claimantName!)!;
    const fromFile = r.history === 'file';
    const updatedAt = fromFile ? (r.data.updatedAt ?? now) : now;
    const createdAt = fromFile ? (r.data.createdAt ?? (updatedAt < now ? updatedAt : now)) : now;
    const content = claimContentColumns(claim);
    const written = {
      id,
      statement: content.statement,
      title: content.title ?? null,
      firstAppearedAt: content.firstAppearedAt ?? null,
      firstAppearanceUrl: content.firstAppearanceUrl ?? null,
      firstAppearanceNote: content.firstAppearanceNote ?? '',
      context: content.context ?? '',
      place: content.place ?? null,
      quantityQualifier: content.quantityQualifier ?? null,
      quantityValue: content.quantityValue ?? null,
      quantityMin: content.quantityMin ?? null,
      quantityMax: content.quantityMax ?? null,
      quantityUnit: content.quantityUnit ?? null,
      claimantId: claimant.id,
      verdict: verdict.verdict,
      verdictRank: verdictInfo(verdict.verdict).rank,
      confidence: verdict.confidence,
      rationale: verdict.rationale,
      status: claim.status,
      publishedAt: fromFile
        ? publishedAtFor(claim.status, r.data.publishedAt, createdAt)
        : publishedAtFor(claim.status, null, now),
      version: FIRST_VERSION,
      createdAt,
      updatedAt,
      createdById: actor.id,
      updatedById: actor.id,
      deletedAt: null,
      deletedById: null,
      // The desk's stage follows the status, as the forms write it (lib/domain/stages.ts).
      stage: stageForStatus(claim.status, 'new'),
      stageChangedAt: updatedAt,
    };
    claimRows.push(written);
    const tagIds = [...new Set(claim.tags.map(context.tagIds.id))];
    for (const tagId of tagIds) tagRows.push({ claimId: id, tagId });
    audit.push(
      timedAuditRow(now, {
        actorId: actor.id,
        action: 'claim.create',
        entityType: 'claim',
        entityId: id,
        before: null,
        after: toClaimState({
          id,
          statement: written.statement,
          title: written.title,
          claimantId: written.claimantId,
          claimant: { name: claimant.name },
          firstAppearedAt: written.firstAppearedAt,
          firstAppearanceUrl: written.firstAppearanceUrl,
          firstAppearanceNote: written.firstAppearanceNote,
          context: written.context,
          place: written.place,
          quantityQualifier: written.quantityQualifier,
          quantityValue: written.quantityValue,
          quantityMin: written.quantityMin,
          quantityMax: written.quantityMax,
          quantityUnit: written.quantityUnit,
          tags: tagIds.map((tagId) => ({ tag: { name: context.tagIds.name(tagId) } })),
          verdict: written.verdict,
          confidence: written.confidence,
          rationale: written.rationale,
          status: written.status,
          publishedAt: written.publishedAt,
          deletedAt: null,
          version: FIRST_VERSION,
          updatedAt,
        }),
      }),
    );
    for (const c of citations) {
      // The snapshot the citation form's event holds (citation-state.ts), from the row written.
      const citation: CitationEditState = {
        id: context.citationId(),
        claimId: id,
        sourceId: context.sourceIds.byKey.get(c.source.key)!,
        stance: c.stance,
        quote: c.quote,
        locator: c.locator,
        deletedAt: null,
        updatedAt: now,
      };
      citationRows.push({
        id: citation.id,
        claimId: id,
        sourceId: citation.sourceId,
        stance: c.stance,
        quote: c.quote,
        locator: c.locator,
        createdAt: now,
        updatedAt: now,
        createdById: actor.id,
        updatedById: actor.id,
        deletedAt: null,
      });
      citationAudit.push(
        timedAuditRow(now, {
          actorId: actor.id,
          action: 'citation.create',
          entityType: 'citation',
          entityId: citation.id,
          before: null,
          after: citation,
        }),
      );
    }
    if (fromFile && history) {
      for (const rev of history) {
        revisionRows.push(
          importedRevision(
            id,
            rev.verdict,
            rev.confidence,
            rev.rationale,
            rev.overrideReason,
            rev.at,
          ),
        );
      }
    } else if (fromFile) {
      revisionRows.push(
        importedRevision(
          id,
          verdict.verdict,
          verdict.confidence,
          verdict.rationale,
          null,
          updatedAt,
        ),
      );
    } else {
      revisionRows.push({
        claimId: id,
        verdict: verdict.verdict,
        confidence: verdict.confidence,
        rationale: verdict.rationale,
        overrideReason: null,
        createdAt: now,
        createdById: actor.id,
        importedAt: null,
        importedById: null,
      });
    }
  };
  /** A revision from the file: at its own date, its author not a user here, imported now. */
  const importedRevision = (
    claimId: number,
    verdict: string,
    confidence: string,
    rationale: string,
    overrideReason: string | null,
    at: Date,
  ): ImportRow => ({
    claimId,
    verdict,
    confidence,
    rationale,
    overrideReason,
    createdAt: at,
    createdById: null,
    importedAt: now,
    importedById: actor.id,
  });
  const rows = (): NewClaimRows => ({
    claims: claimRows,
    tags: tagRows,
    citations: citationRows,
    revisions: revisionRows,
    // Claims' events first, then their citations', as the forms would have written them.
    audit: audit.concat(citationAudit),
  });
  return { add, rows };
}
