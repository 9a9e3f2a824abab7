// Round 44, sanctions: held-out 42's misses on the price cap and on who took a sanctions action, built for their class (the
// other ways the same error is worded), with the true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const isRed = (v: string) => v === 'contradicted' || v === 'outdated';
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => isRed(a.verdict));
const sanctionRed = (text: string, asOf: string) => red(text, asOf).filter((a) => a.kind === 'sanction');

/** The quote is flagged contradicted as a sanction claim (another reader may flag the same words as a title). */
const flagged = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases) {
    const found = sanctionRed(text, asOf);
    expect(
      found.map((a) => a.quote),
      text,
    ).toContain(quote);
    expect(
      found.every((a) => a.verdict === 'contradicted'),
      text,
    ).toBe(true);
  }
};
const unflagged = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};
const supported = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases) {
    expect(red(text, asOf), text).toEqual([]);
    const found = analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === 'sanction');
    expect(
      found.map((a) => a.quote),
      text,
    ).toContain(quote);
  }
};

describe('the level the lowered cap replaced (price-cap-replaced.ts)', () => {
  it('flags a replaced level the cap never had', () => {
    flagged([
      // held-out 42 tv003, https://www.polskieradio.pl/395/7785/Artykul/3553016,eu-agrees-new-russia-sanctions-after-slovak-energy-deal
      // (18 July 2025): the fixed cap was $60 from 5 December 2022.
      [
        'The new measures include a lower price cap on Russian oil. Replacing the fixed ceiling of USD 65 (EUR 60) per barrel, the cap will now be set dynamically - 15 percent below market value - initially placing it around USD 50 (EUR 46).',
        '2025-07-18',
        'Replacing the fixed ceiling of USD 65 (EUR 60) per barrel',
      ],
      // The same quote alone: a ceiling per barrel replaced in July 2025 is the cap on Russian crude.
      [
        'Replacing the fixed ceiling of USD 65 (EUR 60) per barrel',
        '2025-07-18',
        'Replacing the fixed ceiling of USD 65 (EUR 60) per barrel',
      ],
      // Kyiv Independent's wording (6 August 2025) with the level wrong.
      [
        'The revised cap replaces the static $65-per-barrel limit introduced by the G7 in December 2022.',
        '2025-08-06',
        'replaces the static $65-per-barrel limit',
      ],
      // portnews's wording (21 July 2025) with the level wrong.
      [
        'The cap has been reduced from the fixed $65 per barrel to a floating rate set at 15% below the average price of Russian crude over the previous 22 weeks.',
        '2025-07-21',
        'cap has been reduced from the fixed $65 per barrel',
      ],
      [
        'The EU lowered the price cap on Russian crude from $65 to $47.60 per barrel.',
        '2025-07-20',
        'cap on Russian crude from $65 to $47.60',
      ],
      [
        "The EU's price cap on Russian oil, previously set at $65 per barrel, will be set dynamically.",
        '2025-07-20',
        'cap on Russian oil, previously set at $65 per barrel',
      ],
      [
        "Down from the previous $70-a-barrel cap, the EU's ceiling on Russian crude now stands at $47.60.",
        '2025-08-10',
        'Down from the previous $70-a-barrel cap',
      ],
    ]);
  });

  it('confirms the level replaced when it is the one on record', () => {
    supported([
      // https://kyivindependent.com/eu-to-enforce-new-dynamic-price-cap-on-russian-oil-from-sept-3/ (6 August 2025)
      [
        'The revised cap replaces the static $60-per-barrel limit introduced by the G7 in December 2022.',
        '2025-08-06',
        'replaces the static $60-per-barrel limit',
      ],
      // https://en.portnews.ru/news/379481 (July 2025)
      [
        'The cap has been reduced from the fixed $60 per barrel to a floating rate set at 15% below the average price of Russian crude over the previous 22 weeks.',
        '2025-07-21',
        'cap has been reduced from the fixed $60 per barrel',
      ],
      [
        'The new measures include a lower price cap on Russian oil. Replacing the fixed ceiling of USD 60 per barrel, the cap will now be set dynamically at 15 percent below market value.',
        '2025-07-18',
        'Replacing the fixed ceiling of USD 60 per barrel',
      ],
    ]);
  });

  it('leaves proposals, products, market prices, later levels and the cap of 2022 alone', () => {
    unflagged([
      // https://www.theindiansubcontinent.com/filter/article.php?id=491573 (July 2025)
      [
        'The proposed measure, expected to receive final approval this week, would set a dynamic cap at 15% below the average price of Russian oil over the previous 22 weeks, a shift from the current fixed ceiling of $60 per barrel.',
        '2025-07-15',
      ],
      // https://www.eubusiness.com/energy/eu-mechanism-to-lower-price-cap-for-russian-crude-oil (January 2026), decimal commas
      [
        'Under the 18th sanctions package the cap was lowered from $60,00 to $47,60 with an automatic and dynamic mechanism introduced to set the future price cap for crude oil.',
        '2026-01-16',
      ],
      ['The Commission proposed replacing the fixed $60 cap on Russian oil with a floating cap of about $45 a barrel.', '2025-06-10'],
      ['EU states debated replacing the proposed $65 cap on Russian oil with a lower one.', '2022-11-25'],
      ['The UK and EU tightened the rules on Russian diesel, replacing the $100 per barrel ceiling.', '2025-07-20'],
      ['The EU cut the Russian crude cap to $44.10 a barrel, replacing the $47.60 ceiling set in September.', '2026-01-20'],
      // https://en.portnews.ru/news/379481: market prices told beside the cap.
      [
        'Despite the cap, Russian Urals crude often traded above $60 throughout 2023–2024, with prices ranging between $64 and $84.',
        '2025-07-21',
      ],
      ['The price cap debate intensified as Brent dropped from $79 per barrel after the ceasefire.', '2025-07-21'],
    ]);
  });
});

