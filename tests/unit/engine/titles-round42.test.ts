// Titles, terms and returns to office, round 42 (the classes behind held-out 40's title misses, each in several wordings,
// with the true look-alikes that must stay unflagged):
// - "new" said of the holder who has just left, in the days of the handover when a stale title alone is not flagged
//   (title.ts, title-new.ts; held-out 40 sw002);
// - a year that dates the figures a holder reports, not the report, no longer makes the title's time (narrated-time.ts
//   datesReportedFigure; held-out 40 te001);
// - a span of years told of "He", in which no one on record held the office named (tenure-span.ts fitsNoHolder), and the
//   profile's "X is a Dutch politician who served as ..." (held-out 40 sw001);
// - a return to office told with a wrong year, the message naming the return, and a possessive surname after an opening
//   preposition ("Following Trump's return ...", doc.ts NOT_FIRST_NAMES; held-out 40 te006);
// - "former U.S." at the end of a paragraph, the title going on in the next (title.ts; held-out 40 te009).
import { describe, expect, it } from 'vitest';
import { kindOn, redQuotes } from './helpers';
import type { Annotation } from '../../../src/engine/types';

const verdicts = (kind: Annotation['kind'], text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);
const quiet = (text: string, asOf: string) => redQuotes(text, asOf);

describe('"new" said of the holder who has just left (title.ts, title-new.ts)', () => {
  it('flags it before the name and in apposition, in the days of the handover', () => {
    // held-out 40 sw002 (https://redcensor.com/natos-new-secretary-general-stoltenberg-makes-first-official-visit-to-ukraine,
    // 3 October 2024): the headline, Rutte in office since 1 October.
    const sw002 =
      'NATO’s New Secretary General Stoltenberg Makes First Official Visit to Ukraine\nOn Thursday, October 3rd, the new NATO Secretary-General Mark Rutte visited Ukraine, marking his first official visit since taking office.';
    expect(verdicts('title', sw002, 'Secretary General Stoltenberg', '2024-10-03')).toEqual(['contradicted']);
    expect(verdicts('title', sw002, 'NATO Secretary-General Mark Rutte', '2024-10-03')).toEqual(['supported']);
    const t1 = 'NATO’s new Secretary General Jens Stoltenberg visits Kyiv on Thursday.';
    expect(verdicts('title', t1, 'Jens Stoltenberg', '2024-10-03')).toEqual(['contradicted']);
    const t2 = 'Britain’s new Prime Minister Rishi Sunak says he will back Ukraine.';
    expect(verdicts('title', t2, 'Rishi Sunak', '2024-07-07')).toEqual(['contradicted']);
    const t3 = 'Germany’s new Chancellor Olaf Scholz says Europe must rearm.';
    expect(verdicts('title', t3, 'Olaf Scholz', '2025-05-08')).toEqual(['contradicted']);
    const t4 = 'Jens Stoltenberg, NATO’s new Secretary General, visits Kyiv on Thursday.';
    expect(verdicts('title', t4, 'Jens Stoltenberg', '2024-10-03')).toEqual(['contradicted']);
    const t5 = 'Rishi Sunak, Britain’s new Prime Minister, says he will back Ukraine.';
    expect(verdicts('title', t5, 'Rishi Sunak', '2024-07-07')).toEqual(['contradicted']);
    const t6 = 'Jens Stoltenberg, NATO’s newly appointed Secretary General, visits Kyiv on Thursday.';
    expect(verdicts('title', t6, 'Jens Stoltenberg', '2024-10-03')).toEqual(['contradicted']);
  });
  it('keeps the new holder, the handover day, a stale title without "new", and past narration quiet', () => {
    expect(
      quiet(
        'NATO Secretary General Stoltenberg Makes First Official Visit to Ukraine\nOn Thursday, October 3rd, the new NATO Secretary-General Mark Rutte visited Ukraine.',
        '2024-10-03',
      ),
    ).toEqual([]);
    const rutte = 'NATO’s new Secretary General Mark Rutte visits Kyiv on Thursday.';
    expect(verdicts('title', rutte, 'Mark Rutte', '2024-10-03')).toEqual(['supported']);
    const merz = 'Germany’s new Chancellor Friedrich Merz says Europe must rearm.';
    expect(verdicts('title', merz, 'Friedrich Merz', '2025-05-08')).toEqual(['supported']);
    const starmer = 'Keir Starmer, Britain’s new Prime Minister, says he will back Ukraine.';
    expect(verdicts('title', starmer, 'Keir Starmer', '2024-07-07')).toEqual(['supported']);
    const rutteNewly = 'Mark Rutte, NATO’s newly appointed Secretary General, visits Kyiv on Thursday.';
    expect(verdicts('title', rutteNewly, 'Mark Rutte', '2024-10-03')).toEqual(['supported']);
    expect(quiet('Keir Starmer, Britain’s newly elected Prime Minister, says he will back Ukraine.', '2024-07-03')).toEqual([]);
    expect(quiet('NATO’s new Secretary General Jens Stoltenberg says allies must do more.', '2024-10-01')).toEqual([]);
    expect(quiet('In 2014, NATO’s new Secretary General Jens Stoltenberg visited Kyiv.', '2024-10-03')).toEqual([]);
    expect(quiet('When he took over, the new Secretary General Jens Stoltenberg promised continuity.', '2024-10-03')).toEqual([]);
    expect(quiet('When Rishi Sunak, Britain’s new Prime Minister, first visited Kyiv, he pledged more aid.', '2024-07-07')).toEqual([]);
    expect(quiet('Jens Stoltenberg, NATO’s new Secretary General, promised continuity when he took over.', '2024-10-15')).toEqual([]);
    expect(quiet('Mark Rutte, NATO’s new Secretary General, will take over in October.', '2024-06-27')).toEqual([]);
    expect(
      quiet(
        'Secretary General Stoltenberg’s Farewell: A Decade At NATO\nJens Stoltenberg led the alliance from 2014 to 2024.',
        '2024-10-03',
      ),
    ).toEqual([]);
    const sunak = 'Britain’s new Prime Minister Rishi Sunak says he will back Ukraine.';
    expect(verdicts('title', sunak, 'Rishi Sunak', '2022-10-26')).toEqual(['supported']);
  });
});

