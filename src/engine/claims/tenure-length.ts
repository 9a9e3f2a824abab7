// How long someone held an office: "Jens Stoltenberg, who has been the head of NATO for the past
// ten years", "Stoltenberg, who has been in office for ten years", "Stoltenberg was stepping down
// after 10 years as Alliance chief", "Merkel departs after 16 years at the helm of Europe's
// largest economy", "Joseph Luns, who spent 12 years in charge of NATO from 1971".
//
// A length is told in round figures ("a decade", "nearly ten years"), so it is only ever
// confirmed: supported when a tenure of the office lasted, up to the article's date, within a year
// of the figure; never flagged.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { sentenceOf } from '../doc';
import type { Office } from '../../facts/schema';
import { addDays, daysBetween, formatDay } from '../dates';
import { describeHolder, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { APPOSITIVE, officesNamed } from './tenure';
import { numberFrom } from '../numbers';
import { keysGate } from '../triggers';
import { pastHorizon } from '../horizon';

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a|an)`;
const ABOUT = String.raw`(?:(?:the\s+)?(?:past|last)\s+|(?:just\s+)?(?:nearly|almost|over|under)\s+|more\s+than\s+|about\s+|some\s+)?`;
// Where a title or an organisation named in a length's words ends: punctuation, or a word that
// starts the rest of the clause.
const END = String.raw`(?=\s*(?:[,.;:()]|$)|\s+(?:from|and|to|in|on|at|since|before|when|where|which|was|were|is|have|has|had|ended|came)\b)`;
// Built on first use: APPOSITIVE comes from tenure.ts, which imports this file.
let forms: { forRe: RegExp; afterRe: RegExp } | undefined;
function lengthForms() {
  forms ??= {
    // "who has been the head of NATO for the past ten years", "who has been in office for ten
    // years", "has led the alliance for a decade"; in the past tense, of any tenure: "Helmut Kohl,
    // ..., who was in power for just over 16 years".
    forRe: new RegExp(
      // Without a verb, in apposition: "replacing the Norwegian Jens Stoltenberg, in office for ten years, who
      // affirmed ..." (held-out 14 l043, June 2024), read as "who has been in office for".
      String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:((?:has|had)\s+(?:been|served(?:\s+as)?|led|headed|occupied|held)|was|served(?:\s+as)?)\s+|(?<=,\s*)(?=in\s+(?:office|power)\s+for\s))([^,.;:()]{0,60}?)\s*for\s+${ABOUT}${NUMBER}\s+(years?|decades?)\b`,
      'i',
    ),
    // "Stoltenberg, who leaves after a decade at NATO's helm" (AP, October 2024), "was dismissed on Sunday
    // after serving 16 years as head of Russia's Security Council" (May 2024),
    // "was stepping down after 10 years as Alliance chief", "departs after 16 years at the helm
    // of Europe's largest economy", "who spent 12 years in charge of NATO from 1971", and with
    // the name's possessive, "Merkel's 16 years in power", "Stoltenberg's ten years as NATO chief".
    afterRe: new RegExp(
      String.raw`^(?:${APPOSITIVE}[\s,]*(?:who\s+)?(?:[^,.;:()]{0,40}?\s)?(after(?:\s+serving)?|following|spent)|['\u2019]s)\s+${ABOUT}${NUMBER}[\s-]+(years?|decades?)(?:-long)?\s+(as\s+[^,.;:()]{3,50}?${END}|at\s+the\s+helm(?:\s+of\s+[^,.;:()]{2,40}?${END})?|at\s+[A-Z][\w.\u2019'-]*['\u2019]s\s+helm\b|in\s+(?:office|power|the\s+(?:job|post|role|position))\b|in\s+charge(?:\s+of\s+[^,.;:()]{2,40}?${END})?)`,
      'i',
    ),
  };
  return forms;
}
const NATO_WORDS_RE = /\b(?:NATO|alliance)\b/i;
/** "from 2014 to 2024" right after the length's words. */
const YEARS_AFTER_RE = /^\s+from\s+((?:19|20)\d\d)\s+(?:to|until|till|through|-)\s+((?:19|20)\d\d)\b/;
/** Days after a tenure's end within which "has been ... for N years" is still said (a handover is reported late). */
const STILL_DAYS = 30;
/** Days after a tenure's end within which "after N years" tells of the departure. */
const AFTER_DAYS = 366;

