// Round 32, membership and NATO's history (sentences of our own): a NATO summit told by an ordinal no count of its summits
// reaches ("the 75th NATO summit"), a new member's first summit with "Summit" written large, the founding told with the day
// and no comma, by "it" before NATO, as the founders' signing or as an anniversary "since"; the founders counted as "had N
// founding members" or "were (N)"; member counts by the full name, by the capitals, by "its N members", by "the countries
// of the North Atlantic military alliance" and by two named North American members; accessions told as NATO adding
// members, with a clause of the member's place in line before the date; and a member's joining told as a prospect of now.
import { describe, expect, it } from 'vitest';
import { expectNoRed, said, saidConfirmed, saidRed } from './helpers';

describe('a NATO summit told by an ordinal beyond every count', () => {
  it('is contradicted in several wordings', () => {
    expect(saidRed('Defence firms met on the sidelines of the 75th NATO summit this week.', '2024-07-10')).toEqual([
      'contradicted: 75th NATO summit',
    ]);
    expect(saidRed('Senator issues statement on the 75th Annual NATO Summit', '2024-07-09')).toEqual([
      'contradicted: 75th Annual NATO Summit',
    ]);
    expect(saidRed('Leaders arrived in The Hague for NATO’s seventy-sixth summit.', '2025-06-24')).toEqual([
      'contradicted: NATO’s seventy-sixth summit',
    ]);
    expect(saidRed('The Hague hosted the 76th summit of the North Atlantic Treaty Organization.', '2025-06-26')).toEqual([
      'contradicted: 76th summit of the North Atlantic Treaty Organization',
    ]);
    expect(saidRed('In London, the 70th NATO leaders summit opened on Tuesday.', '2019-12-03')).toEqual([
      'contradicted: 70th NATO leaders summit',
    ]);
  });
  it('leaves alone the anniversary summit, other bodies, a count within reach, denials and questions', () => {
    expectNoRed([
      ['Leaders gathered for the 75th-anniversary NATO summit in Washington.', '2024-07-09'],
      ['Leaders gathered for the 75th anniversary NATO summit in Washington.', '2024-07-09'],
      ['The 45th G7 summit ended in Biarritz.', '2019-08-26'],
      ['The 75th session of the NATO Parliamentary Assembly opened in Montreal.', '2024-07-09'],
      ['The Hague hosted the 34th NATO summit.', '2025-06-26'],
      ['It was not the 75th NATO summit, as some reports said, but the anniversary summit.', '2024-07-10'],
      ['Was this the 75th NATO summit?', '2024-07-10'],
      ['If this were the 75th NATO summit, the alliance would have met every year since 1949.', '2024-07-10'],
    ]);
  });
});

describe('a new member’s first summit with "Summit" written large', () => {
  it('is contradicted for a member that had attended an earlier one, confirmed for the one that had not', () => {
    const before = 'This year’s NATO Summit in Washington was special. ';
    expect(saidRed(`${before}It was the first Summit with new members Finland and Sweden.`, '2024-07-15')).toEqual([
      'contradicted: first Summit with new members Finland and Sweden',
    ]);
    expect(saidConfirmed(`${before}It was the first Summit with new member Sweden.`, '2024-07-15')).toContain(
      'supported: first Summit with new member Sweden',
    );
    expect(saidConfirmed('The Vilnius Summit was historic. It was the first Summit for Finland.', '2023-07-14')).toContain(
      'supported: first Summit for Finland',
    );
  });
});

