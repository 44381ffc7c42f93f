import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus } from '@/lib/domain/claims';
import { isStage, statusForStage, type Stage } from '@/lib/domain/stages';
import type { DeskListFilter } from './search-store';

/**
 * The editors' desk filters (stage, assignee, reviewer) as conditions on a claim row aliased
 * `alias`, written once for both providers' list statements (lib/db/{sqlite,postgres}/
 * search-sql.ts). The stage is a literal from the fixed list, as the statuses are, so the
 * planner weighs that stage's own frequency when it picks an index; people are bound values.
 */
/** A stage as an SQL literal; never written from input that is not one of the stages. */
export function stageLiteral(stage: string): Prisma.Sql {
  if (!isStage(stage)) throw new Error('A desk filter names an unknown stage.');
  return Prisma.raw(`'${stage}'`);
}

export function deskFilterConditions(
  desk: DeskListFilter | undefined,
  alias: Prisma.Sql,
): Prisma.Sql[] {
  if (!desk) return [];
  const conditions: Prisma.Sql[] = [];
  if (desk.stage !== undefined) {
    conditions.push(Prisma.sql`${alias}."stage" = ${stageLiteral(desk.stage)}`);
  }
  const person = (column: string, id: string | null | undefined) => {
    if (id === undefined) return;
    const name = Prisma.raw(`"${column}"`);
    conditions.push(
      id === null ? Prisma.sql`${alias}.${name} IS NULL` : Prisma.sql`${alias}.${name} = ${id}`,
    );
  };
  person('assigneeId', desk.assigneeId);
  person('reviewerId', desk.reviewerId);
  return conditions;
}

/**
 * The one status a stage filter's claims have, when it is among the listed `statuses`, else
 * null (the list is empty): the stage decides the status (lib/workflow/stage-rules.ts). Both
 * providers' lists use it so a page can walk that status's index in the list's order, stopping
 * at the page's end, instead of reading and sorting every claim of the stage — Published holds
 * nine in ten claims (lib/db/{sqlite,postgres}/search-sql.ts).
 */
export function stageStatusAmong(
  stage: Stage,
  statuses: readonly ClaimStatus[],
): ClaimStatus | null {
  const status = statusForStage(stage);
  return statuses.includes(status) ? status : null;
}
