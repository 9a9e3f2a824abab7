// Round 29, the war's anchors and the sanctions told as history: families of claims the engine left unread (made-up sentences
// in the families' wordings, not the development sets' own), each with true look-alikes that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes } from './helpers';

const said = (text: string, asOf: string, re: RegExp) =>
  analyze(text, asOf)
    .filter((a) => re.test(a.quote))
    .map((a) => a.verdict);
const none = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);
const silent = (text: string, asOf: string) => expect(analyze(text, asOf).filter((a) => a.verdict !== 'context')).toEqual([]);

describe("the invasion's anniversary told as Russian aggression (war-anchors.ts ANNIVERSARY_RE)", () => {
  it('confirms the anniversary of the aggression against Ukraine', () => {
    expect(
      said(
        'Ukrainians gathered in Kyiv on the second anniversary of the full-scale Russian aggression against Ukraine.',
        '2024-02-24',
        /anniversary/,
      ),
    ).toEqual(['supported']);
    expect(
      said("Today marks the fourth anniversary of Russia's aggression against Ukraine, the minister said.", '2026-02-24', /anniv/),
    ).toEqual(['supported']);
    expect(said('Friday is the first anniversary of the start of Russian aggression against Ukraine.', '2023-02-24', /anniv/)).toEqual([
      'supported',
    ]);
  });

  it('leaves other aggressions and the count from 2014 alone', () => {
    silent('Israel marked the second anniversary of the aggression on its northern border.', '2024-02-24');
    silent('Kyiv marked the third anniversary of the aggression with a minute of silence.', '2025-02-24');
    none('Ukraine marked the tenth anniversary of Russian aggression against Ukraine, counted from Crimea.', '2024-02-24');
    none('Ukraine marked the fifth anniversary of Russian aggression against Ukraine.', '2024-02-24');
  });
});

describe('the invasion recalled from its day (war-recall.ts)', () => {
  it('confirms "N years ago today / this week / on this day" before the act', () => {
    expect(said('One year ago today, Russian forces crossed into Ukraine from three directions.', '2023-02-24', /ago/)).toEqual([
      'supported',
    ]);
    expect(said('Three years ago this week, Moscow launched a full-scale war against Ukraine.', '2025-02-25', /ago/)).toEqual([
      'supported',
    ]);
    expect(said('Four years ago today Putin began his full-scale invasion of Ukraine.', '2026-02-24', /ago/)).toEqual(['supported']);
    expect(
      said(
        'Precisely two years ago, on this day in 2022, Russian troops invaded the territory of independent Ukraine.',
        '2024-02-24',
        /ago/,
      ),
    ).toEqual(['supported']);
  });

  it('leaves another day, another count, Crimea and a condition unconfirmed', () => {
    silent('Three years ago today, Russia launched its full-scale invasion of Ukraine.', '2025-08-01');
    silent('Two years ago today, Russia invaded Ukraine, a diplomat wrongly wrote.', '2025-02-24');
    silent('Eleven years ago today, Russian troops invaded Crimea.', '2025-02-24');
    silent('If three years ago today Russia had not invaded Ukraine, Europe would be calmer.', '2025-02-24');
  });

  it("confirms the invasion's day heading the act, or named by the act after it", () => {
    expect(said('On February 24, Russian troops crossed the Ukrainian border from Belarus.', '2022-04-10', /February/)).toEqual([
      'supported',
    ]);
    expect(said("On the 24th of February, Russian forces crossed Ukraine's borders at dawn.", '2022-03-20', /February/)).toEqual([
      'supported',
    ]);
    expect(said('The bridge was blown up on February 24, 2022, the day Russia launched its invasion.', '2023-05-01', /the day/)).toEqual([
      'supported',
    ]);
    expect(said('Refugees reached Poland on 24 February 2022, the day Russian troops invaded Ukraine.', '2023-05-01', /the day/)).toEqual([
      'supported',
    ]);
  });

  it('leaves another day, another year and another act alone', () => {
    silent("On February 24, Russian forces crossed Ukraine's borders again near Sumy.", '2024-03-01');
    silent('On February 25, Russian troops crossed the Ukrainian border near Sumy.', '2022-04-10');
    silent('The blast came on February 26, 2022, the day after Russia launched its invasion.', '2023-05-01');
    silent('The stadium closed on February 24, 2023, the day Russia marked a year since it launched its invasion.', '2023-05-01');
  });

  it('confirms a war with Russia since 2022, of Ukraine', () => {
    expect(said('Kyiv has been at war with Russia since 2022, and Ukraine needs more shells.', '2024-05-10', /since/)).toEqual([
      'supported',
    ]);
    expect(said('Ukraine has fought an all-out war against Russia since February 2022.', '2024-05-10', /since/)).toEqual(['supported']);
    expect(
      said(
        'Georgia was invaded in 2008, while Ukraine lost Crimea in 2014 and has been engaged in a full-scale land war with Russia since 2022.',
        '2023-07-14',
        /since/,
      ),
    ).toEqual(['supported']);
  });

  it('leaves 2014, other wars and other years alone', () => {
    silent('Ukraine has been at war with Russia since 2014, Kyiv insists.', '2024-05-10');
    silent('Chechen fighters have been at war with Russia since 1994.', '2024-05-10');
    silent('Georgia has been at war with Russia since 2022, it claims.', '2024-05-10');
    silent('Ukraine supports Georgia, which has been at war with Russia since 2022.', '2023-07-14');
    silent('Ukraine has been at war with Russia since 2023, the article says.', '2024-05-10');
  });
});

