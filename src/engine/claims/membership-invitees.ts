// Countries named as NATO's invitees (read by membership.ts): "was held in the presence of the invited countries,
// Finland and Sweden" (chronicle.lu, 1 December 2022, at the Bucharest foreign ministers' meeting), "NATO invitees
// Finland and Sweden", "the invitee countries Finland and Sweden". An invitee is a country invited to join and not yet a
// member: confirmed from its invitation until shortly after it joined. Said in the present long after it joined (two
// months, as membership-pending.ts), the status is stale: outdated. Before its invitation on record it is left alone
// (the press names the coming invitation days ahead), and so is a passage that tells of another time.
//
// Round 40: the other names of a country on its way in, and the partner told apart from the allies: "about 90,000 troops
// from all 31 NATO Allies and partner Sweden" (held-out 38 sd001, October 2024: Sweden a member since 7 March 2024), "NATO
// hopeful Finland", "NATO candidates Finland and Sweden", "the candidate countries, Finland and Sweden", "NATO aspirant
// Sweden", "Allies and partners Finland and Sweden", "Sweden, a NATO candidate,". A candidate, applicant, aspirant or
// hopeful is confirmed from its application on record until shortly after it joined; a partner set beside the allies is
// never confirmed (partnership has no record here). Long after it joined (two months), either is outdated. "Partner"
// alone is left alone ("NATO partner Turkey" is loose for an ally): only set apart from the allies or NATO's members,
// every country named a member, and no other body (the EU's candidates) in the sentence.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { spanIndexAt } from '../sentences';
import { daysBetween, factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { narratedTime } from '../narrated-time';
import { HYPOTHETICAL_RE } from './history-common';
import { gated } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const HINT_RE = gated(
  /\binvite(?:es?|d\s+(?:countries|nations|states))\b|\b(?:candidate|applicant|aspirant|hopeful|partner)s?\b|\b[Nn]on-(?:NATO|Nato|allied|aligned|member)|\b(?:[Ss]oon-to-be|[Ff]uture|[Ww]ould-be|[Ii]ncoming|[Aa]spiring|[Pp]rospective)\s+(?:NATO|Nato|members?|all)|-bound\b/,
);
type Status = 'invited' | 'applied' | 'partner' | 'outside';
const NOUN = String.raw`(?:countries|nations|states|country|nation|state)`;
// The phrase, then the countries it names (read from the lexicon's qualifiers in the 80 characters after it).
// `hint`: a word the page must hold before the form is tried.
const STATUS_FORMS: Array<{ re: RegExp; status: Status; hint: RegExp; natoInPhrase?: boolean; natoInSentence?: boolean }> = [
  {
    re: /\b(?:[Tt]he\s+)?(?:(?:two|2)\s+)?(?:NATO\s+)?(?:invited\s+(?:countries|nations|states)|invitees|invitee\s+(?:countries|nations|states)|invitee)\s*(?:,|:|\u2014|\u2013|-)?\s+/g,
    status: 'invited',
    hint: /\binvite[ed]/,
  },
  // "NATO hopeful Finland", "NATO candidates Finland and Sweden", "NATO aspirant countries Finland and Sweden".
  {
    re: new RegExp(
      String.raw`\b(?:NATO|Nato)\s+(?:membership\s+)?(?:candidates?|applicants?|aspirants?|hopefuls?|(?:candidate|applicant|aspirant)\s+${NOUN})\s*(?:,|:|\u2014|\u2013)?\s+`,
      'g',
    ),
    status: 'applied',
    hint: /\b(?:candidate|applicant|aspirant|hopeful)/,
    natoInPhrase: true,
  },
  // Round 40: "Soon-to-be NATO member Sweden", "future NATO member Finland", "NATO-bound Sweden", "would-be NATO members Finland
  // and Sweden": on the way in from the application.
  {
    re: new RegExp(
      String.raw`\b(?:(?:[Ss]oon-to-be|[Ff]uture|[Ww]ould-be|[Ii]ncoming|[Aa]spiring|[Pp]rospective)\s+(?:(?:NATO|Nato)\s+(?:member|ally)(?:\s+(?:state|country|nation))?s?|(?:members?|allies|ally)\s+of\s+NATO)|(?:NATO|Nato)-bound)\s*(?:,|:|\u2014|\u2013)?\s+`,
      'g',
    ),
    status: 'applied',
    hint: /\b(?:[Ss]oon-to-be|[Ff]uture|[Ww]ould-be|[Ii]ncoming|[Aa]spiring|[Pp]rospective|NATO-bound|Nato-bound)/,
    natoInPhrase: true,
  },
  // "the candidate countries, Finland and Sweden", "aspirant nations Finland and Sweden", "candidates for NATO membership
  // Finland and Sweden": NATO named in the sentence or just before, no other body in the sentence.
  {
    re: new RegExp(
      String.raw`\b(?:(?:candidate|applicant|aspirant)\s+${NOUN}|(?:candidates?|applicants?|aspirants?)\s+(?:for|to)\s+(?:NATO\s+|Nato\s+)?membership(?:\s+(?:in|of)\s+(?:NATO|Nato|the\s+[Aa]lliance))?)\s*(?:,|:|\u2014|\u2013)?\s+`,
      'g',
    ),
    status: 'applied',
    hint: /\b(?:candidate|applicant|aspirant)/,
  },
  // "all 31 NATO Allies and partner Sweden", "NATO members and partner countries Finland and Sweden", "NATO and its partner
  // Sweden": the partner set apart from the allies.
  {
    re: new RegExp(
      String.raw`\b(?:(?:NATO\s+|Nato\s+)?Allies|(?:NATO|Nato)\s+(?:allies|members|member\s+(?:states|countries|nations)|countries|nations|states)|NATO|Nato)\s+(?:and|plus|as\s+well\s+as|along\s+with|together\s+with)\s+(?:its\s+|their\s+|the\s+)?(?:(?:NATO|close|key)\s+)?partners?(?:\s+${NOUN})?\s*(?:,|:|\u2014|\u2013)?\s+`,
      'g',
    ),
    status: 'partner',
    hint: /\bpartners?\b/,
  },
  // Round 40: a member told as outside the alliance: "non-NATO Sweden", "non-NATO members Finland and Sweden", "militarily
  // non-aligned Finland", "non-member Sweden" (NATO named in the sentence), after the country joined. Confirmed before it.
  {
    re: new RegExp(
      String.raw`\b(?:[Nn]on-NATO|[Nn]on-Nato|[Nn]on-allied)(?:\s+(?:member\s+)?(?:states?|countr(?:y|ies)|nations?|members?|partners?|neighbou?rs?))?\s*(?:,|:|\u2014|\u2013)?\s+`,
      'g',
    ),
    status: 'outside',
    hint: /\b[Nn]on-(?:NATO|Nato|allied)/,
    natoInPhrase: true,
  },
  {
    re: new RegExp(
      String.raw`\b(?:[Mm]ilitarily\s+)?non-aligned(?!\s+[Mm]ovement)(?:\s+(?:states?|countr(?:y|ies)|nations?|neighbou?rs?))?\s*(?:,|:|\u2014|\u2013)?\s+`,
      'g',
    ),
    status: 'outside',
    hint: /\bnon-aligned/,
  },
  {
    re: new RegExp(String.raw`\b[Nn]on-member(?:\s+(?:states?|countr(?:y|ies)|nations?))?\s*(?:,|:|\u2014|\u2013)?\s+`, 'g'),
    status: 'outside',
    hint: /\b[Nn]on-member/,
    natoInSentence: true,
  },
];
// Round 40: the status in apposition after one country: "Sweden, a NATO candidate, ...", "Finland, an applicant for NATO
// membership,". Not a partner ("Turkey, a NATO partner" is loose for an ally).
const STATUS_AFTER_RE = new RegExp(
  String.raw`^\s*,\s+(?:(?:a|an|the)\s+)?(?:[Nn]on-(?:NATO|Nato)\s+(?:member(?:\s+(?:state|country|nation))?|${NOUN})|(?:NATO|Nato)\s+(?:membership\s+)?(?:candidate|applicant|aspirant|hopeful)(?:\s+${NOUN})?|(?:candidate|applicant|aspirant)(?:\s+${NOUN})?\s+(?:for|to)\s+(?:NATO|Nato)(?:\s+membership)?)\s*(?:,|\u2014|\u2013|\))`,
);
const STATUS_AFTER_HINT_RE =
  /,\s+(?:(?:a|an|the)\s+)?(?:(?:NATO|Nato)\s+(?:membership\s+)?|[Nn]on-(?:NATO|Nato)\s|candidate\s|applicant\s|aspirant\s)/;
// Round 40: a time before the joining told around "non-NATO" or "non-aligned".
const OUTSIDE_PAST_RE =
  /\b(?:long|longtime|long-time|historically|traditionally|previously|decades?|centuries|join\w*|accession|acceded|membership|abandon\w*|ended|end(?:ing)?\s+(?:its|their)|gave\s+up|giv\w+\s+up|shed\w*|until|before|prior)\b/i;
// Other bodies with candidates and partners.
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European\s+Union|Brussels['\u2019]\s+bloc|eurozone|Schengen|OECD|WTO|BRICS|SCO|CSTO|G7|G20|UN\s+Security\s+Council|Security\s+Council|Commonwealth|election|elections|presidential|party|parties)\b/;
// Not told as the past or a time before the joining: "NATO hopefuls Finland and Sweden were", "once", "then", "at the time".
const PAST_RE =
  /\b(?:were|was|had\s+been|once|then|at\s+the\s+time|former|formerly|back\s+in|until|before\s+(?:joining|they\s+joined|it\s+joined))\b/i;
// Between the names: a comma, "and", "as well as"; nothing else (not "Finland and Sweden's ministers": the names end it).
const JOIN_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|&\s+)$/;
const SETTLED_DAYS = 60;

/** Countries called NATO's invitees, candidates or partners: supported while on their way in, outdated long after they joined. */
export function inviteeClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  for (const form of STATUS_FORMS) {
    if (!form.hint.test(doc.text)) continue;
    form.re.lastIndex = 0;
    for (let m = form.re.exec(doc.text); m; m = form.re.exec(doc.text)) {
      const start = m.index;
      const k = spanIndexAt(doc.sentences, start);
      if (k < 0) continue;
      const sentence = doc.sentences[k];
      // The countries named right after the phrase, one after another.
      const named: Array<{ country: Members[number]; start: number; end: number }> = [];
      let at = start + m[0].length;
      let outsider = false;
      for (const q of matchesIn(doc, { start: at, end: Math.min(sentence.end, at + 80) }, 'qualifier')) {
        if (q.start < at || (!JOIN_RE.test(doc.text.slice(at, q.start)) && named.length)) break;
        if (!named.length && q.start !== at) break;
        const country = members.find((j) => j.id === q.value.jurisdiction);
        if (!country?.nato) {
          outsider = true;
          break;
        }
        named.push({ country, start: q.start, end: q.end });
        at = q.end;
      }
      if (!named.length) continue;
      // A partner among non-members ("Allies and partners Sweden and Ukraine") may be a loose list: every one a member.
      if (outsider && form.status === 'partner') continue;
      if (form.natoInSentence && !/\b(?:NATO|Nato|North\s+Atlantic)\b/.test(doc.text.slice(sentence.start, sentence.end))) continue;
      const a = statusClaim(doc, sentence, form.status, start, at, named, !!form.natoInPhrase);
      if (a) out.push(a);
    }
  }
  // "Sweden, a NATO candidate, ...": one country, the status after it.
  if (STATUS_AFTER_HINT_RE.test(doc.text))
    for (const sentence of doc.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!STATUS_AFTER_HINT_RE.test(text)) continue;
      for (const q of matchesIn(doc, sentence, 'qualifier')) {
        const m = STATUS_AFTER_RE.exec(doc.text.slice(q.end, sentence.end));
        if (!m) continue;
        const country = members.find((j) => j.id === q.value.jurisdiction);
        if (!country?.nato || /['\u2019]s?\s*$/.test(doc.text.slice(sentence.start, q.start))) continue;
        const end = q.end + m[0].replace(/\s*[,\u2014\u2013)]$/, '').length;
        const outside = /non-/i.test(m[0]);
        const a = statusClaim(
          doc,
          sentence,
          outside ? 'outside' : 'applied',
          q.start,
          end,
          [{ country, start: q.start, end: q.end }],
          true,
          q.end,
        );
        if (a) out.push(a);
      }
    }
  return out;
}

