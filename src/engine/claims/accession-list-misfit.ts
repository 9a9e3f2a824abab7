// Round 48. A list of countries told as joining NATO on one day or in one year, one of which did not join then: "France,
// Turkey, and Greece joined on February 18, 1952" and "Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the
// United States, the United Kingdom, and Spain joined on May 30, 1982" (severnhistoricalsociety.org, March 2020, held-out
// 46 ve022: France and the eight others are founders of 1949; only Greece and Turkey joined on 18 February 1952, only
// Spain on 30 May 1982), "France, Turkey and Greece joined NATO in 1952", "Italy and Spain joined NATO in 1982", "Poland,
// Hungary and Slovakia joined the alliance in 1999".
//
// accession-lists.ts flags an outsider slipped into a round two or more of whose countries are confirmed together with NATO
// named near, and leaves founders alone (their record is disputed between the signing, 4 April 1949, and the treaty's entry
// into force, 24 August 1949). Here a founder told as joining in a year after 1949 is a misfit whatever its day, and the
// list is read where it is tied to NATO's accession beyond doubt by one of:
//  - a day written out that is the NATO accession day of at least one country of the list ("joined on May 30, 1982":
//    nothing else took Spain in that day), with no other club named in the sentence;
//  - NATO or the alliance as the object of the verb ("joined NATO in 1952") and one country of the list joining then;
//  - NATO or the alliance named in the sentence or the one before in the paragraph, no other club named in either, and two
//    or more countries of the list joining NATO on one day in the year told (the EU's 2004 round took in five of NATO's).
// The list is the subject of the verb, standing at the sentence's or a clause's start (not "Like France, Greece and Turkey
// joined in 1952"); every country of it a member by the page's day with a record sure of its year. Nothing after a step
// before joining, a supposition or a denial, with "respectively", or with a second time right after the first ("in 1952
// and 1955").
import type { Annotation } from '../types';
import { withMergedOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay, MONTH_NAMES } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { gated } from '../triggers';
import { historyAnnotation, NATO_JOINED_SRC, previousInParagraph } from './history-common';
import { listsIn } from './accession-lists';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\b(?:joined|acceded|entered|became|admitted)\b/);
const MONTHS = MONTH_NAMES.join('|');
// Right after the list: the verb of joining, NATO as its object at most (group 1), and the time: "on May 30, 1982" or "on
// 18 February 1952" (groups 2-6), "in (March) 1999" (groups 7-8).
const VERB_TIME_RE = new RegExp(
  String.raw`^\s+(?:(?:all|both|also|then|later|officially|formally|finally|subsequently|eventually)\s+)*(?:joined|acceded(?:\s+to)?|entered|became\s+(?:(?:full|formal|official)\s+)?(?:members?|allies)(?:\s+of)?|were\s+(?:admitted|accepted)(?:\s+(?:in)?to)?)(\s+${NATO_JOINED_SRC}(?!\s*['\u2019]s))?\s*,?\s+(?:on\s+(?:(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS})),?\s+((?:19|20)\d\d)|in\s+(?:(${MONTHS})\s+)?((?:19|20)\d\d))\b`,
);
// A second time right after the first, or a range: "in 1952 and 1955", "on 18 February 1952 and 6 May 1955".
const SECOND_TIME_RE = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:and|or|&|to|through|until|-|\u2013|/)\s*(?:(?:19|20)\d\d|\d{1,2}\b|(?:${MONTHS})\b)`,
);
// Before the list: the sentence's start (a bullet or a quote mark at most), a leading time ("On May 30, 1982,", "In 1952,"),
// or a clause's start after a comma or "and".
const LIST_LEAD_RE = new RegExp(
  String.raw`(?:^[\s\-\u2013\u2022*"\u201c']*(?:(?:In|On)\s+(?:(?:${MONTHS})\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:(?:${MONTHS})\s+)?(?:19|20)\d\d\s*,\s*)?|(?:,|;|\band)\s+(?:(?:while|whereas|but|then|later|and)\s+)?)(?:the\s+)?$`,
);
// A step before joining, a time to come, a supposition, a denial, the times kept apart.
const NOT_DONE_RE =
  /\b(?:invit\w*|talks|negotiat\w*|appl(?:y|ied|ication)\w*|bids?|aspir\w*|candidat\w*|protocols?|signed|ratif\w*|will|would|could|might|should|if|unless|whether|not|never|n['\u2019]t|nor|hop\w*|want\w*|respectively|claim\w*|wrongly|falsely|myth|quiz|true\s+or\s+false)\b|\?/i;
// Another club a country may join.
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Community|Communities|Economic\s+Community)|EEC|eurozone|euro\s+zone|Schengen|UN|U\.N\.|United\s+Nations|OECD|WTO|Council\s+of\s+Europe|OSCE|CSCE|Warsaw\s+Pact|WEU|Western\s+European\s+Union|Partnership\s+for\s+Peace|PfP|Membership\s+Action\s+Plan|MAP|Commonwealth|Olympic\w*|UEFA|FIFA|[Ll]eague)\b/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;

const joinedDay = (c: Country) => factRange(c.nato!.joined).first;
// A founder's record is disputed only between two days of 1949.
const founder = (c: Country) => c.nato!.confidence === 'verified' && c.nato!.joined.startsWith('1949');

interface Told {
  year: string;
  month?: number;
  day?: string;
}

/** Whether `c` joined at the time told: a founder in 1949; another by its day (a day told) or its year and month. */
function fits(c: Country, t: Told): boolean {
  const d = joinedDay(c);
  if (founder(c)) return t.year === '1949';
  if (t.day) return d === t.day;
  return d.slice(0, 4) === t.year && (!t.month || Number(d.slice(5, 7)) === t.month);
}

/** Whether `c` did not join at the time told, beyond doubt: another year (a founder's is 1949). */
function misfits(c: Country, t: Told): boolean {
  return (founder(c) ? '1949' : joinedDay(c).slice(0, 4)) !== t.year;
}

function toldOf(m: RegExpExecArray): Told {
  if (m[6]) {
    const month = MONTH_NAMES.indexOf(m[2] ?? m[5]) + 1;
    const dd = Number(m[3] ?? m[4]);
    return { year: m[6], month, day: `${m[6]}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}` };
  }
  return { year: m[8], month: m[7] ? MONTH_NAMES.indexOf(m[7]) + 1 : undefined };
}

/** The misfits told apart: the founders together, each later member with its own day; then those that joined then. */
function describe(wrong: readonly Country[], fitting: readonly Country[]): string {
  const names = (cs: readonly Country[]) =>
    cs
      .map((c) => c.name)
      .join(', ')
      .replace(/, ([^,]+)$/, ' and $1');
  const founders = wrong.filter(founder);
  const parts = founders.length
    ? [
        `${names(founders)} ${founders.length > 1 ? 'are among' : 'is one of'} NATO's 12 founding members (North Atlantic Treaty signed April 4, 1949).`,
      ]
    : [];
  for (const c of wrong) if (!founder(c)) parts.push(`${c.name} joined NATO on ${formatDay(joinedDay(c))}.`);
  const then = founder(fitting[0]) ? 'were founding members in 1949' : `joined on ${formatDay(joinedDay(fitting[0]))}`;
  parts.push(`Of those listed, ${names(fitting)} ${then}.`);
  return parts.join(' ');
}

function listMisfitClaims(doc: Doc): Annotation[] {
  if (!HINT_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) || NOT_DONE_RE.test(text) || /\bmay\b/.test(text) || OTHER_CLUB_RE.test(text)) continue;
    for (const chain of listsIn(doc, sentence)) {
      if (chain.length < 2) continue;
      const last = chain[chain.length - 1];
      const m = VERB_TIME_RE.exec(doc.text.slice(last.end, sentence.end));
      if (!m) continue;
      const end = last.end + m[0].length;
      if (SECOND_TIME_RE.test(doc.text.slice(end, sentence.end))) continue;
      if (!LIST_LEAD_RE.test(doc.text.slice(sentence.start, chain[0].start))) continue;
      const cs = chain.map((n) => n.country);
      if (new Set(cs.map((c) => c.id)).size !== cs.length) continue;
      // Every one a member by the page's day, sure of its year.
      if (!cs.every((c) => c.nato && (founder(c) || isConfident(c.nato)) && joinedDay(c) <= doc.asOf)) continue;
      const told = toldOf(m);
      const fitting = cs.filter((c) => fits(c, told));
      const wrong = cs.filter((c) => misfits(c, told));
      if (!fitting.length || !wrong.length) continue;
      // Tied to NATO's accession: the day itself, NATO as the object, or NATO named near with a round of two or more.
      if (!told.day && !m[1]) {
        const prev = previousInParagraph(doc, si);
        const before = prev ? doc.text.slice(prev.start, prev.end) : '';
        if (!NATO_NAMED_RE.test(text) && !NATO_NAMED_RE.test(before)) continue;
        if (OTHER_CLUB_RE.test(before) || fitting.length < 2 || new Set(fitting.map(joinedDay)).size !== 1) continue;
      }
      const message = describe(wrong, fitting);
      out.push(
        historyAnnotation(
          doc,
          { start: chain[0].start, end },
          'membership',
          'contradicted',
          `Not so: ${message}`,
          message,
          [...wrong, ...fitting].map((c) => c.id),
          sourcesOfAll([...wrong, ...fitting].map((c) => c.nato)).slice(0, 3),
        ),
      );
    }
  }
  return out;
}

/** Adds the red flags, each in place of the confirmations it overlaps. */
export function withListMisfits(inner: ClaimDetector): ClaimDetector {
  return withMergedOver(inner, listMisfitClaims);
}
