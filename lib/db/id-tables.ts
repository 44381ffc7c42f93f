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
  // Written by the app only; listed so db:copy moves their sequences past the copied ids.
  'ClaimantAlias',
  'Note',
  'Notification',
  'SavedView',
  'IntakeRecord',
  'Story',
  'ClaimRelation',
  'QuantityUnit',
  'QuantityUnitSynonym',
  'SourceSnapshot',
  'SourceCheck',
] as const;
export type IdTable = (typeof ID_TABLES)[number];
