// Round 42, sanctions: held-out 40's misses on the price cap, package numbers and designations, built for their class (the
// other ways the same error is worded), with the true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const confirmed = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'supported');

const flagged = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases) {
    const found = red(text, asOf);
    expect(
      found.map((a) => a.quote),
      text,
    ).toContain(quote);
    expect(
      found.every((a) => a.kind === 'sanction' && a.verdict === 'contradicted'),
      text,
    ).toBe(true);
  }
};
const unflagged = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};

describe('a target listed with a fresh act that did not list it (sanction.ts notInFreshAct)', () => {
  it('flags the target another act of the same issuer had designated', () => {
    flagged([
      // held-out 40 te007, https://www.siber.net/e-u-approves-sweeping-sanctions-targeting-russian-gas-and-crypto/ (OFAC listed
      // Rosneft and Lukoil on 22 October 2025; Gazprom Neft on 10 January 2025, under Biden)
      ['President Trump imposed sanctions on Russia’s two largest oil companies, Gazprom Neft and Rosneft.', '2025-10-23', 'Gazprom Neft'],
      ['The US sanctioned Rosneft, Lukoil and Gazprom Neft on Wednesday.', '2025-10-24', 'Gazprom Neft'],
      ['The United States on Wednesday slapped sanctions on Lukoil and Gazprom Neft.', '2025-10-24', 'Gazprom Neft'],
      ['On October 22, 2025, the US Treasury sanctioned Gazprom Neft and Lukoil.', '2025-11-02', 'Gazprom Neft'],
    ]);
  });
  it('leaves standing, cumulative and other issuers’ lists alone', () => {
    unflagged([
      // https://aggregator.oikosix.com/2025/10/23/trump-imposes-sanctions-on-russian-oil-companies-cancels-summit-with-putin
      [
        'President Donald Trump has imposed sanctions on Russia’s two largest oil companies, Rosneft and Lukoil, while canceling a planned summit with Russian President Vladimir Putin.',
        '2025-10-23',
      ],
      // OFAC's act of 10 January 2025, a week on (sanction.ts)
      [
        'OFAC finally targeted Russia’s most significant revenue source by leveling sanctions against Russia’s oil producers, Gazprom Neft and Surgutneftegas.',
        '2025-01-17',
      ],
      // the EU's 19th package (23 October 2025) did list both
      ['The EU imposed sanctions on Rosneft and Gazprom Neft.', '2025-10-23'],
      ['The US has now sanctioned Rosneft, Lukoil, Gazprom Neft and Surgutneftegas.', '2025-10-23'],
      ['New US sanctions on Rosneft and Lukoil add to those imposed on Gazprom Neft and Surgutneftegas in January.', '2025-10-23'],
      [
        'The Trump administration imposed sanctions on Rosneft and Lukoil, after Biden had sanctioned Gazprom Neft and Surgutneftegas.',
        '2025-10-23',
      ],
      ['Washington sanctions Rosneft, Lukoil, Gazprom Neft and Surgutneftegas.', '2025-10-23'],
      ['The Biden administration imposed sanctions on Gazprom Neft and Surgutneftegas.', '2025-01-15'],
    ]);
    // The act's own targets stay confirmed.
    expect(
      confirmed('President Trump imposed sanctions on Russia’s two largest oil companies, Gazprom Neft and Rosneft.', '2025-10-23').map(
        (a) => a.quote,
      ),
    ).toContain('Rosneft');
  });
});

