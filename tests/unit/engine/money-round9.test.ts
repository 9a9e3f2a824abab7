// Spending targets and sanctions, ninth round: the commitment named with the summit that made it ("a commitment made
// in Wales in 2014, which was to reach 2%"); the year The Hague's target is to be reviewed (2029); the day the 19th
// package's LNG ban applies to long-term contracts, told under a heading on that package. Each with its source and
// date, the same sentence with the fact changed, and a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, figureVerdictsOn, isRed, kindOn } from './helpers';

const sanctionVerdictsOn = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe('a commitment named with the summit that made it', () => {
  // The Diplomat in Spain, 15 October 2025 (https://thediplomatinspain.com/en/?p=128027).
  const lead =
    "Defense Minister Margarita Robles stated this Wednesday in Brussels that, for the moment, Spain's commitment is to reach two percent of defense spending. ";
  const said =
    "“I'm talking about 2025, and in 2025, there was a commitment made in Wales in 2014, which was to reach 2%,” and Spain is making “an enormous effort” to achieve it this year, she continued.";

  it('confirms "a commitment made in Wales in 2014, which was to reach 2%"', () => {
    expect(figureVerdictsOn(lead + said, '2%', '2025-10-15')).toEqual(['supported']);
  });

  it('flags the commitment made in Wales told with a figure Wales did not set, on a page about the alliance', () => {
    const alliance = 'NATO allies met in Brussels to discuss defense spending. ';
    expect(figureVerdictsOn(alliance + said.replace('reach 2%', 'reach 3%'), '3%', '2025-10-15')).toEqual(['contradicted']);
    // Spain named in the sentence before: the commitment may be Spain's own, only told.
    expect(figureVerdictsOn(lead + said.replace('reach 2%', 'reach 3%'), '3%', '2025-10-15')).toEqual(['context']);
  });

  it('reads the family: "the pledge made at the 2014 Wales summit to spend", "the goal agreed at the Hague summit to invest"', () => {
    // Historydraft (https://historydraft.com/story/nato/the-subsequent-2014-wales-summit/373/4379): "At the subsequent
    // 2014 Wales summit, the leaders of NATO's member states formally committed ... to spend ... at least 2% ... by 2024".
    const nato = 'NATO allies met in Brussels to discuss defense spending. ';
    const wales = `${nato}The pledge made at the 2014 Wales summit to spend 2% of GDP on defence by 2024 was met by 23 allies.`;
    expect(figureVerdictsOn(wales, '2%', '2025-10-15')).toEqual(['supported']);
    expect(figureVerdictsOn(wales.replace('by 2024', 'by 2030'), '2%', '2025-10-15')).toEqual(['contradicted']);
    const hague = `${nato}The goal agreed at the Hague summit to invest 5% of GDP in defence is ambitious.`;
    expect(figureVerdictsOn(hague, '5%', '2025-10-15')).toEqual(['supported']);
    expect(figureVerdictsOn(hague.replace('5%', '4%'), '4%', '2025-10-15')).toEqual(['contradicted']);
  });

  it("leaves one ally's own commitment made at a summit alone", () => {
    // Spain's 2.1% (Sky News, June 2025: "Spain would be able to keep its commitments ... by spending 2.1% of GDP").
    for (const text of [
      `${lead}Sánchez insisted that the commitment made at The Hague, which was to reach 2.1%, is enough.`,
      `${lead}Spain's commitment made in The Hague to spend 2.1% of GDP is enough, Sanchez said.`,
      `${lead}Spain kept the commitment made at the Hague summit to spend 2.1% of GDP.`,
    ])
      expect(isRed(figureVerdictsOn(text, '2.1%', '2025-10-15'))).toBe(false);
  });
});

