import { CLAIM_RELATION_LABELS, isClaimRelationKind } from '@/lib/domain/claim-relations';
import { QUANTITY_QUALIFIERS } from '@/lib/domain/claims';
import { STANCES } from '@/lib/domain/evidence';
import { isStage, STAGE_LABELS } from '@/lib/domain/stages';
import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';

/**
 * How a claim's activity timeline words an audit event: pure, so every entry reads the same
 * wherever it is shown. Snapshots are the audit log's JSON (record-audit-event.ts).
 */

export interface ActivityEvent {
  action: string;
  entityType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Names the words need: editors by user id, sources by id. */
export interface ActivityNames {
  users: ReadonlyMap<string, string>;
  sources: ReadonlyMap<number, string>;
}

export interface ActivityChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface ActivityDescription {
  /** What happened, after the actor's name: "moved the claim to In review". */
  summary: string;
  /** For edits: each field that changed, old → new (values in words, full length). */
  changes: ActivityChange[];
}

type Format = (value: unknown, names?: ActivityNames) => string;

const text: Format = (v) => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
};
const day: Format = (v) => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : text(v));
const person: Format = (v, names) =>
  typeof v === 'string' && v ? (names?.users.get(v) ?? 'an editor') : 'nobody';
const stage: Format = (v) => (isStage(v) ? STAGE_LABELS[v] : text(v));
const stance: Format = (v) => STANCES.find((s) => s.code === v)?.label ?? text(v);
const qualifier: Format = (v) => QUANTITY_QUALIFIERS.find((q) => q.code === v)?.label ?? text(v);

/** Fields an edit's diff shows, in this order, with their labels; others are internal. */
const FIELDS: readonly { field: string; label: string; format: Format }[] = [
  { field: 'stage', label: 'Stage', format: stage },
  { field: 'archiveReason', label: 'Archive reason', format: text },
  { field: 'assigneeId', label: 'Assignee', format: person },
  { field: 'reviewerId', label: 'Reviewer', format: person },
  { field: 'statement', label: 'Statement', format: text },
  { field: 'title', label: 'Title', format: text },
  { field: 'claimantName', label: 'Claimant', format: text },
  { field: 'firstAppearedAt', label: 'First appeared on', format: day },
  { field: 'firstAppearanceUrl', label: 'First appearance link', format: text },
  { field: 'firstAppearanceNote', label: 'First appearance note', format: text },
  { field: 'context', label: 'Context', format: text },
  { field: 'tags', label: 'Tags', format: text },
  { field: 'place', label: 'Place', format: text },
  { field: 'quantityQualifier', label: 'Quantity qualifier', format: qualifier },
  { field: 'quantityValue', label: 'Number', format: text },
  { field: 'quantityMin', label: 'Lower bound', format: text },
  { field: 'quantityMax', label: 'Upper bound', format: text },
  { field: 'quantityUnit', label: 'Unit', format: text },
  { field: 'verdict', label: 'Verdict', format: (v) => verdictInfo(String(v)).label },
  { field: 'confidence', label: 'Confidence', format: (v) => confidenceLabel(String(v)) },
  { field: 'rationale', label: 'Rationale', format: text },
  { field: 'stance', label: 'Stance', format: stance },
  { field: 'quote', label: 'Quoted passage', format: text },
  { field: 'locator', label: 'Where in the source', format: text },
  { field: 'body', label: 'Note', format: text },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The shown fields that differ between the snapshots, old → new in words. */
export function activityChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  names: ActivityNames,
): ActivityChange[] {
  if (!before || !after) return [];
  return FIELDS.filter(({ field }) => !same(before[field], after[field])).map((f) => ({
    field: f.field,
    label: f.label,
    before: f.format(before[f.field], names),
    after: f.format(after[f.field], names),
  }));
}

/** A citation's snapshot named by its source: `"Title" (supports)`. */
function citationWords(snapshot: Record<string, unknown> | null, names: ActivityNames): string {
  const sourceId = Number(snapshot?.sourceId);
  const title = names.sources.get(sourceId);
  const how = stance(snapshot?.stance, names).toLowerCase();
  return title ? `“${title}” (${how})` : `a source (${how})`;
}

/** Who the assignment put on or took off the claim: "Ana as assignee". */
function assignmentWords(event: ActivityEvent, names: ActivityNames): string {
  for (const [field, role] of [
    ['assigneeId', 'assignee'],
    ['reviewerId', 'reviewer'],
  ] as const) {
    const was = event.before?.[field];
    const now = event.after?.[field];
    if (same(was, now)) continue;
    return event.action === 'claim.unassign'
      ? `unassigned ${person(was, names)} as ${role}`
      : `assigned ${person(now, names)} as ${role}`;
  }
  return event.action === 'claim.unassign' ? 'unassigned an editor' : 'assigned an editor';
}

