import { describe, expect, it } from 'vitest';
import { checkEvidenceRules, type EvidenceCitation } from '@/lib/claims/evidence-rules';

let nextSource = 1;
function cite(
  stance: 'supports' | 'contradicts' | 'context',
  publisher: { id: number; name: string } | null,
  sourceId = nextSource++,
): EvidenceCitation {
  return {
    stance,
    sourceId,
    sourceTitle: `Source ${sourceId}`,
    publisherId: publisher?.id ?? null,
    publisherName: publisher?.name ?? null,
  };
}
const reuters = { id: 1, name: 'Reuters' };
const yonhap = { id: 2, name: 'Yonhap' };

describe('evidence rules', () => {
  describe('Confirmed', () => {
    it('is refused without supporting citations', () => {
      const check = checkEvidenceRules('confirmed', [
        cite('contradicts', reuters),
        cite('context', yonhap),
      ]);
      expect(check).toMatchObject({ ok: false, missing: 'independent-support' });
      expect(!check.ok && check.message).toMatch(
        /at least 2 different publishers; this claim has no supporting citation/,
      );
    });

    it('is refused with one supporting citation', () => {
      const check = checkEvidenceRules('confirmed', [cite('supports', reuters)]);
      expect(!check.ok && check.message).toMatch(/one publisher \(Reuters\)/);
    });

    it('is refused with two supporting citations from the same publisher', () => {
      const check = checkEvidenceRules('confirmed', [
        cite('supports', yonhap),
        cite('supports', yonhap),
      ]);
      expect(check).toMatchObject({ ok: false });
      expect(!check.ok && check.message).toMatch(/Yonhap.*another publisher/);
    });

    it('is accepted with supporting citations from two publishers', () => {
      expect(
        checkEvidenceRules('confirmed', [cite('supports', reuters), cite('supports', yonhap)]),
      ).toEqual({ ok: true });
    });

    it('does not count contradicting or context citations as support', () => {
      expect(
        checkEvidenceRules('confirmed', [
          cite('supports', reuters),
          cite('contradicts', yonhap),
          cite('context', { id: 3, name: 'AP' }),
        ]).ok,
      ).toBe(false);
    });

    it('counts a source without publisher as its own publisher', () => {
      expect(
        checkEvidenceRules('confirmed', [cite('supports', null), cite('supports', reuters)]).ok,
      ).toBe(true);
      expect(
        checkEvidenceRules('confirmed', [cite('supports', null), cite('supports', null)]).ok,
      ).toBe(true);
      // The same publisher-less source cited twice is still one.
      const check = checkEvidenceRules('confirmed', [
        cite('supports', null, 99),
        cite('supports', null, 99),
      ]);
      expect(!check.ok && check.message).toMatch(/“Source 99” \(no publisher\)/);
    });
  });

  describe('False', () => {
    it('is refused without a contradicting citation', () => {
      const check = checkEvidenceRules('false', [
        cite('supports', reuters),
        cite('context', yonhap),
      ]);
      expect(check).toMatchObject({ ok: false, missing: 'contradiction' });
      expect(!check.ok && check.message).toMatch(/at least one contradicting citation/);
    });

    it('is accepted with one contradicting citation', () => {
      expect(checkEvidenceRules('false', [cite('contradicts', null)])).toEqual({ ok: true });
    });
  });

  it('has no rule for the other verdicts', () => {
    for (const verdict of ['likely', 'disputed', 'misleading', 'unsubstantiated', 'unverified']) {
      expect(checkEvidenceRules(verdict, [])).toEqual({ ok: true });
    }
  });
});
