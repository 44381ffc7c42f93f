import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/actor';
import { formFields, invalidFormState, refusedFormState } from '@/lib/auth/form-state';
import { UserRuleError } from '@/lib/auth/users/errors';
import { ChangeRoleSchema, NewUserSchema, UserStatusSchema } from '@/lib/auth/users/user-schemas';

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('formFields', () => {
  it("drops React's and Next's own $ACTION fields and keeps everything else", () => {
    const fields = formFields(
      form([
        ['$ACTION_ID_abc', ''],
        ['$ACTION_REF_1', ''],
        ['userId', 'u1'],
        ['extra', 'x'],
      ]),
    );
    expect(fields).toEqual({ userId: 'u1', extra: 'x' });
  });

  it('keeps a repeated field as a list, which a string field refuses', () => {
    const fields = formFields(
      form([
        ['userId', 'a'],
        ['userId', 'b'],
      ]),
    );
    expect(fields.userId).toEqual(['a', 'b']);
    expect(UserStatusSchema.safeParse(fields).success).toBe(false);
  });
});

describe('account schemas', () => {
  const valid = {
    name: ' Ada Lovelace ',
    email: ' Ada@Example.ORG ',
    role: 'editor',
    password: 'p'.repeat(8),
  };

  it('trims the name and lower-cases the email', () => {
    expect(NewUserSchema.parse(valid)).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
    });
  });

  it('refuses unknown fields, with a message that says so', () => {
    const result = NewUserSchema.safeParse({ ...valid, banned: 'false' });
    expect(result.success).toBe(false);
    expect(invalidFormState(result.error!).message).toMatch(/fields this page does not know/);
    expect(ChangeRoleSchema.safeParse({ userId: 'u', role: 'admin', extra: 1 }).success).toBe(
      false,
    );
  });

  it('knows only the editor and admin roles', () => {
    const result = NewUserSchema.safeParse({ ...valid, role: 'owner' });
    expect(invalidFormState(result.error!).errors).toEqual({ role: ['Choose editor or admin.'] });
  });

  it('names every bad field', () => {
    const result = NewUserSchema.safeParse({
      name: '',
      email: 'nope',
      role: 'editor',
      password: 'x',
    });
    expect(Object.keys(invalidFormState(result.error!).errors ?? {}).sort()).toEqual([
      'email',
      'name',
      'password',
    ]);
  });
});

describe('refusedFormState', () => {
  it('turns refusals into form state and rethrows faults', () => {
    expect(refusedFormState(new AuthorizationError())).toEqual({
      message: 'You are not allowed to do this.',
    });
    expect(refusedFormState(new UserRuleError('role', 'No.'))).toEqual({
      errors: { role: ['No.'] },
    });
    expect(() => refusedFormState(new Error('disk full'))).toThrow('disk full');
  });
});
