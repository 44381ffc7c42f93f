import { z } from 'zod';
import { STAGES, type Stage } from '@/lib/domain/stages';
import { firstParam, type RawParams } from '@/lib/validation/search-params';

/**
 * My desk's state in the URL: each list pages on its own (`?assigned=2&review=1…`) and the
 * assigned list may be narrowed to one stage (`?stage=ready`). Tolerant: a bad value falls back
 * to its default, never a failed page.
 */
export const DESK_LISTS = ['assigned', 'review', 'mentions', 'following', 'views'] as const;
export type DeskList = (typeof DESK_LISTS)[number];

export interface MyDeskQuery {
  pages: Record<DeskList, number>;
  /** null: the stages still being worked on (not Published or Archived). */
  stage: Stage | null;
}

const page = z.coerce.number().int().positive().max(100_000);

export function parseMyDeskQuery(params: RawParams): MyDeskQuery {
  const pages = Object.fromEntries(
    DESK_LISTS.map((list) => {
      const parsed = page.safeParse(firstParam(params, list));
      return [list, parsed.success ? parsed.data : 1];
    }),
  ) as Record<DeskList, number>;
  const stage = z.enum(STAGES).safeParse(firstParam(params, 'stage'));
  return { pages, stage: stage.success ? stage.data : null };
}

/** The URL of My desk with some lists' pages or the stage changed, the rest kept. */
export function myDeskHref(
  query: MyDeskQuery,
  change: { pages?: Partial<Record<DeskList, number>>; stage?: Stage | null },
): string {
  const pages = { ...query.pages, ...change.pages };
  const stage = change.stage === undefined ? query.stage : change.stage;
  const params = new URLSearchParams();
  if (stage) params.set('stage', stage);
  for (const list of DESK_LISTS) if (pages[list] > 1) params.set(list, String(pages[list]));
  const search = params.toString();
  return search ? `/editor?${search}` : '/editor';
}
