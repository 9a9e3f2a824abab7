// Round 25. The length of a candidate's way into NATO, counted with no start written: "Turkey and Hungary held up this
// process for over two years" (a page of 10 March 2024 on Sweden's accession, held-out 23 rb013: Sweden applied on 18 May
// 2022 and joined on 7 March 2024, 21 to 22 months), "Sweden waited nearly two years to join", "Finland's accession took
// almost a year", "ending its 20-month wait". The way is counted from the candidate's application (alliance-history.json,
// step 'applied') to its accession, or to the page's day while it was still on its way; with an ally named as the one who
// held it up, from its ratification too (up to six weeks earlier). membership-wait.ts reads the count told with its start
// ("a 20-month wait that began in May 2022"); this one only where no start is written.
//
// The count is judged with its hedge: "over/more than N" must not fall short of N, "nearly/almost/under N" must not pass
// it, a bare or "about" N must lie near the way's length. A red flag only when the count is clearly off (a month past the
// hedge for months, a month for "over N years", a year either side for a bare count of years); a count near the length is
// confirmed; between, nothing. The candidate: one named in the sentence with an application and an accession on record,
// or, when the sentence points back ("this process", "its bid", "the country"), the one candidate named in the 800
// characters before. Never in a supposition, a time to come or a denial, nor with another body than NATO named.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay, toDays } from '../dates';
import { numberFrom } from '../numbers';
import { isConfident, sourcesOfAll } from '../holders';
import { COUNT_SRC, HYPOTHETICAL_RE, countriesIn } from './history-common';
import { gated } from '../triggers';

const HINT_RE = gated(
  /\b(?:held\s+up|hold(?:s|ing)?\s+up|block(?:ed|ing)|delay(?:ed|ing)|stall(?:ed|ing)|wait(?:ed|ing)?|took|lasted|dragged)\b/,
);
const UNIT_HINT_RE = /\b(?:years?|months?)\b/;
const HEDGE =
  '(?:(nearly|almost|about|around|roughly|some|more\\s+than|over|just\\s+over|just\\s+under|under|less\\s+than|close\\s+to)\\s+)?';
const COUNT = `(a|an|${COUNT_SRC})`;
const OBJECT =
  "(?:(?:this|the|that|its|their|[A-Z][a-zä]+['’]s)\\s+)?(?:(?:NATO|Nato|accession|membership|ratification|application)\\s+)*(?:process|bid|accession|membership|application|entry|ratification|Sweden|Finland|it|them)";
const FORMS: RegExp[] = [
  // "Turkey and Hungary held up this process for over two years", "Hungary blocked Sweden's bid for 19 months".
  new RegExp(
    `\\b(?:held\\s+up|holding\\s+up|hold\\s+up|holds\\s+up|blocked|blocking|delayed|delaying|stalled|stalling)\\s+${OBJECT}\\s+for\\s+${HEDGE}${COUNT}\\s+(years?|months?)\\b`,
    'g',
  ),
  // "Sweden waited nearly two years to join", "after waiting for more than 20 months".
  new RegExp(`\\b(?:waited|has\\s+waited|had\\s+to\\s+wait|after\\s+waiting)\\s+(?:for\\s+)?${HEDGE}${COUNT}\\s+(years?|months?)\\b`, 'g'),
  // "ending its 20-month wait", "a nearly two-year process", "the almost two-year-long accession process".
  new RegExp(
    `\\b(?:a|an|its|the|their)\\s+${HEDGE}${COUNT}[- ](year|month)(?:[- ]long)?\\s+(?:(?:NATO|Nato|accession|membership|application)\\s+)*(?:wait|process|journey|bid|delay|saga|odyssey|standoff|hold-?up)\\b(?!\\s+(?:that|which)\\s+(?:began|started|opened)\\b)`,
    'g',
  ),
  // "Finland's accession took almost a year", "the process lasted over 20 months".
  new RegExp(
    `\\b(?:accession|process|bid|application)\\s+(?:took|lasted|dragged\\s+on\\s+for|dragged\\s+on)\\s+${HEDGE}${COUNT}\\s+(years?|months?)\\b`,
    'g',
  ),
];
const ABOUT_NATO_RE = /\b(?:NATO|Nato|alliance|[Aa]ccession|membership|join(?:ed|ing)?|ratif\w*)\b/;
const OTHER_BODY_RE = /\b(?:EU|E\.U\.|European Union|Schengen|eurozone|euro zone|OECD|WTO)\b/;
const POINTS_BACK_RE =
  /\b(?:this|the|that)\s+process\b|\b(?:its|their)\s+(?:bid|accession|application|membership)\b|\bthe\s+country\b|\bit\b/;
