import type { SourceRef } from '@/lib/claims/types';
import { sourceKindLabel } from '@/lib/domain/evidence';
import { FormattedDate } from './formatted-date';

interface SourceBylineProps {
  source: SourceRef;
  /** Body size, for the source's own page; lists use the smaller size. */
  large?: boolean;
  className?: string;
}

/** "Reuters · News report · 4 Nov 2024": who published a source, what it is, and when. */
export function SourceByline({ source, large = false, className = '' }: SourceBylineProps) {
  const parts = [
    source.publisher ? <span key="publisher">{source.publisher.name}</span> : null,
    <span key="kind">{sourceKindLabel(source.kind)}</span>,
    source.publishedAt ? (
      <FormattedDate key="date" date={source.publishedAt} />
    ) : (
      <span key="date">Undated</span>
    ),
  ].filter((part) => part !== null);
  return (
    <p
      className={`${large ? 'text-base' : 'text-sm'} text-stone-600 dark:text-zinc-400 ${className}`}
    >
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {part}
        </span>
      ))}
    </p>
  );
}