/** What each known action did, in words, when the snapshots are not at hand (notifications). */
const ACTION_WORDS: Record<string, string> = {
  'claim.create': 'created the claim',
  'claim.update': 'edited the claim',
  'claim.publish': 'published the claim',
  'claim.unpublish': 'unpublished the claim',
  'claim.delete': 'deleted the claim',
  'claim.restore': 'restored the claim',
  'claim.stage': 'moved the claim to another stage',
  'claim.assign': 'assigned an editor',
  'claim.unassign': 'unassigned an editor',
  'verdict.change': 'changed the verdict',
  'verdict.propose': 'proposed a verdict for review',
  'verdict.request_review': 'asked for review of the proposed verdict',
  'verdict.approve': 'approved the proposed verdict',
  'verdict.send_back': 'sent the proposed verdict back',
  'verdict.bypass_review': 'published a verdict without review',
  'verdict.withdraw': 'withdrew the proposed verdict',
  'citation.create': 'cited a source',
  'citation.update': 'edited a citation',
  'citation.remove': 'removed a citation',
  'relation.link': 'linked the claim to another claim',
  'relation.unlink': 'removed a link to another claim',
};

/**
 * An audit action in words; one this module does not know by name yet (another slice's, such as
 * "claim.send_back") reads as its verb, "send back", with the action itself after it.
 */
export function actionWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  const verb = action.includes('.') ? action.slice(action.indexOf('.') + 1) : action;
  return `${verb.replace(/[_.]+/g, ' ').trim() || 'changed'} (${action})`;
}

const VERDICT_FIELDS = ['verdict', 'confidence', 'rationale'];

function verdictChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  names: ActivityNames,
): ActivityChange[] {
  return activityChanges(before, after, names).filter((c) => VERDICT_FIELDS.includes(c.field));
}

/** A proposal's rating, as `verdict.propose` keeps it. */
function proposed(after: Record<string, unknown> | null): Record<string, unknown> {
  const value = after?.proposed;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** A text the reviewer or admin wrote with their decision, shown in full. */
function written(field: string, label: string, value: unknown): ActivityChange[] {
  return typeof value === 'string' && value !== ''
    ? [{ field, label, before: '—', after: value }]
    : [];
}

/** A link's snapshot in words, the same on both claims' timelines: "claim #12 updates claim #7". */
function relationWords(snapshot: Record<string, unknown> | null): string {
  const kind = snapshot?.kind;
  const words = isClaimRelationKind(kind) ? CLAIM_RELATION_LABELS[kind].from.toLowerCase() : 'to';
  return `claim #${text(snapshot?.fromClaimId)} ${words} claim #${text(snapshot?.toClaimId)}`;
}

/** One audit event of a claim, its citations or its notes, in words. */
export function describeActivity(event: ActivityEvent, names: ActivityNames): ActivityDescription {
  const changes = activityChanges(event.before, event.after, names);
  const only = (summary: string): ActivityDescription => ({ summary, changes: [] });
  switch (event.action) {
    case 'claim.create':
    case 'claim.publish':
    case 'claim.unpublish':
    case 'claim.delete':
    case 'claim.restore':
      return only(actionWords(event.action));
    case 'claim.update':
      return { summary: actionWords(event.action), changes };
    case 'claim.stage':
      return {
        summary: `moved the claim to ${stage(event.after?.stage, names)}`,
        changes: changes.filter((c) => c.field === 'stage' || c.field === 'archiveReason'),
      };
    case 'claim.assign':
    case 'claim.unassign':
      return {
        summary: assignmentWords(event, names),
        changes: changes.filter((c) => c.field === 'assigneeId' || c.field === 'reviewerId'),
      };
    case 'verdict.change':
      return {
        summary: actionWords(event.action),
        changes: changes.filter((c) => ['verdict', 'confidence', 'rationale'].includes(c.field)),
      };
    case 'verdict.propose':
      // The claim's columns (what readers see) do not change: the proposal is in `proposed`.
      return {
        summary: actionWords(event.action),
        changes: verdictChanges(event.before, { ...event.after, ...proposed(event.after) }, names),
      };
    case 'verdict.request_review':
      return only(actionWords(event.action));
    case 'verdict.approve':
      return {
        summary: actionWords(event.action),
        changes: verdictChanges(event.before, event.after, names),
      };
    case 'verdict.send_back':
      return {
        summary: actionWords(event.action),
        changes: written('reviewComment', 'Comment', event.after?.reviewComment),
      };
    case 'verdict.bypass_review':
      // From the verdict form (`bypassReason`) or the review of an open proposal (`reviewComment`).
      return {
        summary: actionWords(event.action),
        changes: [
          ...verdictChanges(event.before, event.after, names),
          ...written(
            'bypassReason',
            'Reason to publish without review',
            event.after?.bypassReason ?? event.after?.reviewComment,
          ),
        ],
      };
    case 'citation.create':
      return only(`cited ${citationWords(event.after, names)}`);
    case 'citation.update':
      return { summary: `edited the citation of ${citationWords(event.after, names)}`, changes };
    case 'citation.remove':
      return only(`removed the citation of ${citationWords(event.before, names)}`);
  }
  if (event.entityType === 'claim_relation') {
    const link = relationWords(event.action === 'relation.unlink' ? event.before : event.after);
    return only(event.action === 'relation.unlink' ? `removed the link ${link}` : `linked ${link}`);
  }
  if (event.entityType === 'note') {
    if (event.before === null) return only('added a note');
    if (event.after === null || event.after.deletedAt) return only('deleted a note');
    return { summary: 'edited a note', changes };
  }
  return { summary: actionWords(event.action), changes };
}
