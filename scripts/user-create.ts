/**
 * `npm run user:create -- --email <email> --name <name> --role <admin|editor>`
 *
 * Creates an account, e.g. the first admin of a new installation. The password never appears on
 * the command line (where `ps` and shell history would keep it): it is read from standard input,
 * `echo "$PW" | npm run --silent user:create -- …`, or prompted for twice without echo on a
 * terminal. Applies pending migrations first (lib/migrations, the same step as `npm start`), so
 * it works on a fresh clone before the first start and while servers run; it loads no demo data.
 *
 * Exit codes: 0 created, 2 bad input (arguments, password rules, email taken, environment), 1 the
 * database could not be used (busy for longer than DATABASE_LOCK_WAIT_SECONDS, unwritable…),
 * each said in one sentence (scripts/cli/run-cli.ts).
 * Prints the new account's id, name, email and role; never the password or its hash. The audit
 * log gets a `user.create` event with no actor ("System"), written with the account.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createUserAccount } from '../lib/auth/users/create-user-account';
import { UserRuleError } from '../lib/auth/users/errors';
import { NewUserSchema } from '../lib/auth/users/user-schemas';
import { createPrismaClient } from '../lib/prisma-client';
import { retryUntilWriteLock } from '../lib/db/sqlite/write-lock';
import { explainDatabaseError } from './cli/database-messages';
import { migrateDatabase } from './cli/migrate-database';
import { argumentProblem, loadEnv, runCli, UsageError } from './cli/run-cli';

const USAGE = `Usage: npm run user:create -- --email <email> --name <name> --role <admin|editor>
The password is read from standard input, e.g.
  echo "$PASSWORD" | npm run --silent user:create -- --email jo@example.org --name "Jo Doe" --role editor
or prompted for (twice, without echo) when standard input is a terminal.`;

function readArguments(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const missing = (['email', 'name', 'role'] as const).filter((key) => values[key] === undefined);
  if (missing.length > 0) {
    throw new UsageError(`Missing ${missing.map((key) => `--${key}`).join(', ')}.`);
  }
  return { email: values.email, name: values.name, role: values.role };
}

/** The rules the input broke, in one sentence: "--email: … ; password: …". */
function describeIssues(error: z.ZodError): string {
  const broken = error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const label = key === 'password' ? 'password' : `--${key}`;
    return `${label}: ${issue.message.replace(/[.\s]+$/, '')}`;
  });
  return `Invalid input (${broken.join('; ')})`;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal without echoing it. Ctrl-C aborts. */
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  // Echo off before the prompt appears, so nothing typed after it is ever shown.
  input.setRawMode(true);
  process.stderr.write(prompt);
  input.resume();
  input.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve) => {
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          input.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password: ');
    const second = await promptHidden('Repeat the password: ');
    if (first !== second)
      throw new UsageError('The two passwords differ', 'run it again and type the same one twice');
    return first;
  }
  // `echo` ends the line; that one line ending is not part of the password.
  const password = (await readAll(process.stdin)).replace(/\r?\n$/, '');
  if (/[\r\n]/.test(password))
    throw new UsageError(
      'The password must be a single line',
      'pass exactly one line on standard input',
    );
  return password;
}

async function main(): Promise<void> {
  const env = await loadEnv();
  const args = readArguments(process.argv.slice(2));
  // Check what the arguments say before asking for a password.
  const early = NewUserSchema.omit({ password: true }).safeParse(args);
  if (!early.success) throw new UsageError(describeIssues(early.error));

  const parsed = NewUserSchema.safeParse({ ...args, password: await readPassword() });
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));

  const lockWaitMs = env.DATABASE_LOCK_WAIT_SECONDS * 1000;
  // Quiet unless a migration was applied: standard output carries only the result line.
  await migrateDatabase(env, (line) => console.error(line));
  const prisma = createPrismaClient(env.DATABASE_URL);
  try {
    // Each try waits the app's 5 s for the write lock; a server's bulk import may hold it longer.
    const user = await retryUntilWriteLock(
      () => createUserAccount(prisma, parsed.data),
      lockWaitMs,
    );
    console.log(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}).`);
  } catch (error) {
    throw (
      explainDatabaseError(error, env.DATABASE_URL, {
        waitedMs: lockWaitMs,
        consequence: 'no account was created',
      }) ?? error
    );
  } finally {
    await prisma.$disconnect();
  }
}

runCli(main, (error) =>
  error instanceof UserRuleError ? { message: error.message, exitCode: 2 } : null,
);
