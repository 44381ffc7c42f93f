import Link from 'next/link';
import { signOutAction } from '@/app/sign-in/actions';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_LABELS } from '@/lib/auth/role';
import { NotificationsLink } from '@/components/notifications/notifications-link';

const link =
  'inline-flex min-h-11 items-center rounded-md px-3 text-stone-700 underline-offset-4 hover:bg-stone-100 hover:text-stone-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white';

/**
 * The header's account corner: "Sign in" for readers, or who is signed in with a sign-out
 * button (a plain form posting to a server action, so it works without JavaScript). Readers have
 * no session cookie, so for them this costs no database query.
 */
export async function AccountMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className={`${link} font-sans text-base`}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-1 font-sans text-sm">
      <p className="px-2 text-stone-700 dark:text-zinc-300">
        <span className="sr-only">Signed in as </span>
        <span className="font-semibold text-stone-950 dark:text-white">{user.name}</span>{' '}
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold tracking-wide text-stone-700 uppercase dark:bg-zinc-800 dark:text-zinc-300">
          {ROLE_LABELS[user.role]}
        </span>
      </p>
      <Link href="/editor" className={link}>
        My desk
      </Link>
      <Link href="/intake" className={link}>
        Article intake
      </Link>
      <Link href="/import" className={link}>
        Import
      </Link>
      <NotificationsLink actor={user} className={link} />
      {user.role === 'admin' ? (
        <>
          <Link href="/admin/users" className={link}>
            Users
          </Link>
          <Link href="/admin/audit" className={link}>
            Audit log
          </Link>
          <Link href="/admin/desk" className={link}>
            Desk settings
          </Link>
        </>
      ) : null}
      <form action={signOutAction}>
        <button type="submit" className={`${link} cursor-pointer`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
