import { describe, expect, it } from 'vitest';
import { createCitation } from '@/lib/citations/create-citation';
import { createClaim } from '@/lib/claims/create-claim';
import { deleteClaim } from '@/lib/claims/delete-claim';
import { createNote } from '@/lib/notes/create-note';
import { deleteNote } from '@/lib/notes/delete-note';
import { editNote } from '@/lib/notes/edit-note';
import { findNotes } from '@/lib/notes/find-notes';
import { EDIT_TOO_LATE, NOTE_EDIT_WINDOW_MS } from '@/lib/notes/note-rules';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, auditEventsFor, claimInput, editor } from '../support/editing';
import { createSource, testDb, unique } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function newClaim() {
  const author = await editor();
  const created = value(await createClaim(author, claimInput()));
  return { author, ...created };
}

const mentionsOf = (userId: string) =>
  testDb.notification.findMany({
    where: { userId, kind: 'mentioned' },
    orderBy: { id: 'asc' },
    select: { kind: true, claimId: true, noteId: true, actorId: true },
  });

/** Moves a note's creation back in time: the 10-minute rule without waiting 10 minutes. */
const age = (id: number, ms: number) =>
  testDb.note.update({ where: { id }, data: { createdAt: new Date(Date.now() - ms) } });

describe('notes', () => {
  it('are written on a claim, audited with claim and citation, and listed for editors', async () => {
    const { author, id } = await newClaim();
    const saved = value(
      await createNote(author, { claimId: String(id), body: 'Check the **NIS** briefing' }),
    );
    const [event] = await auditEventsFor('note', saved.id);
    expect(event).toMatchObject({ action: 'note.create', actorId: author.id, before: null });
    expect(JSON.parse(event!.after!)).toMatchObject({
      id: saved.id,
      claimId: id,
      citationId: null,
      authorId: author.id,
      body: 'Check the **NIS** briefing',
    });
    const { notes, total } = await findNotes(author, id);
    expect(total).toBe(1);
    expect(notes[0]).toMatchObject({
      body: 'Check the **NIS** briefing',
      citationId: null,
      canEdit: true,
      canDelete: true,
    });
  });

  it('are written on one of the claim’s citations, and refused on another claim’s', async () => {
    const { author, id } = await newClaim();
    const other = await newClaim();
    const source = await createSource({ title: unique('Briefing') });
    const citation = value(
      await createCitation(author, {
        claimId: id,
        sourceId: source.id,
        stance: 'supports',
        quote: 'Up to 12,000',
      }),
    );
    const saved = value(
      await createNote(author, { claimId: id, citationId: citation.id, body: 'Quote checked.' }),
    );
    const [event] = await auditEventsFor('note', saved.id);
    expect(JSON.parse(event!.after!)).toMatchObject({ claimId: id, citationId: citation.id });

    const refused = await createNote(author, {
      claimId: other.id,
      citationId: citation.id,
      body: 'Wrong place',
    });
    expect(refused.ok ? {} : refused.errors).toHaveProperty('citationId');
    expect(await testDb.note.count({ where: { claimId: other.id } })).toBe(0);
  });

  it('refuse empty, too long and hidden-character bodies with a field error', async () => {
    const { author, id } = await newClaim();
    for (const body of ['   ', 'x'.repeat(5001), 'a\u202Eb']) {
      const result = await createNote(author, { claimId: id, body });
      expect(result.ok).toBe(false);
      expect(result.ok ? {} : result.errors).toHaveProperty('body');
    }
    const refused = await createNote(author, { claimId: id, body: 'x', authorId: 'someone' });
    expect(refused.ok).toBe(false);
    expect(await testDb.note.count({ where: { claimId: id } })).toBe(0);
  });

  it('are refused on a deleted claim, and to people who are not editors', async () => {
    const { id, version } = await newClaim();
    const boss = await admin();
    value(await deleteClaim(boss, { id, version }));
    const refused = await createNote(boss, { claimId: id, body: 'Too late' });
    expect(refused.ok ? '' : refused.message).toMatch(/deleted/);
    await expect(createNote(null, { claimId: id, body: 'Anonymous' })).rejects.toThrow(
      /not allowed/,
    );
  });

  it('can be edited by their author within 10 minutes, audited; not by others or later', async () => {
    const { author, id } = await newClaim();
    const note = value(await createNote(author, { claimId: id, body: 'First text' }));
    value(await editNote(author, { id: note.id, body: 'Corrected text' }));
    expect((await testDb.note.findUniqueOrThrow({ where: { id: note.id } })).body).toBe(
      'Corrected text',
    );
    const events = await auditEventsFor('note', note.id);
    expect(events.map((e) => e.action)).toEqual(['note.create', 'note.edit']);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ body: 'First text', claimId: id });
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ body: 'Corrected text', claimId: id });

    const other = await editor();
    const notAuthor = await editNote(other, { id: note.id, body: 'Not mine' });
    expect(notAuthor.ok ? '' : notAuthor.message).toMatch(/Only the note’s author/);

    await age(note.id, NOTE_EDIT_WINDOW_MS + 1000);
    const late = await editNote(author, { id: note.id, body: 'Too late' });
    expect(late.ok).toBe(false);
    expect(late.ok ? '' : late.message).toBe(EDIT_TOO_LATE);
    expect(late.ok ? {} : late.errors).toHaveProperty('body');
    expect((await testDb.note.findUniqueOrThrow({ where: { id: note.id } })).body).toBe(
      'Corrected text',
    );
    expect((await findNotes(author, id)).notes[0]).toMatchObject({ canEdit: false });
  });

  it('are deleted softly by their author or an admin, audited, and then no longer listed', async () => {
    const { author, id } = await newClaim();
    const first = value(await createNote(author, { claimId: id, body: 'Mine' }));
    const second = value(await createNote(author, { claimId: id, body: 'Also mine' }));

    const other = await editor();
    const refused = await deleteNote(other, { id: first.id });
    expect(refused.ok ? '' : refused.message).toMatch(/author or an admin/);

    value(await deleteNote(author, { id: first.id }));
    value(await deleteNote(await admin(), { id: second.id }));
    const rows = await testDb.note.findMany({ where: { claimId: id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.body, r.deletedAt !== null])).toEqual([
      ['Mine', true],
      ['Also mine', true],
    ]);
    const [, deleted] = await auditEventsFor('note', first.id);
    expect(deleted).toMatchObject({ action: 'note.delete', actorId: author.id });
    expect(JSON.parse(deleted!.before!)).toMatchObject({ deletedAt: null, claimId: id });
    expect(JSON.parse(deleted!.after!)).toMatchObject({ deletedById: author.id, claimId: id });
    expect(await findNotes(author, id)).toEqual({ notes: [], total: 0 });

    const twice = await deleteNote(author, { id: first.id });
    expect(twice.ok ? '' : twice.message).toMatch(/deleted/);
    const editDeleted = await editNote(author, { id: first.id, body: 'Back' });
    expect(editDeleted.ok).toBe(false);
  });
});

