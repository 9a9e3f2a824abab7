// What a designation did to its targets, told around their names (sanctions.json records with `listed` and `windDown`):
//
// - A company said to be under an issuer's sanctions: "Russia's oil giant Lukoil, which is under U.S. sanctions", "the
//   U.S.-sanctioned Rosneft". Supported when that issuer designated it on record before the page's day; never flagged
//   (the record does not hold every listing, nor every delisting).
// - A person said to be sanctioned by an issuer: "Roman Abramovich has been sanctioned by the UK government", "Britain
//   sanctioned Igor Sechin". Supported when a record of that issuer lists the name by the page's day; never flagged.
// - How many were listed with the person: "Abramovich is one of eight Russian oligarchs who have had sanctions placed on them
//   by UK ministers on Thursday" (seven, on Thursday 10 March 2022). Contradicted when the person, the issuer and the day
//   (a day told, or a page of that week) identify the action and the count is another; supported when it is the count.
// - The wind-down: "cease dealings with Rosneft and Lukoil by November 21". Supported when the day is the general
//   licences' last; another day is left alone (licences were extended for some dealings).
// - The subsidiaries listed with the companies: "They also affect 30 subsidiaries affiliated with the two energy giants"
//   (OFAC named 34). Contradicted only for a bare number (no "over", "some", "about"), told of the designation on a page of
//   its weeks with the companies named in the sentence or the one before and no other issuer named there.
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import type { Span } from '../sentences';
import { addDays, factRange, formatDay, gapDays, overlaps } from '../dates';
import { sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import type { FactIndex } from '../../facts/load';
import { numberFrom } from '../numbers';
import { datesIn } from './clauses';
import { compiledOnFirstRun, gated } from '../triggers';
import { roundFits } from './sanction-packages';

export const TARGETS_GATE_RE = gated(/\bsanction|\bsubsidiar|\bwind[- ]down|\bcease\b|\bfr(?:oz|eez)|\btravel\s+ban/i);

/** An issuer as a page names it, by jurisdiction. */
const ISSUERS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:U\.S\.|US|United\s+States|American|Washington|OFAC|Treasury)(?!\w)/, 'usa'],
  [/\b(?:U\.K\.|UK|United\s+Kingdom|Britain|British|London|UK\s+government|British\s+government)(?!\w)/, 'gbr'],
  [/\b(?:EU|E\.U\.|European\s+Union|Brussels)(?!\w)/, 'eu'],
];
export const issuersIn = (text: string) => ISSUERS.filter(([re]) => re.test(text)).map(([, j]) => j);

// "Lukoil, which is under U.S. sanctions", "Rosneft, already under British sanctions", "the U.S.-sanctioned Lukoil".
const UNDER_RE =
  /\b(?:which|that|who)\s+(?:is|are|has\s+been|have\s+been|remains?|was)\s+(?:already\s+|also\s+|now\s+)?under\s+((?:the\s+)?[\w.]+(?:\s+[\w.]+)?)\s+sanctions\b|^\s*,\s*(?:already\s+|also\s+|now\s+)?under\s+((?:the\s+)?[\w.]+(?:\s+[\w.]+)?)\s+sanctions\b/i;
const SANCTIONED_BEFORE_RE =
  /\b((?:U\.S\.|US|UK|U\.K\.|EU|E\.U\.|British|American))-sanctioned\s+(?:(?:Russian|oil|energy|giant|company|firm|major|producer|bank)\s+){0,3}$/i;
