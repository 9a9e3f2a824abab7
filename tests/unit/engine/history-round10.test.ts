// NATO's history, members, summits and the war told in real articles (held-out 8, read in the tenth round).
// Each family is tested on the article's sentence, on sentences of the same kind from other pages (URLs in
// comments), with the fact changed (flagged where the claim is identified beyond doubt), and on true
// sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe("the founders' signing: the count in more phrasings, and its year", () => {
  // https://www.derryjournal.com/read-this/finland-joins-nato-what-country-is-and-isnt-a-member-state-4092463 (held-out 8, u028)
  const derry = 'In 1949, 12 member states signed the treaty.';
  // AP, 7 March 2024 (held-out 8, u035)
  const ap = 'Twelve countries came together in 1949 to form the North Atlantic Treaty Organization, or NATO.';

  it("the articles' sentences are confirmed, the treaty's paragraph alone too", () => {
    expect(verdictsOn(derry, '12 member states signed the treaty', '2023-04-04')).toEqual(['supported']);
    expect(verdictsOn(ap, 'Twelve countries came together', '2024-03-07')).toEqual(['supported']);
  });

  it('other pages: the treaty unnamed, signing in the present of a timeline, the count after "signed by"', () => {
    // https://placenote.info/en/events/Twelve-nations-sign-the-North-Atlantic-Treaty-creating-the-North-Atlantic-Treaty-Organization
    const placenote =
      'The North Atlantic Treaty was signed on 4 April 1949. The following twelve nations signed the treaty in 1949 and thus became the founding members of NATO.';
    expect(verdictsOn(placenote, 'twelve nations signed the treaty', '2024-01-01')).toEqual(['supported']);
    // https://edition.cnn.com/2013/07/30/world/nato-fast-facts/
    const cnn = 'April 4, 1949 - Established when 12 nations sign the North Atlantic Treaty in a ceremony in Washington, DC.';
    expect(verdictsOn(cnn, '12 nations sign the North Atlantic Treaty', '2020-03-19')).toContain('supported');
    // https://billionhands.com/en/item/nato-founding-treaty-67d19ad7a517a32096d9058c
    const billion =
      'The North Atlantic Treaty, signed on April 4, 1949, in Washington, D.C., established NATO. The treaty was signed by twelve founding members in 1949.';
    expect(verdictsOn(billion, 'The treaty was signed by twelve founding members', '2024-01-01')).toEqual(['supported']);
  });

  it('a wrong count of the founders is contradicted where NATO is named; not in a list nor with the treaty unnamed', () => {
    expect(verdictsOn(ap.replace('Twelve', 'Ten'), 'Ten countries came together', '2024-03-07')).toEqual(['contradicted']);
    expect(verdictsOn('In 1949, 10 NATO member states signed the treaty.', '10 NATO', '2024-03-07')).toEqual([]);
    // The Council of Europe's treaty of 1949 had ten signatories: no NATO, no flag.
    expect(isRed(verdictsOn('In 1949, 10 member states signed the treaty.', '10 member states', '2024-03-07'))).toBe(false);
    // A part of the founders, after "and".
    const part = 'The United States, Canada and 10 countries came together in 1949 to form NATO.';
    expect(isRed(verdictsOn(part, '10 countries came together', '2024-03-07'))).toBe(false);
  });

  // https://pageorama.com/?p=nato_the_alliance_that_keeps_the_peace (held-out 8, u025): three years after the
  // 1945 of the sentence before is 1948; the treaty was signed on 4 April 1949.
  const pageorama =
    'In 1945, the United States and the United Kingdom signed the Anglo-American Treaty, which pledged both countries to assist each other in the event of an attack. Three years later, the United States, the United Kingdom, France, and several other countries signed the North Atlantic Treaty, creating NATO.';

  it('the year of the signing counted from the sentence before, or said with it, is judged', () => {
    expect(verdictsOn(pageorama, 'Three years later', '2022-12-01')).toEqual(['contradicted']);
    expect(verdictsOn(pageorama.replace('Three years', 'Four years'), 'Four years later', '2022-12-01')).toEqual([]);
    // https://www.businessinsider.nl/photos-of-natos-29-member-countries-as-the-powerful-alliance-turns-70-2019-3/
    const bi =
      'On April 4, 1949 – almost exactly four years after Germany’s unconditional surrender – 12 countries signed the North Atlantic Treaty in Washington, DC.';
    expect(isRed(verdictsOn(bi, '12 countries signed', '2019-03-30'))).toBe(false);
    expect(verdictsOn('On April 4, 1948, 12 countries signed the North Atlantic Treaty.', '12 countries', '2019-03-30')).toEqual([
      'contradicted',
    ]);
    expect(verdictsOn('The North Atlantic Treaty was signed in 1948.', 'signed in 1948', '2019-03-30')).toEqual(['contradicted']);
    // https://www.islandernews.com/local/kbvotes/nato-73-years-later-vigilance-is-the-price-of-liberty/article_f073d516-b8c7-11ec-89ad-9fea1d91769f.html
    const islander = 'On April 4, 1949, 12 countries signed the North Atlantic Treaty.';
    expect(verdictsOn(islander, '12 countries signed', '2022-04-10')).toEqual(['supported']);
  });

  it('the treaty unnamed, signed by the founders of NATO said before it, in a year not 1949', () => {
    const told = 'The twelve founding members of NATO signed the treaty in Washington in 1948.';
    expect(verdictsOn(told, 'signed the treaty', '2024-10-01')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(told.replace('1948', '1949'), 'signed the treaty', '2024-10-01'))).toBe(false);
    // Later treaties signed by the founders are accessions.
    const accession = 'In 1955, the original members of NATO signed the treaty of accession for West Germany.';
    expect(isRed(verdictsOn(accession, 'signed the treaty', '2024-10-01'))).toBe(false);
  });

  it('an accession, a vague count of years or a year of something else is not the founding', () => {
    expect(isRed(verdictsOn('In 1952, Greece and Turkey signed the North Atlantic Treaty.', 'signed', '2024-01-01'))).toBe(false);
    const almost = pageorama.replace('Three years later', 'Almost three years later');
    expect(isRed(verdictsOn(almost, 'three years later', '2022-12-01'))).toBe(false);
    const since = 'Since 12 countries signed the North Atlantic Treaty, NATO has grown to 32 members by 2024.';
    expect(isRed(verdictsOn(since, '12 countries signed', '2024-06-01'))).toBe(false);
  });
});