describe('the founding told in more words', () => {
  it('reads the day without its comma, with an ordinal, and after a dash', () => {
    expect(saidConfirmed('NATO was created on April 4 1949.', '2024-04-04')).toEqual(['supported: NATO was created on April 4 1949']);
    expect(saidConfirmed('NATO was established on April 4th, 1949.', '2024-04-04')).toEqual([
      'supported: NATO was established on April 4th, 1949',
    ]);
    expect(saidRed('The North Atlantic Treaty Organization – created on April 4 1950. It is a military alliance.', '2015-06-01')).toEqual([
      'contradicted: North Atlantic Treaty Organization – created on April 4 1950',
    ]);
  });
  it('reads "it" told before NATO in one sentence', () => {
    expect(saidConfirmed('Since it was created on April 4, 1949, NATO has grown and adapted.', '2024-04-04')).toEqual([
      'supported: Since it was created on April 4, 1949',
    ]);
    expect(saidRed('Ever since it was founded in 1951, NATO has kept its door open.', '2024-04-04')).toEqual([
      'contradicted: Ever since it was founded in 1951',
    ]);
    expect(saidRed('When it was set up in 1950, the North Atlantic Treaty Organization had a small staff.', '2024-04-04')).toEqual([
      'contradicted: When it was set up in 1950',
    ]);
    expectNoRed([
      ['Since it was created in 1957, the European Economic Community has grown.', '2024-04-04'],
      ['Since it was created in 1950, NATO’s defence college has trained officers.', '2024-04-04'],
      ['The Warsaw Pact was a Soviet bloc. Ever since it was set up in 1955, the alliance faced NATO.', '2024-04-04'],
    ]);
  });
  it('confirms the founders’ signing with its day, and the anniversary counted "since"', () => {
    expect(saidConfirmed('The founding members of NATO signed the North Atlantic Treaty on April 4, 1949.', '2019-12-04')).toEqual([
      'supported: founding members of NATO signed the North Atlantic Treaty on April 4, 1949',
    ]);
    expect(saidConfirmed('The original members signed the Washington Treaty in April 1949, creating NATO.', '2019-12-04')).toContain(
      'supported: original members signed the Washington Treaty in April 1949',
    );
    expect(saidConfirmed('Today is the 75th anniversary since the foundation of NATO.', '2024-04-04')).toEqual([
      'supported: 75th anniversary since the foundation of NATO',
    ]);
    expect(said('This week is the 70th anniversary since the founding of NATO.', '2024-04-04')).toEqual([
      'context: 70th anniversary since the founding of NATO',
    ]);
    expectNoRed([['Today is the 20th anniversary since NATO accession of the Baltic states.', '2024-03-29']]);
  });
});

describe('the founders counted in more words', () => {
  it('contradicts a count other than twelve and confirms twelve', () => {
    expect(
      saidRed(
        'It was a military alliance based on the North Atlantic Treaty. The founding member nations of the treaty were (16): Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, United Kingdom and United States.',
        '2015-06-01',
      ),
    ).toEqual([]);
    expect(
      saidRed(
        'It was an alliance based on the North Atlantic Treaty, The founding member nations were (16): Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, United Kingdom and United States.',
        '2015-06-01',
      ),
    ).toEqual(['contradicted: The founding member nations were (16)']);
    expect(saidRed('NATO had 16 founding members.', '2015-06-01')).toEqual(['contradicted: NATO had 16 founding members']);
    expect(saidRed('The alliance had fourteen original member states, NATO’s archive shows.', '2015-06-01')).toEqual([
      'contradicted: The alliance had fourteen original member states',
    ]);
    expect(saidConfirmed('NATO had 12 founding members.', '2015-06-01')).toEqual(['supported: NATO had 12 founding members']);
  });
  it('leaves other bodies and later counts alone', () => {
    expectNoRed([
      ['The Council of Europe had 10 founding members.', '2015-06-01'],
      ['The founding members of the EEC were six: Belgium, France, Germany, Italy, Luxembourg and the Netherlands.', '2015-06-01'],
      ['NATO had 16 members by 1982.', '2015-06-01'],
      ['The founding members were (6), the EU says.', '2015-06-01'],
    ]);
  });
});

