// A title told with its holder's departure: "the Russian Defence Minister Sergei Shoigu has been
// replaced by First Deputy Prime Minister Andrei Belousov" (three days after the handover),
// "Putin replaced Defence Minister Sergei Shoigu with an economist", "the resignation of Prime
// Minister X". The sentence tells of the moment the person left, when the title was still theirs:
// judged as of the article's date it is a red flag on a true sentence. A stale title told as
// current ("Defence Minister Sergei Shoigu said on Tuesday", months later) stays flagged: the words
// around it say nothing of leaving.
import type { ClaimDetector } from '../detector';
import type { Office } from '../../facts/schema';
import type { Annotation } from '../types';
import { tenuresOf } from '../holders';
import { daysBetween, formatDay } from '../dates';
import { sentenceOf, type Doc } from '../doc';
import { withOutdatedTitlesRejudged } from './title';
import { LEAVING_NEWS_LAG_DAYS, leavingToldAsThisWeek } from './leaving-news-day';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** A slice of words alone (letters, spaces, dots, apostrophes, hyphens): no punctuation between two mentions. */
const ONLY_WORDS_RE = new RegExp(String.raw`^[\s\p{L}.\u2019'-]*$`, 'u');

// The verbs of leaving or being removed, told after the title and name: "X has been replaced by",
// "X, who was dismissed on Monday,", "X resigned", "X stepped down", "X will be replaced", "foreign
// minister, Caspar Veldkamp, and his fellow New Social Contract (NSC) ministers resigned on Friday",
// "On September 30, NATO Secretary General Jens Stoltenberg handed over to Mark Rutte" (a page of
// 13 October 2024, a red flag on a true sentence), "passed the baton to".
const LEFT_AFTER_RE =
  /^(?:['\u2019]s)?(?:\s*,[^,.;:!?]{1,80},)?(?:,?\s+and\s+[^.;:!?]{1,70}?)?\s+((?:(?:has|had|have)\s+(?:been\s+)?|(?:was|were|is\s+being|will\s+be|is\s+to\s+be|would\s+be)\s+|(?:officially|formally|abruptly|unexpectedly)\s+)*)(?:(replaced|dismissed|sacked|fired|removed|ousted|relieved|succeeded)|resign(?:ed|s)|stepped\s+down|steps\s+down|quit|quits|left\s+(?:office|his\s+post|her\s+post)|moved\s+to|hand(?:ed|s)\s+over\s+(?:to|the\s+(?:baton|reins|post|office|leadership|helm|duties))|pass(?:ed|es)\s+the\s+(?:baton|reins|torch))\b/i;
// A verb of being removed tells of the named person leaving only in the passive ("was replaced", "has been succeeded",
// "replaced by"). In the active it tells of the named person taking an office: "The 57-year-old Dutch Prime Minister
// succeeded Jens Stoltenberg" (held-out 17 va049, October 2024, of Rutte, who had left the premiership in July) is not
// of leaving the premiership; "Prime Minister Rishi Sunak succeeded Liz Truss" (someone who held the title's office) is
// of the day the title became his, a time in office told.
const PASSIVE_RE = /\b(?:been|was|were|being|be)\s/i;
const BY_AFTER_RE = /^\s+by\b/i;

/** 'left' when the words after the title tell of the person leaving; the end of an active "succeeded/replaced" verb when they tell of the person taking over from someone. */
function leftAfter(text: string): 'left' | number | null {
  const m = LEFT_AFTER_RE.exec(text);
  if (!m) return null;
  if (!m[2]) return 'left';
  const end = m.index + m[0].length;
  if (PASSIVE_RE.test(m[1]) || BY_AFTER_RE.test(text.slice(end))) return 'left';
  return /^(?:succeeded|replaced)$/i.test(m[2]) ? end : null;
}

/** The person named right after an active "succeeded/replaced" held the office: the sentence tells of the takeover. */
function tookOverFromHolder(doc: Doc, at: number, office: Office): boolean {
  const next = doc.people.find((p) => p.start >= at && p.start <= at + 40);
  return !!next && ONLY_WORDS_RE.test(doc.text.slice(at, next.start)) && tenuresOf(next.personId, office).length > 0;
}

// The same told before: "Putin replaced Defence Minister X", "the dismissal of Foreign Minister X".
const LEFT_BEFORE_RE =
  /\b(?:replac(?:ed|es|ing)|dismiss(?:ed|es|ing)|sack(?:ed|s|ing)|fir(?:ed|es|ing)|oust(?:ed|s|ing)|remov(?:ed|es|ing)|succeed(?:ed|s|ing)|took\s+over\s+from|takes\s+over\s+from|(?:the\s+)?(?:dismissal|removal|ouster|resignation|departure|replacement|sacking|firing)\s+of)\s+(?:the\s+)?(?:(?:long[-\s]?serving|long[-\s]?time|long[-\s]?standing|veteran|embattled|lifelong|outgoing|departing|incumbent|sitting|beleaguered|unpopular|popular|influential|controversial|hawkish|ailing|respected|powerful|seasoned|experienced)\s+)?$/i;
// A title told of the time it was held, in the past tense: "As a foreign minister, Baerbock was
// consistently critical of Russia" (a month after she left office), "As prime minister, he oversaw"; irregular verbs too
// ("As Dutch prime minister, Mark Rutte dealt with Trump", June 2025, was outdated).
const AS_TITLE_BEFORE_RE = /(?:^|[.!?;]\s+|\n)As\s+(?:an?\s+|the\s+)?$/;
const PAST_AFTER_RE =
  /^\s*,?\s+(?:also\s+|often\s+|once\s+|repeatedly\s+|consistently\s+|long\s+)?(?:was|were|had|did|served|oversaw|led|made|helped|pushed|became|signed|took|spent|visited|met|said|put|called|argued|warned|backed|opposed|supported|sought|urged|insisted|presided|steered|championed|negotiated|\w+ed|dealt|spoke|saw|went|gave|kept|built|fought|brought|sent|wrote|told|held|ran|won|lost|knew|stood|drew|froze|chose|rose|began|thought|felt|flew|drove|struck|broke|understood|withstood|paid|sold|taught|caught|found|left|came|got|grew|threw|shook|forgave|sat|hid|bit|slept)\b/;
// The words are a cheap pretest: most pages tell of no departure.
const LEAVING_WORDS_RE =
  /replac|dismiss|sack|fire|oust|remov|relieved|succe|resign|stepp|quit|left|took over|takes over|moved to|departure|hand(?:ed|s) over|passe[ds] the|\bAs\s/i;
/** How long after a departure a sentence is taken to tell of it: past that, the words may be of some other role. */
const LEAVING_NEWS_DAYS = 3 * 365;

/** Outdated titles whose sentence tells of the holder leaving the office become supported, as of the day they left. */
export function withLeavingTold(inner: ClaimDetector): ClaimDetector {
  const outdated = withOutdatedTitlesRejudged(inner, leavingTold, (doc) => LEAVING_WORDS_RE.test(doc.text));
  return {
    kind: outdated.kind,
    triggers: outdated.triggers,
    find(doc, ctx) {
      const found = outdated.find(doc, ctx);
      if (!found.some(handoverDaysTitle) || !LEAVING_WORDS_RE.test(doc.text)) return found;
      return found.map((a) => (handoverDaysTitle(a) ? (leftDaysBefore(doc, a, ctx.facts.offices) ?? a) : a));
    },
  };
}

// Round 46: "as Putin assumes his fifth presidential term, the ouster of longtime Defense Minister Sergei Shoigu" (a page of
// 15 May 2024, the day after Belousov took over; held-out 44 uj022): a stale title in the days after a handover is left as
// context (title.ts's grace), but a sentence that tells of the holder leaving is true of the title they left: confirmed,
// as an outdated one is (leavingTold), when a verified tenure of that office ended within those days.
const HANDOVER_GRACE_NOTE = '(The article is dated within';
/** How recent the end must be: the grace of title.ts is days, a week bounds it. */
const HANDOVER_DAYS_TOLD = 7;
const handoverDaysTitle = (a: Annotation) => a.verdict === 'context' && a.kind === 'title' && a.message.includes(HANDOVER_GRACE_NOTE);
function leftDaysBefore(doc: Doc, a: Annotation, offices: ReadonlyMap<string, Office>): Annotation | null {
  const [officeId, personId] = a.factIds;
  const office = officeId ? offices.get(officeId) : undefined;
  if (!office || !personId) return null;
  const ended = tenuresOf(personId, office).find(
    (t) => t.until && t.until <= doc.asOf && daysBetween(t.until, doc.asOf) <= HANDOVER_DAYS_TOLD,
  );
  if (!ended || ended.holder.confidence !== 'verified') return null;
  const judged = leavingTold(doc, a, offices);
  return judged?.verdict === 'supported' ? judged : null;
}

function leavingTold(doc: Doc, a: Annotation, offices: ReadonlyMap<string, Office>): Annotation | null {
  const [officeId, personId] = a.factIds;
  const office = officeId ? offices.get(officeId) : undefined;
  if (!office || !personId) return null;
  const sentence = sentenceOf(doc, a.start);
  const told = leftAfter(doc.text.slice(a.end, Math.min(sentence.end, a.end + 140)));
  if (typeof told === 'number') return tookOverFromHolder(doc, a.end + told, office) ? heldWhenTold(doc, a, office, personId) : null;
  const after = told === 'left';
  const before = !after && LEFT_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, a.start - 40), a.start));
  const heldThen =
    !after &&
    !before &&
    AS_TITLE_BEFORE_RE.test(doc.text.slice(Math.max(0, a.start - 12), a.start)) &&
    roleAfterAs(doc, a) &&
    PAST_AFTER_RE.test(doc.text.slice(a.end, Math.min(sentence.end, a.end + 60)));
  if (heldThen) return heldWhenTold(doc, a, office, personId);
  if (!after && !before) return null;
  // The tenure that ended last before the article, within the time a departure is news.
  const ended = tenuresOf(personId, office)
    .filter((t) => t.until && t.until <= doc.asOf)
    .sort((x, y) => (x.until! < y.until! ? 1 : -1))[0];
  if (!ended || daysBetween(ended.until!, doc.asOf) > LEAVING_NEWS_DAYS) return null;
  // "Zelensky on Tuesday dismissed Defense Minister X", months after X left: no departure of that week.
  if (daysBetween(ended.until!, doc.asOf) > LEAVING_NEWS_LAG_DAYS && leavingToldAsThisWeek(doc, sentence, a)) return null;
  return {
    ...a,
    verdict: 'supported',
    message: `The sentence tells of ${doc.facts.people.get(personId)?.name ?? personId} leaving: they held the office of ${office.name} until ${formatDay(ended.until!)}.`,
  };
}

