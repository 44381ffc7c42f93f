import { NotFoundMessage } from '@/components/not-found-message';

export default function SourceNotFound() {
  return (
    <NotFoundMessage heading="Source not found">
      There is no public source at this address. Sources are shown once a published claim cites
      them.
    </NotFoundMessage>
  );
}
