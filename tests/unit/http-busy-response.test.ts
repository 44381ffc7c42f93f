import { describe, expect, it } from 'vitest';
import {
  BUSY_MESSAGE,
  busyResponse,
  isDatabaseBusy,
  withBusyAnswer,
} from '@/lib/http/busy-response';

/** An error as the Prisma client wraps a driver's: code on the outside, the cause inside. */
function wrapped(outer: Record<string, unknown>, inner?: Record<string, unknown>) {
  return Object.assign(new Error(String(outer.message ?? 'failed')), outer, {
    cause: inner && Object.assign(new Error(String(inner.message ?? '')), inner),
  });
}

describe('a busy database', () => {
  it('is told apart from other failures on both providers', () => {
    expect(isDatabaseBusy(wrapped({ code: 'SQLITE_BUSY', message: 'database is locked' }))).toBe(
      true,
    );
    expect(isDatabaseBusy(wrapped({ code: 'P2010' }, { code: '55P03' }))).toBe(true); // lock_timeout
    expect(isDatabaseBusy(wrapped({ code: 'P2010' }, { code: '57014' }))).toBe(true); // statement_timeout
    expect(isDatabaseBusy(wrapped({ code: 'P2024' }))).toBe(true); // no pooled connection in time
    expect(
      isDatabaseBusy(
        wrapped({ message: 'timeout exceeded when trying to connect' }), // node-postgres pool
      ),
    ).toBe(true);
    expect(
      isDatabaseBusy(
        wrapped({ code: 'P2028', message: 'Unable to start a transaction in the given time.' }),
      ),
    ).toBe(true);
    // A transaction that ran past its own time limit is not "busy": retrying would do the same.
    expect(
      isDatabaseBusy(wrapped({ code: 'P2028', message: 'Transaction already closed: timeout' })),
    ).toBe(false);
    expect(isDatabaseBusy(wrapped({ code: 'P2002', message: 'Unique constraint failed' }))).toBe(
      false,
    );
    expect(isDatabaseBusy(new TypeError('x is undefined'))).toBe(false);
  });

  it('answers 503 with Retry-After and a sentence; other errors go on', async () => {
    const answer = busyResponse();
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.json()).toEqual({ ok: false, message: BUSY_MESSAGE });

    const busy = withBusyAnswer(async () => {
      throw wrapped({ code: 'SQLITE_BUSY' });
    });
    expect((await busy()).status).toBe(503);
    const broken = withBusyAnswer(async () => {
      throw new TypeError('a bug');
    });
    await expect(broken()).rejects.toThrow('a bug');
  });
});
