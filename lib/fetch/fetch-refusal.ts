import type { FetchFailure } from '@/lib/watch/fetch-types';

/**
 * Why a fetch gave no page, thrown inside the fetcher and turned into a FetchFailure at its
 * edge; `message` is written for an editor ("refused: 10.0.0.5 is a private address").
 */
export class FetchRefusal extends Error {
  constructor(
    readonly outcome: FetchFailure['outcome'],
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'FetchRefusal';
  }
}
