import { describe, expect, it } from 'vitest';
import { VERDICTS, CONFIDENCES, confidenceAnchor, verdictAnchor } from '@/lib/domain/verdicts';
import { proposeRelation } from '@/lib/relations/relation-proposal';
import {
  RELATION_CHOICES,
  normaliseRelation,
  parseClaimReference,
  relationLabelFor,
} from '@/lib/relations/relation-rules';

const figure = (max: number | null, day: string | null) => ({
  quantityValue: null,
  quantityMin: null,
  quantityMax: max,
  firstAppearedAt: day,
});

describe('relation rules', () => {
  it('store symmetric kinds in id order and keep the direction of the others', () => {
    expect(normaliseRelation({ fromClaimId: 9, toClaimId: 3, kind: 'same_as' })).toEqual({
      fromClaimId: 3,
      toClaimId: 9,
      kind: 'same_as',
    });
    expect(normaliseRelation({ fromClaimId: 9, toClaimId: 3, kind: 'updates' })).toEqual({
      fromClaimId: 9,
      toClaimId: 3,
      kind: 'updates',
    });
  });

  it('word each side, symmetric kinds the same from both', () => {
    expect(relationLabelFor('updates', 'to')).toBe('Updated by');
    expect(relationLabelFor('updates', 'from')).toBe('Updates');
    expect(relationLabelFor('contradicts', 'to')).toBe('Contradicts');
    expect(RELATION_CHOICES.map((c) => c.value)).toEqual([
      'updates',
      'updates_reverse',
      'contradicts',
      'same_as',
      'part_of',
      'part_of_reverse',
    ]);
  });

  it('read the other claim as an id, #id or a claim page address, and nothing else', () => {
    expect(parseClaimReference(' 42 ')).toBe(42);
    expect(parseClaimReference('#42')).toBe(42);
    expect(parseClaimReference('https://desk.example/claims/42?x=1')).toBe(42);
    for (const bad of ['', '0', '-3', '4.2', 'claims', '/sources/42', '9'.repeat(20)]) {
      expect(parseClaimReference(bad)).toBeNull();
    }
  });
});

describe('the link the intake proposes', () => {
  it('is "updates", ticked, for a newer different figure; "same claim as", unticked, for an older one', () => {
    expect(proposeRelation(figure(12000, '2024-12-01'), figure(10000, '2024-11-01'))).toEqual({
      kind: 'updates',
      checked: true,
    });
    expect(proposeRelation(figure(12000, '2024-10-01'), figure(10000, '2024-11-01'))).toEqual({
      kind: 'same_as',
      checked: false,
    });
    expect(proposeRelation(figure(12000, null), figure(10000, '2024-11-01'))?.kind).toBe('updates');
  });

  it('is nothing for the same figure or a claim without one', () => {
    expect(proposeRelation(figure(12000, '2024-12-01'), figure(12000, '2024-11-01'))).toBeNull();
    expect(proposeRelation(figure(null, '2024-12-01'), figure(12000, '2024-11-01'))).toBeNull();
    expect(proposeRelation(figure(12000, '2024-12-01'), figure(null, null))).toBeNull();
  });
});

describe('the method page anchors', () => {
  it('give each verdict and confidence level its own anchor', () => {
    const anchors = [
      ...VERDICTS.map((v) => verdictAnchor(v.code)),
      ...CONFIDENCES.map((c) => confidenceAnchor(c.code)),
    ];
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(verdictAnchor('likely')).toBe('verdict-likely');
    expect(confidenceAnchor('high')).toBe('confidence-high');
  });
});