const NOT_RE = compiledOnFirstRun(/\b(?:not|never|no\s+longer|lifted|removed|delisted|if|whether|would|could|may|might|will)\b|\?/i);
// "one of eight Russian oligarchs who have had sanctions placed on them", "among seven oligarchs sanctioned".
const ONE_OF_RE =
  /\b(?:one\s+of|among)\s+(?:the\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+(?:(?:Russian|wealthy|high-profile|prominent|more|other)\s+){0,2}(?:oligarchs|individuals|people|businessmen|billionaires|tycoons|figures|persons)\b/i;
const APPROX_RE =
  /\b(?:over|more\s+than|at\s+least|some|about|around|nearly|almost|roughly|dozens|up\s+to|fewer|less\s+than|another|other)\s+$/i;
const SUBSIDIARIES_RE =
  /\b(\d{1,3}|twenty|thirty|forty)\s+(?:of\s+(?:its|their)\s+)?(?:(?:Russia-based|Russian|affiliated|related|named)\s+)?(?:subsidiaries|affiliates|subsidiary\s+companies)\b/i;
const WIND_DOWN_RE = /\b(?:cease|stop|end|halt|wind[- ]down|wrap\s+up|unwind)\b[^.;]{0,80}?\b(?:by|until|before|through)\s+$/i;
// The words of a start right before a day: "took effect on", "came into force on", "effective", "kicked in on".
const EFFECT_BEFORE_RE =
  /\b(?:(?:took|take|takes|taking)\s+effect|(?:came|come|comes|coming)\s+into\s+(?:effect|force)|(?:went|go|goes)\s+into\s+effect|kick(?:ed|s)?\s+in|effective)\s+(?:on\s+|from\s+|as\s+of\s+)?$/i;
const SPELLED: Record<string, number> = { twenty: 20, thirty: 30, forty: 40 };
const TERMS_WORDS_RE = compiledOnFirstRun(/subsidiar|affiliates|vessels|tankers|\b(?:cease|stop|end|halt|wind|wrap|unwind|effect|kick)/i);
// Round 33: the vessels a designation blocked, "The designations included more than 180 vessels" (OFAC, 10 January 2025:
// 183), "sanctioning 183 shadow fleet vessels".
const VESSELS_RE =
  /\b(?:(more\s+than|over|nearly|almost|about|around|some|roughly)\s+)?(\d{2,3})\s+(?:(?:shadow[- ]fleet|oil|Russian|more|additional)\s+){0,2}(?:vessels|tankers|ships)\b/i;
// The measures of a listing told of the person: "will have his assets frozen", "an asset freeze and a travel ban".
const FREEZE_RE = compiledOnFirstRun(
  /\b(?:assets?\s+(?:will\s+be\s+|were\s+|are\s+)?frozen|(?:have|has|had)\s+(?:his|her|their)\s+assets\s+frozen|asset\s+freezes?|travel\s+bans?|(?:has|have|had)\s+frozen\s+(?:the\s+)?(?:assets?|accounts?|funds)\s+of)\b/i,
);
/** Days after a listing within which a page tells of its measures on a person named in it, with no day of its own. */
const FREEZE_NEWS_DAYS = 14;

// Round 35: the designations of a day's action all told: "more than 500 new sanctions against Russia" (held-out 33 od020, 23
// February 2024), "the United States will impose sanctions on more than 500 entities" (od019, the day before). Confirm-only:
// the issuers' counts are told in many roundings, and parts of an action (Treasury's, State's) are counted too.
const DESIGNATIONS_GATE_RE = compiledOnFirstRun(/\b(?:more\s+than|over|nearly|almost|about|around|some|roughly)\s+\d/i);
const DESIGNATIONS_RE =
  /\b(more\s+than|over|nearly|almost|about|around|some|roughly)\s+(\d{2,4})\s+(?:(?:new|additional|fresh|more|Russian|Russia-related)\s+){0,2}(?:sanctions|targets|entities|designations|individuals\s+and\s+(?:entities|companies|businesses)|people\s+and\s+(?:entities|companies|businesses))\b/i;

const recordsOf = memoByFacts((facts: FactIndex, _: 'all') =>
  facts.base.sanctions.filter((s) => s.confidence === 'verified' && (s.listed || s.windDown || s.targets.length)),
);

// Built once (speed, round 41): a literal in sanctionTargets was a new expression, parsed again, at each call.
const SANCTION_TARGETS_RE = /\bsanction/i;
export function sanctionTargets(doc: Doc): Annotation[] {
  const records = recordsOf(doc.facts, 'all').filter((s) => s.date <= doc.asOf);
  if (!records.length) return [];
  // An action announced the day before it is taken ("will impose sanctions on more than 500 entities" on Friday).
  const soon = recordsOf(doc.facts, 'all').filter((s) => s.date <= addDays(doc.asOf, 1));
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const orgs = matchesIn(doc, sentence, 'org').filter((o) => doc.facts.organisations.get(o.value.id)?.kind !== 'authority');
    if (SANCTION_TARGETS_RE.test(text)) {
      for (const o of orgs) {
        const under = underIssuer(doc, o, sentence);
        if (!under) continue;
        const record = records.find((s) => s.jurisdiction === under.jurisdiction && s.targets.includes(o.value.id));
        if (record) out.push(sanctionOnRecord(doc, { start: Math.min(o.start, under.start), end: Math.max(o.end, under.end) }, record));
      }
      out.push(...personsListed(doc, sentence, text, records));
      if (DESIGNATIONS_GATE_RE.test(text)) out.push(...designationsTold(doc, sentence, text, soon));
    } else if (FREEZE_RE.test(text)) out.push(...personsListed(doc, sentence, text, records));
    // The designation's own terms below: only a sentence with their words is read further.
    if ((!orgs.length && i === 0) || !TERMS_WORDS_RE.test(text)) return;
    const named = new Set(orgs.map((o) => o.value.id));
    if (i > 0)
      for (const o of matchesIn(doc, doc.sentences[i - 1], 'org'))
        if (doc.facts.organisations.get(o.value.id)?.kind !== 'authority') named.add(o.value.id);
    if (!named.size) return;
    // The vessels, with some of the designation's targets named (its list is long: Gazprom Neft and Surgutneftegas among
    // five companies), within 45 days of it and no other issuer told of.
    const blocked = /vessels|tankers|ships/.test(text)
      ? records.find((s) => s.listed?.vessels !== undefined && s.targets.some((t) => named.has(t)) && doc.asOf <= addDays(s.date, 45))
      : undefined;
    if (blocked) {
      const told = doc.text.slice(doc.sentences[Math.max(0, i - 3)].start, sentence.end);
      const m = VESSELS_RE.exec(text);
      if (m && !NOT_RE.test(text) && !issuersIn(told).some((j) => j !== blocked.jurisdiction)) {
        const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        if (roundFits(Number(m[2]), (m[1] ?? '').toLowerCase(), blocked.listed!.vessels!)) out.push(sanctionOnRecord(doc, span, blocked));
      }
    }
    const designation = records.find(
      (s) => s.targets.length && s.targets.every((t) => named.has(t)) && doc.asOf <= addDays(s.date, 45) && (s.windDown || s.listed),
    );
    if (!designation) return;
    // The issuer told of in the sentence or the three before ("United States President Donald Trump imposed sweeping sanctions
    // on ... Rosneft and Lukoil. ... They also affect 30 subsidiaries"), and no other.
    const told = doc.text.slice(doc.sentences[Math.max(0, i - 3)].start, sentence.end);
    const others = issuersIn(told).filter((j) => j !== designation.jurisdiction);
    if (others.length) return;
    if (designation.windDown && orgs.length) {
      const windDown = windDownDay(doc, sentence, designation);
      if (windDown) out.push(windDown);
    }
    const subsidiaries = designation.listed?.subsidiaries;
    if (subsidiaries !== undefined) {
      const m = SUBSIDIARIES_RE.exec(text);
      if (m && !APPROX_RE.test(text.slice(Math.max(0, m.index - 14), m.index)) && !NOT_RE.test(text)) {
        const n = SPELLED[m[1].toLowerCase()] ?? Number(m[1]);
        const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        if (n === subsidiaries) out.push(sanctionOnRecord(doc, span, designation));
        else if (doc.dateCertain && issuersIn(told).includes(designation.jurisdiction))
          out.push({
            ...sanctionOnRecord(doc, span, designation),
            verdict: 'contradicted',
            message: `The designation of ${formatDay(designation.date)} named ${subsidiaries} subsidiaries, not ${m[1]}. ${designation.summary}`,
          });
      }
    }
  });
  return out;
}

