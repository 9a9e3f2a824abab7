// Round 30, the lead's families from last round's blind set read as development data (sentences of our own):
// (1) a summit told by its year and a city it was not held in ("the 2014 Glasgow NATO summit"): cities of members and
// of the war are places now (places.json), so a city told is weighed against the record, not taken for no place at all,
// which confirmed the summit by its year alone; (2) a country's place in line told after a clause of "which" between
// ("Finland, which shares a land border with Russia, will become the 32nd member"); (3) the deadline of the alliance's
// 2% target told with the target named right before the figure ("the NATO target of allocating 2% ... by 2025"), also
// once the target was superseded; (4) a member told as one in a clause of "which" or an apposition of "both"/"all"
// after a list ("Sweden, Norway and Denmark, which are already members of the alliance", April 2023).
import { describe, expect, it } from 'vitest';
import { analyze, saidConfirmed, saidRed } from './helpers';

describe('a summit told by its year and a city it was not held in', () => {
  it('is flagged, however the city is placed', () => {
    expect(saidRed('Allies agreed at the 2014 Glasgow NATO summit to spend 2% of GDP on defence.', '2024-02-15')).toEqual([
      'contradicted: 2014 Glasgow NATO summit',
    ]);
    expect(saidRed('At the NATO summit in Edinburgh in 2014, the allies made a pledge on spending.', '2020-02-15')).toEqual([
      'contradicted: NATO summit in Edinburgh in 2014',
    ]);
    expect(saidRed('The 2018 Munich NATO summit was overshadowed by rows over spending.', '2019-02-15')).toEqual([
      'contradicted: 2018 Munich NATO summit',
    ]);
  });
  it('is never confirmed by its year alone when a city is told', () => {
    expect(saidConfirmed('At the NATO summit in Glasgow in 2014, allies agreed on a pledge.', '2024-02-15').join()).not.toMatch(/Glasgow/);
  });
  it('leaves alone the right city, other clubs and a city that is not where the summit was told to be', () => {
    for (const [text, asOf] of [
      ['At the 2014 Wales summit in Newport, allies agreed to spend 2% of GDP.', '2024-02-15'],
      ['The 2014 Glasgow Commonwealth Games summit drew leaders from across the Commonwealth.', '2016-02-15'],
      ['After the 2023 NATO summit, Zelensky travelled to Kaunas for talks.', '2023-07-20'],
      ['Leaders met in Munich in February 2025 before the NATO summit in The Hague.', '2025-03-01'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

describe('a place in line told after a clause of "which"', () => {
  it('is judged as the country’s', () => {
    expect(saidRed('Finland, which shares a long border with Russia, will now become the 32nd member of NATO.', '2023-04-03')).toEqual([
      'contradicted: Finland, which shares a long border with Russia, will now become the 32nd member',
    ]);
    expect(saidRed('Sweden, which applied in May 2022, finally became the 31st member of NATO.', '2024-03-10')).toHaveLength(1);
    expect(saidConfirmed('Finland, which had long stayed neutral, became the 31st member of NATO.', '2023-04-10')).toHaveLength(1);
  });
  it('does not take a country of the clause for the subject, nor flag a place told right', () => {
    for (const [text, asOf] of [
      ['Finland, which welcomed Sweden’s bid, says Sweden will become the 32nd member of NATO.', '2023-06-01'],
      ['Sweden, which waited for Hungary, became the 31st member of NATO at last.', '2024-03-10'],
      ['Finland, which shares a long border with Russia, became the 31st member of NATO.', '2023-04-10'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

describe('the deadline of the alliance’s 2% target, named right before the figure', () => {
  it('is flagged when it is not 2024, before and after the target was superseded', () => {
    expect(saidRed('Nations work towards the NATO target of allocating 2% of their GDP to defence by 2025.', '2019-03-05')).toEqual([
      'contradicted: 2% of their GDP to defence by 2025',
    ]);
    expect(saidRed('Allies still chase the NATO goal of spending 2% of GDP on defence by 2026.', '2023-03-05')).toHaveLength(1);
    expect(
      saidRed(
        'They work towards the NATO target of allocating 2% of their GDP to defense by 2025 and a proposed 5% by 2035.',
        '2025-07-05',
      ),
    ).toEqual(['contradicted: 2% of their GDP to defense by 2025']);
  });
  it('leaves alone the right year, one ally’s own plan and a count measured against the target', () => {
    for (const [text, asOf] of [
      ['Nations work towards the NATO target of allocating 2% of their GDP to defence by 2024.', '2019-03-05'],
      ['Germany pledged to meet the NATO target of 2% of GDP by 2031.', '2019-03-05'],
      ['Spain vowed to reach the NATO target of 2% by 2029.', '2025-09-05'],
      ['Only 23 allies met the NATO target of 2% by 2025.', '2025-09-05'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

describe('members told in a clause of "which" or an apposition after a list', () => {
  it('flags a country told a member before it joined', () => {
    expect(
      saidRed(
        'Finland’s NATO bid was backed by its neighbours Sweden, Norway and Denmark, which are already members of the alliance.',
        '2023-04-04',
      ),
    ).toEqual(['contradicted: Sweden, Norway and Denmark, which are already members of the alliance']);
    expect(saidRed('NATO welcomed Finland. Norway and Sweden, both already members of NATO, cheered.', '2023-05-04')).toHaveLength(1);
    expect(saidRed('NATO grew again. Estonia and Sweden, which are NATO members, sent troops.', '2022-12-01')).toHaveLength(1);
  });
  it('confirms members and non-members told right, and leaves other clubs alone', () => {
    // Round 45: "NATO welcomed Finland" on the day it joined is confirmed too (membership-status.ts, members-round45).
    expect(saidConfirmed('NATO welcomed Finland. Norway and Denmark, both NATO members, backed the bid.', '2023-04-04')).toEqual([
      'supported: NATO welcomed Finland',
      'supported: Norway and Denmark, both NATO members',
    ]);
    expect(saidConfirmed('NATO welcomed Finland. Sweden, which is not yet a NATO member, watched.', '2023-04-04')).toEqual([
      'supported: NATO welcomed Finland',
      'supported: Sweden, which is not yet a NATO member',
    ]);
    for (const [text, asOf] of [
      ['NATO and the EU met. Sweden and Finland, which are members of the EU, watched.', '2022-04-04'],
      ['NATO grew. Norway and Sweden, which are already members of the Nordic Council, watched.', '2023-04-04'],
      ['NATO grew. Norway and Sweden, which are already members of the alliance, sent troops.', '2025-04-04'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

// (5) Held-out 28 kh008: "NATO's (North Atlantic Treaty Organization) 12 founding members are" ten countries.
describe('twelve founders said, and a list told as all of them that names fewer', () => {
  it('is flagged, with the founders it leaves out', () => {
    const [flag] = analyze(
      'NATO’s (North Atlantic Treaty Organization) 12 founding members are Belgium, Canada, Denmark, France, Iceland, Italy, Norway, Portugal, the UK, and the US.',
      '2022-04-24',
    ).filter((a) => a.verdict === 'contradicted');
    expect(flag?.message).toMatch(
      /names 10 of NATO's 12 founding members.*leaves out (?:Luxembourg and Netherlands|Netherlands and Luxembourg)/,
    );
    expect(
      saidRed('NATO’s twelve founding members were: Belgium, Canada, Denmark, France, Italy, Norway and the United States.', '2020-01-01'),
    ).toHaveLength(1);
  });
  it('leaves alone a full list and a list of some ("included", "among others")', () => {
    for (const text of [
      'NATO’s 12 founding members are Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the UK, and the US.',
      'NATO’s 12 founding members included Belgium, Canada, Denmark, France, Italy, Norway and the United States.',
      'NATO’s 12 founding members were Belgium, Canada, Denmark, France, Italy, Norway and the United States, among others.',
      // (Not "NATO’s founding members were Belgium, ... and the United States.", a closed list of seven: round 48's
      // founders-short-list.ts flags a list of founders told as all of them and leaving some out, held-out 46 ve022.)
    ])
      expect(saidRed(text, '2022-04-24'), text).toEqual([]);
  });
});

// (6) NATO's count with a phrase set off by commas between ("NATO, a military alliance founded in 1949, has 32 members"),
// and (7) the founders counted as the first members ("Originally comprising 12 members, NATO ...", "Initially, 12
// countries joined NATO"), held-out 28 kg004's forms.
describe('NATO’s count with an apposition before the verb, and its first members counted', () => {
  it('confirms the right counts', () => {
    for (const [text, asOf] of [
      ['NATO, the Western military alliance, now has 32 members.', '2024-05-01'],
      ['NATO, a group of democracies, has 30 members.', '2021-05-01'],
      ['Originally comprising 12 members, NATO has grown to 32.', '2024-05-01'],
      ['Initially, twelve countries joined NATO.', '2019-05-01'],
    ] as const)
      expect(saidConfirmed(text, asOf).length, text).toBeGreaterThan(0);
  });
  it('flags a wrong count of the first members', () => {
    expect(saidRed('Originally comprising 10 members, NATO has grown to 32.', '2024-05-01')).toEqual([
      'contradicted: Originally comprising 10 members',
    ]);
    expect(saidRed('Initially, 14 countries joined NATO.', '2024-05-01')).toHaveLength(1);
  });
  it('leaves other bodies, a count told with the founding year and "the alliance" alone', () => {
    for (const [text, asOf] of [
      ['Originally comprising six members, the EU has grown to 27, while NATO has 32.', '2024-05-01'],
      ['NATO was founded in 1949. Initially, 14 countries joined the coalition.', '2024-05-01'],
      ['NATO, a military alliance founded in 1949, has 31 members.', '2024-05-01'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

// (8) A milestone of the war told by its month or year (war-milestones.ts read only a day): "Ukrainian forces liberated
// Kherson in November 2023" (it was 11 November 2022), "Wagner's mutiny in 2022" (June 2023).
describe('a dated milestone of the war told by its month or year', () => {
  it('is flagged when the month or year misses it', () => {
    expect(saidRed('Ukrainian forces liberated Kherson in November 2023.', '2025-06-01')).toEqual([
      'contradicted: liberated Kherson in November 2023',
    ]);
    expect(saidRed('In 2023, Ukraine recaptured Kherson.', '2025-06-01')).toHaveLength(1);
    expect(saidRed('The Kakhovka dam was destroyed in June 2024.', '2025-06-01')).toHaveLength(1);
  });
  it('is confirmed when it holds it', () => {
    expect(saidConfirmed('In November 2022 Ukrainian troops entered Kherson.', '2025-06-01')).toHaveLength(1);
    expect(saidConfirmed('Prigozhin’s mutiny began in June 2023.', '2025-06-01')).toHaveLength(1);
  });
  it('leaves alone two times told, another episode and a time after the page', () => {
    for (const [text, asOf] of [
      ['Ukraine retook Kherson in 2022 and pushed on in 2023.', '2025-06-01'],
      ['Russian shelling of Kherson continued in 2023 after Ukraine liberated the city.', '2025-06-01'],
      ['Kherson region was partly liberated in 2023, officials said.', '2025-06-01'],
      ['Ukrainian forces liberated Kherson in November 2022.', '2022-06-01'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

// (9) Held-out 28 kj007: a designation told with a weekday alone, on a page of its week ("announced new sanctions on ...
// Monday, targeting oil giants Rosneft and Lukoil" on 23 October 2025; OFAC listed them on Wednesday the 22nd).
describe('a designation told with a weekday alone, in its week', () => {
  it('is flagged two days or more off the day on record', () => {
    expect(
      saidRed(
        'The United States announced sweeping new sanctions on Russia’s top energy companies Monday, targeting Rosneft and Lukoil.',
        '2025-10-23',
      ),
    ).toEqual(['contradicted: Monday']);
    expect(saidRed('On Saturday the United States imposed sanctions on Rosneft and Lukoil.', '2025-10-27')).toHaveLength(1);
  });
  it('leaves alone the right day, a day off by one, and a page of another week', () => {
    for (const [text, asOf] of [
      ['The United States announced new sanctions on Rosneft and Lukoil Wednesday.', '2025-10-23'],
      ['The United States announced new sanctions on Rosneft and Lukoil on Tuesday.', '2025-10-23'],
      ['The United States announced new sanctions on Rosneft and Lukoil on Monday.', '2025-10-30'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

// (10) Held-out 28 kc027: a title on a page dated within days of the handover, with a day of the term told as the act's
// ("Dutch Defence Minister Kajsa Ollongren announced on 21 June ..." on 3 July 2024, the day after she left): confirmed.
describe('a title days after the handover, with a day of the term told', () => {
  it('is confirmed as of that day', () => {
    expect(
      saidConfirmed(
        'Dutch Defence Minister Kajsa Ollongren announced on 21 June that the Netherlands would send a Patriot system.',
        '2024-07-03',
      ),
    ).toEqual(['supported: Dutch Defence Minister Kajsa Ollongren']);
  });
  it('stays unconfirmed and unflagged with a day after the term, a weekday alone or no day', () => {
    for (const text of [
      'Dutch Defence Minister Kajsa Ollongren announced on 3 July that the Netherlands would send a Patriot system.',
      'Dutch Defence Minister Kajsa Ollongren announced on Monday that the Netherlands would send a Patriot system.',
      'Dutch Defence Minister Kajsa Ollongren said the Netherlands would send a Patriot system.',
    ]) {
      expect(saidConfirmed(text, '2024-07-03').join(), text).not.toMatch(/Ollongren/);
      expect(saidRed(text, '2024-07-03'), text).toEqual([]);
    }
  });
});
