// How long the war has lasted, counted to the article's date: real sentences from the press.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const onQuote = (text: string, quote: string, asOf: string) => verdictsOn(text, quote, asOf);
const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('days of the war', () => {
  it('supports the day counts on the days they were marked', () => {
    // NDTV, 28 October 2022.
    const ndtv = 'The Russian invasion of Ukraine has entered its 247th day and the country has suffered massive infrastructural losses.';
    expect(onQuote(ndtv, 'invasion of Ukraine has entered its 247th day', '2022-10-28')).toEqual(['supported']);
    // Evrim Ağacı, 19 November 2024.
    const candles = "On the 1,000th day since Russia's full-scale invasion of Ukraine, tensions between the two nations remain palpable.";
    expect(onQuote(candles, "1,000th day since Russia's full-scale invasion", '2024-11-19')).toEqual(['supported']);
    // Politico Europe, 19 November 2024.
    const politico =
      'Ukrainian and European leaders on Tuesday marked 1,000 days since Russian President Vladimir Putin began his full-scale invasion of Ukraine.';
    expect(onQuote(politico, '1,000 days since', '2024-11-19')).toEqual(['supported']);
  });

  it('reads the marks the war passes', () => {
    // The Asia Live, 8 July 2023.
    const asia = "Moscow's invasion of Ukraine had reached its 500th day.";
    expect(onQuote(asia, "Moscow's invasion of Ukraine had reached its 500th day", '2023-07-08')).toEqual(['supported']);
    // Kyiv Post, 24 February 2025.
    const kp = 'The Ukrainian people have little to celebrate as the war passes the 1,096 day marker.';
    expect(onQuote(kp, 'the war passes the 1,096 day marker', '2025-02-24')).toEqual(['supported']);
    // A wire report of 24 February 2025.
    const wire = 'Russia’s war on Ukraine hit the three-year mark Monday.';
    expect(onQuote(wire, 'war on Ukraine hit the three-year mark', '2025-02-24')).toEqual(['supported']);
  });

  it('contradicts a day count far from the article date, told in the present', () => {
    const text = 'The Russian invasion of Ukraine has entered its 247th day and the country has suffered massive infrastructural losses.';
    expect(onQuote(text, 'entered its 247th day', '2023-03-01')).toEqual(['contradicted']);
  });
});

describe('months of the war', () => {
  it('supports a month count in its own rounding', () => {
    // The Guardian (Rajan Menon), 8 August 2023.
    const guardian = "It's almost 18 months since Russia invaded Ukraine, and peace seems no closer.";
    expect(onQuote(guardian, 'almost 18 months since Russia invaded', '2023-08-08')).toEqual(['supported']);
    // NDTV, 28 October 2022.
    const ndtv = 'The war in Ukraine is already in its ninth month.';
    expect(anyRed(ndtv, '2022-10-28')).toBe(false);
    // Global News, 24 March 2022.
    const global =
      'As the invasion enters its second month, Russian advances toward Kyiv and other cities are stalled by Ukrainian resistance.';
    expect(onQuote(global, 'invasion enters its second month', '2022-03-24')).toEqual(['supported']);
  });

  it('does not flag a month count one off near its turn', () => {
    // The Independent, 3 December 2022: "ninth month" when the tenth had begun on 24 November.
    const text =
      'It aims to reduce Moscow’s income from selling oil while tempering the potential for any spike in global prices as the Ukraine war enters its ninth month.';
    expect(anyRed(text, '2022-12-03')).toBe(false);
  });

  it('contradicts a month count off by more than one', () => {
    const text = "As Russia's invasion entered its 19th month, Ukraine pressed its counteroffensive.";
    expect(onQuote(text, "Russia's invasion entered its 19th month", '2023-09-26')).toEqual(['supported']);
    expect(onQuote(text, "Russia's invasion entered its 19th month", '2024-06-01')).toEqual(['contradicted']);
  });
});

describe('years of the war', () => {
  it('supports hedged and rounded year counts', () => {
    // Business Ukraine, autumn 2023.
    const bu = 'For the past eighteen months, Russia’s full-scale invasion of Ukraine has dominated the international agenda.';
    expect(anyRed(bu, '2023-09-01')).toBe(false);
    const after = 'After more than three years of war, Russia and Ukraine held direct talks in Istanbul.';
    expect(onQuote(after, 'more than three years of war', '2025-05-16')).toEqual(['supported']);
    // Two years and three months: less than one year short, so not flagged; a year and a half short is.
    expect(anyRed(after, '2024-05-16')).toBe(false);
    expect(onQuote(after, 'more than three years of war', '2023-08-16')).toEqual(['contradicted']);
    const now = 'The war, now in its fourth year, has killed tens of thousands of Ukrainian civilians, Kyiv says.';
    expect(onQuote(now, 'The war, now in its fourth year', '2025-06-01')).toEqual(['supported']);
    // A report of 28 February 2025 (the dev set's r080): the war named in the sentence before.
    const nbc =
      'The tumultuous turn of events came after Zelensky traveled to Washington. It was one component of Trump’s plan to secure a peace deal to end the all-out war, now going into its fourth year.';
    expect(onQuote(nbc, 'all-out war, now going into its fourth year', '2025-02-28')).toEqual(['supported']);
    const nearly = "Nearly two years since Russia's full-scale invasion, Ukraine is short of shells.";
    expect(onQuote(nearly, "Nearly two years since Russia's full-scale invasion", '2024-02-10')).toEqual(['supported']);
  });

  it('never flags a count of the war since 2014', () => {
    // Ukrinform, 19 November 2024.
    const text = "By that time, Russia's armed aggression had already been ongoing for nearly eight years.";
    expect(anyRed(text, '2024-11-19')).toBe(false);
    const eight = 'Ukraine has lived through eight years of war with Russia in the Donbas.';
    expect(anyRed(eight, '2022-02-10')).toBe(false);
  });

  it('never flags another war', () => {
    const text = 'Israel says the war in Gaza, now in its third year, will go on. Russia watched closely.';
    expect(anyRed(text, '2025-06-01')).toBe(false);
  });
});

describe('periods and days of the war told as past', () => {
  it('never flags the first days or years of the war', () => {
    const first = "On the first day of Russia's full-scale invasion, missiles hit Kyiv.";
    expect(anyRed(first, '2025-06-01')).toBe(false);
    const years = 'In the first two years of the war, Russia lost thousands of tanks in Ukraine.';
    expect(anyRed(years, '2026-06-01')).toBe(false);
  });
});
