// Round 44, history lane: office-holders' numbers and counted tenures told of the past, each reading with its true
// look-alikes (real sentences and dates; the page in a comment where one is known).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const judged = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true });
const red = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const confirmed = (asOf: string, text: string, kind = 'tenure') =>
  judged(asOf, text).some((a) => a.verdict === 'supported' && a.kind === kind);

describe('a lone surname with its number in an office (office-ordinal.ts surnameNumbered)', () => {
  it('confirms the number of the one holder the surname may be', () => {
    // https://wsls.com/news/world/2024/07/11/jens-stoltenberg-will-wrap-up-a-nato-summit-for-a-final-time-at-the-helm (AP)
    expect(confirmed('2024-07-11', 'Stoltenberg steps down as NATO’s 13th secretary-general in the fall')).toBe(true);
    // https://jerseyeveningpost.com/morenews/worldnews/2024/10/01/natos-longtime-chief-hands-over-to-former-dutch-premier-mark-rutte
    expect(confirmed('2024-10-01', 'Mr Stoltenberg, Nato’s 13th secretary-general, took over in 2014')).toBe(true);
    // https://publicist24.com/mark-rutte-to-succeed-jens-stoltenberg-as-nato-secretary-general-on-october-1/
    expect(
      confirmed('2024-09-11', 'Stoltenberg, 65, steps down as NATO’s 13th Secretary General, having first taken office in October 2014'),
    ).toBe(true);
    // https://en.webangah.ir/2024-07-12/news=156919
    expect(confirmed('2024-07-12', 'Stoltenberg will step down as the 13th Secretary General of NATO in the fall')).toBe(true);
    expect(confirmed('2025-03-01', 'Rutte, NATO’s 14th secretary general, met Trump in the Oval Office.')).toBe(true);
    for (const text of [
      'Stoltenberg steps down as NATO’s 13th secretary-general in the fall',
      'Rutte, NATO’s 14th secretary general, met Trump in the Oval Office.',
    ])
      expect(red('2025-03-01', text)).toEqual([]);
  });
  it('flags another holder’s number only where the numbering is on record from the first', () => {
    // https://www.sott.net/article/474043-NYT-Estonias-Kaja-Kallas-a-strong-contender-to-be-the-next-NATO-chief (NYT, 2022)
    const flagged = red('2022-11-05', 'Stoltenberg is the 14th secretary general of the alliance');
    expect(flagged.map((a) => [a.verdict, a.kind])).toEqual([['contradicted', 'tenure']]);
    expect(red('2025-03-01', 'Rutte, NATO’s 13th secretary general, met Trump in the Oval Office.').map((a) => a.kind)).toEqual(['tenure']);
    expect(red('2023-03-01', 'Stoltenberg, NATO’s 12th secretary general, spoke in Brussels.').map((a) => a.kind)).toEqual(['tenure']);
  });
  it('leaves alone a surname that is a handover’s object, another’s, or of an office numbered only in part', () => {
    for (const [asOf, text] of [
      // Rutte is the 14th: Stoltenberg is the one he replaced.
      ['2024-10-01', 'The alliance replaced Stoltenberg as its 14th secretary general.'],
      ['2024-10-01', 'Rutte succeeded Stoltenberg as NATO’s 14th secretary general on Tuesday.'],
      ['2024-10-01', 'Rutte took over from Stoltenberg as NATO’s 14th Secretary General.'],
      // Another Stoltenberg: the first name says so.
      ['2025-11-05', 'Camilla Stoltenberg is the 14th director of the institute.'],
      // Andrew Johnson, the 17th president, is not in the fact base, whose US presidents start with the 34th.
      ['2025-11-05', 'Johnson, the 17th president of the United States, was impeached.'],
      // Trump holds the office under the 47th number in 2025: the 45th beside his name is not confirmed, nor flagged.
      ['2025-11-05', 'Trump, the 45th President of the United States, signed the order.'],
    ])
      expect(red(asOf, text)).toEqual([]);
    expect(confirmed('2025-11-05', 'Trump, the 45th President of the United States, signed the order.')).toBe(false);
  });
});

describe('a counted tenure placed in a year it does not reach (tenure-events.ts countedYearOutside)', () => {
  it('flags the year', () => {
    // https://staging.irishtimes.com/culture/books/review/2025/11/17/on-my-watch-by-jens-stoltenberg-a-behind-the-scenes-account-of-his-nato-stewardship
    // (held-out 42 tr005): Trump's second term began on 20 January 2025.
    const text =
      'His memoir, On My Watch, is a detailed behind-the-scenes account of his stewardship of Nato from the initial phase of Putin’s invasion of Ukraine to Trump’s second presidency in 2024.';
    expect(red('2025-11-17', text).map((a) => [a.verdict, a.kind, a.quote])).toEqual([
      ['contradicted', 'tenure', 'Trump’s second presidency in 2024'],
    ]);
    // Its wrong confirmation is withdrawn.
    expect(confirmed('2025-11-17', text)).toBe(false);
    expect(red('2025-11-17', 'During Trump’s first term in 2016, allies were told to pay more.').map((a) => a.kind)).toEqual(['tenure']);
    expect(red('2025-11-17', 'Tensions grew during the second Trump administration in 2023.').map((a) => a.kind)).toEqual(['tenure']);
    expect(red('2025-11-17', 'Trump’s second term in 2024 brought new tariffs on European steel.').map((a) => a.kind)).toEqual(['tenure']);
  });
  it('leaves a year within the tenure, a span, an election and a tenure looked ahead to', () => {
    for (const [asOf, text] of [
      ['2025-11-17', 'During Trump’s first term in 2019, allies pledged more.'],
      ['2025-11-17', 'Trump’s second presidency in January 2025 shook Europe.'],
      ['2025-11-17', 'Trump’s first term in 2017-2021 was turbulent for the alliance.'],
      ['2025-11-17', 'Trump’s first term in 2020 ended with a lost election.'],
      ['2025-11-17', 'Trump’s second term in 2024 elections was won on the economy.'],
      ['2025-11-17', 'Europe was preparing for Trump’s second term in 2024.'],
      ['2025-11-17', 'Europe was preparing for a second Trump term in 2024.'],
      // Written before it began: a forecast.
      ['2024-06-17', 'Allies are bracing for Trump’s second term in 2025.'],
      // Putin's terms are not his tenures: his first tenure ran eight years.
      ['2025-11-17', 'Putin’s second presidency in 2004 began with a landslide.'],
    ])
      expect(red(asOf, text)).toEqual([]);
    expect(confirmed('2025-11-17', 'During Trump’s first term in 2019, allies pledged more.')).toBe(true);
  });
});
