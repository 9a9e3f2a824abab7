// Spending and force figures in the words real articles use (figure-forms.ts, and the figure,
// allies-at-target and alliance-age detectors): one part of the Hague target said alone, the 2%
// target "currently" on the day The Hague replaced it, "at a 2014 summit", NATO's counts of allies
// at 2% for 2015 and 2017-2019, "Founded in 1949, NATO ...", "the 76-year-old alliance", the
// forward battlegroups (four from Warsaw 2016, eight from March 2022) and the 300,000 troops at
// high readiness (Madrid 2022). Each real sentence with its source and date; the wrong variants
// that must stay quiet (one ally's plan, the EU's battlegroups) next to them.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

const figureOn = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe('the Hague target, a part said alone', () => {
  // politiko.al, 2025-06-25 (https://politiko.al/english/bota/nato-armatoset-per-kercenime-te-mundshme-nga-rusia-i534673).
  const politiko =
    'The main topic of the meeting is the decision to increase NATO defense and armament spending, which will be the largest since the end of the Cold War. By 2035, defense spending is expected to reach five percent of gross domestic product (GDP). Currently, it is two percent. In the future, at least 3.5 percent of GDP should be spent on conventional military spending.';

  it('supports "at least 3.5 percent of GDP" after "five percent ... by 2035", and "Currently, it is two percent" on the day', () => {
    expect(figureOn(politiko, 'at least 3.5 percent of GDP', '2025-06-25')).toContain('supported');
    expect(figureOn(politiko, 'Currently, it is two percent', '2025-06-25')).toContain('supported');
    // A week later the old target is no longer "current": told, not confirmed, never flagged.
    const later = figureOn(politiko, 'Currently, it is two percent', '2025-07-05');
    expect(later).not.toContain('supported');
    expect(isRed(later)).toBe(false);
  });

  it('leaves the part alone far before the summit, and one ally’s 3.5% plan', () => {
    expect(figureOn(politiko, 'at least 3.5 percent of GDP', '2024-01-10')).toEqual([]);
    const national =
      'NATO allies are expected to agree to spend five percent of GDP by 2035. Poland will spend at least 3.5 percent of GDP on its military next year.';
    expect(figureOn(national, 'at least 3.5 percent of GDP', '2025-07-10')).toEqual([]);
  });

  it('supports "the 1.5 percent for defence-related spending" after The Hague', () => {
    const text =
      'At The Hague, NATO allies agreed to spend 5 percent of GDP by 2035. Critics say the 1.5 percent for defence-related spending, such as infrastructure, is easy to meet.';
    expect(figureOn(text, '1.5 percent', '2025-09-01')).toContain('supported');
  });
});

describe('counts of allies at 2%', () => {
  it('reads "at a 2014 summit" as the year counted', () => {
    // The Hindu via artifexnews (AP), 2024-06-18 (https://artifexnews.net/?p=21297).
    const ap =
      'NATO Secretary-General Jens Stoltenberg said on June 17 that 23 of the alliance’s 32 members were on track to meet a decade-old pledge to spend at least 2% of GDP on defence, a long-standing demand of Washington.\nWhen NATO allies made the pledge at a 2014 summit, only three countries met the target — the United States, Britain and Greece, which has longstanding tensions with neighboring Turkey.';
    expect(figureOn(ap, 'only three countries met the target', '2024-06-18')).toContain('supported');
  });

  it('supports NATO’s counts for 2018 and 2019, and flags a count far off a past year’s', () => {
    // ERR News (AFP-Interfax-BNS), 2018-07-10 (https://news.err.ee/845636/stoltenberg-eight-nato-countries-to-hit-2-defence-pledge-by-end-of-year).
    const err =
      'NATO countries have recently managed to achieve a record increase in defence spending. The eight countries to achieve or exceeed the 2% mark are Estonia, Greece, Lithuania, Latvia, Poland, Romania, the US and the UK.';
    expect(figureOn(err, 'The eight countries to achieve', '2018-07-10')).toContain('supported');
    // NATO's statement of 29 November 2019, as reported by eurasia.ro on 2019-12-04.
    const nov2019 =
      'The Secretary General also confirmed that more Allies are meeting the guideline of spending 2 % of GDP on defence. This year, 9 Allies will meet the guideline, up from only 3 Allies just a few years ago.';
    expect(figureOn(nov2019, '9 Allies will meet', '2019-12-04')).toContain('supported');
    const wrong = 'In 2018, only 20 NATO allies spent 2 percent of GDP on defence.';
    expect(figureOn(wrong, '20 NATO allies spent', '2020-03-01')).toContain('contradicted');
  });
});

