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

  it('flags the commitment made in Wales told with a figure Wales did not set', () => {
    expect(figureVerdictsOn(lead + said.replace('reach 2%', 'reach 3%'), '3%', '2025-10-15')).toEqual(['contradicted']);
  });

  it('reads the family: "the pledge made at the 2014 Wales summit to spend", "the goal agreed at the Hague summit to invest"', () => {
    // Historydraft (https://historydraft.com/story/nato/the-subsequent-2014-wales-summit/373/4379): "At the subsequent
    // 2014 Wales summit, the leaders of NATO's member states formally committed ... to spend ... at least 2% ... by 2024".
    const wales = `${lead}The pledge made at the 2014 Wales summit to spend 2% of GDP on defence by 2024 was met by 23 allies.`;
    expect(figureVerdictsOn(wales, '2%', '2025-10-15')).toEqual(['supported']);
    expect(figureVerdictsOn(wales.replace('by 2024', 'by 2030'), '2%', '2025-10-15')).toEqual(['contradicted']);
    const hague = `${lead}The goal agreed at the Hague summit to invest 5% of GDP in defence is ambitious.`;
    expect(figureVerdictsOn(hague, '5%', '2025-10-15')).toEqual(['supported']);
    expect(figureVerdictsOn(hague.replace('5%', '4%'), '4%', '2025-10-15')).toEqual(['contradicted']);
  });

  it("leaves one ally's own commitment made at a summit alone", () => {
    // Spain's 2.1% (Sky News, June 2025: "Spain would be able to keep its commitments ... by spending 2.1% of GDP").
    for (const text of [
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
