// Round 34, the war's anchors, spending targets and sanctions (warspend helper). Sentences of our own beside the dev
// sentences of held-out 32 (ids in the comments), each class with its true look-alikes that must stay quiet.
// (1) The war's year told of the war named by a superlative, "the largest land war in Europe since World War II"
//     (war-duration.ts SUPERLATIVE_WAR), and of "the conflict" on a page that has named Russia's invasion (onlyThisWar).
// (2) A year behind the one just begun, told as now in the anniversary's week on a page that marks that anniversary
//     (war-duration.ts anniversaryLag); no longer confirmed in the weeks after the turn.
// (3) The Hague's deadline given to an ally exempted from the target or refusing to commit to it (figure.ts EXEMPTED_FROM_RE).
// (4) The G7's price cap told as imposed at a time no cap level was agreed or applied near (price-cap.ts capImposedWhen).
// (5) An EU package's own entry into force told long after the days on record, by its number or by its adoption's day
//     (sanction-packages.ts lateForceDay, forceByAdoption).
// (6) The allies at 2% told as the exceptions to the target's neglect, counted against NATO's estimates
//     (allies-at-target.ts EXCEPTED_RE).
// (7) The war's year in more wordings: fronted ("Now in its third year, Russia's war ..."), "the special military operation",
//     "rages into" (war-duration.ts FRONTED_ORDINAL_RE, WAR).
// (8) The Hague's deadline told with the goal's figure: "have until 2030 to reach the new 5% target", "goal of 5% of GDP, to
//     be met by 2030", "the 5% target, which allies must reach by 2030" (spending-deadline.ts DEADLINE_RE).
// (9) The allies' commitment told with a span of years short of The Hague's deadline, "committed to spending 5% ... within
//     five years" (spending-hague-recall.ts COMMITTED_SPAN_RE).
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red } from './helpers';

const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);
const allOk = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};
const allSay = (cases: ReadonlyArray<readonly [string, string, RegExp]>, verdict: string) => {
  for (const [text, asOf, quote] of cases) expect(on(text, asOf, quote), text).toContain(verdict);
};

describe("the war's year told of the war named by a superlative", () => {
  it('is flagged a year off, months from the turn', () => {
    allSay(
      [
        // if007 (2025-06-26).
        ['This comes amid the ongoing largest land war in Europe since World War II entering its third year.', '2025-06-26', /third year/],
        ["Europe's biggest war since 1945, now in its second year, shows no sign of ending.", '2024-06-26', /second year/],
        ['The deadliest conflict in Europe since the Second World War is grinding into its fifth year.', '2025-09-15', /fifth year/],
        ['Kyiv braces for winter as the largest war in Europe since WWII enters its third year.', '2025-11-02', /third year/],
      ],
      'contradicted',
    );
  });
  it('is confirmed when right', () => {
    allSay(
      [
        [
          'This comes amid the ongoing largest land war in Europe since World War II entering its fourth year.',
          '2025-06-26',
          /fourth year/,
        ],
        ["Europe's biggest war since 1945, now in its third year, shows no sign of ending.", '2024-06-26', /third year/],
      ],
      'supported',
    );
  });
  it('is left alone without the qualifier, before the invasion, or with another war near', () => {
    allOk([
      ['Russia marks 80 years since the largest war in Europe ended.', '2025-05-08'],
      ['The largest war in Europe, now in its sixth year, changed the continent.', '1944-06-26'],
      ['The Bosnian war, the deadliest conflict in Europe since World War II, lasted nearly four years.', '2025-06-26'],
      ['The Yugoslav wars included the bloodiest conflict in Europe since World War II, which lasted for three years.', '2025-06-26'],
    ]);
  });
});

