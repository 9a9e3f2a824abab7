// Round 33 (read by membership.ts). An accession told as so many years after one told just before it: "In 1999 the Czech
// Republic, Hungary, and Poland joined, and Bulgaria, Estonia, ..., Slovenia, Albania and Croatia joined five years later"
// (an encyclopedia entry of April 2009: Albania and Croatia joined in 2009, ten years after), "Greece and Turkey joined NATO
// in 1952, and West Germany joined three years later", "Finland joined in 2023; Sweden followed a year later", "NATO was
// founded in 1949. Three years later, Greece and Turkey joined".
//
// The anchor is the last year written before the phrase in its sentence (else in the sentence before, in the paragraph,
// for the phrase at the head of its sentence), and it must be the accession year of a member named before the phrase, or
// 1949 with the founding told. The countries are the list right before "joined / followed / became members / were
// admitted N years later" (or right after "N years later," at the head of the sentence), every one a member. Confirmed when
// each joined N years after the anchor year; contradicted when one joined a year or more off (also counted from the
// anchor's day, so "16 years later" of 1982 to March 1999 stands) and its record is sure. Never with another club in the
// sentence ("Croatia joined the EU four years later"), a supposition, or NATO not named in the sentence or the two before.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { gated } from '../triggers';
import { COUNT_SRC, HYPOTHETICAL_RE, historyAnnotation, previousInParagraph } from './history-common';
import { namesIn } from './accession-lists';
import { sureOf } from './accession-noun';

type Members = Doc['facts']['base']['jurisdictions'];
type Member = Members[number];

const HINT_RE = gated(/\byears? later\b/i);
const LATER = String.raw`(${COUNT_SRC}|a|one)\s+years?\s+later\b`;
// After the list: "joined five years later", "followed a year later", "became members of NATO three years later".
const AFTER_LIST_RE = new RegExp(
  String.raw`^\s+(?:(?:also|then|finally|eventually|only)\s+)?(?:joined(?:\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?|followed(?:\s+suit)?|bec(?:ame|ome)\s+(?:full\s+)?members(?:\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?|(?:was|were)\s+admitted(?:\s+(?:in)?to\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?|acceded(?:\s+to\s+(?:NATO|Nato|the\s+[Aa]lliance))?)\s+(?:only\s+)?${LATER}`,
  'i',
);
// At the head of the sentence: "Three years later, Greece and Turkey joined".
const HEAD_RE = new RegExp(String.raw`^\W*(?:[Oo]nly\s+)?${LATER},?\s+(?:the\s+|West\s+)?$`, 'i');
const JOINED_NEXT_RE =
  /^\s+(?:(?:also|then|finally)\s+)?(?:joined|followed|bec(?:ame|ome)\s+(?:full\s+)?members(?:\s+of)?|(?:was|were)\s+admitted(?:\s+(?:in)?to)?|acceded(?:\s+to)?)\b(?:\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)\b)?/i;
const LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+Union|eurozone|euro\s+zone|Schengen|Partnership\s+for\s+Peace|WTO|OECD|Council\s+of\s+Europe|United\s+Nations|UN|BRICS|Warsaw\s+Pact|EEC|European\s+Communit(?:y|ies))\b/;
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const FOUNDING_RE = /\b(?:found(?:ed|ing|ation)|formed|establish(?:ed|ment)|creat(?:ed|ion)|signed)\b/i;
const YEAR_RE = /\b(19[4-9]\d|20[0-4]\d)\b/g;

interface Anchor {
  year: number;
  day: string;
}

/** The anchor year before `at` in `span`: the last year written, an accession of a member named in `named` or the founding. */
function anchorIn(doc: Doc, span: { start: number; end: number }, named: Member[], at: number): Anchor | null {
  const text = doc.text.slice(span.start, Math.min(span.end, at));
  const years = [...text.matchAll(YEAR_RE)];
  const last = years[years.length - 1];
  if (!last) return null;
  const year = Number(last[1]);
  const member = named.find((c) => factRange(c.nato!.joined).first.startsWith(last[1]) && !last[1].startsWith('1949'));
  if (member) return { year, day: factRange(member.nato!.joined).first };
  if (year === 1949 && FOUNDING_RE.test(text)) return { year, day: doc.facts.base.figures.founding.signed };
  return null;
}

