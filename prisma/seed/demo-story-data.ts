/**
 * The demo's story (issue 14): "North Korean troops in Russia", its claims, and more figures
 * from different claimants and dates, each with a structured quantity in troops, so a new
 * reader meets a story page with a timeline (and the figures chart) on first start. Written in
 * the desk's own words; no links are invented (firstAppearanceUrl null, a note instead), and
 * every source cited is one of the demo's own.
 */
import type { DemoClaim, DemoClaimant } from './demo-data';

export interface DemoStory {
  slug: string;
  title: string;
  description: string;
  /** DemoTag names. */
  tags: string[];
  status: 'draft' | 'published';
  /** ISO timestamp (UTC); null for a draft. */
  publishedAt: string | null;
  /** DemoClaim keys, in the desk's order. */
  claims: string[];
}

export const STORY_CLAIMANTS: DemoClaimant[] = [
  {
    key: 'us-dod',
    name: 'U.S. Department of Defense',
    kind: 'government',
    description:
      'The Pentagon, speaking through its press secretary and spokespeople at press briefings.',
  },
];

type StoryClaim = Omit<DemoClaim, 'verdict' | 'confidence' | 'rationale'>;

/** More troop figures: the story's claims that the desk wrote for the figures over time. */
export const STORY_FIGURE_CLAIMS: StoryClaim[] = [
  {
    key: 'troops-about-3000',
    title: 'About 3,000 North Korean troops have already gone to Russia',
    statement: 'About 3,000 North Korean troops have already been sent to Russia.',
    claimant: 'nis',
    firstAppearedAt: '2024-10-23',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'NIS briefing to lawmakers, 23 October 2024 (reported, no link kept)',
    context:
      'Days after its first statement, South Korea’s intelligence service told lawmakers that a second group had followed the first, bringing the total sent so far to about 3,000.',
    place: 'Russian Far East',
    quantity: { qualifier: 'about', value: 3000, min: null, max: null, unit: 'troops' },
    tags: ['North Korea', 'Russia', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-23T12:00:00Z',
    publishedAt: '2024-10-24T09:00:00Z',
    citations: [
      {
        source: 'nis-2024-10-18',
        stance: 'context',
        quote:
          'The NIS says a first group of about 1,500 special forces has been shipped to the Vladivostok area.',
        locator: 'para. 2',
      },
      {
        source: 'dod-2024-10-28',
        stance: 'supports',
        quote:
          'The Pentagon says North Korea has sent about 10,000 soldiers to eastern Russia in total, well above the early counts.',
        locator: 'transcript, p. 1',
      },
    ],
    revisions: [
      {
        at: '2024-10-24T09:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'One intelligence service’s figure, passed on by lawmakers. We are looking for a second estimate.',
      },
      {
        at: '2024-10-29T10:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'The Pentagon’s later estimate of about 10,000 is well above 3,000, so the figure was, if anything, low for late October. Likely, as a count at the time it was given.',
      },
    ],
  },
  {
    key: 'troops-up-to-10000',
    title: 'Up to 10,000 North Korean troops could be in Russia by December',
    statement:
      'North Korea could have up to 10,000 troops in Russia by December, ready to be sent to the front.',
    claimant: 'ua-mod',
    firstAppearedAt: '2024-10-25',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Ukrainian military intelligence, quoted in the press, 25 October 2024',
    context:
      'Ukraine’s military intelligence gave its own forecast of how many North Korean soldiers would reach Russia before the end of the year.',
    place: 'Russia',
    quantity: { qualifier: 'up_to', value: null, min: null, max: 10000, unit: 'troops' },
    tags: ['North Korea', 'Russia', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-25T15:00:00Z',
    publishedAt: '2024-10-26T08:00:00Z',
    citations: [
      {
        source: 'dod-2024-10-28',
        stance: 'supports',
        quote:
          'The Pentagon says it believes about 10,000 North Korean soldiers have gone to eastern Russia to train.',
        locator: 'transcript, p. 1',
      },
      {
        source: 'nis-2024-11-20',
        stance: 'supports',
        quote:
          'Lawmakers briefed by the NIS say nearly 11,000 North Korean troops are in Russia by late November.',
        locator: 'briefing summary, para. 1',
      },
    ],
    revisions: [
      {
        at: '2024-10-26T08:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale: 'A forecast, not a count; we will rate it when other estimates come in.',
      },
      {
        at: '2024-11-21T12:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'By late November two other governments put the number at about 10,000 to 11,000, so “up to 10,000 by December” was, if anything, cautious. Likely rather than Confirmed: every figure is an intelligence estimate.',
      },
    ],
  },
  {
    key: 'troops-nearly-11000-kursk',
    title: 'Nearly 11,000 North Korean troops are in Russia, most of them in Kursk',
    statement:
      'Nearly 11,000 North Korean troops are now in Russia, and most of them have moved to the Kursk region.',
    claimant: 'nis',
    firstAppearedAt: '2024-11-20',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'NIS briefing to the National Assembly intelligence committee',
    context:
      'South Korea’s intelligence service updated its count after the troops left the Far East for the front.',
    place: 'Kursk region, Russia',
    quantity: { qualifier: 'about', value: 11000, min: null, max: null, unit: 'troops' },
    tags: ['North Korea', 'Russia', 'Kursk', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-11-20T14:00:00Z',
    publishedAt: '2024-11-21T09:00:00Z',
    citations: [
      {
        source: 'nis-2024-11-20',
        stance: 'context',
        quote:
          'Lawmakers briefed by the NIS say nearly 11,000 North Korean troops are in Russia, most of them now in Kursk.',
        locator: 'briefing summary, para. 1',
      },
      {
        source: 'dod-2024-12-16',
        stance: 'supports',
        quote:
          'The Pentagon says North Korean troops are fighting in Kursk and have taken casualties.',
        locator: 'transcript, opening statement',
      },
    ],
    revisions: [
      {
        at: '2024-11-21T09:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'A new count from one intelligence service; we are checking it against U.S. figures.',
      },
      {
        at: '2024-12-17T10:00:00Z',
        verdict: 'likely',
        confidence: 'high',
        rationale:
          'The Pentagon now says North Korean units are in combat in Kursk, consistent with most of nearly 11,000 troops having moved there.',
      },
    ],
  },
  {
    key: 'troops-about-10000-pentagon',
    title: 'About 10,000 North Korean soldiers are training in eastern Russia',
    statement:
      'North Korea has sent about 10,000 soldiers to train in eastern Russia, and some have moved closer to Ukraine.',
    claimant: 'us-dod',
    firstAppearedAt: '2024-10-28',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Pentagon press briefing, 28 October 2024',
    context:
      'A week after saying it could not yet confirm a deployment, the Pentagon gave its own estimate of the force.',
    place: 'Eastern Russia',
    quantity: { qualifier: 'about', value: 10000, min: null, max: null, unit: 'troops' },
    tags: ['North Korea', 'Russia', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-28T20:00:00Z',
    publishedAt: '2024-10-29T09:00:00Z',
    citations: [
      {
        source: 'dod-2024-10-28',
        stance: 'context',
        quote:
          'The Pentagon says it believes North Korea has sent about 10,000 soldiers in total to train in eastern Russia.',
        locator: 'transcript, p. 1',
      },
      {
        source: 'nis-2024-11-20',
        stance: 'supports',
        quote: 'Lawmakers briefed by the NIS say nearly 11,000 North Korean troops are in Russia.',
        locator: 'briefing summary, para. 1',
      },
    ],
    revisions: [
      {
        at: '2024-10-29T09:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale: 'One government’s estimate; we are comparing it with South Korea’s.',
      },
      {
        at: '2024-11-21T10:00:00Z',
        verdict: 'likely',
        confidence: 'high',
        rationale:
          'South Korea’s intelligence service now counts nearly 11,000 troops in Russia, in line with the Pentagon’s estimate of about 10,000 a month earlier.',
      },
    ],
  },
];

export const DEMO_STORIES: DemoStory[] = [
  {
    slug: 'north-korean-troops-in-russia',
    title: 'North Korean troops in Russia',
    description:
      'From the first reports in October 2024 to the fighting in Kursk: how many North Korean troops went to Russia, who said so and when, and what we found — figure by figure.',
    tags: ['North Korea', 'Russia', 'Troop deployment'],
    status: 'published',
    publishedAt: '2024-12-20T12:00:00Z',
    claims: [
      'troops-far-east',
      'troops-about-3000',
      'troops-up-to-10000',
      'troops-nearly-11000-kursk',
      'troops-about-10000-pentagon',
      'kursk-clashes',
      'nk-denies-troops',
      'kremlin-fake-news',
      'nk-casualties',
    ],
  },
];
