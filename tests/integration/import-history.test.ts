import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import type { ExportedClaim, ExportedRevision } from '@/lib/export/claim-record';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { findVerdictChanges } from '@/lib/feed/find-verdict-changes';
import type { ImportPreview } from '@/lib/import/import-types';
import { previewImport } from '@/lib/import/preview-import';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { admin, claimInput, editor, rowCounts } from '../support/editing';
import { testDb, unique } from '../support/factories';
import { exportedClaim, jsonFile } from '../support/import-files';
import { commitFile } from '../support/import-commits';

/**
 * Issue 11, item 2: an import writes only what its user could write through the forms, at times
 * it cannot choose. An editor's file cannot bring verdict history (backdated revisions, override
 * reasons, past verdicts the evidence never allowed); an admin's can, kept marked as imported.
 */

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

function previewed(preview: Awaited<ReturnType<typeof previewImport>>): ImportPreview {
  if (!preview.ok) throw new Error(`preview refused: ${preview.message}`);
  return preview;
}

const link = (label: string) => `https://example.org/${unique(label).replace(/\W+/g, '-')}`;

function support(publisher: string | null, title = unique('Report')) {
  return {
    stance: 'supports' as const,
    quote: 'They are there.',
    locator: 'p. 1',
    source: {
      id: 1,
      title,
      publisher,
      kind: 'news_report' as const,
      url: link('report'),
      archiveUrl: null,
      publishedAt: '2019-01-01',
    },
  };
}

const revision = (
  r: Partial<ExportedRevision> & Pick<ExportedRevision, 'at'>,
): ExportedRevision => ({
  verdict: 'unverified',
  confidence: 'low',
  rationale: '',
  overrideReason: null,
  ...r,
});

/**
 * The forged file of the report, from another desk (its ids mean nothing here): a past
 * Confirmed resting on one report, set "despite the evidence rules", dated years back; the
 * current verdict Likely, which the evidence allows.
 */
function forgedHistory(overrides: Partial<ExportedClaim> = {}): ExportedClaim {
  const statement = unique('Imported with history');
  return exportedClaim({
    id: null as never,
    url: '',
    statement,
    title: null,
    firstAppeared: { date: '2019-01-01', url: null, note: '' },
    verdict: 'likely',
    confidence: 'moderate',
    rationale: 'One report; no second source yet.',
    citations: [support(unique('Agency'))],
    verdictHistory: [
      revision({ at: '2019-01-01T08:00:00.000Z' }),
      revision({
        verdict: 'confirmed',
        confidence: 'high',
        rationale: 'Certain.',
        overrideReason: 'Set despite the evidence rules.',
        at: '2019-01-02T08:00:00.000Z',
      }),
      revision({
        verdict: 'likely',
        confidence: 'moderate',
        rationale: 'One report; no second source yet.',
        at: '2019-06-01T08:00:00.000Z',
      }),
    ],
    createdAt: '2019-01-01T08:00:00.000Z',
    updatedAt: '2019-06-01T08:00:00.000Z',
    // Format 2 carries the publication date: an editor cannot choose it either.
    publishedAt: '2019-01-02T08:00:00.000Z',
    ...overrides,
  });
}

/** The same file without the override: the rest of what an editor's file could forge. */
function backdatedHistory(overrides: Partial<ExportedClaim> = {}): ExportedClaim {
  const row = forgedHistory(overrides);
  return {
    ...row,
    verdictHistory: row.verdictHistory.map((r) => ({ ...r, overrideReason: null })),
  };
}

