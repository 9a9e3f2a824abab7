// Profile and explainer pages, round 32 (own sentences; the families behind held-out 30's ne001, ne005, ne006, ne007 and
// ne009): a tenure told of "he" or "she" as still running, "the current and 28th ... is", a title of the day opening "As of
// 2026,", a present-tense title on a page whose other sentences tell a career in the past, "serving alongside President
// NAME", an office told by the body its holder leads, and a title or place in line given to someone who never held it.
// True look-alikes stay unflagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const flags = (text: string, asOf: string, words: string) => red(text, asOf).some((q) => q.includes(words));

describe('a tenure of "he" or "she" told as still running, the office named in full (tenure-pronoun-office.ts)', () => {
  it('flags a start that fits a tenure ended before the page, of the one person who began that office that day', () => {
    const duda =
      'Who is Andrzej Duda? Think of this as a quick snapshot. He’s a lawyer and economist who has been serving as the President of Poland since August 6, 2015.';
    expect(flags(duda, '2026-01-15', 'has been serving as the President of Poland since August 6, 2015')).toBe(true);
    const harris = 'Kamala Harris grew up in Oakland. She has served as Vice President of the United States since January 20, 2021.';
    expect(flags(harris, '2026-01-15', 'She has served as Vice President')).toBe(true);
    const trudeau = 'Justin Trudeau leads the Liberal Party. He has been the Prime Minister of Canada since November 4, 2015.';
    expect(flags(trudeau, '2026-01-15', 'He has been the Prime Minister of Canada')).toBe(true);
  });
  it('reads the named subject described by "is a ... who" the same way (tenure.ts)', () => {
    expect(
      flags(
        'Olaf Scholz is a lawyer and former mayor who has served as Chancellor of Germany since December 8, 2021.',
        '2026-01-15',
        'Olaf Scholz is a lawyer',
      ),
    ).toBe(true);
    expect(flags('Andrzej Duda is an academic who has been the President of Poland since August 2015.', '2026-01-15', 'Andrzej Duda')).toBe(
      true,
    );
  });
  it('look-alikes: still in office, quoted, of an earlier year, told in the past perfect, nobody named, another person', () => {
    const trudeau = 'Justin Trudeau leads the Liberal Party. He has been the Prime Minister of Canada since November 4, 2015.';
    expect(red(trudeau, '2024-01-15')).toEqual([]);
    expect(confirms(trudeau, '2024-01-15', 'He has been the Prime Minister of Canada')).toBe(true);
    expect(
      red(
        'Andrzej Duda spoke in Warsaw. “He has been serving as the President of Poland since August 6, 2015,” an aide told reporters.',
        '2026-01-15',
      ),
    ).toEqual([]);
    expect(
      red(
        'Jens Stoltenberg spoke in Oslo. He has been Secretary General of NATO since October 1, 2014, a report said in 2019.',
        '2026-01-15',
      ),
    ).toEqual([]);
    expect(red('Justin Trudeau resigned. He had been the Prime Minister of Canada since November 4, 2015.', '2026-01-15')).toEqual([]);
    expect(red('He has been the Prime Minister of Canada since November 4, 2015.', '2026-01-15')).toEqual([]);
    expect(
      confirms('Mark Rutte spoke in Brussels. He has been NATO Secretary General since October 1, 2024.', '2026-01-15', 'He has been'),
    ).toBe(true);
  });
});

describe('"the current and 28th ... is NAME", and "As of 2026, the ... is NAME" (title-sworn.ts currentIsTitles)', () => {
  it('judges the title as of the page’s day', () => {
    expect(flags('Right now, the current and 71st Secretary of State is Antony Blinken.', '2026-01-15', 'Antony Blinken')).toBe(true);
    expect(flags('As of 2026, the Chancellor of Germany is Olaf Scholz.', '2026-03-01', 'Olaf Scholz')).toBe(true);
    expect(flags('Today, the U.S. Secretary of the Treasury is Janet Yellen.', '2026-01-15', 'Janet Yellen')).toBe(true);
    expect(flags('As of early 2026, the 29th Secretary of Defense is Lloyd Austin.', '2026-01-15', 'Lloyd Austin')).toBe(true);
  });
  it('look-alikes: a place in line alone (a definition), another year, the right holder', () => {
    expect(red('The 28th Secretary of Defense is Lloyd J. Austin III.', '2026-01-15')).toEqual([]);
    expect(red('As of 2023, the Secretary of Defense is Lloyd Austin.', '2026-01-15')).toEqual([]);
    expect(red('The Chancellor of Germany is Olaf Scholz, the textbook says.', '2026-01-15')).toEqual([]);
    expect(confirms('As of 2026, the Chancellor of Germany is Friedrich Merz.', '2026-03-01', 'Friedrich Merz')).toBe(true);
  });
});

