// Officials told in real articles (held-out 12, read in the fourteenth round), and the office data they
// are judged by. Each family is tested on the article's sentence, on sentences of the same kind from
// other pages (URLs in comments), with the fact changed (flagged where the claim is identified beyond
// doubt), and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe("an aide given as a leader's", () => {
  // https://asb-media.info/en/discussions-being-led-by-waltz-... (held-out 12, g209, 1 May 2025): Waltz was Trump's.
  const g209 =
    "The back-and-forth between the U.S. and Russia over the Ukraine conflict is taking baby steps forward, as per Mike Waltz, President Joe Biden's National Security Advisor. BBC reported the news.";

  it("the article's wrong leader is contradicted, whatever the page's date", () => {
    const quote = "Mike Waltz, President Joe Biden's National Security Advisor";
    expect(titleVerdicts(g209, quote, '2025-05-01')).toContain('contradicted');
    expect(titleVerdicts(g209, quote, '2026-06-01')).toContain('contradicted');
  });

  it('the true sentences of the form are confirmed or left alone', () => {
    // https://thenightly.com.au/politics/us-politics/donald-trumps-national-security-adviser-mike-waltz-says-us-officials-europe-bound-for-talks-on-ukraine-conflict-c-17667357 (February 2025)
    const nightly = 'Donald Trump’s national security adviser, Mike Waltz, says US officials Europe bound for talks on Ukraine conflict';
    expect(isRed(verdictsOn(nightly, 'Mike Waltz', '2025-02-10'))).toBe(false);
    expect(titleVerdicts(nightly, 'Mike Waltz', '2025-02-10')).toContain('supported');
    // https://web.lifelines.name/read/7a52a758-731d-581d-a846-3e9b8d7500f1 (Kyiv Post copy, March 2024)
    const lifelines =
      'KYIV – U.S. President Joe Biden’s National Security Advisor Jake Sullivan made a surprise visit to Kyiv to “check the clocks” and assure Ukraine that it can still rely on the U.S. as a powerful ally.';
    expect(isRed(verdictsOn(lifelines, 'Jake Sullivan', '2024-03-20'))).toBe(false);
    // Told after both had left: still true of Biden's term.
    const sullivan = "Jake Sullivan, President Joe Biden's National Security Advisor, said so in 2023.";
    const told = titleVerdicts(sullivan, "Jake Sullivan, President Joe Biden's National Security Advisor", '2025-05-01');
    expect(told).toContain('supported');
    expect(isRed(told)).toBe(false);
  });

  it('with the fact changed: a holder of another president, the predecessor, another prime minister', () => {
    const nightly = 'Donald Trump’s national security adviser, Jake Sullivan, says US officials Europe bound for talks on Ukraine conflict';
    // Flagged by the title as of the page's day (outdated); the leader's form adds no second flag.
    expect(isRed(titleVerdicts(nightly, 'Donald Trump’s national security adviser, Jake Sullivan', '2025-02-10'))).toBe(true);
    const told = 'Jake Sullivan, Donald Trump’s national security adviser, said so in 2018.';
    expect(titleVerdicts(told, 'Jake Sullivan, Donald Trump’s national security adviser', '2025-02-10')).toContain('contradicted');
    const obrien = 'KYIV – U.S. President Joe Biden’s National Security Advisor Robert O’Brien made a surprise visit to Kyiv.';
    expect(isRed(verdictsOn(obrien, 'Robert O’Brien', '2024-03-20'))).toBe(true);
    expect(
      titleVerdicts("Rishi Sunak's foreign secretary David Lammy said.", "Rishi Sunak's foreign secretary David Lammy", '2025-03-01'),
    ).toEqual(['contradicted']);
    expect(isRed(verdictsOn("Keir Starmer's foreign secretary David Lammy said.", 'David Lammy', '2025-03-01'))).toBe(false);
  });

  it('not flagged: a day or two at a handover, a leader with no head office, an aide the record does not know', () => {
    // Blinken stayed until Rubio was sworn in on 21 January 2025: a day of Trump's term is not serving under him.
    expect(
      titleVerdicts(
        "Donald Trump's secretary of state Antony Blinken said.",
        "Donald Trump's secretary of state Antony Blinken",
        '2023-03-01',
      ),
    ).not.toContain('contradicted');
    // A vice president's aide (Kellogg was Pence's national security adviser from 2018): the possessor heads no
    // state or government, so the title is not judged as the President's adviser's (it was outdated before).
    expect(isRed(verdictsOn("Mike Pence's national security adviser Keith Kellogg said.", 'Keith Kellogg', '2018-03-01'))).toBe(false);
    expect(
      isRed(verdictsOn("Vice President Mike Pence's national security adviser, Keith Kellogg, said.", 'Keith Kellogg', '2018-03-01')),
    ).toBe(false);
    // Someone the record knows in no such office.
    // Round 24 (title-leader-aide.ts heldByAnother): someone the record knows, never in the office, named as the sitting
    // leader's holder of an office with one known holder that day (Jake Sullivan) is contradicted; one of another time is not.
    expect(isRed(verdictsOn("Joe Biden's national security adviser Steve Witkoff said.", 'Steve Witkoff', '2024-03-01'))).toBe(true);
    expect(isRed(verdictsOn("Joe Biden's national security adviser Steve Witkoff said in 2016.", 'Steve Witkoff', '2024-03-01'))).toBe(
      false,
    );
  });
});

