// The full-scale invasion told as a timeline's entry (round 21): a line that opens with a day, then what happened that day,
// "Feb. 24, Thursday: Russian troops launched a military assault on Ukraine" (held-out 19 xb109), "Feb. 22, 2022: ...
// President Vladimir Putin orders tens of thousands of Russian troops into Ukraine in a “special military operation”"
// (xb101: it was 24 February), or a day alone on its line over the entry ("February 24⏎Ukraine was invaded by Russia from
// the north, east, and south", xb103). The timeline readers of accessions and summits (timeline-entries.ts) read a written
// year only; an invasion's timeline often gives the year once, as a heading or in its title.
//
// The entry must tell the invasion itself, of Ukraine: Russia invades, launches its assault or invasion on Ukraine, orders
// its troops into Ukraine, announces its "special military operation"; nothing of the recognition, of peacekeepers sent to
// the Donbas (21-22 February), of 2014, or of a plan or a threat to come. Supported on 24 February (a day without its year:
// when the page is of 2022, or the year 2022 is told before the entry, and a weekday given is Thursday); contradicted only
// with its year written, 2022, two days or more off (or the 25th, a day late in every time zone); the 23rd is left alone (the
// evening of the 23rd in the Americas).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { daysBetween, findDates, formatDay, MODAL_MAY } from '../dates';
import { isConfident } from '../holders';
import { spansOverlap } from '../sentences';
import { warAnnotation } from './war-anchors';
import { gated } from '../triggers';

