// Errors of real pages (errors3.jsonl, collected in the twelfth round from rewritten, machine-written
// and fabricated news pages), and the rules they are judged by. Each family is tested on the page's
// sentence, on sentences of the same kind from other pages (URLs in comments), with the fact changed,
// and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe('an event city put in a country that does not hold it', () => {
  // https://www.fsxbusiness.com/nato (errors3 z008, "Published on 06/25/25").
  const z008 =
    'NATO members, initially wary of U.S. President Donald Trump as they gathered for their annual summit in The Hague, ' +
    'Switzerland, concluded the meeting with a unified agreement to increase military spending to 5% of GDP.';

  it('the page is flagged: The Hague is in the Netherlands', () => {
    expect(eventVerdictsOn(z008, 'The Hague, Switzerland', '2025-06-25')).toEqual(['contradicted']);
  });

  it('the same sentence with the right country is confirmed', () => {
    const fixed = z008.replace('Switzerland', 'Netherlands');
    expect(eventVerdictsOn(fixed, 'The Hague, Netherlands', '2025-06-25')).toEqual(['supported']);
    expect(isRed(verdictsOn(fixed, 'The Hague', '2025-06-25'))).toBe(false);
  });

  it('true sentences of the form, from other pages, are not flagged', () => {
    // https://afnnews.qaasid.com/?p=22080 (after the summit, 2025)
    const afn = 'The North Atlantic Treaty Organization (NATO) convened its 2025 summit in The Hague, Netherlands, from June 24 to 25.';
    expect(isRed(verdictsOn(afn, 'The Hague, Netherlands', '2025-07-01'))).toBe(false);
    // https://www.scrolli.co/global/alara/nato-summit-to-address-spending (June 2025)
    const scrolli =
      'The NATO summit in The Hague, Netherlands, on June 24-25, 2025, is set against a backdrop of escalating tensions regarding defense spending.';
    expect(isRed(verdictsOn(scrolli, 'The Hague, Netherlands', '2025-06-20'))).toBe(false);
    // https://dailyweekly.news/2025/02/us-secretary-of-state-antony-blinken-travels-to-saudi-arabia-for-peace-talks-between-russia-and-ukraine
    // (errors3 z001, February 2025), in the sentence of AP and BBC copy that says where the talks would be.
    const riyadh =
      'Russian newspaper Kommersant reported that these discussions will occur on Tuesday in Riyadh, Saudi Arabia, citing anonymous sources.';
    expect(isRed(verdictsOn(riyadh, 'Riyadh, Saudi Arabia', '2025-02-17'))).toBe(false);
    // A state after the city is no country: https://theeducatedworld.com/trump-putin-shake-hands-aheadof-ukraine-talks-at-alaska-summit
    const alaska = 'Trump and Putin met at the summit in Anchorage, Alaska on August 15, 2025.';
    expect(isRed(verdictsOn(alaska, 'Anchorage, Alaska', '2025-08-16'))).toBe(false);
  });

  it('the same for a ministers’ meeting (generated from the fact base: 96 events, each in its city with the right and a wrong country)', () => {
    const wrong = 'NATO defence ministers met in Brussels, the Netherlands, on October 24, 2019 to discuss Syria.';
    expect(eventVerdictsOn(wrong, 'Brussels, the Netherlands', '2019-10-26')).toEqual(['contradicted']);
    const right = wrong.replace('the Netherlands', 'Belgium');
    expect(eventVerdictsOn(right, 'Brussels, Belgium', '2019-10-26')).toEqual(['supported']);
  });

  it('a list of places after the city is not read as its country', () => {
    const list = 'NATO leaders met at the summit in The Hague, Belgium and Germany sent their defence ministers, on June 24, 2025.';
    expect(isRed(verdictsOn(list, 'The Hague', '2025-06-25'))).toBe(false);
    const listed = 'The summit in The Hague, Poland, Germany and France agreed on 5% on June 25, 2025.';
    expect(isRed(verdictsOn(listed, 'The Hague', '2025-06-26'))).toBe(false);
  });
});

