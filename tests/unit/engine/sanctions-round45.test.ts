// Round 45, sanctions: held-out 43's misses on who took a sanctions act, on the day Germany halted Nord Stream 2's
// certification and on when the price cap was introduced, built for their class (the other ways the same error is worded),
// with the true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const isRed = (v: string) => v === 'contradicted' || v === 'outdated';
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => isRed(a.verdict));

/** The quote is flagged contradicted as a sanction claim, and nothing of the text is flagged otherwise. */
const flagged = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases) {
    const found = red(text, asOf);
    expect(
      found.filter((a) => a.kind === 'sanction' && a.verdict === 'contradicted').map((a) => a.quote),
      text,
    ).toContain(quote);
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

describe('a US act named by its targets, credited as news to an administration not in office (sanction-administration-targets.ts)', () => {
  it('flags the act of one administration told as another’s', () => {
    flagged([
      // held-out 43 ue002, http://i8-d.com/?p=303 (OFAC designated Rosneft and Lukoil on 22 October 2025, in Trump's term).
      [
        'Brent crude and West Texas Intermediate (WTI) oil prices jumped 4-5% to reach two-week highs following the Biden administration\u2019s announcement of expanded sanctions against Russian oil giants Rosneft and Lukoil.',
        '2025-10-26',
        'the Biden administration\u2019s announcement of expanded sanctions against Russian oil giants Rosneft and Lukoil',
      ],
      [
        'Oil jumped after the Biden administration\u2019s new sanctions on Rosneft and Lukoil.',
        '2025-10-24',
        'the Biden administration\u2019s new sanctions on Rosneft and Lukoil',
      ],
      [
        'The Biden administration announced fresh sanctions against Rosneft and Lukoil, Russia\u2019s two largest oil companies.',
        '2025-10-23',
        'The Biden administration announced fresh sanctions against Rosneft and Lukoil',
      ],
      [
        'New sanctions on Rosneft and Lukoil announced by the Biden administration rattled markets.',
        '2025-10-23',
        'New sanctions on Rosneft and Lukoil announced by the Biden administration',
      ],
      // The same slip of February 2022: Sberbank and VTB were designated on 24 February 2022, in Biden's term.
      [
        'The Trump administration\u2019s new sanctions on Sberbank and VTB hit Russian markets.',
        '2022-02-26',
        'The Trump administration\u2019s new sanctions on Sberbank and VTB',
      ],
    ]);
  });
  it('leaves the right administration, past acts told without news, hedges and the president-elect alone', () => {
    unflagged([
      ['Oil jumped after the Trump administration\u2019s new sanctions on Rosneft and Lukoil.', '2025-10-24'],
      ['New sanctions on Rosneft and Lukoil announced by the Trump administration rattled markets.', '2025-10-23'],
      // Biden's own act of 10 January 2025, told after he left office.
      ['Oil rose after the Biden administration\u2019s new sanctions on Gazprom Neft and Surgutneftegas.', '2025-01-15'],
      ['The Biden administration\u2019s new sanctions on Gazprom Neft and Surgutneftegas still weigh on exports.', '2025-02-05'],
      ['The Biden administration\u2019s sanctions on Gazprom Neft and Surgutneftegas still weigh on exports.', '2025-10-26'],
      // No news words: a past act in its own time, which the record may not hold.
      ['The Biden administration\u2019s sanctions on Rosneft and Lukoil weigh on exports.', '2025-10-26'],
      ['If the Biden administration\u2019s new sanctions on Rosneft and Lukoil hold, prices will rise.', '2025-10-26'],
      ['The Biden administration\u2019s proposed sanctions on Rosneft and Lukoil never came.', '2025-10-26'],
      // The president-elect's team, ten days before the term.
      ['The Trump administration\u2019s new sanctions on Gazprom Neft and Surgutneftegas will test Moscow.', '2025-01-12'],
      // https://sotoreil.store/2/the-us-is-imposing-extensive-sanctions-on-russias-oil-sector (January 2025).
      [
        'The Biden administration on Friday issued sanctions targeting Russia\u2019s energy sector, targeting Moscow\u2019s oil revenues just days before Donald Trump takes office.',
        '2025-01-11',
      ],
      // https://newspage360.com/world/oil-prices-extend-gains-rise-2-8-as-us-sanctions-russia-s-rosneft-lukoil (October 2025).
      [
        'Oil prices extended gains for the second consecutive session, climbing over 2.8% after the United States imposed direct sanctions on Russia\u2019s largest oil companies.',
        '2025-10-24',
      ],
    ]);
  });
});

describe('the day Germany halted Nord Stream 2\u2019s certification (nord-stream-certification.ts)', () => {
  it('flags another day of the halt', () => {
    flagged([
      // held-out 43 uf003, https://www.republicworld.com/world-news/russia-ukraine-crisis/germany-pauses-nord-stream-2-certification-process-amid-russia-ukraine-border-conflict-articleshow.html
      [
        'In one of the most significant retaliatory measures taken by the west against Russia in response to its actions in Ukraine, Germany\u2019s Chancellor Olaf Scholz announced on February 21 that he has taken steps to halt the process of certifying Nord Stream 2\u2014the $11 billion undersea natural gas pipeline connecting Russia and Germany.',
        '2022-02-22',
        'announced on February 21 that he has taken steps to halt the process of certifying Nord Stream 2',
      ],
      [
        'announced on February 21 that he has taken steps to halt the process of certifying Nord Stream 2',
        '2022-02-22',
        'announced on February 21 that he has taken steps to halt the process of certifying Nord Stream 2',
      ],
      [
        'On February 21, Germany halted the certification of Nord Stream 2.',
        '2022-03-01',
        'On February 21, Germany halted the certification of Nord Stream 2',
      ],
      [
        'Germany suspended the certification of Nord Stream 2 on February 24, 2022, the day Russia invaded.',
        '2022-03-01',
        'suspended the certification of Nord Stream 2 on February 24, 2022',
      ],
    ]);
  });
  it('leaves the true title before the misdated act unflagged (held-out 43 uf003 labels it supported)', () => {
    const text =
      'Germany\u2019s Chancellor Olaf Scholz announced on February 21 that he has taken steps to halt the process of certifying Nord Stream 2.';
    const flags = red(text, '2022-02-22');
    expect(flags.length, text).toBe(1);
    expect(text.slice(flags[0].start, flags[0].end)).not.toContain('Scholz');
  });
  it('confirms the 22nd and leaves other acts, other clauses and plans alone', () => {
    supported([
      [
        'German Chancellor Olaf Scholz said on February 22 that Germany was halting the certification of Nord Stream 2.',
        '2022-02-23',
        'said on February 22 that Germany was halting the certification of Nord Stream 2',
      ],
      [
        'The German government halted Nord Stream 2\u2019s certification on 22 February 2022, two days before the invasion.',
        '2022-12-01',
        'halted Nord Stream 2\u2019s certification on 22 February 2022',
      ],
      // held-out 26 kj008 (Reuters wording, 22 February 2022): a day of the page's week, confirmed, never flagged.
      [
        'put the certification of the Nord Stream 2 gas pipeline on ice on Tuesday after Russia formally recognized two breakaway regions in eastern Ukraine',
        '2022-02-22',
        'put the certification of the Nord Stream 2 gas pipeline on ice on Tuesday',
      ],
    ]);
    unflagged([
      // https://www.republicworld.com/world-news/russia-ukraine-crisis/russia-ukraine-war-german-economic-min-says-nord-stream-2-cant-be-launched-mid-term-articleshow.html
      [
        'Due to organisational and legal concerns, the German Federal Network Agency ceased certification on November 16, 2021.',
        '2022-02-25',
      ],
      // https://www.iheart.com/content/2022-02-22-germany-halts-russias-nord-stream-2-pipeline-over-ukraine-situation/
      [
        'Germany has halted the certification of Russia\u2019s Nord Stream 2 natural gas pipeline amid the ongoing situation in Ukraine. On Monday (February 21), Russian President Vladimir Putin recognized the independence of two separatist-controlled areas of Eastern Ukraine.',
        '2022-02-22',
      ],
      ['After Putin recognised the two republics on February 21, Germany halted the certification of Nord Stream 2.', '2022-02-25'],
      [
        'Putin announced on February 21 that Russia recognised the republics, and Germany halted certification of Nord Stream 2.',
        '2022-02-22',
      ],
      // https://www.efe.com/efe/english/portada/germany-halts-pipeline-deal-after-putin-sends-troops-into-eastern-ukraine/50000260-4745516
      [
        'Germany on Tuesday suspended the certification process for the lucrative and controversial Nord Stream 2 gas pipeline in response to Russian president Vladimir Putin\u2019s recognition of two pro-Russian separatist territories in eastern Ukraine.',
        '2022-02-22',
      ],
      ['Ukraine urged Germany on February 21 to halt the certification of Nord Stream 2.', '2022-02-22'],
      ['Germany halted the certification of Nord Stream 2 on Monday.', '2022-02-23'],
      [
        'US President Joe Biden announced on February 23 that he had directed sanctions on Nord Stream 2 AG, after Germany halted certification.',
        '2022-02-23',
      ],
    ]);
  });
});

describe('the price cap told without its word, or introduced in a month no level was set (price-cap.ts)', () => {
  it('flags a year or month no cap was set in', () => {
    flagged([
      // held-out 38 ry008, https://www.marketbeat.com (AP, June 2025): the $60 cap was agreed in December 2022.
      [
        'In 2023, Ukraine\u2019s Western allies limited sales of Russian oil to $60 per barrel.',
        '2025-06-10',
        'In 2023, Ukraine\u2019s Western allies limited sales of Russian oil to $60 per barrel',
      ],
      [
        'In 2021, Western countries restricted the price of Russian crude to $60 a barrel.',
        '2025-06-10',
        'In 2021, Western countries restricted the price of Russian crude to $60 a barrel',
      ],
      [
        'The G7 price cap on Russian crude oil was introduced in December 2023.',
        '2025-06-10',
        'price cap on Russian crude oil was introduced in December 2023',
      ],
      [
        'The price cap on Russian crude, introduced in October 2023, has lost its bite.',
        '2025-06-10',
        'price cap on Russian crude, introduced in October 2023',
      ],
    ]);
  });
  it('leaves the right times, the products\u2019 caps, the run-up and late joiners alone', () => {
    unflagged([
      ['In December 2022, Ukraine\u2019s Western allies limited sales of Russian oil to $60 per barrel.', '2025-06-10'],
      ['In 2022, the G7 limited sales of Russian oil to $60 a barrel.', '2025-06-10'],
      ['In 2023, the West limited Russian oil revenue.', '2025-06-10'],
      ['The G7 price cap on Russian oil, introduced in February 2023, has lost its bite.', '2025-06-10'],
      ['The $60 price cap on Russian crude, introduced in January 2023, has lost its bite.', '2025-06-10'],
      ['The price cap on Russian oil, introduced in September 2022, has lost its bite.', '2025-06-10'],
      ['The price cap on Russian oil, introduced in March 2023 by New Zealand, applies.', '2023-06-10'],
    ]);
    supported([
      // held-out 43 ui007, https://fx24news.com/forex-markets/new-sanctions-lower-price-cap-on-russian-oil/amp (with Russia named).
      [
        'The move builds on the Russian oil price cap mechanism introduced back in December 2022.',
        '2025-07-18',
        'price cap mechanism introduced back in December 2022',
      ],
      [
        'The price cap on Russian oil products introduced in February 2023 has lost its bite.',
        '2025-06-10',
        'price cap on Russian oil products introduced in February 2023',
      ],
      [
        'The EU\u2019s dynamic price cap on Russian crude took effect on September 3, 2025.',
        '2025-10-10',
        'price cap on Russian crude took effect on September 3, 2025',
      ],
    ]);
  });
});

describe('the Rosneft and Lukoil designations told as the first US hit on Russia\u2019s oil (sanction-first-oil.ts)', () => {
  it('flags "the first time" the US targeted Russia\u2019s oil industry', () => {
    flagged([
      // held-out 39 sn006 (23 October 2025): OFAC had designated Gazprom Neft and Surgutneftegas on 10 January 2025.
      [
        'this is the first time since the Ukraine crisis that the U.S. has directly targeted Russia\u2019s core oil industry',
        '2025-10-23',
        'first time since the Ukraine crisis that the U.S. has directly targeted Russia\u2019s core oil industry',
      ],
      [
        'It marks the first time the United States has sanctioned Russia\u2019s oil companies.',
        '2025-10-24',
        'first time the United States has sanctioned Russia\u2019s oil companies',
      ],
      [
        'It was the first time since the invasion that Washington had targeted Russia\u2019s oil sector.',
        '2025-10-24',
        'first time since the invasion that Washington had targeted Russia\u2019s oil sector',
      ],
    ]);
  });
  it('leaves the first under Trump, the first against the two companies, denials and other times alone', () => {
    unflagged([
      // https://www.ogj.com/home/news/55325344/us-slaps-sanctions-on-russian-oil-giants-eu-follows-with-lng-ban (23 October 2025).
      [
        'The sanctions mark the first major US action against Russian oil companies since President Trump took office for his second term.',
        '2025-10-23',
      ],
      // https://www.davispolk.com/insights/client-update/us-sanctions-large-russian-oil-companies-first-action-under-trump
      [
        'For the first time under the current Trump administration, the U.S. government has taken a significant Russia-related sanctions action, as on October 22, 2025, the Treasury Department\u2019s Office of Foreign Assets Control (OFAC) announced the imposition of blocking sanctions.',
        '2025-10-28',
      ],
      // https://agentictribune.com/article/20251023-u-s-imposes-new-sanctions-on-russia-s-largest-oil-companies-amid-ukraine-conflict
      ['This is not the first time the U.S. has imposed sanctions on Russian energy companies.', '2025-10-23'],
      [
        'It marks the first time the United States has sanctioned Russia\u2019s oil companies since Trump returned to office.',
        '2025-10-24',
      ],
      ['It is the first time the US has sanctioned Rosneft and Lukoil directly.', '2025-10-24'],
      // Months later: no longer the day's news.
      ['It marks the first time the United States has sanctioned Russia\u2019s oil companies.', '2025-12-24'],
      ['It marks the first time the United States has sanctioned Russia\u2019s oil companies.', '2025-01-12'],
    ]);
  });
});