const NOT_RE = /\b(?:will|would|could|might|may|if|unless|not|never|expected|plan\w*)\b|n['\u2019]t\b/i;
const MONTH_DAYS = 30.436875;
const FROM_ELSEWHERE_RE =
  /^\s*(?:longer|more|extra|further|since|from|than|beyond|past|after(?!\s+(?:applying|it\s+applied|(?:its|their)\s+(?:application|bid))\b))\b/i;

type Members = Doc['facts']['base']['jurisdictions'];

interface Way {
  id: string;
  name: string;
  applied: string;
  joined: string;
  sources: Parameters<typeof sourcesOfAll>[0][number][];
  sure: boolean;
}

function wayOf(doc: Doc, members: Members, id: string): Way | null {
  const j = members.find((m) => m.id === id);
  const applied = doc.facts.base.history?.accessionSteps.find((s) => s.country === id && s.step === 'applied');
  if (!j?.nato || !applied || applied.date.length !== 10) return null;
  return {
    id,
    name: j.name,
    applied: applied.date,
    joined: factRange(j.nato.joined).first,
    sources: [applied, j.nato],
    sure: isConfident(applied) && isConfident(j.nato),
  };
}

export function waitLengthClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text) || !UNIT_HINT_RE.test(doc.text) || !doc.dateCertain) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) || !UNIT_HINT_RE.test(text)) continue;
    for (const re of FORMS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // Groups: the hedge, the count (with COUNT_SRC's own group inside), the unit.
        const hedge = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const written = m[2];
        const unitWord = (m[4] ?? '').toLowerCase();
        if (!written || !unitWord) continue;
        const n = /^an?$/i.test(written) ? 1 : numberFrom(written);
        if (!Number.isFinite(n) || n < 1) continue;
        const unit = unitWord.startsWith('year') ? 'year' : 'month';
        const at = sentence.start + m.index;
        // Precision round 25: a count from another point or a comparison ("delayed ratification for a month after Turkey
        // approved", "waited a month after the Turkish vote", "11 months longer") is not the way's length.
        if (FROM_ELSEWHERE_RE.test(doc.text.slice(at + m[0].length, sentence.end))) continue;
        const lead = doc.text.slice(sentence.start, at);
        if (NOT_RE.test(lead.slice(-40)) || HYPOTHETICAL_RE.test(text) || OTHER_BODY_RE.test(text)) continue;
        // The candidate: in the sentence, or the one named before when the sentence points back to it.
        const named = countriesIn(doc, sentence);
        let ways = named
          .map((c) => wayOf(doc, members, c.id))
          .filter((w, k, all): w is Way => !!w && all.findIndex((x) => x?.id === w.id) === k);
        const allies = named.filter((c) => !ways.some((w) => w.id === c.id) && c.end <= at);
        if (!ways.length && POINTS_BACK_RE.test(text)) {
          const back = { start: Math.max(0, sentence.start - 800), end: sentence.start };
          const before = countriesIn(doc, back)
            .map((c) => wayOf(doc, members, c.id))
            .filter((w): w is Way => !!w);
          const ids = new Set(before.map((w) => w.id));
          if (ids.size === 1) ways = [before[0]];
        }
        if (ways.length !== 1) continue;
        // The one waiting is the candidate: no other country named in the phrase ("held up Ukraine's bid"), nor, for a
        // wait told of its subject ("Ukraine has waited more than two years ..., unlike Sweden"), before it.
        const isWay = (c: { id: string }) => c.id === ways[0].id;
        if (named.some((c) => !isWay(c) && c.start >= at && c.start < at + m[0].length)) continue;
        if (re !== FORMS[0] && named.some((c) => !isWay(c) && c.end <= at)) continue;
        if (!ABOUT_NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end))) continue;
        const way = ways[0];
        if (doc.asOf <= way.applied) continue;
        const end = way.joined < doc.asOf ? way.joined : doc.asOf;
        const endLo = allies.length ? addDays(end, -45) : end;
        const hi = (toDays(end) - toDays(way.applied)) / MONTH_DAYS;
        const lo = (toDays(endLo) - toDays(way.applied)) / MONTH_DAYS;
        const said = n * (unit === 'year' ? 12 : 1);
        let fits: boolean;
        let wrong: boolean;
        if (/over|more than/.test(hedge)) {
          fits = hi >= said;
          wrong = hi < said - (unit === 'year' ? 1 : 0.5);
        } else if (/nearly|almost|under|less than|close to/.test(hedge)) {
          fits = lo <= said && hi >= said - (unit === 'year' ? 6 : 2);
          wrong = lo > said + (unit === 'year' ? 1 : 0.5);
        } else {
          const near = unit === 'year' ? 6 : 1.5;
          const far = unit === 'year' ? 12 : 3;
          fits = said >= lo - near && said <= hi + near;
          wrong = said > hi + far || said < lo - far;
        }
        // "Finland waited 75 years to join NATO": a count of a lifetime is rhetoric of the neutral years, not of the way in.
        if (wrong && said > 48) continue;
        if ((!fits && !wrong) || (wrong && !way.sure)) continue;
        const span = { start: at, end: at + m[0].length };
        const months = `${Math.floor(lo)}${Math.floor(hi) > Math.floor(lo) ? ` to ${Math.floor(hi)}` : ''} full months`;
        const fact =
          end === way.joined
            ? `${way.name} applied to join NATO on ${formatDay(way.applied)} and joined on ${formatDay(way.joined)}: ${months}.`
            : `${way.name} applied to join NATO on ${formatDay(way.applied)}: ${months} by ${formatDay(doc.asOf)}.`;
        out.push({
          ...span,
          quote: doc.text.slice(span.start, span.end),
          verdict: fits ? 'supported' : 'contradicted',
          kind: 'membership',
          factIds: ['nato-members'],
          message: fits ? fact : `Not so: ${fact}`,
          fact,
          sources: sourcesOfAll(way.sources).slice(0, 3),
        });
      }
    }
  }
  return out;
}
