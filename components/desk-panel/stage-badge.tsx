import type { Actor } from '@/lib/auth/actor';
import { STAGE_LABELS } from '@/lib/domain/stages';
import { claimDeskOnce } from './claim-desk-data';

/** The claim's desk stage next to its Draft/Published badge in the page header. */
export async function StageBadge({ actor, claimId }: { actor: Actor; claimId: number }) {
  const desk = await claimDeskOnce(actor.id, actor.role, claimId);
  if (!desk) return null;
  return (
    <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-semibold text-blue-900 uppercase dark:bg-sky-950 dark:text-sky-200">
      <span className="sr-only">Stage: </span>
      {STAGE_LABELS[desk.stage]}
    </span>
  );
}
