// Round 34, confirmations (confirm helper). A NATO fact told in a passage that does not name NATO, as a paragraph or an
// excerpt of a page about the alliance does (nato-understood.ts): the passage is read as if NATO were named just before it
// and only a confirmation of that reading is kept. Dev quotes (held-out 26-32) are marked with their entry id; the rest
// are variants of our own: other counts, countries, dates and word orders, their wrong twins (not confirmed) and the
// passages of other bodies (not confirmed, never flagged).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);
const confirmed = (text: string, asOf: string) => verdicts(text, asOf).includes('supported');
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));

type Case = readonly [text: string, asOf: string];
const expectConfirmed = (cases: readonly Case[]) => {
  for (const [text, asOf] of cases) {
    expect(confirmed(text, asOf), `${asOf} ${text}`).toBe(true);
    expect(red(text, asOf), `${asOf} ${text}`).toEqual([]);
  }
};
const expectNotConfirmed = (cases: readonly Case[]) => {
  for (const [text, asOf] of cases) {
    expect(confirmed(text, asOf), `${asOf} ${text}`).toBe(false);
  }
};
// Not confirmed as NATO's (another body's reader may confirm it as that body's).
const expectNotNato = (cases: readonly Case[]) => {
  for (const [text, asOf] of cases) {
    const natoSaid = analyze(text, asOf).filter((a) => a.verdict === 'supported' && /\bNATO\b/.test(a.message));
    expect(natoSaid, `${asOf} ${text}`).toEqual([]);
    expect(red(text, asOf), `${asOf} ${text}`).toEqual([]);
  }
};

describe('member counts with NATO unnamed', () => {
  it('confirms the count on the day in every form', () => {
    expectConfirmed([
      ['the 32 member states', '2024-12-03'], // ga039
      ['leaders from all 32 member states', '2025-06-24'], // jc029
      ['the alliance’s 32 members', '2025-01-30'], // kj005
      ['it now has 31 members', '2023-04-04'], // ja024
      ['several of the other 28 members', '2019-04-05'], // ia041
      ['a political and military alliance among 28 countries', '2017-02-17'], // ib004
      ['an intergovernmental military alliance between 31 member-states', '2023-04-04'], // id001
      ['With 29 European and 2 North American members', '2023-10-10'], // ig004
      // Variants: other counts and days, other word orders.
      ['The ambassadors of all 30 member states signed the protocols.', '2022-07-05'],
      ['The alliance’s 29 members will meet in London.', '2019-11-20'],
      ['Today the organisation counts 30 member countries.', '2021-06-01'],
      ['Ministers from the other 31 member states were present.', '2024-05-02'],
      ['Flags of the 31 member nations fly outside the headquarters.', '2023-09-15'],
      ['It was endorsed unanimously by all 29 members.', '2018-07-12'],
    ]);
  });
  it('does not confirm a count the alliance did not have that day', () => {
    expectNotConfirmed([
      ['the 32 member states', '2022-05-01'],
      ['the alliance’s 30 members', '2025-01-30'],
      ['it now has 33 members', '2025-04-04'],
      ['several of the other 29 members', '2019-04-05'],
      ['Leaders from all 31 member states gathered.', '2025-06-24'],
    ]);
  });
  it('leaves alone a count another body had that day', () => {
    expectNotNato([
      // The EU had 28 members too until 2020, and NATO 28 until June 2017: with no alliance named, either.
      ['the 28 member states', '2015-03-01'],
      ['The EU’s 28 member states agreed on new measures.', '2016-03-01'],
      ['The club now has 32 members.', '2024-05-01'],
      ['32 teams from 32 countries will play in the finals.', '2019-06-01'],
      ['The 31 member states of the coalition met in Rome.', '2023-06-01'],
    ]);
  });
});

