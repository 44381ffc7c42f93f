/**
 * The demo data set: the November 2024 story in ../../../shared/DOMAIN.md (North Korea's treaty
 * with Russia, North Korean troops in Russia, missile exports, occupied Ukraine) broken into
 * claims, sources, citations and dated verdict revisions, written in the desk's own words.
 *
 * Plain constants only: prisma/seed/seed-demo.ts loads them. Sources and claimants are referred to
 * by string keys. Quotes are the desk's paraphrases of each source, attributed in the text; they
 * are not verbatim quotations. No URL is given unless it is a real, stable address; most sources
 * have none. "Wire report (demo)" stands for news-agency copy whose agency is not named here.
 */
import type { ClaimStatus, QuantityQualifier } from '../../lib/domain/claims';
import type { ClaimantKind, SourceKind, Stance } from '../../lib/domain/evidence';
import type { Confidence, Verdict } from '../../lib/domain/verdicts';
import {
  DEMO_STORIES,
  STORY_CLAIMANTS,
  STORY_FIGURE_CLAIMS,
  type DemoStory,
} from './demo-story-data';

export interface DemoClaimant {
  key: string;
  name: string;
  kind: ClaimantKind;
  description: string;
}

export interface DemoPublisher {
  key: string;
  name: string;
  /** Homepage, only when it is a well-known official address. */
  url: string | null;
}

export interface DemoSource {
  key: string;
  title: string;
  /** DemoPublisher key. */
  publisher: string | null;
  kind: SourceKind;
  url: string | null;
  archiveUrl: string | null;
  /** ISO date (UTC). */
  publishedAt: string | null;
}

export interface DemoTag {
  name: string;
  /** Lowercase, hyphenated. */
  slug: string;
}

export interface DemoQuantity {
  qualifier: QuantityQualifier;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
}

export interface DemoCitation {
  /** DemoSource key. */
  source: string;
  stance: Stance;
  /** The desk's paraphrase of the passage, attributed in the text. */
  quote: string;
  locator: string;
}

export interface DemoRevision {
  /** ISO timestamp (UTC); revisions of a claim are in increasing order. */
  at: string;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
}

export interface DemoClaim {
  key: string;
  title: string;
  statement: string;
  /** DemoClaimant key. */
  claimant: string;
  firstAppearedAt: string;
  firstAppearanceUrl: string | null;
  firstAppearanceNote: string;
  context: string;
  place: string | null;
  quantity: DemoQuantity | null;
  /** DemoTag names. */
  tags: string[];
  status: ClaimStatus;
  /** When the desk opened the claim (ISO timestamp, before the first revision). */
  createdAt: string;
  /** Null for drafts. */
  publishedAt: string | null;
  /** Current verdict: always equal to the last revision (see defineClaim). */
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  citations: DemoCitation[];
  /** Oldest first; the first is the first assessment, the last is the current verdict. */
  revisions: DemoRevision[];
}

export interface DemoData {
  claimants: DemoClaimant[];
  publishers: DemoPublisher[];
  sources: DemoSource[];
  tags: DemoTag[];
  claims: DemoClaim[];
  stories: DemoStory[];
}

/** The current verdict of a claim is its last revision, so the two can never disagree. */
function defineClaim(claim: Omit<DemoClaim, 'verdict' | 'confidence' | 'rationale'>): DemoClaim {
  const last = claim.revisions[claim.revisions.length - 1];
  if (!last) throw new Error(`Demo claim ${claim.key} has no verdict revision`);
  return {
    ...claim,
    verdict: last.verdict,
    confidence: last.confidence,
    rationale: last.rationale,
  };
}

const CLAIMANTS: DemoClaimant[] = [
  {
    key: 'news-report',
    name: 'The news report (wire, November 2024)',
    kind: 'outlet',
    description:
      'The news-agency report of 12 November 2024 on North Korea ratifying its treaty with Russia, which gathered several of the claims checked here. The agency is not named in the demo data.',
  },
  {
    key: 'ua-mod',
    name: 'Ministry of Defence of Ukraine',
    kind: 'government',
    description:
      "Ukraine's defence ministry, including statements by the defence minister and by the ministry's military intelligence directorate.",
  },
  {
    key: 'nis',
    name: 'National Intelligence Service (South Korea)',
    kind: 'agency',
    description:
      "South Korea's spy agency. Its assessments usually reach the public through statements to reporters or through lawmakers after closed-door briefings.",
  },
  {
    key: 'g7',
    name: 'G7 foreign ministers with South Korea, Australia and New Zealand',
    kind: 'organisation',
    description:
      'The foreign ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, joined in this statement by South Korea, Australia and New Zealand.',
  },
  {
    key: 'nk-gov',
    name: 'North Korean government (KCNA)',
    kind: 'government',
    description:
      'The government of North Korea (DPRK), speaking through its state news agency KCNA and its diplomats.',
  },
  {
    key: 'kremlin',
    name: 'Russian government (Kremlin)',
    kind: 'government',
    description:
      "Russia's presidency and its spokesman, and Russian officials speaking for the government, such as its envoy to the United Nations.",
  },
];

const PUBLISHERS: DemoPublisher[] = [
  { key: 'kcna', name: 'Korean Central News Agency', url: null },
  { key: 'kremlin', name: 'Kremlin', url: 'https://en.kremlin.ru' },
  { key: 'mfa-ru', name: 'Ministry of Foreign Affairs of the Russian Federation', url: null },
  { key: 'wire', name: 'Wire report (demo)', url: null },
  { key: 'kbs', name: 'KBS (Korean Broadcasting System)', url: null },
  { key: 'president-ua', name: 'Office of the President of Ukraine', url: null },
  { key: 'nis', name: 'National Intelligence Service (South Korea)', url: null },
  { key: 'dod', name: 'U.S. Department of Defense', url: 'https://www.defense.gov' },
  { key: 'white-house', name: 'The White House', url: 'https://www.whitehouse.gov' },
  { key: 'un-poe', name: 'UN Security Council Panel of Experts on North Korea', url: null },
  { key: 'g7', name: 'G7 foreign ministers', url: null },
  { key: 'un', name: 'United Nations', url: 'https://www.un.org' },
  { key: 'nato', name: 'NATO', url: 'https://www.nato.int' },
  { key: 'isw', name: 'Institute for the Study of War', url: null },
];

