import { z } from 'zod';
import { ExportedClaimSchema, ExportedSourceSchema } from '@/lib/export/claim-record';
import { STANCE_CODES } from '@/lib/domain/evidence';
import { CONFIDENCE_CODES, VERDICT_CODES } from '@/lib/domain/verdicts';

/**
 * The JSON API's response shapes. A claim is the export record (lib/export/claim-record.ts), so
 * the API, the JSON download and the import speak one format. The OpenAPI document
 * (openapi.ts) is generated from these schemas, so it cannot drift from what is sent.
 */

export const API_LIMIT_DEFAULT = 50;
export const API_LIMIT_MAX = 200;

export const ApiErrorSchema = z.object({
  status: z
    .number()
    .int()
    .describe('The HTTP status, repeated for clients that only see the body.'),
  message: z.string().describe('What went wrong, for a person to read.'),
});

const nextCursor = z
  .string()
  .nullable()
  .describe('Pass as `cursor` for the next page; null on the last page.');

export const ApiClaimListSchema = z.object({
  items: z.array(ExportedClaimSchema),
  nextCursor,
  total: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Claims in the whole list; on the first page only (it costs a count).'),
});

export const ApiSourceSchema = ExportedSourceSchema.extend({
  /** The source's public page. */
  pageUrl: z.string(),
  claimCount: z.number().int().nonnegative().describe('Published claims citing the source.'),
});

export const ApiSourceListSchema = z.object({
  items: z.array(ApiSourceSchema),
  nextCursor,
});

export const ApiSourceCitationSchema = z.object({
  stance: z.enum(STANCE_CODES),
  quote: z.string(),
  locator: z.string(),
  claim: z.object({
    id: z.number().int().positive(),
    url: z.string(),
    title: z.string().nullable(),
    statement: z.string(),
    verdict: z.enum(VERDICT_CODES),
    confidence: z.enum(CONFIDENCE_CODES),
  }),
});

export const ApiSourceDetailSchema = ApiSourceSchema.extend({
  citations: z
    .array(ApiSourceCitationSchema)
    .describe('The citations of the most recently updated citing claims (at most 50).'),
  claimsUrl: z.string().describe('Every published claim citing the source: /api/claims?source=…'),
});

export const ApiStorySchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  publishedAt: z.string().nullable().describe('When the story was first published (ISO 8601).'),
  pageUrl: z.string().describe('The story’s timeline for readers.'),
  feedUrl: z.string().describe('The story’s Atom feed.'),
  claimCount: z.number().int().nonnegative().describe('Published claims in the story.'),
  claimsUrl: z.string().describe('The story’s claims as full records: /api/claims?story=…'),
});

export const ApiStoryListSchema = z.object({
  items: z.array(ApiStorySchema),
  nextCursor,
});

export const ApiStoryDetailSchema = ApiStorySchema.extend({
  claims: z
    .array(
      z.object({
        id: z.number().int().positive(),
        url: z.string().describe('The claim’s page.'),
        apiUrl: z.string().describe('The claim’s record: /api/claims/{id}.'),
      }),
    )
    .describe('Its published claims, in the desk’s order.'),
});

export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ApiClaimList = z.infer<typeof ApiClaimListSchema>;
export type ApiSource = z.infer<typeof ApiSourceSchema>;
export type ApiSourceList = z.infer<typeof ApiSourceListSchema>;
export type ApiSourceDetail = z.infer<typeof ApiSourceDetailSchema>;
export type ApiStory = z.infer<typeof ApiStorySchema>;
export type ApiStoryList = z.infer<typeof ApiStoryListSchema>;
export type ApiStoryDetail = z.infer<typeof ApiStoryDetailSchema>;
