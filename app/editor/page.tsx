import type { Metadata } from 'next';
import Link from 'next/link';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { DeskClaimList } from '@/components/desk/desk-claim-list';
import { DeskSection } from '@/components/desk/desk-section';
import { StageFilterLinks } from '@/components/desk/stage-filter-links';
import { requireEditorPage } from '@/lib/auth/page-guard';
import {
  WORKING_STAGES,
  findAssignedToMe,
  findFollowedChanges,
  findMyMentions,
  findMySavedViewsPage,
  findWaitingForMyReview,
} from '@/lib/desk/my-desk';
import { myDeskHref, parseMyDeskQuery } from '@/lib/desk/my-desk-query';
import { STAGE_LABELS } from '@/lib/domain/stages';
import { formatDateTime, machineDate } from '@/lib/format/dates';
import { truncate } from '@/lib/format/text';

export const metadata: Metadata = { title: 'My desk' };

interface MyDeskPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * My desk: what is waiting for the signed-in editor — claims assigned to them (by stage), claims
 * waiting for their review, mentions, the claims they follow that changed, their saved views.
 * Each list pages on its own (lib/desk/my-desk-query.ts); rendered for every request.
 */
export default async function MyDeskPage({ searchParams }: MyDeskPageProps) {
  const user = await requireEditorPage('/editor');
  const query = parseMyDeskQuery(await searchParams);
  const [assigned, review, mentions, following, views] = await Promise.all([
    findAssignedToMe(user, { page: query.pages.assigned, stage: query.stage }),
    findWaitingForMyReview(user, { page: query.pages.review }),
    findMyMentions(user, { page: query.pages.mentions }),
    findFollowedChanges(user, { page: query.pages.following }),
    findMySavedViewsPage(user, { page: query.pages.views }),
  ]);
  const workingTotal = WORKING_STAGES.reduce((n, s) => n + assigned.byStage[s], 0);

  return (
    <div className="pb-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">My desk</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/editor/claims" className={secondaryButton}>
            All claims
          </Link>
          <Link href="/editor/board" className={secondaryButton}>
            Board
          </Link>
          <Link href="/editor/claimants" className={secondaryButton}>
            Claimants
          </Link>
          <Link href="/editor/stories" className={secondaryButton}>
            Stories
          </Link>
          <Link href="/editor/units" className={secondaryButton}>
            Units
          </Link>
          <Link href="/editor/watch" className={secondaryButton}>
            Source watch
          </Link>
          <Link href="/editor/claims/new" className={primaryButton}>
            New claim
          </Link>
        </div>
      </div>

      <DeskSection
        id="assigned"
        title={
          query.stage ? `Assigned to me: ${STAGE_LABELS[query.stage]}` : 'Assigned to me, in work'
        }
        total={assigned.total}
        noun={['claim', 'claims']}
        page={assigned.page}
        pageCount={assigned.pageCount}
        hrefFor={(page) => myDeskHref(query, { pages: { assigned: page } })}
        empty={
          query.stage
            ? `No claim assigned to you is ${STAGE_LABELS[query.stage]}.`
            : 'Nothing assigned to you is in work.'
        }
        before={
          <StageFilterLinks
            stage={query.stage}
            byStage={assigned.byStage}
            workingTotal={workingTotal}
            hrefFor={(stage) => myDeskHref(query, { stage, pages: { assigned: 1 } })}
          />
        }
      >
        <DeskClaimList claims={assigned.items} dated="stage" />
      </DeskSection>

      <DeskSection
        id="review"
        title="Waiting for my review"
        total={review.total}
        noun={['claim', 'claims']}
        page={review.page}
        pageCount={review.pageCount}
        hrefFor={(page) => myDeskHref(query, { pages: { review: page } })}
        empty="No claim is waiting for your review."
      >
        <DeskClaimList claims={review.items} dated="stage" />
      </DeskSection>

      <DeskSection
        id="mentions"
        title="Mentions"
        total={mentions.total}
        noun={['mention', 'mentions']}
        page={mentions.page}
        pageCount={mentions.pageCount}
        hrefFor={(page) => myDeskHref(query, { pages: { mentions: page } })}
        empty="Nobody has mentioned you in a note."
      >
        <ul className="mt-3 divide-y divide-stone-200 font-sans dark:divide-zinc-700">
          {mentions.items.map((m) => (
            <li key={m.id} className="py-2">
              <span className={m.read ? undefined : 'font-semibold'}>
                {m.read ? null : <span className="sr-only">Unread: </span>}
                {m.actorName ?? 'An editor'} mentioned you
              </span>
              {m.claim ? (
                <>
                  {' on '}
                  <Link href={`/editor/claims/${m.claim.id}`} className={textLink}>
                    {truncate(m.claim.title, 160)}
                  </Link>
                </>
              ) : null}
              {' · '}
              <time dateTime={machineDate(m.createdAt)} className="text-sm">
                {formatDateTime(m.createdAt)}
              </time>
              {m.detail ? (
                <p className="mt-1 text-sm text-stone-700 dark:text-zinc-300">
                  {truncate(m.detail, 300)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </DeskSection>

      <DeskSection
        id="following"
        title="Claims I follow, recently changed"
        total={following.total}
        noun={['claim', 'claims']}
        page={following.page}
        pageCount={following.pageCount}
        hrefFor={(page) => myDeskHref(query, { pages: { following: page } })}
        empty="You follow no claims. Claims you are assigned to or review are followed for you."
      >
        <DeskClaimList claims={following.items} dated="changed" />
      </DeskSection>

      <DeskSection
        id="views"
        title="My saved views"
        total={views.total}
        noun={['view', 'views']}
        page={views.page}
        pageCount={views.pageCount}
        hrefFor={(page) => myDeskHref(query, { pages: { views: page } })}
        empty="No saved views yet: save a list's filters from the claim list."
      >
        <ul className="mt-3 list-disc pl-6 font-sans">
          {views.items.map((v) => (
            <li key={v.id} className="py-1">
              <Link href={v.href} className={textLink}>
                {v.name}
              </Link>
            </li>
          ))}
        </ul>
      </DeskSection>
    </div>
  );
}
