import Link from 'next/link';
import type { IntakeSaved } from '@/lib/intake/create-intake-claims';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What an intake created: the drafts, the citations added, and where to find them. */
export function IntakeResult({ saved }: { saved: IntakeSaved }) {
  const parts = [
    saved.created.length > 0
      ? `created ${count(saved.created.length, 'draft claim', 'draft claims')}`
      : '',
    saved.cited.length > 0
      ? `cited the article on ${count(saved.cited.length, 'existing claim', 'existing claims')}`
      : '',
  ].filter(Boolean);
  const summary = parts.length > 0 ? parts.join(' and ') : 'added nothing new';
  return (
    <section
      aria-labelledby="intake-result-heading"
      className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-700 dark:bg-emerald-950"
    >
      <h2 id="intake-result-heading" className="text-lg font-bold">
        Intake saved
      </h2>
      <p role="status" className="font-semibold">
        {`${summary.charAt(0).toUpperCase()}${summary.slice(1)}`}.
      </p>
      {saved.created.length > 0 ? (
        <ul aria-label="Draft claims created" className="list-disc space-y-1 ps-5">
          {saved.created.map((c) => (
            <li key={c.id}>
              <Link href={`/editor/claims/${c.id}`} className={textLink}>
                {c.statement}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {saved.cited.length > 0 ? (
        <ul aria-label="Claims the article was cited on" className="list-disc space-y-1 ps-5">
          {saved.cited.map((c) => (
            <li key={c.key}>
              <Link href={`/editor/claims/${c.claimId}#evidence`} className={textLink}>
                Claim {c.claimId}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {saved.alreadyCited.length > 0 ? (
        <p>
          Already quoting this passage of the article, so left as they were:{' '}
          {saved.alreadyCited.map((c, i) => (
            <span key={c.key}>
              {i > 0 ? ', ' : ''}
              <Link href={`/editor/claims/${c.claimId}#evidence`} className={textLink}>
                claim {c.claimId}
              </Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      <p>
        <Link href={`/intake/${saved.record.id}`} className={textLink}>
          The intake record, with the suggestions not kept
        </Link>
        {' · '}
        <Link href={`/editor/claims?status=draft&source=${saved.source.id}`} className={textLink}>
          See the drafts citing this article in the editor desk
        </Link>
        {' · '}
        <Link href={`/sources/${saved.source.id}`} className={textLink}>
          {saved.source.created ? 'The new source' : 'The source'}
        </Link>
      </p>
    </section>
  );
}
