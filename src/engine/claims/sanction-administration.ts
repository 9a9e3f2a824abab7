// Round 44: a US sanctions action told as taken by an administration that was not in office when it was taken. "While the
// Biden administration reportedly finalized a sanctions package targeting Russian energy exports and financial
// institutions, it remains unclear whether President Trump will approve it" (held-out 42 tw004, 3 May 2025: the package
// was finalized by Trump's National Security Council; Biden had left office on 20 January 2025). Also "In February 2022,
// the Trump administration imposed sweeping sanctions on Sberbank and VTB" (Biden's), "the Biden administration has
// slapped new sanctions on Russia's oil giants" (October 2025, Trump's Treasury).
//
// The issuer is "the NAME administration" (a president on record by that surname, soleHolderOfSurname), the subject of a
// verb of a sanctions act ("imposed sanctions", "finalized a sanctions package", "sanctioned Gazprombank"). The time the act
// is told of is either a date the sentence writes out with its year (narrated: "In February 2022", "on January 10, 2025"),
// or the page's own day, only when the words tell the act as the day's news: "reportedly finalized", a present perfect of
// new sanctions ("has imposed new sanctions"), a day of the page's week ("on Wednesday"), or the sitting president named
// as the one still to approve it. A plain past with no date ("the Biden administration imposed sanctions on Gazprom Neft")
// tells of its own time and is left alone; so is any hedge (would, could, if), a passive, the term's last acts told as
// such ("in its final days", "the outgoing"), and a page or passage narrating the past. Contradicted when no term of the
// named president touches the time told (a day's grace at each end, GRACE_DAYS after the term for the page's own day);
// nothing is confirmed (the words say nothing of who else acted).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay, gapDays, MODAL_MAY, type DateMention } from '../dates';
import { holdersOn, isConfident, sourcesOf } from '../holders';
import { pastHorizon } from '../horizon';
import { narratedTime } from '../narrated-time';
import { datesIn } from './clauses';
import { soleHolderOfSurname } from './tenure-administration-incoming';

export const OFFICE = 'us-president';
// "the Biden administration (has) (reportedly) imposed ... sanctions", "the Trump administration sanctioned Rosneft", "Biden's
// administration", "President Biden imposed sanctions": the administration or its president as subject, then within its
// clause the act and the sanctions word (groups 1 to 3 the name, group 4 a perfect). Round 47: or "sanctioned" itself, its
// object a name ("On October 22, 2025, the Biden administration sanctioned Rosneft and Lukoil", of held-out 45 ut001's
// page, whose act was Trump's Treasury's; "sanctioned Russia's two largest oil companies"), not "sanctioned the deal".
const ACT_RE =
  /\b(?:[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration|([A-Z][a-z]+)['\u2019]s\s+administration|President\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+))\s+(has\s+|have\s+)?(?:(?:reportedly|also|quickly|swiftly|formally|officially|finally|now|just|already|then|later|recently)\s+){0,2}(?:sanctioned\s+(?=[A-Z]|(?:the\s+)?(?:Russian|Russia['\u2019]s)\s)|(?:imposed|announced|unveiled|finali[sz]ed|slapped|levied|introduced|issued|rolled\s+out|expanded|approved|adopted|signed\s+off\s+on|sanctioned|blacklisted|designated)\b(?:(?![.;:!?]|\b(?:while|but|although|though|which|who|after|before|when)\b)[^]){0,70}?\bsanction)/g;
// The act as news of the page's day: "reportedly finalized", or a present perfect of "new sanctions", "fresh sanctions".
const REPORTEDLY_RE = /\breportedly\b/i;
const NEWS_RE = /\b(?:new|fresh|latest|additional|further)\b/i;
// The term's last acts told as such: "in its final days", "the outgoing Biden administration", "before leaving office".
const END_OF_TERM_RE =
  /\b(?:final|last|closing|waning|dying)\s+(?:days|weeks|hours|months|act\w*)\b|\boutgoing\b|\blame[- ]duck\b|\bbefore\s+(?:leaving|it\s+left|handing|Trump|Biden)\b|\b(?:previous|former|prior)\b/i;