/** The tenure lengths told after each name, in the person's sentence. */
export function tenureLengths(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Cheap pretest before any string is made: where the units of a length are (most texts have few).
  const units: number[] = [];
  for (const word of UNIT_GATE.keysIn(doc.folded))
    for (let i = doc.folded.indexOf(word); i >= 0; i = doc.folded.indexOf(word, i + word.length)) units.push(i);
  if (LENGTH_UNIT_GATE.test(doc.folded) && LENGTH_NOUN_GATE.test(doc.folded)) out.push(...lengthsBeforeTenure(doc));
  if (!units.length) return out;
  for (const p of doc.people) {
    const sentence = sentenceOf(doc, p.start);
    if (units.some((i) => i >= sentence.start && i < p.start)) {
      const lead = leadingLength(doc, p, sentence.start);
      if (lead) out.push(lead);
    }
    if (!units.some((i) => i >= p.end && i < sentence.end)) continue;
    const found = tenureLength(doc, p, doc.text.slice(p.end, sentence.end));
    if (found) out.push(found);
  }
  return out;
}

// Round 38: the length in a clause before the name, whose subject the name is: "In his farewell speech after leading NATO
// for a decade, Jens Stoltenberg warned NATO members" (held-out 36 qq021, September 2024), "After ten years as NATO chief,
// Stoltenberg hands over", "Following a decade at the helm of NATO, Jens Stoltenberg". Read as "after N years as" is after
// the name (a tenure ended within a year, or still running); no one else named between the clause and the name.
const LEADING_VERB_RE = new RegExp(
  String.raw`\b(?:after|following)\s+(?:leading|heading|running|chairing|serving\s+as)\s+([^,.;:()]{2,50}?)\s+for\s+${ABOUT}${NUMBER}\s+(years?|decades?)\s*,\s*$`,
  'i',
);
const LEADING_NOUN_RE = new RegExp(
  String.raw`\b(?:after|following)\s+${ABOUT}${NUMBER}[\s-]+(years?|decades?)\s+(as\s+[^,.;:()]{3,50}?|at\s+the\s+helm(?:\s+of\s+[^,.;:()]{2,40}?)?|at\s+[A-Z][\w.\u2019'-]*['\u2019]s\s+helm|in\s+(?:office|power|the\s+(?:job|post|role|position))|in\s+charge(?:\s+of\s+[^,.;:()]{2,40}?)?)\s*,\s*$`,
  'i',
);

function leadingLength(doc: Doc, p: PersonMention, sentenceStart: number): Annotation | null {
  const head = doc.text.slice(sentenceStart, p.start);
  const verb = LEADING_VERB_RE.exec(head);
  const noun = verb ? null : LEADING_NOUN_RE.exec(head);
  const m = verb ?? noun;
  if (!m || p.fuzzy) return null;
  const start = sentenceStart + m.index;
  if (doc.people.some((q) => q !== p && q.start >= start && q.end <= p.start)) return null;
  const [count, unit, words] = verb ? [m[2], m[3], m[1]] : [m[1], m[2], m[3]];
  const wordsStart = sentenceStart + m.index + m[0].lastIndexOf(words);
  // "leading NATO": the body led, read as "the head of NATO" is.
  return judgeLength(doc, p, { count, unit, words, wordsStart, isFor: false, spent: false, after: '', start, end: p.end });
}

/** A tenure length told after the name, in the person's clause; null when none, or when no tenure fits it. */
function tenureLength(doc: Doc, p: PersonMention, tail: string): Annotation | null {
  const { forRe, afterRe } = lengthForms();
  const byFor = forRe.exec(tail);
  const m = byFor ?? afterRe.exec(tail);
  if (!m) return null;
  const isFor = !!byFor;
  const [count, unit, words] = isFor ? [m[3], m[4], m[2]] : [m[2], m[3], m[4]];
  const wordsStart = p.end + m.index + m[0].lastIndexOf(words);
  // Said in the past tense ("spent 12 years", "was in power for 16 years"): of any tenure, not only a running one.
  const spent = isFor ? /^(?:was|served)/i.test(m[1]) : /^spent$/i.test(m[1] ?? '');
  const after = tail.slice(m.index + m[0].length);
  return judgeLength(doc, p, { count, unit, words, wordsStart, isFor, spent, after, start: p.start, end: p.end + m.index + m[0].length });
}

