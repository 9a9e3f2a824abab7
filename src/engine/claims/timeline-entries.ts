// Timeline entries (round 19): a line that opens with a day and a colon or a dash, then what happened that day in the
// historical present: "April 6th, 2023: Finland officially joins NATO", "May 18th, 2022: Finland and Sweden apply to join
// NATO", "July 14th, 2023: NATO leaders gather in Vilnius for a summit". Retrospectives and anniversary pages list the
// war and the alliance's steps this way (held-out 17 vd304), and machine-written ones get the days wrong. The readers of
// accessions, applications and summits read "On April 6, 2023, Finland joined NATO"; the timeline's present tense and its
// day at the head of the line, with no preposition, are read here.
//
// The day must be written out with its year and lie before the page's; the entry must say the act in so many words, of
// countries or a summit the fact base knows, with no word that makes it another act (a plan, a vote, a ratification, a
// ceremony's preview). Supported on the day (or within a summit's days); a day away left alone (time zones, the night's
// events); two days or more away, contradicted.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { addDays, daysBetween, factRange, findDates, formatDay, MONTH_NAMES, type DateMention } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';
import { gated, compiledOnFirstRun } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

/** An entry's head: the day it opens with, and where its words start. */
interface Entry {
  day: DateMention;
  /** Where the entry's words start (after the colon or dash) and end (the end of its first sentence). */
  start: number;
  end: number;
}

