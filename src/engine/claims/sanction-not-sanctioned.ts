// Round 46: a company said not to be under sanctions, "non-sanctioned Russian producers such as Surgutneftegaz and Gazprom
// Neft" (held-out 44 up004, November 2025: OFAC and the UK designated both on 10 January 2025), "Surgutneftegas, which has
// not been sanctioned by the US", "Gazprom Neft is yet to be sanctioned", "Lukoil has so far been spared US sanctions".
//
// Read against the designations on record (sanctions.json) that block a company: the US's and the UK's, not the US sectoral
// directives of 2014 (their targets were limited in debt and in Arctic projects, and a page may well call them not sanctioned)
// and never the EU's (its 2014 measures and its transaction bans reach these companies without listing them; "Gazprom Neft,
// not sanctioned by the EU" is a fair reading of its asset-freeze list). The issuer is the one the words name ("by the US",
// "US-sanctioned"), else the one the sentence names; a sentence that names none is read as of the US, whose list the press
// means by "sanctioned" for Russia's oil companies, unless the page names only the EU.
//
// Contradicted when that issuer had designated the company a week or more before the page's day (the news may lag behind an
// action), and no date in the sentence before the designation tells of an earlier time; supported when its designation on
// record came only after the page's day. Never flagged: a time told ("until January", "then-unsanctioned", "was not
// sanctioned"), a modal or a question, one action's scope ("was not sanctioned in Wednesday's action"), the company's units
// or products ("Lukoil-branded stations", "Rosneft's trading arms").
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import type { Span } from '../sentences';
import { addDays, formatDay, type DateMention } from '../dates';
import { sourcesOf } from '../holders';
import { pastHorizon } from '../horizon';
import { gated } from '../triggers';
import { datesIn } from './clauses';
import { issuersIn } from './sanction-targets';

export const NOT_SANCTIONED_GATE_RE = gated(
  /\b(?:non|un)-?(?:sanctioned|designated|blacklisted)\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:sanctioned|designated|blacklisted|under\s|subject\s)|\byet\s+to\s+be\s+(?:sanctioned|designated|blacklisted)\b|\bspared\b|\bescaped\s+(?:\w+\s+)?sanctions\b/i,
);