describe("the year The Hague's target is to be reviewed", () => {
  it('confirms "with a revision clause in 2029" (Agence Europe, 26 June 2025)', () => {
    // https://agenceurope.eu/en/bulletin/detail/13667
    const text =
      'At their Summit in The Hague on Wednesday 25 June, the Allies made an official commitment to spend 5% of their GDP on defence by 2035, with a revision clause in 2029 “in light of the strategic environment and updated Capability Targets”.';
    expect(figureVerdictsOn(text, 'a revision clause in 2029', '2025-06-26')).toEqual(['supported']);
    expect(figureVerdictsOn(text.replace('in 2029', 'in 2031'), 'a revision clause in 2031', '2025-06-26')).toEqual(['contradicted']);
  });

  it('reads the family: "a 2029 review", "a strategic review scheduled for 2029", "A review of the spending goal would take place in 2029"', () => {
    // particle.news (https://particle.news/story/nato-sets-5-gdp-defense-spending-target-after-trump-push).
    const plans =
      'NATO leaders agreed at the Hague summit on June 25 to raise defense spending to 5% of GDP by 2035. The commitment requires annual national plans and a 2029 review, but it carries no legal obligation.';
    expect(figureVerdictsOn(plans, 'a 2029 review', '2025-06-27')).toEqual(['supported']);
    // particle.news (https://particle.news/story/nato-leaders-commit-to-5-of-gdp-defense-spending-by-2035).
    const scheduled =
      'Each member must submit annual spending plans charting credible increases toward the NATO 5% target, with a strategic review scheduled for 2029.';
    expect(figureVerdictsOn(scheduled, 'review scheduled for 2029', '2025-06-27')).toEqual(['supported']);
    // financialrush.com (https://financialrush.com/?p=32541): the review in the sentence after the target.
    const next =
      'A joint statement agreed by the 32 Nato allies said they would submit annual plans showing a credible, incremental path to the 5 per cent target. A review of the spending goal would take place in 2029.';
    expect(figureVerdictsOn(next, 'would take place in 2029', '2025-06-27')).toEqual(['supported']);
    expect(figureVerdictsOn(next.replace('in 2029', 'in 2030'), 'would take place in 2030', '2025-06-27')).toEqual(['contradicted']);
  });

  it("leaves alone a revision that was made, one ally's review and a review before the summit", () => {
    expect(isRed(figureVerdictsOn("NATO's 2% target was revised in 2025 at The Hague to 5%.", 'revised in 2025', '2025-07-01'))).toBe(
      false,
    );
    const ally = 'NATO allies agreed to spend 5% of GDP by 2035. Germany will review its spending plan in 2027.';
    expect(figureVerdictsOn(ally, 'review its spending plan in 2027', '2025-07-01')).toEqual([]);
    // NATO's other reviews, and an ally's budget review.
    for (const other of [
      "Allies agreed at The Hague to spend 5% of GDP by 2035, and NATO's capability targets review in 2027 will set the needs.",
      'The Hague declaration commits allies to 5% of GDP by 2035; a new Strategic Concept review in 2030 may follow.',
    ])
      expect(isRed(analyze(other, '2025-07-01').map((a) => a.verdict))).toBe(false);
    // Before the summit, drafts are only told.
    const draft = 'Allies are expected to agree to spend 5% of GDP by 2035, with a review in 2030.';
    expect(isRed(figureVerdictsOn(draft, 'review in 2030', '2025-06-20'))).toBe(false);
  });
});

