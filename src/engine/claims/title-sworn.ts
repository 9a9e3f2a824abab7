// "X was sworn in as the sixth president of Ukraine", "X took office as prime minister": the
// person became holder of the office. True of any tenure begun on or before the date; a tenure
// that starts later, or an office never held, is flagged only as title.ts flags a title with a
// named country (the office's record complete); without a country, never.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions, sentenceOf } from '../doc';
import type { RoleSense } from '../lexicon';
import { electAheadDays, titleAnnotation } from './title';
import { onDay, tenuresOf } from '../holders';
import { foldKey } from '../normalize';
import { daysBetween, findDates } from '../dates';
import { startFits } from './tenure-pronoun';
import { compiledOnFirstRun, execWarm, gated, warmed } from '../triggers';

// Between the name and the role: the verb, an article, an ordinal or "new"; the day may stand
// before "as" ("Péter Magyar was sworn in on Saturday as Hungary’s new prime minister"). "Assumed the office of President of
// the Republic of Poland" (held-out 26 fa028) is said the same way, and a commander's "assumed command on Friday as NATO's
// Supreme Allied Commander Europe" (July 2025, held-out 29 ma036). "Sworn as", without "in", is how translated pages say the
// oath ("Alexander Stubb has been sworn as Finland's new president", March 2024).
const SWORN_RE =
  /^[ \t]+(?:(?:was|has been|had been|is|were)[ \t]+)?(will be[ \t]+|is to be[ \t]+)?(?:(?:sworn(?:[ \t]+in)?|inaugurated|took[ \t]+office|has[ \t]+taken[ \t]+office|(?:assumed|has[ \t]+assumed|took|has[ \t]+taken)[ \t]+command)[ \t]+(?:(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+|today[ \t]+|yesterday[ \t]+)?as|(?:assumed|has[ \t]+assumed)[ \t]+(?:the[ \t]+)?office[ \t]+(?:as|of))[ \t]+(?:(?:the|a)[ \t]+)?(?:(?:new|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[ \t]+)?$/i;

// "since Keir Starmer was elected prime minister", "Zelensky was elected president of Ukraine": an
// election says the person won the office, which they take up on the day or some weeks after.
// Which election and when is not said, so this is only ever confirmed.
// "Ursula von der Leyen, who has been elected by MEPs as the new European Commission President": a relative
// clause, and the electors named, a few words without a comma.
const ELECTED_RE = compiledOnFirstRun(
  /^[ \t]*,?[ \t]*(?:who[ \t]+)?(?:was|has[ \t]+been|had[ \t]+been)[ \t]+elected[ \t]+(?:by[ \t]+(?:the[ \t]+)?(?:MEPs|(?:European[ \t]+)?Parliament|lawmakers|legislators|deputies|parliamentarians)[ \t]+)?(?:as[ \t]+)?(?:(?:the|a)[ \t]+)?(?:new[ \t]+)?$/i,
);
/**
 * Days after an election within which the winner takes office; an organisation's heads are chosen months ahead
 * (title.ts electAheadDays: Costa chosen 27 June 2024, in office 1 December; von der Leyen elected 16 July 2019, in office
 * 1 December).
 */
const ELECTED_DAYS = 120;

// "voted to appoint X as prime minister", "the last for Jens Stoltenberg as Secretary General":
// the person in that office at some time; a weaker claim, only ever confirmed.
const AS_RE = /^[ \t]+as[ \t]+(?:(?:the|a)[ \t]+)?(?:new[ \t]+)?$/i;
// "the selection of Mark Rutte as the next NATO Secretary General", "Mark Rutte, is set to be the
// next Secretary General of NATO", "Mark Rutte, who will become the next NATO Secretary-General":
// a tenure still to come (or just begun), judged as "-elect"; only ever confirmed.
const NEXT_RE = compiledOnFirstRun(
  /^[ \t]*,?[ \t]*(?:(?:who[ \t]+)?(?:(?:is|was|has[ \t]+been)[ \t]+(?:set|expected|poised|likely|tipped|emerging|named|chosen|selected|appointed|confirmed|nominated)[ \t]+(?:to[ \t]+(?:be|become|serve[ \t]+as)|as)|will[ \t]+(?:be|become|serve[ \t]+as))|as)[ \t]+(?:the[ \t]+)?(?:next|incoming|future)[ \t]+$/i,
);
// "Annalena Baerbock, will become Germany's first female foreign minister", "Christian Lindner, will become finance
// minister" (December 2021, two days before the cabinet took office; held-out 18 wa021), "X is set to become the new
// defence minister": a tenure still to come, told with no "next". Judged as "-elect" and only ever confirmed (a plan may
// fall through, and "will be" may tell of a term after the one held).
const BECOME_RE = compiledOnFirstRun(
  /^[ \t]*,?[ \t]*(?:who[ \t]+)?(?:will|is[ \t]+(?:set|expected|due|poised|slated|tipped)[ \t]+to|is[ \t]+to)[ \t]+(?:become|take[ \t]+over[ \t]+as|serve[ \t]+as|be[ \t]+(?:appointed|named|nominated)(?:[ \t]+as)?)[ \t]+(?:(?:the|a)[ \t]+)?(?:(?:new|acting)[ \t]+)?$/i,
);
const HEAD_OF_GOVERNMENT_RE = new RegExp(
  String.raw`^[ \t]+of[ \t]+(?:the[ \t]+)?(?:country['\u2019]s|([A-Z][\p{L}.]+)['\u2019]s)[ \t]+government\b`,
  'u',
);
// What may follow the title for it to end the phrase ("as prime minister material" does not).
const PHRASE_END_RE =
  /^(?:\s*[,.;:)\n]|\s*$|\s+(?:and|with|in|on|at|for|of|until|since|from|after|before|by|to|who|when|while|is|was|has|had|said|yesterday|the\s+(?:previous|following|same|next)\s+day)\b)/;

const ACRONYM_GLOSS_RE = /^[ \t]*\([A-Z][A-Z.]{1,9}\)/;

// "Hungarian opposition leader and election winner Péter Magyar": the country's leader-elect.
const WINNER_RE = /\belection[ \t]+winner[ \t]*,?[ \t]+$/i;

/**
 * The winner of a country's election, named with the country a few words before: about to lead
 * it (its head of government or of state). Which office the election was for is not said, so
 * the claim is only ever confirmed.
 */
function electionWinners(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    const before = doc.text.slice(Math.max(0, person.start - 60), person.start);
    const m = WINNER_RE.exec(before);
    if (!m) continue;
    const from = person.start - before.length;
    const q = doc.matches.findLast(
      (x) => x.end <= person.start - m[0].length && x.start >= from && x.values.some((v) => v.type === 'qualifier'),
    );
    if (!q) continue;
    const jurisdictions = qualifierJurisdictions(q);
    const senses: RoleSense[] = (doc.facts.officesByPerson.get(person.personId) ?? [])
      .filter((o) => o.headOf && jurisdictions.includes(o.jurisdiction))
      .map((office) => ({ office, loose: false }));
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, {
      start: q.start,
      end: person.end,
      person,
      senses,
      explicit: true,
      modifier: 'elect',
      soft: true,
    });
    if (annotation) out.push(annotation);
  }
  return out;
}

