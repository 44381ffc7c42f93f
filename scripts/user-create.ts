/**
 * `npm run user:create -- --email <email> --name <name> --role <admin|editor>`
 *
 * Creates an account, e.g. the first admin of a new installation. The password never appears on
 * the command line (where `ps` and shell history would keep it): it is read from standard input,
 * `echo "$PW" | npm run --silent user:create -- …`, or prompted for twice without echo on a
 * terminal. Applies pending migrations first (the same `prisma migrate deploy` as `npm start`),
 * so it works on a fresh clone before the first start; it loads no demo data.
 *
 * Exit codes: 0 created, 2 bad input (arguments, password rules, email taken), 1 anything else.
 * Prints the new account's id, name, email and role; never the password or its hash. The audit
 * log gets a `user.create` event with no actor ("System"), written with the account.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createUserAccount } from '../lib/auth/users/create-user-account';
import { UserRuleError } from '../lib/auth/users/errors';
import { NewUserSchema } from '../lib/auth/users/user-schemas';
import { sqliteFilePath } from '../lib/database-url';
import { createPrismaClient } from '../lib/prisma-client';

const USAGE = `Usage: npm run user:create -- --email <email> --name <name> --role <admin|editor>
The password is read from standard input, e.g.
  echo "$PASSWORD" | npm run --silent user:create -- --email jo@example.org --name "Jo Doe" --role editor
or prompted for (twice, without echo) when standard input is a terminal.`;

/** Bad input: printed (with the usage hint unless it is about configuration), exit code 2. */
class InputError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

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
    throw new InputError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const missing = (['email', 'name', 'role'] as const).filter((key) => values[key] === undefined);
  if (missing.length > 0) {
    throw new InputError(`Missing ${missing.map((key) => `--${key}`).join(', ')}.`);
  }
  return { email: values.email, name: values.name, role: values.role };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const key = String(issue.path[0] ?? '');
      const label = key === 'password' ? 'password' : `--${key}`;
      return `  ${label}: ${issue.message}`;
    })
    .join('\n');
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
    if (first !== second) throw new InputError('The two passwords differ.');
    return first;
  }
  // `echo` ends the line; that one line ending is not part of the password.
  const password = (await readAll(process.stdin)).replace(/\r?\n$/, '');
  if (/[\r\n]/.test(password)) throw new InputError('password: must be a single line.');
  return password;
}

function migrate(databaseUrl: string): void {
  fs.mkdirSync(path.dirname(sqliteFilePath(databaseUrl)), { recursive: true });
  // Quiet unless it fails: standard output carries only the result line.
  try {
    execFileSync(
      process.execPath,
      [require.resolve('prisma/build/index.js'), 'migrate', 'deploy'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`Applying migrations failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

async function main(): Promise<void> {
  // Loaded here, not at the top: lib/env.ts validates on import, and a bad setting should end
  // in the message below, not a stack trace.
  let env;
  try {
    env = (await import('../lib/env')).parseEnv();
  } catch (error) {
    throw new InputError((error as Error).message, false);
  }
  const args = readArguments(process.argv.slice(2));
  // Check what the arguments say before asking for a password.
  const early = NewUserSchema.omit({ password: true }).safeParse(args);
  if (!early.success) throw new InputError(`Invalid input:\n${describeIssues(early.error)}`);

  const parsed = NewUserSchema.safeParse({ ...args, password: await readPassword() });
  if (!parsed.success) throw new InputError(`Invalid input:\n${describeIssues(parsed.error)}`);

  migrate(env.DATABASE_URL);
  const prisma = createPrismaClient(env.DATABASE_URL);
  try {
    const user = await createUserAccount(prisma, parsed.data);
    console.log(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof InputError || error instanceof UserRuleError) {
    console.error(error.message);
    if (error instanceof InputError && error.showUsage) console.error(`\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