describe("the day the 19th package's LNG ban applies to long-term contracts", () => {
  // Hill Dickinson, October 2025 (https://www.hilldickinson.com/our-view/articles/eu-adopts-its-19th-sanctions-package-against-russia):
  // the ban told under a heading, the 19th package named paragraphs before.
  const page =
    'On 23 October 2025, the European Council formally adopted the EU’s 19th sanctions package against Russia.\nThe key prohibitions forming part of this latest round of sanctions are set out below.\nRussian LNG/Shadow fleet\nThere is a ban on the import of Russian LNG into European markets within six months for short-term contracts, and from 1 January 2027 for long-term contracts.';

  it('confirms "from 1 January 2027 for long-term contracts" under a heading on the 19th package', () => {
    expect(sanctionVerdictsOn(page, 'from 1 January 2027 for long-term contracts', '2025-10-28')).toEqual(['supported']);
  });

  it('flags another day for the long-term contracts', () => {
    const wrong = page.replace('1 January 2027', '1 January 2028');
    expect(sanctionVerdictsOn(wrong, '1 January 2028 for long-term contracts', '2025-10-28')).toContain('contradicted');
    // The short-term ban, told right, stays confirmed.
    expect(sanctionVerdictsOn(wrong, 'ban on the import of Russian LNG', '2025-10-28')).toEqual(['supported']);
  });

  it('reads the family: "long-term contracts are set to end by January 1, 2027", "the ban will come into force on January 1, 2027"', () => {
    // localnewswave (https://www.localnewswave.com/article/1033591206993817600).
    const stages =
      'The sanctions package entails a two-stage implementation of the EU ban on Russian LNG: short-term contracts will conclude within six months, while long-term contracts are set to end by January 1, 2027.';
    expect(sanctionVerdictsOn(stages, 'January 1, 2027', '2025-10-24')).toEqual(['supported']);
    // bb.lv / LETA / dpa, 3 December 2025 (https://en.bb.lv/article/business/2025/12/03/the-eu-aims-to-end-imports-of-russian-gas-by-2027-79528/amp).
    const force =
      'For long-term contracts for liquefied natural gas, the EU ban on Russian LNG will come into force on January 1, 2027, as part of the 19th package of EU sanctions against Russia.';
    expect(sanctionVerdictsOn(force, 'January 1, 2027', '2025-12-03')).toEqual(['supported']);
    const wrong =
      'The 19th package bans Russian LNG: short-term contracts end after six months, and long-term contracts from January 1, 2028.';
    expect(sanctionVerdictsOn(wrong, 'January 1, 2028', '2025-12-03')).toEqual(['contradicted']);
  });

  it('leaves alone the pipeline gas of the REPowerEU regulation, whose long-term contracts end on other days', () => {
    const text =
      "The EU's 19th package bans Russian LNG from 1 January 2027 for long-term contracts, while long-term contracts for pipeline gas end on 1 November 2027.";
    expect(isRed(analyze(text, '2025-12-03').map((a) => a.verdict))).toBe(false);
    expect(sanctionVerdictsOn(text, 'from 1 January 2027 for long-term contracts', '2025-12-03')).toEqual(['supported']);
  });
});

describe('the price cap told by the part of the year it was set in', () => {
  // Vijesti, 23 February 2026 (https://en.vijesti.me/world-a/evropa/797253/EU-did-not-adopt-20-sanctions-package-against-Russia-Hungary-blocked-Slovakia-suspends-electricity-supplies-to-Ukraine).
  const text =
    'RFE/RL reports that, according to diplomatic sources, the stumbling block is a proposal to completely ban maritime services for Russian oil tankers, which, if adopted, would lift the price cap that the Group of Seven established at the end of 2022.';

  it('confirms "the price cap that the Group of Seven established at the end of 2022", a proposal told before the cap aside', () => {
    expect(sanctionVerdictsOn(text, 'established at the end of 2022', '2026-02-23')).toEqual(['supported']);
  });

  it('flags the G7 cap said to have been set in a year no cap was set', () => {
    expect(sanctionVerdictsOn(text.replace('2022', '2024'), 'established at the end of 2024', '2026-02-23')).toEqual(['contradicted']);
  });

  it('reads the family: "imposed in late 2022", "which the G7 introduced in early 2023" (the product caps)', () => {
    expect(
      sanctionVerdictsOn(
        "Russia's oil revenues fell after the G7 price cap, imposed in late 2022, took hold.",
        'imposed in late 2022',
        '2024-02-23',
      ),
    ).toEqual(['supported']);
    // Wikipedia's account (2022 Russian crude oil price cap sanctions): "the price cap on refined oil products came into
    // effect in early 2023".
    const products = 'The price cap on refined Russian oil products, which the G7 introduced in early 2023, has cut revenues.';
    expect(sanctionVerdictsOn(products, 'introduced in early 2023', '2024-02-23')).toEqual(['supported']);
  });

  it('leaves alone a part of a year in which some cap was set, and a cap told as a proposal', () => {
    // The EU's dynamic cap of September 2025.
    const eu = 'The EU wants to tighten the price cap which the G7 and the EU set up at the end of 2025 on Russian crude oil.';
    expect(isRed(analyze(eu, '2026-02-23').map((a) => a.verdict))).toBe(false);
    const late = "Russia's oil revenues fell after the G7 price cap, imposed in late 2023, took hold.";
    expect(isRed(analyze(late, '2024-02-23').map((a) => a.verdict))).toBe(false);
    const proposed = 'The G7 discussed a price cap on Russian oil that would be introduced at the end of 2024.';
    expect(isRed(analyze(proposed, '2024-02-23').map((a) => a.verdict))).toBe(false);
  });
});