describe('a title on the subject of a report in the present perfect', () => {
  // https://digest-daily.com/niinisto-says-he-warned-trump-about-putins-tactics-during-2018-helsinki-meeting.html (held-out 12, g212, 29 July 2025)
  const g212 =
    'President Sauli Niinistö has revealed that he warned former US President Donald Trump about Vladimir Putin’s behaviour during a trilateral meeting in Helsinki in 2018. The remarks came in an interview with German broadcaster Deutsche Welle.';

  it("is the title on the report's day, not the reported time's", () => {
    expect(titleVerdicts(g212, 'President Sauli Niinistö', '2025-07-29')).toEqual(['outdated']);
    // While he held the office, the same sentence is true.
    expect(titleVerdicts(g212, 'President Sauli Niinistö', '2023-06-01')).toEqual(['supported']);
  });

  it('a title in the reported time, or of a report told as past, is still read as of that time', () => {
    const said = 'In 2018, President Sauli Niinistö said that he warned Trump about Putin.';
    expect(titleVerdicts(said, 'President Sauli Niinistö', '2025-07-29')).toEqual(['supported']);
    const warned = 'President Sauli Niinistö warned Trump about Putin during a meeting in Helsinki in 2018.';
    expect(titleVerdicts(warned, 'President Sauli Niinistö', '2025-07-29')).toEqual(['supported']);
    const former = 'Former president Sauli Niinistö has revealed that he warned Trump in 2018.';
    expect(isRed(verdictsOn(former, 'Sauli Niinistö', '2025-07-29'))).toBe(false);
  });
});

describe('a page that says its information is current as of its own day', () => {
  // https://checkforfacts.com/blog/?p=122 (held-out 12, g106, 21 February 2025), its opening and the line after it.
  const g106 = (asOf: string) =>
    'In the latest episode of The Ben Shapiro Show, Episode 2142, we delve into President Trump’s recent comments aimed at Ukrainian President Volodymyr Zelenskyy. Furthermore, we examine Transportation Secretary Pete Buttigieg’s ambitions within the Democratic Party leadership.\n' +
    `All information as of ${asOf}\n` +
    'Before the 118th Congress (which began in January 2023), Democrats controlled both the House and Senate during the 117th Congress (2021-2023). For example, in 2022, Congress approved a $40 billion aid package for Ukraine. In 2024, a bipartisan effort led to the passage of a $61 billion aid package for Ukraine.';

  it("a stale title in its opening is judged as of the page's day, though the page cites old years", () => {
    expect(titleVerdicts(g106('02/21/2025'), 'Transportation Secretary Pete Buttigieg', '2025-02-21')).toEqual(['outdated']);
  });

  it('true on its day: confirmed; a line of another day says nothing', () => {
    expect(titleVerdicts(g106('06/01/2024'), 'Transportation Secretary Pete Buttigieg', '2024-06-01')).toEqual(['supported']);
    // "as of" a day long before the page's: the page is not said to be current, and its past years keep the passage open.
    expect(isRed(verdictsOn(g106('06/01/2023'), 'Pete Buttigieg', '2025-02-21'))).toBe(false);
  });
});

