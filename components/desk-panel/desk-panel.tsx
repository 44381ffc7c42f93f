import type { Actor } from '@/lib/auth/actor';
import { STAGE_LABELS } from '@/lib/domain/stages';
import { findDeskPeople } from '@/lib/workflow/desk-people';
import { stageAge } from '@/lib/workflow/stage-age';
import { FormattedDate } from '@/components/formatted-date';
import { AssignForm } from './assign-form';
import { claimDeskOnce } from './claim-desk-data';
import { FollowForm } from './follow-form';
import { StageForm } from './stage-form';

/** What the panel says after its own actions (app/editor/claims/[id]/desk-actions.ts). */
const SAVED: Record<string, string> = {
  stage: 'Stage changed.',
  assign: 'Assignment saved.',
  follow: 'You now follow this claim.',
  unfollow: 'You no longer follow this claim.',
};

/**
 * The claim's place on the desk, on its editing page: stage and how long it has been there,
 * who checks it and who reviews it, and following. Editors only; readers never see any of it.
 */
export async function DeskPanel({
  actor,
  claimId,
  saved,
}: {
  actor: Actor;
  claimId: number;
  /** The `desk` URL parameter after one of the panel's actions. */
  saved?: string | string[];
}) {
  const [desk, people] = await Promise.all([
    claimDeskOnce(actor.id, actor.role, claimId),
    findDeskPeople(actor),
  ]);
  if (!desk) return null;
  // Whoever is on the claim stays a choice, even when no longer on the desk's list.
  const choices = [...people];
  for (const person of [desk.assignee, desk.reviewer]) {
    if (person && !choices.some((p) => p.id === person.id)) choices.push(person);
  }
  const message = typeof saved === 'string' ? SAVED[saved] : undefined;
  return (
    <section id="desk" aria-labelledby="desk-heading" tabIndex={-1} className="scroll-mt-4">
      <h2 id="desk-heading" className="mb-3 font-serif text-2xl font-bold">
        Desk
      </h2>
      <p
        role="status"
        className="mb-3 font-semibold text-green-800 empty:hidden dark:text-green-300"
      >
        {message}
      </p>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-sans text-sm">
        <dt className="font-semibold">Stage</dt>
        <dd>
          {STAGE_LABELS[desk.stage]}
          {desk.stageChangedAt ? (
            <>
              {' '}
              · for {stageAge(desk.stageChangedAt)} (since{' '}
              <FormattedDate date={desk.stageChangedAt} />)
            </>
          ) : null}
        </dd>
        {desk.stage === 'archived' && desk.archiveReason ? (
          <>
            <dt className="font-semibold">Archived because</dt>
            <dd className="whitespace-pre-line">{desk.archiveReason}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Assignee</dt>
        <dd>{desk.assignee?.name ?? 'Nobody'}</dd>
        <dt className="font-semibold">Reviewer</dt>
        <dd>{desk.reviewer?.name ?? 'Nobody'}</dd>
      </dl>
      {desk.deleted ? (
        <div className="space-y-3 font-sans">
          <p className="text-sm">A deleted claim stays where it was on the desk.</p>
          {desk.following ? <FollowForm claimId={desk.id} following /> : null}
        </div>
      ) : (
        <div className="grid gap-6 font-sans sm:grid-cols-2">
          <StageForm claimId={desk.id} version={desk.version} stage={desk.stage} />
          <FollowForm claimId={desk.id} following={desk.following} />
          <AssignForm
            claimId={desk.id}
            version={desk.version}
            role="assignee"
            current={desk.assignee?.id ?? null}
            me={actor.id}
            people={choices}
          />
          <AssignForm
            claimId={desk.id}
            version={desk.version}
            role="reviewer"
            current={desk.reviewer?.id ?? null}
            me={actor.id}
            people={choices}
          />
        </div>
      )}
    </section>
  );
}
