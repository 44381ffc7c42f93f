import '../support/auth-env';
import { describe, expect, it, vi } from 'vitest';
import {
  FAILED_SIGN_IN_MIN_MS,
  SIGN_IN_FAILED,
  signInThrottledMessage,
  signInWithPassword,
  type SignInResult,
} from '@/lib/auth/sign-in';
import { DEVICE_COOKIE } from '@/lib/auth/sign-in-device';
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  DEVICE_FAILURE_LIMIT,
  reserveSignInAttempt,
} from '@/lib/auth/sign-in-throttle';
import { hashPassword } from '@/lib/auth/password';
import { insertUserAccount } from '@/lib/auth/users/create-user-account';
import type { SignInThrottleStore } from '@/lib/db/sign-in-throttle-store';
import {
  cookieHeader,
  createAccount,
  requestHeaders,
  TEST_PASSWORD,
  uniqueIp,
} from '../support/auth';
import { testDb, unique } from '../support/factories';
import { throttleProcesses } from '../support/throttle-processes';

// Every Argon2 computation (hash or verify) of the app, counted, so a test can see that a
// refused attempt never reaches the password check. The functions themselves run unchanged.
const argon2 = vi.hoisted(() => ({ computations: 0 }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return {
    ...original,
    hashPassword: (password: string) => {
      argon2.computations += 1;
      return original.hashPassword(password);
    },
    verifyPassword: (input: { hash: string; password: string }) => {
      argon2.computations += 1;
      return original.verifyPassword(input);
    },
  };
});

const MINUTE = 60_000;
const WRONG = 'wrong password';

/** A clock the test moves by hand: windows end without waiting for them. */
function testClock() {
  const clock = { time: Date.now(), now: () => clock.time };
  return clock;
}
type Clock = ReturnType<typeof testClock>;

function signIn(
  clock: Clock,
  attempt: { email: string; password: string; ip: string; cookie?: string },
  store?: SignInThrottleStore,
): Promise<SignInResult> {
  return signInWithPassword(
    { email: attempt.email, password: attempt.password, headers: requestHeaders(attempt) },
    { now: clock.now, store },
  );
}

/** The device cookie a successful sign-in gave the browser, as the browser sends it back. */
function deviceCookieOf(result: SignInResult): string {
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  const cookie = cookieHeader(result.setCookies.filter((c) => c.startsWith(`${DEVICE_COOKIE}=`)));
  expect(cookie).toMatch(new RegExp(`^${DEVICE_COOKIE.replaceAll('.', '\\.')}=[^;]+$`));
  return cookie;
}

/** Ten failed sign-ins at once, each from an address of its own: the account is then locked. */
async function lockAccount(clock: Clock, email: string) {
  const guesses = await Promise.all(
    Array.from({ length: ACCOUNT_FAILURE_LIMIT.failures }, () =>
      signIn(clock, { email, password: WRONG, ip: uniqueIp() }),
    ),
  );
  expect(guesses).toEqual(guesses.map(() => INVALID));
}

const INVALID = { ok: false, reason: 'invalid' };
const refused = (retryAfterMs: number) => ({ ok: false, reason: 'rate-limited', retryAfterMs });

/** `n` editors of one desk with the same password (hashed once: Argon2 per account is slow). */
async function createDesk(n: number) {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const label = unique('desk').replace(/\W+/g, '-');
  return testDb.$transaction(async (tx) => {
    const editors = [];
    for (let i = 0; i < n; i++) {
      const user = await insertUserAccount(tx, {
        name: `Editor ${i} ${label}`,
        email: `editor-${i}-${label}@example.org`,
        role: 'editor',
        passwordHash,
      });
      editors.push({ email: user.email, password: TEST_PASSWORD });
    }
    return editors;
  });
}

/** Emails no account has. */
const unknownEmails = (n: number) =>
  Array.from({ length: n }, (_, i) => `nobody-${i}-${unique('x').replace(/\W+/g, '')}@example.org`);

