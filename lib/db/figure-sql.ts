import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFigureRow } from './search-store';

/**
 * Whether claim `c` (an alias) carries a figure the chart can draw: a qualifier, a unit, and the
 * numbers its qualifier draws with. The SQL twin of figureShape's null cases
 * (lib/figures/chart-marks.ts, which still checks every row read): the statement caps figures
 * per unit, so a claim that would not be drawn must not take a place under the cap. The claim
 * form never stores a qualifier without its numbers (lib/validation/claim-input.ts
 * quantityErrors); this keeps the cap exact for data written otherwise too. Both providers.
 */
export function drawableFigureSql(c: Prisma.Sql): Prisma.Sql {
  const col = (name: string) => Prisma.sql`${c}.${Prisma.raw(`"${name}"`)}`;
  const [qualifier, value, min, max] = [
    col('quantityQualifier'),
    col('quantityValue'),
    col('quantityMin'),
    col('quantityMax'),
  ];
  return Prisma.sql`${qualifier} IS NOT NULL AND ${col('quantityUnit')} IS NOT NULL AND (CASE ${qualifier}
    WHEN 'up_to' THEN coalesce(${max}, ${value}) IS NOT NULL
    WHEN 'at_least' THEN coalesce(${min}, ${value}) IS NOT NULL
    WHEN 'between' THEN (${min} IS NOT NULL AND ${max} IS NOT NULL) OR ${value} IS NOT NULL
    ELSE coalesce(${value}, ${min}, ${max}) IS NOT NULL END)`;
}

/** The figure's columns read with each row (`c` the claim, `cl` its claimant). */
export const FIGURE_COLUMNS = Prisma.sql`c."id" AS id, c."title" AS title, c."statement" AS statement,
  coalesce(c."firstAppearedAt", c."publishedAt", c."createdAt") AS dated,
  c."quantityQualifier" AS qualifier, c."quantityValue" AS value, c."quantityMin" AS min,
  c."quantityMax" AS max, c."quantityUnit" AS unit, c."verdict" AS verdict,
  c."confidence" AS confidence, cl."id" AS "claimantId", cl."name" AS "claimantName"`;

type Id = number | bigint | string;

/** A row as FIGURE_COLUMNS and the unit's total read it, on either provider. */
export interface RawFigureRow {
  id: Id;
  title: string | null;
  statement: string;
  dated: unknown;
  qualifier: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  verdict: string;
  confidence: string;
  claimantId: Id;
  claimantName: string;
  unitTotal: Id;
}

/** The row for the store's callers; `date` reads the provider's stored instant. */
export function claimFigureRow(raw: RawFigureRow, date: (dated: unknown) => Date): ClaimFigureRow {
  return {
    id: Number(raw.id),
    title: raw.title,
    statement: raw.statement,
    date: date(raw.dated),
    qualifier: raw.qualifier,
    value: raw.value === null ? null : Number(raw.value),
    min: raw.min === null ? null : Number(raw.min),
    max: raw.max === null ? null : Number(raw.max),
    unit: raw.unit,
    verdict: raw.verdict,
    confidence: raw.confidence,
    claimantId: Number(raw.claimantId),
    claimantName: raw.claimantName,
    unitTotal: Number(raw.unitTotal),
  };
}
