import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { findVerdictChanges } from '@/lib/feed/find-verdict-changes';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { createClaim, testDb } from '../support/factories';

// Each test dates its revisions in its own future hour, so they are the newest in this file's
// database whatever the other tests wrote.
let hour = 0;
function futureClock() {
  const base = Date.now() + ++hour * 3_600_000 * 24 * 365;
  return (minute: number) => new Date(base + minute * 60_000);
}

function revise(
  claimId: number,
  at: Date,
  verdict: Verdict,
  confidence: Confidence = 'moderate',
  extra: { rationale?: string; overrideReason?: string; importedAt?: Date } = {},
) {
  return testDb.verdictRevision.create({
    data: {
      claimId,
      verdict,
      confidence,
      rationale: extra.rationale ?? `Now ${verdict}, ${confidence}.`,
      overrideReason: extra.overrideReason ?? null,
      createdAt: at,
      importedAt: extra.importedAt ?? null,
    },
  });
}

const summary = (changes: Awaited<ReturnType<typeof findVerdictChanges>>) =>
  changes.map((c) => ({
    claim: c.claim.id,
    from: c.from && `${c.from.verdict}/${c.from.confidence}`,
    to: `${c.to.verdict}/${c.to.confidence}`,
  }));

describe('verdict changes for the feed', () => {
  it('lists revisions newest first, each with the rating it replaced', async () => {
    const at = futureClock();
    const a = await createClaim({ title: 'A', verdict: 'unverified', confidence: 'low' });
    const b = await createClaim({ title: 'B', verdict: 'likely', confidence: 'moderate' });
    await revise(a.id, at(1), 'likely', 'moderate');
    await revise(b.id, at(2), 'disputed', 'low');
    await revise(a.id, at(3), 'false', 'high');
    await revise(a.id, at(4), 'false', 'moderate');

    const changes = await findVerdictChanges();
    expect(summary(changes.slice(0, 4))).toEqual([
      { claim: a.id, from: 'false/high', to: 'false/moderate' },
      { claim: a.id, from: 'likely/moderate', to: 'false/high' },
      { claim: b.id, from: 'likely/moderate', to: 'disputed/low' },
      { claim: a.id, from: 'unverified/low', to: 'likely/moderate' },
    ]);
    expect(changes[0]).toMatchObject({
      claim: { id: a.id, title: 'A', statement: a.statement },
      rationale: 'Now false, moderate.',
      at: at(4),
    });
    expect(changes[0]!.claim.claimantName).toMatch(/^Claimant /);
  });

  it("gives a claim's first verdict no previous rating", async () => {
    const claim = await createClaim({ verdict: 'likely' });
    const first = await testDb.verdictRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    const changes = await findVerdictChanges(10_000);
    const entry = changes.find((c) => c.revisionId === first.id);
    expect(entry?.from).toBeNull();
    expect(entry?.to).toEqual({ verdict: 'likely', confidence: 'low' });
  });

  it('finds the previous rating beyond the last entry listed', async () => {
    const at = futureClock();
    const claim = await createClaim({ verdict: 'unverified' });
    await revise(claim.id, at(1), 'likely');
    await revise(claim.id, at(2), 'disputed');
    await revise(claim.id, at(3), 'false');
    expect(summary(await findVerdictChanges(2))).toEqual([
      { claim: claim.id, from: 'disputed/moderate', to: 'false/moderate' },
      { claim: claim.id, from: 'likely/moderate', to: 'disputed/moderate' },
    ]);
  });

  it('orders revisions saved in the same instant by their order of writing', async () => {
    const at = futureClock();
    const claim = await createClaim({ verdict: 'unverified' });
    await revise(claim.id, at(1), 'likely');
    await revise(claim.id, at(1), 'confirmed');
    expect(summary(await findVerdictChanges(2))).toEqual([
      { claim: claim.id, from: 'likely/moderate', to: 'confirmed/moderate' },
      { claim: claim.id, from: 'unverified/low', to: 'likely/moderate' },
    ]);
  });

  it('leaves out drafts and deleted claims, however recent and however many', async () => {
    const at = futureClock();
    const visible = await createClaim({ verdict: 'unverified' });
    await revise(visible.id, at(1), 'likely');
    const draft = await createClaim({ status: 'draft' });
    const deleted = await createClaim({ deleted: true });
    // More hidden revisions than the first batch read (twice the limit), newer than the visible one.
    for (let i = 0; i < 6; i++) {
      await revise(draft.id, at(10 + i), 'disputed');
      await revise(deleted.id, at(20 + i), 'false');
    }
    const changes = await findVerdictChanges(2);
    expect(changes[0]).toMatchObject({ claim: { id: visible.id }, to: { verdict: 'likely' } });
    const all = await findVerdictChanges(10_000);
    expect(all.some((c) => c.claim.id === draft.id || c.claim.id === deleted.id)).toBe(false);
  });

  it("shows an admin's override of the evidence rules", async () => {
    const at = futureClock();
    const claim = await createClaim({ verdict: 'unverified' });
    await revise(claim.id, at(1), 'confirmed', 'high', {
      overrideReason: 'Both ministries confirmed it on the record.',
    });
    const [latest] = await findVerdictChanges(1);
    expect(latest?.overrideReason).toBe('Both ministries confirmed it on the record.');
  });

  it("never lists history imported from another desk's file, but counts it as the rating replaced", async () => {
    const at = futureClock();
    const claim = await createClaim({ verdict: 'unverified' });
    await revise(claim.id, at(1), 'likely');
    // Imported, dated between the desk's own changes and after them: never entries.
    await revise(claim.id, at(2), 'confirmed', 'high', {
      overrideReason: 'Set despite the evidence rules.',
      importedAt: at(9),
    });
    await revise(claim.id, at(3), 'disputed');
    await revise(claim.id, at(4), 'false', 'high', { importedAt: at(9) });
    await revise(claim.id, at(5), 'misleading');
    const changes = (await findVerdictChanges(10_000)).filter((c) => c.claim.id === claim.id);
    // (The fourth is the claim's first verdict, made with it.)
    expect(summary(changes.slice(0, 3))).toEqual([
      { claim: claim.id, from: 'false/high', to: 'misleading/moderate' },
      { claim: claim.id, from: 'confirmed/high', to: 'disputed/moderate' },
      { claim: claim.id, from: 'unverified/low', to: 'likely/moderate' },
    ]);
    expect(changes.some((c) => c.overrideReason !== null)).toBe(false);
    // Also when the imported predecessor lies inside the window the feed lists.
    expect(summary(await findVerdictChanges(2))).toEqual([
      { claim: claim.id, from: 'false/high', to: 'misleading/moderate' },
      { claim: claim.id, from: 'confirmed/high', to: 'disputed/moderate' },
    ]);
  });

  it('reads the same few queries however many claims it lists (no query per entry)', async () => {
    const at = futureClock();
    for (let i = 0; i < 30; i++) {
      const claim = await createClaim({ verdict: 'unverified' });
      await revise(claim.id, at(i), 'likely');
      await revise(claim.id, at(i + 30), 'disputed');
    }
    const revisionReads = vi.spyOn(db.verdictRevision, 'findMany');
    const claimReads = vi.spyOn(db.claim, 'findMany');
    const claimLookups = vi.spyOn(db.claim, 'findUnique');
    try {
      const changes = await findVerdictChanges();
      expect(changes).toHaveLength(50);
      expect(new Set(changes.map((c) => c.claim.id)).size).toBe(30);
      // The newest revisions, the predecessors below them, the imported ones among them.
      expect(revisionReads).toHaveBeenCalledTimes(3);
      expect(claimReads).not.toHaveBeenCalled();
      expect(claimLookups).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
