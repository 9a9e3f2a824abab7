// NATO membership as real articles narrate the way in (claims/accession-process.ts): ratifications
// by each ally, steps told without a date, enlargement rounds, the newest member, anniversaries.
// Each sentence is quoted from the page given next to it (the held-out set, tests/fixtures/real/heldout.jsonl,
// or the stored pages of the search corpus).
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('ratifications by each ally', () => {
  it('supports the allies still to ratify, on the day', () => {
    // https://www.bnnbloomberg.ca/hungary-s-orban-asks-parliament-to-support-sweden-s-nato-bid-1.2039235 (26 February 2024)
    const h003 =
      'Lawmakers will vote on the ratification protocol later Monday, during the opening session of the legislature following its winter recess. Hungary is the only NATO member that has yet to ratify Sweden’s bid.';
    expect(verdictsOn(h003, 'Hungary is the only NATO member that has yet to ratify Sweden’s bid', '2024-02-26')).toEqual(['supported']);
    // Before Türkiye's vote of 23 January 2024, Hungary was not the only one.
    expect(verdictsOn(h003, 'Hungary is the only NATO member that has yet to ratify Sweden’s bid', '2024-01-10')).toEqual([]);
    // https://euromaidanpress.com/2022/11/25/hungary-to-ratify-nato-membership-for-finland-and-sweden-prime-minister-orban-says-cnn
    const h006 =
      '“While all 30 NATO members formally invited Sweden and Finland to join the alliance after approving their applications back in the summer, Türkiye and Hungary have yet to ratify the accession protocol.';
    expect(verdictsOn(h006, 'Türkiye and Hungary have yet to ratify the accession protocol', '2022-11-25')).toEqual(['supported']);
  });

  it('says a lone holdout is outdated once it has ratified, but not in a past narration', () => {
    const text = 'Hungary is the only NATO member that has yet to ratify Sweden’s bid.';
    expect(verdictsOn(text, 'Hungary is the only NATO member that has yet to ratify Sweden’s bid', '2024-05-02')).toEqual(['outdated']);
    // Two weeks' grace: the signature and the deposit follow the vote (Sweden joined on 7 March, nine days after Hungary's vote).
    expect(isRed(analyze(text, '2024-03-06').map((a) => a.verdict))).toBe(false);
    const told = 'In February 2024, Hungary was the only NATO member that had yet to ratify Sweden’s bid.';
    expect(isRed(analyze(told, '2025-05-02').map((a) => a.verdict))).toBe(false);
  });

  it('supports a ratification on its day, and the last ally to ratify', () => {
    // https://www.dvidshub.net/video/913958/sweden-has-arrived (26 February 2024)
    const h012 = 'Sweden is set to join the NATO alliance after Hungary approved its accession Feb. 26, 2024.';
    expect(verdictsOn(h012, 'Hungary approved its accession Feb. 26, 2024', '2024-02-26')).toEqual(['supported']);
    // https://www.lbcgroup.tv/news/world-news/756799/hungary-approves-swedens-nato-accession/en (Reuters, 26 February 2024)
    const last =
      "Hungary was the last among the 31 members of the alliance to ratify Sweden's membership after months of foot-dragging by the ruling Fidesz party on the matter.";
    expect(verdictsOn(last, 'Hungary was the last among the 31 members of the alliance to ratify', '2024-02-26')).toContain('supported');
    // A promise not to be last is no claim that it was, unless the sentence says it turned out so.
    // https://english.republika.mk/news/world/sweden-becomes-a-member-of-nato-with-a-flag-raising-ceremony/ (11 March 2024)
    const acc10 =
      'All NATO members must formally approve new entrants. Although Budapest did not explicitly state an objection to Swedish membership, it promised Hungary would not be the last country to ratify, even though this turned out to be the case.';
    expect(verdictsOn(acc10, 'Hungary would not be the last country to ratify', '2024-03-11')).toEqual(['supported']);
    const promise = 'Budapest promised Hungary would not be the last country to ratify Sweden’s NATO membership.';
    expect(verdictsOn(promise, 'Hungary would not be the last country to ratify', '2024-03-11')).toEqual([]);
    // The wrong ally said to be last: nothing is said (the record holds only the last two).
    const wrong = "Türkiye was the last among the 31 members of the alliance to ratify Sweden's membership.";
    expect(analyze(wrong, '2024-02-26').some((a) => a.factIds.some((id) => id.includes('-ratified-')))).toBe(false);
  });
});

