/**
 * Loads the demo data set (./demo-data.ts) into an empty database in one transaction.
 *
 * Runs under tsx outside Next (scripts/prepare-db.ts), so it uses relative imports only: no `@/`
 * alias, no `server-only`, no lib/db.ts. The claim_fts search index is filled by the triggers of
 * the claim_search migration as claims and citations are inserted.
 */
import { DEMO_EDITOR } from '../../lib/auth/demo-editor';
import { stageForStatus } from '../../lib/domain/stages';
import { hashPassword } from '../../lib/auth/password';
import {
  insertUserAccount,
  recordSystemUserCreate,
} from '../../lib/auth/users/create-user-account';
import { createPrismaClient } from '../../lib/prisma-client';
import {
  CLAIM_STATUSES,
  QUANTITY_QUALIFIER_CODES,
  STATEMENT_MAX,
  TITLE_MAX,
} from '../../lib/domain/claims';
import { CLAIMANT_KINDS, SOURCE_KIND_CODES, STANCE_CODES } from '../../lib/domain/evidence';
import { checkEvidenceRules } from '../../lib/claims/evidence-rules';
import { CONFIDENCE_CODES, VERDICT_CODES, verdictInfo } from '../../lib/domain/verdicts';
import { DEMO_DATA, type DemoData } from './demo-data';
import { seedDemoUnits } from './demo-units';

const HOUR = 60 * 60 * 1000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Verdict revisions of the demo story fall between these dates. */
const HISTORY_FROM = Date.parse('2024-10-01T00:00:00Z');
const HISTORY_TO_ISO = '2025-02-01T00:00:00Z';
const HISTORY_TO = Date.parse(HISTORY_TO_ISO);

function date(iso: string): Date {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`Demo data: invalid date ${iso}`);
  return d;
}

