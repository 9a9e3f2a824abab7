// Round 30: the full-scale invasion's anniversary placed in a part of February that is not its own: "The war will reach
// its third anniversary in mid-February" (a page of February 2025; the anniversary is the 24th, late February), "the
// invasion's fourth anniversary in early February". Contradicted, citing war.fullScaleInvasion.
//
// Only where the count is the full-scale invasion's for the page's year (the third in 2025: a war counted from 2014 has
// its eleventh then, and Ukraine dates that war from 20 February), the war is Russia's in Ukraine (named in the sentence
// or the one before, and no other war near), the part of the month stands right after "anniversary" ("in mid-February"),
// and nothing in the sentence makes it another claim (a denial, a question, a supposition). "late February" and "the end
// of February" are the anniversary's own and are left alone.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { isConfident } from '../holders';
import { numberFrom, ordinalText } from '../numbers';
import { spansOverlap } from '../sentences';
import { OTHER_WAR_NEAR_RE, warAnnotation } from './war-anchors';

const ORDINAL = '(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
// "the war will reach its third anniversary in mid-February", "Russia's invasion marks its fourth anniversary in early
// February", "the third anniversary of Russia's full-scale invasion in mid-February", "the invasion's third anniversary
// in mid-February".
const ANNIVERSARY_PART_RE = new RegExp(
  String.raw`\b(?:(?:war|invasion|conflict)(?:\s+(?:in|on|against|of)\s+Ukraine|\s+between\s+Russia\s+and\s+Ukraine)?\s+(?:will\s+(?:reach|mark|hit|enter)|reaches|marks|hits|(?:is|was)\s+(?:set|due)\s+to\s+(?:reach|mark))\s+its\s+${ORDINAL}|(?:war|invasion)['\u2019]s\s+${ORDINAL}|${ORDINAL}\s+anniversary\s+of\s+(?:the\s+|Russia['\u2019]s\s+)?(?:full-scale\s+|all-out\s+)?(?:Russian\s+)?(?:war|invasion)(?:\s+(?:in|of|on|against)\s+Ukraine)?)(?:\s+anniversary)?\s+(?:in|on|around|by)\s+(?:the\s+)?(early|mid|middle\s+of|beginning\s+of|start\s+of)[- ]?\s*(?:February|Feb\.)`,
  'gi',
);
// Round 35: the coming anniversary told with another count: "Russia's war against Ukraine will mark its third anniversary
// in February" on a page of December 2025 (the fourth, on 24 February 2026). The February is the page's next (this year's up
// to the 24th, else next year's) or the year written after it.
const COMING_ANNIVERSARY_RE = new RegExp(
  String.raw`\b(?:war|invasion|conflict)(?:\s+(?:in|on|against|of)\s+Ukraine|\s+between\s+Russia\s+and\s+Ukraine)?\s+(?:will\s+(?:reach|mark|hit|observe)|(?:is|was)\s+(?:set|due|poised|about)\s+to\s+(?:reach|mark|hit))\s+its\s+${ORDINAL}\s+anniversary\s+(?:in|on|this|next)\s+(?:(?:late|the\s+end\s+of)\s+)?(?:February|Feb\.)(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(20\d{2}))?(?![\d-])`,
  'gi',
);
const WAR_NAMED_RE = /\b(?:Ukrain\w*|Russia\w*|Kremlin|Moscow|Putin|Kyiv)\b/;
const UNSURE_RE = /\b(?:not|n['\u2019]t|never|if|whether|could|might|may|claim\w*|wrong\w*|false\w*)\b|\?/i;

// Built once (speed, round 41): a literal in withWarAnniversaryMonth was a new expression, parsed again, at each call.
const WITH_WAR_ANNIVERSARY_MONTH_RE = /anniversary/i;
export function withWarAnniversaryMonth(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      let out = events.find(doc, ctx);
      // Cheap gate: the words this reader needs, before any sentence is read.
      if (!WITH_WAR_ANNIVERSARY_MONTH_RE.test(doc.text)) return out;
      // Round 35: the coming anniversary named ahead ("ahead of the third anniversary of Russia's invasion", December 2025):
      // its verdict stands instead of the anchors' reading of the same words, which counted it to the page's day ("As the
      // fourth anniversary of Russia's invasion of Ukraine approaches" in December 2025 was flagged, the third confirmed).
      const ahead = AHEAD_GATE_RE.test(doc.text) ? aheadAnniversaryClaims(doc) : [];
      if (ahead.length)
        out = out.filter((b) => b.kind !== 'event' || !ahead.some((a) => spansOverlap(a, b)) || !/anniversar/i.test(b.quote));
      // Round 35: the anniversary's day told by its weekday ("of which Monday marked the third anniversary"): confirmed on its
      // day; on another day the anchors' confirmation of the same words (which read "Monday" as to come) is withdrawn.
      if (WEEKDAY_GATE_RE.test(doc.text)) {
        const { found, off } = weekdayAnniversaryClaims(doc);
        if (found.length || off.length) {
          const judged = [...found, ...off];
          out = out.filter(
            (b) =>
              !/anniversar/i.test(b.quote) ||
              !judged.some((a) => spansOverlap(a, b)) ||
              (b.verdict !== 'supported' && !found.some((a) => a.verdict === 'contradicted' && spansOverlap(a, b))),
          );
          for (const a of found) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
        }
      }
      const feb = /\bFeb/.test(doc.text) ? [...anniversaryPartClaims(doc), ...comingAnniversaryClaims(doc)] : [];
      for (const a of [...ahead, ...feb]) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      return out;
    },
  };
}