describe('more forms of counts and targets', () => {
  it('counts the allies listed: "Only the United States, Britain, Estonia, debt-burden Greece and Poland met ..."', () => {
    // Fox Business (AP), 2017-06-28 (http://foxbusiness.com/politics/2017/06/28/nato-chief-us-allies-to-spend-12-billion-more-this-year.html).
    const ap =
      "Only the United States, Britain, Estonia, debt-burden Greece and Poland met NATO's spending targets last year. Romania says it will meet the 2 percent of GDP guideline this year, while Latvia and Lithuania plan to in 2018.";
    expect(figureOn(ap, 'Only the United States, Britain, Estonia, debt-burden Greece and Poland met', '2017-06-28')).toContain(
      'supported',
    );
    // A list with a word that is no country is not counted.
    const mixed =
      "Only the United States, Britain, Estonia, several others and Poland met NATO's spending targets last year. The guideline is 2 percent of GDP.";
    expect(figureOn(mixed, 'Only the United States', '2017-06-28')).toEqual([]);
  });

  it('reads the year of a count before "compared to just three allies in 2014", and that one too', () => {
    // ERR News (AFP-Interfax-BNS), 2018-07-10.
    const err =
      '"The estimates show that we expect eight allies to spend at least 2% of their GDP on defence this year, compared to just three allies in 2014," Stoltenberg noted.';
    expect(figureOn(err, 'eight allies to spend', '2018-07-10')).toContain('supported');
    expect(figureOn(err, 'compared to just three allies in 2014', '2018-07-10')).toContain('supported');
  });

  it('reads "that goal" as the 2% of the sentence before, after The Hague', () => {
    // Hürriyet Daily News (AFP), 2025-08-28 (https://www.hurriyetdailynews.com/nato-says-all-countries-to-hit-spending-goal-212997).
    const afp =
      "The new target replaces the alliance's former military spending goal of 2 percent that was first set back in 2014.\n\nNATO said in a statement that all allies were now expected to reach that goal in 2025 and that overall defense spending across the alliance would top $1.5 trillion for the year.";
    expect(figureOn(afp, 'all allies were now expected to reach that goal', '2025-08-28')).toContain('supported');
    // "that goal" after a sentence about 5% is not the 2% one.
    const five =
      'The new target is 5 percent of GDP by 2035. NATO said in a statement that all allies were now expected to reach that goal in 2025.';
    expect(figureOn(five, 'all allies were now expected to reach that goal', '2025-08-28')).toEqual([]);
  });

  it('reads a deadline far from the figure: "5 per cent ... sectors by 2035"', () => {
    // Asianet Newsable, 2025-06-25.
    const asianet =
      'The Hague: The member states of the North Atlantic Treaty Organisation (NATO) have committed to ramping up their defence spending, affirming an "ironclad commitment" for their collective defence by investing 5 per cent of their country\'s GDP annually on "core defence requirements" as well as defence- and security-related sectors by 2035 as outlined in The Hague Summit Declaration.';
    expect(figureOn(asianet, "investing 5 per cent of their country's GDP annually", '2025-06-25')).toContain('supported');
    expect(figureOn(asianet, "investing 5 per cent of their country's GDP annually", '2024-06-25')).toEqual([]);
  });
});

describe('the founding and the age of the alliance', () => {
  it('supports "Founded in 1949, NATO ..." and contradicts another year said of NATO itself', () => {
    // roamgood.com, 2022-06-01 (https://roamgood.com/topic/who-are-the-30-countries-in-nato).
    const roamgood =
      "NATO, the North Atlantic Treaty Organization, is a political and military alliance of 30 countries across North America and Europe. Founded in 1949, NATO's primary purpose is to safeguard the freedom and security of its member countries through collective defense and security cooperation.";
    expect(figureOn(roamgood, 'Founded in 1949', '2022-06-01')).toContain('supported');
    expect(figureOn('Founded in 1952, NATO is a military alliance of 30 countries.', 'Founded in 1952', '2022-06-01')).toContain(
      'contradicted',
    );
    // Something of NATO's founded in another year is not NATO's founding.
    expect(isRed(verdictsOn("Founded in 1951, NATO's Defense College trains officers.", 'Founded in 1951', '2022-06-01'))).toBe(false);
  });

  it('supports "the 76-year-old alliance" in 2025 and only tells an age that does not fit', () => {
    const text = 'Leaders of the 76-year-old alliance met in The Hague as NATO agreed a new spending target.';
    expect(figureOn(text, 'the 76-year-old alliance', '2025-06-25')).toContain('supported');
    const off = figureOn(text, 'the 76-year-old alliance', '2019-12-03');
    expect(off).toEqual(['context']);
  });
});