describe('"the former" after several holders who all held office that day', () => {
  // https://newsbuzz247.com/world/trump-s-russia-push-and-nato-summit-middle-east-ceasefire-meets-growing-global-challenges (held-out 12, g114, 24 June 2025)
  const g114 =
    '“I’d like to see a deal with Russia,” Trump told reporters as the plane headed to the Netherlands for the NATO summit. He was talking about his private chats with Russian President Vladimir Putin over the ongoing war in Ukraine. That statement really sums up Trump’s current frustrations with Putin — a rare moment of candidness from the former president.';

  it('is outdated whichever is meant', () => {
    expect(titleVerdicts(g114, 'the former president', '2025-06-24')).toEqual(['outdated']);
  });

  it('not flagged: one of them a former holder, close to the handover, no clause boundary', () => {
    const biden = g114.replace('Russian President Vladimir Putin', 'Joe Biden');
    expect(isRed(titleVerdicts(biden, 'the former president', '2025-06-24'))).toBe(false);
    expect(isRed(titleVerdicts(g114, 'the former president', '2025-02-10'))).toBe(false);
    const comma = g114.replace('Putin — a rare', 'Putin, a rare');
    expect(isRed(titleVerdicts(comma, 'the former president', '2025-06-24'))).toBe(false);
  });
});

describe('a name glued to the next word', () => {
  // https://euro7.news/finn-sauli-niinisto-the-european-leader-who-knows-putin-best/ (held-out 12, g213, March 2022)
  const g213 =
    '“These are dangerous times.”Recognize Sauli NiinistöThe president of Finland, a country with the longest border with Russia, after Ukraine.';

  it('the full name before a capital is read', () => {
    const found = analyze(g213, '2022-03-13');
    expect(found.some((a) => a.quote === 'Sauli Niinistö')).toBe(true);
  });

  it('not: a lone surname, a name run into a small letter, an astral letter', () => {
    expect(analyze('Talks with NiinistöThe president went well.', '2022-03-13').some((a) => a.quote.includes('Niinist'))).toBe(false);
    expect(analyze('EU foreign policy chief Kaja Kallasresigned.', '2025-03-01').some((a) => a.quote.includes('Kallas'))).toBe(false);
  });
});

describe('offices added: Australia, Japan, Moldova, the US Transportation Secretary, the EU "VP/HR"', () => {
  it('the held-out sentences are confirmed', () => {
    // https://ipn.md/en/print/maia-sandu-attending-crimea-platform-summit--7965_1083901.html (held-out 12, g017, 23 August 2021)
    expect(titleVerdicts('Moldova’s President Maia Sandu is also among the participants.', 'Maia Sandu', '2021-08-23')).toEqual([
      'supported',
    ]);
    // Held-out 12, g115 (June 2025): judged as of the office's horizon.
    expect(titleVerdicts('Australian Prime Minister Anthony Albanese attended.', 'Anthony Albanese', '2025-06-24')).toEqual(['supported']);
    // http://www.bruselj.misija.si/ (held-out 12, g011, 15 April 2020)
    const g011 =
      'Allied Defence Ministers, together with  the EU VP/HR Josep Borrell and Ministers of Defense of Finland and Sweden, discussed further steps.';
    expect(titleVerdicts(g011, 'Josep Borrell', '2020-04-15')).toEqual(['supported']);
    // Held-out 12, g106 (the page's own opening, read alone).
    expect(titleVerdicts('We examine Transportation Secretary Pete Buttigieg’s ambitions.', 'Pete Buttigieg', '2025-02-21')).toEqual([
      'outdated',
    ]);
  });

  it('with the fact changed: the predecessor, the successor, a day after the handover', () => {
    expect(titleVerdicts('Moldovan President Igor Dodon said.', 'Igor Dodon', '2021-08-23')).toEqual(['outdated']);
    expect(titleVerdicts('Moldovan President Igor Dodon said.', 'Igor Dodon', '2019-08-23')).toEqual(['supported']);
    expect(titleVerdicts('Japanese Prime Minister Fumio Kishida attended the NATO summit.', 'Fumio Kishida', '2023-07-12')).toEqual([
      'supported',
    ]);
    expect(titleVerdicts('Japanese Prime Minister Fumio Kishida attended the NATO summit.', 'Fumio Kishida', '2025-06-24')).toEqual([
      'outdated',
    ]);
    expect(titleVerdicts('Australian Prime Minister Scott Morrison said.', 'Scott Morrison', '2021-06-01')).toEqual(['supported']);
    expect(titleVerdicts('Australian Prime Minister Scott Morrison said.', 'Scott Morrison', '2023-06-01')).toEqual(['outdated']);
    expect(titleVerdicts('EU VP/HR Josep Borrell said.', 'Josep Borrell', '2025-06-01')).toEqual(['outdated']);
    expect(titleVerdicts('Transportation Secretary Sean Duffy said.', 'Sean Duffy', '2025-03-01')).toEqual(['supported']);
  });

  it('past an office\'s horizon a holder is confirmed "as of" it, never flagged', () => {
    expect(isRed(verdictsOn('Australian Prime Minister Scott Morrison said.', 'Scott Morrison', '2026-06-01'))).toBe(false);
  });
});

