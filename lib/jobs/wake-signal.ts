/**
 * A wait that ends early when told: the worker's loop sleeps on it between polls and is woken
 * at once when a job finishes (a free slot) or when it is told to stop — no busy loop, no
 * fixed-length sleep between two claims it could have made sooner.
 */
export class WakeSignal {
  #wake: (() => void) | null = null;

  /** Resolves after `ms` (never, when undefined) or at the next `notify()`, whichever is first. */
  wait(ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(finish, ms);
      const previous = this.#wake;
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        previous?.();
        finish();
      };
    });
  }

  notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }
}
