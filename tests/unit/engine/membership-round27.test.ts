// Round 27, membership families (development misses read as families, sentences of our own): (1) the newest member told
// as the subject that opens the sentence ("The last country to join NATO was Montenegro in 2017" in 2024, "The most
// recent member of NATO is ..."), and "most recent" read as "newest" is; (2) an accession told with the member's noun
// ("became a member state of NATO"), "both" or "also" before the verb, or "the NATO Alliance", and a bound ("since
// 2022") never read as the accession's time; (3) "part of NATO" as membership ("Sweden is now part of NATO" days before
// it joined); (4) a place in line made by a ratification ("Turkey's vote made Finland NATO's 31st member") told days
// before the accession; (5) NATO's age as "years since its inception", "turned 70", "which turns 75 this year".
import { describe, expect, it } from 'vitest';
import { analyze, redFlags, supportedQuotes } from './helpers';

const membership = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'membership')
    .map((a) => `${a.verdict}: ${a.quote}`);
const figures = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'figure')
    .map((a) => `${a.verdict}: ${a.quote}`);

describe('the newest member as the subject that opens the sentence', () => {
  it('a member that is no longer the newest is outdated', () => {
    expect(membership('The last country to join NATO was Montenegro in 2017.', '2024-02-20')).toContain(
      'outdated: The last country to join NATO was Montenegro',
    );
    expect(membership('The most recent country to join NATO was North Macedonia.', '2024-02-20')).toContain(
      'outdated: The most recent country to join NATO was North Macedonia',
    );
    expect(membership('The newest member of NATO is Montenegro.', '2023-10-02')).toContain(
      'outdated: The newest member of NATO is Montenegro',
    );
    expect(membership('The last member to join the alliance was Montenegro in 2017, NATO says.', '2024-02-20')).toContain(
      'outdated: The last member to join the alliance was Montenegro',
    );
  });
  it('the newest of the day is confirmed', () => {
    expect(supportedQuotes('The most recent member of NATO is Sweden.', '2025-02-20').join(' ')).toContain(
      'The most recent member of NATO is Sweden',
    );
    expect(supportedQuotes("NATO's newest member is Finland.", '2024-02-20').join(' ')).toContain("NATO's newest member is Finland");
    expect(redFlags('The last country to join NATO was Montenegro in 2017.', '2018-02-20')).toEqual([]);
  });
  it('a time told before, another body, another line or a country told later are left alone', () => {
    expect(redFlags('In 2018, the last country to join NATO was Montenegro.', '2024-02-20')).toEqual([]);
    expect(redFlags('Back then, the last country to join NATO was Montenegro.', '2024-02-20')).toEqual([]);
    expect(redFlags('The last country to join the EU was Croatia in 2013.', '2024-02-20')).toEqual([]);
    expect(redFlags('The last country to join NATO before Finland was North Macedonia.', '2024-02-20')).toEqual([]);
    expect(redFlags('The last NATO member to ratify was Hungary.', '2024-03-20')).toEqual([]);
    expect(redFlags('North Macedonia was the last country to join NATO in 2020.', '2024-02-20')).toEqual([]);
    // The passage tells of 2020: the newest then.
    expect(redFlags("NATO's most recent member, North Macedonia, joined in 2020.", '2024-02-20')).toEqual([]);
  });
});

describe('an accession told with the member’s noun, "both" or "the NATO Alliance"', () => {
  it('a wrong year is contradicted', () => {
    expect(membership('Sweden became a member state of NATO in March 2023.', '2024-07-07')).toContain(
      'contradicted: Sweden became a member state of NATO in March 2023',
    );
    expect(membership('Greece and Turkey both joined NATO in 1955.', '2020-10-06').join(' ')).toMatch(/contradicted: Turkey both joined/);
    expect(membership('North Macedonia joined the NATO Alliance in 2019.', '2024-11-19')).toContain(
      'contradicted: North Macedonia joined the NATO Alliance in 2019',
    );
    expect(membership('Spain also joined NATO in 1986, after a referendum.', '2022-02-17').join(' ')).toMatch(/contradicted: Spain also/);
  });
  it('the right year is confirmed', () => {
    expect(supportedQuotes('Sweden became a member state of NATO in March 2024.', '2024-07-07').join(' ')).toContain(
      'Sweden became a member state of NATO in March 2024',
    );
    expect(supportedQuotes('Greece and Turkey both joined NATO in 1952.', '2020-10-06').join(' ')).toContain('joined NATO in 1952');
    expect(supportedQuotes('Poland also joined the NATO alliance in 1999, after the Cold War.', '2024-07-07').join(' ')).toContain(
      'Poland also joined the NATO alliance in 1999',
    );
  });
  it('a bound, another body, a wish or another event is left alone', () => {
    expect(redFlags('Sweden has joined NATO since 2022.', '2024-07-07')).toEqual([]);
    expect(redFlags('Finland and Sweden have both joined NATO since 2022.', '2024-07-07')).toEqual([]);
    expect(redFlags('Finland and Sweden both joined NATO after 2022.', '2024-07-07')).toEqual([]);
    expect(redFlags('Sweden became a member state of the EU in 1995.', '2024-07-07')).toEqual([]);
    expect(redFlags('Sweden hopes to become a member state of NATO in 2023.', '2023-01-07')).toEqual([]);
    expect(redFlags("North Macedonia joined the NATO Alliance's summit in 2018.", '2019-07-07')).toEqual([]);
    expect(redFlags('Hungary also joined the Warsaw Pact in 1955.', '2024-07-07')).toEqual([]);
    expect(redFlags('Finland and Sweden both joined NATO in 2023 and 2024 respectively.', '2024-07-07')).toEqual([]);
  });
});