describe('the cap told by its level per barrel alone (price-cap-alone.ts)', () => {
  it('confirms the lowering and the levels on record, Russia not named', () => {
    supported([
      // held-out 14 l056, https://eurasiabusinessnews.com/2025/07/18/ukraine-eu-adopts-18th-package-of-sanctions-against-russia-despite-slovakias-recriminations
      ['from $60 to $47.6 per barrel', '2025-07-18', 'from $60 to $47.6 per barrel'],
      // held-out 31 qd021, https://www.oppenhoff.eu/en/news/detail/newsflash-18th-eu-sanctions-package-against-russia-strict-oil-price-cap-nord-stream-ban-and-further-measures-against-the-shadow-fleet
      ['lowered from USD 60 to USD 47.6 per barrel from September 3, 2025', '2025-07-22', 'from USD 60 to USD 47.6 per barrel'],
      // held-out 27 jb013, https://orthodoxtimes.com/eu-approves-18th-sanctions-package-against-russia-targeting-energy-banking-and-trade-sectors/
      [
        'reduces the current cap from $60 per barrel to approximately $47.6 per barrel',
        '2025-07-18',
        'from $60 per barrel to approximately $47.6 per barrel',
      ],
      // held-out 31 qd024, https://www.tradecomplianceresourcehub.com/2025/07/21/eu-russian-oil-sanctions-package/
      [
        'As of 3 September 2025, the EU and UK will lower the price cap for crude oil from USD 60 to USD 47.6 per barrel',
        '2025-07-21',
        'from USD 60 to USD 47.6 per barrel',
      ],
      // held-out 33 od037, https://avia-pro.net/news/es-utverdil-17-y-paket-sankciy-protiv-rossii
      ['the $60-a-barrel price cap set by G7 countries in December 2022', '2025-05-14', '$60-a-barrel price cap'],
      // held-out 27 je027, https://www.worldenergynews.com/news/what-the-18th-package-sanctions-against-russia-763578
      ['the cap is currently around $47.60 a barrel', '2025-07-18', 'cap is currently around $47.60 a barrel'],
    ]);
  });

  it('confirms nothing of a market move, a proposal, products or a cap not yet set', () => {
    const noCap = (text: string, asOf: string) =>
      expect(
        analyze(text, asOf).filter((a) => a.kind === 'sanction' && a.verdict === 'supported'),
        text,
      ).toEqual([]);
    noCap('Oil fell from $60 to $47.6 per barrel.', '2025-07-01');
    noCap('Brent slid from $60 to $47.6 per barrel in the spring.', '2025-07-01');
    noCap('The Commission wants to reduce the price cap from $60 per barrel to $45 per barrel.', '2025-06-11');
    noCap('The EU set a cap of $45 per barrel on fuel oil.', '2025-07-18');
    noCap('The $60-per-barrel price cap is expected to be agreed this week.', '2022-10-01');
  });
});