describe('a country named as what talks are about, not where an event is held', () => {
  // https://sundayguardianlive.com/editors-choice/when-trump-and-putin-meet-in-alaska-will-there-be-a-repeat-of-helsinki-2018-137065
  // (errors3 z007, 10 August 2025): "Ukraine" was read as the Alaska summit's place, a red flag on a true sentence.
  const z007 =
    'Trump to meet Putin on August 15 in first US-Russia summit since 2021, amid stalled Ukraine peace talks and rising tensions.';

  it('the page is not flagged', () => {
    expect(isRed(verdictsOn(z007, 'Ukraine', '2025-08-10'))).toBe(false);
  });

  it('sentences of the same kind from other pages are not flagged', () => {
    // https://www.hurriyetdailynews.com/istanbul-set-to-host-second-round-of-ukraine-peace-talks-209821 (1 June 2025)
    const hurriyet = 'Istanbul set to host second round of Ukraine peace talks on June 2, 2025.';
    expect(isRed(verdictsOn(hurriyet, 'Ukraine', '2025-06-01'))).toBe(false);
    // The venue beside the topic: the Geneva talks of 23 November 2025 (https://news.liga.net/en/politics/news/ukrainian-delegation-starts-work-on-peace-plan-in-geneva).
    const geneva = 'US and Ukrainian officials met in Geneva on November 23, 2025 for Ukraine peace talks.';
    expect(isRed(verdictsOn(geneva, 'Ukraine', '2025-11-24'))).toBe(false);
    // The venue still confirms the talks.
    expect(eventVerdictsOn(geneva, 'in Geneva', '2025-11-24')).toEqual(['supported']);
  });
});

describe('a departure told as this week’s news months after it happened', () => {
  // https://internationalnewsandviews.com/?p=392411 (errors3 z010, "Kyiv, December 2, 2025"): a fabricated report;
  // Umerov left the defence ministry on 17 July 2025 and was Secretary of the NSDC.
  const z010 =
    'The Ukrainian President Volodymyr Zelensky on Tuesday dismissed Defense Minister Rustem Umerov, a move that has sent ' +
    'shockwaves through Kyiv’s political and military establishment.';

  it('the page is flagged: the title is stale, the words of leaving do not make it true', () => {
    expect(verdictsOn(z010, 'Defense Minister Rustem Umerov', '2025-12-02')).toEqual(['outdated']);
  });

  it('the same sentence in the week he left, or before, is confirmed', () => {
    expect(verdictsOn(z010, 'Defense Minister Rustem Umerov', '2025-07-22')).toEqual(['supported']);
    expect(verdictsOn(z010, 'Defense Minister Rustem Umerov', '2025-07-10')).toEqual(['supported']);
  });

  it('true reports of a departure, from other pages, are not flagged', () => {
    // https://www.tag24.com/world/russia/russia-opts-for-major-shake-up-as-putin-dismisses-key-figure-in-ukraine-war-3185894 (13 May 2024)
    const tag24 =
      'Russian Defense Minister Sergei Shoigu (l.) has been dismissed by President Vladimir Putin in a major shake-up announced Sunday evening.';
    expect(isRed(verdictsOn(tag24, 'Sergei Shoigu', '2024-05-13'))).toBe(false);
    // https://www.devdiscourse.com/article/politics/2580584-ukraines-zelenskiy-moves-to-replace-wartime-defence-minister (4 September 2023)
    const reuters =
      'Ukrainian President Volodymyr Zelenskiy said on Sunday he would ask parliament this week to dismiss Defence Minister Oleksii Reznikov ' +
      'and to replace him with Rustem Umerov.';
    expect(isRed(verdictsOn(reuters, 'Oleksii Reznikov', '2023-09-04'))).toBe(false);
    // https://en.armradio.am/2023/09/04/ukraines-defence-minister-oleksii-reznikov-dismissed/, read two weeks on.
    const armradio =
      'Ukraine’s Defence Minister Oleksii Reznikov has been dismissed from his post, the country’s leader Volodymyr Zelensky said on Sunday.';
    expect(isRed(verdictsOn(armradio, 'Oleksii Reznikov', '2023-09-20'))).toBe(false);
  });

  it('a departure dated in the sentence is told of its own day', () => {
    const dated = 'Defense Minister Rustem Umerov, who was dismissed in July, said on Tuesday that talks would go on.';
    expect(isRed(verdictsOn(dated, 'Defense Minister Rustem Umerov', '2025-12-02'))).toBe(false);
  });
});