describe('force figures', () => {
  it('supports the four battalions agreed at Warsaw, the day before and on the day', () => {
    // NATO, 2016-07-07 (https://www.nato.int/cps/en/natohq/news_133170.htm).
    const nato =
      'Allies will agree to deploy four robust and multinational battalions to Estonia, Latvia, Lithuania and Poland, on a rotational basis.';
    expect(figureOn(nato, 'four robust and multinational battalions', '2016-07-07')).toContain('supported');
    // Defense News, 2016-07-08.
    const dn =
      'NATO leaders agreed to deploy four multinational battalions to Poland and the three Baltic States in a bid to show the alliance’s readiness to contain an increasingly bellicose Russia.';
    expect(figureOn(dn, 'four multinational battalions', '2016-07-08')).toContain('supported');
  });

  it('supports the doubling to eight in 2022 and four new battlegroups, never flags another count', () => {
    // pragativadi.com, NATO release of 2022-06-08.
    const nato =
      'Since Russia’s invasion of Ukraine, NATO has responded quickly, increasing the readiness of Alliance forces, deploying units of the NATO Response Force, and doubling the number of multinational battlegroups to eight.\n\nThere are now 40,000 troops under direct NATO command, mainly in the eastern part of the Alliance, including in Estonia, Latvia and Lithuania.';
    expect(figureOn(nato, 'doubling the number of multinational battlegroups to eight', '2022-06-08')).toContain('supported');
    // famagusta-gazette, 2022-03-24.
    const cna =
      'The North Atlantic Treaty Organization (NATO) approved on Thursday the deployment of four new battle groups in the eastern part of the alliance, including Bulgaria, Hungary, Romania and Slovakia.';
    expect(figureOn(cna, 'four new battle groups', '2022-03-24')).toContain('supported');
    // Business Insider, October 2022: the first four, told with the year they were set up.
    const bi =
      "Following an extraordinary NATO summit on February 24, the alliance decided to set up four new battlegroups in southeastern Europe. The four battlegroups, which are still being assembled, will be based in Bulgaria, Romania, Hungary, and Slovakia.\n\nThe new battlegroups will join the four that were established in Estonia, Lithuania, Latvia, and Poland in 2017 as a response to the deteriorating security situation in Europe following Russia's annexation of Crimea in 2014.";
    expect(figureOn(bi, 'the four that were established', '2022-10-15')).toContain('supported');
    // Four battlegroups in 2023 is out of date, but battalions may be counted otherwise: told only.
    const stale = 'NATO has four multinational battlegroups in Estonia, Latvia, Lithuania and Poland.';
    expect(figureOn(stale, 'four multinational battlegroups', '2023-05-01')).toEqual(['context']);
  });

  it('supports 40,000 troops under direct NATO command in 2022, and only tells it once no source states it', () => {
    // pragativadi.com, NATO release of 2022-06-08.
    const nato =
      'There are now 40,000 troops under direct NATO command, mainly in the eastern part of the Alliance, including in Estonia, Latvia and Lithuania.';
    expect(figureOn(nato, '40,000 troops under direct NATO command', '2022-06-08')).toContain('supported');
    expect(figureOn(nato, '40,000 troops under direct NATO command', '2024-06-08')).toEqual(['context']);
  });

  it('supports the troops of Steadfast Defender 2024 as planned, then as announced', () => {
    // SHAPE via defence-industry.eu, 2025-07-04.
    const shape =
      'In 2024, Cavoli oversaw Steadfast Defender, NATO’s largest military exercise since the Cold War, involving approximately 90,000 troops practicing large-scale reinforcement across the eastern flank.';
    expect(figureOn(shape, 'approximately 90,000 troops', '2025-07-04')).toContain('supported');
    // Stars and Stripes, 2023-09-18: the first plan.
    const stripes =
      'NATO’s largest military drill since the end of the Cold War is being planned for 2024, bringing together more than 40,000 troops for an exercise stretching from the Baltics to Poland and Germany, according to alliance officials. Steadfast Defender will be a testing ground for practicing intertwined NATO and national defense plans.';
    expect(isRed(figureOn(stripes, 'more than 40,000 troops', '2023-09-18'))).toBe(false);
    const planned = 'Steadfast Defender, NATO’s largest exercise since the Cold War, will bring together more than 40,000 troops.';
    expect(figureOn(planned, 'more than 40,000 troops', '2023-09-18')).toContain('supported');
    // Another year's Steadfast Defender is another exercise.
    const other = 'Steadfast Defender 2021 involved 90,000 troops, NATO said.';
    expect(figureOn(other, '90,000 troops', '2025-07-04')).toEqual([]);
  });

  it('supports the 300,000 troops at high readiness after Madrid', () => {
    // Atalayar (AFP), 2022-06-27: expected at the summit.
    const atalayar =
      'NATO leaders hope to agree at their summit in Madrid on Wednesday and Thursday to increase their high-readiness forces to "more than 300,000", NATO Secretary General Jens Stoltenberg announced today.';
    expect(figureOn(atalayar, '"more than 300,000"', '2022-06-27')).toContain('supported');
    // Months before anything was decided, the same words are left alone.
    expect(figureOn(atalayar, '"more than 300,000"', '2021-06-27')).toEqual([]);
    const after = 'Under the New Force Model agreed in Madrid, NATO will have more than 300,000 troops at high readiness.';
    expect(figureOn(after, 'more than 300,000 troops', '2023-02-01')).toContain('supported');
  });
});

