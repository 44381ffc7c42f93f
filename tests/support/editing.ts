/**
 * Builders for the editors' data-layer tests: signed-in callers as real `user` rows, a count of
 * every table a mutation may write (to prove a refused call wrote nothing), and valid inputs.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@/lib/auth/actor';
import { testDb, unique } from './factories';

async function actorWith(role: Role, name: string): Promise<Actor> {
  const id = randomUUID();
  await testDb.user.create({
    data: { id, name, email: `${id}@example.test`, role, emailVerified: true },
  });
  return { id, role };
}

export const editor = (name = unique('Editor')) => actorWith('editor', name);
export const admin = (name = unique('Admin')) => actorWith('admin', name);

/** Rows in every table the editors' functions write. */
export async function rowCounts() {
  const [claims, claimants, sources, publishers, citations, tags, claimTags, revisions, audit] =
    await Promise.all([
      testDb.claim.count(),
      testDb.claimant.count(),
      testDb.source.count(),
      testDb.publisher.count(),
      testDb.citation.count(),
      testDb.tag.count(),
      testDb.claimTag.count(),
      testDb.verdictRevision.count(),
      testDb.auditEvent.count(),
    ]);
  return { claims, claimants, sources, publishers, citations, tags, claimTags, revisions, audit };
}

/** A complete, valid createClaim input; a new claimant named inline. */
export function claimInput(overrides: Record<string, unknown> = {}) {
  return {
    statement: unique('Up to 12,000 North Korean troops are at Russian bases'),
    title: 'Troops at Russian bases',
    claimantName: unique('South Korean intelligence'),
    claimantKind: 'agency',
    firstAppearedAt: '2024-11-05',
    firstAppearanceUrl: 'https://example.org/report',
    firstAppearanceNote: 'Briefing to lawmakers',
    context: 'Reported during the Kursk fighting.',
    tags: ['North Korea', 'Troop deployment'],
    place: 'Russian Far East',
    quantityQualifier: 'up_to',
    quantityMax: '12,000',
    quantityUnit: 'troops',
    ...overrides,
  };
}

export function auditEventsFor(entityType: string, entityId: number) {
  return testDb.auditEvent.findMany({
    where: { entityType, entityId: String(entityId) },
    orderBy: { id: 'asc' },
  });
}
