import { describe, expect, it } from 'vitest';
import {
  changeVerdictSchema,
  claimVersionSchema,
  createClaimSchema,
  quantityErrors,
  updateClaimSchema,
  type QuantityInput,
} from '@/lib/validation/claim-input';
import { invalidInput, zodFieldErrors } from '@/lib/validation/mutation-result';
import {
  createCitationSchema,
  removeCitationSchema,
  updateCitationSchema,
} from '@/lib/validation/citation-input';
import { createSourceSchema, updateSourceSchema } from '@/lib/validation/source-input';

const noQuantity: QuantityInput = {
  quantityQualifier: null,
  quantityValue: null,
  quantityMin: null,
  quantityMax: null,
  quantityUnit: null,
};
const q = (over: Partial<QuantityInput>) => quantityErrors({ ...noQuantity, ...over });

const validClaim = { statement: 'Up to 12,000 troops are at bases', claimantId: 3 };

function errorsOf(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return zodFieldErrors(result.error as Parameters<typeof zodFieldErrors>[0]);
}

describe('quantity consistency', () => {
  it('accepts no quantity at all', () => {
    expect(q({})).toEqual({});
  });

  it('between needs min < max and no single value', () => {
    expect(q({ quantityQualifier: 'between', quantityMin: 10000, quantityMax: 12000 })).toEqual({});
    expect(q({ quantityQualifier: 'between', quantityMin: 12000, quantityMax: 12000 })).toEqual({
      quantityMax: 'The upper bound must be greater than the lower bound.',
    });
    expect(
      q({ quantityQualifier: 'between', quantityMin: 13000, quantityMax: 12000 }),
    ).toHaveProperty('quantityMax');
    expect(q({ quantityQualifier: 'between', quantityMin: 1 })).toEqual({
      quantityMax: '“between” needs an upper bound.',
    });
    expect(
      q({ quantityQualifier: 'between', quantityMin: 1, quantityMax: 2, quantityValue: 3 }),
    ).toEqual({
      quantityValue: 'Not used with “between”; leave it empty.',
    });
  });

  it('up to needs a max only', () => {
    expect(q({ quantityQualifier: 'up_to', quantityMax: 12000, quantityUnit: 'troops' })).toEqual(
      {},
    );
    expect(q({ quantityQualifier: 'up_to', quantityValue: 12000 })).toEqual({
      quantityValue: 'Not used with “up to”; leave it empty.',
      quantityMax: '“up to” needs an upper bound.',
    });
  });

  it('at least needs a min only', () => {
    expect(q({ quantityQualifier: 'at_least', quantityMin: 3000 })).toEqual({});
    expect(q({ quantityQualifier: 'at_least', quantityMax: 3000 })).toEqual({
      quantityMin: '“at least” needs a lower bound.',
      quantityMax: 'Not used with “at least”; leave it empty.',
    });
  });

  it('exactly and about need a value', () => {
    expect(q({ quantityQualifier: 'exactly', quantityValue: 0 })).toEqual({});
    expect(q({ quantityQualifier: 'about', quantityValue: 11000 })).toEqual({});
    expect(q({ quantityQualifier: 'about' })).toEqual({ quantityValue: '“about” needs a number.' });
    expect(q({ quantityQualifier: 'exactly', quantityValue: 5, quantityMin: 1 })).toHaveProperty(
      'quantityMin',
    );
  });

  it('numbers or a unit need a qualifier', () => {
    expect(q({ quantityValue: 12000 })).toHaveProperty('quantityQualifier');
    expect(q({ quantityUnit: 'troops' })).toHaveProperty('quantityQualifier');
  });

  it('is enforced by the claim schema on the field it concerns, with form strings parsed', () => {
    const ok = createClaimSchema.safeParse({
      ...validClaim,
      quantityQualifier: 'between',
      quantityMin: '10,000',
      quantityMax: '12 000',
    });
    expect(ok.success && [ok.data.quantityMin, ok.data.quantityMax]).toEqual([10000, 12000]);
    expect(
      errorsOf(createClaimSchema, { ...validClaim, quantityQualifier: 'up_to', quantityMin: '5' }),
    ).toEqual({
      quantityMin: ['Not used with “up to”; leave it empty.'],
      quantityMax: ['“up to” needs an upper bound.'],
    });
    expect(
      errorsOf(createClaimSchema, { ...validClaim, quantityQualifier: 'roughly' }),
    ).toHaveProperty('quantityQualifier');
    expect(
      errorsOf(createClaimSchema, {
        ...validClaim,
        quantityQualifier: 'about',
        quantityValue: 'many',
      }),
    ).toEqual({
      quantityValue: ['Number must be a number such as 12000.'],
    });
  });

  it('is checked on an update only when the quantity group is sent, as a whole', () => {
    expect(updateClaimSchema.safeParse({ id: 1, version: 1, title: 'x' }).success).toBe(true);
    expect(errorsOf(updateClaimSchema, { id: 1, version: 1, quantityMax: 5 })).toHaveProperty(
      'quantityQualifier',
    );
  });
});

