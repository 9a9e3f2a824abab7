// The day of an accession told with it (mutation probe, round 20): "On March 25, North Macedonia became NATO's 30th
// member" (27 March 2020), "Finland will become the 31st member of NATO on 3 April 2023" (4 April), "Montenegro became
// Nato's 29th member Saturday" (5 June 2017 was a Monday). The readers of accession.ts confirm the place in line and leave
// the day alone; here a confirmed accession of one country whose sentence ties a written day (or a weekday) to it is
// checked against the record. A day that differs is never confirmed; it is a red flag only when the day is plainly the
// accession's ("became/joined ... member on DAY", "On DAY, X became ...") and more than one day off (sources differ by a
// day around midnight and time zones), else context.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { findDates, factRange, formatDay, toDays, weekdayOf, type DateMention } from '../dates';
import { isConfident } from '../holders';
import { spanIndexAt } from '../sentences';
import { mapFound } from '../detector';
import { compiledOnFirstRun } from '../triggers';

const WEEKDAY_OR_MONTH_RE = compiledOnFirstRun(
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/,
);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// A verb of joining in the claim: the day is the accession's.
const JOINING_RE = /\b(?:became|become|becomes|becoming|joined|joins|join|joining)\b/i;
// Words that put the day on another step or a time around the accession: "a day after it became", "the flag was raised
// on Monday", "celebrated its 25th membership anniversary on March 12".
const OTHER_STEP_RE =
  /\b(?:after|before|since|ago|until|later|earlier|days?|weeks?|path|road|way|milestone|step|process|anniversary|ceremony|flag|hoist\w*|raised|ratif\w*|sign\w*|approv\w*|invit\w*|appl\w*|bid|deposit\w*|protocol|celebrat\w*|would|could|might|may|if)\b/i;
// After the claim, before the day: "... member of NATO on 3 April", "... member of the North Atlantic Treaty
// Organization on Tuesday", "... member Saturday".
const AFTER_RE =
  /^\s*(?:of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+Treaty\s+Organi[sz]ation|(?:North\s+Atlantic\s+|NATO\s+)?(?:military\s+)?[Aa]lliance)))?\s*(?:on\s+)?$/;

const JOINED_BEFORE_RE =
  /\b(?:joined|joins|join|became|become|becomes|becoming)\s+(?:a\s+(?:full\s+)?member\s+of\s+)?(?:NATO|Nato|the\s+(?:[\w-]+\s+){0,3}(?:[Aa]lliance|Organi[sz]ation))\s+(?:on\s+)?$/;
const MEMBER_BEFORE_RE =
  /\b[Mm]ember(?:\s+(?:state|country|nation))?(?:\s+of\s+(?:NATO|Nato|the\s+(?:[\w-]+\s+){0,3}(?:[Aa]lliance|Organi[sz]ation)))?\s+(?:on\s+)?$/;
const VERB_AFTER_RE = /^\s*,?\s*(?:(?:officially|formally|finally)\s+)?(?:became|joined|becomes|joins|will\s+(?:become|join))\b/;

type Country = Doc['facts']['base']['jurisdictions'][number];

/** Circular distance of two weekdays. */
const weekdayGap = (a: number, b: number) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);

/**
 * Confirmed accessions whose sentence ties another day to them: the confirmation is replaced by a red flag (plainly the
 * accession's day, more than a day off, date certain) or by context.
 */
