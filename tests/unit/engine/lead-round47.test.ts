// Round 47, the lead's readings after the end score of held-out 46: the one false alarm on labelled text (uz016) and the
// two red flags on unlabelled text (ve020, vf005), each read as a class with the flags it must keep.
import { describe, expect, it } from 'vitest';
import { saidConfirmed, saidRed } from './helpers';

const redOn = (text: string, asOf: string, words: string) => saidRed(text, asOf).filter((s) => s.includes(words));
const confirmedOn = (text: string, asOf: string, words: string) => saidConfirmed(text, asOf).filter((s) => s.includes(words));

describe('a nominee told by who picked him is judged as a nominee (title.ts NOMINEE_PICK_RE)', () => {
  // https://www.politico.eu/article/sefcovic-aims-for-call-with-trumps-trade-boss-ahead-of-eu-minister-debrief/ (12 February
  // 2025; held-out 46 uz016): Lutnick was sworn in as Commerce Secretary on 21 February 2025.
  const politico =
    'Trade Commissioner Maroš Šefčovič spoke with Trump’s pick for Commerce Secretary Howard Lutnick, designated U.S. Trade ' +
    'Representative Jamieson Greer and Kevin Hassett, director of the National Economic Council, his spokesperson Olof Gill confirmed.';

  it('never flags a pick before he takes office, and confirms one who takes it within weeks', () => {
    expect(redOn(politico, '2025-02-12', 'Lutnick')).toEqual([]);
    expect(confirmedOn(politico, '2025-02-12', 'Lutnick')).toHaveLength(1);
    for (const [text, asOf] of [
      ['Senators questioned Trump’s nominee for Defense Secretary Pete Hegseth on Tuesday.', '2025-01-14'],
      ['Biden’s choice for Secretary of State Antony Blinken faced the Senate.', '2021-01-19'],
      ['His pick for the post of Secretary of State Marco Rubio met senators.', '2025-01-15'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });

  it('still flags the title told without the pick', () => {
    expect(redOn('Trade Commissioner Maroš Šefčovič spoke with Commerce Secretary Howard Lutnick.', '2025-02-12', 'Lutnick')).toHaveLength(
      1,
    );
  });
});

describe('"today" inside a speaker\'s words is the speaker\'s day (accession-today.ts)', () => {
  // http://www.en.mndse.ro/articol/40/welcoming-natos-new-member-nation (June 2017; held-out 46 ve020): Stoltenberg's words at
  // the flag-raising of 7 June, quoted on a page dated a few days later.
  it('does not flag a quoted "today" against the page\'s day', () => {
    for (const text of [
      '"Today, Montenegro joins NATO with a seat at the table as an equal, with an equal voice in shaping our Alliance, and its independence guaranteed", said NATO’s Secretary General, Jens Stoltenberg.',
      '“Today, Montenegro joins NATO,” Stoltenberg told the ceremony.',
    ])
      expect(redOn(text, '2017-06-12', 'joins NATO'), text).toEqual([]);
  });

  it('still flags the page telling it as its own day', () => {
    expect(redOn('Montenegro today joins NATO as its 29th member.', '2017-06-12', 'joins NATO')).toHaveLength(1);
    expect(redOn('Finland officially joined NATO today, officials said.', '2023-04-20', 'joined NATO')).toHaveLength(1);
  });
});

describe('the host alone at his own seat identifies none of his meetings (event.ts hostAloneNamed)', () => {
  // https://dailyweekly.news/?p=9662 (an AI-written page of May 2025; held-out 46 vf005): no meeting of Trump's was on 7 March,
  // and the engine read "a summit in Washington" with Trump as his Oval Office meeting with Rutte of 13 March.
  it("does not date the host's meeting by his own seat", () => {
    for (const text of [
      'On March 7, President Trump issued a stern warning during an international summit in Washington D.C., asserting that if NATO member states failed to contribute fair amounts towards their military expenses, the United States would reassess its commitment to protect them.',
      'On March 7, President Trump hosted a meeting at the White House on tariffs.',
    ])
      expect(redOn(text, '2025-05-02', 'March 7'), text).toEqual([]);
  });

  it("still dates a guest's visit, and the host named with his guest", () => {
    expect(redOn('On March 7, Rutte visited the White House to discuss spending.', '2025-03-20', 'March 7')).toHaveLength(1);
    expect(redOn('On March 7, Rutte met Trump in the Oval Office to discuss spending.', '2025-03-20', 'March 7')).toHaveLength(1);
  });
});

describe('the Warsaw Pact named before "which joined this year" is no scheme joined (accession-relative-year.ts)', () => {
  // https://highergroundtimes.com/higher-ground/2024/jul/8/only-add-new-nato-members-that-have-military-capab... (an opinion
  // page of 8 July 2024; held-out 45 us019): red at the enlargement engineer's commit,
  // withheld by the precision mend that reads a pact named nearby as what was joined.
  const page =
    'The North Atlantic Treaty Organization — NATO — began in 1949 with 12 members. In 10 rounds of expansion, many of the ' +
    'former Warsaw Pact nations have joined to benefit from the NATO Treaty’s Article 5, which pledges that each member ' +
    'nation will defend every other.\nIn 10 rounds of expansion, NATO has enlarged itself to 32 members, including Sweden ' +
    'and Norway, which joined this year.';

  it('flags a founder told as joining this year after the Warsaw Pact is named', () => {
    expect(redOn(page, '2024-07-08', 'Norway')).toHaveLength(1);
  });

  it('still reads another pact or scheme named before as what was joined', () => {
    const scheme =
      'The European Sky Shield Initiative is backed by NATO allies. Denmark and Norway, which joined last year, are buying launchers.';
    expect(saidRed(scheme, '2024-07-08')).toEqual([]);
  });
});
