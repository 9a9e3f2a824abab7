// Officials, seventeenth round: forms of words from held-out 15 (not in the repository; cited by id and URL), each
// tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('"-designate" or "-elect" long after the person took office, in a sentence that tells no other time', () => {
  // tb106 (2025-06-22), https://www.polskieradio.pl/395/7785/artykul/3541089,nato-seals-draft-deal-on-5-gdp-defense-spending-target-after-spain-relents
  const tb106 =
    'Under a blueprint from Secretary-General-designate Mark Rutte, countries would reach 5% by lifting core defense outlays to 3.5% of GDP and spending a further 1.5% on related areas such as cybersecurity and upgrading roads and bridges for military use.';
  const q = 'Secretary-General-designate Mark Rutte';

  it('the page’s stale title is outdated; so is "President-elect" a year after the inauguration', () => {
    expect(titleVerdicts(tb106, q, '2025-06-22')).toEqual(['outdated']);
    // g013 (2020-11-08), a true sentence moved a year on.
    const g013 = 'NATO Secretary General Jens Stoltenberg has congratulated US President-elect Joe Biden.';
    expect(titleVerdicts(g013, 'US President-elect Joe Biden', '2021-11-08')).toEqual(['outdated']);
  });

  it('true on its day, or soon after, or when the sentence tells another time: never flagged', () => {
    // Between the appointment (26 June 2024) and the handover (1 October 2024) the title is true.
    expect(isRed(verdictsOn(tb106, q, '2024-07-10'))).toBe(false);
    // Within 180 days of taking office a page may still tell of the days before it.
    expect(isRed(verdictsOn(tb106, q, '2024-12-20'))).toBe(false);
    const told = 'In July, Secretary-General-designate Mark Rutte visited Kyiv.';
    expect(isRed(verdictsOn(told, q, '2025-06-22'))).toBe(false);
    const year = 'In 2024 Secretary-General-designate Mark Rutte set out a blueprint.';
    expect(isRed(verdictsOn(year, q, '2025-06-22'))).toBe(false);
    const then = 'Rutte, then Secretary-General-designate, set out a blueprint.';
    expect(isRed(verdictsOn(then, 'Rutte', '2025-06-22'))).toBe(false);
    // g013 on its own day: the title is confirmed or left alone, never flagged.
    const g013 = 'NATO Secretary General Jens Stoltenberg has congratulated US President-elect Joe Biden.';
    expect(isRed(verdictsOn(g013, 'US President-elect Joe Biden', '2020-11-08'))).toBe(false);
  });
});

describe('"the NAME administration" told at work now, after that president left office', () => {
  // tc218 (2025-04-11), https://fluxdaily.news/article/If8cqOR0TNIm
  const tc218 =
    'This significant shift comes as the Biden administration moves to recalibrate its policies toward Ukraine amidst criticism that they lean toward Moscow.';
  // tc217 (2025-04-11), https://neutralecho.com/article/If8cqOR0TNIm
  const tc217 =
    "This marked the first instance since the group’s formation in 2022 that the Pentagon's chief was not physically present, raising concerns about the Biden administration's increasingly relaxed approach toward the ongoing war in Ukraine.";

  it('the pages’ slips are outdated', () => {
    expect(tenureVerdicts(tc218, 'the Biden administration moves', '2025-04-11')).toEqual(['outdated']);
    expect(tenureVerdicts(tc217, "the Biden administration's increasingly", '2025-04-11')).toEqual(['outdated']);
    const progressive = 'The talks come while the Obama administration is preparing new sanctions.';
    expect(tenureVerdicts(progressive, 'the Obama administration is preparing', '2025-04-11')).toEqual(['outdated']);
  });

  it('the administration in office, a hypothetical, the incoming one, or the past tense: never flagged', () => {
    expect(isRed(verdictsOn(tc218.replace('Biden', 'Trump'), 'the Trump administration', '2025-04-11'))).toBe(false);
    expect(isRed(verdictsOn(tc218, 'the Biden administration', '2024-04-11'))).toBe(false);
    // Within 30 days of the handover.
    expect(isRed(verdictsOn(tc218, 'the Biden administration', '2025-02-05'))).toBe(false);
    // December 2024: "the Trump administration" is the incoming one.
    const incoming = 'Kyiv worries as the Trump administration prepares to take office.';
    expect(isRed(verdictsOn(incoming, 'the Trump administration', '2024-12-10'))).toBe(false);
    const ifClause = 'It would matter if the Biden administration moves to act.';
    expect(isRed(verdictsOn(ifClause, 'the Biden administration', '2025-04-11'))).toBe(false);
    const past = 'The shift came as the Biden administration moved to recalibrate its policies.';
    expect(isRed(verdictsOn(past, 'the Biden administration', '2025-04-11'))).toBe(false);
    const passive = 'The move comes as the Biden administration is accused of having waited too long.';
    expect(isRed(verdictsOn(passive, 'the Biden administration', '2025-04-11'))).toBe(false);
    const recent = "Critics recall the Biden administration's recent decisions.";
    expect(isRed(verdictsOn(recent, 'the Biden administration', '2025-04-11'))).toBe(false);
  });
});

