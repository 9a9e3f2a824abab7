// A title, a comma, then the person's service and rank before the name: "NATO's top general, US Air
// Force General Alexus Grynkewich" (January 2026), "NATO's top military commander, U.S. Army Gen.
// Christopher Cavoli", "The Supreme Allied Commander Europe, U.S. Army General Christopher Cavoli".
// title.ts reads a rank right after a title ("Chairman of the Joint Chiefs of Staff Gen. Charles
// Brown"), not a comma and a service with its country, whose "US" reads as a country of its own.
// Judged by title.ts's rules (finish: red only for a title naming its country or a fixed title,
// not a loose word like "top general", and a name written in full).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { titleAnnotation, type TitleClaim } from './title';
import { finish, readTitle } from './title-paren';
import { compiledOnFirstRun, warmed } from '../triggers';

// Before the name: the comma (or, with a service or its country, none: "Supreme Allied Commander Europe U.S. Air Force
// Gen. Tod Wolters", June 2020), an optional country, an optional service, a rank.
const SERVICE_RANK_RE =
  /(?:,[ \t]+|[ \t]+(?=(?:U\.S\.|US|U\.K\.|UK|American|British|French|German|Italian|Dutch|Canadian|Polish|Army|Air[ \t]+Force|Navy|Marine|Space[ \t]+Force|Royal)[ \t]))(?:(?:U\.S\.|US|U\.K\.|UK|American|British|French|German|Italian|Dutch|Canadian|Polish)[ \t]+)?(?:(?:Army|Air[ \t]+Force|Navy|Marine[ \t]+Corps|Marines|Space[ \t]+Force|Royal[ \t]+Navy|Royal[ \t]+Air[ \t]+Force)[ \t]+)?(?:(?:Lt\.?|Lieutenant|Vice|Rear|Brig\.?|Brigadier|Maj\.?|Major|Col\.?|Colonel)[ \t-]+)?(?:General|Gen\.|Admiral|Adm\.|Air[ \t]+Chief[ \t]+Marshal)[ \t]+$/;
// The rank words SERVICE_RANK_RE ends with, each with the space after it.
const RANK_WORDS = ['General ', 'Gen. ', 'Admiral ', 'Adm. ', 'Marshal '];
// Words before the title that make it another office or another time: not this form's to read.
const BLOCKING_MODIFIER_RE = compiledOnFirstRun(
  /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|deputy|vice|assistant|under|late|previous|incoming|future)[ \t-]+$/,
);

export function rankedTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (HONORIFIC_WORDS.some((w) => doc.text.startsWith(w, person.start - w.length))) {
      const claim = titleBeforeHonorific(doc, person);
      const annotation = claim && titleAnnotation(doc, claim);
      if (annotation) out.push(annotation);
      continue;
    }
    if (COURTESY_WORDS.some((w) => doc.text.startsWith(w, person.start - w.length))) {
      const claim = titleBeforeCourtesy(doc, person);
      const annotation = claim && titleAnnotation(doc, claim);
      if (annotation) out.push(annotation);
      continue;
    }
    // Cheap pretest, before any slice: a rank word right before the name.
    if (!RANK_WORDS.some((w) => doc.text.startsWith(w, person.start - w.length))) continue;
    const before = doc.text.slice(Math.max(0, person.start - 64), person.start);
    const claim = titleBeforeServiceRank(doc, person, before);
    const annotation = claim && titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

// A peerage or knighthood between the title and the name, with the rank of an officer before it:
// "The new Foreign Secretary Lord David Cameron" (ITV, December 2023), "Foreign Secretary Lord
// Cameron said the UK would ..." (the Foreign Office's releases of 2024), "Chief of the Defence Staff
// Admiral Sir Tony Radakin" (ITV, 2023), "Defence Secretary Sir Michael Fallon", "Chief of the
// General Staff General Sir Patrick Sanders". title.ts reads a rank right after a title, not the
// honour the British press writes before the name.
const HONORIFIC_RE =
  /[ \t]+(?:(?:(?:Lt\.?|Lieutenant|Vice|Rear|Brig\.?|Brigadier|Maj\.?|Major)[ \t-]+)?(?:General|Gen\.|Admiral|Adm\.|Air[ \t]+Chief[ \t]+Marshal|Field[ \t]+Marshal)[ \t]+)?(?:Lord|Sir|Dame|Baroness|Lady)[ \t]+$/;