async function claimByStatement(statement: string) {
  return testDb.claim.findFirstOrThrow({
    where: { statement },
    include: { revisions: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
  });
}

describe("an editor's import", () => {
  it('records only the current verdict, now, under the editor; no history, no file dates, a warning in the preview', async () => {
    const start = Date.now();
    const alice = await editor();
    const row = backdatedHistory();
    const { preview, committed } = await commitFile(alice, [row]);

    expect(preview.counts).toMatchObject({ new: 1, error: 0 });
    expect(preview.warnedRows).toBe(1);
    expect(preview.rows[0]).toMatchObject({
      kind: 'new',
      warnings: [
        'The file’s verdict history (2 earlier revisions) is not imported: only admins import history; the current verdict is recorded now under your name.',
      ],
    });
    expect(committed).toMatchObject({ ok: true, created: 1 });

    const claim = await claimByStatement(row.statement);
    expect(claim).toMatchObject({
      verdict: 'likely',
      confidence: 'moderate',
      createdById: alice.id,
    });
    for (const at of [claim.createdAt, claim.updatedAt, claim.publishedAt!]) {
      expect(at.getTime()).toBeGreaterThanOrEqual(start);
    }
    expect(claim.revisions).toHaveLength(1);
    expect(claim.revisions[0]).toMatchObject({
      verdict: 'likely',
      rationale: 'One report; no second source yet.',
      overrideReason: null,
      createdById: alice.id,
      importedAt: null,
      importedById: null,
    });
    expect(claim.revisions[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(start);
    const fileDates = row.verdictHistory.map((r) => r.at);
    expect(
      await testDb.verdictRevision.count({
        where: { claimId: claim.id, createdAt: { in: fileDates.map((d) => new Date(d)) } },
      }),
    ).toBe(0);

    // Readers see the one revision; the feed lists it as the desk's change, made now.
    const page = await getPublishedClaim(claim.id);
    expect(page?.history.map((h) => [h.verdict, h.importedAt])).toEqual([['likely', null]]);
    const entry = (await findVerdictChanges()).find((c) => c.claim.id === claim.id);
    expect(entry).toMatchObject({ from: null, to: { verdict: 'likely' }, overrideReason: null });
    expect(entry!.at.getTime()).toBeGreaterThanOrEqual(start);
  });

  // The corpus: every way a file could carry an override reason. Each is an error row naming the
  // revision, and nothing is written.
  const overrides: [string, () => Promise<ExportedClaim>][] = [
    ['on a past revision', async () => forgedHistory()],
    [
      'on the current verdict, which the evidence refuses',
      async () =>
        forgedHistory({
          verdict: 'confirmed',
          confidence: 'high',
          rationale: 'Certain.',
          verdictHistory: [
            revision({
              verdict: 'confirmed',
              confidence: 'high',
              rationale: 'Certain.',
              overrideReason: 'Set despite the evidence rules.',
              at: '2019-01-02T08:00:00.000Z',
            }),
          ],
        }),
    ],
    [
      'on the current verdict, which the evidence allows',
      async () => {
        const row = backdatedHistory();
        const last = row.verdictHistory.at(-1)!;
        return {
          ...row,
          verdictHistory: [
            ...row.verdictHistory.slice(0, -1),
            { ...last, overrideReason: 'Why not.' },
          ],
        };
      },
    ],
    [
      'on a revision that is not the current verdict',
      async () => {
        const row = backdatedHistory();
        return {
          ...row,
          verdictHistory: [
            ...row.verdictHistory,
            revision({
              verdict: 'false',
              rationale: 'x',
              overrideReason: 'Later.',
              at: '2019-07-01T00:00:00.000Z',
            }),
          ],
        };
      },
    ],
    [
      'in an update of a claim of this site',
      async () => {
        const alice = await editor();
        const mine = value(await createClaim(alice, claimInput()));
        const [exported] = await loadExportRows([mine.id], { includeDrafts: true });
        const record = exported!.record;
        return {
          ...record,
          place: 'Changed by the import',
          verdictHistory: record.verdictHistory.map((r) => ({ ...r, overrideReason: 'Forged.' })),
        };
      },
    ],
  ];

  it.each(overrides)('cannot set an override reason %s', async (_, make) => {
    const row = await make();
    const bob = await editor();
    const before = await rowCounts();
    const { preview, committed } = await commitFile(bob, [row]);
    expect(preview.rows[0]).toMatchObject({
      kind: 'error',
      errors: expect.arrayContaining([
        {
          field: expect.stringMatching(/^verdictHistory\[\d+\]\.overrideReason$/),
          message: expect.stringMatching(/^Only an admin can override the evidence rules\./),
        },
      ]),
    });
    expect(committed).toMatchObject({ ok: false });
    expect(await rowCounts()).toEqual(before);
    expect(await testDb.verdictRevision.count({ where: { overrideReason: 'Forged.' } })).toBe(0);
  });

  it('sets a current verdict only when the evidence rules and the rationale rule allow it', async () => {
    const bob = await editor();
    const unsupported = backdatedHistory({
      verdict: 'confirmed',
      confidence: 'high',
      rationale: 'Certain.',
      verdictHistory: [],
    });
    const unexplained = backdatedHistory({ rationale: '', verdictHistory: [] });
    const preview = previewed(
      await previewImport(bob, { bytes: jsonFile([unsupported, unexplained]), fileName: null }),
    );
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [
        {
          field: 'verdict',
          message: expect.stringMatching(/^Confirmed needs supporting citations from at least 2/),
        },
      ],
      [{ field: 'rationale', message: expect.stringMatching(/^Explain the rating/) }],
    ]);
  });
});

describe("an admin's import", () => {
  it('writes the file’s history marked as imported, by whom and when, with the file’s dates as its own', async () => {
    const start = Date.now();
    const ada = await admin('Ada Admin');
    const row = forgedHistory();
    const { preview, committed } = await commitFile(ada, [row]);
    expect(preview.rows[0]).toMatchObject({ kind: 'new' });
    expect(preview.rows[0]?.warnings).toBeUndefined();
    expect(committed).toMatchObject({ ok: true, created: 1 });

    const claim = await claimByStatement(row.statement);
    expect(claim.createdAt.toISOString()).toBe(row.createdAt);
    expect(claim.updatedAt.toISOString()).toBe(row.updatedAt);
    expect(
      claim.revisions.map((r) => [r.verdict, r.createdAt.toISOString(), r.overrideReason]),
    ).toEqual(row.verdictHistory.map((r) => [r.verdict, r.at, r.overrideReason]));
    for (const r of claim.revisions) {
      expect(r).toMatchObject({ importedById: ada.id, createdById: null });
      expect(r.importedAt!.getTime()).toBeGreaterThanOrEqual(start);
    }

    // Readers see each revision as imported; editors also see who imported it.
    const page = await getPublishedClaim(claim.id);
    expect(page?.history).toHaveLength(3);
    for (const h of page!.history) expect(h.importedAt?.getTime()).toBeGreaterThanOrEqual(start);
    const editing = await getClaimForEditing(ada, claim.id);
    expect(editing?.revisions.map((r) => r.imported?.by)).toEqual(
      Array(3).fill({ id: ada.id, name: 'Ada Admin' }),
    );

    // The feed does not present history recorded elsewhere as this desk's changes, but a later
    // change of the desk replaces the imported rating.
    expect((await findVerdictChanges()).some((c) => c.claim.id === claim.id)).toBe(false);
    const current = await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } });
    value(
      await changeVerdict(ada, {
        id: claim.id,
        version: current.version,
        verdict: 'disputed',
        confidence: 'moderate',
        rationale: 'A second report now disagrees.',
        overrideReason: null,
      }),
    );
    const entries = (await findVerdictChanges()).filter((c) => c.claim.id === claim.id);
    expect(entries.map((e) => [e.from?.verdict, e.to.verdict])).toEqual([['likely', 'disputed']]);
  });

  it('needs the current verdict to meet the evidence rules, or an override reason on it', async () => {
    const ada = await admin();
    const confirmed = (overrideReason: string | null) =>
      forgedHistory({
        verdict: 'confirmed',
        confidence: 'high',
        rationale: 'Certain.',
        verdictHistory: [
          revision({
            verdict: 'confirmed',
            confidence: 'high',
            rationale: 'Certain.',
            overrideReason,
            at: '2019-01-02T08:00:00.000Z',
          }),
        ],
      });
    const preview = previewed(
      await previewImport(ada, {
        bytes: jsonFile([confirmed(null), confirmed('The report is the primary document.')]),
        fileName: null,
      }),
    );
    expect(preview.rows.map((r) => [r.kind, r.errors?.[0]?.field])).toEqual([
      ['error', 'verdict'],
      ['new', undefined],
    ]);
    expect(preview.rows[0]?.errors?.[0]?.message).toMatch(
      /one publisher .*As an admin you may import it with the reason for the override/,
    );
  });
});
