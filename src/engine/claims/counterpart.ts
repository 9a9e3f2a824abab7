// Counterparts and colleagues: "her Ukrainian counterpart Dmytro Kuleba", "my British colleague
// John Healy", "Our American colleague Pete Hegseth". The office claimed is the subject's own
// office in the named country: Baerbock is Germany's foreign minister, so her Ukrainian
// counterpart is Ukraine's foreign minister. The subject is the person named last before it
// (for "his"/"her", in the same sentence; for "my"/"our", the speaker named before the quote).
//
// A red flag needs the office beyond doubt: "his"/"her" with the subject the only person named
// before it in the sentence, a minister's office (leaders' "counterparts" are loose: a prime
// minister's Ukrainian counterpart is often the president), one office of the subject's that
// day, one matching office in that country, and a named person who holds no other office of
// that country. Otherwise the claim can only be confirmed.
import type { Office } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { RoleSense } from '../lexicon';
import { foldKey } from '../normalize';
import { holdersOn, onDay, tenuresOf } from '../holders';
import { confirmOnlyTitle, titleAnnotation } from './title';
import { editDistance } from '../fuzzy';
import { compiledOnFirstRun, execWarm } from '../triggers';
import { LETTER_RE } from '../letter-classes';

const PRONOUN_RE = /\b(his|her|their|my|our)[ \t]+$/i;
// Round 40: the country's possessive too, "when it met with Ukraine’s counterpart Denys Shmyhal" (held-out 38 rr015).
const WORD_AT_RE = /(?:['\u2019]s)?[ \t]+(?:counterpart|colleague|opposite number)/y;
// A courtesy word may stand before the full name: "her Spanish counterpart, Mr José Manuel Albares" (June 2022).
const WORD_RE = /^(?:['\u2019]s)?[ \t]+(?:counterpart|colleague|opposite number)[ \t]*,?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Mister)\.?[ \t]+)?/i;
const NAME_RE = new RegExp(String.raw`^([A-Z][\p{L}'\u2019-]+(?:[ \t]+[A-Z][\p{L}'\u2019-]+){1,2})`, 'u');
// How far before the quote "my"/"our" looks for the speaker.
const SPEAKER_REACH = 600;

/** The other forms of a counterpart's or an aide's title, each form's findings in turn (a loop, not arrays spread: see TENURE_FORMS). */
const OTHER_FORMS: ReadonlyArray<(doc: Doc) => Annotation[]> = [
  aideTitles,
  envoyTitles,
  countryEnvoyTitles,
  aideToTitles,
  bareCounterpartTitles,
];

export function counterpartTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const form of OTHER_FORMS) for (const a of form(doc)) out.push(a);
  for (let i = 0; i < doc.matches.length; i++) {
    const q = doc.matches[i];
    const jurisdictions = qualifierJurisdictions(q);
    if (!jurisdictions.length) continue;
    // Cheap pretest, with no string made: the word right after the country.
    WORD_AT_RE.lastIndex = q.end;
    if (!WORD_AT_RE.test(doc.folded)) continue;
    const pronoun = PRONOUN_RE.exec(doc.text.slice(Math.max(0, q.start - 8), q.start));
    // With no pronoun ("UK Prime Minister Boris Johnson, French President Emmanuel Macron and Dutch
    // counterpart Mark Rutte", "president Klaus Iohannis said in a joint statement with Polish
    // counterpart Andrzej Duda"), whose counterpart is loose: the claim is only ever confirmed.
    const word = WORD_RE.exec(doc.text.slice(q.end, q.end + 40));
    if (!word) continue;
    const nameAt = q.end + word[0].length;
    const start = pronoun ? q.start - pronoun[0].length : q.start;
    const own = !pronoun || /^(?:his|her|their)$/i.test(pronoun[1]);
    const subject = subjectOf(doc, start, own);
    const subjectOffices = subject ? officesOn(doc, subject.personId, doc.asOf) : [];
    const candidates = counterpartOffices(doc, subjectOffices, jurisdictions);
    let person: PersonMention | undefined = doc.people.find((p) => p.start === nameAt);
    if (!person) person = misspelt(doc, nameAt, candidates);
    if (!person || person.personId === subject?.personId) continue;
    const personId = person.personId;
    const theirs = (doc.facts.officesByPerson.get(personId) ?? []).filter((o) => jurisdictions.includes(o.jurisdiction));
    let senses: RoleSense[];
    let soft = true;
    if (candidates.length) {
      senses = candidates.map((office) => ({ office, loose: false }));
      const elsewhere = officesOn(doc, personId, doc.asOf).some((o) => jurisdictions.includes(o.jurisdiction) && !candidates.includes(o));
      soft =
        !pronoun ||
        !own ||
        !subject?.sole ||
        subjectOffices.length !== 1 ||
        !!subjectOffices[0].headOf ||
        candidates.length !== 1 ||
        elsewhere ||
        !!person.fuzzy;
      // Leaders: any head of state or government of that country is a counterpart.
      if (subjectOffices.some((o) => o.headOf)) senses = theirs.filter((o) => o.headOf).map((office) => ({ office, loose: false }));
    } else {
      // Who the subject is, or their office, is not known: the person is at least that country's.
      senses = theirs.map((office) => ({ office, loose: false }));
    }
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, { start, end: person.end, person, senses, explicit: true, modifier: 'none', soft });
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The person named last before `at`: in the same sentence for "his"/"her"; within reach for "my"/"our". */
function subjectOf(doc: Doc, at: number, sameSentence: boolean): (PersonMention & { sole: boolean }) | null {
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  const from = sameSentence ? (sentence?.start ?? at) : Math.max(0, at - SPEAKER_REACH);
  const before = doc.people.filter((p) => p.end <= at && p.start >= from);
  if (!before.length) return null;
  const last = before[before.length - 1];
  return { ...last, sole: new Set(before.map((p) => p.personId)).size === 1 };
}

function officesOn(doc: Doc, personId: string, day: string): Office[] {
  return (doc.facts.officesByPerson.get(personId) ?? []).filter((o) => tenuresOf(personId, o).some((t) => onDay(t, day) === 'in'));
}

/** The offices of the named country that share a role with one of the subject's ("foreign minister"). */
function counterpartOffices(doc: Doc, subjectOffices: readonly Office[], jurisdictions: readonly string[]): Office[] {
  const out = new Set<Office>();
  for (const office of subjectOffices) {
    for (const role of office.roles) {
      for (const sense of doc.lexicon.roles.get(foldKey(role)) ?? []) {
        if (!sense.loose && jurisdictions.includes(sense.office.jurisdiction)) out.add(sense.office);
      }
    }
  }
  return [...out];
}

/**
 * A misspelt name after the word ("my British colleague John Healy"), matched only against the
 * holders of the counterpart office on the date, and only a full name a letter or two off.
 */
function misspelt(doc: Doc, at: number, offices: readonly Office[]): PersonMention | undefined {
  if (!offices.length) return undefined;
  const name = NAME_RE.exec(doc.text.slice(at, at + 50));
  if (!name || name[1].length < 8) return undefined;
  const written = foldKey(name[1]);
  for (const office of offices) {
    for (const t of holdersOn(office, doc.asOf)) {
      const person = doc.facts.people.get(t.holder.person);
      if (!person) continue;
      for (const full of [person.name, ...person.aliases]) {
        const key = foldKey(full);
        if (key.split(' ').length === written.split(' ').length && editDistance(key, written) <= 2) {
          return { start: at, end: at + name[1].length, personId: person.id, full: true, match: -1, fuzzy: true };
        }
      }
    }
  }
  return undefined;
}

// "his former Head of Office and his top aide, Andriy Yermak": the head of the subject's office.
const AIDE_SOFT_REASON = 'Whose aide or envoy, and which post, the words do not say beyond doubt';
const AIDE_RE = compiledOnFirstRun(
  /\b(his|her)[ \t]+(?:(former|ex-|then-)[ \t]*)?(chief of staff|head of (?:the )?(?:presidential )?office)(?:[ \t]+and[ \t]+(?:his|her)[ \t]+(?:top|closest|senior|chief|key)[ \t]+(?:aide|adviser|advisor))?[ \t]*,?[ \t]+$/i,
);
const AIDE_ROLES = ['chief of staff', 'head of the presidential office'];

/**
 * The subject's chief of staff, the subject named last before it in the sentence: an office of
 * the subject's country. Which office a head of state's "head of office" is differs from country
 * to country, so the claim is only ever confirmed.
 */
function aideTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    const m = AIDE_RE.exec(doc.text.slice(Math.max(0, person.start - 90), person.start));
    if (!m) continue;
    const at = person.start - m[0].length;
    const subject = subjectOf(doc, at, true);
    if (!subject || subject.personId === person.personId) continue;
    const jurisdictions = new Set(officesOn(doc, subject.personId, doc.asOf).map((o) => o.jurisdiction));
    const senses: RoleSense[] = [];
    for (const role of AIDE_ROLES) {
      for (const sense of doc.lexicon.roles.get(role) ?? []) {
        if (jurisdictions.has(sense.office.jurisdiction) && !senses.some((s) => s.office === sense.office))
          senses.push({ office: sense.office, loose: false });
      }
    }
    if (!senses.length) continue;
    const modifier = m[2] ? (/then/i.test(m[2]) ? 'then' : 'former') : 'none';
    const annotation = titleAnnotation(doc, { start: at, end: person.end, person, senses, explicit: true, modifier, soft: true });
    if (annotation) out.push(annotation);
  }
  return out;
}

// "Putin received a draft ... via his aide Kirill Dmitriev" (Bloomberg, January 2026), "Trump and his
// envoy Steve Witkoff", "Putin's foreign policy aide Yuri Ushakov and his adviser": an aide or envoy
// of the person named last before it in the sentence. Which of the subject's aides' offices is meant
// the word does not say (Dmitriev is Putin's special envoy, not one of his presidential aides), so the
// person's own office of that kind in the subject's country that day is confirmed, never flagged.
// Round 31: an envoy's brief may stand between the word and the name ("Trump named his special envoy for the region, Steve
// Witkoff", January 2025; "his envoy to Ukraine and Russia, Keith Kellogg").
const ENVOY_RE = new RegExp(
  String.raw`\b(his|her)[ \t]+(?:(?:top|closest|senior|chief|key|special|longtime|foreign[ \t]+policy|economic)[ \t]+){0,2}(aide|adviser|advisor|envoy|assistant|negotiator)(?:[ \t]+(?:for|to|on)[ \t]+(?:the[ \t]+)?(?:region|war|talks|peace[ \t]+talks|Middle[ \t]+East|[A-Z][\p{L}-]+(?:[ \t]+and[ \t]+[A-Z][\p{L}-]+)?))?[ \t]*,?[ \t]+$`,
  'iu',
);
// The words an aide's or envoy's office is called by.
const ENVOY_WORDS_RE = /\b(?:aide|adviser|advisor|envoy|assistant|negotiator|representative)\b/;

// Built once (speed, round 41): a literal in envoyTitles was a new expression, parsed again, at each call.
const ENVOY_TITLES_RE = /\b(?:his|her)\s/i;
function envoyTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs have none: one look before any name is read.
  if (!ENVOY_TITLES_RE.test(doc.text)) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const m = ENVOY_RE.exec(doc.text.slice(Math.max(0, person.start - 60), person.start));
    if (!m) continue;
    const at = person.start - m[0].length;
    const subject = subjectOf(doc, at, true);
    if (!subject || subject.personId === person.personId) continue;
    const senses = aideOfficesUnder(doc, subject.personId, person.personId);
    if (!senses.length) continue;
    const annotation = confirmOnlyTitle(doc, at, person.end, person, senses, AIDE_SOFT_REASON);
    if (annotation) out.push(annotation);
  }
  return out;
}