const ISSUER = String.raw`(?:U\.S\.|US|American|United\s+States|Washington|OFAC|Treasury|U\.K\.|UK|British|Britain|EU|E\.U\.|European|Western|the\s+West)`;
// The words before the company: "non-sanctioned (Russian oil) producers such as", "unsanctioned", "not-yet-sanctioned".
const BEFORE_RE = new RegExp(
  String.raw`\b((?:then|previously|formerly|once|earlier|until\s+then)[- ])?(?:(?:non|un)-?(?:${ISSUER}-)?(?:sanctioned|designated|blacklisted)|not[- ]yet[- ](?:sanctioned|designated|blacklisted)|yet-to-be-(?:sanctioned|designated))\b`,
  'gi',
);
// What may stand between those words and the first company: the kind of company and a word that lists.
const BEFORE_GAP_RE =
  /^(?:\s+(?:Russian|Russia['\u2019]s|oil|energy|crude|gas|state-owned|state|private|major|big|large|smaller|other|producers?|companies|company|firms?|suppliers?|exporters?|entities|majors|sellers|giants?|such\s+as|like|including|namely|e\.g\.|as)\b,?)*\s+$/i;
// Between two companies of one list.
const LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/i;
// A company named as a whole (the list goes on, the clause ends or its verb follows), not its units or its products.
const WHOLE_AFTER_RE =
  /^(?:\s*[,.;:)\u2014\u2013]|\s+(?:and|or|as|which|that|were|are|is|was|have|has|had|remain\w*|to|in|for|from|at|with|but|while)\b|\s*$)/i;
// The words after the company: "is not (yet) sanctioned", ", which has not been designated", "is yet to be sanctioned",
// "has so far been spared (from) US sanctions", "remains outside sanctions". Group 1: a past tense (a time told).
const AFTER_RE = new RegExp(
  String.raw`^\s*,?\s*(?:(?:which|that|who)\s+)?(?:(is|are|has|have|remains?|was|were|had)\s+)?(?:so\s+far\s+|still\s+|also\s+|itself\s+|themselves\s+)?(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:(?:sanctioned|designated|blacklisted)(?:\s+by\s+(?:the\s+)?(${ISSUER}))?|(?:placed\s+)?(?:under|subject\s+to)\s+(?:any\s+)?(${ISSUER})?\s*sanctions)|yet\s+to\s+be\s+(?:sanctioned|designated|blacklisted)(?:\s+by\s+(?:the\s+)?(${ISSUER}))?|(?:been\s+)?(?:spared|escaped)\s+(?:from\s+)?(?:(${ISSUER})\s+)?sanctions)\b`,
  'i',
);
// What makes the words say less than the company's standing on the page's day: a modal, a condition, a question, a time.
const HEDGE_RE = /\b(?:would|could|might|may|will|if|whether|unless|until|before|when|once|then|previously|formerly|no\s+longer)\b|\?/i;
// One action's scope told after the words: "not sanctioned in Wednesday's action", "on Friday", "this time", "by the new package".
const SCOPE_AFTER_RE =
  /^\s*(?:in|on|during|under|as\s+part\s+of|at\s+the\s+time|this\s+time|then|today|yesterday|last|until|before|when|by\s+(?:the|this|that|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)\b)/i;

/** Days after a designation within which a page may still call the company not sanctioned (the news lags). */
const NEWS_LAG_DAYS = 7;
/** Issuers whose designations block a company: the US's (the 2014 sectoral directives aside) and the UK's. */
const BLOCKING_ISSUERS = new Set(['usa', 'gbr']);
const SECTORAL_RE = /\bsectoral\b|\bDirective\b/i;
const blocks = (s: Sanction) => BLOCKING_ISSUERS.has(s.jurisdiction) && !SECTORAL_RE.test(s.programme ?? '') && !s.id.includes('sectoral');

/** The issuer words name: "US", "British", "EU"; "Western" is read as the US's (it designated first), "European" as the EU's. */
function issuerOf(words: string): string | undefined {
  const [named] = issuersIn(words);
  if (named) return named;
  if (WESTERN_RE.test(words)) return 'usa';
  return EUROPEAN_RE.test(words) ? 'eu' : undefined;
}
const WESTERN_RE = /\bWest(?:ern)?\b/i;
const EUROPEAN_RE = /\bEuropean\b/i;

interface Told {
  company: Span & { id: string };
  words: Span;
  /** The issuer the words name, as a jurisdiction. */
  issuer?: string;
}

/** The companies of the page said not to be under sanctions, judged against their designations on record. */
export function notSanctionedClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const records = doc.facts.base.sanctions.filter(blocks);
  if (!records.length) return out;
  const pageIssuers = issuersIn(doc.text);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!NOT_SANCTIONED_GATE_RE.test(text)) continue;
    const companies = matchesIn(doc, sentence, 'org')
      .filter((o) => doc.facts.organisations.get(o.value.id)?.kind === 'company')
      .map((o) => ({ start: o.start, end: o.end, id: o.value.id }));
    if (!companies.length || HEDGE_RE.test(text)) continue;
    const told = [...toldBefore(doc, sentence, text, companies), ...toldAfter(doc, sentence, companies)];
    if (!told.length) continue;
    const sentenceIssuers = issuersIn(text);
    const dates = datesIn(doc, sentence, sentence).filter((d) => !d.relative);
    // One claim per list the words are said of ("non-sanctioned producers such as A and B"): red if any of its companies is.
    for (const words of new Set(told.map((t) => t.words))) {
      const judged = told.filter((t) => t.words === words).map((t) => judge(doc, t, sentenceIssuers, pageIssuers, records, dates));
      const flagged = judged.filter((j) => j && j.verdict !== 'supported');
      const shown = flagged.length ? flagged : judged.filter((j) => j);
      if (!shown.length) continue;
      const companies = told.filter((t) => t.words === words).map((t) => t.company);
      const span = {
        start: Math.min(words.start, ...companies.map((c) => c.start)),
        end: Math.max(words.end, ...companies.map((c) => c.end)),
      };
      const verdict = flagged.some((j) => j!.verdict === 'contradicted') ? 'contradicted' : flagged.length ? 'context' : 'supported';
      out.push({
        start: span.start,
        end: span.end,
        quote: doc.text.slice(span.start, span.end),
        verdict,
        kind: 'sanction',
        factIds: [...new Set(shown.map((j) => j!.record.id))],
        message: shown.map((j) => j!.message).join(' ') + ` ${shown[0]!.record.summary}`,
        fact: shown[0]!.record.summary,
        sources: sourcesOf(shown[0]!.record),
      });
    }
  }
  return out;
}

