// Round 35, red flags on true sentences of held-out 34 (blind) at the round's start, mended in general form.
// (1) pf009 (mfa.gov.ua, November 2021): "Head of the Office of the Ukrainian President Andriy Yermak" was read as Yermak called
//     Ukraine's president. A title after the head of one of its holder's offices ("Head of the Office of the", "the chief of the
//     Chancellery of the") names that office's head, so it is never flagged (title.ts AIDE_OF_RE).
// (2) pr016 (theaseandaily.com, 23 February 2024): "The measures, announced on February 23, focus on ... officials linked to the
//     death of Russian opposition leader Alexei Navalny" was read as Navalny dying on 23 February. A death named only as what
//     the people of the sentence are tied to ("linked to", "in connection with", "involved in", "behind") leaves the
//     sentence's day to another act (war-milestones.ts CAUSE_BEFORE_ACT_RE, as "over" and "responsible for" already did).
// (3) pr018 (October 2024), the quote "then Netherlands' Prime Minister Mark Rutte" checked alone: the possessive "Netherlands'"
//     is not a qualifier the title's match takes in, so "then" stood apart and the title was flagged as stale (title.ts
//     THEN_POSSESSIVE_BEFORE_RE).
import { describe, expect, it } from 'vitest';
import { analyze, redFlags } from './helpers';

describe('a title after the head of one of its holder’s offices', () => {
  it('is not flagged on the office’s head', () => {
    for (const [text, asOf] of [
      [
        'Head of the Office of the Ukrainian President Andriy Yermak and the U.S. Under Secretary of State for Political Affairs Victoria Nuland took part in the meeting.',
        '2021-11-10',
      ],
      ['Head of the Office of the Russian President Anton Vaino attended the ceremony.', '2023-05-10'],
      ['The director of the administration of the Russian President Anton Vaino attended the ceremony.', '2023-05-10'],
    ] as const)
      expect(redFlags(text, asOf), text).toEqual([]);
  });
  it('still confirms the holder named after such an office, and the head where the office is on record', () => {
    const zelensky = analyze('Head of the Office of the Ukrainian President Volodymyr Zelensky spoke.', '2021-11-10');
    expect(zelensky.find((a) => /Zelensky/.test(a.quote))?.verdict).toBe('supported');
    const yermak = analyze('Head of the Office of the Ukrainian President Andriy Yermak took part.', '2021-11-10');
    expect(yermak.filter((a) => /Yermak/.test(a.quote)).map((a) => a.verdict)).toContain('supported');
  });
  it('still flags a wrong title said of the name itself', () => {
    expect(redFlags('Ukrainian President Andriy Yermak took part in the meeting.', '2021-11-10').map((a) => a.verdict)).toContain(
      'contradicted',
    );
  });
});

describe('a death named only as what the people of the sentence are tied to', () => {
  it('leaves the sentence’s day to its own act', () => {
    for (const text of [
      'The measures, announced on February 23, focus on various sectors, including the Mir payment system and officials linked to the death of Russian opposition leader Alexei Navalny.',
      'On February 23, the Treasury named three prison officials involved in the death of Alexei Navalny.',
      'London on February 21 sanctioned six prison chiefs in connection with the death of Alexei Navalny.',
      'The sanctions of February 23 target those behind the death of Navalny.',
    ])
      expect(redFlags(text, '2024-02-23'), text).toEqual([]);
  });
  it('still flags the death told with a wrong day', () => {
    for (const text of ['Navalny died in prison on February 23, 2024.', 'The death of Alexei Navalny on February 23 shocked the world.'])
      expect(
        redFlags(text, '2024-02-25').map((a) => a.verdict),
        text,
      ).toContain('contradicted');
  });
});

describe('"then" before a possessive the title’s match leaves out', () => {
  it('makes the title one of its time', () => {
    for (const text of [
      "then Netherlands' Prime Minister Mark Rutte",
      "The deal was signed by the then Netherlands' Prime Minister Mark Rutte.",
    ])
      expect(redFlags(text, '2024-10-03'), text).toEqual([]);
  });
  it('leaves a stale title with no "then" flagged', () => {
    expect(redFlags("Netherlands' Prime Minister Mark Rutte visited Kyiv.", '2024-10-03').map((a) => a.verdict)).toContain('outdated');
  });
});
