// Sanctions as real articles phrase them: the price cap in translated words, the EU's oil embargo coming into
// effect, the first EU measure on Russian LNG, the EU's member count and the G7's members listed.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('the price cap', () => {
  it('supports the cap in a sentence that names the G7 but not Russia', () => {
    // https://www.independent.co.uk/news/world/europe/g7-price-cap-russian-oil-b2238388.html (3 December 2022)
    const text =
      'The G7 and its allies have agreed on a cap on Russian seaborne crude oil as part of an international campaign to curb Russia’s ability to wage war.\n' +
      'In a statement, the G7 nations and Australia announced the $60 (€57; £48) per barrel price cap would come into effect on 5 December or “very soon thereafter”.';
    expect(verdictsOn(text, '$60 (€57; £48) per barrel price cap', '2022-12-03')).toEqual(['supported']);
  });

  it('reads "the limit price" and "a price limit" as the cap', () => {
    // https://babel.ua/en/news/87850-eu-oil-sanctions-against-russia-have-entered-into-force (5 December 2022)
    const babel = 'The limit price for oil, oil products and oils originating from or exported from Russia is set at $60 per barrel.';
    expect(verdictsOn(babel, 'set at $60 per barrel', '2022-12-05')).toEqual(['supported']);
    // https://insightnews.media/another-strike-on-the-kremlin-the-eu-g7-and-australia-have-agreed-on-a-ceiling-price-for-russian-oil/
    const insight =
      'The “Big Seven” countries (the USA, Japan, Germany, Great Britain, France, Italy, Canada) and Australia, following the EU, introduced a price limit for oil delivered by sea from the Russian Federation at the level of $60 per barrel.';
    expect(verdictsOn(insight, 'at the level of $60 per barrel', '2022-12-03')).toEqual(['supported']);
  });
});

describe("the cap's first day, said without its level", () => {
  it('supports the day a level applied from, and leaves another day and the gas cap alone', () => {
    // https://english.kyodonews.net/news/2022/12/d45517268044-g-7-australia-price-cap-takes-effect-to-hit-russian-oil-revenue.html (5 December 2022)
    const kyodo =
      "A price cap on Russian crude oil agreed by the Group of Seven nations and Australia took effect Monday in the latest effort to squeeze Moscow's key source of revenue for its ongoing war in Ukraine.";
    expect(verdictsOn(kyodo, 'A price cap on Russian crude oil', '2022-12-05')).toEqual(['supported']);
    // A week later "Monday" is 12 December: no level began then, and nothing is said.
    expect(verdictsOn(kyodo, 'A price cap on Russian crude oil', '2022-12-14')).toEqual([]);
    // https://euperspectives.eu/2025/07/eu-adopts-18th-sanctions-package-phase-out-of-russian-gas-in-sight (July 2025)
    const eup =
      'Under the new system, the EU will enforce a price cap 15 per cent below the global market rate on Russian oil. That currently stands at around $47.60 per barrel. The cap will go into effect on 3 September and includes a 90-day transition period for existing contracts.';
    expect(verdictsOn(eup, 'around $47.60 per barrel', '2025-07-19')).toEqual(['supported']);
    expect(verdictsOn(eup, 'The cap will go into effect on 3 September', '2025-07-19')).toEqual(['supported']);
    // https://english.kyodonews.net/news/2022/12/e8fc1a73ba9a-update2-g-7-to-set-60-per-barrel-oil-price-cap-to-hit-russias-war-chest.html (2 December 2022)
    const planned = 'From Feb. 5, seaborne Russian petroleum products will also face a price cap that will later be announced.';
    expect(verdictsOn(planned, 'From Feb. 5', '2022-12-02')).toEqual(['supported']);
    // Told half a year before, the plan is too far from the day to be read.
    expect(verdictsOn(planned, 'From Feb. 5', '2022-08-02')).toEqual([]);
    const gas = 'The EU gas price cap on Russian gas came into effect on 15 February 2023, oil traders noted.';
    expect(analyze(gas, '2023-02-16').filter((a) => a.kind === 'sanction')).toEqual([]);
  });
});