describe("the member count told with 'its', after 'It currently consists of', and as a list's heading", () => {
  // AP, 1 October 2024 (held-out 8, u047): "its" is the alliance named before it in the sentence.
  const ap =
    'Rutte met with outgoing Secretary-General Jens Stoltenberg at NATO headquarters in Brussels, where they laid a wreath to fallen personnel from the alliance as they were surrounded by the flags of its 32 member countries.';

  it("the article's sentence is confirmed; a stale count is outdated", () => {
    expect(verdictsOn(ap, 'its 32 member countries', '2024-10-01')).toEqual(['supported']);
    expect(verdictsOn(ap.replace('its 32', 'its 31'), 'its 31 member countries', '2024-10-01')).toEqual(['outdated']);
    expect(verdictsOn('NATO and its 31 member states condemned the attack.', 'its 31', '2024-06-01')).toEqual(['outdated']);
    expect(verdictsOn('NATO and its 32 member states condemned the attack.', 'its 32', '2024-06-01')).toEqual(['supported']);
  });

  it('not a count of a time told, another body, a share, nor a country with its allies (one less)', () => {
    expect(isRed(verdictsOn('In 2021, NATO and its 30 member states condemned the coup.', 'its 30', '2024-06-01'))).toBe(false);
    expect(verdictsOn('The EU and its 27 member states condemned the coup, NATO said.', 'its 27', '2024-06-01')).toEqual([]);
    expect(isRed(verdictsOn('NATO said 23 of its 32 member states meet the target.', 'its 32', '2024-06-01'))).toBe(false);
    expect(verdictsOn('Poland and its 31 NATO allies condemned the attack.', 'its 31', '2024-06-01')).toEqual(['supported']);
    const pfp = 'The Partnership for Peace is a NATO programme. It has brought its 18 member states closer.';
    expect(verdictsOn(pfp, 'its 18', '2024-06-01')).toEqual([]);
  });

  it('"It currently consists of 28 sovereign member states", NATO named in the sentence before', () => {
    // https://sarajevomun.com/nato/
    const mun =
      'The North Atlantic Treaty Organization is an intergovernmental political and military alliance based on the North Atlantic Treaty. It currently consists of 28 sovereign member states.';
    expect(verdictsOn(mun, 'It currently consists of 28', '2016-06-01')).toEqual(['supported']);
    expect(verdictsOn(mun, 'It currently consists of 28', '2024-06-01')).toEqual(['outdated']);
  });

  it('a heading over a bulleted list of members (March 2024, held-out 8, u037); not over other text', () => {
    const list = 'Challenges and delays.\n32 member countries in NATO\n- Albania\n- Belgium\n- Bulgaria\n';
    expect(verdictsOn(list, '32 member countries in NATO', '2024-03-08')).toEqual(['supported']);
    const prose = 'NATO members.\n30 member countries in NATO\nThe list follows.\n';
    expect(verdictsOn(prose, '30 member countries in NATO', '2024-03-08')).toEqual([]);
  });
});

