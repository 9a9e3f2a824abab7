// Round 41, the precision read: true look-alikes of the round's new red-flag forms (commits since ed82a272), dated, each with
// the commit it guards in a comment. Narrated past, quotes, hedges, headlines, captions, timelines, other people, offices,
// places and years, and the days right around a handover or a meeting must raise no red flag.
import { describe, expect, it } from 'vitest';
import { redQuotes } from './helpers';

const TRUE_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  // 12de6bb9 (Titles: a sitting holder called former before the handover; a fixed term told as over while it runs)
  ['2024-06-26', 'Mark Rutte, the outgoing Dutch prime minister, was appointed NATO secretary general on Wednesday.'],
  ['2024-06-26', 'Rutte, a former Dutch state secretary for social affairs, has led four cabinets.'],
  ['2024-07-03', 'Mark Rutte, the former Dutch prime minister, handed over to Dick Schoof on Tuesday.'],
  ['2024-07-02', 'Mark Rutte, now the former Dutch prime minister, handed power to Dick Schoof.'],
  ['2025-04-15', 'Olaf Scholz, a former mayor of Hamburg, will hand over to Friedrich Merz in May.'],
  ['2025-04-15', 'Scholz, the former finance minister, remains chancellor until Merz is elected.'],
  ['2025-04-20', 'Scholz, the former first mayor of Hamburg, is chancellor until Merz is elected.'],
  ['2025-04-20', 'Annalena Baerbock, the former Green party co-leader, is still foreign minister.'],
  ['2025-04-20', 'Merz, a former BlackRock executive, will be elected chancellor in May.'],
  ['2025-05-05', 'Scholz, the outgoing chancellor, will hand over to Merz on Tuesday.'],
  ['2025-05-07', 'Olaf Scholz, the former chancellor, left the chancellery on Tuesday.'],
  ['2024-12-15', 'Biden, a former vice president, will leave office in January.'],
  ['2024-12-15', 'Former President Donald Trump will be sworn in again on January 20.'],
  ['2025-01-20', 'Former President Joe Biden left Washington after the inauguration.'],
  ['2025-01-22', 'Former Vice President Mike Pence criticised the pardons.'],
  ['2024-06-26', 'Jens Stoltenberg, the former Norwegian prime minister, will step down in October.'],
  ['2024-09-20', 'Stoltenberg, the former prime minister of Norway, gave his last speech as secretary general.'],
  ['2024-06-26', 'Former NATO Secretary General Anders Fogh Rasmussen welcomed the choice of Rutte.'],
  ['2024-06-20', 'Rishi Sunak, the former chancellor, faces voters on July 4.'],
  ['2024-06-20', 'Sunak, a former chancellor of the exchequer, faces voters on July 4.'],
  ['2024-06-20', 'Rishi Sunak, a former Goldman Sachs analyst, faces voters on July 4.'],
  ['2024-07-04', 'Rishi Sunak, the prime minister, votes in Richmond on Thursday.'],
  ['2024-07-06', 'Rishi Sunak, the former prime minister, said he would stay on as Conservative leader for now.'],
  ['2024-11-20', 'Antony Blinken, a former deputy secretary of state, made his last trip to Brussels as secretary of state.'],
  ['2024-11-20', 'Lloyd Austin, the former commander of US Central Command, will leave the Pentagon in January.'],
  ['2024-06-26', '"I am soon to be a former prime minister," Rutte joked on Wednesday.'],
  ['2024-06-26', 'Rutte, who will soon be a former prime minister, takes over NATO on October 1.'],
  ['2024-06-26', 'NATO names outgoing Dutch PM Rutte as next secretary general'],
  ['2024-06-26', 'PHOTO: Dutch Prime Minister Mark Rutte at NATO headquarters in Brussels, June 26, 2024.'],
  ['2024-06-27', 'Rutte, Dutch prime minister since 2010, was appointed on Wednesday.'],
  ['2026-04-10', 'Viktor Orban, who was also prime minister from 1998 to 2002, faces Peter Magyar on Sunday.'],
  ['2024-10-05', 'Stoltenberg, whose term as secretary general ended on October 1, returned to Oslo.'],
  ['2024-10-02', "Stoltenberg's term has ended, and Rutte took over on Tuesday."],
  ['2024-10-03', 'Stoltenberg, whose tenure at the helm of NATO has ended, thanked allies.'],
  ['2024-10-05', "When Stoltenberg's term ended in 2024, Rutte took over."],
  ['2024-06-26', "Stoltenberg's original term was over in 2018, but allies extended it."],
  ['2024-04-01', "Stoltenberg's term is over in October."],
  ['2022-03-30', 'Stoltenberg, whose term had been due to end in September, was asked to stay on.'],
  ['2022-03-30', "Stoltenberg's term was due to end, but allies extended it by a year."],
  ['2022-03-25', "Stoltenberg's mandate has been extended by one year."],
  ['2023-07-05', "Stoltenberg's term, which was to have ended in October, has been extended again."],
  ['2019-03-30', 'Stoltenberg, whose first term has ended, began his second in October 2018.'],
  ['2024-12-05', 'Charles Michel, whose term as President of the European Council has ended, handed over to Costa.'],
  ['2024-12-05', "Josep Borrell's mandate has ended; Kaja Kallas is now the EU's top diplomat."],
  ['2025-11-01', 'Guterres, whose term ends in 2026, addressed the assembly.'],
  ['2024-06-26', "Rutte's term as prime minister is not over yet: he stays until July."],
  ['2024-06-01', "Moscow argues that Zelensky's mandate has expired."],
  ['2024-06-01', "Zelensky's five-year term expired in May 2024, but elections are suspended under martial law."],
  // 4008d888 (Titles: "the former TITLE" after the outgoing holder named just before; "the incoming U.S. leader")
  ['2024-06-26', 'Rutte met Stoltenberg on Wednesday. The former Norwegian prime minister praised his successor.'],
  ['2024-06-26', 'Stoltenberg welcomed the decision. The former Norwegian prime minister will stay until October.'],
  ['2024-06-26', 'Rutte was joined by Jan Peter Balkenende, the former Dutch prime minister.'],
  [
    '2024-06-26',
    'NATO allies appointed Mark Rutte on Wednesday. The former Dutch prime minister Jan Peter Balkenende welcomed the choice.',
  ],
  ['2024-06-27', 'NATO member states have appointed the outgoing Dutch prime minister as their next secretary general.'],
  ['2024-07-05', 'NATO will be led from October by Mark Rutte, the former Dutch prime minister.'],
  ['2024-10-05', 'Stoltenberg handed over to Rutte in October; the former Dutch prime minister took office on October 1.'],
  ['2024-10-01', 'Stoltenberg handed over to Rutte on Tuesday. The former Dutch prime minister pledged to support Ukraine.'],
  ['2024-11-13', 'Biden welcomed Trump to the Oval Office on Wednesday. The former president said the transition would be smooth.'],
  ['2024-12-10', 'Biden met Obama at the White House. The former president urged unity.'],
  ['2024-12-01', 'Biden spoke to Trump. The former president is president-elect.'],
  ['2024-12-01', 'Biden spoke to Trump. The president-elect takes office on January 20.'],
  ['2025-12-01', 'Merz met Scholz on Monday. The former chancellor gave advice.'],
  ['2024-12-15', 'The incoming U.S. president Donald Trump has promised to end the war quickly.'],
  ['2024-12-15', 'The incoming American leader will take office on January 20.'],
  ['2025-02-01', 'When he was the incoming U.S. president in December, Trump promised a quick deal.'],
  // 70b74025 (Events: a leader told as meeting a party of a two-leader summit he did not attend)
  ['2025-08-18', 'Three days after Trump met with Putin in Alaska, Zelensky flew to Washington.'],
  ['2025-08-19', 'Zelensky met with Trump in Washington three days after the Alaska summit.'],
  ['2025-08-19', 'Zelensky met with European leaders after Trump met Putin in Alaska.'],
  ['2025-08-17', 'Zelensky met with Starmer and Macron, who had spoken with Trump after he met Putin in Alaska.'],
  ['2025-08-20', 'Stubb met with Trump in Washington, days after the Alaska summit.'],
  ['2025-08-14', 'Zelensky met with Merz in Berlin before Trump met Putin in Alaska.'],
  ['2025-08-30', 'Zelensky has not met with Putin, though Trump met with the Russian leader in Alaska.'],
  ['2026-01-10', 'Zelensky met with Trump in Florida after the Alaska summit of August.'],
  ['2020-01-10', 'Zelensky met with Putin in Paris in December 2019.'],
  ['2022-02-08', 'Macron met with Putin in Moscow on Monday.'],
  ['2025-08-07', 'Witkoff met with Putin in Moscow on Wednesday.'],
  ['2025-04-27', 'Zelensky met with Trump in Rome before the funeral of Pope Francis.'],
  ['2021-06-17', 'Biden met with Putin in Geneva on Wednesday.'],
  ['2025-03-01', 'Biden met with Putin in Geneva in 2021.'],
  ['2021-06-17', 'Swiss President Guy Parmelin met with Biden in Geneva.'],
  ['2022-01-22', 'Blinken met with Lavrov in Geneva on Friday.'],
  ['2018-07-17', 'Niinistö met with Trump in Helsinki before the summit.'],
  ['2018-07-17', 'Niinistö met with Putin in Helsinki on Monday.'],
  ['2024-06-20', 'Putin met with Kim Jong Un in Pyongyang.'],
  ['2023-09-05', 'Erdogan met with Putin in Sochi on Monday.'],
  ['2025-11-01', 'Trump met with Xi in Busan on Thursday.'],
  ['2025-08-20', 'Zelensky met with Stubb in Helsinki last year.'],
  // 75c055c6 (Events: a NATO summit named with a bare month not its own; other bodies' summits in NATO cities)
  ['2025-07-10', 'By July, The Hague summit commitments were already being questioned.'],
  ['2025-07-10', 'The June Hague summit set a 5% target.'],
  ['2023-08-01', 'The July Vilnius summit left Ukraine disappointed.'],
  ['2024-08-01', "The July Washington summit marked NATO's 75th anniversary."],
  ['2022-04-01', 'At the March Brussels summit, leaders agreed to bolster the east.'],
  ['2021-07-01', "The June Brussels summit was Biden's first."],
  ['2018-08-01', 'The July Brussels summit was dominated by Trump.'],
  ['2025-10-25', 'At the October Brussels summit, EU leaders delayed the decision on frozen Russian assets.'],
  ['2025-12-20', 'The December Brussels summit agreed a loan for Ukraine.'],
  ['2025-12-20', 'At the December Brussels meeting, NATO foreign ministers discussed Ukraine.'],
  ['2025-08-25', 'After the August Washington summit, Europeans drafted security guarantees.'],
  ['2025-04-01', 'The March Paris summit of the coalition of the willing discussed a reassurance force.'],
  ['2025-03-10', 'The March London summit at Lancaster House was hosted by Starmer.'],
  ['2020-01-10', "The December London summit marked NATO's 70th anniversary."],
  ['2022-07-10', 'The June Madrid summit invited Finland and Sweden.'],
  ['2015-06-01', 'At the May Riga summit, the EU disappointed Ukraine and Georgia.'],
  ['2014-01-20', 'Yanukovych refused to sign at the November Vilnius summit.'],
  ['2024-02-20', 'The protests began after Yanukovych walked away from the EU deal at the November Vilnius summit in 2013.'],
  ['2022-10-20', 'At the October Prague summit, the European Political Community met for the first time.'],
  ['2022-04-10', 'The March Istanbul talks produced a draft communique.'],
  ['2025-03-01', 'The November Istanbul summit of the OSCE in 1999 adopted the Charter for European Security.'],
  ['2024-06-20', "At the June Riga summit, the Bucharest Nine leaders discussed NATO's eastern flank."],
  ['2023-03-01', 'At the February Warsaw summit of the Bucharest Nine, Biden pledged support.'],
  ['2023-06-10', 'The June Chisinau summit of the European Political Community drew 45 leaders.'],
  ['2025-06-10', "NATO's eastern members met at the June Vilnius summit of the Bucharest Nine."],
  ['2025-05-20', "The May Tirana summit of the European Political Community was Albania's first."],
  ['2009-01-10', 'Ukraine hopes for a signal at the April Strasbourg-Kehl summit.'],
  ['2026-05-01', "The July Ankara summit will be NATO's first in Turkey since 2004."],
  // f6405085 (Events: a meeting told opening or closing on a day not its first or last)
  ['2025-06-30', 'The NATO summit in The Hague, which began on June 24, ended a day later.'],
  ['2025-06-26', 'The Hague summit, which opened with a dinner at the palace on June 24, closed on June 25.'],
  ['2025-06-23', 'The Hague summit, scheduled to begin tomorrow, June 24, is expected to be brief.'],
  ['2025-06-22', 'The Hague summit, which opens on Tuesday, will be short.'],
  ['2025-06-26', 'The Hague summit ended on Wednesday, June 25.'],
  ['2025-06-26', 'The NATO summit ended on June 25; the EU summit began on June 26 in Brussels.'],
  ['2025-06-24', 'NATO leaders began arriving on June 23 for the summit, which opens on June 24.'],
  ['2023-07-13', 'The summit in Vilnius, which began on July 11, ended on July 12.'],
  ['2023-07-10', 'The Vilnius summit opens on Tuesday, July 11.'],
  ['2023-07-13', 'The Vilnius summit, which ended on Wednesday, left Kyiv frustrated.'],
  ['2024-07-12', 'The Washington summit opened on July 9 with a ceremony at the Mellon Auditorium.'],
  ['2024-07-12', 'The Washington summit, which opened with an anniversary ceremony on July 9, ended on July 11.'],
  ['2024-07-10', 'The summit, which opened yesterday, July 9, celebrates 75 years of NATO.'],
  ['2024-07-09', 'The Washington summit, which opened on April 23, 1999, welcomed Poland, Hungary and the Czech Republic.'],
  ['2022-06-27', 'The Madrid summit began on July 8, 1997, and invited three countries.'],
  ['2024-06-01', 'The Istanbul summit opened on June 28, 2004.'],
  ['2024-06-01', 'The Bucharest summit opened on April 2, 2008.'],
  ['2024-06-01', 'The Lisbon summit ended on November 20, 2010.'],
  ['2025-06-28', 'The Brussels summit ended on June 27 with a deal on defence.'],
  ['2025-10-24', 'The Brussels summit opened on October 23.'],
  ['2025-03-22', 'The Brussels summit began on March 20.'],
  ['2020-01-10', 'The London summit ended on December 4.'],
  ['2025-03-28', 'The Paris summit ended on March 27 without a deal on troops.'],
  ['2025-06-18', 'The G7 summit in Kananaskis ended on June 17.'],
  ['2025-07-11', 'The Ukraine Recovery Conference in Rome opened on July 10.'],
  ['2025-07-11', 'The summit in Rome, which began on July 10, drew pledges for Ukraine.'],
  ['2025-02-17', 'The Munich Security Conference opened on February 14.'],
  ['2025-05-17', 'The Istanbul talks began on May 16.'],
  ['2026-07-06', "The Ankara summit, scheduled to begin on Tuesday, July 7, will be Rutte's second."],
  // 6e89deb7 (Spending: the 2% target told as NATO's after The Hague, the year nearest the figure its time)
  ['2025-07-10', "Canada will meet NATO's 2% target this year."],
  ['2025-07-10', 'Having fallen short since 2014, Canada will finally hit the 2% target in 2025.'],
  ['2025-08-01', 'After missing it every year since 2014, Spain said it reached the 2% target in 2025.'],
  ['2025-09-01', 'Poland spent 4.1% of GDP on defence in 2024, double the NATO target of 2%.'],
  ['2025-09-01', 'Germany, which reached the NATO target of 2% in 2024, now aims for 3.5% by 2029.'],
  ['2025-09-01', 'Belgium, long a laggard since 2014, now meets the old NATO target of 2%, and must reach 3.5% by 2035.'],
  ['2025-09-01', "Sweden's spending, which passed the 2% target in 2024, will rise to 2.8% in 2026."],
  ['2025-12-01', 'In 2014, the allies agreed the 2% target; in 2025 they agreed 5% by 2035.'],
  ['2025-08-01', 'The 2% target, set in 2014 and reached by all allies by 2025, was replaced by the Hague commitment.'],
  ['2025-09-01', "Before the Hague summit in 2025, the 2% target was the alliance's benchmark."],
  // 95a1da6e (Membership: NATO's newest member; an accession told in the present; "both countries")
  ['2025-03-01', "Sweden is NATO's newest member."],
  ['2025-03-01', "Finland, which became NATO's newest member in April 2023, shares a long border with Russia."],
  ['2024-02-10', "When Finland became the alliance's newest member last year, Russia vowed countermeasures."],
  ['2025-03-01', "Finland was NATO's newest member until Sweden joined in March 2024."],
  ['2025-03-01', "Croatia, a NATO member since 2009, is also the EU's newest member."],
  ['2025-03-01', "Finland, one of NATO's newest members, doubled the alliance's border with Russia."],
  ['2025-03-01', "Finland and Sweden, NATO's newest members, have joined Baltic air policing."],
  ['2018-06-01', "Montenegro, NATO's newest member, sent troops to Latvia."],
  ['2021-06-01', "North Macedonia, NATO's newest member, attended its first summit."],
  ['2025-02-01', "Sweden, the alliance's newest member, and Finland, which joined in 2023, border the Baltic."],
  ['2024-03-07', "Sweden becomes NATO's 32nd member on Thursday."],
  ['2024-03-08', 'Sweden joins NATO as its 32nd member.'],
  ['2024-03-09', "Sweden becomes NATO's 32nd member, ending two centuries of neutrality."],
  ['2024-03-05', 'Sweden formally joins NATO on Thursday, becoming its 32nd member.'],
  ['2024-03-06', "Sweden becomes NATO's 32nd member tomorrow."],
  ['2024-03-06', "Hungary's parliament ratified Sweden's bid last week; Sweden joins NATO on Thursday."],
  ['2023-04-03', "Finland joins NATO on Tuesday, doubling the alliance's border with Russia."],
  ['2023-03-31', 'Finland becomes a member on Tuesday.'],
  ['2023-03-31', 'Finland will formally join NATO on Tuesday, when it becomes the 31st member.'],
  ['2023-03-30', 'Finland becomes the 31st member when it deposits its instrument of accession.'],
  ['2023-03-29', "Turkey's parliament votes on Thursday; Finland then joins NATO within days."],
  ['2024-02-20', 'Once Hungary ratifies, Sweden becomes the 32nd member.'],
  ['2024-02-27', "If Hungary's president signs this week, Sweden joins NATO within days."],
  ['2022-07-05', 'Finland and Sweden sign accession protocols; they become members once all allies ratify.'],
  ['2025-03-01', '2023: Finland joins NATO as its 31st member.'],
  ['2025-03-01', 'March 2024: Sweden becomes the 32nd member of the alliance.'],
  ['2025-03-01', '1999: Poland, Hungary and the Czech Republic join NATO.'],
  ['2025-03-01', '2020 — North Macedonia becomes the 30th member.'],
  ['2025-03-01', 'Finland and Sweden applied in May 2022; both countries became NATO allies within two years.'],
  ['2025-03-01', 'Finland and Sweden applied together, and both countries are now NATO allies.'],
  ['2025-03-01', 'Finland and Sweden applied in 2022. Both countries secured their membership in 2023 and 2024 respectively.'],
  ['2025-03-01', 'Estonia and Latvia regained independence in 1991; both countries became NATO allies in 2004.'],
  ['2025-03-01', 'Romania and Bulgaria both secured their NATO membership in 2004.'],
  ['2025-03-01', 'Poland and Hungary applied in the 1990s; both countries joined NATO in 1999.'],
  ['2025-03-01', 'Finland and Sweden. Both countries became NATO allies after Russia invaded Ukraine in 2022.'],
  // cc34e42b (Membership: an accession told as done in a city other than where the instrument was deposited)
  ['2025-03-01', 'Finland joined NATO at a ceremony in Brussels.'],
  ['2025-03-01', 'Sweden joined NATO at a ceremony in Washington.'],
  ['2025-03-01', 'Montenegro joined NATO at a ceremony in Washington in June 2017.'],
  ['2025-03-01', 'Poland, Hungary and the Czech Republic joined NATO at a ceremony in Independence, Missouri, in March 1999.'],
  ['2025-03-01', 'Seven countries joined NATO at a ceremony in Washington on March 29, 2004.'],
  ['2025-03-01', 'Finland completed its accession in Brussels, where Pekka Haavisto handed the instrument to Antony Blinken.'],
  ['2023-04-05', 'Finland joined NATO, and Stoltenberg welcomed it at a ceremony in Brussels.'],
  ['2023-04-05', 'Finland joined NATO on Tuesday at a ceremony in Brussels; Sweden hopes to follow at the Vilnius summit.'],
  ['2024-03-11', "Sweden's flag was raised in Brussels a few days after it joined NATO at a ceremony in Washington."],
  ['2020-03-30', 'North Macedonia joined NATO on Friday, depositing its instrument of accession in Washington.'],
  ['2024-07-12', 'Sweden, which joined in March, attended its first summit in Washington.'],
  // 9263206a (Membership: an accession time told by the membership's completion; a count told of "it")
  ['2025-03-01', "Sweden's NATO membership was finalized in 2024, a year after Finland's."],
  ['2025-03-01', "Finland's NATO membership was finalized in April 2023."],
  ['2025-03-01', "Sweden's NATO membership talks were finalized in July 2022."],
  ['2025-03-01', "Finland's NATO application became official in May 2022."],
  ['2025-03-01', 'With its NATO membership finalized in March 2024, Sweden now hosts allied exercises.'],
  ['2025-03-01', 'With NATO membership finalized in 2023 and 2024, Finland and Sweden are now allies.'],
  ['2025-03-01', "With Sweden's NATO membership finalized in 2024 and Finland's in 2023, the Nordic region is fully in the alliance."],
  ['2025-03-01', "Sweden's NATO accession protocol was finalized in July 2022 and ratified by all allies by 2024."],
  ['2025-03-01', "Montenegro's membership became official in June 2017."],
  ['2025-03-01', "North Macedonia's NATO membership became official in 2020, after the Prespa agreement of 2018."],
  ['2025-03-01', "Ukraine's membership became a goal in 2008 at Bucharest."],
  ['2025-03-01', 'NATO and the EU work together. The EU began with six founders; now it has grown to include 27 countries.'],
  [
    '2025-05-01',
    'NATO backs the coalition. The coalition of the willing began with a dozen nations; now it has grown to include 30 countries.',
  ],
  ['2025-05-01', 'NATO was founded in 1949 with 12 members. By 1982 it had grown to include 16 countries.'],
  ['2025-05-01', 'NATO was founded with 12 members. Then it grew to 16 members by 1982, and later to 32.'],
  ['2021-05-01', 'NATO was founded in 1949 with 12 members. Now it has grown to include 30 countries.'],
  // eb18932a (Errors by volume: a bare title in a second copula; SWIFT told as immediate; a bracketed accession-year outlier)
  ['2025-03-01', 'Mark Rutte is the Secretary General of NATO and Radmila Shekerinska is the Deputy Secretary General.'],
  ['2022-07-01', 'Jens Stoltenberg is the Secretary General of NATO and Mircea Geoana is the Deputy Secretary General.'],
  ['2025-03-01', 'Ursula von der Leyen is the President of the European Commission and Kaja Kallas is the High Representative.'],
  ['2025-03-01', 'Rutte is the Secretary General of NATO and Antonio Costa is the President of the European Council.'],
  ['2025-03-01', 'Rutte is the Secretary General of NATO and Guterres is the Secretary-General.'],
  ['2025-03-01', 'Zelensky is the president of Ukraine and Trump is the president of the United States.'],
  ['2025-03-01', 'Zelensky is the President of Ukraine and Trump is the President.'],
  ['2025-03-01', 'Zelensky is the President of Ukraine and Putin is the President of Russia.'],
  ['2025-06-01', 'Macron is the President of France and Merz is the Chancellor.'],
  ['2025-06-01', 'Starmer is the Prime Minister of the UK and Rachel Reeves is the Chancellor.'],
  ['2025-09-01', 'Zelensky is the President of Ukraine and Svyrydenko is the Prime Minister.'],
  ['2025-03-01', 'Sybiha is the Foreign Minister of Ukraine and Umerov is the Defence Minister.'],
  ['2024-09-01', 'Umerov is the Defence Minister of Ukraine and Kuleba is the Foreign Minister.'],
  ['2025-03-01', 'Trump is the President of the United States and Vance is the Vice President.'],
  ['2024-05-01', 'Stoltenberg is the Secretary General of NATO and Blinken is the Secretary of State.'],
  ['2025-03-01', 'Sanchez is the Prime Minister of Spain and Felipe VI is the King.'],
  ['2025-03-01', 'Rutte was the Prime Minister of the Netherlands and is now the Secretary General.'],
  ['2025-03-01', 'Stoltenberg was the Secretary General of NATO and Geoana was the Deputy Secretary General.'],
  [
    '2022-03-02',
    "The EU agreed to remove seven Russian banks from SWIFT, and banned transactions with Russia's central bank with immediate effect.",
  ],
  ['2022-03-02', 'The EU removed seven Russian banks from SWIFT, effective March 12.'],
  [
    '2022-03-01',
    'The United States imposed full blocking sanctions on VTB, effective immediately, and the EU agreed to cut seven banks from SWIFT.',
  ],
  [
    '2022-03-02',
    "The EU's decision to disconnect seven banks from SWIFT, published on Wednesday with immediate effect, applies from March 12.",
  ],
  ['2022-06-04', 'The EU cut Sberbank from SWIFT, effective June 14.'],
  ['2025-03-01', 'Several NATO allies joined the European Union in the 2004 enlargement: Estonia (2004), Latvia (2004), Poland (2004).'],
  ['2025-03-01', "NATO's eastern flank: Poland (1999), Estonia (2004), Latvia (2004), Finland (2023)."],
  ['2025-03-01', "NATO's Nordic members joined the EU at different times: Denmark (1973), Finland (1995), Sweden (1995)."],
  ['2025-03-01', 'NATO allies that adopted the euro: Estonia (2011), Latvia (2014), Lithuania (2015), Slovakia (2009).'],
  ['2025-03-01', 'NATO summits were hosted by Lithuania (2023), Spain (2022), the United States (2024) and the Netherlands (2025).'],
  [
    '2025-03-01',
    'Countries that joined the Partnership for Peace before NATO: Poland (1994), Hungary (1994), Sweden (1994), Finland (1994).',
  ],
  ['2025-03-01', 'NATO members with presidential elections due: Poland (2025), Romania (2025), Portugal (2026).'],
  // 9c4c8ef3, f91b1f1e (Confirm: "have not met since TIME" belied by a later meeting of the two)
  ['2025-02-10', 'Zelensky and Putin have not met since 2019.'],
  ['2024-03-01', 'Biden and Putin have not met since Geneva in 2021.'],
  ['2025-02-20', 'Putin and Biden have not met since 2021.'],
  ['2025-10-20', 'Trump and Putin have not met since Alaska.'],
  ['2025-11-10', 'Trump and Putin have not met in person since August.'],
  ['2025-10-20', 'Trump and Putin have not met since their summit in Alaska in August.'],
  ['2025-10-22', 'Trump and Putin have not met since Anchorage, and a Budapest summit is now in doubt.'],
  ['2025-03-10', 'Trump and Zelensky have not met since the Oval Office clash.'],
  ['2025-02-10', 'Trump and Putin have not met in person since 2019.'],
  ['2025-02-20', 'Trump and Putin have not met since Trump returned to office.'],
  ['2025-02-20', "Trump and Putin have not met since Trump's first term."],
  ['2025-08-20', 'Trump and Putin had not met in person since 2019 before the Anchorage summit.'],
  ['2025-10-20', 'Trump and Xi have not met in person since 2019.'],
  ['2025-10-20', 'Trump and Zelensky have not met since Friday.'],
  ['2025-08-20', 'Putin and Zelensky have never met since the full-scale invasion.'],
  // 4f627ef5, 0d7a434a (Withholding: pages in the present about a past meeting; captions of past photos)
  [
    '2025-06-01',
    'Bucharest Summit 2008. The summit is chaired by Secretary General Jaap de Hoop Scheffer. It took place in April 2008 in Bucharest, Romania.',
  ],
  [
    '2025-06-01',
    'Wales Summit. The host is British Prime Minister David Cameron, and NATO is led by Anders Fogh Rasmussen. The summit was held in September 2014.',
  ],
  ['2025-06-01', 'FILE - President Joe Biden, right, and NATO Secretary General Jens Stoltenberg speak in Vilnius, July 11, 2023.'],
  [
    '2025-06-01',
    'FILE PHOTO: U.S. President Joe Biden meets Ukrainian President Volodymyr Zelenskiy at the White House in Washington, U.S., September 21, 2023.',
  ],
  ['2025-06-01', 'Then-Secretary General Jens Stoltenberg, left, with Dutch Prime Minister Mark Rutte in 2023.'],
  // 1fb50826 (Titles: "a non-sitting TITLE" read as "the former TITLE")
  ['2023-06-01', 'Trump, a non-sitting president, is running again.'],
  ['2025-06-01', 'Biden, now a non-sitting president, gave a speech in Chicago.'],
  ['2025-06-01', 'Trump hosted Obama. The non-sitting president praised the pageantry.'],
  ['2023-06-01', 'Trump said no non-sitting president had ever been indicted.'],
  ['2025-06-01', 'Trump, who was a non-sitting president in 2023, faced four indictments.'],
  ['2024-12-10', 'Trump spoke with Biden by phone on Tuesday. The former president said they discussed Ukraine.'],
  ['2024-12-10', 'Obama visited Biden on Monday. The former president urged unity.'],
  ['2024-06-26', 'Jan Peter Balkenende called Mark Rutte on Wednesday. The former Dutch prime minister praised his appointment.'],
  ['2025-04-10', 'Angela Merkel spoke with Olaf Scholz on Monday, and the former chancellor urged him to stay calm.'],
  ['2024-06-20', 'Theresa May praised Rishi Sunak. The former prime minister said he had done his best.'],
  ['2024-09-20', 'Former Norwegian Prime Minister and outgoing NATO chief Jens Stoltenberg gave his last speech.'],
  ['2025-04-10', 'Former Hamburg mayor and current Chancellor Olaf Scholz will hand over to Merz in May.'],
  ['2024-12-10', 'Former Vice President and current President Joe Biden pardoned his son.'],
  // 1cdc381b (Titles: "then-TITLE NAME" of a holder back in office, a recent meeting at the place told)
  ['2025-12-30', 'Zelensky visited then-President Donald Trump at the White House in 2019.'],
  ['2025-10-01', 'Zelensky met then-President Trump in New York, where the two held their first meeting.'],
  ['2025-08-20', 'Then-President Donald Trump met Putin in Helsinki, a summit criticised at the time.'],
  ['2025-08-20', 'In 2018, then-President Donald Trump met Putin in Helsinki.'],
  ['2025-01-25', 'Zelensky met then-President-elect Donald Trump in Paris in December.'],
  ['2025-03-05', 'Zelensky met then-President Biden in the Oval Office.'],
  ['2025-12-30', 'Zelenskyy visited President Donald Trump at Mar-a-Lago on Sunday.'],
  // e513233a (Errors by volume: "COUNTRIES, YEAR;" lists with one item off)
  [
    '2025-03-01',
    'NATO members that joined the European Union in 2004: Estonia, 2004; Latvia, 2004; Lithuania, 2004; Poland, 2004; Czech Republic, 2004.',
  ],
  ['2025-03-01', 'NATO allies and the year they joined the EU: Estonia, 2004; Latvia, 2004; Poland, 2004.'],
  ['2025-03-01', 'NATO enlargement: Greece and Turkey, 1952; Germany, 1955; Spain, 1982; Poland, 1999.'],
  ['2025-03-01', 'Hosts of NATO summits: Spain, 2022; Lithuania, 2023; United States, 2024; Netherlands, 2025.'],
  ['2025-03-01', 'NATO allies that joined Schengen: Estonia, 2007; Latvia, 2007; Poland, 2007; Croatia, 2023.'],
  ['2025-03-01', 'NATO members by year of EU entry: Estonia (2004), Latvia (2004), Lithuania (2004), Poland (2004), Hungary (2004).'],
  // 16130e06 (Membership: a ratification told as an ally accepting the membership)
  ['2025-03-01', "At Vilnius in July 2023, Erdogan accepted Sweden's NATO membership bid."],
  ['2025-03-01', "Turkey accepted Sweden's membership bid in principle at Madrid in June 2022."],
  ['2025-03-01', "Hungary accepted Finland's membership in March 2023."],
  ['2025-03-01', "Turkey accepted Finland's accession in March 2023."],
  ['2025-03-01', "Hungary finally accepted Sweden's bid in February 2024."],
  ['2025-03-01', "Turkey agreed in July 2023 to accept Sweden's membership."],
  ['2023-07-11', "Erdogan accepted Sweden's membership on Monday, Stoltenberg announced."],
  ['2025-03-01', "Erdogan said in July 2023 he would accept Sweden's accession once Congress approved F-16s."],
  ['2024-01-24', "Turkey accepted Sweden's membership on Tuesday, leaving Hungary the last holdout."],
  // 47c6e020 (Events: talks identified by their sides told at another city; a milestone's meeting told elsewhere)
  ['2025-11-24', 'US and Ukrainian officials held talks in Geneva on Sunday.'],
  ['2025-12-01', 'US and Ukrainian officials held talks in Florida on Sunday.'],
  ['2025-12-01', 'The US-Ukraine talks in Miami this weekend were productive, Rubio said.'],
  ['2025-12-16', 'US and Ukrainian officials held talks in Berlin on Sunday and Monday.'],
  ['2025-04-24', 'US and Ukrainian officials held talks in London on Wednesday.'],
  ['2025-04-18', 'US and Ukrainian officials held talks in Paris on Thursday.'],
  ['2025-03-26', 'The US-Ukraine talks in Riyadh earlier this week ended without a ceasefire.'],
  ['2025-03-13', 'The US-Ukraine talks in Jeddah earlier this week produced a ceasefire proposal.'],
  ['2025-02-15', 'US and Ukrainian officials held talks in Munich on Friday.'],
  ['2025-02-21', 'US and Ukrainian officials held talks in Kyiv on Thursday.'],
  ['2025-02-28', 'US and Russian officials held talks in Istanbul on Thursday.'],
  ['2025-04-11', 'US and Russian officials held talks in Istanbul on Thursday.'],
  ['2025-02-19', 'US and Russian officials held talks in Riyadh on Tuesday.'],
  ['2025-06-03', 'Russian and Ukrainian officials held talks in Istanbul on Monday.'],
  ['2025-07-24', 'Russia-Ukraine talks in Istanbul on Wednesday lasted less than an hour.'],
  ['2025-03-14', 'After the talks in Jeddah on Tuesday, Witkoff flew to Moscow.'],
  ['2025-03-20', 'US and Ukrainian officials will hold talks in Riyadh on Monday.'],
  ['2025-03-13', 'After the US-Russia talks in Riyadh last month, US and Ukrainian officials met in Jeddah this week.'],
  ['2025-03-13', 'The US-Ukraine talks this week were held in Jeddah, not in Riyadh as first planned.'],
  ['2025-03-30', 'At a meeting in Riyadh last week, the sides agreed on a Black Sea ceasefire.'],
  ['2025-03-14', 'Witkoff brought the 30-day ceasefire proposal to talks in Moscow on Thursday.'],
  ['2025-03-14', 'Witkoff presented the proposal for a 30-day ceasefire at a meeting in Moscow on Thursday.'],
  ['2025-03-14', 'Putin, at a news conference in Moscow on Thursday, said he agreed with the 30-day ceasefire proposal in principle.'],
  ['2025-03-18', 'Trump and Putin discussed the 30-day ceasefire proposal in a call on Tuesday.'],
  ['2025-03-12', 'Ukraine accepted the US proposal for a 30-day ceasefire at talks in Jeddah on Tuesday.'],
  ['2025-03-15', 'At a summit in London on Saturday, Starmer urged Putin to accept the 30-day ceasefire that Ukraine agreed to this week.'],
  [
    '2024-07-12',
    "At a press conference in Kyiv on Friday, Zelensky said NATO's declaration of an irreversible path to membership this week was not enough.",
  ],
  ['2024-07-13', 'Speaking at a conference in Berlin on Friday, Baerbock welcomed the decision to set up NSATU in Wiesbaden.'],
  [
    '2024-07-12',
    'At a meeting in Washington on Wednesday, NATO leaders decided to set up a command to coordinate aid, based in Wiesbaden.',
  ],
  ['2022-07-05', "NATO's new Strategic Concept, adopted last week, was presented at a conference in Brussels on Monday."],
  ['2023-07-14', 'The NATO-Ukraine Council held its inaugural meeting in Vilnius on Wednesday.'],
  ['2023-07-28', 'The NATO-Ukraine Council met in Brussels on Wednesday at Kyiv’s request, two weeks after it was established in Vilnius.'],
  ['2022-06-29', "Turkey, Finland and Sweden signed a memorandum at talks in Madrid on Tuesday, lifting Ankara's veto."],
  // 12de6bb9 (Titles: former before a handover to a chosen successor; other former offices of the outgoing holder)
  ['2024-07-10', 'Former Portuguese Prime Minister António Costa will chair EU summits from December.'],
  ['2024-07-10', 'António Costa, the former Portuguese prime minister, will succeed Charles Michel in December.'],
  ['2024-07-10', 'Charles Michel, a former Belgian prime minister, hands over to Costa in December.'],
  ['2024-07-10', 'Former Belgian Prime Minister Charles Michel will hand over to António Costa on December 1.'],
  ['2025-03-10', 'Mark Carney, a former Bank of England governor, won the Liberal leadership on Sunday.'],
  ['2025-03-10', 'Former central banker Mark Carney will succeed Justin Trudeau as prime minister within days.'],
  ['2025-03-10', 'Justin Trudeau, the outgoing prime minister, congratulated Carney.'],
  ['2025-03-15', 'Former Prime Minister Justin Trudeau left Ottawa on Friday after Carney was sworn in.'],
  ['2024-09-10', 'Josep Borrell, a former president of the European Parliament, will hand over to Kaja Kallas.'],
  ['2024-09-10', "Former Estonian Prime Minister Kaja Kallas will replace Josep Borrell as the EU's top diplomat."],
  ['2024-09-04', 'Dmytro Kuleba, who resigned on Tuesday, is expected to be replaced by Andrii Sybiha.'],
  [
    '2024-08-20',
    "Former Norwegian Prime Minister Jens Stoltenberg, NATO's secretary general until October, will chair the Munich Security Conference.",
  ],
  [
    '2024-08-20',
    "Stoltenberg, NATO's outgoing secretary general and a former Norwegian prime minister, will chair the Munich Security Conference.",
  ],
  ['2024-07-20', "Former NATO deputy secretary general Rose Gottemoeller praised Rutte's appointment."],
  ['2024-07-20', "Former Dutch defence minister Kajsa Ollongren welcomed Rutte's appointment."],
  ['2024-07-20', "Former Dutch Prime Minister Jan Peter Balkenende welcomed Rutte's appointment."],
  // 1cdc381b (Titles: then-TITLE of a returned holder; a first-term act at a place of a recent meeting)
  ['2025-10-20', 'In the infamous phone call, then-President Trump dangled a White House visit for Zelensky.'],
  [
    '2025-10-20',
    'During his first impeachment, then-President Trump was accused of withholding aid from Zelensky to get a White House meeting.',
  ],
  ['2025-08-20', 'Then-President Trump never invited Zelensky to the White House, despite promises in the 2019 call.'],
  ['2025-08-20', 'Zelensky, who sought a meeting with then-President Trump at the White House for months, finally got one in February.'],
  ['2025-03-05', 'Zelensky met then-President Trump in New York, not at the White House.'],
  ['2025-03-05', 'Zelensky first met then-President Trump on the sidelines of the UN in New York.'],
  ['2025-03-05', 'Then-President Trump met Zelensky on the sidelines of the UN General Assembly, where he pressed him about the Bidens.'],
  ['2025-08-20', 'Then-President Trump met Putin in Osaka on the margins of the G20.'],
  // df6c1f70 (Membership: an accession told in a headline's present; hedged, conditional and other-object headlines)
  ['2023-07-12', 'Sweden joins NATO — in all but name'],
  ['2023-07-12', 'Sweden joins NATO - almost'],
  ['2023-07-12', 'Sweden all but joins NATO'],
  ['2023-07-12', 'Sweden joins NATO? Not quite yet'],
  ['2023-07-12', 'Sweden joins NATO? Not yet.'],
  ['2023-10-01', 'When Sweden joins NATO: what changes for the Baltic'],
  ['2023-10-01', 'If Sweden joins NATO: three scenarios'],
  ['2022-05-16', 'Sweden joins Finland in NATO bid'],
  ['2022-05-16', 'Sweden joins Finland in seeking NATO membership'],
  ['2023-10-01', 'Sweden joins NATO exercises as an invitee'],
  ['2023-10-01', "Sweden joins NATO's air policing"],
  ['2023-10-01', 'Sweden joins NATO in spirit: Stockholm sends jets to Baltic patrols'],
  ['2023-10-01', "'Sweden joins NATO' is not yet a headline anyone can write"],
  ['2023-10-01', 'Sweden Joins NATO, Eventually: Why Hungary Is Stalling'],
  ['2023-01-20', 'Opinion: Sweden joins NATO — but when?'],
  ['2022-05-18', 'Finland, Sweden apply to join NATO'],
  ['2022-05-18', 'Sweden applies to join NATO: what it means'],
  ['2023-02-01', 'Finland could join NATO without Sweden: Haavisto'],
  ['2023-01-10', 'Sweden Joins NATO Talks in Ankara'],
  // 75c055c6 (Events: bare-month meetings in The Hague and other NATO cities that are no NATO summit); 12de6bb9 (terms told over ahead)
  ['2024-04-05', 'At the April Hague conference, ministers backed a claims commission for Ukraine.'],
  ['2025-12-20', 'At the December Hague conference, states signed the convention on a claims commission for Ukraine.'],
  ['2025-12-20', 'The December Hague meeting set up a claims commission for Ukraine.'],
  ['2025-12-20', "NATO allies were among the signatories at the December Hague conference on Ukraine's claims commission."],
  ['2025-05-20', "The May Hague meeting of the Special Tribunal's core group made progress."],
  ['2023-11-20', "The November Vilnius conference on Ukraine's reconstruction drew NATO officials."],
  ['2025-09-10', "The September Vilnius meeting of Nordic-Baltic defence ministers discussed NATO's eastern flank."],
  ['2025-04-10', "The April Warsaw meeting of NATO's eastern flank states discussed drones."],
  ['2024-06-01', 'Stoltenberg said his term is over on October 1.'],
  ['2024-07-10', "Michel's mandate is over at the end of November."],
  ['2024-10-01', "Stoltenberg's term is over: Rutte takes the helm."],
  ['2024-05-01', 'Asked about the future, Stoltenberg said his term is over in the autumn.'],
  // 9263206a (Membership: a fronted completion owned by another country; counts of it)
  ['2025-03-01', "With Finland's NATO membership finalized in 2023, Sweden was left waiting."],
  ['2025-03-01', "With NATO membership finalized in April 2023, Helsinki turned to Sweden's bid."],
  ['2025-03-01', 'With membership finalized in 2023, the alliance welcomed Finland.'],
  ['2025-03-01', "With NATO membership finalized in 2023, the Finns have doubled NATO's border with Russia."],
  ['2025-03-01', 'With NATO membership finalized for Finland in 2023, Sweden followed in 2024.'],
  ['2025-03-01', "With Finland's accession finalized in 2023, Sweden became the 32nd member the following year."],
  ['2025-03-01', "Finland's NATO membership became official in April 2023; Sweden's followed in March 2024."],
  ['2025-03-01', "Sweden's membership, finalized in 2024, followed Finland's, which became official in 2023."],
  ['2025-03-01', 'NATO now has 32 members. Now it has grown to include Finland and Sweden.'],
  ['2023-05-01', 'NATO was founded with 12 members. Now it has grown to include 31 countries.'],
  ['2019-05-01', 'NATO was founded with 12 members. Now it has grown to include 29 countries.'],
  ['2024-02-01', 'NATO was founded with 12 members. Now it has grown to include 31 countries, with Sweden to follow.'],
  // 4008d888 (Titles: the incoming president or leader of another country)
  ['2025-07-10', 'Karol Nawrocki, the incoming president, met Tusk on Thursday.'],
  ['2025-07-10', 'The incoming president, Karol Nawrocki, will be sworn in on August 6.'],
  ['2025-07-10', "Poland's incoming president Karol Nawrocki pledged to keep supporting Ukraine."],
  ['2025-04-20', 'Friedrich Merz, the incoming leader, pledged to lead Europe.'],
  ['2025-05-20', "Romania's incoming president Nicusor Dan will take office on May 26."],
  ['2025-06-03', "South Korea's incoming president Lee Jae-myung called Trump."],
  ['2025-06-03', 'The incoming president, Lee Jae-myung, takes office on Wednesday.'],
  ['2024-12-15', 'Trump spoke to Zelensky. The incoming U.S. leader wants a quick deal.'],
  ['2020-12-15', 'The incoming U.S. president Joe Biden has promised to restore alliances.'],
  ['2016-12-15', "The incoming U.S. president Donald Trump has questioned NATO's value."],
  ['2025-07-10', 'Nawrocki spoke to Trump. The incoming president promised to keep US troops in Poland.'],
  ['2025-07-10', 'Trump congratulated Nawrocki. The incoming president thanked him.'],
  // eb18932a (Errors by volume: two plain copulas, the second title of another office or body)
  ['2025-03-01', "Sikorski is Poland's foreign minister and Kosiniak-Kamysz is the defence minister."],
  ['2025-03-01', "Kallas is the EU's foreign policy chief and Kos is the enlargement commissioner."],
  ['2025-09-01', 'Merz is the Chancellor of Germany and Steinmeier is the President.'],
  ['2025-03-01', 'Macron is the President of France and Bayrou is the Prime Minister.'],
  ['2025-03-01', 'Meloni is the Prime Minister of Italy and Mattarella is the President.'],
  ['2024-09-01', 'Tusk is the Prime Minister of Poland and Duda is the President.'],
  ['2025-03-01', 'Fico is the Prime Minister of Slovakia and Pellegrini is the President.'],
  ['2025-03-01', 'Orban is the Prime Minister of Hungary and Sulyok is the President.'],
  ['2025-03-01', 'Erdogan is the President of Turkey and Fidan is the Foreign Minister.'],
  ['2025-03-01', 'Zelensky is the President of Ukraine and Yermak is the head of the presidential office.'],
  ['2025-03-01', "Syrskyi is the commander-in-chief of Ukraine's armed forces and Umerov is the defence minister."],
  ['2025-03-01', 'Rubio is the US Secretary of State and Hegseth is the Secretary of Defense.'],
  ['2025-09-01', 'Rutte is the Secretary General of NATO and Grynkewich is the Supreme Allied Commander.'],
  ['2025-03-01', 'Cavoli is the Supreme Allied Commander Europe and Rutte is the Secretary General.'],
  ['2025-03-01', 'Von der Leyen is the President of the European Commission and Metsola is the President of the European Parliament.'],
  ['2025-03-01', 'Starmer is the Prime Minister of Britain and Lammy is the Foreign Secretary.'],
  ['2025-03-01', 'Trudeau was the Prime Minister of Canada and Freeland was the Deputy Prime Minister.'],
  ['2022-07-01', 'Johnson is the Prime Minister of the UK and Truss is the Foreign Secretary.'],
  ['2025-03-01', 'Costa is the President of the European Council and Kallas is the High Representative.'],
  ['2025-03-01', 'Putin is the President of Russia and Mishustin is the Prime Minister.'],
  ['2025-03-01', 'Lukashenko is the President of Belarus and Putin is the President of Russia.'],
  ['2024-05-01', 'Blinken is the US Secretary of State and Austin is the Secretary of Defense.'],
  // 70b74025 (Events: other leaders meeting at the places and days of other summits)
  ['2025-11-01', 'Takaichi met with Xi in Gyeongju on Friday.'],
  ['2025-10-30', 'Lee met with Trump in Gyeongju on Wednesday.'],
  ['2025-09-02', 'Putin met with Modi in Tianjin on Monday.'],
  ['2025-09-02', 'Modi met with Xi in Tianjin on Sunday.'],
  ['2025-09-04', 'Kim Jong Un met with Putin in Beijing on Wednesday.'],
  ['2025-08-16', 'Lavrov met with reporters in Anchorage wearing a USSR sweater.'],
  ['2025-10-31', 'Carney met with Xi in Gyeongju on Friday.'],
  ['2021-06-17', 'Lavrov met with Blinken in Geneva during the Biden-Putin summit.'],
  ['2018-07-17', 'Sauli Niinistö met with Putin in Helsinki ahead of his summit with Trump.'],
  ['2025-08-15', 'Putin met with Trump in Anchorage on Friday.'],
  ['2025-08-16', 'Trump met with Putin at Joint Base Elmendorf-Richardson in Anchorage.'],
  // 95a1da6e (Membership: both countries across sentences; steps toward an accession told in the present)
  ['2025-03-01', 'Finland joined NATO in April 2023 and Sweden in March 2024. Both countries became allies in record time.'],
  ['2025-03-01', 'Finland joined in 2023. Sweden followed in 2024. Both countries became NATO allies after decades of non-alignment.'],
  ['2025-03-01', 'Sweden and Finland applied in 2022. Both countries became NATO allies within two years.'],
  ['2025-03-01', 'Finland and Sweden joined NATO in 2023 and 2024. Both countries secured their membership after Turkey relented.'],
  ['2023-07-11', "Sweden set to become NATO's 32nd member after Turkey drops its objection."],
  ['2023-07-11', "Sweden on track to become NATO's 32nd member."],
  ['2023-07-11', "Sweden will become the 32nd member once Turkey's parliament ratifies."],
  ['2023-07-11', 'Sweden is poised to join NATO as its 32nd member.'],
  ['2023-07-11', 'Sweden nears NATO membership as Erdogan drops veto.'],
  ['2023-07-11', 'Sweden takes a big step toward joining NATO.'],
  ['2022-07-05', "Finland and Sweden take a step toward becoming NATO's 31st and 32nd members."],
  ['2024-01-24', "Sweden moves closer to becoming NATO's 32nd member."],
  ['2024-02-26', "Sweden clears last hurdle to become NATO's 32nd member."],
  ['2024-02-26', 'Sweden clears final hurdle to join NATO.'],
  // Short paragraphs of the kinds of the round's new readers (Rutte's appointment, the Washington visit after Alaska, Sweden's accession, The Hague, Vilnius, Jeddah and Charlevoix)
  [
    '2024-06-26',
    "NATO allies on Wednesday formally appointed outgoing Dutch Prime Minister Mark Rutte as the alliance's next secretary-general. Rutte, who has been prime minister since 2010, will take over from Jens Stoltenberg, the former Norwegian prime minister, on Oct. 1. Romanian President Klaus Iohannis, Rutte's only rival, withdrew from the race last week. The former Dutch prime minister Jan Peter Balkenende called it a great honour for the Netherlands.",
  ],
  [
    '2025-08-18',
    'Zelensky arrives in Washington on Monday, three days after Trump met Putin in Alaska. European leaders, including German Chancellor Friedrich Merz and French President Emmanuel Macron, will join him. Zelensky was not invited to the Anchorage summit, where Trump and Putin met for nearly three hours.',
  ],
  [
    '2024-03-08',
    "Sweden formally joined NATO on Thursday, becoming the alliance's 32nd member. Prime Minister Ulf Kristersson handed over the instrument of accession to U.S. Secretary of State Antony Blinken at a ceremony in Washington. Finland, which joined last April, is the alliance's 31st member. Sweden's flag will be raised at NATO headquarters in Brussels on Monday.",
  ],
  [
    '2025-06-26',
    'NATO leaders agreed at their summit in The Hague on Wednesday to raise the defence spending target to 5% of GDP by 2035. Spain, which says it will stick to about 2.1%, won an exemption. The previous target of 2%, set in 2014 in Wales, was met by all allies this year, according to NATO estimates. The summit, which began on Tuesday with a dinner hosted by King Willem-Alexander, ended on Wednesday.',
  ],
  [
    '2023-07-13',
    "The Vilnius summit ended on Wednesday with the first meeting of the NATO-Ukraine Council. On Monday, Turkish President Recep Tayyip Erdogan agreed to forward Sweden's accession protocol to parliament. Zelensky said the summit's language on membership was absurd. The summit in Vilnius, which began on July 11, was the second since Russia's full-scale invasion.",
  ],
  [
    '2025-03-13',
    "Ukraine agreed on Tuesday to a U.S. proposal for a 30-day ceasefire at talks in Jeddah, Saudi Arabia. Secretary of State Marco Rubio, who led the U.S. delegation, said the ball was now in Russia's court. Rubio then flew to Canada, where G7 foreign ministers meeting in Charlevoix on Wednesday welcomed Ukraine's readiness for a ceasefire. Special envoy Steve Witkoff was expected in Moscow later this week.",
  ],
  // f6405085 (Events: opening and closing days of earlier meetings and other rounds at the same place, told without their year)
  ['2025-05-20', 'The Istanbul talks began on March 29 in 2022, and collapsed weeks later.'],
  ['2025-05-20', "The first Istanbul talks began on March 29, three years before this week's round."],
  ['2025-05-17', 'The Istanbul talks, initially set for Thursday, began on Friday.'],
  ['2025-02-18', 'The Munich conference, which opened on February 14, ended on Sunday.'],
  ['2025-03-03', 'The London summit on Sunday followed the Paris summit, which opened on February 17.'],
  [
    '2025-07-15',
    'The NATO summit in Vilnius, which opened on July 11 two years ago, promised Ukraine an invitation when conditions are met.',
  ],
  ['2025-06-20', "In Madrid, where NATO's summit opened on June 28 three years ago, Sanchez hosted Rutte."],
  ['2024-07-12', 'The first NATO summit in Washington opened on April 23; the second ended on July 11.'],
  ['2023-07-12', "NATO's first summit in Vilnius opened on July 11."],
  ['2025-06-25', 'The Hague summit opened on June 24, while the previous summit, in Washington, opened on July 9.'],
  // 47c6e020, 70b74025 (Events: talks and meetings of an earlier year told with a day and no year, or with last year)
  ['2026-03-30', 'US and Ukrainian officials held talks in Riyadh on March 24 last year.'],
  ['2026-03-30', 'US and Ukrainian officials held talks in Jeddah on March 11, 2025.'],
  ['2026-03-13', 'A year ago, US and Ukrainian officials held talks in Jeddah on March 11.'],
  ['2026-03-13', 'The US-Ukraine talks in Jeddah on March 11 last year produced the 30-day ceasefire proposal.'],
  ['2026-03-13', 'Last year, Ukraine agreed to a 30-day ceasefire at talks in Jeddah on March 11.'],
  ['2026-08-20', 'A year ago, three days after Trump met with Putin in Alaska, Zelensky came to Washington.'],
  ['2026-02-20', 'Last February, US and Russian officials held talks in Riyadh on February 18.'],
  ['2026-02-20', 'US and Russian officials held talks in Istanbul on February 27 last year.'],
];

