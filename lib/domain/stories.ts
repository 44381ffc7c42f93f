/** A story's state: readers see published, non-deleted stories only (model Story). */
export const STORY_STATUSES = ['draft', 'published'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export function isStoryStatus(value: unknown): value is StoryStatus {
  return typeof value === 'string' && (STORY_STATUSES as readonly string[]).includes(value);
}