describe('member counts in more words', () => {
  it('confirms and flags the count by the full name, the capitals, "its N members" and the North Atlantic military alliance', () => {
    expect(saidConfirmed('Ratification by all 30 North Atlantic Treaty Organization members is needed.', '2022-08-04')).toEqual([
      'supported: all 30 North Atlantic Treaty Organization members',
    ]);
    expect(saidConfirmed('NATO sent the letter to the 32 allied capitals.', '2025-06-19')).toEqual(['supported: the 32 allied capitals']);
    expect(
      saidRed(
        'Macron said the NATO military alliance was suffering from brain death for lack of coordination between its 29 members.',
        '2024-12-03',
      ),
    ).toEqual(['outdated: its 29 members']);
    expect(
      saidConfirmed(
        'Macron said the NATO military alliance was suffering from brain death for lack of coordination between its 29 members.',
        '2019-12-03',
      ),
    ).toContain('supported: its 29 members');
    expect(saidRed('Rutte wants to raise the bar for the 30 countries of the North Atlantic military alliance.', '2025-06-19')).toEqual([
      'outdated: the 30 countries of the North Atlantic military alliance',
    ]);
    expect(
      saidConfirmed('Rutte wants to raise the bar for the 32 countries of the North Atlantic military alliance.', '2025-06-19'),
    ).toEqual(['supported: the 32 countries of the North Atlantic military alliance']);
  });
  it('reads the two North American members named after their count', () => {
    const text = 'NATO is a military alliance between the two North American countries U.S and Canada and 26 other European countries.';
    expect(saidConfirmed(text, '2017-05-24')).toEqual([
      'supported: two North American countries U.S and Canada and 26 other European countries',
    ]);
    expect(saidRed(text, '2019-12-04')).toEqual(['outdated: two North American countries U.S and Canada and 26 other European countries']);
  });
  it('leaves alone other bodies’ members and a part of the allies', () => {
    expectNoRed([
      ['The European Union and its 27 members agreed on sanctions; NATO welcomed it.', '2024-12-03'],
      ['NATO’s parliamentary assembly heard from its 29 members of parliament.', '2024-12-03'],
      ['NATO sent the letter to 30 allied capitals that had not yet met the target.', '2025-06-19'],
      ['The 27 countries of the European Union met.', '2025-06-19'],
    ]);
  });
});

describe('accessions told in more words', () => {
  it('confirms NATO adding members with their years', () => {
    expect(saidConfirmed('NATO added Greece and Turkey in 1952 and West Germany in 1955.', '2021-03-29')).toEqual([
      'supported: Greece and Turkey in 1952',
      'supported: Germany in 1955',
    ]);
    expect(saidConfirmed('In the 2020s, NATO expanded its membership by adding North Macedonia 2020.', '2024-04-04')).toEqual([
      'supported: North Macedonia 2020',
    ]);
    expect(saidRed('NATO added Greece and Turkey in 1953 and West Germany in 1954.', '2021-03-29')).toEqual([
      'contradicted: Greece and Turkey in 1953',
      'contradicted: Germany in 1954',
    ]);
    expect(saidRed('NATO expanded its membership by adding Spain in 1981.', '2021-03-29')).toEqual(['contradicted: Spain in 1981']);
    expectNoRed([
      ['Poland added 2,000 troops to NATO’s eastern flank in 2022.', '2024-04-04'],
      ['NATO added 5,000 troops to its eastern flank in 2017.', '2021-03-29'],
      ['NATO added Poland to the exercise in 2005.', '2021-03-29'],
      ['The EU added Croatia in 2013; NATO had done so in 2009.', '2021-03-29'],
      ['NATO might have added Ukraine in 2008, some diplomats say.', '2021-03-29'],
    ]);
  });
  it('reads the date after a clause of the member’s place in line', () => {
    expect(
      saidRed('Relations worsened after Finland joined NATO, which became the alliance’s 31st member, in May 2022.', '2023-11-29'),
    ).toEqual(['contradicted: Finland joined NATO, which became the alliance’s 31st member, in May 2022']);
    expect(
      saidConfirmed('Relations worsened after Finland joined NATO, which became the alliance’s 31st member, in April 2023.', '2023-11-29'),
    ).toContain('supported: Finland joined NATO, which became the alliance’s 31st member, in April 2023');
    expectNoRed([['Sweden joined NATO, which Finland had joined in 2023, after a long wait.', '2024-04-01']]);
  });
});

