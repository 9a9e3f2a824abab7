// Round 26 precision probe (second): true look-alikes of every red-flag form this round added or widened, and false
// look-alikes of its confirm-only forms, written as real news (other bodies, treaties, countries, quotations, past
// narration, hedges, plans, negations, lists, captions, headlines, dates in other clauses). Mended in general form:
// (1) alliance-age.ts: "the N-year-old NATO" is NATO's age only when NATO heads its phrase ("The 79-year-old NATO veteran",
// "the 57-year-old NATO chief" are a person's age: not read); the red flag needs a verb, joining word or punctuation after.
// (2) accession-steps.ts: a step whose object is another club ("Finland was invited to join the EU", "to become a member of
// the EU", "applied to join the EU in May 2022", "Ukraine's EU application") is not NATO's step: neither confirmed nor flagged.
// (3) title-minister-bare.ts: a head of government called chancellor is no minister ("Germany's minister, Olaf Scholz").
// (4) meeting-sides-place.ts: talks after the page's day are confirmed only by a sentence telling a plan, talks held not
// by one telling a plan. (5) spending-hague-recall.ts: the 5% aim is not confirmed in a sentence telling another span or
// deadline ("within the next five years", "allowing 15 years", "by 2030").
import { describe, expect, it } from 'vitest';
import { redQuotes, supportedQuotes, verdictsOn } from './helpers';

type Told = [asOf: string, text: string];

