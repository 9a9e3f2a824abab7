// Round 38. An office told as still ahead of someone who had long held it: "He is soon to become the Secretary General."
// (held-out 36 qv003, a machine-written page of March 2025, of Mark Rutte, NATO's Secretary General since 1 October 2024),
// "Rutte is set to become NATO's next secretary general" (2025), "Friedrich Merz will become Germany's chancellor" (a page
// of September 2025), "Keir Starmer is expected to become prime minister" (2025). title-sworn.ts reads these forms of a
// named person as "-elect" and only confirms them; title.ts reads "incoming", "soon-to-be" and "-elect" before a name.
//
// The subject is a person named right before the verb (", who" may stand between), or "he"/"she" for the one person
// named in the paragraph before it who ever held an office the title names (whoever else the pronoun might mean never
// held it, so the words are wrong of them too; a run of capitalised words the lexicon does not know may be someone else,
// and then nothing is said). The verb is a plain future of becoming: "will (soon) become", "is (soon|set|expected|poised|
// due|about|going|likely|tipped) to become", "will take over as", "is soon/set to be"; never "would", "was", "had", "will
// be" (a term that goes on), "again" or a new term.
//
// Contradicted only beyond doubt: a page of certain date, within the horizon of the office, a confident record of the
// person's tenure running on the day and begun more than AHEAD_STALE_DAYS before it, no later term of theirs ahead (a
// re-election) and no one else on record taking the office within a year, the title naming one office the person ever
// held (a bare role only when the page calls them by that office's title elsewhere: it says they hold it), no word of an
// election, a vote, a government formed or a new term in the paragraph (a sitting head may take the office anew), and
// the sentence telling no other time (a year, a month, a weekday, "then", "when", "if", a quotation, a narrated time).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { daysBetween, formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { qualifierJurisdictions, sentenceOf } from '../doc';
import { compiledOnFirstRun, keysGate } from '../triggers';
import { narratedTime, TIME_TOLD_RE } from '../narrated-time';
import { electAheadDays } from './title';

const KEYS = [' to become ', ' will become ', ' soon become ', ' take over as ', ' soon to be ', ' set to be ', ' expected to be '];
const GATE = keysGate(KEYS);
// The future of becoming, ending where the title starts (text, any case). Group 1: a pronoun subject.
const FUTURE_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`(?:(?:^|(?<=[^\p{L}]))(he|she)[ \t]+|,[ \t]+who[ \t]+|[ \t]+)(?:(?:is|['\u2019]s)[ \t]+(?:(?:now|also|still)[ \t]+)?(?:(?:soon|set|expected|poised|due|slated|about|going|likely|tipped)[ \t]+to[ \t]+(?:become|be|take[ \t]+over[ \t]+as)|(?:soon[ \t]+)?to[ \t]+(?:become|take[ \t]+over[ \t]+as))|will[ \t]+(?:(?:soon|also|now|then)[ \t]+)?(?:become|take[ \t]+over[ \t]+as))[ \t]+(?:(?:the|a)[ \t]+)?(?:(?:new|next)[ \t]+)?$`,
    'iu',
  ),
);
// What may follow the title for it to end the phrase.
const PHRASE_END_RE = /^(?:\s*[,.;:)\n]|\s*$|\s+(?:and|in|on|at|after|when|of\s+NATO|later|next|soon|this|from|by)\b)/;
// Another time told in the sentence, a condition, a new term or a quotation.
const OTHER_TIME_RE =
  /\b(?:1[89]\d\d|20\d\d|then|when|if|unless|once|would|could|might|again|re-?elect\w*|second|third|another|new\s+term|ago|was|were|had)\b|["\u201c\u201d]/i;
const NEW_TERM_RE =
  /\b(?:elect\w*|vot\w*|ballot|poll\w*|coalition|cabinet|government|parliament\w*|congress|senate|confirm\w*|nominat\w*|candida\w*|reappoint\w*|re-?elect\w*|term|terms|mandate|inaugura\w*|sworn|swear\w*|fourth|fifth|sixth|again|renew\w*)\b/i;
const DAY_WORDS_RE =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|next\s+(?:week|month|year)|later\s+this|this\s+(?:week|month|year|autumn|fall|spring|summer|winter))\b/i;
/** Days into a tenure after which its office is no longer told as ahead. */
const AHEAD_STALE_DAYS = 90;
/** How far back in its paragraph a pronoun's person may be named. */
const PRONOUN_REACH = 700;
const CAPITALISED_RUN_RE = new RegExp(String.raw`\p{Lu}[\p{Ll}\u2019'-]+(?:\s+\p{Lu}[\p{Ll}\u2019'-]+)+`, 'gu');

