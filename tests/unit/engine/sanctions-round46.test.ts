// Round 46, sanctions: held-out 44's misses on the price cap's new level and on companies called not sanctioned after their
// designation, and two true claims it left unconfirmed (the day the Rosneft and Lukoil sanctions took effect, the 14th
// package's LNG transshipment ban), each built for its class, with the true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze, expectContradictedAs, expectNoRed, expectSupportedAs } from './helpers';

type Cases = ReadonlyArray<readonly [string, string, string]>;
/** The quote is flagged contradicted as a sanction claim. */
const flagged = (cases: Cases) => expectContradictedAs('sanction', cases);
const unflagged = expectNoRed;
/** Nothing is flagged, and the quote is confirmed as a sanction claim. */
const supported = (cases: Cases) => expectSupportedAs('sanction', cases);

describe('the EU’s new cap on Russian crude told at a level it never had (price-cap.ts, wrongLowering)', () => {
  it('flags the new cap given a wrong level, named as new or told against the $60 it replaced', () => {
    flagged([
      // held-out 44 ul004, https://www.mundoamerica.com/news/2025/07/18/687a193921efa09f538b4580.html (the 18th package set
      // $47.60).
      [
        'Ukrainian President Volodymyr Zelenski, who celebrated the EU\u2019s ability to buy Russian oil at the new cap of $46 per barrel, replacing the current $60, sees it as a good time to give "more momentum" to negotiations with Russia.',
        '2025-07-18',
        'cap of $46 per barrel',
      ],
      [
        'The EU\u2019s new price cap of $50 a barrel on Russian crude is meant to cut Moscow\u2019s revenue.',
        '2025-07-20',
        'price cap of $50 a barrel',
      ],
      [
        'The EU agreed a price cap on Russian crude of $40 a barrel, down from $60.',
        '2025-07-20',
        'price cap on Russian crude of $40 a barrel',
      ],
      [
        'The EU set a price cap on Russian crude of $52 a barrel, replacing the previous $60 cap.',
        '2025-08-01',
        'price cap on Russian crude of $52 a barrel',
      ],
    ]);
  });
  it('leaves the levels on record, proposals, products, other makers and the cap of its own time alone', () => {
    supported([
      // https://aijesnews.com/public/en/business/news26083.html (19 July 2025).
      [
        'At the heart of the new sanctions is a dynamic price ceiling on Russian crude oil, now set at 15% below the average market rate, effectively lowering the cap to $47.60 per barrel from the previous $60 benchmark.',
        '2025-07-19',
        'cap to $47.60 per barrel',
      ],
      [
        'The EU\u2019s new price cap of $47.60 a barrel on Russian crude is meant to cut Moscow\u2019s revenue.',
        '2025-07-20',
        'price cap of $47.60 a barrel',
      ],
    ]);
    unflagged([
      // The Commission's proposal of June 2025 ($45), told as such.
      ['The EU\u2019s new lower cap of $45 on Russian oil would apply from September.', '2025-07-20'],
      // Before the lowering was adopted.
      ['The EU\u2019s new cap of $45 on Russian oil, replacing the $60 cap, is in the draft.', '2025-06-15'],
      ['The EU\u2019s new cap on Russian oil, about $47, replaces the $60 limit.', '2025-07-20'],
      ['The EU\u2019s new cap of $44.10 a barrel on Russian crude applies from February 1.', '2026-01-20'],
      ['The EU\u2019s new price cap of $60 a barrel on Russian crude took effect on Monday.', '2022-12-06'],
      ['Russian crude has traded above the G7\u2019s $60 cap for much of the year.', '2023-10-10'],
      ['The US kept the $60 cap on Russian oil while the EU and the UK lowered theirs to $47.60.', '2025-10-01'],
      ['The EU\u2019s new price cap of $45 a barrel on Russian refined products such as fuel oil took effect on Sunday.', '2023-02-06'],
      ['The UK\u2019s new cap on Russian crude of $45 a barrel, replacing the $60 cap, was announced in London.', '2025-07-20'],
    ]);
  });
});

describe('the level the new cap replaced, told bare after it (price-cap-replaced.ts)', () => {
  it('confirms the $60 replaced and flags a level the cap never had', () => {
    // held-out 44 ul004 (see above): "replacing the current $60", a core true claim, beside the flagged $46.
    const ul004 =
      'Ukrainian President Volodymyr Zelenski, who celebrated the EU\u2019s ability to buy Russian oil at the new cap of $46 per barrel, replacing the current $60, sees it as a good time to give "more momentum" to negotiations with Russia.';
    expect(
      analyze(ul004, '2025-07-18')
        .filter((a) => a.verdict === 'supported' && a.kind === 'sanction')
        .map((a) => a.quote),
    ).toContain('replacing the current $60');
    supported([
      ['The EU set a new cap on Russian crude of $47.60 a barrel, replacing the previous $60.', '2025-07-20', 'replacing the previous $60'],
    ]);
    flagged([
      ['The EU set a new cap on Russian crude of $47.60 a barrel, replacing the previous $65.', '2025-07-20', 'replacing the previous $65'],
    ]);
    unflagged([['The EU set a new cap on Russian crude of $47.60 a barrel, replacing the previous $60 on products.', '2025-07-20']]);
  });
});

