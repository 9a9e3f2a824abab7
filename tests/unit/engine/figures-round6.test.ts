// Spending figures in the words of the fourth held-out set (development data since the fifth round):
// the Hague target told the day before it was adopted as what allies are preparing or have a deal to
// do; a rise the alliance is to make ("increase member states' defense spending to 5% of GDP") and
// the figure it starts from ("from 2% to 5% of GDP"); what NATO asks of its members ("The alliance
// asks that each member spend 2 percent"); a target named by its figure and the year it was set ("the
// 2 percent obligation set in 2014"). Each on its real sentence, a second real sentence of the same
// phrasing, and negatives: one ally's plan, someone's demand, a measurement, another day.
import { describe, expect, it } from 'vitest';
import { analyze, figureVerdictsOn as verdictsOn, isRed } from './helpers';
import { getFacts } from '../../../src/facts';

/** No figure annotation over `quote` rests on a spending target NATO set. */
const targetIds = new Set(getFacts().base.figures.spendingTargets.map((t) => t.id));
const notAsNatoTarget = (text: string, quote: string, asOf: string) => {
  const start = text.indexOf(quote);
  return analyze(text, asOf)
    .filter((a) => a.kind === 'figure' && a.start < start + quote.length && start < a.end)
    .every((a) => !a.factIds.some((id) => targetIds.has(id)));
};

describe('the Hague target the day before it was adopted', () => {
  it('supports the figures told as a deal reached or a target allies are preparing to endorse', () => {
    // AFP (heldout4 n018), 2025-06-24.
    const afp =
      'The alliance hopes to keep Trump bound to its mutual defense vow by meeting his demand for a headline figure of five percent of GDP on defense spending. To keep Trump on board, NATO members have thrashed out a compromise deal to dedicate 3.5 percent of GDP to core military needs by 2035, and an additional 1.5 percent to broader security-related areas such as cybersecurity and infrastructure.';
    expect(verdictsOn(afp, '3.5 percent of GDP to core military needs', '2025-06-24')).toEqual(['supported']);
    expect(verdictsOn(afp, 'an additional 1.5 percent', '2025-06-24')).toEqual(['supported']);
    // Future Media News (heldout4 n029), 2025-06-24.
    const fmn =
      'Under pressure from President Trump, NATO allies are preparing to endorse a 5% GDP defense spending target, comprising 3.5% for core military outlays and 1.5% toward infrastructure, cyber-defense, and resilience.';
    expect(verdictsOn(fmn, 'a 5% GDP defense spending target', '2025-06-24')).toEqual(['supported']);
    expect(verdictsOn(fmn, '3.5% for core military outlays', '2025-06-24')).toEqual(['supported']);
    expect(verdictsOn(fmn, '1.5% toward infrastructure', '2025-06-24')).toEqual(['supported']);
    // MENAFN, 2025-06-24 (https://menafn.com/1109714607/NATO-Gears-Up-to-Endorse-5-Percent-Defense-Spending-Target).
    const menafn =
      'The NATO summit kicked off Tuesday in The Hague under stringent security measures, as member state leaders prepare to endorse a proposed defense spending target of 5 percent of their GDP.';
    expect(verdictsOn(menafn, '5 percent', '2025-06-24')).toEqual(['supported']);
  });

  it('only tells the figures months before, and never flags them', () => {
    const fmn =
      'Under pressure from President Trump, NATO allies are preparing to endorse a 5% GDP defense spending target, comprising 3.5% for core military outlays and 1.5% toward infrastructure, cyber-defense, and resilience.';
    const early = analyze(fmn, '2025-01-15').filter((a) => a.kind === 'figure');
    expect(early.some((a) => a.verdict === 'supported')).toBe(false);
    expect(isRed(early.map((a) => a.verdict))).toBe(false);
  });
});