describe('true look-alikes of the round’s new red-flag forms', () => {
  it('raise no red flag', () => {
    for (const [asOf, text] of TRUE_LOOK_ALIKES) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  });
});

describe('an opening day told without its year that is another meeting’s at the same place (event-time-clash.ts edgeDay, f6405085)', () => {
  it('keeps the first Washington summit’s day quiet on a page of the second', () => {
    // Found in the precision read: the 1999 Washington summit opened on 23 April; on a page of July 2024 the day was read as the
    // 75th anniversary summit's and flagged.
    expect(
      redQuotes(
        "NATO's first Washington summit, which opened on April 23, welcomed three new members; this week's opens on July 9.",
        '2024-07-09',
      ),
    ).toEqual([]);
    // A day no meeting at that place had is still a red flag (events-round41).
    expect(redQuotes('The NATO summit in Vilnius, which opened on July 20, was historic.', '2023-09-01')).toEqual(['opened on July 20']);
  });
});

describe('a milestone’s meeting told at another city only on the meeting’s days (nato-milestones.ts placedElsewhere, 47c6e020)', () => {
  it('keeps a meeting held on another day, where the act is welcomed, quiet', () => {
    // Found in the precision read: the G7 foreign ministers met in Charlevoix on 12-14 March 2025; Ukraine accepted the 30-day
    // ceasefire proposal at the talks in Jeddah on Tuesday 11 March.
    for (const text of [
      'G7 ministers meeting in Charlevoix on Wednesday welcomed Ukraine’s agreement to a 30-day ceasefire.',
      'Rubio, speaking at a meeting in Charlevoix on Wednesday, said Ukraine’s acceptance of a 30-day ceasefire put the ball in Russia’s court.',
    ])
      expect(redQuotes(text, '2025-03-13'), text).toEqual([]);
    // The act told at another city on its own day is still a red flag (events-round41).
    expect(redQuotes('Ukraine agreed to a 30-day ceasefire at talks in Riyadh on Tuesday.', '2025-03-15')).toEqual([
      'talks in Riyadh on Tuesday',
    ]);
  });
});