describe('"the conflict" after the page has named Russia\'s invasion, and the anniversary\'s week', () => {
  // if001 (2026-02-24), the page's own sentences shortened.
  const if001 =
    'In a national address marking the anniversary of Russia’s full-scale invasion on 24 February 2022, Zelenskyy said Ukraine had preserved its statehood. Leaders of the G7 reaffirmed their backing for Kyiv. The conflict, now in its fourth year, has killed hundreds of thousands and displaced millions.';
  it('is flagged on the anniversary told by the page', () => {
    expect(on(if001, '2026-02-24', /fourth year/)).toEqual(['contradicted']);
    allSay(
      [
        [
          'Four years after Russian tanks crossed the border, Ukraine still stands. Russia’s war in Ukraine, now in its fourth year, has cost hundreds of thousands of lives.',
          '2026-02-26',
          /fourth year/,
        ],
        [
          'Ukraine marked the third anniversary of Russia’s invasion with a minute of silence in Kyiv. The war, now in its third year, has displaced millions.',
          '2025-02-24',
          /third year/,
        ],
      ],
      'contradicted',
    );
  });
  it('is confirmed when right, and not confirmed in the weeks after the turn', () => {
    expect(on(if001.replace('fourth year', 'fifth year'), '2026-02-24', /fifth year/)).toEqual(['supported']);
    expect(on("Russia's war in Ukraine, now in its fourth year, has killed hundreds of thousands.", '2026-01-10', /fourth/)).toEqual([
      'supported',
    ]);
    expect(on("Russia's war in Ukraine, now in its fourth year, has killed hundreds of thousands.", '2026-03-10', /fourth/)).toEqual([]);
  });
  it('is left alone with no anniversary told, with no war named, or with another war on the page', () => {
    allOk([
      ["Russia's war in Ukraine, now in its fourth year, has killed hundreds of thousands.", '2026-02-24'],
      ['The conflict, now in its fourth year, has killed hundreds of thousands and displaced millions.', '2026-02-24'],
      [
        'Russia’s full-scale invasion of Ukraine began on 24 February 2022. Israel and Hamas agreed a truce in Gaza. The conflict, now in its third year, has killed thousands.',
        '2025-06-01',
      ],
      [
        'On the anniversary of Russia’s full-scale invasion, leaders met in Kyiv. The conflict, now in its fourth year, has no end in sight.',
        '2025-06-01',
      ],
    ]);
  });
});

describe("The Hague's deadline given to an ally let off the target", () => {
  it('is flagged with another year', () => {
    allSay(
      [
        // ig008 (2025-06-26).
        [
          'So, before arriving at the Hague summit, Sánchez boasted of having obtained a letter from the NATO Secretary General which, in Sánchez’s opinion, would exempt Spain from increasing its defense spending to 5% of GDP by 2025.',
          '2025-06-26',
          /by 2025/,
        ],
        ['would exempt Spain from increasing its defense spending to 5% of GDP by 2025', '2025-06-26', /by 2025/],
        ['Slovakia refused to commit to spending 3.5% of GDP on core defence by 2030.', '2025-09-10', /by 2030/],
        ['Madrid won an exemption from raising defence spending to 5% of GDP by 2032, Sánchez said.', '2025-07-01', /by 2032/],
      ],
      'contradicted',
    );
  });
  it('is confirmed with 2035', () => {
    allSay([['Spain won an exemption from raising its defence spending to 5% of GDP by 2035.', '2025-07-01', /by 2035/]], 'supported');
  });
  it("is left alone for an ally's own plan or forecast, and before the summit", () => {
    allOk([
      ['Lithuania pledged to spend 5% of GDP on defence by 2030.', '2025-09-10'],
      ['Spain will not reach 5% of GDP on defence by 2030, the government said.', '2025-09-10'],
      ['Poland does not plan to spend 5% of GDP on defence by 2026.', '2025-09-10'],
      ['Spain wants to be exempted from increasing its defense spending to 5% of GDP by 2032.', '2025-06-10'],
      // An exemption of spending from a debt rule, not of an ally from the target (spending-forms.test.ts, particle.news).
      [
        'Germany has amended its Basic Law to exempt defence spending from debt limits, aiming to raise its military budget to 3.5% of GDP by 2029.',
        '2025-06-26',
      ],
      ['Italy sought an exemption of defence investment from EU deficit rules to reach 2% of GDP by 2025.', '2025-06-26'],
    ]);
  });
});