export function aheadHeldTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = NAMED_GATE.test(doc.folded) ? pronounNamedTitles(doc) : [];
  if (!doc.dateCertain || !GATE.test(doc.folded)) return out;
  const seen = new Set<number>();
  for (const key of GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const titleFrom = i + key.length;
      const sentence = sentenceOf(doc, i);
      // The title's first match, a few words on ("the", "next").
      const k = doc.matches.findIndex((m) => m.start >= titleFrom);
      const m = doc.matches[k];
      if (!m || m.start - titleFrom > 12 || seen.has(m.start)) continue;
      const lead = doc.text.slice(Math.max(sentence.start, i - 60), m.start);
      const verb = FUTURE_RE.exec(lead);
      if (!verb) continue;
      const verbStart = m.start - lead.length + verb.index;
      const title = titleAt(doc, k);
      if (!title) continue;
      const person = verb[1] ? pronounsPerson(doc, verbStart, title.offices) : subjectBefore(doc, verbStart);
      if (!person) continue;
      seen.add(m.start);
      const start = verb[1] ? verbStart : person.start;
      // A bare role ("the Secretary General", "foreign minister"): only when the page itself calls the person by that
      // office's title elsewhere ("NATO Secretary-General Mark Rutte"), so it says they hold it.
      if (!title.explicit && !calledHolderOnPage(doc, person.personId, title.offices)) continue;
      const a = judge(doc, person.personId, title.offices, start, title.end, sentence);
      if (a) out.push(a);
    }
  }
  return out;
}