describe('a picture or a recording "from YEAR" is of that year, not a span from it (narrated-time.ts isBound)', () => {
  it('keeps a caption’s title of the picture’s time quiet', () => {
    // Found in the precision read (present before this round): "from 2014" after a photo was read as a bound ("from 2014
    // on"), so the caption's title was judged on the page's day; "In this 2014 photo" was already read as 2014.
    for (const text of [
      'In this photo from 2014, Russian President Vladimir Putin greets German Chancellor Angela Merkel in Milan.',
      'In this file photo from October 2014, German Chancellor Angela Merkel speaks in Milan.',
      'A photo from 2014 shows German Chancellor Angela Merkel in Milan.',
      'German Chancellor Angela Merkel in Milan, in a photo from 2014.',
      'A video from 2019 shows NATO Secretary General Jens Stoltenberg in London.',
      'Photos from 2023 show Dutch Prime Minister Mark Rutte in Kyiv.',
    ])
      expect(redQuotes(text, '2025-06-01'), text).toEqual([]);
    // A stale title told of the page's own time is still a red flag.
    expect(redQuotes('A new photo shows German Chancellor Angela Merkel in Berlin.', '2025-06-01')).toEqual([
      'German Chancellor Angela Merkel',
    ]);
  });
});

describe('an opening or closing day told without its year is of the meeting identified (event-time-clash.ts edgeDay, f6405085)', () => {
  it('reads the day in the meeting’s own year, not the page’s', () => {
    // Found in the precision read: the day was compared in the page's year ("July 11" on a page of 2025 as 11 July 2025).
    for (const [text, asOf] of [
      [
        'The NATO summit in Vilnius, which opened on July 11 two years ago, promised Ukraine an invitation when conditions are met.',
        '2025-07-15',
      ],
      ['The Hague summit opened on June 24, while the previous summit, in Washington, opened on July 9.', '2025-06-25'],
    ])
      expect(redQuotes(text, asOf), text).toEqual([]);
    expect(redQuotes('The NATO summit in Vilnius, which opened on July 14 two years ago, was historic.', '2025-07-15')).toEqual([
      'opened on July 14',
    ]);
  });
});