interface LengthTold {
  count: string;
  unit: string;
  /** The words naming the office ("as NATO chief", "in office"), at wordsStart. */
  words: string;
  wordsStart: number;
  /** "has been ... for": a tenure still running (or just ended); else "after": one ended within a year. */
  isFor: boolean;
  /** In the past tense: any tenure. */
  spent: boolean;
  /** The text right after the length's words (years told: "from 2014 to 2024"). */
  after: string;
  start: number;
  end: number;
}

function judgeLength(doc: Doc, p: { personId: string; fuzzy?: true }, told: LengthTold): Annotation | null {
  const { count, unit, words, wordsStart, isFor, spent } = told;
  const figure = (/^an?$/i.test(count) ? 1 : numberFrom(count)) * (/^decade/i.test(unit) ? 10 : 1);
  const held = doc.facts.officesByPerson.get(p.personId) ?? [];
  let offices: Office[] = officesNamed(doc, wordsStart, wordsStart + words.length).filter((o) => held.includes(o));
  // "the head of NATO", "in charge of NATO", "led the alliance": NATO's head, named by a description.
  if (!offices.length && NATO_WORDS_RE.test(words)) offices = held.filter((o) => o.id === 'nato-secretary-general');
  // Round 39: a red flag only for an office the words name by its title, not a word for power or a post.
  const named = offices.length === 1 && !VAGUE_WORDS_RE.test(words) ? offices[0] : null;
  // "in office", "at the helm": the office the person held then, when there is one; in the past
  // tense, any of theirs (the length must still fit one of its tenures).
  // Round 37: "Stoltenberg, a 65-year-old Norwegian, has occupied this position for a decade" (held-out 35 qm004): a word
  // for a post, read as "in office" is.
  if (
    !offices.length &&
    // Round 40: "after ten years in the job", "a decade in the post": the same.
    (/^\s*(?:in\s+(?:office|power|the\s+(?:job|post|role|position))|at\s+the\s+helm\b.*)?$/i.test(words) ||
      /\bin\s+charge\s*$/i.test(words) ||
      /^\s*(?:the|this|that|his|her)\s+(?:post|position|role|office|job)\s*$/i.test(words))
  ) {
    const running = held.filter((o) => tenuresOf(p.personId, o).some((t) => near(t, doc.asOf, STILL_DAYS)));
    if (running.length === 1) offices = running;
    else if (spent && held.length === 1) offices = [...held];
  }
  if (!offices.length) return null;
  const within = isFor ? STILL_DAYS : AFTER_DAYS;
  // Round 36: "following a decade as Secretary General of NATO from 2014 to 2024" (held-out 34 pf040, February 2026,
  // 16 months after he left): the years written after the length say which tenure, however long ago it ended.
  const yearsTold = YEARS_AFTER_RE.exec(told.after);
  for (const office of offices) {
    for (const run of runsOf(tenuresOf(p.personId, office))) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first.from > doc.asOf) continue;
      const yearsFit =
        !!yearsTold &&
        first.from.startsWith(yearsTold[1]) &&
        !!last.holder.end &&
        last.holder.end.startsWith(yearsTold[2]) &&
        last.holder.end <= doc.asOf;
      if (!spent && !yearsFit && !near(last, doc.asOf, within)) continue;
      const until = last.holder.end && last.holder.end < doc.asOf ? last.holder.end : doc.asOf;
      const years = daysBetween(first.from, until) / 365.25;
      if (Math.abs(years - figure) >= 1) continue;
      const person = doc.facts.people.get(p.personId);
      const end = told.end + (yearsFit ? yearsTold![0].length : 0);
      const sure = run.every((t) => t.holder.confidence === 'verified');
      return {
        start: told.start,
        end,
        quote: doc.text.slice(told.start, end),
        kind: 'tenure',
        verdict: sure ? 'supported' : 'context',
        factIds: [office.id, p.personId],
        message: `${person?.name} was ${office.name} from ${formatDay(first.holder.start)}${last.holder.end ? ` until ${formatDay(last.holder.end)}` : ''}: ${years.toFixed(1)} years by ${formatDay(until)}.`,
        fact: describeHolder(person, last),
        sources: sourcesOf(first.holder),
      };
    }
  }
  return named ? lengthOff(doc, p, told, named, figure) : null;
}