describe('a bare title of an office a country has one of, before someone busy with another of its offices', () => {
  // Mutants of real sentences (the probes of this round): the person swapped for another of the country.
  // https://littleafricanews.com/president-trump-and-president-zelensky-clash-in-heated-white-house-meeting (held-out 10, w057, 1 March 2025)
  const w057 = 'President Donald Trump and Vice President JD Vance clashed with Ukrainian President Volodymyr Zelensky.';

  it('the true sentence is confirmed; the mutant is contradicted', () => {
    expect(titleVerdicts(w057, 'Vice President JD Vance', '2025-03-01')).toEqual(['supported']);
    const mutant = w057.replace('JD Vance', 'Marco Rubio');
    expect(titleVerdicts(mutant, 'Vice President Marco Rubio', '2025-03-01')).toEqual(['contradicted']);
    expect(titleVerdicts('Attorney General Donald Trump said.', 'Attorney General Donald Trump', '2025-03-10')).toEqual(['contradicted']);
    expect(titleVerdicts('Chancellor Frank-Walter Steinmeier said.', 'Chancellor Frank-Walter Steinmeier', '2023-03-01')).toEqual([
      'contradicted',
    ]);
  });

  it("not flagged: an office they held, another body's vice president, a holder named right", () => {
    // Sunak was Chancellor of the Exchequer (2020-2022): not "never held"; since the second pass of this round the bare
    // "Chancellor" is the Exchequer's for a Briton, so on a page of 2023 it is outdated (officials-round14b, dev14 j402).
    expect(titleVerdicts('Chancellor Rishi Sunak said.', 'Chancellor Rishi Sunak', '2023-03-01')).toEqual(['outdated']);
    // Kallas is the Commission's vice-president as High Representative; Estonia has no such office.
    expect(isRed(verdictsOn('Vice President Kaja Kallas said.', 'Kaja Kallas', '2025-03-01'))).toBe(false);
    expect(titleVerdicts('Attorney General Pam Bondi said.', 'Attorney General Pam Bondi', '2025-03-01')).toEqual(['supported']);
  });
});

