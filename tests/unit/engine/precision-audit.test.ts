// Red flags that fell on true sentences of fresh real pages, found by reading every red flag the
// engine raised on 124 excerpts nobody had tested (sixth round), each fixed by a general rule and
// kept here with a sentence of the same form that must still be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('true sentences of the second precision audit', () => {
  it('an anniversary the country "approaches" is the coming one', () => {
    // global.espreso.tv, 1 February 2025: the third anniversary fell on 24 February.
    const text =
      "As Ukraine approaches the third anniversary of Russia's full-scale invasion, the war remains at the center of global geopolitics.";
    expect(verdictsOn(text, "third anniversary of Russia's full-scale invasion", '2025-02-01')).toEqual(['supported']);
    // Said as of the day, the count is checked as before.
    const now = "Ukraine marks the third anniversary of Russia's full-scale invasion.";
    expect(verdictsOn(now, "third anniversary of Russia's full-scale invasion", '2025-02-01')).toEqual(['contradicted']);
  });

  it('a minister who resigned with others, told in one clause', () => {
    // irishtimes.com, 26 August 2025: Veldkamp and the NSC ministers resigned on 22 August.
    const text =
      'The caretaker Dutch government is to limp on towards a general election in October after foreign minister, Caspar Veldkamp, and his fellow New Social Contract (NSC) ministers resigned on Friday.';
    expect(verdictsOn(text, 'foreign minister, Caspar Veldkamp', '2025-08-26')).toEqual(['supported']);
    const still = 'Dutch foreign minister Caspar Veldkamp and his fellow ministers met Ukraine’s envoy on Monday.';
    expect(verdictsOn(still, 'Dutch foreign minister Caspar Veldkamp', '2025-08-26')).toEqual(['outdated']);
  });

  it('"As a foreign minister, X was ..." tells of the time X held the office', () => {
    // pravda.com.ua, 2 June 2025, a month after Baerbock left the Foreign Office.
    const text =
      'Former German foreign minister Annalena Baerbock has been elected President of the UN General Assembly. As a foreign minister, Baerbock was consistently critical of Russia for its aggression against Ukraine.';
    expect(verdictsOn(text, 'foreign minister, Baerbock', '2025-06-02')).toEqual(['supported']);
    // In the present tense it says she is the minister: still flagged.
    const now = 'German foreign minister Annalena Baerbock is consistently critical of Russia.';
    expect(verdictsOn(now, 'German foreign minister Annalena Baerbock', '2025-06-02')).toEqual(['outdated']);
  });

  it('"leader" with no country may be a party\'s head', () => {
    // newsukraine.rbc.ua, 6 November 2025, between Babiš's two premierships.
    const text =
      'ANO movement leader Andrej Babiš is holding negotiations on forming the next government with the far-right Freedom and Direct Democracy (SPD) party.';
    expect(verdictsOn(text, 'leader Andrej Babiš', '2025-11-06')).toEqual(['context']);
    // With the country it names the office.
    expect(
      verdictsOn(
        'Czech leader Andrej Babiš said on Monday that the country would not send arms.',
        'Czech leader Andrej Babiš',
        '2025-11-06',
      ),
    ).toEqual(['outdated']);
  });
});

describe('true sentences of the third precision audit', () => {
  it('"during the Biden administration" tells of that president\'s time', () => {
    // strategicstudyindia.com, 25 July 2025.
    const text =
      'The collection of countries, which is known as the Ukraine Defense Contact Group, was founded during the Biden administration by Defense Secretary Lloyd J. Austin III.';
    expect(verdictsOn(text, 'Defense Secretary Lloyd J. Austin', '2025-07-25')).toEqual(['supported']);
    // The administration of the article's day is its present: the stale title is still flagged.
    const now = 'Under the Trump administration, Defense Secretary Lloyd J. Austin III is expected to visit Kyiv.';
    expect(verdictsOn(now, 'Defense Secretary Lloyd J. Austin', '2025-07-25')).toEqual(['outdated']);
  });

  it('a sentence ending on a colon tells of the time of what follows it', () => {
    // en.itb.co.jp, 27 June 2025, retelling a Defense.gov report of 13 December 2021.
    const text =
      "Here is a detailed article about Secretary Austin's meeting with the Lithuanian Minister of National Defence, Dr. Arvydas Anušauskas, based on the information from Defense.gov:\n\nU.S. and Lithuania Affirm Strong Defense Ties\n\nOn Monday, December 13, 2021, Secretary of Defense Lloyd J. Austin III welcomed the minister to the Pentagon.";
    expect(verdictsOn(text, 'Minister of National Defence, Dr. Arvydas Anušauskas', '2025-06-27')).toEqual(['supported']);
    // Without the colon the sentence is the article's own.
    const own = text.replace('Defense.gov:', 'Defense.gov.');
    expect(verdictsOn(own, 'Minister of National Defence, Dr. Arvydas Anušauskas', '2025-06-27')).toEqual(['outdated']);
  });
});

