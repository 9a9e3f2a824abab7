// The fact base's schema. The data lives in ./data/*.json; this file says what a valid
// record is, so that `npm run facts:check`, the tests and the loader all enforce one shape.
//
// Why valibot and not zod: it tree-shakes to the few validators used, and the schema is
// also imported by the extension's loader for a malformed-data error message.
import * as v from 'valibot';

/** YYYY-MM-DD. A few old facts are only known to the month or year: YYYY-MM or YYYY. */
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));
/** A whole day, YYYY-MM-DD: knowledge horizons are never partial. */
const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case'));

export const Source = v.object({
  url: v.pipe(v.string(), v.url()),
  title: v.optional(v.string()),
});

/**
 * Every fact says where it comes from, when a maintainer last checked it, and how sure we are.
 * Only `verified` facts may produce `outdated` or `contradicted` verdicts; `weak` and
 * `unverified` ones annotate as `context` at most.
 */
const provenance = {
  sources: v.pipe(v.array(Source), v.minLength(1, 'every fact names at least one source')),
  checked: IsoDate,
  confidence: v.picklist(['verified', 'weak', 'unverified']),
  /** Where sources disagree: what they say, in words. Disputed points never produce red flags. */
  disputed: v.optional(v.string()),
  note: v.optional(v.string()),
};

export const Person = v.object({
  id: Id,
  name: v.string(),
  /** Full-name spellings as the press writes them: transliterations, no diacritics, common misspellings. */
  aliases: v.array(v.string()),
  /** Surname forms that may stand alone ("Zelensky", "Zelenskyy"); linked only when the page makes them unambiguous. */
  surnames: v.array(v.string()),
  /** One line: who this is, e.g. "Dutch politician; NATO Secretary General since 2024". */
  description: v.string(),
  country: v.optional(Id),
  /**
   * Every public office the person ever held is in the fact base, as the sources of the record say (a businessman whose
   * first post is the one on record): a diplomatic rank or title of no office of theirs ("U.S. Ambassador Witkoff", a
   * special envoy who never held an ambassador's post) may be contradicted even though no list of such posts is complete.
   */
  officesComplete: v.optional(v.boolean()),
  /**
   * Round 48: the person never held a general's or an admiral's rank, as the sources of this field say (a biography that
   * tells a civilian career: a politician, a diplomat, an economist). "General Jens Stoltenberg" (May 2022) is then a
   * rank the person never had (title-military-rank.ts), although not every office of theirs need be on record.
   */
  neverGeneralOrAdmiral: v.optional(v.object({ ...provenance })),
  /**
   * The party the person has belonged to without a break since `since` ("Republican Senator Marco Rubio"): only with
   * sources. `labels` are the words the press puts before a title for it ("Republican", "GOP"); a label of another
   * party of the person's country, said of a day from `since` on, is a wrong party (title-party-label.ts).
   */
  party: v.optional(
    v.object({
      name: v.string(),
      labels: v.pipe(v.array(v.string()), v.minLength(1)),
      since: IsoDay,
      ...provenance,
    }),
  ),
  ...provenance,
});

/**
 * One extension of a fixed-term mandate (NATO's Secretary General: "Allies agreed to extend the mandate of
 * Secretary General Jens Stoltenberg by a further two years, until 30 September 2022").
 */
const MandateExtension = v.object({
  /** The day the extension was decided. */
  decided: IsoDay,
  /** The mandate's last day as extended, as the decision gave it ("until 30 September 2022"). */
  until: IsoDay,
  /** Which extension it was: 1 for the first. */
  nth: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sources: v.pipe(v.array(Source), v.minLength(1, 'every extension names at least one source')),
});

export const Holder = v.object({
  person: Id,
  start: IsoDate,
  /** The day the next holder took over (the tenure is [start, end)). Absent: still in office. */
  end: v.optional(IsoDate),
  /** Other start/end dates that sources give; a claim matching any of them is not flagged. */
  altStart: v.optional(v.array(IsoDate)),
  altEnd: v.optional(v.array(IsoDate)),
  /**
   * The days of the inaugurations of later terms within this tenure, in order (a re-elected president's: Putin's of 7 May
   * 2018 and 2024 within his tenure from 2012). When present, the list is complete for the tenure; read by
   * tenure-terms.ts ("Putin's fifth term"), only ever to confirm.
   */
  terms: v.optional(v.array(IsoDay)),
  acting: v.optional(v.boolean()),
  /**
   * The holder's place in the office's official numbering ("the 13th Secretary General", "the sixth
   * president of Ukraine"), where the office numbers its holders; acting holders have none.
   */
  ordinal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /**
   * Every extension of the holder's fixed-term mandate, in order. When present the list is complete: a
   * mandate's end or an extension's number that none of them gives may be contradicted (tenure-extension.ts).
   */
  extensions: v.optional(v.array(MandateExtension)),
  /** The first woman to hold the office ("the first woman to serve as secretary of state"): only ever confirms. */
  firstWoman: v.optional(v.boolean()),
  ...provenance,
});

