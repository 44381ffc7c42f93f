import { FormattedDate } from '@/components/formatted-date';
import { ROLE_LABELS } from '@/lib/auth/role';
import type { UserSummary } from '@/lib/auth/users/types';
import { UserRoleForm } from './user-role-form';
import { UserStatusForm } from './user-status-form';

const cell = 'px-3 py-3 align-top';

/** Every account with its controls; the signed-in admin's own row has none. */
export function UsersTable({
  users,
  currentUserId,
}: {
  users: UserSummary[];
  currentUserId: string;
}) {
  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[44rem] border-collapse text-left font-sans text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="border-b border-stone-200 text-stone-700 dark:border-zinc-800 dark:text-zinc-300">
          <tr>
            <th scope="col" className={cell}>
              Name
            </th>
            <th scope="col" className={cell}>
              Email
            </th>
            <th scope="col" className={cell}>
              Role
            </th>
            <th scope="col" className={cell}>
              Status
            </th>
            <th scope="col" className={cell}>
              Created
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-zinc-800">
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <tr key={user.id}>
                <th scope="row" className={`${cell} font-semibold`}>
                  {user.name}
                  {self ? (
                    <span className="block text-xs font-normal text-stone-600 dark:text-zinc-400">
                      You (another admin can change your role or disable you)
                    </span>
                  ) : null}
                </th>
                <td className={`${cell} break-all`}>{user.email}</td>
                <td className={cell}>
                  {self ? ROLE_LABELS[user.role] : <UserRoleForm user={user} />}
                </td>
                <td className={cell}>
                  <span
                    className={
                      user.status === 'active'
                        ? 'font-semibold text-green-800 dark:text-green-300'
                        : 'font-semibold text-red-800 dark:text-red-300'
                    }
                  >
                    {user.status === 'active' ? 'Active' : 'Disabled'}
                  </span>
                  {self ? null : (
                    <div className="mt-2">
                      <UserStatusForm key={user.status} user={user} />
                    </div>
                  )}
                </td>
                <td className={cell}>
                  <FormattedDate date={user.createdAt} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