describe('true sentences of the fourth precision audit', () => {
  it('a date in a clause about someone else named after the verb is theirs', () => {
    // voz.us, 26 January 2025: Rumsfeld took office in 1975.
    const text = 'Hegseth became the youngest Pentagon chief since Donald Rumsfeld, who took office in 1975 at age 43.';
    expect(isRed(analyze(text, '2025-01-26').map((a) => a.verdict))).toBe(false);
    // The person's own date is still read.
    const own = 'Pete Hegseth became the Pentagon chief in 1975, his office said.';
    expect(isRed(analyze(own, '2025-01-26').map((a) => a.verdict))).toBe(true);
  });

  it("a body's head before a name is not the country's", () => {
    // en.people.cn, 21 June 2025: Bolojan was back as Senate President after his weeks as acting president.
    const text =
      "Romanian President Nicusor Dan on Friday appointed Senate President Ilie Bolojan as the country's new prime minister, following weeks of coalition negotiations.";
    expect(isRed(analyze(text, '2025-06-21').map((a) => a.verdict))).toBe(false);
    expect(
      verdictsOn('Romanian President Ilie Bolojan said on Friday that talks would go on.', 'Romanian President Ilie Bolojan', '2025-06-21'),
    ).toEqual(['outdated']);
  });

  it('"removed the longtime Defense Minister X" tells of X leaving', () => {
    // yourdemocracy.net.au, 14 June 2024.
    const text =
      'Vladimir Putin removed the longtime Defense Minister Sergei Shoigu from his post on Sunday as part of a cabinet reshuffle at the start of his fifth presidential term.';
    expect(verdictsOn(text, 'Defense Minister Sergei Shoigu', '2024-06-14')).toEqual(['supported']);
  });

  it('"Moscow-annexed Crimea in 2016" dates something else, not the annexation', () => {
    // thenyjournals.com, 6 February 2024: Budanov's raid in Crimea was in 2016.
    const text =
      'The only scrap of information about his activities there that has been made public is that he took part in a commando raid in Moscow-annexed Crimea in 2016 in which some Russian agents were killed.';
    expect(isRed(analyze(text, '2024-02-06').map((a) => a.verdict))).toBe(false);
    expect(isRed(analyze('Russia annexed Crimea in 2016.', '2024-02-06').map((a) => a.verdict))).toBe(true);
  });
});

describe('true sentences of the fifth precision audit (seventh round)', () => {
  it('a place after a comma that opens the next clause is not where the summit was', () => {
    // futurereviewer.com, 13 July 2023, the week of the Vilnius summit (11-12 July).
    const text =
      'As Western leaders met with top Ukrainian officials at a pivotal NATO summit this week, Ukraine was worried about the ghosts of summits past that may have helped pave the way to the war it’s facing today.';
    const found = analyze(text, '2023-07-13');
    expect(found.filter((a) => isRed([a.verdict]))).toEqual([]);
    expect(found.find((a) => a.quote.startsWith('NATO summit this week'))?.verdict).toBe('supported');
    // Told as where it was, the wrong place is still flagged.
    const wrong = "Leaders gathered for this week's NATO summit in Kyiv to discuss the war.";
    expect(verdictsOn(wrong, "this week's NATO summit in Kyiv", '2023-07-13')).toEqual(['contradicted']);
  });
});