describe('a goal told by the alliance that set it and its year', () => {
  // The Age (AP), 16 June 2020 (https://www.theage.com.au/world/europe/favour-to-russia-trump-announces-major-us-troop-cut-in-germany-20200616-p55310.html).
  const age =
    "\"We're protecting Germany and they're delinquent. That doesn't make sense,\" the President said, referring to Germany's failure thus far to attain a goal set by all NATO members in 2014 to spend at least 2 per cent of gross national product on defence by 2024. Germany says it hopes to reach 2 per cent by 2031.";

  it('confirms "a goal set by all NATO members in 2014", and never flags its GNP', () => {
    expect(figureVerdictsOn(age, 'a goal set by all NATO members in 2014', '2020-06-16')).toEqual(['supported']);
    expect(isRed(analyze(age, '2020-06-16').map((a) => a.verdict))).toBe(false);
  });

  it('flags the goal of 2014 told with another deadline', () => {
    expect(figureVerdictsOn(age.replace('by 2024', 'by 2030'), 'by 2030', '2020-06-16')).toEqual(['contradicted']);
  });

  it('reads the family: "NATO in 2014 set a target for members to spend", "the Defence Investment Pledge was made in 2014"', () => {
    // AFP via BSS, 13 February 2024 (https://www.bssnews.net/international/173297).
    const afp =
      "NATO in 2014 set a target for members to spend two percent of their gross domestic product on defence in response to Russia's seizure of Crimea.";
    expect(figureVerdictsOn(afp, 'NATO in 2014 set a target', '2024-02-13')).toEqual(['supported']);
    // Shephard, 15 February 2024 (https://www.shephardmedia.com/news/defence-notes/european-nato-countries-reach-average-defence-spending-requirement-and-renew-ukrainian-support/).
    const shephard =
      'Stoltenberg said since the Defence Investment Pledge was made in 2014, European Allies and Canada have added more than 600 billion dollars to defence.';
    expect(figureVerdictsOn(shephard, 'the Defence Investment Pledge was made in 2014', '2024-02-15')).toEqual(['supported']);
    expect(figureVerdictsOn(shephard.replace('2014', '2016'), 'the Defence Investment Pledge was made in 2016', '2024-02-15')).toEqual([
      'contradicted',
    ]);
  });

  it("leaves a year NATO set no goal in, one ally's goal and a later plan of its own unflagged", () => {
    const later = 'Spain has missed a goal set by NATO in 2014 to spend 2% of GDP on defence, and now plans to spend 2% by 2029.';
    expect(isRed(analyze(later, '2024-02-13').map((a) => a.verdict))).toBe(false);
    const other = 'NATO in 2016 set a target for members to spend two percent of their gross domestic product on defence.';
    expect(isRed(analyze(other, '2024-02-13').map((a) => a.verdict))).toBe(false);
    const ally = 'Germany missed a goal set by its own government in 2019 to spend 1.5% of GDP on defence by 2024.';
    expect(isRed(analyze(ally, '2024-02-13').map((a) => a.verdict))).toBe(false);
  });
});

