// Membership in the fifteenth round's second pass: accession facts said of the wrong time (held-out 13's misses,
// development data now). Each family is tested on the page's sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('allies told as having ratified before their vote', () => {
  // https://share.snipd.com/episode/3bcb8359-8147-4090-9703-57b29ff23c0e (heldout13 c115, 28 March 2023; Türkiye voted on the 30th)
  const c115 = 'Finland is joining NATO after Turkey and Hungary ratified its accession.';
  it('one of the allies named had not yet ratified: contradicted', () => {
    expect(membership(c115, 'Turkey and Hungary ratified', '2023-03-28')).toEqual(['contradicted']);
    expect(membership('Turkey has ratified Finland’s accession to NATO.', 'Turkey has ratified', '2023-03-29')).toEqual(['contradicted']);
    expect(membership('Hungary ratified Sweden’s NATO membership.', 'Hungary ratified', '2024-02-20')).toEqual(['contradicted']);
  });
  it('after the votes the same words are confirmed; a plan or loose consent is never flagged', () => {
    expect(isRed(membership(c115, 'Hungary ratified its accession', '2023-04-01'))).toBe(false);
    expect(membership('Turkey ratified Sweden’s accession to NATO.', 'Turkey ratified', '2024-01-24')).toEqual(['supported']);
    expect(isRed(membership('Finland will join NATO once Turkey ratified its accession.', 'Turkey ratified', '2023-03-28'))).toBe(false);
    expect(isRed(membership('Turkey approved Sweden’s NATO bid.', 'Turkey approved', '2023-07-11'))).toBe(false);
  });
});

describe('the founders told as a count: "The founding members of NATO were N ..."', () => {
  // https://ramanacademy.in/current-affairs/finland-becomes-the-31st-nato-member-after-turkeys-approval/ (heldout13 c108, 31 March 2023)
  const c108 = (n: string) =>
    `The founding members of NATO were ${n} European countries, including the United States, Canada, Belgium, Denmark, France.`;
  it('a count that is not twelve is contradicted, twelve confirmed', () => {
    expect(membership(c108('ten'), 'The founding members of NATO were ten European countries', '2023-03-31')).toEqual(['contradicted']);
    expect(membership("NATO's original members were eleven nations.", "NATO's original members were eleven nations", '2023-03-31')).toEqual(
      ['contradicted'],
    );
    expect(
      membership('The founding members of NATO were 12 countries.', 'The founding members of NATO were 12 countries', '2023-03-31'),
    ).toEqual(['supported']);
  });
  it('ten European countries with the two North American ones added are all twelve, never a count of the day', () => {
    const whole = 'The founding members of NATO were ten European countries and the United States and Canada.';
    expect(isRed(membership(whole, 'ten European countries', '2023-03-31'))).toBe(false);
    expect(
      isRed(membership('The founding members of NATO were ten European countries, plus the US and Canada.', 'ten European', '2023-03-31')),
    ).toBe(false);
    // The membership of the day still counted where the founders are not its subject.
    const now = 'Since its 12 original members, NATO now comprises 28 European countries and two North American countries.';
    expect(membership(now, '28 European countries and two North American countries', '2023-03-31')).toEqual(['supported']);
  });
});

describe('members called would-be members', () => {
  // https://webscriptlab.com/?p=11756 (heldout13 c106, 13 May 2024)
  const c106 =
    'The significance of unity in deterring attacks, and benefits for potential new NATO members like Sweden and Finland are discussed.';
  it('both had joined months before: outdated', () => {
    expect(membership(c106, 'potential new NATO members like Sweden', '2024-05-13')).toEqual(['outdated']);
  });
  it('before they joined, or of countries that never did, nothing red', () => {
    expect(isRed(membership(c106, 'potential new NATO members like Sweden', '2022-09-01'))).toBe(false);
    expect(isRed(membership('Potential new NATO members such as Ukraine and Georgia were discussed.', 'Ukraine', '2024-05-13'))).toBe(
      false,
    );
    expect(isRed(membership('In 2022, prospective NATO members like Sweden and Finland were invited.', 'Sweden', '2024-05-13'))).toBe(
      false,
    );
  });
});

describe("a leader's decision to join NATO, of a country that joined decades before his first office", () => {
  // https://podcastworld.io/episodes/nato-grows-on-russias-borders-tf9t7e5b (heldout13 c113, 12 July 2023)
  const c113 = "Recep Tayyip Erdogan blocked Sweden's bid. Erdogan's decision to join NATO improves Turkey's investment climate.";
  it('Türkiye joined in 1952, Erdogan first held office in 2003: contradicted', () => {
    expect(membership(c113, "Erdogan's decision to join NATO", '2023-07-12')).toEqual(['contradicted']);
  });
  it('the leader of a country that joined in his time, a country not yet a member, or a post at NATO: nothing red', () => {
    expect(isRed(membership("Sauli Niinistö's decision to join NATO was historic.", 'Niinistö', '2023-07-12'))).toBe(false);
    expect(isRed(membership("Ulf Kristersson's decision to join NATO was historic.", 'Kristersson', '2024-07-12'))).toBe(false);
    expect(isRed(membership("Volodymyr Zelensky's decision to join NATO.", 'Zelensky', '2023-07-12'))).toBe(false);
    expect(isRed(membership("Mark Rutte's decision to join NATO surprised many.", 'Rutte', '2024-07-12'))).toBe(false);
    expect(isRed(membership("Recep Tayyip Erdogan's decision to join NATO as a guest.", 'Erdogan', '2023-07-12'))).toBe(false);
    // Hungary joined in 1999 during Orban's first term (not on record): the gap to his first recorded office is too short.
    expect(isRed(membership("Viktor Orban's decision to join NATO.", 'Orban', '2023-07-12'))).toBe(false);
  });
});

