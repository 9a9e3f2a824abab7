// Round 47, members lane: NATO's founders and newest member by class, from held-out 45's misses. The founding told by a
// count of countries with the day of the signing and no name beside it ("4 April 1949: Ten countries come together to form
// a coalition"), the signers met on that day, one of a dozen, one founder "along with 11 other nations"; the founders named
// as the subject of "founded NATO" with a later member among them, and "West Germany" ending a list of founders; NATO's
// newest member told by its ordinal alone ("NATO's Newest Member: Who's the 31st?"). With the true look-alikes (the
// Council of Europe's ten, a count beside the two North American founders, founders only, NATO bases and commands, the
// ordinal of the page's day or told of its own time) that must stay unflagged.
import { describe, it } from 'vitest';
import { expectMembershipFlagged, expectMembershipQuiet, expectMembershipSupported } from './helpers';

describe('the founding told by a count with the day of the signing (membership-founders.ts)', () => {
  it('flags a count of founders other than twelve on 4 April 1949, NATO named or not', () => {
    expectMembershipFlagged([
      // https://vitmun17.wordpress.com/2017/01/13/first-blog-post/ (held-out 45 us002, a timeline of January 2017)
      ['4 April 1949: Ten countries come together to form a coalition.', '2017-01-13', 'Ten countries come together', 'contradicted'],
      // the same timeline's line in other words
      [
        'April 4, 1949: Eleven nations come together to sign the North Atlantic Treaty.',
        '2017-01-13',
        'Eleven nations come together',
        'contradicted',
      ],
      ['On 4 April 1949, ten countries came together to found NATO.', '2019-04-04', 'ten countries came together', 'contradicted'],
      // https://archivesfoundation.org/?p=37378 (held-out 45 us016) with the European count changed
      [
        'On April 4, 1949, representatives of the United States, Canada, and 11 Western European nations met in Washington, DC, to sign a mutual defense pact against possible aggression from the Soviet Union.',
        '2024-06-21',
        'the United States, Canada, and 11 Western European nations',
        'contradicted',
      ],
    ]);
  });
  it('confirms the twelve told so', () => {
    expectMembershipSupported([
      ['April 4, 1949: Twelve nations come together to sign the North Atlantic Treaty.', '2017-01-13', 'Twelve nations come together'],
      // https://archivesfoundation.org/?p=37378 (held-out 45 us016)
      [
        'On April 4, 1949, representatives of the United States, Canada, and 10 Western European nations met in Washington, DC, to sign a mutual defense pact against possible aggression from the Soviet Union.',
        '2024-06-21',
        'the United States, Canada, and 10 Western European nations',
      ],
      // https://thestrawfoot.com/2019/04/04/nato-at-70/ (held-out 45 us015)
      [
        'Acheson was one of a dozen foreign ministers in Washington on 4 April 1949 who signed on in the creation of NATO.',
        '2019-04-04',
        'one of a dozen foreign ministers',
      ],
      // http://theprogressives.ca/hansard/north-atlantic-treaty-organization-seventieth-anniversary/ (held-out 45 us025)
      [
        'A week later, on April 4, Canada signed on to the North Atlantic Treaty, along with 11 other nations.',
        '2019-04-04',
        'signed on to the North Atlantic Treaty, along with 11 other nations',
      ],
      [
        'Norway signed the North Atlantic Treaty in 1949 along with eleven other countries.',
        '2019-04-04',
        'signed the North Atlantic Treaty in 1949 along with eleven other countries',
      ],
      // https://todayinhistory.org/april-4-1949-the-birth-of-nato
      [
        'On April 4, 1949, 12 nations signed the North Atlantic Treaty, formally establishing the North Atlantic Treaty Organization (NATO).',
        '2025-04-04',
        '12 nations signed the North Atlantic Treaty',
      ],
    ]);
  });
  it('leaves alone the other bodies, days and parts', () => {
    expectMembershipQuiet([
      // the Council of Europe's ten signed the Treaty of London on 5 May 1949
      ['On 5 May 1949, ten countries came together to found the Council of Europe.', '2019-05-05'],
      ['On 5 May 1949, ten countries came together in London to sign a treaty.', '2019-05-05'],
      // the count beside the two North American founders, not all of them
      ['On 4 April 1949, ten countries came together with the United States and Canada to form a defensive pact.', '2019-04-04'],
      ['On 4 April 1949, ten European countries came together with the US and Canada.', '2019-04-04'],
      // a part: "one of" ten ministers, a count with no day
      ['Bevin was one of ten foreign ministers in Washington on 4 April 1949.', '2019-04-04'],
      ['In 1949, representatives of the United States, Canada, and 5 Western European nations met in Washington.', '2024-06-21'],
      // a later signing "along with" fewer others
      ['In 1952, Greece signed the North Atlantic Treaty along with one other country.', '2019-04-04'],
      ['Norway signed the North Atlantic Treaty in 1949 along with ten other countries.', '2019-04-04'],
    ]);
  });
});