describe('the start and Crimea told loosely (war-anchors.ts)', () => {
  it('confirms a full-scale attack, a war of aggression and the full-scale war between the two, dated', () => {
    expect(said('In February 2022, Moscow launched a full-scale assault on Ukraine.', '2023-07-08', /assault/)).toEqual(['supported']);
    expect(
      said("Germany answered Russia's full-scale war of aggression in February 2022 with a special fund.", '2024-09-04', /aggression/),
    ).toEqual(['supported']);
    expect(said('Sweden applied after the full-scale war between Russia and Ukraine in February 2022.', '2024-03-08', /between/)).toEqual([
      'supported',
    ]);
  });

  it('leaves another target, another time and a wrong year unflagged', () => {
    silent('In May 2023, Russia launched a full-scale attack on Bakhmut.', '2023-07-08');
    none('In February 2023, Russia launched a full-scale attack on Ukraine.', '2023-07-08');
    none("Germany answered Russia's full-scale war of aggression in February 2023 with a special fund.", '2024-09-04');
  });

  it('confirms the annexation of Crimea with its year a few words off', () => {
    expect(said("The alliance cited Moscow's annexation of the Crimea peninsula from Ukraine in 2014.", '2021-10-18', /2014/)).toEqual([
      'supported',
    ]);
    expect(said("Kyiv recalled Russia's annexation of the Crimean Peninsula from Ukraine in 2014.", '2022-03-01', /2014/)).toEqual([
      'supported',
    ]);
    expect(
      said(
        'Georgia was invaded in 2008, and Ukraine lost territory in 2014 (with the Russian annexation of Crimea).',
        '2023-07-14',
        /2014/,
      ),
    ).toEqual(['supported']);
  });

  it('leaves another year told of something else alone', () => {
    none("The alliance cited Moscow's annexation of the Crimea peninsula from Ukraine in 2015.", '2021-10-18');
    silent("Sanctions on Crimea were tightened in 2017, after Moscow's annexation of the Crimea peninsula.", '2021-10-18');
    silent('Ukraine joined the talks in 2019 (with the Russian annexation of Crimea still unresolved).', '2023-07-14');
  });
});

describe("the war's year with 'on' before 'into' and the war of choice (war-duration.ts ORDINAL_VERB_RE)", () => {
  it('flags a year the war was not in, months from its turn', () => {
    expect(said("As Russia's war in Ukraine grinds on into its third year, Kyiv asks for Patriots.", '2025-07-10', /grinds/)).toEqual([
      'contradicted',
    ]);
    expect(said('The war in Ukraine, which is dragging on into its third year, has cost Europe dearly.', '2025-10-01', /dragging/)).toEqual(
      ['contradicted'],
    );
    expect(said("Putin's war of choice is rolling on into its second year, the senator said.", '2024-08-04', /rolling/)).toEqual([
      'contradicted',
    ]);
  });

  it('confirms the right year and leaves other wars and the future alone', () => {
    expect(said("Putin's war of choice is grinding on into its third year, the senator said.", '2024-03-04', /grinding/)).toEqual([
      'supported',
    ]);
    expect(said("As Russia's war in Ukraine grinds on into its fourth year, Kyiv asks for Patriots.", '2025-07-10', /grinds/)).toEqual([
      'supported',
    ]);
    none('The war in Gaza grinds on into its second year.', '2025-07-10');
    none("When Russia's war in Ukraine grinds on into its fifth year, Europe will need a new plan.", '2025-07-10');
    none('The Iraq war of choice dragged on into its third year in 2005.', '2024-03-04');
  });
});