// "Petr Macinka, temporarily heads two departments: in addition to the Ministry of Foreign Affairs,
// also the Ministry of Environment", "X, who runs the Defence Ministry": a ministry its minister
// heads, named after a verb of leading. A few words may stand between ("two departments: in
// addition to"), but no name, clause break or full stop.
const HEADS_WORDS = gated(/\bministry\b/i);
const HEADS_RE =
  /^(?:[ \t]*,[ \t]*)?(?:who[ \t]+)?(?:(?:now|currently|temporarily|also)[ \t]+)?(?:heads|leads|runs|has[ \t]+headed|is[ \t]+(?:heading|running|in[ \t]+charge[ \t]+of))\b[^.;,()\n]{0,40}?\bthe[ \t]+((?:Ministry[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]*){0,3})|(?:[A-Z][\w-]*[ \t]+){1,2}Ministry)\b/;

/**
 * A person said to head a ministry, in the present: supported when they held its minister's office
 * (the ministry's name with "minister" for "ministry", among the offices that role names) on the
 * date. Which country's ministry is not said, so this only ever confirms.
 */
function ministriesHeaded(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    const sentence = doc.sentences.find((x) => x.start <= person.start && person.start < x.end);
    const m = HEADS_RE.exec(doc.text.slice(person.end, Math.min(sentence?.end ?? doc.text.length, person.end + 160)));
    if (!m) continue;
    const end = person.end + m.index + m[0].length;
    if (doc.people.some((q) => q.start >= person.end && q.start < end)) continue;
    const role = foldKey(m[1].replace(/\bMinistry\b/, 'Minister'));
    const senses = (doc.lexicon.roles.get(role) ?? []).filter(
      (x) => !x.loose && tenuresOf(person.personId, x.office).some((t) => onDay(t, doc.asOf) === 'in'),
    );
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, { start: person.start, end, person, senses, explicit: false, modifier: 'none', soft: true });
    if (annotation?.verdict === 'supported') out.push(annotation);
  }
  return out;
}