describe('a level no cap on Russian crude ever had, of the coalition’s cap (price-cap.ts, levelNeverSet)', () => {
  it('flags the G7’s or the West’s cap at a level never set, once the first level was adopted', () => {
    flagged([
      ['The G7 price cap of $70 per barrel on Russian crude has been widely evaded.', '2023-10-10', 'price cap of $70 per barrel'],
      ['Russian crude sold above the $70 price cap set by the G7.', '2023-10-10', '$70 price cap'],
      ['The West imposed a $50-a-barrel price cap on Russian oil in December 2022.', '2024-03-01', '$50-a-barrel price cap'],
      // The G7 named beside the EU: no maker's cap on Russian crude was ever $52.
      [
        'The EU set a price cap on Russian crude of $52 a barrel, replacing the G7\u2019s $60 cap.',
        '2025-08-01',
        'price cap on Russian crude of $52 a barrel',
      ],
    ]);
  });
  it('leaves the levels on record, the talks before December 2022, wishes, exemptions and market prices alone', () => {
    unflagged([
      ['The G7 price cap of $65 per barrel on Russian crude is being debated.', '2022-11-20'],
      ['The G7 is eyeing a price cap of $65-70 on Russian crude.', '2022-11-25'],
      ['In November 2022, the G7 price cap of $65 on Russian oil was still under discussion.', '2024-03-01'],
      ['Zelensky said the $60 cap on Russian oil was too high and called for a $30 cap.', '2024-05-01'],
      ['Urals crude traded at $70, above the G7 price cap of $60 on Russian oil.', '2024-05-01'],
      ['Russian oil is trading at $70 a barrel, well above the G7 cap.', '2025-01-15'],
      ['Japan keeps a $70 price cap exemption for Sakhalin-2 Russian oil.', '2025-07-18'],
      ['Kyiv wants the G7 to lower the $60 price cap on Russian oil to $30.', '2024-05-01'],
    ]);
    supported([['The G7 cap of $60 on Russian crude holds.', '2023-03-01', 'cap of $60']]);
  });
});