export function accessionDayChecked(doc: Doc, out: Annotation[]): Annotation[] {
  return mapFound(out, (a) => {
    if (a.verdict !== 'supported' || a.kind !== 'membership') return a;
    // One country's accession ("Sweden became the latest country to join" is also of the members' count).
    const countries = a.factIds.map((id) => doc.facts.jurisdictions.get(id) as Country | undefined).filter((c) => c?.nato?.joined);
    if (countries.length !== 1) return a;
    const country = countries[0];
    const joined = country?.nato?.joined;
    if (!joined || joined.length < 10 || joined.startsWith('1949')) return a;
    const si = spanIndexAt(doc.sentences, a.start);
    const sentence = si >= 0 ? doc.sentences[si] : undefined;
    if (!sentence) return a;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!WEEKDAY_OR_MONTH_RE.test(text)) return a;
    const claim = doc.text.slice(a.start, a.end);
    if (!JOINING_RE.test(claim)) return a;
    const future = /\b(?:will|to\s+become|is\s+set\s+to|is\s+expected)\b/i.test(text);
    const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf, future }).filter(
      (d) => d.granularity === 'day' && !d.through,
    );
    let day = dates.find((d) => tied(doc, a, d, sentence.start));
    if (!day) return a;
    // Round 22 (mutation probe). A weekday with its day written out after it in brackets or after a comma ("Finland
    // became NATO's newest member on Thursday (7 March 2024)", the day after Sweden joined): the written day is the one
    // told, whatever the weekday's distance from the page.
    if (day.relative) {
      const at = day.end;
      const written = dates.find((d) => !d.relative && d.start > at && /^\s*[(,]\s*$/.test(doc.text.slice(at, d.start)));
      if (written) day = written;
    }
    const on = factRange(joined).first;
    const gap = dayGap(doc, day, on);
    if (gap === 0) return a;
    const plain =
      gap > 1 &&
      doc.dateCertain &&
      isConfident(country!.nato!) &&
      !OTHER_STEP_RE.test(doc.text.slice(Math.min(a.start, day.start), Math.max(a.end, day.end)));
    const fact = `${country!.name} joined NATO on ${formatDay(on)}.`;
    const start = Math.min(a.start, day.start);
    const end = Math.max(a.end, day.end);
    return {
      ...a,
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: plain ? 'contradicted' : 'context',
      message: plain ? `Not so: ${fact}` : `${fact} The day told here differs.`,
      fact,
    };
  });
}

/** Days between the day told and the accession: a weekday by its name alone, a day without a year by its month and day. */
function dayGap(doc: Doc, d: DateMention, on: string): number {
  const mention = doc.text.slice(d.start, d.end);
  const wd = WEEKDAYS.findIndex((w) => mention.includes(w));
  if (d.relative && wd >= 0) {
    // Only near the accession is a weekday its own.
    if (Math.abs(toDays(doc.asOf) - toDays(on)) > 8) return 0;
    return weekdayGap(wd, weekdayOf(on));
  }
  if (d.relative) return 0;
  const first = d.explicitYear ? d.first : `${on.slice(0, 4)}${d.first.slice(4)}`;
  return Math.abs(toDays(first) - toDays(on));
}

/** The day is the claim's: inside it, right after it ("... member of NATO on 3 April"), or opening it ("On March 25, X became"). */
function tied(doc: Doc, a: Annotation, d: DateMention, sentenceStart: number): boolean {
  // Never a day of another step or told around it ("will sign an accession protocol with Macedonia on February 6, ... its path
  // to become NATO's 30th member").
  if (OTHER_STEP_RE.test(doc.text.slice(Math.min(a.start, d.start), Math.max(a.end, d.end)))) return false;
  if (d.start >= a.start && d.end <= a.end) {
    const pre = doc.text.slice(a.start, d.start);
    const post = doc.text.slice(d.end, a.end);
    return (
      // "Sweden officially joined NATO Tuesday, making it ...", "Finland joined NATO on Sunday, becoming ..."
      JOINED_BEFORE_RE.test(pre) ||
      // "... became the 32nd member of NATO on Tuesday ..."
      MEMBER_BEFORE_RE.test(pre) ||
      // "North Macedonia on Wednesday officially became the 30th member"
      (/^[^,;:()]{0,30}?\s+(?:on\s+)?$/.test(pre) && !JOINING_RE.test(pre) && VERB_AFTER_RE.test(post))
    );
  }
  if (d.start >= a.end) return AFTER_RE.test(doc.text.slice(a.end, d.start));
  if (d.end <= a.start) {
    const before = doc.text.slice(sentenceStart, d.start);
    if (!/^\s*,?\s*$/.test(doc.text.slice(d.end, a.start))) return false;
    // "On March 25, X became ...", "On Thursday, 14 March, X joined ...": the day opens the sentence.
    if (/^\s*(?:[Oo]n\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/.test(before)) return true;
    // "Finland joined NATO on Sunday, becoming the 31st member": the joining told just before the day, in the same clause.
    return /^[^,;:()]{0,60}\b(?:joined|became)\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s+(?:on\s+)?$/.test(before);
  }
  return false;
}