describe("NATO's birthday told as today (alliance-age.ts)", () => {
  it('confirms it on the day and flags it days off', () => {
    expect(said('NATO turns 75 today, and leaders raise a glass.', '2024-04-04', /today/)).toEqual(['supported']);
    expect(said('NATO turned 70 years old today, its Secretary General said.', '2019-04-04', /today/)).toEqual(['supported']);
    expect(said('NATO turns 70 today, and foreign ministers are gathering.', '2019-04-08', /today/)).toEqual(['contradicted']);
    expect(said('NATO turns 75 years old today.', '2024-03-30', /today/)).toEqual(['contradicted']);
  });

  it('leaves a day off, the age on the day, another alliance and a condition unflagged', () => {
    // A page of the eve (a post kept in another time zone): not confirmed, not flagged.
    expect(said('NATO turns 70 years old today.', '2019-04-03', /today/)).toEqual(['context']);
    none('NATO is 70 years old today.', '2019-04-08');
    none('The alliance turns 70 today, and leaders are gathering.', '2019-04-08');
    none('The Warsaw Pact would have turned 64 today.', '2019-04-03');
    // The "today" of a speech given on another day the sentence names.
    none('Stoltenberg said NATO turns 75 today in a speech recorded on April 4.', '2024-04-10');
  });
});

describe('the EU oil embargo told as history (sanction-forms.ts, sanction-contents.ts)', () => {
  it('confirms the embargo beginning on its day', () => {
    expect(said('An EU embargo on Russian crude also begins today.', '2022-12-05', /embargo/)).toEqual(['supported']);
    expect(said("The EU's ban on Russian seaborne crude oil will kick in on Monday.", '2022-12-03', /ban/)).toEqual(['supported']);
    expect(said("The EU's embargo on Russian crude oil started on December 5, alongside the cap.", '2022-12-20', /embargo/)).toEqual([
      'supported',
    ]);
  });

  it('leaves another day, another start and another ban alone', () => {
    silent('An EU embargo on Russian crude also begins today.', '2022-10-05');
    silent('An EU ban on Russian coal begins on August 10.', '2022-08-01');
    none('The talks on an EU embargo on Russian crude begin today in Brussels.', '2022-05-09');
  });

  it('confirms the wind-down periods of the sixth package, paired with their products', () => {
    expect(
      said(
        'The EU Council said the phase-out for Russian crude oil will last 6 months while refined petroleum products will take 8 months.',
        '2022-06-03',
        /months/,
      ),
    ).toEqual(['supported']);
    expect(
      said('The EU will phase out Russian crude within six months and refined oil products within eight months.', '2022-06-04', /months/),
    ).toEqual(['supported']);
    expect(
      said(
        'The embargo allows a six-month wind-down for crude and eight months for refined petroleum products from Russia, the EU said.',
        '2022-06-10',
        /months/,
      ),
    ).toEqual(['supported']);
  });

  it('leaves swapped periods, the proposal and other counts alone', () => {
    silent('The EU will phase out Russian crude within eight months and refined oil products within six months.', '2022-06-04');
    silent('The EU will phase out Russian crude within six months and refined oil products within eight months.', '2022-05-04');
    silent(
      'The Commission had proposed to phase out Russian crude within six months and refined oil products within eight months.',
      '2022-06-04',
    );
    silent(
      'The EU will ban Russian crude within six months and refined oil products within eight months, and coal within 3 months.',
      '2022-06-04',
    );
  });

  it("confirms the sea-borne ban named as the EU's own, whatever package the sentence is about", () => {
    expect(
      said(
        'The ninth round of sanctions follows implementation of the full European Union import ban on Russian seaborne oil.',
        '2022-12-08',
        /ban/,
      ),
    ).toEqual(['supported']);
    expect(said("The tenth package comes on top of the EU's ban on Russian seaborne crude oil.", '2023-02-25', /ban/)).toEqual([
      'supported',
    ]);
    expect(said('The 8th package widens the EU-wide embargo on Russian maritime oil imports.', '2022-10-07', /embargo/)).toEqual([
      'supported',
    ]);
  });

  it('leaves a ban before its agreement, a national ban and an exemption alone', () => {
    silent('The fifth package does not include an EU ban on Russian seaborne oil.', '2022-04-08');
    silent('The eighth round keeps Hungary exempt from the EU ban on Russian seaborne oil.', '2022-10-07');
    silent("The ninth package follows Poland's ban on Russian seaborne oil.", '2022-12-08');
  });
});

