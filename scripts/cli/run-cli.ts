/**
 * How every command-line tool of the project ends: exit code 0 on success; otherwise ONE
 * sentence on standard error saying why it stopped and what to do, and a non-zero exit code —
 * 2 for what the caller typed or configured (arguments, input, environment), 1 for what it met
 * (a busy or unusable database, a migration history that differs). Never a stack trace or an
 * engine dump for those; an error nobody foresaw is a bug, and its stack trace is printed only
 * with DEBUG=1, so that what a user sees stays readable and a developer can still see where.
 */
import { DatabaseProblem } from '../../lib/database-problem';
import { InvalidEnvironmentError } from '../../lib/invalid-environment-error';

/**
 * The validated environment, loaded when a command needs it rather than when the script is
 * imported: lib/env.ts validates as it loads, and a bad setting must end as one sentence
 * (describeFailure), not as a stack trace from an import.
 */
export async function loadEnv() {
  return (await import('../../lib/env')).parseEnv();
}

/** Bad arguments or input, exit code 2: the reason, and where to read how the command is used. */
export class UsageError extends Error {
  constructor(reason: string, help = 'run it with --help to see how to use it') {
    super(`${reason.trim().replace(/[.;:\s]+$/, '')}; ${help}.`);
    this.name = 'UsageError';
  }
}

/** The first sentence of node:util parseArgs's complaint ("Unknown option '--x'."). */
export function argumentProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/(?<=\.)\s/)[0]!;
}

export interface CliFailure {
  message: string;
  exitCode: number;
}

/** The environment's issues ("PORT: must be a number") as one sentence. */
function environmentSentence(issues: readonly string[]): string {
  const said = issues.map((issue) => issue.replace(/^([^:]+): /, '$1 '));
  return `The environment is invalid: ${said.join('; ')}; fix the setting and run again.`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((line) => line.trim() !== '') ?? 'no message').trim();
}

/** What a failed command prints, and its exit code. */
export function describeFailure(
  error: unknown,
  explain?: (error: unknown) => CliFailure | null,
): CliFailure {
  const own = explain?.(error);
  if (own) return own;
  if (error instanceof UsageError) return { message: error.message, exitCode: 2 };
  if (error instanceof InvalidEnvironmentError) {
    return { message: environmentSentence(error.issues), exitCode: 2 };
  }
  if (error instanceof DatabaseProblem) return { message: error.message, exitCode: 1 };
  return {
    message:
      `Unexpected error (${firstLine(error).replace(/[.\s]+$/, '')}); this is a bug: run again ` +
      'with DEBUG=1 to see where it happened, and report it.',
    exitCode: 1,
  };
}

/**
 * Runs a command's `main`. On success the process ends by itself (a server started by `main`
 * keeps it alive) with `main`'s return value as exit code, 0 when none; on failure it exits at
 * once as describeFailure says. `explain` lets a command put its own refusals (a taken email…)
 * into words.
 */
export function runCli(
  main: () => Promise<number | void>,
  explain?: (error: unknown) => CliFailure | null,
): void {
  main().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (error: unknown) => {
      const failure = describeFailure(error, explain);
      console.error(failure.message);
      if (process.env.DEBUG && process.env.DEBUG !== '0' && error instanceof Error) {
        console.error(error.stack);
      }
      process.exit(failure.exitCode);
    },
  );
}
