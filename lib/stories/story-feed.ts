import { ATOM_CONTENT_TYPE } from '@/lib/feed/atom-feed';
import { escapeXml, xmlElement } from '@/lib/feed/xml-text';
import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';
import { claimUrl, desk, siteOrigin } from '@/lib/site';
import { storyFeedPath, storyUrl } from './story-links';
import type { TimelineEvent } from './story-timeline';

export { ATOM_CONTENT_TYPE };

/** Entries in a story's feed: its latest events, as the site-wide feed keeps its latest 50. */
export const STORY_FEED_ENTRY_LIMIT = 50;

const NEVER = new Date(0);

interface FeedStory {
  slug: string;
  title: string;
  description: string;
}

/**
 * The Atom 1.0 document of one story: its new claims and its public verdict changes, newest
 * first (the timeline's events). Plain-text titles and summaries; HTML content with every piece
 * of claim text escaped, then escaped again as XML text, as in lib/feed/atom-feed.ts.
 */
export function renderStoryFeed(
  story: FeedStory,
  events: readonly TimelineEvent[],
  rationales: ReadonlyMap<number, string>,
): string {
  const feedUrl = `${siteOrigin}${storyFeedPath(story.slug)}`;
  const host = new URL(siteOrigin).hostname;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    xmlElement('id', {}, feedUrl),
    xmlElement('title', { type: 'text' }, `${desk.name}: ${story.title}`),
    xmlElement(
      'subtitle',
      { type: 'text' },
      story.description || `New claims and verdict changes in the story “${story.title}”.`,
    ),
    xmlElement('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl }),
    xmlElement('link', { rel: 'alternate', type: 'text/html', href: storyUrl(story.slug) }),
    xmlElement('updated', {}, (events[0]?.at ?? NEVER).toISOString()),
    `<author>${xmlElement('name', {}, desk.name)}${xmlElement('uri', {}, desk.url)}</author>`,
    xmlElement('generator', {}, 'Claimtrack'),
    ...events.map((event) => renderEntry(event, host, rationales)),
    '</feed>',
    '',
  ].join('\n');
}

const html = (text: string) => escapeXml(text).replace(/\n/g, '<br>');

function renderEntry(
  event: TimelineEvent,
  host: string,
  rationales: ReadonlyMap<number, string>,
): string {
  const claim = event.claim;
  const url = claimUrl(claim.id);
  const name = claim.title ?? claim.statement;
  const day = event.at.toISOString().slice(0, 10);
  const verdict = event.kind === 'claim' ? claim.verdict : event.verdict;
  const confidence = event.kind === 'claim' ? claim.confidence : event.confidence;
  const rated = `${verdictInfo(verdict).label} (${confidenceLabel(confidence).toLowerCase()})`;
  const id =
    event.kind === 'claim'
      ? `tag:${host},${day}:claim/${claim.id}`
      : `tag:${host},${day}:claim/${claim.id}/revision/${event.revisionId}`;
  const what =
    event.kind === 'claim'
      ? `new claim by ${claim.claimant.name}`
      : event.from && event.from.verdict !== event.verdict
        ? `${verdictInfo(event.from.verdict).label} → ${verdictInfo(event.verdict).label}`
        : `rated ${verdictInfo(event.verdict).label}`;
  const rationale = event.kind === 'verdict' ? (rationales.get(event.revisionId) ?? '') : '';
  const paragraphs = [
    `<p><strong>Claim:</strong> ${html(claim.statement)}</p>`,
    `<p><strong>Claimant:</strong> ${html(claim.claimant.name)}</p>`,
    `<p><strong>Verdict:</strong> ${html(rated)}</p>`,
    ...(rationale ? [`<p><strong>Rationale:</strong> ${html(rationale)}</p>`] : []),
    `<p><a href="${escapeXml(url)}">The claim, its sources and its verdict history</a></p>`,
  ];
  return [
    '<entry>',
    xmlElement('id', {}, id),
    xmlElement('title', { type: 'text' }, `${name}: ${what}`),
    xmlElement('link', { rel: 'alternate', type: 'text/html', href: url }),
    xmlElement('published', {}, event.at.toISOString()),
    xmlElement('updated', {}, event.at.toISOString()),
    xmlElement('category', { term: verdictInfo(verdict).code, label: verdictInfo(verdict).label }),
    xmlElement(
      'summary',
      { type: 'text' },
      `${what}. ${rated}.${rationale ? ` ${rationale}` : ''}`,
    ),
    `<content type="html">${escapeXml(paragraphs.join('\n'))}</content>`,
    '</entry>',
  ].join('\n');
}
