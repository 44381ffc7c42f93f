import 'server-only';
import { rollback, runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { createSourceSchema } from '@/lib/validation/source-input';
import { findSameDocument } from './find-same-document';
import { normalizeUrl } from './normalize-url';
import {
  duplicateSource,
  isUniqueViolation,
  readSourceState,
  resolvePublisher,
} from './source-state';

/**
 * Adds a source. Its URL is stored normalised; when the library already holds the document
 * (find-same-document.ts: the same page, also over http/https or with `www.`; without a link,
 * the same title, publisher and date) the result is `ok: false` with `existing` (the form offers
 * it) and nothing is written. A publisher named inline is the existing one of that name however
 * it is spelled. The unique index decides, so two editors adding the same link at once get the
 * same answer. Given `inTx`, writes inside that transaction; the caller then checks the link
 * first.
 */
export async function createSource(
  actor: Actor | null,
  input: unknown,
  inTx?: Tx,
): Promise<MutationResult<{ id: number; updatedAt: Date }>> {
  assertRole(actor, 'editor');
  const parsed = createSourceSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { publisherId, publisherName, url, ...fields } = parsed.data;
  const normalised = url === null ? null : normalizeUrl(url);

  const write = async (tx: Tx): Promise<MutationResult<{ id: number; updatedAt: Date }>> => {
    const publisher = await resolvePublisher(tx, { publisherId, publisherName });
    if (!publisher.ok) return publisher;
    const same = await findSameDocument(tx, {
      url: normalised,
      title: fields.title,
      publisherId: publisher.id,
      publishedAt: fields.publishedAt,
    });
    // Thrown, not returned: a publisher named inline above is undone with the rest.
    if (same) rollback(duplicateSource(same));
    const source = await tx.source.create({
      data: {
        ...fields,
        url: normalised,
        publisherId: publisher.id,
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: { id: true, updatedAt: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'source.create',
      entityType: 'source',
      entityId: source.id,
      before: null,
      after: await readSourceState(tx, source.id),
    });
    return ok(source);
  };
  if (inTx) return write(inTx);

  try {
    return await runMutation(write);
  } catch (error) {
    if (normalised !== null && isUniqueViolation(error)) {
      const existing = await db.source.findUnique({
        where: { url: normalised },
        select: { id: true, title: true, deletedAt: true },
      });
      if (existing) return duplicateSource(existing);
    }
    throw error;
  }
}