describe('"part of NATO" as membership', () => {
  it('told days before the accession, or of a member as not one, is flagged', () => {
    expect(membership("Sweden is now part of NATO after Hungary's vote.", '2024-02-26')).toContain(
      'contradicted: Sweden is now part of NATO',
    );
    expect(membership('Finland is not part of NATO.', '2024-05-08')).toContain('outdated: Finland is not part of NATO');
  });
  it('true statements are confirmed', () => {
    expect(supportedQuotes('Sweden is now part of NATO.', '2024-03-08')).toContain('Sweden is now part of NATO');
    expect(supportedQuotes('Ukraine is not yet part of NATO.', '2024-05-08')).toContain('Ukraine is not yet part of NATO');
    expect(supportedQuotes('Sweden is not part of NATO, but it cooperates closely with it.', '2022-05-08')).toContain(
      'Sweden is not part of NATO',
    );
  });
  it('a part of something of NATO’s, or a claim reported, is left alone', () => {
    expect(analyze("Turkey is part of NATO's southern flank.", '2024-05-08').filter((a) => a.kind === 'membership')).toEqual([]);
    expect(analyze('Poland is part of NATO exercises this week.', '2024-05-08').filter((a) => a.kind === 'membership')).toEqual([]);
    expect(redFlags('Finland is not part of NATO, the blogger claimed.', '2024-05-08')).toEqual([]);
    expect(redFlags('If the vote passes, Sweden is part of NATO.', '2024-02-26')).toEqual([]);
  });
});

describe('a place in line made by a ratification, days before the accession', () => {
  it('told as done is contradicted', () => {
    expect(membership("Turkey's vote made Finland NATO's 31st member.", '2023-03-31').join(' ')).toMatch(/contradicted/);
    expect(
      membership("Turkey's parliament ratified Finland's NATO bid, making Finland the 31st member of the alliance.", '2023-03-31').join(
        ' ',
      ),
    ).toMatch(/contradicted/);
    expect(
      membership("Turkey ratified Finland's membership of NATO, making it the 31st member nation of the alliance.", '2023-03-31').join(' '),
    ).toMatch(/contradicted/);
    expect(membership("Hungary's vote made Sweden NATO's 32nd member.", '2024-02-26').join(' ')).toMatch(/contradicted/);
  });
  it('told as to come, conditional, or after the accession is confirmed or left alone', () => {
    for (const [s, d] of [
      ["Turkey's vote is set to make Finland NATO's 31st member.", '2023-03-31'],
      ["Turkey's vote will make Finland NATO's 31st member.", '2023-03-31'],
      ["Turkey ratified Finland's NATO membership, making it the 31st member once it deposits its documents.", '2023-03-31'],
      ["Hungary's vote paves the way for Sweden to become NATO's 32nd member.", '2024-02-26'],
      ["Turkey ratified Finland's bid, a move expected to make Finland NATO's 31st member.", '2023-03-31'],
      ['Finland deposited its instrument of accession on Tuesday, making Finland the 31st member of NATO.', '2023-04-04'],
      ["Montenegro's accession on Monday made it NATO's 29th member.", '2017-06-06'],
    ])
      expect(redFlags(s, d)).toEqual([]);
    expect(supportedQuotes("Montenegro's accession on Monday made it NATO's 29th member.", '2017-06-06').join(' ')).toContain(
      '29th member',
    );
  });
});