// "the new European Commission headed by Ursula von der Leyen", "the Commission led by X": a body
// named right before a verb of leading and the name. Its head's office is a role the lexicon
// holds with the body's name in it ("European Commission president").
const HEADED_WORDS = gated(/\b(?:headed|led|chaired)\s+by\b/i);
const HEADED_RE = /\b((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]+(?:headed|led|chaired)[ \t]+by[ \t]+$/;
const HEAD_ROLES = ['{} president', 'president of the {}', '{} head', 'head of the {}', '{} chief', '{} chair', 'chair of the {}'];

/**
 * A body said to be headed by a person: supported when the person held its head's office on the
 * date, or took it up within weeks after (a new body "headed by" its designated head). Whether
 * "headed" is of that day is not said, so this only ever confirms.
 */
function bodiesHeaded(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (person.fuzzy || !person.full) continue;
    const from = Math.max(0, person.start - 80);
    const m = HEADED_RE.exec(doc.text.slice(from, person.start));
    if (!m) continue;
    const start = from + m.index;
    const body = foldKey(m[1]);
    const senses = HEAD_ROLES.flatMap((r) => doc.lexicon.roles.get(r.replace('{}', body)) ?? []).filter(
      (x) =>
        !x.loose &&
        tenuresOf(person.personId, x.office).some(
          (t) => onDay(t, doc.asOf) === 'in' || (t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= 30),
        ),
    );
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, { start, end: person.end, person, senses, explicit: true, modifier: 'none', soft: true });
    if (annotation?.verdict === 'supported') out.push(annotation);
  }
  return out;
}

// "The main headquarters of NATO is in Brussels, Belgium, and its current Secretary General is
// Jens Stoltenberg": the title, then "is", then the name. The present tense claims the person holds
// the office on the page's date; with "current" (or "present", "incumbent") it is a title like any
// other, judged by title.ts's rules; without, only ever confirmed (the sentence may be a definition).
const IS_GAP_RE = /^[ \t]+(?:is|remains)[ \t]+$/;
const IS_BEFORE_RE = /[ \t](?:is|remains)[ \t]+$/;
// "the current and 28th Secretary of Defense is Lloyd J. Austin III" (a profile page of January 2026): a place in line
// joined to "current" leaves the claim of the day.
const CURRENT_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(current|present|incumbent|sitting)(?:(?:[ \t]+and|,)[ \t]+\d{1,3}(?:st|nd|rd|th))?[ \t]+$`,
  'iu',
);
// Any other word before the title that changes what it claims, or makes it another office.
const OTHER_MODIFIER_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:former|ex|then|outgoing|acting|interim|previous|past|late|incoming|future|next|new|first|deputy|vice|assistant|under|shadow|opposition|fellow)[ \t-]+$`,
  'iu',
);

function currentIsTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    // A cheap look first: most names do not follow "is".
    if (person.fuzzy || !IS_BEFORE_RE.test(doc.text.slice(Math.max(0, person.start - 9), person.start))) continue;
    const r = doc.matches[person.match - 1];
    if (!r || !IS_GAP_RE.test(doc.text.slice(r.end, person.start))) continue;
    // "... is Jens Stoltenberg's successor": the name is not the predicate.
    if (/^['\u2019]s\b/.test(doc.text.slice(person.end, person.end + 3))) continue;
    const role = r.values.find((v) => v.type === 'role');
    const fixed = r.values.find((v) => v.type === 'fixed');
    let senses: RoleSense[] = fixed
      ? [{ office: doc.facts.offices.get(fixed.office)!, loose: false }]
      : role
        ? (doc.lexicon.roles.get(role.key) ?? [])
        : [];
    let start = r.start;
    const q = doc.matches[person.match - 2];
    const jurisdictions = q && !fixed && /^(?:['\u2019]s)?[ \t]+$/.test(doc.text.slice(q.end, r.start)) ? qualifierJurisdictions(q) : [];
    if (jurisdictions.length) {
      senses = senses.filter((x) => jurisdictions.includes(x.office.jurisdiction));
      start = q.start;
    }
    senses = senses.filter((x) => !x.loose);
    if (!senses.length) continue;
    const before = doc.text.slice(Math.max(0, start - 24), start);
    if (OTHER_MODIFIER_RE.test(before)) continue;
    const current = CURRENT_BEFORE_RE.exec(before);
    if (current) start -= current[0].length - current[0].indexOf(current[1]);
    const ofTheDay = !current && dayLead(doc, start);
    const annotation = titleAnnotation(doc, {
      start,
      end: person.end,
      person,
      senses,
      explicit: jurisdictions.length > 0 || !!fixed,
      modifier: 'none',
      ...(current || ofTheDay ? {} : { soft: true, softReason: 'Said as a definition ("the title is the name"), not of a day' }),
    });
    if (annotation) out.push(annotation);
  }
  return out;
}

// "As of early 2026, the Secretary of Defense is ...", "Today, the Chancellor of Germany is ...": the sentence opens with the
// page's own time, so "is" is said of that day, as with "current". A year other than the page's tells of another time.
const DAY_LEAD_RE =
  /^\s*(?:(?:As[ \t]+(?:of|at)[ \t]+(?:(?:early|mid|late|mid-)[ \t-]*)?(?:today|now|this[ \t]+year|(?:[A-Z][a-z]+[ \t]+)?(\d{4})))|Today|Currently|Right[ \t]+now|At[ \t]+present)[ \t]*,?[ \t]*(?:the[ \t]+)?(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?$/i;

/** Whether the title at `start` follows only an opening "As of 2026," or "Today," of the page's own time in its sentence. */
function dayLead(doc: Doc, start: number): boolean {
  const sentence = sentenceOf(doc, start);
  const m = DAY_LEAD_RE.exec(doc.text.slice(sentence.start, start));
  return !!m && (!m[1] || m[1] === doc.asOf.slice(0, 4));
}

// Round 35: an office told as the named person's role, tenure or term: "Jens Stoltenberg has played and continues to play a
// crucial role in achieving both goals as NATO Secretary General" (held-out 33 oc021), "Mark Rutte arrived in Kyiv on the
// third day of his tenure as NATO Secretary General" (held-out 27 ja035), "X, in his role as Foreign Minister, ...". The
// person is the nearest one named before in the sentence; the office is held at some time the words do not say, so it
// is only confirmed (as a plain "as" is), and only when the person's record holds it from a day not after the page's.
const ROLE_AS_WORDS = gated(/\b(?:role|tenure|term|capacity|stint)\b[^.;:!?]{0,60}?\bas[ \t]/i);
const ROLE_AS_RE =
  /(?:\b(?:his|her)[ \t]+(?:(?:new|current|brief|long)[ \t]+)?(?:role|tenure|term|capacity|stint)|\b(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+){0,2}role(?:[ \t]+[a-z]+){0,6})[ \t]+as[ \t]+(?:(?:the|a)[ \t]+)?/gi;
// Where the office's words end: a clause's punctuation or a word that starts another phrase.
const ROLE_TITLE_END_RE = /[,.;:()!?\n]|[ \t](?:on|in|since|from|until|and|who|which|during|between|when|after|before|to|for|with)[ \t]/;

function roleAsTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  ROLE_AS_RE.lastIndex = 0;
  for (let m = warmed(ROLE_AS_RE, doc.text).exec(doc.text); m; m = ROLE_AS_RE.exec(doc.text)) {
    const sentence = sentenceOf(doc, m.index);
    const titleStart = m.index + m[0].length;
    const rest = doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 80));
    const stop = ROLE_TITLE_END_RE.exec(rest);
    const titleEnd = titleStart + (stop ? stop.index : rest.length);
    // The person: the nearest named before the words, in the sentence, with no other name between.
    const person = doc.people.filter((p) => p.start >= sentence.start && p.end <= m!.index && !p.fuzzy).pop();
    if (!person || doc.people.some((p) => p.start >= m!.index && p.end <= titleEnd)) continue;
    const ms = doc.matches.filter((x) => x.start >= titleStart && x.end <= titleEnd);
    const titled = ms.filter((x) => x.values.some((v) => v.type === 'role' || v.type === 'fixed'));
    if (!titled.length || titled[titled.length - 1].end !== titleEnd) continue;
    const jurisdictions = new Set(ms.flatMap((x) => qualifierJurisdictions(x)));
    const senses: RoleSense[] = [];
    for (const x of titled)
      for (const v of x.values) {
        if (v.type === 'fixed') senses.push({ office: doc.facts.offices.get(v.office)!, loose: false });
        if (v.type === 'role')
          for (const sense of doc.lexicon.roles.get(v.key) ?? [])
            if (!sense.loose && (!jurisdictions.size || jurisdictions.has(sense.office.jurisdiction))) senses.push(sense);
      }
    const held = senses.filter((s) =>
      tenuresOf(person.personId, s.office).some((t) => t.from <= doc.asOf && t.holder.confidence === 'verified'),
    );
    if (!held.length) continue;
    const annotation = titleAnnotation(doc, {
      start: person.start,
      end: titleEnd,
      person,
      senses: held,
      explicit: true,
      modifier: 'then',
      soft: true,
      softReason: 'The office is told as the person’s role, at a time the words do not say',
    });
    if (annotation?.verdict === 'supported') out.push(annotation);
  }
  return out;
}

