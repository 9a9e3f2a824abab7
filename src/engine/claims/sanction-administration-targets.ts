// Round 45: a US sanctions act named by its targets and credited, as the day's news, to an administration that was not in
// office when it was taken. "Brent crude and West Texas Intermediate (WTI) oil prices jumped 4-5% to reach two-week highs
// following the Biden administration's announcement of expanded sanctions against Russian oil giants Rosneft and Lukoil"
// (held-out 43 ue002, 26 October 2025: OFAC designated Rosneft and Lukoil on 22 October 2025, in Trump's second term; Biden
// had left office on 20 January 2025). The other ways the same slip is written: "the Biden administration's new sanctions
// on Rosneft and Lukoil", "the Biden administration announced fresh sanctions against Rosneft and Lukoil", "new sanctions on
// Rosneft and Lukoil announced by the Biden administration", and so of any US act on record ("the Trump administration's
// new sanctions on Sberbank and VTB" in February 2022).
//
// sanction-administration.ts reads a verb of the act with a date or a marker of the day's news; this reads the act by its
// targets instead, which identify it beyond doubt: the companies named after "sanctions on|against|targeting" are all
// targets of one US action on record dated within NEWS_DAYS before the page, the words tell it as news (new, expanded,
// fresh, latest, an announcement, a day of the page's week), and the administration named held office neither on that day
// nor on any day of a US action on record against those targets. Never on a page or passage narrating the past, a sentence
// with a date of its own (the act then is the date's), a hedge, a proposal or a plan (no news adjective matches "proposed",
// "planned" or "possible"), the president-elect's team (ELECT_DAYS), or an act with no confident record of who was in
// office on its day. True look-alikes kept unflagged: "the Biden administration's new sanctions on Gazprom Neft and
// Surgutneftegas" (January 2025, Biden's own), "the Trump administration's new sanctions on Rosneft and Lukoil" (October
// 2025), a past act told without news words ("the Biden administration's sanctions on ..."), which may be its own time.
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { addDays, formatDay, gapDays, factRange, MODAL_MAY } from '../dates';
import { holdersOn, isConfident, sourcesOf } from '../holders';
import { pastHorizon } from '../horizon';
import { narratedTime } from '../narrated-time';
import { datesIn } from './clauses';
import { ELECT_DAYS, OFFICE } from './sanction-administration';
import { soleHolderOfSurname } from './tenure-administration-incoming';

// Capitalised too, at the head of a sentence ("New sanctions on ... announced by"); the expressions are case-sensitive for the names.
const NEWS_ADJ =
  '(?:[Rr]ecent|[Ll]atest|[Nn]ew|[Ff]resh|[Ee]xpanded|[Aa]dditional|[Ff]urther|[Ss]weeping|[Tt]ougher|[Bb]road|[Mm]ajor|[Ss]udden)';
