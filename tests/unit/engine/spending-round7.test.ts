// Spending targets and counts, seventh round: other phrasings of kinds already read. A count of allies at 2%
// told with "investing" or "allocate", or as a rise ("rising from just three nations ... to 23"); a deadline told
// before the figure ("goals for 2032 of at least 3.5%"), which holds for both of the Hague target's parts; the
// target in force told as the new one weeks before a summit adopted another; "the previous standard of 2%".
// Each with its source and date, and a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { figureVerdictsOn as verdictsOn, isRed } from './helpers';

describe('a count of allies at 2%, in other verbs', () => {
  it('confirms "N Allies are investing at least 2 percent" and "N NATO members allocate 2%"', () => {
    // NATO, press conference of 10 July 2024 (https://www.nato.int/cps/en/natohq/opinions_227417.htm).
    const nato =
      'When we made the Pledge to invest 2% of GDP in defence back in 2014 at the NATO Summit, only three Allies met the mark. Today, 23 Allies are investing at least 2 percent of GDP in defence – a record high number.';
    expect(verdictsOn(nato, '23 Allies are investing', '2024-07-10')).toEqual(['supported']);
    // BGNES, 18 June 2024 (https://bgnesnews.com/world/stoltenberg-to-biden-23-nato-members-allocate-2-of-gdp-to-defense).
    const bgnes = 'Stoltenberg to Biden: 23 NATO members allocate 2% of GDP to defense this year.';
    expect(verdictsOn(bgnes, '23 NATO members allocate', '2024-06-18')).toEqual(['supported']);
    // A wrong count in the present is never red: the year's estimates change.
    expect(isRed(verdictsOn(nato.replace('23 Allies', '12 Allies'), '12 Allies are investing', '2024-07-10'))).toBe(false);
  });

  it('leaves alone allies investing in something else', () => {
    const text = 'Today, 23 Allies are investing in new air defence systems, and Germany spends 2 percent of GDP on defence.';
    expect(verdictsOn(text, '23 Allies are investing', '2024-07-10')).toEqual([]);
  });
});

describe('a count told as a rise', () => {
  // Norwegian-American Chamber of Commerce (Michigan), October 2024
  // (https://norchammichigan.org/business-politics/blog-post-stoltenberg-nato).
  const chamber =
    'Among Stoltenberg’s key achievements was a significant increase in the number of NATO member countries spending 2% of their GDP on defense, rising from just three nations at the start of his term to 23.';

  it('confirms the count it rises to, as of the article’s year', () => {
    expect(verdictsOn(chamber, 'rising from just three nations at the start of his term to 23', '2024-10-01')).toEqual(['supported']);
  });

  it('reads "from N in 2014 to M" and "from N to M allies", and never flags a rise', () => {
    // Hürriyet Daily News (AFP), 15 February 2024 (https://hurriyetdailynews.com/amp/18-nato-states-to-hit-spending-target-190718):
    // "a six-fold increase from 2014 when only three allies met the target"; the same rise told as "from ... to".
    const afp = 'The number of allies meeting the 2% target grew from three in 2014 to 18 this year, NATO said.';
    expect(verdictsOn(afp, 'grew from three in 2014 to 18', '2024-02-15')).toEqual(['supported']);
    const wrong = 'The number of allies meeting the 2% target grew from three in 2014 to 12 this year, NATO said.';
    expect(isRed(verdictsOn(wrong, 'grew from three in 2014 to 12', '2024-02-15'))).toBe(false);
  });

  it('leaves alone a rise of members or of a share', () => {
    const members = 'The number of NATO members rose from 12 to 32, and their defence spending rose from 1.3% to 2% of GDP.';
    expect(verdictsOn(members, 'rose from 12 to 32', '2024-10-01')).toEqual([]);
  });
});