// Round 31: an envoy named by the country that sends them, before the name: "a special envoy of the president of the
// United States Steve Witkoff" (January 2026, held-out 29 md019), "the special envoy of the US president, Steve Witkoff",
// "Washington's envoy Steve Witkoff" (held-out 28 kc037), "the Kremlin's envoy Kirill Dmitriev". The envoy words, then
// "of" and the country (or its president or leader), or a capital's possessive before them; a rank may precede the name.
// Which of the person's envoy posts is meant the words do not say, so an envoy office of that country the person holds
// that day is confirmed, never flagged.
const ENVOY_CORE = String.raw`(?:(?:special|presidential|peace|chief|top|personal)[ \t]+){0,2}(?:envoy|negotiator|representative)`;
const RANK = String.raw`(?:(?:(?:retired|ret\.)[ \t]+)?(?:Gen\.|General|Lt\.[ \t]+Gen\.|Lieutenant[ \t]+General|Adm\.|Admiral|Mr\.?|Ms\.?|Dr\.?)[ \t]+)?`;
// "envoy of the president of the United States ", "envoy of the US president, ", "envoy of Russia's president ": the
// text from the envoy words to the name, the country's own words (a qualifier) cut out as "Q".
const ENVOY_OF_RE = new RegExp(
  String.raw`^[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:president|leader|government|prime[ \t]+minister)[ \t]+of[ \t]+(?:the[ \t]+)?)?Q(?:['\u2019]s)?(?:[ \t]+(?:president|leader|government|prime[ \t]+minister))?,?[ \t]+${RANK}$`,
  'i',
);
// After the name: "Steve Witkoff, the special envoy of the US president," (the country's words cut out as "Q").
const ENVOY_OF_AFTER_RE = new RegExp(
  String.raw`^[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:president|leader|government|prime[ \t]+minister)[ \t]+of[ \t]+(?:the[ \t]+)?)?Q(?:['\u2019]s)?(?:[ \t]+(?:president|leader|government|prime[ \t]+minister))?(?=[ \t]*(?:[,.;:)\n]|$))`,
  'i',
);
const ENVOY_AFTER_NAME_RE = new RegExp(String.raw`^,[ \t]+(?:(?:the|a|an)[ \t]+)?${ENVOY_CORE}(?=[ \t]+of[ \t])`, 'i');
const ENVOY_WORDS_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])${ENVOY_CORE}(?=[ \t]+of[ \t])`, 'giu');
// "Washington's envoy ", "the Kremlin's special envoy, ": a capital or seat of government for its country.
const CAPITAL_ENVOY_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:the[ \t]+)?(Washington|Moscow|Kremlin|Kyiv|Kiev|White[ \t]+House|London|Paris|Berlin|Beijing)['\u2019]s[ \t]+${ENVOY_CORE},?[ \t]+${RANK}$`,
  'iu',
);
const CAPITAL_JURISDICTION: Record<string, string> = {
  washington: 'usa',
  'white house': 'usa',
  moscow: 'rus',
  kremlin: 'rus',
  kyiv: 'ukr',
  kiev: 'ukr',
  london: 'gbr',
  paris: 'fra',
  berlin: 'deu',
  beijing: 'chn',
};

