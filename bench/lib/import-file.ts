/**
 * The import bench's file: `count` claims from another site (their ids kept, so the write takes
 * explicit ids as a desk moving its archive would), each citing two of 200 sources, with a
 * two-revision verdict history — what an admin's JSON export of another desk looks like.
 */
const SOURCES = 200;

export function importFile(count: number, firstId: number): Uint8Array {
  const claims = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const source = (n: number) => ({
      id: null,
      title: `Bench source ${n}`,
      publisher: `Bench publisher ${n % 20}`,
      kind: 'news_report',
      url: `https://bench.example/source/${n}`,
      archiveUrl: null,
      publishedAt: '2024-11-05',
    });
    claims.push({
      id,
      url: `https://other-desk.example/claims/${id}`,
      status: i % 4 === 0 ? 'draft' : 'published',
      title: `Bench claim ${id}`,
      statement: `Bench statement ${id}: up to ${i % 900} units were reported at site ${i % 37}.`,
      context: 'Imported by the import bench.',
      claimant: { name: `Bench claimant ${i % 50}`, kind: 'agency', description: '' },
      verdict: 'likely',
      confidence: 'moderate',
      rationale: 'Two reports agree.',
      tags: [`Bench tag ${i % 30}`],
      place: 'Somewhere',
      quantity: { qualifier: 'up_to', value: null, min: null, max: i % 900, unit: 'units' },
      firstAppeared: { date: '2024-11-05', url: 'https://bench.example/first', note: '' },
      counts: { supports: 2, contradicts: 0, context: 0 },
      citations: [i % SOURCES, (i + 7) % SOURCES].map((n) => ({
        stance: 'supports',
        quote: `Quote ${n} for claim ${id}.`,
        locator: 'p. 1',
        source: source(n),
      })),
      verdictHistory: [
        {
          verdict: 'unverified',
          confidence: 'low',
          rationale: '',
          overrideReason: null,
          at: '2024-11-05T09:00:00.000Z',
        },
        {
          verdict: 'likely',
          confidence: 'moderate',
          rationale: 'Two reports agree.',
          overrideReason: null,
          at: '2024-11-06T10:00:00.000Z',
        },
      ],
      createdAt: '2024-11-05T09:00:00.000Z',
      updatedAt: '2024-11-06T10:00:00.000Z',
      publishedAt: i % 4 === 0 ? null : '2024-11-06T10:00:00.000Z',
    });
  }
  return new TextEncoder().encode(JSON.stringify(claims));
}