describe('a deadline told before the figure', () => {
  // Particle, 28 August 2025 (https://particle.news/story/nato-projects-all-members-will-hit-2-defense-spending-in-2025-with-germanys-formal-estimate-still).
  const particle =
    'At the June summit in The Hague, allies set higher goals for 2032 of at least 3.5% of GDP for defense and 1.5% for defense-relevant infrastructure.';

  it('contradicts "goals for 2032 of at least 3.5% ... and 1.5%" after The Hague set 2035, once', () => {
    expect(verdictsOn(particle, '3.5%', '2025-08-28')).toEqual(['contradicted']);
    expect(verdictsOn(particle, '1.5%', '2025-08-28')).toEqual(['context']);
  });

  it('confirms the right deadline in other words', () => {
    expect(verdictsOn(particle.replace('2032', '2035'), '3.5%', '2025-08-28')).toEqual(['supported']);
    // Particle, June 2025 (https://particle.news/story/nato-agrees-to-5-gdp-defense-spending-target-by-2035-as-spain-opts-out).
    const agreed =
      'Allies committed to reach a 5% of GDP defense spending goal by 2035, allocating 3.5% to core military needs and 1.5% to security-related projects.';
    expect(isRed(verdictsOn(agreed, '3.5%', '2025-06-27'))).toBe(false);
    // Qazinform, 25 June 2025 (https://qazinform.com/news/nato-allies-agree-to-raise-defense-spending-4099de).
    const declaration =
      'Allies will allocate at least 3.5% of GDP annually based on the agreed definition of NATO defense expenditure by 2035 to resource core defense requirements.';
    expect(isRed(verdictsOn(declaration, '3.5%', '2025-06-26'))).toBe(false);
  });

  it('never flags 2032 before the summit (Rutte proposed it) nor one ally’s own year', () => {
    expect(isRed(verdictsOn(particle, '3.5%', '2025-06-01'))).toBe(false);
    const poland = 'Poland set goals for 2026 of at least 3.5% of GDP for defense and 1.5% for infrastructure.';
    expect(isRed(verdictsOn(poland, '3.5%', '2025-08-28'))).toBe(false);
  });
});

describe('the target in force told as the new one before a summit', () => {
  // Chas Pravdy, 23 May 2025, a month before The Hague adopted 5%
  // (https://chaspravdy.com/en/news/2025/05/23/the-dutch-prime-minister-confirmed-trumps-intention-to-attend-the-nato-summit-in-the-hague).
  const pravdy =
    'The agenda includes discussions on new targets for NATO funding — in particular, increasing allied defense spending to a minimum of 2% of GDP, and concluding the process of fulfilling financial commitments.';

  it('flags 2% as the new target weeks before The Hague', () => {
    expect(verdictsOn(pravdy, '2%', '2025-05-23')).toEqual(['outdated']);
  });

  it('leaves it alone when the coming target was 2% too (Vilnius), long before the summit, or set against the new one', () => {
    // Before Vilnius (July 2023) the new commitment was 2% as a floor: true.
    expect(isRed(verdictsOn(pravdy, '2%', '2023-06-20'))).toBe(false);
    // Months before The Hague, what it would adopt was not yet settled.
    expect(isRed(verdictsOn(pravdy, '2%', '2025-01-15'))).toBe(false);
    // Euroupdate, 12 February 2025 (https://euroupdate.eu/index.php/2025/02/12/nato-allies-need-to-spend-considerably-more-to-deter-a-russian-attack-in-coming-years-rutte),
    // said in June: the current threshold, named as such.
    const current =
      'NATO allies are currently negotiating a new defence spending target, despite several countries failing to reach the current 2% of GDP threshold.';
    expect(isRed(verdictsOn(current, '2%', '2025-06-10'))).toBe(false);
    // The old figure set against the new one.
    const raised = 'Allies are expected to agree a new target, raising defence spending from 2% to 5% of GDP.';
    expect(isRed(verdictsOn(raised, '2%', '2025-06-10'))).toBe(false);
  });
});