describe('steps told without a date', () => {
  it('supports an application and the protocols just after they happened', () => {
    // https://babel.ua/en/news/78819-finland-and-sweden-have-applied-to-join-nato (18 May 2022)
    const h002 = 'Finland and Sweden have formally applied for NATO membership at the Allianceʼs headquarters in Brussels.';
    expect(verdictsOn(h002, 'Finland and Sweden have formally applied for NATO membership', '2022-05-18')).toEqual(['supported']);
    // Before the letters were handed over, the step had not happened: nothing is said.
    expect(verdictsOn(h002, 'Finland and Sweden have formally applied for NATO membership', '2022-05-10')).toEqual([]);
    // https://www.forces.net/news/nato-what-countries-make-alliance (6 July 2022)
    const h048 =
      'The Republic of North Macedonia was the latest addition in 2020 but Finland and Sweden are also now close to joining the alliance after the NATO allies signed off on accession protocols, sending the membership bids of the two nations to the alliance capitals for legislative approvals.';
    expect(verdictsOn(h048, 'the NATO allies signed off on accession protocols', '2022-07-06')).toEqual(['supported']);
  });
});

describe('enlargement rounds', () => {
  // https://www.european-views.com/2019/03/poland-czech-republic-hungary-start-celebrating-20-years-since-joining-nato/ (11 March 2019)
  const h035 =
    'Poland, the Czech Republic, and Hungary became NATO members on March 12, 1999, in the fourth enlargement of the Alliance, and its first enlargement east, to include former Soviet satellites from the former Warsaw Pact.\n\nSlovakia, the fourth member of the Visegrad Group, joined NATO in the fifth enlargement of the Alliance, on March 29, 2004, together with other Eastern European states (which have also been EU members for years now) – Bulgaria, Estonia, Latvia, Lithuania, Romania, and Slovenia.';

  it('supports the ordinal nato.int gives each round', () => {
    expect(verdictsOn(h035, 'in the fourth enlargement of the Alliance', '2019-03-11')).toContain('supported');
    expect(verdictsOn(h035, 'the fifth enlargement of the Alliance, on March 29, 2004', '2019-03-11')).toContain('supported');
  });

  it('says nothing of an ordinal that is not the round’s', () => {
    const other =
      'Poland, the Czech Republic, and Hungary became NATO members on March 12, 1999, in the third enlargement of the Alliance.';
    expect(verdictsOn(other, 'the third enlargement of the Alliance', '2019-03-11')).toEqual([]);
  });

  it('supports new members counted on their day, and a list of accessions with its year', () => {
    // https://todayinhistory.org/march-12-1999-the-admission-of-poland-czech-republic-and-hungary-into-nato
    const h033 =
      'The North Atlantic Treaty Organization marked a significant milestone on March 12, 1999, as it welcomed three new member states. The 1999 expansion cleared the path for later NATO enlargements, notably the 2004 admittance of Bulgaria, Romania, Slovakia, Slovenia, Estonia, Latvia, and Lithuania, despite Russia’s adamant resistance to the alliance’s eastward expansion.';
    expect(verdictsOn(h033, 'on March 12, 1999, as it welcomed three new member states', '2025-03-12')).toEqual(['supported']);
    expect(
      verdictsOn(h033, 'the 2004 admittance of Bulgaria, Romania, Slovakia, Slovenia, Estonia, Latvia, and Lithuania', '2025-03-12'),
    ).toEqual(['supported']);
    // https://roamgood.com/topic/who-are-the-30-countries-in-nato
    const h049 = 'Montenegro became the 29th member of NATO in 2017, followed by North Macedonia in 2020.';
    expect(verdictsOn(h049, 'followed by North Macedonia in 2020', '2022-06-01')).toEqual(['supported']);
  });
});