/**
 * "As prime minister, Sunak visited Kyiv": the office is the role the person acted in, set off by a comma between the
 * title and the name or after the name. With no comma, "As" is the conjunction of a clause told of now: "As NATO
 * Secretary-General Jens Stoltenberg addressed President Vladimir Putin on September 10th, ..." (September 2025, a
 * year after he left office; held-out 22 pd018) tells of the page's own time, and the title is judged as any other.
 */
function roleAfterAs(doc: Doc, a: Annotation): boolean {
  return (
    doc.text.slice(a.start, a.end).includes(',') ||
    /^\s*,/.test(doc.text.slice(a.end, a.end + 3)) ||
    AS_REPORTED_RE.test(doc.text.slice(a.end, a.end + 40))
  );
}
// "As NATO Secretary General Jens Stoltenberg said/warned/put it, ...": words recalled from the time in office.
const AS_REPORTED_RE =
  /^\s+(?:(?:once|often|repeatedly|rightly|famously|himself|herself|also)\s+)?(?:said|says|noted|warned|argued|stated|wrote|observed|remarked|told|explained|pointed\s+out|stressed|emphasi[sz]ed|put\s+it|predicted|declared|insisted|acknowledged|admitted|conceded|recalled|has\s+said|had\s+said)\b/i;

/** "As a foreign minister, Baerbock was ...": supported when the person held the office before the article. */
function heldWhenTold(doc: Doc, a: Annotation, office: Office, personId: string): Annotation | null {
  const held = tenuresOf(personId, office).filter((t) => t.from <= doc.asOf);
  if (!held.length) return null;
  const last = held.sort((x, y) => (x.from < y.from ? 1 : -1))[0];
  return {
    ...a,
    verdict: 'supported',
    message: `The sentence tells of ${doc.facts.people.get(personId)?.name ?? personId}'s time in office: ${office.name} from ${formatDay(last.holder.start)}${last.until ? ` to ${formatDay(last.until)}` : ''}.`,
  };
}