function latest(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * Checks the data set against the domain rules before anything is written, so a bad edit to
 * demo-data.ts fails loudly instead of seeding inconsistent data. Returns the list of problems.
 */
export function checkDemoData(data: DemoData): string[] {
  const problems: string[] = [];
  const has = <T>(list: readonly T[], value: unknown) => list.includes(value as T);
  const unique = (what: string, values: string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`duplicate ${what}: ${v}`);
      seen.add(v);
    }
  };
  unique(
    'claimant key',
    data.claimants.map((c) => c.key),
  );
  unique(
    'claimant name',
    data.claimants.map((c) => c.name),
  );
  unique(
    'publisher key',
    data.publishers.map((p) => p.key),
  );
  unique(
    'publisher name',
    data.publishers.map((p) => p.name),
  );
  unique(
    'source key',
    data.sources.map((s) => s.key),
  );
  unique(
    'source url',
    data.sources.flatMap((s) => (s.url ? [s.url] : [])),
  );
  unique(
    'tag name',
    data.tags.map((t) => t.name),
  );
  unique(
    'tag slug',
    data.tags.map((t) => t.slug),
  );
  unique(
    'claim key',
    data.claims.map((c) => c.key),
  );

  const claimants = new Set(data.claimants.map((c) => c.key));
  const publishers = new Set(data.publishers.map((p) => p.key));
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  const tags = new Set(data.tags.map((t) => t.name));
  const cited = new Set<string>();

  for (const c of data.claimants) {
    if (!has(CLAIMANT_KINDS, c.kind)) problems.push(`claimant ${c.key}: unknown kind ${c.kind}`);
  }
  for (const t of data.tags) {
    if (!SLUG.test(t.slug))
      problems.push(`tag ${t.name}: slug ${t.slug} is not lowercase-hyphenated`);
  }
  for (const s of data.sources) {
    if (s.publisher !== null && !publishers.has(s.publisher)) {
      problems.push(`source ${s.key}: unknown publisher ${s.publisher}`);
    }
    if (!has(SOURCE_KIND_CODES, s.kind)) problems.push(`source ${s.key}: unknown kind ${s.kind}`);
    for (const u of [s.url, s.archiveUrl]) {
      if (u !== null && !u.startsWith('https://')) problems.push(`source ${s.key}: bad url ${u}`);
    }
    if (s.publishedAt !== null) date(s.publishedAt);
  }

  for (const c of data.claims) {
    const at = `claim ${c.key}`;
    if (c.title.length > TITLE_MAX) problems.push(`${at}: title longer than ${TITLE_MAX}`);
    if (c.statement.length > STATEMENT_MAX) {
      problems.push(`${at}: statement longer than ${STATEMENT_MAX}`);
    }
    if (!claimants.has(c.claimant)) problems.push(`${at}: unknown claimant ${c.claimant}`);
    if (!has(CLAIM_STATUSES, c.status)) problems.push(`${at}: unknown status ${c.status}`);
    if ((c.status === 'published') !== (c.publishedAt !== null)) {
      problems.push(`${at}: publishedAt must be set exactly when the claim is published`);
    }
    for (const t of c.tags) if (!tags.has(t)) problems.push(`${at}: unknown tag ${t}`);
    if (c.quantity && !has(QUANTITY_QUALIFIER_CODES, c.quantity.qualifier)) {
      problems.push(`${at}: unknown quantity qualifier ${c.quantity.qualifier}`);
    }

    // Revisions: at least one, in date order, inside the story's window, the last one current.
    if (c.revisions.length === 0) problems.push(`${at}: no verdict revision`);
    let previous = date(c.createdAt).getTime();
    for (const r of c.revisions) {
      const t = date(r.at).getTime();
      if (t < previous) problems.push(`${at}: revision ${r.at} is out of order`);
      if (t < HISTORY_FROM || t >= HISTORY_TO)
        problems.push(`${at}: revision ${r.at} out of range`);
      if (!has(VERDICT_CODES, r.verdict)) problems.push(`${at}: unknown verdict ${r.verdict}`);
      if (!has(CONFIDENCE_CODES, r.confidence)) {
        problems.push(`${at}: unknown confidence ${r.confidence}`);
      }
      if (r.rationale.trim() === '') problems.push(`${at}: revision ${r.at} has no rationale`);
      previous = t;
    }
    const last = c.revisions[c.revisions.length - 1];
    if (
      last &&
      (last.verdict !== c.verdict ||
        last.confidence !== c.confidence ||
        last.rationale !== c.rationale)
    ) {
      problems.push(`${at}: current verdict differs from the last revision`);
    }
    if (c.publishedAt !== null && date(c.publishedAt).getTime() < date(c.createdAt).getTime()) {
      problems.push(`${at}: published before it was created`);
    }

    // Citations: known sources, each cited once (lib/citations/citation-rules.ts), known
    // stances, nothing cited before it was published.
    if (c.citations.length === 0) problems.push(`${at}: no citations`);
    const citedHere = new Set<string>();
    for (const ci of c.citations) {
      const s = sources.get(ci.source);
      if (citedHere.has(ci.source)) problems.push(`${at}: cites ${ci.source} twice`);
      citedHere.add(ci.source);
      cited.add(ci.source);
      if (!s) {
        problems.push(`${at}: unknown source ${ci.source}`);
        continue;
      }
      if (!has(STANCE_CODES, ci.stance)) problems.push(`${at}: unknown stance ${ci.stance}`);
      if (ci.quote.trim() === '' || ci.locator.trim() === '') {
        problems.push(`${at}: citation of ${ci.source} needs a quote and a locator`);
      }
      if (last && s.publishedAt !== null && date(s.publishedAt) > date(last.at)) {
        problems.push(`${at}: cites ${ci.source}, published after the current verdict`);
      }
    }

    // The evidence rules editors face (lib/claims/evidence-rules.ts).
    const evidence = c.citations.flatMap((ci) => {
      const s = sources.get(ci.source);
      if (!s) return [];
      return [
        {
          stance: ci.stance,
          sourceId: data.sources.indexOf(s),
          sourceTitle: s.title,
          sourceUrl: s.url,
          sourceArchiveUrl: s.archiveUrl,
          publisherName: data.publishers.find((p) => p.key === s.publisher)?.name ?? null,
        },
      ];
    });
    const check = checkEvidenceRules(c.verdict, evidence);
    if (!check.ok) problems.push(`${at}: ${check.message}`);
  }
  for (const s of data.sources)
    if (!cited.has(s.key)) problems.push(`source ${s.key} is never cited`);
  const claimKeys = new Set(data.claims.map((c) => c.key));
  unique(
    'story slug',
    data.stories.map((s) => s.slug),
  );
  for (const s of data.stories) {
    if (!SLUG.test(s.slug)) problems.push(`story ${s.slug}: slug is not lowercase-hyphenated`);
    if ((s.status === 'published') !== (s.publishedAt !== null)) {
      problems.push(`story ${s.slug}: publishedAt must be set exactly when it is published`);
    }
    for (const k of s.claims)
      if (!claimKeys.has(k)) problems.push(`story ${s.slug}: unknown claim ${k}`);
    for (const t of s.tags) if (!tags.has(t)) problems.push(`story ${s.slug}: unknown tag ${t}`);
  }
  for (const p of data.publishers) {
    if (!data.sources.some((s) => s.publisher === p.key))
      problems.push(`publisher ${p.key} is unused`);
  }
  return problems;
}