describe('a span opened by "from" and closed in the past, or opening a past-tense sentence, is a time told (narrated-time.ts)', () => {
  it('judges the title as of the span, not the page’s day', () => {
    // Found in the precision read (there before the round): "From YEAR" was read as a bound running to the page's day.
    for (const text of [
      'From 2014 to 2021, German Chancellor Angela Merkel led the Normandy talks.',
      'From 2014, German Chancellor Angela Merkel led the Normandy talks.',
      'From 2019 until 2024, NATO Secretary General Jens Stoltenberg chaired the council.',
    ])
      expect(redQuotes(text, '2025-03-01'), text).toEqual([]);
    // A span running on to the page's day or beyond, or told in the present, is still judged on the page's day.
    for (const text of [
      'From 2014, German Chancellor Angela Merkel has led the Normandy talks.',
      'From 2014 to 2030, NATO Secretary General Jens Stoltenberg leads the plan.',
    ])
      expect(redQuotes(text, '2025-03-01'), text).toHaveLength(1);
  });
});

describe('a conference day told without its year is of the year the sentence tells (meeting-ordinal.ts)', () => {
  it('does not read "The 2024 ... opened on February 16" in the page’s year', () => {
    // Found in the precision read (there before the round): the day was read in the page's year, 2025's conference's.
    for (const text of [
      'The 2024 Munich Security Conference opened on February 16.',
      "Last year's Munich Security Conference opened on February 16.",
      'The Munich Security Conference opened on February 16.',
    ])
      expect(redQuotes(text, '2025-02-10'), text).toEqual([]);
    // The page's own year's conference told on a wrong day is still flagged.
    expect(redQuotes('The Munich Security Conference opens on February 16.', '2025-02-10')).toEqual([
      'Munich Security Conference opens on February 16',
    ]);
  });
});

