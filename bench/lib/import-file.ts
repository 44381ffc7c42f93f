/**
 * The import bench's file: `count` claims from another site (their ids kept, so the write takes
 * explicit ids as a desk moving its archive would), each citing two of 200 sources, with the
 * test files' two-revision verdict history — what an admin's JSON export of another desk holds.
 */
import { exportedClaim } from '../../tests/support/import-files';

const SOURCES = 200;

export function importFile(count: number, firstId: number): Uint8Array {
  const claims = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const base = exportedClaim({ id });
    claims.push(
      exportedClaim({
        id,
        url: `https://other-desk.example/claims/${id}`,
        status: i % 4 === 0 ? 'draft' : 'published',
        title: `Bench claim ${id}`,
        statement: `Bench statement ${id}: up to ${i % 900} units were reported at site ${i % 37}.`,
        claimant: { name: `Bench claimant ${i % 50}`, kind: 'agency', description: '' },
        tags: [`Bench tag ${i % 30}`],
        publishedAt: i % 4 === 0 ? null : base.publishedAt,
        counts: { supports: 2, contradicts: 0, context: 0 },
        citations: [i % SOURCES, (i + 7) % SOURCES].map((n) => ({
          ...base.citations[0]!,
          quote: `Quote ${n} for claim ${id}.`,
          source: {
            ...base.citations[0]!.source,
            id: 500_000 + n,
            title: `Bench source ${n}`,
            publisher: `Bench publisher ${n % 20}`,
            url: `https://bench.example/source/${n}`,
          },
        })),
      }),
    );
  }
  return new TextEncoder().encode(JSON.stringify(claims));
}