describe('a year that dates the figures reported, not the report (narrated-time.ts)', () => {
  it('judges the title of the reporter as of the page, the year dating only the figures', () => {
    // held-out 40 te001 (tirfaxnews.org, January 2025): Stoltenberg left on 1 October 2024.
    const t1 = 'NATO Secretary-General Jens Stoltenberg said 23 member states hit the 2% GDP target in 2024.';
    expect(verdicts('title', t1, 'Jens Stoltenberg', '2025-01-15')).toEqual(['outdated']);
    const t2 = 'NATO Secretary-General Jens Stoltenberg confirmed that 23 member states were hitting the 2% GDP target in 2024.';
    expect(verdicts('title', t2, 'Jens Stoltenberg', '2025-01-15')).toEqual(['outdated']);
    const t3 = 'NATO Secretary General Jens Stoltenberg says allies spent 2% of GDP on defence in 2024.';
    expect(verdicts('title', t3, 'Jens Stoltenberg', '2025-02-10')).toEqual(['outdated']);
  });
  it('keeps the time of the saying, told before the claim, after the verb or in the sentence before', () => {
    const said = 'NATO Secretary-General Jens Stoltenberg said in June 2024 that 23 member states would hit the 2% GDP target.';
    expect(verdicts('title', said, 'Jens Stoltenberg', '2025-01-15')).toEqual(['supported']);
    const saidYear = 'NATO Secretary-General Jens Stoltenberg said in 2024 that 23 member states would hit the 2% target.';
    expect(verdicts('title', saidYear, 'Jens Stoltenberg', '2025-01-15')).toEqual(['supported']);
    expect(quiet('In 2024, NATO Secretary-General Jens Stoltenberg said 23 member states hit the 2% GDP target.', '2025-01-15')).toEqual(
      [],
    );
    expect(
      quiet(
        'NATO Secretary General Jens Stoltenberg, who announced in 2024 that 23 allies would meet the 2% target, left office in October.',
        '2025-01-15',
      ),
    ).toEqual([]);
    const before =
      'The figures were released in June 2024. NATO Secretary-General Jens Stoltenberg said 23 member states hit the 2% GDP target in 2024.';
    expect(verdicts('title', before, 'Jens Stoltenberg', '2025-01-15')).toEqual(['supported']);
    const rutte = 'NATO Secretary-General Mark Rutte said 23 member states hit the 2% GDP target in 2024.';
    expect(verdicts('title', rutte, 'Mark Rutte', '2025-03-15')).toEqual(['supported']);
    // politico.eu, 17 June 2024: on its own day.
    const politico =
      '"Across Europe and Canada, NATO allies are, this year, increasing defense spending by 18 percent," NATO Secretary-General Jens Stoltenberg said standing next to U.S. President Joe Biden at the White House.';
    expect(quiet(politico, '2024-06-17')).toEqual([]);
  });
});