export const Office = v.object({
  id: Id,
  name: v.string(),
  /** A jurisdiction id (a country or an organisation such as nato, eu). */
  jurisdiction: Id,
  /**
   * Role nouns as written after a jurisdiction qualifier: "president", "prime minister", "foreign minister",
   * "secretary of state", "top diplomat". Lower case.
   */
  roles: v.pipe(v.array(v.string()), v.minLength(1)),
  /** Role nouns that are loose ("leader", "chief", "boss", "head"): they may confirm or date a holder, never contradict. */
  looseRoles: v.optional(v.array(v.string())),
  /** Phrases that name the office with no separate qualifier: "Kremlin spokesman", "NATO chief", "Pentagon chief". Lower case. */
  fixedTitles: v.optional(v.array(v.string())),
  /** One holder at a time (most offices); false for e.g. a list of envoys. */
  single: v.boolean(),
  /** Former holders keep the title by custom ("President Trump" in 2023): never outdated on the bare title. */
  honorific: v.optional(v.boolean()),
  /** Start of the period for which the holder list is complete; before it, absence proves nothing. */
  coveredFrom: IsoDate,
  /**
   * The last day through which maintainers checked that the holder list is complete, when it differs
   * from the fact base's `checkedThrough` (later for an office watched closely, earlier for one not
   * re-checked). After this day the engine may confirm a holder but never call one outdated or wrong.
   * Read it through `horizonFor` (src/facts/horizon.ts).
   */
  checkedThrough: v.optional(IsoDay),
  /** The day the office ceased to exist (Turkiye's prime minister, 2018-07-09): no gap is reported after it. */
  abolished: v.optional(IsoDate),
  /**
   * Whether the office heads its state, its government or both (the US presidency). facts:check uses it to
   * report member states with no current head of government; the engine may use it for "leader".
   */
  headOf: v.optional(v.picklist(['state', 'government', 'state-and-government'])),
  holders: v.array(Holder),
});

export const Jurisdiction = v.object({
  id: Id,
  name: v.string(),
  kind: v.picklist(['country', 'organisation']),
  /** Words that qualify a title: "U.S.", "American", "United States", "Hungary", "Hungarian", "Kremlin". Possessive 's is handled by the engine. */
  qualifiers: v.array(v.string()),
  /** NATO membership, for member states. */
  nato: v.optional(v.object({ joined: IsoDate, ...provenance })),
  /**
   * A kingdom whose head of state is a monarch: the country has no president, so "Dutch President Mark Rutte" names no
   * office of it. Not set for Spain, whose prime minister is styled President of the Government.
   */
  monarchy: v.optional(v.object({ ...provenance })),
  /**
   * The countries of the base that share a land border with this one (`countries`), and those of them that touch it only
   * through an exclave (`viaExclave`: Lithuania and Poland border Russia through the Kaliningrad region). Read by
   * membership-borders.ts, which counts the NATO members among them on a day ("2 NATO members (Estonia and Latvia)
   * already bordering his country", March 2022: five). Countries outside the base are left out, so no count of all of a
   * country's neighbours is read from it.
   */
  landBorders: v.optional(v.object({ countries: v.array(Id), viaExclave: v.optional(v.array(Id)), ...provenance })),
});

export const Place = v.object({
  id: Id,
  name: v.string(),
  aliases: v.array(v.string()),
  /** The place this one lies in: white-house -> washington -> united-states. */
  within: v.optional(Id),
});

