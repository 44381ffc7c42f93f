import { describe, expect, it } from 'vitest';
import { entityHref } from '@/components/admin/audit-values';

describe('the audit log links an entry to its page', () => {
  it('for claims, sources and intake records, and for nothing else or a malformed id', () => {
    expect(entityHref('claim', '12')).toBe('/claims/12');
    expect(entityHref('source', '7')).toBe('/sources/7');
    expect(entityHref('intakeRecord', '3')).toBe('/intake/3');
    expect(entityHref('note', '3')).toBeNull();
    expect(entityHref('claim', '../admin')).toBeNull();
  });
});