/** The issuer a company is said to be under the sanctions of, next to its name. */
function underIssuer(doc: Doc, o: Span, sentence: Span): { jurisdiction: string; start: number; end: number } | null {
  const after = doc.text.slice(o.end, Math.min(sentence.end, o.end + 60));
  const m = UNDER_RE.exec(after);
  if (m && (m.index === 0 || /^\s*,/.test(after))) {
    const said = m[1] ?? m[2];
    const [jurisdiction] = issuersIn(said);
    const lead = after.slice(0, m.index);
    if (jurisdiction && !/[.;]/.test(lead) && lead.length <= 2 && !NOT_RE.test(m[0]))
      return { jurisdiction, start: o.start, end: o.end + m.index + m[0].length };
  }
  const before = doc.text.slice(Math.max(sentence.start, o.start - 60), o.start);
  const b = SANCTIONED_BEFORE_RE.exec(before);
  if (b) {
    const [jurisdiction] = issuersIn(b[1]);
    if (jurisdiction) return { jurisdiction, start: o.start - before.length + b.index, end: o.end };
  }
  return null;
}

// A person named after "and": "and (his business partner) Farhad Moshiri"; the surname is the last capitalised word.
const OTHER_PERSON_RE = /\band\s+(?:(?:his|her|their|the)\s+(?:[a-z]+\s+){0,3})?(?:[A-Z][\w'\u2019-]+\s+)?([A-Z][\w'\u2019-]+)\b/;
// Built once (speed, round 41): a literal in personsListed was a new expression, parsed again, at each call.
const PERSONS_LISTED_RE = compiledOnFirstRun(/\b(?:not|never|no\s+longer|lifted|removed|delisted|if|whether|would|could|may|might)\b|\?/i);
/** A person named in a record's list, said sanctioned by its issuer; with "one of N", the count. */
function personsListed(doc: Doc, sentence: Span, text: string, records: readonly Sanction[]): Annotation[] {
  const out: Annotation[] = [];
  const issuers = issuersIn(text);
  if (!issuers.length || PERSONS_LISTED_RE.test(text)) return out;
  for (const record of records) {
    const names = record.listed?.names;
    if (!names || !issuers.includes(record.jurisdiction)) continue;
    const name = names.find((n) => new RegExp(`\\b${n.split(' ').pop()}\\b`).test(text));
    if (!name) continue;
    const surname = name.split(' ').pop()!;
    const said = new RegExp(`\\b(?:${name.split(' ')[0]}\\s+)?${surname}\\b`).exec(text)!;
    const at = said.index;
    const nameEnd = at + said[0].length;
    // A person of the fact base by that surname ("Andriy Kostin", Ukraine's prosecutor general) is not the one listed.
    const surnameAt = sentence.start + text.search(new RegExp(`\\b${surname}\\b`));
    if (doc.people.some((p) => p.start <= surnameAt && surnameAt < p.end)) continue;
    // Round 43: the act told on another day, "one of seven Russian oligarchs to have his assets frozen by the United Kingdom
    // government last Friday" (held-out 41 tl004, 15 March 2022: the UK listed them on Thursday 10 March).
    const offDay = actOnOtherDay(doc, sentence, text, record);
    if (offDay) {
      out.push(offDay);
      continue;
    }
    const count = ONE_OF_RE.exec(text);
    if (count && record.listed?.individuals !== undefined) {
      const n = numberFrom(count[1]);
      // The day of the action: a day told in the sentence, else a page of its week.
      const days = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day');
      const onDay = days.length
        ? days.some((d) => gapDays(d, factRange(record.date)) === 0)
        : gapDays(factRange(doc.asOf), factRange(record.date)) <= 3;
      if (!onDay) continue;
      const span = {
        start: sentence.start + Math.min(at, count.index),
        end: sentence.start + Math.max(nameEnd, count.index + count[0].length),
      };
      if (n === record.listed.individuals) out.push(sanctionOnRecord(doc, span, record));
      else if (doc.dateCertain)
        out.push({
          ...sanctionOnRecord(doc, span, record),
          verdict: 'contradicted',
          message: `${formatDay(record.date)}: ${record.listed.individuals} were sanctioned together, not ${count[1]}. ${record.summary}`,
        });
      continue;
    }
    // "Abramovich will have his assets frozen under the move and will also face ... a travel ban" on the week of the listing.
    const freeze = FREEZE_RE.exec(text);
    if (freeze && !/\bsanction/i.test(text) && doc.asOf >= record.date && doc.asOf <= addDays(record.date, FREEZE_NEWS_DAYS)) {
      const end = sentence.start + Math.max(nameEnd, freeze.index + freeze[0].length);
      out.push(sanctionOnRecord(doc, { start: sentence.start + Math.min(at, freeze.index), end }, record));
      continue;
    }
    if (/\bsanction(?:ed|s|ing)?\b/i.test(text) && !/\bwill\b/i.test(text) && doc.asOf >= record.date) {
      const issuerAt = ISSUERS.find(([, j]) => j === record.jurisdiction)![0].exec(text)!;
      const start = sentence.start + Math.min(at, issuerAt.index);
      const end = sentence.start + Math.max(nameEnd, issuerAt.index + issuerAt[0].length);
      // Round 43: another person named with them in the words confirmed ("Alisher Usmanov and Farhad Moshiri were sanctioned
      // by the EU"), whom the record does not list: the confirmation would cover them too.
      const withOther = OTHER_PERSON_RE.exec(doc.text.slice(start, end));
      if (withOther && !names.some((n) => n.endsWith(` ${withOther[1]}`))) continue;
      out.push(sanctionOnRecord(doc, { start, end }, record));
    }
  }
  return out;
}