describe('a package numbered past any the EU had (sanction-packages.ts beyondAnyPackage)', () => {
  it('flags the number, with or without the EU named', () => {
    flagged([
      // held-out 40 te005, https://avia-pro.net/news/es-hochet-zakryt-rossii-baltiyskoe-i-severnoe-more-dlya-25-tankerov
      [
        'The European Union is preparing to increase sanctions pressure on Russia by including 17 vessels linked to the so-called “shadow fleet” used to circumvent oil sanctions in the 149th package of restrictive measures.',
        '2025-05-13',
        '149th package of restrictive measures',
      ],
      ['in the 149th package of restrictive measures', '2025-05-13', '149th package of restrictive measures'],
      ['The EU adopted its 189th sanctions package, targeting the shadow fleet.', '2025-05-20', '189th sanctions package'],
      ['Brussels is drafting a 105th round of sanctions against Moscow.', '2025-07-01', '105th round of sanctions'],
    ]);
  });
  it('leaves counts of vessels, aid packages and other issuers alone', () => {
    unflagged([
      // https://pionerprodukt.by/en/economic/fon-der-lyaien-soobshila-o-189-tankerax-v-17-m-pakete-sankcii-protiv-rossii.html
      [
        'The new 17th package of sanctions against Russia includes restrictions on 189 tankers that transport Russian oil under the flags of foreign countries.',
        '2025-05-15',
      ],
      ['The new restrictions will be included in the 17th package of anti-Russian sanctions, covering 149 vessels.', '2025-05-12'],
      ['The US announced its 55th package of military aid for Ukraine.', '2024-01-10'],
      ['Japan adopted its 50th sanctions package.', '2024-03-01'],
    ]);
  });
});

describe('the lowered price cap given the old level (price-cap.ts oldLevelAsLowered)', () => {
  it('flags $60 said of the lower or new cap once a lower level was adopted', () => {
    flagged([
      // held-out 40 sz002, https://news.indzs.com/unjustified-and-illegal-rosneft-slams-eu-s-sanctions-on-nayara-energy-says-india-s-energy-security-126128.html
      [
        'Russian crude currently makes up nearly 40 per cent of India’s total oil imports, and as the second-largest buyer of Russian oil, India could benefit from the lower price cap, now set at USD 60 per barrel.',
        '2025-07-20',
        'lower price cap, now set at USD 60 per barrel',
      ],
      [
        'The EU’s new price cap on Russian oil of $60 per barrel took effect.',
        '2025-09-10',
        'new price cap on Russian oil of $60 per barrel',
      ],
      ['The EU’s reduced $60 cap on Russian crude took effect.', '2025-09-10', 'reduced $60 cap'],
    ]);
  });
  it('reads the cap by its level per barrel alone, with Russia not named', () => {
    flagged([
      // held-out 40 sz002's quote on its own
      ['the lower price cap, now set at USD 60 per barrel', '2025-07-20', 'lower price cap, now set at USD 60 per barrel'],
      ['The new $60-a-barrel price cap took effect.', '2025-09-10', 'new $60-a-barrel price cap'],
    ]);
    unflagged([
      ['The new price cap of $60 per barrel takes effect today.', '2022-12-05'],
      ['The new cap, at $47.60 per barrel, replaces the $60 ceiling.', '2025-07-20'],
      ['the price cap, now set at USD 60 per barrel', '2025-07-20'],
    ]);
  });
  it('leaves the old level told as old, and the new cap of 2022, alone', () => {
    unflagged([
      // https://bizwatchnigeria.ng/?p=426816
      [
        'The new cap, starting at $47.60 per barrel, will replace the $60 ceiling introduced by the G7 in 2022 and will be adjusted over time as global prices fluctuate.',
        '2025-07-18',
      ],
      // https://www.newsbytesapp.com/news/world/eu-imposes-18th-round-of-sanctions-against-russia/story
      ['This is a reduction from the G7-imposed $60-per-barrel cap introduced in 2022.', '2025-07-18'],
      // http://turkmarinews.com/eu-lowers-price-cap-on-russian-oil-to-441-per-barrel-4793
      ['Initially set at $60 per barrel at the end of 2022, the cap was reduced to $47.6 in early autumn 2025.', '2026-01-20'],
      ['The new price cap on Russian crude is $47.60 per barrel, down from $60.', '2025-07-20'],
      ['The new price cap on Russian oil of $60 per barrel takes effect today.', '2022-12-05'],
      ['Russian oil has traded below the new price cap of $60 for months.', '2025-07-20'],
      ['The US kept the $60 price cap on Russian oil while the EU set a lower one.', '2025-10-01'],
      ['The EU’s new, lower price cap on Russian crude of $44.10 per barrel took effect.', '2026-02-10'],
      ['The EU’s new price cap on Russian crude of $47.60 per barrel took effect in September.', '2026-02-10'],
    ]);
  });
});

