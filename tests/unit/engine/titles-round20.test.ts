// Titles and tenures, twentieth round: a stale title before a lone surname only one person in the fact base bears, told
// of the page's own time; a stale title joined to one that holds only on the page's day, in a sentence that narrates an
// earlier time elsewhere. Each red flag with true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const reds = (text: string, quote: string, asOf: string) => isRed(titleVerdicts(text, quote, asOf));

describe('a stale title before a lone surname borne by one person in the fact base (title.ts soleBearerNow)', () => {
  it('told of the page’s own time: outdated', () => {
    const pence =
      'It is worth noting that during a conversation with the press, a dispute arose between Volodymyr Zelensky, Trump, and Vice President Pence, during which the American side stated that Ukraine should be grateful.';
    expect(titleVerdicts(pence, 'Vice President Pence', '2025-02-28')).toEqual(['outdated']);
    const stoltenberg = 'Secretary General Stoltenberg said the alliance must spend more on defence.';
    expect(titleVerdicts(stoltenberg, 'Secretary General Stoltenberg', '2025-03-10')).toEqual(['outdated']);
    expect(titleVerdicts('Secretary of State Blinken spoke at the summit.', 'Secretary of State Blinken', '2025-03-10')).toEqual([
      'outdated',
    ]);
  });

  it('while they held it: supported', () => {
    expect(
      titleVerdicts('Secretary General Stoltenberg said the alliance must act.', 'Secretary General Stoltenberg', '2023-03-10'),
    ).toEqual(['supported']);
  });

  it('true look-alikes stay unflagged', () => {
    for (const [text, quote] of [
      // Another time told, in the sentence or the one before.
      ['In 2019, Vice President Pence said the alliance must spend more.', 'Vice President Pence'],
      ['Vice President Pence visited Kyiv in 2019.', 'Vice President Pence'],
      ['The meeting took place in June 2018. Vice President Pence said the alliance must act.', 'Vice President Pence'],
      ['Back then, Vice President Pence said the alliance must act.', 'Vice President Pence'],
      ['When Vice President Pence visited Warsaw, he praised Poland.', 'Vice President Pence'],
      // A term, an era or a change of holder.
      ['During Trump’s first term, Vice President Pence led the coronavirus task force.', 'Vice President Pence'],
      ['During the pandemic, Vice President Pence led the task force.', 'Vice President Pence'],
      ['Trump’s former deputy, Vice President Pence, said the alliance must act.', 'Vice President Pence'],
      ['Secretary of State Blinken’s successor, Marco Rubio, met Lavrov.', 'Secretary of State Blinken'],
      ['Rutte succeeded Secretary General Stoltenberg on 1 October.', 'Secretary General Stoltenberg'],
      // Quoted words are someone's, of their own time.
      ['“Vice President Pence is a good man,” Trump said.', 'Vice President Pence'],
      // Another person of the surname on the page.
      ['Karen Pence and Vice President Pence attended the dinner.', 'Vice President Pence'],
      // Two people of the surname (Bush), or a holder list that starts too late to rule out a namesake (Estonia's
      // prime ministers are on record from 2005; Siim Kallas held the office in 2002).
      ['President Bush said the alliance must act.', 'President Bush'],
      ['Prime Minister Kallas said the EU must act.', 'Prime Minister Kallas'],
      // A title that may name offices of several countries, some listed only recently.
      ['Prime Minister Sunak spoke at the summit.', 'Prime Minister Sunak'],
      // The courtesy title of a former US president.
      ['President Biden said the alliance must act.', 'President Biden'],
    ])
      expect(reds(text, quote, '2025-03-10'), text).toBe(false);
  });
});

