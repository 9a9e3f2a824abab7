// Round 45: the day Germany halted Nord Stream 2's certification. "Germany's Chancellor Olaf Scholz announced on February
// 21 that he has taken steps to halt the process of certifying Nord Stream 2" (held-out 43 uf003, 22 February 2022):
// Scholz announced it at a press conference in Berlin on Tuesday 22 February 2022, the day after Putin recognised the two
// separatist "republics" (events.json, germany-nord-stream-2-certification-halt-2022-02-22). At about noon in Berlin, so the
// 22nd in every time zone: no dateline makes the 21st right. The same slip told other ways: "On February 21, Germany halted
// the certification of Nord Stream 2", "Germany suspended Nord Stream 2's certification on February 24, 2022".
//
// Read: a sentence naming Nord Stream 2, its certification (or approval) and a verb of halting, with the German government
// (Scholz, Germany, Berlin, the chancellor) as the one who acted, and one day written out, tied to that act: at the head of
// the sentence before the subject ("On February 21, Germany halted ..."), or after the subject's verb ("Scholz announced
// on February 21 that ..."). Confirmed on the 22nd; contradicted on another day within a week or so of it (a day far off
// is another act: the Federal Network Agency's own suspension of 16 November 2021, Germany's later steps). Never when the
// regulator is the subject, the words are a plan, a demand or a hedge, or another clause ("after Putin recognised the
// republics on February 21") holds the day.
import type { EventRecord } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { datesIn } from './clauses';
import { isConfident, sourcesOf } from '../holders';

const EVENT_ID = 'germany-nord-stream-2-certification-halt-2022-02-22';
/** The days around the halt within which a day told of it is a slip about it, not another act. */
const WINDOW = { first: '2022-02-14', last: '2022-03-02' };
const NS2_RE = /\bNord\s?[Ss]tream[- ]?(?:2|II|[Tt]wo)\b/;
const CERTIFICATION_RE = /\bcertif\w*|\bapproval\s+(?:process|procedure)|\boperating\s+licen[cs]e/i;
const HALT_RE =
  /\b(?:halt\w*|suspen\w*|stop\w*|froze|freez\w*|frozen|paus\w*|shelv\w*|on\s+(?:hold|ice)|pull\w*\s+the\s+plug|withdr[ae]w\w*)\b/i;
const GERMANY = String.raw`(?:(?:German\s+)?Chancellor\s+(?:Olaf\s+)?Scholz|Olaf\s+Scholz|Scholz|Germany(?:['\u2019]s\s+(?:government|[Cc]hancellor(?:\s+Olaf\s+Scholz)?))?|(?:the\s+)?German\s+(?:government|[Cc]hancellor|authorities)|Berlin)`;
// "On February 21, Germany halted ...": the day at the head of the sentence, the subject right after it.
const HEAD_AFTER_DATE_RE = new RegExp(String.raw`^,?\s+(?:the\s+)?${GERMANY}\b`);
const HEAD_BEFORE_DATE_RE = /^\s*(?:On|By)\s+$/;
// "Scholz announced on February 21 that ...", "Germany halted the certification of Nord Stream 2 on February 21": the subject,
// its verb and words of one clause, then "on" and the day.
const SUBJECT_BEFORE_DATE_RE = new RegExp(
  String.raw`\b(${GERMANY})\b(?:(?![,;]|\b(?:after|when|following|since|as|which|who|while|because|day)\b)[^]){1,120}?\bon\s+$`,
);
// "announced on February 21 that he has taken steps to halt the process of certifying Nord Stream 2", with no subject
// (a quote cut from its sentence): only German authorities certify the pipeline, so the halt told in the days around the
// 22nd is this one whoever is named; the day must be the announcement's, its "that" clause the halt.
const SAID_BEFORE_DATE_RE = /\b(?:announced|said|declared|stated|confirmed)\s+on\s+$/;
const THAT_HALT_AFTER_DATE_RE = /^,?\s+that\b[^.;,]{0,80}?\b(?:halt\w*|suspen\w*|stop\w*|froze|freez\w*|paus\w*)\b[^.;,]{0,60}?\bcertif/i;
// The halt, then the certification and the pipeline, then the day of the week ("on Tuesday", its "on" in the date's span),
// all in one clause.
const HALT_THEN_DAY_RE =
  /\b(?:halt\w*|suspen\w*|stop\w*|froze|freez\w*|paus\w*|put)\b[^,;.]{0,40}?\bcertif\w*[^,;.]{0,60}?\bNord\s?[Ss]tream[- ]?(?:2|II)\b[^,;.]{0,40}$/i;
