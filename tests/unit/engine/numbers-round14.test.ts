// Membership, spending and sanctions in the fourteenth round: held-out 12's misses (development data now) and the
// eleventh precision audit's Sberbank miss. Each family is tested on the page's sentence, on its false versions, and on
// true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe('member counts in more forms', () => {
  // https://n1info.hr/english/news/a374518-croatia-ratifies-north-macedoniaand39s-admission-to-nato/ (heldout12 g005, March 2019)
  const g005 = (n: number) =>
    `Croatian Parliament ratified North Macedonia's NATO accession application. The recently renamed North Macedonia is expected to become the 30th member of the military alliance, pending approval of all of alliance's ${n} member countries' legislation.`;

  it('"all of alliance\'s 29 member countries": the whole alliance, the article left out', () => {
    expect(membership(g005(29), "all of alliance's 29 member countries", '2019-03-01')).toEqual(['supported']);
    expect(membership(g005(28), "all of alliance's 28 member countries", '2019-03-01')).toEqual(['outdated']);
    // 30 only a year later: a count NATO had not reached is another body's as far as the form can tell.
    expect(isRed(membership(g005(30), "all of alliance's 30 member countries", '2019-03-01'))).toBe(false);
  });

  it('"Twenty-nine permanent representatives of the NATO member countries": confirmed, never flagged (some may be absent)', () => {
    // https://nezavisen.mk/macedonia-to-sign-nato-accession-protocol-on-february-6/?lang=en (heldout12 g001, February 2019)
    const g001 = (n: string) =>
      `The signing ceremony will take place at NATO HQ in the presence of Foreign Minister Nikola Dimitrov. ${n} permanent representatives of the NATO member countries will sign the Accession Protocol.`;
    expect(membership(g001('Twenty-nine'), 'Twenty-nine permanent representatives of the NATO member countries', '2019-02-02')).toEqual([
      'supported',
    ]);
    expect(isRed(membership(g001('Twenty-eight'), 'Twenty-eight permanent representatives', '2019-02-02'))).toBe(false);
  });

  it('"the United States, Canada and 28 European nations who have agreed to defend each other": the pledge is all of them', () => {
    // https://nieonline.com/maps/printquiz.cfm?pubdate=20220228&paper=anchorage (heldout12 g021, February 2022)
    const g021 = (n: number) =>
      `The North Atlantic Treaty Organization (NATO) is an alliance of the United States, Canada and ${n} European nations who have agreed to defend each other in response to an attack by any external party.`;
    expect(membership(g021(28), 'the United States, Canada and 28 European nations', '2022-02-28')).toEqual(['supported']);
    expect(membership(g021(27), 'the United States, Canada and 27 European nations', '2022-02-28')).toEqual(['outdated']);
    // A part of them still makes no count: "who have met the target".
    const part = 'NATO is an alliance of the United States, Canada and 9 European nations who have met the 2% target, out of 30 members.';
    expect(isRed(membership(part, '9 European nations', '2022-02-28'))).toBe(false);
  });

  it('"the 32 countries said in a joint summit statement": confirmed only', () => {
    // https://www.turkishminute.com/2025/06/25/turkey-to-host-next-nato-summit-allies-agree-on-5-percent-defense-spending-target/amp (g050)
    const g050 = (n: number) =>
      `NATO leaders on Wednesday committed to spending 5 percent of annual output on defense by 2035. “Allies commit to invest five percent of GDP annually on core defence requirements as well as defence- and security-related spending by 2035,” the ${n} countries said in a joint summit statement at the end of their two-day summit in The Hague on Wednesday.`;
    expect(membership(g050(32), 'the 32 countries', '2025-06-25')).toEqual(['supported']);
    expect(isRed(membership(g050(31), 'the 31 countries', '2025-06-25'))).toBe(false);
    // Another body's statement is not NATO's count.
    const g7 = 'G7 leaders met in Canada. The 7 countries said in a joint statement that they back Ukraine.';
    expect(membership(g7, 'The 7 countries', '2025-06-17')).toEqual([]);
  });

  it('a label line "NATO Members: 32": the whole alliance as of the page', () => {
    // https://www.eminent-ias.com/daily-current-affairs/nato-concludes-historic-summit-in-the-hague (heldout12 g051, June 2025)
    const g051 = (n: number) =>
      `NATO Summit 2025 – The Hague (24–25 June 2025)\n- Special Attendees:\n- NATO Members: ${n} (incl. Finland & Sweden).\n- Partners: Ukraine (Zelenskyy), Australia, Japan, New Zealand, South Korea.`;
    expect(membership(g051(32), 'NATO Members: 32', '2025-06-26')).toEqual(['supported']);
    expect(membership(g051(31), 'NATO Members: 31', '2025-06-26')).toEqual(['outdated']);
    // A line that goes on is not a label of the count.
    const prose = 'NATO Members: 32 leaders met in The Hague to agree the new target.';
    expect(isRed(membership(prose, 'NATO Members: 32', '2025-06-26'))).toBe(false);
  });

  it('"of which Luxembourg was one of the twelve founding states": the founders counted, NATO named in the sentence', () => {
    // https://chronicle.lu/category/abroad/28789-jean-asselborn-advocates-continued-support-for-crimea-calls-for-inclusive-peace-process-in-afghanistan (g006)
    const g006 = (n: string) =>
      `The ministerial meeting, chaired by NATO Secretary General Jens Stoltenberg, celebrated the 70th anniversary of the Atlantic Alliance, of which Luxembourg was one of the ${n} founding states.`;
    expect(membership(g006('twelve'), 'one of the twelve founding states', '2019-04-05')).toEqual(['supported']);
    expect(membership(g006('eleven'), 'one of the eleven founding states', '2019-04-05')).toEqual(['contradicted']);
    // NATO only in the sentence before, or another body's founders: nothing.
    const eec = 'NATO foreign ministers met in Washington. Luxembourg was one of the ten founding members.';
    expect(membership(eec, 'one of the ten founding members', '2019-04-05')).toEqual([]);
    const coe = 'Luxembourg, a NATO ally, was one of the ten founding members of the Council of Europe in 1949.';
    expect(isRed(membership(coe, 'one of the ten founding members', '2019-04-05'))).toBe(false);
  });
});

