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
import { auditRow, nextFreeId } from './write-helpers';

/** What the rows share: sources, publishers, claimants and tags, written before the claims. */
export async function writeShared(
  tx: Tx,
  plan: ImportPlan,
  newRows: NewRow[],
  updates: UpdateRow[],
  actor: Actor,
) {
  const sourceIds = await writeSources(
    tx,
    plan,
    [...newRows.flatMap((r) => r.data.citations), ...updates.flatMap((r) => r.addCitations)],
    actor,
  );
  const claimantIds = await writeClaimants(tx, [
    ...newRows.map((r) => ({ ...r.data.claim, description: r.data.claimantDescription })),
    ...updates
      .filter((r) => r.content)
      .map((r) => ({ ...r.data.claim, description: r.data.claimantDescription })),
  ]);
  const tagIds = await writeTags(
    tx,
    newRows.flatMap((r) => r.data.claim.tags),
  );
  return { sourceIds, claimantIds, tagIds };
}

export interface SourceIds {
  byKey: Map<string, number>;
  created: number;
}

/** Sources the rows cite that are not in the library yet, with their publishers. */
async function writeSources(
  tx: Tx,
  plan: ImportPlan,
  cited: ImportCitation[],
  actor: Actor,
): Promise<SourceIds> {
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
  if (sources.length === 0) return { byKey, created: 0 };

  // A publisher is the existing one of its name however it is spelled (source-identity.ts), as
  // in the source form; a new one is created once, in the file's first spelling.
  const publishers = await publishersByKey(tx);
  const missing = new Map<string, string>();
  for (const s of sources) {
    const key = s.publisherName === null ? null : nameKey(s.publisherName);
    if (key !== null && !publishers.has(key) && !missing.has(key))
      missing.set(key, s.publisherName!);
  }
  if (missing.size > 0) {
    await tx.publisher.createMany({ data: [...missing.values()].map((name) => ({ name })) });
    const created = await inChunks([...missing.values()], (names) =>
      tx.publisher.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }),
    );
    for (const p of created) publishers.set(nameKey(p.name), p);
  }
  const publisherId = (name: string | null) =>
    name === null ? null : publishers.get(nameKey(name))!.id;

  const wanted = sources.flatMap((s) => (s.fileId !== null ? [s.fileId] : []));
  const taken = new Set(
    (
      await inChunks(wanted, (ids) =>
        tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } }),
      )
    ).map((s) => s.id),
  );
  const kept = new Set<number>();
  for (const s of sources) {
    if (s.fileId !== null && !taken.has(s.fileId) && !kept.has(s.fileId)) kept.add(s.fileId);
  }
  let next = nextFreeId((await tx.source.aggregate({ _max: { id: true } }))._max.id, kept);
  const now = new Date();
  const claimedIds = new Set<number>();
  const rows: ImportRow[] = [];
  const audit: ImportRow[] = [];
  for (const s of sources) {
    const keep = s.fileId !== null && kept.has(s.fileId) && !claimedIds.has(s.fileId);
    const id = keep ? s.fileId! : next++;
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
    audit.push({
      at: now,
      ...auditRow({
        actorId: actor.id,
        action: 'source.create',
        entityType: 'source',
        entityId: id,
        before: null,
        after,
      }),
    });
  }
  await store.importWrites.insertRows(tx, 'Source', rows);
  await store.importWrites.insertRows(tx, 'AuditEvent', audit);
  return { byKey, created: rows.length };
}

/**
 * Claimants by name (names are unique); a new one gets the kind and description of its first
 * row. An existing claimant is never edited: no form edits a claimant either.
 */
async function writeClaimants(
  tx: Tx,
  claims: {
    claimantName: string | null;
    claimantKind: string | null;
    description: string | null;
  }[],
): Promise<Map<string, number>> {
  const kinds = new Map<string, { kind: string; description: string }>();
  for (const c of claims) {
    if (c.claimantName !== null && !kinds.has(c.claimantName)) {
      kinds.set(c.claimantName, {
        kind: c.claimantKind ?? 'other',
        description: c.description ?? '',
      });
    }
  }
  const names = [...kinds.keys()];
  const find = () =>
    inChunks(names, (part) =>
      tx.claimant.findMany({ where: { name: { in: part } }, select: { id: true, name: true } }),
    );
  const known = new Set((await find()).map((c) => c.name));
  const missing = names.filter((n) => !known.has(n));
  for (const part of chunks(missing)) {
    await tx.claimant.createMany({ data: part.map((name) => ({ name, ...kinds.get(name)! })) });
  }
  return new Map((await find()).map((c) => [c.name, c.id]));
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
async function writeTags(tx: Tx, tags: TagInput[]): Promise<TagIds> {
  const bySlug = new Map<string, TagInput>();
  for (const t of tags) if (!bySlug.has(t.slug)) bySlug.set(t.slug, t);
  const find = async () => {
    const slugs = [...bySlug.keys()];
    const names = [...bySlug.values()].map((t) => t.name);
    const rows = [
      ...(await inChunks(slugs, (part) =>
        tx.tag.findMany({
          where: { slug: { in: part } },
          select: { id: true, slug: true, name: true },
        }),
      )),
      ...(await inChunks(names, (part) =>
        tx.tag.findMany({
          where: { name: { in: part } },
          select: { id: true, slug: true, name: true },
        }),
      )),
    ];
    return {
      slug: new Map(rows.map((t) => [t.slug, t.id])),
      name: new Map(rows.map((t) => [t.name, t.id])),
      byId: new Map(rows.map((t) => [t.id, t.name])),
    };
  };
  const existing = await find();
  const missing = [...bySlug.values()].filter(
    (t) => !existing.slug.has(t.slug) && !existing.name.has(t.name),
  );
  for (const part of chunks(missing)) await tx.tag.createMany({ data: part });
  const all = missing.length > 0 ? await find() : existing;
  return {
    id: (tag) => all.slug.get(tag.slug) ?? all.name.get(tag.name)!,
    name: (id) => all.byId.get(id)!,
  };
}