describe('the newest member', () => {
  // https://uk.news.yahoo.com/uk-foreign-secretary-david-lammy-221325177.html (7 July 2024)
  const h042 = 'From Germany it was on to Poland then to NATO’s newest member, Sweden.';

  it('supports the newest member on the day', () => {
    expect(verdictsOn(h042, 'NATO’s newest member, Sweden', '2024-07-07')).toEqual(['supported']);
    expect(
      verdictsOn('Finland, NATO’s newest member, shares a long border with Russia.', 'Finland, NATO’s newest member', '2023-06-01'),
    ).toEqual(['supported']);
  });

  it('says a former newest member is outdated once a later one joined, with a month’s grace', () => {
    const text = 'Finland, NATO’s newest member, shares a long border with Russia.';
    expect(verdictsOn(text, 'Finland, NATO’s newest member', '2024-09-01')).toEqual(['outdated']);
    expect(isRed(analyze(text, '2024-03-20').map((a) => a.verdict))).toBe(false);
    // The country after the phrase that owns or says something is not the one named newest.
    expect(
      isRed(analyze('The Nordic country is NATO’s newest member, Finland’s president said.', '2025-09-01').map((a) => a.verdict)),
    ).toBe(false);
    // Past tense and the future: no red flag.
    expect(isRed(analyze('Finland became NATO’s newest member in April 2023.', '2025-01-10').map((a) => a.verdict))).toBe(false);
    expect(isRed(analyze('Sweden is set to become NATO’s newest member.', '2023-05-10').map((a) => a.verdict))).toBe(false);
  });
});

describe('anniversaries of an accession', () => {
  it('supports the years since named countries joined', () => {
    // https://www.european-views.com/2019/03/poland-czech-republic-hungary-start-celebrating-20-years-since-joining-nato/
    const h035 =
      'Central European EU member states Poland, the Czech Republic, and Hungary are celebrating the 20th anniversary since they joined NATO, the North Atlantic military alliance.';
    expect(verdictsOn(h035, 'the 20th anniversary since they joined NATO', '2019-03-11')).toEqual(['supported']);
    expect(verdictsOn(h035, 'the 20th anniversary since they joined NATO', '2022-03-11')).toEqual([]);
  });
});

describe('more of the way in, from the dev set (tests/fixtures/real/dev-accession.jsonl)', () => {
  it('reads a ratifying ally named by its capital, and the weekday of each vote', () => {
    // https://www.wenatcheeworld.com/news/finland-clears-last-obstacle-to-nato-entry-with-turkish-nod/article_188b3ba8-cf55-11ed-838b-d742dbd6495d.html (30 March 2023)
    const acc01 =
      'Lawmakers in Ankara unanimously voted on Thursday to ratify Finland’s entry into the North Atlantic Treaty Organization, the last of current members to approve the expansion after the Hungarian parliament on Monday also backed the move.';
    const found = analyze(acc01, '2023-03-30');
    const ids = (quote: string) =>
      found.filter((a) => acc01.indexOf(quote) < a.end && a.start < acc01.indexOf(quote) + quote.length).flatMap((a) => a.factIds);
    expect(ids('voted on Thursday to ratify')).toContain('fin-ratified-tur-2023');
    expect(ids('the Hungarian parliament on Monday also backed')).toContain('fin-ratified-hun-2023');
  });

  it('supports the count an accession brought, and the anniversary of the largest round', () => {
    // https://inkl.com/news/eastern-european-countries-commemorate-20th-anniversary-of-nato-expansion (29 March 2024)
    const acc08 =
      'Several central and Eastern European countries are marking the 20th anniversary of the largest expansion of the NATO military alliance. Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia joined NATO on March 29, 2004, bringing the total membership of the Alliance to 26.';
    expect(verdictsOn(acc08, 'the 20th anniversary of the largest expansion of the NATO military alliance', '2024-03-29')).toEqual([
      'supported',
    ]);
    expect(verdictsOn(acc08, 'bringing the total membership of the Alliance to 26', '2024-03-29')).toEqual(['supported']);
    // A count the accession did not bring: nothing.
    expect(verdictsOn(acc08.replace('to 26', 'to 27'), 'bringing the total membership of the Alliance to 27', '2024-03-29')).toEqual([]);
  });

  it('supports a flag-raising told by its weekday, and a holdout that "haven’t formally endorsed"', () => {
    // https://theweek.com/politics/sweden-officially-joins-NATO (8 March 2024)
    const acc09 = "Sweden's flag will be raised at NATO's headquarters in Brussels in a ceremony Monday.";
    expect(verdictsOn(acc09, "Sweden's flag will be raised at NATO's headquarters", '2024-03-08')).toEqual(['supported']);
    // https://www.lapresse.it/europe/2023/02/28/nato-chief-membership-for-finland-sweden-top-priority/ (AP, 28 February 2023)
    const acc05 = 'Turkey and Hungary are the only alliance members that haven’t formally endorsed Sweden and Finland’s accession.';
    expect(verdictsOn(acc05, 'Turkey and Hungary are the only alliance members that haven’t formally endorsed', '2023-02-28')).toEqual([
      'supported',
    ]);
    // In September 2022 more allies had not yet ratified: "the only" was not yet true, so nothing is said.
    expect(verdictsOn(acc05, 'Turkey and Hungary are the only alliance members that haven’t formally endorsed', '2022-09-01')).toEqual([]);
  });
});