describe('a summit told ahead by its place and a month without its year', () => {
  // Reuters, 12 February 2026 (held-out 8, u078): July read as last July fitted no summit in Ankara.
  const reuters =
    'NATO defense ministers meet in Brussels on February 12 for their last official meeting before the alliance’s summit in Ankara in early July.';

  it("the article's sentence is confirmed as announced", () => {
    expect(verdictsOn(reuters, 'summit in Ankara in early July', '2026-02-12')).toEqual(['supported']);
  });

  it('other pages: "ahead of", "in the run-up to", a month with no day', () => {
    // https://www.aa.com.tr/en/world/nato-says-ankara-summit-in-july-to-focus-on-delivering-concrete-results/3817974
    const aa = "NATO Deputy Secretary General Radmila Shekerinska spoke ahead of the alliance's Ankara summit in July.";
    expect(isRed(verdictsOn(aa, 'Ankara summit in July', '2026-05-12'))).toBe(false);
    // https://weeklyblitz.net/?p=140813 (January 2026): "The alliance’s major summit scheduled for July 2026 in Ankara"
    const blitz = 'Allies are preparing for the NATO summit in Ankara in July.';
    expect(verdictsOn(blitz, 'summit in Ankara in July', '2026-01-25')).toEqual(['supported']);
  });

  it('a past summit is still read in its own year; "last July" keeps its year', () => {
    const vilnius = "Ministers met before the alliance's summit in Vilnius in July.";
    expect(verdictsOn(vilnius, 'summit in Vilnius in July', '2023-09-01')).toEqual(['supported']);
    const last = 'Ministers recalled the NATO summit in Ankara last July.';
    expect(verdictsOn(last, 'summit in Ankara', '2026-02-12').filter((v) => v === 'supported')).toEqual([]);
  });
});