describe('an EU package said adopted or announced a day or more after the Council adopted it', () => {
  it('the page: "On February 25, 2025, the EU announced its 16th package of sanctions" (adopted on the 24th)', () => {
    // https://iaspoint.com/new-sanctions-by-eu-and-uk-on-russia-and-india (heldout12 g207, February 2025)
    const g207 = (d: number) =>
      `On February ${d}, 2025, the EU announced its 16th package of sanctions, which included 83 new listings. This package consisted of 48 individuals and 35 entities, all facing asset freezes.`;
    expect(sanction(g207(25), 'On February 25, 2025, the EU announced its 16th package of sanctions', '2025-02-27')).toEqual([
      'contradicted',
    ]);
    expect(sanction(g207(24), 'On February 24, 2025, the EU announced its 16th package of sanctions', '2025-02-27')).toEqual(['supported']);
  });

  it("another package a few days late is flagged too; the ambassadors' day before, entry into force and publication are not", () => {
    const late = 'On June 26, 2024, the EU adopted its 14th package of sanctions against Russia.';
    expect(sanction(late, 'June 26, 2024, the EU adopted its 14th package', '2024-06-27')).toEqual(['contradicted']);
    const agreed = 'On February 19, 2025, EU ambassadors approved the 16th package of sanctions.';
    expect(isRed(sanction(agreed, '16th package', '2025-02-27'))).toBe(false);
    const force = 'The 16th package of sanctions, adopted on February 24, 2025, entered into force on February 25, 2025.';
    expect(isRed(sanction(force, '16th package', '2025-02-27'))).toBe(false);
    const journal = 'On June 25, 2024, the 14th package of sanctions was published in the Official Journal.';
    expect(isRed(sanction(journal, '14th package', '2024-06-27'))).toBe(false);
  });
});

describe('a package told as issued, passed or by "the adoption of", on a written-out day', () => {
  it("another package's number on the day the record gives the 16th, or a day after the sixth", () => {
    // heldout8 n017 (February 2025): "On 24th February, 2025 (...), the European Union (EU) issued its 16th package"
    const n017 = (n: string) =>
      `On 24th February, 2025 (the third year anniversary of Russia’s invasion of Ukraine), the European Union (EU) issued its ${n} package of sanctions against Russia.`;
    expect(sanction(n017('16th'), '16th package', '2025-02-26')).toEqual(['supported']);
    expect(sanction(n017('15th'), '15th package', '2025-02-26')).toEqual(['contradicted']);
    // h061 (April 2025): "24 February 2025 saw the adoption of the EU’s 16th sanctions package"
    expect(
      sanction('24 February 2025 saw the adoption of the EU’s 16th sanctions package.', '16th sanctions package', '2025-04-09'),
    ).toEqual(['supported']);
    expect(
      sanction('24 February 2025 saw the adoption of the EU’s 15th sanctions package.', '15th sanctions package', '2025-04-09'),
    ).toEqual(['contradicted']);
    // y026 (June 2022): "On 03 June 2022, the European Union passed its sixth sanctions package"
    expect(
      sanction('On 4 June 2022, the European Union passed its sixth sanctions package.', 'sixth sanctions package', '2022-06-10'),
    ).toEqual(['contradicted']);
  });

  it('"ahead of the adoption" is not an adoption', () => {
    const ahead = 'Ahead of the adoption of the 14th package on June 24, 2024, ministers met.';
    expect(isRed(sanction(ahead, '14th package', '2024-06-10'))).toBe(false);
  });
});

