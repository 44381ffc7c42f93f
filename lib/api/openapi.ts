import { z } from 'zod';
import {
  ExportedCitationSchema,
  ExportedClaimSchema,
  ExportedRelationSchema,
  ExportedRevisionSchema,
  ExportedSourceSchema,
} from '@/lib/export/claim-record';
import { CONFIDENCE_CODES, VERDICT_CODES } from '@/lib/domain/verdicts';
import { siteOrigin } from '@/lib/site';
import { CLAIM_SORTS } from '@/lib/validation/claim-list-query';
import {
  API_LIMIT_DEFAULT,
  API_LIMIT_MAX,
  ApiClaimListSchema,
  ApiErrorSchema,
  ApiSourceCitationSchema,
  ApiSourceDetailSchema,
  ApiSourceListSchema,
  ApiSourceSchema,
  ApiStoryDetailSchema,
  ApiStoryListSchema,
  ApiStorySchema,
} from './schemas';

/**
 * The OpenAPI 3.1 document of the JSON API, built from the very zod schemas the responses are
 * made to (zod 4's z.toJSONSchema; OpenAPI 3.1 schemas are JSON Schema 2020-12). Named schemas
 * go to components and are referenced, so a claim is described once.
 */
const COMPONENTS: [string, z.ZodType][] = [
  ['Claim', ExportedClaimSchema],
  ['Citation', ExportedCitationSchema],
  ['Source', ExportedSourceSchema],
  ['VerdictRevision', ExportedRevisionSchema],
  ['ClaimRelation', ExportedRelationSchema],
  ['ClaimList', ApiClaimListSchema],
  ['ApiSource', ApiSourceSchema],
  ['ApiSourceList', ApiSourceListSchema],
  ['ApiSourceCitation', ApiSourceCitationSchema],
  ['ApiSourceDetail', ApiSourceDetailSchema],
  ['ApiStory', ApiStorySchema],
  ['ApiStoryList', ApiStoryListSchema],
  ['ApiStoryDetail', ApiStoryDetailSchema],
  ['Error', ApiErrorSchema],
];

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  // Each comes out as a standalone document; inside OpenAPI it is a plain schema.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [
      id,
      Object.fromEntries(
        Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'),
      ),
    ]),
  );
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});
const errors = {
  '400': json('Error', 'A bad `limit` or `cursor`.'),
  '500': json('Error', 'A fault on the server.'),
};
const notFound = json('Error', 'No such published claim, public source or published story.');

const pagination = [
  {
    name: 'limit',
    in: 'query',
    description: `Items per page, ${1}–${API_LIMIT_MAX} (larger or smaller values are clamped).`,
    schema: { type: 'integer', default: API_LIMIT_DEFAULT, minimum: 1, maximum: API_LIMIT_MAX },
  },
  {
    name: 'cursor',
    in: 'query',
    description: 'The `nextCursor` of the previous page.',
    schema: { type: 'string' },
  },
];

const listFilters = [
  { name: 'q', description: 'Search words (all must appear).', schema: { type: 'string' } },
  {
    name: 'verdict',
    description: 'One or more verdicts (repeat the parameter, or separate with commas).',
    schema: { type: 'array', items: { type: 'string', enum: VERDICT_CODES } },
    style: 'form',
    explode: true,
  },
  { name: 'confidence', schema: { type: 'string', enum: CONFIDENCE_CODES } },
  { name: 'tag', description: 'A tag slug.', schema: { type: 'string' } },
  { name: 'claimant', description: 'A claimant id.', schema: { type: 'integer' } },
  { name: 'source', description: 'Claims citing this source id.', schema: { type: 'integer' } },
  {
    name: 'story',
    description: 'Claims of this published story (its slug).',
    schema: { type: 'string' },
  },
  {
    name: 'sort',
    description: 'relevance needs `q`; the default is relevance with `q`, else updated.',
    schema: { type: 'string', enum: CLAIM_SORTS },
  },
].map((p) => ({ in: 'query', ...p }));

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what} id.`,
  schema: { type: 'integer', minimum: 1 },
});

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Claimtrack API',
      version: '1',
      description:
        'Read-only, public. Published claims with their verdicts, evidence and verdict history, ' +
        'and the sources they cite. Claims have the shape of the JSON export. Filters are those ' +
        'of the /claims page: a value it does not know falls back to its default, as there. ' +
        'Errors are `{ status, message }`. CORS is open for GET.',
    },
    servers: [{ url: siteOrigin }],
    paths: {
      '/api/claims': {
        get: {
          summary: 'Published claims, filtered and sorted like /claims',
          operationId: 'listClaims',
          parameters: [...listFilters, ...pagination],
          responses: { '200': json('ClaimList', 'A page of claims.'), ...errors },
        },
      },
      '/api/claims/{id}': {
        get: {
          summary: 'One published claim',
          operationId: 'getClaim',
          parameters: [idParameter('claim')],
          responses: { '200': json('Claim', 'The claim.'), '404': notFound, ...errors },
        },
      },
      '/api/sources': {
        get: {
          summary: 'Sources cited by published claims, newest first',
          operationId: 'listSources',
          parameters: pagination,
          responses: { '200': json('ApiSourceList', 'A page of sources.'), ...errors },
        },
      },
      '/api/sources/{id}': {
        get: {
          summary: 'One public source, with its latest citing claims',
          operationId: 'getSource',
          parameters: [idParameter('source')],
          responses: { '200': json('ApiSourceDetail', 'The source.'), '404': notFound, ...errors },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Published stories, newest first',
          operationId: 'listStories',
          parameters: pagination,
          responses: { '200': json('ApiStoryList', 'A page of stories.'), ...errors },
        },
      },
      '/api/stories/{slug}': {
        get: {
          summary: 'One published story, with the ids and addresses of its published claims',
          operationId: 'getStory',
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              description: 'The story’s slug, as in /stories/{slug}.',
              schema: { type: 'string' },
            },
          ],
          responses: { '200': json('ApiStoryDetail', 'The story.'), '404': notFound, ...errors },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