// Before the day on its line: nothing, or a list's bullet.
const BULLET_RE = /^[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?$/;
// After the day: a weekday perhaps ("Feb. 24, Thursday:"), then a colon or a dash; or nothing, the entry on the next line.
const AFTER_HEAD_RE = /^(?:,?[ \t]+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[ \t]*(?::|[-\u2013\u2014](?=[ \t]))[ \t]*/;
const ALONE_RE = /^[ \t]*$/;
// The invasion told: Russia's act on Ukraine, or Ukraine invaded by Russia.
const INVASION_ENTRY_RE =
  /\b(?:Russia|Russian\s+(?:forces|troops|army|military|tanks|soldiers)|Moscow|(?:Vladimir\s+)?Putin)\s+(?:(?:\w+|[\w-]+)\s+){0,2}?(?:invade[sd]?\s+Ukraine|launch(?:es|ed)?\s+(?:an?\s+|its\s+|the\s+|a\s+)?(?:(?:full-scale|all-out|large-scale|military|massive|multi-pronged|full|scale)\s+)*(?:invasion|assault|attack|offensive)\s+(?:on|of|against)\s+Ukraine(?![\u2019'\w])|(?:orders?|ordered|sends?|sent)\s+[^.;:\n]{0,60}?\b(?:troops|forces|army)\s+into\s+Ukraine(?![\u2019'\w])|(?:announces?|announced|launch(?:es|ed)?|orders?|ordered|begins?|began|declares?|declared)\s+[^.;:\n]{0,40}?special\s+military\s+operation)|\bUkraine\s+(?:is|was)\s+invaded\s+by\s+Russia\b|\bRussia\s+invades\b/i;
// What makes the entry another act, or no statement of the invasion's day.
const NOT_THE_INVASION_RE = new RegExp(
  String.raw`\b(?:will|would|could|might|${MODAL_MAY}|expected\s+to|set\s+to|poised\s+to|threaten\w*\s+to|warn\w*|fear\w*|if|whether|anniversary|Crimea\w*|2014|peacekeep\w*|recogni\w*|breakaway|separatist|Donetsk|Luhansk|Lugansk|Donbas+|Belarus\w*|Georgia|Kursk|new|fresh|second|renewed|another|again|continu\w*|counter\w*)\b|\?`,
  'i',
);
const MAY_HOLD_RE = gated(/(?:^|\n)[ \t]*(?:[-\u2022*\u25aa\u25e6][ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:February|Feb\.?)[ \t]+\d/);

type Anchor = NonNullable<Doc['facts']['base']['figures']['war']>['fullScaleInvasion'];

function invasionEntries(doc: Doc, invasion: Anchor): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  const year = invasion.date.slice(0, 4);
  for (let lineStart = 0; lineStart < text.length;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = lineStart;
    lineStart = lineEnd + 1;
    if (lineEnd - line < 6 || !/Feb/.test(text.slice(line, Math.min(lineEnd, line + 24)))) continue;
    const day = findDates(text, line, Math.min(lineEnd, line + 30), { asOf: doc.asOf, past: true })[0];
    if (!day || day.granularity !== 'day' || day.relative || !BULLET_RE.test(text.slice(line, day.start))) continue;
    if (day.first.slice(5, 7) !== invasion.date.slice(5, 7) || day.first >= doc.asOf) continue;
    // The entry: after the colon on the line, or the next line when the day stands alone on its own.
    let start: number;
    let weekday: string | undefined;
    const rest = text.slice(day.end, lineEnd);
    const head = AFTER_HEAD_RE.exec(rest);
    if (head && head[0].length < rest.length) {
      start = day.end + head[0].length;
      weekday = head[1];
    } else if (ALONE_RE.test(rest) && nl >= 0) {
      start = lineEnd + 1;
      // Round 24: a blank line between the day and its entry ("February 24⏎⏎Russia launched ..."); one at most.
      const blank = /^[ \t]*\n/.exec(text.slice(start, start + 40));
      if (blank) start += blank[0].length;
    } else continue;
    const next = text.indexOf('\n', start);
    const entryLine = text.slice(start, next < 0 ? text.length : next);
    const sentenceEnd = /[.!?](?:\s|$)/.exec(entryLine);
    const entry = sentenceEnd ? entryLine.slice(0, sentenceEnd.index + 1) : entryLine;
    const act = INVASION_ENTRY_RE.exec(entry);
    if (!act || NOT_THE_INVASION_RE.test(entry)) continue;
    if (!/\bUkrain/.test(entry) && !/special\s+military\s+operation/i.test(entry)) continue;
    const actEnd = start + act.index + act[0].length;
    const monthDay = day.first.slice(5) === invasion.date.slice(5);
    if (!day.explicitYear) {
      // A day without its year confirms only: the page of 2022, or 2022 told before the entry (a heading, the title).
      if (!monthDay) continue;
      if (doc.asOf.slice(0, 4) !== year && !new RegExp(`\\b${year}\\b`).test(text.slice(0, day.start))) continue;
      if (weekday && weekday !== 'Thursday') continue;
    }
    // The day without its year that passed the tests above, or the day itself with its year.
    if (!day.explicitYear || day.first === invasion.date) {
      out.push(
        warAnnotation(
          doc,
          { start: day.start, end: actEnd },
          'supported',
          `The full-scale invasion began on ${formatDay(invasion.date)}.`,
          invasion,
        ),
      );
      continue;
    }
    // The 25th or later, or the 22nd or earlier (daysBetween is unsigned).
    const late = day.first > invasion.date;
    const off = daysBetween(invasion.date, day.first);
    if (day.first.slice(0, 4) !== year || (!late && off < 2) || !isConfident(invasion) || !doc.dateCertain) continue;
    out.push(
      warAnnotation(
        doc,
        { start: day.start, end: day.end },
        'contradicted',
        `Not so: the full-scale invasion began on ${formatDay(invasion.date)}, not ${text.slice(day.start, day.end)}.`,
        invasion,
      ),
    );
  }
  return out;
}

/** The event detector, with the full-scale invasion told in a timeline's entries. */
export function withWarTimeline(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
      if (!invasion || doc.asOf < invasion.date || !MAY_HOLD_RE.test(doc.text)) return out;
      for (const a of invasionEntries(doc, invasion)) {
        // A red flag on the entry's day takes the place of a confirmation of the invasion over it.
        if (a.verdict === 'contradicted')
          for (let k = out.length - 1; k >= 0; k--)
            if (out[k].verdict === 'supported' && out[k].factIds[0] === 'full-scale-invasion' && spansOverlap(out[k], a)) out.splice(k, 1);
        if (!out.some((b) => b.kind === 'event' && spansOverlap(b, a))) out.push(a);
      }
      return out;
    },
  };
}
