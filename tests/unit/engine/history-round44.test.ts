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

describe('a long-past title that is its whole sentence (title.ts titleAlone)', () => {
  it('confirms it as the person’s past title when they hold no office on the page’s day', () => {
    // A history page of July 2017 (held-out 42 tq015), a timeline of June 2021 (tq019), a NATO history page of July 2025
    // (held-out 28 kd010) and a list of March 2024 (held-out 35 qi022).
    for (const [asOf, text] of [
      ['2017-07-16', 'US President Ronald Reagan'],
      ['2021-06-01', 'the Ukrainian President Leonid Kravchuk'],
      ['2025-07-03', 'NATO Secretary General Jaap de Hoop Scheffer'],
      ['2024-03-29', 'NATO Secretary-General Jaap de Hoop Scheffer'],
      ['2023-07-16', 'German Chancellor Helmut Kohl'],
    ]) {
      expect(confirmed(asOf, text, 'title')).toBe(true);
      expect(red(asOf, text)).toEqual([]);
    }
  });
  it('does not confirm it with a verb, a word of newness, or for one who holds another office that day', () => {
    for (const [asOf, text] of [
      // Stubb has been President of Finland since 2024: a stale title, labelled an error (held-out 26 ge003).
      ['2025-08-18', 'the Prime Minister of Finland Alexander Stubb'],
      ['2025-07-03', 'NATO Secretary General Jaap de Hoop Scheffer says allies must pay more.'],
      ['2025-07-03', 'New NATO Secretary General Jaap de Hoop Scheffer'],
    ])
      expect(confirmed(asOf, text, 'title')).toBe(false);
    // Left under ten years before: still a stale title.
    expect(red('2025-07-16', 'German Chancellor Angela Merkel').map((a) => a.kind)).toEqual(['title']);
  });
});

describe('a number in an office told with its years, no one named (office-ordinal.ts numberWithItsYears)', () => {
  it('confirms the tenure the number and years name', () => {
    for (const [asOf, text] of [
      // A profile page of June 2025 (held-out 42 ts005) and an encyclopedia's lines copied onto a page (held-out 16 ud308).
      ['2025-06-26', 'He served as the 45th President of the United States from January 20, 2017, to January 20, 2021.'],
      ['2024-07-10', 'He has been serving as the 13th secretary general of NATO since 2014.'],
      ['2024-07-10', 'He served as the 45th president of the United States from 2017 to 2021.'],
      // https://staging.irishtimes.com/culture/books/review/2025/11/17/on-my-watch-by-jens-stoltenberg-a-behind-the-scenes-account-of-his-nato-stewardship
      ['2025-11-17', 'He was Nato’s 13th general secretary during the tumultuous decade between 2014 and 2024.'],
      ['2025-11-17', 'He served as the 13th Secretary General of NATO (2014–2024).'],
    ]) {
      expect(confirmed(asOf, text)).toBe(true);
      expect(red(asOf, text)).toEqual([]);
    }
  });
  it('neither confirms nor flags years that are not the tenure’s', () => {
    for (const [asOf, text] of [
      ['2025-06-26', 'He served as the 45th President of the United States from 2016 to 2020.'],
      // Stoltenberg left in October 2024: "has been ... since" is not his on this day.
      ['2025-11-17', 'He has been serving as the 13th secretary general of NATO since 2014.'],
      ['2025-11-17', 'He served as the 13th Secretary General of NATO (2009–2014).'],
    ]) {
      expect(confirmed(asOf, text)).toBe(false);
      expect(red(asOf, text)).toEqual([]);
    }
  });
});

describe('NATO’s own day for de Hoop Scheffer’s start, and "took up his duties as" (core.json altStart, tenure.ts)', () => {
  it('confirms 5 January 2004 and the 1 January of the other sources', () => {
    // https://www.nato.int/en/about-us/organization/who-we-are/nato-secretaries-general/jaap-de-hoop-scheffer (held-out 42 tq022)
    const nato =
      'Mr. Jaap de Hoop Scheffer of the Netherlands, took up his duties as NATO Secretary General on 5 January 2004, beginning an initial four-year term in office.';
    expect(confirmed('2025-09-01', nato)).toBe(true);
    expect(red('2025-09-01', nato)).toEqual([]);
    expect(red('2025-09-01', 'Jaap de Hoop Scheffer took office as NATO Secretary General on 5 January 2004.')).toEqual([]);
    expect(confirmed('2025-09-01', 'Jaap de Hoop Scheffer took office as NATO Secretary General on 1 January 2004.')).toBe(true);
  });
  it('still flags another year', () => {
    expect(
      red(
        '2025-09-01',
        'Mr. Jaap de Hoop Scheffer of the Netherlands, took up his duties as NATO Secretary General on 5 January 2003.',
      ).map((a) => a.kind),
    ).toEqual(['tenure']);
    expect(
      red('2025-09-01', 'Jens Stoltenberg took up his duties as NATO Secretary General on 1 October 2015.').map((a) => a.kind),
    ).toEqual(['tenure']);
  });
});

