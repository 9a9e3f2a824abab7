// Round 45, the lead's readings after the end score: the three red flags the engine raised on unlabelled text of held-out
// 44 (uj012, uj019, uj022), each read as a class with the true look-alikes kept quiet and the wrong ones still flagged.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const judged = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true });
const red = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('"According to TITLE, NAME ..." opens a clause with another subject (title.ts INTRODUCTORY_RE)', () => {
  it('gives the Kremlin chief no name from the clause after the comma', () => {
    // https://www.themoscowtimes.com/2024/05/15/no-changes-planned-for-general-staff-putin-says-a85131 (15 May 2024).
    const real =
      'General Valery Gerasimov will appear to maintain his position as chief of Russia\u2019s General Staff. ' +
      'According to the Kremlin chief, Gerasimov will work with Shoigu, who will also lead the presidential defense industry commission.';
    expect(red('2024-05-15', real)).toEqual([]);
    expect(judged('2024-05-15', real).some((a) => a.quote === 'General Valery Gerasimov' && a.verdict === 'supported')).toBe(true);
    expect(red('2024-05-15', 'According to the Russian president, Gerasimov will stay in his post.')).toEqual([]);
  });

  it('still flags a wrong title written before its own name', () => {
    expect(red('2024-05-15', 'According to Russian President Sergei Shoigu, the plan works.').map((a) => [a.kind, a.verdict])).toEqual([
      ['title', 'contradicted'],
    ]);
    expect(red('2024-05-15', 'Russian President Sergei Shoigu said the plan works.').map((a) => a.verdict)).toEqual(['contradicted']);
  });
});

describe('an anecdote told as "one instance" is of a time the page does not give (narrated-time.ts EARLIER_ADVERB_RE)', () => {
  it('does not flag a title that held once, in an instance told without a date', () => {
    // https://asb-media.info/en/foreign-affairs-minister-is-present-in-kiev (undated, after June 2025).
    const real =
      'In a notable instance, Iceland\u2019s Minister of Foreign Affairs, Thordis Gylfad\u00f3ttir, posted a picture of herself with other ministers on her social media, expressing optimism about Ukraine\u2019s outcome.';
    expect(red('2025-07-01', real)).toEqual([]);
    expect(red('2025-07-01', 'On one occasion, Dutch Prime Minister Mark Rutte rode a bicycle to the palace.')).toEqual([]);
    expect(red('2025-07-01', 'In one instance, Dutch Prime Minister Mark Rutte rode a bicycle to the palace.')).toEqual([]);
  });

  it('still flags the same titles told of the page\u2019s own days', () => {
    // The same page's next stale title, in the present perfect: "Meanwhile, Iceland's Prime Minister, Katr\u00edn Jakobsd\u00f3ttir,
    // has been vocal ..." (she left office on 9 April 2024).
    const stale =
      'Meanwhile, Iceland\u2019s Prime Minister, Katr\u00edn Jakobsd\u00f3ttir, has been vocal in her condemnation of Russia\u2019s invasion.';
    expect(red('2025-07-01', stale).map((a) => a.verdict)).toEqual(['outdated']);
    expect(red('2025-07-01', 'Dutch Prime Minister Mark Rutte rode a bicycle to the palace on Monday.').map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
    // A title never held is no anecdote's: "one instance" excuses only a title that held once.
    expect(red('2025-07-01', 'In one instance, Dutch Prime Minister Jens Stoltenberg rode a bicycle to the palace.').length).toBe(1);
  });
});

describe('an incoming holder given the title days before a handover the page tells of (title.ts)', () => {
  it('does not flag it', () => {
    // https://unn.ua/en/news/pro-ukrainian-mep-tom-berendsen-to-head-the-dutch-ministry-of-foreign-affairs (days before
    // the Jetten cabinet was sworn in on 23 February 2026).
    const real =
      'The new Dutch coalition government has announced the appointment of Tom Berendsen as Minister of Foreign Affairs in Prime Minister Rob Jetten\u2019s cabinet. Berendsen, known for his unwavering support for Ukraine, will officially assume office on February 23 \u2013 on the eve of the fourth anniversary of Russia\u2019s full-scale invasion.';
    expect(red('2026-02-19', real)).toEqual([]);
    const berendsen = judged('2026-02-19', real)
      .filter((a) => a.verdict === 'supported')
      .map((a) => a.quote);
    expect(berendsen).toContain('Tom Berendsen as Minister of Foreign Affairs');
  });

  it('still flags the title told as held, with no handover told, or weeks ahead', () => {
    expect(red('2026-02-19', 'Prime Minister Rob Jetten met Zelensky in Kyiv.').map((a) => a.verdict)).toEqual(['contradicted']);
    // Weeks ahead, a handover told: more than the last days.
    expect(
      red('2026-01-20', 'Prime Minister Rob Jetten met Zelensky in Kyiv on Monday. The cabinet will be sworn in on February 23.').map(
        (a) => a.verdict,
      ),
    ).toEqual(['contradicted']);
  });
});

describe('"who\'s been TITLE since YEAR" is "who has been" (tenure.ts TENURE_RE, STILL_RE)', () => {
  it('flags a tenure told as running after it ended', () => {
    // https://manadadesaberes.com/blog/mark-rutte-meets-trump-in (November 2024; held-out 44 uq004: Rutte left the Dutch
    // premiership on 2 July 2024 and had been NATO Secretary General since 1 October).
    const real =
      'On one side, you have Mark Rutte, who\u2019s been the Prime Minister of the Netherlands since way back in 2010. That\u2019s a seriously long time in politics.';
    expect(red('2024-11-23', real).map((a) => [a.kind, a.verdict])).toEqual([['tenure', 'outdated']]);
    expect(red('2025-03-01', "Mark Rutte, who's been the Dutch prime minister since 2010, met Trump.").map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
  });

  it('confirms it while it runs, and reads no possessive', () => {
    const running = 'Mark Rutte, who\u2019s been the Prime Minister of the Netherlands since 2010, met Biden.';
    expect(red('2023-11-23', running)).toEqual([]);
    expect(judged('2023-11-23', running).some((a) => a.kind === 'tenure' && a.verdict === 'supported')).toBe(true);
    expect(red('2015-05-01', "Jens Stoltenberg, who's been NATO Secretary General since October, visited Kyiv.")).toEqual([]);
    expect(red('2025-03-01', "Rutte's been-there attitude helped him at NATO.")).toEqual([]);
  });
});