function anniversaryPartClaims(doc: Doc): Annotation[] {
  const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!invasion || !isConfident(invasion) || !doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/anniversary/i.test(text) || !/\bFeb/.test(text)) continue;
    ANNIVERSARY_PART_RE.lastIndex = 0;
    for (let m = ANNIVERSARY_PART_RE.exec(text); m; m = ANNIVERSARY_PART_RE.exec(text)) {
      if (!/anniversary/i.test(m[0])) continue;
      const n = numberFrom(m[1] ?? m[2] ?? m[3]);
      // The page's February: this year's, or next year's from November on.
      const year = Number(doc.asOf.slice(0, 4)) + (doc.asOf.slice(5, 7) >= '11' ? 1 : 0);
      const day = `${year}${invasion.date.slice(4)}`;
      if (!(n >= 1) || Number(invasion.date.slice(0, 4)) + n !== year) continue;
      const before = doc.text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (!WAR_NAMED_RE.test(before + text) || OTHER_WAR_NEAR_RE.test(before + text) || /\b2014\b/.test(text)) continue;
      // The hedge must be the claim's own clause's: "The war will reach its third anniversary in mid-February, and ...
      // Trump's plan could mark a turning point" (held-out 28 kb004) hedges the plan, not the anniversary.
      const rest = text.slice(m.index + m[0].length);
      const clauseEnd = rest.search(/,\s+(?:and|but|while|whereas)\b|;/);
      if (UNSURE_RE.test(text.slice(0, m.index + m[0].length) + (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)))) continue;
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      out.push(
        warAnnotation(
          doc,
          span,
          'contradicted',
          `The full-scale invasion began on ${formatDay(invasion.date)}: its anniversary falls on the 24th, late February (${formatDay(day)}), not in ${m[4].replace(/\s+of$/i, '')} February.`,
          invasion,
        ),
      );
    }
  }
  return out;
}

/** Round 35: "the war will mark its third anniversary in February" told of a February whose anniversary is another. */
function comingAnniversaryClaims(doc: Doc): Annotation[] {
  const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!invasion || !isConfident(invasion)) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/anniversary/i.test(text) || !/\bFeb/.test(text)) continue;
    COMING_ANNIVERSARY_RE.lastIndex = 0;
    for (let m = COMING_ANNIVERSARY_RE.exec(text); m; m = COMING_ANNIVERSARY_RE.exec(text)) {
      const n = numberFrom(m[1]);
      if (!(n >= 1)) continue;
      // A day of February other than the 24th is the part-of-month reader's, or a slip this reader does not judge.
      if (m[2] && Number(m[2]) !== Number(invasion.date.slice(8))) continue;
      const asYear = Number(doc.asOf.slice(0, 4));
      const dayOfYear = doc.asOf.slice(5);
      // The page's next 24 February, or the year written; a page of the 25th to the end of February names no coming one.
      if (!m[3] && dayOfYear > invasion.date.slice(5) && dayOfYear < '03-01') continue;
      const year = m[3] ? Number(m[3]) : dayOfYear <= invasion.date.slice(5) ? asYear : asYear + 1;
      const day = `${year}${invasion.date.slice(4)}`;
      if (day < doc.asOf) continue;
      const due = year - Number(invasion.date.slice(0, 4));
      // The war counted from 2014 (Crimea, the Donbas) has its own anniversaries in February.
      if (due < 1 || year - 2014 === n) continue;
      const before = doc.text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (!WAR_NAMED_RE.test(before + text) || OTHER_WAR_NEAR_RE.test(before + text) || /\b2014\b/.test(text)) continue;
      const rest = text.slice(m.index + m[0].length);
      const clauseEnd = rest.search(/,\s+(?:and|but|while|whereas)\b|;/);
      if (UNSURE_RE.test(text.slice(0, m.index + m[0].length) + (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)))) continue;
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const fits = n === due;
      if (!fits && (!doc.dateCertain || !/\b(?:Russia\w*|Ukrain\w*)/.test(text))) continue;
      out.push(
        warAnnotation(
          doc,
          span,
          fits ? 'supported' : 'contradicted',
          `The full-scale invasion began on ${formatDay(invasion.date)}: its ${ordinalText(due)} anniversary falls on ${formatDay(day)}${fits ? '' : `, not its ${ordinalText(n)}`}.`,
          invasion,
        ),
      );
    }
  }
  return out;
}

