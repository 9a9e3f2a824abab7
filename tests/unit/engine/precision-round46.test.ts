// Round 46, the precision read: true sentences (from real pages where a URL is given, and variants of them) that look like
// what this round's readers flag: tenure and role clauses ("Mark Rutte, serving as prime minister since 2010" on a 2019 page,
// "Joe Biden, who used to be the president" in 2025, "Rutte, being the leader of NATO"), rank words ("Deputy Secretary of State
// Wendy Sherman", "Under Secretary of State Victoria Nuland", "Acting Deputy Secretary", "Deputy Prime Minister Mykhailo Fedorov"),
// weekday words of meetings (the Madrid memorandum on Tuesday beside Monday's force announcement, the eve-of-summit dinners),
// counts in words and with adjectives ("twenty-nine countries" in 2019, "32 strong and capable allies"), founders and
// accessions told loosely, the Hague target's two parts ("1.5% for infrastructure", "at least 3.5% on core defence"), named
// allies' spending by NATO's estimates ("Poland spends over 4%", "the US spends about 3.4%"), price caps by issuer and date
// (the G7's $60, the EU's $47.60 from 3 September 2025, the US not joining it), companies before their designation ("Lukoil,
// not yet sanctioned by the US" in September 2025), infobox lines and term ordinals ("Putin's fifth term" in 2024). None may
// raise a red flag; each is dated to a day it is true on. Real pages carry their URL.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes } from './helpers';

