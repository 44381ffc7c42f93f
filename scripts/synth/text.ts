/**
 * English-like text for the synthetic data set: claim statements and titles from templates, with
 * an optional structured quantity that the statement spells out ("up to 12,000 troops"), contexts,
 * citation quotes, source titles and verdict rationales. Slots are filled from the Zipf-ordered
 * vocabularies, so full-text search sees common and rare words in a realistic spread.
 */
import { STATEMENT_MAX, TITLE_MAX } from '../../lib/domain/claims';
import { Rng, Zipf } from './prng';
import * as V from './vocabulary';

export interface QuantityFields {
  qualifier: 'exactly' | 'about' | 'up_to' | 'at_least' | 'between';
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
}

export interface ClaimText {
  statement: string;
  title: string;
  place: string | null;
  quantity: QuantityFields | null;
  /** Tag names (from V.TAGS) that fit the template. */
  topicTags: string[];
}

const numberFormat = new Intl.NumberFormat('en-GB');

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cuts at a word boundary so the text fits `max` characters. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '');
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The tag a country or place has, if any ("the Black Sea" -> "Black Sea"). */
function tagFor(name: string): string | null {
  const bare = name.replace(/^the /, '');
  const alias: Record<string, string> = { 'United States': 'United States', Donetsk: 'Donbas' };
  const tag = alias[bare] ?? bare;
  return (V.TAGS as readonly string[]).includes(tag) ? tag : null;
}

interface QuantitySpec {
  unit: string;
  /** Magnitude range and rounding step of a "nice" reported figure. */
  min: number;
  max: number;
  step: number;
  percent?: boolean;
}

/** `q`: the phrase with its unit ("up to 12,000 troops"); `n`: without it ("up to 12,000"). */
type QuantityTemplate = (w: Words, q: string, n: string) => Omit<ClaimText, 'quantity'>;
type PlainTemplate = (w: Words) => Omit<ClaimText, 'quantity'>;

export class Words {
  private readonly countries = new Zipf(V.COUNTRIES, 1.05);
  private readonly places = new Zipf(V.PLACES, 1.0);
  private readonly treaties = new Zipf(V.TREATY_KINDS, 0.9);
  private readonly bodies = new Zipf(V.BODIES, 0.9);
  private readonly sectors = new Zipf(V.SECTORS, 0.9);
  private readonly missiles = new Zipf(V.MISSILES, 0.9);
  private readonly munitions = new Zipf(V.MUNITIONS, 0.9);
  private readonly seas = new Zipf(V.SEAS, 1.0);
  private readonly elections = new Zipf(V.ELECTIONS, 1.0);
  private readonly measures = new Zipf(V.ECONOMY_MEASURES, 0.8);
  private readonly forces = new Zipf(V.UNITS_OF_FORCE, 0.8);
  private readonly said = new Zipf(V.VERBS_SAID, 1.0);
  private readonly media = new Zipf(V.MEDIA, 0.8);
  private readonly platforms = new Zipf(V.PLATFORMS, 1.0);
  private readonly evidenceNouns = new Zipf(V.EVIDENCE_NOUNS, 0.8);
  private readonly templates = new Zipf(PLAIN_TEMPLATES, 0.7);
  private readonly quantityTemplates = new Zipf(QUANTITY_TEMPLATES, 0.6);

  constructor(
    readonly rng: Rng,
    /** Years the text may mention, oldest first. */
    readonly years: readonly number[],
  ) {}

