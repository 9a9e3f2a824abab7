// Round 47, sanctions: held-out 45's misses and unconfirmed true claims on what a measure was and when, each built for its
// class with the true look-alikes that must stay unflagged: OFAC's own name (and its SDN List) as the act of designating,
// the EU's primary-aluminium import ban as the 16th package's first, and the US executive orders of 2022 to 2025 by number
// and day.
import { describe, expect, it } from 'vitest';
import { analyze, expectContradictedAs, expectNoRed, expectSupportedAs, saidRed } from './helpers';

type Cases = ReadonlyArray<readonly [string, string, string]>;
/** The quote is flagged contradicted as a sanction claim. */
const flagged = (cases: Cases) => expectContradictedAs('sanction', cases);
const unflagged = expectNoRed;
/** Nothing is flagged, and the quote is confirmed as a sanction claim. */
const supported = (cases: Cases) => expectSupportedAs('sanction', cases);
/** Nothing is flagged, and nothing in the sentence is confirmed as a sanction claim. */
const notConfirmed = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) {
    expect(saidRed(text, asOf), text).toEqual([]);
    expect(
      analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === 'sanction'),
      text,
    ).toEqual([]);
  }
};

describe('OFAC and its SDN List name the act of designating without the word (sanction.ts)', () => {
  it('confirms the day an OFAC action is told by, with or without its targets', () => {
    supported([
      // held-out 30 nd011, https://www.lexblog.com/2025/01/13/us-uk-intensify-sanctions-russia-oil/
      [
        'On January 10, 2025, the U.S. Department of the Treasury\u2019s Office of Foreign Assets Control (OFAC) announced a sweeping set of actions',
        '2025-01-13',
        'Office of Foreign Assets Control',
      ],
      // held-out 27 je029, https://admin.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1698456/us-targets-rosneft-and-lukoil-in-first-russia-sanctions-action-under-trump
      [
        "On October 22, 2025, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) added Russia's two largest oil companies, Open Joint Stock Company Rosneft Oil Company (Rosneft) and Lukoil OAO (Lukoil)",
        '2025-10-22',
        'Lukoil OAO',
      ],
      ['On October 22, 2025, OFAC added Rosneft and Lukoil to the SDN List.', '2025-10-24', 'Rosneft'],
    ]);
  });

  it('flags a day a few days off the designation, told with OFAC and its targets', () => {
    flagged([
      ['On October 21, 2025, OFAC added Rosneft and Lukoil to the SDN List.', '2025-10-23', 'October 21, 2025'],
      [
        'On January 12, 2025, the Office of Foreign Assets Control (OFAC) added Gazprom Neft and Surgutneftegas to the SDN List.',
        '2025-01-14',
        'January 12, 2025',
      ],
      ['OFAC added Rosneft and Lukoil to its SDN List on October 24, 2025.', '2025-10-27', 'October 24, 2025'],
    ]);
  });

  it('leaves alone OFAC actions with no target on record, licences and days of effect', () => {
    unflagged([
      // OFAC's action of 15 January 2025 against Russia's military-industrial base is not in the fact base: no target named.
      ['On January 15, 2025, OFAC announced further actions against Russia\u2019s military-industrial base.', '2025-01-16'],
      [
        'On January 12, 2025, the U.S. Department of the Treasury\u2019s Office of Foreign Assets Control (OFAC) announced a sweeping set of actions',
        '2025-01-14',
      ],
      ['OFAC also issued four general licenses authorizing wind-down transactions until November 21, 2025.', '2025-10-23'],
      ['The OFAC sanctions on Rosneft and Lukoil took effect on November 21, 2025, when the wind-down licences expired.', '2025-11-25'],
      ['Under OFAC\u2019s 50 percent rule, entities owned 50% or more by Rosneft or Lukoil are blocked as well.', '2025-10-23'],
      // The UK's own day, with OFAC's in the same sentence.
      ['The UK designated Rosneft and Lukoil on October 15, 2025, a week before OFAC added them to the SDN List.', '2025-10-24'],
    ]);
  });
});

describe('Alrosa’s designation by OFAC on 7 April 2022 (sanctions.json, sanction.ts)', () => {
  // held-out 45 uv001, https://news.internetstones.com/us-imposes-further-crippling-sanctions-on-alrosa/ (8 April 2022).
  it('confirms the SDN listing told by its day or the next day’s page', () => {
    supported([
      ['On April 7, 2022, the United States announced further crippling sanctions against mining giant Alrosa.', '2022-04-08', 'Alrosa'],
      [
        'The U.S. Office of Foreign Assets Control (OFAC) added Public Joint Stock Company Alrosa to the List of Specially Designated Nationals (SDN List), subjecting the company and its majority-owned subsidiaries to full U.S. blocking sanctions.',
        '2022-04-08',
        'Public Joint Stock Company Alrosa',
      ],
    ]);
  });

  it('flags a day a few days off the listing, told with OFAC', () => {
    flagged([['On April 4, 2022, OFAC added Alrosa to the SDN List.', '2022-04-12', 'April 4, 2022']]);
  });

  it('does not confirm the initial sanctions by the week’s listing, nor flag the earlier listing or another issuer’s', () => {
    notConfirmed([
      [
        'The initial sanctions imposed by the US on Alrosa, prohibited US Companies from dealing with the mining giant and froze all of Alrosa\u2019s US assets.',
        '2022-04-08',
      ],
    ]);
    unflagged([
      // OFAC's Directive 3 listing of 24 February 2022 (debt and equity only) is not in the fact base.
      ['The US sanctioned Alrosa on February 24, 2022, barring dealings in its new debt and equity.', '2022-03-01'],
      ['The UK sanctioned Alrosa on March 1, 2022.', '2022-03-01'],
      ['Alrosa has also been sanctioned by Canada, the United Kingdom, New Zealand, and the Bahamas.', '2022-04-08'],
      ['In 2021, Alrosa, the state-owned diamond mining company, reported revenues of 332 billion rubles.', '2023-12-15'],
    ]);
  });
});

