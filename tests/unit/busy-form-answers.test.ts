import { describe, expect, it } from 'vitest';
import { refusedState } from '@/app/editor/form-state';
import { refusedFormState } from '@/lib/auth/form-state';
import { BUSY_MESSAGE } from '@/lib/http/busy-response';

// A form cannot answer 503: when the database stays busy past the wait, every form (editors',
// admin's, sign-in) says so in its message and keeps what was typed, instead of an error page.
const sqliteBusy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const postgresLockTimeout = Object.assign(new Error('canceling statement due to lock timeout'), {
  code: '55P03',
});
const prismaPoolTimeout = Object.assign(new Error('Timed out fetching a new connection'), {
  code: 'P2024',
});

describe('a busy database in a form', () => {
  it.each([sqliteBusy, postgresLockTimeout, prismaPoolTimeout])(
    'is the busy sentence with the typed values kept (%s)',
    (error) => {
      expect(refusedState(error, { title: 'typed' })).toMatchObject({
        message: BUSY_MESSAGE,
        values: { title: 'typed' },
      });
      expect(refusedFormState(error)).toEqual({ message: BUSY_MESSAGE });
    },
  );

  it('is not a cover for other faults, which still reach the error page', () => {
    const bug = new TypeError('undefined is not a function');
    expect(() => refusedState(bug)).toThrow(bug);
    expect(() => refusedFormState(bug)).toThrow(bug);
  });
});