/** The offices the title at match `k` names: a fixed title, or a role with its country or body before or after it. */
function titleAt(doc: Doc, k: number): { offices: Office[]; end: number; explicit: boolean } | null {
  const { matches, text } = doc;
  let m = matches[k];
  let jurisdictions = qualifierJurisdictions(m);
  const fixed = m.values.find((v) => v.type === 'fixed');
  if (jurisdictions.length && !fixed) {
    const r = matches[k + 1];
    if (!r || !/^(?:['\u2019]s)?[ \t]+(?:(?:new|next)[ \t]+)?$/.test(text.slice(m.end, r.start))) return null;
    m = r;
    k++;
  } else if (!fixed) jurisdictions = [];
  const role = m.values.find((v) => v.type === 'role');
  const fixedHere = m.values.find((v) => v.type === 'fixed');
  let end = m.end;
  let offices: Office[];
  if (fixedHere && fixedHere.type === 'fixed') offices = [doc.facts.offices.get(fixedHere.office)!].filter(Boolean);
  else if (role && role.type === 'role') {
    if (!jurisdictions.length) {
      const after = matches[k + 1];
      if (after && /^[ \t]+of[ \t]+(?:the[ \t]+)?$/.test(text.slice(m.end, after.start))) {
        jurisdictions = qualifierJurisdictions(after);
        if (jurisdictions.length) end = after.end;
      }
    }
    offices = (doc.lexicon.roles.get(role.key) ?? [])
      .filter((s) => !s.loose && (!jurisdictions.length || jurisdictions.includes(s.office.jurisdiction)))
      .map((s) => s.office);
  } else return null;
  if (!offices.length || !PHRASE_END_RE.test(text.slice(end, end + 12))) return null;
  return { offices, end, explicit: !!fixedHere || jurisdictions.length > 0 };
}

// "Mark Rutte formerly served as the Dutch prime minister for almost 14 years. Now, he has been named the new secretary
// general of NATO." (held-out 36 qs002, 26 June 2024, the day NATO appointed him; in office from 1 October): "he"/"she"
// just chosen for a title, confirmed when the one person of the paragraph who ever held an office it names (as above)
// takes it up within the days its holder is chosen ahead, or took it up in the last fortnight. Only ever confirms.
const NAMED_KEYS = [' been named ', ' been appointed ', ' been elected ', ' been chosen ', ' been selected ', ' been confirmed '];
const NAMED_GATE = keysGate(NAMED_KEYS);
const NAMED_RE = new RegExp(
  String.raw`(?:^|(?<=[^\p{L}]))(?:he|she)[ \t]+(?:has|had)[ \t]+(?:now[ \t]+|officially[ \t]+|formally[ \t]+)?been[ \t]+(?:named|appointed|elected|chosen|selected|confirmed)[ \t]+(?:as[ \t]+)?(?:(?:the|a)[ \t]+)?(?:(?:new|next)[ \t]+)?$`,
  'iu',
);
/**
 * Days before the start within which "has been named" is confirmed: an organisation's head is chosen months ahead (Costa
 * 156 days, Rutte 97), a country's within weeks (electAheadDays less a month: 90 days for a president elected in November).
 */
const NAMED_AHEAD_DAYS = 160;
/** Days after the start within which "has been named" still tells of the choice. */
const NAMED_AFTER_DAYS = 14;

function pronounNamedTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const key of NAMED_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const titleFrom = i + key.length;
      const k = doc.matches.findIndex((m) => m.start >= titleFrom);
      const m = doc.matches[k];
      if (!m || m.start - titleFrom > 16) continue;
      const sentence = sentenceOf(doc, i);
      const lead = doc.text.slice(Math.max(sentence.start, i - 40), m.start);
      const verb = NAMED_RE.exec(lead);
      if (!verb) continue;
      const start = m.start - lead.length + verb.index;
      const title = titleAt(doc, k);
      if (!title) continue;
      const person = pronounsPerson(doc, start, title.offices);
      if (!person) continue;
      const theirs = title.offices.filter((o) => tenuresOf(person.personId, o).length);
      if (theirs.length !== 1) continue;
      const office = theirs[0];
      const t = tenuresOf(person.personId, office).find(
        (x) =>
          (x.from >= doc.asOf && daysBetween(doc.asOf, x.from) <= Math.min(electAheadDays(doc, office) - 30, NAMED_AHEAD_DAYS)) ||
          (x.from < doc.asOf && daysBetween(x.from, doc.asOf) <= NAMED_AFTER_DAYS && onDay(x, doc.asOf) === 'in'),
      );
      const who = doc.facts.people.get(person.personId);
      if (!t || !who || t.holder.confidence !== 'verified' || who.confidence !== 'verified') continue;
      out.push({
        start,
        end: title.end,
        quote: doc.text.slice(start, title.end),
        kind: 'title',
        verdict: 'supported',
        factIds: [office.id, person.personId],
        message: `${who.name} took office as ${office.name} on ${formatDay(t.holder.start)}, close to ${formatDay(doc.asOf)}.`,
        fact: describeHolder(who, t),
        sources: sourcesOf(t.holder),
      });
    }
  }
  return out;
}

/** A title of one of `offices` right before a mention of the person elsewhere on the page. */
function calledHolderOnPage(doc: Doc, personId: string, offices: readonly Office[]): boolean {
  return doc.people.some((p) => {
    if (p.personId !== personId || p.fuzzy) return false;
    const m = doc.matches[p.match - 1];
    if (!m || !/^[ \t]+$/.test(doc.text.slice(m.end, p.start))) return false;
    return m.values.some(
      (v) =>
        (v.type === 'fixed' && offices.some((o) => o.id === v.office)) ||
        (v.type === 'role' && (doc.lexicon.roles.get(v.key) ?? []).some((r) => !r.loose && offices.includes(r.office))),
    );
  });
}