describe("the EU's oil embargo", () => {
  it('supports the day the crude embargo came into effect, and leaves another day alone', () => {
    // https://babel.ua/en/news/87850-eu-oil-sanctions-against-russia-have-entered-into-force (5 December 2022)
    const text = 'Today, December 5, EU oil sanctions against Russia came into effect.';
    expect(verdictsOn(text, 'EU oil sanctions against Russia came into effect', '2022-12-05')).toEqual(['supported']);
    // The same sentence a month later names 5 January: not the embargo's day, but not red either ("oil sanctions" may be another measure).
    expect(analyze('Today, January 5, EU oil sanctions against Russia came into effect.', '2023-01-05')).toEqual([]);
  });
});

describe('Russian LNG', () => {
  it('supports the 14th package as the first restriction on Russian LNG', () => {
    // https://uatv.ua/en/eu-adopts-14th-package-of-sanctions-against-russia/ (24 June 2024)
    const text =
      'The Council of the European Union has officially approved the 14th package of economic and individual sanctions against Russia on 24 June.\n' +
      'This is the first restriction targeting Russian LNG (liquefied natural gas).';
    expect(verdictsOn(text, 'the first restriction targeting Russian LNG', '2024-06-24')).toEqual(['supported']);
  });
});

describe("the EU's member count", () => {
  it('supports 27 after Brexit and 28 before it, naming the EU', () => {
    // https://brusselstimes.com/1102254/eu-agrees-on-powerful-14th-package-of-sanctions-against-russia (20 June 2024)
    const text =
      'Ambassadors from the EU\'s 27 Member States voted in favour of a "powerful" 14th package of sanctions against Russia, the Belgian Presidency of the Council of the EU announced on Thursday.';
    expect(verdictsOn(text, "the EU's 27 Member States", '2024-06-20')).toEqual(['supported']);
    expect(verdictsOn(text, "the EU's 27 Member States", '2018-06-20')).toEqual(['context']);
    expect(anyRed(text, '2018-06-20')).toBe(false);
  });

  it('reads "its 27 Member States" as the EU\'s only after the EU is named, without an alliance', () => {
    // https://hkmb.hktdc.com/en/MTA4NTQxMzQwNQ/hktdc-research/EU-Adopts-New-Wave-of-Sanctions-Against-Russia-Majority-of-Oil-Imports-to-Be-Restricted (10 June 2022)
    const text = 'Sanctions in the EU require the unanimous consent of its 27 Member States.';
    expect(verdictsOn(text, 'its 27 Member States', '2022-06-10')).toEqual(['supported']);
    const nato = 'NATO, whose summit the EU attended, requires the consent of its 30 member states.';
    expect(verdictsOn(nato, 'its 30 member states', '2022-06-10').filter((v) => v !== 'supported')).toEqual([]);
  });

  it('leaves "N EU countries" that may be a part of the union alone when N is not the count', () => {
    // https://fakty.com.ua/en/svit/20230205-za-vijnu-proty-ukrayiny-nabula-chynnosti-zaborona-zavozyty-naftoprodukty-do-yes-z-rf (5 February 2023)
    const text =
      'According to foreign media, the reason for the restrictions was the sanctions imposed by 27 EU member states in response to Russia’s full-scale war against Ukraine.';
    expect(verdictsOn(text, '27 EU member states', '2023-02-05')).toEqual(['supported']);
    expect(analyze(text.replace('27', '25'), '2023-02-05').filter((a) => a.factIds.includes('eu-member-count'))).toEqual([]);
  });
});

