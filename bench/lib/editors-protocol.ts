/** Messages between bench/editors.ts and its worker processes (bench/lib/editors-worker.ts). */

export interface EditorAssignment {
  userId: string;
  /** Claims this editor picks from, at random, on every save. */
  claimIds: number[];
}

export interface RunPhase {
  type: 'run';
  phase: string;
  editors: EditorAssignment[];
  /** Epoch milliseconds: every worker starts at once and stops at `startAt + seconds`. */
  startAt: number;
  seconds: number;
}

export interface PhaseOutcome {
  type: 'done';
  phase: string;
  /** Milliseconds of each successful save, its load included. */
  latencies: number[];
  /** Successful, changed saves per claim id. */
  successesByClaim: Record<string, number>;
  conflicts: number;
  /** Milliseconds of each save refused as a conflict, its load included. */
  conflictLatencies: number[];
  /** Failures returned by changeVerdict other than conflicts, by message. */
  failures: Record<string, number>;
  /** Thrown errors by code (SQLITE_BUSY, P2034, …). */
  errors: Record<string, number>;
  /** One example message per error code, to read in the report. */
  errorExamples: Record<string, string>;
  /** CPU time (user + system, microseconds) this worker process used during the phase. */
  cpuMicros: number;
}

export type WorkerMessage = { type: 'ready' } | PhaseOutcome;
