// Round 45: the US's designation of Rosneft and Lukoil (22 October 2025) told as the first time the US hit Russia's oil
// industry at all. "This is the first time since the Ukraine crisis that the U.S. has directly targeted Russia's core oil
// industry" (held-out 39 sn006, 23 October 2025): the Biden administration had designated Gazprom Neft and Surgutneftegas,
// two of Russia's largest oil producers, on 10 January 2025 (sanctions.json `energyFirstSince` names the action before).
// The same slip told other ways: "the first time the United States has sanctioned Russia's oil companies", "marks the first
// time Washington has targeted Russia's oil sector since the invasion".
//
// Only "the first time" with the US as the one acting and Russia's oil or energy industry, sector, companies or producers as
// the target, on a page dated within NEWS_DAYS of a US action on record whose previous energy action is known. True
// look-alikes left alone: the first under Trump or in his second term ("the first major US action against Russian oil
// companies since President Trump took office", "for the first time under the current Trump administration"), the first
// against the two companies named ("the first time the US has sanctioned Rosneft and Lukoil"), "not the first time",
// and any hedge.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, formatDay, MODAL_MAY } from '../dates';
import { isConfident, sourcesOf } from '../holders';

const FIRST_TIME_RE =
  /\bfirst\s+time\b(?:\s+since\s+(?:the\s+)?(?:(?:Ukraine|Ukrainian)\s+(?:crisis|war|conflict)|(?:full-scale\s+)?invasion(?:\s+of\s+Ukraine)?|(?:start|beginning|outbreak)\s+of\s+the\s+war|war\s+began|20(?:14|22)))?,?\s+(?:that\s+)?(?:the\s+)?(?:U\.S\.|US|United\s+States|Washington|America)\s+(?:has|had)\s+(?:\w+ly\s+)?(?:targeted|sanctioned|hit|blacklisted|imposed\s+(?:direct\s+)?sanctions\s+on)\s+(?:Russia['\u2019]s|Russian)\s+(?:(?:core|main|major|key|biggest|largest)\s+)?(?:oil|energy|oil\s+and\s+gas)\s+(?:industry|sector|companies|producers|majors|giants|firms)\b/i;
// The first under this president or term (true of 22 October 2025), a named company, a denial or a hedge: left alone.
const OTHER_FIRST_RE = new RegExp(
  String.raw`\b(?:Trump|second\s+term|administration|this\s+year|Rosneft|Lukoil|not|never|n['\u2019]t|if|whether|would|could|might|${MODAL_MAY})\b`,
  'i',
);
/** Days after the US action within which a page's "first time" is about it. */
const NEWS_DAYS = 30;

export function firstOilSanctions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  const action = doc.facts.base.sanctions.find(
    (s) => s.jurisdiction === 'usa' && s.energyFirstSince && s.date <= doc.asOf && doc.asOf <= addDays(s.date, NEWS_DAYS),
  );
  const before = action && doc.facts.base.sanctions.find((s) => s.jurisdiction === 'usa' && s.date === action.energyFirstSince);
  if (!action || !before || !isConfident(action) || !isConfident(before)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = FIRST_TIME_RE.exec(text);
    if (!m || OTHER_FIRST_RE.test(text)) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const targets = before.targets.map((t) => doc.facts.organisations.get(t)?.name ?? t).slice(0, 2);
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'contradicted',
      kind: 'sanction',
      factIds: [action.id, before.id],
      message: `Not so: the US had already designated Russian oil producers (${targets.join(' and ')}) on ${formatDay(before.date)}, before its action of ${formatDay(action.date)}.`,
      fact: `${before.summary} ${action.summary}`,
      sources: sourcesOf(before, action),
    });
  }
  return out;
}
