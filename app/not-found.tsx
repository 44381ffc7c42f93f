import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <NotFoundMessage heading="Page not found">
      There is nothing at this address. The link may be mistyped, or the page may have moved.
    </NotFoundMessage>
  );
}