// The honours HONORIFIC_RE ends with, each with the space after it: the cheap pretest.
const HONORIFIC_WORDS = ['Lord ', 'Sir ', 'Dame ', 'Baroness ', 'Lady '];

function titleBeforeHonorific(doc: Doc, person: PersonMention): TitleClaim | null {
  const honour = HONORIFIC_RE.exec(doc.text.slice(Math.max(0, person.start - 48), person.start));
  if (!honour) return null;
  const found = titleEndingAt(doc, person, person.start - honour[0].length);
  if (!found) return null;
  const { start, title } = found;
  // As title.ts reads "Foreign Secretary David Cameron": a title of the person's own country need
  // not name it; a loose word or a surname alone only confirms.
  const sure = person.full && !person.fuzzy && title.senses.some((s) => !s.loose);
  return {
    start,
    end: person.end,
    person,
    senses: title.senses,
    explicit: title.explicit,
    modifier: 'none',
    ...(sure ? {} : { soft: true }),
  };
}

/**
 * The title whose words end at `titleEnd`, before the person's name (the one or two matches there), and where it starts;
 * null when none ends there or a word before it ("former", "then") makes it another time's.
 */
function titleEndingAt(
  doc: Doc,
  person: PersonMention,
  titleEnd: number,
): { start: number; title: NonNullable<ReturnType<typeof readTitle>> } | null {
  let k = person.match - 1;
  while (k >= 0 && doc.matches[k].end > titleEnd) k--;
  if (k < 0 || doc.matches[k].end !== titleEnd) return null;
  for (const at of [k - 1, k]) {
    if (at < 0) continue;
    const title = readTitle(doc, at);
    if (!title || title.end !== titleEnd) continue;
    const start = doc.matches[at].start;
    if (BLOCKING_MODIFIER_RE.test(doc.folded.slice(Math.max(0, start - 16), start))) return null;
    return { start, title };
  }
  return null;
}

// Round 48: a courtesy style or a diplomat's rank between the title and the name, after a comma or not: "the NATO Deputy
// Secretary General, Ambassador Mircea Geoana" (NATO, April 2020, held-out 46 uz003), "The President of Albania, H.E.Mr.
// Bajram Begaj" (April 2023, uz008), "Foreign Minister Dr. Johann Wadephul". The courtesy words each with what ends them
// before the name: the cheap pretest.
const COURTESY_WORDS = ['Ambassador ', 'Mr. ', 'Mr ', 'Mrs. ', 'Ms. ', 'Dr. ', 'Dr ', 'E. '];
const COURTESY_RE = /(?:,[ \t]+|[ \t]+)(?:Ambassador|H\.[ \t]?E\.(?:[ \t]?(?:Mr|Mrs|Ms|Dr)\.?)?|(?:Mr|Mrs|Ms|Dr)\.?)[ \t]+$/;

/**
 * A title, then a courtesy style or "Ambassador", then the name. Only ever confirms (soft): after a comma the title may
 * close a list the name opens ("met the Ukrainian president, Ambassador Oksana Markarova and ..."), and "Ambassador" may
 * be the person's own rank beside the title of another.
 */
function titleBeforeCourtesy(doc: Doc, person: PersonMention): TitleClaim | null {
  if (person.fuzzy || !person.full) return null;
  const courtesy = COURTESY_RE.exec(doc.text.slice(Math.max(0, person.start - 24), person.start));
  if (!courtesy) return null;
  const found = titleEndingAt(doc, person, person.start - courtesy[0].length);
  if (!found) return null;
  const { start, title } = found;
  return { start, end: person.end, person, senses: title.senses, explicit: title.explicit, modifier: 'none', soft: true };
}

function titleBeforeServiceRank(doc: Doc, person: PersonMention, before: string): TitleClaim | null {
  const rank = warmed(SERVICE_RANK_RE, before).exec(before);
  if (!rank) return null;
  const comma = person.start - rank[0].length;
  // The title's last match ends at the comma (matches of the service's country lie between).
  let k = person.match - 1;
  while (k >= 0 && doc.matches[k].end > comma) k--;
  if (k < 0 || doc.matches[k].end !== comma) return null;
  // Its country before it ("NATO's top general"), or the title alone.
  for (const at of [k - 1, k]) {
    if (at < 0) continue;
    const title = readTitle(doc, at);
    if (!title || title.end !== comma) continue;
    const start = doc.matches[at].start;
    if (BLOCKING_MODIFIER_RE.test(doc.folded.slice(Math.max(0, start - 16), start))) return null;
    return finish(person, title, start, person.end);
  }
  return null;
}