// The sitting president still to decide on it: "it remains unclear whether President Trump will approve it".
const STILL_TO_APPROVE_RE =
  /\b(?:whether|if|until|awaiting|awaits|pending)\s+(?:President\s+)?([A-Z][a-z]+)\s+(?:will|would|signs?|approves?|gives?)\b|\bpending\s+(?:President\s+)?([A-Z][a-z]+)['\u2019]s\s+(?:approval|sign-off|signature)/;
// A hedge, a plan or a report of someone else's words on the act itself, before it: the act may not have happened.
const HEDGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:if|whether|unless|would|could|should|might|${MODAL_MAY}|claim\w*|allege\w*|false(?:ly)?|wrongly)\b`,
  'i',
);
const NOT_AFTER_RE = /^\s*(?:has\s+|have\s+)?(?:not|never)\b/i;
// Words that make a date the start or bound of a span of time, not the act's: "since", "after", "until", "before".
const FROM_DATE_BEFORE_RE =
  /\b(?:since|after|following|before|until|till|from|by|prior\s+to)\s+(?:(?:the|its|Russia['\u2019]s|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:(?:in|on|of)\s+)?(?:early|mid|late|mid-)?\s*$/i;
/** Days before a term within which "the NAME administration" may be the president-elect's team. */
export const ELECT_DAYS = 90;
/** Days after a term's end within which a page may still report its last acts as the day's news. */
const GRACE_DAYS = 30;

export function administrationSanctionActs(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || pastHorizon(doc.facts, doc.asOf, { office: OFFICE })) return out;
  const office = doc.facts.offices.get(OFFICE);
  if (!office) return out;
  ACT_RE.lastIndex = 0;
  for (let m = ACT_RE.exec(doc.text); m; m = ACT_RE.exec(doc.text)) {
    const name = m[1] ?? m[2] ?? m[3];
    const sole = soleHolderOfSurname(doc, office, name);
    if (!sole) continue;
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const before = doc.text.slice(sentence.start, m.index);
    if (HEDGE_BEFORE_RE.test(before) || NOT_AFTER_RE.test(doc.text.slice(m.index + m[0].length - 1))) continue;
    // The time told: a date the sentence writes out with its year, or the page's own day for the day's news.
    const written = datesIn(doc, sentence, sentence).filter((d) => d.explicitYear && !d.relative);
    let told: Pick<DateMention, 'first' | 'last'> | null = null;
    let ownDay = false;
    if (written.length === 1) {
      // "Since the invasion in February 2022, the Trump administration has ...": a date a time is counted from, not the act's.
      if (FROM_DATE_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, written[0].start - 40), written[0].start))) continue;
      told = written[0];
    } else if (!written.length) {
      if (END_OF_TERM_RE.test(text)) continue;
      const approver = STILL_TO_APPROVE_RE.exec(text.slice(m.index - sentence.start));
      const sitting =
        !!approver &&
        holdersOn(office, doc.asOf).some((t) => doc.facts.people.get(t.holder.person)?.surnames.includes(approver[1] ?? approver[2]));
      // "on Wednesday", "this week": a day of the page's week.
      const dates = datesIn(doc, sentence, sentence);
      const thisWeek = dates.find((d) => d.relative && d.granularity === 'day' && gapDays(d, factRange(doc.asOf)) <= 7);
      // Any other time in the sentence ("last year", "in January") may be the act's: not the page's day.
      if (dates.some((d) => d !== thisWeek)) continue;
      const news = REPORTEDLY_RE.test(m[0]) || (!!m[4] && NEWS_RE.test(m[0])) || sitting || !!thisWeek;
      if (!news) continue;
      const narrated = narratedTime(doc, m.index);
      if (narrated.historicalPage || (narrated.narration && narrated.narration.source !== 'page')) continue;
      told = thisWeek ?? { first: doc.asOf, last: doc.asOf };
      ownDay = true;
    }
    if (!told) continue;
    const { first, last } = told;
    const grace = ownDay ? GRACE_DAYS : 1;
    const inOffice = sole.tenures.some((t) => t.from <= addDays(last, 1) && (t.untilLate === null || first <= addDays(t.untilLate, grace)));
    // The president-elect's team before the term: "the Trump administration" may mean the incoming one.
    const incoming = sole.tenures.some((t) => t.from > last && t.from <= addDays(last, ELECT_DAYS));
    if (inOffice || incoming) continue;
    // Who was in office through the whole time told: the record must name one holder there.
    const holders = [...new Set([...holdersOn(office, first), ...holdersOn(office, last)].map((t) => t.holder.person))];
    if (holders.length !== 1 || holders[0] === sole.personId) continue;
    const sitting = holdersOn(office, first).find((t) => t.holder.person === holders[0]);
    if (!sitting || !isConfident(sitting.holder)) continue;
    const named = doc.facts.people.get(sole.personId)?.name ?? name;
    const actual = doc.facts.people.get(holders[0])?.name ?? holders[0];
    const when = ownDay ? formatDay(first) : doc.text.slice(written[0].start, written[0].end);
    const start = m.index;
    const end = m.index + m[0].length + (/^\w*/.exec(doc.text.slice(m.index + m[0].length))?.[0].length ?? 0);
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'contradicted',
      kind: 'sanction',
      factIds: [OFFICE, holders[0]],
      message: `Not so: ${named} was not President of the United States ${ownDay || written[0].granularity === 'day' ? 'on' : 'in'} ${when}; the administration then was ${actual}'s (in office from ${formatDay(sitting.from)}).`,
      fact: `${actual} was ${office.name} from ${formatDay(sitting.from)}.`,
      sources: sourcesOf(sitting.holder),
    });
  }
  return out;
}
