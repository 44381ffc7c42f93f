import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { deleteView, findMySavedViews, renameView, saveView } from '@/lib/desk/saved-views';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, editor } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

describe('saved views', () => {
  it("keep the list's canonical query under a name, listed for their editor only", async () => {
    const me = await editor();
    const other = await editor();
    const view = value(
      await saveView(me, {
        name: '  My review queue ',
        query: '/editor/claims?reviewer=me&stage=in_review&page=3&bogus=1&sort=updated',
      }),
    );
    expect(view).toMatchObject({
      name: 'My review queue',
      query: 'stage=in_review&reviewer=me',
      href: '/editor/claims?stage=in_review&reviewer=me',
    });
    expect(await findMySavedViews(me)).toEqual([view]);
    expect(await findMySavedViews(other)).toEqual([]);
    const events = await auditEventsFor('savedView', view.id);
    expect(events.map((e) => e.action)).toEqual(['savedView.create']);
  });

  it('refuse a duplicate name with a field error, and names over 80 characters', async () => {
    const me = await editor();
    const other = await editor();
    value(await saveView(me, { name: 'Mine', query: 'assignee=me' }));
    const twice = await saveView(me, { name: 'Mine', query: 'stage=new' });
    expect(twice.ok ? {} : twice.errors?.name?.[0]).toMatch(/already have a view named “Mine”/);
    // Another editor may use the same name.
    value(await saveView(other, { name: 'Mine', query: 'stage=new' }));
    const long = await saveView(me, { name: 'x'.repeat(81), query: '' });
    expect(long.ok ? {} : long.errors?.name?.[0]).toMatch(/at most 80 characters/);
    const blank = await saveView(me, { name: '  ', query: '' });
    expect(blank.ok ? {} : blank.errors).toHaveProperty('name');
    expect((await findMySavedViews(me)).map((v) => v.name)).toEqual(['Mine']);
  });

  it("rename and delete one's own views, never another editor's", async () => {
    const me = await editor();
    const other = await editor();
    const mine = value(await saveView(me, { name: 'Drafts', query: 'status=draft' }));
    const second = value(await saveView(me, { name: 'New', query: 'stage=new' }));

    const renamed = value(await renameView(me, { id: mine.id, name: 'My drafts' }));
    expect(renamed).toMatchObject({ id: mine.id, name: 'My drafts', query: 'status=draft' });
    const clash = await renameView(me, { id: second.id, name: 'My drafts' });
    expect(clash.ok ? {} : clash.errors).toHaveProperty('name');

    const stolenRename = await renameView(other, { id: mine.id, name: 'Taken' });
    expect(stolenRename.ok ? '' : stolenRename.message).toMatch(/does not exist/);
    const stolenDelete = await deleteView(other, { id: mine.id });
    expect(stolenDelete.ok).toBe(false);
    expect(await testDb.savedView.findUnique({ where: { id: mine.id } })).toMatchObject({
      name: 'My drafts',
      userId: me.id,
    });

    value(await deleteView(me, { id: mine.id }));
    expect((await findMySavedViews(me)).map((v) => v.name)).toEqual(['New']);
    expect((await auditEventsFor('savedView', mine.id)).map((e) => e.action)).toEqual([
      'savedView.create',
      'savedView.rename',
      'savedView.delete',
    ]);
  });

  it('are for editors only', async () => {
    await expect(findMySavedViews(null)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(saveView(null, { name: 'x', query: '' })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });
});