const SOURCES: DemoSource[] = [
  {
    key: 'kcna-treaty-text',
    title:
      'Text of the Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation',
    publisher: 'kcna',
    kind: 'document',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-06-20',
  },
  {
    key: 'kremlin-pyongyang-talks',
    title: 'Press statements after Russian–North Korean talks in Pyongyang',
    publisher: 'kremlin',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-06-19',
  },
  {
    key: 'kremlin-ratification-law',
    title: 'Federal law ratifying the treaty with the DPRK signed by the President',
    publisher: 'kremlin',
    kind: 'government',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-09',
  },
  {
    key: 'kremlin-brics-press-conference',
    title: "President Putin's news conference at the close of the BRICS summit in Kazan",
    publisher: 'kremlin',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-24',
  },
  {
    key: 'kcna-ratification-decree',
    title: 'Kim Jong Un signs decree ratifying the treaty with Russia',
    publisher: 'kcna',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-12',
  },
  {
    key: 'mfa-instruments-exchange',
    title: 'Russia and the DPRK exchange instruments of ratification in Moscow',
    publisher: 'mfa-ru',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-12-04',
  },
  {
    key: 'kcna-entry-into-force',
    title: 'Treaty on Comprehensive Strategic Partnership enters into force',
    publisher: 'kcna',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-12-05',
  },
  {
    key: 'wire-ratification',
    title: 'North Korea ratifies mutual-defence treaty with Russia',
    publisher: 'wire',
    kind: 'news_report',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-12',
  },
  {
    key: 'wire-peskov-fake',
    title: 'Kremlin dismisses reports of North Korean troops as fake news',
    publisher: 'wire',
    kind: 'news_report',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-10',
  },
  {
    key: 'wire-peskov-contradictory',
    title: "Kremlin calls North Korean troop reports 'contradictory'",
    publisher: 'wire',
    kind: 'news_report',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-21',
  },
  {
    key: 'wire-deserters',
    title: 'Ukrainian media: North Korean soldiers said to have left their posts near the border',
    publisher: 'wire',
    kind: 'news_report',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-15',
  },
  {
    key: 'wire-treaty-analysis',
    title: 'Analysts divided on how far the treaty binds Moscow and Pyongyang',
    publisher: 'wire',
    kind: 'news_report',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-13',
  },
  {
    key: 'kbs-umerov-interview',
    title: "Interview with Ukraine's defence minister on first clashes with North Korean troops",
    publisher: 'kbs',
    kind: 'news_report',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-05',
  },
  {
    key: 'president-ua-capture',
    title: 'Statement on the capture of two North Korean soldiers in the Kursk region',
    publisher: 'president-ua',
    kind: 'social_media',
    url: null,
    archiveUrl: null,
    publishedAt: '2025-01-11',
  },
  {
    key: 'nis-2024-10-18',
    title: 'NIS: North Korea has begun sending special forces to Russia',
    publisher: 'nis',
    kind: 'intelligence_assessment',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-18',
  },
  {
    key: 'nis-2024-11-13',
    title: 'NIS press notice: North Korean troops in Russia have entered combat',
    publisher: 'nis',
    kind: 'intelligence_assessment',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-13',
  },
  {
    key: 'nis-2024-11-20',
    title: 'NIS briefing to the National Assembly intelligence committee (November 2024)',
    publisher: 'nis',
    kind: 'intelligence_assessment',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-20',
  },
  {
    key: 'nis-2024-12-19',
    title: 'NIS briefing: first estimate of North Korean casualties in Kursk',
    publisher: 'nis',
    kind: 'intelligence_assessment',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-12-19',
  },
  {
    key: 'nis-2025-01-12',
    title: 'NIS confirms the capture of two North Korean soldiers',
    publisher: 'nis',
    kind: 'intelligence_assessment',
    url: null,
    archiveUrl: null,
    publishedAt: '2025-01-12',
  },
  {
    key: 'nis-2025-01-13',
    title: 'NIS briefing: updated estimate of North Korean casualties',
    publisher: 'nis',
    kind: 'intelligence_assessment',
    url: null,
    archiveUrl: null,
    publishedAt: '2025-01-13',
  },
  {
    key: 'dod-2024-10-28',
    title: 'Pentagon press briefing: about 10,000 North Korean soldiers sent to eastern Russia',
    publisher: 'dod',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-28',
  },
  {
    key: 'dod-2024-12-16',
    title: 'Pentagon press briefing: North Korean troops have engaged in combat in Kursk',
    publisher: 'dod',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-12-16',
  },
  {
    key: 'white-house-2024-01-04',
    title: 'Press briefing: North Korea provided Russia with ballistic missiles and launchers',
    publisher: 'white-house',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-01-04',
  },
  {
    key: 'un-poe-kharkiv',
    title: 'Sanctions monitors’ report on missile debris recovered in Kharkiv',
    publisher: 'un-poe',
    kind: 'document',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-04-25',
  },
  {
    key: 'g7-joint-statement',
    title: 'Joint statement on military cooperation between North Korea and Russia',
    publisher: 'g7',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-05',
  },
  {
    key: 'un-first-committee-dprk',
    title: 'Right of reply by the DPRK delegation, UN General Assembly First Committee',
    publisher: 'un',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-21',
  },
  {
    key: 'un-security-council-2024-10-30',
    title:
      'Security Council meeting on Ukraine, 30 October 2024: statement by the Russian Federation',
    publisher: 'un',
    kind: 'official_statement',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-10-30',
  },
  {
    key: 'unsc-resolution-1874',
    title: 'Security Council resolution 1874 (2009) on the DPRK',
    publisher: 'un',
    kind: 'document',
    url: null,
    archiveUrl: null,
    publishedAt: '2009-06-12',
  },
  {
    key: 'unga-resolution-es-11-4',
    title: 'General Assembly resolution ES-11/4: territorial integrity of Ukraine',
    publisher: 'un',
    kind: 'document',
    url: null,
    archiveUrl: null,
    publishedAt: '2022-10-12',
  },
  {
    key: 'un-charter',
    title: 'Charter of the United Nations',
    publisher: 'un',
    kind: 'document',
    url: 'https://www.un.org/en/about-us/un-charter/full-text',
    archiveUrl: null,
    publishedAt: '1945-06-26',
  },
  {
    key: 'north-atlantic-treaty',
    title: 'The North Atlantic Treaty',
    publisher: 'nato',
    kind: 'document',
    url: 'https://www.nato.int/cps/en/natohq/official_texts_17120.htm',
    archiveUrl: null,
    publishedAt: '1949-04-04',
  },
  {
    key: 'isw-control-map',
    title: 'Interactive map of Russia’s invasion of Ukraine: assessed control of terrain',
    publisher: 'isw',
    kind: 'document',
    url: null,
    archiveUrl: null,
    publishedAt: '2024-11-12',
  },
];