describe('the lead’s read of held-out 40 after its end score', () => {
  it('keeps a place quiet where the summit told is another year’s (event.ts, su005)', () => {
    // su005 (madridmetropolitan.com, 15 June 2021): the day identifies the Brussels summit of 14 June 2021; the 2022 summit
    // is the one Madrid will host.
    expect(
      redQuotes(
        'The Secretary-General of NATO, Jens Stoltenberg, announced yesterday, 14th June,that Madrid will host the 2022 Summit of the 30 member military alliance.',
        '2021-06-15',
      ),
    ).toEqual([]);
    expect(redQuotes('NATO leaders met in Madrid on 14 June for their summit.', '2021-06-15')).toEqual(['in Madrid']);
  });
  it('keeps a title quiet when an act of the office told in the past follows the name (title.ts, st001)', () => {
    // st001 (12 February 2019): the Prespa Agreement of June 2018; Kotzias left in October 2018.
    expect(
      redQuotes(
        'The agreement was praised by the foreign ministers of Macedonia and Greece, Nikola Dimitrov and Nikos Kotzias, who put together the Prespa Agreement.',
        '2019-02-12',
      ),
    ).toEqual([]);
    // A reporting verb is no such act.
    expect(redQuotes('NATO Secretary General Jens Stoltenberg, who said allies must spend more, spoke in Brussels.', '2025-03-01')).toEqual(
      ['NATO Secretary General Jens Stoltenberg'],
    );
  });
});