// Built once (speed, round 41): a literal in countryEnvoyTitles was a new expression, parsed again, at each call.
const COUNTRY_ENVOY_TITLES_RE = /envoy|negotiator|representative/i;
function countryEnvoyTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs have none: one look before any name is read.
  if (!COUNTRY_ENVOY_TITLES_RE.test(doc.text)) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const from = Math.max(0, person.start - 110);
    const before = doc.text.slice(from, person.start);
    let start = -1;
    let jurisdictions: string[] = [];
    const capital = CAPITAL_ENVOY_RE.exec(before);
    const after = doc.text.charCodeAt(person.end) === 44 ? ENVOY_AFTER_NAME_RE.exec(doc.text.slice(person.end, person.end + 40)) : null;
    let end = person.end;
    if (after) {
      const wordsEnd = person.end + after[0].length;
      const q = doc.matches.find((m) => m.start > wordsEnd && m.start < wordsEnd + 50 && qualifierJurisdictions(m).length);
      const rest = q ? doc.text.slice(q.end, q.end + 30) : '';
      const shape = q ? doc.text.slice(wordsEnd, q.start) + 'Q' + rest : '';
      const m = q ? ENVOY_OF_AFTER_RE.exec(shape) : null;
      if (!q || !m) continue;
      start = person.start;
      end = q.end + m[0].length - (shape.length - rest.length);
      jurisdictions = qualifierJurisdictions(q);
    } else if (capital) {
      start = from + capital.index + capital[0].indexOf(capital[1]);
      jurisdictions = [CAPITAL_JURISDICTION[capital[1].toLowerCase().replace(/[ \t]+/, ' ')]];
    } else {
      // The last envoy words before the name, then the country's words between them and the name.
      let words: RegExpExecArray | null = null;
      ENVOY_WORDS_BEFORE_RE.lastIndex = 0;
      for (let w = ENVOY_WORDS_BEFORE_RE.exec(before); w; w = ENVOY_WORDS_BEFORE_RE.exec(before)) words = w;
      if (!words) continue;
      const wordsEnd = from + words.index + words[0].length;
      const q = doc.matches.find((m) => m.start > wordsEnd && m.end < person.start && qualifierJurisdictions(m).length);
      if (!q) continue;
      const shape = doc.text.slice(wordsEnd, q.start) + 'Q' + doc.text.slice(q.end, person.start);
      if (!ENVOY_OF_RE.test(shape)) continue;
      start = from + words.index + words[0].search(LETTER_RE);
      jurisdictions = qualifierJurisdictions(q);
    }
    const senses = officesOn(doc, person.personId, doc.asOf)
      .filter(
        (o) =>
          jurisdictions.includes(o.jurisdiction) &&
          [...o.roles, ...(o.looseRoles ?? []), ...(o.fixedTitles ?? [])].some((r) => ENVOY_WORDS_RE.test(r)),
      )
      .map((office) => ({ office, loose: false }));
    if (!senses.length) continue;
    const annotation = confirmOnlyTitle(doc, start, end, person, senses, 'Which of the envoy’s posts is meant, the words do not say');
    if (annotation) out.push(annotation);
  }
  return out;
}

