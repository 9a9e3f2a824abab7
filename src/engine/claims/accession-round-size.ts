// Round 48. A country's accession told with the size of its round as "N other countries": "On March 29, 2004, our country
// made a strategic choice by joining the North Atlantic Pact together with six other Eastern European countries" (the
// Bulgarian prime minister, 29 March 2025, held-out 46 uz020: seven joined that day), "Bulgaria joined NATO on March 29,
// 2004, along with six other countries", "Poland joined the alliance in 1999 with two other former Warsaw Pact states".
// The joiner is often only "our country" or "we", so the round is known from the time alone.
//
// The joining with NATO (or "the North Atlantic Pact/Alliance/Treaty") as its object, then "together with", "along with"
// or "with", a count and "other" before a noun of countries; the time is written in the sentence (a day, a month or a
// year) and holds the accession day of two or more members, all on one day (a round: 1952, 1999, 2004, 2009). Confirmed
// when the count and one make the round's size. Contradicted when they do not, the record is sure of every country of the
// round and nothing between "other" and the noun narrows the companions ("two other Baltic states" are a part of the
// round; only "European", "Eastern European", "Central European" and "Central and Eastern European" are read, which all of
// the round were). Nothing after a supposition or a denial, or with another club in the sentence.
import type { Annotation } from '../types';
import { withMergedOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { gated } from '../triggers';
import { COUNT_SRC, datesAndYears, historyAnnotation, NATO_JOINED_SRC } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\bother\b/);
// Group 1: the count; group 2: the words between "other" and the noun.
const JOINED_WITH_RE = new RegExp(
  String.raw`\b(?:joined|joining|joins|entered|entering|acceded\s+to|acceding\s+to|became\s+(?:a\s+)?members?\s+of)\s+(?:${NATO_JOINED_SRC}|the\s+North\s+Atlantic\s+(?:Pact|Alliance|Treaty))(?!\s*['\u2019]s)(?:\s*,?\s+(?:in|on)\s+[^,.;]{4,25}?)?\s*,?\s+(?:together\s+with|along\s+with|alongside|with)\s+${COUNT_SRC}\s+other\s+((?:[A-Z][\w-]*\s+|and\s+|former\s+|ex-|post-)*)(?:countr(?:y|ies)|nations?|states?|candidates?|newcomers?)\b`,
  'g',
);
const PLAIN_QUALIFIER_RE = /^(?:(?:European|Eastern|Central|East|Central-Eastern|and)\s+)*$/;
const NOT_READ_RE =
  /\b(?:would|could|might|should|will|if|unless|whether|not|never|n['\u2019]t|hop\w*|plan\w*|EU|European\s+Union|Schengen|eurozone|OECD|WTO|Council\s+of\s+Europe|Partnership\s+for\s+Peace)\b|\?/;

function roundSizeClaims(doc: Doc): Annotation[] {
  if (!HINT_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato && factRange(j.nato.joined).first <= doc.asOf) as Country[];
  JOINED_WITH_RE.lastIndex = 0;
  for (let m = JOINED_WITH_RE.exec(doc.text); m; m = JOINED_WITH_RE.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (NOT_READ_RE.test(text)) continue;
    const n = numberFrom(m[1]);
    if (!Number.isFinite(n) || n < 1) continue;
    // The round: the one accession day of two or more members that a time written in the sentence holds.
    const rounds = new Map<string, Country[]>();
    for (const d of datesAndYears(doc, sentence)) {
      for (const c of members) {
        const day = factRange(c.nato!.joined).first;
        if (day < d.first || day > d.last || day.startsWith('1949')) continue;
        const round = rounds.get(day) ?? [];
        if (!round.includes(c)) round.push(c);
        rounds.set(day, round);
      }
    }
    const sized = [...rounds].filter(([, cs]) => cs.length >= 2);
    if (sized.length !== 1) continue;
    const [day, round] = sized[0];
    const fact = `${round.length} countries joined NATO on ${formatDay(day)}: ${round.map((c) => c.name).join(', ')}.`;
    const sources = sourcesOfAll(round.map((c) => c.nato)).slice(0, 3);
    const ids = round.map((c) => c.id);
    if (n + 1 === round.length) {
      out.push(historyAnnotation(doc, { start, end }, 'membership', 'supported', fact, fact, ids, sources));
      continue;
    }
    if (!PLAIN_QUALIFIER_RE.test(m[2]) || !round.every((c) => isConfident(c.nato!))) continue;
    out.push(
      historyAnnotation(
        doc,
        { start, end },
        'membership',
        'contradicted',
        `Not so: that makes ${n + 1} countries; ${fact}`,
        fact,
        ids,
        sources,
      ),
    );
  }
  return out;
}

/** Adds the findings where nothing overlaps them; a red flag in place of the confirmations it overlaps. */
export function withRoundSizes(inner: ClaimDetector): ClaimDetector {
  return withMergedOver(inner, roundSizeClaims);
}