  country(): V.Country {
    return this.countries.sample(this.rng);
  }
  /** A country other than `other`. */
  otherCountry(other: V.Country): V.Country {
    for (let i = 0; i < 8; i++) {
      const c = this.country();
      if (c !== other) return c;
    }
    return other === V.COUNTRIES[0] ? V.COUNTRIES[1]! : V.COUNTRIES[0]!;
  }
  place(): string {
    return this.places.sample(this.rng);
  }
  otherPlace(other: string): string {
    for (let i = 0; i < 8; i++) {
      const p = this.place();
      if (p !== other) return p;
    }
    return other === 'Kursk' ? 'Kharkiv' : 'Kursk';
  }
  treaty(): string {
    return this.treaties.sample(this.rng);
  }
  body(): string {
    return this.bodies.sample(this.rng);
  }
  sector(): string {
    return this.sectors.sample(this.rng);
  }
  missile(): string {
    return this.missiles.sample(this.rng);
  }
  munition(): string {
    return this.munitions.sample(this.rng);
  }
  sea(): string {
    return this.seas.sample(this.rng);
  }
  election(): string {
    return this.elections.sample(this.rng);
  }
  measure(): string {
    return this.measures.sample(this.rng);
  }
  force(): string {
    return this.forces.sample(this.rng);
  }
  saidVerb(): string {
    return this.said.sample(this.rng);
  }
  medium(): string {
    return this.media.sample(this.rng);
  }
  platform(): string {
    return this.platforms.sample(this.rng);
  }
  evidence(): string {
    return this.evidenceNouns.sample(this.rng);
  }
  month(): string {
    return this.rng.pick(V.MONTHS);
  }
  year(): number {
    // Recent years are mentioned most.
    const i = this.years.length - 1 - Math.floor(Math.pow(this.rng.float(), 2) * this.years.length);
    return this.years[Math.max(0, i)]!;
  }
  day(): number {
    return this.rng.int(1, 28);
  }
  person(): string {
    return `${this.rng.pick(V.FIRST_NAMES)} ${this.rng.pick(V.LAST_NAMES)}`;
  }
  handle(): string {
    return `${slugify(this.rng.pick(V.LAST_NAMES))}_${this.rng.pick(['news', 'osint', 'watch', 'front', 'intel', 'daily'])}${this.rng.int(1, 999)}`;
  }

  /** A claim: 30% of them carry a structured quantity (by default). */
  claim(quantityShare = 0.3): ClaimText {
    if (this.rng.chance(quantityShare)) {
      const [template, spec] = this.quantityTemplates.sample(this.rng);
      const quantity = this.quantity(spec);
      const n = formatQuantityPhrase(quantity);
      const text = template(this, `${n} ${spec.unit}`, n);
      return {
        ...text,
        quantity,
        statement: fit(text.statement, STATEMENT_MAX),
        title: fit(text.title, TITLE_MAX),
      };
    }
    const text = this.templates.sample(this.rng)(this);
    return {
      ...text,
      quantity: null,
      statement: fit(text.statement, STATEMENT_MAX),
      title: fit(text.title, TITLE_MAX),
    };
  }

  private nice(spec: QuantitySpec): number {
    // Log-uniform magnitude, rounded to the spec's step: reported figures are round numbers.
    const v = Math.exp(
      Math.log(spec.min) + this.rng.float() * (Math.log(spec.max) - Math.log(spec.min)),
    );
    return Math.max(spec.step, Math.round(v / spec.step) * spec.step);
  }

  private quantity(spec: QuantitySpec): QuantityFields {
    const qualifier = this.rng.weighted([
      ['up_to', 30],
      ['about', 25],
      ['at_least', 20],
      ['exactly', 10],
      ['between', 15],
    ] as const);
    const v = this.nice(spec);
    switch (qualifier) {
      case 'up_to':
        return { qualifier, value: null, min: null, max: v, unit: spec.unit };
      case 'at_least':
        return { qualifier, value: null, min: v, max: null, unit: spec.unit };
      case 'between': {
        const hi = Math.round((v * (1.2 + this.rng.float())) / spec.step) * spec.step;
        const max = spec.percent ? Math.min(hi, 100) : hi;
        return {
          qualifier,
          value: null,
          min: v,
          max: Math.max(max, v + spec.step),
          unit: spec.unit,
        };
      }
      default:
        return { qualifier, value: v, min: null, max: null, unit: spec.unit };
    }
  }

