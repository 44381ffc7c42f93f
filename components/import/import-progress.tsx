import type { ImportProgress } from './send-import';

const PHASES: Record<ImportProgress['phase'], string> = {
  upload: 'Sending the file',
  read: 'Reading rows',
  check: 'Checking rows against Claimtrack',
  write: 'Writing claims',
};

const number = new Intl.NumberFormat('en-GB');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * What the server reports it has done so far: bytes sent, then rows read, checked and written
 * (from the route's NDJSON progress lines), never an estimate.
 */
export function ImportProgressView({
  action,
  progress,
}: {
  action: 'preview' | 'commit';
  progress: ImportProgress | null;
}) {
  const heading = action === 'preview' ? 'Preparing the preview' : 'Importing';
  const label = progress ? PHASES[progress.phase] : 'Starting';
  const counts = !progress
    ? ''
    : progress.phase === 'upload'
      ? `${megabytes(progress.done)} of ${megabytes(progress.total)}`
      : `${number.format(progress.done)} of ${number.format(progress.total)} rows`;
  return (
    <section
      aria-label={heading}
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
    >
      <p role="status" className="font-semibold">
        {heading}: {label}
        {counts ? ` — ${counts}` : '…'}
      </p>
      <progress
        aria-label={`${heading}: ${label}`}
        className="mt-2 h-3 w-full"
        max={progress?.total || 1}
        value={progress ? progress.done : undefined}
      />
    </section>
  );
}