describe('the act of the sentence before told again with a wrong day (sanction.ts, announcedAgain)', () => {
  // held-out 45 uy001, https://newsx.com/world/us-announces-sweeping-sanctions-on-russias-oil-trade-before-bidens-departure (12
  // January 2025; OFAC announced the designations on Friday 10 January).
  const lede =
    'With just ten days remaining in President Joe Biden\u2019s administration, the United States unveiled its most aggressive sanctions yet on Russia\u2019s oil trade.';
  const targets = '\nTwo major Russian oil producers and exporters, Surgutneftegas and Gazprom Neft, were sanctioned.';

  it('flags a day two or more days after the record, on the act’s own news, whose targets the page names', () => {
    flagged([
      [
        `${lede} These measures, announced on January 12, 2025, aim to significantly disrupt Russia\u2019s petroleum exports and signal a robust stance against Moscow\u2019s economic activities.${targets}`,
        '2025-01-12',
        'January 12, 2025',
      ],
      [`${lede} The sanctions, which were unveiled on January 12, 2025, target 183 tankers.${targets}`, '2025-01-13', 'January 12, 2025'],
      [
        'Britain imposed sanctions on Russia\u2019s oil sector. These measures, announced on January 12, 2025, hit Gazprom Neft and Surgutneftegas.',
        '2025-01-13',
        'January 12, 2025',
      ],
    ]);
  });

  it('leaves alone the next day (Asia’s time zones), the record’s day, days of effect, other acts and a page of a later week', () => {
    unflagged([
      [`${lede} These measures, announced on January 11, 2025, aim to disrupt Russia\u2019s petroleum exports.${targets}`, '2025-01-12'],
      [`${lede} These measures, announced on January 10, 2025, aim to disrupt Russia\u2019s petroleum exports.${targets}`, '2025-01-12'],
      [`${lede} These measures, which take effect on February 27, 2025, ban petroleum services.${targets}`, '2025-01-13'],
      [`${lede} The measures, first announced on January 10, were expanded on January 12, 2025.${targets}`, '2025-01-12'],
      // OFAC's action of 15 January 2025 (not in the fact base), on a page of the next day.
      [
        'The United States imposed new sanctions on Chinese firms supplying Russia\u2019s military. The sanctions, announced on January 15, 2025, follow those on Gazprom Neft and Surgutneftegas.',
        '2025-01-16',
      ],
      // The EU's 16th package lists no company the fact base knows: no target ties the page to it.
      [
        'The EU adopted its 16th sanctions package against Russia. These measures, announced on February 26, 2025, target the shadow fleet.',
        '2025-02-26',
      ],
    ]);
  });
});