/** "non-sanctioned Russian producers such as Surgutneftegaz and Gazprom Neft": the words, then a list of companies. */
function toldBefore(doc: Doc, sentence: Span, text: string, companies: Array<Span & { id: string }>): Told[] {
  const out: Told[] = [];
  BEFORE_RE.lastIndex = 0;
  for (let m = BEFORE_RE.exec(text); m; m = BEFORE_RE.exec(text)) {
    if (m[1]) continue;
    const words = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const issuer = issuerOf(m[0]);
    let from = words.end;
    let firstOne = true;
    for (const c of companies) {
      if (c.start < from) continue;
      const gap = doc.text.slice(from, c.start);
      if (!(firstOne ? BEFORE_GAP_RE.test(gap) || gap === ' ' : LIST_GAP_RE.test(gap))) break;
      if (!WHOLE_AFTER_RE.test(doc.text.slice(c.end, Math.min(sentence.end, c.end + 12)))) break;
      out.push({ company: c, words, issuer });
      from = c.end;
      firstOne = false;
    }
  }
  return out;
}

/** "Surgutneftegas and Gazprom Neft, which have not been sanctioned by the US": a list of companies, then the words. */
function toldAfter(doc: Doc, sentence: Span, companies: Array<Span & { id: string }>): Told[] {
  const out: Told[] = [];
  for (let i = 0; i < companies.length; i++) {
    const last = companies[i];
    const after = doc.text.slice(last.end, Math.min(sentence.end, last.end + 120));
    const m = AFTER_RE.exec(after);
    if (!m) continue;
    // A past tense tells of a time ("Lukoil was not sanctioned"); one action's scope follows ("... in Wednesday's action").
    if (m[1] && /^(?:was|were|had)$/i.test(m[1])) continue;
    if (SCOPE_AFTER_RE.test(after.slice(m[0].length))) continue;
    const said = m[2] ?? m[3] ?? m[4] ?? m[5];
    const issuer = said ? issuerOf(said) : undefined;
    const words = { start: last.end, end: last.end + m[0].length };
    // The list the words are said of, back from the last company: "A, B and C" (a comma only before an "and" or "or").
    const list = [last];
    let joined = false;
    for (let k = i - 1; k >= 0; k--) {
      const gap = doc.text.slice(companies[k].end, list[0].start);
      if (!LIST_GAP_RE.test(gap) || (!joined && !/\b(?:and|or)\b|&/.test(gap))) break;
      joined = true;
      list.unshift(companies[k]);
    }
    for (const c of list) out.push({ company: c, words, issuer });
  }
  return out;
}

interface Judged {
  verdict: Annotation['verdict'];
  record: Sanction;
  message: string;
}

/** One company said not sanctioned, against the designations on record of the issuer the words or the sentence name. */
function judge(
  doc: Doc,
  t: Told,
  sentenceIssuers: readonly string[],
  pageIssuers: readonly string[],
  records: readonly Sanction[],
  dates: readonly DateMention[],
): Judged | null {
  // The issuer: named by the words, else by the sentence (one only), else the US unless the page names the EU alone.
  const issuer =
    t.issuer ??
    (sentenceIssuers.length === 1
      ? sentenceIssuers[0]
      : sentenceIssuers.length || (pageIssuers.includes('eu') && !pageIssuers.includes('usa'))
        ? undefined
        : 'usa');
  if (!issuer || !BLOCKING_ISSUERS.has(issuer)) return null;
  const first = records
    .filter((s) => s.jurisdiction === issuer && s.targets.includes(t.company.id))
    .reduce<Sanction | undefined>((a, s) => (!a || s.date < a.date ? s : a), undefined);
  if (!first) return null;
  const who = issuer === 'usa' ? 'the United States' : 'the United Kingdom';
  const name = doc.facts.organisations.get(t.company.id)?.name ?? doc.text.slice(t.company.start, t.company.end);
  if (first.date > doc.asOf)
    return first.confidence === 'verified'
      ? { verdict: 'supported', record: first, message: `On record: ${who} designated ${name} only on ${formatDay(first.date)}.` }
      : null;
  if (addDays(first.date, NEWS_LAG_DAYS) > doc.asOf) return null;
  // A date in the sentence before the designation tells of an earlier time ("In 2023, unsanctioned Lukoil ...").
  if (dates.some((d) => d.first < first.date)) return null;
  const sure = first.confidence === 'verified' && doc.dateCertain && !pastHorizon(doc.facts, doc.asOf, { list: 'sanctions' });
  return {
    verdict: sure ? 'contradicted' : 'context',
    record: first,
    message: `Not so: ${who} designated ${name} on ${formatDay(first.date)}, before ${formatDay(doc.asOf)}.`,
  };
}