describe('strict claim inputs', () => {
  it('refuse role, createdById and any unknown key, naming them', () => {
    const result = createClaimSchema.safeParse({
      ...validClaim,
      role: 'admin',
      createdById: 'u1',
      verdict: 'confirmed',
    });
    expect(result.success).toBe(false);
    const failure = invalidInput(result.error!);
    expect(failure.errors).toMatchObject({
      role: ['This field is not accepted here.'],
      createdById: ['This field is not accepted here.'],
      verdict: ['This field is not accepted here.'],
    });
    expect(failure.message).toBe(
      'Not saved: the input has fields that are not accepted (role, createdById, verdict).',
    );
  });

  it('answer input that is not an object with a form-level failure, not a throw', () => {
    for (const input of [null, 'statement', 42, []]) {
      const result = createClaimSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(invalidInput(result.error!)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/expected object/),
      });
    }
  });

  it('refuse a version on create and a verdict or status on a content update', () => {
    expect(errorsOf(createClaimSchema, { ...validClaim, version: 1 })).toHaveProperty('version');
    expect(errorsOf(updateClaimSchema, { id: 1, version: 1, verdict: 'false' })).toHaveProperty(
      'verdict',
    );
    expect(errorsOf(updateClaimSchema, { id: 1, version: 1, status: 'published' })).toHaveProperty(
      'status',
    );
    expect(errorsOf(updateClaimSchema, { id: 1, version: 1, deletedAt: null })).toHaveProperty(
      'deletedAt',
    );
  });

  it('refuse an update without the loaded version', () => {
    expect(errorsOf(updateClaimSchema, { id: 1, title: 'x' })).toEqual({
      version: ['The version you loaded is missing; reload the page.'],
    });
    expect(
      errorsOf(changeVerdictSchema, {
        id: 1,
        verdict: 'likely',
        confidence: 'low',
        rationale: 'r',
      }),
    ).toHaveProperty('version');
    expect(errorsOf(claimVersionSchema, { id: 1, version: 0 })).toHaveProperty('version');
    expect(
      errorsOf(claimVersionSchema, { id: 1, version: 1, publishedAt: '2024-01-01' }),
    ).toHaveProperty('publishedAt');
  });

  it('refuse changing the author or role through a verdict change', () => {
    expect(
      errorsOf(changeVerdictSchema, {
        id: 1,
        version: 1,
        verdict: 'likely',
        confidence: 'low',
        rationale: 'r',
        createdById: 'x',
        role: 'admin',
      }),
    ).toEqual({
      createdById: ['This field is not accepted here.'],
      role: ['This field is not accepted here.'],
    });
  });
});