describe("the EU's EUR 90 billion loan to Ukraine, told by its amount", () => {
  it('confirms "The EU pledged a €90bn loan" (readtrends, 24 February 2026)', () => {
    // https://readtrends.com/en/?p=21064
    const text =
      'On 24 February 2026 Ukraine observed the fourth anniversary of Russia’s full-scale invasion. International backing: The EU pledged a €90bn loan to meet urgent defence needs and G7 leaders issued a joint statement reaffirming support.';
    expect(figureVerdictsOn(text, 'The EU pledged a €90bn loan', '2026-02-24')).toEqual(['supported']);
  });

  it('reads the family: "a 90 billion euro loan for Ukraine" (AP), "a separate €90 billion EU loan", "90 billion euros ($106 billion) of support"', () => {
    // AP, 23 February 2026 (inkl and others; heldout sets).
    const ap =
      'The meeting came after Hungary threatened over the weekend to block the EU sanctions plans and to obstruct a 90 billion euro loan for Ukraine until Russian oil deliveries to Hungary resume.';
    expect(figureVerdictsOn(ap, 'a 90 billion euro loan', '2026-02-23')).toEqual(['supported']);
    const separate =
      'Hungary’s move also affects a separate €90 billion EU loan for Ukraine, which Budapest has tied to the same energy dispute.';
    expect(figureVerdictsOn(separate, '€90 billion EU loan', '2026-02-23')).toEqual(['supported']);
    // AP via Boston 25 News, 19 December 2025 (https://www.boston25news.com/news/world/eu-leaders-agree-90/4C6MRNI4JM4URHYVAIEKECGYUE/).
    const costa =
      '“We have a deal. Decision to provide 90 billion euros ($106 billion) of support to Ukraine for 2026-27 approved,” EU Council President Antonio Costa said.';
    expect(figureVerdictsOn(costa, '90 billion euros ($106 billion) of support', '2025-12-19')).toEqual(['supported']);
  });

  it('never flags another amount, another donor, or the loan before it was agreed', () => {
    for (const [text, day] of [
      ['The EU pledged a €50bn loan to Ukraine under the Ukraine Facility.', '2026-02-23'],
      ['The EU proposed a €140bn reparations loan for Ukraine.', '2025-10-23'],
      ['The EU is discussing a €90 billion loan for Ukraine.', '2025-12-10'],
      ['Japan pledged a €90bn loan to Ukraine.', '2026-02-23'],
    ]) {
      const verdicts = figureVerdictsOn(text, text, day);
      expect(isRed(analyze(text, day).map((a) => a.verdict))).toBe(false);
      expect(verdicts).not.toContain('supported');
    }
  });
});

describe("one ally's share of GDP as NATO estimated it", () => {
  it('confirms "Italy has struggled to reach 1.49 per cent of GDP ... Warsaw reached 4.12 per cent" (Eunews, November 2024)', () => {
    // https://eunews.it/en/?p=405737; NATO's estimates of 17 June 2024 (ANSA, Ukrainska Pravda).
    const text =
      'While Italy has struggled to reach 1.49 per cent of GDP, there are already four member countries—Greece, Latvia, Estonia, and Poland—already above 3 per cent. Warsaw reached 4.12 per cent.';
    expect(figureVerdictsOn(text, '1.49 per cent', '2024-11-19')).toEqual(['supported']);
    expect(figureVerdictsOn(text, '4.12 per cent', '2024-11-19')).toEqual(['supported']);
  });

  it('reads the family: "Spain, currently spending just 1.3%", "Spending just 1.28% of its GDP", "Poland leads projected shares at 4.48% of GDP"', () => {
    // A report of The Hague summit of 25 June 2025 (errors.jsonl e001): NATO's 1.28% for 2024, rounded.
    const rounded =
      'Berlin pledged to meet the 5% target by 2029. Meanwhile, some countries, including Spain, Belgium, and Slovakia, have pushed back. Spain, currently spending just 1.3%, faces an uphill battle amid opposition from its left-wing coalition.';
    expect(figureVerdictsOn(rounded, '1.3%', '2025-06-25')).toEqual(['supported']);
    // The Olive Press, 18 June 2024 (https://www.theolivepress.es/spain-news/2024/06/18/spain-comes-rock-bottom-in-latest-nato-defence-rankings-and-fails-to-make-2-target-as-overall-alliance-spending-surges/).
    const olive =
      'SPAIN has been ranked last of the 32 countries in NATO for military spending. Spain is spending just 1.28% of its GDP on its armed forces.';
    expect(figureVerdictsOn(olive, '1.28%', '2024-06-18')).toEqual(['supported']);
    // Polskie Radio, August 2025 (https://www.polskieradio.pl/395/7784/Artykul/3571344,poland-tops-nato-defense-spending-at-448-of-gdp-as-all-allies-reach-2-target).
    const lead = 'NATO published its latest estimates of defence spending. Poland leads projected shares at 4.48% of GDP.';
    expect(figureVerdictsOn(lead, '4.48%', '2025-09-01')).toEqual(['supported']);
  });

  it('reads an ally told by its rank: "the NATO country that spends the least ...: only 1.28%", "the alliance\'s top spender"', () => {
    // pledgetimes (El País), 7 July 2024 (https://pledgetimes.com/margarita-robles-we-defend-nato-countries-with-greater-military-spending-than-us/).
    const least =
      'Margarita Robles travels to Washington this Tuesday to attend the summit with the stigma of leading the Ministry of Defense of the NATO country that spends the least percentage of its GDP on military spending: only 1.28%, far from the 2% target set a decade ago.';
    expect(figureVerdictsOn(least, 'only 1.28%', '2024-07-07')).toEqual(['supported']);
    expect(figureVerdictsOn(least.replace('1.28%', '1.35%'), 'only 1.35%', '2024-07-07')).toEqual([]);
    const top = "The alliance's top spender devotes 4.12% of GDP to defence.";
    expect(figureVerdictsOn(top, '4.12%', '2024-07-07')).toEqual(['supported']);
    // The US's 3.38% is no top share.
    expect(figureVerdictsOn(top.replace('4.12%', '3.38%'), '3.38%', '2024-07-07')).toEqual([]);
  });

  it('reads the year said: 2023 from the annual report, not the 2024 share', () => {
    // Express & Star (PA), 10 July 2024: 2023 shares from NATO's annual report.
    const said = 'Germany spent 1.66% of its GDP on defence in 2023, according to NATO.';
    expect(figureVerdictsOn(said, '1.66%', '2024-07-10')).toEqual(['supported']);
    expect(figureVerdictsOn(said.replace('2023', '2024'), '1.66%', '2024-07-10')).toEqual([]);
  });

  it('never flags a share no release gave, and leaves other shares of a country alone', () => {
    for (const text of [
      'Spain spends 1.5% of GDP on defence, NATO says.',
      "Italy's economy grew 1.49 per cent of GDP last year, while defence lagged.",
      "Poland's inflation stood at 4.12%, the central bank said, as defence spending soared.",
    ]) {
      expect(isRed(analyze(text, '2024-11-19').map((a) => a.verdict))).toBe(false);
      expect(figureVerdictsOn(text, text, '2024-11-19')).not.toContain('supported');
    }
    // Before the release: not yet estimated.
    expect(figureVerdictsOn('Italy has struggled to reach 1.49 per cent of GDP on defence.', '1.49 per cent', '2024-05-01')).toEqual([]);
  });
});