describe('a stale title joined to one that holds only on the page’s day (narrated-time.ts tiedToNow)', () => {
  const wc204 =
    'A resurfaced 2022 report details a heated phone call between then-President Joe Biden and Zelenskyy, while new accounts paint a picture of a tense meeting between Zelenskyy and former President Donald Trump, alongside Vice President JD Vance.';

  it('the pair is of the page’s present, not of the year told elsewhere in the sentence: flagged', () => {
    expect(isRed(titleVerdicts(wc204, 'former President Donald Trump', '2025-03-01'))).toBe(true);
    expect(titleVerdicts(wc204, 'then-President Joe Biden', '2025-03-01')).toEqual(['supported']);
  });

  it('true look-alikes stay unflagged', () => {
    for (const text of [
      // Not joined: the present title is another clause's.
      'In 2022, former President Donald Trump criticised the aid, a view Vice President JD Vance now shares.',
      // The joined title held in the year told too.
      'In 2022, former President Donald Trump and Senator JD Vance criticised the aid.',
    ])
      expect(reds(text, 'former President Donald Trump', '2025-03-01'), text).toBe(false);
    expect(
      reds('In 2019, President Donald Trump and Vice President Mike Pence met Zelensky.', 'Vice President Mike Pence', '2023-03-01'),
    ).toBe(false);
  });
});

describe('"next" before a title: the holder ahead, as "incoming" says (title.ts)', () => {
  it('before taking office: supported, not contradicted', () => {
    expect(titleVerdicts('He succeeded the next NATO Secretary General, Mark Rutte.', 'NATO Secretary General', '2024-07-23')).toEqual([
      'supported',
    ]);
    expect(
      titleVerdicts('The next NATO Secretary General Mark Rutte will take office in October.', 'NATO Secretary General', '2024-07-23'),
    ).toEqual(['supported']);
  });

  it('"next" that is not the title’s stays as it was', () => {
    expect(titleVerdicts('Next, President Donald Trump spoke.', 'President Donald Trump', '2025-03-01')).toEqual(['supported']);
    expect(titleVerdicts('He stood next to President Donald Trump.', 'President Donald Trump', '2025-03-01')).toEqual(['supported']);
  });
});

describe('"TITLE: NAME" as an item of a list inside a sentence (title-copula.ts labelLine)', () => {
  const cabinet =
    'The Greens have five ministers in the cabinet, including Foreign minister: Annalena Baerbock and Vice-chancellor: Robert Habeck.';

  it('confirmed while held', () => {
    expect(titleVerdicts(cabinet, 'Foreign minister: Annalena Baerbock', '2021-12-08')).toEqual(['supported']);
    expect(titleVerdicts(cabinet, 'Vice-chancellor: Robert Habeck', '2021-12-08')).toEqual(['supported']);
  });

  it('never flagged (a list may be of a past cabinet), and no label read outside a list', () => {
    expect(reds(cabinet, 'Foreign minister', '2026-01-08')).toBe(false);
    expect(
      titleVerdicts('His message to the foreign minister: Annalena Baerbock, he said, was clear.', 'Annalena Baerbock', '2021-12-08'),
    ).toEqual([]);
  });
});

describe('"NAME is COUNTRY’s new TITLE" (title-copula.ts isNew)', () => {
  const michal = 'Kristen Michal is Estonia’s new prime minister, succeeding party colleague Kaja Kallas.';

  it('confirmed from two months before the start to half a year after it', () => {
    expect(titleVerdicts(michal, 'Kristen Michal is Estonia’s new prime minister', '2024-07-23')).toEqual(['supported']);
    expect(titleVerdicts(michal, 'Kristen Michal is Estonia’s new prime minister', '2024-07-10')).toEqual(['supported']);
  });

  it('not read long after the start, nor of the holder leaving', () => {
    expect(reds(michal, 'Kristen Michal', '2026-07-23')).toBe(false);
    expect(titleVerdicts(michal, 'Kristen Michal is Estonia’s new prime minister', '2026-07-23')).toEqual([]);
    expect(titleVerdicts('Kaja Kallas is Estonia’s new prime minister.', 'Kaja Kallas', '2024-07-23')).toEqual([]);
  });
});
