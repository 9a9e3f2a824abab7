// The engine's entry point: build once per fact base, then analyse any number of texts.
// Pure TypeScript with no DOM. The background builds one to judge pages (for the content script
// and the popup's page view); the `check` command builds its own.
import type { FactIndex } from '../facts/load';
import type { AnalyzeOptions, Annotation } from './types';
import { buildLexicon, type Lexicon } from './lexicon';
import { buildDoc, scanText, scannedFrom, type Doc, type Scanned } from './doc';
import { claimWords, unnamedClaimTest, type ClaimDetector, type DetectorContext } from './detector';
import { titleDetector, withLongPastTitles } from './claims/title';
import { tenureDetector } from './claims/tenure';
import { withTenureSpans } from './claims/tenure-span';
import { withOfficeOrdinals } from './claims/office-ordinal';
import { withAdministrations } from './claims/tenure-administration';
import { withSuccessions } from './claims/tenure-succession';
import { withSpannedEvents } from './claims/tenure-spanned';
import { withHistoryTenures } from './claims/tenure-history';
import { withEnlargementRounds } from './claims/membership-rounds';
import { withJoiningParticiple } from './claims/accession-participle';
import { eventDetector, weekdayMismatch } from './claims/event';
import { daySpanOffRecord } from './claims/event-confirmed';
import { sanctionDetector } from './claims/sanction';
import { withSanctionPackages } from './claims/sanction-packages';
import { withSwift } from './claims/swift';
import { withLngBan } from './claims/sanction-lng';
import { withNatoSanctions } from './claims/sanction-nato';
import { withTargetPlaces } from './claims/figure-target-place';
import { withExecutiveOrders } from './claims/executive-orders';
import { withAlliesAtTarget } from './claims/allies-at-target';
import { figureDetector, TARGET_YEARS_FACT } from './claims/figure';
import { membershipDetector } from './claims/membership';
import { withOfTitles } from './claims/title-of';
import { withTitleForms } from './claims/title-forms';
import { withLeaderAides } from './claims/title-leader-aide';
import { withLeavingTold } from './claims/title-leaving';
import { withWarAnchors } from './claims/war-anchors';
import { withCrimeaAnnexer } from './claims/crimea-annexer';
import { withWarAnniversaryMonth } from './claims/war-anniversary-month';
import { withWarRecall } from './claims/war-recall';
import { withHagueRecall } from './claims/spending-hague-recall';
import { withSpendingNorm } from './claims/spending-norm';
import { invitedDetector } from './claims/membership-invited';
import { withNamedSummits } from './claims/named-summits';
import { treatyArticleDetector } from './claims/treaty-articles';
import { withArticleUses } from './claims/treaty-article-uses';
import { article5ToldDetector } from './claims/article5-told';
import { gapSince911Detector } from './claims/gap-since-911';
import { armsControlDetector } from './claims/arms-control';
import { natoMilestonesDetector } from './claims/nato-milestones';
import { warUltimatumDetector } from './claims/war-ultimatum';
import { presidentTermsDetector } from './claims/tenure-terms';
import { ungaVotesDetector } from './claims/unga-votes';
import { allianceAgeDetector } from './claims/alliance-age';
import { ratifierOrderDetector } from './claims/accession-ratifier-order';
import { accessionStepDetector } from './claims/accession-steps';
import { withMemberCountForms } from './claims/member-count-forms';
import { withMembershipStatus } from './claims/membership-status';
import { withPrematureAccessions } from './claims/accession-premature';
import { withEuAccession } from './claims/eu-accession';
import { withWarDurations } from './claims/war-duration';
import { withWarEpisodes } from './claims/war-episodes';
import { withWarMilestones } from './claims/war-milestones';
import { withWarTimeline } from './claims/war-timeline';
import { withTimelineAccessions, withTimelineSummits } from './claims/timeline-entries';
import { withFirstMemberSummits } from './claims/summit-first-member';
import { summitOrdinalDetector } from './claims/summit-ordinal';
import { allianceNameDetector } from './claims/alliance-name';
import { withNoJoinerAccessions } from './claims/accession-no-joiner';
import { withRecordWeekdays } from './claims/record-weekday';
import { withWeekdayDays } from './claims/weekday-days';
import { withMeetingWeekdays, withMinisterWeekdays } from './claims/meeting-weekday';
import { withSummitGatherings } from './claims/summit-gather';
import { withSummitsByPlace } from './claims/summit-by-place';
import { withCitiesInWrongCountry } from './claims/place-city-country';
import { withProgrammeDays } from './claims/summit-programme';
import { withBodySummits } from './claims/summit-by-body';
import { withEventActs } from './claims/event-acts';
import { withNumberedMeetings } from './claims/meeting-ordinal';
import { withSummitOfTheDay } from './claims/summit-of-the-day';
import { withSummitTenses } from './claims/summit-tense';
import { withPriceCaps } from './claims/price-cap';
import { withTargetSplits } from './claims/figure-split';
import { withSplitShares } from './claims/figure-split-shares';
import { withNatoBudget } from './claims/spending-nato-budget';
import { withTargetTimes } from './claims/spending-target-time';
import { withMinisterials } from './claims/ministerials';
import { withEuMeetings } from './claims/eu-meetings';
import { withLastMeetings } from './claims/meeting-last';
import { withAccessionProcess } from './claims/accession-process';
import { withSummitForms } from './claims/summit-forms';
import { withSummitSeries } from './claims/summit-series';
import { withPlaceClashes } from './claims/event-place-clash';
import { withTimeClashes } from './claims/event-time-clash';
import { withSanctionForms } from './claims/sanction-forms';
import { withJointSanctions } from './claims/sanction-joint';
import { withFigureForms } from './claims/figure-forms';
import { withPackagesUnderstood, withSpendingUnderstood } from './claims/nato-understood';
import { isToldOfItsYear } from './claims/title-was-then';
import { judgedAsNarrated, pageNarrations, timedSentences, type PageNarration } from './narrated-time';
import { whoIs, sourcesOf } from './holders';
import { pastHorizon } from './horizon';
import { findDates, formatDay, impossibleDay } from './dates';
import { fold } from './normalize';
import { numberFrom } from './numbers';
import { dropCoveredFillers, dropRepeats } from './fillers';
import { withholdPairHistory } from './claims/meeting-pair-history';
import { warDayToldDetector } from './claims/war-day-told';
import { withAccessionMonths } from './claims/accession-month';
import { withAccessionsTogether } from './claims/accession-together';
import { withAccessionSummits } from './claims/accession-summit';
import { withEnlargementRoundDates } from './claims/accession-round-date';
import { withRelativeYearAccessions } from './claims/accession-relative-year';
import { withListMisfits } from './claims/accession-list-misfit';
import { withFoundersAdded } from './claims/accession-founder-added';
import { withShortFounderLists } from './claims/founders-short-list';
import { withRoundSizes } from './claims/accession-round-size';
import { withAllianceTold } from './claims/alliance-told';
import { unnamedAccessionDetector } from './claims/accession-unnamed';
import { allianceFoundingDetector } from './claims/alliance-founding';
import { foundersBoundDetector, withholdBoundedFounders } from './claims/founders-bound';
import { natoPresidentDetector } from './claims/title-nato-president';
import { foundingPlaceDetector } from './claims/founding-place';
import { foundingNounDetector } from './claims/founding-noun';
import { foundingSeatDetector } from './claims/founding-seat';
import { compiledOnFirstRun } from './triggers';