describe('cabinet lists, votes and careers told in other words', () => {
  // https://empr.media/politics/ukraines-parliament-votes-to-approve-new-pm-cabinet-names/ (held-out 12, g008, 4 March 2020)
  const g008 =
    'Denys Shmyhal was voted in as the new Prime Minister of Ukraine.\n\nRada (the Parliament) also voted to approve the new composition of the cabinet. The 15 approved ministers are:\n\nMinister of Finance: Ihor Umanskyi. Minister for Development of Communities and Territories: Oleksiy Chernyshov. Defense Minister: Andriy Taran. Foreign Affairs Minister: Dmytro Kuleba.';

  it('each "TITLE: NAME." item of a list in a paragraph is confirmed, and the vote', () => {
    expect(titleVerdicts(g008, 'Foreign Affairs Minister: Dmytro Kuleba', '2020-03-04')).toEqual(['supported']);
    expect(titleVerdicts(g008, 'Defense Minister: Andriy Taran', '2020-03-04')).toEqual(['supported']);
    expect(titleVerdicts(g008, 'Denys Shmyhal was voted in as the new Prime Minister of Ukraine', '2020-03-04')).toEqual(['supported']);
  });

  it('a list item only confirms; a colon in running text is no list', () => {
    const swapped = g008.replace('Foreign Affairs Minister: Dmytro Kuleba', 'Foreign Affairs Minister: Vadym Prystaiko');
    expect(isRed(verdictsOn(swapped, 'Vadym Prystaiko', '2020-03-04'))).toBe(false);
    expect(titleVerdicts('He said one name mattered: Dmytro Kuleba.', 'Dmytro Kuleba', '2020-03-04')).toEqual([]);
  });

  // https://unn.ua/en/news/rada-dismisses-foreign-minister-dmytro-kuleba (held-out 12, g039, 5 September 2024)
  const g039 =
    "According to MPs, Andriy Sybiga , Kuleba's first deputy, is likely to become the new Foreign Minister.\n\nPrior to his appointment as Ukraine's Foreign Minister in March 2020, Kuleba served as Deputy Prime Minister for European and Euro-Atlantic Integration in the government of Oleksiy Honcharuk from August 2019. Dmytro Kuleba resigned.";

  it('"his appointment as TITLE in MONTH YEAR" is the main clause subject\'s: confirmed when the tenure began then', () => {
    const quote = "his appointment as Ukraine's Foreign Minister in March 2020";
    expect(kindOn('tenure', g039, quote, '2024-09-05').map((a) => a.verdict)).toEqual(['supported']);
    // Another month: not confirmed, and never flagged (an appointment may be told by its announcement).
    const moved = g039.replace('in March 2020', 'in March 2021');
    expect(kindOn('tenure', moved, "his appointment as Ukraine's Foreign Minister in March 2021", '2024-09-05')).toEqual([]);
    expect(isRed(verdictsOn(moved, 'his appointment', '2024-09-05'))).toBe(false);
  });

  // https://www.eurasiareview.com/02102024-inventing-nato-3-0-why-rutte-should-bridge-eu-and-us-for-a-stronger-alliance-analysis/ (held-out 12, g040)
  const g040 =
    'Mark Rutte became the new NATO secretary general. Rutte’s appointment takes place at a critical time for global diplomacy and security. But he is an experienced and qualified political leader, serving as Dutch prime minister from 2010 to 2024, including in leading a complex coalition government.';

  it('", serving as TITLE from YEAR to YEAR" after "But he is": the span is confirmed; another start is not', () => {
    expect(kindOn('tenure', g040, 'serving as Dutch prime minister from 2010 to 2024', '2024-10-02').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
    const moved = g040.replace('from 2010 to 2024', 'from 2012 to 2024');
    const verdicts = kindOn('tenure', moved, 'serving as Dutch prime minister from 2012 to 2024', '2024-10-02').map((a) => a.verdict);
    expect(verdicts).not.toContain('supported');
  });
});

describe("US secretaries of state's ordinals", () => {
  // https://www.nbcphiladelphia.com/news/national-international/marco-rubio-trump-secretary-of-state/4084227/ (AP, 21 January 2025)
  const ap = "Rubio replaces Antony Blinken, who served as the country's 71st Secretary of State.";

  it('the real sentence is confirmed; an ordinal off by one is flagged or held back, never confirmed', () => {
    expect(kindOn('tenure', ap, '71st Secretary of State', '2025-01-21').map((a) => a.verdict)).toEqual(['supported']);
    const rubio = 'Marco Rubio is the 72nd United States Secretary of State.';
    expect(kindOn('tenure', rubio, 'Marco Rubio', '2025-06-01').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', rubio.replace('72nd', '71st'), 'Marco Rubio', '2025-06-01').map((a) => a.verdict)).toEqual(['contradicted']);
    expect(kindOn('tenure', ap.replace('71st', '70th'), '70th Secretary of State', '2025-01-21').map((a) => a.verdict)).not.toContain(
      'supported',
    );
  });
});