describe('years of a term told wrong, of "He" and in a profile (tenure-span.ts)', () => {
  it('flags years no one on record held the office in, whoever "He" is', () => {
    // held-out 40 sw001 (heroesofadventure.com, a profile of October 2024): Rutte was prime minister to 2 July 2024.
    const sw001 =
      'Mark Rutte was born on February 14, 1967, in The Hague. He served as Prime Minister of the Netherlands for 14 years, from 2010 to 2023.';
    expect(verdicts('tenure', sw001, 'from 2010 to 2023', '2024-10-01')).toContain('contradicted');
    const was = 'Mark Rutte is a Dutch politician. He was Prime Minister of the Netherlands from 2010 to 2023.';
    expect(verdicts('tenure', was, 'from 2010 to 2023', '2024-10-01')).toContain('contradicted');
    const profile = 'Mark Rutte is a Dutch politician who served as prime minister of the Netherlands from 2010 to 2023.';
    expect(verdicts('tenure', profile, 'from 2010 to 2023', '2024-10-01')).toContain('contradicted');
    const sg = 'Jens Stoltenberg is a Norwegian politician who was NATO Secretary General from 2014 to 2023.';
    expect(verdicts('tenure', sg, 'from 2014 to 2023', '2025-10-01')).toContain('contradicted');
  });
  it('keeps the right years, a rounded length and the caretaker months quiet', () => {
    const right = 'Mark Rutte is a Dutch politician. He served as Prime Minister of the Netherlands from 2010 to 2024.';
    expect(verdicts('tenure', right, 'from 2010 to 2024', '2024-10-01')).toEqual(['supported']);
    expect(quiet('Mark Rutte is a Dutch politician who served as prime minister of the Netherlands for 14 years.', '2024-10-01')).toEqual(
      [],
    );
    expect(quiet('Mark Rutte is a Dutch politician who served as prime minister of the Netherlands for 13 years.', '2024-10-01')).toEqual(
      [],
    );
    expect(quiet('Mark Rutte served as prime minister of the Netherlands until 2024.', '2024-10-01')).toEqual([]);
    expect(quiet('Jens Stoltenberg led NATO for a decade. He served as Prime Minister of Norway from 2005 to 2013.', '2024-10-01')).toEqual(
      [],
    );
    // onenewspage.co.uk (January 2025).
    expect(
      quiet(
        "Mark Rutte is a Dutch politician who serves as the 14th secretary general of NATO since October 2024. He previously served as prime minister of the Netherlands from 2010 to 2024 and leader of the People's Party for Freedom and Democracy (VVD) from 2006 to 2023.",
        '2025-01-23',
      ),
    ).toEqual([]);
    expect(quiet('Mark Rutte is a Dutch politician who has served as prime minister of the Netherlands since 2010.', '2023-05-01')).toEqual(
      [],
    );
    // An acting term run on into the full one counts as one run (Putin, acting from 31 December 1999).
    expect(quiet('Vladimir Putin has ruled Russia for decades. He was President of Russia from 1999 to 2008.', '2024-10-01')).toEqual([]);
    const putin = 'Vladimir Putin has ruled Russia for decades. He was President of Russia from 2000 to 2008.';
    expect(verdicts('tenure', putin, 'from 2000 to 2008', '2024-10-01')).toEqual(['supported']);
  });
  it('flags a run no one of the office had, across an acting term too', () => {
    const putin = 'Vladimir Putin has ruled Russia for decades. He was President of Russia from 2000 to 2007.';
    expect(verdicts('tenure', putin, 'from 2000 to 2007', '2024-10-01')).toEqual(['contradicted']);
  });
});