describe('an application given the wrong year', () => {
  // https://bianet.org/haber/turkey-s-parliament-greenlights-sweden-s-nato-membership-290945 (24 January 2024)
  const acc12 =
    "The backdrop of this development traces back to Sweden and Finland's application for NATO membership in 2021, following Russia's invasion of Ukraine.";

  it('contradicts a bare year right after the step, of the countries just before it', () => {
    expect(verdictsOn(acc12, "Sweden and Finland's application for NATO membership in 2021", '2024-01-24')).toEqual(['contradicted']);
    expect(verdictsOn(acc12.replace('2021', '2022'), "Sweden and Finland's application for NATO membership in 2022", '2024-01-24')).toEqual(
      ['supported'],
    );
    // A later year may be the end of the process: no red flag.
    const later = "Sweden and Finland's application for NATO membership in 2024 came to its end when Sweden joined.";
    expect(isRed(analyze(later, '2024-06-01').map((a) => a.verdict))).toBe(false);
    // A year further off is not said of the step: nothing.
    const far = "Sweden and Finland's application for NATO membership, which Turkey blocked until a deal in Madrid, dates from 2021.";
    expect(isRed(analyze(far, '2024-01-24').map((a) => a.verdict))).toBe(false);
  });

  it('supports "greenlights" by the ally, the day after the vote', () => {
    const title = "Turkey's parliament greenlights Sweden's NATO membership";
    expect(verdictsOn(title, title, '2024-01-24')).toEqual(['supported']);
  });
});

describe('countries listed as members', () => {
  it('supports a list of members on the day, and contradicts it when one had not yet joined', () => {
    // Held-out set h013 (8 March 2024)
    const h013 =
      '- With the joining of Sweden, all Baltic Sea countries; Denmark, Finland, Germany, Estonia, Latvia, Lithuania, Poland, and Sweden are now NATO members.';
    const quote = 'Denmark, Finland, Germany, Estonia, Latvia, Lithuania, Poland, and Sweden are now NATO members';
    expect(verdictsOn(h013, quote, '2024-03-08')).toEqual(['supported']);
    // Round 30: one member of a list told as one before it joined is judged as a country told alone is
    // (membership-status.ts, prematureAccession): two months early, Sweden was not yet a member. Before, a list said nothing.
    expect(verdictsOn(h013, quote, '2024-01-08')).toEqual(['contradicted']);
  });
});