describe('a rise the alliance is to make', () => {
  it('judges "increase member states\' defense spending to 5% of GDP" as the target', () => {
    // Overview Press (Bloomberg copy, heldout4 n037), 2025-06-25.
    const bloomberg =
      "During the NATO summit, the alliance's Secretary General, Mark Rutte, could take a step closer to Trump by reaching an alliance agreement to increase member states' defense spending to 5% of GDP.";
    expect(verdictsOn(bloomberg, '5% of GDP', '2025-06-25')).toEqual(['supported']);
    // DutchNews, 2025-06-25 (https://www.dutchnews.nl/2025/06/rutte-nato-will-be-stronger-and-fairer-with-5-spending-deal).
    const dutchnews =
      'The two-day Nato summit in The Hague has concluded with an agreement to raise defence and associated spending to a total of 5% over the next 10 years.';
    expect(verdictsOn(dutchnews, '5%', '2025-06-25')).toEqual(['supported']);
    // Months before, what Trump demands is not yet the target: told, never flagged.
    const demand = 'Trump wants NATO allies to increase defense spending to 5% of GDP.';
    const early = verdictsOn(demand, '5%', '2025-01-10');
    // Round 42: it is confirmed as his demand on record (7 January 2025, figure-forms.ts), never as NATO's target.
    expect(notAsNatoTarget(demand, '5%', '2025-01-10')).toBe(true);
    expect(isRed(early)).toBe(false);
  });

  it('confirms the figure a rise starts from when it was the target in force', () => {
    // Inkl (Fox News copy, heldout4 n035), 2025-02-13.
    const inkl = 'Hegseth urged European allies to increase defense spending from 2% to 5% of GDP.';
    expect(verdictsOn(inkl, '2%', '2025-02-13')).toEqual(['supported']);
    // gnews.cz, February 2025 (https://www.gnews.cz/en/policy/the-u-s-secretary-of-defense-has-again-pushed-to-increase-defense-spending).
    const gnews =
      'Ahead of a meeting of NATO defence ministers in Brussels, US Defence Secretary Pete Hegseth again pushed NATO allies to increase the share of defence spending from two per cent to five per cent of GDP, adding that the demand must be met before the NATO summit at the end of June.';
    expect(verdictsOn(gnews, 'two per cent', '2025-02-13')).toEqual(['supported']);
    // After The Hague, 2% is the target 5% replaced.
    expect(verdictsOn(inkl, '2%', '2025-09-01')).toEqual(['supported']);
  });

  it("leaves alone one ally's rise, a rise from another figure and what was spent", () => {
    // Axios, 2017-12-15: Poland's own plan.
    const axios =
      "Poland, which already meets the 2% line, pledged in October to increase the country's defense spending to at least 2.5% of GDP.";
    expect(verdictsOn(axios, '2.5%', '2017-12-15')).toEqual([]);
    const from = 'NATO allies are urged to increase defense spending from 1.5% to 1.8% of GDP.';
    expect(verdictsOn(from, '1.5%', '2019-06-01')).toEqual([]);
    const spent = 'European allies increased defense spending to 2% of GDP on average last year.';
    expect(verdictsOn(spent, '2%', '2025-03-01')).toEqual([]);
    const spain = 'Spain will increase defense spending from 1.3% to 2% of GDP this year, NATO said.';
    expect(isRed(verdictsOn(spain, '1.3%', '2025-04-01'))).toBe(false);
  });
});