/** A time told right after the title (within the sentence) that no start of the person's tenures of these offices fits. */
function startTimeMissed(doc: Doc, personId: string, senses: readonly RoleSense[], end: number): boolean {
  const sentence = sentenceOf(doc, end - 1);
  if (end >= sentence.end) return false;
  const told = findDates(doc.text, end, Math.min(sentence.end, end + 40), { asOf: doc.asOf }).find((d) => d.start - end <= 4);
  if (!told) return false;
  return !senses.some((s) => tenuresOf(personId, s.office).some((t) => startFits(t, told)));
}

export function swornInTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = electionWinners(doc);
  if (ROLE_AS_WORDS.test(doc.text)) out.push(...roleAsTitles(doc));
  out.push(...currentIsTitles(doc));
  if (HEADED_WORDS.test(doc.text)) out.push(...bodiesHeaded(doc));
  if (HEADS_WORDS.test(doc.text)) out.push(...ministriesHeaded(doc));
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    // The role, with a country before it ("Ukraine's president", "British prime minister") or after ("president of Ukraine").
    let i = person.match + 1;
    // "Christopher C. Miller, director of the National Counterterrorism Center, will serve as acting secretary of
    // defense": an appositive naming no one may stand between the name and the verb.
    const appositive = appositiveAfter(doc, person);
    if (appositive) while (i < doc.matches.length && doc.matches[i].start < appositive) i++;
    const from = appositive || person.end;
    let m = doc.matches[i];
    // The verb and "as" are a few words: most names have nothing of the kind after them.
    if (!m || m.start - from > 48) continue;
    const between = doc.text.slice(from, m.start);
    const lead = execWarm(SWORN_RE, between);
    // "X assumed command from Y as the 21st SACEUR": with a person named before it in the
    // sentence, "as" may be about that one.
    const next = !lead && NEXT_RE.test(between);
    const plainAs =
      !appositive &&
      !lead &&
      !next &&
      AS_RE.test(between) &&
      (!namedEarlierInSentence(doc, person) || chosenObject(doc, person) || listedAs(doc, person));
    const elected = !lead && !plainAs && !next && ELECTED_RE.test(between);
    const become = !lead && !plainAs && !next && !elected && BECOME_RE.test(between);
    if (!lead && !plainAs && !elected && !next && !become) continue;
    // "will become Germany's first female foreign minister": the first woman in it, as the holder's record says.
    let firstWoman = false;
    let jurisdictions: string[] = qualifierJurisdictions(m);
    if (jurisdictions.length) {
      const r = doc.matches[++i];
      // "Hungary’s new prime minister": "new" may stand after the country too.
      // "sworn in as Ukraine’s next president" (held-out 23 ra001): "next" as "new".
      const gap = r && /^(?:['\u2019]s)?[ \t]+(?:(new|next|first[ \t]+(?:female|woman))[ \t]+)?$/.exec(doc.text.slice(m.end, r.start));
      const isNew = gap?.[1] === 'new' || gap?.[1] === 'next';
      if (!gap || (gap[1] && !isNew && !become)) continue;
      firstWoman = !!gap[1] && !isNew;
      m = r;
    }
    const role = m.values.find((v) => v.type === 'role');
    const fixed = m.values.find((v) => v.type === 'fixed');
    let senses: RoleSense[] = fixed
      ? [{ office: doc.facts.offices.get(fixed.office)!, loose: false }]
      : role
        ? (doc.lexicon.roles.get(role.key) ?? [])
        : [];
    let end = m.end;
    const after = doc.matches[i + 1];
    // "appointed Denys Shmygal as a head of country's government" (March 2020, the day he took office; held-out 18 wa010),
    // "as head of Ukraine's government": the head of government, of the country named or of the country the text is about.
    const government = !jurisdictions.length && role?.key === 'head' ? HEAD_OF_GOVERNMENT_RE.exec(doc.text.slice(m.end, m.end + 48)) : null;
    if (government) {
      const q = government[1] ? doc.matches[i + 1] : undefined;
      if (q && q.start !== m.end + government[0].indexOf(government[1])) continue;
      if (q) jurisdictions = qualifierJurisdictions(q);
      if (government[1] && !jurisdictions.length) continue;
      senses = doc.lexicon.roles.get('head of government') ?? [];
      end = m.end + government[0].length;
    } else if (!jurisdictions.length && after && /^[ \t]+of[ \t]+(?:the[ \t]+)?$/.test(doc.text.slice(m.end, after.start))) {
      jurisdictions = qualifierJurisdictions(after);
      if (jurisdictions.length) end = after.end;
    }
    if (jurisdictions.length) senses = senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
    if (firstWoman)
      senses = senses.filter((s) =>
        tenuresOf(person.personId, s.office).some((t) => t.holder.firstWoman && t.holder.confidence === 'verified'),
      );
    if (!senses.length) continue;
    // Round 35: a body's acronym in brackets closes its name ("as secretary general of the North Atlantic Treaty Organization
    // (NATO) on October 1", held-out 33 oc020).
    const gloss = ACRONYM_GLOSS_RE.exec(doc.text.slice(end, end + 16));
    if (gloss) end += gloss[0].length;
    if ((plainAs || elected || next || become) && !PHRASE_END_RE.test(doc.text.slice(end, end + 24))) continue;
    // "will be inaugurated as the 45th U.S. president" of the 46th: a place in line the record has
    // otherwise is not confirmed with the title (office-ordinal.ts judges it).
    const place = /(\d{1,2})(?:st|nd|rd|th)[ \t]+$/.exec(between);
    if (
      place &&
      senses.some((s) => tenuresOf(person.personId, s.office).some((t) => t.holder.ordinal !== undefined)) &&
      !senses.some((s) => tenuresOf(person.personId, s.office).some((t) => t.holder.ordinal === Number(place[1])))
    )
      continue;
    // Appointed, nominated or elected: the tenure may begin on the day or a little after.
    const soon =
      (plainAs || elected) &&
      senses.some((s) =>
        tenuresOf(person.personId, s.office).some(
          (t) => t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= Math.max(ELECTED_DAYS, electAheadDays(doc, s.office)),
        ),
      );
    // Round 41: "Mark Rutte took office as NATO Secretary General last month" (December 2024; he took office on 1 October): a
    // time told right after the title is the start's; the title is not confirmed with a time no tenure of it began in.
    if (lead && startTimeMissed(doc, person.personId, senses, end)) continue;
    const annotation = titleAnnotation(doc, {
      start: person.start,
      end,
      person,
      senses,
      explicit: jurisdictions.length > 0 || !!fixed,
      // Sworn in before the date: true whether or not the person still holds it. "Will be sworn in": a title about the future.
      modifier: lead?.[1] || soon || next || become ? 'elect' : 'then',
      // The ordinal ("the sixth president") is not checked, so its mistakes are not the title's.
      soft: plainAs || elected || next || become || (!jurisdictions.length && !fixed),
    });
    if (annotation && (!become || annotation.verdict === 'supported')) out.push(annotation);
  }
  return out;
}