/** Every kind of claim the engine finds, each once. Their order does not matter. */
export const DETECTORS: readonly ClaimDetector[] = [
  // Titles, member counts and spending targets are true or not depending on the date: their
  // red flags are judged again as of the time a passage about the past tells of.
  withLeaderAides(
    withLeavingTold(withLongPastTitles(judgedAsNarrated(withTitleForms(withOfTitles(titleDetector)), (a) => !isToldOfItsYear(a)))),
  ),
  // Starts, durations and years, holders' numbers and handovers: all claims about a tenure.
  withHistoryTenures(withSpannedEvents(withAdministrations(withSuccessions(withOfficeOrdinals(withTenureSpans(tenureDetector)))))),
  withLastMeetings(
    withTimeClashes(
      withPlaceClashes(
        withTimelineSummits(
          withSummitTenses(
            withSummitOfTheDay(
              withNumberedMeetings(
                withBodySummits(
                  withWeekdayDays(
                    withFirstMemberSummits(
                      withWarEpisodes(
                        withWarMilestones(
                          withSummitSeries(
                            withSummitForms(
                              withEuMeetings(
                                withMinisterWeekdays(
                                  withMinisterials(
                                    withWarDurations(
                                      withNamedSummits(
                                        withWarTimeline(
                                          withWarRecall(
                                            withWarAnniversaryMonth(
                                              withCrimeaAnnexer(
                                                withWarAnchors(
                                                  withProgrammeDays(
                                                    withMeetingWeekdays(
                                                      withCitiesInWrongCountry(
                                                        withSummitsByPlace(withSummitGatherings(withEventActs(eventDetector))),
                                                      ),
                                                    ),
                                                  ),
                                                ),
                                              ),
                                            ),
                                          ),
                                        ),
                                      ),
                                    ),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ),
  // Designations, and the packages, SWIFT cut-off and executive orders sanctions are told by. Round 34: a numbered package
  // with the EU understood in a passage that names no one who sanctions (nato-understood.ts, confirm-only).
  withPackagesUnderstood(
    withJointSanctions(
      withNatoSanctions(
        withLngBan(withSanctionForms(withPriceCaps(withExecutiveOrders(withSwift(withSanctionPackages(sanctionDetector)))))),
      ),
    ),
  ),
  // The founding and the figure a summit or year set are wrong whenever told: not re-judged as of a narrated time.
  // Round 26: confirm-only wordings of The Hague's commitment, outermost so that no reader's red flag is held back.
  // Round 34: and with NATO understood in a passage that names no body (nato-understood.ts, confirm-only).
  withSpendingUnderstood(
    // Round 48: the target told as the norm in plain words ("spending at least 2% of their GDP on defense", "the defense
    // spending requirement of 2% of GDP"; spending-norm.ts, confirm-only), also read with NATO understood.
    withSpendingNorm(
      withHagueRecall(
        withAlliesAtTarget(
          withTargetPlaces(
            // Round 27: the target named by its time ("the current 2% target", "the previous 2% benchmark"), judged on the
            // page's day whatever comparison the sentence makes (spending-target-time.ts).
            withTargetTimes(
              // A target's two parts, one wrong, are wrong whenever told after its adoption (figure-split.ts).
              // Round 47: and each part told ten times over ("35% of this spending ... core defense", figure-split-shares.ts);
              // the target told as paid into NATO's budget ("2% of national GDP on the NATO budget", spending-nato-budget.ts).
              withNatoBudget(
                withSplitShares(
                  withTargetSplits(
                    judgedAsNarrated(
                      withFigureForms(figureDetector),
                      (a) => !a.factIds.includes('nato-founding') && !a.factIds.includes(TARGET_YEARS_FACT),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ),
  // Counts depend on the date; an accession's date or place in line does not.
  // Round 35: an accession told with a month or a day not its own (accession-month.ts, red flags only).
  // Round 37: the alliance's size and its latest member told without the name NATO (alliance-told.ts, confirm-only).
  // Round 39: members told as joining together when their accessions fell apart (accession-together.ts), an accession
  // placed at a summit when none was held near it (accession-summit.ts); red flags only.
  // Round 40: an accession told at a time when no country joined NATO, its joiner a pronoun (accession-no-joiner.ts).
  // Round 47: a round of enlargement told with its date and the countries it took in (accession-round-date.ts); members
  // told as joining this year or last year (accession-relative-year.ts).
  // Round 48: a list told as joining on one day or in one year, a founder or another round's member in it (accession-list-misfit.ts).
  // Round 48: a founder listed with a later member as added to NATO ("the addition of Sweden and Norway", accession-founder-added.ts).
  // Round 48: the founders told as a closed list of fewer than twelve ("The original members of NATO ... are Belgium, Canada, and Denmark", founders-short-list.ts).
  // Round 48: an accession told with its round's size as "N other countries" ("joining the North Atlantic Pact together with six other Eastern European countries", accession-round-size.ts).
  withRoundSizes(
    withShortFounderLists(
      withFoundersAdded(
        withListMisfits(
          withRelativeYearAccessions(
            withEnlargementRoundDates(
              withNoJoinerAccessions(
                withAllianceTold(
                  withAccessionSummits(
                    withAccessionsTogether(
                      withAccessionMonths(
                        withJoiningParticiple(
                          withTimelineAccessions(
                            withEnlargementRounds(
                              judgedAsNarrated(
                                withPrematureAccessions(
                                  withEuAccession(withMembershipStatus(withAccessionProcess(withMemberCountForms(membershipDetector)))),
                                ),
                                (a) => a.factIds.includes('nato-members'),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ),
  // Round 38: accessions told with their year where NATO is not named near (accession-unnamed.ts, confirm-only).
  unnamedAccessionDetector,
  // Round 38: NATO's founding told of "an alliance" or with its twelve founders (alliance-founding.ts, confirm-only).
  allianceFoundingDetector,
  // Round 42: NATO's founders counted with a bound that leaves out twelve ("Over 12 countries ... established NATO").
  foundersBoundDetector,
  // Round 42: NATO given a president ("the current president of NATO is Norwegian", "NATO president Stoltenberg").
  natoPresidentDetector,
  // Round 42: the North Atlantic Treaty told as signed, or NATO as founded, in a city not Washington (founding-place.ts).
  foundingPlaceDetector,
  // Round 42: the founding told as a noun with a year not 1949 ("Since its creation in 1950, NATO"; founding-noun.ts).
  foundingNounDetector,
  // Round 42: NATO told as headquartered, in the present, outside Belgium ("NATO is headquartered in Geneva").
  foundingSeatDetector,
  // The alliance's history: Article 5 and Article 4 uses, its age and anniversaries, the steps to accession.
  // Round 38: their confirmations withdrawn where a weekday told with them names another day (record-weekday.ts).
  // Round 43: Article 4 and 5 uses told as the page's news: a first, a count in figures, the ally who asked (treaty-article-uses.ts).
  withRecordWeekdays(withArticleUses(treatyArticleDetector)),
  // Article 5's one use told by 'It' after the article is named (confirm-only).
  article5ToldDetector,
  // Round 41: the full-scale invasion's day told with its year by a bare word of war (war-day-told.ts, confirm-only).
  warDayToldDetector,
  // The years from the 9/11 attacks to the page's day, told as a count ("nearly two decades later, the alliance faces").
  gapSince911Detector,
  allianceAgeDetector,
  // Arms-control treaties' steps: INF, Open Skies, New START, CFE.
  withRecordWeekdays(armsControlDetector),
  // The last ally to ratify a candidate's accession told with its place in line ("the 30th and last").
  ratifierOrderDetector,
  // Milestones of NATO's institutions and of its relations with Ukraine (confirm-only).
  withRecordWeekdays(natoMilestonesDetector),
  // Round 26: a country's invitation to join NATO told as a verb (confirm-only).
  withRecordWeekdays(invitedDetector),
  // Deadlines a leader set a side of the war (confirm-only).
  warUltimatumDetector,
  // A president's term told by its number, a return to office (confirm-only).
  presidentTermsDetector,
  // The UN General Assembly's tallies on the war (confirm-only).
  withRecordWeekdays(ungaVotesDetector),
  accessionStepDetector,
  // Round 32: a NATO summit told by an ordinal no count of its summits reaches ("the 75th NATO Summit").
  summitOrdinalDetector,
  // Round 38: NATO's name spelt out with a wrong word ('the North American Treaty Organization').
  allianceNameDetector,
];

export interface Engine {
  readonly facts: FactIndex;
  /**
   * Finds and judges every claim in `text` as of `options.asOf`; annotations sorted by start.
   * Annotations may nest (an event claim around the title claim of one of its participants).
   * `scanned`, from `scan(text)`, saves scanning the same text twice.
   */
  analyze(text: string, options: AnalyzeOptions, scanned?: Scanned): Annotation[];
  /** Folds and scans a text: which people it names in full, and whether it names anyone at all. */
  scan(text: string): Scanned;
  /**
   * The matches of `scan(text)`, without the folded text: for a page's survey, where most of the
   * text names no one and only the paragraphs that do are folded (`scannedOf`). With `from` and `to`,
   * those of text[from, to), offsets into `text`, the characters around the range read as the matcher
   * always reads them (a word just before `from` makes a word at `from` no word start).
   */
  scanMatches(text: string, from?: number, to?: number): Scanned['matches'];
  /** Whether a text whose scan matched nothing may still hold a claim (a figure, a member count): the detectors' triggers. */
  hasUnnamedClaimWords(text: string): boolean;
  /**
   * The detectors' trigger words, global and case-insensitive: where in a page a claim that names
   * no one may be. Without one of them a text that names no one holds no claim (a "%" alone,
   * common in any page's inline CSS, is not enough).
   */
  readonly claimWords: RegExp;
  /**
   * What a page says about time before each of its paragraphs (they start at `starts`, in order),
   * for judging them one at a time (AnalyzeOptions.pageNarration). `matches`: the page's scan (only
   * its places are read: "the Wales summit").
   */
  pageNarrations(text: string, asOf: string, matches: Scanned['matches'], starts: readonly number[]): PageNarration[];
}

export interface EngineOptions {
  /** The detectors to run; DETECTORS by default. */
  detectors?: readonly ClaimDetector[];
  /** Where a detector's failure is reported, once per detector and message; console.error by default. */
  log?: (message: string) => void;
}

export type { Scanned };
export { scannedFrom };

/** A text's Scanned from its matches found elsewhere (a part of a page's survey, offsets already the text's own). */
export const scannedOf = (text: string, matches: Scanned['matches']): Scanned => scannedFrom(fold(text), matches);

/** Distinct failures remembered, so each is logged once; past this, no more are logged. */
const MAX_LOGGED = 100;

export function createEngine(facts: FactIndex, options: EngineOptions = {}): Engine {
  const lexicon = buildLexicon(facts);
  const detectors = options.detectors ?? DETECTORS;
  const log = options.log ?? ((message: string) => console.error(message));
  const mayClaim = unnamedClaimTest(detectors);
  const logged = new Set<string>();
  const failed = (detector: ClaimDetector, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const key = `${detector.kind}\u0000${message}`;
    if (logged.has(key) || logged.size >= MAX_LOGGED) return;
    logged.add(key);
    log(`factmark: the ${detector.kind} detector failed, its findings in this paragraph are dropped: ${message}`);
  };
  const run: Runner = { lexicon, detectors, mayClaim, ctx: { facts, lexicon }, failed };
  return {
    facts,
    analyze(text, analyzeOptions, scanned) {
      return analyzeWith(run, text, analyzeOptions, scanned);
    },
    scan(text) {
      return scanText(text, lexicon);
    },
    scanMatches(text, from, to) {
      return lexicon.matcher.scanUnfolded(text, from, to);
    },
    hasUnnamedClaimWords: mayClaim,
    claimWords: claimWords(detectors),
    pageNarrations(text, asOf, matches, starts) {
      // Only the time marks are read: the text, the sentences that may hold one, and the places it names.
      const page: Doc = {
        text,
        folded: '',
        asOf,
        dateCertain: true,
        facts,
        lexicon,
        matches,
        sentences: timedSentences(text),
        people: [],
        pageNarration: undefined,
      };
      return pageNarrations(page, starts);
    },
  };
}

interface Runner {
  lexicon: Lexicon;
  detectors: readonly ClaimDetector[];
  mayClaim: (text: string) => boolean;
  ctx: DetectorContext;
  failed: (detector: ClaimDetector, error: unknown) => void;
}

function analyzeWith(run: Runner, text: string, options: AnalyzeOptions, scanned = scanText(text, run.lexicon)): Annotation[] {
  // Most paragraphs of most pages name no one we know: fold and scan them (one pass each) and stop.
  if (!scanned.matches.length && !run.mayClaim(text)) return [];
  const doc = buildDoc(text, run.lexicon, options.asOf, options.dateCertain ?? true, scanned, options.namedInFull, options.pageNarration);
  const out: Annotation[] = [];
  for (const detector of run.detectors) {
    for (const a of findIsolated(run, detector, doc, options)) out.push(a);
  }
  dropCoveredFillers(out);
  dropRepeats(out);
  withholdDaysAtOdds(doc, out);
  withholdAroundRedFlags(out);
  // Round 42: a confirmed count of NATO's founders told with a bound ("more than 12 countries founded NATO").
  withholdBoundedFounders(doc.text, out);
  // Round 41: a meeting told as a pair's first, or as not repeated since, against the pair's meetings on record (before the
  // denials are read: "It is not true that they have not met since 2018" is not asserted).
  withholdPairHistory(doc, out);
  withholdDeniedRedFlags(doc.text, out);
  withholdRoundsAtOdds(doc.text, out);
  for (const a of contextMentions(doc, out)) out.push(a);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// How far before a confirmation its weekday and day may stand ("on Thursday morning, September 6, 2023, appointed ...").
const DAY_LOOKBACK = 45;

/**
 * A confirmation whose own words hold a day that cannot be true ("Finland and Sweden on Thursday morning (18 May
 * 2022) handed in their letters": 18 May 2022 was a Wednesday; "from June 31 to June 1") becomes context: the record
 * matched the rest of the sentence, but one of its parts is wrong and the reader must check which. The detectors
 * read the day they need and pass over a weekday beside it or a day the month lacks, so this is asked once here, of
 * confirmations only; the weekday by the rule the red flag on it uses (`weekdayMismatch`: the year written, or the
 * day within weeks of a page of known date).
 */
function withholdDaysAtOdds(doc: Doc, found: Annotation[]): void {
  const text = doc.text;
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (a.verdict !== 'supported') continue;
    // Not past the sentence's start: a weekday of the sentence before is another day's. A title's confirmation holds over
    // its whole tenure, so only a day in its own words is asked (round 37: "on Friday, February 27, President Volodymyr
    // Zelenskyy will be traveling", held-out 35 qj002: the weekday is wrong, the title is not).
    let from = a.kind === 'title' ? a.start : Math.max(0, a.start - DAY_LOOKBACK);
    const head = text.slice(from, a.start);
    const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
    if (cut >= 0) from += cut + 1;
    const weekday = DAY_WORD_RE.test(text.slice(from, a.end))
      ? weekdayMismatch(doc, findDates(text, from, a.end, { asOf: doc.asOf }))
      : null;
    const odds = weekday
      ? weekday.message.replace(/: the weekday or the date is wrong\.$/, '')
      : (impossibleDay(text, from, a.end, doc.asOf) ?? daysOffEvent(doc, a));
    if (!odds) continue;
    found[i] = { ...a, verdict: 'context', message: `Not confirmed: ${odds}. On record: ${a.fact}` };
  }
}
const DAY_WORD_RE = compiledOnFirstRun(/(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/);

/** A span of days in an event's confirmation that is not the event's (daySpanOffRecord), said as the reason. */
function daysOffEvent(doc: Doc, a: Annotation): string | null {
  if (a.kind !== 'event' || !a.factIds[0]) return null;
  const e = doc.facts.events.get(a.factIds[0]) ?? doc.facts.euMeetings.get(a.factIds[0]);
  const off = e ? daySpanOffRecord(doc, e, a.start, a.end) : null;
  return off ? `${off} is not the days of ${e!.name}` : null;
}

/**
 * A confirmation whose words hold a red flag of the same kind of claim ("The Council adopted the 13th package of
 * sanctions against Russia on 24 June" in 2024: the day's designations confirmed the whole, while "13th package" is
 * contradicted, it was the 14th) becomes context: the words cannot be both right and wrong, and the flag says which part.
 */
function withholdAroundRedFlags(found: Annotation[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (a.verdict !== 'supported') continue;
    const red = found.find((b) => sameFamily(a.kind, b.kind) && b.verdict === 'contradicted' && b.start >= a.start && b.end <= a.end);
    if (red)
      found[i] = { ...a, verdict: 'context', message: `Not confirmed as a whole: "${red.quote}" is not right. On record: ${a.fact}` };
  }
}

/**
 * A confirmation of a numbered round of talks whose own words give it another number ("convened in Istanbul, marking the
 * second direct talks in over three years" matched to the talks' 1st round by place and day): the number told is part of
 * the claim, so it is not confirmed as a whole. Asked of confirmations whose record is a numbered round only.
 */
function withholdRoundsAtOdds(text: string, found: Annotation[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (a.verdict !== 'supported' || a.kind !== 'event') continue;
    const round = ROUND_OF_RECORD_RE.exec(a.message);
    if (!round) continue;
    // The claim's words and the rest of its clause ("for a third round of peace talks"), not another clause's round.
    const words = a.quote + text.slice(a.end, a.end + 40).split(/[,;.]/)[0];
    const told = ROUND_TOLD_RE.exec(words);
    if (!told || numberFrom(told[1]) === Number(round[1])) continue;
    // Another round told as the time around this one: "... with further talks held on 10 March in Turkey prior to a fourth
    // round of negotiations" (Wikipedia, of the three rounds in Belarus; meetings-wave2.test.ts).
    if (ROUND_AS_TIME_BEFORE_RE.test(words.slice(0, told.index))) continue;
    found[i] = { ...a, verdict: 'context', message: `Not confirmed: the ${told[1]} is not this round. On record: ${a.fact}` };
  }
}
const ROUND_AS_TIME_BEFORE_RE = /\b(?:prior\s+to|before|after|ahead\s+of|followed\s+by|preceding|until|since)\s+(?:a|the|its)\s+$/i;
const ROUND_OF_RECORD_RE = /\((\d+)(?:st|nd|rd|th) round\)/;
const ROUND_TOLD_RE =
  /\b(first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+(?:round|(?:direct\s+)?(?:peace\s+)?(?:talks|negotiations|discussions))\b/i;

// A title and a tenure are claims about the same office: "Zelenskiy was sworn in as the seventh president of Ukraine" is
// one claim, confirmed as a title and contradicted as a holder's number (office-ordinal.ts), so it is not confirmed as a whole.
const sameFamily = (a: Annotation['kind'], b: Annotation['kind']): boolean =>
  a === b || ((a === 'title' || a === 'tenure') && (b === 'title' || b === 'tenure'));

/**
 * A red flag on words the sentence itself denies or reports as a belief, right before them ("It is not true that Finland
 * joined NATO in 2022; it joined in 2023", "contrary to claims that ...", "the myth that ...", "wrongly said that ...")
 * becomes context: the page does not assert the claim, it corrects it. Asked here, once, of red flags only (few), so
 * every detector honours it; a denial after the claim or a bare "X claimed" is not read (reported speech stays as it is).
 */
function withholdDeniedRedFlags(text: string, found: Annotation[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (a.verdict !== 'contradicted' && a.verdict !== 'outdated') continue;
    const head = text.slice(Math.max(0, a.start - DENIAL_LOOKBACK), a.start);
    const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf(';'));
    if (!DENIED_LEAD_RE.test(cut >= 0 ? head.slice(cut + 1) : head)) continue;
    found[i] = { ...a, verdict: 'context', message: `Told as denied or as a belief, not asserted. On record: ${a.fact}` };
  }
}
const DENIAL_LOOKBACK = 80;
// The lead must end right where the flagged words begin (an optional "the", "a", quotation mark or one word between: "It is a
// myth that West Germany ..." flagged from "Germany").
const DENIED_LEAD_RE =
  /(?:\b(?:is|was|it['\u2019]s)\s+(?:not\s+(?:true|the\s+case|correct|so)|(?:simply\s+)?(?:false|untrue|wrong|a\s+myth|incorrect))\s+that|\bcontrary\s+to\s+(?:\w+\s+){0,3}(?:claims?|reports?|beliefs?|assertions?|rumou?rs?)\s+that|\b(?:myth|misconception|misbelief|falsehood|false\s+(?:claim|idea|notion|belief|impression))\s+that|\b(?:falsely|wrongly|mistakenly|erroneously|incorrectly)\s+(?:\w+\s+){0,2}(?:claim(?:s|ed)?|sa(?:y|ys|id)|stat(?:es|ed)|assert(?:s|ed)|report(?:s|ed)|believ(?:es|ed)|suggest(?:s|ed)|thinks?|thought)\s+(?:that\s+)?|\bdenie[sd]\s+(?:\w+\s+){0,2}(?:that\s+)?|\bden(?:y|ying)\s+(?:\w+\s+){0,2}that)\s*(?:the\s+|a\s+|["\u201c\u2018'])?(?:\w+\s+)?$/i;

/**
 * One detector's findings. A detector that throws loses its findings, and only its own: in a
 * text of several paragraphs (the CLI's plain text), it is tried again paragraph by paragraph,
 * so only the paragraph it fails on goes without them.
 */
function findIsolated(run: Runner, detector: ClaimDetector, doc: Doc, options: AnalyzeOptions): Annotation[] {
  try {
    return detector.find(doc, run.ctx);
  } catch (error) {
    run.failed(detector, error);
  }
  if (!doc.text.includes('\n')) return [];
  const named = new Set(options.namedInFull);
  for (const p of doc.people) if (p.full && !p.fuzzy) named.add(p.personId);
  const out: Annotation[] = [];
  for (let start = 0; start < doc.text.length;) {
    const nl = doc.text.indexOf('\n', start);
    const end = nl < 0 ? doc.text.length : nl;
    const paragraph = doc.text.slice(start, end);
    const scanned = scanText(paragraph, run.lexicon);
    if (scanned.matches.length || run.mayClaim(paragraph)) {
      const part = buildDoc(paragraph, run.lexicon, doc.asOf, doc.dateCertain, scanned, named);
      try {
        for (const a of detector.find(part, run.ctx)) out.push({ ...a, start: a.start + start, end: a.end + start });
      } catch (error) {
        run.failed(detector, error);
      }
    }
    start = end + 1;
  }
  return out;
}

/**
 * A full name with no title claim on it: say who the person is as of the date. A post-pass over
 * the detectors' findings: a title claim ends at its name ("former U.S. President Donald Trump")
 * or, in apposition, starts at it ("Dmitry Peskov, the Kremlin spokesman").
 */
function contextMentions(doc: Doc, found: readonly Annotation[]): Annotation[] {
  const titledEnds = new Set<number>();
  const titledStarts = new Set<number>();
  for (const a of found) {
    if (a.kind !== 'title') continue;
    titledEnds.add(a.end);
    titledStarts.add(a.start);
  }
  // Past the horizon, who holds what is known only as of that day.
  const horizon = pastHorizon(doc.facts, doc.asOf);
  const day = horizon ?? doc.asOf;
  const out: Annotation[] = [];
  for (const p of doc.people) {
    if (!p.full || p.fuzzy || titledEnds.has(p.end) || titledStarts.has(p.start)) continue;
    // "President Emmanuel Macron of France": the title's country after the name.
    if (found.some((a) => a.kind === 'title' && a.start < p.start && p.end < a.end)) continue;
    const person = doc.facts.people.get(p.personId);
    const who = whoIs(doc.facts, p.personId, day);
    out.push({
      start: p.start,
      end: p.end,
      quote: doc.text.slice(p.start, p.end),
      verdict: 'context',
      kind: 'mention',
      factIds: [p.personId],
      message: horizon
        ? `Who this is as of ${formatDay(horizon)}, the last day the fact base was checked: ${who}`
        : `Who this is on ${doc.asOf}: ${who}`,
      fact: who,
      sources: sourcesOf(person),
    });
  }
  return out;
}
