import path from 'node:path';
import { errorCauses, isBusyError } from './db/sqlite/write-lock';

/**
 * A reason a command cannot go on that the person running it can act on (the database is busy,
 * its file cannot be opened, the migration history differs from the checked-in migrations),
 * said in one sentence. The command-line tools print the message alone: it is not a bug, so no
 * stack trace.
 */
export class DatabaseProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseProblem';
  }
}

/** What a command was doing when the write lock stayed taken, for the busy message. */
export interface BusyContext {
  /** How long it waited. */
  waitedMs: number;
  /** What did not happen, e.g. "no account was created". */
  consequence: string;
  /** Whether DATABASE_LOCK_WAIT_SECONDS set that wait (then the message says so). */
  configurable?: boolean;
}

export function busyProblem({
  waitedMs,
  consequence,
  configurable = true,
}: BusyContext): DatabaseProblem {
  const seconds = Number((waitedMs / 1000).toFixed(1));
  const advice = configurable
    ? 'try again when it is done, or wait longer with DATABASE_LOCK_WAIT_SECONDS'
    : 'try again when it is done';
  return new DatabaseProblem(
    `The database is busy: another process held its write lock for more than ${seconds} s, so ` +
      `${consequence}; ${advice}.`,
  );
}

/** The first SQLite result code (`SQLITE_…`) or file-system code (`EACCES`…) in an error's cause chain. */
function errorCode(error: unknown): string | null {
  for (const { code, originalCode, message } of errorCauses(error)) {
    for (const candidate of [originalCode, code]) {
      if (typeof candidate === 'string' && /^(SQLITE_|E[A-Z]+$)/.test(candidate)) return candidate;
    }
    const named = /\bSQLITE_[A-Z_]+/.exec(String(message));
    if (named) return named[0];
  }
  return null;
}

/**
 * The one-sentence explanation of a database error a user can meet — the lock held too long,
 * the file missing, unreadable, read-only, not a database, damaged, the disk full — or null for
 * anything else (a bug, to be reported with its stack trace).
 */
export function describeDatabaseError(
  error: unknown,
  file: string,
  busy: BusyContext,
): DatabaseProblem | null {
  if (error instanceof DatabaseProblem) return error;
  if (isBusyError(error)) return busyProblem(busy);
  const code = errorCode(error);
  if (code === null) return null;
  const folder = path.dirname(file);
  const say = (message: string) => new DatabaseProblem(message);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return say(
      `The database file ${file} cannot be written by this user (read-only file, folder or disk); ` +
        'run the command as the user that owns it, or fix its permissions.',
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR') {
    return say(
      `The database file ${file} cannot be opened or created; check DATABASE_URL and that the ` +
        `folder ${folder} exists, is a folder and is writable.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_PERM')) {
    return say(
      `This user may not create or open the database file ${file}; run the command as the user ` +
        `that owns ${folder}, or fix its permissions.`,
    );
  }
  if (code === 'EEXIST') {
    return say(
      `The database folder ${folder} cannot be created because a file is in its way; check ` +
        'DATABASE_URL.',
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return say(`${file} is not a SQLite database; check DATABASE_URL.`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return say(
      `The database file ${file} is damaged (SQLite finds it malformed); restore a backup.`,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return say(`The disk that holds ${file} is full; free some space and try again.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return say(`Reading or writing ${file} failed (${code}); check the disk and try again.`);
  }
  return null;
}