describe("the G7's members", () => {
  it('supports the seven listed in brackets or between dashes', () => {
    // https://insightnews.media/another-strike-on-the-kremlin-the-eu-g7-and-australia-have-agreed-on-a-ceiling-price-for-russian-oil/ (3 December 2022)
    const insight =
      'The “Big Seven” countries (the USA, Japan, Germany, Great Britain, France, Italy, Canada) and Australia, following the EU, introduced a price limit for oil delivered by sea from the Russian Federation at the level of $60 per barrel.';
    expect(verdictsOn(insight, '(the USA, Japan, Germany', '2022-12-03')).toEqual(['supported']);
    // https://english.kyodonews.net/news/2022/12/d45517268044-g-7-australia-price-cap-takes-effect-to-hit-russian-oil-revenue.html (5 December 2022)
    const kyodo =
      'The price cap was set at $60 per barrel by the G-7 members -- Britain, Canada, France, Germany, Italy, Japan and the United States, plus the European Union -- and Australia as they seek to punish Russia while not triggering major supply disruptions.';
    expect(verdictsOn(kyodo, 'Britain, Canada, France', '2022-12-05')).toEqual(['supported']);
    expect(verdictsOn(kyodo, 'and Australia', '2022-12-05')).toEqual([]);
  });

  it('reads "member countries (...)" and "consists of ..." lists, ending an open list at the item after "and"', () => {
    // https://www.silkway.news/g7-countries-will-strengthen-119941/ (April 2023)
    const silkway =
      'The relevant agreement was reached during the meeting of the heads of the Foreign Ministry of the G7 member countries (Great Britain, Germany, Italy, Canada, the USA, France, Japan) in the city of Caruizave of the Japanese Prefecture Nagano under the chairmanship of Japan.';
    expect(verdictsOn(silkway, 'Great Britain, Germany', '2023-04-18')).toEqual(['supported']);
    // https://nabamart.com/2023/05/the-group-of-seven-approves-new.html (May 2023)
    const nabamart =
      "The G-7 consists of Italy, Germany, the United States, France, Canada, Japan and Britain, accounting for about 38% of the world's GDP.";
    expect(verdictsOn(nabamart, 'Japan and Britain', '2023-05-20')).toEqual(['supported']);
    // An open list that names a non-member is left alone: only a bracketed list is read as the G7's membership.
    expect(anyRed(nabamart.replace('Canada', 'Australia'), '2023-05-20')).toBe(false);
  });

  it('supports all seven members listed wherever the list stands, in a text on the G7', () => {
    // https://rks.news/the-g7-confirms-its-commitment-to-impose-strict-measures-against-russia (16 November 2024)
    const text =
      'The Group of Seven (G7) nations reaffirmed their commitment to imposing strict measures against Russia in response to its ongoing large-scale invasion of Ukraine. In a joint statement released on Saturday, the leaders of these industrialized nations—comprising the United States, Canada, Japan, France, Germany, Italy, and the United Kingdom—vowed to continue supporting Ukraine for as long as necessary.';
    expect(verdictsOn(text, 'the United States, Canada, Japan', '2024-11-16')).toEqual(['supported']);
    // Six of them are not the G7's membership: nothing is said.
    expect(verdictsOn(text.replace('Japan, ', ''), 'the United States, Canada, France', '2024-11-16')).toEqual([]);
  });

  it('contradicts a bracketed list that puts a non-member among the G7, never the G8', () => {
    // The Insight News list with Canada swapped for Russia (an altered sentence: the rule, not a real error).
    const wrong = 'The “Big Seven” countries (the USA, Japan, Germany, Great Britain, France, Italy, Russia) introduced a price limit.';
    expect(verdictsOn(wrong, 'Italy, Russia', '2022-12-03')).toEqual(['contradicted']);
    const g8 = 'The G8 (the USA, Japan, Germany, Great Britain, France, Italy, Canada, Russia) met in Lough Erne in 2013.';
    expect(anyRed(g8, '2013-06-18')).toBe(false);
  });
});

describe('sectoral sanctions named in a dated sentence', () => {
  it('carries the designation the sentence was tied to onto "sectoral sanctions"', () => {
    // https://www.crowell.com/NewsEvents/AlertsNewsletters/all/New-US-Sectoral-Sanctions-on-Russian-Energy-and-Finance-Sectors-and-the-Prospect-of-New-EU-Sanctions (17 July 2014)
    const text =
      "On July 16, 2014, the United States sharply escalated its sanctions on Russia as a result of Russia's alleged continued involvement in Ukraine, imposing, for the first time, sectoral sanctions on two entities in both the energy and finance sectors.";
    expect(verdictsOn(text, 'sectoral sanctions on two entities', '2014-07-17')).toEqual(['supported']);
  });
});