describe('a spending level a leader demanded, told as his', () => {
  it('confirms "In Brussels, Trump floated a 4% target" of the 2018 summit (AP, June 2025)', () => {
    const text =
      "President Donald Trump attended. And he began the 2018 summit by questioning the value of the decades-old military alliance. In Brussels, Trump floated a 4% target of defense spending as a percentage of a country's gross domestic product, a figure that seemed unthinkably high at the time.";
    expect(figureVerdictsOn(text, '4%', '2025-06-24')).toEqual(['supported']);
    // The page never names him in full.
    const surname = text.replace('President Donald Trump attended. ', '');
    expect(figureVerdictsOn(surname, '4%', '2025-06-24')).toEqual(['supported']);
  });

  it('reads the family: "proposing that NATO members allocate 5%" (Devdiscourse), "said ... NATO members should spend 5%" (Reuters)', () => {
    // Devdiscourse, 24 January 2025 (https://www.devdiscourse.com/article/politics/3236994-trump-questions-us-spending-on-nato-a-call-for-increased-defense-budgets).
    const proposing =
      "Former U.S. President Donald Trump spoke. Trump's most recent remarks suggested a dramatic increase in defense spending, proposing that NATO members allocate 5% of their GDP—a proposal that would require significant financial restructuring for many nations.";
    expect(figureVerdictsOn(proposing, '5%', '2025-01-24')).toEqual(['supported']);
    // LBCI (Reuters), 8 January 2025 (https://www.lbcgroup.tv/news/world-news/829001/trump-says-nato-members-should-spend-5-of-gdp-on-defense/en).
    const said =
      'President-elect Donald Trump said on Tuesday that NATO members should spend 5% of their gross domestic product on defense.';
    expect(figureVerdictsOn(said, '5%', '2025-01-08')).toEqual(['supported']);
  });

  it('never flags another figure, nor confirms one before it was said', () => {
    const said =
      'President-elect Donald Trump said on Tuesday that NATO members should spend 5% of their gross domestic product on defense.';
    expect(figureVerdictsOn(said, '5%', '2024-07-08')).not.toContain('supported');
    const three = 'President-elect Donald Trump said NATO members should spend 3% of their gross domestic product on defense.';
    expect(isRed(analyze(three, '2025-01-08').map((a) => a.verdict))).toBe(false);
    expect(figureVerdictsOn(three, '3%', '2025-01-08')).toEqual([]);
  });
});