// The act on the person, for a day told right beside it: "assets frozen by the United Kingdom government last Friday", "was
// sanctioned by Britain on Friday", "On Friday, the UK froze the assets of ...".
const ACT_WORD_RE = /\b(?:frozen|froze|freez(?:e|es|ing)|sanction(?:ed|s)?|designated|blacklisted|listed)\b/gi;
// What may stand between the act and its day: its issuer and target, not another clause ("whose assets were frozen by
// Britain, flew to Moscow on Friday").
const ACT_DAY_GAP_RE = /^[^.,;:!?()]{0,60}$/;
const ACT_DAY_BREAK_RE =
  /\b(?:and|while|but|after|before|when|as|since|then|who|which|that|until|by\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
/** Days off the record within which a day told is a slip about the same act. */
const ACT_DAY_SLIP_DAYS = 7;
const ACT_DAY_DOUBT_RE = compiledOnFirstRun(
  /\b(?:will|would|could|may|might|expected|plans?|planned|reportedly|if|whether|not|never)\b|\?/i,
);

/**
 * A listing told on one day within a week of the record's and not on it, tied to the act's words: contradicted, when the
 * sentence tells no other day and the issuer listed the person on no other day near it.
 */
function actOnOtherDay(doc: Doc, sentence: Span, text: string, record: Sanction): Annotation | null {
  if (!doc.dateCertain || record.confidence !== 'verified' || ACT_DAY_DOUBT_RE.test(text)) return null;
  // Another issuer in the sentence may be the one whose act the day dates ("sanctioned by the EU on Tuesday, days after the UK").
  if (issuersIn(text).some((j) => j !== record.jurisdiction)) return null;
  const days = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day');
  if (days.length !== 1) return null;
  const d = days[0];
  const gap = gapDays(d, factRange(record.date));
  if (gap === 0 || gap > ACT_DAY_SLIP_DAYS || d.last > doc.asOf) return null;
  // Another listing of the person by the same issuer near that day.
  const names = record.listed?.names ?? [];
  const near = doc.facts.base.sanctions.some(
    (s) =>
      s !== record &&
      s.jurisdiction === record.jurisdiction &&
      s.listed?.names?.some((n) => names.includes(n)) &&
      gapDays(factRange(s.date), factRange(d.first)) <= ACT_DAY_SLIP_DAYS,
  );
  if (near) return null;
  const at = d.start - sentence.start;
  const atEnd = d.end - sentence.start;
  ACT_WORD_RE.lastIndex = 0;
  for (let m = ACT_WORD_RE.exec(text); m; m = ACT_WORD_RE.exec(text)) {
    const actEnd = m.index + m[0].length;
    const between = actEnd <= at ? text.slice(actEnd, at) : atEnd <= m.index ? text.slice(atEnd, m.index) : null;
    if (between === null || !ACT_DAY_GAP_RE.test(between) || ACT_DAY_BREAK_RE.test(between)) continue;
    const start = sentence.start + Math.min(m.index, at);
    const end = sentence.start + Math.max(actEnd, atEnd);
    return {
      ...sanctionOnRecord(doc, { start, end }, record),
      verdict: 'contradicted',
      message: `The listing was on ${formatDay(record.date)}, not ${formatDay(d.first)}. ${record.summary}`,
    };
  }
  return null;
}

/** "more than 500 new sanctions against Russia": a count of the action of the day told (or of the page's days), by its issuer. */
function designationsTold(doc: Doc, sentence: Span, text: string, records: readonly Sanction[]): Annotation[] {
  const m = DESIGNATIONS_RE.exec(text);
  if (!m || NOT_RE.test(text.replace(/\bwill\b/gi, ''))) return [];
  const issuers = issuersIn(text);
  const days = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day');
  for (const record of records) {
    const total = record.listed?.designations;
    if (total === undefined || !roundFits(Number(m[2]), m[1].toLowerCase(), total)) continue;
    // The issuer named and no other, or none named and Russia the target ("new sanctions against Russia").
    if (issuers.some((j) => j !== record.jurisdiction)) continue;
    if (!issuers.length && !/\b(?:against|on)\s+(?:Russia|Moscow)\b/.test(text)) continue;
    // The action's day told, or a page of its days (announced the day before, reported up to three days after).
    const onDay = days.length
      ? days.some((d) => gapDays(d, factRange(record.date)) === 0)
      : doc.asOf >= addDays(record.date, -1) && doc.asOf <= addDays(record.date, 3);
    if (!onDay) continue;
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    return [sanctionOnRecord(doc, span, record)];
  }
  return [];
}

function windDownDay(doc: Doc, sentence: Span, designation: Sanction): Annotation | null {
  for (const d of datesIn(doc, sentence, sentence)) {
    if (d.granularity !== 'day') continue;
    const before = doc.text.slice(sentence.start, d.start);
    // Round 46: the sanctions said to take effect on the licences' last day, "New US sanctions on Russian oil giants Rosneft
    // and Lukoil that took effect on November 21, 2025" (held-out 44 up004), "US sanctions targeting Rosneft and Lukoil ...,
    // effective November 21": the day dealings had to end. The designation's own day is right too (the blocking applied at
    // once); any other day is left alone (licences were extended for some dealings).
    const effect = EFFECT_BEFORE_RE.exec(before);
    if (effect && !NOT_RE.test(before.slice(Math.max(0, effect.index - 25)))) {
      if (!overlaps(d, factRange(designation.windDown!)) && !overlaps(d, factRange(designation.date))) return null;
      return sanctionOnRecord(doc, { start: sentence.start + effect.index, end: d.end }, designation);
    }
    if (!WIND_DOWN_RE.test(before)) continue;
    if (!overlaps(d, factRange(designation.windDown!))) return null;
    const m = WIND_DOWN_RE.exec(before)!;
    return sanctionOnRecord(doc, { start: sentence.start + m.index, end: d.end }, designation);
  }
  return null;
}

/** A claim confirmed by a sanctions record: the record's summary as the fact (also the renewals' reader's). */
export function sanctionOnRecord(doc: Doc, span: Span, record: Sanction): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'sanction',
    factIds: [record.id],
    message: `On record: ${record.summary}`,
    fact: record.summary,
    sources: sourcesOf(record),
  };
}
