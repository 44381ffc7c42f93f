import { confidenceLabel, verdictInfo, type Confidence, type Verdict } from '@/lib/domain/verdicts';
import { claimUrl, desk, siteOrigin } from '@/lib/site';
import type { Rating, VerdictChange } from './find-verdict-changes';
import { escapeXml, xmlElement } from './xml-text';

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = `${desk.name}: verdict changes`;
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** Which feed a document is: the site's, or one claim's (claimFeedAbout). */
export interface FeedAbout {
  /** The feed's own path (its id and self link). */
  path: string;
  title: string;
  subtitle: string;
  /** The HTML page the feed is about. */
  pagePath: string;
}

const SITE_FEED: FeedAbout = {
  path: FEED_PATH,
  title: FEED_TITLE,
  subtitle: `Every verdict change on the claims ${desk.name} has published, newest first: the desk’s corrections log.`,
  // The page a person opening the feed in a browser is sent to (app/feed: what the feed is, how
  // to subscribe, its latest entries).
  pagePath: '/feed',
};

/** The path of one claim's feed of its public verdict changes. */
export function claimFeedPath(claimId: number): string {
  return `/claims/${claimId}/feed.xml`;
}

/** One claim's feed: its own id, title and page; the same entries as the site's feed. */
export function claimFeedAbout(claim: { id: number; title: string | null; statement: string }) {
  return {
    path: claimFeedPath(claim.id),
    title: `${desk.name}: verdict changes on “${claim.title ?? claim.statement}”`,
    subtitle: `Every public verdict change on this claim, newest first.`,
    pagePath: `/claims/${claim.id}`,
  } satisfies FeedAbout;
}

/** An empty feed still needs an `updated`; the epoch says "nothing yet" and keeps it stable. */
const NEVER = new Date(0);

/**
 * The Atom 1.0 document (RFC 4287) of the desk's verdict changes, newest first. Titles and
 * summaries are plain text (`type="text"`), so a reader shows claim text literally; the content
 * is HTML whose every piece of claim text is escaped, then escaped again as XML text.
 */
export function renderVerdictFeed(changes: VerdictChange[], about: FeedAbout = SITE_FEED): string {
  const feedUrl = `${siteOrigin}${about.path}`;
  const updated = changes[0]?.at ?? NEVER;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    xmlElement('id', {}, feedUrl),
    xmlElement('title', { type: 'text' }, about.title),
    xmlElement('subtitle', { type: 'text' }, about.subtitle),
    xmlElement('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
    xmlElement('link', {
      rel: 'alternate',
      type: 'text/html',
      href: `${siteOrigin}${about.pagePath}`,
    }),
    xmlElement('updated', {}, updated.toISOString()),
    `<author>${xmlElement('name', {}, desk.name)}${xmlElement('uri', {}, desk.url)}</author>`,
    xmlElement('generator', {}, 'Claimtrack'),
    ...changes.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * A tag URI (RFC 4151) per revision: stable however the entry's text is later rendered, and
 * dated by the revision itself, so it never needs a configured "since" date.
 */
export function revisionEntryId(change: VerdictChange): string {
  const host = new URL(siteOrigin).hostname;
  const day = change.at.toISOString().slice(0, 10);
  return `tag:${host},${day}:claim/${change.claim.id}/revision/${change.revisionId}`;
}

function renderEntry(change: VerdictChange): string {
  const url = claimUrl(change.claim.id);
  const to = verdictInfo(change.to.verdict);
  return [
    '<entry>',
    xmlElement('id', {}, revisionEntryId(change)),
    xmlElement('title', { type: 'text' }, entryTitle(change)),
    xmlElement('link', { rel: 'alternate', type: 'text/html', href: url }),
    xmlElement('published', {}, change.at.toISOString()),
    xmlElement('updated', {}, change.at.toISOString()),
    xmlElement('category', { term: to.code, label: to.label }),
    xmlElement('summary', { type: 'text' }, entrySummary(change)),
    `<content type="html">${escapeXml(entryHtml(change, url))}</content>`,
    '</entry>',
  ].join('\n');
}

const claimName = (change: VerdictChange) => change.claim.title ?? change.claim.statement;
const label = (verdict: Verdict) => verdictInfo(verdict).label;
const confidence = (code: Confidence) => confidenceLabel(code).toLowerCase();
const rated = (r: Rating) => `${label(r.verdict)} (${confidence(r.confidence)})`;

/** "Troops at Russian bases: Unverified → Likely", or what else changed when the verdict did not. */
export function entryTitle(change: VerdictChange): string {
  const { from, to } = change;
  let what: string;
  if (!from) what = `new claim, rated ${label(to.verdict)}`;
  else if (from.verdict !== to.verdict) what = `${label(from.verdict)} → ${label(to.verdict)}`;
  else if (from.confidence !== to.confidence) {
    what = `${label(to.verdict)}, ${confidence(from.confidence)} → ${confidence(to.confidence)}`;
  } else what = `${label(to.verdict)}, rationale revised`;
  return `${claimName(change)}: ${what}`;
}

function ratingChange(change: VerdictChange): string {
  return change.from
    ? `${rated(change.from)} → ${rated(change.to)}`
    : `New claim → ${rated(change.to)}`;
}

function entrySummary(change: VerdictChange): string {
  const parts = [`${ratingChange(change)}.`];
  if (change.rationale) parts.push(change.rationale);
  if (change.overrideReason) parts.push(`Set despite the evidence rules: ${change.overrideReason}`);
  return parts.join(' ');
}

/** Claim text escaped for HTML; line breaks kept, as the claim page keeps them. */
const html = (text: string) => escapeXml(text).replace(/\n/g, '<br>');

function entryHtml(change: VerdictChange, url: string): string {
  const from = change.from ? html(rated(change.from)) : 'New claim';
  const paragraphs = [
    `<p><strong>Claim:</strong> ${html(change.claim.statement)}</p>`,
    `<p><strong>Claimant:</strong> ${html(change.claim.claimantName)}</p>`,
    `<p><strong>Verdict:</strong> ${from} → <strong>${html(label(change.to.verdict))}</strong> (${html(confidence(change.to.confidence))})</p>`,
  ];
  if (change.rationale) {
    paragraphs.push(`<p><strong>Rationale:</strong> ${html(change.rationale)}</p>`);
  }
  if (change.overrideReason) {
    paragraphs.push(
      `<p><strong>Set despite the evidence rules:</strong> ${html(change.overrideReason)}</p>`,
    );
  }
  paragraphs.push(
    `<p><a href="${escapeXml(`${url}#history-heading`)}">The claim, its sources and its full verdict history</a></p>`,
  );
  return paragraphs.join('\n');
}
