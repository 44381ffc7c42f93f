import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import type { ImportRow } from '@/lib/db/import-store';
import { store } from '@/lib/db/store';
import type { SourceKind } from '@/lib/domain/evidence';
import { nameKey } from '@/lib/sources/source-identity';
import { publishersByKey, type SourceEditState } from '@/lib/sources/source-state';
import type { TagInput } from '@/lib/validation/claim-input';
import { chunks, inChunks } from './batches';
import type { ImportPlan, NewRow, UpdateRow } from './plan-import';
import type { ImportCitation, ImportSource } from './validate-row';
import type { IdReservations } from './id-reservations';
import type { ImportReader } from './plan-reads';
import { inTurnOrTogether } from './in-turn-or-together';
import { timedAuditRow } from './write-helpers';

/**
 * What the rows share: sources, publishers, claimants and tags, written before the claims.
 * Built (ids chosen, rows and audit snapshots made) by prepareShared before the transaction,
 * written by writeShared inside it.
 */
export async function prepareShared(
  reader: ImportReader,
  ids: IdReservations,
  plan: ImportPlan,
  newRows: NewRow[],
  updates: UpdateRow[],
  actor: Actor,
  now: Date,
  /** Whether the reads may be sent together (write-import.ts inTurnOrTogether). */
  together: boolean,
) {
  const [sources, claimants, tags] = await inTurnOrTogether(together, [
    () =>
      prepareSources(
        reader,
        ids,
        plan,
        [...newRows.flatMap((r) => r.data.citations), ...updates.flatMap((r) => r.addCitations)],
        actor,
        now,
      ),
    () =>
      prepareClaimants(ids, plan, [
        ...newRows.map((r) => ({ ...r.data.claim, description: r.data.claimantDescription })),
        ...updates
          .filter((r) => r.content)
          .map((r) => ({ ...r.data.claim, description: r.data.claimantDescription })),
      ]),
    () =>
      prepareTags(
        reader,
        ids,
        newRows.flatMap((r) => r.data.claim.tags),
      ),
  ] as const);
  return {
    sourceIds: sources.ids,
    claimants: claimants.ids,
    tagIds: tags.ids,
    rows: {
      publishers: sources.publishers,
      sources: sources.rows,
      sourceAudit: sources.audit,
      claimants: claimants.rows,
      tags: tags.rows,
    },
  };
}

export type PreparedShared = Awaited<ReturnType<typeof prepareShared>>;

/** The shared rows prepareShared built, in the transaction: publishers before their sources. */
export async function writeShared(tx: Tx, { rows }: PreparedShared): Promise<void> {
  for (const part of chunks(rows.publishers)) await tx.publisher.createMany({ data: part });
  for (const part of chunks(rows.claimants)) await tx.claimant.createMany({ data: part });
  for (const part of chunks(rows.tags)) await tx.tag.createMany({ data: part });
  await store.importWrites.insertRows(tx, 'Source', rows.sources);
  await store.importWrites.insertRows(tx, 'AuditEvent', rows.sourceAudit);
}

export interface SourceIds {
  byKey: Map<string, number>;
  created: number;
}

/** Sources the rows cite that are not in the library yet, with their publishers. */
async function prepareSources(
  reader: ImportReader,
  ids: IdReservations,
  plan: ImportPlan,
  cited: ImportCitation[],
  actor: Actor,
  now: Date,
) {
  const byKey = new Map<string, number>();
  const toCreate = new Map<string, ImportSource>();
  for (const c of cited) {
    const resolved = plan.sources.get(c.source.key);
    if (resolved?.kind === 'existing') byKey.set(c.source.key, resolved.id);
    else if (resolved?.kind === 'new' && !toCreate.has(c.source.key)) {
      toCreate.set(c.source.key, resolved.source);
    }
  }
  const sources = [...toCreate.values()];
  const publisherRows: { id: number; name: string }[] = [];
  const rows: ImportRow[] = [];
  const audit: ImportRow[] = [];
  if (sources.length === 0) {
    return { ids: { byKey, created: 0 } as SourceIds, publishers: publisherRows, rows, audit };
  }

  // A publisher is the existing one of its name however it is spelled (source-identity.ts), as
  // in the source form; a new one is created once, in the file's first spelling.
  const publishers = await publishersByKey(reader);
  const missing = new Map<string, string>();
  for (const s of sources) {
    const key = s.publisherName === null ? null : nameKey(s.publisherName);
    if (key !== null && !publishers.has(key) && !missing.has(key))
      missing.set(key, s.publisherName!);
  }
  const nextPublisher = await ids.reserve('publisher', missing.size);
  for (const [key, name] of missing) {
    const created = { id: nextPublisher(), name };
    publisherRows.push(created);
    publishers.set(key, created);
  }
  const publisherId = (name: string | null) =>
    name === null ? null : publishers.get(nameKey(name))!.id;

  const wanted = sources.flatMap((s) => (s.fileId !== null ? [s.fileId] : []));
  const taken = new Set(
    (
      await inChunks(wanted, (part) =>
        reader.source.findMany({ where: { id: { in: part } }, select: { id: true } }),
      )
    ).map((s) => s.id),
  );
  const kept = new Set<number>();
  for (const s of sources) {
    if (s.fileId !== null && !taken.has(s.fileId) && !kept.has(s.fileId)) kept.add(s.fileId);
  }
  // Each kept id goes to the first source of that id; every other source takes a new one.
  const next = await ids.reserve('source', sources.length - kept.size, kept);
  const claimedIds = new Set<number>();
  for (const s of sources) {
    const keep = s.fileId !== null && kept.has(s.fileId) && !claimedIds.has(s.fileId);
    const id = keep ? s.fileId! : next();
    claimedIds.add(id);
    byKey.set(s.key, id);
    const kind = s.kind as SourceKind;
    rows.push({
      id,
      title: s.title,
      publisherId: publisherId(s.publisherName),
      kind,
      url: s.url,
      publishedAt: s.publishedAt,
      archiveUrl: s.archiveUrl,
      createdAt: now,
      updatedAt: now,
      createdById: actor.id,
      updatedById: actor.id,
      deletedAt: null,
    });
    // The snapshot the source form's event holds (source-state.ts), from the row written.
    const after: SourceEditState = {
      id,
      title: s.title,
      kind,
      url: s.url,
      publishedAt: s.publishedAt,
      archiveUrl: s.archiveUrl,
      deletedAt: null,
      updatedAt: now,
      publisherId: publisherId(s.publisherName),
      publisherName:
        s.publisherName === null ? null : publishers.get(nameKey(s.publisherName))!.name,
    };
    audit.push(
      timedAuditRow(now, {
        actorId: actor.id,
        action: 'source.create',
        entityType: 'source',
        entityId: id,
        before: null,
        after,
      }),
    );
  }
  return {
    ids: { byKey, created: rows.length } as SourceIds,
    publishers: publisherRows,
    rows,
    audit,
  };
}