describe('claim fields', () => {
  it('need a claimant: existing id or a new name, not both', () => {
    expect(errorsOf(createClaimSchema, { statement: 's' })).toHaveProperty('claimantId');
    expect(
      errorsOf(createClaimSchema, { statement: 's', claimantId: 2, claimantName: 'KCNA' }),
    ).toHaveProperty('claimantName');
    expect(createClaimSchema.safeParse({ statement: 's', claimantName: 'KCNA' }).success).toBe(
      true,
    );
    expect(
      createClaimSchema.safeParse({ statement: 's', claimantId: '7', claimantName: '' }).success,
    ).toBe(true);
    expect(errorsOf(createClaimSchema, { statement: 's', claimantId: 'abc' })).toEqual({
      claimantId: ['Claimant is not a valid id.'],
    });
  });

  it('parse tags from a list or a comma-separated string, de-duplicated by slug', () => {
    const parsed = createClaimSchema.parse({
      ...validClaim,
      tags: 'North Korea, north korea ,, Kursk',
    });
    expect(parsed.tags).toEqual([
      { name: 'North Korea', slug: 'north-korea' },
      { name: 'Kursk', slug: 'kursk' },
    ]);
    expect(errorsOf(createClaimSchema, { ...validClaim, tags: ['!!!'] })).toEqual({
      tags: ['Tag “!!!” needs a letter or a digit.'],
    });
    expect(
      errorsOf(createClaimSchema, {
        ...validClaim,
        tags: Array.from({ length: 21 }, (_, i) => `t${i}`),
      }),
    ).toHaveProperty('tags');
  });

  it('parse dates and refuse future or malformed ones', () => {
    const parsed = createClaimSchema.parse({ ...validClaim, firstAppearedAt: '2024-11-05' });
    expect(parsed.firstAppearedAt?.toISOString()).toBe('2024-11-05T00:00:00.000Z');
    expect(
      createClaimSchema.parse({ ...validClaim, firstAppearedAt: '' }).firstAppearedAt,
    ).toBeNull();
    expect(errorsOf(createClaimSchema, { ...validClaim, firstAppearedAt: '2999-01-01' })).toEqual({
      firstAppearedAt: ['First appearance date cannot be in the future.'],
    });
    expect(
      errorsOf(createClaimSchema, { ...validClaim, firstAppearedAt: '5 Nov 2024' }),
    ).toHaveProperty('firstAppearedAt');
  });

  it('default to a draft and refuse other statuses', () => {
    expect(createClaimSchema.parse(validClaim).status).toBe('draft');
    expect(errorsOf(createClaimSchema, { ...validClaim, status: 'archived' })).toHaveProperty(
      'status',
    );
  });

  it('refuse a non-http first appearance link', () => {
    expect(
      errorsOf(createClaimSchema, { ...validClaim, firstAppearanceUrl: 'javascript:alert(1)' }),
    ).toHaveProperty('firstAppearanceUrl');
  });
});

describe('strict source and citation inputs', () => {
  it('refuse unknown keys', () => {
    expect(errorsOf(createSourceSchema, { title: 't', createdById: 'x' })).toHaveProperty(
      'createdById',
    );
    expect(
      errorsOf(updateSourceSchema, { id: 1, updatedAt: new Date().toISOString(), deletedAt: null }),
    ).toHaveProperty('deletedAt');
    expect(
      errorsOf(createCitationSchema, {
        claimId: 1,
        sourceId: 1,
        stance: 'supports',
        role: 'admin',
      }),
    ).toHaveProperty('role');
    expect(
      errorsOf(updateCitationSchema, { id: 1, updatedAt: new Date().toISOString(), claimId: 2 }),
    ).toHaveProperty('claimId');
    expect(errorsOf(removeCitationSchema, { id: 1, version: 1 })).toHaveProperty('version');
  });

  it('check source kinds, links and publishers', () => {
    expect(createSourceSchema.parse({ title: 'Report' })).toMatchObject({
      kind: 'other',
      url: null,
      publisherId: null,
      publisherName: null,
    });
    expect(errorsOf(createSourceSchema, { title: 'Report', kind: 'rumour' })).toHaveProperty(
      'kind',
    );
    expect(
      errorsOf(createSourceSchema, { title: 'Report', archiveUrl: 'data:text/html,x' }),
    ).toHaveProperty('archiveUrl');
    expect(
      errorsOf(createSourceSchema, { title: 'Report', publisherId: 1, publisherName: 'AP' }),
    ).toHaveProperty('publisherName');
    expect(errorsOf(updateSourceSchema, { id: 1, title: 'x' })).toHaveProperty('updatedAt');
  });

  it('check stances and quote length', () => {
    expect(
      errorsOf(createCitationSchema, { claimId: 1, sourceId: 1, stance: 'agrees' }),
    ).toHaveProperty('stance');
    expect(
      errorsOf(createCitationSchema, {
        claimId: 1,
        sourceId: 1,
        stance: 'supports',
        quote: 'x'.repeat(2001),
      }),
    ).toHaveProperty('quote');
  });
});