describe('what NATO asks of its members', () => {
  it('confirms the figure in force that day', () => {
    // UPI (heldout4 n063), 2019-04-03.
    const upi =
      'Trump has repeatedly criticized NATO since taking office in 2017 and slammed member nations who’ve not met defense spending obligations. The alliance asks that each member spend 2 percent of its gross domestic product on its own defense.';
    expect(verdictsOn(upi, '2 percent', '2019-04-03')).toEqual(['supported']);
    // Axios, 2017-12-15 (https://www.axios.com/2017/12/15/only-five-countries-meet-nato-military-requirements-1513300483).
    const axios = 'NATO countries are supposed to spend 2% of their GDP on defense.';
    expect(verdictsOn(axios, '2%', '2017-12-15')).toEqual(['supported']);
  });

  it('confirms a rule or requirement that members spend the figure', () => {
    // diogeneslight.com (National Review daily), 2018-01 (https://diogeneslight.com/2018/01/nr-daily-germany-must-meet-its.html).
    const nr =
      'At its 2006 summit in Latvia, the North Atlantic Treaty Organization (NATO) established a rule that member states should spend at least 2 percent of their GDP on defense.';
    expect(verdictsOn(nr, '2 percent', '2018-01-15')).toEqual(['supported']);
    // Time via press.uaposition.com, 2018 (https://press.uaposition.com/?p=205429).
    const time =
      'According to NATO’s own figures, just 5 of the 28 alliance members meet the requirement agreed upon in 2006 that members spend at least 2 percent of their GDP on defense.';
    expect(verdictsOn(time, '2 percent of their GDP', '2018-07-10')).toContain('supported');
    // Another figure, or another body's rule: nothing.
    expect(verdictsOn('NATO has a rule that members should spend 3 percent of GDP on defense.', '3 percent', '2018-07-10')).toEqual([]);
    expect(
      verdictsOn('The EU has a rule that member states should keep deficits below 3 percent of GDP.', '3 percent', '2018-07-10'),
    ).toEqual([]);
  });

  it('is silent on another figure, a forecast, and after the target changed', () => {
    const other = 'The alliance asks that each member spend 3 percent of its gross domestic product on defense.';
    expect(verdictsOn(other, '3 percent', '2019-04-03')).toEqual([]);
    const forecast = 'NATO members are expected to spend 2 percent of their GDP on defense on average this year.';
    expect(verdictsOn(forecast, '2 percent', '2019-04-03')).toEqual([]);
    const upi = 'The alliance asks that each member spend 2 percent of its gross domestic product on its own defense.';
    const later = verdictsOn(upi, '2 percent', '2026-03-01');
    expect(later).not.toContain('supported');
    expect(isRed(later)).toBe(false);
  });
});

describe('a target named by its figure and the year it was set', () => {
  it('confirms "the 2 percent obligation set in 2014" on a page about NATO', () => {
    // Darakchi (heldout4 n072), 2025-06-25.
    const darakchi =
      'This was stated in the declaration announced at the conclusion of the NATO summit held in The Hague. According to the decision, at least 3.5 percent of the 5 percent will be directly allocated to defense, while the remaining 1.5 percent will be directed to infrastructure. Former US President Donald Trump supported this initiative, calling it a “major leap” compared to the 2 percent obligation set in 2014.';
    expect(verdictsOn(darakchi, 'the 2 percent obligation', '2025-06-25')).toEqual(['supported']);
  });

  it("contradicts a year NATO set no target in (after 2006, the guideline's year), and leaves one ally's own target alone", () => {
    const wrongYear =
      'NATO leaders met in The Hague. The new figure is a major leap compared to the 2 percent obligation set in 2010, which most allies now meet in defense spending.';
    expect(verdictsOn(wrongYear, 'the 2 percent', '2025-07-01')).toEqual(['contradicted']);
    // Before 2007 accounts differ on where the 2% was first agreed (Prague, 2002; Riga and the defence ministers, 2006).
    expect(isRed(verdictsOn(wrongYear.replace('2010', '2002'), 'the 2 percent', '2025-07-01'))).toBe(false);
    const own = 'NATO welcomed the plan. Germany has met its own 2 percent obligation set in 2014 for defense spending.';
    expect(verdictsOn(own, '2 percent', '2025-07-01')).toEqual([]);
  });
});