  context(): string {
    const first = this.rng.pick(CONTEXTS)(this);
    return this.rng.chance(0.4) ? `${first} ${this.rng.pick(CONTEXTS)(this)}` : first;
  }

  quote(): string {
    return this.rng.pick(QUOTES)(this);
  }

  locator(): string {
    return this.rng.weighted<() => string>([
      [() => `para. ${this.rng.int(1, 30)}`, 30],
      [() => `p. ${this.rng.int(1, 120)}`, 20],
      [
        () =>
          `at 00:${String(this.rng.int(0, 59)).padStart(2, '0')}:${String(this.rng.int(0, 59)).padStart(2, '0')}`,
        15,
      ],
      [() => `section ${this.rng.int(1, 9)}.${this.rng.int(1, 9)}`, 10],
      [() => `slide ${this.rng.int(1, 40)}`, 5],
      [() => '', 20],
    ])();
  }

  rationale(verdict: string): string {
    const templates = V.RATIONALE_BY_VERDICT[verdict] ?? V.RATIONALE_BY_VERDICT.unverified!;
    return capitalise(this.rng.pick(templates).replace('{evidence}', this.evidence()));
  }

  sourceTitle(kind: string, date: Date): string {
    const c = this.country();
    const day = `${date.getUTCDate()} ${V.MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    const topic = this.topic();
    switch (kind) {
      case 'official_statement':
        return this.rng.pick([
          `Statement by the ${c.adjective} Ministry of Foreign Affairs on ${topic}`,
          `${capitalise(this.body())} statement on ${topic}`,
          `Joint statement on ${topic}`,
          `Press release: ${topic}`,
        ]);
      case 'government':
        return this.rng.pick([
          `${c.adjective} Ministry of Defence briefing, ${day}`,
          `Decree on ${topic}`,
          `${c.adjective} budget law for ${date.getUTCFullYear()}`,
          `Parliamentary record: ratification of the ${this.treaty()}`,
        ]);
      case 'intelligence_assessment':
        return this.rng.pick([
          `${c.adjective} intelligence assessment: ${topic}`,
          `Defence intelligence update on ${this.place()}, ${day}`,
          `Intelligence briefing to lawmakers on ${topic}`,
        ]);
      case 'social_media':
        return this.rng.pick([
          `Post by @${this.handle()} on ${this.platform()}`,
          `${this.platform()} video said to show ${this.place()}`,
          `${this.platform()} channel post about ${topic}`,
        ]);
      case 'document':
        return this.rng.pick([
          `Dataset: ${this.measure()} in ${c.name}, ${date.getUTCFullYear()}`,
          `Customs records: ${this.sector()} trade with ${c.name}`,
          `Shipping records for ${this.place()}, ${V.MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
          `Text of the ${this.treaty()}`,
        ]);
      case 'news_report':
        return capitalise(
          this.rng.pick([
            `${c.adjective} troops spotted near ${this.place()}`,
            `${c.name} and ${this.otherCountry(c).name} deepen military ties`,
            `Sanctions squeeze ${c.name}'s ${this.sector()} sector`,
            `${capitalise(this.munition())} from ${c.name} reach the front`,
            `What we know about ${topic}`,
            `${c.name} votes in ${this.election()} election`,
            `${capitalise(this.measure())} in ${c.name} hits new high`,
            `Fighting intensifies around ${this.place()}`,
          ]),
        );
      default:
        return this.rng.pick([
          `Interview with ${this.person()} on ${topic}`,
          `Conference remarks on ${topic}`,
          `Think-tank report on ${topic}`,
        ]);
    }
  }

  private topic(): string {
    const c = this.country();
    return this.rng.pick([
      `${c.adjective} troops in ${this.place()}`,
      `the ${this.treaty()}`,
      `sanctions on the ${this.sector()} sector`,
      `${this.missile()} missile launches`,
      `the ${this.election()} election in ${c.name}`,
      `${this.measure()} in ${c.name}`,
      `${this.munition()} supplies`,
    ]);
  }
}

