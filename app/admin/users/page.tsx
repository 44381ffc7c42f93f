import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/auth/create-user-form';
import { UsersTable } from '@/components/auth/users-table';
import { requireAdminPage } from '@/lib/auth/page-guard';
import { ROLE_LABELS } from '@/lib/auth/role';
import { findUsers } from '@/lib/auth/users/find-users';

export const metadata: Metadata = { title: 'Users' };

interface UsersPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function UsersPage({ searchParams }: UsersPageProps) {
  const admin = await requireAdminPage('/admin/users');
  const users = await findUsers(admin);
  const raw = (await searchParams).created;
  const createdId = typeof raw === 'string' && raw.length <= 64 ? raw : undefined;
  const created = createdId ? users.find((u) => u.id === createdId) : undefined;

  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
        Users
      </h1>
      <p className="mt-2 max-w-prose font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
        Editors edit claims, sources and verdicts; admins also manage these accounts. Changing a
        role or disabling a user signs them out everywhere.
      </p>
      <p
        role="status"
        className="mt-3 font-semibold text-stone-700 empty:hidden dark:text-zinc-300"
      >
        {created
          ? `Created ${created.name} (${ROLE_LABELS[created.role].toLowerCase()}). They can sign in now.`
          : null}
      </p>

      <UsersTable users={users} currentUserId={admin.id} />

      <section aria-labelledby="create-user-heading" className="mt-10">
        <h2 id="create-user-heading" className="font-serif text-2xl font-semibold">
          Create a user
        </h2>
        <CreateUserForm key={createdId ?? 'new'} />
      </section>
    </>
  );
}