// Each test makes up to a hundred Argon2 computations on a machine shared with other runs.
describe('the failed-sign-in limits let a newsroom in', { timeout: 60_000 }, () => {
  it('100 editors sign in correctly from one office address at once', async () => {
    const clock = testClock();
    const office = uniqueIp();
    const desk = await createDesk(100);
    const results = await Promise.all(
      desk.map((editor) => signIn(clock, { ...editor, ip: office })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(100);
  });

  it('50 editors behind one address each mistype once, then sign in', async () => {
    const clock = testClock();
    const office = uniqueIp();
    const desk = await createDesk(50);
    const results = await Promise.all(
      desk.map(async (editor) => [
        await signIn(clock, { ...editor, password: WRONG, ip: office }),
        await signIn(clock, { ...editor, ip: office }),
      ]),
    );
    expect(results.map(([typo]) => typo)).toEqual(desk.map(() => INVALID));
    expect(results.filter(([, second]) => second?.ok)).toHaveLength(50);
  });

  it('an editor who mistypes 9 times still signs in, and their count starts again after', async () => {
    const clock = testClock();
    const user = await createAccount();
    const ip = uniqueIp();
    for (let round = 0; round < 2; round++) {
      const typos = await Promise.all(
        Array.from({ length: ACCOUNT_FAILURE_LIMIT.failures - 1 }, () =>
          signIn(clock, { ...user, password: WRONG, ip }),
        ),
      );
      expect(typos).toEqual(typos.map(() => INVALID));
      expect((await signIn(clock, { ...user, ip })).ok).toBe(true);
    }
  });
});

describe('the failed-sign-in limits refuse guessing', { timeout: 60_000 }, () => {
  it('refuses an account after 10 failures from rotating addresses, the right password too, until the window ends', async () => {
    const clock = testClock();
    const user = await createAccount();
    const guesses = await Promise.all(
      Array.from({ length: ACCOUNT_FAILURE_LIMIT.failures }, () =>
        signIn(clock, { ...user, password: WRONG, ip: uniqueIp() }),
      ),
    );
    expect(guesses).toEqual(guesses.map(() => INVALID));

    expect(await signIn(clock, { ...user, ip: uniqueIp() })).toEqual(refused(15 * MINUTE));
    clock.time += 14 * MINUTE;
    const later = await signIn(clock, { ...user, ip: uniqueIp() });
    expect(later).toEqual(refused(MINUTE));
    clock.time += MINUTE - 1;
    expect(await signIn(clock, { ...user, ip: uniqueIp() })).toEqual(refused(1));
    clock.time += 1;
    expect((await signIn(clock, { ...user, ip: uniqueIp() })).ok).toBe(true);
  });

  it('counts every spelling of an email as one account', async () => {
    const clock = testClock();
    const user = await createAccount();
    const spellings = [
      user.email,
      user.email.toUpperCase(),
      `  ${user.email}`,
      `${user.email}\t`,
      user.email.replace(/^./, (c) => c.toUpperCase()),
    ];
    const typos = await Promise.all(
      [...spellings, ...spellings].map((email) =>
        signIn(clock, { email, password: WRONG, ip: uniqueIp() }),
      ),
    );
    expect(typos).toEqual(typos.map(() => INVALID));
    expect(await signIn(clock, { ...user, ip: uniqueIp() })).toMatchObject({
      reason: 'rate-limited',
    });
  });

  it('throttles an unknown email exactly like a known one', async () => {
    const clock = testClock();
    const known = await createAccount();
    const [unknown] = unknownEmails(1);
    const outcomes: Record<string, SignInResult[]> = {};
    for (const email of [known.email, unknown!]) {
      const attempt = () => signIn(clock, { email, password: WRONG, ip: uniqueIp() });
      const failures = await Promise.all(
        Array.from({ length: ACCOUNT_FAILURE_LIMIT.failures }, attempt),
      );
      outcomes[email] = [...failures, ...(await Promise.all([attempt(), attempt()]))];
    }
    const expected = [
      ...Array.from({ length: ACCOUNT_FAILURE_LIMIT.failures }, () => INVALID),
      refused(15 * MINUTE),
      refused(15 * MINUTE),
    ];
    expect(outcomes[known.email]).toEqual(expected);
    expect(outcomes[unknown!]).toEqual(expected);
  });

  it('lets no more than 10 of 20 parallel guesses from several server processes through', async () => {
    const clock = testClock();
    const user = await createAccount();
    // One store per server process; the counters are held first, so all 20 attempts wait and
    // then race for them in whatever order they land.
    const servers = throttleProcesses(4);
    const release = await servers.holdCounters();
    const before = argon2.computations;
    try {
      const attempts = Array.from({ length: 20 }, (_, i) =>
        signIn(clock, { ...user, password: WRONG, ip: uniqueIp() }, servers.stores[i % 4]),
      );
      await release();
      const results = await Promise.all(attempts);
      expect(results.filter((r) => r.ok === false && r.reason === 'invalid')).toHaveLength(10);
      expect(results.filter((r) => r.ok === false && r.reason === 'rate-limited')).toHaveLength(10);
      expect(argon2.computations - before).toBe(10);
    } finally {
      await servers.close();
    }
  });

  it('refuses spraying one password across accounts from one address after 100 failures; a success neither counts nor clears them', async () => {
    const clock = testClock();
    const sprayer = uniqueIp();
    const victim = await createAccount();
    const colleague = await createAccount();
    const targets = [victim.email, ...unknownEmails(ADDRESS_FAILURE_LIMIT.failures - 2)];
    const spray = await Promise.all(
      targets.map((email) => signIn(clock, { email, password: WRONG, ip: sprayer })),
    );
    expect(spray).toEqual(spray.map(() => INVALID));

    // 99 failures: a correct sign-in from the same address is let in and is not counted…
    const device = deviceCookieOf(await signIn(clock, { ...colleague, ip: sprayer }));
    // …so the 100th failure is still answered,
    expect(await signIn(clock, { ...victim, password: WRONG, ip: sprayer })).toEqual(INVALID);
    // and then nothing more from this address, the right password included: the success above
    // did not clear the address's failures.
    expect(await signIn(clock, { ...colleague, ip: sprayer })).toEqual(refused(15 * MINUTE));
    expect(await signIn(clock, { ...victim, ip: sprayer })).toEqual(refused(15 * MINUTE));
    // A browser that signed in to its account before is not held back by the address…
    expect((await signIn(clock, { ...colleague, ip: sprayer, cookie: device })).ok).toBe(true);
    // …and another address is not affected.
    expect((await signIn(clock, { ...victim, ip: uniqueIp() })).ok).toBe(true);
    clock.time += 15 * MINUTE;
    expect((await signIn(clock, { ...colleague, ip: sprayer })).ok).toBe(true);
  });

  it('counts an IPv6 /64 as one address: rotating through it does not dodge the limit', async () => {
    const clock = testClock();
    const user = await createAccount();
    const network = (n: number) =>
      `2001:db8:${(process.pid % 65_536).toString(16)}:${n.toString(16)}`;
    const home = Date.now() % 65_000;
    // The spray itself is counted through the throttle alone: the test above already pays one
    // Argon2 computation per failed sign-in, 100 more would only load the machine.
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT.failures; i++) {
      const [email] = unknownEmails(1);
      const ip = `${network(home)}:${i.toString(16)}::${i + 1}`;
      const decision = await reserveSignInAttempt(
        { email: email!, address: ip, device: null },
        { now: clock.now },
      );
      expect(decision.allowed).toBe(true);
    }
    expect(await signIn(clock, { ...user, ip: `${network(home)}:ffff:1:2:3` })).toEqual(
      refused(15 * MINUTE),
    );
    expect((await signIn(clock, { ...user, ip: `${network(home + 1)}::1` })).ok).toBe(true);
  });

  it('answers a refused attempt no sooner than a failed one, without checking the password', async () => {
    const clock = testClock();
    const user = await createAccount();
    await Promise.all(
      Array.from({ length: ACCOUNT_FAILURE_LIMIT.failures }, () =>
        signIn(clock, { ...user, password: WRONG, ip: uniqueIp() }),
      ),
    );
    for (const password of [user.password, WRONG]) {
      const before = argon2.computations;
      const started = performance.now();
      expect(await signIn(clock, { ...user, password, ip: uniqueIp() })).toMatchObject({
        reason: 'rate-limited',
      });
      expect(performance.now() - started).toBeGreaterThanOrEqual(FAILED_SIGN_IN_MIN_MS - 1);
      expect(argon2.computations - before).toBe(0);
    }
  });
});

describe('a browser that signed in before (device cookie)', { timeout: 60_000 }, () => {
  it('still signs its owner in while guesses from elsewhere have locked the account', async () => {
    const clock = testClock();
    const owner = await createAccount();
    const device = deviceCookieOf(await signIn(clock, { ...owner, ip: uniqueIp() }));
    await lockAccount(clock, owner.email);
    expect(await signIn(clock, { ...owner, ip: uniqueIp() })).toEqual(refused(15 * MINUTE));

    const signedIn = await signIn(clock, { ...owner, ip: uniqueIp(), cookie: device });
    expect(signedIn.ok).toBe(true);
    // The browser gets a new device cookie, which works as well; an attacker still gets nowhere.
    const renewed = deviceCookieOf(signedIn);
    expect(renewed).not.toBe(device);
    expect((await signIn(clock, { ...owner, ip: uniqueIp(), cookie: renewed })).ok).toBe(true);
    expect(await signIn(clock, { ...owner, ip: uniqueIp() })).toMatchObject({
      reason: 'rate-limited',
    });
  });

  it('is limited on its own, and proves nothing for another account or once altered', async () => {
    const clock = testClock();
    const owner = await createAccount();
    const other = await createAccount();
    const device = deviceCookieOf(await signIn(clock, { ...owner, ip: uniqueIp() }));
    await lockAccount(clock, owner.email);
    await lockAccount(clock, other.email);

    const value = device.slice(device.indexOf('=') + 1);
    const [id, mac] = value.split('.') as [string, string];
    // The first character: all six of its bits are the MAC's. (The last one's lowest bits are
    // padding a decoder ignores, so changing "AA" to "AB" there once left the same MAC: a CI run
    // saw that forgery accepted, about 1 run in 1,000.)
    const flipped = `${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    const forgeries = [
      `${DEVICE_COOKIE}=${id}.${flipped}`,
      `${DEVICE_COOKIE}=${id}x.${mac}`,
      `${DEVICE_COOKIE}=${id}`,
      `${DEVICE_COOKIE}=${value}.${mac}`,
      `${DEVICE_COOKIE}=`,
    ];
    for (const cookie of forgeries) {
      expect(await signIn(clock, { ...owner, ip: uniqueIp(), cookie })).toMatchObject({
        reason: 'rate-limited',
      });
    }
    // Issued for the owner's account, it does nothing for another one.
    expect(await signIn(clock, { ...other, ip: uniqueIp(), cookie: device })).toMatchObject({
      reason: 'rate-limited',
    });

    // Guessing from the owner's own browser is limited too: 10 failures, then refused.
    const guesses = await Promise.all(
      Array.from({ length: DEVICE_FAILURE_LIMIT.failures }, () =>
        signIn(clock, { ...owner, password: WRONG, ip: uniqueIp(), cookie: device }),
      ),
    );
    expect(guesses).toEqual(guesses.map(() => INVALID));
    expect(await signIn(clock, { ...owner, ip: uniqueIp(), cookie: device })).toEqual(
      refused(15 * MINUTE),
    );
    clock.time += 15 * MINUTE;
    expect((await signIn(clock, { ...owner, ip: uniqueIp(), cookie: device })).ok).toBe(true);
  });

  it('is sent to the sign-in page only, httpOnly, and Secure over https', async () => {
    const user = await createAccount();
    for (const https of [false, true]) {
      const result = await signInWithPassword({ ...user, headers: requestHeaders({ https }) });
      if (!result.ok) throw new Error('sign-in failed');
      const header = result.setCookies.find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
      expect(header).toMatch(/; Path=\/sign-in;/);
      expect(header).toMatch(/; HttpOnly/);
      expect(header).toMatch(/; SameSite=Lax/);
      if (https) expect(header).toMatch(/; Secure$/);
      else expect(header).not.toMatch(/Secure/);
    }
  });
});

describe('the refusal message', () => {
  it('says when to try again in whole minutes, and differs from the wrong-password message', () => {
    expect(signInThrottledMessage(12 * MINUTE)).toBe(
      'Too many failed sign-ins. Try again in 12 minutes.',
    );
    expect(signInThrottledMessage(11 * MINUTE + 1)).toBe(
      'Too many failed sign-ins. Try again in 12 minutes.',
    );
    expect(signInThrottledMessage(1)).toBe('Too many failed sign-ins. Try again in 1 minute.');
    expect(signInThrottledMessage(0)).toBe('Too many failed sign-ins. Try again in 1 minute.');
    expect(signInThrottledMessage(MINUTE)).not.toBe(SIGN_IN_FAILED);
  });
});
