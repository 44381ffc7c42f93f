'use server';

import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import { saveDeskSettings } from '@/lib/desk/desk-settings';

/**
 * Saves the desk's settings. Checkboxes send nothing when unticked, so each is read as on/off
 * here; the use case checks the caller is an admin (inside, as every mutation does), validates
 * and audits. A refusal other than the role (which throws) cannot happen with two switches.
 */
export async function saveDeskSettingsAction(formData: FormData): Promise<void> {
  const actor = await getCurrentActor();
  const result = await saveDeskSettings(actor, {
    bylines: formData.get('bylines') === 'on' ? 'on' : 'off',
    review: formData.get('review') === 'on' ? 'on' : 'off',
  });
  redirect(result.ok ? '/admin/desk?saved=1' : '/admin/desk?saved=0');
}
