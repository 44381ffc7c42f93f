import { describe, expect, it } from 'vitest';
import { checkedInsertNames, type ImportTable } from '@/lib/db/import-tables';

// The bulk insert writes table and column names into its SQL text (names cannot be bound), so
// only the model's own names may get there.
describe('the names a bulk insert writes', () => {
  it('are the import tables and plain column names', () => {
    expect(() => checkedInsertNames('Claim', ['id', 'statement', 'updatedAt'])).not.toThrow();
  });

  it('refuse anything else before any SQL is made', () => {
    expect(() => checkedInsertNames('user' as ImportTable, ['id'])).toThrow(/Not an import table/);
    for (const column of ['id"; DROP TABLE "Claim', 'a b', '', 'title--']) {
      expect(() => checkedInsertNames('Claim', ['id', column])).toThrow(/Not a column name/);
    }
  });
});
