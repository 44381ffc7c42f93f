/**
 * What `npm run db:copy` moves, in an order where every row's foreign keys point at rows
 * already copied. Tables are named as in both databases (Prisma's @@map names).
 *
 * Not copied, on purpose:
 * - sessions, verification tokens, rate-limit and sign-in-failure counters: short-lived, tied
 *   to the old server; everyone signs in again;
 * - ClaimExportText and every search table: derived from the content; the target's own
 *   triggers (left on during the copy) build what they maintain, and an export regenerates its
 *   text.
 * - Job and WatchHost: the source watch's queue and rate-limit clock; the target's scheduler
 *   queues every source again from SourceWatch.nextCheckAt.
 */
export const COPIED_TABLES = [
  'user',
  'account',
  'AppMeta',
  'DeskSetting',
  'Claimant',
  'ClaimantAlias',
  'Publisher',
  'Tag',
  'Claim',
  'Source',
  'Citation',
  'ClaimTag',
  'VerdictRevision',
  'AuditEvent',
  'Note',
  'ClaimFollow',
  'Notification',
  'SavedView',
  'IntakeRecord',
  'Story',
  'StoryClaim',
  'StoryTag',
  'ClaimRelation',
  'QuantityUnit',
  'QuantityUnitSynonym',
  'SourceWatch',
  'SourceSnapshot',
  'SourceCheck',
  'CitationQuoteCheck',
] as const;

export type CopiedTable = (typeof COPIED_TABLES)[number];

/** Every table with a serial id is copied: its sequence must then pass the copied ids. */
export { ID_TABLES as SEQUENCED_TABLES } from '../id-tables';