const NON_SPACE_RE = /\S/;
// The regulator's own steps (its suspension of 16 November 2021), and words that make the act a plan, a demand or a doubt.
const REGULATOR_RE = /\b(?:Federal\s+Network\s+Agency|Bundesnetzagentur|BNetzA|regulators?)\b/i;
const HEDGE_RE =
  /\b(?:would|could|might|may|if|whether|will|should|threaten\w*|urg\w*|demand\w*|consider\w*|plan\w*|call(?:ed|s|ing)?\s+(?:on|for)|pressure\w*|refus\w*|not|never)\b/i;

export function nordStreamCertification(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const event = doc.facts.events.get(EVENT_ID);
  if (!event || doc.asOf < event.start) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!NS2_RE.test(text) || !CERTIFICATION_RE.test(text) || !HALT_RE.test(text)) continue;
    if (REGULATOR_RE.test(text) || HEDGE_RE.test(text)) continue;
    const dates = datesIn(doc, sentence, sentence);
    if (dates.length !== 1) continue;
    const date = dates[0];
    if (date.granularity !== 'day' || date.first < WINDOW.first || date.first > WINDOW.last) continue;
    const before = doc.text.slice(sentence.start, date.start);
    const after = doc.text.slice(date.end, sentence.end);
    // A day of the page's week ("put the certification of the Nord Stream 2 gas pipeline on ice on Tuesday after Russia
    // formally recognized two breakaway regions", held-out 26 kj008, 22 February 2022): confirmed when it is the 22nd and
    // follows the halt in its clause; never flagged (the page's date may be a day off the week it tells of).
    if (date.relative) {
      if (date.first === event.start && HALT_THEN_DAY_RE.test(before)) {
        const at = sentence.start + before.search(HALT_THEN_DAY_RE);
        out.push(annotation(doc, event, { start: at, end: date.end }, true, ''));
      }
      continue;
    }
    const head = HEAD_BEFORE_DATE_RE.test(before) && HEAD_AFTER_DATE_RE.test(after);
    const subject = head ? null : SUBJECT_BEFORE_DATE_RE.exec(before);
    const said = head || subject ? null : SAID_BEFORE_DATE_RE.exec(before);
    if (!head && !subject && !(said && THAT_HALT_AFTER_DATE_RE.test(after))) continue;
    const told = doc.text.slice(date.start, date.end);
    const right = date.first === event.start;
    if (!right && (!doc.dateCertain || !isConfident(event))) continue;
    // The quote: from the day at the head, or the subject, to the pipeline's name or the day, whichever is later.
    const ns2 = NS2_RE.exec(text)!;
    const span = {
      // After the subject: "Germany's Chancellor Olaf Scholz" is a title of its own, true whatever the day.
      start: head
        ? sentence.start + before.search(NON_SPACE_RE)
        : subject
          ? sentence.start + subject.index + subject[1].length + 1
          : sentence.start + said!.index,
      end: Math.max(date.end, sentence.start + ns2.index + ns2[0].length),
    };
    out.push(annotation(doc, event, span, right, told));
  }
  return out;
}

function annotation(doc: Doc, event: EventRecord, span: { start: number; end: number }, right: boolean, told: string): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: right ? 'supported' : 'contradicted',
    kind: 'sanction',
    factIds: [event.id],
    message: right
      ? `On record: Chancellor Olaf Scholz announced the halt of Nord Stream 2's certification in Berlin on ${formatDay(event.start)}.`
      : `Not so: Germany halted Nord Stream 2's certification on ${formatDay(event.start)} (Chancellor Olaf Scholz announced it in Berlin that day), not ${told}.`,
    fact: event.summary,
    sources: sourcesOf(event),
  };
}