describe('a member’s joining told as a prospect of now', () => {
  it('is outdated long after the accession', () => {
    expect(saidRed('The prospect of Finland and Sweden joining NATO has cast a spotlight on the islands.', '2025-09-23')).toEqual([
      'outdated: The prospect of Finland and Sweden joining NATO has',
    ]);
    expect(saidRed('Finland and Sweden’s potential membership in NATO worries Moscow.', '2025-11-08')).toEqual([
      'outdated: Finland and Sweden’s potential membership in NATO worries',
    ]);
    expect(saidRed('The possibility of Sweden joining the alliance is raising tensions, NATO diplomats say.', '2025-01-10')).toEqual([
      'outdated: The possibility of Sweden joining the alliance is',
    ]);
  });
  it('leaves alone the prospect before the accession, history told, non-members and other clubs', () => {
    expectNoRed([
      ['Finland’s potential membership in NATO is a red line for Moscow.', '2022-05-08'],
      ['In 2022, the prospect of Finland and Sweden joining NATO alarmed Moscow.', '2025-11-08'],
      ['The prospect of Finland joining NATO alarmed Moscow.', '2025-11-08'],
      ['The prospect of Ukraine joining NATO has angered Moscow.', '2025-11-08'],
      ['The prospect of Finland and Sweden joining the EU has been debated.', '2025-11-08'],
      ['If the prospect of Finland joining NATO is real, Russia will respond.', '2025-11-08'],
    ]);
  });
});

describe('accession steps in more words', () => {
  it('reads a member told by its number after a verb of becoming', () => {
    expect(saidConfirmed('NATO is bolstered by an open path for Sweden to become member 32.', '2023-07-13')).toEqual([
      'supported: Sweden to become member 32',
    ]);
    expect(saidRed('NATO officials say Sweden will become member 31 of the alliance.', '2023-07-13')).toEqual([
      'contradicted: Sweden will become member 31',
    ]);
    expect(saidRed('NATO is bolstered by an open path for Sweden to become member 33.', '2023-07-13')).toEqual([
      'contradicted: Sweden to become member 33',
    ]);
    expectNoRed([
      ['NATO says Sweden became member 30 years ago of the Council of Europe.', '2023-07-13'],
      ['As member 20 of the committee, Sweden votes on NATO matters.', '2023-07-13'],
    ]);
  });
  it('confirms the invitation told as a noun, never another country’s or a plan', () => {
    expect(
      saidConfirmed(
        'To this, one may add the (previously unplanned) invitation of new countries—Finland and Sweden—to join the Alliance.',
        '2022-07-01',
      ),
    ).toEqual(['supported: invitation of new countries—Finland and Sweden—to join the Alliance']);
    expect(saidConfirmed('The summit saw the invitations to Finland and Sweden to become members of NATO.', '2022-07-01')).toEqual([
      'supported: invitations to Finland and Sweden to become members of NATO',
    ]);
    for (const [text, asOf] of [
      ['The invitation of Ukraine to join NATO was not on the agenda.', '2022-07-01'],
      ['The invitation of Finland and Sweden to join NATO is expected in June.', '2022-05-01'],
      ['Leaders discussed the invitation of Georgia to join the Alliance.', '2022-07-01'],
    ] as const)
      expect(saidConfirmed(text, asOf), text).toEqual([]);
  });
  it('confirms a recent accession told as NATO including the country, and nothing for an old one', () => {
    expect(
      saidConfirmed('NATO also recently expanded its membership to include Finland, and others push for Sweden to join.', '2023-07-04'),
    ).toEqual(['supported: NATO also recently expanded its membership to include Finland']);
    expect(saidConfirmed('The alliance has just grown to include Sweden, NATO said.', '2024-07-04')).toEqual([
      'supported: The alliance has just grown to include Sweden',
    ]);
    for (const [text, asOf] of [
      ['NATO recently expanded its membership to include Croatia.', '2025-07-04'],
      ['The EU recently expanded to include Croatia.', '2023-07-04'],
      ['The alliance has just grown to include Sweden.', '2024-07-04'],
    ] as const)
      expect(said(text, asOf), text).toEqual([]);
  });
  it('reads "the Parliament" written large as the ally named before', () => {
    const text =
      'Hungarian president signs ratification of Sweden’s NATO accession\n\nThe president has signed the Parliament’s approval of Sweden’s accession to NATO made on 26 February 2024.';
    expect(saidConfirmed(text, '2024-03-05')).toContain(
      'supported: the Parliament’s approval of Sweden’s accession to NATO made on 26 February 2024',
    );
    expect(
      saidRed(
        'The European Parliament welcomed Sweden. The Parliament’s approval of Sweden’s accession to NATO came on 20 February 2024.',
        '2024-03-05',
      ),
    ).toEqual([]);
  });
});

