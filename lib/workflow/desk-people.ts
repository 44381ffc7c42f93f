import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

export interface DeskPerson {
  id: string;
  name: string;
}

/** The editors and admins who can be put on a claim (not disabled), by name. Editors only. */
export async function findDeskPeople(actor: Actor | null): Promise<DeskPerson[]> {
  assertRole(actor, 'editor');
  return db.user.findMany({
    where: { banned: false, role: { in: ['editor', 'admin'] } },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
