import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { getPublishedClaim } from '@/lib/claims/get-claim';
import { publishClaim } from '@/lib/claims/publish-claim';
import { createNote } from '@/lib/notes/create-note';
import { exportClaimNotes } from '@/lib/notes/export-notes';
import { siteOrigin } from '@/lib/site';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { claimInput, editor } from '../support/editing';
import { createSource, unique } from '../support/factories';

// The route handlers run as in an anonymous reader's request.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
const exportRoute = await import('@/app/claims/export/route');
const apiList = await import('@/app/api/claims/route');
const apiOne = await import('@/app/api/claims/[id]/route');
const feed = await import('@/app/feed.xml/route');
const notesExport = await import('@/app/editor/claims/[id]/notes.json/route');

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const SECRET_CLAIM = unique('secretnoteclaimword');
const SECRET_CITATION = unique('secretnotecitationword');
let claimId: number;
let statement: string;

beforeAll(async () => {
  const author = await editor();
  const input = claimInput();
  statement = input.statement;
  const created = value(await createClaim(author, input));
  claimId = created.id;
  const source = await createSource({ title: unique('Briefing') });
  const citation = value(
    await createCitation(author, {
      claimId,
      sourceId: source.id,
      stance: 'supports',
      quote: 'Up to 12,000 troops',
    }),
  );
  const published = value(await publishClaim(author, { id: claimId, version: created.version }));
  value(
    await changeVerdict(author, {
      id: claimId,
      version: published.version,
      verdict: 'likely',
      confidence: 'moderate',
      rationale: 'Two briefings agree.',
    }),
  );
  value(await createNote(author, { claimId, body: `Internal: ${SECRET_CLAIM}` }));
  value(
    await createNote(author, {
      claimId,
      citationId: citation.id,
      body: `On the quote: ${SECRET_CITATION}`,
    }),
  );
});

/** Every reader-facing output must hold the claim (so the check means something) and no note. */
function expectNoNotes(text: string) {
  expect(text).toContain(statement.slice(0, 40));
  expect(text).not.toContain(SECRET_CLAIM);
  expect(text).not.toContain(SECRET_CITATION);
  expect(text).not.toContain('Internal:');
}

describe('notes never reach readers', () => {
  it('are not in the public claim page’s data or the claim list', async () => {
    expectNoNotes(JSON.stringify(await getPublishedClaim(claimId)));
    expectNoNotes(JSON.stringify(await findPublishedClaims(parseClaimListQuery({}))));
    const searched = await findPublishedClaims(parseClaimListQuery({ q: SECRET_CLAIM }));
    expect(searched.items).toEqual([]);
  });

  it.each(['csv', 'json', 'claimreview'])('are not in the %s export', async (format) => {
    const response = await exportRoute.GET(
      new Request(`${siteOrigin}/claims/export?format=${format}`),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    if (format === 'claimreview') {
      expect(text).not.toContain(SECRET_CLAIM);
      expect(text).not.toContain(SECRET_CITATION);
    } else {
      expectNoNotes(text);
    }
  });

  it('are not in the API', async () => {
    const list = await apiList.GET(new Request(`${siteOrigin}/api/claims`));
    expectNoNotes(await list.text());
    const id = String(claimId);
    const one = await apiOne.GET(new Request(`${siteOrigin}/api/claims/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(one.status).toBe(200);
    expectNoNotes(await one.text());
  });

  it('are not in the feed', async () => {
    const response = await feed.GET(new Request(`${siteOrigin}/feed.xml`));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('Two briefings agree.');
    expect(text).not.toContain(SECRET_CLAIM);
    expect(text).not.toContain(SECRET_CITATION);
  });
});

describe('the editors’ notes export', () => {
  it('holds the notes and says they are internal, for editors only', async () => {
    const exported = await exportClaimNotes(await editor(), claimId);
    expect(exported).toMatchObject({ internal: true, claim: { id: claimId } });
    expect(exported?.notice).toMatch(/Internal editors’ notes/);
    expect(exported?.notes.map((n) => n.body)).toEqual([
      `Internal: ${SECRET_CLAIM}`,
      `On the quote: ${SECRET_CITATION}`,
    ]);
    expect(exported?.notes[1]?.citationSource).toMatch(/^Briefing/);

    const id = String(claimId);
    const anonymous = await notesExport.GET(
      new Request(`${siteOrigin}/editor/claims/${id}/notes.json`),
      { params: Promise.resolve({ id }) },
    );
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(SECRET_CLAIM);
  });
});