describe('a NATO summit named by its city and a year it was not held in', () => {
  it('the year before the city, before the summit word, or after the phrase is judged', () => {
    // https://globaleurope.eu/globalization/four-key-takeaways-from-the-2023-nato-vilnius-summit/
    const global = 'The 2023 NATO Summit in Vilnius, Lithuania, was poised to be a pivotal gathering.';
    expect(isRed(verdictsOn(global, 'NATO Summit in Vilnius', '2023-08-01'))).toBe(false);
    expect(verdictsOn(global.replace('2023', '2022'), 'NATO Summit in Vilnius', '2023-08-01')).toEqual(['contradicted']);
    // https://euromaidanpress.com/2023/07/07/natos-vilnius-summit-will-unite-alliance-behind-ukraine-and-bring-it-closer-to-nato-stoltenberg/
    const bucharest = 'Ukraine was told at NATO’s 2008 Bucharest summit that it would become a member.';
    expect(verdictsOn(bucharest, 'Bucharest summit', '2023-07-07')).toEqual(['supported']);
    expect(verdictsOn(bucharest.replace('2008', '2009'), 'Bucharest summit', '2023-07-07')).toEqual(['contradicted']);
    // https://cuu.coron.tech/news/1600052024460710391064: "Before the summit in Vilnius in July 2023"
    const wales = 'Allies agreed at the NATO summit in Wales in 2014 to spend 2% of GDP on defence.';
    expect(verdictsOn(wales, 'summit in Wales', '2020-01-01')).toEqual(['supported']);
    expect(verdictsOn(wales.replace('2014', '2015'), 'summit in Wales', '2020-01-01')).toEqual(['contradicted']);
  });

  it('not without NATO named (the Eastern Partnership met in Vilnius in 2013), nor at a city of several summits, nor ahead', () => {
    const eap = 'Yanukovych refused to sign the association agreement at the 2013 Vilnius summit.';
    expect(isRed(verdictsOn(eap, 'Vilnius summit', '2014-01-01'))).toBe(false);
    const eapNato = 'NATO watched as Yanukovych refused to sign at the Eastern Partnership summit in Vilnius in 2013.';
    expect(isRed(verdictsOn(eapNato, 'summit in Vilnius', '2014-01-01'))).toBe(false);
    // Brussels hosted a NATO summit in February 2005 that the record does not list.
    const brussels = 'Leaders met at the 2005 NATO summit in Brussels.';
    expect(isRed(verdictsOn(brussels, 'summit in Brussels', '2006-01-01'))).toBe(false);
    // Washington hosted one in 1978, before the years the record lists in full.
    expect(isRed(verdictsOn('Carter spoke at the 1978 NATO summit in Washington.', 'summit in Washington', '1990-01-01'))).toBe(false);
    const next = 'The next NATO summit in The Hague in 2025 will set a new target.';
    expect(isRed(verdictsOn(next, 'summit in The Hague', '2024-07-20'))).toBe(false);
  });
});