// Round 39 (errors by volume): a tenure's length told far from the record, "Mark Rutte, who served as Dutch prime minister
// for 20 years" (he was, for 13.7), "Jens Stoltenberg, who led NATO for 15 years" (10), "stepped down after six years as NATO
// secretary general". Lengths are told in round figures, so only one off by a wide margin is wrong: two years and 30% of the
// figure either way ("a decade" of 13.7 years is off; of 11 years it is not), less on the side a hedge allows ("nearly ten
// years" of 10.4 is off by its hedge only; "over five years" of 14 is true). Flagged only where nothing else may be meant:
// one office named by its title (not "in power", "the leader", "at the helm"), the person's only run of it, with days known,
// verified, started after the office's list is complete, not acting, ended within the form's reach (or told in the past),
// no other office of theirs, nor their whole career in office, fitting the figure (Erdogan "president for two decades"
// counts his premiership), on a certain date inside the fact base's horizon.
const VAGUE_WORDS_RE = /\b(?:leader|leadership|head|ruler|power|helm|charge|post|position|role|job|office)\b/i;
const HEDGE_RE = /\b(nearly|almost|under|just\s+under|over|more\s+than|just\s+over|(?:the\s+)?(?:past|last)|about|some)\s+$/i;

function lengthOff(doc: Doc, p: { personId: string; fuzzy?: true }, told: LengthTold, office: Office, figure: number): Annotation | null {
  if (p.fuzzy || !doc.dateCertain || !(figure >= 1) || pastHorizon(doc.facts, doc.asOf, { office: office.id })) return null;
  const runs = runsOf(tenuresOf(p.personId, office)).filter((run) => run[0].from <= doc.asOf);
  if (runs.length !== 1) return null;
  const run = runs[0];
  const first = run[0];
  const last = run[run.length - 1];
  if (run.some((t) => t.holder.acting || t.holder.confidence !== 'verified' || t.holder.start.length !== 10)) return null;
  if (last.holder.end && last.holder.end.length !== 10) return null;
  if (!(first.from > office.coveredFrom)) return null;
  if (!told.spent && !near(last, doc.asOf, told.isFor ? STILL_DAYS : AFTER_DAYS)) return null;
  const person = doc.facts.people.get(p.personId);
  if (person?.confidence !== 'verified') return null;
  const untilOf = (t: Tenure) => (t.holder.end && t.holder.end < doc.asOf ? t.holder.end : doc.asOf);
  const until = untilOf(last);
  const years = daysBetween(first.from, until) / 365.25;
  // The hedge right before the count, in the words told.
  const quote = doc.text.slice(told.start, told.end);
  const at = quote.search(new RegExp(String.raw`\b${told.count}[\s-]+${told.unit}`, 'i'));
  const hedge = at > 0 ? (HEDGE_RE.exec(quote.slice(0, at))?.[1].toLowerCase().replace(/\s+/g, ' ') ?? '') : '';
  const margin = Math.max(figure <= 3 ? 1 : 2, 0.3 * figure);
  const off = (value: number) => {
    if (/^(?:nearly|almost|under|just under)$/.test(hedge)) return value > figure + 0.5 || value < figure - margin;
    if (/(?:over|more than|past|last)$/.test(hedge)) return value < figure - 1;
    return Math.abs(value - figure) >= margin;
  };
  if (!off(years)) return null;
  // A running tenure grows: only a length longer than it has lasted is wrong ("for five years" may count from a new term).
  if (!(last.holder.end && last.holder.end <= doc.asOf) && years >= figure) return null;
  if (!careerOff(doc, p.personId, first.from, until, off)) return null;
  const said = `${hedge ? `${hedge} ` : ''}${figure} year${figure === 1 ? '' : 's'}`;
  return {
    start: told.start,
    end: told.end,
    quote,
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [office.id, p.personId],
    message: `${person.name} was ${office.name} from ${formatDay(first.holder.start)}${last.holder.end ? ` until ${formatDay(last.holder.end)}` : ''}: ${years.toFixed(1)} years by ${formatDay(until)}, not ${said}.`,
    fact: describeHolder(person, last),
    sources: sourcesOf(first.holder),
  };
}