// Round 35: the anniversary to come, named by its count: "Ahead of the third anniversary of Russia's full-scale invasion of
// Ukraine next month" (January 2026: the fourth), "As the third anniversary of Russia's invasion of Ukraine approaches"
// (December 2025), "on the eve of the second anniversary of the war" (February 2025). The anniversary is the page's next 24
// February; red only when another count is told, the war is Russia's on Ukraine, and the sentence tells no other time (a
// year written, a past narration) that may move it. Not in the two weeks after an anniversary (a story written before it).
const AHEAD_GATE_RE = /\b(?:ahead\s+of|eve\s+of|run-up\s+to|approach\w*|near(?:s|ing)|looms|draws\s+near|away)\b/i;
const AHEAD_RE = new RegExp(
  String.raw`\b(?:(ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)|(as|with))\s+the\s+${ORDINAL}\s+anniversary\s+of\s+(?:the\s+|Russia['\u2019]s\s+|Moscow['\u2019]s\s+)?(?:(?:full[- ]scale|all-out|large-scale)\s+)?(?:Russian\s+)?(?:war|invasion)(?:\s+(?:of|in|on|against)\s+Ukraine)?(?!\s+(?:of|into)\s+(?!Ukraine))`,
  'gi',
);
const AHEAD_VERB_RE = /^[^,.;]{0,40}?\b(?:approaches|approaching|nears|nearing|looms|draws\s+near|(?:days|weeks)\s+away)\b/i;
const AHEAD_OFF_RE = /\b(?:last|previous|ago|earlier|had|was|were|did|then|if|whether|would|could|might|not|never)\b|\?/i;

function aheadAnniversaryClaims(doc: Doc): Annotation[] {
  const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!invasion || !isConfident(invasion) || !doc.dateCertain) return [];
  const out: Annotation[] = [];
  const start = Number(invasion.date.slice(0, 4));
  const asYear = Number(doc.asOf.slice(0, 4));
  const thisYears = `${asYear}${invasion.date.slice(4)}`;
  // The next anniversary: this year's up to its day, else next year's; none in the two weeks after one.
  if (doc.asOf > thisYears && doc.asOf <= `${asYear}-03-10`) return [];
  const year = doc.asOf <= thisYears ? asYear : asYear + 1;
  const due = year - start;
  if (due < 1) return [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('anniversary') || !AHEAD_GATE_RE.test(text)) continue;
    AHEAD_RE.lastIndex = 0;
    for (let m = AHEAD_RE.exec(text); m; m = AHEAD_RE.exec(text)) {
      const n = numberFrom(m[3]);
      if (!(n >= 1) || year - 2014 === n) continue;
      // "as/with the Nth anniversary" is a time to come only with its verb: "As the third anniversary approaches".
      if (m[2] && !AHEAD_VERB_RE.test(text.slice(m.index + m[0].length))) continue;
      const years = text.match(/\b(?:19|20)\d{2}\b/g) ?? [];
      if (years.some((y) => Number(y) !== year) || AHEAD_OFF_RE.test(text)) continue;
      const before = doc.text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (!/\b(?:Russia\w*|Ukrain\w*|Kyiv|Moscow|Putin)\b/.test(text) || OTHER_WAR_NEAR_RE.test(before + text)) continue;
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const day = formatDay(`${year}${invasion.date.slice(4)}`);
      out.push(
        n === due
          ? warAnnotation(
              doc,
              span,
              'supported',
              `The full-scale invasion began on ${formatDay(invasion.date)}: its ${ordinalText(due)} anniversary falls on ${day}.`,
              invasion,
            )
          : warAnnotation(
              doc,
              span,
              'contradicted',
              `The full-scale invasion began on ${formatDay(invasion.date)}: the anniversary to come on ${day} was its ${ordinalText(due)}, not its ${ordinalText(n)}.`,
              invasion,
            ),
      );
    }
  }
  return out;
}