describe('the cap told as the price allowed, lowered to a level (price-cap.ts allowedPriceLowered)', () => {
  it('flags a level no lowering had', () => {
    flagged([
      // held-out 40 sv003, https://sport.walaw.press/en/articles/eu_adopts_18th_sanctions_package_against_russia_over_ukraine_war/GQXXRXWMRWSL
      [
        'reducing the allowable export price of Russian crude to just over $45 per barrel',
        '2025-07-18',
        'reducing the allowable export price of Russian crude to just over $45 per barrel',
      ],
      [
        'The package lowers the maximum price for Russian oil to about $45 a barrel.',
        '2025-07-18',
        'lowers the maximum price for Russian oil to about $45 a barrel',
      ],
    ]);
  });
  it('confirms the levels on record and leaves proposals and prices alone', () => {
    expect(confirmed('reducing the allowable export price of Russian crude to $47.60 per barrel', '2025-07-18')).not.toEqual([]);
    expect(confirmed('cutting the maximum price for Russian crude to $44.10 per barrel', '2026-02-02')).not.toEqual([]);
    unflagged([
      ['reducing the allowable export price of Russian crude to $47.60 per barrel', '2025-07-18'],
      [
        'The new package includes a dynamic price cap mechanism, reducing the allowable export price of Russian crude to just over $47 per barrel.',
        '2025-07-18',
      ],
      ['The proposal would reduce the maximum price for Russian oil to $45 a barrel.', '2025-06-12'],
      ['the maximum price of Russian crude fell to $45 per barrel', '2025-07-18'],
    ]);
  });
});

describe('a lowered level told with a hedge that rules out the level adopted (price-cap.ts hedgeFits)', () => {
  it('flags "just over $45" and "around $45" for the $47.60 cap', () => {
    flagged([
      // the wording of held-out 40 sv003 (https://sport.walaw.press/..., 18 July 2025), the EU named
      [
        'The EU lowered the price cap on Russian crude to just over $45 per barrel.',
        '2025-07-18',
        'price cap on Russian crude to just over $45 per barrel',
      ],
      ['The EU cut the price cap on Russian oil to around $45 a barrel.', '2025-08-01', 'price cap on Russian oil to around $45 a barrel'],
    ]);
  });
  it('leaves roundings that fit, ranges and proposals alone', () => {
    unflagged([
      // https://orthodoxtimes.com/eu-approves-18th-sanctions-package-against-russia-targeting-energy-banking-and-trade-sectors/
      ['In real terms, this reduces the current cap on Russian crude from $60 per barrel to approximately $47.6 per barrel.', '2025-07-18'],
      // https://marketcheese.com/news/post/TXpFMk9UVQ-eu-approves-18th-sanctions-package-targeting-russian-oil
      [
        'The initial price cap on Russian oil is expected to be established between $45 and $50 per barrel, significantly below the current $60 benchmark.',
        '2025-07-18',
      ],
      ['The EU cut the price cap on Russian oil to about $50 a barrel.', '2025-08-01'],
      ['The EU lowered the price cap on Russian crude to just under $48 per barrel.', '2025-07-18'],
      ['The EU reduced the cap on Russian crude from $60 to around $47 a barrel.', '2025-08-01'],
      ['The EU lowered the price cap on Russian crude to around $44 a barrel.', '2026-02-05'],
      ['The EU proposed lowering the price cap on Russian oil to around $45 a barrel.', '2025-06-20'],
    ]);
    expect(confirmed('The EU proposed lowering the price cap on Russian oil to around $45 a barrel.', '2025-06-20')).not.toEqual([]);
  });
});