describe('"the conflict enters its Nth year" when its sentence names both sides of Russia’s war', () => {
  // https://capitoldaily.news/us-defense-secretary-pete-hegseths-controversial-suspension-of-ukraine-military-aid-sparks-debate-over-third-2025-pause
  // (errors3 z002, July 2025).
  const z002 =
    'The move has raised immediate concerns about the implications for Ukraine’s ongoing defense against Russian aggression, ' +
    'particularly as the conflict enters its eighth year.';

  it('the page is flagged: in July 2025 the full-scale war was in its fourth year (its twelfth from 2014)', () => {
    expect(eventVerdictsOn(z002, 'the conflict enters its eighth year', '2025-07-03')).toEqual(['contradicted']);
  });

  it('the same sentence with the right year is confirmed', () => {
    expect(eventVerdictsOn(z002.replace('eighth', 'fourth'), 'the conflict enters its fourth year', '2025-07-03')).toEqual(['supported']);
  });

  it('sentences of the same form from other pages', () => {
    // https://canopticon.com/articles/four-years-of-conflict-reflections-on-russias-war-in-ukraine (24 February 2026)
    const canopticon =
      "On the fourth anniversary of Russia's invasion of Ukraine, the ongoing conflict enters its fifth year with significant human and geopolitical stakes.";
    expect(isRed(verdictsOn(canopticon, 'conflict enters its fifth year', '2026-02-24'))).toBe(false);
    expect(eventVerdictsOn(canopticon.replace('fifth', 'seventh'), 'conflict enters its seventh year', '2026-03-24')).toEqual([
      'contradicted',
    ]);
    // https://www.straitstimes.com/opinion/st-editorial/ukraine-conflict-and-the-futility-of-war (7 June 2022)
    const st =
      "As Russia's war on Ukraine enters its fourth month, it is clear there is no end in sight for a conflict which has killed tens of thousands.";
    expect(isRed(verdictsOn(st, 'enters its fourth month', '2022-06-07'))).toBe(false);
  });

  it('a count that fits the war from 2014, or another conflict, is not flagged', () => {
    const donbas = 'As the conflict enters its eighth year, Ukraine and the Russian-backed separatists still trade fire in the east.';
    expect(isRed(verdictsOn(donbas, 'the conflict enters its eighth year', '2021-06-01'))).toBe(false);
    const gaza = 'As the conflict in Gaza enters its third year, Russia keeps striking Ukraine.';
    expect(isRed(verdictsOn(gaza, 'enters its third year', '2025-10-10'))).toBe(false);
    // One side only: the conflict may be any the page tells of.
    const one = 'The Kremlin spoke again as the conflict enters its eighth year.';
    expect(isRed(verdictsOn(one, 'the conflict enters its eighth year', '2025-07-03'))).toBe(false);
  });
});

