// Titles of officials, round 30 (own sentences; the families behind held-out 28's title errors ki001, ki004, ki005, ki010,
// ki011 and the quote-level misses of held-out 13-28), with true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const flags = (text: string, asOf: string, words: string) => red(text, asOf).some((q) => q.includes(words));

describe('"the current TITLE of COUNTRY is NAME" (title-copula.ts titleFirst)', () => {
  it('is outdated when the name left the office before the page', () => {
    expect(flags('The current Prime Minister of the Netherlands is Mark Rutte.', '2025-10-23', 'Mark Rutte')).toBe(true);
    expect(flags('To sum up: the current President of Finland is Sauli Niinistö.', '2025-02-01', 'Sauli Niinist')).toBe(true);
    expect(
      flags('So, the present Minister for Foreign Affairs of Sweden is Ann Linde, and she travels a lot.', '2024-05-01', 'Ann Linde'),
    ).toBe(true);
  });
  it('on a page full of the holder’s past dates, "current" still tells of the page’s day (narrated-time.ts)', () => {
    const page =
      'He took over on October 25, 2022, after the Truss episode. He was Chancellor of the Exchequer from 2020 to 2022.\n' +
      'Short answer: the current Prime Minister of the United Kingdom is Rishi Sunak. He lives at Downing Street.';
    expect(flags(page, '2025-01-01', 'Rishi Sunak')).toBe(true);
  });
  it('is confirmed of the holder that day', () => {
    expect(confirms('The current Prime Minister of the United Kingdom is Keir Starmer.', '2026-05-20', 'Keir Starmer')).toBe(true);
    expect(confirms('The current Prime Minister of the Netherlands is Mark Rutte.', '2023-05-20', 'Mark Rutte')).toBe(true);
  });
  it('look-alikes: quoted, a question, a hypothesis, a year told, "was"', () => {
    expect(red('"The current Prime Minister of the United Kingdom is Rishi Sunak," she wrote at the time.', '2026-05-20')).toEqual([]);
    expect(red('So is it true that the current Prime Minister of the United Kingdom is Rishi Sunak?', '2026-05-20')).toEqual([]);
    expect(red('If the current Prime Minister of the United Kingdom is Rishi Sunak, the quiz is from 2023.', '2026-05-20')).toEqual([]);
    expect(red('In 2023, the current Prime Minister of the United Kingdom is Rishi Sunak, and he faces a choice.', '2026-05-20')).toEqual(
      [],
    );
    expect(red('The then Prime Minister of the United Kingdom was Rishi Sunak.', '2026-05-20')).toEqual([]);
  });
});

describe('"NAME is the TITLE of COUNTRY" with a plain "is" in the page’s own voice (title-copula.ts plainIsOfPagesDay)', () => {
  it('is outdated when no other time is told around it', () => {
    expect(flags('Kamala Harris is the Vice President of the United States.', '2026-01-15', 'Kamala Harris')).toBe(true);
    expect(flags('Quick answer: Mark Rutte is the Prime Minister of the Netherlands.', '2026-01-15', 'Mark Rutte')).toBe(true);
    expect(flags('Jens Stoltenberg is the Secretary General of NATO. He leads its staff.', '2025-06-15', 'Jens Stoltenberg')).toBe(true);
  });
  it('is confirmed of the holder', () => {
    expect(confirms('JD Vance is the Vice President of the United States.', '2026-01-15', 'JD Vance')).toBe(true);
  });
  it('look-alikes: a year before, reported words, a place in line, a question, a time word, no country', () => {
    expect(red('In 2021, Biden took office. Kamala Harris is the Vice President of the United States.', '2026-01-15')).toEqual([]);
    expect(red('She said Kamala Harris is the Vice President of the United States.', '2026-01-15')).toEqual([]);
    expect(red('Kamala Harris is the 49th Vice President of the United States.', '2026-01-15')).toEqual([]);
    expect(red('Kamala Harris is the Vice President of the United States?', '2026-01-15')).toEqual([]);
    expect(red('Back then, Kamala Harris is the Vice President of the United States.', '2026-01-15')).toEqual([]);
    expect(red('Kamala Harris is the vice president in this story.', '2026-01-15')).toEqual([]);
  });
});

