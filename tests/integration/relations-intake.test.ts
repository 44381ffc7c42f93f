import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { analyseArticle } from '@/lib/intake/analyse-article';
import { createIntakeClaims } from '@/lib/intake/create-intake-claims';
import { findSimilarClaims, similarityProbe } from '@/lib/intake/find-similar-claims';
import { findClaimRelationsForEditing } from '@/lib/relations/find-claim-relations';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { claimInput, editor } from '../support/editing';
import { testDb, uniqueWord } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

/** An article with a new figure for a place named for this test. */
function article(place: string) {
  return `Troops gather near ${place}

Officials in ${place} said up to 12,000 soldiers were deployed near ${place} on 3 December 2024.

Follow our live coverage for the latest updates.`;
}

const meta = (place: string) => ({
  title: `Troops near ${place}`,
  publisherName: 'Example News',
  url: `https://news.example/${place}`,
  publishedAt: '2024-12-03',
});

async function setUp(existingFigure: string, existingDate: string) {
  const actor = await editor();
  const place = uniqueWord('Kurskov');
  const analysis = analyseArticle(article(place), meta(place));
  const suggestion = analysis.suggestions.find((s) => s.sentence.includes('deployed'))!;
  // The same wording as the suggestion, with the existing claim's own figure.
  const existing = value(
    await createClaim(
      actor,
      claimInput({
        statement: suggestion.claim.statement.replace('12,000', existingFigure),
        quantityQualifier: 'up_to',
        quantityMax: existingFigure,
        quantityUnit: 'soldiers',
        firstAppearedAt: existingDate,
      }),
    ),
  );
  return { actor, place, existing, suggestion };
}

describe('the intake proposes a link to a claim with another figure', () => {
  it('proposes "updates", ticked, when the new figure is newer', async () => {
    const { actor, existing, suggestion } = await setUp('10,000', '2024-11-01');
    expect(suggestion.claim).toMatchObject({ quantityMax: '12000' });
    const similar = await findSimilarClaims(actor, [similarityProbe(suggestion)]);
    expect(similar.get(suggestion.key)?.[0]).toMatchObject({
      id: existing.id,
      proposal: { kind: 'updates', checked: true },
    });
  });

  it('proposes "same claim as", unticked, when the existing figure is the newer one', async () => {
    const { actor, existing, suggestion } = await setUp('10,000', '2025-01-15');
    const similar = await findSimilarClaims(actor, [similarityProbe(suggestion)]);
    expect(similar.get(suggestion.key)?.[0]).toMatchObject({
      id: existing.id,
      proposal: { kind: 'same_as', checked: false },
    });
  });

  it('proposes nothing when the figure is the same (a duplicate, not an update)', async () => {
    const { actor, existing, suggestion } = await setUp('12,000', '2024-11-01');
    const similar = await findSimilarClaims(actor, [similarityProbe(suggestion)]);
    const match = similar.get(suggestion.key)?.[0];
    expect(match?.id).toBe(existing.id);
    expect(match?.proposal).toBeUndefined();
  });

  it('links the new draft in the transaction that creates it, or creates nothing', async () => {
    const { actor, place, existing, suggestion } = await setUp('10,000', '2024-11-01');
    const item = {
      key: suggestion.key,
      action: 'create',
      claim: suggestion.claim,
      citation: suggestion.citation,
    };
    const articleInput = { ...meta(place), text: article(place) };

    // A link to a claim that does not exist: refused, and no draft, source or record is left.
    const claimsBefore = await testDb.claim.count();
    const refused = await createIntakeClaims(actor, {
      article: articleInput,
      items: [{ ...item, link: { kind: 'updates', claimId: 987654321 } }],
    });
    expect(refused.ok).toBe(false);
    expect(await testDb.claim.count()).toBe(claimsBefore);

    const saved = value(
      await createIntakeClaims(actor, {
        article: articleInput,
        items: [{ ...item, link: { kind: 'updates', claimId: existing.id } }],
      }),
    );
    const draftId = saved.created[0]!.id;
    expect(await findClaimRelationsForEditing(actor, existing.id)).toMatchObject([
      { kind: 'updates', side: 'to', label: 'Updated by', other: { id: draftId } },
    ]);
  });
});