/**
 * The person's offices of an aide or envoy that day, in a country where the principal holds an office that day: what "his
 * aide X" and "X, an adviser to Y" may mean.
 */
function aideOfficesUnder(doc: Doc, principalId: string, personId: string): RoleSense[] {
  const countries = new Set(officesOn(doc, principalId, doc.asOf).map((o) => o.jurisdiction));
  return officesOn(doc, personId, doc.asOf)
    .filter(
      (o) =>
        countries.has(o.jurisdiction) &&
        [...o.roles, ...(o.looseRoles ?? []), ...(o.fixedTitles ?? [])].some((r) => ENVOY_WORDS_RE.test(r)),
    )
    .map((office) => ({ office, loose: false }));
}

// "Dmytro Lytvyn, an adviser to Zelensky, told journalists" (January 2026), "Yuri Ushakov, a foreign
// policy aide to Putin", "X, a senior aide to President Vladimir Putin": an aide or adviser named
// before the person whose aide they are. Judged as envoyTitles judges "his aide X": the person's own
// office of that kind in the principal's country that day, confirmed, never flagged.
// Round 31: "X, special envoy of President Donald Trump" (no article, "of") is read as "an envoy to".
const AIDE_TO_RE =
  /^,[ \t]+(?:(?:a|an|the)[ \t]+)?(?:(?:top|senior|chief|key|veteran|longtime|long-time|close|special|foreign[ \t]+policy|economic|communications|media)[ \t]+){0,3}(?:aide|adviser|advisor|assistant|envoy)[ \t]+(?:to|of)[ \t]+(?:(?:the[ \t]+)?(?:Russian|Ukrainian|U\.S\.|US|American)[ \t]+)?(?:(?:President|Prime[ \t]+Minister)[ \t]+)?/;

function aideToTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    // Cheap pretest, with no string made: a comma right after the name.
    if (!person.full || person.fuzzy || doc.text.charCodeAt(person.end) !== 44) continue;
    const lead = execWarm(AIDE_TO_RE, doc.text.slice(person.end, person.end + 90));
    if (!lead) continue;
    // The principal: a name (in full, or a surname of one person) right after "to".
    const at = person.end + lead[0].length;
    const m = doc.matches.find((x) => x.start === at);
    const ids = new Set(m?.values.flatMap((v) => (v.type === 'person' ? [v.id] : [])) ?? []);
    if (ids.size !== 1 || ids.has(person.personId)) continue;
    const [principal] = ids;
    const senses = aideOfficesUnder(doc, principal, person.personId);
    if (!senses.length) continue;
    // The quote ends before "to": the principal's own title ("President Vladimir Putin") is its own claim.
    const end = person.end + lead[0].search(/[ \t]+(?:to|of)[ \t]/);
    const annotation = confirmOnlyTitle(doc, person.start, end, person, senses, AIDE_SOFT_REASON);
    if (annotation) out.push(annotation);
  }
  return out;
}

// "Cooper met with senior Ukrainian officials, including President Volodymyr Zelenskyy and her
// counterpart, Dmytro Kuleba" (September 2025, a year after Kuleba had left office; held-out 8),
// "Blinken met his counterpart, Sergei Lavrov": "his"/"her counterpart" with no country. Whose
// counterpart it is, is read from the sentence: any person named before it there (the pronoun's
// gender is not known). The office claimed is one of the named person's that shares a role with an
// office one of them holds that day ("foreign minister").
//
// Red only when the named person holds no office at all that day (so no other reading of
// "counterpart" is left) and held such an office before: outdated. Otherwise it only confirms.
//
// "Colleague" is how pages translated from German or Russian say it ("said the Green politician at a
// meeting with her colleague Andrij Sybiha", a dpa report in English, April 2025; "Lavrov met his
// colleague" for "со своим коллегой"). In English it may also mean a cabinet or party colleague, so it
// only ever confirms. Whose colleague or counterpart it is may be told after the phrase ("Speaking at
// a press conference with her counterpart, Dmytro Kuleba, Baerbock said", dpa, May 2022) or in the
// sentence before, with "the Green politician" in between: when no one named before it in the
// sentence holds a matching office, the others named in the sentence and in the lines before it are
// read, and the claim only confirms.
const BARE_COUNTERPART_RE = /\b(his|her)[ \t]+(?:(?:new|current|fellow)[ \t]+)?(counterpart|colleague)[ \t]*,?[ \t]+$/i;

function bareCounterpartTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs have none: one look before any name is read.
  if (!doc.folded.includes('counterpart') && !doc.folded.includes('colleague')) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const m = BARE_COUNTERPART_RE.exec(doc.text.slice(Math.max(0, person.start - 40), person.start));
    if (!m) continue;
    const at = person.start - m[0].length;
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
    const from = sentence?.start ?? at;
    const before = doc.people.filter((p) => p.end <= at && p.start >= from && p.personId !== person.personId);
    let theirs = counterpartOfficesOf(doc, person.personId, before);
    // Told after the phrase, or in the lines before the sentence: confirmed only.
    const wider = !theirs.size;
    if (wider) {
      const to = sentence?.end ?? person.end;
      const around = doc.people.filter(
        (p) =>
          p.personId !== person.personId &&
          p.start >= Math.max(0, at - SPEAKER_REACH) &&
          p.end <= to &&
          (p.end <= at || p.start >= person.end),
      );
      theirs = counterpartOfficesOf(doc, person.personId, around);
    }
    if (!theirs.size) continue;
    const holdsNone = !wider && m[2].toLowerCase() === 'counterpart' && officesOn(doc, person.personId, doc.asOf).length === 0;
    const annotation = titleAnnotation(doc, {
      start: at + m[0].indexOf(m[1]),
      end: person.end,
      person,
      senses: [...theirs].map((office) => ({ office, loose: false })),
      explicit: true,
      modifier: 'none',
      soft: !holdsNone,
      softReason: `Whose ${m[2].toLowerCase()}, and which post, the words do not say beyond doubt`,
    });
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The named person's offices that are counterparts of an office one of `subjects` holds that day. */
function counterpartOfficesOf(doc: Doc, personId: string, subjects: readonly PersonMention[]): Set<Office> {
  const theirs = new Set<Office>();
  const ids = new Set(subjects.map((p) => p.personId));
  for (const id of ids) {
    for (const own of officesOn(doc, id, doc.asOf)) {
      for (const office of doc.facts.officesByPerson.get(personId) ?? []) {
        if (office.jurisdiction !== own.jurisdiction && sharesRole(own, office)) theirs.add(office);
      }
    }
  }
  return theirs;
}

/** The two offices are counterparts: both lead states or governments, or they share a portfolio's name ("foreign minister"). */
function sharesRole(a: Office, b: Office): boolean {
  if (a.headOf || b.headOf) return !!a.headOf && !!b.headOf;
  const portfolios = portfolioKeys(a);
  return [...portfolioKeys(b)].some((k) => portfolios.has(k));
}

/**
 * An office's names reduced to its portfolio: "Secretary of Defense", "defence secretary" and "Minister of
 * Defence" are one ("defence minister"), and a "top diplomat" is a foreign minister whatever the title.
 */
function portfolioKeys(office: Office): Set<string> {
  const out = new Set<string>();
  for (const role of office.roles) {
    const r = role
      .replace(/defense/g, 'defence')
      .replace(/\b(?:secretary|minister) of (?:the )?([a-z]+)$/, '$1 minister')
      .replace(/\bsecretary$/, 'minister');
    // "secretary of state" is the US foreign minister's, and "state minister" names no portfolio.
    out.add(r === 'state minister' ? 'foreign minister' : r);
  }
  if (office.looseRoles?.some((r) => r.includes('diplomat'))) out.add('foreign minister');
  return out;
}