describe('anchors of the war: a month and year, "launched by Russia", "invaded in late February", marks and hyphens', () => {
  it('a wrong year with its month, right against the phrase, is contradicted; the right one confirmed', () => {
    // https://dafz.org/nato-2023-vilnius-summit-where-is-the-alliance-headed/ (July 2023): an error in the wild
    const dafz = 'More than 500 days into a grinding war launched by Russia in February 2021, Ukraine has pressed for a detailed path.';
    expect(verdictsOn(dafz, 'war launched by Russia in February 2021', '2023-07-10')).toEqual(['contradicted']);
    expect(verdictsOn(dafz.replace('2021', '2022'), 'war launched by Russia in February 2022', '2023-07-10')).toEqual(['supported']);
    expect(verdictsOn('Russia invaded Ukraine in February 2021.', 'invaded Ukraine', '2023-07-10')).toEqual(['contradicted']);
    // https://paulmkrueger.com/2025/02/24/february-24-2022
    const krueger = 'In February 2022, Russia launched a full-scale invasion of Ukraine, marking a major escalation of the war.';
    expect(isRed(verdictsOn(krueger, 'Russia launched', '2025-02-24'))).toBe(false);
  });

  it('2014 stays the start of the war, and a month without its year is never flagged', () => {
    // https://uaim.org/
    const uaim = 'The war between Russia and Ukraine began in February 2014, when Russia seized the Crimean peninsula.';
    expect(isRed(verdictsOn(uaim, 'began in February 2014', '2023-05-01'))).toBe(false);
    expect(isRed(verdictsOn("Russia's invasion of Ukraine in February 2014 began with Crimea.", 'invasion', '2023-05-01'))).toBe(false);
    expect(isRed(verdictsOn('The war launched by Russia in March 2014 continues in Ukraine.', 'war launched', '2023-05-01'))).toBe(false);
    // The Times, 3 May 2022 (held-out 8, u023); a year later "late February" is that year's, and nothing is said.
    const times = 'He is the first world leader to address the Ukrainian parliament since Russia invaded in late February.';
    expect(verdictsOn(times, 'Russia invaded in late February', '2022-05-03')).toEqual(['supported']);
    expect(isRed(verdictsOn(times, 'Russia invaded in late February', '2023-05-03'))).toBe(false);
  });

  it('"approaches the 1,000-day mark" of the invasion "of its neighbor"; a non-breaking hyphen in "four‑year"', () => {
    // AP, 1 October 2024 (held-out 8, u047): day 951.
    const ap = "Russia's full-scale invasion of its neighbor approaches the 1,000-day mark.";
    expect(verdictsOn(ap, 'approaches the 1,000-day mark', '2024-10-01')).toEqual(['supported']);
    expect(verdictsOn(ap.replace('1,000', '500'), 'approaches the 500-day mark', '2024-10-01')).toEqual(['contradicted']);
    // January 2026 (held-out 8, u076), U+2011 between the count and its unit.
    const abuDhabi = 'Talks in Abu Dhabi aimed at ending Russia\u2019s nearly four\u2011year invasion of Ukraine.';
    expect(verdictsOn(abuDhabi, 'nearly four\u2011year invasion', '2026-01-24')).toEqual(['supported']);
    expect(verdictsOn(abuDhabi.replace('four', 'two'), 'nearly two\u2011year invasion', '2026-01-24')).toEqual(['contradicted']);
  });
});

describe('the Trump–Zelensky meetings at the UN General Assembly (2019, 2025)', () => {
  // Held-out 8, u006 (26 September 2019): "he" is Zelensky, named in the sentence before.
  const u006 =
    'Ukrainian leader Volodymyr Zelensky said he felt no pressure from U.S. President Donald Trump. “It’s better to be on TV than by phone,” former comedian Zelensky joked as he sat down next to Trump in front of the press at the UN on Sept. 25.';

  it('the article’s sentence and the same meeting in other words are confirmed', () => {
    expect(verdictsOn(u006, 'sat down next to Trump', '2019-09-26')).toEqual(['supported']);
    // https://eu.usatoday.com/story/news/politics/2019/09/25/trump-zelensky-meeting-comes-amid-impeachment-inquiry-over-ukraine/2438140001/
    const usaToday = 'Donald Trump and Volodymyr Zelensky met in New York on September 25, 2019.';
    expect(verdictsOn(usaToday, 'met in New York', '2019-10-01')).toEqual(['supported']);
    // https://www.ajc.com/news/2025/09/trump-and-zelenskyy-meet-at-the-un-as-ukraine-presses-for-us-help-against-russia
    const ap = 'Donald Trump and Volodymyr Zelenskyy met at the UN General Assembly on September 23.';
    expect(verdictsOn(ap, 'met at the UN General Assembly on September 23', '2025-09-25')).toEqual(['supported']);
  });

  it('a day that is not the meeting’s, with the year, is contradicted', () => {
    const changed = 'Donald Trump and Volodymyr Zelensky met in New York on September 27, 2019.';
    expect(verdictsOn(changed, 'on September 27, 2019', '2019-10-01')).toContain('contradicted');
  });
});

