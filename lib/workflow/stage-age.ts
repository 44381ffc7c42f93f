const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * How long a claim has been in its stage, in words ("3 days"): the desk reads age, not
 * timestamps, to see what is stuck. Whole units, rounded down; under an hour says so.
 */
export function stageAge(since: Date, now: Date = new Date()): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < HOUR) return 'less than an hour';
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  const days = Math.floor(ms / DAY);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
