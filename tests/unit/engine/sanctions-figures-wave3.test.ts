// Sanctions and figures, third wave: real sentences from held-out pages (the dynamic price cap's rule, member counts
// in "N of its M allies will not reach 2%"), each with a true sentence like it that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe("the EU's dynamic price cap", () => {
  // Esperio market news, 18 July 2025 (held-out m005).
  const esperio =
    'The European Union has adopted its 18th sanctions package against Russia, intensifying pressure over the war in Ukraine. A key change is the revised oil price cap. Previously set at $60 per barrel, it will now be dynamically pegged at $15 below market rates—starting around $47.6—and updated at least twice a year.';

  it('flags a cap pegged at "$15 below" the market, where the rule is 15% below', () => {
    expect(verdictsOn(esperio, 'dynamically pegged at $15 below market rates', '2025-07-18')).toEqual(['contradicted']);
    const [flag] = kindOn('sanction', esperio, '$15 below market rates', '2025-07-18');
    expect(flag.message).toMatch(/15% below the average market price, not \$15/);
  });

  it('supports the level it replaced and the level it starts at, in the sentence after one on the cap', () => {
    expect(verdictsOn(esperio, 'Previously set at $60 per barrel', '2025-07-18')).toEqual(['supported']);
    expect(verdictsOn(esperio, 'starting around $47.6', '2025-07-18')).toEqual(['supported']);
  });

  it('supports the rule said as a percentage', () => {
    // EU Perspectives, 18 July 2025 (held-out m016).
    const euPerspectives =
      'At the heart of the new measures is a dynamic oil price cap designed to erode Russia’s revenue while keeping global markets stable. The new price ceiling replaces the static $60 per barrel cap introduced by the G7 in 2022. Under the new system, the EU will enforce a price cap 15 per cent below the global market rate.';
    expect(verdictsOn(euPerspectives, 'a price cap 15 per cent below the global market rate', '2025-07-18')).toEqual(['supported']);
    const aijes =
      'At the heart of the new sanctions is a dynamic price ceiling on Russian crude oil, now set at 15% below the average market rate, effectively lowering the cap to $47.60 per barrel.';
    expect(verdictsOn(aijes, '15% below the average market rate', '2025-07-19')).toEqual(['supported']);
  });

  it('leaves a distance measured on a day, another figure and a proposal alone', () => {
    // A cap of $47.60 with Brent near $62 is about $15 below it: a measurement, not the rule.
    expect(anyRed('The EU price cap on Russian oil is now about $15 below market prices for Brent crude.', '2025-10-20')).toBe(false);
    expect(anyRed('The EU price cap on Russian oil is now $15 below market rates.', '2025-10-20')).toBe(false);
    expect(anyRed('The EU dynamic price cap on Russian oil is pegged at $10 below market rates.', '2025-10-20')).toBe(false);
    // Before the 18th package was adopted the rule was only proposed.
    expect(anyRed('The Commission wants the price cap on Russian oil pegged at $15 below market rates.', '2025-06-15')).toBe(false);
    expect(
      verdictsOn('The EU wants a price cap on Russian oil 15% below the market price.', '15% below the market price', '2025-06-15'),
    ).toEqual([]);
  });
});

describe('allies below 2%, counted out of the whole alliance', () => {
  // Shephard, June 2022 (held-out k021): NATO had 30 members in 2022 (North Macedonia joined on 27 March 2020).
  const shephard =
    'Data recently released by NATO indicates that 20 of its 29 member states will not reach the desired spending benchmark of 2% of GDP on defence in 2022.';

  it('flags a whole NATO did not have in the year named', () => {
    const flags = kindOn('figure', shephard, '20 of its 29 member states', '2022-06-29').filter((a) => a.verdict === 'contradicted');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toMatch(/NATO had 30 member states in 2022, not 29/);
    // And nothing confirms the same words as "its 29 other members" (the count less one).
    expect(verdictsOn(shephard, '20 of its 29 member states', '2022-06-29')).not.toContain('supported');
    expect(verdictsOn('NATO says 20 of its 29 members won’t reach 2% of GDP in 2022.', '20 of its 29 members', '2022-06-29')).toContain(
      'contradicted',
    );
  });

  it('reads the right whole as a count below the target, never as the count at it', () => {
    const right = shephard.replace('20 of its 29', '21 of its 30');
    expect(anyRed(right, '2022-06-29')).toBe(false);
    expect(kindOn('figure', right, '21 of its 30', '2022-06-29').map((a) => a.message)).toEqual(['On record: 9 allies at 2% in 2022.']);
  });

  it('leaves a year with an accession, a year still to come, a subset and another body alone', () => {
    // Finland joined on 4 April 2023: 30 or 31 are both NATO's counts that year.
    expect(anyRed('NATO said 19 of its 30 members will not reach 2% of GDP in 2023.', '2023-07-10')).toBe(false);
    expect(anyRed('NATO expects that 20 of its 29 members will not reach 2% of GDP in 2024.', '2022-06-29')).toBe(false);
    expect(anyRed('NATO data show 20 of the 29 allies with armed forces will not reach 2% of GDP in 2022.', '2022-06-29')).toBe(false);
    expect(anyRed('Of the EU, 20 of its 29 partners will not reach 2% of GDP on defence in 2022.', '2022-06-29')).toBe(false);
  });
});

