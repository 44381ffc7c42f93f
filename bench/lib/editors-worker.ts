/**
 * One server process of the editors benchmark: the same data-layer calls a server action makes
 * (getClaimForEditing to load the form, changeVerdict to save), on this process's store
 * (lib/db/store.ts: one SQLite connection, or one PostgreSQL pool), for the editors assigned to it. Started by
 * bench/editors.ts with `--conditions=react-server`, so `server-only` resolves to its empty
 * export as it does inside Next's server bundle.
 */
import type { Actor } from '@/lib/auth/actor';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { EditorAssignment, PhaseOutcome, RunPhase, WorkerMessage } from './editors-protocol';

/** Verdicts the evidence rules allow on a claim without citations (not Confirmed or False). */
const VERDICTS: readonly Verdict[] = ['likely', 'disputed', 'misleading', 'unsubstantiated'];
const CONFIDENCES: readonly Confidence[] = ['low', 'moderate', 'high'];

function send(message: WorkerMessage): void {
  process.send?.(message);
}

/**
 * The error's code: a SQLite code found anywhere in its cause chain first, else Prisma's. The
 * adapter reports a plain SQLITE_BUSY (the 5 s busy timeout ran out) as Prisma's P1008
 * "Operation has timed out", so that one is counted as what it is.
 */
function errorCode(error: unknown): string {
  let prismaCode: string | null = null;
  for (let e = error, depth = 0; e instanceof Object && depth < 6; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    const sqlite = /SQLITE_[A-Z_]+/.exec(`${String(code)} ${String(message)}`);
    if (sqlite) return sqlite[0];
    if (typeof code === 'string' && prismaCode === null) prismaCode = code;
    e = (e as { cause?: unknown }).cause;
  }
  if (prismaCode === 'P1008') return 'SQLITE_BUSY (P1008, busy timeout)';
  return prismaCode ?? (error instanceof Error ? error.name : 'unknown');
}

/**
 * Each action of an editor is an HTTP request in the server, and a request's work starts from
 * an I/O callback. Without this yield, editors whose data-layer calls settle as promise
 * continuations only (the SQLite driver is synchronous) would run back to back in one
 * microtask queue that never empties, and the timers another editor waits on (the write-lock
 * retry) would not fire for seconds: a starvation no real server sees.
 */
const nextRequest = () => new Promise<void>((resolve) => setImmediate(resolve));

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

async function runEditor(
  editor: EditorAssignment,
  deadline: number,
  outcome: PhaseOutcome,
): Promise<void> {
  const actor: Actor = { id: editor.userId, role: 'editor' };
  let n = 0;
  while (performance.now() < deadline) {
    await nextRequest();
    n += 1;
    const claimId = pick(editor.claimIds);
    const started = performance.now();
    try {
      const loaded = await getClaimForEditing(actor, claimId);
      // Loading the form and saving it are two requests: the save arrives through the event
      // loop's I/O phase, not as a continuation of the load.
      await nextRequest();
      if (!loaded) {
        outcome.failures['claim not found on load'] =
          (outcome.failures['claim not found on load'] ?? 0) + 1;
        continue;
      }
      const verdict = pick(VERDICTS.filter((v) => v !== loaded.verdict));
      const result = await changeVerdict(actor, {
        id: claimId,
        version: loaded.version,
        verdict,
        confidence: pick(CONFIDENCES),
        rationale: `Bench rationale by ${editor.userId}, save ${n}: now ${verdict}.`,
        overrideReason: null,
      });
      if (result.ok && result.value.changed) {
        outcome.latencies.push(performance.now() - started);
        const key = String(claimId);
        outcome.successesByClaim[key] = (outcome.successesByClaim[key] ?? 0) + 1;
      } else if (!result.ok && result.conflict) {
        outcome.conflicts += 1;
        outcome.conflictLatencies.push(performance.now() - started);
      } else {
        const message = result.ok ? 'saved without a change' : result.message;
        outcome.failures[message] = (outcome.failures[message] ?? 0) + 1;
      }
    } catch (error) {
      const code = errorCode(error);
      outcome.errors[code] = (outcome.errors[code] ?? 0) + 1;
      outcome.errorExamples[code] ??= error instanceof Error ? error.message : String(error);
    }
  }
}

async function runPhase(message: RunPhase): Promise<void> {
  const outcome: PhaseOutcome = {
    type: 'done',
    phase: message.phase,
    latencies: [],
    successesByClaim: {},
    conflicts: 0,
    conflictLatencies: [],
    failures: {},
    errors: {},
    errorExamples: {},
    cpuMicros: 0,
  };
  const wait = message.startAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const deadline = performance.now() + message.seconds * 1000;
  const cpu = process.cpuUsage();
  await Promise.all(message.editors.map((editor) => runEditor(editor, deadline, outcome)));
  const used = process.cpuUsage(cpu);
  outcome.cpuMicros = used.user + used.system;
  send(outcome);
}

process.on('message', (message: RunPhase | { type: 'exit' }) => {
  if (message.type === 'exit') {
    process.disconnect?.();
    process.exit(0);
  }
  runPhase(message).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exit(1);
  });
});
send({ type: 'ready' });