// How close to the page's date a line's day may be a post's own date line rather than a timeline's.
const DATE_LINE_DAYS = 10;
// After the day: a colon or a dash, then the entry.
const AFTER_HEAD_RE = /^[ \t]*(?::|[-\u2013\u2014])[ \t]+/;
// Before the day on its line: nothing, or a list's bullet.
const BULLET_RE = /^[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?$/;
// Words that make the entry another act than the one read, or no statement of it.
const NOT_THE_ACT_RE =
  /\b(?:vote[sd]?|voting|ratif\w*|approv\w*|plan\w*|expected|will|would|could|may|might|set\s+to|poised|prepar\w*|ahead\s+of|preview|invite[sd]?|invitation|talks?|protocols?|sign\w*|ceremon\w*|anniversary|celebrat\w*|mark\w*|hopes?|seeks?|wants?|not|never|denied|if)\b/i;

// A document's entries, read once for both wrappers (accessions, summits).
const entriesOf = new WeakMap<Doc, Entry[]>();

/** The timeline entries of the document: lines that open with a written-out day (year included) before the page's. */
function entries(doc: Doc): Entry[] {
  let out = entriesOf.get(doc);
  if (!out) entriesOf.set(doc, (out = readEntries(doc)));
  return out;
}

function readEntries(doc: Doc): Entry[] {
  const out: Entry[] = [];
  const { text } = doc;
  for (let lineStart = 0; lineStart < text.length;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const day = findDates(text, lineStart, Math.min(lineEnd, lineStart + 40), { asOf: doc.asOf })[0];
    if (
      day &&
      BULLET_RE.test(text.slice(lineStart, day.start)) &&
      day.granularity === 'day' &&
      day.explicitYear &&
      !day.relative &&
      // Not a post's own date line over its headline ("March 11, 2024: Sweden joins NATO", posted days later): a
      // timeline tells of days well before the page's.
      day.first < addDays(doc.asOf, -DATE_LINE_DAYS)
    ) {
      const head = AFTER_HEAD_RE.exec(text.slice(day.end, lineEnd));
      if (head) {
        const start = day.end + head[0].length;
        const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
        out.push({ day, start, end: Math.min(lineEnd, sentence ? sentence.end : lineEnd) });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The member countries named at `at`, one after another ("Finland and Sweden"), and where the names end. */
function countriesAt(doc: Doc, at: number, end: number): { countries: Country[]; end: number } | null {
  const countries: Country[] = [];
  let pos = at;
  for (const q of matchesIn(doc, { start: at, end }, 'qualifier')) {
    if (!/^(?:[ \t]*(?:,|and|,[ \t]*and)?[ \t]*|the[ \t]+)$/.test(doc.text.slice(pos, q.start))) break;
    const country = doc.facts.base.jurisdictions.find((j) => j.id === q.value.jurisdiction);
    // Its name, not an adjective ("Finnish"): the subject of the entry.
    if (!country || !/^[A-Z]/.test(doc.text.slice(q.start, q.end)) || /(?:ish|ian|ese|ch)$/.test(doc.text.slice(q.start, q.end))) break;
    if (!countries.includes(country)) countries.push(country);
    pos = q.end;
  }
  return countries.length ? { countries, end: pos } : null;
}

// "joins NATO", "officially joins the alliance", "becomes NATO's 31st member", "becomes a member of NATO".
const JOINS_RE =
  /^[ \t]+(?:(?:officially|formally)[ \t]+)?(?:joins[ \t]+(?:NATO|Nato|the[ \t]+(?:North[ \t]+Atlantic[ \t]+(?:Treaty[ \t]+Organi[sz]ation|Alliance)|[Aa]lliance))\b|becomes[ \t]+(?:NATO['\u2019]s|the[ \t]+[Aa]lliance['\u2019]s)[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:member|ally)\b|becomes[ \t]+(?:a[ \t]+)?(?:full[ \t]+)?(?:NATO[ \t]+member|member[ \t]+of[ \t]+NATO)\b)/;
// "apply to join NATO", "submit their applications to join NATO", "formally apply for NATO membership".
const APPLY_RE =
  /^[ \t]+(?:(?:officially|formally|jointly)[ \t]+)?(?:apply|applies|submit|submits|hand[ \t]+in|hands[ \t]+in)\b[^.;:\n]{0,40}?\b(?:to[ \t]+join[ \t]+(?:NATO|the[ \t]+alliance)|for[ \t]+NATO[ \t]+membership|for[ \t]+membership[ \t]+(?:of|in)[ \t]+NATO)\b/;

/** Compares a day told with the day (or days) of record: 'supported', 'contradicted', or null a day away. */
function judgeDay(told: DateMention, first: string, last: string): 'supported' | 'contradicted' | null {
  if (told.first >= first && told.first <= last) return 'supported';
  const off = told.first < first ? daysBetween(told.first, first) : daysBetween(last, told.first);
  return off >= 2 ? 'contradicted' : null;
}

function accessionEntries(doc: Doc, all: readonly Entry[]): Annotation[] {
  const out: Annotation[] = [];
  for (const e of all) {
    const text = doc.text.slice(e.start, e.end);
    if (NOT_THE_ACT_RE.test(text)) continue;
    const named = countriesAt(doc, e.start, e.end);
    if (!named) continue;
    const rest = doc.text.slice(named.end, e.end);
    const joins = named.countries.length === 1 ? JOINS_RE.exec(rest) : null;
    const applies = joins ? null : APPLY_RE.exec(rest);
    if (!joins && !applies) continue;
    const end = named.end + (joins ?? applies)![0].length;
    const span = { start: e.day.start, end };
    if (joins) {
      const country = named.countries[0];
      if (!country.nato || !isConfident(country.nato)) continue;
      const { first, last } = factRange(country.nato.joined);
      if (first !== last) continue;
      const verdict = judgeDay(e.day, first, last);
      if (!verdict) continue;
      const fact = `${country.name} joined NATO on ${formatDay(first)}.`;
      out.push(
        annotate(doc, span, verdict, verdict === 'supported' ? fact : `Not so: ${fact}`, fact, [country.id], sourcesOf(country.nato)),
      );
      continue;
    }
    // Each country's application, all on one day.
    const steps = named.countries.map((c) =>
      doc.facts.base.history?.accessionSteps.find((s) => s.country === c.id && s.step === 'applied' && isConfident(s)),
    );
    if (steps.some((s) => !s) || new Set(steps.map((s) => s!.date)).size !== 1) continue;
    const date = steps[0]!.date;
    const verdict = judgeDay(e.day, date, date);
    if (!verdict) continue;
    const fact = steps.map((s) => s!.summary).join(' ');
    out.push(
      annotate(
        doc,
        span,
        verdict,
        verdict === 'supported' ? fact : `Not so: ${fact}`,
        fact,
        steps.map((s) => s!.id),
        sourcesOf(...steps),
      ),
    );
  }
  return out;
}

// A NATO summit said to be held, opened or attended that day: "NATO leaders gather in Vilnius for a summit", "NATO summit
// opens in Madrid", "the NATO summit in Washington begins".
const SUMMIT_RE = /\bsummit\b/i;
const NATO_RE = /\b(?:NATO|Nato|[Aa]llied|[Aa]lliance)\b/;
const HELD_RE = /\b(?:gather|gathers|meet|meets|open|opens|begin|begins|starts?|kicks?\s+off|convene|convenes|held|hosts?|holds?)\b/i;

function summitEntries(doc: Doc, all: readonly Entry[]): Annotation[] {
  const out: Annotation[] = [];
  for (const e of all) {
    const text = doc.text.slice(e.start, e.end);
    if (!SUMMIT_RE.test(text) || !NATO_RE.test(text) || !HELD_RE.test(text) || NOT_THE_ACT_RE.test(text)) continue;
    const places = [...new Set(matchesIn(doc, e, 'place').map((p) => p.value.id))];
    if (places.length !== 1) continue;
    const year = e.day.first.slice(0, 4);
    const held = doc.facts.base.events.filter(
      (ev) => ev.kind === 'summit' && ev.place === places[0] && ev.start.startsWith(year) && /^NATO\b/.test(ev.name) && isConfident(ev),
    );
    if (held.length !== 1) continue;
    const ev = held[0];
    const verdict = judgeDay(e.day, factRange(ev.start).first, factRange(ev.end ?? ev.start).last);
    if (!verdict) continue;
    const when = ev.end && ev.end !== ev.start ? `${formatDay(ev.start)} – ${formatDay(ev.end)}` : formatDay(ev.start);
    const fact = `${ev.name}: ${when}.`;
    out.push(
      annotate(
        doc,
        { start: e.day.start, end: e.start + text.replace(/[\s.;:!?]+$/, '').length },
        verdict,
        verdict === 'supported'
          ? `The day matches the record: ${fact}`
          : `Not so: ${ev.name} took place on ${when}, not ${formatDay(e.day.first)}.`,
        fact,
        [ev.id],
        sourcesOf(ev),
        'event',
      ),
    );
  }
  return out;
}

/**
 * The entry's finding: on its day and its words when it confirms, on its day alone when it flags (the entry's other claims,
 * "becomes NATO's 32nd member", may be right and confirmed by their own readers).
 */
function annotate(
  doc: Doc,
  whole: { start: number; end: number },
  verdict: 'supported' | 'contradicted',
  message: string,
  fact: string,
  factIds: string[],
  sources: string[],
  kind: 'membership' | 'event' = 'membership',
): Annotation {
  const span = verdict === 'supported' ? whole : { start: whole.start, end: dayEnd(doc, whole.start) };
  return { start: span.start, end: span.end, quote: doc.text.slice(span.start, span.end), verdict, kind, message, fact, factIds, sources };
}

/** Where the day written at `start` ends. */
function dayEnd(doc: Doc, start: number): number {
  return findDates(doc.text, start, Math.min(doc.text.length, start + 40), { asOf: doc.asOf })[0]?.end ?? start;
}

/** Whether the text may hold a timeline entry: a line that opens with a day. Cheap, before the lines are read. */
const MAY_HOLD_RE = compiledOnFirstRun(
  /(?:^|\n)[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d/,
);

// Round 22. A line headed by a year and a month, no colon: "2004 November Seven countries, including three former Soviet
// Baltic republics, Estonia, Latvia, and Lithuania, join NATO." (a newsletter timeline, held-out 20 yb110: 29 March 2004).
const YEAR_MONTH_HEAD_RE = new RegExp(
  `^[ \\t]*(?:[-•*▪◦][ \\t]+)?((?:19[4-9]|20[0-4])\\d)[ \\t]+(${MONTH_NAMES.join('|')})[ \\t]+(?=[A-Z0-9])`,
);
const MAY_HOLD_YEAR_MONTH_RE = gated(/(?:^|\n)[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?(?:19[4-9]|20[0-4])\d[ \t]+[A-Z][a-z]{2,8}[ \t]/);
// The act, the entry's verb in the timeline's present: "join NATO", "officially join the alliance", "become NATO members".
const JOIN_NATO_RE =
  /\b(?:join|joins)[ \t]+(?:NATO|Nato|the[ \t]+(?:North[ \t]+Atlantic[ \t]+(?:Treaty[ \t]+Organi[sz]ation|Alliance)|[Aa]lliance))\b|\bbecomes?[ \t]+(?:full[ \t]+)?(?:NATO[ \t]+members?|members?[ \t]+of[ \t]+NATO)\b/;

/**
 * Accessions told under a year and a month: every country the entry names is a member that joined on one day, the act
 * said in the present ("join NATO"), nothing that makes it another act. Supported when the month holds the day;
 * contradicted when the day lies two days or more outside it.
 */
function yearMonthAccessions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (let lineStart = 0; lineStart < text.length;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const head = YEAR_MONTH_HEAD_RE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 30)));
    if (head) {
      const start = lineStart + head[0].length;
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
      const end = Math.min(lineEnd, sentence ? sentence.end : lineEnd);
      const entry = text.slice(start, end);
      const month = factRange(`${head[1]}-${String(MONTH_NAMES.indexOf(head[2]) + 1).padStart(2, '0')}`);
      const act = JOIN_NATO_RE.exec(entry);
      if (act && !NOT_THE_ACT_RE.test(entry) && month.last < doc.asOf) {
        const named = new Set<Country>();
        let other = false;
        for (const q of matchesIn(doc, { start, end: start + act.index }, 'qualifier')) {
          const country = doc.facts.base.jurisdictions.find((j) => j.id === q.value.jurisdiction);
          const said = text.slice(q.start, q.end);
          // An adjective ("former Soviet Baltic republics") describes; a name is a subject.
          if (!/^[A-Z]/.test(said) || /(?:ish|ian|ese|ch|et)$/.test(said)) continue;
          if (!country?.nato || !isConfident(country.nato)) other = true;
          else named.add(country);
        }
        const days = new Set([...named].map((c) => c.nato!.joined));
        const day = [...days][0];
        if (!other && named.size && days.size === 1 && factRange(day).first === factRange(day).last) {
          const inMonth = day >= month.first && day <= month.last;
          const off = inMonth ? 0 : day < month.first ? daysBetween(day, month.first) : daysBetween(month.last, day);
          if (inMonth || off >= 2) {
            const names = [...named].map((c) => c.name);
            const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
            const fact = `${list} joined NATO on ${formatDay(day)}.`;
            const headStart = lineStart + head[0].indexOf(head[1]);
            out.push({
              start: headStart,
              end: inMonth ? start + act.index + act[0].length : headStart + head[1].length + 1 + head[2].length,
              quote: text.slice(headStart, inMonth ? start + act.index + act[0].length : headStart + head[1].length + 1 + head[2].length),
              verdict: inMonth ? 'supported' : 'contradicted',
              kind: 'membership',
              message: inMonth ? fact : `Not so: ${fact}`,
              fact,
              factIds: [...named].map((c) => c.id),
              sources: sourcesOf(...[...named].map((c) => c.nato!)).slice(0, 3),
            });
          }
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

// Round 22 (mutation probe). A line headed by a year and a colon or a dash, the countries its subject, the act in the
// timeline's present: "1952: Greece and Turkey join in the alliance's first expansion", "1982: Spain becomes the 16th
// member of NATO", "1955: West Germany joins NATO" (AP's NATO timeline, May 2022). The year was read only where it
// confirms (accession.ts); with another year ("1950: Greece and Turkey join ...") the line's other findings ("first
// expansion", "the 16th member") were confirmed of the wrong year. Every country named must be a member that joined on
// one day, not a founder; NATO, the alliance or its expansion named in the entry and no other body; nothing that makes it
// another act. Supported in the year; contradicted in another.
const YEAR_COLON_HEAD_RE =
  /^[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?((?:19[4-9]|20[0-4])\d)[ \t]*(?::|[\u2013\u2014]|-(?=[ \t]))[ \t]*(?=[A-Z])/;
const MAY_HOLD_YEAR_COLON_RE = gated(
  /(?:^|\n)[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?(?:19[4-9]|20[0-4])\d[ \t]*(?::|[\u2013\u2014]|-[ \t])/,
);
const JOIN_PRESENT_RE =
  /^[ \t]+(?:(?:officially|formally|finally)[ \t]+)?(?:join|joins)\b(?![ \t]+(?:the[ \t]+)?(?:EU|E\.U\.|European|Partnership|PfP|Warsaw|talks|forces|calls|efforts|the[ \t]+(?:war|fight|coalition|call|effort|push)))|^[ \t]+(?:becomes?|are[ \t]+admitted|is[ \t]+admitted|accedes?)[ \t]+(?:(?:the|NATO['\u2019]s|the[ \t]+[Aa]lliance['\u2019]s)[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+(?:member|ally)\b|(?:a[ \t]+)?(?:full[ \t]+)?(?:NATO[ \t]+members?|members?[ \t]+of[ \t]+(?:NATO|the[ \t]+[Aa]lliance))\b|to[ \t]+NATO\b)/;
const OF_NATO_ENTRY_RE = /\b(?:NATO|Nato|[Aa]lliance|[Aa]llies|expansion|enlargement)\b/;
const OTHER_BODY_ENTRY_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Communit\w*|Economic)|EEC|Common\s+Market|Partnership\s+for\s+Peace|PfP|Warsaw\s+Pact|WTO|OECD|Council\s+of\s+Europe|eurozone|Schengen|United\s+Nations|UN|OSCE)\b/;

/** The entries' findings, each with where its entry ends. */
function yearColonAccessions(doc: Doc): Array<{ ann: Annotation; entryEnd: number }> {
  const out: Array<{ ann: Annotation; entryEnd: number }> = [];
  const { text } = doc;
  for (let lineStart = 0; lineStart < text.length;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const head = YEAR_COLON_HEAD_RE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 16)));
    if (head && +head[1] < +doc.asOf.slice(0, 4) + 1) {
      const start = lineStart + head[0].length;
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
      const end = Math.min(lineEnd, sentence ? sentence.end : lineEnd);
      const entry = text.slice(start, end);
      const named = countriesAt(doc, start, end);
      const act = named ? JOIN_PRESENT_RE.exec(text.slice(named.end, end)) : null;
      if (named && act && OF_NATO_ENTRY_RE.test(entry) && !OTHER_BODY_ENTRY_RE.test(entry) && !NOT_THE_ACT_RE.test(entry)) {
        const { countries } = named;
        const days = new Set(countries.map((c) => c.nato?.joined ?? ''));
        const day = [...days][0];
        if (
          days.size === 1 &&
          day &&
          !day.startsWith('1949') &&
          factRange(day).first === factRange(day).last &&
          countries.every((c) => isConfident(c.nato!))
        ) {
          const inYear = day.startsWith(head[1]);
          const names = countries.map((c) => c.name);
          const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
          const fact = `${list} joined NATO on ${formatDay(day)}.`;
          const headStart = lineStart + head[0].indexOf(head[1]);
          const stop = inYear ? named.end + act[0].length : headStart + 4;
          const ann: Annotation = {
            start: headStart,
            end: stop,
            quote: text.slice(headStart, stop),
            verdict: inYear ? 'supported' : 'contradicted',
            kind: 'membership',
            message: inYear ? fact : `Not so: ${fact}`,
            fact,
            factIds: countries.map((c) => c.id),
            sources: sourcesOf(...countries.map((c) => c.nato!)).slice(0, 3),
          };
          out.push({ ann, entryEnd: end });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The membership detector, with accessions and applications told in timeline entries. */
export function withTimelineAccessions(membership: ClaimDetector): ClaimDetector {
  return {
    kind: membership.kind,
    triggers: membership.triggers,
    find(doc, ctx) {
      let out = membership.find(doc, ctx);
      if (MAY_HOLD_YEAR_COLON_RE.test(doc.text))
        for (const { ann: a, entryEnd } of yearColonAccessions(doc)) {
          if (a.verdict === 'supported') {
            if (!out.some((b) => spansOverlap(b, a))) out.push(a);
            continue;
          }
          // A wrong year: the entry's confirmations of the same accession ("first expansion", "the 16th member") go.
          out = out.filter(
            (b) => !(b.verdict === 'supported' && b.start < entryEnd && b.end > a.start && b.factIds.some((id) => a.factIds.includes(id))),
          );
          if (!out.some((b) => b.verdict !== 'supported' && spansOverlap(b, a))) out.push(a);
        }
      if (MAY_HOLD_YEAR_MONTH_RE.test(doc.text))
        for (const a of yearMonthAccessions(doc)) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      if (!MAY_HOLD_RE.test(doc.text)) return out;
      for (const a of accessionEntries(doc, entries(doc))) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      return out;
    },
  };
}

/** The event detector, with NATO summits told in timeline entries. */
export function withTimelineSummits(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!MAY_HOLD_RE.test(doc.text) || !SUMMIT_RE.test(doc.text)) return out;
      for (const a of summitEntries(doc, entries(doc))) if (!out.some((b) => b.kind === 'event' && spansOverlap(b, a))) out.push(a);
      return out;
    },
  };
}