function formatQuantityPhrase(q: QuantityFields): string {
  const n = (x: number | null) => numberFormat.format(x ?? 0);
  switch (q.qualifier) {
    case 'up_to':
      return `up to ${n(q.max)}`;
    case 'at_least':
      return `at least ${n(q.min)}`;
    case 'between':
      return `between ${n(q.min)} and ${n(q.max)}`;
    case 'about':
      return `about ${n(q.value)}`;
    default:
      return n(q.value);
  }
}

/** "a" or "an" before a phrase, by its sound: an official, a US, a European, an air-launched. */
export function an(phrase: string): string {
  const lower = phrase.toLowerCase();
  const vowel = /^[aeiou]/.test(lower) && !/^(us\b|uni|ukr|eu|one\b)/.test(lower);
  return `${vowel ? 'an' : 'a'} ${phrase}`;
}

const SPEC = {
  troops: { unit: 'troops', min: 300, max: 60_000, step: 100 },
  soldiers: { unit: 'soldiers', min: 50, max: 20_000, step: 50 },
  missiles: { unit: 'missiles', min: 5, max: 400, step: 5 },
  drones: { unit: 'drones', min: 10, max: 800, step: 10 },
  shells: { unit: 'artillery shells', min: 10_000, max: 5_000_000, step: 10_000 },
  civilians: { unit: 'civilians', min: 3, max: 500, step: 1 },
  people: { unit: 'people', min: 1_000, max: 2_000_000, step: 1_000 },
  percent: { unit: 'percent', min: 1, max: 85, step: 1, percent: true },
  billions: { unit: 'billion dollars', min: 1, max: 400, step: 1 },
  barrels: { unit: 'barrels a day', min: 100_000, max: 5_000_000, step: 50_000 },
  tonnes: { unit: 'tonnes', min: 10_000, max: 8_000_000, step: 10_000 },
} satisfies Record<string, QuantitySpec>;

