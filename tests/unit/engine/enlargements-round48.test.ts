// Round 48, enlargements lane: lists of countries told as joining NATO together at one time when one of them did not
// (accession-list-misfit.ts), a founder listed with a later member as added to NATO (accession-founder-added.ts), and the
// founders told as a closed list of fewer than twelve (founders-short-list.ts), from held-out 46's misses (ve022, vi002);
// with the true look-alikes that must stay unflagged: the right rounds, a founder's own 1949, lists of other clubs
// (the EU's 2004 round), two times told for two rounds, a preposition before the list, the addition of Finland and
// Sweden, "Sweden and Norway" outside NATO, the founders' whole list and lists that say they are a part.
import { describe, expect, it } from 'vitest';
import { analyze, expectMembershipFlagged, expectMembershipQuiet, expectMembershipSupported } from './helpers';

// https://severnhistoricalsociety.org/timeline/nato/ (held-out 46 ve022, dated 28 March 2020)
const SEVERN =
  'NATO has many headquarters. The political headquarters is in Brussels, Belgium; however, the three major military headquarters are in Mons, Belgium, as well as Norfolk and Northwood, United Kingdom.\n\nThe original members of NATO on the day of its inception in 1949, are Belgium, Canada, and Denmark. The Federal Republic of Germany joined on May 5, 1955, and France, Turkey, and Greece joined on February 18, 1952. Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the United States, the United Kingdom, and Spain joined on May 30, 1982.';
// held-out 46 vi002 (dated 10 July 2024, on Biden's speech at the Washington summit)
const VI002 =
  'With the ongoing war in Ukraine and growing concerns about autocratic regimes, Biden’s call for increased military aid for Ukraine and the addition of Sweden and Norway to the alliance underscores the importance of unity in the face of common threats.';

describe('a list told as joining at one time, one of it not (accession-list-misfit.ts)', () => {
  it('flags a founder or a member of another round in a list tied to one accession day or year', () => {
    expectMembershipFlagged([
      [SEVERN, '2020-03-28', 'France, Turkey, and Greece joined on February 18, 1952', 'contradicted'],
      [
        SEVERN,
        '2020-03-28',
        'Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the United States, the United Kingdom, and Spain joined on May 30, 1982',
        'contradicted',
      ],
      // the labels' quotes alone: the day is Greece's and Turkey's (Spain's) accession day and no other club's
      [
        'France, Turkey, and Greece joined on February 18, 1952',
        '2020-03-28',
        'France, Turkey, and Greece joined on February 18, 1952',
        'contradicted',
      ],
      [
        'Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the United States, the United Kingdom, and Spain joined on May 30, 1982',
        '2020-03-28',
        'Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the United States, the United Kingdom, and Spain joined on May 30, 1982',
        'contradicted',
      ],
      // the class, other wordings: NATO as the object with a year, the day written the other way, a later member
      ['France, Turkey and Greece joined NATO in 1952.', '2020-03-28', 'France, Turkey and Greece joined NATO in 1952', 'contradicted'],
      [
        'Portugal, Greece and Turkey became members of NATO in 1952.',
        '2020-03-28',
        'Portugal, Greece and Turkey became members of NATO in 1952',
        'contradicted',
      ],
      ['Canada and Spain joined on 30 May 1982.', '2020-03-28', 'Canada and Spain joined on 30 May 1982', 'contradicted'],
      [
        'NATO took in its first new members three years after its founding. Denmark, Greece and Turkey joined in 1952.',
        '2020-03-28',
        'Denmark, Greece and Turkey joined in 1952',
        'contradicted',
      ],
    ]);
  });

  it('leaves the right rounds, another club, two times, a preposition before the list and a hedge alone', () => {
    expectMembershipQuiet([
      // https://orsam.org.tr/en/60-years-of-alliance-nato-and-turkey/ and kids.britannica.com (the rounds told right)
      ['Turkey and Greece joined the alliance in 1952, Germany in 1955 and Spain in 1982.', '2012-02-18'],
      [
        'To strengthen themselves against possible communist aggression, 12 nations formed the North Atlantic Treaty Organization (NATO) in 1949. Greece and Turkey joined in 1952, West Germany in 1955, and Spain in 1982.',
        '2020-03-28',
      ],
      // https://www.nato.int/cps/en/natohq/news_84445.htm
      ['Sixty years ago, on 18 February 1952, Greece and Turkey became members of the North Atlantic Treaty Organization.', '2012-02-18'],
      ['Poland, Hungary and the Czech Republic joined on March 12, 1999.', '2019-03-12'],
      ['Belgium, Canada and Denmark joined NATO in 1949.', '2020-03-28'],
      // the EU's 2004 round: another club named, or a list none of whose NATO rounds fits
      ['Slovakia, Slovenia, Poland and Hungary joined the European Union in 2004.', '2014-05-01'],
      ['The EU expanded again. Slovakia, Slovenia, Poland and Hungary joined in 2004.', '2014-05-01'],
      ['Poland, Hungary and the Czech Republic joined in 2004.', '2014-05-01'],
      // two rounds told, each with its time
      ['Greece, Turkey and Germany joined in 1952 and 1955 respectively.', '2020-03-28'],
      ['Greece and Turkey joined on 18 February 1952, and West Germany on 6 May 1955.', '2020-03-28'],
      // the list after a preposition is not the subject
      ['Like France, Greece and Turkey joined NATO in 1952.', '2020-03-28'],
      ['Unlike France, Greece and Turkey joined in 1952.', '2020-03-28'],
      // a step before joining, a hedge
      ['Both Finland and Sweden applied to join NATO in 2022.', '2024-03-28'],
      ['Bulgaria, Romania and Slovakia were invited to join NATO in 2002.', '2004-03-29'],
    ]);
  });
});