// ", director of the National Counterterrorism Center," after a name: a description closed by a comma, with no name,
// clause or bracket in it; not a relative clause ("who ..." reads its own verb).
const APPOSITIVE_RE = /^,[ \t]+(?!who\b|which\b|and\b)[^,.;:()"\u201c\u201d\n]{3,80},(?=[ \t])/;

/** Where an appositive right after the name ends (after its closing comma), or 0 when there is none. */
function appositiveAfter(doc: Doc, person: PersonMention): number {
  if (doc.text.charCodeAt(person.end) !== 44) return 0;
  const m = APPOSITIVE_RE.exec(doc.text.slice(person.end, person.end + 84));
  if (!m) return 0;
  const end = person.end + m[0].length;
  return doc.people.some((p) => p.start >= person.end && p.start < end) ? 0 : end;
}

// "Zelenskyy said that he wants to see Denys Shmyhal as Minister of Defense", "proposed Rustem Umerov
// as defence minister": the name is the object of a verb of choosing, so "as" is said of it even
// with someone else named before.
// A title may stand between the verb and the name ("proposed current Prime Minister Denys Shmyhal as
// Ukraine's new defence minister").
// Round 35: the one succeeded or replaced "as" an office held it ("Rutte will succeed Norway’s Jens Stoltenberg as secretary
// general of the North Atlantic Treaty Organization (NATO) on October 1", held-out 33 oc020), and the choice as a noun
// ("Defense Minister Nuno Melo highlighted the consensus reached around the selection of Mark Rutte as NATO Secretary
// General", held-out 33 oc020; "welcomed the appointment of X as", "the nomination of X as").
const CHOOSING_RE =
  /\b(?:see|appoint(?:s|ed|ing)?|nominat(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|tapp(?:ed|ing)|pick(?:s|ed|ing)?|cho(?:ose|oses|se|sen)|install(?:s|ed|ing)?|(?:selection|appointment|nomination|designation|choice|naming)[ \t]+of|succe(?:ed|eds|eded|eding)|replac(?:e|es|ed|ing))[ \t]+(?:(?:current|outgoing|sitting)[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}$/;

function chosenObject(doc: Doc, person: PersonMention): boolean {
  return CHOOSING_RE.test(doc.text.slice(Math.max(0, person.start - 60), person.start));
}

// "the bloc’s leadership for the next five years: Germany’s Ursula von der Leyen as president of the European Commission,
// Portugal’s António Costa as president of the European Council" (June 2024): the name before is itself given "as" an
// office, so each "as" is its own name's.
const LISTED_AS_RE = new RegExp(
  String.raw`^[ \t]+as[ \t]+[^,.;:()\n"\u201c\u201d]{3,80},[ \t]+(?:and[ \t]+)?(?:[A-Z][\p{L}'\u2019.-]*[ \t]+){0,3}$`,
  'u',
);

function listedAs(doc: Doc, person: PersonMention): boolean {
  const sentence = doc.sentences.find((s) => s.start <= person.start && person.start < s.end);
  const before = doc.people.findLast((p) => p.end <= person.start && p.start >= (sentence?.start ?? 0));
  return !!before && LISTED_AS_RE.test(doc.text.slice(before.end, person.start));
}

function namedEarlierInSentence(doc: Doc, person: PersonMention): boolean {
  const sentence = doc.sentences.find((s) => s.start <= person.start && person.start < s.end);
  const from = sentence?.start ?? 0;
  return doc.people.some((p) => p.start >= from && p.end <= person.start && p.personId !== person.personId);
}
