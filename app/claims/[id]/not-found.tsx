import { NotFoundMessage } from '@/components/not-found-message';

export default function ClaimNotFound() {
  return (
    <NotFoundMessage heading="Claim not found">
      There is no published claim at this address. It may never have existed, or it may not be
      published yet.
    </NotFoundMessage>
  );
}