describe('the founding told in other words', () => {
  it('confirms "It was founded in 1949" after a sentence that opens on NATO', () => {
    // Other Side of the Rainbow (blog, heldout4 n026), April 2024.
    const blog =
      'NATO, or the North Atlantic Treaty Organization, is an intergovernmental military alliance between 30 member countries in North America and Europe. It was founded in 1949 to provide collective security against the Soviet Union during the Cold War.';
    expect(verdictsOn(blog, 'It was founded in 1949', '2024-04-15')).toEqual(['supported']);
    // frankbueltge.de, "What is NATO?" (https://frankbueltge.de/what-is-nato/).
    const explainer =
      'NATO, or the North Atlantic Treaty Organization, is an international military alliance of 29 countries from North America and Europe. The organization was founded in 1949 with the signing of the North Atlantic Treaty, which established the principles of collective defense.';
    expect(verdictsOn(explainer, 'The organization was founded in 1949', '2019-06-01')).toEqual(['supported']);
  });

  it('leaves "It" about another body alone, and never flags a wrong year told of "It"', () => {
    const eu = 'The European Union is a political and economic union of 27 states. It was founded in 1993.';
    expect(verdictsOn(eu, 'It was founded in 1993', '2024-01-01')).toEqual([]);
    const wrong = 'NATO, or the North Atlantic Treaty Organization, is a military alliance. It was founded in 1950.';
    expect(isRed(verdictsOn(wrong, 'It was founded in 1950', '2024-01-01'))).toBe(false);
    // Another body of NATO's opens the sentence before: "It" is that body.
    const college = "NATO's Defence College in Rome trains senior officers. It was founded in 1951.";
    expect(verdictsOn(college, 'It was founded in 1951', '2024-01-01')).toEqual([]);
    const college2 = 'NATO Defense College trains senior officers. It was founded in 1951.';
    expect(verdictsOn(college2, 'It was founded in 1951', '2024-01-01')).toEqual([]);
  });

  it('reads a leading participle with a phrase before NATO', () => {
    // Incredives, "Finland formally joins NATO" (heldout4 n020), 2023-04-09.
    const finland =
      'Formed in 1949 with the signing of the Washington Treaty, NATO is a security alliance of 31 countries from North America and Europe.';
    expect(verdictsOn(finland, 'Formed in 1949', '2023-04-09')).toEqual(['supported']);
    // NBC News, 2018-04-20 (https://www.nbcnews.com/storyline/smart-facts/what-nato-what-do-trump-russia-think-about-it-n860411).
    const nbc = 'Formed in 1949 in the aftermath of World War II, today NATO is criticized by Russia and President Donald Trump.';
    expect(verdictsOn(nbc, 'Formed in 1949', '2018-04-20')).toEqual(['supported']);
    // Another body of NATO's founded another year: not flagged.
    const college = "Founded in 1951 in Paris, NATO's Defense College moved to Rome in 1966.";
    expect(isRed(verdictsOn(college, 'Founded in 1951', '2024-01-01'))).toBe(false);
    const named = 'Founded in 1951 in Paris, NATO Defense College moved to Rome in 1966.';
    expect(isRed(verdictsOn(named, 'Founded in 1951', '2024-01-01'))).toBe(false);
    // NATO itself with a wrong year is still flagged.
    expect(verdictsOn('Founded in 1950, NATO is a military alliance.', 'Founded in 1950', '2024-01-01')).toEqual(['contradicted']);
  });

  it('confirms the treaty signed in Washington on 4 April 1949', () => {
    // Breitbart, "NATO is 75 Years Old Today" (heldout4 n060), 2024-04-04.
    const anniversary =
      'The North Atlantic Treaty Organisation (NATO) was signed into existence in Washington D.C. on April 4th 1949, an alliance of post-Second World War nations organised in collective defence.';
    expect(verdictsOn(anniversary, 'signed into existence in Washington D.C. on April 4th 1949', '2024-04-04')).toEqual(['supported']);
    // World News (Wikipedia text), https://photo.wn.com/North_Atlantic_Treaty.
    const wn =
      'The North Atlantic Treaty, signed in Washington, D.C. on 4 April 1949, is the treaty establishing the North Atlantic Treaty Organization (NATO).';
    expect(verdictsOn(wn, 'signed in Washington, D.C. on 4 April 1949', '2020-01-01')).toEqual(['supported']);
    // An accession protocol signed later is not the treaty: left alone.
    const protocol = "NATO allies' accession protocol for North Macedonia was signed on February 6, 2019.";
    expect(verdictsOn(protocol, 'signed on February 6, 2019', '2020-01-01')).toEqual([]);
  });

  it('never flags another body of NATO founded in another year', () => {
    const bodies =
      "The NATO Defense College, which was founded in 1951, trains officers. NATO's Science and Technology Organization was established in 2012.";
    expect(isRed(analyze(bodies, '2024-01-01').map((a) => a.verdict))).toBe(false);
    // The alliance itself, with a wrong year, still is (r055's form, a year off).
    const wrong = 'NATO, established in April 1950 through the North Atlantic Treaty, is a military alliance.';
    expect(verdictsOn(wrong, 'NATO, established in April 1950', '2024-01-01')).toEqual(['contradicted']);
  });
});