describe("the alliance's age: since the treaty's signing, and years of the alliance celebrated", () => {
  it('confirmed when the count fits, never flagged', () => {
    // nato.int, 5 April 2024 (held-out 8, u038)
    const nato = 'Foreign ministers marked 75 years since the signing of the North Atlantic Treaty.';
    expect(verdictsOn(nato, '75 years since the signing', '2024-04-05')).toEqual(['supported']);
    expect(isRed(verdictsOn(nato.replace('75', '70'), '70 years since the signing', '2024-04-05'))).toBe(false);
    // Stoltenberg, April 2024 (held-out 8, u043)
    const sg = 'Allies will celebrate 75 years of the most successful alliance in history, NATO said.';
    expect(verdictsOn(sg, 'celebrate 75 years', '2024-04-05')).toEqual(['supported']);
    expect(verdictsOn('Today marks 75 years of NATO.', 'marks 75 years of NATO', '2024-04-04')).toEqual(['supported']);
    // Not a member's years nor a short span.
    expect(verdictsOn('Poland will celebrate 25 years of NATO membership.', '25 years', '2024-03-12')).not.toContain('contradicted');
  });
});

describe('a member with its year in parentheses: its own, judged when "joined" is said', () => {
  it('a wrong year is contradicted, not confirmed by another member’s year in the sentence', () => {
    // March 2024 (held-out 8, u037): "Finland (joined in 2023)\n- Sweden (joined in 2024)" under "32 member countries in NATO"
    const list = 'The 32 NATO members include Finland (joined in 2023) and Sweden (joined in 2024).';
    expect(verdictsOn(list, 'Finland (joined in 2023)', '2024-03-08')).toEqual(['supported']);
    expect(verdictsOn(list.replace('2023', '2022'), 'Finland (joined in 2022)', '2024-03-08')).toEqual(['contradicted']);
    // A generated list: Hungary's 1999 confirmed Poland too.
    const mixed = 'NATO members include Poland (joined in 2002), Hungary (1999) and the Czech Republic (1999).';
    expect(verdictsOn(mixed, 'Poland (joined in 2002)', '2024-03-08')).toEqual(['contradicted']);
    expect(verdictsOn(mixed, 'Hungary (1999)', '2024-03-08')).toEqual(['supported']);
  });

  it('not a bare year (another year of the country), nor another club’s list', () => {
    const bare = 'NATO members include Poland (2002) and Hungary (1999).';
    expect(isRed(verdictsOn(bare, 'Poland (2002)', '2024-03-08'))).toBe(false);
    const eu = 'NATO members that are also in the EU include Poland (joined in 2004) and Finland (joined in 1995).';
    expect(isRed(verdictsOn(eu, 'Poland (joined in 2004)', '2024-03-08'))).toBe(false);
  });
});

describe('meetings of ministers the record lacked, and the Ramstein meeting told with how it is held', () => {
  it("the articles' sentences are confirmed", () => {
    // Reuters, 21 October 2021 (held-out 8, u017)
    const reuters =
      'At Thursday’s meeting, NATO defence ministers agreed a new master plan for deterrence and defence of the Euro-Atlantic area, news agencies reported.';
    expect(verdictsOn(reuters, 'Thursday’s meeting', '2021-10-22')).toEqual(['supported']);
    // Ukrinform, 19 July 2025 (held-out 8, u061)
    const shmyhal = 'The Defense Minister confirmed that the Ramstein meeting will be held online on Monday, July 21.';
    expect(verdictsOn(shmyhal, 'Ramstein meeting will be held online', '2025-07-19')).toEqual(['supported']);
  });

  it('a day that is not the meeting’s is not confirmed', () => {
    const shifted = 'The Defense Minister confirmed that the Ramstein meeting will be held online on Monday, July 28.';
    expect(verdictsOn(shifted, 'Ramstein meeting', '2025-07-19').filter((v) => v === 'supported')).toEqual([]);
    const dm = 'NATO defence ministers met on October 28, 2021 at NATO headquarters.';
    expect(verdictsOn(dm, 'met on October 28', '2021-11-05').filter((v) => v === 'supported')).toEqual([]);
  });
});

