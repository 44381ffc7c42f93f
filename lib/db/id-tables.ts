/** Tables whose ids a writer may choose itself (the import keeps a file's ids; db:copy keeps all). */
export const ID_TABLES = [
  'Claimant',
  'Claim',
  'Publisher',
  'Source',
  'Citation',
  'Tag',
  'VerdictRevision',
  'AuditEvent',
] as const;
export type IdTable = (typeof ID_TABLES)[number];