describe('the price cap told roughly (price-cap.ts)', () => {
  it('confirms a hedged level, the level in the sentence after the cap and the rule told as "less than"', () => {
    expect(
      said(
        'The package sets a dynamic price cap for Russian crude oil. In effect, this lowers the cap from $60 per barrel to approximately $47.6 per barrel.',
        '2025-07-19',
        /cap from/,
      ),
    ).toEqual(['supported']);
    expect(said('The EU price cap on Russian crude now stands at about $47.60 a barrel.', '2025-10-10', /cap/)).toEqual(['supported']);
    expect(
      said(
        'Diplomats said the EU will set a price cap for Russian crude oil at 15% less than its average market value.',
        '2025-07-18',
        /less/,
      ),
    ).toEqual(['supported']);
  });

  it('never flags a hedged or borrowed level, nor a distance', () => {
    none('The EU price cap on Russian crude is currently around $47.60 a barrel.', '2026-03-10');
    none('The Russian oil price cap began in 2022. The cap is now around $44 a barrel for others.', '2025-10-10');
    none('The EU price cap on Russian oil is now about $15 below market prices for Brent crude.', '2025-10-20');
    none('Oil traders said Urals crude sold at $15 less than the market price for Brent this week.', '2025-07-18');
  });
});

describe('a US administration as the issuer of a dated listing (sanction.ts)', () => {
  it("confirms the administration's listing by its day", () => {
    expect(
      said(
        'On January 10, 2025, the Biden Administration issued a broad sanctions package targeting the Russian energy sector.',
        '2025-01-15',
        /Biden/,
      ),
    ).toEqual(['supported']);
    expect(said('On January 10, 2025, the Biden administration imposed sweeping sanctions on Russian oil.', '2025-02-01', /Biden/)).toEqual(
      ['supported'],
    );
    expect(said('The Biden administration sanctioned Russian oil producers on January 10, 2025.', '2025-02-01', /Biden/)).toEqual([
      'supported',
    ]);
  });

  it('confirms neither another administration nor another day, and leaves a plan alone', () => {
    // Round 44: both are false (neither president was in office on the day told); sanction-administration.ts flags them, and
    // nothing confirms them.
    expect(said('On January 10, 2025, the Obama administration imposed sweeping sanctions on Russian oil.', '2025-02-01', /Obama/)).toEqual(
      ['contradicted'],
    );
    expect(said('On March 3, 2025, the Biden administration imposed sweeping sanctions on Russian oil.', '2025-04-01', /Biden/)).toEqual([
      'contradicted',
    ]);
    none('The Trump administration plans to sanction Russian oil buyers next month.', '2025-07-01');
  });
});

describe("OFAC's listing of 23 February 2024 (sanctions.json ofac-2024-02-23-russia-second-anniversary)", () => {
  it('confirms the listing by its target and day or its recent Friday', () => {
    expect(said('On February 23, 2024, the US Treasury sanctioned Sovcomflot and 14 of its tankers.', '2024-03-10', /Sovcomflot/)).toEqual([
      'supported',
    ]);
    expect(said("On Friday, OFAC designated Sovcomflot, Russia's largest shipping company.", '2024-02-26', /Sovcomflot/)).toEqual([
      'supported',
    ]);
    expect(said('Sovcomflot was blacklisted by OFAC on 23 February 2024.', '2024-06-01', /Sovcomflot/)).toEqual(['supported']);
  });

  it("leaves another issuer's listing and other days alone", () => {
    none("The EU's 13th package, adopted on February 23, 2024, listed 194 individuals and entities.", '2024-03-01');
    none('Britain sanctioned Sovcomflot in May 2023.', '2024-03-01');
    none('In February 2022, Washington restricted Sovcomflot from raising debt.', '2024-03-01');
  });
});

describe("a package's adoption told as to come, by its day (sanction-packages.ts futureAdoptionDay)", () => {
  it('confirms the day the Council adopted the package named before', () => {
    expect(
      said(
        'EU ambassadors on Wednesday approved the 17th package of sanctions against Russia.\nThe package is expected to be formally adopted next Tuesday, diplomats said.',
        '2025-05-14',
        /expected/,
      ),
    ).toEqual(['supported']);
    expect(
      said(
        'EU envoys agreed the 17th sanctions package against Russia. The package will be formally approved by foreign ministers on May 20.',
        '2025-05-15',
        /approved by/,
      ),
    ).toEqual(['supported']);
    expect(
      said(
        'EU ambassadors agreed the 16th sanctions package against Russia on Wednesday. The new package is set to be adopted on Monday, the anniversary.',
        '2025-02-19',
        /set to be/,
      ),
    ).toEqual(['supported']);
  });

  it('leaves another day, a condition and a page after the adoption alone', () => {
    const agreed = 'EU envoys agreed the 17th sanctions package against Russia. ';
    expect(said(`${agreed}The package is expected to be formally adopted next Monday.`, '2025-05-14', /expected/)).toEqual([]);
    expect(
      said(`${agreed}The package is expected to be formally adopted next Tuesday, unless Hungary blocks it.`, '2025-05-14', /expected/),
    ).toEqual([]);
    expect(said(`${agreed}The package is expected to be formally adopted next Tuesday.`, '2025-05-21', /expected/)).toEqual([]);
  });
});