describe('a sanctions action told as an administration not in office then (sanction-administration.ts)', () => {
  it('flags the administration of another president', () => {
    flagged([
      // held-out 42 tw004, https://www.ainvest.com/news/sanctions-russia-volatile-crossroads-global-markets-2505 (3 May 2025):
      // Trump's National Security Council had finalized the package; Biden left office on 20 January 2025.
      [
        'While the Biden administration reportedly finalized a sanctions package targeting Russian energy exports and financial institutions, it remains unclear whether President Trump will approve it.',
        '2025-05-03',
        'the Biden administration reportedly finalized a sanctions',
      ],
      // https://snnw.net/u-s-prepares-new-russia-sanctions-as-ceasefire-talks-reach-critical-stage (May 2025), the administration wrong.
      [
        'The Biden administration has finalized a major new sanctions package targeting Russia’s energy and financial sectors, though President Donald Trump’s approval remains uncertain.',
        '2025-05-03',
        'The Biden administration has finalized a major new sanctions',
      ],
      // held-out 41 tg025, https://nagpuroranges.com/?p=34064 (24 October 2025), the administration wrong.
      [
        'On Wednesday, the Biden administration imposed sanctions on Russia’s two largest oil companies as it called on Moscow to agree to an immediate ceasefire in Ukraine.',
        '2025-10-24',
        'the Biden administration imposed sanctions',
      ],
      // A narrated date: the sanctions of 24 February 2022 were Biden's.
      [
        'In February 2022, the Trump administration imposed sweeping sanctions on Sberbank and VTB.',
        '2023-03-01',
        'the Trump administration imposed sweeping sanctions',
      ],
      [
        'On October 22, 2025, the Biden administration imposed sanctions on Rosneft and Lukoil.',
        '2025-11-01',
        'the Biden administration imposed sanctions',
      ],
      // The president, or "NAME's administration", as the one who acted.
      [
        'On Wednesday, President Biden imposed sanctions on Russia’s two largest oil companies.',
        '2025-10-24',
        'President Biden imposed sanctions',
      ],
      [
        'On February 24, 2022, President Trump imposed sweeping sanctions on Sberbank and VTB.',
        '2023-03-01',
        'President Trump imposed sweeping sanctions',
      ],
      [
        "Biden's administration reportedly finalized a sanctions package targeting Gazprom.",
        '2025-05-03',
        "Biden's administration reportedly finalized a sanctions",
      ],
    ]);
  });

  it('leaves the right administration, the term just ended, plain history and counted time alone', () => {
    unflagged([
      // https://snnw.net/u-s-prepares-new-russia-sanctions-as-ceasefire-talks-reach-critical-stage (May 2025)
      [
        'The Trump administration has finalized a major new sanctions package targeting Russia’s energy and financial sectors, though President Donald Trump’s approval remains uncertain.',
        '2025-05-03',
      ],
      // held-out 41 tg025, https://nagpuroranges.com/?p=34064 (24 October 2025)
      [
        'On Wednesday, the Trump administration imposed sanctions on Russia’s two largest oil companies as it called on Moscow to agree to an immediate ceasefire in Ukraine.',
        '2025-10-24',
      ],
      // https://thevoice.news/biden-administration-enacts-sweeping-sanctions-on-russias-oil-sector-and-shadow-fleet (January 2025)
      [
        'In a significant escalation of economic measures against Russia, the Biden administration announced on January 10, 2025, what is described as the most severe sanctions yet on Russia’s oil and gas industry.',
        '2025-01-11',
      ],
      // https://jdsupra.com/legalnews/biden-administration-imposes-sweeping-8418606 (January 2025), read weeks later.
      [
        'On January 10, 2025, the Biden Administration issued a broad sanctions package targeting the Russian energy sector, 10 days in advance of the transition to the incoming Trump Administration.',
        '2025-03-14',
      ],
      // https://menafn.com/1109080345/Biden-administration-imposes-severe-sanctions-on-Russias-energy-sector-ahead-of-Trumps-inauguration (12 January 2025)
      [
        "In an effort to stop supporting Moscow's war on Ukraine, the Biden administration imposed some of its most severe sanctions to date on Friday, targeting Russia's energy sector, notably its oil industry.",
        '2025-01-12',
      ],
      // https://briefly.co/anchor/Left_wing_politics/story/biden-administration-imposes-toughest-sanctions-on-russian-oil-and-gas: a plain past, undated.
      ["The Biden administration imposed its broadest sanctions targeting Russia's oil and gas revenues.", '2025-04-01'],
      ['In its final days, the Biden administration imposed fresh sanctions on Russian oil producers.', '2025-05-01'],
      ['In 2018, the Trump administration sanctioned Oleg Deripaska and his companies.', '2019-04-10'],
      ["On Wednesday, President Trump imposed sanctions on Russia's two largest oil companies.", '2025-10-24'],
      ['On February 24, 2022, President Joe Biden announced sanctions on Sberbank and VTB.', '2022-03-01'],
      ['In April 2018, President Trump imposed sanctions on Oleg Deripaska.', '2019-04-10'],
      ["Former President Biden imposed sweeping sanctions on Russia's oil sector before leaving office.", '2025-03-01'],
      ['It remains unclear whether President Trump will approve the sanctions package.', '2025-05-03'],
      // A time of its own in the sentence: not the page's day.
      ['The Biden administration reportedly imposed sanctions on the tankers last year.', '2025-06-01'],
      ['In January, the Biden administration reportedly imposed sanctions on 183 tankers.', '2025-06-01'],
      [
        'Since the full-scale invasion in February 2022, the Biden administration imposed sanctions on more than 4,000 targets.',
        '2025-06-01',
      ],
      ['Critics say the Biden administration should have imposed tougher sanctions.', '2025-06-10'],
      ['It is unclear whether the Biden administration would have imposed sanctions on Rosneft.', '2025-10-24'],
    ]);
  });
});