describe('NATO’s age in more wordings (confirm only)', () => {
  it('the age of the day is confirmed', () => {
    expect(figures('NATO is marking 75 years since its inception.', '2024-07-07')).toContain('supported: 75 years since its inception');
    expect(figures("The Washington summit marks 75 years since NATO's inception.", '2024-07-07')).toContain(
      "supported: 75 years since NATO's inception",
    );
    expect(figures('NATO turned 70 on Thursday.', '2019-04-04')).toContain('supported: NATO turned 70');
    expect(figures('NATO, which turns 75 this year, faces new challenges.', '2024-04-04')).toContain('supported: NATO, which turns 75');
  });
  it('another age is never a red flag here, and another body’s age is not read', () => {
    expect(redFlags("The summit in Washington marks 70 years since NATO's inception.", '2024-07-07')).toEqual([]);
    expect(redFlags('NATO turned 75 on Thursday.', '2019-04-04')).toEqual([]);
    expect(figures('Stoltenberg, who turned 65 on Thursday, leads NATO.', '2024-03-16')).toEqual([]);
    expect(figures('The EU is marking 70 years since its inception.', '2027-03-25').filter((f) => f.startsWith('supported'))).toEqual([]);
  });
});

describe('the members told as what NATO is made of ("the 30 countries that make up the alliance")', () => {
  it('a count NATO no longer had, or never had, is flagged', () => {
    expect(
      membership("Turkey and Hungary, two of the 30 countries that make up the alliance, delayed NATO's expansion.", '2024-05-15'),
    ).toContain('outdated: the 30 countries that make up the alliance');
    expect(membership('The 31 countries that make up NATO met in Prague.', '2024-05-15')).toContain(
      'outdated: The 31 countries that make up NATO',
    );
    expect(membership('All 30 nations that form the North Atlantic Treaty Organization signed it.', '2023-09-15').join(' ')).toMatch(
      /outdated/,
    );
    expect(membership('There are 33 member countries in the North Atlantic Treaty Organization.', '2026-01-15').join(' ')).toMatch(
      /contradicted/,
    );
  });
  it('the count of the day is confirmed', () => {
    expect(supportedQuotes('The 32 nations that form NATO met in Brussels.', '2024-05-15').join(' ')).toContain('The 32 nations that form');
    expect(supportedQuotes('Of the 32 countries that make up NATO, 23 meet the target.', '2024-05-15').join(' ')).toContain('32 countries');
    expect(
      supportedQuotes('There are 32 member countries in the North Atlantic Treaty Organization (NATO).', '2025-01-15').join(' '),
    ).toContain('32 member countries');
  });
  it('a past verb, a part of NATO, another body or the founders are not read as today’s count', () => {
    expect(redFlags('In 2019, the 29 countries that made up NATO met in London.', '2024-05-15')).toEqual([]);
    expect(redFlags("The 30 countries that make up NATO's eastern flank met.", '2024-05-15')).toEqual([]);
    expect(redFlags('The 27 countries that make up the EU met; NATO officials attended.', '2024-05-15')).toEqual([]);
    expect(redFlags('The 9 countries that make up the Bucharest Nine met, NATO said.', '2024-05-15')).toEqual([]);
    expect(redFlags('The 12 countries that form the alliance signed the treaty in 1949, NATO says.', '2024-05-15')).toEqual([]);
  });
});

describe('allies listed as still to ratify, one of which had ratified weeks before', () => {
  it('is outdated', () => {
    expect(
      membership("Hungary and Turkey are the only NATO members that have not yet ratified Sweden's bid.", '2024-02-10').join(' '),
    ).toMatch(/outdated: Hungary and Turkey are the only NATO members that have not yet ratified/);
    expect(membership("Turkey and Hungary still have not ratified Sweden's NATO accession.", '2024-02-10').join(' ')).toMatch(/outdated/);
  });
  it('true on the day, within two weeks of the vote, told of the past or supposed: not flagged', () => {
    expect(
      supportedQuotes("Hungary and Turkey are the only NATO members that have not yet ratified Sweden's bid.", '2024-01-20').length,
    ).toBe(1);
    expect(redFlags("Hungary and Turkey are the only NATO members that have not yet ratified Sweden's bid.", '2024-01-30')).toEqual([]);
    expect(
      redFlags("Back in 2023, Hungary and Turkey were the only NATO members that had not yet ratified Sweden's bid.", '2024-02-10'),
    ).toEqual([]);
    expect(redFlags("If Hungary and Turkey have not yet ratified Sweden's bid, NATO cannot grow.", '2024-02-10')).toEqual([]);
    expect(
      redFlags(
        "Hungary and Turkey, which delayed Sweden's bid for months, have yet to say more; only Hungary has not yet ratified it.",
        '2024-02-10',
      ),
    ).toEqual([]);
  });
});
