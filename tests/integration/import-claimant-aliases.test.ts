import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addClaimantAlias } from '@/lib/claimants/claimant-aliases';
import { createClaim } from '@/lib/claims/create-claim';
import type { ExportedClaim } from '@/lib/export/claim-record';
import { loadExportRows } from '@/lib/export/load-export-rows';
import type { ImportPreview, PreviewRow } from '@/lib/import/import-types';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { auditEventsFor, claimInput, editor, rowCounts } from '../support/editing';
import { createClaimant, testDb, unique, uniqueWord } from '../support/factories';
import { commitFile } from '../support/import-commits';
import { exportedClaim } from '../support/import-files';

/**
 * Issue 13: an import names claimants as the forms and the intake do — by a claimant's name or
 * one of its aliases, compared folded (lib/claimants/find-claimant-by-name.ts) — and its preview
 * says when a row's claimant is named otherwise than the claimant's own name.
 */

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

let nextId = 960_000;

/** A claim from another desk, new here, naming `claimant`. */
function newRow(claimant: string, overrides: Partial<ExportedClaim> = {}): ExportedClaim {
  const id = ++nextId;
  return exportedClaim({
    id,
    url: `https://other.example/claims/${id}`,
    statement: unique('Up to 12,000 North Korean troops are at Russian bases'),
    claimant: { name: claimant, kind: 'agency', description: '' },
    ...overrides,
  });
}

async function exported(id: number): Promise<ExportedClaim> {
  const [row] = await loadExportRows([id], { includeDrafts: true });
  return row!.record;
}

function byRow(preview: ImportPreview): Map<number, PreviewRow> {
  return new Map(preview.rows.map((r) => [r.row, r]));
}

async function withAlias(actor: Actor, claimantId: number, name: string) {
  value(await addClaimantAlias(actor, { claimantId: String(claimantId), name }));
}

const claimOf = (id: number) =>
  testDb.claim.findUniqueOrThrow({ where: { id }, include: { claimant: true } });

describe('an import names claimants by their names and aliases', () => {
  it('gives a new claim the claimant its alias or another spelling means, and the preview says so', async () => {
    const actor = await editor();
    const nis = await createClaimant(unique('National Intelligence Service'));
    const alias = `South Korea’s spy agency ${uniqueWord('a')}`;
    await withAlias(actor, nis.id, alias);
    const byAlias = alias.replace('’', "'").toUpperCase();
    const bySpelling = nis.name.toLowerCase();
    const before = await rowCounts();

    const { preview, committed } = await commitFile(actor, [
      newRow(byAlias),
      newRow(bySpelling),
      newRow(nis.name),
    ]);

    const rows = byRow(preview);
    expect(rows.get(1)).toMatchObject({
      kind: 'new',
      claimant: `${nis.name} (as “${byAlias}”, one of its aliases)`,
    });
    expect(rows.get(2)).toMatchObject({
      kind: 'new',
      claimant: `${nis.name} (as “${bySpelling}”)`,
    });
    expect(rows.get(3)!.claimant).toBeUndefined();
    expect(preview.claimantMatches).toEqual([
      { claimant: `${nis.name} (as “${byAlias}”, one of its aliases)`, rows: 1 },
      { claimant: `${nis.name} (as “${bySpelling}”)`, rows: 1 },
    ]);
    expect(preview.claimantMatchesNotListed).toBe(0);

    expect(committed).toMatchObject({ ok: true, created: 3 });
    expect((await rowCounts()).claimants).toBe(before.claimants);
    for (const claim of committed.ok ? committed.claims : []) {
      expect((await claimOf(claim.id)).claimantId).toBe(nis.id);
      // The claim's own audit event names the claimant as the claim shows it.
      const [created] = await auditEventsFor('claim', claim.id);
      expect(JSON.parse(created!.after!)).toMatchObject({ claimantName: nis.name });
    }
  });

  it('leaves an updated claim’s claimant when the file names it by an alias, and moves it to the claimant another alias means', async () => {
    const actor = await editor();
    const own = value(await createClaim(actor, claimInput()));
    const other = value(await createClaim(actor, claimInput()));
    const ownClaimant = (await claimOf(own.id)).claimant;
    const kcna = await createClaimant(unique('Korean Central News Agency'));
    const ownAlias = unique('Seoul’s spies');
    const kcnaAlias = unique('Pyongyang state media');
    await withAlias(actor, ownClaimant.id, ownAlias);
    await withAlias(actor, kcna.id, kcnaAlias);

    const { preview, committed } = await commitFile(actor, [
      {
        ...(await exported(own.id)),
        claimant: { name: ownAlias, kind: 'agency', description: '' },
      },
      {
        ...(await exported(other.id)),
        claimant: { name: kcnaAlias, kind: 'agency', description: '' },
      },
    ]);

    const rows = byRow(preview);
    expect(rows.get(1)).toMatchObject({
      kind: 'unchanged',
      id: own.id,
      claimant: `${ownClaimant.name} (as “${ownAlias}”, one of its aliases)`,
    });
    expect(rows.get(2)).toMatchObject({
      kind: 'update',
      id: other.id,
      changes: ['claimant.name'],
      claimant: `${kcna.name} (as “${kcnaAlias}”, one of its aliases)`,
    });
    expect(committed).toMatchObject({ ok: true, updated: 1, unchanged: 1 });
    expect((await claimOf(own.id)).claimantId).toBe(ownClaimant.id);
    const moved = await claimOf(other.id);
    expect(moved.claimantId).toBe(kcna.id);
    expect(moved.version).toBe(other.version + 1);
  });

  it('creates one claimant for new names that fold alike, and tells the same claim under two spellings', async () => {
    const actor = await editor();
    const name = unique('Ministry of Defence of Ukraine');
    const spelled = name.toUpperCase().replace(/ /g, '  ');
    const first = newRow(name);
    const before = await rowCounts();

    const { preview, committed } = await commitFile(actor, [first, newRow(spelled)]);
    expect(byRow(preview).get(2)).toMatchObject({
      kind: 'new',
      claimant: `${name}, a new claimant (as “${spelled}”)`,
    });
    expect(committed).toMatchObject({ ok: true, created: 2 });
    expect((await rowCounts()).claimants).toBe(before.claimants + 1);
    const created = await testDb.claimant.findUniqueOrThrow({ where: { name } });
    const ids = committed.ok ? committed.claims.map((c) => c.id) : [];
    for (const id of ids) expect((await claimOf(id)).claimantId).toBe(created.id);

    // One statement, one link, one claimant however spelled: the same claim twice.
    const again = newRow(unique('Another ministry'));
    const { preview: twice } = await commitFile(actor, [
      again,
      newRow(again.claimant.name.toLowerCase(), { statement: again.statement }),
    ]);
    expect(byRow(twice).get(2)).toMatchObject({
      kind: 'error',
      errors: [expect.objectContaining({ message: expect.stringMatching(/^The same claim/) })],
    });
  });

  it('refuses the commit when an alias added after the preview changes whom a row names', async () => {
    const actor = await editor();
    const nis = await createClaimant(unique('National Intelligence Service'));
    const alias = unique('The spy agency in Seoul');
    const before = await rowCounts();

    const { preview, committed } = await commitFile(actor, [newRow(alias)], () =>
      withAlias(actor, nis.id, alias),
    );
    expect(preview.counts).toMatchObject({ new: 1, error: 0 });
    expect(byRow(preview).get(1)!.claimant).toBeUndefined();
    expect(committed).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed since your preview/),
    });
    const after = await rowCounts();
    expect(after.claims).toBe(before.claims);
    expect(after.claimants).toBe(before.claimants);
  });
});