export function yearsLaterClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/years? later/i.test(text) || HYPOTHETICAL_RE.test(text) || OTHER_CLUB_RE.test(text)) continue;
    const prev = previousInParagraph(doc, i);
    const prev2 = prev ? previousInParagraph(doc, i - 1) : null;
    const around = doc.text.slice((prev2 ?? prev ?? sentence).start, sentence.end);
    if (!/\b(?:NATO|Nato|North\s+Atlantic)\b/.test(around) || !NATO_RE.test(around)) continue;
    const names = namesIn(doc, sentence);
    const isMember = (c: { id: string }) => members.find((m) => m.id === c.id);
    for (const [k, n] of names.entries()) {
      let list: Member[] = [];
      let phrase: RegExpExecArray | null = null;
      let span = { start: n.start, end: n.end };
      let anchor: Anchor | null = null;
      // (1) the list ends here, the phrase after it.
      const after = AFTER_LIST_RE.exec(doc.text.slice(n.end, sentence.end));
      if (after) {
        let j = k;
        for (; j > 0 && LIST_GAP_RE.test(doc.text.slice(names[j - 1].end, names[j].start)); j--);
        const listed = names.slice(j, k + 1);
        if (listed.some((x) => !isMember(x.country))) continue;
        list = listed.map((x) => isMember(x.country)!);
        phrase = after;
        const first = listed[0];
        span = { start: first.start, end: n.end + after[0].length };
        const before = names.filter((x) => x.start < first.start && isMember(x.country)).map((x) => isMember(x.country)!);
        anchor = anchorIn(doc, sentence, before, first.start);
      } else {
        // (2) the phrase at the head of the sentence, the list right after it.
        const head = k === 0 ? HEAD_RE.exec(doc.text.slice(sentence.start, n.start)) : null;
        if (!head) continue;
        let j = k;
        for (; j + 1 < names.length && LIST_GAP_RE.test(doc.text.slice(names[j].end, names[j + 1].start)); j++);
        const verb = JOINED_NEXT_RE.exec(doc.text.slice(names[j].end, sentence.end));
        if (!verb) continue;
        const listed = names.slice(k, j + 1);
        if (listed.some((x) => !isMember(x.country))) continue;
        list = listed.map((x) => isMember(x.country)!);
        phrase = head;
        span = { start: sentence.start + head.index, end: names[j].end + verb[0].length };
        if (!prev) continue;
        const before = namesIn(doc, prev)
          .filter((x) => isMember(x.country))
          .map((x) => isMember(x.country)!);
        anchor = anchorIn(doc, prev, before, prev.end);
      }
      if (!anchor || !phrase) continue;
      const said = /^(?:a|one)$/i.test(phrase[1]) ? 1 : numberFrom(phrase[1]);
      if (!Number.isFinite(said) || said < 1 || said > 75) continue;
      const off = list.filter((c) => {
        const joined = factRange(c.nato!.joined).first;
        if (Number(joined.slice(0, 4)) - anchor!.year === said) return false;
        const exact = (Date.parse(joined) - Date.parse(anchor!.day)) / (365.25 * 86400000);
        return Math.abs(exact - said) >= 1;
      });
      const wrongYear = list.filter((c) => Number(factRange(c.nato!.joined).first.slice(0, 4)) - anchor!.year !== said);
      const fact = `${list.map((c) => `${c.name} joined NATO on ${formatDay(c.nato!.joined)}`).join('; ')}; the year before the phrase is ${anchor.year}.`;
      const sources = sourcesOfAll(list.map((c) => c.nato)).slice(0, 3);
      const ids = list.map((c) => c.id);
      if (!wrongYear.length) out.push(historyAnnotation(doc, span, 'membership', 'supported', fact, fact, ids, sources));
      else if (off.length) {
        // A record disputed over a few days only ("Germany: 6 or 9 May 1955") is sure of a year's gap (accession-noun.ts).
        const told = { first: `${anchor.year + said}-01-01`, last: `${anchor.year + said}-12-31` };
        const sure = doc.dateCertain && off.every((c) => isConfident(c.nato!) || sureOf(c, told));
        const message = `Not so: ${off.map((c) => `${c.name} joined NATO on ${formatDay(c.nato!.joined)}`).join('; ')}, not ${said} year${said === 1 ? '' : 's'} after ${anchor.year}.`;
        out.push(historyAnnotation(doc, span, 'membership', sure ? 'contradicted' : 'context', message, fact, ids, sources));
      }
      break;
    }
  }
  return out;
}
