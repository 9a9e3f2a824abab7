// An administration told as still at work after its president left: "Hegseth's absence comes as the Biden
// administration continues to provide significant support to Ukraine" (held-out 13 d218, April 2025: Biden had
// left office on 20 January 2025). "The NAME administration" is a US president's; a verb of the present that
// says it goes on ("continues to", "is still", "remains") says it is in office on the page's day.
//
// Also a verb of the present that says what the administration is doing now, after "as" or "while" ("This significant
// shift comes as the Biden administration moves to recalibrate its policies", held-out 15 tc218, April 2025), a
// present progressive ("the Biden administration is preparing"), and a possessive of an approach under way ("the Biden
// administration's increasingly relaxed approach", tc217). Never when the president was about to take office again
// (within ELECT_DAYS: "as the Trump administration prepares" in December 2024 is the incoming one's), nor after "if",
// "whether", "unless" or "would".
//
// Outdated when the surname is that of exactly one president on record, whose every term had ended more than
// GRACE_DAYS before the page's day (and began before it: "the Trump administration continues" in 2025 is his
// second term's), the record is verified, the page's date is certain and within the office's horizon. Nothing is
// confirmed: the words say nothing of who else is in office. Past tenses ("continued", "was") tell of their time
// and are never read.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { onDay } from '../holders';
import { pastHorizon } from '../horizon';
import { tenureNote } from './tenure-note';
import { sentenceOf } from '../doc';
import { hypotheticalTerms } from './tenure-hypothetical';
import { narratedTime } from '../narrated-time';
import { incomingAdministrations, soleHolderOfSurname } from './tenure-administration-incoming';
import { potentialAdministrations } from './tenure-administration-potential';