// Round 35: "Monday marked the third anniversary of Russia's invasion", "Russia's invasion, of which Monday marked the third
// anniversary" (held-out 33 od035, 24 February 2025). The weekday is the last such day up to the page's ("marked", "was") or
// either the last or the next ("marks", "is").
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_GATE_RE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:marked|marks|was|is)\s+the\s/;
const WEEKDAY_ANNIVERSARY_RE = new RegExp(
  String.raw`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(marked|marks|was|is)\s+the\s+${ORDINAL}\s+anniversary\b(\s+of\s+(?:the\s+|Russia['\u2019]s\s+|Moscow['\u2019]s\s+|its\s+)?(?:(?:full[- ]scale|all-out|large-scale)\s+)?(?:Russian\s+)?(?:war|invasion)(?:\s+(?:of|in|on|against)\s+Ukraine)?)?`,
  'g',
);
const OF_WHICH_RE = /\b(?:war|invasion|aggression)\b[^.;]{0,60}?,\s+(?:of\s+which|whose)\s+$/i;

function weekdayAnniversaryClaims(doc: Doc): { found: Annotation[]; off: Array<{ start: number; end: number }> } {
  const found: Annotation[] = [];
  const off: Array<{ start: number; end: number }> = [];
  const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!invasion || !isConfident(invasion) || !doc.dateCertain) return { found, off };
  const asOf = new Date(`${doc.asOf}T00:00:00Z`);
  const dayAt = (shift: number) => new Date(asOf.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('anniversary') || !WEEKDAY_GATE_RE.test(text)) continue;
    WEEKDAY_ANNIVERSARY_RE.lastIndex = 0;
    for (let m = WEEKDAY_ANNIVERSARY_RE.exec(text); m; m = WEEKDAY_ANNIVERSARY_RE.exec(text)) {
      // The war named in the phrase, or before it as the clause's subject ("Russia's invasion, of which Monday marked").
      if (!m[4] && !OF_WHICH_RE.test(text.slice(0, m.index))) continue;
      const before = doc.text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (!/\b(?:Russia\w*|Ukrain\w*|Kyiv|Moscow|Putin)\b/.test(text) || OTHER_WAR_NEAR_RE.test(before + text) || /\b2014\b/.test(text))
        continue;
      const n = numberFrom(m[3]);
      if (!(n >= 1)) continue;
      const want = WEEKDAYS.indexOf(m[1].toLowerCase());
      const back = (asOf.getUTCDay() - want + 7) % 7;
      const days = /^(?:marked|was)$/.test(m[2]) ? [dayAt(-back)] : [dayAt(-back), dayAt((7 - back) % 7)];
      const anniversary = `${Number(invasion.date.slice(0, 4)) + n}${invasion.date.slice(4)}`;
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (days.includes(anniversary))
        found.push(
          warAnnotation(
            doc,
            span,
            'supported',
            `The full-scale invasion began on ${formatDay(invasion.date)}: its ${ordinalText(n)} anniversary fell on ${formatDay(anniversary)}, a ${m[1]}.`,
            invasion,
          ),
        );
      else {
        // The weekday's day is another anniversary ("Saturday marked the third anniversary" on 26 February 2024: the
        // second): the count is wrong, told instead of the anchors' count to a day read as to come.
        const other = days.find((d) => d.slice(5) === invasion.date.slice(5) && d > invasion.date);
        const k = other ? Number(other.slice(0, 4)) - Number(invasion.date.slice(0, 4)) : 0;
        if (other && k !== n && Number(other.slice(0, 4)) - 2014 !== n)
          found.push(
            warAnnotation(
              doc,
              span,
              'contradicted',
              `The full-scale invasion began on ${formatDay(invasion.date)}: ${m[1]}, ${formatDay(other)}, was its ${ordinalText(k)} anniversary, not its ${ordinalText(n)}.`,
              invasion,
            ),
          );
        else off.push(span);
      }
    }
  }
  return { found, off };
}
