import { describe, expect, it } from 'vitest';
import { serialiseSnapshot } from '@/lib/audit/record-audit-event';

describe('serialiseSnapshot', () => {
  it('stores a plain snapshot as its JSON, dates as ISO instants', () => {
    const snapshot = {
      id: 7,
      statement: 'Up to 12,000 troops',
      tags: [{ tag: { name: 'Russia' } }],
      publishedAt: new Date('2024-11-05T00:00:00Z'),
      deletedAt: null,
    };
    expect(serialiseSnapshot(snapshot)).toBe(
      '{"id":7,"statement":"Up to 12,000 troops","tags":[{"tag":{"name":"Russia"}}],"publishedAt":"2024-11-05T00:00:00.000Z","deletedAt":null}',
    );
  });

  it('drops secret keys inside arrays, behind toJSON and in class instances', () => {
    class Account {
      providerId = 'credential';
      accessToken = 't';
    }
    const snapshot = {
      id: 'u1',
      sessions: [{ id: 's1', token: 't1' }],
      profile: { toJSON: () => ({ name: 'Ana', email: 'ana@example.test' }) },
      account: new Account(),
    };
    expect(JSON.parse(serialiseSnapshot(snapshot)!)).toEqual({
      id: 'u1',
      sessions: [{ id: 's1' }],
      profile: { name: 'Ana' },
      account: { providerId: 'credential' },
    });
  });
});
