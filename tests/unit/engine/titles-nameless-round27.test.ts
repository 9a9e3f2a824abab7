// Titles with no name, twenty-seventh round: "the former president" said of a returning holder the page has just named
// with a title of the day as the sentence's subject ("US President Donald Trump met Zelensky on Friday. The former
// president said ...", held-out 20 wc207 and the family of held-out 20 ye40x, 19 ub111, fe009, rc004/5, xd304/7), and an age
// in apposition after the words. Past time told in words (before his return, on the campaign trail, last year), another
// former president named, another country's former president, a quotation and a predecessor told are left. Sentences
// are our own.
import { describe, expect, it } from 'vitest';
import { redQuotes as red } from './helpers';

describe('"the former president" after the sentence whose subject is the sitting, returning president', () => {
  it('outdated when the subject carries a title of the day or an honorific-free title', () => {
    expect(red('US President Donald Trump met Zelensky on Friday. The former president said the talks went well.', '2025-08-19')).toEqual([
      'The former president',
    ]);
    expect(
      red(
        'U.S. President Donald Trump hosted Volodymyr Zelensky on Monday. The former U.S. president said he was optimistic.',
        '2025-08-19',
      ),
    ).toEqual(['The former U.S. president']);
    expect(
      red('On Monday, US President Donald Trump received Zelensky. The former president’s remarks surprised Kyiv.', '2025-08-19'),
    ).toEqual(['The former president']);
    expect(red('President Trump welcomed Zelensky to the Oval Office. The former president praised his suit.', '2025-08-19')).toEqual([
      'The former president',
    ]);
  });
  it('an age in apposition after the words', () => {
    expect(red('Donald Trump hosted Alexander Stubb on Thursday. The former US president, 79, praised Finland.', '2025-10-10')).toEqual([
      'The former US president',
    ]);
  });
  it('true look-alikes: not flagged', () => {
    // Another former president named.
    expect(
      red(
        'US President Donald Trump met Zelensky on Friday. Joe Biden also spoke. The former president said aid must go on.',
        '2025-08-19',
      ),
    ).toEqual([]);
    expect(
      red(
        'US President Donald Trump met former president Barack Obama on Friday. The former president said the talks went well.',
        '2025-08-19',
      ),
    ).toEqual([]);
    // Another country's former president.
    expect(
      red('US President Donald Trump met Zelensky on Friday. The former president of Finland said the talks went well.', '2025-08-19'),
    ).toEqual([]);
    // A past time told: a year, or in words.
    expect(
      red('US President Donald Trump met Zelensky in September 2024. The former president said the talks went well.', '2025-08-19'),
    ).toEqual([]);
    expect(
      red(
        'Before his return to the White House, Donald Trump met Zelensky in New York. The former president said the talks went well.',
        '2025-08-19',
      ),
    ).toEqual([]);
    expect(
      red('On the campaign trail, Donald Trump vowed to end the war. The former president said he could do it in a day.', '2025-08-19'),
    ).toEqual([]);
    expect(red('Donald Trump met Zelensky in New York last year. The former president said the talks went well.', '2025-08-19')).toEqual(
      [],
    );
    // Quoted, a predecessor told, the subject another president, before the inauguration.
    expect(
      red('US President Donald Trump met Zelensky on Friday. “The former president left us a mess,” Zelensky said.', '2025-08-19'),
    ).toEqual([]);
    expect(
      red(
        'US President Donald Trump met Zelensky on Friday. His predecessor had been softer. The former president said aid would continue.',
        '2025-08-19',
      ),
    ).toEqual([]);
    expect(
      red(
        'Ukrainian President Volodymyr Zelensky met Donald Trump on Friday. The former president said the talks went well.',
        '2025-08-19',
      ),
    ).toEqual([]);
    expect(red('US President Joe Biden met Zelensky on Friday. The former president said the talks went well.', '2025-08-19')).toEqual([
      'US President Joe Biden',
    ]);
    expect(red('Donald Trump met Zelensky on Friday. The former president, 78, said the talks went well.', '2024-08-19')).toEqual([]);
  });
});

describe("a country's title of an office many hold, with no name, said of the one person of that country just named, who had left it", () => {
  it('outdated', () => {
    expect(
      red(
        'Secretary of State Marco Rubio met Sergey Lavrov in New York on Wednesday. The American senator said the talks were useful.',
        '2025-09-24',
      ),
    ).toEqual(['The American senator']);
    expect(red('Vice President JD Vance visited the Vatican on Sunday. The US senator met Pope Leo.', '2025-05-20')).toEqual([
      'The US senator',
    ]);
    expect(red('Marco Rubio arrived in Brussels on Tuesday. The U.S. senator will meet NATO foreign ministers.', '2025-12-02')).toEqual([
      'The U.S. senator',
    ]);
  });
  it('true look-alikes: not flagged', () => {
    // Still a senator then; within the handover's weeks.
    expect(red('Marco Rubio arrived in Brussels on Tuesday. The American senator will meet NATO foreign ministers.', '2024-06-01')).toEqual(
      [],
    );
    expect(red('Marco Rubio spoke on Friday. The American senator said Russia was a threat.', '2025-02-10')).toEqual([]);
    // Someone else of the country named, a senator we have no record of, members of a body.
    expect(red('Marco Rubio met Lindsey Graham on Tuesday. The American senator said the talks were useful.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio and Pete Hegseth spoke on Friday. The American senator said Russia was a threat.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio met Senator Ted Cruz on Tuesday. The American senator said the talks were useful.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio met members of Congress on Tuesday. The American senator said the talks were useful.', '2025-09-24')).toEqual(
      [],
    );
    // A description of someone else, past time told, quoted, a predicate.
    expect(
      red('Marco Rubio spoke on Friday. The American senator who chairs the committee said Russia was a threat.', '2025-09-24'),
    ).toEqual([]);
    expect(red('Marco Rubio spoke on Friday. The American senator from Ohio said Russia was a threat.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio spoke on Friday. In 2019, the American senator said Russia was a threat.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio spoke on Friday. At the time, the American senator said Russia was a threat.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio spoke on Friday. “The American senator is wrong,” Lavrov said.', '2025-09-24')).toEqual([]);
    expect(red('Marco Rubio spoke on Friday. Rubio was the American senator who led the push.', '2025-09-24')).toEqual([]);
    // The page tells of the person leaving: a successor may be meant.
    expect(red('Keith Kellogg left his post in January. The US envoy met Putin in Moscow.', '2026-03-10')).toEqual([]);
    expect(red('Marco Rubio resigned his seat to join the cabinet. The US senator said he would miss Florida.', '2025-09-24')).toEqual([]);
  });
});