describe('a bank cut off from SWIFT on a date: the package that cut that bank off', () => {
  it("Sberbank in March 2022 (the sixth package of June cut it off; the eleventh audit's miss)", () => {
    expect(sanction('Sberbank was disconnected from SWIFT in March 2022.', 'disconnected from SWIFT', '2022-06-15')).toEqual([
      'contradicted',
    ]);
    expect(sanction('In March 2022, Sberbank was cut off from SWIFT.', 'cut off from SWIFT', '2023-06-15')).toEqual(['contradicted']);
    expect(sanction('VTB was disconnected from SWIFT in June 2022.', 'disconnected from SWIFT', '2022-08-15')).toEqual(['contradicted']);
  });

  it('the true dates, and the bank spared or threatened, are not flagged', () => {
    expect(sanction('The EU cut Sberbank off from SWIFT in June 2022.', 'cut Sberbank off from SWIFT', '2022-06-15')).toEqual([
      'supported',
    ]);
    // In force on 14 June 2022, eleven days after the package.
    expect(sanction('Sberbank was disconnected from SWIFT on June 14, 2022.', 'disconnected from SWIFT', '2022-06-20')).toEqual([
      'supported',
    ]);
    expect(sanction('VTB was disconnected from SWIFT in March 2022.', 'disconnected from SWIFT', '2022-04-15')).toEqual(['supported']);
    const spared = 'Sberbank was not cut off from SWIFT in March 2022, when seven banks were.';
    expect(isRed(sanction(spared, 'cut off from SWIFT', '2022-06-20'))).toBe(false);
    // heldout9 v023 (2 June 2022, agreed by ambassadors that day): the package that will cut Sberbank off.
    const v023 = 'The sanctions package will also see Russia’s biggest bank, Sberbank, cut off the international payments system SWIFT.';
    expect(sanction(v023, 'cut off the international payments system SWIFT', '2022-06-02')).toEqual(['supported']);
  });
});

describe('more members than NATO ever had, in a phrase that names NATO as their owner', () => {
  it('mutants of true sentences: "NATO’s 33 members", "NATO and its 33 allies" in 2024', () => {
    // ttl03 (October 2024): "NATO’s 32 members appointed Rutte during the summer ..."
    const ttl03 = (n: number) =>
      `NATO’s ${n} members appointed Rutte during the summer after the Dutch politician secured the early backing of the United States, Germany, and France.`;
    expect(membership(ttl03(33), 'NATO’s 33 members', '2024-10-01')).toEqual(['contradicted']);
    expect(membership(ttl03(32), 'NATO’s 32 members', '2024-10-01')).toEqual(['supported']);
    // w041 (July 2024): "NATO and its 32 allies protect their interests"
    const w041 = (n: number) =>
      `Partnership will be a crucial element of discussion at this NATO summit. NATO and its ${n} allies protect their interests, and the security of one another.`;
    expect(membership(w041(33), 'NATO and its 33 allies', '2024-07-03')).toEqual(['contradicted']);
    expect(membership(w041(32), 'NATO and its 32 allies', '2024-07-03')).toEqual(['supported']);
  });

  it('"The 33-nation military alliance", NATO named in the sentence before (a mutant of AP, August 2025)', () => {
    const fig12 = (n: number) =>
      `NATO leaders met in The Hague in June. The ${n}-nation military alliance agreed at a June summit in the Hague to massively hike defense spending over the next decade.`;
    expect(membership(fig12(33), '33-nation military alliance', '2025-08-28')).toEqual(['contradicted']);
    expect(membership(fig12(32), '32-nation military alliance', '2025-08-28')).toEqual(['supported']);
    // Another alliance named just before: not NATO's count.
    const csto = 'NATO leaders met. Russia leads a 6-nation military alliance, the CSTO. The 36-nation alliance met too.';
    expect(isRed(membership(csto, '36-nation alliance', '2025-08-28'))).toBe(false);
  });

  it('a count of an enlargement to come, or with partners added, is not flagged', () => {
    const future = 'Once Ukraine joins, NATO’s 33 members will share its defence.';
    expect(isRed(membership(future, 'NATO’s 33 members', '2025-06-01'))).toBe(false);
    const partners = 'NATO’s 33 members and partners met in Brussels.';
    expect(isRed(membership(partners, 'NATO’s 33 members', '2025-06-01'))).toBe(false);
    // A count NATO reached only later stays unflagged on an undated statement (the page may have been updated).
    const later = 'At Monday’s meeting, NATO’s 31 member states decided to launch a “new chapter” in Atlantic relations.';
    expect(isRed(membership(later, 'NATO’s 31 member states', '2021-06-15'))).toBe(false);
  });
});

