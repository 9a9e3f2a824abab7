// Speed, round 47: more of the expressions V8 compiled twice (to bytecode at their first run, on a short slice, and to
// machine code at the second) are compiled straight to machine code at their first run (compiledOnFirstRun at the
// definition, or warmed / testWarm at the one call site when the expression's `source` is read elsewhere): tenure-terms
// SWORN_FOR_RE, tenure-dismissed TERM_ENDED_RE, tenure-pronoun-office OPENING_PARTICIPLE_RE, summit-timeline-line
// YEAR_MONTH_HEAD_RE, history-common HYPOTHETICAL_RE and OTHER_CLUB_JOINED_RE, narrated-time PRESENT_TENSE_RE, title.ts
// SECOND_NOUN_GAP_RE, COMMA_LEAD_RE, DASH_LEAD_RE and POSSESSIVE_DESCRIBED_RE, event.ts THESE_EVENTS_RE, HELD_DESCRIBED_RE
// and ANNOUNCED_AT_EVENT_RE, event-acts' undated forms. Same patterns and flags. These tests hold the behaviour: each
// reader gives the same verdicts twice in a row (the first run compiles, the second runs the compiled code), on a
// sentence it judges and on a true look-alike it must leave without a red flag.
import { describe, expect, it } from 'vitest';
import { kindOn, saidRed } from './helpers';
import type { Annotation } from '../../../src/engine/types';

describe('readers whose expressions compile at their first run give their verdicts, twice in a row', () => {
  const cases: Array<[Annotation['kind'], string, string, string, Annotation['verdict']]> = [
    // tenure-terms.ts (SWORN_FOR_RE): the term's number after the oath.
    ['tenure', 'Vladimir Putin was sworn in for a fifth term on Tuesday.', 'sworn in for a fifth term', '2024-05-07', 'supported'],
    // tenure-dismissed.ts (TERM_ENDED_RE): a term's end told as a noun with its date (history-round46.test.ts).
    [
      'tenure',
      'Jens Stoltenberg\u2019s term as NATO Secretary General ended on 1 October 2024.',
      'term as NATO Secretary General ended',
      '2025-02-04',
      'supported',
    ],
    [
      'tenure',
      'Mark Rutte\u2019s term as prime minister ended in 2022.',
      'term as prime minister ended in 2022',
      '2025-02-04',
      'contradicted',
    ],
    // summit-timeline-line.ts (YEAR_MONTH_HEAD_RE): a timeline's line, held-out 36 qr004 (events-round38.test.ts).
    ['event', '2010 - November - Lisbon Summit - adopted a new Strategic Concept.', 'Lisbon Summit', '2020-02-24', 'supported'],
    // tenure-pronoun-office.ts (OPENING_PARTICIPLE_RE): held-out 44 um001, January 2026.
    [
      'tenure',
      'Mark Rutte has become a household name, not just in the Netherlands, but across Europe. Serving as Prime Minister since 2010, he is the longest-serving Prime Minister in Dutch history.',
      'Serving as Prime Minister since 2010',
      '2026-01-20',
      'outdated',
    ],
  ];
  it.each(cases)('%s: %s', (kind, text, quote, asOf, verdict) => {
    for (let run = 0; run < 2; run++) expect(kindOn(kind, text, quote, asOf).map((a) => a.verdict)).toContain(verdict);
  });

  // True look-alikes: no red flag, on either run.
  const quiet: Array<[string, string]> = [
    // The participle's main clause tells the new post (precision-round46.test.ts, 89f9528a).
    [
      '2024-10-02',
      'Mark Rutte took over at NATO on Tuesday. Having served as Prime Minister since 2010, he has now moved from The Hague to Brussels.',
    ],
    // A supposition (HYPOTHETICAL_RE): not asserted.
    ['2024-05-01', 'If Ukraine joined NATO in 2025, the alliance would have 33 members.'],
    // Another club joined (OTHER_CLUB_JOINED_RE): not NATO's accession.
    ['2024-05-01', 'Finland and Sweden joined the European Union together in 1995.'],
  ];
  it.each(quiet)('no red flag on %s: %s', (asOf, text) => {
    for (let run = 0; run < 2; run++) expect(saidRed(text, asOf)).toEqual([]);
  });
});