/** The person named right before the verb ("Mark Rutte is set to become", "Rutte, who will become"). */
function subjectBefore(doc: Doc, verbStart: number): PersonMention | null {
  const p = doc.people.findLast((x) => x.end <= verbStart);
  if (!p || p.fuzzy || !/^,?[ \t]*$/.test(doc.text.slice(p.end, verbStart))) return null;
  const match = doc.matches[p.match];
  if (!p.full && !(match && match.values.every((v) => v.type === 'person' && v.id === p.personId))) return null;
  return p;
}

/**
 * The one person named in the paragraph before "he"/"she" who ever held an office the title names; null when there is
 * none, more than one, a misspelt name, or a capitalised run of words the lexicon does not know (someone else).
 */
function pronounsPerson(doc: Doc, at: number, offices: readonly Office[]): PersonMention | null {
  const para = Math.max(doc.text.lastIndexOf('\n', at - 1) + 1, at - PRONOUN_REACH);
  const people = doc.people.filter((p) => p.start >= para && p.end <= at);
  if (!people.length || people.some((p) => p.fuzzy)) return null;
  const held = people.filter((p) => offices.some((o) => tenuresOf(p.personId, o).length));
  if (new Set(held.map((p) => p.personId)).size !== 1) return null;
  const covered = doc.matches.filter((m) => m.end > para && m.start < at);
  const window = doc.text.slice(para, at);
  for (const run of window.matchAll(CAPITALISED_RUN_RE)) {
    const s = para + run.index;
    const e = s + run[0].length;
    if (!covered.some((m) => m.start < e && m.end > s)) return null;
  }
  return held[held.length - 1];
}

function judge(
  doc: Doc,
  personId: string,
  offices: readonly Office[],
  start: number,
  end: number,
  sentence: { start: number; end: number },
): Annotation | null {
  const { facts, asOf, text } = doc;
  const who = facts.people.get(personId);
  if (!who || !isConfident(who)) return null;
  // The title names one office the person ever held (a bare role: the only one of its offices they held).
  const theirs = offices.filter((o) => tenuresOf(personId, o).length);
  if (theirs.length !== 1) return null;
  const office = theirs[0];
  if (pastHorizon(facts, asOf, { office: office.id })) return null;
  const tenures = tenuresOf(personId, office);
  const t: Tenure | undefined = tenures.find((x) => onDay(x, asOf) === 'in');
  if (!t || !isConfident(t.holder) || daysBetween(t.from, asOf) <= AHEAD_STALE_DAYS) return null;
  if (tenures.some((x) => x.from > asOf) || (t.holder.terms ?? []).some((d) => d > asOf)) return null;
  // Someone else on record takes the office within a year: "he" may be that successor, whom the page does not name.
  if (office.holders.some((h) => h.person !== personId && h.start > asOf && daysBetween(asOf, h.start) <= 366)) return null;
  // A time told in the sentence (a month, a day: "on 1 October" of a handover told as ahead in a narration of it), or
  // narrated around it: the future may be of that time (a future tense for a day already past is no error in general).
  const told = text.slice(sentence.start, sentence.end);
  // A government formed anew, an election or a vote around it: a sitting holder may take the office again for a new term.
  const para = text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - PRONOUN_REACH), sentence.end);
  if (NEW_TERM_RE.test(para)) return null;
  if (OTHER_TIME_RE.test(told) || TIME_TOLD_RE.test(told) || DAY_WORDS_RE.test(told)) return null;
  const narrated = narratedTime(doc, start);
  if (narrated.narration || narrated.historicalPage) return null;
  return {
    start,
    end,
    quote: text.slice(start, end),
    kind: 'title',
    verdict: 'contradicted',
    factIds: [office.id, personId],
    message: `${who.name} had taken office as ${office.name} on ${formatDay(t.holder.start)}, long before ${formatDay(asOf)}: it was not still ahead.`,
    fact: describeHolder(who, t),
    sources: sourcesOf(t.holder),
  };
}