describe('an office named as a thing sought or held, before a title that ends a clause', () => {
  it('"to occupy the position of president of Romania, Mircea Geoană is ...": the title is not his', () => {
    // bursa.ro, 12 September 2024: Geoană, NATO's deputy secretary general until 10 September, was a candidate.
    const text =
      'Although he wants to pose as a new type of leader, who has all the necessary characteristics to occupy the position of president of Romania, Mircea Geoană is not a new name in Romanian politics.';
    expect(isRed(analyze(text, '2024-09-12').map((a) => a.verdict))).toBe(false);
    // Given to him, the same title is still flagged.
    expect(
      verdictsOn('The president of Romania, Mircea Geoană, met allies in Bucharest.', 'president of Romania, Mircea Geoană', '2024-09-12'),
    ).toEqual(['contradicted']);
    // "In his bid for the post of Secretary General, Rutte won Turkey's support" is his bid, not his title.
    const bid = 'In his bid for the post of NATO Secretary General, Mark Rutte won the support of Turkey in April 2024.';
    expect(isRed(analyze(bid, '2024-05-01').map((a) => a.verdict))).toBe(false);
  });
});

describe("a day told of a journey is not the meeting's day", () => {
  it('"arrived in The Hague on 23 June 2025 to prepare the summit" is not a summit dated wrong', () => {
    // NATO's programme: the Secretary General's pre-summit press conference was at the World Forum on Monday 23 June.
    const text = 'The Secretary General, Mark Rutte, arrived in The Hague on 23 June 2025 to prepare the summit.';
    expect(isRed(analyze(text, '2025-06-26').map((a) => a.verdict))).toBe(false);
    // The meeting itself told on the wrong day is still flagged.
    const met = 'President Trump met NATO Secretary General Mark Rutte at the White House on October 23, 2025.';
    expect(verdictsOn(met, 'on October 23, 2025', '2025-10-30')).toEqual(['contradicted']);
  });
});

describe('"newly elected", "incoming" before a title written with "of"', () => {
  it('is said of a holder about to take office, as before a plain title', () => {
    // A variant of a May 2019 sentence on Zelensky's inauguration (held-out 6's one false alarm, the only line of it read).
    const text = 'The swearing-in of the newly elected President of Poland, Karol Nawrocki, will take place on August 6.';
    expect(verdictsOn(text, 'newly elected President of Poland, Karol Nawrocki', '2025-07-20')).toEqual(['supported']);
    const incoming = 'The incoming President of Poland Karol Nawrocki met Polish troops on Monday.';
    expect(verdictsOn(incoming, 'incoming President of Poland Karol Nawrocki', '2025-07-20')).toEqual(['supported']);
    // With no such word, he is not president yet: flagged.
    const plain = 'The President of Poland, Karol Nawrocki, met Polish troops on Monday.';
    expect(verdictsOn(plain, 'President of Poland, Karol Nawrocki', '2025-07-20')).toEqual(['contradicted']);
  });
});

describe('true sentences of the eighth round (probes, the sixth precision audit, held-out 7 read lines)', () => {
  it('a share of allies said of now, compared with an earlier year ("up from just three in 2014")', () => {
    const text = 'Most NATO members now meet the 2% guideline, up from just three in 2014.';
    expect(isRed(verdictsOn(text, 'Most NATO members now meet the 2%', '2024-07-10'))).toBe(false);
    // Said of 2014 itself, the share is wrong.
    expect(verdictsOn('Most NATO members met the 2% guideline in 2014.', 'Most NATO members met the 2%', '2024-07-10')).toEqual([
      'contradicted',
    ]);
  });

  it('the allies who set the goal are no count of those who met it', () => {
    // The form of held-out 7's read line q008 (The Age, June 2020); a sentence of our own.
    const text = 'Berlin has yet to reach a goal set by all NATO members in 2014 to spend at least 2 per cent of GDP on defence by 2024.';
    expect(isRed(verdictsOn(text, 'all NATO members', '2020-06-16'))).toBe(false);
    expect(verdictsOn('Only three allies met the 2% target in 2014.', 'three allies met the 2% target in 2014', '2020-06-16')).toEqual([
      'supported',
    ]);
  });
});

describe('a spending figure said to be agreed at a named summit, the summit told first (eighth round, probes)', () => {
  it('"At the 2014 Wales summit, allies agreed to spend 3% of GDP" is contradicted; the true 2% confirmed; one ally\'s pledge left alone', () => {
    expect(verdictsOn('At the 2014 Wales summit, allies agreed to spend 3% of GDP on defence.', '3%', '2024-06-01')).toEqual([
      'contradicted',
    ]);
    expect(verdictsOn('The 2014 Wales summit agreed that allies would spend 3% of GDP on defence by 2024.', '3%', '2024-06-01')).toEqual([
      'contradicted',
    ]);
    expect(verdictsOn('At the 2014 Wales summit, NATO allies agreed to spend 2% of GDP on defence by 2024.', '2%', '2024-06-01')).toEqual([
      'supported',
    ]);
    expect(isRed(verdictsOn('At the Wales summit in 2014, Poland pledged to spend 2.5% of GDP on defence.', '2.5%', '2024-06-01'))).toBe(
      false,
    );
  });
});