describe('EU packages told as coming', () => {
  it('supports the number of the next package, once the one before it was adopted', () => {
    // EEAS, Kallas's remarks of 20 October 2025 (held-out m017): the 19th was adopted on 23 October.
    const kallas =
      'Foreign Affairs Council: Press remarks by High Representative Kaja Kallas upon arrival\n\nBut first on the FAC. Of course, we first talk about Ukraine.\n\nRussia only understands strength and only negotiates when it is really put to negotiate. That is why we are discussing what more we can do. We are expecting this week, also, to adopt a 19th package of sanctions.';
    expect(verdictsOn(kallas, '19th package of sanctions', '2025-10-20')).toEqual(['supported']);
    // MENAFN, 21 February 2026 (held-out m063): proposed on 6 February, blocked on the 23rd.
    const menafn =
      'The European Union is preparing to adopt its 20th round of sanctions targeting Russia next Monday, according to the bloc’s foreign policy chief, Kaja Kallas.';
    expect(verdictsOn(menafn, 'its 20th round of sanctions', '2026-02-21')).toEqual(['supported']);
  });

  it('leaves a package told as coming before the one before it was adopted, and another issuer on the page', () => {
    // On 1 July 2025 the 18th was not yet adopted: "the 19th" was not the next one.
    expect(verdictsOn('The EU is preparing its 19th package of sanctions against Russia.', '19th package', '2025-07-01')).toEqual([]);
    const uk =
      'Britain announced new measures on Monday. We are expecting this week, also, to adopt a 19th package of sanctions against Russia.';
    expect(verdictsOn(uk, '19th package', '2025-10-20')).toEqual([]);
  });
});

describe('what a package holds', () => {
  it('supports an LNG ban told before its adoption, with the day it was adopted with', () => {
    // Shipping Telegraph, 21 October 2025 (held-out m018): proposed on 19 September, adopted on 23 October.
    const telegraph =
      'The package, unveiled by the EU high representative for foreign affairs and security policy Kallas on Sept. 19, includes a complete import ban on Russian liquefied natural gas (LNG), with the measure expected to take effect in January 2027 and expanding sanctions on Russia’s shadow fleet, including 118 new vessels.';
    expect(
      verdictsOn(
        telegraph,
        'a complete import ban on Russian liquefied natural gas (LNG), with the measure expected to take effect in January 2027',
        '2025-10-21',
      ),
    ).toEqual(['supported']);
    // Another day, before the proposal, or a veto: nothing.
    expect(anyRed(telegraph.replace('January 2027', 'January 2028'), '2025-10-21')).toBe(false);
    expect(verdictsOn(telegraph.replace('January 2027', 'January 2028'), 'liquefied natural gas', '2025-10-21')).toEqual([]);
    expect(verdictsOn(telegraph, 'liquefied natural gas', '2025-09-10')).toEqual([]);
    const veto = 'Hungary vetoed the EU plan for a complete import ban on Russian liquefied natural gas (LNG) from January 2027.';
    expect(verdictsOn(veto, 'liquefied natural gas', '2025-10-21')).toEqual([]);
  });

  it("supports the package's vessels and the total, as its record gives them", () => {
    // Esperio, 18 July 2025 (held-out m005): the 18th listed 105 vessels, 444 in total.
    const esperio =
      'The European Union has adopted its 18th sanctions package against Russia. The package blacklists 105 additional tankers, bringing the total sanctioned fleet to over 400, and blocks trade with firms and banks.';
    expect(verdictsOn(esperio, '105 additional tankers', '2025-07-18')).toEqual(['supported']);
    expect(verdictsOn(esperio, 'bringing the total sanctioned fleet to over 400', '2025-07-18')).toEqual(['supported']);
    // Another count is left alone, never flagged.
    const other = esperio.replace('105 additional', '120 additional').replace('over 400', 'over 200');
    expect(verdictsOn(other, '120 additional tankers', '2025-07-18')).toEqual([]);
    expect(verdictsOn(other, 'over 200', '2025-07-18')).toEqual([]);
  });
});