/**
 * Whether the person's time in office without a break of a year or more, across all their offices, around the span from
 * `from` to `until`, is off the figure too (`off`): Erdogan was prime minister, then president, and "president for two
 * decades" counts both; Stoltenberg's premiership ended a year before he took NATO's helm.
 */
export function careerOff(doc: Doc, personId: string, from: string, until: string, off: (years: number) => boolean): boolean {
  const spans = (doc.facts.officesByPerson.get(personId) ?? [])
    .flatMap((o) => runsOf(tenuresOf(personId, o)))
    .filter((r) => r[0].from <= doc.asOf)
    .map((r) => {
      const end = r[r.length - 1].holder.end;
      return { from: r[0].from, until: end && end < doc.asOf ? end : doc.asOf };
    });
  let chain = { from, until };
  for (let grown = true; grown;) {
    grown = false;
    for (const x of spans) {
      if (x.from >= chain.from && x.until <= chain.until) continue;
      if (x.from <= addDays(chain.until, 365) && addDays(x.until, 365) >= chain.from) {
        chain = { from: x.from < chain.from ? x.from : chain.from, until: x.until > chain.until ? x.until : chain.until };
        grown = true;
      }
    }
  }
  return off(daysBetween(chain.from, chain.until) / 365.25);
}

/** Running on the day, or ended at most `days` before it. */
function near(t: Tenure, day: string, days: number): boolean {
  return onDay(t, day) !== 'out' || (!!t.holder.end && t.holder.end <= day && addDays(t.holder.end, days) >= day);
}

/** Tenures of one person and office joined where one ends the day the next begins (records split by cabinet). */
function runsOf(tenures: readonly Tenure[]): Tenure[][] {
  const runs: Tenure[][] = [];
  for (const t of [...tenures].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].holder.end === t.holder.start) run.push(t);
    else runs.push([t]);
  }
  return runs;
}

// A length told as the tenure's adjective, in months or with the office named (tenure-span.ts reads
// years with none): "Oleksii Reznikov, who resigned following a series of
// corruption scandals that marred his 22-month tenure" (held-out 10, w032, September 2023),
// "Stoltenberg's decade-long tenure" (2024), "Merkel's 16-year chancellorship", "her two-year term as
// prime minister". With "his"/"her", whose is a reading (the nearest name before it in the sentence),
// so it only ever confirms; with the name's possessive and the office named after "as", a figure
// wrong by two years or more (a quarter, and three months, for months) is contradicted.
// Pretests on the folded text (hyphens folded to spaces): a unit, and a word for a tenure.
const LENGTH_UNIT_HINTS = [' year ', ' month ', 'decade '];
const LENGTH_UNIT_GATE = keysGate(LENGTH_UNIT_HINTS);
// The units of a length, looked for after each name.
const UNIT_GATE = keysGate([' year', ' decade']);
const LENGTH_NOUN_HINTS = [' tenure', ' term', ' stint', 'ship', ' presidency', ' mandate', ' rule', ' reign', ' run', ' spell'];
const LENGTH_NOUN_GATE = keysGate(LENGTH_NOUN_HINTS);
const LENGTH_NOUN_RE = new RegExp(
  String.raw`(['\u2019]s|\b(?:his|her))\s+${ABOUT}(?:${NUMBER}[\s-]+)?(years?|months?|decades?)(?:-long)?\s+(?:tenure|term|stint|premiership|presidency|chancellorship|mandate|rule|reign|run|spell)\b(?:\s+(?:as|in\s+charge\s+of)\s+([^,.;:()]{3,50}?)${END})?`,
  'gi',
);
const MONTH_DAYS = 30.44;