const TRUE_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // tenure and role clauses (serving as / who has served as / who used to be / being the leader of) told of the right time;
  // rank words (Deputy, Under, Assistant Secretary of State; Deputy Prime Minister); weekday words of meetings; counts in
  // words; founders and accessions; the Hague target's parts; named allies' spending; price caps by issuer and date;
  // companies before and after their designation; term ordinals
  ['2019-06-01', 'Mark Rutte, serving as prime minister since 2010, leads his third coalition.'],
  ['2019-06-01', 'Mark Rutte, who has served as prime minister of the Netherlands since 2010, met Merkel in Berlin.'],
  ['2021-03-15', 'Rutte has led the Netherlands since October 2010.'],
  ['2022-08-02', 'Mark Rutte became the longest-serving Dutch prime minister on Tuesday, after being in office for almost 12 years.'],
  ['2023-07-08', "Rutte, who has been prime minister since 2010, announced his government's resignation on Friday."],
  ['2024-03-01', 'Mark Rutte, prime minister of the Netherlands since 2010, is the favourite to lead NATO.'],
  ['2024-06-26', "Rutte, the outgoing Dutch prime minister, was appointed NATO's next secretary general on Wednesday."],
  ['2024-10-01', 'Rutte, who served as Dutch prime minister from 2010 until July, took over NATO on Tuesday.'],
  ['2024-11-23', 'Rutte, who was prime minister of the Netherlands from 2010 to 2024, met Trump in Florida.'],
  ['2025-06-24', 'Rutte, who led the Netherlands for 14 years, is hosting the summit in his home city.'],
  ['2025-01-20', 'Rutte, a former Dutch prime minister, has led NATO since October.'],
  ['2024-11-23', 'Rutte, being a former leader of the Netherlands, knows Trump well from his first term.'],
  ['2019-07-01', 'Viktor Orban, serving as prime minister since 2010, dominates Hungarian politics.'],
  ['2022-04-04', 'Viktor Orban, who has been prime minister since 2010, won a fourth consecutive term on Sunday.'],
  ['2023-05-01', 'Recep Tayyip Erdogan, who has been president since 2014 and was prime minister before that, faces a runoff.'],
  ['2020-08-10', 'Alexander Lukashenko, who has ruled Belarus since 1994, claimed a sixth term.'],
  ['2021-05-20', 'Volodymyr Zelensky, president since 2019, marked two years in office.'],
  ['2023-01-01', 'Vladimir Putin, in power as president or prime minister since 2000, gave his New Year address.'],
  ['2016-05-01', 'Angela Merkel, chancellor since 2005, visited Turkey with EU officials.'],
  ['2018-06-01', 'Jens Stoltenberg, secretary general since 2014, said allies were spending more.'],
  ['2021-09-01', 'Jens Stoltenberg, who has served as NATO secretary general since 2014, spoke about Afghanistan.'],
  ['2025-06-01', "Jens Stoltenberg, who used to be NATO's secretary general, is now Norway's finance minister."],
  ['2025-03-01', 'Joe Biden, who used to be the president, has kept a low profile.'],
  ['2025-08-18', 'President Trump called Putin during the White House meeting with European leaders.'],
  ['2025-08-18', 'Trump, who was president from 2017 to 2021 and returned to office in January, met Zelensky on Monday.'],
  ['2021-03-01', 'Donald Trump, who used to be the president, spoke at CPAC on Sunday.'],
  ['2022-02-24', 'Former President Trump praised Putin as savvy.'],
  ['2024-11-23', 'Dick Schoof, the prime minister of the Netherlands since July, met Zelensky.'],
  ['2024-07-02', 'Dick Schoof was sworn in as prime minister of the Netherlands on Tuesday, succeeding Mark Rutte.'],
  ['2022-01-28', 'U.S. Deputy Secretary of State Wendy Sherman said Russia could invade Ukraine by mid-February.'],
  ['2022-01-10', 'Deputy Secretary of State Wendy Sherman led the U.S. delegation in Geneva on Monday.'],
  ['2022-01-28', 'Under Secretary of State Victoria Nuland said Nord Stream 2 would not move forward if Russia invaded.'],
  ['2022-01-27', 'Victoria Nuland, the under secretary of state for political affairs, said the pipeline would not move forward.'],
  ['2014-02-07', 'Assistant Secretary of State Victoria Nuland was in Kyiv on Friday.'],
  ['2014-04-09', 'Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland spoke before the Helsinki Commission.'],
  ['2024-02-01', 'Acting Deputy Secretary of State Victoria Nuland traveled to Kyiv on January 31.'],
  ['2023-08-01', 'Victoria Nuland became acting deputy secretary of state after Wendy Sherman retired.'],
  ['2024-03-06', 'Under Secretary of State Victoria Nuland will retire in the coming weeks, Blinken said.'],
  ['2024-02-15', 'Kurt Campbell was sworn in as Deputy Secretary of State on Monday.'],
  ['2025-04-01', 'Deputy Secretary of State Christopher Landau was sworn in last week.'],
  ['2016-01-20', 'Deputy Secretary of State Antony Blinken visited Kyiv.'],
  ['2020-01-10', 'Deputy Secretary of State Stephen Biegun met Ukrainian officials.'],
  ['2018-05-01', "Deputy Secretary of State John Sullivan was acting secretary after Tillerson's departure."],
  ['2022-02-15', 'Deputy Prime Minister Olha Stefanishyna said Ukraine still wanted NATO membership.'],
  ['2023-06-01', 'Deputy Prime Minister Olha Stefanishyna is responsible for European integration.'],
  ['2022-03-01', 'Deputy Prime Minister Mykhailo Fedorov asked tech firms to cut off Russia.'],
  ['2025-03-01', 'Deputy Prime Minister Mykhailo Fedorov also runs the digital transformation ministry.'],
  ['2022-03-01', 'Deputy Prime Minister Iryna Vereshchuk said humanitarian corridors had failed.'],
  ['2024-09-01', 'Deputy Prime Minister Angela Rayner visited Kyiv.'],
  ['2025-09-06', 'David Lammy was named deputy prime minister and justice secretary on Friday.'],
  ['2022-02-01', 'Deputy Prime Minister Dominic Raab said Britain would stand with Ukraine.'],
  ['2023-06-01', 'Deputy Prime Minister Oliver Dowden spoke on cyber threats from Russia.'],
  ['2022-01-01', "Robert Habeck is Germany's vice chancellor and economy minister."],
  ['2022-02-22', 'German Economy Minister Robert Habeck said Nord Stream 2 certification was on hold.'],
  ['2025-01-08', "Germany's Vice Chancellor Robert Habeck proposed raising defence spending to 3.5% of GDP."],
  ['2025-01-08', "Germany's Defense Minister Boris Pistorius said 3.5% was a reasonable figure."],
  ['2023-01-19', "Boris Pistorius was sworn in as Germany's defence minister on Thursday."],
  ['2022-06-01', 'German Defence Minister Christine Lambrecht said Germany would send air defence systems.'],
  ['2020-06-01', 'German Defence Minister Annegret Kramp-Karrenbauer said NATO must remain united.'],
  ['2016-07-01', 'German Defence Minister Ursula von der Leyen said the Bundeswehr would lead a battalion in Lithuania.'],
  ['2022-06-29', 'Turkey, Finland and Sweden signed a trilateral memorandum on Tuesday, the eve of the Madrid summit.'],
  ['2022-06-28', 'Stoltenberg hosted Erdogan, Niinisto and Andersson on Tuesday in Madrid.'],
  ['2022-06-30', "After Tuesday's meeting with Erdogan, Finland and Sweden were invited to join NATO on Wednesday."],
  ['2022-06-29', 'Leaders gathered for a dinner at the Royal Palace on Tuesday evening.'],
  ['2022-06-29', 'NATO leaders on Wednesday formally invited Finland and Sweden to join the alliance.'],
  ['2023-07-11', "Erdogan agreed on Monday to send Sweden's membership bid to parliament."],
  ['2023-07-11', "Turkey agreed on Monday to back Sweden's NATO bid, on the eve of the Vilnius summit."],
  ['2023-07-12', "On Monday evening, Stoltenberg announced that Erdogan would forward Sweden's bid."],
  ['2024-07-10', "NATO leaders marked the alliance's 75th anniversary at a ceremony on Tuesday in Washington."],
  ['2024-07-11', 'Allies signed the Washington Summit Declaration on Wednesday.'],
  ['2025-06-25', 'King Willem-Alexander hosted NATO leaders for dinner at Huis ten Bosch on Tuesday.'],
  ['2025-06-25', 'Leaders met for a single working session on Wednesday in The Hague.'],
  ['2025-06-26', 'NATO leaders agreed on Wednesday to spend 5% of GDP by 2035.'],
  ['2024-11-23', 'Rutte met Trump in Palm Beach, Florida, on Friday, NATO said on Saturday.'],
  ['2024-11-23', 'NATO Secretary General Mark Rutte met US President-elect Donald Trump in Florida on Friday.'],
  ['2024-11-23', 'Rutte and Trump met on November 22 at Mar-a-Lago, a NATO spokesperson said.'],
  ['2025-03-01', 'Zelensky and Trump clashed in the Oval Office on Friday.'],
  ['2025-08-16', 'Trump and Putin met in Anchorage on Friday.'],
  ['2025-08-19', 'Zelensky met Trump at the White House on Monday, joined by European leaders.'],
  ['2019-04-04', 'NATO, an alliance between twenty-nine North American and European countries, turns 70 today.'],
  ['2019-04-04', 'NATO grew from twelve founding members to twenty-nine.'],
  ['2018-07-10', 'The twenty-nine allies meet in Brussels this week.'],
  ['2016-07-08', 'The 28 allies are meeting in Warsaw on Friday and Saturday.'],
  ['2017-06-06', "Montenegro became NATO's 29th member on Monday."],
  ['2020-03-28', "North Macedonia became NATO's thirtieth member on Friday."],
  ['2021-06-14', 'Leaders of the 30 NATO allies meet in Brussels on Monday.'],
  ['2022-03-24', 'An alliance of 30 member nations, NATO held an extraordinary summit on Thursday.'],
  ['2023-04-04', "Finland became NATO's 31st member on Tuesday."],
  ['2023-07-12', 'The 31 allies met in Vilnius this week, with Sweden waiting to join.'],
  ['2024-03-07', 'Sweden became the 32nd member of NATO on Thursday.'],
  ['2025-06-25', "NATO's 32 allies agreed to spend 5% of GDP on defence."],
  ['2026-02-10', 'NATO is an alliance of 32 strong and capable allies.'],
  ['2025-06-25', "The alliance's thirty-two members met in The Hague."],
  ['2025-03-13', 'All 32 member countries must contribute more, Rutte said.'],
  ['2024-04-04', 'NATO, which today has 32 members, twenty more than when it was founded, turned 75.'],
  ['2024-04-04', 'NATO began with 12 founding members in 1949.'],
  ['2015-06-03', "The Federal Republic of Germany became NATO's 15th member in May 1955."],
  ['2019-04-04', 'West Germany joined NATO in May 1955.'],
  ['2022-05-18', 'Greece and Turkey joined NATO in 1952.'],
  ['2022-05-18', 'Spain joined in 1982, becoming the 16th member.'],
  ['2024-03-12', 'Poland, Hungary and the Czech Republic joined NATO 25 years ago.'],
  ['2024-03-29', 'Slovenia has been a full member of NATO since 29 March 2004.'],
  ['2024-03-29', 'Seven countries joined NATO in 2004: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.'],
  ['2026-01-12', 'Since joining the Alliance in 2009, Albania has contributed to NATO missions.'],
  ['2019-04-01', 'Albania and Croatia joined NATO ten years ago.'],
  [
    '2024-04-04',
    'The founders of NATO were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.',
  ],
  ['2024-04-04', 'The twelve founding members signed the treaty in Washington on 4 April 1949.'],
  ['2018-03-19', "In 1966 French President Charles de Gaulle withdrew France from NATO's integrated military command."],
  ['2019-04-03', "France rejoined NATO's military command in 2009 under Nicolas Sarkozy."],
  ['2025-06-24', 'Spain must also allocate 3.5% of GDP to core defence under the proposed target, Rutte said.'],
  ['2025-06-26', 'Allies committed 3.5% of GDP to core defence and 1.5% to infrastructure and resilience.'],
  ['2025-06-26', 'Up to 1.5% of GDP may go to infrastructure, cyber defence and civil preparedness.'],
  ['2025-06-26', 'The target includes 1.5% for infrastructure such as roads, bridges and ports.'],
  ['2025-07-01', 'Of the 5%, 3.5% is for core defence and 1.5% for defence-related investment.'],
  ['2025-07-01', 'The new goal splits into 3.5 percent for core defense needs and 1.5 percent for broader security.'],
  ['2025-06-26', 'Allies will spend at least 3.5% of GDP on core defence by 2035.'],
  ['2025-06-26', 'The agreement lets allies count 1.5% for things like cybersecurity and military mobility.'],
  ['2024-06-17', 'Poland spends over 4% of GDP on defence, the highest share in NATO.'],
  ['2025-01-10', 'Poland spent more than 4% of its GDP on defence last year.'],
  ['2024-06-17', 'The US spends over 3% of GDP on defence.'],
  ['2024-06-17', 'The United States spends about 3.4% of its GDP on defence, according to NATO estimates.'],
  ['2025-06-22', 'None of the allies yet spends 5% of GDP on defence.'],
  ['2025-06-22', 'The US spends about 3.2% of GDP and the UK about 2.4%.'],
  ['2024-06-17', 'Estonia spends more than 3% of its GDP on defence.'],
  ['2024-06-17', 'Greece has spent more than 2% of GDP on defence for years.'],
  ['2024-06-17', 'Twenty-three allies are expected to meet the 2% target this year.'],
  ['2023-07-07', 'Only 11 allies met the 2% target in 2023.'],
  ['2014-09-05', 'Only four allies met the 2% guideline in 2014.'],
  ['2022-12-05', 'The G7 price cap of $60 per barrel on Russian crude took effect on Monday.'],
  ['2023-06-01', 'The $60 cap on Russian crude is enforced through Western shipping and insurance.'],
  ['2025-07-18', 'The EU lowered its price cap on Russian crude to $47.60 from $60 per barrel.'],
  ['2025-07-18', 'The new cap of $47.60 per barrel replaces the current $60.'],
  ['2025-09-03', "The EU's lower cap of $47.60 took effect on Wednesday."],
  ['2025-07-18', "The United States did not join the EU's lower cap."],
  ['2025-07-20', 'The UK also lowered its cap to $47.60, while Washington kept the $60 level.'],
  ['2025-10-01', 'The US still applies the $60 cap set by the G7 in 2022.'],
  ['2025-07-18', 'The cap will be set at 15% below the average market price.'],
  ['2025-09-15', 'Lukoil, not yet under US sanctions, still sells fuel through its foreign stations.'],
  ['2025-09-15', 'Rosneft and Lukoil are not under US sanctions, though Britain is weighing them.'],
  ['2025-10-10', 'Washington has not sanctioned Rosneft or Lukoil.'],
  ['2025-10-16', 'Britain sanctioned Rosneft and Lukoil on Wednesday.'],
  ['2025-10-23', 'The US Treasury sanctioned Rosneft and Lukoil on Wednesday.'],
  ['2025-10-23', "The Trump administration imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies."],
  ['2024-12-15', 'Gazprom Neft and Surgutneftegas are not yet under US sanctions.'],
  ['2025-01-11', 'The US sanctioned Gazprom Neft and Surgutneftegas on Friday.'],
  ['2025-11-23', 'Gazprom Neft and Surgutneftegas, sanctioned by the US in January, are still exporting.'],
  ['2024-05-07', 'Putin was sworn in for a fifth term on Tuesday.'],
  ['2024-05-07', "Putin's fifth term runs until 2030."],
  ['2024-05-15', 'The ouster of longtime Defence Minister Sergei Shoigu came as Putin assumed his fifth presidential term.'],
  ['2018-05-07', 'Putin was inaugurated for a fourth term on Monday.'],
  ['2012-05-07', 'Putin was sworn in for a third term as president on Monday.'],
  ['2024-03-18', 'Putin won a fifth term with 87% of the vote.'],
  ['2025-01-20', 'Trump was sworn in for a second term on Monday.'],
  ['2025-01-20', 'Trump took the oath as the 47th president.'],
  ['2024-12-01', 'Trump, who served as the 45th president, will be sworn in as the 47th in January.'],
  ['2021-01-20', 'Joe Biden was sworn in as the 46th president on Wednesday.'],
  ['2019-05-20', "Volodymyr Zelensky was sworn in as Ukraine's sixth president on Monday."],
  ['2024-10-01', "Mark Rutte became NATO's 14th secretary general on Tuesday."],
  ['2014-10-01', "Stoltenberg became NATO's 13th secretary general on Wednesday."],
  // infobox lines (Assumed office, In Power Since, Preceded by, In office, Precedes), term ordinals, held-out 44's unconfirmed true claims told as sentences, appointments and dismissals by date
  ['2019-06-01', 'Prime Minister of the Netherlands\nAssumed office\n14 October 2010\nPreceded by Jan Peter Balkenende'],
  ['2023-06-01', 'Mark Rutte\nPrime Minister of the Netherlands\nIn Power Since: 2010\nParty: VVD'],
  ['2025-03-01', 'Mark Rutte\nSecretary General of NATO\nAssumed office\n1 October 2024\nPreceded by Jens Stoltenberg'],
  [
    '2025-03-01',
    'Prime Minister of the Netherlands\nIn office\n14 October 2010 – 2 July 2024\nPreceded by Jan Peter Balkenende\nSucceeded by Dick Schoof',
  ],
  ['2020-01-01', 'Jens Stoltenberg\n13th Secretary General of NATO\nAssumed office\n1 October 2014\nPreceded by Anders Fogh Rasmussen'],
  ['2025-03-01', 'Jens Stoltenberg\nMinister of Finance\nAssumed office\n4 February 2025\nPrime Minister Jonas Gahr Støre'],
  [
    '2025-03-01',
    'Secretary General of NATO\nIn office\n1 October 2014 – 1 October 2024\nPreceded by Anders Fogh Rasmussen\nSucceeded by Mark Rutte',
  ],
  ['2021-06-01', 'Volodymyr Zelensky\nPresident of Ukraine\nIn Power Since: 2019\nPreceded by Petro Poroshenko'],
  ['2024-06-01', 'Vladimir Putin\nPresident of Russia\nAssumed office\n7 May 2012\nPreceded by Dmitry Medvedev'],
  ['2019-01-01', 'Viktor Orbán\nPrime Minister of Hungary\nIn Power Since: 2010'],
  ['2022-01-01', 'Olaf Scholz\nChancellor of Germany\nAssumed office\n8 December 2021\nPreceded by Angela Merkel'],
  ['2025-06-01', 'Friedrich Merz\nChancellor of Germany\nAssumed office\n6 May 2025\nPreceded by Olaf Scholz'],
  ['2023-01-01', 'Rishi Sunak\nPrime Minister of the United Kingdom\nAssumed office\n25 October 2022\nPreceded by Liz Truss'],
  ['2025-02-01', 'Donald Trump\n47th President of the United States\nAssumed office\nJanuary 20, 2025\nPreceded by Joe Biden'],
  [
    '2025-02-01',
    '45th President of the United States\nIn office\nJanuary 20, 2017 – January 20, 2021\nPreceded by Barack Obama\nSucceeded by Joe Biden',
  ],
  ['2025-08-20', 'Date: 24–25 June 2025\nCity: The Hague\nPrecedes: 2026 Ankara NATO summit\nFollows: 2024 Washington summit'],
  ['2024-05-15', 'As Putin begins his fifth term, he faces both internal and external challenges.'],
  ['2024-05-07', 'Putin, 71, has previously taken the oath of office four times, in 2000, 2004, 2012, and 2018.'],
  ['2024-05-08', "This is Putin's fifth term as president and his second six-year term."],
  ['2020-07-02', "The amendments reset Putin's term count, allowing him two more terms."],
  ['2019-07-01', 'Putin is serving his fourth term as president.'],
  ['2022-05-09', 'Putin, now in his fourth presidential term, spoke at the Victory Day parade.'],
  ['2025-01-21', 'Trump began his second term on Monday.'],
  ['2025-06-01', 'In his second term, Trump has pressed allies to spend 5% of GDP.'],
  ['2020-05-01', "In his first term, Trump repeatedly questioned NATO's value."],
  ['2024-05-21', "Zelensky's five-year term formally expired on Monday, but elections are suspended under martial law."],
  ['2023-10-09', 'Erdogan began his third term as president in June.'],
  ['2022-04-04', 'Orban won a fourth consecutive term as prime minister on Sunday.'],
  ['2014-10-02', 'President George W. Bush invited Ukraine and Georgia to seek membership in 2008.'],
  ['2018-04-03', 'At the 2008 Bucharest summit, President George W. Bush backed membership action plans for Ukraine and Georgia.'],
  ['2021-06-14', 'Joe Biden makes his first trip to Brussels as U.S. president.'],
  ['2021-06-14', 'This is the first NATO summit since the presidency of Donald Trump.'],
  ['2021-06-14', 'Leaders are arriving at NATO headquarters in Brussels on Monday.'],
  ['2023-07-13', "Next year's summit will be held in Washington, DC."],
  ['2023-07-13', 'Allies agreed to treat 2% of GDP as a floor, not a ceiling.'],
  ['2015-03-12', 'The target is that NATO member states should each spend a minimum of 2% of GDP on defence.'],
  ['2015-03-12', 'At Wales, allies pledged to halt any decline in defence expenditure.'],
  ['2024-06-26', "Stoltenberg's term expires on October 1, 2024."],
  ['2024-10-08', 'Stoltenberg left the post of NATO head on October 1 of this year.'],
  [
    '2024-07-12',
    'Belgium, Canada, Denmark, France, Iceland, Luxembourg, the Netherlands, Norway, the United Kingdom and the United States, as well as Portugal and Italy, signed the treaty in 1949.',
  ],
  ['2024-06-25', 'Russian LNG transshipment through EU ports is prohibited following a nine-month transition period.'],
  ['2024-07-08', "Sybiha's predecessor Dmytro Kuleba met Blinken in Washington."],
  ['2024-07-08', 'Ukrainian Foreign Minister Dmytro Kuleba met his counterpart Antony Blinken.'],
  ['2020-09-01', 'Ambassador Kay Bailey Hutchison was sworn in as the Permanent Representative of the United States to NATO in 2017.'],
  ['2019-08-29', "The Verkhovna Rada voted to appoint Oleksiy Honcharuk the country's prime minister on Thursday."],
  ['2022-03-26', 'Ukrainian Ministers of Defense and Foreign Affairs Oleksii Reznikov and Dmytro Kuleba met Blinken in Warsaw.'],
  ['2024-05-15', 'The ouster of longtime Defense Minister Sergei Shoigu surprised many.'],
  ['2024-05-13', 'Putin replaced Sergei Shoigu with economist Andrei Belousov as defence minister on Sunday.'],
  ['2025-07-17', "Yulia Svyrydenko was confirmed as Ukraine's prime minister on Thursday."],
  ['2025-07-17', 'Denys Shmyhal, prime minister since 2020, becomes defence minister.'],
  ['2025-07-18', 'Shmyhal, who had served as prime minister since March 2020, was appointed defence minister.'],
  ['2025-07-18', 'Rustem Umerov, defence minister since 2023, was named secretary of the National Security and Defence Council.'],
  ['2024-09-06', "Andrii Sybiha was appointed Ukraine's foreign minister on Thursday, replacing Dmytro Kuleba."],
  ['2023-09-06', 'Rustem Umerov was confirmed as defence minister on Wednesday, replacing Oleksii Reznikov.'],
  ['2020-03-05', 'Denys Shmyhal was appointed prime minister on Wednesday, replacing Oleksiy Honcharuk.'],
  ['2025-03-01', "Dmytro Kuleba, who used to be Ukraine's foreign minister, now teaches."],
  ['2024-03-01', 'Ambassador Julianne Smith, the US permanent representative to NATO, spoke in Brussels.'],
  ['2025-05-01', 'Matthew Whitaker, the US ambassador to NATO, said allies must spend more.'],
  ['2023-10-01', 'Kay Bailey Hutchison, a former U.S. ambassador to NATO, spoke at the forum.'],
  ['2022-06-01', "Sweden's Prime Minister Magdalena Andersson said Sweden would address Turkey's concerns."],
  ['2023-03-01', 'Swedish Prime Minister Ulf Kristersson said Sweden was ready to join.'],
  ['2022-05-18', 'Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson met Biden at the White House.'],
  ['2024-03-07', 'Finnish President Alexander Stubb congratulated Sweden on its accession.'],
  ['2025-08-07', 'Polish President Karol Nawrocki was sworn in on Wednesday.'],
  ['2024-03-12', 'Polish President Andrzej Duda and Prime Minister Donald Tusk visited the White House on Tuesday.'],
  ['2023-12-14', "Donald Tusk was sworn in as Poland's prime minister on Wednesday."],
  ['2021-03-01', 'Polish Prime Minister Mateusz Morawiecki said Nord Stream 2 was a threat.'],
  ['2025-06-24', 'US Secretary of State Marco Rubio arrived in The Hague on Tuesday.'],
  ['2024-04-04', 'Secretary of State Antony Blinken attended the 75th anniversary ceremony in Brussels.'],
  ['2019-04-04', 'Secretary of State Mike Pompeo hosted NATO foreign ministers in Washington on Thursday.'],
  ['2017-03-31', "Secretary of State Rex Tillerson attended his first NATO foreign ministers' meeting."],
  ['2014-09-05', 'Secretary of State John Kerry attended the Wales summit.'],
  ['2025-02-13', 'Defense Secretary Pete Hegseth said NATO membership for Ukraine was unrealistic.'],
  ['2023-02-14', 'Defense Secretary Lloyd Austin met NATO defence ministers in Brussels on Tuesday.'],
  // former holders with used to be / was once / the one-time; being the leader of, told of the time narrated; serving as
  // ... since; ranks under the Secretary of State and deputy prime ministers; meetings told by weekday beside other meetings
  // of the same week; accession counts of the narrated past; allies' spending by NATO's estimates; caps and designations by
  // issuer; terms and departures
  ['2023-03-01', 'Donald Trump, who used to be the president, is running again.'],
  ['2023-06-01', 'Trump, who was once the president, faces charges in Florida.'],
  ['2025-02-10', 'Joe Biden, who used to be the president, signed with a talent agency.'],
  ['2022-05-01', 'Putin, who used to be prime minister, returned to the presidency in 2012.'],
  ['2020-06-01', "Stoltenberg, who used to be Norway's prime minister, leads NATO."],
  ['2023-03-01', 'Boris Johnson, the one-time prime minister, visited Kyiv again.'],
  ['2023-02-01', 'The one-time British prime minister Boris Johnson urged the West to send jets.'],
  ['2024-06-01', 'Radosław Sikorski, who was once foreign minister under Tusk, holds the post again.'],
  ['2022-09-01', "Sikorski, who used to be Poland's foreign minister, is now an MEP."],
  ['2025-09-01', "Kuleba, who was once Ukraine's foreign minister, joined a think tank."],
  ['2024-02-01', 'Petro Poroshenko, who used to be the president, was barred from leaving Ukraine.'],
  ['2025-06-01', 'Mark Rutte, being the leader of NATO, chaired the summit.'],
  ['2024-05-01', 'Orban, being the leader of an EU member state, can block the decision.'],
  ['2024-11-23', 'In 2014, Rutte, then the leader of the Netherlands, demanded the return of the MH17 victims.'],
  ['2025-01-15', 'As the leader of the Netherlands in 2022, Rutte sent weapons to Ukraine.'],
  ['2022-06-01', 'Stoltenberg, serving as secretary general since 2014, had his term extended.'],
  ['2025-06-01', 'Radosław Sikorski, serving as foreign minister since December 2023, spoke in Warsaw.'],
  ['2025-03-01', "Kaja Kallas, serving as the EU's foreign policy chief since December, visited Kyiv."],
  ['2026-01-15', 'Volodymyr Zelensky, serving as president since 2019, met European leaders.'],
  ['2022-03-01', 'Sergei Lavrov, serving as foreign minister since 2004, walked out of the session.'],
  ['2025-06-01', "Viktor Orbán, serving as prime minister since 2010, opposes Ukraine's accession."],
  ['2025-07-01', 'Rutte served as prime minister of the Netherlands from 2010 to 2024.'],
  ['2025-07-01', 'Orbán was prime minister from 1998 to 2002 and has held the post again since 2010.'],
  ['2020-01-01', "Stoltenberg was Norway's prime minister from 2005 to 2013 and briefly from 2000 to 2001."],
  ['2022-01-20', 'Deputy Secretary of State Wendy Sherman met Russian Deputy Foreign Minister Sergei Ryabkov in Geneva.'],
  ['2022-01-11', 'Russian Deputy Foreign Minister Sergei Ryabkov said the talks were difficult.'],
  ['2023-05-01', 'Deputy Secretary of Defense Kathleen Hicks said the Pentagon would speed up production.'],
  ['2022-04-01', 'Under Secretary of Defense for Policy Colin Kahl said Russia had failed to take Kyiv.'],
  ['2024-04-01', "Assistant Secretary of State James O'Brien testified on Ukraine."],
  ['2022-02-01', 'Deputy National Security Adviser Daleep Singh said sanctions would be severe.'],
  ['2023-01-01', 'Deputy Prime Minister Chrystia Freeland said Canada would seize Russian assets.'],
  ['2022-08-01', 'First Deputy Prime Minister Yulia Svyrydenko said Ukraine needed budget support.'],
  ['2025-06-01', 'First Deputy Prime Minister Yulia Svyrydenko signed the minerals deal in Washington.'],
  ['2025-06-01', 'German Vice Chancellor Lars Klingbeil is also finance minister.'],
  ['2021-06-01', 'NATO Deputy Secretary General Mircea Geoana visited Kyiv.'],
  ['2022-06-29', 'On Monday, Stoltenberg announced that NATO would raise its high-readiness forces to more than 300,000.'],
  ['2022-06-29', 'G7 leaders ended their summit in Germany on Tuesday and flew to Madrid.'],
  ['2022-06-29', 'Biden met Erdogan on Wednesday on the sidelines of the summit.'],
  ['2022-06-29', 'The memorandum was signed on Tuesday evening after four hours of talks.'],
  ['2022-06-29', "Tuesday's dinner was hosted by King Felipe at the Royal Palace."],
  ['2022-06-29', "Wednesday's session approved the new Strategic Concept."],
  ['2023-07-12', 'Leaders had dinner at the Presidential Palace on Tuesday evening.'],
  ['2023-07-12', 'The NATO-Ukraine Council held its first meeting on Wednesday.'],
  ['2023-07-12', 'G7 leaders issued a joint declaration on Wednesday on security guarantees for Ukraine.'],
  ['2023-07-11', "On Monday, Erdogan had linked Sweden's bid to Turkey's EU hopes."],
  ['2024-07-10', 'On Tuesday, leaders marked the 75th anniversary at the Mellon Auditorium.'],
  ['2024-07-11', 'Leaders met for the North Atlantic Council on Wednesday and dined at the White House.'],
  ['2024-07-12', 'Zelensky met allies at the NATO-Ukraine Council on Thursday.'],
  ['2024-07-12', 'Biden gave a press conference on Thursday evening at the end of the summit.'],
  ['2025-06-25', 'Trump arrived in The Hague on Tuesday evening for the royal dinner.'],
  ['2025-06-26', "Tuesday's dinner at the palace preceded Wednesday's short session."],
  ['2025-03-14', 'Rutte met Trump at the White House on Thursday.'],
  ['2024-11-23', 'NATO announced on Saturday that Rutte had met Trump on Friday.'],
  ['2024-11-24', 'Rutte met Trump in Palm Beach on Friday, a day before the alliance announced it.'],
  ['2025-08-16', 'Trump and Putin met at a military base in Alaska on Friday.'],
  ['2025-08-15', 'Putin is due to meet Trump in Anchorage on Friday.'],
  ['2025-08-16', 'The talks in Alaska ended late on Friday without a deal.'],
  ['2025-05-17', 'Russian and Ukrainian delegations met in Istanbul on Friday.'],
  ['2025-06-03', 'The second round of talks in Istanbul took place on Monday.'],
  ['2022-01-10', 'US and Russian officials met in Geneva on Monday.'],
  ['2022-01-12', 'The NATO-Russia Council met in Brussels on Wednesday.'],
  ['2022-01-13', 'OSCE ambassadors met in Vienna on Thursday.'],
  ['2022-01-11', 'Negotiations with NATO in Brussels on Wednesday will follow the Geneva talks.'],
  ['2019-12-10', 'Zelensky and Putin met in Paris on Monday for Normandy talks.'],
  ['2025-03-03', 'European leaders met in London on Sunday.'],
  ['2025-03-12', 'US and Ukrainian officials met in Jeddah on Tuesday.'],
  ['2025-02-19', 'US and Russian officials met in Riyadh on Tuesday.'],
  ['2025-02-15', 'Vance spoke at the Munich Security Conference on Friday.'],
  ['2025-08-19', 'On Monday, Zelensky and European leaders met Trump at the White House, where Trump phoned Putin.'],
  ['2025-08-19', 'Trump called Putin on Monday during a break in the meeting.'],
  ['2025-03-01', "Friday's Oval Office meeting ended with Zelensky leaving early."],
  ['2025-06-24', 'Leaders arrive in The Hague on Tuesday for the summit, which opens with a dinner.'],
  ['2022-07-05', 'All 30 allies signed the accession protocols for Finland and Sweden on Tuesday.'],
  ['2023-03-31', "Turkey's parliament ratified Finland's bid on Thursday, the last of the 30 allies to do so."],
  ['2024-02-27', "Hungary became the last of the 31 allies to ratify Sweden's membership on Monday."],
  ['2024-03-01', "Twenty-three of the EU's 27 members are in NATO."],
  ['2022-05-01', "The EU's 27 members include neutral Austria and Ireland."],
  ['2024-04-04', 'Twenty countries have joined NATO since its founding in 1949.'],
  ['2019-11-09', 'NATO had 16 members when the Berlin Wall fell.'],
  ['2024-03-12', 'The alliance grew to 19 members in 1999 with Poland, Hungary and the Czech Republic.'],
  ['2024-03-29', 'The 2004 enlargement brought NATO to 26 members.'],
  ['2025-06-01', 'When Montenegro joined in 2017, NATO had 29 members.'],
  ['2024-09-05', 'At the Wales summit in 2014, the 28 allies agreed to spend 2% of GDP on defence.'],
  ['2024-04-04', "In 2019, the 29 allies marked the alliance's 70th anniversary in London."],
  ['2025-01-01', 'NATO, then an alliance of 28, expanded again in 2017.'],
  ['2022-03-24', 'The 30 member countries met in Brussels on Thursday.'],
  ['2025-06-25', 'The 32 sovereign nations of NATO met in The Hague.'],
  ['2025-11-01', "Ukraine is not one of NATO's 32 members."],
  ['2026-03-01', "NATO's thirty-two allies met in Brussels."],
  ['2019-04-04', 'Twelve countries founded NATO on 4 April 1949.'],
  ['2024-04-04', 'NATO was founded in 1949 by twelve countries.'],
  ['2024-04-04', 'The North Atlantic Treaty was signed in Washington on April 4, 1949.'],
  ['2023-04-04', 'Finland joined NATO 74 years to the day after the treaty was signed.'],
  ['2024-04-04', 'The Brussels Treaty of 1948 preceded NATO.'],
  ['2025-05-14', 'The Warsaw Pact was founded in 1955, days after West Germany joined NATO.'],
  ['2015-05-09', 'West Germany joined NATO in 1955, and the Warsaw Pact was created days later.'],
  ['2022-05-18', 'Greece and Turkey joined in 1952, bringing the alliance to 14 members.'],
  ['2024-06-17', 'Poland spends over 4% of GDP on defence, the most in NATO.'],
  ['2025-08-28', 'Poland spends nearly 4.5% of its GDP on defence this year.'],
  ['2024-06-17', 'Estonia spends about 3.4% of GDP on defence.'],
  ['2024-06-17', 'Greece spends about 3% of GDP on defence.'],
  ['2024-06-17', 'The US spends about 3.4% of its GDP on defence.'],
  ['2024-06-17', 'Britain spends about 2.3% of GDP on defence.'],
  ['2024-06-17', 'Germany met the 2% target in 2024 for the first time since the early 1990s.'],
  ['2024-06-17', 'Spain spends about 1.3% of GDP on defence, the lowest in NATO.'],
  ['2024-06-17', 'Canada spends about 1.4% of GDP on defence.'],
  ['2025-06-22', 'Some allies, like Poland and the Baltic states, already spend more than 3%.'],
  ['2025-06-22', 'The US and the UK spend well below 5% of GDP.'],
  ['2025-06-22', 'No NATO member currently spends 5% of GDP on defence.'],
  ['2025-06-24', 'Spain says it needs to spend only 2.1% of GDP to meet its capability targets.'],
  ['2025-06-24', 'Spain pledged 2.1% of GDP.'],
  ['2025-01-08', 'Trump demanded that NATO member states increase their defense spending to 5% of their gross domestic product.'],
  ['2025-06-22', "NATO's decision to raise defence spending to 5% of GDP is expected this week."],
  ['2024-11-23', "Trump has criticised allies who fall short of NATO's 2% defence spending target."],
  ['2024-11-23', 'Trump wants allies to go beyond the current 2% of GDP target.'],
  ['2023-07-12', 'Allies agreed that 2% of GDP should be a floor, not a ceiling.'],
  ['2015-03-12', 'NATO members agreed to aim to spend 2% of GDP on defence within a decade.'],
  ['2023-02-06', 'The G7 set caps of $100 on diesel and $45 on discounted products from Sunday.'],
  ['2023-06-01', 'The $60 price cap on Russian crude has been in place since December.'],
  ['2024-10-01', "The G7's $60 cap has been widely evaded through the shadow fleet."],
  ['2025-07-18', "The EU's cap, at $47.60, will be reviewed every six months."],
  ['2025-09-10', 'The lower cap of $47.60 applies to Russian crude from September 3.'],
  ['2025-07-18', "Washington did not join the EU's lower price cap."],
  ['2025-09-10', 'Britain joined the EU in lowering the cap to $47.60.'],
  ['2025-10-01', 'The US kept the $60 cap.'],
  ['2025-06-15', 'The EU proposed lowering the cap from $60 to $45.'],
  ['2025-09-20', 'Lukoil, not yet sanctioned by the US, still operates petrol stations in America.'],
  ['2025-10-20', 'Lukoil and Rosneft have so far escaped US sanctions.'],
  ['2025-10-23', 'Until Wednesday, Rosneft and Lukoil had been spared US sanctions.'],
  ['2025-11-22', 'New US sanctions on Rosneft and Lukoil took effect on November 21.'],
  ['2025-11-23', 'US sanctions on Russian oil giants Rosneft and Lukoil took effect on November 21.'],
  ['2024-12-01', 'Rosneft has been under US sectoral sanctions since 2014.'],
  ['2025-03-01', "Surgutneftegas, sanctioned by the UK in January, is Russia's fourth-largest oil producer."],
  ['2025-01-11', 'Gazprom Neft and Surgutneftegas were sanctioned by the Biden administration on Friday.'],
  ['2024-05-07', 'Putin began his fifth term as president on Tuesday.'],
  ['2024-05-07', "Putin's fifth term will last until 2030."],
  ['2024-06-01', "Putin's fourth term ended in May."],
  ['2021-05-01', 'Putin is in his fourth term.'],
  ['2025-03-01', 'During his first term, Trump demanded that allies pay more.'],
  ['2025-06-01', "Trump's second term began in January."],
  ['2024-05-21', "Zelensky's term expired on May 20, but elections cannot be held under martial law."],
  ['2023-07-05', "Stoltenberg's term was extended to October 2024."],
  ['2019-03-29', "Stoltenberg's term was extended to 2022."],
  ['2013-10-16', 'Stoltenberg stepped down as prime minister on Wednesday.'],
  ['2024-07-03', 'Rutte left office on Tuesday after almost 14 years.'],
  ['2025-02-01', 'Biden left office on January 20.'],
  ['2024-07-06', 'Sunak stepped down as prime minister on Friday.'],
  ['2022-09-07', 'Johnson left office on Tuesday.'],
  ['2021-12-09', 'Merkel stepped down on Wednesday after 16 years as chancellor.'],
  ['2026-01-20', "Rutte's rise to the position of prime minister in 2010 made him a fixture of EU summits."],
  ['2024-10-02', 'Stoltenberg left the post of NATO head on Tuesday, after ten years.'],
  ['2024-06-26', "Stoltenberg's term expires on October 1."],
];

