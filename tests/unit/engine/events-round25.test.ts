// Round 25: meetings, summits, calls and negotiations (held-out 23 as development data).
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, redQuotes } from './helpers';

describe('a call told as "spoke by telephone" is a call, its day judged', () => {
  it('flags a written-out day the day before the call on record', () => {
    expect(eventVerdictsOn('Trump and Putin spoke by phone on March 17.', 'on March 17', '2025-03-20')).toEqual(['contradicted']);
  });

  it('leaves alone the day after a call on record: it may be that day where the page was written', () => {
    // Held-out 23 rb015 (the Biden–Putin call of 30 December 2021 began at 20:35 UTC, the 31st from UTC+4 eastwards);
    // precision, round 25.
    const text = 'US President Joe Biden and Russian President Vladimir Putin spoke by telephone on 31 December.';
    expect(redQuotes(text, '2021-12-31')).toEqual([]);
    expect(redQuotes('Biden and Putin held a phone call on December 31, the Kremlin said.', '2022-01-02')).toEqual([]);
    // Two days after is no time zone's day.
    expect(eventVerdictsOn('Biden and Putin held a phone call on January 1.', 'on January 1', '2022-01-03')).toEqual(['contradicted']);
  });

  it('confirms the right day, and leaves alone days of saying and loose "spoke to"', () => {
    const text = 'Biden and Putin spoke by telephone on Thursday, December 30.';
    expect(eventVerdictsOn(text, 'spoke by telephone', '2022-01-03')).toEqual(['supported']);
    expect(redQuotes('Biden, speaking to reporters on 31 December, said he spoke by telephone with Putin.', '2021-12-31')).toEqual([]);
    expect(redQuotes('Biden said on Sunday, February 13, that he spoke by phone with Putin.', '2022-02-14')).toEqual([]);
    expect(redQuotes('Trump spoke to Putin on March 17.', '2025-03-20')).toEqual([]);
  });
});

describe('"the first between a US and Russian leader since YEAR"', () => {
  // held-out 23 rb008 (16 August 2025, of the Alaska summit; the one before was Geneva, June 2021).
  const lead =
    'The highly anticipated talks between US President Donald Trump and his Russian counterpart Vladimir Putin in Anchorage, Alaska, ended without a deal. ';
  it('flags a year before the last summit on record, confirms the right one', () => {
    const wrong = `${lead}The Russian leader did not give any details on what was agreed to during the summit, the first between a US and Russian leader since 2001.`;
    expect(eventVerdictsOn(wrong, 'the first between a US and Russian leader since 2001', '2025-08-16')).toContain('contradicted');
    const right = wrong.replace('since 2001', 'since 2021');
    expect(eventVerdictsOn(right, 'the first between a US and Russian leader since 2021', '2025-08-16')).toEqual(['supported']);
  });
  it('reads a summit told by its year and place (held-out 17 va059, 12 August 2025)', () => {
    const va059 =
      'Trump and Putin will meet in Alaska on Friday. The gathering will be the first standalone meeting between a U.S. and Russian leader since the 2018 Helsinki summit and comes as Trump looks to end the conflict.';
    expect(eventVerdictsOn(va059, 'first standalone meeting between a U.S. and Russian leader', '2025-08-12')).toEqual(['contradicted']);
    const osaka =
      'Trump and Putin will meet in Alaska on Friday. The gathering will be the first meeting between a U.S. and Russian leader since the 2019 G20 meeting in Osaka.';
    expect(redQuotes(osaka, '2025-08-12')).toEqual([]);
  });
  it('leaves a later year and a page far from any summit alone', () => {
    const later = `${lead}It was the first summit between the US and Russian presidents since 2023.`;
    expect(redQuotes(later, '2025-08-16')).toEqual([]);
    expect(redQuotes('It would be the first meeting between a US and Russian leader since 2001.', '2024-03-01')).toEqual([]);
  });
});