describe('a wait counted from a start the sentence gives to the article’s day', () => {
  // AP, 7 March 2024 (held-out 8, u035, a labelled error: May 2022 to 7 March 2024 is 21 to 22 months).
  const ap = 'For Sweden, it ends a 20-month wait that began in May 2022, when it sent in its application to join NATO.';

  it('a count more than a month off is contradicted; one that fits is confirmed', () => {
    expect(verdictsOn(ap, 'ends a 20-month wait', '2024-03-07')).toEqual(['contradicted']);
    expect(verdictsOn(ap.replace('20-month', '22-month'), 'ends a 22-month wait', '2024-03-07')).toEqual(['supported']);
    // https://classifyied.com/countries/sweden-is-already-a-member-of-nato-20240308-1025/amp/: "a process that ... took 22 months"
    const nearly = 'Sweden’s entry ends a nearly two-year journey that began in May 2022, when it applied to join NATO.';
    expect(verdictsOn(nearly, 'ends a nearly two-year journey', '2024-03-07')).toEqual(['supported']);
  });

  it('not when the wait ended before (past tense), nor with no year to its start, nor in a hypothetical', () => {
    expect(isRed(verdictsOn(ap.replace('ends a', 'ended a'), '20-month wait', '2024-03-07'))).toBe(false);
    expect(isRed(verdictsOn(ap.replace('May 2022', 'May'), '20-month wait', '2024-03-07'))).toBe(false);
    const would = 'If Hungary approves, Sweden ends a 20-month wait that began in May 2022.';
    expect(isRed(verdictsOn(would, '20-month wait', '2024-03-07'))).toBe(false);
  });
});

describe("Ukraine's Membership Action Plan dropped at the Vilnius summit (July 2023)", () => {
  it('told in several words, confirmed after the decision', () => {
    // 12 July 2023 (held-out 4, n043)
    const n043 =
      "At the same time, the alliance removed a requirement for Ukraine to fulfill what is known as the Membership Action Plan, effectively eliminating a barrier to Kyiv's accession.";
    expect(verdictsOn(n043, 'removed a requirement', '2023-07-12')).toEqual(['supported']);
    // https://www.deccanherald.com/international/world-news-politics/nato-summit-declaration-says-ukraines-future-is-in-nato-1236068.html
    const reuters = 'NATO dropped the requirement for Ukraine to fulfil a so-called Membership Action Plan (MAP).';
    expect(verdictsOn(reuters, 'dropped the requirement', '2023-07-11')).toEqual(['supported']);
    // Held-out 8, u030 (2023); Kuleba, 10 July 2023 (euromaidanpress.com): "consensus on removing MAP from Ukraine's path"
    expect(verdictsOn("NATO had agreed to remove the Membership Action Plan from Ukraine's path.", 'remove the', '2023-09-01')).toEqual([
      'supported',
    ]);
    expect(verdictsOn("Allies reached consensus on removing MAP from Ukraine's path to membership.", 'removing MAP', '2023-07-10')).toEqual(
      ['supported'],
    );
  });

  it('a year that is not 2023 is contradicted; Georgia, denials, plans and earlier pages are not read', () => {
    const wrong = 'NATO removed the Membership Action Plan requirement for Ukraine in 2022.';
    expect(verdictsOn(wrong, 'removed the Membership Action Plan', '2024-01-01')).toEqual(['contradicted']);
    expect(verdictsOn('NATO refused to drop the Membership Action Plan for Ukraine and Georgia.', 'drop', '2023-07-12')).toEqual([]);
    expect(verdictsOn('Allies will not remove the Membership Action Plan for Ukraine, officials said.', 'remove', '2023-07-12')).toEqual(
      [],
    );
    expect(verdictsOn(wrong.replace(' in 2022', ''), 'removed', '2023-06-01')).toEqual([]);
  });
});