describe('"standard" names a target', () => {
  it('confirms "the previous standard of 2%" after The Hague', () => {
    // Chas Pravdy, 5 July 2025 (https://chaspravdy.com/en/news/2025/07/05/nato-secretary-general-warns-without-major-investments-in-defense-russia-and-its-allies-are-building-a-new-global-threat-a).
    const text =
      'All 32 NATO member countries have already agreed to raise defense expenditures to 5% of GDP by 2035, more than doubling the previous standard of 2%.';
    expect(verdictsOn(text, 'the previous standard of 2%', '2025-07-05')).toEqual(['supported']);
    // Before it, 2% was the standard in force.
    const before = 'NATO allies have long fallen short of the alliance’s 2 percent standard for defence spending.';
    expect(verdictsOn(before, '2 percent standard', '2024-03-01')).toEqual(['supported']);
  });
});

describe('what NATO asks of its members, in other verbs', () => {
  // Devdiscourse, 24 January 2025 (https://www.devdiscourse.com/article/politics/3236994-trump-questions-us-spending-on-nato-a-call-for-increased-defense-budgets).
  const devdiscourse =
    'Currently, NATO members aim to allocate 2% of their gross domestic product (GDP) to defense spending, a target many members have not yet met.';

  it('confirms "NATO members aim to allocate 2%" while 2% is the target, and "must spend"', () => {
    expect(verdictsOn(devdiscourse, '2%', '2025-01-24')).toEqual(['supported']);
    // Axios, 2017 (the form the rule already read, "NATO countries are supposed to spend"), told with "must".
    const must = 'NATO countries must spend 2 percent of GDP on defense, Trump said.';
    expect(verdictsOn(must, '2 percent', '2017-05-25')).toEqual(['supported']);
  });

  it('leaves it alone once 2% is no longer the target, and a figure never in force', () => {
    expect(verdictsOn(devdiscourse, '2%', '2025-09-01')).toEqual([]);
    const three = 'NATO members should spend 3% of GDP on defense, Trump said.';
    expect(verdictsOn(three, '3%', '2024-12-01')).toEqual([]);
  });
});

describe('a spending goal told by the year it was set, and as a share of GNP', () => {
  // AP via KCEN-TV, 26 June 2020 (https://www.kcentv.com/article/news/nation-world/pentagon-chief-seeks-to-reassure-nato-over-us-troop-plans/507-3a0a1d4d-f554-4ca4-bd15-99a58f687295).
  const ap =
    'Germany wasn’t notified of the move, which came after Trump branded its NATO ally “delinquent” for failing to pay enough for its own defense, by not meeting a goal set in 2014 for members to halt budget cuts and move toward spending at least 2% of gross national product on defense by 2024.';

  it('confirms "a goal set in 2014" (the Wales pledge), "the commitment made in 2014"', () => {
    expect(verdictsOn(ap, 'a goal set in 2014', '2020-06-26')).toEqual(['supported']);
    // 247 Wall St., 1 September 2024 (https://247wallst.com/military/2024/09/01/nato-defense-spending-which-countries-are-meeting-their-commitments/).
    const wallst = 'NATO members’ commitments to spending 2% of their GDP on defense, a goal set in 2014.';
    expect(verdictsOn(wallst, 'a goal set in 2014', '2024-09-01')).toEqual(['supported']);
    // The same goal told as "the commitment made in 2014" (a variant, not a quote).
    const metro =
      'Germany has not met the commitment made in 2014 to move toward spending 2 percent of GDP on defense, NATO diplomats said.';
    expect(verdictsOn(metro, 'the commitment made in 2014', '2017-06-28')).toEqual(['supported']);
  });

  it('leaves alone a year in which NATO set no target, and a goal that is not about defence spending', () => {
    const other = 'Germany has not met the commitment made in 2019 to raise defence spending, NATO diplomats said.';
    expect(verdictsOn(other, 'the commitment made in 2019', '2020-06-26')).toEqual([]);
    const climate = 'NATO allies debated budgets, while the EU reviewed a goal set in 2014 for member states to cut emissions.';
    expect(verdictsOn(climate, 'a goal set in 2014', '2020-06-26')).toEqual([]);
  });

  it('contradicts 2% "of gross national product" as the goal for members, even after a country is named', () => {
    expect(verdictsOn(ap, '2% of gross national product', '2020-06-26')).toEqual(['contradicted']);
    // What one ally spends, as a share of GNP, is left alone.
    const spent = 'Germany spent about 1.4% of gross national product on defense last year, NATO figures show, short of the goal.';
    expect(isRed(verdictsOn(spent, '1.4% of gross national product', '2020-06-26'))).toBe(false);
    const own = 'Germany said it would spend 2% of gross national product on defense by 2024, a NATO ally said.';
    expect(isRed(verdictsOn(own, '2% of gross national product', '2020-06-26'))).toBe(false);
  });
});