describe("NATO's target told as a share of GNP", () => {
  // Other Side of the Rainbow (blog, heldout4 n026), April 2024. No second page with this error was
  // found in the stored pages (searched for "of GNP" and "gross national product" with NATO's target);
  // the negatives below are real phrasings of the right figure and of what allies spend.
  const blog =
    'All NATO member countries must also contribute to the military capabilities of the alliance, and support its political goals. Currently 2% of GNP. Canada is around 1.3% and not following through on the target that was agreed to.';

  it('contradicts the target in force said to be of GNP when the text says it is what NATO asks', () => {
    expect(verdictsOn(blog, '2% of GNP', '2024-04-15')).toEqual(['contradicted']);
    const asked = 'Under the NATO guideline, member states must spend 2 percent of their gross national product on defence.';
    expect(verdictsOn(asked, '2 percent of their gross national product', '2019-01-01')).toEqual(['contradicted']);
    // A date that is only estimated: told, not flagged.
    const guessed = analyze(blog, '2024-04-15', false).filter((a) => a.kind === 'figure' && a.quote === '2% of GNP');
    expect(guessed.map((a) => a.verdict)).toEqual(['context']);
  });

  it('leaves alone what one ally or the allies spend, another figure, and the target said of GDP', () => {
    const greece = 'Greece, a NATO member, must keep spending 2% of GNP on defence, its government says.';
    expect(verdictsOn(greece, '2% of GNP', '2019-01-01')).toEqual([]);
    const average = 'NATO allies spent on average 2% of GNP on defence last year.';
    expect(verdictsOn(average, '2% of GNP', '2019-01-01')).toEqual([]);
    const other = 'All NATO member countries must contribute. Currently 3% of GNP.';
    expect(verdictsOn(other, '3% of GNP', '2019-01-01')).toEqual([]);
    // diogeneslight.com, 2018-01 (https://diogeneslight.com/2018/01/nr-daily-germany-must-meet-its.html).
    const gdp =
      'At its 2006 summit in Latvia, the North Atlantic Treaty Organization (NATO) established a rule that member states should spend at least 2 percent of their GDP on defense.';
    expect(isRed(verdictsOn(gdp, '2 percent of their GDP', '2018-01-15'))).toBe(false);
  });
});

describe('a target named in apposition with its year, and a count told as making good on the pledge', () => {
  it('confirms "two per cent of their GDP ..., a target set in 2014 by the military alliance"', () => {
    // w.news (CTV), July 2023 (https://w.news/?p=5823219).
    const ctv =
      'For years, Canada and other NATO member countries have faced criticism for falling short of allocating two per cent of their GDP on military spending, a target set in 2014 by the military alliance.';
    expect(verdictsOn(ctv, 'two per cent', '2023-07-20')).toEqual(['supported']);
    // A year that matches no target: told, never flagged.
    const wrong = ctv.replace('set in 2014', 'set in 2010');
    const v = verdictsOn(wrong, 'two per cent', '2023-07-20');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });

  it('counts the allies "making good on the 2 percent pledge" in a year', () => {
    // Politico Europe, 2024-11-07 (https://www.politico.eu/article/donald-trump-is-right-mark-rutte-says-nato-members-spend-more-gdp-2-percent-european-political-community-summit/).
    const politico =
      'Back in 2014, just three NATO member states were making good on the 2 percent pledge, but now a third of them — 23 states — are hitting the target, the alliance says.';
    expect(verdictsOn(politico, 'three NATO member states were making good on the 2 percent pledge', '2024-11-07')).toContain('supported');
    // A count far from NATO's estimates for that year is not confirmed.
    const off = politico.replace('just three', 'just twelve');
    expect(verdictsOn(off, 'twelve NATO member states', '2024-11-07')).not.toContain('supported');
  });

  it('confirms "The organization was founded in 1949" after a sentence on NATO (1928.us, 2018)', () => {
    // http://www.1928.us/politics/only-five-nato-members-are-paying-what-they-pledged/
    const text =
      'The North Atlantic Treaty Organization (NATO) is comprised of 29 individual countries. The organization was founded in 1949 to primarily halt the expansion of Communism.';
    expect(verdictsOn(text, 'The organization was founded in 1949', '2018-07-01')).toEqual(['supported']);
  });
});

