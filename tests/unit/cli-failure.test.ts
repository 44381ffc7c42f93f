import { describe, expect, it } from 'vitest';
import { DatabaseProblem } from '@/lib/database-problem';
import { parseEnv } from '@/lib/env';
import { describeFailure, UsageError } from '@/scripts/cli/run-cli';

function failureOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return describeFailure(error);
  }
  throw new Error('expected a failure');
}

describe('what a command prints when it stops', () => {
  it('bad settings: every bad variable, in one sentence, exit code 2', () => {
    expect(failureOf(() => parseEnv({ PORT: 'eighty', DATABASE_LOCK_WAIT_SECONDS: '0' }))).toEqual({
      message:
        'The environment is invalid: PORT must be a number; DATABASE_LOCK_WAIT_SECONDS must be ' +
        'between 0.1 and 3600; fix the setting and run again.',
      exitCode: 2,
    });
  });

  it('bad arguments: the reason and where to read the usage, exit code 2', () => {
    expect(describeFailure(new UsageError('Missing --email.'))).toEqual({
      message: 'Missing --email; run it with --help to see how to use it.',
      exitCode: 2,
    });
  });

  it('a database problem: its sentence as it is, exit code 1', () => {
    const problem = new DatabaseProblem('The disk that holds /x.db is full; free some space.');
    expect(describeFailure(problem)).toEqual({ message: problem.message, exitCode: 1 });
  });

  it('a bug: one line naming it and DEBUG=1, never the stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')\n    at x.ts:1");
    const { message, exitCode } = describeFailure(bug);
    expect(message).toBe(
      "Unexpected error (Cannot read properties of undefined (reading 'id')); this is a bug: run " +
        'again with DEBUG=1 to see where it happened, and report it.',
    );
    expect(exitCode).toBe(1);
  });
});