describe('"NAME, former TITLE and current TITLE of COUNTRY" (title-of.ts ofTitleAfter)', () => {
  it('judges the second title as held that day', () => {
    expect(
      flags(
        'The panel is led by Carl Bildt, former Prime Minister and current Minister for Foreign Affairs of Sweden.',
        '2022-10-20',
        'current Minister for Foreign Affairs',
      ),
    ).toBe(true);
    expect(
      flags('Guests include Mark Rutte, former minister and now Prime Minister of the Netherlands.', '2025-10-20', 'now Prime Minister'),
    ).toBe(true);
    expect(
      flags(
        'We hear from Liz Truss, a former trade secretary and current Prime Minister of the United Kingdom, today.',
        '2024-03-01',
        'current Prime Minister',
      ),
    ).toBe(true);
  });
  it('is confirmed of the holder that day', () => {
    expect(
      confirms(
        'The talk is led by Carl Bildt, former Prime Minister and now Minister for Foreign Affairs of Sweden.',
        '2012-10-20',
        'now Minister for Foreign Affairs',
      ),
    ).toBe(true);
  });
  it('look-alikes: both titles former, a year told, another person', () => {
    expect(red('The talk is led by Carl Bildt, former Prime Minister and Minister for Foreign Affairs of Sweden.', '2022-10-20')).toEqual(
      [],
    );
    expect(
      red(
        'In 2010 the talk was led by Carl Bildt, former Prime Minister and current Minister for Foreign Affairs of Sweden.',
        '2022-10-20',
      ),
    ).toEqual([]);
    expect(
      red('The talk is led by Tobias Billström, former group leader and current Minister for Foreign Affairs of Sweden.', '2022-10-20'),
    ).toEqual([]);
  });
});

describe('someone "serves under" a former head now (title.ts: no courtesy title then)', () => {
  it('is outdated', () => {
    expect(flags('Antony Blinken, who serves under President Joe Biden, spoke.', '2026-03-01', 'President Joe Biden')).toBe(true);
    expect(flags('Blinken currently serves as Secretary of State under President Joe Biden.', '2026-03-01', 'President Joe Biden')).toBe(
      true,
    );
    expect(flags('The envoy is serving under President Joe Biden and reports to him.', '2026-03-01', 'President Joe Biden')).toBe(true);
  });
  it('look-alikes: past service, a participle of a past oath, a year told, the sitting head, a push under a head', () => {
    expect(red('She served under President Joe Biden.', '2026-03-01')).toEqual([]);
    expect(red('He was sworn into office on January 26, 2021, serving under President Joe Biden.', '2026-03-01')).toEqual([]);
    expect(red('In 2022, Blinken, who serves under President Joe Biden, went to Kyiv.', '2026-03-01')).toEqual([]);
    expect(red('Marco Rubio serves under President Donald Trump.', '2026-03-01')).toEqual([]);
    expect(red('The renewed push under President Joe Biden failed.', '2026-03-01')).toEqual([]);
  });
});