describe('the founders counted beside a count of now, or before NATO is named', () => {
  it('contradicts a wrong count in an apposition or a relative inside a count of the page’s day', () => {
    expect(saidRed('The alliance, founded by 14 nations in 1949, now has 30 members, NATO says.', '2020-06-01')).toEqual([
      'contradicted: founded by 14 nations',
    ]);
    expect(saidRed('NATO, which was created by 15 countries in 1949, now has 30 members.', '2020-06-01')).toEqual([
      'contradicted: created by 15 countries',
    ]);
    expect(saidConfirmed('NATO, which was created by 12 countries in 1949, now has 30 members.', '2020-06-01')).toContain(
      'supported: created by 12 countries',
    );
  });
  it('reads "its" founding told before NATO names it', () => {
    expect(saidRed('Since its creation in 1949 by 14 countries, NATO has grown to 30 members.', '2020-06-01')).toEqual([
      'contradicted: Since its creation in 1949 by 14 countries',
    ]);
    expect(saidRed('At its founding by ten nations, the alliance was small, NATO historians say.', '2020-06-01')).toEqual([
      'contradicted: At its founding by ten nations',
    ]);
    expect(saidConfirmed('Since its creation by twelve countries in 1949, NATO has grown to 30 members.', '2020-06-01')).toContain(
      'supported: Since its creation by twelve countries in 1949',
    );
    expectNoRed([
      ['Since its creation in 1957 by six countries, the EU has grown to 27 members.', '2020-06-01'],
      ['Since its creation in 1951 by six countries, the alliance of coal producers grew.', '2020-06-01'],
    ]);
  });
});

describe('NATO as the subject that brings its members together', () => {
  it('flags a stale count and confirms the right one', () => {
    expect(saidRed('NATO brings together 30 countries from Europe and North America.', '2024-09-01')).toEqual([
      'outdated: NATO brings together 30 countries',
    ]);
    expect(saidRed('NATO brings together 28 countries.', '2021-09-01')).toEqual(['outdated: NATO brings together 28 countries']);
    expect(saidConfirmed('NATO unites 32 allies.', '2024-09-01')).toEqual(['supported: NATO unites 32 allies']);
  });
  it('leaves alone a part with partners, a clause that makes a part, and other bodies', () => {
    expectNoRed([
      ['NATO brings together 30 countries for the exercise.', '2024-09-01'],
      ['NATO brings together 35 countries from Europe and North America in the drill.', '2024-09-01'],
      ['NATO brings together 30 countries that meet the 2% target.', '2024-09-01'],
      ['The EU unites 27 countries.', '2024-09-01'],
    ]);
  });
});