// Real pages of 2014-2026 on the round's classes, as published (a sentence the page got wrong left out).
const TRUE_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  // https://europenewstoday.com/turkey-finland-and-sweden-sign-agreement-paving-the-way-for-finnish-and-swedish-nato-membership
  [
    '2022-06-29',
    "President Recep Tayyip Erdogan of Turkey, President Sauli Niinisto of Finland and Prime Minister Magdalena Andersson of Sweden met in Madrid on Tuesday (28 June 2022) under the auspices of NATO Secretary General Jens Stoltenberg. In that meeting, the leaders agreed a trilateral memorandum to address Turkey's legitimate security concerns, paving the way for Finland and Sweden's NATO membership. The memorandum was signed by the foreign ministers of the three countries – Mevlut Cavusoglu of Turkey, Pekka Haavisto of Finland, and Ann Linde of Sweden – in the presence of all three national leaders, and the Secretary General.",
  ],
  // https://sofiaglobe.com/2022/06/28/turkiye-unblocks-way-towards-finnish-and-swedish-nato-membership/
  [
    '2022-06-28',
    "President Recep Tayyip Erdoğan of Türkiye – the new official name of Turkey, President Sauli Niinistö of Finland and Prime Minister Magdalena Andersson of Sweden met in Madrid on June 28, agreeing on a deal paving the way for Finland and Sweden's Nato membership, the Alliance said in a statement.",
  ],
  // https://www.worldecr.com/?p=2038845
  [
    '2025-10-30',
    "President Donald Trump announced sweeping new sanctions on Russia's two largest oil companies, Lukoil and Rosneft, and nearly three dozen of their subsidiaries last week, as frustration in Washington grows over stalled negotiations to end the Russia-Ukraine war. The sanctions mark the first direct US measures on Russia during the second Trump administration and target one of Russia's largest sources of revenue.",
  ],
  // https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1698970/new-ofac-sanctions-adversely-impact-rosneft-and-lukoil-extra-diligence-required
  [
    '2025-10-29',
    'On October 22, 2025, the U.S. Department of the Treasury\'s Office of Foreign Assets Control (OFAC) imposed further sanctions as a "result of Russia\'s lack of serious commitment to a peace process to end the war in Ukraine." Concurrently with the issuance of the Sanctions, on October 15, 2025, the UK sanctioned Rosneft and Lukoil, and on October 23, 2025, the European Union (EU) adopted its 19th package of sanctions against Russia. Businesses have until November 21, 2025 (U.S.), and November 28 (UK), to wind down transactions with the Companies.',
  ],
  // https://www.dorsey.com/newsresources/publications/client-alerts/2025/10/russia-sanctions
  [
    '2025-10-24',
    'On October 22, 2025, President Trump imposed new sanctions targeting Russia\'s oil and gas sector in response to a "lack of serious commitment to a peace process to end the war in Ukraine." This is the first major escalation of Russian sanctions by the Trump Administration in his second term. The new sanctions target Russia\'s two largest oil companies, Lukoil OAO ("Lukoil") and Open Joint Stock Company Rosneft Oil Company ("Rosneft").',
  ],
  // https://newshour.media/?p=210618
  [
    '2025-12-05',
    'On Thursday, the US Treasury Department suspended some penalties against the Russian energy behemoth and extended permission for fuel outlets operating under the Lukoil name outside of Russia. In a rare effort to pressure Moscow, Trump slapped sanctions against Russian oil majors Lukoil and Rosneft that came into force on November 21.',
  ],
  // https://balancing.energy/region-us-extends-sanctions-deadline-to-allow-lukoil-overseas-asset-sales
  [
    '2026-02-01',
    "Lukoil was added to the U.S. sanctions list on 22 October last year, as Washington intensified pressure on Russia's energy sector. As Russia's second-largest oil producer, Lukoil has been identified as a key source of export revenues that Western governments are seeking to constrain.",
  ],
  // https://caliber.az/en/post/eu-enacts-lower-price-cap-on-russian-oil-under-latest-sanctions-package
  [
    '2025-09-04',
    'The European Union has enforced a reduction in the price cap on Russian crude, cutting the ceiling from $60 to $47.6 a barrel as part of its 18th sanctions package against Moscow. The measure took effect on September 3, according to a decision published by the EU Council. In December 2022, the EU and G7 introduced an initial price cap of $60 per barrel on Russian oil. At the G7 summit in Canada from 15–17 June 2025, most member states backed cutting the cap to $45, though the United States opposed the proposal.',
  ],
  // https://www.wionews.com/world/-each-sanction-weakens-russia-eu-signs-off-new-sanctions-on-moscow-amid-ongoing-ukraine-war-1752823342660
  [
    '2025-07-18',
    "As part of the new sanctions designed to sap Russia's war chest, diplomats said the EU has agreed to lower its price cap on Russian oil exported to third countries around the world to 15% below market value. That comes despite EU allies failing to convince US President Donald Trump to go along with the plan. The cap is a G7 initiative aimed at limiting the amount of money Russia makes by exporting oil to countries across the globe such as China and India. The oil price cap, set at $60 by the G7 in 2022, is designed to limit the price Moscow can get.",
  ],
  // https://www.onenewspage.co.uk/n/Markets/1zs6hzx2i3/EU-Lowers-Russian-Oil-Cap-to-47-60.htm
  [
    '2025-07-18',
    "The European Union lowered the price cap on Russian crude oil to $47.60 from $60 per barrel as it adopted on Friday the 18th sanctions package against Russia, targeting a hundred more 'shadow fleet' tankers, energy trade, and traders and banks enabling it.",
  ],
  // https://devdiscourse-testslot.azurewebsites.net/article/headlines/3509763-eus-18th-sanctions-package-aims-to-cripple-russian-oil-industry
  [
    '2025-07-18',
    "The EU opted to impose a floating price cap on Russian crude, set at 15% below the prevailing market price, equating to $47.60 per barrel. This strategic move could undercut the Group of Seven's $60 price cap, which has become ineffectual as oil futures decline. The United States, however, has shown reluctance to support this alteration.",
  ],
  // https://newsukraine.rbc.ua/news/eu-unveils-18th-sanctions-package-against-1749581751.html
  [
    '2025-06-10',
    "The Commission has additionally proposed lowering the G7 price cap on Russian crude oil from $60 to $45 per barrel in order to reduce Russia's energy revenues. Von der Leyen stated that the oil price cap would be discussed at the upcoming G7 leaders' summit in Canada next week. Earlier, Ukraine's Minister of Foreign Affairs, Andrii Sybiha, called on the G7 to lower the price cap on Russian oil from $60 to $30 per barrel.",
  ],
  // https://en.wikipedia.org/wiki/Fifth_inauguration_of_Vladimir_Putin
  [
    '2024-05-08',
    "The fifth inauguration of Vladimir Putin as President of Russia took place on 7 May 2024, after Putin was declared the winner of the 2024 Russian presidential election. This was the first full term after the 2020 amendments to the Constitution of Russia which established a hard two-term limit and reset Putin's prior term count. Vladimir Putin has served as President of the Russian Federation continuously since 2012, having previously served between 2000 and 2008, after which the position was held by Dmitry Medvedev.",
  ],
  // https://novayagazeta.eu/amp/articles/2024/05/07/vladimir-putin-officially-begins-fifth-term-following-kremlin-inauguration-ceremony-en-news
  [
    '2024-05-07',
    "An inauguration ceremony to mark the official start of Vladimir Putin's fifth term in office was held in the Kremlin on Tuesday. Those attending the ceremony included Defence Minister Sergey Shoigu, Foreign Minister Sergey Lavrov, and former president Dmitry Medvedev.",
  ],
  // https://bisdaily.com/?p=254
  [
    '2024-05-07',
    "On May 7, 2024, Vladimir Putin was inaugurated for his fifth term as President of the Russian Federation. Elected with 87% of the vote, Putin's new six-year term will extend until 2030.",
  ],
  // https://waradana.com/english/article/162759-putins-inauguration-today-in-russia-with-us-absence
  [
    '2024-05-07',
    'Russian President Vladimir Putin is set to take the oath of office today, Tuesday, for his fifth term, while Washington has announced that it will not send any representative to attend the inauguration ceremony. Putin, 71, has previously taken the oath of office four times, in the years 2000, 2004, 2012, and 2018.',
  ],
  // https://m.en.freshnewsasia.com/index.php/en/49233-2024-05-07-09-18-44.html
  [
    '2024-05-07',
    'Vladimir Putin will be sworn in as the Russian president for the fifth time during a ceremony to begin in the Kremlin at noon Moscow time on Tuesday, May 7. Putin has already taken his oath of office four times.',
  ],
  // https://www.evehow.com/putin-inaugurated-for-fifth-term-as-russian-president-in-kremlin-ceremony/
  [
    '2024-05-07',
    'As he vowed that Russians alone will determine the fate of the country, Putin — in power as either president or prime minister since 2000 — also said that Moscow was open to dialogue with Western governments, as long as they changed their approach.',
  ],
  // https://db0nus869y26v.cloudfront.net/en/Mark_Rutte
  [
    '2023-10-01',
    "Mark Rutte (born 14 February 1967) is a Dutch politician who has served as prime minister of the Netherlands since 2010. He was also the leader of the People's Party for Freedom and Democracy (VVD) from 2006 through 2023. He is currently acting in a demissionary capacity and will not return to politics following installation of a new cabinet.",
  ],
  // https://mapolist.com/country/famous-people/11842
  [
    '2021-06-01',
    "Mark Rutte AC (born 14 February 1967) is a Dutch politician serving as Prime Minister of the Netherlands since 2010 and Leader of the People's Party for Freedom and Democracy (VVD) since 2006. After a business career working for Unilever, Rutte entered politics in 2002 on his appointment as State Secretary for Social Affairs and Employment by Prime Minister Jan Peter Balkenende.",
  ],
  // https://mapolist.com/country/famous-people/11842
  [
    '2021-06-01',
    "Prime Minister of the Netherlands\nIncumbent\nAssumed office 14 October 2010\nMonarch Beatrix Willem-Alexander\nPreceded by Jan Peter Balkenende\nLeader of the People's Party for Freedom and Democracy\nIncumbent\nAssumed office 31 May 2006\nPreceded by Jozias van Aartsen",
  ],
  // https://mamardi.com/mark-rutte-becomes-longest-serving-dutch-prime-minister
  [
    '2022-08-02',
    'Mark Rutte became the longest-serving Dutch prime minister on Tuesday, after being in office for almost 12 years. He first became prime minister in the Netherlands in October 2010 and is known by some as "Teflon Mark" because of his ability to survive scandals. Rutte is now leading his fourth coalition government.',
  ],
  // https://www.politico.eu/article/netherlands-general-election-2021-mark-rutte-polls/
  [
    '2021-03-15',
    "Rutte has led the Netherlands since October 2010 and polls shows his center-right VVD party cruising toward a first-place finish in this week's general election, which is taking place over three days due to the pandemic and reaches its climax on Wednesday. It would also position him to be one of the most senior EU leaders as German Chancellor Angela Merkel nears retirement later this year — with only Hungarian Prime Minister Viktor Orbán able to boast of more years sitting around the European Council table.",
  ],
  // https://blogs.state.gov/stories/2014/04/09/ukraine-confronting-internal-challenges-and-external-threats
  [
    '2014-04-09',
    'Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland spoke before the Commission on Security and Cooperation in Europe (Helsinki Commission) in Washington, D.C. on April 9, 2014.',
  ],
  // https://blogs.state.gov/stories/2014/07/09/russia-and-developments-ukraine
  [
    '2014-07-09',
    'On July 9, Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland testified before the U.S. Senate Foreign Relations Committee on "Russia and Developments in Ukraine." "We are now working with President Poroshenko, Prime Minister Yatsenyuk and their team to direct $59 million to efforts in four target areas."',
  ],
  // https://jisipnews.com/politics/acting-deputy-secretary-of-state-nulands-travel-to-ukraine/
  [
    '2024-02-01',
    "Acting Deputy Secretary of State Victoria Nuland traveled to Kyiv, Ukraine on January 31. While there, she met with senior Ukrainian government officials to reiterate the United States' enduring support for Ukraine's democracy, sovereignty, and territorial integrity in the face of Putin's brutal war.",
  ],
  // https://www.rferl.org/a/nuland-ukraine-russia-protests/25256496.html
  [
    '2014-02-08',
    'Assistant Secretary of State Victoria Nuland also said Washington and the international community are ready to provide more aid to Ukraine if leaders move quickly to implement democratic reforms. Nuland was speaking in Kyiv on February 7, one day after she became embroiled in controversy after the leak of a bugged conversation. A spokeswoman for Chancellor Angela Merkel said Merkel strongly backs the job being done on the Ukrainian crisis by EU foreign policy chief Catherine Ashton.',
  ],
  // https://editorials.voa.gov/a/nuland-on-nato-support-of-ukraine/3080129.html
  [
    '2015-10-01',
    "In the estimation of NATO Deputy Secretary General Alexander Vershbow, today's security environment is complex and fast moving. The Euro Atlantic community stands with Ukraine, said Assistant Secretary for European and Eurasian Affairs Victoria Nuland.",
  ],
  // https://www.politico.eu/article/era-donald-trump-poland-spend-stay-friends-washington/
  [
    '2025-01-20',
    "WARSAW — Poland is NATO's top military spender for two reasons: to keep America close and Russia at bay, Defense Minister Władysław Kosiniak-Kamysz told POLITICO. This year, Poland aims to spend 4.7 percent of gross domestic product on its military, more than any other alliance member.",
  ],
  // https://caliber.az/en/post/poland-tops-nato-defence-contributions-with-4-2-of-gdp
  [
    '2024-12-15',
    '"This year is a record for us in terms of defence spending. PLN 158 billion, nearly PLN 159 billion – 4.2% of GDP – number one among NATO countries," the minister stated. The politician also added that in 2025, defence spending is projected to reach PLN 186 billion, or 4.7% of the republic\'s GDP. Notably, Estonia ranks second with a defence expenditure of 3.4%, while the US follows closely behind at 3.4%. The UK is placed ninth, with a spending rate of 2.3%. On average, European NATO members and Canada are estimated to spend 2.0% on defence.',
  ],
  // https://polanddaily24.com/poland-in-natos-top-7-defence-spenders/politics/20683
  [
    '2023-02-15',
    "Nato Secretary General Jens Stoltenberg presented a report on Tuesday in Brussels which stated that Poland is among the seven member countries that have met the Alliance's two-percent GDP defence spending goal. According to the report, in 2022 Poland's defence spending accounted for 2.42 per cent of its GDP. The other six defence spending leaders are Greece (3.54 pct), the US (3.46 pct), Lithuania (2.47 pct), Great Britain (2.16 pct), Estonia (2.12 pct) and Latvia (2.07 pct).",
  ],
  // https://news.freeptomaineradio.com/2025/04/03/poland-aims-to-get-closer-to-5-gdp-defence-spending-next-year
  [
    '2025-04-03',
    "Poland aims to earmark around five percent of its economic output for military expenditure next year compared with 4.7 percent this year, its defence minister said on Thursday. Staunch allies of Ukraine, Poland and the Baltic states — all neighbours of Russia — far outstrip NATO's two-percent-of-GDP target on defence. US Secretary of State Marco Rubio on Thursday told NATO to commit to spending five percent of GDP on defence.",
  ],
  // https://qazinform.com/news/nato-allies-agree-to-raise-defense-spending-4099de
  [
    '2025-06-26',
    'In the final Declaration of the Summit in the Hague, NATO leaders said that defense commitments will comprise two essential categories of defense investment. "Allies will allocate at least 3.5% of GDP annually based on the agreed definition of NATO defense expenditure by 2035 to resource core defense requirements, and to meet the NATO Capability Targets." In addition, according to the document, the Allies will account for up to 1.5% of GDP annually "to inter alia protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation, and strengthen defense industrial base."',
  ],
  // https://todayheadline.co/nato-leaders-agree-5-cent-defence-spending-goal-annual-summit
  [
    '2025-06-26',
    'The North Atlantic Council (NAC), which convened on Wednesday during the two-day Nato Summit in The Hague, the member states\' leaders agreed to spend the higher percentage annually on core defence requirements and "defence-and-security-related" expenditures by 2035. It said the allies agreed that the five per cent commitment will be comprised of at least 3.5 per cent of GDP annually on "core" defence expenditure and requirements within the next decade for meeting "Nato capability targets", and up to 1.5 per cent to "protect critical infrastructure, defend our networks, ensure our civil preparedness and resilience, unleash innovation, and strengthen our defence industrial base".',
  ],
  // https://darakchi.uz/en/201989
  [
    '2025-06-26',
    'Members of the North Atlantic Alliance agreed to increase military spending to 5 percent of GDP by 2035. According to the decision, at least 3.5 percent of the 5 percent will be directly allocated to defense, while the remaining 1.5 percent will be directed to infrastructure that can be used for military purposes — such as railways, ports, and bridges capable of bearing the weight of tanks.',
  ],
  // https://www.pravda.com.ua/eng/news/2025/06/25/7518692/
  [
    '2025-06-25',
    "NATO member states have agreed that their commitment to allocate 5% of GDP to defence will comprise two categories of defence investment. The 5% commitment will consist of: At least 3.5% of GDP annually to fund core defence requirements. Up to 1.5% of GDP for initiatives such as critical infrastructure protection, cyber defence, civil preparedness and resilience, innovation and strengthening the defence industrial base. The plan's trajectory and cost balance will be reviewed in 2029.",
  ],
  // https://tacticalgeartech.com/survival-prepper/natos-spending-pledge-is-no-invitation-for-creative-accounting
  [
    '2025-11-20',
    'Nearly five months have passed since the June 2025 NATO summit in The Hague, where allied leaders unveiled what seemed like a bold new commitment – a collective defense-spending benchmark of 5% of GDP by 2035. The new framework divides the pledge into two parts: 3.5% of GDP for traditional, "hard" defense accounts, such as personnel, equipment, operations, research and development. An additional 1.5% is for the broader category of defense- and security-related spending, meant to cover investments that make societies more resilient, like critical infrastructure protection, cyber defense, military mobility, civil preparedness, and support for the defense-industrial base.',
  ],
  // https://blog.bham.ac.uk/culturalcalendar/2024/04/04/75th-anniversary-of-nato/
  [
    '2024-04-04',
    'NATO (North Atlantic Treaty Organisation) is the organisation that implements the North Atlantic Treaty, signed in Washington, D.C. on 4 April 1949. Also called the North Atlantic Alliance, it is an intergovernmental military alliance, originally formed of twelve founding members, now with 32 member states — 30 European and 2 North American – most recently Sweden joined the alliance on 7 March 2024.',
  ],
  // https://blog.trvth.org/2024/04/natos-75th-anniversary.html
  [
    '2024-04-04',
    'Since its creation on 4 April 1949, the transatlantic Alliance has grown from 12 founding members to 32 member countries, all working together to keep our people safe. NATO celebrates its anniversary on 4 April at NATO Headquarters in Brussels and at the upcoming summit on 9-11 July in Washington, D.C., where its founding treaty was signed.',
  ],
  // https://trt.global/afrika-english/article/17642966
  [
    '2024-04-05',
    'The North Atlantic Treaty Organization (NATO) turns 75 on Thursday - a milestone that has seen it expand from 12 members at inception to now 32 members. NATO is a military alliance formed in 1949 with the signing of the North Atlantic Treaty, more popularly known as the Washington Treaty on April 4 of that year. It was founded by 12 countries, including Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, US and UK.',
  ],
  // https://686136.nhjqzg.asia/language/hebrew/en/podcast-episode/75-years-on-has-nato-gained-more-relevance/r15nlcwzy
  [
    '2024-04-04',
    "Dean Acheson, United States Secretary of State, puts his name to the North Atlantic Treaty at the ceremony in the auditorium of the State Department in Washington D.C, at which the Foreign Ministers of 12 nations signed the pact. Watching him are President Harry S Truman (second from left), and Vice-President Alben Barkley (left). As NATO marks its 75th anniversary this week (Apr 4), it has evolved from a Cold War bulwark to a dynamic force welcoming new members Finland and Sweden in response to Russia's aggression.",
  ],
];

