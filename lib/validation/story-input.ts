import { z } from 'zod';
import {
  STORY_ADD_MAX,
  STORY_DESCRIPTION_MAX,
  STORY_TITLE_MAX,
  storySlugProblem,
} from '@/lib/stories/story-rules';
import { tagList } from './claim-input';
import { loadedVersion, recordId } from './form-values';
import { optionalText, requiredText } from './text';

/**
 * Editors' story inputs (strict, like every mutation input). A blank slug is derived from the
 * title by the use case (lib/stories/story-rules.ts); a typed one must already be a slug.
 */
const slug = z.preprocess(
  (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : v),
  z.string({ error: 'Slug must be text.' }).superRefine((value, ctx) => {
    const problem = value === '' ? null : storySlugProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

const storyFields = {
  title: requiredText({ label: 'Title', max: STORY_TITLE_MAX }),
  slug,
  description: optionalText({ label: 'Description', max: STORY_DESCRIPTION_MAX, multiline: true }),
  tags: tagList,
};

export const createStorySchema = z.strictObject(storyFields);
export type CreateStoryData = z.output<typeof createStorySchema>;

/** An edit: id, the version the form loaded, and the fields to change (missing: kept). */
export const updateStorySchema = z.strictObject({
  id: recordId('Story'),
  version: loadedVersion,
  title: storyFields.title.optional(),
  slug: storyFields.slug.optional(),
  description: storyFields.description.optional(),
  tags: storyFields.tags.optional(),
});
export type UpdateStoryData = z.output<typeof updateStorySchema>;

/** Publish, unpublish, delete: the story and the version the editor saw. */
export const storyVersionSchema = z.strictObject({
  id: recordId('Story'),
  version: loadedVersion,
});

/**
 * Claim ids as a list or as text ("12, 15 18"): what the story form's "add by id" field posts.
 * Repeats are dropped; more than STORY_ADD_MAX is refused.
 */
export const claimIdList = z.preprocess(
  (v) => {
    if (typeof v === 'string') return v.split(/[\s,;]+/).filter((s) => s !== '');
    if (typeof v === 'number') return [v];
    return v ?? [];
  },
  z
    .array(recordId('Claim'), { error: 'Claims must be a list of claim ids.' })
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length > 0, { error: 'Name at least one claim (its number).' })
    .refine((ids) => ids.length <= STORY_ADD_MAX, {
      error: `At most ${STORY_ADD_MAX} claims at a time.`,
    }),
);

/**
 * Adding or removing claims: from the story's page, a claim's page (one claim) or the bulk
 * action. `version` is the story's version when the caller loaded it (the story form); the
 * claim's panel and the bulk action name the story only, so their write is guarded by the
 * version read in the same transaction.
 */
export const storyClaimsSchema = z.strictObject({
  storyId: recordId('Story'),
  version: loadedVersion.optional(),
  claimIds: claimIdList,
});
export type StoryClaimsData = z.output<typeof storyClaimsSchema>;

/** Moving one claim to a 1-based position in the story's list. */
export const moveStoryClaimSchema = z.strictObject({
  storyId: recordId('Story'),
  version: loadedVersion,
  claimId: recordId('Claim'),
  to: recordId('Position'),
});