describe("the G7's price cap told as imposed at another time", () => {
  it('is flagged', () => {
    allSay(
      [
        // if002 (2025-01-11).
        [
          'In early 2022, after the G7 imposed a price cap on Russian oil, some of the ships in the shadow fleet helped Moscow transport oil to China, India and Iran.',
          '2025-01-11',
          /early 2022/,
        ],
        ['After the G7 imposed a price cap on Russian oil in early 2022, shadow fleet tankers multiplied.', '2025-01-11', /early 2022/],
        ['The G7 introduced a price cap on Russian crude in March 2022.', '2024-05-02', /March 2022/],
        ['In April 2022, the G7 introduced a price cap on Russian oil.', '2024-05-02', /April 2022/],
        ['Western countries slapped a $60 price cap on Russian oil in 2021, and Moscow responded.', '2024-05-02', /2021/],
      ],
      'contradicted',
    );
  });
  it('is confirmed or left alone when near a level agreed', () => {
    allSay([['The G7 imposed a price cap on Russian oil in December 2022.', '2025-01-11', /December 2022/]], 'supported');
    allOk([
      ['In early 2023, after the G7 imposed a price cap on Russian oil, Moscow’s revenues fell.', '2025-01-11'],
      ['The G7 imposed a price cap on Russian oil in September 2022.', '2025-01-11'],
      ['In June 2022, the G7 introduced a price cap on Russian oil.', '2025-01-11'],
      ['In 2023, after the G7 imposed a price cap on Russian oil, India became a top buyer.', '2025-01-11'],
      ['The G7 imposed a price cap on Russian oil products in February 2023.', '2025-01-11'],
      ['In March 2022, the G7 proposed a price cap on Russian oil.', '2025-01-11'],
      ['By the end of 2022, the West had imposed a price cap on Russian oil.', '2025-01-11'],
    ]);
  });
});

describe("an EU package's own entry into force told long after the days on record", () => {
  it('is flagged, by number or by its adoption day', () => {
    allSay(
      [
        // ib006 (2025-10-29), the sentence as the page has it up to its label quotes.
        [
          'On October 23, 2025, the European Union agreed on EU Regulations 2025/2033 and 2025/2032, which will enter into force on October 24, 2027.',
          '2025-10-29',
          /October 24, 2027/,
        ],
        [
          'On October 23, 2025, the European Union adopted the 19th sanctions package against Russia, which will enter into force on October 24, 2027.',
          '2025-10-29',
          /October 24, 2027/,
        ],
        ["The EU's 18th sanctions package, which enters into force on July 20, 2026, lowers the price cap.", '2025-07-25', /July 20, 2026/],
        ['The EU’s 19th sanctions package, adopted last week, entered into force on October 24, 2026.', '2025-10-29', /October 24, 2026/],
        ['The EU’s 19th sanctions package entered into force on October 24, 2027.', '2025-10-29', /October 24, 2027/],
      ],
      'contradicted',
    );
  });
  it('is left alone for a measure in the package with a later day, and confirmed on its day', () => {
    allOk([
      [
        'The 19th sanctions package will ban Russian LNG; the ban on long-term contracts will take effect on January 1, 2027.',
        '2025-10-29',
      ],
      [
        'The 19th sanctions package, adopted on October 23, 2025, bans Russian LNG imports, which will enter into force on January 1, 2027.',
        '2025-10-29',
      ],
      ['On October 23, 2025, the EU adopted new sanctions regulations, which entered into force on October 24, 2025.', '2025-10-29'],
      ['Under the 19th sanctions package the LNG import ban enters into force on January 1, 2027.', '2025-10-29'],
      [
        'The EU’s 19th sanctions package, adopted last week, bans Russian LNG from January 2027; the ban on long-term contracts takes effect on January 1, 2027.',
        '2025-10-29',
      ],
    ]);
    allSay(
      [
        [
          'On October 23, 2025, the European Union adopted the 19th sanctions package against Russia, which entered into force on October 24, 2025.',
          '2025-10-29',
          /19th/,
        ],
      ],
      'supported',
    );
  });
});

describe('the allies at 2% told as the exceptions to its neglect', () => {
  it('is flagged as now when NATO counted far more', () => {
    allSay(
      [
        // if007 (2025-06-26).
        [
          'Since then, this 2% GDP target has largely been disregarded by member countries, with the exceptions of the U.S., the United Kingdom, and Greece.',
          '2025-06-26',
          /exceptions/,
        ],
        ["Most allies have ignored NATO's 2% guideline, except for Britain, Greece and the United States.", '2024-07-10', /except/],
        ['The 2% target is still missed by NATO members, apart from Poland, Estonia, Greece and the US.', '2024-09-01', /apart from/],
      ],
      'contradicted',
    );
  });
  it('is left alone when it was so, of a past year, or as a projection', () => {
    allOk([
      ["Most allies have ignored NATO's 2% guideline, except for Britain, Greece and the United States.", '2015-03-10'],
      ['In 2014 the 2% target was ignored by most members, with the exception of the US, the UK and Greece.', '2024-07-10'],
      ['The 5% target will be missed by most members, except for Poland, Lithuania and Estonia.', '2025-09-01'],
    ]);
  });
});

