// Round 28. Accessions told within a span of years: "In the years 2004-2009 some of the Eastern European countries – Poland,
// Hungary, Czechia and the Baltic States – joined NATO" (March 2019: Poland, Hungary and Czechia joined on 12 March 1999),
// "Between 1999 and 2004, Poland, Hungary and the Baltic states joined the alliance" (true), "Romania and Albania joined
// NATO from 2004 to 2009" (true). The span is the joining's: at the head of the sentence ("In the years", "Between",
// "From") or right after the verb and NATO; the countries are the verb's subject, listed by commas and "and" (the Baltic
// states standing for Estonia, Latvia and Lithuania), between dashes or not. Confirmed when every one joined within the
// span; contradicted when one did not, its record sure, NATO named in the sentence and no other club about. A bound is no
// span ("by 1999", "before 2004", "since 2004"), nor a span of another act (invited, applied) or of a time to come.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange } from '../dates';
import { namesIn } from './accession-lists';
import { BALTIC_IDS, BALTIC_RE } from './accession';
import { joinedSaid, roundBase, sureOf } from './accession-noun';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];
type Item = { start: number; end: number; countries: Country[] };

// Two years joined by a dash, "to", "and" or "through" (one cheap look per sentence).
const RANGE_HINT_RE = gated(/\b(?:19[4-9]\d|20[0-4]\d)\s*(?:-|\u2013|\u2014|to|and|through|until)\s*(?:19[4-9]\d|20[0-4]\d)\b/);
const RANGE_RE = /\b(?:19[4-9]\d|20[0-4]\d)\s*(?:-|\u2013|\u2014|to|and|through|until)\s*(?:19[4-9]\d|20[0-4]\d)\b/g;
// What opens a span at the head of the sentence, or after the verb: "In the years", "Between", "From", "During".
// At the head of the sentence or of its main clause after a fronted phrase's comma ("However, after the break-up of the
// Warsaw Pact, in the years 2004-2009 ...").
const HEAD_SPAN_RE =
  /(?:^|,)[\s"\u201c'\u2018-]*(?:(?:[Ii]n|[Dd]uring|[Oo]ver)\s+(?:the\s+)?(?:years|period|decade)\s+(?:of\s+|from\s+|between\s+)?|[Bb]etween\s+|[Ff]rom\s+|[Ii]n\s+)(?:the\s+years\s+)?$/;
const AFTER_SPAN_RE =
  /^\s+(?:(?:in|during|over)\s+(?:the\s+)?(?:years|period)\s+(?:of\s+|from\s+|between\s+)?|between\s+|from\s+|in\s+)(?:the\s+years\s+)?$/;
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic\s+(?:Treaty|[Aa]lliance)|[Aa]lliance)\b/;
// Other clubs a country joins (not the Warsaw Pact, named as what the members left).
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Communit(?:y|ies))|EEC|eurozone|euro\s+zone|euro|Schengen|OECD|WTO|Council\s+of\s+Europe|Partnership\s+for\s+Peace|PfP|OSCE|United\s+Nations)\b/;
// The verb right after the subject's list (a closing dash or comma between): joining NATO.
const VERB_AFTER_LIST_RE =
  /^\s*(?:[\u2013\u2014-]\s*|,\s*)?(?:(?:all|both|also|each|eventually|gradually|subsequently|then|later)\s+)?(?:joined|became\s+(?:(?:NATO|full)\s+)?members|were\s+(?:admitted|accepted)\s+(?:in)?to|acceded\s+to)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b/;
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/;
const NOT_DONE_RE =
  /\b(?:invit\w*|appl(?:y|ied|ication)\w*|bids?|talks|negotiat\w*|protocols?|ratif\w*|aspir\w*|candidat\w*|will|would|could|might|should|if|unless|whether|expected|planned|not|never|n['\u2019]t|nor|respectively)\b|\?/i;
// A bound right before the span is no span: "by 2004-2009", "before 2004 and 2009" (the span's own words open it).
const BOUND_BEFORE_RE = /\b(?:by|before|after|since|until|till|prior\s+to)\s+(?:the\s+years\s+)?$/i;

/** The countries and the Baltic states written in a sentence, in order. */
function itemsIn(doc: Doc, sentence: { start: number; end: number }): Item[] {
  const out: Item[] = namesIn(doc, sentence).map((n) => ({ start: n.start, end: n.end, countries: [n.country] }));
  const text = doc.text.slice(sentence.start, sentence.end);
  const baltic = BALTIC_IDS.map((id) => doc.facts.jurisdictions.get(id)).filter((c): c is Country => !!c);
  if (baltic.length === BALTIC_IDS.length)
    for (const m of text.matchAll(BALTIC_RE)) {
      const start = sentence.start + m.index;
      if (!out.some((o) => o.start < start + m[0].length && start < o.end))
        out.push({ start, end: start + m[0].length, countries: baltic });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** Accessions told within a span of years (see above). */
export function accessionRangeClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!RANGE_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!RANGE_HINT_RE.test(text) || !NATO_RE.test(text)) continue;
    if (OTHER_CLUB_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))) continue;
    const items = itemsIn(doc, sentence);
    if (!items.length) continue;
    for (const r of text.matchAll(RANGE_RE)) {
      const rangeStart = sentence.start + r.index;
      const rangeEnd = rangeStart + r[0].length;
      const [from, to] = (r[0].match(/\d{4}/g) ?? []).map(Number);
      if (!(from < to)) continue;
      // The subject list: the run of items that ends right before the verb.
      let last = -1;
      let verbEnd = -1;
      for (let i = 0; i < items.length; i++) {
        const v = VERB_AFTER_LIST_RE.exec(doc.text.slice(items[i].end, sentence.end));
        if (v) {
          last = i;
          verbEnd = items[i].end + v[0].length;
          break;
        }
      }
      if (last < 0) continue;
      let first = last;
      while (first > 0 && LIST_GAP_RE.test(doc.text.slice(items[first - 1].end, items[first].start))) first--;
      const list = items.slice(first, last + 1);
      // The span at the head of the sentence, before the list; or right after the verb and NATO.
      const head = rangeEnd <= list[0].start && HEAD_SPAN_RE.test(doc.text.slice(sentence.start, rangeStart));
      const after = rangeStart >= verbEnd && AFTER_SPAN_RE.test(doc.text.slice(verbEnd, rangeStart));
      if ((!head && !after) || BOUND_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, rangeStart - 20), rangeStart))) continue;
      const countries = list.flatMap((i) => i.countries);
      if (!countries.length || countries.some((c) => !c.nato)) continue;
      const span = { first: `${from}-01-01`, last: `${to}-12-31` };
      const within = (c: Country) => {
        const j = factRange(c.nato!.joined);
        return j.first >= span.first && j.last <= span.last;
      };
      const wrong = countries.filter((c) => !within(c));
      const start = Math.min(list[0].start, rangeStart);
      const end = Math.max(verbEnd, rangeEnd);
      const base = roundBase(doc, countries, start, end);
      if (!wrong.length) {
        out.push({ ...base, verdict: 'supported', message: base.fact });
        continue;
      }
      // Outside the span by a year or more, every wrong record sure, nothing that makes the span another act's.
      if (!doc.dateCertain || NOT_DONE_RE.test(text) || wrong.some((c) => !sureOf(c, span))) continue;
      out.push({
        ...base,
        verdict: 'contradicted',
        message: `Not between ${from} and ${to}: ${joinedSaid(wrong)}.`,
      });
    }
  }
  return out;
}
