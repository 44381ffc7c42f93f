import { z } from 'zod';
import { createCitationSchema } from '@/lib/validation/citation-input';
import { loadedVersion, optionalPastDate, recordId } from '@/lib/validation/form-values';
import { TEXT_MAX, nullableText, requiredText } from '@/lib/validation/text';
import { optionalHttpUrl } from '@/lib/validation/url';
import { ARTICLE_MAX, MAX_SUGGESTIONS } from './limits';

/**
 * The intake's inputs, built from the app's shared field rules (lib/validation): the article
 * as pasted, and the suggestions an editor keeps. Each kept claim is validated by
 * createClaimSchema itself and its citation by createCitationSchema (see create-intake-claims.ts).
 */

/** The pasted article: its text (required, at most ARTICLE_MAX characters) and optional details. */
export const articleSchema = z.strictObject({
  text: requiredText({ label: 'Article text', max: ARTICLE_MAX, multiline: true }),
  title: nullableText({ label: 'Title', max: TEXT_MAX.sourceTitle }),
  publisherName: nullableText({ label: 'Publisher', max: TEXT_MAX.name }),
  url: optionalHttpUrl('Link'),
  publishedAt: optionalPastDate('Publication date'),
});
export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;

/** The article's details when its claims are created (they become its source). */
export const articleSourceSchema = articleSchema.omit({ text: true });

/**
 * The article's text when its claims are created: read again on the server, so the intake record
 * keeps the suggestions the server made of it, not a list the browser sends.
 */
export const articleTextSchema = articleSchema.pick({ text: true });

/** Creating more from a kept intake record: the record and the version the page loaded. */
export const intakeRecordRefSchema = z.object({
  id: recordId('Intake record'),
  version: loadedVersion,
});

/** A kept suggestion's citation of the article: the citation rules, without the ids. */
export const intakeCitationSchema = createCitationSchema.pick({
  stance: true,
  quote: true,
  locator: true,
});

export const INTAKE_ACTIONS = ['create', 'attach'] as const;
export type IntakeAction = (typeof INTAKE_ACTIONS)[number];

export const intakeItemSchema = z.object({
  /** The suggestion's key, used to name its fields in errors ("s12.statement"). */
  key: z.string().regex(/^s\d{1,7}[ab]?$/, { error: 'Unknown suggestion.' }),
  action: z.enum(INTAKE_ACTIONS, { error: 'Choose to create a claim or to cite the article.' }),
  /** The existing claim to cite the article on, when `action` is "attach". */
  attachTo: recordId('Claim').optional(),
  /**
   * A link the editor confirmed for a created claim: it *updates* an existing claim, or is the
   * *same claim as* one (lib/relations/relation-proposal.ts proposes; link-claims.ts links).
   */
  link: z
    .object({
      kind: z.enum(['updates', 'same_as'], { error: 'Choose how the claims are related.' }),
      claimId: recordId('Claim'),
    })
    .optional(),
  claim: z.record(z.string(), z.unknown()),
  citation: z.record(z.string(), z.unknown()),
});
export type IntakeItemInput = z.input<typeof intakeItemSchema>;

export const intakeItemsSchema = z
  .array(intakeItemSchema)
  .min(1, { error: 'Tick at least one suggestion to keep.' })
  .max(MAX_SUGGESTIONS, { error: `At most ${MAX_SUGGESTIONS} suggestions at a time.` });