describe('a start of tenure told as "stepped into the NATO leadership role", "having taken office", "the alliance’s top civilian"', () => {
  it('"stepped into the NATO leadership role in YEAR": the year confirmed, another year contradicted', () => {
    // ta045 (2024-07-09), https://au.news.yahoo.com/biden-presents-nato-chief-presidential-230227324.html
    const ta045 = 'Jens Stoltenberg is NATO’s secretary general. Stoltenberg stepped into the NATO leadership role in 2014.';
    const q = 'Stoltenberg stepped into the NATO leadership role in 2014';
    expect(tenureVerdicts(ta045, q, '2024-07-09')).toEqual(['supported']);
    const wrong = ta045.replace('role in 2014', 'role in 2012');
    expect(tenureVerdicts(wrong, 'Stoltenberg stepped into the NATO leadership role in 2012', '2024-07-09')).toEqual(['contradicted']);
    // "the role" names no office: nothing is said.
    const role = 'Jens Stoltenberg stepped into the role in 2012.';
    expect(isRed(verdictsOn(role, 'stepped into the role in 2012', '2024-07-09'))).toBe(false);
  });

  it('"having first taken office in DATE" after the sentence’s subject: confirmed only', () => {
    // tb118 (2024-09-11), https://publicist24.com/mark-rutte-to-succeed-jens-stoltenberg-as-nato-secretary-general-on-october-1/
    const tb118 =
      'NATO Secretary General Jens Stoltenberg will formally pass the reins. Stoltenberg, 65, steps down as NATO’s 13th Secretary General, having first taken office in October 2014.';
    expect(tenureVerdicts(tb118, 'having first taken office in October 2014', '2024-09-11')).toEqual(['supported']);
    const off = tb118.replace('October 2014', 'October 2013');
    expect(isRed(verdictsOn(off, 'having first taken office in October 2013', '2024-09-11'))).toBe(false);
  });

  it('"the alliance’s top civilian (official)" is NATO’s Secretary General', () => {
    const s = "Jens Stoltenberg has been the alliance's top civilian official since 2014.";
    expect(tenureVerdicts(s, 'since 2014', '2023-07-04')).toEqual(['supported']);
    const wrong = s.replace('2014', '2012');
    expect(tenureVerdicts(wrong, 'since 2012', '2023-07-04')).toEqual(['contradicted']);
    expect(titleVerdicts('NATO’s top civilian Jens Stoltenberg said.', 'NATO’s top civilian Jens Stoltenberg', '2023-07-04')).toEqual([
      'supported',
    ]);
  });
});

describe('the US Secretaries of Defense’s numbers (Mattis 26th, Esper 27th, Austin 28th, Hegseth 29th)', () => {
  it('"confirmed NAME to be the 27th defense secretary" is confirmed; another number is never confirmed', () => {
    // ta003 (2019-07-23): "The Senate on July 23 confirmed Mark Esper to be the 27th defense secretary by a vote of 90-8."
    const ta003 = 'The Senate on July 23 confirmed Mark Esper to be the 27th defense secretary by a vote of 90-8.';
    expect(tenureVerdicts(ta003, '27th defense secretary', '2019-07-23')).toEqual(['supported']);
    const austin = 'Lloyd Austin is the 28th secretary of defense.';
    expect(tenureVerdicts(austin, 'Lloyd Austin is the 28th secretary of defense', '2022-01-01')).toEqual(['supported']);
    const wrong = 'Lloyd Austin is the 27th secretary of defense.';
    expect(tenureVerdicts(wrong, 'Lloyd Austin is the 27th secretary of defense', '2022-01-01')).not.toContain('supported');
  });
});