describe('someone else’s figure is never judged as NATO’s target', () => {
  it('leaves Trump’s 4% of 2018 and his 5% demand of January 2025 alone', () => {
    // AP via Journal-News (heldout4 n019), 2025-06-24.
    const ap =
      'In Brussels, Trump floated a 4% target of defense spending as a percentage of a country’s gross domestic product, a figure that seemed unthinkably high at the time.';
    expect(isRed(verdictsOn(ap, '4% target', '2025-06-24'))).toBe(false);
    // Confirmed, if at all, as his demand (spending-demands.ts), never as a target NATO set.
    expect(notAsNatoTarget(ap, '4% target', '2025-06-24')).toBe(true);
    const demand = 'Trump has demanded that NATO allies spend 5% of GDP on defense.';
    const early = verdictsOn(demand, '5% of GDP', '2025-01-10');
    expect(isRed(early)).toBe(false);
    expect(notAsNatoTarget(demand, '5% of GDP', '2025-01-10')).toBe(true);
  });

  it('does not read shares of what allies spend as the target, but as their shares (heldout4 n035)', () => {
    // Inkl (Fox News copy), 2025-02-13: about national budgets. Since the eleventh round figures.json holds NATO's estimate
    // for each ally, and a share far above it for every ally named is contradicted (spending-estimates.ts).
    const inkl =
      'In contrast, countries like the United Kingdom, France, and Germany contribute between 4% and 8% of their GDP to NATO funding.';
    expect(notAsNatoTarget(inkl, 'between 4% and 8%', '2025-02-13')).toBe(true);
    expect(verdictsOn(inkl, 'between 4% and 8%', '2025-02-13')).toContain('contradicted');
  });
});

describe('the spending topic set two sentences back', () => {
  it('reads "reach 2 % by 2024" after a sentence on the guideline and one on the count', () => {
    // Eurasia.ro (NATO press release), 2019-12-04 (expected.jsonl fig06): https://eurasia.ro/2019/12/04/nato-secretary-general-announces-increased-defence-spending-by-allies
    const nato =
      'The Secretary General also confirmed that more Allies are meeting the guideline of spending 2 % of GDP on defence. This year, 9 Allies will meet the guideline, up from only 3 Allies just a few years ago. The majority of Allies have plans in place to reach 2 % by 2024.';
    expect(verdictsOn(nato, '2 % by 2024', '2019-12-04')).toEqual(['supported']);
    // Without the guideline told before, a figure and a year alone are not a target.
    const bare = 'This year, 9 Allies will meet the guideline. The majority of Allies have plans in place to reach 2 % by 2024.';
    expect(verdictsOn(bare, '2 % by 2024', '2019-12-04')).toEqual([]);
  });
});

describe('a share of economic output as the spending topic', () => {
  it('confirms "its NATO target of 2 percent investment of total economic output"', () => {
    // AP (heldout2 k033), 2024-02-24.
    const ap =
      'Scholz said that Germany was completely fulfilling its NATO target of 2 percent investment of total economic output into its military for the first time in decades.';
    expect(verdictsOn(ap, '2 percent', '2024-02-24')).toEqual(['supported']);
    // One country's own share of output, with no NATO target named: nothing.
    const own = 'Scholz said that Germany would invest 2 percent of total economic output into its railways this decade.';
    expect(verdictsOn(own, '2 percent', '2024-02-24')).toEqual([]);
  });
});