describe('mentions', () => {
  it('notify each mentioned editor once per note, not the author, not readers or banned users', async () => {
    const { author, id } = await newClaim();
    const ana = await editor(unique('Ana'));
    const anaName = (await testDb.user.findUniqueOrThrow({ where: { id: ana.id } })).name;
    const bo = await editor(`Bo ${unique('Kim')}`);
    const boName = (await testDb.user.findUniqueOrThrow({ where: { id: bo.id } })).name;
    const banned = await editor(unique('Banned'));
    const bannedName = (await testDb.user.findUniqueOrThrow({ where: { id: banned.id } })).name;
    await testDb.user.update({ where: { id: banned.id }, data: { banned: true } });
    const authorName = (await testDb.user.findUniqueOrThrow({ where: { id: author.id } })).name;

    const body = `@"${anaName}" and @"${boName.toUpperCase()}": look. Again @"${anaName}". Not @"${bannedName}", not @"${authorName}", not @"Nobody at all".`;
    const note = value(await createNote(author, { claimId: id, body }));
    expect(note.mentioned.sort()).toEqual([ana.id, bo.id].sort());
    const told = { kind: 'mentioned', claimId: id, noteId: note.id, actorId: author.id };
    expect(await mentionsOf(ana.id)).toEqual([told]);
    expect(await mentionsOf(bo.id)).toEqual([told]);
    expect(await mentionsOf(banned.id)).toEqual([]);
    expect(await mentionsOf(author.id)).toEqual([]);
  });

  it('on edit, notify only the newly mentioned', async () => {
    const { author, id } = await newClaim();
    const ana = await editor(unique('Ana'));
    const anaName = (await testDb.user.findUniqueOrThrow({ where: { id: ana.id } })).name;
    const cy = await editor(unique('Cy'));
    const cyName = (await testDb.user.findUniqueOrThrow({ where: { id: cy.id } })).name;

    const note = value(await createNote(author, { claimId: id, body: `@"${anaName}" see this` }));
    const edited = value(
      await editNote(author, { id: note.id, body: `@"${anaName}" and @"${cyName}" see this` }),
    );
    expect(edited.mentioned).toEqual([cy.id]);
    expect(await mentionsOf(ana.id)).toHaveLength(1);
    expect(await mentionsOf(cy.id)).toEqual([
      { kind: 'mentioned', claimId: id, noteId: note.id, actorId: author.id },
    ]);
  });
});