describe('a target named by its year', () => {
  it('confirms "the alliance’s 2014 commitment of 2%" after The Hague, and the year of its deadline', () => {
    // Particle, 26 June 2025 (https://particle.news/story/nato-sets-new-5-defense-spending-goal-by-2035).
    const particle =
      'NATO members pledged to raise defense spending to 5% of GDP by 2035, more than doubling the alliance’s 2014 commitment of 2%.';
    expect(verdictsOn(particle, '2%', '2025-06-26')).toEqual(['supported']);
    // The Wales pledge named by its deadline.
    const deadline = 'Germany still falls short of the alliance’s 2024 target of 2% of GDP for defence spending, NATO said.';
    expect(isRed(verdictsOn(deadline, '2%', '2020-06-26'))).toBe(false);
  });

  it('leaves alone a year in which no target of that figure was set', () => {
    const wrong =
      'NATO members pledged to raise defense spending to 5% of GDP by 2035, more than doubling the alliance’s 2019 commitment of 2%.';
    expect(isRed(verdictsOn(wrong, '2%', '2025-06-26'))).toBe(false);
  });
});

describe('a deadline told as "a target for YEAR", and spending measured in the year a target was replaced', () => {
  it('contradicts "a 5% defence spending target for 2032" after The Hague, as "goals for 2032 of 3.5%" is', () => {
    // The form of Particle's sentence (28 August 2025) with the year after the figure (a variant, not a quote).
    const variant = 'At the June summit in The Hague, allies set a 5% defence spending target for 2032.';
    expect(verdictsOn(variant, '5%', '2025-08-28')).toEqual(['contradicted']);
    expect(verdictsOn(variant.replace('2032', '2035'), '5%', '2025-08-28')).toEqual(['supported']);
  });

  it('never reads "the 2% target for 2025" as a deadline, nor flags it when allies are measured against it that year', () => {
    // AFP via Local News Wave, 28 August 2025 (https://www.localnewswave.com/article/1013369310268452864), told without
    // "previous": "all its members were finally set this year to hit the alliance's ... target of two percent".
    const afp = 'NATO allies are set this year to hit the alliance’s defence spending target of two percent of GDP.';
    expect(isRed(verdictsOn(afp, 'two percent', '2025-08-28'))).toBe(false);
    const forYear = 'NATO allies are expected to meet the 2% defence spending target for 2025.';
    expect(isRed(verdictsOn(forYear, '2%', '2025-08-28'))).toBe(false);
    expect(verdictsOn(forYear, '2%', '2025-03-01')).toEqual(['supported']);
    // Said as the target in force, with no year measured, it is still outdated.
    expect(verdictsOn('NATO’s 2% defence spending target is the benchmark for all allies.', '2%', '2025-09-10')).toEqual(['outdated']);
  });
});

describe('new capability targets are not a spending target', () => {
  it('leaves 2% alone beside "new capability targets" weeks before The Hague', () => {
    // The form of Politico's report of June 2025 on the defence ministers' meeting ("defense ministers are also expected
    // to agree on updated NATO capability targets"), told with "new" (a variant, not a quote).
    const text = 'Defence ministers agreed new capability targets, which allies will need to fund with at least 2% of GDP on defence.';
    expect(isRed(verdictsOn(text, '2%', '2025-06-05'))).toBe(false);
  });
});

