import { formatDate, machineDate } from '@/lib/format/dates';

/** A date for readers with its machine-readable value: `<time dateTime="…">19 Jun 2024</time>`. */
export function FormattedDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={machineDate(date)} className={className}>
      {formatDate(date)}
    </time>
  );
}