describe('accessions with NATO unnamed', () => {
  it('confirms the countries and their year or month', () => {
    expectConfirmed([
      ['Albania and Croatia joined in 2009', '2017-02-17'], // ib004
      ['The Czech Republic, Hungary and Poland joined in 1999', '2017-02-17'], // ib004
      ['Montenegro became a member in 2017 and North Macedonia in 2020', '2025-07-06'], // ga049
      ['Finland joined the bloc in April 2023', '2024-03-07'], // ib010
      ['Spain became a member in 1982', '2024-04-12'], // jd002
      // Variants.
      ['Poland, Hungary, and the Czech Republic joined in 1999.', '2020-01-10'],
      ['North Macedonia became a member in March 2020.', '2021-05-01'],
      ['Sweden joined in March 2024.', '2024-10-01'],
      ['Montenegro joined in 2017, and North Macedonia followed in 2020.', '2023-02-01'],
    ]);
  });
  it('does not confirm another year, nor the EU’s', () => {
    expectNotConfirmed([
      ['Albania and Croatia joined in 2013', '2017-02-17'],
      ['Spain became a member in 1986', '2024-04-12'],
      ['Poland, Hungary and the Czech Republic joined in 2004.', '2024-05-01'],
      ['Finland joined in 1995.', '2023-01-10'],
      ['Croatia joined in 2013.', '2024-05-01'],
      ['Sweden joined in April 2023.', '2024-10-01'],
    ]);
  });
  it('never flags what it may not be of', () => {
    for (const [text, asOf] of [
      ['Poland, Hungary and the Czech Republic joined in 2004.', '2024-05-01'],
      ['Finland joined in 1995.', '2023-01-10'],
      ['Croatia joined in 2013.', '2024-05-01'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('spending targets with NATO unnamed', () => {
  it('confirms The Hague’s parts and the 2% target in a sentence of GDP or defence', () => {
    expectConfirmed([
      ['agreed to increase defence spending to 5% of GDP', '2025-06-25'], // ia009
      ['The remaining 1.5% can be used for broader, defence-related areas', '2025-06-25'], // jb012
      ['3.5% will go directly toward core defence', '2025-06-26'], // jd011
      // Variants.
      ['Members will invest 3.5% of GDP in core defence by 2035.', '2025-09-01'],
      ['Governments agreed to lift military spending to 5% of GDP within a decade.', '2025-07-02'],
    ]);
  });
  it('does not confirm a figure of another domain or a wrong one', () => {
    expectNotConfirmed([
      ['emissions cut 5% by 2035', '2024-07-01'],
      ['The remaining 2.5% can be used for broader, defence-related areas', '2025-06-25'],
      ['Inflation is far above the current target of 2%.', '2025-07-01'],
    ]);
  });
});

describe('the founding told by the treaty', () => {
  it('confirms the founding year with the treaty named or its day, not a year alone', () => {
    expectConfirmed([
      ['It was established in 1949 with the signing of the North Atlantic Treaty', '2024-04-05'], // re004 (held-out 30)
      ['The organisation was founded in 1949, when the North Atlantic Treaty was signed in Washington.', '2021-03-01'],
    ]);
    expectNotConfirmed([
      ['established in 1949', '2019-04-03'],
      ['The organisation was founded in 1949.', '2021-03-01'],
    ]);
  });
});

describe('summits with NATO unnamed', () => {
  it('confirms a summit told by its city and month', () => {
    expectConfirmed([
      ['the Vilnius Summit in July', '2023-06-29'], // ia035
      ['the summit in Washington in July', '2024-03-05'], // ja031
      ['Thursday’s foreign minister meeting in Turkish Belek', '2025-05-15'], // ia027
      // Variants.
      ['Leaders will gather for the summit in Madrid in June.', '2022-05-20'],
      ['the summit in The Hague in June', '2025-03-10'],
      // A summit named by its city, held within a year of the page.
      ['in preparation for the Vilnius Summit', '2023-04-04'], // b036 (held-out 13)
      ['the recently adopted Hague Summit Declaration', '2025-10-13'], // ic026
      ['Ministers discussed the upcoming Washington Summit.', '2024-01-15'],
      ['the Madrid summit decisions, should be achieved before Vilnius summit', '2023-01-31'], // na002
    ]);
  });
  it('does not confirm a city’s summit years away, or another group’s summit there', () => {
    expectNotConfirmed([
      ['Ministers discussed the upcoming Washington Summit.', '2016-03-01'],
      ['the Madrid summit decisions, should be achieved before Vilnius summit', '2015-12-01'],
      ['the B9 Summit in Bucharest', '2021-05-10'],
    ]);
  });
  it('does not confirm a summit in another month, or in Brussels (the EU meets there too)', () => {
    expectNotConfirmed([
      ['the Vilnius Summit in September', '2023-06-29'],
      ['the summit in Washington in July', '2023-03-01'],
      ['the summit in June in Brussels', '2021-05-11'],
      ['the B9 Summit in Bucharest', '2021-05-10'],
    ]);
  });
});

describe('sanctions packages with the EU unnamed', () => {
  it('confirms a package told by its number near its day', () => {
    expectConfirmed([
      ['its 18th sanctions package against Russia', '2025-07-18'], // held-out 30 ud306
      ['the sixth package of sanctions against Russia', '2022-06-03'], // xa027
      ['we did not reach an agreement on the 20th sanctions package', '2026-02-23'], // sa048
      // Variants.
      ['Ministers adopted the 14th sanctions package against Russia on Monday.', '2024-06-25'],
      ['The 17th package of sanctions against Moscow targets the shadow fleet.', '2025-05-21'],
    ]);
  });
  it('does not confirm a package of another number, or one told with another sanctioning power', () => {
    expectNotConfirmed([
      ['its 19th sanctions package against Russia', '2025-07-18'],
      ['Ministers adopted the 15th sanctions package against Russia on Monday.', '2024-06-25'],
      ['Washington and London announced their 18th sanctions package against Russia.', '2025-07-18'],
    ]);
  });
});

describe('the founders with NATO unnamed', () => {
  it('confirms twelve founders in 1949, not another count', () => {
    expectConfirmed([
      ['The original 12 countries signed a pact in 1949', '2017-02-17'], // held-out 32 ib004
      ['The original twelve countries in 1949', '2019-04-03'], // jg001
      ['In 1949, twelve countries signed the treaty as its founding members.', '2024-04-04'],
    ]);
    expectNotConfirmed([['The original 14 countries signed a pact in 1949', '2017-02-17']]);
  });
});