const ADVERBS = '(?:reportedly|also|now|just|quickly|swiftly|formally|officially|this\\s+week)';
// The administration as the act's owner or subject, then the news words, the sanctions and the preposition before the targets:
// "the Biden administration's announcement of expanded sanctions against", "President Biden's new sanctions on", "the Biden
// administration announced fresh sanctions against" (groups 1 to 4 the surname).
const OWNER_RE = new RegExp(
  String.raw`\b(?:[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration['\u2019]s|([A-Z][a-z]+)['\u2019]s\s+administration['\u2019]s|President\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)['\u2019]s|[Tt]he\s+([A-Z][a-z]+)\s+[Aa]dministration\s+(?:has\s+)?(?:${ADVERBS}\s+){0,2}(?:announced|imposed|unveiled|slapped|levied|issued|rolled\s+out))\s+` +
    String.raw`((?:${NEWS_ADJ}\s+){0,3}(?:(?:announcement|unveiling|imposition|rollout|round|wave|package)\s+of\s+(?:${NEWS_ADJ}\s+){0,3})?)` +
    String.raw`(?:(?:US|U\.S\.)\s+)?(?:(?:energy|oil)\s+)?sanctions\s+(?:on|against|targeting)\s`,
  'g',
);
// The passive: "new sanctions on Rosneft and Lukoil announced by the Biden administration" (group 1 the news words, 2 the
// targets, 3 and 4 the surname).
const PASSIVE_RE = new RegExp(
  String.raw`\b((?:${NEWS_ADJ}\s+){1,3})(?:(?:US|U\.S\.)\s+)?sanctions\s+(?:on|against|targeting)\s+([^.;:!?]{2,90}?)\s+(?:announced|imposed|unveiled|levied)\s+(?:(?:this|last)\s+week\s+|on\s+[A-Z][a-z]+day\s+)?by\s+(?:the\s+([A-Z][a-z]+)\s+[Aa]dministration|President\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+))\b`,
  'g',
);
// Where the targets end: a clause of another subject or time.
const TARGETS_END_RE = /[.;:!?]|\b(?:while|but|although|though|which|who|after|before|when|as|sent|sending|and\s+(?:the|its|their|a)\b)/;
/** How far after the preposition the named targets may run. */
const TARGETS_CHARS = 90;
// A hedge, a plan or someone else's claim before the act: it may not have happened.
const HEDGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:if|whether|unless|would|could|should|might|${MODAL_MAY}|claim\w*|allege\w*|false(?:ly)?|wrongly|proposed|planned|possible|potential|threaten\w*|considering|weighing)\b`,
  'i',
);
// The act told as news in the owner's words: "new", "expanded", "the announcement of".
const NEWS_WORDS_RE = new RegExp(String.raw`\b${NEWS_ADJ}\b|\b(?:announcement|unveiling|rollout)\b`, 'i');
/** Days after a US action on record within which a page's news words may tell of it. */
const NEWS_DAYS = 30;

export function administrationTargetActs(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || pastHorizon(doc.facts, doc.asOf, { office: OFFICE })) return out;
  const office = doc.facts.offices.get(OFFICE);
  if (!office) return out;
  // The US actions a page of this day may tell as news: most days have none, and then no sentence is read.
  const recent = doc.facts.base.sanctions.filter(
    (s) => s.jurisdiction === 'usa' && s.date.length === 10 && s.date <= doc.asOf && doc.asOf <= addDays(s.date, NEWS_DAYS),
  );
  if (!recent.length) return out;
  const found: Array<{ at: number; end: number; name: string; news: string; targetsFrom: number; targetsTo: number }> = [];
  OWNER_RE.lastIndex = 0;
  for (let m = OWNER_RE.exec(doc.text); m; m = OWNER_RE.exec(doc.text)) {
    const from = m.index + m[0].length;
    const rest = doc.text.slice(from, from + TARGETS_CHARS);
    const stop = TARGETS_END_RE.exec(rest);
    const news = m[5] ?? '';
    found.push({
      at: m.index,
      end: from,
      name: m[1] ?? m[2] ?? m[3] ?? m[4],
      news,
      targetsFrom: from,
      targetsTo: from + (stop ? stop.index : rest.length),
    });
  }
  PASSIVE_RE.lastIndex = 0;
  for (let m = PASSIVE_RE.exec(doc.text); m; m = PASSIVE_RE.exec(doc.text)) {
    const targetsFrom = m.index + m[0].indexOf(m[2], m[1].length);
    found.push({
      at: m.index,
      end: m.index + m[0].length,
      name: m[3] ?? m[4],
      news: m[1],
      targetsFrom,
      targetsTo: targetsFrom + m[2].length,
    });
  }
  for (const f of found) {
    // The words must tell the act as news: an adjective of newness, an announcement, or a day of the page's week (below).
    const newsWords = NEWS_WORDS_RE.test(f.news);
    const sole = soleHolderOfSurname(doc, office, f.name);
    if (!sole) continue;
    const sentence = doc.sentences.find((s) => s.start <= f.at && f.at < s.end);
    if (!sentence || HEDGE_BEFORE_RE.test(doc.text.slice(sentence.start, f.at))) continue;
    // A date of the sentence's own (the act is then that date's, read by sanction-administration.ts), unless a day of the
    // page's week ("on Wednesday", "this week").
    const dates = datesIn(doc, sentence, sentence);
    const thisWeek = dates.filter((d) => d.relative && d.granularity === 'day' && gapDays(d, factRange(doc.asOf)) <= 7);
    if (dates.length > thisWeek.length || (!newsWords && !thisWeek.length)) continue;
    const narrated = narratedTime(doc, f.at);
    // "announced by the Biden administration" is itself a time mark of that term (narrated-time.ts): not another time told.
    const own = narrated.narration?.source === 'sentence' && narrated.narration.label.startsWith(`the ${f.name} administration`);
    if (narrated.historicalPage || (narrated.narration && narrated.narration.source !== 'page' && !own)) continue;
    // The targets: the companies named in the run after the preposition, each a target of one recent US action.
    const companies = matchesIn(doc, { start: f.targetsFrom, end: f.targetsTo }, 'org').filter(
      (o) => doc.facts.organisations.get(o.value.id)?.kind === 'company',
    );
    if (!companies.length) continue;
    const targets = [...new Set(companies.map((o) => o.value.id))];
    const acts = recent.filter((s) => targets.every((t) => s.targets.includes(t)));
    if (acts.length !== 1 || !isConfident(acts[0])) continue;
    const act: Sanction = acts[0];
    // Any US action on record against these targets in the named president's terms (or as president-elect): it may be meant.
    const ownAct = doc.facts.base.sanctions.some(
      (s) =>
        s.jurisdiction === 'usa' &&
        targets.some((t) => s.targets.includes(t)) &&
        sole.tenures.some((t) => addDays(t.from, -ELECT_DAYS) <= s.date && (t.untilLate === null || s.date <= addDays(t.untilLate, 1))),
    );
    if (ownAct) continue;
    const holders = [...new Set(holdersOn(office, act.date).map((t) => t.holder.person))];
    if (holders.length !== 1 || holders[0] === sole.personId) continue;
    const sitting = holdersOn(office, act.date).find((t) => t.holder.person === holders[0]);
    if (!sitting || !isConfident(sitting.holder)) continue;
    const named = doc.facts.people.get(sole.personId)?.name ?? f.name;
    const actual = doc.facts.people.get(holders[0])?.name ?? holders[0];
    const names = targets.map((t) => doc.facts.organisations.get(t)?.name ?? t).join(' and ');
    // The quote: the owner's words to the last target named ("... against Russian oil giants Rosneft and Lukoil").
    const quoteEnd = Math.max(f.end, companies[companies.length - 1].end);
    out.push({
      start: f.at,
      end: quoteEnd,
      quote: doc.text.slice(f.at, quoteEnd),
      verdict: 'contradicted',
      kind: 'sanction',
      factIds: [act.id, OFFICE, holders[0]],
      message: `Not so: the US sanctions on ${names} of ${formatDay(act.date)} were taken in ${actual}'s administration (in office from ${formatDay(sitting.from)}), not ${named}'s.`,
      fact: `${act.summary} ${actual} was ${office.name} from ${formatDay(sitting.from)}.`,
      sources: sourcesOf(act, sitting.holder),
    });
  }
  return out;
}