describe('a biography’s start of tenure told by the year the sentence opens with: "In 2001 he was appointed secretary of state"', () => {
  // ta020 (2021-10-19), https://quizzclub.com/games/welcome/who-was-the-first-african-american-to-hold-the-position-of-secretary-of-state/answer/2502735/
  const lead = 'Colin Powell, in full Colin Luther Powell, was a U.S. general and statesman. ';
  const ta020 = 'In 2001 he was appointed secretary of state by Pres. George W. Bush.';

  it('confirmed for the one person named before who took that office that year', () => {
    expect(tenureVerdicts(lead + ta020, 'In 2001 he was appointed secretary of state', '2021-10-19')).toEqual(['supported']);
    const named = 'Mark Rutte was born in The Hague. In 2010, Rutte became Prime Minister of the Netherlands.';
    expect(tenureVerdicts(named, 'Rutte became Prime Minister', '2024-10-01')).toEqual(['supported']);
  });

  it('another year, another office, a deputy or no one named before: never flagged', () => {
    const year = lead + ta020.replace('2001', '2003');
    expect(isRed(verdictsOn(year, 'In 2003 he was appointed secretary of state', '2021-10-19'))).toBe(false);
    expect(kindOn('tenure', year, 'In 2003 he was appointed', '2021-10-19')).toEqual([]);
    const deputy = lead + 'In 2001 he was appointed deputy secretary of state.';
    expect(kindOn('tenure', deputy, 'In 2001 he was appointed', '2021-10-19')).toEqual([]);
    expect(kindOn('tenure', ta020, 'In 2001 he was appointed', '2021-10-19')).toEqual([]);
  });
});

describe('"special envoy for/to Ukraine" names Volker’s post (2017–2019) as well as Kellogg’s (2024–2025)', () => {
  it('each holder confirmed in his own time; Volker’s title long after it is stale', () => {
    // ta009 (2020-02-11), https://www.kyivpost.com/post/7912
    const ta009 = 'He had conversations with former U.S. special envoy to Ukraine, Kurt Volker, and others.';
    expect(titleVerdicts(ta009, 'former U.S. special envoy to Ukraine, Kurt Volker', '2020-02-11')).toEqual(['supported']);
    const volker = 'Kurt Volker, the US special envoy for Ukraine, resigned.';
    expect(titleVerdicts(volker, 'Kurt Volker, the US special envoy for Ukraine', '2019-05-28')).toEqual(['supported']);
    // tb116 (2025-11-23): "Trump’s special envoy for Ukraine, Keith Kellogg"
    const kellogg = 'Trump’s special envoy for Ukraine, Keith Kellogg, spoke.';
    expect(titleVerdicts(kellogg, 'special envoy for Ukraine, Keith Kellogg', '2025-03-01')).toEqual(['supported']);
  });
});

describe('"proposed him to replace NAME": the successor is the object pronoun’s, named before it', () => {
  // ta039 (2023-09-06), https://www.hindustantimes.com/world-news/russia-ukraine-war-who-is-ukraines-new-defence-minister-rustem-umerov-101694000312788-amp.html
  const ta039 =
    "Ukraine's parliament voted to approve the appointment of Rustem Umerov as defence minister after the country's president Volodymyr Zelensky proposed him to replace Oleksii Reznikov.";

  it('confirmed; a predecessor no one named took over from says nothing', () => {
    expect(tenureVerdicts(ta039, 'to replace Oleksii Reznikov', '2023-09-06')).toEqual(['supported']);
    const kuleba = ta039.replace('Oleksii Reznikov', 'Dmytro Kuleba');
    expect(kindOn('tenure', kuleba, 'to replace Dmytro Kuleba', '2023-09-06')).toEqual([]);
  });
});