/**
 * Inserts the demo data set into the database at `databaseUrl` (which must hold no claims yet),
 * marks the installation as a demo (`AppMeta demo = "true"`), adds the demo editor account
 * (lib/auth/demo-editor.ts) unless the database already has accounts, and returns a short summary
 * such as "14 claims, 31 sources, 62 citations, 30 verdict revisions, demo editor account".
 */
/** The seed's refusal of a database that has claims: it only loads into an empty one. */
export class DatabaseNotEmptyError extends Error {
  constructor(readonly claims: number) {
    super(
      `The database already holds ${claims} claims; the demo data set is only loaded into an empty database.`,
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

export async function seedDemoData(databaseUrl: string): Promise<string> {
  const data = DEMO_DATA;
  const problems = checkDemoData(data);
  if (problems.length > 0) {
    throw new Error(`The demo data set is inconsistent:\n- ${problems.join('\n- ')}`);
  }

  const sourceByKey = new Map(data.sources.map((s) => [s.key, s]));

  // When each citation was added: once the claim existed and the source had been published
  // (a few hours later, to allow for reading it), never after the claim's last revision.
  const citedAt = new Map<string, Date[]>(); // claim key -> dates, in citation order
  const sourceFirstCited = new Map<string, Date>();
  for (const c of data.claims) {
    const created = date(c.createdAt);
    const updated = date(c.revisions[c.revisions.length - 1]!.at);
    const dates = c.citations.map((ci) => {
      const published = sourceByKey.get(ci.source)!.publishedAt;
      const readAt = published ? new Date(date(published).getTime() + 6 * HOUR) : created;
      const at = earliest(latest(created, readAt), updated);
      const first = sourceFirstCited.get(ci.source);
      sourceFirstCited.set(ci.source, first ? earliest(first, at) : at);
      return at;
    });
    citedAt.set(c.key, dates);
  }

  // Hashed before the transaction: Argon2id takes tens of milliseconds.
  const demoEditorHash = await hashPassword(DEMO_EDITOR.password);

  const prisma = createPrismaClient(databaseUrl);
  try {
    const counts = await prisma.$transaction(
      async (tx) => {
        const existing = await tx.claim.count();
        if (existing > 0) throw new DatabaseNotEmptyError(existing);

        const claimantIds = new Map<string, number>();
        for (const c of data.claimants) {
          const own = data.claims.filter((claim) => claim.claimant === c.key);
          const since = own
            .map((claim) => date(claim.createdAt))
            .reduce(earliest, date(HISTORY_TO_ISO));
          const row = await tx.claimant.upsert({
            where: { name: c.name },
            create: {
              name: c.name,
              kind: c.kind,
              description: c.description,
              createdAt: since,
              updatedAt: since,
            },
            update: {},
          });
          claimantIds.set(c.key, row.id);
        }

        const publisherIds = new Map<string, number>();
        for (const p of data.publishers) {
          const since = data.sources
            .filter((s) => s.publisher === p.key)
            .map((s) => sourceFirstCited.get(s.key) ?? date(HISTORY_TO_ISO))
            .reduce(earliest, date(HISTORY_TO_ISO));
          const row = await tx.publisher.upsert({
            where: { name: p.name },
            create: { name: p.name, url: p.url, createdAt: since, updatedAt: since },
            update: {},
          });
          publisherIds.set(p.key, row.id);
        }

        const sourceIds = new Map<string, number>();
        for (const s of data.sources) {
          const since = sourceFirstCited.get(s.key)!;
          const row = await tx.source.create({
            data: {
              title: s.title,
              publisherId: s.publisher ? publisherIds.get(s.publisher)! : null,
              kind: s.kind,
              url: s.url,
              archiveUrl: s.archiveUrl,
              publishedAt: s.publishedAt ? date(s.publishedAt) : null,
              createdAt: since,
              updatedAt: since,
              createdById: null,
              updatedById: null,
            },
          });
          sourceIds.set(s.key, row.id);
        }

        const tagIds = new Map<string, number>();
        for (const t of data.tags) {
          const row = await tx.tag.upsert({
            where: { slug: t.slug },
            create: { name: t.name, slug: t.slug },
            update: {},
          });
          tagIds.set(t.name, row.id);
        }

        let citations = 0;
        let revisions = 0;
        const claimIds = new Map<string, number>();
        for (const c of data.claims) {
          const createdAt = date(c.createdAt);
          const updatedAt = date(c.revisions[c.revisions.length - 1]!.at);
          const dates = citedAt.get(c.key)!;
          const created = await tx.claim.create({
            select: { id: true },
            data: {
              statement: c.statement,
              title: c.title,
              claimantId: claimantIds.get(c.claimant)!,
              firstAppearedAt: date(c.firstAppearedAt),
              firstAppearanceUrl: c.firstAppearanceUrl,
              firstAppearanceNote: c.firstAppearanceNote,
              context: c.context,
              place: c.place,
              quantityQualifier: c.quantity?.qualifier ?? null,
              quantityValue: c.quantity?.value ?? null,
              quantityMin: c.quantity?.min ?? null,
              quantityMax: c.quantity?.max ?? null,
              quantityUnit: c.quantity?.unit ?? null,
              verdict: c.verdict,
              verdictRank: verdictInfo(c.verdict).rank,
              confidence: c.confidence,
              rationale: c.rationale,
              status: c.status,
              publishedAt: c.publishedAt ? date(c.publishedAt) : null,
              stage: stageForStatus(c.status, 'new'),
              stageChangedAt: updatedAt,
              // One edit per verdict revision, as if each had gone through the editor.
              version: c.revisions.length,
              createdAt,
              updatedAt,
              createdById: null,
              updatedById: null,
              tags: {
                create: c.tags.map((name) => ({ tagId: tagIds.get(name)! })),
              },
              citations: {
                create: c.citations.map((ci, i) => ({
                  sourceId: sourceIds.get(ci.source)!,
                  stance: ci.stance,
                  quote: ci.quote,
                  locator: ci.locator,
                  createdAt: dates[i]!,
                  updatedAt: dates[i]!,
                  createdById: null,
                  updatedById: null,
                })),
              },
              revisions: {
                create: c.revisions.map((r) => ({
                  verdict: r.verdict,
                  confidence: r.confidence,
                  rationale: r.rationale,
                  createdAt: date(r.at),
                  createdById: null,
                })),
              },
            },
          });
          claimIds.set(c.key, created.id);
          citations += c.citations.length;
          revisions += c.revisions.length;
        }

        await seedDemoUnits(tx);
        for (const s of data.stories) {
          const at = s.publishedAt ? date(s.publishedAt) : date(HISTORY_TO_ISO);
          await tx.story.create({
            data: {
              slug: s.slug,
              title: s.title,
              description: s.description,
              status: s.status,
              publishedAt: s.publishedAt ? date(s.publishedAt) : null,
              createdAt: at,
              updatedAt: at,
              claims: {
                create: s.claims.map((key, position) => ({
                  claimId: claimIds.get(key)!,
                  position,
                  addedAt: at,
                })),
              },
              tags: { create: s.tags.map((name) => ({ tagId: tagIds.get(name)! })) },
            },
          });
        }

        await tx.appMeta.upsert({
          where: { key: 'demo' },
          create: { key: 'demo', value: 'true' },
          update: { value: 'true' },
        });

        // Its password is public (the sign-in page shows it), so it is only added to a database
        // nobody has accounts in yet: never next to an admin made with `npm run user:create`.
        const demoEditor = (await tx.user.count()) === 0;
        if (demoEditor) {
          const user = await insertUserAccount(tx, {
            name: DEMO_EDITOR.name,
            email: DEMO_EDITOR.email,
            role: DEMO_EDITOR.role,
            passwordHash: demoEditorHash,
          });
          await recordSystemUserCreate(tx, user);
        }

        return {
          claims: data.claims.length,
          sources: data.sources.length,
          citations,
          revisions,
          demoEditor,
        };
      },
      { timeout: 60_000 },
    );
    const editor = counts.demoEditor ? `, demo editor account ${DEMO_EDITOR.email}` : '';
    return `${counts.claims} claims, ${counts.sources} sources, ${counts.citations} citations, ${counts.revisions} verdict revisions${editor}`;
  } finally {
    await prisma.$disconnect();
  }
}