describe('NATO invitees named', () => {
  // https://chronicle.lu/category/abroad/43560-luxembourg-pledges-additional-eur1m-for-bosnia-herzegovina-georgia-moldova-at-nato-meeting (g025)
  const g025 =
    "On Tuesday 29 and Wednesday 30 November 2022, Luxembourg's Minister of Foreign and European Affairs, Jean Asselborn, participated in the meeting of NATO Foreign Ministers in Bucharest, Romania.\n\nThe first working session, dedicated to the Russian war of aggression against Ukraine, was held in the presence of the invited countries, Finland and Sweden, and was followed by an informal dinner.";

  it('"the invited countries, Finland and Sweden": invited at Madrid, not yet members (December 2022)', () => {
    expect(membership(g025, 'the invited countries, Finland and Sweden', '2022-12-01')).toEqual(['supported']);
    const july = 'NATO invitees Finland and Sweden attended the meeting of NATO defence ministers.';
    expect(membership(july, 'NATO invitees Finland and Sweden', '2022-07-12')).toEqual(['supported']);
  });

  it('the same a year later, when Finland had joined: outdated; Sweden alone still an invitee', () => {
    const late =
      'NATO foreign ministers met in Brussels. The first working session was held in the presence of the invited countries, Finland and Sweden.';
    expect(membership(late, 'the invited countries, Finland and Sweden', '2023-12-01')).toEqual(['outdated']);
    const sweden = 'NATO foreign ministers met in Brussels. The first working session was held in the presence of the invitee, Sweden.';
    expect(membership(sweden, 'the invitee, Sweden', '2023-12-01')).toEqual(['supported']);
  });

  it('before the invitation, or in a passage of another time, nothing red', () => {
    const early = 'NATO foreign ministers met. The invited countries, Finland and Sweden, attended.';
    expect(isRed(membership(early, 'The invited countries, Finland and Sweden', '2022-05-20'))).toBe(false);
    const past =
      'NATO foreign ministers met in Bucharest in November 2022. The invited countries, Finland and Sweden, attended the session then.';
    expect(isRed(membership(past, 'The invited countries, Finland and Sweden', '2024-05-20'))).toBe(false);
  });
});

describe('spending: a national plan with "of GDP" before its year, and the Hague split named as the benchmark ahead of the summit', () => {
  const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('"Starmer plans to increase military spending in Britain to 2.5% of the GDP by 2027" (the UK plan of 25 February 2025)', () => {
    // https://www.newsminimalist.com/articles/starmer-warns-about-potential-russian-threats-to-ukraine-af8479fc (g210, March 2025)
    const g210 = (p: string, y: number) =>
      `Looking to the future, Starmer plans to increase military spending in Britain to ${p}% of the GDP by ${y}, and possibly even to 3% in the following decade.`;
    expect(figure(g210('2.5', 2027), '2.5% of the GDP by 2027', '2025-03-15')).toEqual(['supported']);
    // Another figure or year is not confirmed (and one ally's plan is never flagged here).
    expect(figure(g210('2.5', 2028), '2.5%', '2025-03-15')).not.toContain('supported');
    expect(isRed(figure(g210('2.6', 2027), '2.6%', '2025-03-15'))).toBe(false);
  });

  it('"This new benchmark includes 3.5% for core defense spending and an additional 1.5%" five days before The Hague', () => {
    // https://truthorfake.com/blog/trump-plans-to-celebrate-new-nato-spending-benchmark-at-summit-24431 (g109, 20 June 2025)
    const g109 = (a: string, b: string) =>
      `Trump has insisted that NATO allies should commit to spending at least 5% of their gross domestic product (GDP) on defense. This new benchmark includes ${a}% for core defense spending and an additional ${b}% for related investments in infrastructure and preparedness.`;
    expect(figure(g109('3.5', '1.5'), '3.5%', '2025-06-20')).toEqual(['supported']);
    expect(figure(g109('3.5', '1.5'), '1.5%', '2025-06-20')).toEqual(['supported']);
    expect(figure(g109('3', '2'), '3%', '2025-06-20')).not.toContain('supported');
  });
});

