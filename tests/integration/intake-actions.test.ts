import '../support/auth-env';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { ARTICLE_MAX } from '@/lib/intake/limits';
import { cookieHeader, createAccount, requestHeaders } from '../support/auth';
import { rowCounts } from '../support/editing';
import { testDb, uniqueWord } from '../support/factories';

// The actions run as in a request: their headers are the test's, revalidation is a no-op.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const { analyseArticleAction, createDraftsAction } = await import('@/app/intake/actions');

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  data.set('$ACTION_ID_0123', '');
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

async function signIn(role: 'editor' | 'admin' = 'editor') {
  const account = await createAccount({ role });
  const result = await signInWithPassword({ ...account, headers: requestHeaders() });
  if (!result.ok) throw new Error('sign-in failed');
  request.headers = requestHeaders({ cookie: cookieHeader(result.setCookies) });
  request.headers.set('next-action', 'test');
  return account;
}

beforeEach(() => {
  request.headers = requestHeaders();
});

function storyAbout(place: string) {
  return `<p>Police in ${place} said up to 300 people were evacuated on 3 March 2025.</p>\n\nWhat is a red warning?`;
}

describe('article intake actions', () => {
  it('check the caller inside each action: signed out, nothing is read or written', async () => {
    const before = await rowCounts();
    const analysed = await analyseArticleAction({}, form({ text: storyAbout('Harwick') }));
    expect(analysed).toMatchObject({ message: 'Sign in to edit.' });
    expect(analysed.analysis).toBeUndefined();
    const created = await createDraftsAction(
      {},
      form({ title: 'Storm', keep: 's1', 's1.statement': 'A claim.', 's1.claimantName': 'X' }),
    );
    expect(created).toMatchObject({ message: 'Sign in to edit.' });
    expect(await rowCounts()).toEqual(before);
  });

  it('answer bad article input with field errors, never an exception', async () => {
    await signIn();
    const empty = await analyseArticleAction({}, form({ text: '   ' }));
    expect(empty.errors?.text).toEqual(['Article text is required.']);
    const long = await analyseArticleAction({}, form({ text: 'a'.repeat(ARTICLE_MAX + 1) }));
    expect(long.errors?.text?.[0]).toMatch(/at most 100000 characters/);
    const link = await analyseArticleAction({}, form({ text: 'Fine.', url: 'javascript:x' }));
    expect(link.errors?.url?.[0]).toMatch(/Only http/);
    const bidi = await analyseArticleAction({}, form({ text: 'Troops \u202Emoved east.' }));
    expect(bidi.errors?.text?.[0]).toMatch(/text-direction override/);
  });

  it('analyse pasted HTML as text, then create the kept suggestion as a draft', async () => {
    const account = await signIn();
    const place = uniqueWord('Harwick');
    const analysed = await analyseArticleAction(
      {},
      form({ text: storyAbout(place), publisherName: 'Example News' }),
    );
    expect(analysed.message).toBeUndefined();
    expect(analysed.source).toEqual({
      title: `Police in ${place} said up to 300 people were evacuated on 3 March 2025.`,
      publisherName: 'Example News',
      url: '',
      publishedAt: '',
    });
    const [suggestion] = analysed.analysis!.suggestions;
    expect(suggestion).toMatchObject({
      rank: 1,
      similar: [],
      claim: { claimantName: `Police in ${place}`, quantityMax: '300' },
    });
    const s = suggestion!;

    const created = await createDraftsAction(
      {},
      form({
        analysisNonce: analysed.nonce!,
        text: storyAbout(place),
        ...analysed.source!,
        title: `Storm in ${place}`,
        keep: s.key,
        [`${s.key}.action`]: 'create',
        ...Object.fromEntries(Object.entries(s.claim).map(([k, v]) => [`${s.key}.${k}`, v])),
        [`${s.key}.statement`]: `Up to 300 people were evacuated in ${place}.`,
        [`${s.key}.stance`]: s.citation.stance,
        [`${s.key}.quote`]: s.citation.quote,
        [`${s.key}.locator`]: s.citation.locator,
      }),
    );
    expect(created.message).toBeUndefined();
    expect(created.saved?.created).toHaveLength(1);
    const claim = await testDb.claim.findUniqueOrThrow({
      where: { id: created.saved!.created[0]!.id },
    });
    expect(claim).toMatchObject({
      status: 'draft',
      statement: `Up to 300 people were evacuated in ${place}.`,
      createdById: account.id,
    });
  });

  it('keep what was typed when a create is refused', async () => {
    await signIn();
    const before = await rowCounts();
    const refused = await createDraftsAction(
      {},
      form({
        analysisNonce: 'n1',
        title: 'Storm',
        keep: 's4',
        's4.statement': '',
        's4.claimantName': 'Police',
        's4.stance': 'context',
        's4.quote': 'Quoted.',
      }),
    );
    expect(refused).toMatchObject({
      analysisNonce: 'n1',
      message: 'Nothing was created: check the highlighted fields.',
      errors: { 's4.statement': ['Statement is required.'] },
      values: { keep: 's4', 's4.claimantName': 'Police', 's4.quote': 'Quoted.' },
    });
    const nothingKept = await createDraftsAction({}, form({ title: 'Storm' }));
    expect(nothingKept.message).toBe('Tick at least one suggestion to keep.');
    expect(await rowCounts()).toEqual(before);
  });
});