const QUANTITY_TEMPLATES: readonly (readonly [QuantityTemplate, QuantitySpec])[] = [
  [
    (w, _q, n) => {
      const c = w.country();
      const host = w.otherCountry(c);
      const place = w.place();
      return {
        statement: `${capitalise(n)} ${c.adjective} troops are stationed at ${host.adjective} bases in ${place}`,
        title: `${capitalise(n)} ${c.adjective} troops in ${place}`,
        place,
        topicTags: ['Troop deployments', tagFor(c.name), tagFor(place)].filter(isString),
      };
    },
    SPEC.troops,
  ],
  [
    (w, q) => {
      const c = w.country();
      const other = w.otherCountry(c);
      const year = w.year();
      return {
        statement: `${c.name} has delivered ${q} to ${other.name} since ${year}`,
        title: `${c.adjective} artillery shells for ${other.name}`,
        place: null,
        topicTags: ['Arms exports', tagFor(c.name), tagFor(other.name)].filter(isString),
      };
    },
    SPEC.shells,
  ],
  [
    (w, q) => {
      const c = w.country();
      const place = w.place();
      return {
        statement: `${c.name} fired ${q} at ${place} in a single night, ${w.saidVerb()} the ${w.otherCountry(c).adjective} air force`,
        title: `${c.adjective} missile barrage on ${place}`,
        place,
        topicTags: ['Missiles', 'Air defence', tagFor(place)].filter(isString),
      };
    },
    SPEC.missiles,
  ],
  [
    (w, q) => {
      const c = w.country();
      const place = w.place();
      return {
        statement: `${c.adjective} forces launched ${q} at ${place} overnight`,
        title: `Overnight drone attack on ${place}`,
        place,
        topicTags: ['Drones', tagFor(c.name)].filter(isString),
      };
    },
    SPEC.drones,
  ],
  [
    (w, q) => {
      const place = w.place();
      const missile = w.missile();
      return {
        statement: `${capitalise(an(missile))} missile strike on ${place} killed ${q}`,
        title: `Civilian deaths in ${place} strike`,
        place,
        topicTags: ['Casualties', 'Missiles'],
      };
    },
    SPEC.civilians,
  ],
  [
    (w, q) => {
      const c = w.country();
      const place = w.place();
      return {
        statement: `${capitalise(q)} have been killed or wounded near ${place}, according to ${c.adjective} officials`,
        title: `${c.adjective} losses near ${place}`,
        place,
        topicTags: ['Casualties', tagFor(place)].filter(isString),
      };
    },
    SPEC.soldiers,
  ],
  [
    (w, q) => {
      const c = w.country();
      const measure = w.measure();
      const month = w.month();
      const year = w.year();
      return {
        statement: `${capitalise(measure)} in ${c.name} reached ${q} in ${month} ${year}`,
        title: `${capitalise(measure)} in ${c.name}, ${month} ${year}`,
        place: null,
        topicTags: ['Economy', measure === 'inflation' ? 'Inflation' : null, tagFor(c.name)].filter(
          isString,
        ),
      };
    },
    SPEC.percent,
  ],
  [
    (w, q) => {
      const c = w.country();
      const other = w.otherCountry(c);
      return {
        statement: `${c.name} controls ${q} of ${other.name}'s territory`,
        title: `How much of ${other.name} does ${c.name} control?`,
        place: null,
        topicTags: ['Territory', tagFor(other.name)].filter(isString),
      };
    },
    SPEC.percent,
  ],
  [
    (w, q) => {
      const place = w.place();
      return {
        statement: `${capitalise(q)} have fled ${place} since ${w.month()} ${w.year()}`,
        title: `People displaced from ${place}`,
        place,
        topicTags: ['Refugees', tagFor(place)].filter(isString),
      };
    },
    SPEC.people,
  ],
  [
    (w, q) => {
      const c = w.country();
      const body = w.body();
      return {
        statement: `Sanctions imposed by ${body} have frozen ${q} of ${c.adjective} central bank assets`,
        title: `Frozen ${c.adjective} central bank assets`,
        place: null,
        topicTags: ['Sanctions', 'Banking', tagFor(c.name)].filter(isString),
      };
    },
    SPEC.billions,
  ],
  [
    (w, q) => {
      const c = w.country();
      const election = w.election();
      return {
        statement: `Turnout in ${c.name}'s ${election} election was ${q}, ${w.saidVerb()} the election commission`,
        title: `Turnout in ${c.name}'s ${election} vote`,
        place: null,
        topicTags: ['Elections', 'Polling', tagFor(c.name)].filter(isString),
      };
    },
    SPEC.percent,
  ],
  [
    (w, q) => {
      const c = w.country();
      return {
        statement: `${c.name}'s oil exports fell to ${q} in ${w.month()} ${w.year()} because of sanctions`,
        title: `${c.adjective} oil exports under sanctions`,
        place: null,
        topicTags: ['Oil', 'Sanctions', 'Energy'],
      };
    },
    SPEC.barrels,
  ],
  [
    (w, q) => {
      const place = w.place();
      return {
        statement: `${capitalise(q)} of grain left ports near ${place} in ${w.month()} despite the blockade`,
        title: `Grain shipments from ${place}`,
        place,
        topicTags: ['Grain', 'Shipping', 'Food security'],
      };
    },
    SPEC.tonnes,
  ],
];

function isString(x: string | null): x is string {
  return x !== null;
}