const TAGS: DemoTag[] = [
  { name: 'North Korea', slug: 'north-korea' },
  { name: 'Russia', slug: 'russia' },
  { name: 'Ukraine war', slug: 'ukraine-war' },
  { name: 'Kursk', slug: 'kursk' },
  { name: 'Treaty', slug: 'treaty' },
  { name: 'Sanctions', slug: 'sanctions' },
  { name: 'Missiles', slug: 'missiles' },
  { name: 'Troop deployment', slug: 'troop-deployment' },
  { name: 'Casualties', slug: 'casualties' },
  { name: 'Occupied territory', slug: 'occupied-territory' },
];

const CLAIMS: DemoClaim[] = [
  defineClaim({
    key: 'nk-ratified-treaty',
    title: "North Korea's leader ratified the partnership treaty with Russia",
    statement:
      "North Korea's leader Kim Jong Un has ratified the Comprehensive Strategic Partnership Treaty with Russia.",
    claimant: 'news-report',
    firstAppearedAt: '2024-11-12',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Wire report summarising North Korean state media, 12 November 2024',
    context:
      'The treaty was signed in Pyongyang in June 2024 during Vladimir Putin’s state visit. North Korean state media said Kim Jong Un signed a ratification decree on 11 November, and that the treaty would take effect once the two sides exchanged instruments of ratification.',
    place: 'Pyongyang',
    quantity: null,
    tags: ['North Korea', 'Russia', 'Treaty'],
    status: 'published',
    createdAt: '2024-11-12T13:10:00Z',
    publishedAt: '2024-11-12T16:00:00Z',
    citations: [
      {
        source: 'kcna-ratification-decree',
        stance: 'supports',
        quote:
          'KCNA reports that Kim Jong Un signed a decree ratifying the treaty, which takes effect on the day the two sides exchange instruments of ratification.',
        locator: 'para. 1',
      },
      {
        source: 'mfa-instruments-exchange',
        stance: 'supports',
        quote:
          'Russia’s Foreign Ministry says the two countries exchanged instruments of ratification in Moscow on 4 December, so the treaty is now in force.',
        locator: 'para. 1–2',
      },
      {
        source: 'kremlin-ratification-law',
        stance: 'context',
        quote:
          'The Kremlin says President Putin signed the federal law ratifying the treaty on 9 November, after both houses of parliament had approved it.',
        locator: 'para. 1',
      },
      {
        source: 'wire-ratification',
        stance: 'context',
        quote:
          'The wire report says Kim ratified the pact by decree, citing North Korean state media, and notes that Russia had already completed its ratification.',
        locator: 'para. 1–3',
      },
    ],
    revisions: [
      {
        at: '2024-11-12T16:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'North Korean state media report that Kim Jong Un signed the ratification decree. That is the government’s own account and no second record exists yet, but nothing contradicts it. The treaty only takes effect once instruments of ratification are exchanged; we will update this check when that happens.',
      },
      {
        at: '2024-12-05T10:30:00Z',
        verdict: 'confirmed',
        confidence: 'high',
        rationale:
          'Russia’s Foreign Ministry says the two countries exchanged instruments of ratification in Moscow on 4 December, which could only happen once North Korea had ratified. The records of two governments now agree with the North Korean report.',
      },
    ],
  }),

  defineClaim({
    key: 'treaty-signed-pyongyang',
    title: 'The treaty was signed in Pyongyang on 19 June 2024',
    statement:
      'The Comprehensive Strategic Partnership Treaty between North Korea and Russia was signed in Pyongyang on 19 June 2024.',
    claimant: 'news-report',
    firstAppearedAt: '2024-11-12',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Background paragraph of the wire report, 12 November 2024',
    context:
      'Vladimir Putin visited Pyongyang on 18–19 June 2024, his first trip to North Korea in 24 years. The two leaders signed the treaty at the end of their talks.',
    place: 'Pyongyang',
    quantity: null,
    tags: ['North Korea', 'Russia', 'Treaty'],
    status: 'published',
    createdAt: '2024-11-13T08:40:00Z',
    publishedAt: '2024-11-13T11:00:00Z',
    citations: [
      {
        source: 'kremlin-pyongyang-talks',
        stance: 'supports',
        quote:
          'The Kremlin’s record of the visit says the two leaders signed the Treaty on Comprehensive Strategic Partnership after their talks in Pyongyang on 19 June.',
        locator: 'introduction',
      },
      {
        source: 'kcna-treaty-text',
        stance: 'supports',
        quote:
          'The treaty text published by KCNA ends by recording that it was signed in Pyongyang on 19 June 2024.',
        locator: 'final clause',
      },
      {
        source: 'wire-ratification',
        stance: 'context',
        quote:
          'The wire report recalls that the pact was signed in June, when Putin visited Pyongyang for a summit with Kim.',
        locator: 'para. 4',
      },
    ],
    revisions: [
      {
        at: '2024-11-13T11:00:00Z',
        verdict: 'confirmed',
        confidence: 'high',
        rationale:
          'Both governments’ published records place the signing in Pyongyang on 19 June 2024, during Vladimir Putin’s state visit, and contemporary coverage of the summit agrees.',
      },
    ],
  }),

  defineClaim({
    key: 'putin-signed-ratification',
    title: "Putin signed Russia's ratification of the treaty on 9 November 2024",
    statement:
      'President Vladimir Putin signed the law ratifying Russia’s treaty with North Korea on 9 November 2024, days before North Korea ratified it.',
    claimant: 'kremlin',
    firstAppearedAt: '2024-11-09',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Kremlin announcement of the signed federal law, 9 November 2024',
    context:
      'Russia’s two houses of parliament approved the treaty in late October and early November. The news report described this as Putin endorsing the treaty the week before Pyongyang ratified it.',
    place: null,
    quantity: null,
    tags: ['Russia', 'North Korea', 'Treaty'],
    status: 'published',
    createdAt: '2024-11-12T14:00:00Z',
    publishedAt: '2024-11-12T17:00:00Z',
    citations: [
      {
        source: 'kremlin-ratification-law',
        stance: 'supports',
        quote:
          'The Kremlin announces that the President has signed the federal law on ratification of the treaty with the DPRK.',
        locator: 'para. 1',
      },
      {
        source: 'wire-ratification',
        stance: 'supports',
        quote:
          'The wire report says Putin had already signed the treaty into law before North Korea’s ratification was announced.',
        locator: 'para. 3',
      },
      {
        source: 'kcna-ratification-decree',
        stance: 'context',
        quote:
          'KCNA dates Kim Jong Un’s ratification decree to 11 November, two days after the Russian law was signed.',
        locator: 'para. 1',
      },
    ],
    revisions: [
      {
        at: '2024-11-12T17:00:00Z',
        verdict: 'confirmed',
        confidence: 'high',
        rationale:
          'The Kremlin published the signed law on 9 November and independent news reports carried it the same day. North Korea’s decree followed on 11 November, so “the week before” is accurate.',
      },
    ],
  }),

  defineClaim({
    key: 'defence-clause-like-nato',
    title: "The treaty's mutual-defence clause is like NATO's Article 5",
    statement:
      'The treaty’s mutual-defence clause commits North Korea and Russia to come to each other’s defence in the same way NATO’s Article 5 binds its members.',
    claimant: 'news-report',
    firstAppearedAt: '2024-11-12',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Comparison made in the wire report, 12 November 2024',
    context:
      'Article 4 of the treaty provides for immediate military and other assistance if either party is put in a state of war by an armed attack, with reference to Article 51 of the UN Charter and each country’s laws. Commentators have compared it with NATO’s collective-defence clause.',
    place: null,
    quantity: null,
    tags: ['Treaty', 'North Korea', 'Russia'],
    status: 'published',
    createdAt: '2024-11-13T09:15:00Z',
    publishedAt: '2024-11-13T12:00:00Z',
    citations: [
      {
        source: 'kcna-treaty-text',
        stance: 'context',
        quote:
          'Article 4, as published by KCNA: if one party is put in a state of war by an armed attack, the other shall immediately give military and other assistance with all means it has, under Article 51 of the UN Charter and both countries’ laws.',
        locator: 'Art. 4',
      },
      {
        source: 'north-atlantic-treaty',
        stance: 'context',
        quote:
          'NATO’s treaty treats an armed attack on one member as an attack on all; each member then assists with such action as it deems necessary, including armed force.',
        locator: 'Art. 5',
      },
      {
        source: 'un-charter',
        stance: 'context',
        quote:
          'The Charter keeps the right of individual or collective self-defence against armed attack until the Security Council has acted.',
        locator: 'Art. 51',
      },
      {
        source: 'kremlin-pyongyang-talks',
        stance: 'supports',
        quote:
          'President Putin told reporters that the agreement provides for mutual assistance if either party is the victim of aggression.',
        locator: 'para. 6',
      },
      {
        // One source, cited once (a source counts on one side only): the report carries both
        // camps of analysts, so it is the context of the dispute rather than evidence either way.
        source: 'wire-treaty-analysis',
        stance: 'context',
        quote:
          'Several analysts quoted by the wire say Article 4 is, if anything, worded more automatically than NATO’s clause. Other analysts in the same report say the bilateral form and the reference to national laws leave both governments wide discretion, unlike an alliance with a standing joint command.',
        locator: 'paras. 4 and 7',
      },
    ],
    revisions: [
      {
        at: '2024-11-13T12:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'We are comparing the treaty text published by North Korean state media with Article 5 of the North Atlantic Treaty before rating this comparison.',
      },
      {
        at: '2024-11-20T15:30:00Z',
        verdict: 'disputed',
        confidence: 'moderate',
        rationale:
          'Both clauses promise help if the other party is attacked, and Article 4 is worded at least as strongly as NATO’s. But the treaty is bilateral, ties assistance to a “state of war” and to national laws, and comes with no joint command or planning. Credible analysts disagree on how close the comparison is, so we rate it Disputed.',
      },
    ],
  }),

  defineClaim({
    key: 'kursk-clashes',
    title: "Ukrainian forces clashed with North Korean units in Russia's Kursk region",
    statement: 'Ukrainian forces have fought North Korean units in Russia’s Kursk region.',
    claimant: 'ua-mod',
    firstAppearedAt: '2024-11-05',
    firstAppearanceUrl: null,
    firstAppearanceNote:
      'Defence minister Rustem Umerov in an interview with South Korean broadcaster KBS, aired 5 November 2024',
    context:
      'Ukraine has held part of Russia’s Kursk region since a cross-border offensive in August 2024. The minister called the first engagements small-scale and said North Korean soldiers were mixed in with Russian units, which made them hard to identify.',
    place: 'Kursk',
    quantity: null,
    tags: ['Ukraine war', 'Kursk', 'North Korea', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-11-05T11:20:00Z',
    publishedAt: '2024-11-05T14:00:00Z',
    citations: [
      {
        source: 'kbs-umerov-interview',
        stance: 'context',
        quote:
          'Ukraine’s defence minister tells KBS that the first, small-scale engagements with North Korean troops have taken place, without giving a date or place.',
        locator: 'interview, first answer',
      },
      {
        source: 'nis-2024-11-13',
        stance: 'supports',
        quote:
          'The NIS assesses that North Korean troops sent to Russia moved to the Kursk region over the previous two weeks, completed their deployment and are already taking part in combat.',
        locator: 'para. 1',
      },
      {
        source: 'dod-2024-12-16',
        stance: 'supports',
        quote:
          'The Pentagon spokesman says the U.S. assesses that North Korean soldiers have fought in Kursk and have indications of casualties, both killed and wounded.',
        locator: 'transcript, p. 3',
      },
      {
        source: 'president-ua-capture',
        stance: 'supports',
        quote:
          'Ukraine’s president says paratroopers and special forces captured two wounded North Korean soldiers in the Kursk region; they are being questioned by the security service.',
        locator: 'post',
      },
      {
        source: 'nis-2025-01-12',
        stance: 'supports',
        quote:
          'The NIS says it confirmed, working with Ukraine’s security service, that Ukrainian troops captured two North Korean soldiers on the Kursk battlefield on 9 January.',
        locator: 'para. 1',
      },
      {
        source: 'un-first-committee-dprk',
        stance: 'contradicts',
        quote:
          'North Korea’s delegation dismisses talk of its military cooperation with Russia as groundless rumours.',
        locator: 'right of reply',
      },
    ],
    revisions: [
      {
        at: '2024-11-05T14:00:00Z',
        verdict: 'unsubstantiated',
        confidence: 'low',
        rationale:
          'So far this rests on the Ukrainian minister’s word alone. He gave no date, place or casualty figures, and no other government has said that North Korean troops are in combat.',
      },
      {
        at: '2024-11-14T09:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'South Korea’s intelligence service now says some North Korean troops have gone into combat in Kursk, and U.S. officials have said the same. Two other governments back Ukraine’s account, though we have not verified any specific engagement.',
      },
      {
        at: '2025-01-13T12:00:00Z',
        verdict: 'likely',
        confidence: 'high',
        rationale:
          'Ukraine captured two wounded North Korean soldiers in Kursk on 9 January and South Korean intelligence confirmed the capture; the Pentagon had already reported North Korean dead and wounded there. There is little doubt the two forces are fighting. We keep Likely rather than Confirmed because the ministry’s account of the first clashes still has no detail we can check.',
      },
    ],
  }),

  defineClaim({
    key: 'troops-far-east',
    title: 'Up to 12,000 North Korean troops are at Russian bases in the Far East',
    statement:
      'Up to 12,000 North Korean troops may already be stationed at Russian military bases in the Far East.',
    claimant: 'nis',
    firstAppearedAt: '2024-10-18',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'NIS statement to reporters, 18 October 2024',
    context:
      'South Korea’s spy agency said North Korea had decided to send around 12,000 troops, including special forces, and that a first group of about 1,500 had been carried to Russia’s Far East on Russian navy ships for training. The news report of 12 November repeated the figure.',
    place: 'Russian Far East',
    quantity: { qualifier: 'up_to', value: null, min: null, max: 12000, unit: 'troops' },
    tags: ['North Korea', 'Russia', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-19T07:30:00Z',
    publishedAt: '2024-10-19T10:00:00Z',
    citations: [
      {
        source: 'nis-2024-10-18',
        stance: 'context',
        quote:
          'The NIS says North Korea has decided to send four brigades, about 12,000 troops, and that some 1,500 special forces have already been shipped to the Vladivostok area.',
        locator: 'para. 1–2',
      },
      {
        source: 'dod-2024-10-28',
        stance: 'supports',
        quote:
          'The Pentagon says it believes North Korea has sent about 10,000 soldiers in total to train in eastern Russia, and that some have since moved closer to Ukraine.',
        locator: 'transcript, p. 1',
      },
      {
        source: 'nis-2024-11-20',
        stance: 'supports',
        quote:
          'Lawmakers briefed by the NIS say nearly 11,000 North Korean troops are now in Russia, most of them moved on to the Kursk region and attached to Russian airborne and marine units.',
        locator: 'briefing summary, para. 1',
      },
      {
        source: 'kremlin-brics-press-conference',
        stance: 'context',
        quote:
          'Asked about satellite images of North Korean soldiers, President Putin neither confirms nor denies a deployment and points to the treaty’s mutual-assistance article.',
        locator: 'transcript, answer on North Korea',
      },
      {
        source: 'un-first-committee-dprk',
        stance: 'contradicts',
        quote:
          'A North Korean delegate calls reports of the deployment groundless rumours meant to smear his country.',
        locator: 'right of reply',
      },
      {
        source: 'wire-peskov-contradictory',
        stance: 'context',
        quote:
          'The Kremlin spokesman calls the information contradictory, pointing out that the Pentagon had not yet confirmed the South Korean report.',
        locator: 'para. 2',
      },
    ],
    revisions: [
      {
        at: '2024-10-19T10:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'South Korea’s intelligence service is the only source so far, and U.S. officials say they cannot yet confirm a deployment. We are looking for corroboration.',
      },
      {
        at: '2024-10-29T09:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'The Pentagon now estimates that about 10,000 North Korean soldiers have gone to eastern Russia for training, close to the South Korean figure. “Up to 12,000” is an upper bound, and the number at Far East bases changes as units move west toward Kursk.',
      },
      {
        at: '2024-11-21T10:00:00Z',
        verdict: 'likely',
        confidence: 'high',
        rationale:
          'South Korean intelligence now tells lawmakers that nearly 11,000 North Korean troops are in Russia, in line with U.S. estimates, so the total fits “up to 12,000”. Note that most have since moved from the Far East to the Kursk region. The ceiling is still an intelligence estimate we cannot check directly, so the rating stays Likely, now with high confidence.',
      },
    ],
  }),

  defineClaim({
    key: 'missile-exports',
    title: 'North Korea has exported ballistic missiles and munitions to Russia',
    statement:
      'North Korea has supplied Russia with ballistic missiles and munitions, which Russia uses in its war against Ukraine.',
    claimant: 'g7',
    firstAppearedAt: '2024-11-05',
    firstAppearanceUrl: null,
    firstAppearanceNote:
      'Joint statement by the G7 foreign ministers with South Korea, Australia and New Zealand, 5 November 2024',
    context:
      'Security Council resolutions bar every state from buying arms from North Korea. The United States said in January 2024 that Russia had fired North Korean missiles at Ukraine, and UN sanctions monitors later examined missile debris recovered in Kharkiv.',
    place: null,
    quantity: null,
    tags: ['North Korea', 'Russia', 'Missiles', 'Sanctions', 'Ukraine war'],
    status: 'published',
    createdAt: '2024-11-06T08:00:00Z',
    publishedAt: '2024-11-06T10:00:00Z',
    citations: [
      {
        source: 'g7-joint-statement',
        stance: 'context',
        quote:
          'The ministers condemn, in the strongest terms, growing military cooperation between North Korea and Russia, including Russia’s unlawful procurement of North Korean ballistic missiles.',
        locator: 'para. 2',
      },
      {
        source: 'un-poe-kharkiv',
        stance: 'supports',
        quote:
          'UN sanctions monitors conclude that debris from a missile that struck Kharkiv on 2 January 2024 comes from a North Korean Hwasong-11 series missile, in breach of the arms embargo.',
        locator: 'summary, p. 1',
      },
      {
        source: 'white-house-2024-01-04',
        stance: 'supports',
        quote:
          'The White House says U.S. intelligence shows North Korea gave Russia ballistic missile launchers and several missiles, at least one of which was fired at Ukraine on 30 December 2023.',
        locator: 'briefing transcript, opening statement',
      },
      {
        source: 'unsc-resolution-1874',
        stance: 'context',
        quote:
          'The resolution extends the ban on procuring arms from North Korea to all arms and related materiel.',
        locator: 'para. 9',
      },
    ],
    revisions: [
      {
        at: '2024-11-06T10:00:00Z',
        verdict: 'likely',
        confidence: 'high',
        rationale:
          'U.S. intelligence disclosures and a UN sanctions monitors’ report both point to North Korean missiles being used against Ukraine. We are reading the monitors’ report itself before rating the claim Confirmed.',
      },
      {
        at: '2024-11-15T14:00:00Z',
        verdict: 'confirmed',
        confidence: 'high',
        rationale:
          'UN sanctions monitors examined missile debris in Kharkiv and identified a North Korean Hwasong-11 series missile, independently of the U.S. intelligence disclosures, which describe deliveries of missiles and launchers. Two independent lines of evidence agree. Shipments of munitions were also reported by the United States and South Korea.',
      },
    ],
  }),

  defineClaim({
    key: 'fifth-of-ukraine',
    title: 'Russia occupies nearly a fifth of Ukraine',
    statement:
      'Russia occupies nearly a fifth of Ukraine’s territory since its full-scale invasion of February 2022.',
    claimant: 'news-report',
    firstAppearedAt: '2024-11-12',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Background paragraph of the wire report, 12 November 2024',
    context:
      'Russia seized Crimea and parts of Donetsk and Luhansk in 2014 and took much more ground after February 2022, though Ukraine recaptured some of it later that year. The figure counts all of the land Russia holds.',
    place: null,
    quantity: {
      qualifier: 'about',
      value: 18,
      min: null,
      max: null,
      unit: 'percent of Ukraine’s territory',
    },
    tags: ['Russia', 'Ukraine war', 'Occupied territory'],
    status: 'published',
    createdAt: '2024-11-14T09:00:00Z',
    publishedAt: '2024-11-14T13:00:00Z',
    citations: [
      {
        source: 'isw-control-map',
        stance: 'supports',
        quote:
          'ISW’s map marks Crimea, nearly all of Luhansk and large parts of Donetsk, Zaporizhzhia and Kherson as Russian-controlled. By the desk’s own measurement, those areas come to roughly 18% of Ukraine.',
        locator: 'map layer “assessed Russian control”',
      },
      {
        source: 'unga-resolution-es-11-4',
        stance: 'context',
        quote:
          'The General Assembly declares Russia’s attempted annexation of the Donetsk, Kherson, Luhansk and Zaporizhzhia regions invalid and demands that Russia withdraw.',
        locator: 'paras. 2–5',
      },
      {
        source: 'wire-ratification',
        stance: 'context',
        quote:
          'The wire report states in its background that Russia occupies nearly a fifth of Ukraine, dating the war to the February 2022 invasion.',
        locator: 'final para.',
      },
    ],
    revisions: [
      {
        at: '2024-11-14T13:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'Open-source front-line maps put Russian-held land at about 18% of Ukraine, so “nearly a fifth” is a fair round figure. Two caveats: roughly 7% (Crimea and parts of Donbas) was already held before February 2022, which “since the full-scale invasion” can obscure, and the line moves every week.',
      },
    ],
  }),

  defineClaim({
    key: 'nk-denies-troops',
    title: 'North Korea has not sent troops to Russia',
    statement:
      'North Korea has not sent troops to Russia; reports of a deployment are groundless rumours.',
    claimant: 'nk-gov',
    firstAppearedAt: '2024-10-21',
    firstAppearanceUrl: null,
    firstAppearanceNote:
      'Right of reply by North Korea’s delegation at the UN General Assembly First Committee, New York',
    context:
      'This was North Korea’s first public response after South Korean intelligence reported the deployment. The delegate said his country saw no need to comment on what he called rumours aimed at smearing it and at its friendly relations with Russia.',
    place: null,
    quantity: null,
    tags: ['North Korea', 'Russia', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-22T08:00:00Z',
    publishedAt: '2024-10-22T11:00:00Z',
    citations: [
      {
        source: 'un-first-committee-dprk',
        stance: 'context',
        quote:
          'The North Korean delegate says there is no need to comment on the so-called military cooperation with Russia, calling the reports groundless rumours.',
        locator: 'right of reply',
      },
      {
        source: 'nis-2024-10-18',
        stance: 'contradicts',
        quote:
          'The NIS says about 1,500 North Korean special forces have already been shipped to Russia’s Far East, with more to follow.',
        locator: 'para. 2',
      },
      {
        source: 'dod-2024-10-28',
        stance: 'contradicts',
        quote:
          'The Pentagon estimates that about 10,000 North Korean soldiers have been sent to eastern Russia.',
        locator: 'transcript, p. 1',
      },
      {
        source: 'president-ua-capture',
        stance: 'contradicts',
        quote:
          'Ukraine’s president says two North Korean soldiers were captured alive in the Kursk region and publishes photographs of them.',
        locator: 'post',
      },
      {
        source: 'nis-2025-01-12',
        stance: 'contradicts',
        quote:
          'The NIS confirms that the two men captured in Kursk are North Korean soldiers; one said he was trained by Russian forces after arriving in Russia in November.',
        locator: 'para. 1–3',
      },
    ],
    revisions: [
      {
        at: '2024-10-22T11:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'We are recording North Korea’s denial next to South Korean intelligence reports that contradict it. Neither side has yet produced evidence we can check.',
      },
      {
        at: '2024-10-29T10:00:00Z',
        verdict: 'false',
        confidence: 'moderate',
        rationale:
          'The United States now says about 10,000 North Korean soldiers have been sent to Russia, in line with South Korea’s intelligence, and NATO says it has confirmed the deployment. The denial is contradicted by several governments’ assessments, though none has published its evidence.',
      },
      {
        at: '2025-01-13T13:00:00Z',
        verdict: 'false',
        confidence: 'high',
        rationale:
          'Ukraine has captured two North Korean soldiers in Russia’s Kursk region and South Korean intelligence has confirmed who they are. The denial is contradicted by strong, independent evidence.',
      },
    ],
  }),

  defineClaim({
    key: 'kremlin-fake-news',
    title: 'Reports of North Korean troops helping Russia are fake news',
    statement:
      'Reports that North Korea is sending troops to help Russia fight its war against Ukraine are fake news.',
    claimant: 'kremlin',
    firstAppearedAt: '2024-10-10',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Kremlin spokesman Dmitry Peskov answering reporters’ questions',
    context:
      'Peskov was responding to South Korea’s defence minister, who had said a deployment was highly likely. Eleven days later he called the reports “contradictory” instead, and on 24 October President Putin declined to deny them.',
    place: null,
    quantity: null,
    tags: ['Russia', 'North Korea', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-11T07:45:00Z',
    publishedAt: '2024-10-11T09:30:00Z',
    citations: [
      {
        source: 'wire-peskov-fake',
        stance: 'context',
        quote:
          'Asked whether North Korea was sending troops to fight in Ukraine, the Kremlin spokesman says it looks like another piece of fake news.',
        locator: 'para. 3',
      },
      {
        source: 'wire-peskov-contradictory',
        stance: 'context',
        quote:
          'Peskov now calls the reports contradictory and says cooperation with Pyongyang is Russia’s sovereign right; he no longer calls them fake.',
        locator: 'para. 2–4',
      },
      {
        source: 'kremlin-brics-press-conference',
        stance: 'context',
        quote:
          'Putin says satellite images “reflect something” and that how Russia applies the treaty’s mutual-assistance article is its own business.',
        locator: 'transcript, answer on North Korea',
      },
      {
        source: 'nis-2024-10-18',
        stance: 'contradicts',
        quote:
          'The NIS reports that North Korean special forces have been moved to Russia on Russian navy ships.',
        locator: 'para. 2',
      },
      {
        source: 'dod-2024-10-28',
        stance: 'contradicts',
        quote:
          'The Pentagon says about 10,000 North Korean soldiers are training in eastern Russia and some have moved toward Ukraine.',
        locator: 'transcript, p. 1',
      },
      {
        source: 'dod-2024-12-16',
        stance: 'contradicts',
        quote:
          'The Pentagon says North Korean soldiers have engaged in combat in Kursk and have suffered casualties, both killed and wounded.',
        locator: 'transcript, p. 3',
      },
    ],
    revisions: [
      {
        at: '2024-10-11T09:30:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'South Korea’s defence minister says a deployment is likely and the Kremlin calls that fake. Neither has published evidence; we are following the story.',
      },
      {
        at: '2024-10-19T12:00:00Z',
        verdict: 'disputed',
        confidence: 'low',
        rationale:
          'South Korea’s intelligence service now reports that North Korean special forces have been shipped to Russia, while the Kremlin maintains its denial. Credible sources conflict and the United States has not yet confirmed the report.',
      },
      {
        at: '2024-10-29T10:30:00Z',
        verdict: 'false',
        confidence: 'moderate',
        rationale:
          'The Pentagon now says about 10,000 North Korean soldiers have gone to Russia, matching South Korea’s assessment, and the Kremlin itself has stopped calling the reports fake. We rate the claim False.',
      },
      {
        at: '2024-12-18T09:00:00Z',
        verdict: 'false',
        confidence: 'high',
        rationale:
          'The Pentagon now reports North Korean soldiers killed and wounded in combat in Kursk. The troops are not only in Russia but fighting for it.',
      },
    ],
  }),

  defineClaim({
    key: 'cooperation-lawful',
    title: "Russia's military cooperation with North Korea is within international law",
    statement:
      'Russia’s military cooperation with North Korea complies with international law and breaks none of Russia’s obligations.',
    claimant: 'kremlin',
    firstAppearedAt: '2024-10-30',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'Russia’s ambassador to the UN, speaking at the Security Council',
    context:
      'Russia, a permanent member of the Security Council, voted for the 2006 and 2009 resolutions that bar states from buying arms from North Korea. In March 2024 it vetoed the renewal of the expert panel that monitored those sanctions.',
    place: null,
    quantity: null,
    tags: ['Russia', 'North Korea', 'Sanctions', 'Missiles'],
    status: 'published',
    createdAt: '2024-10-31T15:00:00Z',
    publishedAt: '2024-11-01T10:00:00Z',
    citations: [
      {
        source: 'un-security-council-2024-10-30',
        stance: 'context',
        quote:
          'Russia’s envoy tells the Council that Moscow’s military and other cooperation with Pyongyang is in line with international law, and calls the troop reports mere assertions.',
        locator: 'statement by the Russian Federation',
      },
      {
        source: 'unsc-resolution-1874',
        stance: 'contradicts',
        quote:
          'The Security Council requires all states to prohibit procuring arms and related materiel from North Korea.',
        locator: 'para. 9',
      },
      {
        source: 'un-poe-kharkiv',
        stance: 'contradicts',
        quote:
          'UN monitors trace missile debris in Kharkiv to North Korea and say that, if Russian forces launched it, its procurement broke the arms embargo.',
        locator: 'summary, p. 1',
      },
      {
        source: 'white-house-2024-01-04',
        stance: 'contradicts',
        quote:
          'The White House says Russia has fired ballistic missiles supplied by North Korea at Ukraine.',
        locator: 'briefing transcript, opening statement',
      },
      {
        source: 'kcna-treaty-text',
        stance: 'context',
        quote:
          'The treaty presents mutual military assistance as collective self-defence under Article 51 of the UN Charter.',
        locator: 'Art. 4',
      },
    ],
    revisions: [
      {
        at: '2024-11-01T10:00:00Z',
        verdict: 'misleading',
        confidence: 'moderate',
        rationale:
          'Some of this cooperation, such as signing a defence treaty, is not barred by international law. But buying North Korean missiles breaks Security Council resolutions that Russia itself voted for, and UN monitors traced a missile that hit Kharkiv to North Korea. Calling all of the cooperation lawful gives a false impression.',
      },
    ],
  }),

  defineClaim({
    key: 'eighteen-deserters',
    title: 'Eighteen North Korean soldiers deserted near the Ukrainian border',
    statement:
      'Eighteen North Korean soldiers deserted their positions near Russia’s border with Ukraine, and Russian forces are searching for them.',
    claimant: 'ua-mod',
    firstAppearedAt: '2024-10-15',
    firstAppearanceUrl: null,
    firstAppearanceNote:
      'Ukrainian media reports citing an unnamed source in the ministry’s military intelligence',
    context:
      'The reports said the soldiers left their posts about seven kilometres from the border, where Russia’s Bryansk and Kursk regions meet. No official statement, names or images were published.',
    place: 'Kursk',
    quantity: { qualifier: 'exactly', value: 18, min: null, max: null, unit: 'soldiers' },
    tags: ['North Korea', 'Kursk', 'Troop deployment'],
    status: 'published',
    createdAt: '2024-10-16T08:30:00Z',
    publishedAt: '2024-10-16T12:00:00Z',
    citations: [
      {
        source: 'wire-deserters',
        stance: 'context',
        quote:
          'The wire relays Ukrainian media reports, based on a single military intelligence source, that 18 North Korean soldiers fled their positions and that Russian commanders are hiding it from their superiors.',
        locator: 'para. 1–2',
      },
      {
        source: 'nis-2024-10-18',
        stance: 'context',
        quote:
          'South Korea’s intelligence service describes special forces arriving in Russia’s Far East, and says nothing about North Korean troops at the Ukrainian border or any desertions.',
        locator: 'para. 2–3',
      },
      {
        source: 'wire-peskov-contradictory',
        stance: 'context',
        quote:
          'The Kremlin spokesman refers all questions about the conduct of the war to Russia’s defence ministry.',
        locator: 'para. 5',
      },
    ],
    revisions: [
      {
        at: '2024-10-16T12:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'A single anonymous source quoted by Ukrainian media. We have asked Ukraine’s defence ministry to confirm it on the record.',
      },
      {
        at: '2024-11-20T11:00:00Z',
        verdict: 'unsubstantiated',
        confidence: 'low',
        rationale:
          'A month on, the claim still rests on one anonymous intelligence source. No government, Ukraine’s included, has confirmed it on the record, and no names, images or locations have been published. We found no evidence that supports it.',
      },
    ],
  }),

  defineClaim({
    key: 'nk-casualties',
    title: 'At least 100 North Korean soldiers have been killed in Kursk',
    statement:
      'At least 100 North Korean soldiers have been killed and nearly 1,000 wounded fighting for Russia in the Kursk region.',
    claimant: 'nis',
    firstAppearedAt: '2024-12-19',
    firstAppearanceUrl: null,
    firstAppearanceNote:
      'Lawmaker’s account of a closed-door NIS briefing to the National Assembly intelligence committee',
    context:
      'The NIS put the high losses down to inexperience with drone warfare and open terrain. Its estimates reach the public second-hand, through the lawmakers who attend its briefings.',
    place: 'Kursk',
    quantity: { qualifier: 'at_least', value: null, min: 100, max: null, unit: 'soldiers killed' },
    tags: ['North Korea', 'Kursk', 'Casualties', 'Ukraine war'],
    status: 'draft',
    createdAt: '2024-12-20T08:00:00Z',
    publishedAt: null,
    citations: [
      {
        source: 'nis-2024-12-19',
        stance: 'context',
        quote:
          'A lawmaker briefed by the NIS says at least 100 North Korean soldiers have died and close to 1,000 have been wounded.',
        locator: 'briefing summary, para. 1',
      },
      {
        source: 'dod-2024-12-16',
        stance: 'supports',
        quote:
          'The Pentagon says it has indications that North Korean troops in Kursk have suffered casualties, both killed and wounded, but gives no figures.',
        locator: 'transcript, p. 3',
      },
      {
        source: 'nis-2025-01-13',
        stance: 'supports',
        quote:
          'The NIS raises its estimate to about 300 North Korean soldiers killed and 2,700 wounded.',
        locator: 'briefing summary, para. 1',
      },
    ],
    revisions: [
      {
        at: '2024-12-20T09:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale: 'Draft: recording the NIS figure while we wait for a second estimate.',
      },
      {
        at: '2025-01-14T10:00:00Z',
        verdict: 'likely',
        confidence: 'low',
        rationale:
          'Draft: the Pentagon has confirmed North Korean dead and wounded, and the NIS has since tripled its own estimate, so “at least 100 killed” looks safe. Intelligence casualty counts cannot be checked directly; confidence stays low until we have read the January briefing in full.',
      },
    ],
  }),

  defineClaim({
    key: 'treaty-in-force',
    title: 'The treaty entered into force on 4 December 2024',
    statement:
      'The North Korea–Russia partnership treaty entered into force on 4 December 2024, when the two sides exchanged instruments of ratification in Moscow.',
    claimant: 'nk-gov',
    firstAppearedAt: '2024-12-05',
    firstAppearanceUrl: null,
    firstAppearanceNote: 'KCNA report, 5 December 2024',
    context:
      'Both countries had ratified the treaty in November. Under its final article it takes effect on the day instruments of ratification are exchanged.',
    place: null,
    quantity: null,
    tags: ['Treaty', 'North Korea', 'Russia'],
    status: 'draft',
    createdAt: '2024-12-05T12:00:00Z',
    publishedAt: null,
    citations: [
      {
        source: 'kcna-entry-into-force',
        stance: 'context',
        quote:
          'KCNA says the treaty came into force with the exchange of instruments of ratification in Moscow and hails it as a driving force for a multipolar world.',
        locator: 'para. 1–2',
      },
      {
        source: 'mfa-instruments-exchange',
        stance: 'supports',
        quote:
          'Russia’s Foreign Ministry reports the exchange of instruments of ratification in Moscow on 4 December and says the treaty has entered into force.',
        locator: 'para. 1',
      },
      {
        source: 'kcna-ratification-decree',
        stance: 'context',
        quote:
          'KCNA’s report on the ratification decree says the treaty takes effect on the day the two sides exchange instruments of ratification.',
        locator: 'para. 2',
      },
    ],
    revisions: [
      {
        at: '2024-12-05T15:00:00Z',
        verdict: 'unverified',
        confidence: 'low',
        rationale:
          'Draft: checking the treaty’s entry-into-force article against both governments’ reports.',
      },
      {
        at: '2024-12-06T10:00:00Z',
        verdict: 'likely',
        confidence: 'moderate',
        rationale:
          'Draft: KCNA and Russia’s Foreign Ministry give the same date. Before publishing we want a third, non-governmental record of the ceremony.',
      },
    ],
  }),
];

export const DEMO_DATA: DemoData = {
  claimants: [...CLAIMANTS, ...STORY_CLAIMANTS],
  publishers: PUBLISHERS,
  sources: SOURCES,
  tags: TAGS,
  claims: [...CLAIMS, ...STORY_FIGURE_CLAIMS.map(defineClaim)],
  stories: DEMO_STORIES,
};
