import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDemoCredentials } from '@/lib/auth/demo-credentials';
import { safeNextPath } from '@/lib/auth/safe-next-path';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to edit claims. Readers do not need an account.',
  robots: { index: false },
};

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(next);
  const demo = await getDemoCredentials();

  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
        Sign in
      </h1>
      <p className="mt-2 max-w-prose font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
        For the desk&rsquo;s editors and admins. Reading claims and sources needs no account.
      </p>
      {demo ? (
        <aside
          aria-labelledby="demo-account-heading"
          className="mt-5 max-w-md rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          <h2 id="demo-account-heading" className="font-semibold">
            Demo editor account
          </h2>
          <p className="mt-1 text-sm leading-relaxed">
            This site runs on demo data. Sign in as an editor with
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold">Email</dt>
            <dd className="font-mono">{demo.email}</dd>
            <dt className="font-semibold">Password</dt>
            <dd className="font-mono">{demo.password}</dd>
          </dl>
        </aside>
      ) : null}
      <SignInForm next={next} />
    </>
  );
}
