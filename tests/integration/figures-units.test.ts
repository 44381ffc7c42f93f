import '../support/auth-env';
import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import {
  addUnitSynonym,
  createUnit,
  removeUnitSynonym,
  renameUnit,
} from '@/lib/figures/unit-editing';
import { loadUnitResolver } from '@/lib/figures/units';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, editor } from '../support/editing';
import { testDb, uniqueWord } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const fieldError = (result: MutationResult<unknown>, field = 'name') =>
  result.ok ? null : (result.errors?.[field]?.[0] ?? null);

/** A unique word ending in a known English word, so its plural folds predictably. */
const word = (ending: string) => `${uniqueWord('u')}${ending}`;

const unitRows = async () => ({
  units: await testDb.quantityUnit.count(),
  synonyms: await testDb.quantityUnitSynonym.count(),
  audit: await testDb.auditEvent.count(),
});

describe('the unit list', () => {
  it('adds a unit and its synonyms, audited, and charts them as one', async () => {
    const actor = await editor();
    const troops = word('troop');
    const soldiers = word('soldier');
    const { unitId } = value(await createUnit(actor, { name: ` ${troops} ` }));
    const { synonymId } = value(
      await addUnitSynonym(actor, { unitId: String(unitId), name: soldiers }),
    );

    const stored = await testDb.quantityUnitSynonym.findUniqueOrThrow({ where: { id: synonymId } });
    expect(stored).toMatchObject({ unitId, name: soldiers, key: soldiers.toLowerCase() });
    const resolve = await loadUnitResolver(testDb as never);
    expect(resolve(`${soldiers.toUpperCase()}s`)).toEqual({
      key: troops.toLowerCase(),
      name: troops,
    });

    const events = await auditEventsFor('unit', unitId);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ['unit.create', actor.id],
      ['unit.synonym.add', actor.id],
    ]);
    expect(JSON.parse(events[1]!.before!).synonyms).toEqual([]);
    expect(JSON.parse(events[1]!.after!).synonyms).toEqual([
      expect.objectContaining({ name: soldiers }),
    ]);
  });

  it('refuses a word that already belongs to a unit, on the field, and writes nothing', async () => {
    const actor = await editor();
    const troops = word('troop');
    const personnel = word('personnel');
    const { unitId } = value(await createUnit(actor, { name: troops }));
    value(await addUnitSynonym(actor, { unitId, name: personnel }));
    const { unitId: otherId } = value(await createUnit(actor, { name: word('shell') }));
    const before = await unitRows();

    expect(fieldError(await createUnit(actor, { name: `${troops.toUpperCase()}s` }))).toBe(
      `“${troops.toUpperCase()}s” already belongs to the unit “${troops}”.`,
    );
    expect(fieldError(await addUnitSynonym(actor, { unitId: otherId, name: personnel }))).toMatch(
      /already belongs to the unit/,
    );
    expect(fieldError(await addUnitSynonym(actor, { unitId, name: troops }))).toMatch(
      /this unit’s own name/,
    );
    expect(fieldError(await addUnitSynonym(actor, { unitId, name: `${personnel}s` }))).toMatch(
      /already a synonym of this unit/,
    );
    expect(fieldError(await createUnit(actor, { name: '  ' }))).toMatch(/Unit name/);
    expect(fieldError(await createUnit(actor, { name: '---' }))).toMatch(/letter or digit/);
    expect(fieldError(await createUnit(actor, { name: 'x'.repeat(51) }))).toMatch(/at most 50/);
    const unknownField = await createUnit(actor, { name: 'ok', role: 'admin' });
    expect(fieldError(unknownField, 'role')).toBe('This field is not accepted here.');
    expect(await unitRows()).toEqual(before);
  });

  it('renames a unit, guarded by the time the form loaded it; its own synonym may become its name', async () => {
    const actor = await editor();
    const troops = word('troop');
    const servicemen = word('serviceman');
    const { unitId } = value(await createUnit(actor, { name: troops }));
    value(await addUnitSynonym(actor, { unitId, name: servicemen }));
    const loaded = await testDb.quantityUnit.findUniqueOrThrow({ where: { id: unitId } });

    value(
      await renameUnit(actor, {
        unitId,
        name: servicemen,
        updatedAt: loaded.updatedAt.toISOString(),
      }),
    );
    const renamed = await testDb.quantityUnit.findUniqueOrThrow({
      where: { id: unitId },
      include: { synonyms: true },
    });
    expect(renamed.name).toBe(servicemen);
    expect(renamed.synonyms).toEqual([]);

    // A second rename from the same (now stale) page is refused, saying what the name is now.
    const stale = await renameUnit(actor, {
      unitId,
      name: word('other'),
      updatedAt: loaded.updatedAt.toISOString(),
    });
    expect(stale.ok ? null : stale.message).toMatch(/someone renamed this unit/);
    expect((await testDb.quantityUnit.findUniqueOrThrow({ where: { id: unitId } })).name).toBe(
      servicemen,
    );
    expect((await auditEventsFor('unit', unitId)).map((e) => e.action)).toEqual([
      'unit.create',
      'unit.synonym.add',
      'unit.rename',
    ]);
  });

  it('removes a synonym, audited; removing it again says so', async () => {
    const actor = await editor();
    const { unitId } = value(await createUnit(actor, { name: word('troop') }));
    const synonym = word('soldier');
    const { synonymId } = value(await addUnitSynonym(actor, { unitId, name: synonym }));
    value(await removeUnitSynonym(actor, { unitId, synonymId }));
    const resolve = await loadUnitResolver(testDb as never);
    expect(resolve(synonym).name).toBe(synonym);
    const again = await removeUnitSynonym(actor, { unitId, synonymId });
    expect(again.ok ? null : again.message).toBe('This synonym was already removed.');
    const last = (await auditEventsFor('unit', unitId)).at(-1)!;
    expect(last.action).toBe('unit.synonym.remove');
    expect(JSON.parse(last.before!).synonyms).toEqual([expect.objectContaining({ name: synonym })]);
  });

  it('refuses anyone who is not a signed-in editor inside the use case', async () => {
    const before = await unitRows();
    await expect(createUnit(null, { name: word('x') })).rejects.toThrow(AuthorizationError);
    await expect(addUnitSynonym(null, { unitId: 1, name: 'x' })).rejects.toThrow(
      AuthorizationError,
    );
    await expect(
      renameUnit({ id: 'nobody', role: 'reader' as never }, { unitId: 1, name: 'x' }),
    ).rejects.toThrow(AuthorizationError);
    await expect(removeUnitSynonym(null, { unitId: 1, synonymId: 1 })).rejects.toThrow(
      AuthorizationError,
    );
    expect(await unitRows()).toEqual(before);
  });
});