describe('true sentences of the sixth precision audit and the eighth round', () => {
  it('"aide to the President of the Russian Federation Vladimir Medinsky": the name is the aide\'s', () => {
    // avia-pro.net, 16 May 2025 (the Istanbul talks).
    const text =
      'This was stated by the head of the Russian delegation, aide to the President of the Russian Federation Vladimir Medinsky, expressing satisfaction with the results.';
    expect(isRed(verdictsOn(text, 'Vladimir Medinsky', '2025-05-16'))).toBe(false);
    // The holder's own title after "an aide to" is still his.
    const putin = 'The delegation was led by Vladimir Medinsky, an aide to Russian President Vladimir Putin.';
    expect(verdictsOn(putin, 'Russian President Vladimir Putin', '2025-05-16')).toEqual(['supported']);
    // A wrong title with no aide before it is still flagged.
    expect(verdictsOn('President of the Russian Federation Vladimir Medinsky spoke.', 'Vladimir Medinsky', '2025-05-16')).toEqual([
      'contradicted',
    ]);
  });

  it('a title whose end the same sentence tells ("..., the head of the President\'s Office who resigned in November")', () => {
    const ended = "Andriy Yermak, the head of the President's Office who resigned in November, was questioned by investigators.";
    expect(isRed(verdictsOn(ended, "Andriy Yermak, the head of the President's Office", '2026-02-01'))).toBe(false);
    const stale = "Andriy Yermak, the head of the President's Office, was questioned by investigators.";
    expect(verdictsOn(stale, "Andriy Yermak, the head of the President's Office", '2026-02-01')).toEqual(['outdated']);
  });

  it('"N months after Russia\'s invasion, X happens" on a timeline dates X, not the article', () => {
    // VOA's war timeline, 23 February 2024 (https://projects.voanews.com/ukraine/war-anniversary/timeline.html), under "May 18, 2022".
    const timeline =
      'May 18, 2022\n\nSweden and Finland apply to join NATO\n\nNearly three months after Russia’s invasion of Ukraine, Sweden and Finland apply simultaneously to join NATO.';
    expect(isRed(verdictsOn(timeline, 'three months after Russia’s invasion', '2024-02-23'))).toBe(false);
    // Told of the article's week, the count is checked.
    const now = 'Nearly three months after Russia’s invasion of Ukraine, allies met on Friday.';
    expect(isRed(verdictsOn(now, 'three months after Russia’s invasion', '2024-02-23'))).toBe(true);
  });

  it('"a meeting of NATO defense ministers on February 15" is the ministers\' meeting, not the Contact Group\'s the day before', () => {
    // UNN, 9 February 2024.
    const text =
      'U.S. Secretary of Defense Lloyd Austin will chair a meeting of the Ramstein contact group on February 14 in Brussels.\n\nAustin will also participate in a meeting of NATO defense ministers on February 15 at NATO headquarters.';
    expect(isRed(verdictsOn(text, 'on February 15', '2024-02-09'))).toBe(false);
  });
});

describe('the full-scale invasion told with a wrong day (eighth round, probes of wrong versions)', () => {
  it('"began on February 22, 2022" is contradicted; the 24th confirmed; the 23rd and "the invasion" alone left alone', () => {
    const wrong = "Russia's full-scale invasion of Ukraine began on February 22, 2022.";
    expect(verdictsOn(wrong, 'full-scale invasion', '2025-12-01')).toEqual(['contradicted']);
    expect(verdictsOn(wrong.replace('22', '24'), 'full-scale invasion', '2025-12-01')).toEqual(['supported']);
    // The evening of the 23rd in the Americas.
    expect(isRed(verdictsOn(wrong.replace('22', '23'), 'full-scale invasion', '2025-12-01'))).toBe(false);
    // Troops were ordered into the Donbas on the 21st and 22nd: "the invasion" alone may start there.
    expect(isRed(verdictsOn('Russia invaded Ukraine on February 22, 2022.', 'invaded Ukraine', '2025-12-01'))).toBe(false);
  });
});
