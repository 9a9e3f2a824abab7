// Round 26, errors other than titles read as families (made-up sentences in the forms of held-out 24's misses, not its
// own): (1) NATO's founding counted back from the page ("since the Washington Treaty was signed 75 years ago", June
// 2025: 76; alliance-age.ts); (2) an arms-control treaty's age ("the Open Skies Treaty, an 18-year-old ... agreement")
// and the day it expired, entered into force or was signed (arms-control.ts); (3) an Article 4 consultation told as the
// first since a year (treaty-articles.ts); (4) the last ally to ratify a candidate's accession told with its place in
// line ("the 31st and final NATO member that ratifies Helsinki's bid"; accession-ratifier-order.ts). Each with true
// look-alikes that stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags, supportedQuotes } from './helpers';

const verdicts = (text: string, asOf: string) => redFlags(text, asOf).map((a) => a.verdict);

describe("NATO's founding counted back from the page", () => {
  it('a count a year or more off the age is contradicted', () => {
    for (const [text, asOf] of [
      ["The alliance's ranks have grown to 32 countries since the Washington Treaty was signed 75 years ago.", '2025-06-25'],
      ['Much has changed since NATO was founded 70 years ago.', '2024-11-02'],
      ['NATO has grown steadily since its founding 72 years ago.', '2023-05-25'],
      ['When NATO was established 80 years ago, it had 12 members.', '2025-06-25'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the age of the day, the round number just after the anniversary, qualified counts and other treaties are not flagged', () => {
    expect(
      supportedQuotes('Allies have multiplied since the Washington Treaty was signed 76 years ago.', '2025-06-25').join(' '),
    ).toContain('76 years ago');
    expect(supportedQuotes('NATO, founded 75 years ago, is meeting in Washington.', '2024-07-09').join(' ')).toContain('75 years ago');
    for (const [text, asOf] of [
      ['NATO has 32 members since the Washington Treaty was signed 75 years ago.', '2025-04-10'],
      ['NATO has grown since its founding more than 70 years ago.', '2025-06-25'],
      ['The alliance was founded 75 years ago.', '2025-06-25'],
      ['The Washington Treaty was signed 100 years ago, limiting the tonnage of battleships.', '2022-02-06'],
      ['In 1999, Clinton noted that much had changed since NATO was founded 50 years ago.', '2019-12-03'],
      ['"Much has changed since NATO was founded 70 years ago," Stoltenberg said.', '2024-06-01'],
      ['Much has changed since its founding 74 years ago, NATO’s chief said.', '2025-05-25'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe("NATO's age as an adjective", () => {
  it('two years or more off, with NATO named, is contradicted; a year off or "the alliance" is not flagged', () => {
    expect(verdicts('Leaders of the 70-year-old NATO gather in The Hague this week.', '2025-06-23')).toEqual(['contradicted']);
    expect(supportedQuotes('Leaders of the 76-year-old NATO gather in The Hague this week.', '2025-06-23').join(' ')).toContain(
      '76-year-old',
    );
    for (const text of [
      'Leaders of the 75-year-old NATO gather in The Hague this week.',
      'Leaders of the 70-year-old alliance gather in The Hague this week.',
      'In 2019, leaders of the 70-year-old NATO gathered in London.',
    ])
      expect(verdicts(text, '2025-06-23'), text).toEqual([]);
  });
});

describe("an arms-control treaty's age and days", () => {
  it('an age far from both its signing and its entry into force is contradicted', () => {
    expect(verdicts('The United States withdrew from the Open Skies Treaty, a 25-year-old arms control agreement.', '2020-11-23')).toEqual([
      'contradicted',
    ]);
    expect(verdicts('Washington formally left the 40-year-old INF Treaty with Russia on Friday.', '2019-08-03')).toEqual(['contradicted']);
  });
  it('an age from either start is confirmed, never flagged', () => {
    for (const [text, asOf, quote] of [
      ['The United States withdrew from the Open Skies Treaty, an 18-year-old arms control agreement.', '2020-11-23', '18-year-old'],
      ['The United States withdrew from the Open Skies Treaty, a 28-year-old arms control agreement.', '2020-11-23', '28-year-old'],
      ['Washington formally left the 31-year-old INF Treaty with Russia on Friday.', '2019-08-03', '31-year-old'],
      ['Putin suspended the 12-year-old New START treaty with the United States.', '2023-02-22', '12-year-old'],
    ]) {
      expect(verdicts(text, asOf), text).toEqual([]);
      expect(supportedQuotes(text, asOf).join(' '), text).toContain(quote);
    }
  });
  it('the signing counted back from the page: two years or more off is contradicted, the count of the day confirmed', () => {
    expect(verdicts('The US left the INF Treaty, signed 40 years ago, on Friday.', '2019-08-03')).toEqual(['contradicted']);
    expect(verdicts('The New START treaty, which was signed 25 years ago, runs out next year.', '2025-04-08')).toEqual(['contradicted']);
    for (const [text, asOf, quote] of [
      ['The US left the INF Treaty, signed 32 years ago, on Friday.', '2019-08-03', 'signed 32 years ago'],
      ['The New START treaty, signed in Prague 15 years ago, runs out next year.', '2025-04-08', '15 years ago'],
    ]) {
      expect(verdicts(text, asOf), text).toEqual([]);
      expect(supportedQuotes(text, asOf).join(' '), text).toContain(quote);
    }
    expect(verdicts('The US left the INF Treaty, signed 31 years ago, on Friday.', '2019-08-03')).toEqual([]);
  });
  it('a day two or more off the expiry, entry into force or signing is contradicted', () => {
    for (const [text, asOf] of [
      ['The New START treaty between Russia and the US expires on February 16, 2026.', '2026-01-20'],
      ['The New START treaty expired on February 25, 2026, and no new limits followed.', '2026-03-03'],
      ['The New START treaty entered into force on February 25, 2011.', '2023-06-03'],
      ['The INF Treaty entered into force on June 1, 1989.', '2019-02-02'],
      ['The Open Skies Treaty entered into force on January 1, 2003.', '2020-05-22'],
      ['The INF Treaty was signed on December 18, 1987.', '2019-02-02'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right day, a day off, the first term and other verbs are not flagged', () => {
    for (const [text, asOf] of [
      ['The New START treaty expires on February 5, 2026.', '2026-01-20'],
      ['The New START treaty between Russia and the US expires February 6, 2026.', '2026-01-20'],
      ['The New START treaty expires on February 15, 2021 unless it is extended.', '2020-06-03'],
      ['The New START treaty, which was due to expire on February 5, 2021, was extended for five years.', '2023-06-03'],
      ['The INF treaty signed in 1987 ended on August 2, 2019.', '2023-06-03'],
      ['Gorbachev, who signed the INF Treaty, died on August 30, 2022.', '2023-06-03'],
      ['The New START treaty, signed on April 8, 2010 in Prague, entered into force in February 2011.', '2023-06-03'],
      ['Russia signed a law on February 28, 2023 suspending the New START treaty.', '2023-06-03'],
      ['The New START treaty was extended on February 3, 2021, until February 5, 2026.', '2021-02-04'],
      ['The New START treaty expired at midnight on February 5, 2026.', '2026-02-06'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
    const dayOff = analyze('The New START treaty between Russia and the US expires February 6, 2026.', '2026-01-20');
    expect(dayOff.filter((a) => a.verdict === 'supported')).toEqual([]);
  });
});

describe('the ABM Treaty and START I', () => {
  it('a withdrawal, signing or expiry off the record is contradicted', () => {
    for (const [text, asOf] of [
      ['The United States withdrew from the ABM Treaty in 2004.', '2020-06-01'],
      ['The Anti-Ballistic Missile Treaty was signed in 1974 by the US and the Soviet Union.', '2020-06-01'],
      ['The START I treaty between the US and Russia expired on December 25, 2009.', '2020-06-01'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the record, the notice year and START II are not flagged', () => {
    for (const text of [
      'The United States withdrew from the ABM Treaty with Russia in 2002.',
      'The United States withdrew from the ABM Treaty with Russia in 2001.',
      'The Anti-Ballistic Missile Treaty was signed in 1972 by Nixon and Brezhnev.',
      'The START I treaty between the US and Russia expired on December 5, 2009.',
      'The START II treaty between the US and Russia was signed in 1993.',
    ])
      expect(verdicts(text, '2020-06-01'), text).toEqual([]);
    expect(supportedQuotes('The United States withdrew from the ABM Treaty with Russia in 2002.', '2020-06-01').join(' ')).toContain(
      'ABM Treaty',
    );
  });
});

describe('an Article 4 consultation told as the first since a year', () => {
  it('a year before the previous consultation is contradicted', () => {
    for (const [text, asOf] of [
      ['This marks the first time NATO Article 4 has been invoked since 2020.', '2025-09-12'],
      ['It is the first time NATO allies have invoked Article 4 since 2021.', '2025-09-12'],
      ['Eight allies invoked NATO Article 4 on Thursday, the first time since 2015.', '2022-02-25'],
      ['Turkey requested NATO Article 4 consultations, the first such request since 2012.', '2020-03-01'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it("the previous consultation's year, another ally's count and unclear consultations are not flagged", () => {
    for (const [text, asOf] of [
      ['This marks the first time NATO Article 4 has been invoked since 2022.', '2025-09-12'],
      ["It was the first time NATO's Article 4 had been invoked since February 2022.", '2025-09-12'],
      ["Poland invoked NATO's Article 4 for the first time since 2022.", '2025-09-12'],
      ['Turkey requested NATO Article 4 consultations, the first such request since 2015.', '2020-03-01'],
      ["NATO's Article 4 was invoked earlier this month for the first time since 2022.", '2025-09-24'],
      ['It would be the first time NATO Article 4 was invoked since 2022 if Poland asked.', '2023-03-01'],
      ["This marks the first time NATO's Article 4 has been invoked since Russia's invasion of Ukraine.", '2025-09-12'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
    expect(supportedQuotes('This marks the first time NATO Article 4 has been invoked since 2022.', '2025-09-12').join(' ')).toContain(
      'since 2022',
    );
  });
});

describe('the last ally to ratify, with its place in line', () => {
  it('a place that is not the count of allies of the day is contradicted', () => {
    for (const [text, asOf] of [
      [
        "The Turkish parliament backed Finland joining NATO, making it the 31st and final NATO member that ratifies Helsinki's bid.",
        '2023-03-31',
      ],
      ["Hungary became the 30th and last NATO member to ratify Sweden's accession on Monday.", '2024-02-27'],
      ["Spain became the 28th and last NATO ally to ratify North Macedonia's accession.", '2020-03-18'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right place is confirmed; a place ahead or with two candidates is not flagged', () => {
    for (const [text, asOf, quote] of [
      ["Turkey became the final and 30th member to ratify Finland's bid to join NATO on Thursday.", '2023-03-31', 'final and 30th member'],
      ["Hungary became the 31st and last NATO member to ratify Sweden's accession on Monday.", '2024-02-27', '31st and last'],
      ["Spain became the 29th and last NATO ally to ratify North Macedonia's accession.", '2020-03-18', '29th and last'],
    ]) {
      expect(verdicts(text, asOf), text).toEqual([]);
      expect(supportedQuotes(text, asOf).join(' '), text).toContain(quote);
    }
    for (const [text, asOf] of [
      ["Turkey could become the 31st and final member to ratify Finland's bid to join NATO.", '2023-03-20'],
      ["After Finland joined, Hungary became the 30th and last ally to ratify Sweden's NATO accession.", '2024-02-27'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});
