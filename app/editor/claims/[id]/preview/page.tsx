import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimArticle } from '@/components/claim-article';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { getClaimForPreview } from '@/lib/claims/get-claim';
import { parseRouteId } from '@/lib/validation/route-id';

export const metadata: Metadata = { title: 'Preview as a reader' };

interface PreviewPageProps {
  params: Promise<{ id: string }>;
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * A claim exactly as readers would see it — the reader page's own component — whatever its
 * stage, watermarked "Preview". Editors only; never cached (the editors' area is rendered per
 * request) and never indexed (the editor layout's robots metadata).
 */
export default async function PreviewClaimPage({ params }: PreviewPageProps) {
  const { id: rawId } = await params;
  const user = await requireEditorPage(`/editor/claims/${rawId}/preview`);
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const claim = await getClaimForPreview(user, id);
  if (!claim) notFound();
  return (
    <div className="space-y-6">
      <p className="font-sans text-sm">
        <Link href={`/editor/claims/${id}`} className={textLink}>
          <span aria-hidden="true">←</span> Back to editing
        </Link>
      </p>
      <ClaimArticle claim={claim} editable={false} preview />
    </div>
  );
}