describe('the founders named as the subject of the founding (founders-subject.ts, member-count-forms.ts)', () => {
  it('flags a later member among them', () => {
    expectMembershipFlagged([
      // https://crazzymarket.com/2022/08/25/nato-full-form-and-nato-member-countries-2/ (held-out 45 uw001)
      [
        'Canada, America, and several Western European countries (Britain, France, Germany) together established NATO on April 4, 1949 in Washington, USA.',
        '2022-08-25',
        'Canada, America, and several Western European countries (Britain, France, Germany)',
        'contradicted',
      ],
      [
        'The United States, Britain, France and West Germany founded NATO in 1949.',
        '2022-08-25',
        'United States, Britain, France and West Germany',
        'contradicted',
      ],
      ['In 1949, the US, the UK, France and Turkey created NATO.', '2022-08-25', 'US, the UK, France and Turkey', 'contradicted'],
      // "West Germany" ending a list after its cue was read as four founders and confirmed
      [
        'NATO was founded in 1949 by the United States, Canada, Britain, France and West Germany.',
        '2022-08-25',
        'NATO was founded in 1949 by the United States, Canada, Britain, France and West Germany',
        'contradicted',
      ],
      [
        'The founding members of NATO were the United States, Canada, Britain, France and West Germany.',
        '2022-08-25',
        'The founding members of NATO were the United States, Canada, Britain, France and West Germany',
        'contradicted',
      ],
    ]);
  });
  it('confirms founders only', () => {
    expectMembershipSupported([
      [
        'The United States, Britain and France founded NATO in 1949 to keep Germany down.',
        '2022-08-25',
        'United States, Britain and France',
      ],
    ]);
  });
  it('leaves alone what is not the founding by a list', () => {
    expectMembershipQuiet([
      ['The United States, Britain and France founded NATO in 1949 to keep Germany down.', '2022-08-25'],
      ['Turkey and Greece established NATO bases on their islands.', '2022-08-25'],
      ['Poland, Romania and Bulgaria established NATO battlegroups in 2022.', '2022-08-25'],
      ["Spain, Portugal and Italy founded NATO's southern command.", '2022-08-25'],
      ["Canada, the US and West Germany formed NATO's central front.", '2022-08-25'],
      ['Britain, France and the Benelux countries formed the Western Union in 1948, which paved the way for NATO.', '2022-08-25'],
      ['Germany and France founded the European Coal and Steel Community, and NATO followed.', '2022-08-25'],
      ['Britain and France, which later welcomed Germany, founded NATO in 1949.', '2022-08-25'],
      ['Did the United States, Britain and Germany found NATO?', '2022-08-25'],
      ['The United States and Canada established NATO together with ten European states in 1949.', '2022-08-25'],
      // https://www.indiags.com/read.php?date=2024-05-29&url=north-atlantic-treaty-organization-nato-1949
      [
        'The North Atlantic Treaty Organization aka NATO was founded in 1949 by the USA, Canada, and several Western European nations to provide collective security against the Russia (Soviet Union then).',
        '2024-05-29',
      ],
      // https://historicaltoday.com/1949-nato-is-formed/
      [
        'The founding members\u2014the United States, Canada, and ten Western European nations\u2014came together in response to growing tensions with the Soviet Union following World War II.',
        '2025-04-04',
      ],
      // https://todayinhistory.org/april-4-1949-the-birth-of-nato
      ['Western nations, particularly the United States, the United Kingdom, and France, feared further Soviet expansion.', '2025-04-04'],
    ]);
  });
});