function lengthsBeforeTenure(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of doc.text.matchAll(LENGTH_NOUN_RE)) {
    const sentence = sentenceOf(doc, m.index);
    const possessive = /^['\u2019]s$/.test(m[1]);
    const p = possessive
      ? doc.people.find((q) => q.end === m.index && !q.fuzzy)
      : doc.people.findLast((q) => q.end <= m.index && q.start >= sentence.start && !q.fuzzy);
    if (!p) continue;
    const count = m[2] ? (/^an?$/i.test(m[2]) ? 1 : numberFrom(m[2])) : 1;
    if (!(count >= 1)) continue;
    const unit = m[3].toLowerCase();
    const months = /^month/.test(unit);
    // Years with no office named are tenure-span.ts's (possessedSpans): this reads months, and years of an office named.
    if (!months && !m[4]) continue;
    const figure = count * (/^decade/.test(unit) ? 10 : 1);
    const held = doc.facts.officesByPerson.get(p.personId) ?? [];
    const asStart = m[4] ? m.index + m[0].lastIndexOf(m[4]) : -1;
    const named = m[4] ? officesNamed(doc, asStart, asStart + m[4].length).filter((o) => held.includes(o)) : [];
    if (m[4] && !named.length) continue;
    const end = m.index + m[0].length;
    const person = doc.facts.people.get(p.personId);
    const lengthOf = (run: Tenure[]) => {
      const until =
        run[run.length - 1].holder.end && run[run.length - 1].holder.end! < doc.asOf ? run[run.length - 1].holder.end! : doc.asOf;
      const days = daysBetween(run[0].from, until);
      return { until, value: months ? days / MONTH_DAYS : days / 365.25 };
    };
    const runs = (named.length ? named : held).flatMap((o) => runsOf(tenuresOf(p.personId, o)).map((run) => ({ office: o, run })));
    const started = runs.filter(({ run }) => run[0].from <= doc.asOf && !run.some((t) => t.holder.acting));
    const fit = started.find(({ run }) => Math.abs(lengthOf(run).value - figure) < 1);
    if (fit) {
      const { office, run } = fit;
      const { until, value } = lengthOf(run);
      out.push({
        start: possessive ? p.start : m.index,
        end,
        quote: doc.text.slice(possessive ? p.start : m.index, end),
        kind: 'tenure',
        verdict: run.every((t) => t.holder.confidence === 'verified') ? 'supported' : 'context',
        factIds: [office.id, p.personId],
        message: `${person?.name} was ${office.name} from ${formatDay(run[0].holder.start)}${run[run.length - 1].holder.end ? ` until ${formatDay(run[run.length - 1].holder.end!)}` : ''}: ${value.toFixed(1)} ${months ? 'months' : 'years'} by ${formatDay(until)}.`,
        fact: describeHolder(person, run[run.length - 1]),
        sources: sourcesOf(run[0].holder),
      });
      continue;
    }
    // Wrong: the name's possessive, one office named, one run of it, verified, with its days known.
    if (!possessive || named.length !== 1 || started.length !== 1 || !doc.dateCertain) continue;
    const [{ office, run }] = started;
    if (!run.every((t) => t.holder.confidence === 'verified' && t.holder.start.length === 10)) continue;
    const { until, value } = lengthOf(run);
    const off = Math.abs(value - figure);
    if (months ? off < 3 || off < figure / 4 : off < 1.5) continue;
    out.push({
      start: p.start,
      end,
      quote: doc.text.slice(p.start, end),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [office.id, p.personId],
      message: `${person?.name} was ${office.name} from ${formatDay(run[0].holder.start)}${run[run.length - 1].holder.end ? ` until ${formatDay(run[run.length - 1].holder.end!)}` : ''}: ${value.toFixed(1)} ${months ? 'months' : 'years'} by ${formatDay(until)}, not ${figure}.`,
      fact: describeHolder(person, run[run.length - 1]),
      sources: sourcesOf(run[0].holder),
    });
  }
  return out;
}