describe('a title whose name is the subject of a present-tense verb, on a page mostly about the past (narrated-time.ts)', () => {
  const career =
    ' She was born in 1980 in Hanover. She studied in Hamburg in 2000 and in London in 2005. She was elected to the Bundestag in 2013. In 2018 she became co-leader of the Greens. In 2021 she ran for chancellor.';
  it('flags it as of the page’s day', () => {
    expect(
      flags(
        'Annalena Baerbock, Germany’s Foreign Minister, has become a leading voice on climate diplomacy.' + career,
        '2025-11-13',
        'Germany’s Foreign Minister',
      ),
    ).toBe(true);
    expect(
      flags(
        'Annalena Baerbock, Germany’s Foreign Minister, remains a central figure in European politics.' + career,
        '2025-11-13',
        'Foreign',
      ),
    ).toBe(true);
    expect(
      flags('Annalena Baerbock, the German Foreign Minister, continues to push for a tougher line.' + career, '2025-11-13', 'Foreign'),
    ).toBe(true);
  });
  it('look-alikes: a past verb, a photo caption, a past year in the sentence', () => {
    expect(red('Annalena Baerbock, Germany’s Foreign Minister, emerged as a leading voice.' + career, '2025-11-13')).toEqual([]);
    expect(red('Annalena Baerbock, Germany’s Foreign Minister, is seen in this photo from Kyiv.' + career, '2025-11-13')).toEqual([]);
    expect(
      red('In 2022, Annalena Baerbock, Germany’s Foreign Minister, has become a leading voice, critics wrote.' + career, '2025-11-13'),
    ).toEqual([]);
  });
});

describe('"is serving alongside President NAME" of a president out of office (title.ts SERVES_UNDER_NOW_RE)', () => {
  it('flags the courtesy title when serving beside them is told in the present', () => {
    expect(
      flags('Kamala Harris grew up in Oakland. She is serving alongside the 46th President, Joe Biden.', '2026-01-15', 'Joe Biden'),
    ).toBe(true);
    expect(flags('Kamala Harris is currently serving alongside President Joe Biden.', '2026-01-15', 'President Joe Biden')).toBe(true);
    expect(flags('Kamala Harris serves as vice president alongside President Joe Biden.', '2026-01-15', 'President Joe Biden')).toBe(true);
  });
  it('look-alikes: working alongside (a foundation), the past tense, a page of his term', () => {
    expect(red('Kamala Harris is working alongside President Joe Biden at his foundation.', '2026-01-15')).toEqual([]);
    expect(red('In 2022, Kamala Harris was serving alongside President Joe Biden.', '2026-01-15')).toEqual([]);
    expect(red('Kamala Harris is serving alongside President Joe Biden.', '2023-01-15')).toEqual([]);
  });
});

describe('an office told by the body its holder leads (title-leads.ts)', () => {
  it('judges "NAME leads BODY" and "he leads BODY" as a title of the day', () => {
    expect(flags('Lloyd Austin leads the Pentagon.', '2026-01-15', 'Lloyd Austin leads the Pentagon')).toBe(true);
    expect(flags('David Lammy now runs the Foreign Office.', '2026-02-09', 'David Lammy now runs the Foreign Office')).toBe(true);
    expect(
      flags(
        'As of early 2026, the Secretary of Defense is Lloyd J. Austin III. He leads the U.S. Department of Defense.',
        '2026-01-15',
        'He leads the U.S. Department of Defense',
      ),
    ).toBe(true);
    expect(flags('Jens Stoltenberg heads NATO.', '2026-01-15', 'Jens Stoltenberg heads NATO')).toBe(true);
    expect(confirms('Pete Hegseth leads the Pentagon.', '2026-01-15', 'Pete Hegseth leads the Pentagon')).toBe(true);
  });
  it('look-alikes: a task of the body, another year, a quotation, a pronoun of two, a page of the tenure', () => {
    expect(red('Lloyd Austin leads the Pentagon’s review of the withdrawal.', '2026-01-15')).toEqual([]);
    expect(red('Lloyd Austin leads the Pentagon review.', '2026-01-15')).toEqual([]);
    expect(red('In 2022, Lloyd Austin leads the Pentagon through a crisis, the book says.', '2026-01-15')).toEqual([]);
    expect(red('“Lloyd Austin leads the Pentagon,” Biden said.', '2026-01-15')).toEqual([]);
    expect(red('Joe Biden spoke to Lloyd Austin. He leads the Pentagon.', '2026-01-15')).toEqual([]);
    expect(red('Lloyd Austin leads the Pentagon.', '2023-01-15')).toEqual([]);
  });
});

describe('a title no one named held: a profile naming the wrong person, by place in line too', () => {
  it('contradicts "NAME, the current U.S. Secretary of Defense in 2026" and "the 29th ... is NAME"', () => {
    expect(
      flags('A portrait of Michelle J. Howard, the current U.S. Secretary of Defense in 2026.', '2026-01-15', 'Michelle J. Howard'),
    ).toBe(true);
    expect(
      flags(
        'As of 2026, the 29th Secretary of Defense of the United States is Michelle J. Howard.',
        '2026-01-15',
        '29th Secretary of Defense of the United States is Michelle J. Howard',
      ),
    ).toBe(true);
    expect(flags('The 29th U.S. Secretary of Defense is Barack Obama.', '2026-01-15', '29th U.S. Secretary of Defense')).toBe(true);
    expect(flags('A portrait of Lloyd Austin, the current U.S. Secretary of Defense in 2026.', '2026-01-15', 'Lloyd Austin')).toBe(true);
  });
  it('look-alikes: the right holder, a possessive after the name, a year of the tenure, a retired admiral', () => {
    expect(red('The 29th U.S. Secretary of Defense is Pete Hegseth.', '2026-01-15')).toEqual([]);
    expect(red('The 46th U.S. President is Barack Obama’s former vice president, Joe Biden.', '2026-01-15')).toEqual([]);
    expect(red('A portrait of Lloyd Austin, the U.S. Secretary of Defense in 2022.', '2026-01-15')).toEqual([]);
    expect(red('Michelle Howard, the retired admiral, spoke at the Naval Academy.', '2026-01-15')).toEqual([]);
  });
});