describe("Russia's commander of the war in Ukraine in other words (fact base: rus-commander-in-ukraine's fixed titles)", () => {
  it('is outdated after Surovikin was replaced (January 2023)', () => {
    expect(
      flags(
        'The ministry denied it, while Russia’s supreme commander in Ukraine, Sergey Surovikin, urged calm.',
        '2023-06-26',
        'Surovikin',
      ),
    ).toBe(true);
    expect(flags('The top Russian commander in Ukraine, Sergei Surovikin, spoke on Friday.', '2023-06-26', 'Surovikin')).toBe(true);
    expect(flags("Russia's overall commander in Ukraine, Sergei Surovikin, visited the front.", '2023-03-02', 'Surovikin')).toBe(true);
  });
  it('is confirmed of the holder that day', () => {
    expect(
      confirms("Russia's overall commander in Ukraine, Sergei Surovikin, said the situation was tense.", '2022-12-01', 'Surovikin'),
    ).toBe(true);
    expect(confirms('Russia’s supreme commander in Ukraine, Valery Gerasimov, spoke.', '2023-06-26', 'Gerasimov')).toBe(true);
  });
  it('look-alikes: "former", a month of his tenure told, the commander-in-chief', () => {
    expect(red('Russia’s former supreme commander in Ukraine, Sergei Surovikin, spoke.', '2023-06-26')).toEqual([]);
    expect(red('In December, Russia’s supreme commander in Ukraine, Sergei Surovikin, ordered a retreat.', '2023-01-20')).toEqual([]);
    expect(red('Russia’s supreme commander-in-chief, Vladimir Putin, spoke.', '2023-06-26')).toEqual([]);
  });
});

describe('a holder said as of the page’s day in other words (title-copula.ts: a word of the present before "is", "holds the office of", "is held by")', () => {
  it('is outdated', () => {
    expect(flags('The Prime Minister of the Netherlands right now is Mark Rutte.', '2025-11-02', 'Mark Rutte')).toBe(true);
    expect(flags('Mark Rutte currently holds the office of Prime Minister of the Netherlands.', '2025-11-02', 'Mark Rutte')).toBe(true);
    expect(flags('The post of Secretary General of NATO is currently held by Jens Stoltenberg.', '2025-11-02', 'Jens Stoltenberg')).toBe(
      true,
    );
  });
  it('is confirmed of the holder', () => {
    expect(confirms('The office of Secretary General of NATO is currently held by Mark Rutte.', '2025-11-02', 'Mark Rutte')).toBe(true);
    expect(confirms('Dick Schoof holds the office of Prime Minister of the Netherlands.', '2025-11-02', 'Dick Schoof')).toBe(true);
  });
  it('look-alikes: "was held", "held", a year told, "then"', () => {
    expect(red('The office of Prime Minister of the Netherlands was held by Mark Rutte.', '2025-11-02')).toEqual([]);
    expect(red('Mark Rutte held the office of Prime Minister of the Netherlands.', '2025-11-02')).toEqual([]);
    expect(red('In 2023 the office of Prime Minister of the Netherlands is held by Mark Rutte.', '2025-11-02')).toEqual([]);
    expect(red('The Prime Minister of the Netherlands then is Mark Rutte.', '2025-11-02')).toEqual([]);
  });
});

describe('"NAME, the new TITLE of COUNTRY" (title-new.ts: the country after the role)', () => {
  it('is confirmed of a holder just in office', () => {
    expect(confirms('Dick Schoof, the new Prime Minister of the Netherlands, spoke.', '2024-07-03', 'Dick Schoof')).toBe(true);
    expect(confirms('Dick Schoof, the newly appointed Prime Minister of the Netherlands, spoke.', '2024-07-03', 'Dick Schoof')).toBe(true);
    expect(confirms('We met Keir Starmer, new Prime Minister of the United Kingdom, in London.', '2024-07-08', 'Keir Starmer')).toBe(true);
  });
  it('never flags: about to take office, long after, another country, the predecessor', () => {
    // Round 39: days before taking office (2 July 2024); a month before, with nothing said of the handover, it is flagged
    // (titles-round39.test.ts, held-out 37 rj002).
    expect(red('Dick Schoof, the new Prime Minister of the Netherlands, spoke.', '2024-06-28')).toEqual([]);
    expect(red('Dick Schoof, the new Prime Minister of the Netherlands, spoke.', '2026-07-03')).toEqual([]);
    expect(red('Dick Schoof, the new Prime Minister of Belgium, spoke.', '2024-07-03')).toEqual([]);
    expect(ok('Dick Schoof, the new Prime Minister of Belgium, spoke.', '2024-07-03')).toEqual([]);
  });
});
