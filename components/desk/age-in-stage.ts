const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How long a claim has been in its stage, as a board card says it: "3 days", "5 hours". */
export function ageInStage(since: Date | null, now: Date): string {
  if (!since) return 'unknown';
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    return `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const hours = Math.floor(ms / HOUR);
  if (hours >= 1) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return 'under an hour';
}
