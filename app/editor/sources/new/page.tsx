import type { Metadata } from 'next';
import { SourceForm } from '@/components/editor/source-form';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findPublisherOptions } from '@/lib/editor/find-editor-options';
import { parseRouteId } from '@/lib/validation/route-id';

export const metadata: Metadata = { title: 'New source' };

interface NewSourcePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewSourcePage({ searchParams }: NewSourcePageProps) {
  const user = await requireEditorPage('/editor/sources/new');
  const raw = (await searchParams).claim;
  const claimId = typeof raw === 'string' ? (parseRouteId(raw) ?? undefined) : undefined;
  const publishers = await findPublisherOptions(user);
  return (
    <div className="pb-8">
      <h1 className="mb-4 font-serif text-3xl font-bold tracking-tight">New source</h1>
      <SourceForm publishers={publishers} claimId={claimId} />
    </div>
  );
}