describe('the EU’s import ban on Russian primary aluminium, the 16th package’s first (sanction-package-firsts.ts)', () => {
  it('confirms the ban told as the 16th package’s, or as the EU’s once the package was agreed', () => {
    supported([
      // held-out 45 us021, https://squirepattonboggs.com/en/insights/publications/2025/02/eu-adopts-16th-sanctions-package-against-russia-on-third-anniversary-of-ukraine-invasion
      [
        'The EU has adopted its 16th sanctions package against Russia. In terms of trade, the EU has imposed a direct import ban on Russian primary aluminium, extending previous restrictions on processed aluminium goods.',
        '2025-02-25',
        'ban on Russian primary aluminium',
      ],
      // held-out 31 qd009 (the Council's own words).
      [
        'A direct import ban into the EU from Russia of primary aluminium',
        '2025-02-26',
        'ban into the EU from Russia of primary aluminium',
      ],
      // held-out 28 ke028.
      [
        'The EU adopted the 16th sanctions package on Monday; the 16th package extends this ban to include primary aluminium as well.',
        '2025-02-26',
        'ban to include primary aluminium',
      ],
      // held-out 29 mf011.
      [
        'The 16th package of sanctions includes the prohibition on importing unprocessed aluminum.',
        '2025-02-24',
        'prohibition on importing unprocessed aluminum',
      ],
      [
        'The EU on Monday banned imports of Russian primary aluminium as part of its 16th sanctions package.',
        '2025-02-24',
        'banned imports of Russian primary aluminium',
      ],
      [
        'EU envoys approved the 16th package of sanctions, which introduces a ban on Russian primary aluminum imports.',
        '2025-02-20',
        'ban on Russian primary aluminum',
      ],
      [
        'The EU ambassadors agreed on Wednesday to ban imports of Russian primary aluminium.',
        '2025-02-19',
        'ban imports of Russian primary aluminium',
      ],
    ]);
  });

  it('flags the ban told as an earlier package’s', () => {
    flagged([
      [
        'The EU\u2019s 15th sanctions package, adopted on Monday, includes a ban on Russian primary aluminium.',
        '2024-12-17',
        'ban on Russian primary aluminium',
      ],
      [
        'The EU\u2019s 15th sanctions package banned imports of Russian primary aluminium.',
        '2025-02-24',
        'banned imports of Russian primary aluminium',
      ],
      [
        'The EU has approved the 14th package of sanctions, including a ban on importing Russian primary aluminium.',
        '2024-06-25',
        'ban on importing Russian primary aluminium',
      ],
    ]);
  });

  it('leaves alone aluminium goods of earlier packages, plans, denials and later packages', () => {
    notConfirmed([
      // https://www.devdiscourse.com/article/law-order/3224778-eu-plans-new-sanctions-target-russian-aluminium (Reuters, 14 January 2025)
      ['The European Commission is gearing up to propose a ban on the import of Russian primary aluminium.', '2025-01-14'],
      ['The EU plans to ban imports of Russian primary aluminium.', '2025-01-14'],
      ['Unlike the US and UK, the EU has not banned Russian primary aluminium.', '2024-05-01'],
      [
        'The EU\u2019s next sanctions package may bring a ban on Russian primary aluminium, after the US and UK banned Russian metals in 2024.',
        '2025-01-15',
      ],
      ['In 2024 the US and UK banned Russian aluminium, copper and nickel; the EU banned only aluminium wire and foil.', '2024-04-20'],
    ]);
    unflagged([
      ['The 12th package of EU sanctions bans imports of Russian aluminium wire, foil and tubes.', '2023-12-19'],
      ['The 12th package of EU sanctions includes a ban on imports of Russian aluminium products.', '2023-12-19'],
      ['The 17th sanctions package follows the 16th, which banned Russian primary aluminium.', '2025-05-21'],
      ['The EU\u2019s 17th sanctions package adds to the ban on Russian primary aluminium adopted in February.', '2025-05-21'],
    ]);
  });
});

describe('US executive orders by number and day (executive-orders.ts)', () => {
  it('confirms an order told with its own day, the verb before it or after', () => {
    supported([
      [
        'Executive Order 14329 of August 6, 2025 imposed an additional 25% duty on Indian goods over Russian oil.',
        '2025-08-20',
        'Executive Order 14329 of August 6, 2025',
      ],
      [
        'Executive Order 14114 of December 22, 2023 expanded secondary sanctions on foreign banks.',
        '2024-01-10',
        'Executive Order 14114 of December 22, 2023',
      ],
      [
        'Biden signed Executive Order 14024 on April 15, 2021, declaring a national emergency.',
        '2021-04-20',
        'Executive Order 14024 on April 15, 2021',
      ],
      ['President Biden signed Executive Order 14068 on March 11, 2022.', '2022-03-12', 'Executive Order 14068 on March 11, 2022'],
      ['Executive Order 14071 of April 6, 2022 bans new investment in Russia.', '2022-05-01', 'Executive Order 14071 of April 6, 2022'],
    ]);
  });

  it('flags an order told with another year or another president', () => {
    flagged([
      [
        'Executive Order 14114, signed in December 2022, authorises secondary sanctions on foreign financial institutions.',
        '2024-06-10',
        'Executive Order 14114, signed in December 2022',
      ],
      [
        'Executive Order 14066, signed on March 8, 2021, banned imports of Russian oil.',
        '2023-05-01',
        'Executive Order 14066, signed on March 8, 2021',
      ],
      ['President Biden signed Executive Order 14068 on March 11, 2021.', '2022-03-12', 'Executive Order 14068 on March 11, 2021'],
      [
        'Executive Order 14329, signed by President Joe Biden, imposed an additional duty on India.',
        '2025-08-20',
        'Executive Order 14329, signed by President Joe Biden',
      ],
    ]);
  });

  it('does not confirm a day within the week that is not the signing’s, nor flag it', () => {
    // held-out 45 ux006 wording (https://newsable.asianetnews.com/india/trump-imposes-additional-25-per-cent-tariffs-on-india-over-russian-oil-articleshow-yk2sp29), with the number.
    notConfirmed([['Executive Order 14329, signed on July 30, 2025, applies a new ad valorem duty of 25% on Indian goods.', '2025-08-06']]);
    unflagged([
      ['President Trump signed Executive Order 14329 on August 6, and the duty took effect on August 27.', '2025-08-28'],
      ['OFAC issued Executive Order 14024 determinations on April 7, 2022.', '2022-04-08'],
      ['Executive Order 14329 of August 7, 2025 (Asian time) imposed the duty on India.', '2025-08-08'],
    ]);
  });
});
