// Round 34 precision: the mechanisms behind the red flags on true sentences of this round's blind set (held-out 33,
// scored at the round's start), mended in general form and probed with sentences of our own:
// - od021, "US President Joe Biden teased the sanctions on Thursday, February 22 saying that Russian President Vladimir
//   Putin was “responsible” for Navalny’s death" (February 2024), and od022, a dateline over the headline "US imposes new
//   sanctions on Russia for Navalny death": both days were read as the day Navalny died. The death named only as a cause
//   ("for", "responsible” for" with its closing quote, a name without "'s") leaves the sentence's day to another act
//   (war-milestones.ts, CAUSE_BEFORE_ACT_RE).
// - og002, a page dated August 2025 telling of The Hague summit's opening session as just happened: "the agreed 2% of GDP
//   target", true on the summit's first day, was flagged as superseded. On a page that tells of the summit that replaced a
//   target, within three months of it, the old target is not flagged (figure.ts, narratesReplacingSummit).
import { describe, expect, it } from 'vitest';
import { redFlags as red } from './helpers';

describe("a day told with Navalny's death only as a cause is not the day he died", () => {
  it('leaves the days of sanctions, blame and teasers alone', () => {
    for (const [text, asOf] of [
      [
        'US President Joe Biden teased the sanctions on Thursday, February 22 saying that Russian President Vladimir Putin was “responsible” for Navalny’s death.',
        '2024-02-23',
      ],
      ['Friday, February 23, 2024\nUS imposes new sanctions on Russia for Navalny death, war in Ukraine', '2024-02-23'],
      ['The EU on Monday, February 26 blamed Moscow for the death of Navalny.', '2024-03-01'],
      ['On February 20, 2024, Canada sanctioned Russian officials for Alexei Navalny’s death.', '2024-02-21'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
  it('still flags a wrong day told of the death itself', () => {
    for (const [text, asOf] of [
      ['Alexei Navalny died in prison on February 22, 2024.', '2024-03-01'],
      ['Navalny died on February 19, 2024, in an Arctic penal colony.', '2024-03-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
});

describe('the old spending target on a page that tells of the summit that replaced it', () => {
  it('is not flagged within three months of that summit', () => {
    for (const [text, asOf] of [
      [
        'Heads of state and government from NATO member countries gathered in The Hague, Netherlands, on Tuesday for the alliance’s annual summit.\n\nSpeaking at the opening session, Secretary-General Mark Rutte urged member states to honour their commitments, especially the agreed 2% of GDP target.',
        '2025-08-05',
      ],
      [
        'As the summit in The Hague opened, ministers said every ally should at least reach the agreed 2% of GDP target before talking about more.',
        '2025-07-10',
      ],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
  it('is still flagged elsewhere, and on such a page long after', () => {
    for (const [text, asOf] of [
      ['Speaking in Oslo, the minister urged allies to honour the agreed 2% of GDP target.', '2025-08-05'],
      ['At the summit in The Hague the leaders met. Allies must now honour the agreed 2% of GDP target.', '2025-12-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['outdated']);
  });
});