describe('a company called not sanctioned after its designation (sanction-not-sanctioned.ts)', () => {
  it('flags "non-sanctioned", "has not been sanctioned", "yet to be sanctioned" after the issuer designated it', () => {
    flagged([
      // held-out 44 up004, https://dprjuniversal.com/news/new-us-sanctions-threaten-sharp-but-partial-drop-in-indias-russian-oil-imports.html
      // (OFAC and the UK designated both on 10 January 2025).
      [
        'Nevertheless, some imports continue through Rosneft-backed Nayara Energy, and legally through non-sanctioned Russian producers such as Surgutneftegaz and Gazprom Neft, as crude itself is not sanctioned, but the companies are.',
        '2025-11-23',
        'non-sanctioned Russian producers such as Surgutneftegaz and Gazprom Neft',
      ],
      [
        'India can still buy from Surgutneftegas and Gazprom Neft, which have not been sanctioned by the US.',
        '2025-11-23',
        'Surgutneftegas and Gazprom Neft, which have not been sanctioned by the US',
      ],
      [
        'Gazprom Neft is yet to be sanctioned by Washington, traders said.',
        '2025-06-10',
        'Gazprom Neft is yet to be sanctioned by Washington',
      ],
      [
        'Unlike Rosneft and Lukoil, Surgutneftegas is not sanctioned by the UK.',
        '2025-10-24',
        'Surgutneftegas is not sanctioned by the UK',
      ],
      [
        'Lukoil has so far been spared US sanctions, traders in Singapore said.',
        '2025-12-01',
        'Lukoil has so far been spared US sanctions',
      ],
      ['Refiners turned to unsanctioned suppliers such as Gazprom Neft.', '2025-03-01', 'unsanctioned suppliers such as Gazprom Neft'],
    ]);
  });
  it('confirms the words before the designation, and leaves the EU, units, past times, one action’s scope and the news lag alone', () => {
    supported([
      ['Lukoil, not yet sanctioned by the US, sells crude to Indian refiners.', '2025-09-15', 'Lukoil, not yet sanctioned by the US'],
      [
        'Indian refiners buy most of their crude from Rosneft and Lukoil, which are not under US sanctions.',
        '2025-09-15',
        'Rosneft and Lukoil, which are not under US sanctions',
      ],
    ]);
    unflagged([
      ['Gazprom Neft, not sanctioned by the EU, keeps its stake in the Serbian refinery.', '2025-11-02'],
      // https://nachrichtenagentur.radio-utopie.de/newsagency/eu-und-die-usa-verhaengen-neue-sanktionen-gegen-russland (in German:
      // Brussels spared Lukoil).
      ['Lukoil has been spared EU sanctions because Hungary and Slovakia still buy its oil.', '2025-10-24'],
      // https://theprint.in/world/indian-oil-giants-weigh-workarounds-after-us-sanctions-russia-suppliers/2772136
      [
        'With other major producers Surgutneftegas PAO and Gazprom Neft blacklisted earlier, processors are trying to understand exactly how much can be bought from non-sanctioned entities in Russia and at what price.',
        '2025-10-28',
      ],
      // https://www.ndtvprofit.com/amp/business/indian-state-refiners-weigh-russia-oil-options-after-us-sanctions-rosneft-lukoil
      [
        'The only exception in India could be Nayara Energy Ltd., which is backed by Rosneft and already sanctioned by Europe and the UK.',
        '2025-10-28',
      ],
      ['Unsanctioned Lukoil-branded stations in New Jersey keep serving customers.', '2025-12-10'],
      ['Gazprom Neft was not sanctioned in Wednesday\u2019s action, which targeted Rosneft and Lukoil.', '2025-10-23'],
      ['In 2024, India bought heavily from then-unsanctioned Gazprom Neft.', '2025-02-10'],
      ['Lukoil, which was not sanctioned at the time, bought the refinery.', '2025-11-01'],
      ['Non-sanctioned producers such as Surgutneftegas could fill the gap if Washington lifts its measures.', '2025-11-20'],
      // A day after the designation: the news may lag.
      ['Rosneft and Lukoil, which are not yet under US sanctions, sell most of India\u2019s Russian crude.', '2025-10-23'],
    ]);
  });
});

describe('the day the Rosneft and Lukoil sanctions took effect (sanction-targets.ts, windDownDay)', () => {
  it('confirms the wind-down licences’ last day and the designation’s own day', () => {
    supported([
      // held-out 44 up004 (the general licences ended on 21 November 2025).
      [
        'New US sanctions on Russian oil giants Rosneft and Lukoil that took effect on November 21, 2025, have introduced substantial challenges to India\u2019s heavy reliance on discounted Russian crude oil.',
        '2025-11-23',
        'took effect on November 21, 2025',
      ],
      [
        'US sanctions targeting Rosneft and Lukoil, Russia\u2019s major oil exporters, effective November 21, are expected to cause a significant short-term decline in India\u2019s Russian crude oil imports.',
        '2025-11-23',
        'effective November 21',
      ],
      ['The US sanctions on Rosneft and Lukoil took effect on October 22.', '2025-10-25', 'took effect on October 22'],
    ]);
    for (const [text, asOf] of [
      ['The US sanctions on Rosneft and Lukoil, which will not take effect on November 21, worried traders.', '2025-11-23'],
    ] as const)
      expect(
        analyze(text, asOf).filter((a) => a.quote.includes('effect')),
        text,
      ).toEqual([]);
  });
});

describe('the 14th package’s ban on Russian LNG transshipment told after its object (price-cap.ts, transshipSpan)', () => {
  it('confirms "LNG transshipment ... is prohibited", and not its denial', () => {
    supported([
      // held-out 44 uk027, https://www.lcta.ch/en/eu-adopts-14th-package-of-sanctions-against-russia/
      [
        'The so-called 14th package of measures targeting Russia is set out in the Regulation (EU) 2024/1745 and includes, among others, the following elements: Energy - Russian LNG transshipment through EU ports is prohibited following a 9-month transition period - Russian LNG cannot be imported into terminals that are not connected to EU gas pipelines.',
        '2024-06-25',
        'Russian LNG transshipment through EU ports is prohibited',
      ],
      [
        'Under the 14th package, transshipments of Russian LNG in EU ports will be banned after nine months.',
        '2024-06-20',
        'transshipments of Russian LNG in EU ports will be banned',
      ],
    ]);
    for (const [text, asOf] of [
      ['In the EU, Russian LNG transshipment is not yet banned.', '2024-06-25'],
      ['EU states said Russian LNG transshipment should be banned.', '2023-05-10'],
    ] as const)
      expect(analyze(text, asOf), text).toEqual([]);
  });
});