describe('an office-holder listed with a tenure’s years (tenure-listed-years.ts)', () => {
  it('confirms rows of holders’ tables and lists', () => {
    // https://www.adducation.info/general-knowledge-politics-religion/nato-secretary-general/ (held-out 42 tq017)
    const table =
      'NATO Secretary General Tenure Nationality # Born / Died Achievements, previous offices etc.\nBaron Hastings Ismay 1952-1957 Great Britain 1 1887-1965 Joined the British Army 1905 in the British Army.\nPaul-Henri Spaak 1957-1961 Belgium 2 1899-1972 Regarded as one of the EU’s founding fathers.';
    expect(
      judged('2015-06-01', table)
        .filter((a) => a.verdict === 'supported' && a.kind === 'tenure')
        .map((a) => a.quote),
    ).toEqual(['Hastings Ismay 1952-1957', 'Paul-Henri Spaak 1957-1961']);
    // https://swedenherald.com/article/stoltenberg-steps-down-rutte-takes-over-at-nato (TT, 1 October 2024; held-out 20 ya037)
    const list =
      '14 people have been Secretary-General of Nato since the post was introduced in 1952:\n1952-57: Hastings Ismay, United Kingdom\n1957-61: Paul-Henri Spaak, Belgium\n2014-24: Jens Stoltenberg, Norway';
    expect(judged('2024-10-01', list).filter((a) => a.verdict === 'supported' && a.kind === 'tenure')).toHaveLength(3);
    expect(confirmed('2024-10-01', '2014-24: Jens Stoltenberg, Norway')).toBe(true);
    // The same list's last row, a tenure running on (held-out 20 ya037); not before it began.
    expect(confirmed('2024-10-01', '2024-: Mark Rutte, Netherlands')).toBe(true);
    expect(confirmed('2024-09-01', '2024-: Mark Rutte, Netherlands')).toBe(false);
    expect(confirmed('2025-10-01', 'In 2014 - Jens Stoltenberg took over.')).toBe(false);
    // A dateline's year before a name is no tenure's start (a release of 29 January 2026, committed fixture y074).
    expect(
      confirmed(
        '2026-01-29',
        "Moscow - 29 January\n2026 \u2013 Igor Kostyukov, Deputy Director of Russia's Foreign Intelligence\nService, stated that negotiations in Abu Dhabi could face complications",
      ),
    ).toBe(false);
    // https://irishtimes.com/world/europe/2024/06/24/mark-ruttes-reputation-as-a-consensus-builder-will-be-tested-as-soon-as-he-takes-charges-of-nato
    // (held-out 38 rw003)
    const dutch =
      'Rutte will be the fourth Dutch leader of Nato, following Dirk Stikker (1961-1964), Joseph Luns (1971-1984) and former foreign minister Jaap de Hoop Scheffer (2004-2009).';
    expect(judged('2024-06-24', dutch).filter((a) => a.verdict === 'supported' && a.kind === 'tenure').length).toBeGreaterThanOrEqual(3);
    for (const text of [table, list, dutch]) expect(red('2024-10-01', text)).toEqual([]);
  });
  it('neither confirms nor flags years that are no tenure’s: a life, a span within a sentence', () => {
    for (const text of ['Jens Stoltenberg 1959-2024', 'He praised Jens Stoltenberg 2014-2024 as chief.', 'Jens Stoltenberg (1959–)']) {
      expect(confirmed('2024-10-02', text)).toBe(false);
      expect(red('2024-10-02', text)).toEqual([]);
    }
    // Life years in a row: no tenure of his began in 1887.
    expect(confirmed('2015-06-01', 'Hastings Ismay 1887-1965')).toBe(false);
  });
});