/** A claimant the new and updated claims name: its id, and its own name for their audit events. */
export interface ClaimantRef {
  id: number;
  name: string;
}

/**
 * The claimant of each row's claimant name, as the plan resolved it (plan-claimants.ts): an
 * existing one by its name or an alias, else one created here, once for the names that fold
 * alike, with the kind and description of its first row. An existing claimant is never edited:
 * no form edits a claimant either.
 */
async function prepareClaimants(
  ids: IdReservations,
  plan: ImportPlan,
  claims: {
    claimantName: string | null;
    claimantKind: string | null;
    description: string | null;
  }[],
) {
  const byName = new Map<string, ClaimantRef>();
  const created = new Map<string, { name: string; kind: string; description: string }>();
  for (const c of claims) {
    if (c.claimantName === null || byName.has(c.claimantName)) continue;
    const claimant = plan.claimants.get(c.claimantName)!;
    if (claimant.kind === 'existing') {
      byName.set(c.claimantName, { id: claimant.id, name: claimant.name });
    } else if (!created.has(claimant.key)) {
      created.set(claimant.key, {
        name: claimant.name,
        kind: c.claimantKind ?? 'other',
        description: c.description ?? '',
      });
    }
  }
  const next = await ids.reserve('claimant', created.size);
  const rows = [...created.values()].map((c) => ({ id: next(), ...c }));
  const byKey = new Map([...created.keys()].map((key, i) => [key, rows[i]!]));
  for (const c of claims) {
    const claimant = c.claimantName === null ? null : plan.claimants.get(c.claimantName)!;
    if (claimant?.kind === 'new') byName.set(c.claimantName!, byKey.get(claimant.key)!);
  }
  return { ids: byName, rows };
}

/** The new claims' tags: the id of each file tag, and the name stored under an id. */
export interface TagIds {
  id: (tag: TagInput) => number;
  name: (id: number) => string;
}

/**
 * Tag ids for the new claims' tags: an existing tag of the same slug or name is reused, as
 * sync-claim-tags.ts does. Updates use syncClaimTags itself.
 */
async function prepareTags(reader: ImportReader, ids: IdReservations, tags: TagInput[]) {
  const bySlug = new Map<string, TagInput>();
  for (const t of tags) if (!bySlug.has(t.slug)) bySlug.set(t.slug, t);
  const slugs = [...bySlug.keys()];
  const names = [...bySlug.values()].map((t) => t.name);
  const existing = [
    ...(await inChunks(slugs, (part) =>
      reader.tag.findMany({
        where: { slug: { in: part } },
        select: { id: true, slug: true, name: true },
      }),
    )),
    ...(await inChunks(names, (part) =>
      reader.tag.findMany({
        where: { name: { in: part } },
        select: { id: true, slug: true, name: true },
      }),
    )),
  ];
  const slug = new Map(existing.map((t) => [t.slug, t.id]));
  const name = new Map(existing.map((t) => [t.name, t.id]));
  const missing = [...bySlug.values()].filter((t) => !slug.has(t.slug) && !name.has(t.name));
  const next = await ids.reserve('tag', missing.length);
  const rows = missing.map((t) => ({ id: next(), name: t.name, slug: t.slug }));
  const all = [...existing, ...rows];
  const byId = new Map(all.map((t) => [t.id, t.name]));
  for (const t of rows) {
    slug.set(t.slug, t.id);
    name.set(t.name, t.id);
  }
  const tagIds: TagIds = {
    id: (tag) => slug.get(tag.slug) ?? name.get(tag.name)!,
    name: (id) => byId.get(id)!,
  };
  return { ids: tagIds, rows };
}
