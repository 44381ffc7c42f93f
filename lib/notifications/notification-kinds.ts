/** What an in-app notification tells its reader (rows of Notification; lib/notifications). */
export const NOTIFICATION_KINDS = [
  'assigned',
  'review_requested',
  'sent_back',
  'approved',
  'mentioned',
  'followed_change',
  // Source watch (lib/watch/record-check.ts): told to the claim's assignee once per transition.
  'source_dead',
  'quote_missing',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  assigned: 'Assigned to you',
  review_requested: 'Review requested from you',
  sent_back: 'Sent back to you',
  approved: 'Approved',
  mentioned: 'You were mentioned',
  followed_change: 'A claim you follow changed',
  source_dead: 'A cited source is dead',
  quote_missing: 'A quoted passage is no longer in its source',
};