describe('true sentences and paragraphs of the round’s classes raise no red flag', () => {
  // In runs of 50, each its own test: one engine pass over all of them outlasts the default timeout on a loaded machine.
  const RUN = 50;
  for (let from = 0; from < TRUE_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, TRUE_SENTENCES.length)}`, () => {
      for (const [asOf, text] of TRUE_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
  it('flags none of the paragraphs', () => {
    for (const [asOf, text] of TRUE_PARAGRAPHS) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  }, 60_000);
});

/** The red flags of a text as [kind, quote] pairs. */
const redKinds = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')
    .map((a) => [a.kind, a.quote]);

describe('the wrong look-alikes of the sentences above are still flagged', () => {
  it('flags a stale title, a stale count and a wrong accession ordinal', () => {
    expect(redKinds('NATO Secretary General Jens Stoltenberg said allies must spend more.', '2025-03-01')).toEqual([
      ['title', 'NATO Secretary General Jens Stoltenberg'],
    ]);
    expect(redKinds('Dutch Prime Minister Mark Rutte met Zelensky in Kyiv.', '2025-03-01')).toEqual([
      ['title', 'Dutch Prime Minister Mark Rutte'],
    ]);
    expect(redKinds("NATO's 30 member countries must contribute more.", '2025-03-13')).toEqual([
      ['membership', "NATO's 30 member countries"],
    ]);
    expect(redKinds("Sweden became NATO's 31st member in 2022.", '2023-01-01')).toEqual([
      ['membership', "Sweden became NATO's 31st member"],
    ]);
  });
});