describe('"its last member – COUNTRY" as the newest', () => {
  // https://morningsweden.se/news-y6tjytxgufm9vaq7mjfr/ (heldout13 c116, 20 February 2024)
  const c116 = (who: string) => `Since enrolling its last member – ${who}, NATO has expanded to add countries from the Baltic region.`;
  it('a later member had joined: outdated; the newest of the day confirmed', () => {
    expect(membership(c116('Montenegro in 2017'), 'its last member – Montenegro', '2024-02-20')).toEqual(['outdated']);
    expect(membership(c116('Montenegro in 2017'), 'its last member – Montenegro', '2018-06-20')).toEqual(['supported']);
    expect(membership(c116('Sweden in 2024'), 'its last member – Sweden', '2024-06-20')).toEqual(['supported']);
  });
  it('"the last member to ratify" is no newest member', () => {
    expect(membership("Hungary, the last member to ratify Sweden's bid, voted on Monday.", 'the last member', '2024-03-01')).toEqual([]);
    expect(isRed(membership("Hungary was the last member of the alliance to ratify Sweden's membership.", 'Hungary', '2024-03-01'))).toBe(
      false,
    );
    expect(isRed(membership('Turkey, NATO’s last member to approve Finland, voted.', 'Turkey', '2023-04-01'))).toBe(false);
  });
});

describe('an ordinal told of a country named again by a description ("welcoming the Nordic country as the 32nd member")', () => {
  // https://voa.pangea-cms.com/preview/en-US/a/swedish-flag-raised-over-nato-headquarters/7522561.html (heldout13 d208, 11 March 2024)
  const d208 = (n: string) =>
    `The Swedish flag was raised for the first time over NATO headquarters in Brussels Monday ahead of the formal ceremony welcoming the Nordic country as the ${n} member of the alliance.`;
  it('Sweden was the 32nd: another place in line is contradicted', () => {
    expect(membership(d208('32nd'), 'as the 32nd member of the alliance', '2024-03-11')).toEqual(['supported']);
    expect(membership(d208('33rd'), 'as the 33rd member', '2024-03-11')).toEqual(['contradicted']);
    expect(membership(d208('31st'), 'as the 31st member', '2024-03-11')).toEqual(['contradicted']);
  });
  it("a country named as an owner or a person's nationality is not the one described", () => {
    const owner = "Finland's president welcomed the Nordic country as the 32nd member of the alliance.";
    expect(isRed(membership(owner, '32nd member', '2024-03-08'))).toBe(false);
    const nationality = 'Swedish Prime Minister Ulf Kristersson welcomed the Nordic country as the 31st member of the alliance.';
    expect(isRed(membership(nationality, '31st member', '2023-04-05'))).toBe(false);
  });
});

describe('a package told as adopted on a weekday of the page’s week', () => {
  const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);
  // A committed real sentence ("The EU adopted on Wednesday its thirteenth package of sanctions", 21 February 2024) and its mutants.
  const wed = (n: string) => `The EU adopted on Wednesday its ${n} package of sanctions against Russia over the ongoing war in Ukraine.`;
  it('another package, adopted months before: contradicted; the package of the week confirmed', () => {
    expect(sanction(wed('thirteenth'), 'thirteenth package', '2024-02-21')).toEqual(['supported']);
    expect(sanction(wed('twelfth'), 'twelfth package', '2024-02-21')).toEqual(['contradicted']);
    const fri = (n: string) => `The European Union overcame a deadlock on Friday to adopt an ${n} sanctions package against Russia.`;
    expect(sanction(fri('18th'), '18th sanctions package', '2025-07-18')).toEqual(['supported']);
    expect(sanction(fri('17th'), '17th sanctions package', '2025-07-18')).toEqual(['contradicted']);
    expect(sanction('The EU adopted the 12th sanctions package on Thursday.', '12th sanctions package', '2024-02-23')).toEqual([
      'contradicted',
    ]);
  });
  it('a weekday of someone saying, or of another clause, is not the adoption’s', () => {
    const said = 'European Union (EU) countries have agreed to a 13th package of sanctions against Russia, diplomats said on Thursday.';
    expect(isRed(sanction(said, '13th package', '2024-06-20'))).toBe(false);
    expect(isRed(sanction('The EU, which adopted its 13th package in February, met on Thursday.', '13th package', '2024-06-20'))).toBe(
      false,
    );
  });
});