describe("the EU's Belarus listings of October 2020", () => {
  it('supports the list of 40 officials on its month, and says nothing of another count', () => {
    // https://promoteukraine.org/eu-to-levy-sanctions-on-lukashenka (13 October 2020)
    const text =
      'To recap, the EU summit agreed on the sanctions list of 40 Belarusian officials earlier this month for falsifying the 9 August presidential election results and repression of protesters.';
    expect(verdictsOn(text, '40 Belarusian officials', '2020-10-13')).toEqual(['supported']);
    expect(anyRed(text.replace('40', '44'), '2020-10-13')).toBe(false);
    // https://www.unian.info/world/belarus-eu-officially-imposes-sanctions-on-40-officials-11168621.html (2 October 2020)
    const council =
      'The EU acted on Friday. "The Council today imposed restrictive measures against 40 individuals identified as responsible for repression and intimidation against peaceful demonstrators, opposition members and journalists in the wake of the 2020 presidential election in Belarus, as well as for misconduct of the electoral process," the statement said on October 2.';
    expect(verdictsOn(council, '40 individuals', '2020-10-02')).toEqual(['supported']);
    // The designation detector still ties the sentence to the listing by who and when, as context, not as a confirmed count.
    expect(verdictsOn(text.replace('40', '44'), '44 Belarusian officials', '2020-10-13')).toEqual(['context']);
  });
});

describe("the count of the EU's packages", () => {
  it("supports the count adopted by the article's date, and says nothing of another count", () => {
    // https://jurist.org/news/2024/02/eu-imposes-13th-sanctions-package-on-russia-over-ongoing-war-in-ukraine (21 February 2024)
    const text =
      'The EU previously imposed 12 packages of sanctions on Russia in response to its ongoing war in Ukraine, which began in February 2022.';
    expect(verdictsOn(text, '12 packages of sanctions', '2024-02-21')).toEqual(['supported']);
    expect(verdictsOn(text.replace('12', '9'), '9 packages of sanctions', '2024-02-21')).toEqual([]);
  });
});

describe('a package reported adopted on the day ambassadors agreed it', () => {
  it('supports it within a week before the formal adoption, and stays quiet on a plan', () => {
    // https://jurist.org/news/2024/02/eu-imposes-13th-sanctions-package-on-russia-over-ongoing-war-in-ukraine (21 February 2024)
    const text = 'The EU adopted on Wednesday its thirteenth package of sanctions against Russia over the ongoing war in Ukraine.';
    expect(verdictsOn(text, 'thirteenth package of sanctions', '2024-02-21')).toEqual(['supported']);
    const plan = 'The EU will adopt its thirteenth package of sanctions against Russia on Saturday, diplomats said.';
    expect(anyRed(plan, '2024-02-21')).toBe(false);
  });
});

describe('measures said to be introduced on a day', () => {
  it('supports the day of a designation on record for the jurisdiction the text is about, and leaves another day alone', () => {
    // http://www.dnaindia.com/world/report-eu-prolongs-economic-sanctions-on-russia-by-six-months-2486353 (28 June 2017)
    const text =
      "The European Union has extended economic sanctions targeting specific sectors of the Russian economy by six months for destabilizing Ukraine. The measures were originally introduced on 31 July 2014 for one year in response to Russia's actions destabilising the situation in Ukraine.";
    expect(verdictsOn(text, 'The measures were originally introduced on 31 July 2014', '2017-06-28')).toEqual(['supported']);
    expect(verdictsOn(text.replace('31 July', '15 May'), 'The measures were originally introduced on 15 May 2014', '2017-06-28')).toEqual(
      [],
    );
  });
});