const OFFICE = 'us-president';
const ADMINISTRATION_RE =
  /\b[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration\s+(continues\s+to|is\s+continuing\s+to|keeps|is\s+still|still\s+(?:provides|supports|sends|refuses|insists)|remains\s+(?:committed|in\s+office|in\s+power))\b/g;
/** "as the NAME administration moves to", "while the NAME administration is preparing": an act of the page's day. */
const AS_ADMINISTRATION_RE =
  /\b(?:[Aa]s|[Ww]hile)\s+the\s+([A-Z][a-z]+)\s+[Aa]dministration\s+((?:moves|prepares|begins|alters|shifts|seeks|weighs|considers|pushes|presses|tries|works|aims|looks|plans|wants|signals|pursues|prioriti[sz]es|recalibrates|scrambles|struggles|rushes|races|steps\s+up|ramps\s+up)\s+|is\s+(?!expected|likely|set|poised|said|believed|reported|accused|criticized|criticised)[a-z]+ing\s+)/g;
/**
 * Round 46 (lead's read of held-out 45): after "as" or "while", verbs of stepping up ("as the Biden administration
 * amplifies its initiatives to curb Moscow's energy income", uy009, October 2025), and the administration with its
 * allies as one subject, whose verb is then plural ("as the Biden administration and European allies push for a
 * ceasefire in Ukraine", ut001, October 2025). Both were the Trump administration's acts. A plural verb only after such
 * a subject ("as the Biden administration officials push" has officials for its subject), and read like the progressive
 * (progressiveNow: not in a sentence that tells a year or another time, nor on a page mostly about the past).
 */
const AS_ADMINISTRATION_STEPS_RE =
  /\b(?:[Aa]s|[Ww]hile)\s+the\s+([A-Z][a-z]+)\s+[Aa]dministration\s+(?:(?:amplifies|intensifies|escalates|expands|broadens|tightens|increases|boosts|doubles\s+down|ratchets\s+up)\s+|and\s+(?:its\s+)?(?:[A-Z][a-z]+\s+)?(?:allies|partners)\s+(?:move|prepare|push|press|seek|try|work|weigh|consider|step\s+up|ramp\s+up|amplify|intensify|escalate|expand|tighten|increase|boost)\s+)/g;
/** "the NAME administration's increasingly relaxed approach": an approach under way on the page's day. */
const POSSESSIVE_NOW_RE = /\b[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration['\u2019]s\s+(increasingly|current|ongoing)\b/g;
/**
 * Round 36: the administration as the subject of any present progressive, wherever its clause begins: "While the
 * legislation grabs headlines, the Biden administration is pumping the brakes behind the scenes" (held-out 34 pp003, June
 * 2025). Not after a preposition ("officials of the Biden administration are ..." has another subject), not a passive or
 * an expectation ("is being criticised", "is expected to"), not in a sentence that names a year of its time. So a present
 * simple of saying, wanting or acting ("the Biden administration says it will ...").
 */
const PROGRESSIVE_RE =
  /\b[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration\s+is\s+(?:(?:now|still|also|quietly|reportedly|currently|already)\s+)?(?!expected|likely|set|poised|said|believed|reported|accused|criticized|criticised|being|going|thought|seen|understood|known|remembered|widely|credited|blamed)[a-z]+ing\b/g;
/** And of a present simple of saying, wanting or acting: "the Biden administration says", "wants", "opposes". */
const PRESENT_RE =
  /\b[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration\s+(?:(?:now|still|also|reportedly|currently)\s+)?(?:says|wants|plans|insists|argues|warns|hopes|intends|opposes|seeks|refuses|maintains|urges|believes|backs|supports|considers|weighs|demands)\b/g;
/**
 * Round 40: and of the present perfect of an act, active: "The Biden administration has also pressured Asian allies,
 * including Japan, to halt Russian energy imports" (held-out 38 ry012, October 2025, nine months after Biden left; it was
 * Trump's Treasury pressing Japan). Not a passive ("has been criticised"), not "has had", and only long after the
 * handover (PERFECT_GRACE_DAYS): in the first months a page may still sum up the term just ended so.
 */
const PERFECT_RE =
  /\b[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration\s+has\s+(?:(?:also|now|already|repeatedly|reportedly|recently|increasingly|quietly|since)\s+)?(?!been\b|had\b)(?:[a-z]{3,}ed|sent|sought|put|made|taken|given|told|kept|set|begun|drawn|thrown|withheld|brought|struck|won|lost|spent|led|built|cut|met)\b/g;
const PERFECT_GRACE_DAYS = 180;
/**
 * Round 48: the administration called the current one, whatever the verb or the preposition before it: "one day before
 * Ukrainian President Volodymyr Zelensky's scheduled visit to the White House to confer with the current Biden
 * administration" (outpoll.com, 16 October 2025, held-out 46 vf003: Trump had been president since January). "Current",
 * "present", "sitting", "incumbent" say the page's day by themselves; read like the progressive (currentNow: not after
 * "then", nor in a sentence that tells a year or another time, nor on a page mostly about the past).
 */
const CURRENT_ADMINISTRATION_RE = /\b(?:current|present|sitting|incumbent)\s+([A-Z][a-z]+)\s+[Aa]dministration\b/g;
/** "the then-current Biden administration", "the then current": the current one of another time. */
const THEN_BEFORE_RE = /\bthen[\s-]*$/i;
/**
 * Round 44: a clause told as what someone said ("Rutte indicated that the Biden administration has been ..."), which heads
 * its own clause though "that" is not a clause head: after a verb of saying, "that" opens what was said, not a relative
 * clause ("the weapons that the Biden administration has been sending"). Read for the perfect progressive only.
 */
const SAID_THAT_BEFORE_RE =
  /\b(?:said|says|indicated|indicates|noted|notes|stressed|added|suggested|argued|explained|warned|claimed|insisted|told\s+\w+)\s+that\s+$/i;
/**
 * Round 44: and of the present perfect progressive, which tells of work going on up to the page's day as plainly as "is
 * working" does: "the Biden administration has been actively working on diplomatic efforts to end the war in Ukraine"
 * (held-out 43 uh001, 11 March 2025, seven weeks after Biden left). Read like the progressive (GRACE_DAYS, not the
 * perfect's longer grace: the words say the work goes on), at the head of its clause, with the progressive's exclusions;
 * not a noun in -thing ("has been nothing but"), not a passive ("has been being"), not "had been" (a past perfect tells of
 * its own time).
 */
const PERFECT_PROGRESSIVE_RE =
  /\b[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration\s+has\s+been\s+(?:[a-z]+ly\s+){0,2}(?!expected|likely|set|poised|said|believed|reported|accused|criticized|criticised|being|going|thought|seen|understood|known|remembered|widely|credited|blamed|\w*thing\b)[a-z]+ing\b/g;
/**
 * Round 40 (lead's read): the present perfect only as a clause of its own, at the head of its sentence or after a
 * conjunction or a comma. In a relative clause it tells of a result that lasts ("Much of what the Biden administration has
 * built has been dismantled", "the sanctions the Biden administration has imposed"), true after the handover.
 */
const CLAUSE_HEAD_BEFORE_RE = /(?:^|[,;:(\u2014\u2013]|\b(?:and|but|while|whereas|meanwhile|yet|so|also|moreover|however|now|today))\s*$/i;

function perfectHeadsClause(doc: Doc, at: number): boolean {
  const sentence = doc.sentences.find((x) => x.start <= at && at < x.end);
  return CLAUSE_HEAD_BEFORE_RE.test(doc.text.slice(sentence ? sentence.start : Math.max(0, at - 80), at));
}
const PREPOSITION_BEFORE_RE =
  /\b(?:of|from|in|under|during|by|with|to|for|at|than|like|about|against|on|into|within|throughout|since|after|before)\s+$/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
/** A hypothetical or a future before the match: "if the Biden administration moves to". */
const HYPOTHETICAL_BEFORE_RE = /\b(?:if|whether|unless|would|could|should)\s+$/i;
/** Days before a president's next term in which "the NAME administration" may be the incoming one. */
const ELECT_DAYS = 120;
/** Days after a handover in which a page may still speak of the outgoing administration as at work. */
const GRACE_DAYS = 30;

export function withAdministrations(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: [...tenure.triggers, { words: ['administration'] }],
    // Round 43: and an administration told as still to come after its president took office (tenure-administration-incoming.ts).
    find: (doc, ctx) => [
      ...tenure.find(doc, ctx),
      ...administrationsAtWork(doc),
      ...hypotheticalTerms(doc),
      ...incomingAdministrations(doc),
      // Round 47: and one told as a possibility after its president took office (tenure-administration-potential.ts).
      ...potentialAdministrations(doc),
    ],
  };
}

function administrationsAtWork(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.folded.includes('administration') || !doc.dateCertain) return out;
  const office = doc.facts.offices.get(OFFICE);
  if (!office || pastHorizon(doc.facts, doc.asOf, { office: OFFICE })) return out;
  const matches = [
    ...doc.text.matchAll(ADMINISTRATION_RE),
    ...doc.text.matchAll(AS_ADMINISTRATION_RE),
    ...[...doc.text.matchAll(AS_ADMINISTRATION_STEPS_RE)].filter((m) => progressiveNow(doc, m.index)),
    ...doc.text.matchAll(POSSESSIVE_NOW_RE),
    ...[...doc.text.matchAll(PROGRESSIVE_RE), ...doc.text.matchAll(PRESENT_RE)].filter((m) => progressiveNow(doc, m.index)),
    ...[...doc.text.matchAll(PERFECT_PROGRESSIVE_RE)].filter(
      (m) =>
        progressiveNow(doc, m.index) &&
        (perfectHeadsClause(doc, m.index) || SAID_THAT_BEFORE_RE.test(doc.text.slice(Math.max(0, m.index - 40), m.index))),
    ),
    ...[...doc.text.matchAll(PERFECT_RE)]
      .filter((m) => progressiveNow(doc, m.index) && perfectHeadsClause(doc, m.index))
      .map((m) => Object.assign(m, { perfect: true })),
    ...[...doc.text.matchAll(CURRENT_ADMINISTRATION_RE)].filter((m) => currentNow(doc, m.index)),
  ];
  const seen = new Set<number>();
  for (const m of matches) {
    if (HYPOTHETICAL_BEFORE_RE.test(doc.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    // The same words read by two forms ("while the Biden administration is preparing"): once. The current form's words
    // start at "current".
    const the = m[0].search(THE_WORD_RE);
    const at = m.index! + (the < 0 ? 0 : the);
    if (seen.has(at)) continue;
    seen.add(at);
    const sole = soleHolderOfSurname(doc, office, m[1]);
    if (!sole) continue;
    const { personId, tenures } = sole;
    if (tenures.some((t) => onDay(t, doc.asOf) !== 'out')) continue;
    if (tenures.some((t) => t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= ELECT_DAYS)) continue;
    const last = tenures.filter((t) => t.from <= doc.asOf).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
    if (!last?.until || daysBetween(last.until, doc.asOf) <= ('perfect' in m ? PERFECT_GRACE_DAYS : GRACE_DAYS)) continue;
    const person = doc.facts.people.get(personId);
    const start = at;
    const end = m.index! + m[0].trimEnd().length;
    out.push(
      tenureNote(doc, {
        start,
        end,
        verdict: 'outdated',
        factIds: [OFFICE, personId],
        message: `${person?.name ?? personId} left office as ${office.name} on ${formatDay(last.until)}: on ${formatDay(doc.asOf)} the ${m[1]} administration was no longer in office.`,
        tenure: last,
      }),
    );
  }
  return out;
}

/**
 * Words that set a sentence in another time or in a telling, where the present is a historical one ("The book recounts
 * how, in the months before the invasion, the Biden administration warns allies"): the broad present forms stay quiet.
 */
const TOLD_OF_ANOTHER_TIME_RE =
  /\b(?:then|when|once|at\s+the\s+time|back\s+then|in\s+those\s+(?:days|weeks|months|years)|before\s+the\s+(?:invasion|war)|recounts?|recalls?|memoir|book|film|documentary|chapter|episode)\b/i;

const THE_WORD_RE = /\b[Tt]he\s/;

/** "the current NAME administration" of the page's day: not "then-current", and told of no other time (progressiveNow). */
function currentNow(doc: Doc, at: number): boolean {
  if (THEN_BEFORE_RE.test(doc.text.slice(Math.max(0, at - 8), at))) return false;
  const sentence = sentenceOf(doc, at);
  const text = doc.text.slice(sentence.start, sentence.end);
  if (YEAR_RE.test(text) || TOLD_OF_ANOTHER_TIME_RE.test(text)) return false;
  const narrated = narratedTime(doc, at);
  return !narrated.narration && !narrated.historicalPage;
}

/**
 * The progressive's subject is the administration (no preposition before it), its sentence names no year and no other
 * time, and the passage narrates no other time (a history's historical present).
 */
function progressiveNow(doc: Doc, at: number): boolean {
  if (PREPOSITION_BEFORE_RE.test(doc.text.slice(Math.max(0, at - 14), at))) return false;
  const sentence = sentenceOf(doc, at);
  const text = doc.text.slice(sentence.start, sentence.end);
  if (YEAR_RE.test(text) || TOLD_OF_ANOTHER_TIME_RE.test(text)) return false;
  const narrated = narratedTime(doc, at);
  return !narrated.narration && !narrated.historicalPage;
}
