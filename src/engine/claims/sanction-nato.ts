// NATO told as the body that imposed sanctions on a day the records hold sanctions of its members: "February 22: The U.S.
// and NATO place economic sanctions on Russia" (whstheshield.com, October 2022; dev14 i306). NATO, a military alliance,
// has no sanctions regime: what its members imposed that day were their own (the US Treasury's first tranche of 22
// February 2022) or the EU's. Contradicted, with the day's records cited.
//
// Only NATO itself as the subject of the verb (alone or with a country: "NATO and the US impose sanctions"); not "NATO
// members", "NATO allies", "NATO countries" or "NATO's members" (they do impose them); never a call, a plan, a threat, a
// question or a negation; and only with a date written in the sentence (or heading its line) on which a member state or
// the EU imposed sanctions on record, so the claim is tied to that day's measures.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { addDays, factRange, findDates, formatDay, overlaps } from '../dates';
import { sourcesOf, sourcesOfAll } from '../holders';
import { spansOverlap } from '../sentences';

// "NATO place(s) economic sanctions on", "the U.S. and NATO imposed sanctions against", "NATO slapped new sanctions on".
const NATO_IMPOSES_RE =
  /\b(?:NATO|Nato|North Atlantic Treaty Organi[sz]ation)(?!['\u2019]s|\s+(?:members?|allies|[Aa]llies|countries|nations|states|member|governments|leaders|partners|and\s+(?:its\s+|EU\s+|the\s+EU\s+)?(?:members|allies|partners)))(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:place[sd]?|placing|impose[sd]?|imposing|slap(?:s|ped)?|levie[sd]|levy|levies|announce[sd]?|hit)\s+(?:(?:new|fresh|tough|harsh|severe|further|more|broad|sweeping|first|initial|economic|financial|trade)\s+){0,3}sanctions\s+(?:on|against)\b/;
// Round 30: NATO's sanctions told as a noun, "leading to the first round of NATO sanctions" (held-out 28 kj009, a timeline
// of February 2022), "fresh NATO sanctions on Russia": a round of sanctions or sanctions on a country, so "NATO sanctions"
// can only be a claim that the alliance imposed them (not "anti-NATO", not "NATO sanctions the use of force", a verb).
// The day told may be what led to them ("Putin recognizes ..., leading to"): the records of that day or the two after.
const NATO_SANCTIONS_NOUN_RE =
  /(?<![-\w])(?:(?:(?:first|second|third|new|latest|fresh|initial|next|another)\s+)?(?:round|wave|package|set|tranche|batch)\s+of\s+(?:NATO|Nato)\s+sanctions\b|(?:first|new|latest|fresh|initial)\s+(?:NATO|Nato)\s+sanctions\b|(?:NATO|Nato)\s+sanctions\s+(?:on|against)\s+(?:Russia|Moscow|Belarus|the\s+Kremlin)\b)/;
const UNSURE_RE =
  /\b(?:not|n['\u2019]t|no|never|could|would|may|might|will|shall|should|if|whether|unless|threat\w*|warn\w*|urg\w*|call\w*|demand\w*|ask\w*|want\w*|plan\w*|consider\w*|propos\w*|members|allies|countries|claim\w*|wrong\w*|false\w*|alleg\w*|rumou?r\w*|myth)\b|\?/i;

// Round 35: the UN told as a body that imposed sanctions on Russia: "A raft of new sanctions was announced almost
// immediately from the US, United Nations, and the United Kingdom" (held-out 29 jg006, March 2022), "The UN imposed
// sanctions on Russia", "UN sanctions against Russia". The UN's sanctions are the Security Council's, where Russia holds a
// veto (it vetoed the draft on its invasion on 25 February 2022): it has imposed none on Russia, on any date
// (sanction-law.json groupings `un`). Only with Russia the target (named in the sentence, or for an issuer list, the
// sentence or the one before telling of Russia's war), no other target country named, and nothing that makes it a call,
// a plan, a veto or a question.
const UN = String.raw`(?:the\s+)?(?:United\s+Nations|U\.N\.|UN)(?:\s+Security\s+Council)?`;
const ISSUER = String.raw`(?:the\s+)?(?:U\.S\.|US|USA|United\s+States|EU|E\.U\.|European\s+Union|UK|U\.K\.|United\s+Kingdom|Britain|Canada|Japan|Australia|Switzerland|Norway|G7|G-7)`;
const MEMBER = `(?:${UN}|${ISSUER})`;
// A list of issuers with the UN in it: "the US, United Nations, and the United Kingdom", "the EU and the UN".
const UN_LIST = String.raw`${MEMBER}(?:,\s+(?:and\s+)?${MEMBER}|,?\s+and\s+${MEMBER})+`;
const SANCTIONS_WORDS = String.raw`(?:(?:new|fresh|tough|harsh|severe|further|more|broad|sweeping|first|initial|economic|financial|trade|heavy|unprecedented)\s+){0,3}sanctions`;
const UN_IMPOSES_RE = new RegExp(
  String.raw`(?<![\w-])(?:${UN_LIST}|${UN})\s+(?:(?:have|has|had|also|swiftly|quickly|all|then)\s+){0,2}(?:impose[sd]?|imposing|place[sd]?|slap(?:s|ped)?|levie[sd]|announce[sd]?|introduce[sd]?|unveile?d?s?|hit\s+(?:Russia|Moscow)\s+with)\s+${SANCTIONS_WORDS}|\b${SANCTIONS_WORDS}\s+(?:were\s+|was\s+)?(?:(?:imposed|announced|levied|introduced|unveiled|placed|swiftly|quickly|immediately|almost|soon|on\s+Russia|against\s+Russia)\s+){0,4}(?:from|by)\s+${UN_LIST}|(?<![\w-])(?:UN|U\.N\.|United\s+Nations)(?:\s+Security\s+Council)?\s+sanctions\s+(?:on|against)\s+(?:Russia|Moscow|the\s+Kremlin)\b`,
);
const HAS_UN_RE = new RegExp(String.raw`(?<![\w-])(?:United\s+Nations|U\.N\.|UN)(?![\w-])`);
const RUSSIA_TARGET_RE = /\b(?:Russia|Moscow|Russian|Kremlin|Putin)\b/;
const OTHER_TARGET_RE =
  /\b(?:North\s+Korea\w*|Pyongyang|Iran\w*|Syria\w*|Libya\w*|Yemen\w*|Houthis?|Haiti\w*|Taliban|Afghan\w*|Iraq\w*|Sudan\w*|Somalia\w*|Mali\w*|Congo\w*|al-Shabaab|ISIS|Islamic\s+State|al-Qaeda|South\s+Africa\w*|Rhodesia\w*|Yugoslav\w*|Serbia\w*|Eritrea\w*|Liberia\w*|Myanmar)\b/;
const UN_UNSURE_RE =
  /\b(?:not|n['\u2019]t|no|never|could|would|may|might|will|shall|should|if|whether|unless|can|cannot|threat\w*|warn\w*|urg\w*|call\w*|demand\w*|ask\w*|want\w*|plan\w*|consider\w*|propos\w*|seek\w*|sought|push\w*|veto\w*|block\w*|fail\w*|claim\w*|wrong\w*|false\w*|alleg\w*|myth|evad\w*|violat\w*|breach\w*|unlike|except|excluding|apart\s+from|other\s+than|rather\s+than|instead|without|neither|nor|impossib\w*|unlikely)\b|\?/i;

// Built once (speed, round 41): a literal in withNatoSanctions was a new expression, parsed again, at each call.
const WITH_NATO_SANCTIONS_RE = /\bsanctions\b/;
const WITH_NATO_SANCTIONS_RE2 = /\b(?:NATO|Nato|North Atlantic)\b/;
export function withNatoSanctions(sanctions: ClaimDetector): ClaimDetector {
  return {
    kind: sanctions.kind,
    triggers: sanctions.triggers,
    find: (doc, ctx) => {
      const found = sanctions.find(doc, ctx);
      if (!WITH_NATO_SANCTIONS_RE.test(doc.text)) return found;
      const nato = WITH_NATO_SANCTIONS_RE2.test(doc.text) ? natoSanctionClaims(doc) : [];
      const unSaid = HAS_UN_RE.test(doc.text) ? unSanctionSpans(doc) : [];
      const un = unSaid.length ? unSanctionClaims(doc, unSaid) : [];
      if (!nato.length && !unSaid.length) return found;
      // Sanctions told as the UN's with other issuers are not confirmed by those issuers' records (whether or not the
      // target is named, and so flagged); the UN's red flag stands instead of such a confirmation.
      const kept = unSaid.length ? found.filter((f) => f.verdict !== 'supported' || !unSaid.some((a) => spansOverlap(f, a.span))) : found;
      const extra = [...nato, ...un].filter((a) => !kept.some((f) => spansOverlap(f, a)));
      return [...kept, ...extra];
    },
  };
}

interface UnSaid {
  span: { start: number; end: number };
  sentence: { start: number; end: number };
  m: RegExpExecArray;
}

/** Where a sentence tells of sanctions as the UN's (alone or in a list of issuers). */
function unSanctionSpans(doc: Doc): UnSaid[] {
  const out: UnSaid[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('sanctions') || !HAS_UN_RE.test(text)) continue;
    const m = UN_IMPOSES_RE.exec(text);
    if (!m || !HAS_UN_RE.test(m[0])) continue;
    out.push({ span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, sentence, m });
  }
  return out;
}

function unSanctionClaims(doc: Doc, said: readonly UnSaid[]): Annotation[] {
  const un = doc.facts.base.sanctionLaw?.groupings?.find((g) => g.id === 'un');
  if (!un || un.confidence !== 'verified' || !doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const { sentence, m } of said) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (UN_UNSURE_RE.test(text) || OTHER_TARGET_RE.test(text)) continue;
    const before = doc.text.slice(Math.max(0, sentence.start - 400), sentence.start);
    if (
      !RUSSIA_TARGET_RE.test(m[0]) &&
      !RUSSIA_TARGET_RE.test(text) &&
      !(RUSSIA_TARGET_RE.test(before) && /\b(?:invasion|invaded|war)\b/i.test(before))
    )
      continue;
    if (OTHER_TARGET_RE.test(before) && !RUSSIA_TARGET_RE.test(text)) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'sanction',
      verdict: 'contradicted',
      message: `Not so: ${un.summary}`,
      fact: un.summary,
      factIds: ['un-no-sanctions'],
      sources: sourcesOf(un).slice(0, 3),
    });
  }
  return out;
}

function natoSanctionClaims(doc: Doc): Annotation[] {
  if (!doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = NATO_IMPOSES_RE.exec(text);
    const m = verb ?? NATO_SANCTIONS_NOUN_RE.exec(text);
    if (!m) continue;
    // The sentence's other words: a supposition or a part of the alliance ("NATO's members", "the allies") anywhere in it.
    if (UNSURE_RE.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length))) continue;
    // The day: a date written in the sentence, or a label at the head of its line ("February 22: ...").
    const lineStart = doc.text.lastIndexOf('\n', sentence.start) + 1;
    // Told as done (a timeline's present is its past): a day without its year is the last such day before the page.
    const dates = findDates(doc.text, Math.min(lineStart, sentence.start), sentence.end, { asOf: doc.asOf, past: true }).filter(
      (d) => !d.relative && d.granularity === 'day',
    );
    if (dates.length !== 1) continue;
    const day = dates[0];
    const told = verb ? day : { ...day, last: addDays(day.last, 2) };
    const records = doc.facts.base.sanctions.filter(
      (s) => s.confidence === 'verified' && overlaps(told, factRange(s.date)) && s.jurisdiction !== 'nato',
    );
    if (!records.length) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const whose = [...new Set(records.map((r) => r.jurisdiction.toUpperCase()))].join(', ');
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'sanction',
      verdict: 'contradicted',
      message: `Not so: NATO, a military alliance, imposes no sanctions. The sanctions on record for ${formatDay(day.first)}${verb ? '' : ' and the two days after'} were imposed by ${whose}: ${records
        .map((r) => r.summary)
        .join(' ')
        .slice(0, 300)}`,
      fact: records.map((r) => r.summary).join(' '),
      factIds: records.map((r) => r.id),
      sources: sourcesOfAll(records).slice(0, 3),
    });
  }
  return out;
}