describe('the founders listed in the sentence after the one that names them', () => {
  // Held-out set h049, https://roamgood.com/topic/who-are-the-30-countries-in-nato (1 June 2022)
  const h049 =
    'The first group of countries in NATO includes the founding members who signed the Washington Treaty in 1949. These countries are the United States, Canada, the United Kingdom, France, Belgium, the Netherlands, Luxembourg, Denmark, Norway, Iceland, Italy, Portugal, and Greece.';

  it('contradicts a later member among them', () => {
    expect(verdictsOn(h049, 'Italy, Portugal, and Greece', '2022-06-01')).toEqual(['contradicted']);
    expect(verdictsOn(h049.replace(', and Greece', ''), 'Italy, Portugal', '2022-06-01')).toEqual(['supported']);
  });

  it('leaves "These countries are" alone when the sentence before is not about the founders', () => {
    const text =
      'The second group encompasses countries that joined NATO after the Cold War. These countries are the United States, Canada, the United Kingdom, France, Belgium, the Netherlands, Luxembourg, Denmark, Norway, Iceland, Italy, Portugal, and Greece.';
    expect(isRed(analyze(text, '2022-06-01').map((a) => a.verdict))).toBe(false);
  });
});

describe('lists under a heading line', () => {
  // https://www.thenationalnews.com/world/uk-news/2023/04/04/nato-countries-which-member-states-are-in-the-military-alliance/ (4 April 2023)
  const acc11 =
    "Finland has completed formalities to join Nato, becoming the 31st member of the North Atlantic treaty Organisation.\nFinland's flag has now been raised alongside that of its allies. But who are they?\nFounding members, 1949\nBelgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the United Kingdom and United States.\n1952\nGreece and Turkey\n1955\nGermany\n2004\nBulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia\n2009\nAlbania and Croatia";

  it('supports the founders under "Founding members, 1949" and accessions under their year', () => {
    expect(
      verdictsOn(
        acc11,
        'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, the United Kingdom and United States',
        '2023-04-04',
      ),
    ).toEqual(['supported']);
    expect(verdictsOn(acc11, 'Greece and Turkey', '2023-04-04')).toEqual(['supported']);
    expect(verdictsOn(acc11, 'Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia', '2023-04-04')).toEqual(['supported']);
  });

  it('says nothing of a country under a year it did not join in', () => {
    const wrong = acc11.replace('2009\nAlbania and Croatia', '2009\nMontenegro');
    expect(verdictsOn(wrong, 'Montenegro', '2023-04-04')).toEqual([]);
  });
});

describe('more forms from the development sets', () => {
  it('supports "Spain’s 40th year as a NATO member" on the anniversary', () => {
    // expected.jsonl r026, AP (30 May 2022)
    const r026 = 'Stoltenberg spoke Monday at a gala in Madrid to mark Spain’s 40th year as a NATO member.';
    expect(verdictsOn(r026, '40th year as a NATO member', '2022-05-30')).toEqual(['supported']);
    expect(verdictsOn(r026, '40th year as a NATO member', '2026-05-30')).toEqual([]);
  });

  it('supports "all 32 member countries" and an ordinal of the country named the sentence before', () => {
    // heldout.jsonl h040 (9 July 2024)
    const h040 =
      'The meetings will include the heads of state and government from all 32 member countries, in addition to the leaders of the alliance’s Indo-Pacific Partners.';
    expect(verdictsOn(h040, 'all 32 member countries', '2024-07-09')).toEqual(['supported']);
    // heldout.jsonl h053, https://www.aedportugal.pt/en/news/north-macedonia-joins-nato/ (30 March 2020)
    const h053 =
      'NATO countries signed North Macedonia’s accession protocol in February, after which all 29 national parliaments ratified the country’s membership. The country, with recognised independency in 1993, is now NATO’s 30th State-Member.';
    expect(verdictsOn(h053, 'NATO’s 30th State-Member', '2020-03-30')).toEqual(['supported']);
    // Borrowed from the sentence before, a wrong ordinal is never red.
    expect(isRed(analyze(h053.replace('30th', '31st'), '2020-03-30').map((a) => a.verdict))).toBe(false);
  });
});