describe("NATO's age counted back (alliance-age.ts)", () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-02-11', 'The Warsaw Pact was founded 70 years ago, in May 1955, as a counterweight to NATO.'],
      ['2025-02-11', 'The European Union, whose founding treaty was signed 67 years ago in Rome, now works closely with NATO.'],
      ['2025-02-11', 'NATO diplomats often cite the Washington Naval Treaty, signed 103 years ago, as an early arms-control deal.'],
      ['2025-02-11', 'When NATO was founded 75 years ago, it had just 12 members.'],
      ['2025-02-11', 'NATO, founded nearly 76 years ago, now has 32 members.'],
      ['2025-02-11', 'NATO was founded 75 years ago last April, in Washington.'],
      ['2025-02-11', '"NATO was founded 70 years ago to keep the peace," Stoltenberg said in London in December 2019.'],
      ['2019-12-03', 'Since NATO was founded 70 years ago, the alliance has grown from 12 to 29 members.'],
      ['2025-02-11', 'The United Nations was founded 79 years ago, four years before NATO.'],
      ['2025-02-11', 'NATO was not founded 75 years ago to wage wars far from Europe, the minister said.'],
      ['2025-02-11', "NATO's 57-year-old Secretary General Mark Rutte met the 46-year-old Ukrainian leader."],
      ['2025-02-11', 'The 79-year-old NATO veteran recalled the day he enlisted.'],
      ['2025-02-11', "Photo: Leaders gather in Washington in July 2024 to mark NATO's founding 75 years earlier."],
      ['2025-02-11', 'NATO at 75: an alliance founded 75 years ago faces its toughest test'],
      ['2025-02-11', 'If NATO was founded 75 years ago to deter Moscow, it may now need to deter it again.'],
      ['2025-02-11', 'The Helsinki Final Act, signed 49 years ago, still guides the OSCE, NATO officials said.'],
      ['2025-02-11', "Ukraine joined NATO's Partnership for Peace 30 years ago, in 1994."],
      ['2025-02-11', 'Germany joined NATO 69 years ago, in 1955.'],
      ['2025-02-11', 'NATO was founded some seven decades ago, in April 1949.'],
      ['2025-02-11', "The Warsaw Treaty, signed 69 years ago, bound Moscow's satellites together against NATO."],
      ['2025-02-11', 'NATO, founded 75 years ago, the EU, founded 31 years ago, and the OSCE all condemned the attack.'],
      ['2024-04-04', 'NATO was founded 75 years ago today, on April 4, 1949.'],
      ['2024-03-20', 'Next month NATO will mark 75 years since its founding treaty was signed in Washington.'],
      ['2025-02-11', 'Since its founding 75 years ago, NATO has never lost a member.'],
      ['2025-02-11', 'The EU, since its founding 32 years ago, has worked alongside NATO.'],
      ['2025-02-11', 'Since the treaty was signed 33 years ago in Maastricht, the EU has grown; NATO too has grown.'],
      [
        '2025-02-11',
        'Since NATO was founded 75 years ago, Russia has called it a threat; since Ukraine joined the Partnership for Peace 30 years ago, Kyiv has sought closer ties.',
      ],
      [
        '2025-02-11',
        'Since NATO was founded 75 years ago, its members have changed; the bloc was 70 years old when Montenegro joined its summit in 2019.',
      ],
      ['2025-02-11', 'The 75-year-old NATO alliance faces pressure from Washington.'],
      ['2019-04-04', 'The 70-year-old NATO alliance celebrated its birthday in Washington.'],
      ['2025-02-11', 'Sweden joined NATO less than a year ago, ending 200 years of neutrality.'],
      ['2025-02-11', "Since Finland joined NATO nearly two years ago, the alliance's border with Russia has doubled."],
      ['2025-02-11', 'Since the Soviet Union collapsed 33 years ago, NATO has expanded eastward.'],
      ['2025-02-11', 'Since the Warsaw Pact was founded 70 years ago, NATO and Moscow have eyed each other warily.'],
      ['2025-02-11', 'NATO, founded in 1949, some 76 years ago, has 32 members.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe('treaty ages and dates (arms-control.ts)', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-02-11', 'The New START treaty, signed in Prague on April 8, 2010, expires on February 5, 2026.'],
      ['2025-02-11', 'New START, which entered into force on February 5, 2011, was extended in February 2021 for five years.'],
      ['2025-02-11', 'The ABM Treaty, signed nearly 53 years ago in Moscow, limited missile defences.'],
      ['2025-02-11', 'START I expired on December 5, 2009, and New START replaced it the next year.'],
      ['2025-02-11', 'The United States withdrew from the ABM Treaty in June 2002.'],
      ['2025-02-11', 'President George W. Bush announced on December 13, 2001, that the US would withdraw from the ABM Treaty.'],
      ['2025-02-11', 'The Chemical Weapons Convention, which entered into force on April 29, 1997, bans such arms.'],
      ['2025-02-11', 'The Treaty on the Non-Proliferation of Nuclear Weapons, signed 56 years ago, remains in force.'],
      ['2025-02-11', 'The INF Treaty, signed 37 years ago by Reagan and Gorbachev, collapsed in August 2019.'],
      ['2025-02-11', 'The Open Skies Treaty, in force since January 1, 2002, lost the United States in November 2020.'],
      ['2025-02-11', 'START II was signed on January 3, 1993, but never entered into force.'],
      ['2025-02-11', 'The SALT I interim agreement was signed on May 26, 1972, the same day as the ABM Treaty.'],
      ['2025-02-11', 'The Outer Space Treaty, signed 58 years ago, bans nuclear weapons in orbit.'],
      ['2025-02-11', 'Putin and Biden agreed on January 26, 2021, to extend New START, which was due to expire on February 5.'],
      ['2025-02-11', "The treaty, signed on December 8, 1987, eliminated a whole class of missiles, the INF Treaty's defenders say."],
      ['2025-02-11', 'Russia suspended its participation in New START on February 21, 2023, but did not withdraw.'],
      ['2025-02-11', 'The CFE Treaty, signed in Paris on November 19, 1990, capped tanks and artillery in Europe.'],
      ['2025-02-11', 'An 18-year-old conscript was killed near Kursk, weeks after Moscow questioned the New START treaty.'],
      [
        '2025-02-11',
        'The Comprehensive Nuclear-Test-Ban Treaty, signed in September 1996, has never entered into force; the New START treaty expires next year.',
      ],
      ['2025-02-11', 'The 2010 New START treaty expires in February 2026, and talks on a successor have not begun.'],
      ['2021-01-27', 'New START, which expires on February 5, could be extended for five years, the Kremlin said.'],
      ['2025-02-11', 'The Iran nuclear deal, signed nearly 10 years ago, expires in October 2025, while New START ends in February 2026.'],
      ['2025-02-11', 'Russia left the CFE Treaty on November 7, 2023, and the Open Skies Treaty on December 18, 2021.'],
      ['2025-02-11', 'New START expires in one year, on February 5, 2026.'],
      ['2025-02-11', 'New START was signed 15 years ago this April.'],
      ['2025-02-11', 'The 15-year-old New START treaty is the last limit on the two arsenals.'],
      ['2025-02-11', 'The ABM Treaty entered into force on October 3, 1972, months after SALT I was signed on May 26.'],
      ['2025-02-11', 'START I, signed on July 31, 1991, entered into force on December 5, 1994.'],
      ['2025-02-11', 'The Budapest Memorandum was signed on December 5, 1994, the day START I entered into force.'],
      ['2025-02-11', 'The United States announced on February 1, 2019, that it would withdraw from the INF Treaty.'],
      ['2025-02-11', 'The INF Treaty ended on August 2, 2019.'],
      ['2025-02-11', 'The US left the Open Skies Treaty on November 22, 2020, and Russia followed on December 18, 2021.'],
      ['2025-02-11', 'The Open Skies Treaty was signed in Helsinki in March 1992 and entered into force in 2002.'],
      ['2025-02-11', 'The New START treaty, which Russia suspended in February 2023, expires in February 2026.'],
      ['2025-02-11', 'The Treaty of Moscow (SORT), signed on May 24, 2002, was replaced by New START.'],
      ['2025-02-11', 'Trump said on October 20, 2018, that the US would leave the INF Treaty, which was signed in December 1987.'],
      ['2025-02-11', 'The ABM Treaty, which Nixon and Brezhnev signed in May 1972, was abandoned 30 years later.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe('Article 4 "first time since" (treaty-articles.ts)', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-09-11', 'It is the first time since 2022 that Article 4 has been triggered.'],
      ['2025-09-11', 'Poland last requested Article 4 consultations in February 2022, on the day of the invasion.'],
      ['2025-09-11', 'Article 5 has been invoked only once since 1949, after the September 11 attacks.'],
      ['2025-09-11', 'It was the first time since 2001 that NATO invoked Article 5, officials noted in 2001.'],
      ['2025-09-11', 'France invoked Article 42.7 of the EU treaty for the first time since its creation, in 2015.'],
      ['2025-09-11', "The UN Security Council met on Friday for the first time since 2019 on the issue of Poland's airspace."],
      ['2025-09-11', 'It was the first Article 4 request since the invasion.'],
      ['2025-09-24', 'Estonia requested Article 4 consultations on Tuesday, after Poland did on September 10.'],
      ['2025-09-11', "The last time Article 4 was invoked was in 2022, after Russia's full-scale invasion."],
      ['2025-09-11', 'It was the first NATO-Ukraine Council meeting since July.'],
      ['2025-09-11', 'Turkey requested Article 4 talks in 2020, for the first time since 2015.'],
      ['2025-09-11', 'Poland, which last invoked Article 4 in 2022, did so again on Wednesday; the first time since 2014 it acted alone.'],
      ['2025-09-11', 'Drones entered Polish airspace for the first time since 2022, prompting an Article 4 request.'],
      [
        '2025-09-11',
        "It was the first time since 1949 that Poland's air force shot down drones over its territory, as Warsaw invoked Article 4.",
      ],
      ['2025-09-11', 'The Article 4 consultations were the ninth since NATO was founded in 1949.'],
      ['2022-02-25', 'It was the first time since 2020 that allies had requested Article 4 consultations.'],
      ['2020-02-28', 'Turkey requested consultations under Article 4, the first such request since 2015.'],
      ['2025-09-11', 'Poland invoked Article 4 for the first time since February 2022.'],
      ['2025-09-11', 'It was the first time since 2022 that any ally had asked for consultations under Article 4.'],
      ['2025-09-11', 'The Article 4 request was the first since the 2022 invasion.'],
      [
        '2025-09-11',
        'It was the first time since 2023 that Russian drones were shot down over NATO territory, and Poland invoked Article 4.',
      ],
      ['2025-09-11', 'The North Atlantic Council met under Article 4 for the first time since 2022, Rutte said.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe('"the Nth and last to ratify" (accession-ratifier-order.ts)', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2023-04-04', "Turkey became the 30th and final member to ratify Finland's accession on March 30."],
      ['2024-03-07', "Hungary became the 31st and last ally to ratify Sweden's bid."],
      ['2020-03-27', "Spain was the 29th and final ally to ratify North Macedonia's accession."],
      ['2023-04-04', 'Croatia became the 28th and last member of the European Union in 2013.'],
      ['2023-04-04', 'The Czech Republic was the 27th and last EU state to ratify the Lisbon Treaty, in 2009.'],
      ['2024-02-20', "Hungary is expected to be the 31st and last ally to ratify Sweden's bid."],
      ['2024-03-07', 'Sweden became the 32nd and newest member of NATO.'],
      ['2023-04-04', 'Finland became the 31st member of NATO, after Turkey, the last to ratify, approved its bid.'],
      ['2024-03-07', "Hungary, the 31st and final member to ratify Sweden's accession, did so on February 26."],
      ['2023-04-04', "Hungary was the 29th to ratify Finland's bid, and Turkey the 30th and last."],
      ['2024-03-07', "Turkey was the 30th to ratify Sweden's bid, leaving Hungary the 31st and last."],
      ['2017-06-06', "Spain became the 28th and last member to ratify Montenegro's accession."],
      ['2024-03-07', 'Sweden is the 32nd member; Finland was the 31st and the first to join since 2020.'],
      ['2023-04-04', "Of the 30 allies, Turkey was the last to ratify Finland's bid."],
      ['2023-04-04', "Hungary's parliament was the 29th to approve, and Turkey's the 30th and final one, to ratify Finland's membership."],
      ['2023-04-04', "Finland became NATO's 31st member on Tuesday, days after Turkey became the last of the 30 allies to ratify."],
      ['2024-03-07', "Hungary, which was the last of the 31 allies to ratify, approved Sweden's bid on February 26."],
      ['2022-08-04', 'The U.S. Senate became the 23rd to ratify the accession of Finland and Sweden.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe("councils' chairmen and secretaries (the NSDC chairman)", () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-02-11', 'Oleksandr Lytvynenko, Secretary of the National Security and Defense Council, spoke in Kyiv.'],
      ['2025-02-11', 'President Volodymyr Zelensky, who chairs the National Security and Defense Council, signed the decree.'],
      ['2025-08-01', "Rustem Umerov, secretary of Ukraine's National Security and Defense Council, led the delegation."],
      ['2025-02-11', 'Oleksiy Danilov, then secretary of the NSDC, warned of an invasion in 2021.'],
      ['2025-02-11', 'The chairman of the Verkhovna Rada, Ruslan Stefanchuk, opened the session.'],
      ['2025-02-11', "Vladimir Putin, who chairs Russia's Security Council, convened its members on Friday."],
      ['2025-02-11', "Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened Kyiv."],
      ['2025-02-11', "Sergei Shoigu, secretary of Russia's Security Council, visited Pyongyang."],
      ['2025-02-11', "NSDC Secretary Oleksandr Lytvynenko said the council's chairman, President Zelensky, had approved the sanctions."],
      ['2025-02-11', "Zelensky, chairman of the NSDC, enacted the council's decision."],
      ['2025-02-11', "Andriy Kovalenko, head of the NSDC's Center for Countering Disinformation, denied the claim."],
      ['2025-02-11', 'The NSDC, chaired by President Zelensky, imposed sanctions; its secretary, Oleksandr Lytvynenko, read the decision.'],
      ['2025-02-11', 'Chairman of the Joint Chiefs of Staff Gen. Charles Q. Brown Jr. spoke to NSDC Secretary Lytvynenko.'],
      ['2025-02-11', "Former NSDC secretary Oleksiy Danilov is now Ukraine's ambassador to Moldova."],
      ['2025-02-11', "The chairman of the parliament's national security committee, Oleksandr Zavitnevych, backed the bill."],
      ['2025-02-11', "NSDC Secretary Oleksandr Lytvynenko chaired the meeting in the president's absence."],
      ['2025-02-11', 'Russian Security Council Secretary Sergei Shoigu met Chinese officials.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe('ranks between title and name, fact-sheet colons', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-02-11', 'Chief of the General Staff General of the Army Valery Gerasimov visited the front.'],
      ['2025-02-11', 'Commander-in-Chief of the Armed Forces of Ukraine Colonel General Oleksandr Syrskyi said the line held.'],
      ['2025-02-11', 'Supreme Allied Commander Europe U.S. Army Gen. Christopher Cavoli testified on Tuesday.'],
      ['2025-02-11', 'Chief of the Defence Staff Admiral Sir Tony Radakin met his Ukrainian counterpart.'],
      ['2025-02-11', 'Chair of the NATO Military Committee Admiral Giuseppe Cavo Dragone visited Kyiv.'],
      ['2024-06-11', 'Chair of the NATO Military Committee Admiral Rob Bauer visited Kyiv.'],
      ['2024-12-11', 'Chairman of the Joint Chiefs of Staff Gen. Charles Q. Brown Jr. spoke at the Pentagon.'],
      ['2025-02-11', 'Former Commander-in-Chief General Valerii Zaluzhnyi is now ambassador in London.'],
      ['2025-02-11', 'Secretary General : Mark Rutte'],
      ['2025-02-11', 'Deputy Secretary General: Radmila Shekerinska'],
      ['2025-02-11', 'Minister of Defence : Rustem Umerov'],
      ['2025-02-11', 'Moderator: NATO Secretary General Mark Rutte'],
      ['2025-02-11', 'Speakers: Defence Minister Boris Pistorius, Foreign Minister Annalena Baerbock'],
      ['2025-02-11', 'Then-Commander-in-Chief General Valerii Zaluzhnyi led the 2023 counteroffensive.'],
      ['2025-02-11', 'Photo: Colonel General Oleksandr Syrskyi, then commander of the Ground Forces, in Kharkiv, September 2022.'],
      ['2025-02-11', "Commander of Russia's Aerospace Forces Colonel General Viktor Afzalov inspected the base."],
      ['2025-02-11', 'Commander of the Joint Forces Lieutenant General Andriy Hnatov met NATO officers.'],
      ['2025-04-01', 'Chief of the General Staff Major General Andriy Hnatov said the front was stable.'],
      ['2025-02-11', 'Defence Minister Rustem Umerov and Commander-in-Chief Oleksandr Syrskyi briefed Zelensky.'],
      ['2025-02-11', 'Russian Defence Minister Andrei Belousov and Chief of the General Staff Valery Gerasimov met Putin.'],
      ['2025-02-11', 'Photo: Then-Defence Minister Sergei Shoigu with General of the Army Valery Gerasimov, 2022.'],
      ['2025-02-11', 'Head of the armed forces Oleksandr Syrskyi visited the east.'],
      ['2025-02-11', 'Chairman: Oleksandr Lytvynenko (NSDC secretary)'],
      ['2025-02-11', 'Secretary General: Jens Stoltenberg (2014-2024)'],
      ['2025-02-11', 'Former Secretary General : Jens Stoltenberg'],
      ['2025-02-11', 'Commander of the Ukrainian Navy Vice Admiral Oleksiy Neizhpapa met allies.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe("a country's bare 'minister' (title-minister-bare.ts)", () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [['2024-06-11', "Germany's minister, Annalena Baerbock, met her counterparts."]];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2024-06-11', "Germany's minister, Christine Lambrecht, announced new aid."],
      ['2024-06-11', "Britain's minister, Ben Wallace, announced new aid."],
      ['2025-02-11', "Ukraine's minister, Dmytro Kuleba, met his counterparts."],
      ['2025-06-11', "Germany's minister, Annalena Baerbock, met her counterparts."],
      ['2024-06-11', "Poland's minister, Annalena Baerbock, met her counterparts."],
      ['2024-06-11', "Germany's minister, Olaf Scholz, spoke."],
      ['2024-06-11', "Germany's prime minister, Annalena Baerbock, spoke."],
      ['2024-06-11', "France's minister, Boris Pistorius, spoke."],
      ['2025-06-11', "Ukraine's minister, Dmytro Kuleba, said."],
      ['2024-06-11', "Germany's former minister, Annalena Baerbock, said."],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe('ministerial and EU meeting wordings', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-02-11', "NATO's Defense Ministers 2-day meeting in Brussels on Thursday will focus on spending."],
      ['2025-02-11', "The EU defence ministers' two-day meeting in Warsaw on Wednesday will discuss ammunition."],
      ['2025-02-11', 'The G7 foreign ministers will hold a two-day meeting in Munich on Friday.'],
      ['2025-02-11', 'Hegseth will meet Ukraine Defense Contact Group ministers in Brussels on Wednesday.'],
      ['2025-02-11', 'Rubio will meet NATO foreign ministers in Brussels in April.'],
      ['2025-02-11', 'Defense ministers of member nations of the EU began meetings in Warsaw on Wednesday.'],
      ['2025-02-11', "The two-day summit of the African Union's defence ministers in Addis Ababa on Friday ended without a deal."],
      ['2025-02-11', 'At a NATO summit in the Netherlands this June, allies are expected to agree higher spending.'],
      ['2025-02-11', "Monday's foreign ministers' meeting in Brussels of the Weimar Triangle focused on Ukraine."],
      [
        '2025-02-11',
        "Kallas said Monday's foreign ministers' meeting in Brussels would discuss sanctions, as NATO prepared its own meeting.",
      ],
      ['2025-02-11', 'NATO defence ministers met in Brussels in October and will meet again on Thursday.'],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2025-02-11', "NATO's Defense Ministers 2-day meeting in Rome on Thursday will focus on spending."],
      ['2025-02-11', 'Rubio will meet NATO foreign ministers in Oslo on Wednesday.'],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe('talks by sides and place (meeting-sides-place.ts)', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [['2025-03-01', 'These remarks followed U.S.-Russia talks in Riyadh, Saudi Arabia.']];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2025-03-01', 'These remarks followed Russia-Ukraine talks in Riyadh, Saudi Arabia.'],
      ['2025-03-01', 'These remarks followed the US-Ukraine talks in Jeddah.'],
      ['2025-03-01', 'These remarks followed U.S.-China talks in Riyadh.'],
      ['2025-03-01', 'These remarks followed U.S.-Russia talks in Geneva.'],
      // Round 41 added the U.S.-Russia round in Riyadh of 24 March 2025, which a page of 20 February may tell ahead; with no
      // round of those sides there near the page's day, talks told ahead are not confirmed.
      ['2025-05-20', 'The U.S.-Russia talks in Riyadh will not include Ukraine, officials said.'],
      ['2025-06-01', 'These remarks followed U.S.-Russia talks in Riyadh, Saudi Arabia.'],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe('war recall (war-recall.ts)', () => {
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2025-02-20', 'as the conflict with Russia reaches its fourth anniversary'],
      ['2025-02-20', 'as the war in Gaza reaches its third anniversary'],
      ['2022-02-25', 'Russia launched broad attacks on Ukraine early Friday.'],
      ['2025-02-11', 'Russia began its invasion of Ukraine on February 23rd.'],
      ['2025-02-11', 'The Minsk agreements were signed in 2014 and 2016.'],
      ['2025-02-11', 'The Black Sea grain deal was signed on July 27, 2022.'],
      ['2025-02-11', 'Russia quit the Black Sea grain deal on July 17, 2022.'],
      ['2025-02-11', 'Ukraine launched its Kursk incursion on August 16.'],
      ['2025-03-20', 'The war turns three years old this week.'],
      ['2025-02-11', 'Russia has been at war with Georgia since August.'],
      ['2025-02-11', 'Ukraine has been at war since February 2014, Kyiv says, but the full-scale war began in 2021.'],
      ['2025-02-11', 'Israel launched attacks on Gaza early Thursday.'],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe("The Hague's target recalled (spending-hague-recall.ts)", () => {
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2025-07-01', 'NATO allies agreed to the new 4% goal.'],
      ['2025-07-01', 'Allies agreed to reach the 5% target within the next five years.'],
      ['2025-07-01', 'Allies agreed to the 5% target and must reach the target by 2030.'],
      ['2025-07-01', 'The 5% target will be reviewed in 2028.'],
      ['2025-07-01', 'EU members agreed to spend 5% of GDP on agriculture.'],
      ['2025-07-01', 'Japan is investing 5% of GDP in defence.'],
      ['2025-07-01', 'Allies agreed to the new 5% goal, allowing 15 years to reach it.'],
      ['2025-07-01', 'Allies rejected a trajectory towards 5 per cent defence spending.'],
      ['2024-07-01', 'Allies agreed to the new 5% goal at their summit.'],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe('invitations and accession steps of other clubs (membership-invited.ts, accession-steps.ts)', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [['2025-02-11', 'Finland was invited to join NATO.']];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2025-02-11', 'Ukraine was invited to join NATO.'],
      ['2025-02-11', 'Georgia was invited to join the alliance.'],
      ['2022-05-01', 'Finland was invited to join NATO.'],
      ['2025-02-11', 'Sweden has been invited to join the EU.'],
      ['2025-02-11', 'Finland was invited to join the EU.'],
      ['2025-02-11', 'Finland was invited to join the European Union.'],
      ['2025-02-11', 'Finland was invited to join the European Union in June 2022.'],
      ['2025-02-11', 'Sweden applied to join the EU in May 2022.'],
      ['2025-02-11', 'Bosnia was invited to join NATO.'],
      ['2025-02-11', 'Sweden was invited to join the Council of Europe.'],
      ['2025-02-11', 'Finland and Sweden were invited to join the OECD.'],
      ['2025-02-11', 'Montenegro was invited to join the EU.'],
      ['2025-02-11', "Turkey dropped its veto on Sweden's EU bid."],
      ['2025-02-11', 'NATO invited Finland and Sweden to join the EU talks.'],
      ['2025-02-11', 'Ukraine has been invited to join the alliance of drone makers.'],
      ['2025-02-11', 'Finland was invited to become a member of the EU.'],
      ['2025-02-11', 'Sweden was officially invited to open accession talks with the European Union.'],
      ['2025-02-11', 'North Macedonia was invited to start accession talks with the EU.'],
      ['2025-02-11', 'Albania and Croatia were invited to join the EU.'],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe('membership told without the name, loose counts (membership-told.ts, member-count-forms.ts)', () => {
  it('true look-alikes get no red flag', () => {
    const cases: Told[] = [
      ['2025-02-11', 'Finland joined NATO in 2023. The country joined the European Union in 1995.'],
      ['2025-02-11', 'Montenegro is a NATO member. The country has been an EU candidate since 2010.'],
      ['2025-02-11', 'NATO has enlarged ten times, most recently with Sweden in 2024.'],
      ['2025-02-11', "The EU's most recent enlargement was the accession of Croatia in 2013, while NATO's was Sweden's."],
      ['2021-02-11', 'The most recent NATO enlargement was the accession of North Macedonia in 2020.'],
      ['2025-02-11', 'Until 2023, the most recent NATO member was North Macedonia, which joined in 2020.'],
      ['2025-02-11', "At the time, the most recent enlargement was North Macedonia's accession in 2020, NATO said in 2022."],
      ['2025-02-11', 'Ukraine is not a NATO member. It joined the Partnership for Peace in 1994.'],
      ['2025-02-11', 'Of its 32 members, 23 met the target last year, NATO said.'],
      ['2025-02-11', 'Only three of 28 member countries met that target in 2014.'],
      ['2025-02-11', "The EU's most recent member, Croatia, joined in 2013; NATO's newest is Sweden."],
    ];
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('false look-alikes are not confirmed', () => {
    const cases: Told[] = [
      ['2025-02-11', 'Finland is mentioned. The country joined NATO in 2021.'],
      ['2025-02-11', 'Montenegro was discussed. The country has been a NATO member since 2015.'],
    ];
    for (const [asOf, text] of cases) expect(supportedQuotes(text, asOf), text).toEqual([]);
  });
});

describe('the forms that must stay read', () => {
  it("NATO's wrong age as the head of its phrase stays flagged", () => {
    expect(verdictsOn('The 70-year-old NATO has lost its way.', 'The 70-year-old NATO', '2025-02-11')).toEqual(['contradicted']);
    expect(verdictsOn('The 70-year-old NATO alliance faces a test.', 'The 70-year-old NATO', '2025-02-11')).toEqual(['contradicted']);
  });
  it("NATO's invitation is still read, dated or not", () => {
    expect(verdictsOn('Finland was invited to join NATO in 2021.', 'Finland was invited to join NATO in 2021', '2025-02-11')).toEqual([
      'contradicted',
    ]);
    expect(supportedQuotes('Finland was invited to join NATO in 2022.', '2025-02-11')).not.toEqual([]);
    expect(supportedQuotes('Finland was invited to join the alliance.', '2025-02-11')).not.toEqual([]);
    expect(supportedQuotes('Finland was invited to become a member of the alliance, EU leaders noted.', '2022-07-01')).not.toEqual([]);
  });
  it("a country's bare minister is confirmed for ministers and Britain's Chancellor of the Exchequer", () => {
    expect(supportedQuotes("Germany's minister, Annalena Baerbock, met her counterparts.", '2024-06-11')).toEqual([
      "Germany's minister, Annalena Baerbock",
    ]);
    expect(supportedQuotes("Britain's minister, Rachel Reeves, announced the budget.", '2025-02-11')).toEqual([
      "Britain's minister, Rachel Reeves",
    ]);
  });
  it('talks by sides and place: held talks told as held, planned talks told as a plan', () => {
    expect(supportedQuotes('These remarks followed U.S.-Russia talks in Riyadh, Saudi Arabia.', '2025-02-20')).toEqual([
      'U.S.-Russia talks in Riyadh',
    ]);
    expect(supportedQuotes('Officials prepared for the upcoming US-Ukraine talks in Jeddah.', '2025-03-05')).toEqual([
      'US-Ukraine talks in Jeddah',
    ]);
  });
  it("The Hague's aim with its own span is still confirmed", () => {
    expect(supportedQuotes('NATO members agreed to the new 5% goal.', '2025-07-01')).toEqual(['5% goal']);
    expect(supportedQuotes('NATO allies agreed to reach the 5% target within the next decade.', '2025-07-01')).toEqual([
      '5% target',
      'within the next decade',
    ]);
  });
});