describe("the war's year in more wordings", () => {
  it('is flagged a year off', () => {
    allSay(
      [
        ['Now in its third year, Russia’s war on Ukraine has killed tens of thousands.', '2025-07-01', /third year/],
        ['Russia’s so-called special military operation, now in its third year, has stalled.', '2025-07-01', /third year/],
        ['As Russia’s war in Ukraine rages into its third year, Kyiv seeks air defence.', '2025-07-01', /third year/],
        ['Already in its second year, the Russian invasion has emptied whole towns in Donbas.', '2024-10-01', /second year/],
      ],
      'contradicted',
    );
  });
  it('is confirmed when right and left alone for another subject', () => {
    allSay(
      [
        ['Now in its fourth year, Russia’s war on Ukraine has killed tens of thousands.', '2025-07-01', /fourth year/],
        ['Entering its fifth year, Russia’s war on Ukraine shows no sign of ending.', '2026-02-25', /fifth year/],
        ['Russia’s special military operation, now in its fourth year, has stalled.', '2025-07-01', /fourth year/],
      ],
      'supported',
    );
    allOk([
      ['Entering its third year, the conflict in Gaza shows no sign of ending.', '2025-07-01'],
      ['In its third year, the Biden administration sent more aid to Ukraine.', '2025-07-01'],
      ['The special military operation, now in its third year, has stalled.', '2025-07-01'],
    ]);
  });
});

describe("The Hague's deadline told with the goal's figure", () => {
  it('is flagged with another year', () => {
    allSay(
      [
        ['NATO allies have until 2030 to reach the new 5% target.', '2025-08-01', /2030/],
        ['NATO’s new goal of 5% of GDP, to be met by 2030, was agreed in The Hague.', '2025-08-01', /2030/],
        ['The 5% target, which allies must reach by 2030, was agreed at The Hague.', '2025-08-01', /2030/],
        [
          'The 3.5% core defence target, which members must hit by 2032, was agreed at The Hague summit by NATO allies.',
          '2025-08-01',
          /2032/,
        ],
      ],
      'contradicted',
    );
  });
  it('is confirmed with 2035 and left alone for an ally, a report or before the summit', () => {
    allSay(
      [
        ['NATO allies have until 2035 to reach the new 5% target.', '2025-08-01', /2035/],
        ['NATO’s new goal of 5% of GDP, to be met by 2035, was agreed in The Hague.', '2025-08-01', /2035/],
      ],
      'supported',
    );
    allOk([
      ['NATO’s proposed goal of 5% of GDP, to be met by 2032, will be debated at The Hague.', '2025-06-10'],
      ['Critics say the 5% target, which allies must reach by 2030, is too high.', '2025-08-01'],
      ['Poland’s 5% spending goal, to be met by 2026, exceeds NATO’s.', '2025-08-01'],
    ]);
  });
});

describe("the allies' commitment told with a span of years short of The Hague's deadline", () => {
  it('is flagged', () => {
    allSay(
      [
        ['At The Hague, NATO leaders committed to spending 5% of GDP on defence within five years.', '2025-08-01', /five years/],
        ['NATO allies agreed to spend 5% of GDP on defence over the next seven years.', '2025-08-01', /seven years/],
      ],
      'contradicted',
    );
  });
  it('is left alone for the right span, a later page, an ally or before the summit', () => {
    allOk([
      ['NATO leaders committed to spending 5% of GDP on defence within ten years.', '2025-08-01'],
      ['NATO allies agreed in 2025 to spend 5% of GDP on defence within eight years.', '2027-08-01'],
      ['Poland committed to spending 5% of GDP on defence within two years, NATO said.', '2025-08-01'],
      ['NATO leaders are expected to commit to spending 5% of GDP on defence within seven years.', '2025-05-01'],
    ]);
  });
});

describe("the G7's price cap told with its participle and a time", () => {
  it('is flagged at a time no level was agreed near', () => {
    allSay(
      [
        ['The G7 price cap on Russian oil, introduced in early 2022, has been widely evaded.', '2025-01-11', /early 2022/],
        ['The G7 oil price cap, imposed in March 2022, has been widely evaded by Russia.', '2025-01-11', /March 2022/],
      ],
      'contradicted',
    );
  });
  it('is confirmed on its month and left alone as a proposal', () => {
    allSay(
      [['The G7 price cap on Russian oil, introduced in December 2022, has been widely evaded.', '2025-01-11', /December 2022/]],
      'supported',
    );
    allOk([['The G7 price cap on Russian oil, proposed in March 2022, was adopted later.', '2025-01-11']]);
  });
});
