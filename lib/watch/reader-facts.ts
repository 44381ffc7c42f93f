/**
 * What a reader's page shows of a source's watch (issue 15): "checked on <day>", each quote's
 * "verified on <day>" while it is found, and the archive link while the source is dead. The
 * desk's snapshot text, scores and problems are never shown to readers.
 */
export type ReaderFactsInput = {
  lastCheckedAt: Date | null;
  state: string;
  quotes: Iterable<{ citationId: number; state: string; verifiedAt: Date | null }>;
};

const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : '');

/**
 * The reader-visible facts as one comparable text: the content version moves exactly when it
 * differs before and after a check (lib/watch/record-check.ts). Days, not instants: a daily
 * check that finds everything as it was changes the text once per day at most.
 */
export function readerFacts(input: ReaderFactsInput): string {
  const quotes = [...input.quotes]
    .sort((a, b) => a.citationId - b.citationId)
    .map((q) => {
      const found = q.state === 'exact' || q.state === 'close';
      return `${q.citationId}:${found ? day(q.verifiedAt) : '-'}`;
    });
  return [day(input.lastCheckedAt), input.state === 'dead' ? 'dead' : 'live', ...quotes].join('|');
}