describe('one ally’s own plan', () => {
  // LBC, 2025-04-03 (https://www.lbc.co.uk/world-news/david-lammy-nato-allies-increase-defence-spending-make-alliance-stronger/).
  const lbc =
    'It comes after the UK announced the largest sustained increase to defence spending since the Cold War, hitting 2.5 per cent from April 2027 and rising to 3 per cent in the next parliament - an increase of £11.8 billion.';

  it('supports the UK’s plan as the UK’s, once announced, and never as NATO’s target', () => {
    const verdicts = figureOn(lbc, 'hitting 2.5 per cent from April 2027 and rising to 3 per cent in the next parliament', '2025-04-03');
    expect(verdicts).toEqual(['supported', 'supported']);
    const messages = analyze(lbc, '2025-04-03')
      .filter((a) => a.kind === 'figure')
      .map((a) => a.message);
    expect(messages.every((m) => /national plan, not NATO/.test(m))).toBe(true);
    // Before it was announced: nothing to confirm, and nothing flagged.
    expect(figureOn(lbc, '2.5 per cent', '2024-10-01')).toEqual([]);
  });

  it('does not lend the UK’s plan to another country', () => {
    const other =
      'It comes after Germany announced the largest sustained increase to defence spending since the Cold War, hitting 2.5 per cent from April 2027 and rising to 3 per cent in the next parliament.';
    expect(figureOn(other, '2.5 per cent', '2025-04-03')).toEqual([]);
  });
});

describe('the Defence Investment Pledge', () => {
  it('supports the pledge tied to Wales or 2014, and only tells another summit', () => {
    // NATO's text on defence expenditure, as quoted on aseannow.com (stored page, 2025).
    const nato =
      "At the Wales Summit in 2014, in response to Russia's illegal annexation of Crimea, and amid broader instability in the Middle East, NATO Leaders agreed a Defence Investment Pledge to reverse the trend of declining defence budgets and decided:";
    expect(figureOn(nato, 'Defence Investment Pledge', '2025-01-10')).toContain('supported');
    // NATO, Washington Summit Declaration coverage, 2024-07-12 (r101 in the development set).
    const washington =
      'Allies renewed their commitment to implementing the Defence Investment Pledge agreed in Vilnius in 2023, and delivering on previous Summit decisions to modernise NATO for a new era of collective defence.';
    expect(figureOn(washington, 'Defence Investment Pledge agreed in Vilnius in 2023', '2024-07-12')).toContain('supported');
    const warsaw = 'NATO allies are bound by the Defence Investment Pledge agreed at the 2016 Warsaw summit.';
    expect(figureOn(warsaw, 'Defence Investment Pledge', '2019-01-01')).toEqual(['context']);
    // Named with nothing to check it against: left alone.
    expect(figureOn('Allies reported progress on the Defence Investment Pledge.', 'Defence Investment Pledge', '2019-01-01')).toEqual([]);
  });
});