const STEP_NAME: Record<Status, string> = {
  invited: 'an invitee',
  applied: 'a candidate',
  partner: 'a partner',
  outside: 'outside the alliance',
};

/** The status judged for the countries named: null when nothing is to be said. `last` is where the names end. */
function statusClaim(
  doc: Doc,
  sentence: { start: number; end: number },
  status: Status,
  start: number,
  end: number,
  named: Array<{ country: Members[number]; start: number; end: number }>,
  natoInPhrase: boolean,
  last = end,
): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  // NATO's: NATO, the alliance or an allied meeting named in the sentence or just before.
  if (
    !natoInPhrase &&
    !/\b(?:NATO|Nato|[Aa]lliance|Allies|North Atlantic)\b/.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))
  )
    return null;
  if (HYPOTHETICAL_RE.test(text.replace(/\b[Ww]ould-be\b/g, ''))) return null;
  // Not a possessive of the last name ("the invited countries, Finland and Sweden's ministers").
  if (/^['\u2019]s?\b/.test(doc.text.slice(last, last + 2))) return null;
  if (status !== 'invited' && (OTHER_BODY_RE.test(text) || PAST_RE.test(text) || /\b(?:not|never|no\s+longer)\b/i.test(text))) return null;
  // Round 40: outside the alliance told of a time before the joining: "long non-aligned Sweden joined NATO in 2024".
  if (status === 'outside' && OUTSIDE_PAST_RE.test(text)) return null;
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  const told = narratedTime(doc, start).narration;
  const day = doc.asOf;
  const verdicts = named.map(({ country }) => {
    const step =
      status === 'partner' || status === 'outside' ? undefined : steps.find((s) => s.country === country.id && s.step === status);
    const joined = factRange(country.nato!.joined).last;
    if (status === 'outside' && factRange(country.nato!.joined).first > day && isConfident(country.nato!))
      return { verdict: 'supported' as const, country, step, joined };
    if (joined > day || daysBetween(joined, day) < SETTLED_DAYS) {
      if (!step || step.date > day) return null;
      return { verdict: 'supported' as const, country, step, joined };
    }
    if (status === 'invited' && (!step || step.date > day)) return null;
    const sure = !told && doc.dateCertain && isConfident(country.nato!) && (!step || step.confidence === 'verified');
    return { verdict: sure ? ('outdated' as const) : ('context' as const), country, step, joined };
  });
  if (verdicts.some((v) => !v)) return null;
  const all = verdicts as NonNullable<(typeof verdicts)[number]>[];
  const stale = all.filter((v) => v.verdict !== 'supported');
  const what = status === 'invited' ? 'was invited to join NATO' : 'applied to join NATO';
  const fact = all
    .map(
      (v) =>
        `${v.country.name}: ${v.step ? `${status === 'invited' ? 'invited' : 'applied'} ${formatDay(v.step.date)}, ` : ''}joined ${formatDay(v.joined)}`,
    )
    .join('; ');
  const verdict: Annotation['verdict'] = stale.length
    ? stale.some((v) => v.verdict === 'outdated')
      ? 'outdated'
      : 'context'
    : 'supported';
  const steps_ = all.flatMap((v) => (v.step ? [v.step] : []));
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'membership',
    verdict,
    message: stale.length
      ? `No longer ${STEP_NAME[status]}: ${stale.map((v) => `${v.country.name} joined NATO on ${formatDay(v.joined)}`).join('; ')}.`
      : status === 'outside'
        ? `Not yet a member on ${formatDay(day)}: ${all.map((v) => `${v.country.name} joined NATO on ${formatDay(v.joined)}`).join('; ')}.`
        : `On record: ${all.map((v) => `${v.country.name} ${what} on ${formatDay(v.step!.date)}`).join('; ')}, and had not yet joined.`,
    fact,
    factIds: all.map((v) => (v.step ? v.step.id : v.country.id)),
    sources: steps_.length === all.length ? sourcesOf(...steps_) : sourcesOf(...all.map((v) => v.country.nato!)),
  };
}