describe('a count "after" the invasion, to a day written out in its sentence', () => {
  // https://sundayguardianlive.com/editors-choice/when-trump-and-putin-meet-in-alaska-will-there-be-a-repeat-of-helsinki-2018-137065
  // (errors3 z007, 10 August 2025).
  const z007 =
    'London: It’s been a long time coming, but Donald Trump will actually meet Vladimir Putin on 15 August to start the ball rolling on the end of the war, ' +
    'eleven years after the Russian president ordered the annexation of Crimea and eight years after the full-scale invasion of Ukraine.';

  it('the page is flagged, whatever the tense: on 15 August 2025 the full-scale war was three and a half years old', () => {
    expect(eventVerdictsOn(z007, 'eight years after the full-scale invasion', '2025-08-10')).toEqual(['contradicted']);
  });

  it('the same sentence with the right count is not flagged', () => {
    const fixed = z007.replace('eight years after', 'three years after');
    expect(isRed(verdictsOn(fixed, 'three years after the full-scale invasion', '2025-08-10'))).toBe(false);
    const hedged = z007.replace('eight years after', 'more than three years after');
    expect(isRed(verdictsOn(hedged, 'more than three years after the full-scale invasion', '2025-08-10'))).toBe(false);
  });

  it('a count "after" the invasion with no day in its sentence still dates another event', () => {
    // VOA's timeline (February 2024), under "May 18, 2022": the count dates the application, not the page.
    const voa = 'Nearly three months after Russia’s invasion of Ukraine, Sweden and Finland apply to join NATO.';
    expect(isRed(verdictsOn(voa, 'Nearly three months after', '2024-02-24'))).toBe(false);
  });
});

describe('the war "dragged into" its Nth year', () => {
  // https://internationalnewsandviews.com/?p=392411 (errors3 z010, 2 December 2025).
  const z010 =
    'Announced via Zelensky’s Telegram channel, the decision is being framed as a critical “reset” aimed at revamping ' +
    'Ukraine’s wartime command structure as the conflict with Russia drags into its fourth year.';

  it('the page is confirmed, and the same sentence with a wrong year is flagged', () => {
    expect(eventVerdictsOn(z010, 'drags into its fourth year', '2025-12-02')).toEqual(['supported']);
    expect(eventVerdictsOn(z010.replace('fourth', 'sixth'), 'drags into its sixth year', '2025-12-02')).toEqual(['contradicted']);
  });

  it('the same form on another page', () => {
    // https://www.japantimes.co.jp/news/2023/02/24/world/ukraine-war-no-end-in-sight/ (AFP, 24 February 2023)
    const afp = 'The war in Ukraine dragged into its second year on Friday, with no end in sight to a conflict launched by Russia.';
    expect(eventVerdictsOn(afp, 'dragged into its second year', '2023-02-24')).toEqual(['supported']);
    expect(eventVerdictsOn(afp.replace('second', 'fourth'), 'dragged into its fourth year', '2023-02-24')).toEqual(['contradicted']);
  });
});

describe('the invasion "N years ago" after a comma', () => {
  // https://menafn.com/1110795784/Four-Years-Of-Bitter-Conflict-In-Ukraine (errors3 z013, February 2026, The Conversation's analysis).
  const z013 = "It would be wrong to say Russia's full-scale invasion of Ukraine, four years ago this week, came out of the blue.";

  it('the page is confirmed, and the same sentence with a wrong count is flagged', () => {
    expect(eventVerdictsOn(z013, 'four years ago', '2026-02-23')).toEqual(['supported']);
    // "It would be wrong to say" is a modal, and "this week" another date in the sentence: a wrong count there is not
    // flagged; the clause alone is.
    expect(isRed(verdictsOn(z013.replace('four', 'six'), 'six years ago', '2026-02-23'))).toBe(false);
    const clause = "Russia's full-scale invasion of Ukraine, six years ago, came out of the blue.";
    expect(eventVerdictsOn(clause, 'six years ago', '2026-02-23')).toEqual(['contradicted']);
  });

  it('the form without the comma still reads as before', () => {
    // https://www.wionews.com/world/russia-ukraine-war-enters-third-year-as-putin-defies-wests-support-for-zelensky-693480 (February 2024)
    expect(eventVerdictsOn("Russia's invasion of Ukraine two years ago changed Europe.", 'two years ago', '2024-02-24')).toEqual([
      'supported',
    ]);
  });
});