describe('a founder listed with a later member as added to NATO (accession-founder-added.ts)', () => {
  it('flags the founder added, told by a noun, a verb of welcoming or the newest members', () => {
    expectMembershipFlagged([
      [VI002, '2024-07-10', 'addition of Sweden and Norway to the alliance', 'contradicted'],
      ['the addition of Sweden and Norway to the alliance', '2024-07-10', 'addition of Sweden and Norway to the alliance', 'contradicted'],
      [
        'Leaders celebrated the accession of Finland and Norway to NATO.',
        '2024-07-10',
        'accession of Finland and Norway to NATO',
        'contradicted',
      ],
      ['NATO welcomed Sweden and Norway as new members.', '2024-07-10', 'welcomed Sweden and Norway as new members', 'contradicted'],
      [
        "NATO's two newest members, Finland and Norway, took part.",
        '2024-07-10',
        "NATO's two newest members, Finland and Norway",
        'contradicted',
      ],
    ]);
  });

  it('leaves the right pairs, the founders among themselves and Sweden and Norway outside NATO alone', () => {
    expectMembershipQuiet([
      // https://bohobarmadrid.com/2022/05/19/biden-aims-for-swift-bid-to-bring-finland-and-sweden-into-nato/
      [
        'On Wednesday, Mr Sullivan said Mr Biden had asked his national security officials whether they supported the addition of Finland and Sweden to the alliance and that they had “emphatically supported” the move in a unanimous manner.',
        '2022-05-19',
      ],
      ['Biden hailed the addition of Sweden and Finland to the alliance.', '2024-07-10'],
      ['The accession of Denmark and Norway to NATO was debated in Oslo and Copenhagen.', '2024-07-10'],
      ['Unlike the accession of Norway to NATO, the accession of Sweden and Finland took two years.', '2024-07-10'],
      ['Nordic defence cooperation between Sweden and Norway deepened after the addition of Finland to NATO.', '2024-07-10'],
      ['The addition of Sweden and Norway to the Nordic battle group was agreed.', '2024-07-10'],
      ['NATO welcomed Sweden and Norway’s defence ministers.', '2024-07-10'],
      ['Sweden and Norway border Finland, which joined the alliance in 2023.', '2024-07-10'],
    ]);
  });
});

describe('the founders told as a closed list of fewer than twelve (founders-short-list.ts)', () => {
  it('flags a closed list that leaves founders out', () => {
    expectMembershipFlagged([
      [
        SEVERN,
        '2020-03-28',
        'The original members of NATO on the day of its inception in 1949, are Belgium, Canada, and Denmark',
        'contradicted',
      ],
      [
        'The original members of NATO on the day of its inception in 1949, are Belgium, Canada, and Denmark',
        '2020-03-28',
        'The original members of NATO on the day of its inception in 1949, are Belgium, Canada, and Denmark',
        'contradicted',
      ],
      [
        "NATO's founding members were Belgium, Canada, Denmark and France.",
        '2020-03-28',
        "NATO's founding members were Belgium, Canada, Denmark and France",
        'contradicted',
      ],
      [
        'The original members of the alliance were the United States, Canada and Britain.',
        '2020-03-28',
        'The original members of the alliance were the United States, Canada and Britain',
        'contradicted',
      ],
    ]);
  });

  it('confirms the whole list and leaves parts, open lists and other clubs alone', () => {
    // https://idstch.com/... (quoting The Associated Press)
    expectMembershipSupported([
      [
        'Its original members were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom, and the United States. The North Atlantic Treaty Organization is an alliance.',
        '2022-05-19',
        'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom, and the United States',
      ],
    ]);
    expectMembershipQuiet([
      // https://kids.britannica.com/students/article/North-Atlantic-Treaty-Organization-NATO/276123 (cut short by the page)
      [
        'The original 12 members of NATO were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands,…',
        '2020-03-28',
      ],
      ['The original members of NATO in Scandinavia were Denmark, Norway and Iceland.', '2020-03-28'],
      ['The original members of NATO included Belgium, Canada and Denmark.', '2020-03-28'],
      ['The original members of NATO were Belgium, Canada and Denmark, among others.', '2020-03-28'],
      ['The original members of NATO were the United States, Canada and ten European countries.', '2020-03-28'],
      ['The founding members of the Nordic Council were Denmark, Iceland, Norway and Sweden.', '2020-03-28'],
      // the Brussels Treaty's five
      ['The original members of the Western Union were Britain, France, Belgium, the Netherlands and Luxembourg.', '2020-03-28'],
    ]);
  });
});

