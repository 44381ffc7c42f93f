import type { Metadata } from 'next';
import { ClaimForm } from '@/components/editor/claim-form';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findClaimantOptions } from '@/lib/editor/find-editor-options';

export const metadata: Metadata = { title: 'New claim' };

export default async function NewClaimPage() {
  const user = await requireEditorPage('/editor/claims/new');
  const claimants = await findClaimantOptions(user);
  return (
    <div className="pb-8">
      <h1 className="mb-4 font-serif text-3xl font-bold tracking-tight">New claim</h1>
      <ClaimForm initialValues={{}} claimants={claimants} />
    </div>
  );
}