describe('a return to office told with a wrong year (tenure-events.ts, doc.ts)', () => {
  const named = 'UK defence stocks surged on Wednesday after President Donald Trump said Ukraine could win back all its territory.\n\n';
  it('flags the year, naming the return, after an opening preposition too', () => {
    // held-out 40 te006 (edu24news.com, 24 September 2025).
    const t1 = `${named}Following Trump’s return to the White House in January 2023, he had pressured Kyiv to cede land.`;
    const a = kindOn('tenure', t1, 'January 2023', '2025-09-24');
    expect(a.map((x) => x.verdict)).toEqual(['contradicted']);
    expect(a[0].message).toContain('returned to office as President of the United States on January 20, 2025');
    const t2 = `${named}Since Trump’s return to the White House in January 2023, talks have stalled.`;
    expect(verdicts('tenure', t2, 'January 2023', '2025-09-24')).toEqual(['contradicted']);
    const t3 = `${named}Trump, who returned to the White House in January 2024, said talks stalled.`;
    expect(verdicts('tenure', t3, 'January 2024', '2025-09-24')).toEqual(['contradicted']);
  });
  it('confirms the right year and keeps other possessives after a preposition quiet', () => {
    const right = `${named}Following Trump’s return to the White House in January 2025, he pressured Kyiv.`;
    expect(verdicts('tenure', right, 'January 2025', '2025-09-24')).toContain('supported');
    expect(quiet(`${named}During Trump’s first term, he pressured Kyiv.`, '2025-09-24')).toEqual([]);
    expect(quiet(`${named}Since his return to the White House in January 2025, talks have stalled.`, '2025-09-24')).toEqual([]);
    expect(quiet(`${named}Despite Putin’s threats, allies kept sending aid.`, '2025-09-24')).toEqual([]);
  });
});

describe('"former U.S." at a paragraph\'s end, the title going on in the next (title.ts)', () => {
  it('reads the broken title as one', () => {
    // held-out 40 te009 (https://capitalcitydaily.com/2026/01/22/trump-questions-nato-loyalty-rutte-cites-afghan-casualties-in-defense).
    const te009 =
      'At the World Economic Forum in Davos, Switzerland, former U.S.\n\nPresident Donald Trump reignited a contentious debate about NATO’s reliability.';
    expect(verdicts('title', te009, 'Donald Trump', '2026-01-22')).toEqual(['contradicted']);
  });
  it('confirms it when right, and keeps a country ending a paragraph with no "former" apart', () => {
    const then = 'At a rally in Ohio, former U.S.\n\nPresident Donald Trump said allies must pay.';
    expect(verdicts('title', then, 'Donald Trump', '2023-01-22')).toEqual(['supported']);
    const biden = 'At the World Economic Forum in Davos, former U.S.\n\nPresident Joe Biden was not present.';
    expect(verdicts('title', biden, 'Joe Biden', '2026-01-22')).toEqual(['supported']);
    expect(quiet('Talks on Ukraine and the U.S.\n\nPresident Donald Trump said on Tuesday.', '2026-01-22')).toEqual([]);
  });
});