// held-out 46 uz020 (Bulgarian Telegraph Agency, 29 March 2025, quoting Prime Minister Rosen Zhelyazkov)
const UZ020 =
  "“On March 29, 2004, our country made a strategic choice by joining the North Atlantic Pact together with six other Eastern European countries. This was a historic moment that paved the way for Bulgaria's sustainable development,” the Prime Minister noted.";

describe("an accession told with its round's size as N other countries (accession-round-size.ts)", () => {
  it('confirms the round told by its time and its size, the joiner unnamed', () => {
    expectMembershipSupported([
      [UZ020, '2025-03-29', 'joining the North Atlantic Pact together with six other Eastern European countries'],
      ['In 2004 we joined NATO together with six other countries.', '2024-03-29', 'joined NATO together with six other countries'],
      [
        'In 2009 our country joined the alliance together with one other country.',
        '2019-04-01',
        'joined the alliance together with one other country',
      ],
    ]);
  });

  it('flags a size the round never had', () => {
    expectMembershipFlagged([
      [
        'In 2004 we joined NATO together with nine other countries.',
        '2024-03-29',
        'joined NATO together with nine other countries',
        'contradicted',
      ],
      [
        'Poland joined the alliance in 1999 with three other countries.',
        '2024-03-29',
        'joined the alliance in 1999 with three other countries',
        'contradicted',
      ],
    ]);
  });

  it('leaves a part of the round, another club, a lone accession and the allies already in alone', () => {
    expectMembershipQuiet([
      ['In 2004 Estonia joined NATO together with two other Baltic states.', '2024-03-29'],
      ['Poland joined the alliance in 1999 with two other former Warsaw Pact states.', '2024-03-29'],
      ['In 2004 Lithuania joined NATO and the EU together with nine other countries.', '2024-03-29'],
      ['Montenegro joined NATO in 2017 together with no other country.', '2019-06-05'],
      ['In 2023 Finland joined NATO, with 30 other allies welcoming it.', '2024-03-29'],
      ['In 2004, Slovakia joined the European Union together with nine other countries.', '2024-05-01'],
    ]);
  });
});

describe('the newest members told after their list (accession-process.ts)', () => {
  it('confirms the last round told as the newest members', () => {
    expectMembershipSupported([
      // held-out 26 gf004, america.gov (webarchive.library.unt.edu/eot2008/20090512114922/http://www.america.gov/st/peacesec-english/2009/April/20090401130205dmslahrellek0.6114008.html), 1 April 2009
      ['Albania and Croatia are the newest members of NATO', '2009-04-01', 'Albania and Croatia are the newest members of NATO'],
      [
        'Montenegro and North Macedonia are the newest members of NATO.',
        '2020-04-01',
        'Montenegro and North Macedonia are the newest members of NATO',
      ],
    ]);
  });

  it('confirms nothing and flags nothing for a list that is not the newest, or of another club', () => {
    expectMembershipQuiet([
      ['Poland, Finland and Sweden are the newest members of NATO.', '2024-04-01'],
      ['Montenegro and North Macedonia are the newest members of NATO.', '2024-04-01'],
      ['Finland and Sweden are the newest members of the EU.', '2024-04-01'],
    ]);
    for (const [text, asOf] of [
      ['Poland, Finland and Sweden are the newest members of NATO.', '2024-04-01'],
      ['Finland and Sweden are the newest members of the EU.', '2024-04-01'],
    ] as const)
      expect(analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === 'membership')).toEqual([]);
  });
});