export const EventRecord = v.object({
  id: Id,
  kind: v.picklist(['summit', 'meeting', 'call', 'talks', 'announcement', 'visit']),
  name: v.string(),
  start: IsoDate,
  end: v.optional(IsoDate),
  /** Other dates that sources give for the same event. */
  altDates: v.optional(v.array(IsoDate)),
  /**
   * The day the event's days (start to end) were made public, where a source gives it ("NATO leaders to meet for next
   * summit in Vilnius on July 11-12", 9 November 2022): from then on, other days told of it are wrong, not an early plan.
   */
  daysAnnounced: v.optional(IsoDate),
  /**
   * The day a summit's declaration or communique was issued, where sources give it ("the Bucharest Summit Declaration",
   * issued on 3 April 2008, the summit's second of three days); read by named-summits.ts.
   */
  declared: v.optional(IsoDate),
  place: v.optional(Id),
  /**
   * A summit's parts day by day, where sources give its whole programme: what was held (the opening reception or dinner,
   * the working session) and where. The first part is the summit's opening: nothing of it was held the day before, so a
   * weekday or a day told of the summit that falls there is another day ("Monday's NATO meeting in London", of a meeting
   * opened on Tuesday 3 December 2019), and a part told at its place on another part's day is misdated ("On December 4,
   * Mr. Trump was welcomed at Buckingham Palace": the reception was on the 3rd). Read by summit-weekday.ts and
   * summit-programme.ts.
   */
  programme: v.optional(v.array(v.object({ day: IsoDay, what: v.string(), place: Id }))),
  /**
   * The meeting's place in its series' own numbering, where the series numbers its meetings and sources give the
   * number ("the 20th meeting of the Ukraine Defense Contact Group"); read by meeting-ordinal.ts.
   */
  ordinal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  participants: v.array(Id),
  /**
   * A vote's tally, where the event is one (the UN General Assembly's resolutions): votes for, against, and abstentions;
   * read by unga-votes.ts ("The vote was 141 to five, with 35 abstentions"), only ever to confirm.
   */
  vote: v.optional(
    v.object({
      for: v.pipe(v.number(), v.integer(), v.minValue(0)),
      against: v.pipe(v.number(), v.integer(), v.minValue(0)),
      abstentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  /**
   * Others who took part, whom a retelling names ("talks brokered by Angela Merkel and Francois
   * Hollande took place in Minsk"): they tell which past event a passage is about, and so the time
   * its titles are judged as of. Not participants: they met elsewhere on days near it (Merkel and
   * Hollande were in Moscow on 6 February 2015), so a day told of them is no slip about this event.
   */
  attendees: v.optional(v.array(Id)),
  status: v.picklist(['held', 'scheduled', 'announced', 'postponed', 'cancelled']),
  /** Later changes of status, e.g. Budapest: announced 2025-10-16, shelved 2025-10-21. */
  statusChanges: v.optional(
    v.array(
      v.object({
        status: v.picklist(['postponed', 'cancelled', 'held', 'announced']),
        date: IsoDate,
        altDates: v.optional(v.array(IsoDate)),
      }),
    ),
  ),
  summary: v.string(),
  ...provenance,
});

/**
 * A series of meetings whose record is complete over a stretch of days (event-series.json): every meeting of it held
 * from `from` through `through` is in `events`, so a meeting of the series said on another day in that stretch is no
 * meeting of it at all. Listed only where a source lists them all.
 */
export const EventSeries = v.object({
  id: Id,
  /** What the meetings are, for the card: "Russia-Ukraine direct talks in Istanbul". */
  name: v.string(),
  from: IsoDay,
  through: IsoDay,
  /** Every meeting of the series in the stretch, by event id. */
  events: v.pipe(v.array(Id), v.minLength(1)),
  /** Where they were held (a place id), when all were held in one place. */
  place: v.optional(Id),
  /** The sides that met (jurisdiction ids), for talks between them; a text must name each near the meeting. */
  sides: v.optional(v.array(Id)),
  /**
   * The form of words that names one of its meetings, for the reader of that form: 'nato-summit' ("the NATO summit",
   * "a summit of NATO", "the NATO Summit in Vilnius"), read by summit-series.ts.
   */
  named: v.optional(v.picklist(['nato-summit'])),
  summary: v.string(),
  ...provenance,
});

export const Organisation = v.object({
  id: Id,
  name: v.string(),
  aliases: v.array(v.string()),
  kind: v.picklist(['company', 'authority']),
  jurisdiction: v.optional(Id),
  description: v.string(),
});

export const Sanction = v.object({
  id: Id,
  /** The authority (an organisation id such as ofac, ofsi, eu-council). */
  issuer: Id,
  /** The jurisdiction that imposed it (us, uk, eu). */
  jurisdiction: Id,
  date: IsoDate,
  altDates: v.optional(v.array(IsoDate)),
  targets: v.array(Id),
  programme: v.string(),
  /** The EU's numbered sanctions packages against Russia: "the 14th package". */
  package: v.optional(v.number()),
  /**
   * Round 43: the headline measures this package was the first EU package to adopt (the 5th's coal ban, the 6th's oil
   * embargo, the 8th's price cap ...): a package before it cannot have held them ("the fifth package, including a ban on
   * oil imports").
   */
  firsts: v.optional(v.array(v.picklist(['coal-ban', 'oil-embargo', 'gold-ban', 'price-cap', 'diamond-ban', 'primary-aluminium-ban']))),
  /** The day the package's SWIFT cut-offs took effect, where it came days after adoption (the 3rd's: 12 March 2022). */
  swiftInForce: v.optional(IsoDate),
  /**
   * The days a package's acts entered into force, where sources give them: its listings apply on the day of publication in
   * the Official Journal, its trade measures often the day after (the 18th: published 19 July 2025, in force 19-20 July).
   */
  inForce: v.optional(v.array(IsoDate)),
  /**
   * For a measure adopted or renewed for a fixed time, the last day it then ran to: the EU's economic sanctions on Russia
   * (Decision 2014/512/CFSP) lapse on 31 January or 31 July unless the Council renews them ("until 31 January 2021").
   */
  until: v.optional(IsoDate),
  /** For a renewal the Council formalised after the EU leaders' political agreement, the day the leaders agreed it. */
  agreed: v.optional(IsoDate),
  /**
   * Who or how many the action listed by name, as it announced them: the UK's seven oligarchs of 10 March 2022 ("Abramovich
   * is one of seven"), the 34 subsidiaries OFAC named with Rosneft and Lukoil.
   */
  listed: v.optional(
    v.object({
      individuals: v.optional(v.number()),
      subsidiaries: v.optional(v.number()),
      /** Vessels the action blocked (OFAC's 183 tankers of 10 January 2025). */
      vessels: v.optional(v.number()),
      /**
       * Round 35: the designations of the day's action all told, as its issuer announced them, a floor where it said
       * "more than" (the US's "more than 500 new sanctions" of 23 February 2024, Treasury's and State's together).
       */
      designations: v.optional(v.number()),
      /** Full names as the press writes them; a surname alone is matched. */
      names: v.optional(v.array(v.string())),
    }),
  ),
  /** The day the general licences to wind down dealings with the targets ran out ("cease dealings ... by November 21"). */
  windDown: v.optional(IsoDate),
  /**
   * Round 43: the day of the issuer's previous action against Russia's energy sector, where its sources say none came between
   * (OFAC's Rosneft and Lukoil designations of 22 October 2025, the Trump administration's first Russia action: the one before
   * was the Biden administration's of 10 January 2025). A new US energy action told on a day between is not on record.
   */
  energyFirstSince: v.optional(IsoDate),
  summary: v.string(),
  ...provenance,
});

/** A US executive order that sanctions designations cite ("under Executive Order 14024"). */
export const ExecutiveOrder = v.object({
  number: v.number(),
  signed: IsoDate,
  altDates: v.optional(v.array(IsoDate)),
  /** The person id of the president who signed it. */
  president: Id,
  title: v.string(),
  ...provenance,
});

/** Sanctions announced jointly by several jurisdictions, with no single issuing authority (the SWIFT cut-off of 26 February 2022). */
export const JointSanctionAnnouncement = v.object({
  id: Id,
  date: IsoDate,
  jurisdictions: v.array(Id),
  /** What was announced, as the detectors name it. */
  measures: v.array(v.picklist(['swift', 'central-bank-reserves'])),
  summary: v.string(),
  ...provenance,
});

export const SpendingTarget = v.object({
  id: Id,
  /** Headline share of GDP, in percent. */
  percent: v.number(),
  /** Parts of the headline figure, e.g. 3.5 core + 1.5 related. */
  components: v.optional(v.array(v.object({ percent: v.number(), label: v.string() }))),
  /** The year by which it is to be met. */
  byYear: v.optional(v.number()),
  adopted: IsoDate,
  adoptedAt: v.optional(Id),
  /** The day a later target replaced it. */
  superseded: v.optional(IsoDate),
  /** The year the allies said they would review it (The Hague: "We will review ... in 2029"). */
  reviewYear: v.optional(v.number()),
  /**
   * The share of defence spending, in percent, the pledge asks to go to major new equipment, research and development
   * included (Wales 2014: "20% or more" within a decade).
   */
  equipmentShare: v.optional(v.number()),
  /**
   * Places and years where the target was discussed, or that accounts name for its origin, though it was not adopted
   * there or then (the 2% guideline: Prague 2002, Riga 2006, the ministers' meetings in Brussels). A claim that it was
   * agreed there or then is left alone: neither confirmed nor flagged.
   */
  namedOrigins: v.optional(
    v.array(
      v.object({
        /** A place id (places.json). */
        place: v.optional(Id),
        year: v.optional(v.number()),
        summary: v.string(),
        sources: v.pipe(v.array(Source), v.minLength(1, 'every named origin names at least one source')),
      }),
    ),
  ),
  summary: v.string(),
  ...provenance,
});

/** A step of an EU sanctions package short of its adoption: proposed by the Commission, blocked in the Council. */
export const SanctionPackageStep = v.object({
  package: v.number(),
  step: v.picklist(['proposed', 'blocked']),
  date: IsoDate,
  summary: v.string(),
  ...provenance,
});

/**
 * A level of the price cap on Russian seaborne oil (sanction-law.json): the crude cap of the G7, the
 * EU and Australia ($60 from 5 December 2022), the product caps, the EU's and UK's lower crude caps.
 */
export const PriceCap = v.object({
  id: Id,
  product: v.picklist(['crude', 'premium-products', 'discount-products']),
  /** The jurisdictions that applied this level (eu, gbr, usa, ...). */
  jurisdictions: v.array(Id),
  /** US dollars a barrel. */
  usd: v.number(),
  /** The day it applied from. */
  from: IsoDate,
  /** The day a lower level replaced it for these jurisdictions; absent while in force, or not known to be replaced. */
  until: v.optional(IsoDate),
  /** The day it was agreed or adopted, when not the day it applied from. */
  adopted: v.optional(IsoDate),
  /** The EU sanctions package that set it. */
  package: v.optional(v.number()),
  summary: v.string(),
  ...provenance,
});

/** An EU measure on Russian liquefied natural gas, by the day it applies (sanction-law.json). */
export const LngMeasure = v.object({
  id: Id,
  measure: v.picklist(['transshipment-ban', 'import-ban-short-term', 'import-ban-long-term']),
  package: v.number(),
  adopted: IsoDate,
  applies: IsoDate,
  summary: v.string(),
  ...provenance,
});

/** An EU ban on Russian oil by the day it applies: the 6th package's embargo on seaborne crude and on petroleum products (sanction-law.json). */
export const OilBan = v.object({
  id: Id,
  product: v.picklist(['crude', 'products']),
  package: v.number(),
  adopted: IsoDate,
  applies: IsoDate,
  summary: v.string(),
  ...provenance,
});

/**
 * A grouping that sanctions stories name by its members (sanction-law.json): the EU's member count by
 * date ("the EU's 27 Member States"), the G7's members ("the Big Seven (the USA, Japan, ...)").
 */
export const Grouping = v.object({
  /** Round 35: `un`, a body that imposes no sanctions on Russia (read by sanction-nato.ts), with no members listed. */
  id: v.picklist(['eu', 'g7', 'un']),
  name: v.string(),
  /** Member counts by the day they applied from; `until` is the first day of the next count. */
  memberCounts: v.optional(v.array(v.object({ count: v.number(), from: IsoDate, until: v.optional(IsoDate) }))),
  /** The members, each with the names a text spells it by ("United States", "USA", "U.S."). */
  members: v.optional(v.array(v.object({ name: v.string(), aliases: v.array(v.string()) }))),
  summary: v.string(),
  ...provenance,
});

/** How many allies NATO estimated to spend at least 2% of GDP on defence in a year, as published on a day. */
const AlliesAtTarget = v.object({ year: v.number(), count: v.number(), published: IsoDate, ...provenance });

/**
 * One ally's own announced defence-spending level (figures.json, nationalPlans): "2.5% from April
 * 2027, 3% in the next parliament" (the UK, 25 February 2025). Never NATO's target: the engine only
 * confirms these, and never judges them against the alliance's.
 */
const NationalSpendingPlan = v.object({
  id: Id,
  jurisdiction: Id,
  percent: v.number(),
  /** When the level is to be reached, as announced: a year ("2027"), or words ("the next parliament"). */
  by: v.string(),
  announced: IsoDate,
  summary: v.string(),
  ...provenance,
});

/**
 * A standing NATO force figure and the days it held (figures.json, forces): the multinational
 * battlegroups of the forward presence (four from Warsaw 2016, eight from March 2022), the troops
 * at high readiness under the New Force Model (Madrid 2022). One record per figure; the next
 * figure of the same force begins the day this one ends.
 */
const ForceFigure = v.object({
  id: Id,
  force: v.picklist(['forward-battlegroups', 'high-readiness-troops', 'troops-under-nato-command', 'steadfast-defender-2024-troops']),
  count: v.number(),
  /** The day it was decided (a summit's first day). */
  from: IsoDate,
  /** The day a later figure of the same force replaced it. */
  until: v.optional(IsoDate),
  /** For a figure that drifts (troops deployed), the last day a source read states it: later, it is only told. */
  statedThrough: v.optional(IsoDate),
  /** For the forward battlegroups: the countries hosting one (jurisdiction ids), as the summary and sources name them. */
  hosts: v.optional(v.array(Id)),
  summary: v.string(),
  ...provenance,
});

/**
 * Money pledged to a country by a donor, as the press names it by its amount (figures.json, aidPledges): the EU's
 * EUR 90 billion loan to Ukraine for 2026-2027, agreed by the European Council on 19 December 2025. Only confirmed: other
 * loans and packages with other amounts exist, so a different figure is never flagged.
 */
const AidPledge = v.object({
  id: Id,
  donor: Id,
  recipient: Id,
  kind: v.picklist(['loan', 'grant', 'package']),
  /** In billions of `currency`. */
  billions: v.number(),
  currency: v.picklist(['EUR', 'USD']),
  agreed: IsoDate,
  /** The years it covers, as told ("2026-2027"). */
  period: v.optional(v.string()),
  summary: v.string(),
  ...provenance,
});

/**
 * NATO's estimates of what allies spend on defence as a share of GDP in a year, as one release published them
 * (figures.json, spendingEstimates): "Defence Expenditure of NATO Countries" and the Secretary General's annual report.
 * NATO revises them in later releases, so the engine only confirms a share a release gave; it never flags one.
 */
const SpendingEstimate = v.object({
  id: Id,
  year: v.number(),
  published: IsoDate,
  /** Per cent of GDP by jurisdiction id, as published (two decimals). */
  shares: v.record(Id, v.number()),
  summary: v.string(),
  ...provenance,
});

/**
 * A spending level a leader demanded of NATO's allies, and the day it was first said (figures.json, spendingDemands):
 * Trump's 4% at the Brussels summit (11 July 2018) and 5% at Mar-a-Lago (7 January 2025). Never NATO's target: only
 * confirmed, never flagged (a leader may name other figures on other days).
 */
const SpendingDemand = v.object({
  id: Id,
  /** The person id of the one who demanded it. */
  person: Id,
  percent: v.number(),
  said: IsoDate,
  summary: v.string(),
  ...provenance,
});

/**
 * Countries and regions Russia has not invaded, as the press names them ("Estonia", "the Czech Republic", "the
 * Baltics"): a past invasion of one of them told in a year from `fromYear` to the page's is flagged (figures.json,
 * war.neverInvaded). Russia's invasions since 1991 were of Georgia (2008) and Ukraine (2014, 2022).
 */
const NeverInvaded = v.object({
  names: v.pipe(v.array(v.string()), v.minLength(1)),
  /** The first year an invasion of them told as past is judged in: before it, nothing is said. */
  fromYear: v.number(),
  summary: v.string(),
  ...provenance,
});

/** A date the war is counted from, as the press counts it ("four years since the full-scale invasion"). */
const WarAnchor = v.object({ date: IsoDate, summary: v.string(), ...provenance });

/**
 * A dated milestone of the war that timelines and reports tell with its day ("Zelenskyy declares martial law", "Ukrainian
 * forces entered Kherson"): its day, or its first and last days (`through`). Read by war-milestones.ts, which knows each
 * id's words; an id it does not know is not read. `utc`: the hour (UTC, "HH:MM") the event happened, where it is known,
 * so that a day told one day off that was that day in no time zone (UTC-12 to UTC+14) may be flagged: the Kerch bridge
 * blast at 03:07 UTC on 8 October 2022 fell on 7 October in the Americas, never on 9 October.
 */
const WarMilestone = v.object({
  id: Id,
  date: IsoDay,
  through: v.optional(IsoDay),
  utc: v.optional(v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/))),
  summary: v.string(),
  ...provenance,
});

const Figures = v.object({
  founding: v.object({
    signed: IsoDate,
    inForce: IsoDate,
    /** Where the North Atlantic Treaty was signed (a place id): Washington. Read by founding-place.ts; optional. */
    place: v.optional(Id),
    ...provenance,
  }),
  spendingTargets: v.array(SpendingTarget),
  /**
   * Anchors of Russia's war on Ukraine: the annexation of Crimea and the full-scale invasion; and the start of three of its
   * episodes the press dates (war-episodes.ts): Ukraine's incursion into Russia's Kursk region, North Korea's troops sent
   * to Russia (a month where the day is not known), Ukraine's first strike into Russia with US-made ATACMS.
   */
  war: v.optional(
    v.object({
      crimeaAnnexation: WarAnchor,
      fullScaleInvasion: WarAnchor,
      neverInvaded: v.optional(NeverInvaded),
      kurskIncursion: v.optional(WarAnchor),
      northKoreanTroops: v.optional(WarAnchor),
      atacmsIntoRussia: v.optional(WarAnchor),
      milestones: v.optional(v.array(WarMilestone)),
    }),
  ),
  alliesAtTarget: v.optional(v.array(AlliesAtTarget)),
  forces: v.optional(v.array(ForceFigure)),
  nationalPlans: v.optional(v.array(NationalSpendingPlan)),
  aidPledges: v.optional(v.array(AidPledge)),
  spendingEstimates: v.optional(v.array(SpendingEstimate)),
  spendingDemands: v.optional(v.array(SpendingDemand)),
});

/** A use of the North Atlantic Treaty: Article 5 invoked, Article 4 consultations held (counted by date: "the fifth such meeting"). */
export const TreatyArticleUse = v.object({
  id: Id,
  article: v.picklist([4, 5]),
  /** The day the North Atlantic Council met (Article 4) or decided (Article 5). */
  date: IsoDate,
  /** The allies (jurisdiction ids) that asked for it. */
  requestedBy: v.array(Id),
  summary: v.string(),
  ...provenance,
});

/**
 * What an article of the North Atlantic Treaty provides (alliance-history.json, treatyProvisions): Article 4's
 * consultations, Article 5's collective defence. A definition told of the article ("Article 5, the principle of
 * collective defense") is confirmed against it.
 */
const TreatyProvision = v.object({
  id: Id,
  article: v.picklist([4, 5]),
  summary: v.string(),
  ...provenance,
});

/**
 * A dated step of an arms-control treaty between NATO's members and Russia (alliance-history.json, armsControl): the INF,
 * Open Skies, New START and CFE treaties' signing, entry into force, extension, and each party's announced withdrawal,
 * suspension, withdrawal and the treaty's expiry. `party` is the jurisdiction that took the step; none for the parties
 * together. For a treaty with any step here, every step of these kinds through the fact base's horizon is listed, so a
 * withdrawal told in a year with no step of that party's did not happen then (arms-control.ts).
 */
export const ArmsControlStep = v.object({
  id: Id,
  treaty: v.picklist(['inf', 'open-skies', 'new-start', 'cfe', 'abm', 'start-1']),
  party: v.optional(Id),
  step: v.picklist(['signed', 'in-force', 'extended', 'withdrawal-announced', 'suspended', 'withdrawn', 'expired']),
  date: IsoDate,
  summary: v.string(),
  ...provenance,
});

/** A step on a country's way to NATO besides the accession itself: applied, invited, protocol signed, flag raised, ... */
export const AccessionStep = v.object({
  id: Id,
  country: Id,
  /**
   * `deal-signed`, `deal-in-force`: an agreement with an ally (`party`) that lifted its objection to the country's accession,
   * signed and in force (round 23: the Prespa agreement with Greece, North Macedonia's new name).
   */
  step: v.picklist([
    'partnership',
    'applied',
    'promised',
    'invited',
    'talks',
    'protocol-signed',
    'ratified',
    'flag-raised',
    'deal-signed',
    'deal-in-force',
    'deposited',
  ]),
  /** For a deal: the ally it was made with (a jurisdiction id). */
  party: v.optional(Id),
  /**
   * For `deposited` (round 41): where the country's instrument of accession was handed to the United States, the
   * treaty's depositary (a place id): the State Department in Washington for Sweden and Montenegro, NATO headquarters in
   * Brussels for Finland. The accession is that deposit; its day is the country's `nato.joined`.
   */
  place: v.optional(Id),
  date: IsoDate,
  /**
   * For `ratified`: the allies (jurisdiction ids) whose ratification this is; `date` is the day the
   * last of them completed it ("Hungary approved its accession Feb. 26, 2024"). Only the last
   * ratifiers are recorded one by one; the others together, as the day all of them had ratified.
   */
  by: v.optional(v.array(Id)),
  /**
   * For `ratified` by one ally: its parliament's final vote, for and against ("voted 188 to 6"), as the sources give it.
   * A tally told of that vote is checked against it.
   */
  votes: v.optional(
    v.object({ for: v.pipe(v.number(), v.integer(), v.minValue(0)), against: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
  summary: v.string(),
  ...provenance,
});

/**
 * A step on a country's way to the European Union, as the European Council decided it (eu-enlargement.json): candidate
 * status granted, accession talks decided ("agreed to open accession talks"), accession talks formally opened (the first
 * intergovernmental conference). For a country with any step here, every step of these kinds through the fact base's
 * horizon is listed, so a step told of it that is not here did not happen.
 */
export const EuAccessionStep = v.object({
  id: Id,
  country: Id,
  step: v.picklist(['candidate-status', 'talks-decided', 'talks-opened']),
  date: IsoDate,
  summary: v.string(),
  ...provenance,
});

/**
 * A dated milestone of NATO's institutions and of its relations with Ukraine (alliance-history.json, milestones): Ukraine
 * recognised as an Enhanced Opportunities Partner, the NATO-Ukraine Council's creation and first meeting, the NATO Space
 * Centre at Ramstein, NSATU in Wiesbaden, the "irreversible path" of the Washington declaration. Its day, or its first and
 * last days (`through`), and where it sits or was held (`place`, as the press names it). Read by nato-milestones.ts, which
 * knows each id's words; an id it does not know is not read.
 */
const NatoMilestone = v.object({
  id: Id,
  date: IsoDay,
  through: v.optional(IsoDay),
  place: v.optional(v.string()),
  summary: v.string(),
  ...provenance,
});

/** The alliance's history beyond membership dates (alliance-history.json); optional, so a made-up test base may omit it. */
const AllianceHistory = v.object({
  treatyArticles: v.array(TreatyArticleUse),
  /** What Articles 4 and 5 provide; optional. */
  treatyProvisions: v.optional(v.array(TreatyProvision)),
  accessionSteps: v.array(AccessionStep),
  /** The EU's enlargement steps (eu-enlargement.json); optional. */
  euSteps: v.optional(v.array(EuAccessionStep)),
  /** Arms-control treaties' steps; optional. */
  armsControl: v.optional(v.array(ArmsControlStep)),
  /** Dated milestones of NATO's institutions and of its relations with Ukraine; optional. */
  milestones: v.optional(v.array(NatoMilestone)),
});

/** Per-list horizons: how far the events' statuses and the sanctions list were checked, when not `checkedThrough`. */
const ListsCheckedThrough = v.object({
  events: v.optional(IsoDay),
  sanctions: v.optional(IsoDay),
});

export const FactBase = v.object({
  version: v.string(),
  /**
   * The knowledge horizon: the last day through which maintainers checked that every office with
   * `coveredFrom` has a complete holder list (and, unless `listsCheckedThrough` says otherwise, that
   * events and sanctions are current). From src/facts/data/meta.json. Read it through `horizonFor`.
   */
  checkedThrough: IsoDay,
  listsCheckedThrough: v.optional(ListsCheckedThrough),
  people: v.array(Person),
  offices: v.array(Office),
  jurisdictions: v.array(Jurisdiction),
  places: v.array(Place),
  events: v.array(EventRecord),
  /**
   * Meetings of the European Council and of the EU's foreign ministers (eu-meetings.json), read only by
   * eu-meetings.ts: kept out of `events` so that the readers of NATO's and others' meetings, which identify an event by
   * place and day, never take an EU summit in Brussels for one of theirs. Optional for a made-up test base.
   */
  euMeetings: v.optional(v.array(EventRecord)),
  /** Series of meetings whose record is complete over a stretch (event-series.json); optional for a made-up test base. */
  eventSeries: v.optional(v.array(EventSeries)),
  organisations: v.array(Organisation),
  sanctions: v.array(Sanction),
  /** Executive orders and joint announcements that sanctions claims cite (sanction-law.json); optional for a made-up test base. */
  sanctionLaw: v.optional(
    v.object({
      executiveOrders: v.array(ExecutiveOrder),
      jointAnnouncements: v.array(JointSanctionAnnouncement),
      packageSteps: v.array(SanctionPackageStep),
      priceCaps: v.optional(v.array(PriceCap)),
      lngMeasures: v.optional(v.array(LngMeasure)),
      oilBans: v.optional(v.array(OilBan)),
      groupings: v.optional(v.array(Grouping)),
    }),
  ),
  figures: Figures,
  history: v.optional(AllianceHistory),
});

export type Source = v.InferOutput<typeof Source>;
export type Person = v.InferOutput<typeof Person>;
export type Holder = v.InferOutput<typeof Holder>;
export type Office = v.InferOutput<typeof Office>;
export type Jurisdiction = v.InferOutput<typeof Jurisdiction>;
export type Place = v.InferOutput<typeof Place>;
export type EventRecord = v.InferOutput<typeof EventRecord>;
export type EventSeries = v.InferOutput<typeof EventSeries>;
export type Organisation = v.InferOutput<typeof Organisation>;
export type Sanction = v.InferOutput<typeof Sanction>;
export type SpendingTarget = v.InferOutput<typeof SpendingTarget>;
export type ExecutiveOrder = v.InferOutput<typeof ExecutiveOrder>;
export type JointSanctionAnnouncement = v.InferOutput<typeof JointSanctionAnnouncement>;
export type AlliesAtTarget = v.InferOutput<typeof AlliesAtTarget>;
export type ForceFigure = v.InferOutput<typeof ForceFigure>;
export type NationalSpendingPlan = v.InferOutput<typeof NationalSpendingPlan>;
export type AidPledge = v.InferOutput<typeof AidPledge>;
export type SpendingEstimate = v.InferOutput<typeof SpendingEstimate>;
export type SanctionPackageStep = v.InferOutput<typeof SanctionPackageStep>;
export type PriceCap = v.InferOutput<typeof PriceCap>;
export type LngMeasure = v.InferOutput<typeof LngMeasure>;
export type OilBan = v.InferOutput<typeof OilBan>;
export type Grouping = v.InferOutput<typeof Grouping>;
export type TreatyArticleUse = v.InferOutput<typeof TreatyArticleUse>;
export type AccessionStep = v.InferOutput<typeof AccessionStep>;
export type EuAccessionStep = v.InferOutput<typeof EuAccessionStep>;
export type ArmsControlStep = v.InferOutput<typeof ArmsControlStep>;
type Figures = v.InferOutput<typeof Figures>;
export type FactBase = v.InferOutput<typeof FactBase>;
type ListsCheckedThrough = v.InferOutput<typeof ListsCheckedThrough>;
export type Confidence = Person['confidence'];
