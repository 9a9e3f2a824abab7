// Round 28, membership history (development misses read as families, sentences of our own): (1) accessions told with the
// accession as a noun or NATO admitting, and the rounds listed after such a head ("the accessions of Greece and Turkey in
// 1951, West Germany in 1954 and Spain in 1981"); a record disputed over the day only still refutes a year off; (2)
// accessions told within a span of years ("In the years 2004-2009 ... Poland ... joined NATO"); (3) an accession told as
// "today" on a later day ("Sweden today officially becomes the 32nd member" on the day of its flag raising); (4) a date at
// the head with a bare verb ("In 1981, Spain became a member, followed by ..."), "the country's accession" of the one member
// named just before; (5) "the two Nordic countries" as Finland and Sweden on their way in; (6) the time since the last
// accession ("It has been a decade since the last state joined", "the first new member in five years"); (7) an ally's
// ratification told with another date ("Turkey ratified Sweden's NATO membership in January 2023").
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const membership = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'membership')
    .map((a) => `${a.verdict}: ${a.quote}`);
const flags = (text: string, asOf: string) => membership(text, asOf).filter((s) => !s.startsWith('supported') && !s.startsWith('context'));

describe('accessions told with the accession as a noun, and the rounds listed after a head', () => {
  it('a wrong year of a round is contradicted, each round by its own record', () => {
    const text =
      'NATO has widened several times since 1949, through the accessions of Greece and Turkey in 1951, West Germany in 1954, Spain in 1982 and the Czech Republic, Hungary and Poland in 1997.';
    const got = membership(text, '2009-04-01');
    expect(got).toContain('contradicted: Greece and Turkey in 1951');
    expect(got).toContain('contradicted: Germany in 1954');
    expect(got).toContain('supported: Spain in 1982');
    expect(got).toContain('contradicted: Czech Republic, Hungary and Poland in 1997');
  });
  it('NATO admitting, the accession of one country, a round after a verb', () => {
    expect(
      flags('In its first enlargement after the Cold War, NATO admitted Poland, Hungary and the Czech Republic in 1997.', '2010-05-01'),
    ).toEqual(['contradicted: Poland, Hungary and the Czech Republic in 1997']);
    expect(flags("The accession of Spain to NATO in 1981 split the country's Socialists.", '2012-05-01')).toEqual([
      'contradicted: Spain to NATO in 1981',
    ]);
    expect(flags("Finland's accession to NATO in 2022 doubled the alliance's land border with Russia.", '2025-01-10')).toEqual([
      "contradicted: Finland's accession to NATO in 2022",
    ]);
    expect(flags('Sweden’s accession to NATO, completed in Brussels on July 15, 2025, ended its long neutrality.', '2025-08-01')).toEqual([
      'contradicted: Sweden’s accession to NATO, completed in Brussels on July 15, 2025',
    ]);
    expect(flags('Greece and Turkey joined NATO in 1952, West Germany in 1954 and Spain in 1982.', '2015-01-01')).toEqual([
      'contradicted: Germany in 1954',
    ]);
    expect(flags('West Germany joined NATO in 1954.', '2015-01-01')).toEqual(['contradicted: Germany joined NATO in 1954']);
  });
  it('the right years are confirmed', () => {
    const got = membership(
      'NATO grew with the accessions of Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982.',
      '2009-04-01',
    );
    expect(got).toContain('supported: Greece and Turkey in 1952');
    expect(got).toContain('supported: Germany in 1955');
    expect(got).toContain('supported: Spain in 1982');
    expect(membership("Sweden's NATO accession was completed on March 7, 2024.", '2025-01-10')).toContain(
      "supported: Sweden's NATO accession was completed on March 7, 2024",
    );
  });
  it('true look-alikes are not flagged', () => {
    for (const [text, asOf] of [
      // another club
      ['The EU welcomed the accession of Poland in 2004.', '2009-04-01'],
      ['NATO and the EU both grew: the accession of Poland in 2004 brought 38 million people into the European Union.', '2009-04-01'],
      ['After the accession of Poland to the EU in 2004, Warsaw turned to NATO issues.', '2009-04-01'],
      // another step's date, an act on the accession by others
      ['NATO invited Poland, Hungary and the Czech Republic in 1997.', '2009-04-01'],
      ["Turkey delayed Finland's accession to NATO in 2022.", '2024-01-10'],
      ['The accession protocols of Greece and Turkey in 1951 paved the way; both joined NATO months later.', '2009-04-01'],
      // an anniversary, a time to come, a supposition
      ['Warsaw marked the 20th anniversary of the accession of Poland to NATO in 2019.', '2019-03-12'],
      ['NATO hoped to complete the accession of Finland and Sweden in 2022.', '2022-05-20'],
      ["Sweden's accession to NATO in 2023 would have been possible without Turkey's veto.", '2024-05-01'],
      // East Germany is not the Germany that joined in 1955
      ['The accession of East Germany in 1990 came with reunification, NATO says.', '2020-01-01'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});

describe('accessions told within a span of years', () => {
  it('a member that joined outside the span is contradicted', () => {
    expect(
      flags(
        'In the years 2004-2009 several former Eastern bloc states – Poland, Hungary, Czechia and the Baltic states – joined NATO.',
        '2019-03-01',
      ),
    ).toHaveLength(1);
    expect(
      flags('Between 2004 and 2009, Poland, Hungary and the Baltic states joined the alliance, NATO says.', '2019-03-01'),
    ).toHaveLength(1);
    expect(flags('Poland and Hungary joined NATO between 2004 and 2009.', '2019-03-01')).toEqual([
      'contradicted: Poland and Hungary joined NATO between 2004 and 2009',
    ]);
  });
  it('every member within the span is confirmed', () => {
    expect(membership('Between 1999 and 2004, Poland, Hungary and the Baltic states joined NATO.', '2019-03-01').join(' ')).toContain(
      'supported: 1999 and 2004, Poland, Hungary and the Baltic states joined NATO',
    );
  });
  it('bounds, other steps and other clubs are not flagged', () => {
    for (const text of [
      'Poland and Hungary joined NATO by 1999, and the Baltic states between 2004 and 2009.',
      'Poland and Hungary were invited to join NATO between 1995 and 1997.',
      'Between 2004 and 2009, Poland and Hungary joined the European Union and NATO.',
      'Poland and Hungary joined the EU between 2004 and 2009, having joined NATO earlier.',
      'If Poland and Hungary had joined NATO between 2004 and 2009, the map would look different.',
    ])
      expect(flags(text, '2019-03-01'), text).toEqual([]);
  });
});

describe('an accession told as today on a later day', () => {
  it('three days or more after the accession is contradicted', () => {
    expect(flags('Sweden today officially becomes the 32nd member of NATO.', '2024-03-11')).toEqual([
      'contradicted: Sweden today officially becomes the 32nd member',
    ]);
    expect(flags("Sweden officially became NATO's 32nd member today.", '2024-03-11')).toEqual([
      "contradicted: Sweden officially became NATO's 32nd member",
    ]);
    expect(flags('Finland officially joined NATO today, the alliance said.', '2023-04-20')).toEqual([
      'contradicted: Finland officially joined NATO',
    ]);
    expect(flags('Today, Sweden officially joined NATO.', '2024-03-11')).toEqual(['contradicted: Sweden officially joined NATO']);
  });
  it('the day itself, the day after, a state and another act today are not flagged', () => {
    for (const [text, asOf] of [
      ['Sweden today officially becomes the 32nd member of NATO.', '2024-03-07'],
      ['Sweden today officially became the 32nd member of NATO.', '2024-03-08'],
      ["Sweden is today NATO's 32nd member.", '2024-03-11'],
      ["Sweden, which became NATO's 32nd member on Thursday, raised its flag in Brussels today.", '2024-03-11'],
      ['A year ago today, Finland joined NATO.', '2024-04-04'],
      ['Finland joined NATO two weeks ago; today it hosted its first drills as a member.', '2023-04-20'],
      ['Finland, which joined NATO, today hosted drills.', '2024-03-11'],
      ['Sweden joined NATO and today raised its flag.', '2024-03-11'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});

describe('a date at the head of a bare accession, and the country told by a description', () => {
  it('wrong years and days are contradicted', () => {
    const got = flags(
      'The alliance kept growing after the Cold War. In 1981, Spain became a member, followed by Poland, Hungary and the Czech Republic in 1997.',
      '2009-04-01',
    );
    expect(got).toEqual(['contradicted: In 1981, Spain became a member', 'contradicted: Poland, Hungary and the Czech Republic in 1997']);
    expect(flags('NATO kept growing. In 1998, Poland joined, followed by the Baltic states later.', '2009-04-01')).toEqual([
      'contradicted: In 1998, Poland joined',
    ]);
    expect(
      flags(
        'After two centuries of non-alignment, Sweden is now the 32nd member of NATO. The country’s accession, sealed in Brussels on July 15, 2025, changed its defence policy.',
        '2025-07-23',
      ),
    ).toEqual(['contradicted: The country’s accession, sealed in Brussels on July 15, 2025']);
  });
  it('true look-alikes are not flagged', () => {
    for (const [text, asOf] of [
      ['The EU kept growing. In 1986, Spain became a member, followed by Austria in 1995.', '2009-04-01'],
      ['NATO kept growing. In 1982, Spain became a member, followed by Poland in 1999.', '2009-04-01'],
      ['Spain debated NATO for years. In 1981, Spain applied, and it became a member a year later.', '2009-04-01'],
      // the sentence before names two countries: "the country" is not sure
      [
        'Sweden and Finland both joined NATO. The country’s accession, sealed in Brussels on July 15, 2025, changed its defence policy.',
        '2025-07-23',
      ],
      ['Ukraine wants to join NATO. The country’s accession in 2030 is far from certain.', '2025-07-23'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});

describe('the two Nordic countries on their way into NATO', () => {
  const lead = 'Sweden joined NATO last week. Finland became the 31st member a year ago. ';
  it('a wrong month of their applications is contradicted', () => {
    expect(flags(`${lead}The two Nordic countries applied to join NATO in April 2022.`, '2024-03-11')).toEqual([
      'contradicted: two Nordic countries applied to join NATO in April 2022',
    ]);
    expect(
      flags(
        `${lead}Ending decades of neutrality, both Nordic nations applied to join NATO in June 2022, after Russia's invasion.`,
        '2024-03-11',
      ),
    ).toHaveLength(1);
    expect(flags(`${lead}The two Nordic neighbours submitted their applications to join NATO in March 2022.`, '2024-03-11')).toHaveLength(
      1,
    );
  });
  it('the right month, no pair named before, and another club are not flagged', () => {
    for (const text of [
      `${lead}The two Nordic countries applied to join NATO in May 2022.`,
      'Sweden joined NATO last week. The two Nordic countries applied to join NATO in April 2022.',
      `${lead}The two Nordic countries applied to join the EU in 1992.`,
      `${lead}Would the two Nordic countries have applied to join NATO in April 2021 without the war?`,
    ])
      expect(flags(text, '2024-03-11'), text).toEqual([]);
  });
});

describe('the time since the last accession', () => {
  it('a length off by a year and a half or more is contradicted', () => {
    expect(
      flags('Montenegro became the 29th member of NATO. It has been a decade since the last state was admitted.', '2017-06-05'),
    ).toEqual(['contradicted: It has been a decade since the last state was admitted']);
    expect(flags('Finland joined NATO on Tuesday, the alliance’s first new member in five years.', '2023-04-04')).toEqual([
      'contradicted: first new member in five years',
    ]);
    expect(flags('North Macedonia became the first country to join NATO in more than five years on Friday.', '2020-03-27')).toEqual([
      'contradicted: first country to join NATO in more than five years',
    ]);
    expect(flags('It has been a decade since the last country joined NATO, officials in Brussels noted.', '2019-06-01')).toEqual([
      'contradicted: It has been a decade since the last country joined',
    ]);
  });
  it('a length that fits is confirmed', () => {
    expect(membership('Montenegro joined NATO on Monday, the first new member in eight years.', '2017-06-05')).toContain(
      'supported: first new member in eight years',
    );
    expect(membership('North Macedonia joined NATO today, the first enlargement in nearly three years.', '2020-03-27')).toContain(
      'supported: first enlargement in nearly three years',
    );
    expect(membership('North Macedonia joined NATO today.', '2020-03-27')).toContain('supported: North Macedonia joined NATO');
  });
  it('another club, a year told, a supposition and a loose length are not flagged', () => {
    for (const [text, asOf] of [
      ['It has been a decade since the last country joined the EU, and NATO has grown more.', '2023-04-04'],
      ['Montenegro joined NATO on Monday, the first new member in a decade, and the first since the 2009 round.', '2017-06-05'],
      ['Montenegro joined NATO on Monday. If it had waited, it would have been the first new member in a decade.', '2017-06-05'],
      ['Montenegro joined NATO on Monday, the first new member in nine years.', '2017-06-05'],
      ['Montenegro joined NATO on Monday, the first new member in nearly a decade.', '2017-06-05'],
      ['It has been a decade since the last member left the Warsaw Pact, NATO officials said.', '2015-06-01'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});

describe('a ratification told with another date', () => {
  it('a date none of the ally’s records holds is contradicted', () => {
    expect(flags("Turkey's parliament ratified Sweden's NATO membership in January 2023.", '2024-05-01')).toEqual([
      "contradicted: Turkey's parliament ratified Sweden's NATO membership in January 2023",
    ]);
    expect(flags("Hungary approved Finland's NATO accession on March 27, 2022, days before Turkey.", '2024-05-01')).toHaveLength(1);
    expect(
      flags("Ankara finally came round: Turkey and Hungary both ratified Sweden's NATO bid in early 2025.", '2025-07-23'),
    ).toHaveLength(1);
  });
  it('the right date is confirmed; a denial, a claim, another act and a step to come are not flagged', () => {
    expect(membership("Turkey ratified Finland's NATO membership in March 2023.", '2025-07-23')).toContain(
      "supported: Turkey ratified Finland's NATO membership in March 2023",
    );
    for (const [text, asOf] of [
      ["Hungary did not ratify Sweden's NATO accession in 2023.", '2025-07-23'],
      ["Turkey ratified Sweden's NATO membership in January 2023, Erdogan claimed.", '2025-07-23'],
      ["Turkey's parliament will ratify Finland's NATO accession in April 2023, officials said.", '2023-03-20'],
      ["Hungary's parliament backed Sweden's NATO bid; President Sulyok signed the law on March 5, 2024.", '2025-07-23'],
      ["Hungary ratified Sweden's NATO accession in 2024 and Finland's in 2023.", '2025-07-23'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});

describe("a round's places told together, and the founders told as 'originally'", () => {
  it('other places of one whole round, and another count of founders, are contradicted', () => {
    expect(
      flags(
        'In Washington, Albania and Croatia handed over their instruments, becoming the 28th and 29th members of the alliance.',
        '2009-04-02',
      ),
    ).toHaveLength(1);
    expect(flags("Albania and Croatia became NATO's 26th and 27th members on Wednesday.", '2009-04-02')).toHaveLength(1);
    expect(flags('NATO, originally just 14 members, now spans the continent.', '2009-04-02')).toEqual([
      'contradicted: NATO, originally just 14 members',
    ]);
    expect(flags('NATO turns 70 this week. The alliance originally had ten members.', '2019-04-04')).toEqual([
      'contradicted: The alliance originally had ten members',
    ]);
  });
  it('the right places and count are confirmed; a part of a round, another club, two days are not flagged', () => {
    expect(membership("Albania and Croatia became NATO's 27th and 28th members on Wednesday.", '2009-04-02').join(' ')).toContain(
      'supported: Albania and Croatia became NATO',
    );
    expect(membership('NATO, originally just 12 members, now has 28.', '2009-04-02').join(' ')).toContain(
      'supported: NATO, originally just 12 members',
    );
    for (const [text, asOf] of [
      ['Poland and Hungary became the 17th and 18th members of NATO, with the Czech Republic.', '2009-04-02'],
      ['Finland and Sweden became the 31st and 32nd members of NATO.', '2024-05-01'],
      ['The EU, originally just six members, and NATO have both grown.', '2009-04-02'],
      ['NATO faced the Warsaw Pact. The alliance originally had eight members.', '2009-04-02'],
      ['If Albania and Croatia had become the 28th and 29th members of NATO, Macedonia would have been the 27th.', '2009-04-02'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});

describe("countries called NATO's new members before they joined", () => {
  it('invitees called new members are contradicted', () => {
    expect(flags('New NATO members Sweden and Finland attended the meeting in Bucharest.', '2022-10-27')).toEqual([
      'contradicted: New NATO members Sweden and Finland',
    ]);
    expect(flags("NATO's newest members, Finland and Sweden, sent their foreign ministers.", '2022-11-29')).toHaveLength(1);
    expect(flags('The alliance’s ministers met the new members of NATO, Finland and Sweden, on Tuesday.', '2022-12-01')).toHaveLength(1);
  });
  it('once members, with a word of the future, or called prospective, they are not flagged', () => {
    for (const [text, asOf] of [
      ['New NATO members Sweden and Finland attended the meeting in Bucharest.', '2024-10-27'],
      ['Prospective new NATO members Sweden and Finland attended the meeting.', '2022-10-27'],
      ['The would-be new NATO members Sweden and Finland attended as invitees.', '2022-10-27'],
      ["Once ratified, new NATO members Sweden and Finland will add to the alliance's strength.", '2022-10-27'],
    ])
      expect(flags(text, asOf), text).toEqual([]);
  });
});
