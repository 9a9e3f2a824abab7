// Round 23. The deal that lifted an ally's objection to a country's accession, told with its year (alliance-history.json,
// accessionSteps 'deal-signed' and 'deal-in-force' with the ally as `party`): "Under a 2017 deal with Athens, the country
// changed its name" (AP, March 2020, held-out 21 zb006: the Prespa agreement was signed on 17 June 2018), "the 2018 Prespa
// agreement", "changed its name in 2019 under a deal with Greece" (in force on 12 February 2019).
//   - the deal is identified by its name ("Prespa") or by the ally after "with" (its name or capital) and a name change told
//     in the sentence, with the country named in it or the 600 characters before; never an "interim" accord (1995);
//   - the deal's year: the signing's is supported, the year it came into force says nothing, any other is contradicted
//     when the deal is named or the name change told;
//   - the name change's year ("changed its name in 2019"): the year it came into force is supported, the signing's says
//     nothing, any other is contradicted.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { AccessionStep } from '../../facts/schema';
import { isConfident, sourcesOf } from '../holders';
import { formatDay } from '../dates';
import { gated } from '../triggers';

const HINT_RE = gated(/\b(?:Prespa|Prespes|Greece|Athens)\b/);
const YEAR = '(19[89]\\d|20[0-4]\\d)';
const DEAL = '(?:deal|agreement|accord|treaty|pact)';
// "a 2017 deal with Athens", "the 2018 Prespa agreement", "its 2018 name deal with Greece".
const YEAR_BEFORE_RE = new RegExp(
  `\\b(?:a|the|its|that|their)\\s+${YEAR}\\s+((?:(?:name|naming|Prespa|Prespes|landmark|historic|UN-brokered|U\\.N\\.-brokered|bilateral|so-called)\\s+){0,2})${DEAL}\\b`,
  'g',
);
// "the Prespa agreement of 2018", "the Prespa deal, signed in June 2018", "a deal with Greece reached in 2017".
const YEAR_AFTER_RE = new RegExp(
  `\\b(?:Prespa|Prespes)\\s+${DEAL}\\s*,?\\s+(?:of|in|from|(?:signed|reached|struck|agreed)\\s+in)\\s+(?:(?:early|mid|late|mid-)?\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?${YEAR}\\b`,
  'g',
);
// "changed its name in 2019", "was renamed North Macedonia in 2019", "adopted its new name in 2019".
const NAME_YEAR_RE = new RegExp(
  `\\b(?:changed\\s+its\\s+(?:official\\s+|constitutional\\s+)?name|(?:was|been)\\s+renamed(?:\\s+(?:the\\s+Republic\\s+of\\s+)?North\\s+Macedonia)?|adopted\\s+(?:its|the)\\s+new\\s+name(?:\\s+of\\s+North\\s+Macedonia)?)\\s+in\\s+${YEAR}\\b`,
  'g',
);
const WITH_ALLY_RE = /^\s+with\s+(?:neighbou?ring\s+)?(Greece|Athens)\b/;
const NAME_TOLD_RE =
  /\b(?:changed\s+its\s+(?:official\s+|constitutional\s+)?name|renam\w+|new\s+name|name\s+change|nam(?:e|ing)\s+(?:dispute|row|deal|issue))\b/i;
const COUNTRY_RE = /\b(?:Macedonia|Skopje|FYROM)\b/;
const DEAL_IN_SENTENCE_RE =
  /\b(?:Prespa|Prespes)\b|\b(?:deal|agreement|accord|treaty|pact)\s+with\s+(?:neighbou?ring\s+)?(?:Greece|Athens)\b/;

type Deal = { signed: AccessionStep; inForce: AccessionStep };

function dealOf(doc: Doc): Deal | null {
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  const signed = steps.find((s) => s.step === 'deal-signed' && s.country === 'mkd' && s.party === 'grc');
  const inForce = steps.find((s) => s.step === 'deal-in-force' && s.country === 'mkd' && s.party === 'grc');
  return signed && inForce && isConfident(signed) && isConfident(inForce) ? { signed, inForce } : null;
}

export function nameDealClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text) || !COUNTRY_RE.test(doc.text)) return out;
  const deal = dealOf(doc);
  if (!deal) return out;
  const signedYear = deal.signed.date.slice(0, 4);
  const inForceYear = deal.inForce.date.slice(0, 4);
  const fact = `${deal.signed.summary} ${deal.inForce.summary}`;
  const push = (start: number, end: number, said: string, right: string, loose: string, what: string, step: AccessionStep) => {
    if (said === loose) return;
    const ok = said === right;
    const message = ok
      ? `${what} ${formatDay(step.date)}.`
      : `Not so: the Prespa agreement was signed on ${formatDay(deal.signed.date)} and came into force on ${formatDay(deal.inForce.date)}.`;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'membership',
      verdict: ok ? 'supported' : 'contradicted',
      message,
      fact,
      factIds: [deal.signed.id, deal.inForce.id],
      sources: sourcesOf(step),
    });
  };
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) && !/\b(?:renam|name)/.test(text)) continue;
    if (/\binterim\b/i.test(text)) continue;
    if (!COUNTRY_RE.test(doc.text.slice(Math.max(0, sentence.start - 600), sentence.end))) continue;
    YEAR_BEFORE_RE.lastIndex = 0;
    for (let m = YEAR_BEFORE_RE.exec(text); m; m = YEAR_BEFORE_RE.exec(text)) {
      const start = sentence.start + m.index;
      let end = start + m[0].length;
      const named = /Prespa|Prespes/.test(m[2]);
      const ally = WITH_ALLY_RE.exec(doc.text.slice(end, sentence.end));
      if (!named && !(ally && NAME_TOLD_RE.test(text))) continue;
      if (ally) end += ally[0].length;
      push(start, end, m[1], signedYear, inForceYear, 'The Prespa agreement was signed on', deal.signed);
    }
    YEAR_AFTER_RE.lastIndex = 0;
    for (let m = YEAR_AFTER_RE.exec(text); m; m = YEAR_AFTER_RE.exec(text)) {
      const start = sentence.start + m.index;
      push(start, start + m[0].length, m[1], signedYear, inForceYear, 'The Prespa agreement was signed on', deal.signed);
    }
    if (!DEAL_IN_SENTENCE_RE.test(text)) continue;
    NAME_YEAR_RE.lastIndex = 0;
    for (let m = NAME_YEAR_RE.exec(text); m; m = NAME_YEAR_RE.exec(text)) {
      const start = sentence.start + m.index;
      push(
        start,
        start + m[0].length,
        m[1],
        inForceYear,
        signedYear,
        'The new name came with the Prespa agreement’s entry into force on',
        deal.inForce,
      );
    }
  }
  return out;
}