describe('Russian and Ukrainian delegations’ "first direct talks since ..."', () => {
  // held-out 23 rb006 and rb007 (16 May 2025; the delegations had met in Belarus and Istanbul in February–March 2022).
  it('flags "since the onset of the war" when talks on record came after the invasion', () => {
    const rb006 =
      'After three years of intense conflict, Russian and Ukrainian negotiators engaged in a significant round of peace talks in Istanbul, marking their first direct negotiations since the onset of the war.';
    expect(eventVerdictsOn(rb006, 'first direct negotiations since the onset of the war', '2025-05-16')).toEqual(['contradicted']);
    const sides =
      'The delegations of Russia and Ukraine met in Istanbul. It was the first direct talks between the two sides since the start of the war, a Turkish official said.';
    expect(eventVerdictsOn(sides, 'first direct talks between the two sides since the start of the war', '2025-05-17')).toEqual([
      'contradicted',
    ]);
  });
  it('confirms the year of the last talks before, flags a year before them', () => {
    const rb007 =
      'ISTANBUL — Russian and Ukrainian officials convened in Istanbul on Thursday for the first direct negotiations since peace talks collapsed in 2022.';
    expect(eventVerdictsOn(rb007, 'since peace talks collapsed in 2022', '2025-05-16')).toEqual(['supported']);
    const y2019 = 'Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2019.';
    expect(eventVerdictsOn(y2019, 'since 2019', '2025-05-17')).toEqual(['contradicted']);
    const second = 'Russian and Ukrainian delegations met in Istanbul on Monday for their first direct talks since 2022.';
    expect(eventVerdictsOn(second, 'since 2022', '2025-06-03')).toEqual(['contradicted']);
  });
  it('confirms a plan told against the record, never flags one (held-out 21 zb002, 16 May 2025)', () => {
    const zb002 =
      "These will be the first direct talks between Kyiv and Moscow since those shortly after the Kremlin's full-scale invasion in 2022.";
    expect(eventVerdictsOn(zb002, 'invasion in 2022', '2025-05-16')).toEqual(['supported']);
    expect(redQuotes('These will be the first direct talks between Kyiv and Moscow since 2019.', '2025-05-16')).toEqual([]);
  });
  it('leaves the true first talks, the leaders, a qualifier and a plan alone', () => {
    const first = 'Russian and Ukrainian delegations met in Belarus on Monday for their first direct talks since the start of the war.';
    expect(redQuotes(first, '2022-03-01')).toEqual([]);
    const leaders = 'Putin and Zelensky, who lead Russia and Ukraine, have held no direct talks since the start of the war.';
    expect(redQuotes(leaders, '2025-05-17')).toEqual([]);
    const outside =
      'Russian and Ukrainian negotiators met in Istanbul on Tuesday, their first direct talks since the start of the war held outside Belarus.';
    expect(redQuotes(outside, '2022-03-30')).toEqual([]);
    const plan = 'Russian and Ukrainian delegations are expected to hold their first direct talks since the start of the war.';
    expect(redQuotes(plan, '2025-05-15')).toEqual([]);
    const us = 'Russian and US officials met in Riyadh, their first direct talks since the start of the war in Ukraine.';
    expect(redQuotes(us, '2025-02-19')).toEqual([]);
  });
});

describe('"their last meeting, in PLACE in YEAR," in a headline', () => {
  // held-out 23 rb003 (The Times, 14 July 2020; Trump and Putin last met in Osaka on 28 June 2019).
  const body = '\n\nPresident Trump wants to meet President Putin before the US election despite warnings.';
  it('flags a meeting the two had after it, by the two the next paragraph names', () => {
    const rb003 = `The two leaders’ last meeting, in Helsinki in 2018, ended in controversy${body}`;
    expect(eventVerdictsOn(rb003, 'last meeting, in Helsinki in 2018', '2020-07-14')).toEqual(['contradicted']);
  });
  it('confirms the true last meeting; leaves three people or a summit word alone', () => {
    const right = `The two leaders’ last meeting, in Osaka in 2019, ended in controversy${body}`;
    expect(eventVerdictsOn(right, 'last meeting, in Osaka in 2019', '2020-07-14')).toEqual(['supported']);
    const three =
      'The two leaders’ last meeting, in Helsinki in 2018, ended in controversy\n\nPresident Trump wants to meet President Putin and Chancellor Angela Merkel.';
    expect(redQuotes(three, '2020-07-14')).toEqual([]);
    expect(redQuotes(`The two leaders’ last summit, in Helsinki in 2018, ended in controversy${body}`, '2020-07-14')).toEqual([]);
  });
});

describe('another club’s summit at a place is not the summit held there', () => {
  // held-out 23 rb004 (28 June 2019): the Helsinki meeting of 2018 was a bilateral summit; the G20 met in Buenos Aires.
  it('does not confirm "the Helsinki G20 Summit" by the Trump–Putin summit', () => {
    const rb004 = "The situation is reminiscent of last year's controversial Helsinki, Finland G20 Summit.";
    expect(eventVerdictsOn(rb004, 'Helsinki, Finland G20 Summit', '2019-06-28')).toEqual([]);
  });
  it('still confirms the bilateral summit and a G7 summit by their names', () => {
    expect(eventVerdictsOn('The 2018 Helsinki summit was controversial.', '2018 Helsinki summit', '2019-07-01')).toEqual(['supported']);
    const g7 = 'Leaders met at the Cornwall G7 summit on June 12, 2021.';
    expect(eventVerdictsOn(g7, 'Cornwall G7 summit', '2021-06-20')).toEqual(['supported']);
  });
});

describe('"the first contact in months" after a meeting the page reports', () => {
  // held-out 22 pb003 (26 April 2025): Witkoff had met Putin in St. Petersburg on 11 April, two weeks before the Kremlin.
  it('flags a meeting of two of its people on record weeks before', () => {
    const text =
      'Steve Witkoff met Russian President Vladimir Putin in Moscow on Friday.\nThe meeting marked the first high-level contact in months amid ongoing conflict.';
    expect(eventVerdictsOn(text, 'first high-level contact in months', '2025-04-26')).toEqual(['contradicted']);
  });
  it('leaves a meeting with none on record in the weeks before, and a denial, alone', () => {
    // Round 31: the Kremlin meeting of 13 March 2025 is on record now, four weeks before St. Petersburg (11 April), which
    // this test first used; the Kremlin meeting of 6 August came more than three months after the one of 25 April.
    const first =
      'Steve Witkoff met Russian President Vladimir Putin in Moscow on Wednesday.\nThe meeting marked the first high-level contact in months.';
    expect(redQuotes(first, '2025-08-07')).toEqual([]);
    const not =
      'Steve Witkoff met Russian President Vladimir Putin in Moscow on Friday.\nThe meeting was not the first high-level contact in months.';
    expect(redQuotes(not, '2025-04-26')).toEqual([]);
  });
});