describe("NATO's newest member told by its ordinal alone (member-newest-ordinal.ts)", () => {
  it('flags an ordinal that was no longer the newest on the page day', () => {
    expectMembershipFlagged([
      // https://cascocertificado.org/blog/natos-newest-member-whos-the-1762137166721 (held-out 45 us010, November 2025)
      ["NATO's Newest Member: Who's the 31st?", '2025-11-03', "NATO's Newest Member: Who's the 31st", 'outdated'],
      // the same page's title as an older set quotes it (mb005)
      ["NATO's Newest Member: Who's The 31st?", '2025-11-03', "NATO's Newest Member: Who's The 31st", 'outdated'],
      ["NATO's 31st and newest member shares a long border with Russia.", '2025-11-03', "NATO's 31st and newest member", 'outdated'],
      ["NATO's newest (31st) member shares a 1,340 km border with Russia.", '2025-11-03', "NATO's newest (31st) member", 'outdated'],
      ["NATO's newest member, its 31st, shares a long border with Russia.", '2025-11-03', "NATO's newest member, its 31st", 'outdated'],
    ]);
  });
  it("confirms the ordinal of the page's day", () => {
    expectMembershipSupported([
      ["NATO's Newest Member: Who's the 31st?", '2023-06-03', "NATO's Newest Member: Who's the 31st"],
      ["NATO's newest member, its 31st, shares a long border with Russia.", '2024-03-01', "NATO's newest member, its 31st"],
      ['The newest member of NATO – the 32nd – has a large navy.', '2025-11-03', 'The newest member of NATO – the 32nd'],
    ]);
  });
  it('leaves alone an ordinal of its own time, a question of two, a fresh accession and the plural', () => {
    expectMembershipQuiet([
      ["Finland became NATO's 31st and newest member in April 2023.", '2025-11-03'],
      ["At the time, NATO's newest member was the 31st.", '2025-11-03'],
      ["NATO's newest member: the 31st or the 32nd?", '2025-11-03'],
      // Sweden joined on 7 March 2024: a page of thirteen days later may have been written before
      ["NATO's newest member, its 31st, shares a long border with Russia.", '2024-03-20'],
      ["NATO's newest members, Finland and Sweden, share a long border with Russia.", '2025-11-03'],
      // the two newest, no ordinal (held-out 45 us007, April 2024)
      ["NATO's two newest members, Finland and Sweden, joined after the invasion.", '2024-04-05'],
      ["NATO's newest member, its 32nd, joined this year.", '2022-06-03'],
    ]);
  });
});

// https://crazzymarket.com/2022/08/25/nato-full-form-and-nato-member-countries-2/ (held-out 45 uw001, August 2022: 30 members)
const HEADQUARTERS =
  'NATO is headquartered in Brussels, the capital of Belgium. It currently has 30 countries as its members. India is not a member of it.';
const SHEET =
  'North Atlantic Treaty Organization (NATO)\nEstablishment \u2013 4 April 1949.\nThe Headquarters \u2013 Brussels, (Belgium)\nNumber Of Member Countries \u2013 30';

describe("NATO's size as countries 'as its members' and a title-case label line (member-count-forms.ts)", () => {
  it('confirms the count of the page day', () => {
    expectMembershipSupported([
      [HEADQUARTERS, '2022-08-25', 'It currently has 30 countries'],
      [SHEET, '2022-08-25', 'Number Of Member Countries \u2013 30'],
    ]);
  });
  it('flags it once Finland had joined', () => {
    expectMembershipFlagged([
      [HEADQUARTERS, '2023-08-25', 'It currently has 30 countries', 'outdated'],
      [SHEET, '2023-08-25', 'Number Of Member Countries \u2013 30', 'outdated'],
    ]);
  });
  it('leaves alone another body, partners and a bare count of countries', () => {
    expectMembershipQuiet([
      ['The EU is headquartered in Brussels. It currently has 27 countries as its members.', '2023-08-25'],
      ['NATO is headquartered in Brussels. It currently has 30 countries as partners.', '2023-08-25'],
      ['NATO works with Africa. It currently has 54 countries.', '2023-08-25'],
      ['European Union\nEstablishment \u2013 1993.\nNumber Of Member Countries \u2013 27', '2023-08-25'],
    ]);
  });
});
