/**
 * Thrown by a handler to put its job back for later without it counting as a failure or an
 * attempt: the run could not start yet (its host's next request slot is far away). The worker
 * re-queues the job `delayMs` from now and takes other work meanwhile, instead of holding one
 * of its concurrency slots idle while it waits.
 */
export class JobDeferral extends Error {
  constructor(
    readonly delayMs: number,
    reason = 'not yet',
  ) {
    super(`Deferred ${Math.round(delayMs)} ms: ${reason}`);
    this.name = 'JobDeferral';
  }
}