describe('an EU ban on buying Russian LNG told as in place before the 19th package', () => {
  it('the page: "The prohibition includes the purchase of Russian LNG by EU countries" (June 2024: only transshipment was banned)', () => {
    // https://www.chronicleindia.in/current-affairs/11887-eu-countries-approves-14th-sanctions-against-russia (heldout12 g203)
    const g203 =
      'On June 20th, 2024, European Union countries approved a 14th package of sanctions against Russia over its war in Ukraine, including a ban on re-exports of Russian liquefied natural gas (LNG) in EU waters.\n\nKey Points\n\n  • The prohibition includes the purchase of Russian LNG by EU countries; ban the re-export of Russian gas to third countries via European waters.';
    expect(sanction(g203, 'The prohibition includes the purchase of Russian LNG by EU countries', '2024-06-21')).toEqual(['contradicted']);
    // The true part of the same page stays confirmed.
    expect(sanction(g203, 'a ban on re-exports of Russian liquefied natural gas', '2024-06-21')).toEqual(['supported']);
    expect(sanction("The EU's 14th package bans imports of Russian LNG.", 'bans imports of Russian LNG', '2024-06-24')).toEqual([
      'contradicted',
    ]);
  });

  it("the 19th package's ban, a proposal, a negation, a member's own ban and the US ban are not flagged", () => {
    expect(sanction('The 19th package bans imports of Russian LNG from 2027.', 'bans imports of Russian LNG', '2025-11-10')).toEqual([
      'supported',
    ]);
    const cases: Array<[string, string]> = [
      ['The Commission proposed a ban on imports of Russian LNG by 2027.', '2025-06-18'],
      ['The 14th package of sanctions stopped short of banning imports of Russian LNG.', '2024-06-21'],
      ['Lithuania became the first EU country to ban imports of Russian LNG.', '2022-04-03'],
      ['The United States banned imports of Russian oil, LNG and coal as part of its sanctions.', '2022-03-09'],
      ['EU sanctions could include a ban on imports of Russian LNG.', '2024-05-01'],
    ];
    for (const [text, asOf] of cases) expect(isRed(sanction(text, text, asOf)), text).toBe(false);
  });
});

describe('the invitation told as a noun with its month, of the country named just before', () => {
  it('the page: "Formal invitation to NATO was given in December 2019" (North Macedonia: July 2018, protocol February 2019)', () => {
    // https://thisday.fyi/3/27/2020/north-macedonia-joins-nato-as-30th-member (heldout12 g216, March 2020)
    const g216 = (when: string) =>
      `On this day, North Macedonia officially became the 30th member of NATO.\nNorth Macedonia resolved a long-standing name dispute.\nFormal invitation to NATO was given in ${when}.\nMembership strengthens NATO’s presence in the Balkans.`;
    expect(membership(g216('December 2019'), 'Formal invitation to NATO was given in December 2019', '2020-03-28')).toEqual([
      'contradicted',
    ]);
    expect(membership(g216('July 2018'), 'Formal invitation to NATO was given in July 2018', '2020-03-28')).toEqual(['supported']);
    // The protocol's signing is called the formal invitation too.
    expect(membership(g216('February 2019'), 'Formal invitation to NATO was given in February 2019', '2020-03-28')).toEqual(['supported']);
    // Within a month of a step: left alone.
    expect(isRed(membership(g216('August 2018'), 'Formal invitation to NATO was given in August 2018', '2020-03-28'))).toBe(false);
  });

  it('no country, or two, named: nothing', () => {
    const none = 'NATO met.\nFormal invitation to NATO was given in December 2019.';
    expect(membership(none, 'Formal invitation to NATO was given in December 2019', '2020-03-28')).toEqual([]);
    const two = 'Finland and Montenegro were discussed.\nFormal invitation to NATO was given in December 2019.';
    expect(membership(two, 'Formal invitation to NATO was given in December 2019', '2020-03-28')).toEqual([]);
  });
});
