// Errors of real pages (errors2.jsonl, collected in the eleventh round from rewritten and
// machine-written news sites), and the rules and office data they are judged by. Each family is
// tested on the page's sentence, on sentences of the same kind from other pages (URLs in comments),
// with the fact changed, and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('"Senator" said of a senator who left the Senate for an executive post', () => {
  // https://www.crbcnews.com/articles/692d7ee3eb4cc33c7fb30ed9 (errors2 x003, 1 December 2025): a rewrite of a
  // CBS story that turned "Secretary of State" into "Senator".
  const x003 =
    'Senator Marco Rubio described the session — which included special envoy Steve Witkoff, Jared Kushner ' +
    '(President Trump’s son-in-law) and members of the Ukrainian delegation — as "productive and useful".';

  it('the page of December 2025 is flagged: Rubio left the Senate on 20 January 2025', () => {
    expect(verdictsOn(x003, 'Senator Marco Rubio', '2025-12-01')).toEqual(['outdated']);
    // The same stale title with the state before it.
    expect(verdictsOn('Florida Senator Marco Rubio said the talks went well.', 'Senator Marco Rubio', '2025-06-15')).toEqual(['outdated']);
    // JD Vance resigned his Ohio seat effective 10 January 2025 to become Vice President
    // (https://cbsnews.com/colorado/news/jd-vance-resign-senate/).
    expect(verdictsOn('US Senator JD Vance spoke in Munich.', 'US Senator JD Vance', '2025-02-15')).toEqual(['outdated']);
  });

  it('the same title while they sat in the Senate is confirmed', () => {
    // https://www.devdiscourse.com/article/politics/3226226-rubio-urges-russia-and-ukraine-concessions-for-peace
    // (15 January 2025): "Senator Marco Rubio, nominated as the U.S. Secretary of State by President-elect Donald Trump"
    const nominee = 'Senator Marco Rubio, nominated as the U.S. Secretary of State by President-elect Donald Trump, spoke.';
    expect(verdictsOn(nominee, 'Senator Marco Rubio', '2025-01-15')).toEqual(['supported']);
    expect(verdictsOn(x003, 'Senator Marco Rubio', '2023-06-01')).toEqual(['supported']);
    // https://en.vijesti.me/world-a/globus/716123/Europeans-fear-Vance (July 2024): "In February, Europe's political
    // and foreign policy elite heard directly from Senator JD Vance"
    const vijesti = "In February, Europe's political and foreign policy elite heard directly from Senator JD Vance about his views.";
    expect(verdictsOn(vijesti, 'Senator JD Vance', '2024-07-20')).toEqual(['supported']);
  });

  it('past times, "former" and "then-" are not flagged', () => {
    expect(isRed(verdictsOn('In 2019, Senator Marco Rubio said the deal was bad.', 'Senator Marco Rubio', '2025-06-15'))).toBe(false);
    expect(verdictsOn('Former Senator Marco Rubio, now Secretary of State, spoke.', 'Marco Rubio', '2025-06-15')).toEqual(['supported']);
    expect(isRed(verdictsOn('Then-Senator Marco Rubio opposed the deal in 2019.', 'Marco Rubio', '2025-06-15'))).toBe(false);
    // https://wsvn.com/news/politics/marco-rubio-sworn-in-as-u-s-secretary-of-state/ (21 January 2025)
    expect(isRed(verdictsOn('Rubio, a former Florida senator, became the first cabinet official sworn in.', 'Rubio', '2025-01-21'))).toBe(
      false,
    );
  });

  it('senators the fact base does not list are never judged', () => {
    // The Senate has a hundred seats; only senators who took a post the fact base follows are listed.
    const others = 'Senator Lindsey Graham and Senator Bernie Sanders spoke. Senator Kamala Harris spoke. Senator Ashley Moody spoke.';
    for (const quote of ['Lindsey Graham', 'Bernie Sanders', 'Kamala Harris', 'Ashley Moody'])
      expect(isRed(verdictsOn(others, quote, '2025-06-15'))).toBe(false);
    // https://thehornnews.com/?p=152700 (January 2025): "Sen. Mike Lee, R-Utah, acknowledged Vance’s departure"
    expect(isRed(verdictsOn('Sen. Mike Lee, R-Utah, acknowledged Vance’s departure.', 'Mike Lee', '2025-01-11'))).toBe(false);
  });
});

describe('"Vice President" said of a former US vice president', () => {
  // https://asb-media.info/en/kuleba-proposed-a-symbolic-gesture-of-lighting-a-candle-upon-trumps-departure-from-negotiations
  // (held-out 9, v050, April 2025): Pence left office in 2021; JD Vance was Vice President.
  const v050 =
    'While the U.S. has indicated that if an agreement between Russia and Ukraine isn’t reached soon, they will shift focus to ' +
    'other foreign policy issues, Vice President Mike Pence remains optimistic about a resolution.';

  it('is flagged: the press writes "former Vice President" once they leave office', () => {
    expect(verdictsOn(v050, 'Vice President Mike Pence', '2025-04-20')).toEqual(['outdated']);
    expect(
      verdictsOn('Vice President Kamala Harris criticized the tariffs on Wednesday.', 'Vice President Kamala Harris', '2025-05-01'),
    ).toEqual(['outdated']);
  });

  it('the title in office, with "former", "then-" or a past time is not flagged', () => {
    // https://au.news.yahoo.com/biden-convene-ukraine-allies-germany-100000661.html (Bloomberg, September 2024)
    const bloomberg =
      'Vice President Kamala Harris lambasted Donald Trump for seeking to pressure Ukraine to negotiate an end to Russia’s war.';
    expect(verdictsOn(bloomberg, 'Vice President Kamala Harris', '2024-09-26')).toEqual(['supported']);
    // https://wbhm.org/npr-story/kamala-harris-slams-trump-tariffs-in-her-first-major-speech-since-he-took-office/ (NPR, April 2025)
    const npr =
      'Former Vice President Kamala Harris, in her first major public remarks since leaving the White House, criticized President Trump’s tariff policies.';
    expect(verdictsOn(npr, 'Former Vice President Kamala Harris', '2025-04-30')).toEqual(['supported']);
    expect(isRed(verdictsOn('Then-Vice President Joe Biden pushed for the prosecutor’s dismissal.', 'Joe Biden', '2019-10-01'))).toBe(
      false,
    );
    expect(isRed(verdictsOn('In 2014, Vice President Joe Biden visited Kyiv.', 'Joe Biden', '2019-10-01'))).toBe(false);
    expect(verdictsOn('Mike Pence, the former vice president, spoke.', 'Mike Pence', '2023-06-01')).toEqual(['supported']);
  });
});