describe('a count told with "but the number has increased to N"', () => {
  // RFE/RL, 13 February 2018 (https://www.rferl.org/amp/fifteen-of-29-nato-members-meet-defense-spending-goal-2-percent-gdp-by-2024-stoltenberg-says-mattis-pressure-brussels-meeting/29038749.html).
  const rferl =
    "NATO has set a goal of each member spending 2 percent of their gross domestic product on defense, but until recently only a few of NATO's 29 members met that target. Stoltenberg said that in 2014, only three allies met the goal, but the number has increased to eight this year.";

  it('reads the year before "but" as the first count’s', () => {
    expect(verdictsOn(rferl, 'three allies met the goal', '2018-02-13')).toEqual(['supported']);
  });

  it('confirms the count the number rose to, and never flags it', () => {
    // The same count told alone (a variant, not a quote).
    const alone =
      'NATO has set a goal of each member spending 2 percent of their gross domestic product on defense. The number of allies meeting it has increased to eight this year.';
    expect(verdictsOn(alone, 'has increased to eight', '2018-02-13')).toEqual(['supported']);
    expect(isRed(verdictsOn(alone.replace('eight', 'twelve'), 'has increased to twelve', '2018-02-13'))).toBe(false);
    // A number of something else.
    const troops =
      'NATO allies spend 2 percent of GDP on defence. The number of troops in the battlegroups has increased to eight thousand.';
    expect(verdictsOn(troops, 'has increased to eight', '2018-02-13')).toEqual([]);
  });
});

describe('a count beside new targets is not the new target', () => {
  it('leaves alone what allies already spend, said beside the new targets', () => {
    const text = 'Ahead of the new targets for NATO funding, 23 allies already spend at least 2% of GDP on defence.';
    expect(isRed(verdictsOn(text, '2%', '2025-06-01'))).toBe(false);
  });
});

describe('what NATO has asked of its members', () => {
  it('confirms "NATO has long asked members to spend 2 percent" while 2% is the target, and leaves it alone after', () => {
    // The form of "The alliance asks that each member spend 2 percent" (already read) in the perfect (a variant).
    const text = 'NATO has long asked members to spend 2 percent of their GDP on defense.';
    expect(verdictsOn(text, '2 percent', '2019-12-03')).toEqual(['supported']);
    expect(isRed(verdictsOn(text, '2 percent', '2025-12-03'))).toBe(false);
  });
});

describe('a count whose clause ends at a semicolon', () => {
  it('reads "In 2014, only three allies spent 2% ...; this year 23 do" as the count of 2014', () => {
    // The RFE/RL sentence of February 2018 told with a semicolon for "but" (a variant, not a quote).
    const text = 'In 2014, only three allies spent 2% of GDP on defence; this year 23 do.';
    expect(verdictsOn(text, 'three allies spent', '2024-07-01')).toEqual(['supported']);
    expect(isRed(verdictsOn(text.replace('three', 'nine'), 'nine allies spent', '2024-07-01'))).toBe(true);
  });
});

describe('a count told as a lower bound', () => {
  it('confirms "More than 20 NATO allies will spend 2% ... this year" when an estimate is a little above 20', () => {
    // dpa via Nordot, 17 June 2024 (https://nordot.app/1175647137751384871?c=567408778825483361).
    const dpa =
      'More than 20 NATO allies will spend 2% of their gross domestic product (GDP) on defence this year, Secretary General Jens Stoltenberg announced on Monday in Washington.';
    expect(verdictsOn(dpa, '20 NATO allies', '2024-06-17')).toEqual(['supported']);
    // Devdiscourse (Reuters), 17 June 2024 (https://www.devdiscourse.com/article/headlines/2985964-nato-achieves-defense-spending-milestone).
    const reuters =
      'More than 20 NATO members will meet the alliance target of spending at least 2 percent of GDP on defense this year, NATO Secretary General Jens Stoltenberg said on Monday.';
    expect(verdictsOn(reuters, '20 NATO members', '2024-06-17')).toEqual(['supported']);
  });

  it('only tells a bound far below or above the estimates, never flags it', () => {
    const low = 'More than 5 NATO allies will spend 2% of their GDP on defence this year, Stoltenberg said.';
    expect(verdictsOn(low, '5 NATO allies', '2024-06-17')).toEqual(['context']);
    const high = 'More than 25 NATO allies will spend 2% of their GDP on defence this year, Stoltenberg said.';
    expect(verdictsOn(high, '25 NATO allies', '2024-06-17')).toEqual(['context']);
  });
});