const PLAIN_TEMPLATES: readonly PlainTemplate[] = [
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const treaty = w.treaty();
    return {
      statement: `${c.name} has ratified ${an(treaty)} with ${other.name} that includes a mutual-defence clause`,
      title: `${c.name} ratifies ${treaty} with ${other.name}`,
      place: null,
      topicTags: ['Treaties', tagFor(c.name), tagFor(other.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const place = w.place();
    return {
      statement: `${c.adjective} forces clashed with ${other.adjective} units in the ${place.replace(/^the /, '')} region`,
      title: `${c.adjective} and ${other.adjective} units clash in ${place}`,
      place,
      topicTags: [tagFor(c.name), tagFor(other.name), tagFor(place)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const body = w.body();
    const sector = w.sector();
    return {
      statement: `${capitalise(body)} imposed new sanctions on ${c.name}'s ${sector} sector in ${w.month()} ${w.year()}`,
      title: `New sanctions on ${c.adjective} ${sector}`,
      place: null,
      topicTags: [
        'Sanctions',
        tagFor(c.name),
        sector === 'oil' ? 'Oil' : sector === 'gas' ? 'Gas' : null,
      ].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const missile = w.missile();
    const sea = w.sea();
    return {
      statement: `${c.name} test-fired a new ${missile} missile that landed in ${sea}`,
      title: `${c.adjective} ${missile} missile test`,
      place: sea,
      topicTags: ['Missiles', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const munition = w.munition();
    return {
      statement: `${capitalise(w.body())} condemned ${c.adjective} exports of ${munition} to ${other.name}`,
      title: `${capitalise(munition)} exports condemned`,
      place: null,
      topicTags: ['Arms exports', 'Diplomacy', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const election = w.election();
    return {
      statement: `${c.name} has postponed its ${election} election until ${w.year() + 1}, ${w.saidVerb()} ${w.person()}`,
      title: `${c.name}'s ${election} election postponed`,
      place: null,
      topicTags: ['Elections', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    return {
      statement: `${c.name}'s economy grew faster than ${other.name}'s in ${w.year()} despite sanctions`,
      title: `Did ${c.name}'s economy outgrow ${other.name}'s?`,
      place: null,
      topicTags: ['Economy', 'Sanctions', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const munition = w.munition();
    const place = w.place();
    return {
      statement: `${c.adjective} officials denied that ${munition} were shipped to ${other.name} through ${place}`,
      title: `Denial of ${munition} shipments via ${place}`,
      place,
      topicTags: ['Arms exports', 'Shipping', tagFor(other.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const place = w.place();
    const force = w.force();
    return {
      statement: `${capitalise(an(`${c.adjective} ${force}`))} has been redeployed from ${place} to ${w.otherPlace(place)}`,
      title: `${c.adjective} ${force} redeployed`,
      place,
      topicTags: ['Troop deployments', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const sector = w.sector();
    const place = w.place();
    return {
      statement: `${capitalise(an(w.missile()))} missile strike destroyed ${an(sector)} facility near ${place}, ${w.saidVerb()} ${c.adjective} media`,
      title: `Strike on ${sector} facility near ${place}`,
      place,
      topicTags: ['Infrastructure', 'Missiles', tagFor(place)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const sector = w.sector();
    return {
      statement: `${c.adjective} hackers disrupted ${sector} systems in ${other.name} in ${w.month()} ${w.year()}`,
      title: `Cyberattack on ${other.adjective} ${sector} systems`,
      place: null,
      topicTags: ['Cyber', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    return {
      statement: `${c.name} announced a new wave of mobilisation in ${w.month()} ${w.year()}`,
      title: `New ${c.adjective} mobilisation`,
      place: null,
      topicTags: ['Mobilisation', 'Conscription', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const place = w.place();
    return {
      statement: `${c.adjective} intelligence believes ${other.adjective} troops are training near ${place}`,
      title: `${other.adjective} troops training near ${place}`,
      place,
      topicTags: ['Intelligence', 'Troop deployments', tagFor(other.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    return {
      statement: `${c.name} occupies nearly a fifth of ${other.name}'s territory, ${w.saidVerb()} ${w.person()} in ${an(w.medium())}`,
      title: `${c.name} occupies a fifth of ${other.name}`,
      place: null,
      topicTags: ['Territory', tagFor(other.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const place = w.place();
    return {
      statement: `${c.name} blocked grain shipments from ${place} for ${w.rng.int(2, 12)} weeks`,
      title: `Grain blockade at ${place}`,
      place,
      topicTags: ['Grain', 'Food security', 'Shipping'],
    };
  },
  (w) => {
    const c = w.country();
    const other = w.otherCountry(c);
    const treaty = w.treaty();
    return {
      statement: `${c.name} and ${other.name} signed ${an(treaty)} in ${w.place()} on ${w.day()} ${w.month()} ${w.year()}`,
      title: `${c.adjective}–${other.adjective} ${treaty}`,
      place: null,
      topicTags: ['Treaties', 'Diplomacy', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    return {
      statement: `${c.name} is secretly preparing a nuclear test at a site near ${w.place()}`,
      title: `Nuclear test preparations in ${c.name}?`,
      place: null,
      topicTags: ['Nuclear', tagFor(c.name)].filter(isString),
    };
  },
  (w) => {
    const c = w.country();
    const platform = w.platform();
    return {
      statement: `A video on ${platform} shows ${c.adjective} soldiers surrendering near ${w.place()}`,
      title: `${platform} video of surrendering ${c.adjective} soldiers`,
      place: null,
      topicTags: ['Disinformation', 'Prisoners of war'],
    };
  },
];

const CONTEXTS: readonly ((w: Words) => string)[] = [
  (w) => `First made in ${an(w.medium())} and shared widely on ${w.platform()}.`,
  (w) => `The claim circulated after reports of fighting near ${w.place()}.`,
  (w) => `Repeated by ${w.country().adjective} state media and several ${w.platform()} channels.`,
  (w) => `Made during ${an(w.medium())} about ${w.sector()} sanctions; no source was given.`,
  (w) => `Cited by officials of ${w.body()} in ${an(w.medium())}.`,
  (w) =>
    `The figure appeared in ${an(w.medium())} by ${w.person()} and was picked up by ${w.country().adjective} outlets.`,
  (w) => `Part of a wider debate about ${w.measure()} before the ${w.election()} election.`,
  (w) => `Readers asked us to check it after it was quoted in ${an(w.medium())}.`,
];

const QUOTES: readonly ((w: Words) => string)[] = [
  (w) => `${w.country().adjective} officials confirmed that units had been moved to ${w.place()}.`,
  (w) => `${capitalise(w.evidence())} shows new vehicles at a base near ${w.place()}.`,
  (w) =>
    `"We have no information about ${w.country().adjective} troops in ${w.place()}," the ministry said.`,
  (w) =>
    `The figure of ${numberFormat.format(w.rng.int(1, 300) * 100)} is not supported by our data.`,
  (w) => `Exports of ${w.munition()} to ${w.country().name} rose sharply in ${w.year()}.`,
  (w) => `The ${w.treaty()} was ratified by parliament on ${w.day()} ${w.month()}.`,
  (w) => `Sanctions on the ${w.sector()} sector took effect in ${w.month()} ${w.year()}.`,
  (w) =>
    `Turnout figures for the ${w.election()} election were published by the election commission.`,
  (w) => `Satellite images taken in ${w.month()} show no such deployment near ${w.place()}.`,
  (w) => `${capitalise(w.body())} said the report was consistent with its own assessment.`,
  (w) => `${capitalise(w.measure())} reached its highest level since ${w.year() - 5}.`,
  (w) => `Debris of ${an(w.missile())} missile was recovered in ${w.place()}.`,
  (w) => `The ${w.force()} was last seen in ${w.place()} in ${w.month()}.`,
  (w) => `${capitalise(w.evidence())} contradicts the official account.`,
];