describe('the 2% target told by its year and by what it asks', () => {
  // News of Israel, 15 February 2024 (held-out m010).
  const newsOfIsrael =
    'NATO Secretary General Jens Stoltenberg announced that 18 out of the alliance’s 31 member states are set to increase their defense budgets to 2% of GDP in 2024.\nThe decision to hike defense spending to 2% of GDP was made in 2014, following Russia’s annexation of Crimea and its incursions into eastern Ukraine.';

  it('supports the decision dated to the Wales pledge, on a page about NATO', () => {
    expect(verdictsOn(newsOfIsrael, 'The decision to hike defense spending to 2% of GDP was made in 2014', '2024-02-15')).toEqual([
      'supported',
    ]);
  });

  it('supports the 2006 guideline told as an allocation agreed by defence ministers', () => {
    // Shephard, June 2022 (held-out k021, stretch).
    const shephard =
      'Data recently released by NATO indicates that 21 of its 30 member states will not reach the benchmark.\n\nThe allocation of 2% of the GDP to defence expenditure was agreed upon by NATO defence ministers in 2006 as a way to ensure the Alliance’s military readiness';
    expect(verdictsOn(shephard, 'The allocation of 2% of the GDP to defence expenditure', '2022-06-29')).toEqual(['supported']);
    expect(verdictsOn(shephard.replace('in 2006', 'in 2009'), 'The allocation of 2%', '2022-06-29')).toEqual([]);
  });

  it('leaves another year, an ally’s own decision and a page not about NATO alone', () => {
    const wrongYear = newsOfIsrael.replace('was made in 2014', 'was made in 2016');
    expect(verdictsOn(wrongYear, 'was made in 2016', '2024-02-15')).not.toContain('supported');
    expect(anyRed(wrongYear, '2024-02-15')).toBe(false);
    const ally = 'NATO allies met in Brussels.\nLithuania’s decision to hike defense spending to 2% of GDP was made in 2014.';
    expect(verdictsOn(ally, 'was made in 2014', '2024-02-15')).toEqual([]);
  });

  it('supports "the required 2%" while 2% is the target in force, and nothing after The Hague', () => {
    // AP via inkl, 29 March 2024 (held-out m037).
    const ap =
      'Since joining NATO, these countries have consistently raised concerns about the threat posed by Russia. Most of the former Soviet Republics that joined NATO at the turn of the millennium exceed the required 2% of GDP spending on defense.';
    expect(verdictsOn(ap, 'the required 2% of GDP spending on defense', '2024-03-29')).toEqual(['supported']);
    // After The Hague (25 June 2025) the 2% is no longer the target: not confirmed, and never flagged by this form.
    expect(verdictsOn(ap, 'the required 2% of GDP', '2026-03-29')).not.toContain('supported');
    expect(anyRed(ap, '2026-03-29')).toBe(false);
  });
});

describe('the EU as "the 27-nation bloc"', () => {
  it('supports the count in a sentence that names the EU, and reads nothing else', () => {
    // Held-out m059, 27 February 2025.
    const tariff =
      'United States will introduce a 25 percent tariff on goods from the European Union, the American president said at his first cabinet meeting, claiming that the 27-nation bloc was formed to "deceive" the US.';
    expect(kindOn('sanction', tariff, 'the 27-nation bloc', '2025-02-27').map((a) => a.verdict)).toEqual(['supported']);
    // NATO's bloc, and a count of another time: not the EU's, never flagged.
    expect(
      kindOn('sanction', 'NATO leaders met in Washington. The 32-nation bloc agreed on a plan.', '32-nation bloc', '2024-07-10'),
    ).toEqual([]);
    expect(anyRed('The European Union said the 28-nation bloc would act.', '2020-06-10')).toBe(false);
  });
});
