/**
 * What the intake and the duplicate check propose when a new claim is worded like an existing
 * one but states a different figure (pure; lib/intake/find-similar-claims.ts calls it): the new
 * claim *updates* the existing one when it is the newer of the two — proposed ticked — else it
 * may be the *same claim* in other words — proposed unticked, for the editor to decide. No
 * proposal when either claim has no figure or the figures are the same (then it is a duplicate,
 * which the intake offers to cite on instead).
 */

export interface FigureOf {
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  /** The day the claim first appeared (YYYY-MM-DD or a Date); null when unknown. */
  firstAppearedAt: string | Date | null;
}

export interface RelationProposal {
  kind: 'updates' | 'same_as';
  /** Whether the choice starts ticked. */
  checked: boolean;
}

const figure = (f: FigureOf): string | null => {
  if (f.quantityValue === null && f.quantityMin === null && f.quantityMax === null) return null;
  return [f.quantityValue, f.quantityMin, f.quantityMax].map((n) => n ?? '').join('/');
};

const day = (value: string | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value;

export function proposeRelation(newClaim: FigureOf, existing: FigureOf): RelationProposal | null {
  const mine = figure(newClaim);
  const theirs = figure(existing);
  if (mine === null || theirs === null || mine === theirs) return null;
  const newDay = day(newClaim.firstAppearedAt);
  const oldDay = day(existing.firstAppearedAt);
  // Undated on either side: the intake reads the article now, so the new figure is the later.
  const newer = newDay === null || oldDay === null || newDay >= oldDay;
  return newer ? { kind: 'updates', checked: true } : { kind: 'same_as', checked: false };
}
