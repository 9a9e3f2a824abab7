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
  ['2024-09-25', 'Deputy Prime Minister Angela Rayner spoke at the Labour conference.'],
  ['2025-09-06', 'David Lammy was named deputy prime minister and justice secretary on Friday.'],
  ['2022-02-01', 'Deputy Prime Minister Dominic Raab said Britain would stand with Ukraine.'],
  ['2023-06-01', 'Deputy Prime Minister Oliver Dowden spoke on cyber threats from Russia.'],
  ['2022-01-01', "Robert Habeck is Germany's vice chancellor and economy minister."],
  ['2022-02-22', 'German Economy Minister Robert Habeck welcomed the halt of Nord Stream 2.'],
  ['2025-01-08', "Germany's Vice Chancellor Robert Habeck proposed raising defence spending to 3.5% of GDP."],
  ['2025-01-08', "Germany's Defense Minister Boris Pistorius is a Social Democrat."],
  ['2023-01-19', "Boris Pistorius was sworn in as Germany's defence minister on Thursday."],
  ['2022-06-01', 'German Defence Minister Christine Lambrecht said the Bundeswehr needed more money.'],
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
  ['2014-09-05', 'Only three allies met the 2% guideline in 2014.'],
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
  ['2022-05-20', 'Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson met Biden at the White House.'],
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

const MORE_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // participle openings of a tenure ('Serving as Prime Minister since 2010, he is') on the holder's own page and beside
  // another person; term ordinals told with a verb of now ('as Putin begins his fifth term') and with a day; departures
  // told by the post ('left his post as'); meetings told by weekday, each on its own day, beside other meetings of the
  // week; named allies' spending told bare after a sentence on defence; the EU's new cap told beside the one it replaced
  // and beside proposals; companies called not sanctioned before their designation, of another issuer, of a time told,
  // or not named at all
  ['2019-06-01', 'Mark Rutte is a Dutch politician. Serving as Prime Minister since 2010, he is the leader of the VVD.'],
  ['2021-06-01', 'Mark Rutte leads the VVD. Having been Prime Minister since 2010, he remains popular with voters.'],
  [
    '2025-06-01',
    "Viktor Orbán is Hungary's leader. Serving as Prime Minister since 2010, he is the EU's longest-serving head of government.",
  ],
  [
    '2024-06-01',
    'Jens Stoltenberg will hand over in October. Having served as Secretary General since 2014, he is the second-longest serving head of NATO.',
  ],
  ['2023-01-01', "Sergei Lavrov is Russia's top diplomat. Serving as foreign minister since 2004, he has outlasted many counterparts."],
  ['2022-01-01', 'Volodymyr Zelensky is a former comedian. Serving as president since 2019, he faces a Russian build-up.'],
  ['2024-12-01', 'Rutte met Orbán in Budapest. Serving as Prime Minister since 2010, he has often clashed with Brussels.'],
  ['2024-08-01', 'Dick Schoof succeeded Mark Rutte in July. Serving as Prime Minister since July, he leads a four-party coalition.'],
  ['2025-09-01', 'Keir Starmer leads Labour. Serving as Prime Minister since July 2024, he has pledged to raise defence spending.'],
  ['2024-07-10', 'Erdogan, serving as president since 2014, attended the summit in Washington.'],
  ['2023-06-04', 'Erdogan was sworn in for a third term as president on Saturday.'],
  ['2023-06-04', 'Erdogan began his second term under the executive presidential system on Saturday.'],
  ['2022-05-08', 'Macron began his second term on Saturday.'],
  ['2025-01-21', 'Trump began his second term on Monday.'],
  ['2025-01-21', 'Trump was sworn in for a second term on Monday in the Capitol Rotunda.'],
  ['2025-01-21', 'As Trump begins his second term, Ukraine waits for his peace plan.'],
  ['2025-02-01', 'As Trump starts his second term, allies brace for tariffs.'],
  ['2024-05-08', 'As Putin begins his fifth term, the West braces for a long war.'],
  ['2024-05-07', 'Putin, who is being sworn in for a fifth term, has ruled Russia since 2000.'],
  ['2024-05-15', 'Putin, who is starting his fifth term, reshuffled his government.'],
  ['2024-05-07', 'Putin embarks on his fifth term with the war in its third year.'],
  ['2024-05-07', 'Putin began his first full term under the amended constitution on Tuesday.'],
  ['2018-05-07', 'Putin was sworn in for a fourth term on Monday.'],
  ['2024-05-10', 'Putin was sworn in for a fourth term on 7 May 2018 and for a fifth on 7 May 2024.'],
  ['2024-05-10', 'Putin was sworn in for a third term on 7 May 2012.'],
  ['2025-03-26', 'Lukashenko was sworn in for a seventh term on Tuesday.'],
  ['2020-09-24', 'Lukashenko was secretly sworn in for a sixth term on Wednesday.'],
  ['2019-05-20', 'Zelensky was sworn in as president on Monday.'],
  ['2021-01-21', 'Biden began his term on Wednesday.'],
  ['2017-01-21', 'Trump began his first term on Friday.'],
  ['2024-11-10', 'Trump will begin his second term on January 20.'],
  ['2025-08-01', 'Stoltenberg left his post as prime minister in October 2013.'],
  ['2025-08-01', 'Stoltenberg left the post of prime minister in 2001, returning in 2005.'],
  ['2025-08-01', 'Trump left office on January 20, 2021, and returned on January 20, 2025.'],
  ['2025-08-01', 'Biden left office in January 2025.'],
  ['2025-03-01', 'Sikorski left the post of foreign minister in September 2014 and returned to it in December 2023.'],
  ['2025-03-01', 'Kuleba left his post as foreign minister in September 2024.'],
  ['2025-03-01', 'Nuland left her post as under secretary of state in March 2024.'],
  ['2025-03-01', 'Shoigu left the post of defence minister in May 2024.'],
  ['2025-03-01', 'Zaluzhnyi left his post as commander-in-chief in February 2024.'],
  ['2025-09-01', 'Umerov left his post as defence minister in July 2025.'],
  ['2025-01-01', 'Kallas left the post of prime minister in July 2024 to become EU foreign policy chief.'],
  ['2025-08-01', 'Scholz left office in May 2025.'],
  ['2022-06-01', 'Merkel left office in December 2021.'],
  ['2024-08-01', 'Rutte left his post as VVD leader in August 2023.'],
  ['2024-08-01', 'Rutte left his post as party leader in August 2023 but stayed on as caretaker prime minister.'],
  ['2024-10-08', 'Stoltenberg left the post of NATO head on October 1 of this year.'],
  ['2023-07-08', 'Rutte stepped down on Friday, saying his coalition had collapsed.'],
  ['2023-07-10', 'Rutte announced on Monday that he would leave politics.'],
  ['2023-07-08', 'Rutte resigned on Friday but stays on as caretaker prime minister.'],
  ['2022-07-08', 'Boris Johnson resigned as Conservative leader on Thursday but will remain prime minister until a successor is chosen.'],
  ['2022-07-07', 'Johnson resigned on Thursday.'],
  ['2022-10-21', 'Liz Truss resigned as prime minister on Thursday after 45 days.'],
  ['2024-03-06', 'Nuland will step down later this month, Blinken said.'],
  ['2022-06-29', 'Erdogan met Biden on Wednesday in Madrid.'],
  ['2022-06-29', 'Erdogan, Niinisto and Andersson met with Stoltenberg in Madrid on Tuesday.'],
  ['2022-06-29', "At Tuesday's meeting in Madrid, Erdogan, Niinisto and Andersson agreed a memorandum."],
  ['2022-06-30', 'Niinisto and Andersson met Erdogan on Tuesday, the eve of the summit.'],
  ['2022-06-29', "Biden met Erdogan on Wednesday after Tuesday's breakthrough."],
  ['2022-06-30', 'Erdogan held talks with Biden in Madrid on Wednesday.'],
  ['2023-07-11', 'Erdogan and Kristersson met Stoltenberg in Vilnius on Monday.'],
  ['2023-07-12', 'Biden met Erdogan in Vilnius on Tuesday.'],
  ['2024-11-23', 'Rutte met Trump in Palm Beach on Friday.'],
  ['2024-11-23', 'Rutte and Trump met on Friday at Mar-a-Lago, NATO spokesperson Farah Dakhlallah said on Saturday.'],
  ['2025-03-01', 'Trump and Zelensky met in the Oval Office on Friday.'],
  ['2025-08-19', 'Trump met Zelensky at the White House on Monday.'],
  ['2025-08-16', 'Trump and Putin met in Alaska on Friday.'],
  ['2025-08-16', 'Putin and Trump held talks in Anchorage on Friday.'],
  ['2025-04-27', "Trump and Zelensky met in St Peter's Basilica on Saturday."],
  ['2025-06-26', 'Trump met Zelensky in The Hague on Wednesday.'],
  ['2025-09-24', 'Trump met Zelensky in New York on Tuesday.'],
  ['2025-10-18', 'Trump met Zelensky at the White House on Friday.'],
  ['2025-12-29', 'Trump met Zelensky at Mar-a-Lago on Sunday.'],
  ['2025-02-19', 'Rubio and Lavrov met in Riyadh on Tuesday.'],
  ['2025-03-12', 'Rubio and Yermak held talks in Jeddah on Tuesday.'],
  ['2025-05-17', 'Umerov and Medinsky met in Istanbul on Friday.'],
  ['2025-06-03', 'Umerov and Medinsky held talks in Istanbul on Monday.'],
  ['2025-07-24', 'Umerov and Medinsky met in Istanbul on Wednesday.'],
  ['2019-12-10', 'Zelensky and Putin met in Paris on Monday.'],
  ['2019-12-10', 'Macron and Merkel met Putin and Zelensky in Paris on Monday.'],
  ['2021-06-17', 'Biden and Putin met in Geneva on Wednesday.'],
  ['2018-07-17', 'Trump and Putin met in Helsinki on Monday.'],
  ['2024-06-17', 'Estonia spends more than 3% of GDP.'],
  ['2024-06-18', 'NATO published its estimates on Monday. Poland already spends over 4%.'],
  ['2024-06-18', 'Defence spending rose across the alliance. The US spends about 3.4%.'],
  ['2025-06-22', 'Defence budgets are rising. Poland and Lithuania already spend more than 4%.'],
  ['2026-02-01', 'Estonia spends 5.4% of GDP on defence this year.'],
  ['2026-02-01', "Estonia's defence budget is the highest ever. It now spends 5.4%."],
  ['2026-02-01', 'Lithuania spends more than 5% of GDP on defence this year.'],
  ['2023-03-01', "Poland spends 4% of GDP on defence this year, double NATO's target."],
  ['2024-06-01', "Germany's defence budget is about 52 billion euros. It spends 20% of that on equipment."],
  ['2024-06-01', 'Defence spending in GDP terms varies. Greece spends more than 3%.'],
  ['2025-06-01', 'The US defence budget is huge. The US spends 13% of its federal budget on defence.'],
  ['2025-06-22', 'Defence spending: some allies, like Poland, already spend more than 4%.'],
  ['2025-06-22', 'Defence budgets: the Baltic states already spend over 3%.'],
  ['2025-07-01', 'Military spending matters. Poland spends nearly 5%.'],
  ['2026-01-15', 'Poland spends 4.8% of GDP on defence in 2026, the most in NATO.'],
  ['2025-09-01', 'Lithuania spends about 4% of GDP on defence.'],
  ['2025-09-01', 'Latvia spends about 3.7% of GDP on defence.'],
  ['2025-09-01', 'Denmark now spends more than 3% of GDP on defence.'],
  ['2025-09-01', 'Norway spends about 3.3% of GDP on defence.'],
  ['2025-09-01', 'Sweden spends more than 2.5% of GDP on defence.'],
  ['2025-09-01', 'The UK spends about 2.4% of GDP on defence.'],
  ['2025-09-01', 'Spain spends about 2% of GDP on defence after a late push.'],
  ['2025-09-01', 'The US spends about 3.2% of GDP on defence.'],
  ['2025-09-03', "The EU's new cap of $47.60 per barrel took effect on Wednesday."],
  ['2025-07-18', "The EU's new, lower price cap of $47.60 replaces the $60 level."],
  ['2025-09-10', 'In June, the EU proposed a cap of $45, down from $60, but settled on $47.60.'],
  ['2025-09-10', 'The Commission had proposed a new cap of $45 in June.'],
  ['2025-06-10', 'The EU proposed a new cap of $45, replacing the current $60.'],
  ['2025-06-10', 'Ukraine called for a cap of $30, lower than the current $60.'],
  ['2022-12-03', 'Poland wanted a cap of $30, lower than the $60 agreed on Friday.'],
  ['2022-12-02', 'EU countries agreed a $60 cap on Friday after Poland dropped its demand for $30.'],
  ['2023-02-05', "The EU's new caps of $100 for diesel and $45 for fuel oil take effect on Sunday."],
  ['2025-09-10', "The UK's new cap of $47.60 matches the EU's."],
  ['2025-09-05', "Britain's new cap of $47.60 replaced the $60 level."],
  ['2025-10-01', "The new cap of $47.60, replacing the G7's $60, applies only in the EU and the UK."],
  ['2025-10-01', "The US stayed with the $60 cap rather than join the EU's new cap of $47.60."],
  ['2025-11-15', 'Indian refiners turned to non-sanctioned suppliers after Rosneft and Lukoil were hit.'],
  ['2025-11-15', 'Refiners are buying from non-sanctioned sellers rather than Rosneft and Lukoil.'],
  ['2025-11-15', 'Lukoil-branded stations outside Russia are not subject to sanctions under a US licence.'],
  ['2025-03-01', 'In 2024, Gazprom Neft and Surgutneftegas were not yet sanctioned by the US.'],
  ['2025-03-01', 'Before January, Surgutneftegas had not been sanctioned by Washington.'],
  ['2025-11-01', 'Lukoil, which was spared US sanctions until October, is selling its foreign assets.'],
  ['2025-11-01', 'Rosneft and Lukoil, long spared by Washington, were sanctioned in October.'],
  ['2025-09-20', 'Lukoil is not yet under US sanctions.'],
  ['2025-09-20', 'Rosneft and Lukoil have not been sanctioned by the US.'],
  ['2025-10-18', 'Rosneft and Lukoil, sanctioned by Britain on Wednesday, have not yet been designated by the US.'],
  ['2025-11-15', 'Gazprom Neft and Surgutneftegas are not sanctioned by the EU.'],
  ['2025-11-15', "Surgutneftegas is not on the EU's asset-freeze list."],
  ['2024-11-30', 'Gazprom Neft, not yet under US sanctions, kept selling oil to China.'],
  ['2024-12-20', 'Surgutneftegas is yet to be sanctioned by Washington.'],
  ['2025-01-05', 'Gazprom Neft has so far escaped US sanctions.'],
  ['2025-01-13', 'Gazprom Neft and Surgutneftegas, spared until last week, are now under US sanctions.'],
  ['2025-12-01', 'Rosneft was not sanctioned in January; the US designated it only in October.'],
  ['2025-10-25', "Rosneft, which had escaped sanctions under Biden, was designated by Trump's Treasury on Wednesday."],
  ['2025-11-10', 'Gazprombank was sanctioned by the US in November 2024.'],
  ['2025-06-01', 'The unsanctioned tankers of the shadow fleet still carry Russian crude.'],
  // counts in words and with adjectives, of the narrated time; founders listed whole and in part; accessions by year,
  // day and 'since joining'; 'has been a member since' of NATO beside the EU and partnerships; other bodies' counts (EU,
  // OSCE, Council of Europe, Ramstein)
  ['2021-03-29', 'NATO, joined by 30 countries, marks the anniversary of the 2004 enlargement.'],
  ['2024-04-04', 'NATO today has 32 members, 20 more countries than when it was founded.'],
  ['2019-04-04', 'NATO today has 29 members, 17 more than when it was founded.'],
  ['2020-04-04', 'With North Macedonia, NATO has 30 members, eighteen more than in 1949.'],
  ['2017-05-25', 'NATO was established in 1949 and now has 28 member countries.'],
  ['2017-05-25', 'The 28 member countries met at the new headquarters in Brussels on Thursday.'],
  ['2017-06-05', 'Montenegro joined on Monday, bringing the number of allies to 29.'],
  ['2015-06-03', 'The leaders came together in 1955 to formally welcome their 15th member, West Germany.'],
  ['2015-06-03', "In 1955, West Germany became the alliance's fifteenth member."],
  ['2019-04-04', 'Inclusion of West Germany in May of 1955 led the Soviet Union to form the Warsaw Pact.'],
  ['2019-04-04', 'On this day in 1949, twelve nations signed the North Atlantic Treaty.'],
  ['2024-04-04', 'Seventy-five years ago today, the treaty was signed by twelve nations in Washington.'],
  [
    '2024-07-12',
    'Belgium, Canada, Denmark, France, Iceland, Luxembourg, the Netherlands, Norway, the United Kingdom and the United States, as well as neutral-leaning Portugal and Italy, entered into the agreement in 1949.',
  ],
  ['2024-07-12', 'Among the founders were the United States, Canada, Britain and France.'],
  ['2024-07-12', 'The founding members included Norway, Denmark and Iceland.'],
  ['2022-05-01', "Portugal, a dictatorship at the time, was among NATO's founders."],
  ['2023-04-04', "Sweden and Finland were not among NATO's founders."],
  ['2022-05-01', 'Sweden, Finland, Austria, Ireland and Switzerland stayed out of NATO during the Cold War.'],
  ['2024-04-04', 'The Brussels Treaty of 1948 brought together Britain, France and the Benelux countries.'],
  ['2025-05-14', 'The Warsaw Pact was founded on 14 May 1955 by the Soviet Union and seven other countries.'],
  ['2019-11-09', 'In 1990, a reunified Germany became part of NATO.'],
  ['2022-02-01', 'East Germany joined NATO as part of a reunified Germany in October 1990.'],
  ['2024-03-12', "Twenty-five years ago, Poland, Hungary and the Czech Republic became NATO's 17th, 18th and 19th members."],
  ['2024-03-12', 'The Czech Republic, Hungary and Poland joined NATO on 12 March 1999.'],
  ['2024-03-29', 'Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined on 29 March 2004, the largest enlargement.'],
  ['2024-04-01', 'Albania and Croatia joined NATO on 1 April 2009.'],
  ['2024-04-01', 'Since joining the Alliance in 2009, Croatia has hosted exercises.'],
  ['2026-01-12', 'Since joining the Alliance in 2009, Albania has contributed troops to KFOR.'],
  ['2022-06-05', 'Since joining NATO in 2017, Montenegro has taken part in NATO missions.'],
  ['2025-03-27', 'Since joining NATO in 2020, North Macedonia has taken part in missions.'],
  ['2025-04-04', "Since joining in 2023, Finland has doubled NATO's border with Russia."],
  ['2025-03-07', 'Since joining in March 2024, Sweden has sent troops to Latvia.'],
  ['2024-03-29', 'Slovenia has been a full member of NATO since 29 March 2004.'],
  ['2024-03-29', 'Slovakia has been a full-fledged NATO member since 2004.'],
  ['2025-06-01', 'Estonia has been a member of NATO since March 2004.'],
  ['2025-06-01', 'Poland has been a NATO member since 1999.'],
  ['2025-06-01', 'Hungary has been a member of NATO since 12 March 1999.'],
  ['2025-06-01', 'Montenegro has been a NATO member since June 2017.'],
  ['2025-06-01', 'North Macedonia has been a NATO member since 27 March 2020.'],
  ['2025-06-01', 'Finland has been a member of NATO since 4 April 2023.'],
  ['2025-06-01', 'Sweden has been a NATO member since 7 March 2024.'],
  ['2025-06-01', 'Turkey has been a NATO member since 1952.'],
  ['2025-06-01', 'Spain has been a member of NATO since 30 May 1982.'],
  ['2025-06-01', 'Germany has been a NATO member since May 1955.'],
  ['2025-06-01', 'Ukraine has been a NATO partner since 1994.'],
  ['2025-06-01', 'Austria has been a member of the EU since 1995.'],
  ['2025-06-01', 'Poland has been a member of the EU since 1 May 2004.'],
  ['2025-06-01', 'Croatia has been a member of the EU since 1 July 2013.'],
  ['2025-06-01', 'Finland has been an EU member since 1 January 1995.'],
  ['2022-03-24', "NATO's 30 member countries, from Albania to the United States, met in Brussels."],
  ['2022-06-29', 'The 30 allies are meeting in Madrid this week.'],
  ['2022-06-29', "The 30 member countries must all ratify Finland's and Sweden's accession."],
  ['2023-04-04', 'Finland on Tuesday became the 31st member of the alliance of 31 nations.'],
  ['2023-07-11', "NATO's 31 members met in Vilnius on Tuesday."],
  ['2024-03-08', "NATO now counts 32 members after Sweden's accession on Thursday."],
  ['2024-07-10', 'Leaders of all 32 allies gathered in Washington.'],
  ['2025-06-25', 'The 32 proud allies agreed a new spending target.'],
  ['2026-02-10', 'An alliance of 32 strong and capable allies, NATO remains the bedrock of security.'],
  ['2025-06-01', "NATO's 32 members include 23 EU states."],
  ['2025-06-01', 'The 32-member alliance agreed to spend more.'],
  ['2023-06-01', 'The 31-member alliance will meet in Vilnius.'],
  ['2022-06-01', 'The 30-member alliance is expected to invite Finland and Sweden.'],
  ['2019-04-04', 'The 29-member alliance marks its 70th anniversary.'],
  ['2016-07-08', 'The 28-member alliance meets in Warsaw.'],
  ['2025-06-01', "Of NATO's 32 members, 30 are in Europe and two in North America."],
  ['2024-04-04', 'It now has 32 member states, 30 European and 2 North American.'],
  ['2025-06-01', "Twenty-three of NATO's thirty-two allies are EU member states."],
  ['2025-06-01', 'Thirty-two nations make up NATO.'],
  ['2025-06-01', 'NATO comprises thirty-two countries.'],
  ['2019-04-04', 'NATO comprises twenty-nine countries.'],
  ['2019-04-04', 'NATO, a group of twenty-nine nations, celebrates 70 years.'],
  ['2021-06-14', 'Leaders of the thirty allies met in Brussels.'],
  ['2025-01-01', "The EU's 27 member states and NATO's 32 allies overlap widely."],
  ['2025-06-01', "The G7's seven members and NATO's 32 met in the same month."],
  ['2025-06-01', "Ukraine's partners in the Ramstein group number about 50 countries."],
  ['2025-06-01', 'The coalition of the willing includes about 30 countries.'],
  ['2024-06-01', 'The OSCE has 57 participating states.'],
  ['2025-06-01', 'The Council of Europe has 46 member states.'],
  ['2022-03-16', 'The Council of Europe expelled Russia on Wednesday, leaving 46 member states.'],
  ['2014-09-05', 'The 28 allies agreed at the Wales summit to move towards 2% of GDP within a decade.'],
  ['2018-07-12', 'All 29 allies reaffirmed the 2% pledge in Brussels.'],
  ['2023-07-12', 'All 31 allies agreed in Vilnius that 2% is a floor.'],
  ['2024-06-17', 'Twenty-three of the 32 allies will meet the 2% target this year.'],
  ['2025-06-25', 'All 32 allies, including Spain, signed the Hague declaration.'],
  // ranks under the Secretary of State and the Secretary of Defense, each of its time; deputy prime ministers; 'who used
  // to be', 'being the leader of', 'the one-time' of past holders and of holders in the right office
  ['2022-01-28', 'U.S. Deputy Secretary of State Wendy Sherman said Russia could move by mid-February.'],
  ['2021-07-26', 'Deputy Secretary of State Wendy Sherman met Chinese officials in Tianjin.'],
  ['2023-06-01', 'Deputy Secretary of State Wendy Sherman will retire this summer.'],
  ['2023-07-29', 'Wendy Sherman, the deputy secretary of state, retired on Friday.'],
  ['2022-02-11', 'Victoria Nuland, under secretary of state for political affairs, spoke about Nord Stream 2.'],
  ['2022-01-27', 'Under Secretary of State for Political Affairs Victoria Nuland said the pipeline would not move forward.'],
  ['2022-03-08', 'Under Secretary Nuland told the Senate that Ukraine had biological research facilities.'],
  ['2023-02-16', 'Under Secretary of State Victoria Nuland said Crimea must be demilitarised at a minimum.'],
  ['2023-08-08', 'Acting Deputy Secretary of State Victoria Nuland visited Niger.'],
  ['2023-10-01', 'Victoria Nuland, the acting deputy secretary of state, met Ukrainian officials.'],
  ['2024-03-06', 'Under Secretary Victoria Nuland is retiring, Blinken announced on Tuesday.'],
  ['2024-04-01', 'Former Under Secretary of State Victoria Nuland said Ukraine would get more aid.'],
  ['2024-04-01', 'Victoria Nuland, a former under secretary of state, has joined Columbia University.'],
  ['2014-02-07', 'U.S. Assistant Secretary of State Victoria Nuland held a news conference in Kyiv.'],
  ['2016-03-01', 'Assistant Secretary of State Victoria Nuland met Vladislav Surkov.'],
  ['2018-01-01', 'Victoria Nuland, a former assistant secretary of state, now heads a consultancy.'],
  ['2022-01-25', 'Assistant Secretary of State Karen Donfried spoke on the Russia talks.'],
  ['2024-05-01', "Assistant Secretary of State for European and Eurasian Affairs James O'Brien testified."],
  ['2024-02-20', 'Deputy Secretary of State Kurt Campbell spoke about China.'],
  ['2025-06-01', 'Deputy Secretary of State Christopher Landau is a former ambassador to Mexico.'],
  ['2017-06-01', 'Deputy Secretary of State John Sullivan testified before Congress.'],
  ['2020-06-01', 'Deputy Secretary of State Stephen Biegun met Russian officials.'],
  ['2015-06-01', 'Deputy Secretary of State Antony Blinken said Russia must withdraw from Ukraine.'],
  ['2014-02-01', 'Deputy Secretary of State William Burns spoke about Ukraine.'],
  ['2021-04-01', 'Secretary of State Antony Blinken visited NATO headquarters.'],
  ['2018-05-01', 'Mike Pompeo was sworn in as secretary of state last week.'],
  ['2022-01-28', 'Deputy Defense Secretary Kathleen Hicks met allies.'],
  ['2024-05-01', 'Deputy Secretary of Defense Kathleen Hicks spoke at a defence industry forum.'],
  ['2025-06-01', 'Deputy Secretary of Defense Steve Feinberg oversaw the budget.'],
  ['2025-06-01', 'Under Secretary of Defense for Policy Elbridge Colby pushed allies to spend 5%.'],
  ['2023-06-01', 'Deputy National Security Adviser Jon Finer spoke at the forum.'],
  ['2025-03-01', 'Special Envoy Keith Kellogg visited Kyiv.'],
  ['2025-08-19', 'Special Envoy Steve Witkoff met Putin in Moscow this month.'],
  ['2023-05-01', 'Deputy Prime Minister Olha Stefanishyna said Ukraine expected an invitation in Vilnius.'],
  ['2024-10-01', 'Deputy Prime Minister and Justice Minister Olha Stefanishyna spoke in Brussels.'],
  ['2022-03-02', 'Vice Prime Minister Mykhailo Fedorov asked Apple to stop selling products in Russia.'],
  ['2024-06-01', 'Deputy Prime Minister for Innovation Mykhailo Fedorov presented the drone plan.'],
  ['2022-03-05', 'Deputy Prime Minister Iryna Vereshchuk announced humanitarian corridors.'],
  ['2025-05-01', 'First Deputy Prime Minister Yulia Svyrydenko signed the minerals agreement with the US.'],
  ['2025-08-01', 'Prime Minister Yulia Svyrydenko chaired a cabinet meeting.'],
  ['2025-08-01', 'Defence Minister Denys Shmyhal met Hegseth.'],
  ['2025-03-01', 'Prime Minister Denys Shmyhal met the IMF mission.'],
  ['2022-02-10', 'Deputy Prime Minister Dominic Raab said sanctions were ready.'],
  ['2024-10-01', 'Deputy Prime Minister Angela Rayner chaired the cabinet meeting.'],
  ['2025-10-01', 'Deputy Prime Minister David Lammy met NATO officials.'],
  ['2025-06-01', 'Foreign Secretary David Lammy met Andrii Sybiha.'],
  ['2024-02-01', 'Foreign Secretary David Cameron visited Kyiv.'],
  ['2022-02-15', 'Foreign Secretary Liz Truss visited Moscow this month.'],
  ['2022-02-11', 'Defence Secretary Ben Wallace met Sergei Shoigu in Moscow on Friday.'],
  ['2025-01-08', "Vice Chancellor Robert Habeck, Germany's economy minister, called for 3.5% of GDP."],
  ['2025-01-08', "Robert Habeck, the Greens' candidate for chancellor, proposed higher defence spending."],
  ['2025-01-08', 'German Economy Minister Robert Habeck said the country should spend 3.5%.'],
  ['2025-06-01', 'German Vice Chancellor and Finance Minister Lars Klingbeil presented the budget.'],
  ['2023-02-01', "Germany's defence minister, Boris Pistorius, visited Kyiv."],
  ['2025-06-01', 'German Defence Minister Boris Pistorius, kept on by Merz, visited Lithuania.'],
  ['2022-06-01', "Germany's Foreign Minister Annalena Baerbock visited Kyiv."],
  ['2025-06-01', "Germany's Foreign Minister Johann Wadephul attended the NATO meeting."],
  ['2024-06-01', 'French Foreign Minister Stéphane Séjourné visited Kyiv.'],
  ['2022-03-01', 'Chinese Foreign Minister Wang Yi spoke to Kuleba.'],
  ['2025-06-01', 'Russian Deputy Foreign Minister Sergei Ryabkov said talks with the US continued.'],
  ['2024-06-01', 'Former Russian Deputy Defence Minister Timur Ivanov was arrested in April.'],
  ['2022-02-01', 'First Deputy Foreign Minister Emine Dzhaparova spoke at the UN.'],
  ['2025-06-01', 'First Deputy Foreign Minister Serhiy Kyslytsya took part in the Istanbul talks.'],
  ['2024-06-01', 'Deputy Head of the Presidential Office Ihor Zhovkva said Ukraine wanted an invitation.'],
  ['2025-06-01', 'Head of the Presidential Office Andriy Yermak travelled to Washington.'],
  ['2025-12-01', 'Andriy Yermak, who used to be the head of the presidential office, resigned last week.'],
  ['2025-12-01', "Yermak, the former head of Zelensky's office, resigned on Friday."],
  ['2025-08-18', 'Trump, who used to be a reality television star, is now in his second term.'],
  ['2025-08-18', 'Trump, the 45th and now 47th president, hosted Zelensky.'],
  ['2023-06-01', 'Trump, who used to be the president and wants to be again, criticised Ukraine aid.'],
  ['2024-03-01', 'Trump, who used to be the president, leads Republican primaries.'],
  ['2021-02-01', 'Donald Trump, who used to be the president, faces an impeachment trial.'],
  ['2025-02-01', 'Joe Biden, who used to be the president, gave his first interview since leaving office.'],
  ['2025-06-01', 'Biden, who was once the vice president and later the president, announced his diagnosis.'],
  ['2025-06-01', 'Kamala Harris, who used to be the vice president, is weighing a run for governor.'],
  ['2025-06-01', 'Mike Pence, who used to be the vice president, criticised the tariffs.'],
  ['2025-03-01', "Jens Stoltenberg, the one-time NATO chief, is Norway's finance minister."],
  ['2025-03-01', "Anders Fogh Rasmussen, who used to be NATO's secretary general, advises Ukraine."],
  ['2024-11-01', 'Rutte, who used to be the Dutch prime minister, leads NATO.'],
  ['2025-01-15', 'Rutte, who used to be the leader of the Netherlands, knows Trump well.'],
  ['2024-11-23', "Rutte, being NATO's new secretary general, flew to Florida."],
  ['2024-11-23', 'Rutte, being the leader of the alliance, met Trump.'],
  ['2025-06-24', 'Schoof, being the leader of the Netherlands, welcomed allies to The Hague.'],
  ['2022-06-01', 'Rutte, being the leader of the Netherlands, promised more weapons.'],
  ['2023-01-01', "Scholz, being the leader of Europe's biggest economy, hesitated over tanks."],
  ['2025-06-01', "Merz, being the leader of Europe's biggest economy, pledged 3.5%."],
  ['2024-06-01', 'Orbán, being the leader of Hungary, has blocked EU aid.'],
  ['2025-05-01', "Erdogan, being the leader of NATO's second-largest army, hosted the talks."],
  ['2022-06-01', 'Zelensky, being the leader of a country at war, addressed the summit by video.'],
  ['2024-06-01', "Stoltenberg, being the head of NATO for nearly ten years, spoke of the alliance's growth."],
  ['2025-11-01', 'Putin, being the leader of Russia since 2000, has outlasted five US presidents.'],
  // 'who used to be' and 'who was once' of people who hold the office again (Sikorski, Tusk, Trump) or hold another now;
  // 'being' and 'serving as' told of the time narrated ('In 2022, Boris Johnson, being the prime minister')
  ['2024-06-01', 'Radosław Sikorski, who used to be foreign minister, returned to the post in December.'],
  ['2024-06-01', 'Sikorski, who was once foreign minister under Tusk, is foreign minister again.'],
  ['2025-03-01', "Donald Tusk, who used to be the president of the European Council, is Poland's prime minister again."],
  ['2024-01-15', 'Donald Tusk, who was once prime minister from 2007 to 2014, took office again in December.'],
  ['2025-02-01', 'Trump, who was once president from 2017 to 2021, returned to the White House last month.'],
  ['2025-06-01', 'Trump, who used to be president before Biden, is president again.'],
  ['2019-05-01', 'Putin, who was once prime minister, has been president since 2012.'],
  ['2022-01-01', 'Medvedev, who used to be president, is deputy chairman of the Security Council.'],
  ['2024-01-01', 'Medvedev, who was once the president of Russia, posts threats on Telegram.'],
  ['2022-06-01', 'Boris Johnson, being the prime minister, visited Kyiv twice.'],
  ['2023-06-01', 'In 2022, Boris Johnson, being the prime minister, visited Kyiv twice.'],
  ['2025-01-01', 'In April 2022, Johnson, being the British prime minister, walked through Kyiv with Zelensky.'],
  ['2025-01-01', 'Back in 2022, Scholz, being the chancellor, hesitated to send tanks.'],
  ['2024-11-23', "During Trump's first term, Rutte, being the Dutch prime minister, got on well with him."],
  ['2025-06-01', 'In 2018, Rutte, serving as the Dutch prime minister, contradicted Trump in the Oval Office.'],
  ['2025-06-01', 'At the time, Stoltenberg, serving as NATO secretary general, warned against a deal.'],
  ['2024-10-01', 'Stoltenberg, serving as secretary general until today, handed over to Rutte.'],
  ['2025-06-01', 'Pistorius, serving as defence minister under both Scholz and Merz, visited Kyiv.'],
  ['2025-06-01', 'Boris Pistorius, serving as the defence minister of Germany, visited Kyiv.'],
  ['2025-09-01', 'Svyrydenko, serving as prime minister since July, presented the budget.'],
  ['2024-06-01', 'Kuleba, serving as foreign minister, met Blinken.'],
  ['2023-06-01', 'Reznikov, being the defence minister, asked for F-16s.'],
  ['2024-02-01', 'Zaluzhnyi, being the commander-in-chief, wrote an essay on the war.'],
  ['2025-01-01', 'Zaluzhnyi, who used to be the commander-in-chief, is now ambassador in London.'],
  ['2025-01-01', 'Kuleba, who used to be the foreign minister, has left government.'],
  ['2025-01-01', 'Shoigu, who used to be the defence minister, is now Security Council secretary.'],
  ['2025-02-01', 'Blinken, who used to be the secretary of state, gave an exit interview.'],
  ['2025-06-01', 'Austin, who used to be the defense secretary, retired from public life.'],
  ['2024-12-01', 'Stoltenberg, who used to be the secretary general, is chairing the Munich Security Conference next year.'],
  ['2025-03-01', "Stoltenberg, who was once NATO's chief, became finance minister in February."],
  ['2025-09-01', 'Johnson, who used to be the prime minister, visited Kyiv again.'],
  ['2025-09-01', 'Truss, who was once prime minister for 49 days, is writing a book.'],
  ['2025-09-01', 'Sunak, who used to be the prime minister, is a backbench MP.'],
  ['2025-09-01', 'Scholz, who used to be the chancellor, is a member of the Bundestag.'],
  ['2025-09-01', 'Merkel, who used to be the chancellor, published her memoirs last year.'],
  ['2025-09-01', 'Poroshenko, who used to be the president, is an opposition MP.'],
  ['2025-09-01', 'Yanukovych, who used to be the president, fled to Russia in 2014.'],
  ['2024-10-15', 'Obama, who used to be the president, campaigned for Harris.'],
  ['2025-09-01', 'Pence, who was once the vice president, opposes the tariffs.'],
  ['2025-09-01', "Kallas, who used to be Estonia's prime minister, is the EU's top diplomat."],
  ['2025-09-01', 'Rutte, who was once the Dutch prime minister, leads NATO.'],
  ['2025-09-01', "Rasmussen, who used to be NATO's secretary general, also led Denmark's government."],
  ['2025-09-01', "Duda, who used to be Poland's president, left office in August."],
  ['2025-09-01', "Niinistö, who used to be Finland's president, wrote a report on EU preparedness."],
  ['2025-09-01', "Andersson, who was once Sweden's prime minister, leads the opposition."],
  ['2025-09-01', "Marin, who used to be Finland's prime minister, now works for Tony Blair's institute."],
  ['2025-09-01', 'Morawiecki, who used to be the prime minister, is a vice-chairman of Law and Justice.'],
  ['2024-11-23', 'Rutte, being the former Dutch prime minister, knew Trump from his first term.'],
  ['2025-06-25', "Rutte, being the host city's son, welcomed leaders to The Hague."],
  ['2025-06-25', 'Schoof, being the host, opened the summit dinner.'],
  ['2022-06-01', 'Erdogan, being the president of a NATO member, can veto the bids.'],
  ['2025-08-18', 'Trump, being the president, called Putin from the White House.'],
  ['2025-08-18', 'President Trump, who was once a critic of Zelensky, hosted him warmly.'],
  ['2025-08-18', 'Trump, who used to be skeptical of aid, now sells weapons to Europe for Ukraine.'],
];

const MORE_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  // https://wbc24.com/2024/11/23/nato-boss-rutte-meets-trump-to-discuss-global-security-concerns
  [
    '2024-11-23',
    "NATO Secretary General Mark Rutte met with U.S. President-elect Donald Trump in Florida on Friday to discuss pressing global security challenges, a spokeswoman confirmed on Saturday. Limited details about the meeting were shared publicly.\nThe leaders convened at Mar-a-Lago, Trump's estate in Palm Beach, on Friday, marking their first meeting since Trump's election victory earlier this month. NATO released a photo on Saturday showing the two smiling as they shook hands.\nTrump, known for his strong criticism of NATO during his first term in office, had urged member states to bolster their defense spending and even suggested a possible U.S. withdrawal, sparking concerns among allies.\nRutte, who served as the Dutch Prime Minister during Trump's first term, has voiced optimism about working with Trump again, emphasizing their past cooperation and Trump's pragmatic approach.\nDonald Trump will officially assume office on January 20.",
  ],
  // https://www.lbcgroup.tv/news/world-news/818432/nato-chief-mark-rutte-met-donald-trump-in-florida-bloc-spokesman/en
  [
    '2024-11-23',
    'NATO chief Mark Rutte held talks with U.S. President-elect Donald Trump in Florida on the "global security issues facing the alliance", a spokeswoman said Saturday.\nThe meeting took place on Friday in Palm Beach, Farah Dakhlallah said in a statement. In his first term Trump aggressively pushed Europe to step up defense spending and questioned the fairness of the NATO transatlantic alliance.',
  ],
  // https://www.anews.com.tr/world/2024/11/23/nato-boss-rutte-held-talks-with-trump-in-florida-alliance-says
  [
    '2024-11-23',
    'NATO Secretary General Mark Rutte met U.S. President-elect Donald Trump in Palm Beach, Florida, on Friday, a spokesperson for the transatlantic military alliance said on Saturday.\n"They discussed the range of global security issues facing the Alliance," the spokesperson, Farah Dakhlallah, said in a brief statement.\nOn Friday, NATO did not respond to requests for comment on Dutch media reports that Rutte - a former prime minister of the Netherlands - had flown to Florida on a Dutch government plane to meet Trump.\nRutte was widely regarded as one of the best European leaders at forging a good working relationship with Trump during his first, 2017-21 term as U.S. president.',
  ],
  // https://www.newsmax.com/newsfront/nato-rutte-trump/2024/11/23/id/1189153/
  [
    '2024-11-23',
    "NATO Secretary General Mark Rutte met U.S. President-elect Donald Trump in Palm Beach, Florida, on Friday, a spokesperson for the transatlantic military alliance said on Saturday.\nOn its website, NATO said Rutte and his team also met with Congressman Mike Waltz, Trump's pick to be his national security adviser when he returns to the White House, and other members of the president-elect's national security team.\nRutte, who took office as NATO chief last month, was widely regarded as one of the best European leaders at forging a good working relationship with Trump during his first, 2017-21 term as U.S. president.",
  ],
  // https://squidbusiness.fr/natos-trump-whisperer-treads-carefully-on-greenland-and-defense
  [
    '2025-03-14',
    'He\'s been dubbed the "Trump whisperer," but NATO chief Mark Rutte struggled to get a word in Thursday as the US president mused about annexing Greenland and criticized allies over defense spending. The former Dutch prime minister visited the White House seeking to convince a skeptical Donald Trump to maintain US commitment to the transatlantic alliance and to Ukraine. Trump opened by praising Rutte for doing a "fantastic job" in the new role he took on just a few months ago. He then embarked on a new one — his plan to absorb Greenland, an autonomous territory of founding NATO member Denmark. A veteran of European Union politics as the bloc dealt with Trump\'s first term, Rutte now faces a difficult balancing act keeping Trump onside when it comes to NATO in his second.',
  ],
  // https://www.thedailybeast.com/turkey-withdraws-objection-to-finland-and-sweden-joining-nato-at-madrid-summit
  [
    '2022-06-28',
    'Finland and Sweden could join NATO as soon as this summer, as Turkey lifted its objection to their inclusion, Axios reported. On Tuesday evening, the three countries signed a trilateral memorandum at the NATO Summit in Madrid specifying that Turkey would support their membership. The two Nordic countries, both of which have advanced militaries and have long been nonaligned, applied to join NATO after Russia invaded Ukraine.',
  ],
  // https://www.efe.com/efe/english/portada/turkey-agrees-to-nato-membership-for-finland-sweden/50000260-4840913
  [
    '2022-06-28',
    "From left to right: Turkish Foreign Minister Mevlüt Çavusoglu; NATO Secretary General Jens Stoltenberg; Turkish President Recep Tayyip Erdogan; Finnish President Sauli Niinisto; and Swedish Prime Minister Magdalena Andersson face reporters in Madrid on 28 June 2022 after the signing of an agreement clearing the way for the two Nordic nations to join the Atlantic Alliance.\n\nNATO's secretary general said here Tuesday that Turkey, Sweden and Finland reached consensus on a plan allowing the two Nordic countries to become members of the Atlantic Alliance.",
  ],
  // https://www.japantimes.co.jp/news/2022/06/27/world/politics-diplomacy-world/nato-baltics-ukraine-turkey/
  [
    '2022-06-27',
    "NATO leaders will urge Turkish President Tayyip Erdogan to lift his veto over Finland and Sweden's bid to join the military alliance when they meet for a three-day summit on Tuesday, as the West strives to send Russia and China a signal of resolve.\n\nTaking place in the shadow of Russia's war in Ukraine, the Madrid gathering comes at a pivotal moment for the transatlantic bond after failures in Afghanistan and internal discord during the era of former U.S. President Donald Trump, who threatened to pull Washington out of the nuclear alliance.",
  ],
  // https://uaport.net/en/news/ua/t/2206/29/6668853
  [
    '2022-06-29',
    'Madrid: NATO leaders agreed Wednesday to formally invite Finland and Sweden to join the alliance after Turkey struck a deal with the Nordic duo to drop its objections, a statement said. "Today, we have decided to invite Finland and Sweden to become members of NATO, and agreed to sign the Accession Protocols," a declaration from a summit in Madrid said.',
  ],
  // https://atozwiki.com/2022_Madrid_summit
  [
    '2023-01-01',
    "The 2022 Madrid summit was a meeting of the heads of state and heads of government of the thirty members of the North Atlantic Treaty Organization (NATO), their partner countries, and the European Union, held in Madrid, Spain, on 29–30 June 2022. Spain previously hosted a NATO Summit in 1997.\n\nOn 8 October 2021, following a meeting with NATO secretary general Jens Stoltenberg, Spanish prime minister Pedro Sánchez announced the celebration of the ordinary summit in Madrid in 2022, a date otherwise underscoring the 40th anniversary of Spain's NATO membership.",
  ],
];

describe('more true sentences and paragraphs of the round’s classes raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < MORE_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, MORE_SENTENCES.length)}`, () => {
      for (const [asOf, text] of MORE_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
  it('flags none of the paragraphs', () => {
    for (const [asOf, text] of MORE_PARAGRAPHS) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  }, 60_000);
});

const OLDER_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // 2014-2019: leaders, ministers and commanders of their time, meetings and summits by weekday, accessions and
  // invitations (Montenegro, North Macedonia), counts of 28 and 29 allies, allies at 2% by NATO's yearly estimates,
  // named allies' shares of their year
  ['2014-09-05', 'Ukrainian President Petro Poroshenko attended the Wales summit on Thursday.'],
  ['2014-12-23', "Ukraine's parliament voted on Tuesday to drop the country's non-aligned status."],
  ['2015-02-12', 'Poroshenko, Putin, Merkel and Hollande agreed a ceasefire in Minsk on Thursday.'],
  ['2015-02-13', 'The Minsk talks between Merkel, Hollande, Putin and Poroshenko lasted through the night.'],
  ['2015-12-19', "Prime Minister Arseniy Yatsenyuk said Ukraine would not pay Russia's bond."],
  ['2016-04-14', "Volodymyr Groysman was approved as Ukraine's prime minister on Thursday."],
  ['2018-06-01', 'Prime Minister Volodymyr Groysman met Stoltenberg in Brussels.'],
  ['2017-06-01', 'Foreign Minister Pavlo Klimkin said Ukraine would seek NATO membership.'],
  ['2018-09-01', "Defence Minister Stepan Poltorak said Ukraine's army was ready."],
  ['2015-05-01', 'Defense Secretary Ash Carter visited NATO headquarters.'],
  ['2017-02-15', 'Defense Secretary Jim Mattis told allies to increase spending or see the US moderate its commitment.'],
  ['2016-01-01', 'NATO Deputy Secretary General Alexander Vershbow warned of Russian snap exercises.'],
  ['2015-06-01', "General Philip Breedlove, NATO's supreme allied commander, said Russia was rebuilding its forces."],
  ['2017-05-01', "General Curtis Scaparrotti, NATO's supreme allied commander, testified in Washington."],
  ['2016-05-01', 'French President François Hollande met Poroshenko in Paris.'],
  ['2015-09-01', 'British Prime Minister David Cameron said Britain would meet the 2% target.'],
  ['2017-05-25', 'British Prime Minister Theresa May attended the NATO meeting in Brussels on Thursday.'],
  ['2017-03-31', "Foreign Secretary Boris Johnson attended the NATO foreign ministers' meeting."],
  ['2019-02-06', "Foreign Secretary Jeremy Hunt welcomed the signing of North Macedonia's accession protocol."],
  ['2015-03-01', 'Italian Prime Minister Matteo Renzi visited Kyiv and Moscow.'],
  ['2018-06-18', 'The foreign ministers of Greece and Macedonia signed the Prespa agreement on Sunday, with Tsipras and Zaev present.'],
  ['2019-02-07', 'North Macedonia signed its accession protocol with NATO on Wednesday.'],
  ['2016-05-20', "NATO foreign ministers signed Montenegro's accession protocol on Thursday."],
  ['2015-12-02', 'NATO invited Montenegro to join the alliance on Wednesday.'],
  ['2016-07-09', 'At the Warsaw summit, allies agreed to deploy four battalions to the Baltic states and Poland.'],
  ['2017-05-25', 'The 28 allies met at their new headquarters in Brussels on Thursday.'],
  ['2017-05-26', 'Trump scolded the 28 allies over spending on Thursday in Brussels.'],
  ['2018-07-12', 'Trump said on Thursday that allies had agreed to raise spending.'],
  ['2018-07-13', 'At the Brussels summit on Wednesday and Thursday, Trump demanded more spending.'],
  ['2019-12-04', "NATO leaders met at a hotel near London on Wednesday for the alliance's 70th anniversary."],
  ['2019-12-04', 'Macron had called NATO brain-dead in November.'],
  ['2019-04-04', 'NATO foreign ministers marked the 70th anniversary in Washington on Thursday.'],
  ['2014-09-05', 'The Wales summit on Thursday and Friday agreed the spending pledge.'],
  ['2014-09-06', 'NATO leaders agreed at the Wales summit on Friday to aim for 2% of GDP within a decade.'],
  ['2014-04-01', 'NATO foreign ministers suspended cooperation with Russia on Tuesday.'],
  ['2014-03-18', 'Putin signed a treaty on Tuesday to annex Crimea.'],
  ['2014-06-07', 'Petro Poroshenko was sworn in as president on Saturday.'],
  ['2014-05-26', "Petro Poroshenko won Sunday's presidential election."],
  ['2019-04-22', "Volodymyr Zelensky won Sunday's runoff against Poroshenko."],
  ['2019-05-21', 'Zelensky, sworn in on Monday, dissolved parliament.'],
  ['2016-11-09', 'Donald Trump won the presidential election on Tuesday.'],
  ['2017-01-20', 'Donald Trump was sworn in as the 45th president on Friday.'],
  ['2020-11-08', 'Joe Biden was declared the winner of the election on Saturday.'],
  ['2014-10-01', 'Stoltenberg took office as NATO secretary general on Wednesday.'],
  ['2014-09-30', 'Anders Fogh Rasmussen hands over to Jens Stoltenberg on Wednesday.'],
  ['2014-09-30', "Rasmussen, NATO's outgoing secretary general, gave a farewell speech."],
  ['2016-06-24', 'David Cameron said on Friday that he would resign after the Brexit vote.'],
  ['2016-07-13', 'Theresa May became prime minister on Wednesday.'],
  ['2019-07-24', 'Boris Johnson became prime minister on Wednesday.'],
  ['2017-05-14', 'Emmanuel Macron was inaugurated as president on Sunday.'],
  ['2018-03-14', 'Angela Merkel was sworn in for a fourth term as chancellor on Wednesday.'],
  ['2017-06-05', "Montenegro became NATO's 29th member on Monday."],
  ['2016-05-20', "Montenegro, invited in December, will become NATO's 29th member."],
  ['2019-02-07', "North Macedonia will become NATO's 30th member once all 29 allies ratify the protocol."],
  ['2017-12-01', 'The 29 allies now include Montenegro.'],
  ['2015-06-01', "NATO's 28 members include Albania and Croatia, who joined in 2009."],
  ['2016-07-08', "Leaders of NATO's 28 member states meet in Warsaw on Friday."],
  ['2014-09-04', 'The 28 NATO leaders gathered in Newport on Thursday.'],
  ['2018-07-11', 'The 29 NATO leaders gathered in Brussels on Wednesday.'],
  ['2019-12-03', 'The 29 leaders are meeting in London on Tuesday and Wednesday.'],
  ['2014-09-05', 'Only the US, the UK, Greece and Estonia come close to 2%.'],
  ['2016-07-05', 'Only five allies meet the 2% target: the US, Greece, Britain, Estonia and Poland.'],
  ['2017-06-29', 'Romania reached 2% of GDP this year, joining the US, Greece, Britain, Estonia and Poland.'],
  ['2018-07-10', 'Eight allies are expected to meet the 2% target this year.'],
  ['2019-11-29', 'Nine allies met the 2% target in 2019.'],
  ['2016-07-05', 'Greece spends about 2.4% of GDP on defence.'],
  ['2017-06-29', 'The United States spends about 3.6% of GDP on defence.'],
  ['2018-07-10', 'Estonia spends about 2.1% of GDP on defence.'],
  ['2019-11-29', 'Poland spends about 2% of GDP on defence.'],
  ['2018-07-10', 'Germany spends about 1.2% of GDP on defence.'],
  ['2019-11-29', 'Germany spends about 1.4% of its GDP on defence.'],
  ['2016-07-05', 'Lithuania spends about 1.5% of GDP on defence.'],
  ['2018-07-10', 'Lithuania spends about 2% of GDP on defence.'],
];

const OLDER_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  // https://wallstreetsights.com/web-stories/who-is-mark-rutte-netherlands-prime-minister-to-become-next-nato-secretary-general-2/
  [
    '2024-06-20',
    'Mark Rutte has been Dutch prime minister since 2010 but saw his fourth cabinet collapse last July due to immigration policy disagreements. This led to early elections in the Netherlands but Rutte did not lead his centre-right People\'s Party for Freedom and Democracy into the election. Dutch prime minister Mark Rutte has been named the next secretary general of Nato, succeeding Jens Stoltenberg. Rishi Sunak and Sir Keir Starmer have both welcomed the appointment, with the new leader set to take charge at the start of October. Meanwhile, David Cameron, the foreign secretary, said the appointment meant "Nato is in safe hands".',
  ],
  // https://newsfromrss.com/mark-rutte-to-be-natos-new-chief-from-october
  [
    '2024-06-26',
    "On Wednesday (26 June), ambassadors of the 32 NATO members officially appointed outgoing Dutch Prime Minister Mark Rutte as its next secretary general. The Dutch will take the helm of the 32-nation alliance from 1 October 2024, after a decade at the helm of former Norwegian Prime Minister Jens Stoltenberg. Rutte is not known as 'Teflon Mark' for nothing. The Dutch leader is the longest-serving prime minister in the Netherlands and has a track record of avoiding scandal during his time in office. According to NATO estimates, the Dutch are expected to exceed the target this year, spending 2.05% of their GDP, up from around 1.2% a decade ago.",
  ],
  // https://onenewspage.co.uk/current/mzlzwb0/Mark-Rutte.htm
  [
    '2025-01-23',
    "Mark Rutte\n\nSecretary General of NATO since 2024 and former Prime Minister of the Netherlands\n\nMark Rutte is a Dutch politician who serves as the 14th secretary general of NATO since October 2024. He previously served as prime minister of the Netherlands from 2010 to 2024 and leader of the People's Party for Freedom and Democracy (VVD) from 2006 to 2023. Serving a total of almost 14 years, Rutte is the longest-serving prime minister in Dutch history.",
  ],
  // https://themkpost.com/mark-rutte-nato-leadership-journey/
  [
    '2025-04-10',
    "Mark Rutte, renowned for his extensive tenure as the Netherlands' Prime Minister, has seamlessly transitioned into his role as NATO Secretary General. In 2006, he became the leader of the VVD, and by 2010, he assumed the role of Prime Minister, a position he held until 2024, making him the longest-serving Prime Minister in Dutch history. In October 2024, Rutte was appointed as the 14th Secretary General of NATO.",
  ],
  // https://pledgetimes.com/mark-rutte-the-great-political-survivor-of-the-netherlands-who-will-take-command-of-nato/
  [
    '2024-06-22',
    'Mark Rutte, outgoing liberal prime minister of the Netherlands, has waged the most international — and personal — election campaign of his career in the last seven months. He will be the next secretary general of NATO when the war in Ukraine remains open on the border of the Atlantic Alliance. The 57-year-old veteran politician has headed four consecutive Dutch governments since 2010 and knows the workings of the European Council in depth. He will be the fourth Dutch Secretary General of NATO, a position preceded by Dirk Stikker (1961-1964), Joseph Luns (1971-1984) and Jaap de Hoop Scheffer (2004-2009).',
  ],
  // https://www.firstpost.com/explainers/mark-rutte-will-be-next-nato-chief-who-is-outgoing-dutch-pm-13784466.html/amp
  [
    '2024-06-20',
    "Dutch's outgoing prime minister Mark Rutte will be the next chief of the North Atlantic Treaty Organization (NATO). This comes after Romania's president withdrew from the race. In office since 2010, the 57-year-old Rutte is the country's longest-serving prime minister. Rutte has served as prime minister of the Netherlands four times – at the head of multiple coalition governments. He began his political career in 2002 as part of the Cabinet of then prime minister Jan Peter Balkenende. In 2006, Rutte began his ascent to the top of Dutch politics when he became the leader of the center-right People's Party for Freedom and Democracy (VVD). Rutte won the 2010 general election and never looked back.",
  ],
  // https://exbulletin.com/politics/2761311
  [
    '2024-06-26',
    "NATO ambassadors on Wednesday nominated the outgoing Dutch prime minister as the alliance's next secretary general, its highest civilian post. Rutte is expected to take charge of the world's largest military organization from October. Rutte will be congratulated by President Joe Biden and his NATO counterparts at a summit in Washington from July 9-11 focused on supporting Ukraine against Russian invasion. The Secretary General chairs meetings and guides sometimes delicate consultations among NATO's 32 member countries.",
  ],
  // https://indianexpress.com/article/who-is/mark-rutte-dutch-prime-minister-nato-next-secretary-general-9417077/lite
  [
    '2024-06-20',
    'Mark Rutte, the outgoing prime minister of the Netherlands, is set to take on a new role as the next Secretary General of NATO, succeeding Jens Stoltenberg in October. A history graduate, Rutte, first became prime minister of the Netherlands in 2010 — but resigned last July after his four-party coalition fell apart over how to curb migration. The 57-year-old Dutchman\'s political career has been marked by his ability to avoid major scandals, earning him the moniker "Teflon Mark." He has led four different coalition governments in the Netherlands.',
  ],
  // https://complianceconcourse.willkie.com/articles/the-united-states-and-united-kingdom-target-russias-energy-sector-and-issue-related-general-licenses
  [
    '2025-01-13',
    'On January 10, 2025, the United States and the United Kingdom sanctioned Gazprom Neft and Surguneftegas, two major Russian oil companies that, together, produce more than 1 million barrels of oil per day. According to the UK Government, this is the first time that the United Kingdom and the United States have directly sanctioned the two Russian oil giants that produce approximately $23 billion worth of oil a year based current oil prices.',
  ],
  // https://sanctionsnews.bakermckenzie.com/us-and-uk-designate-russian-oil-companies-us-targets-wider-russian-energy-sector-and-issues-a-russia-related-petroleum-services-prohibition/
  [
    '2025-01-13',
    'On 10 January 2025, the US Department of the Treasury\'s Office of Foreign Assets Control ("OFAC") and the UK\'s Office of Financial Sanctions Implementation ("OFSI") announced the designations of two major Russian oil companies, PJSC Surgutneftegas and Gazprom Neft. The US and the UK have introduced new general licenses to permit limited activity relating to these entities.',
  ],
  // https://jdsupra.com/legalnews/biden-administration-imposes-sweeping-8418606
  [
    '2025-01-14',
    'On January 10, 2025, the Biden Administration issued a broad sanctions package targeting the Russian energy sector, 10 days in advance of the transition to the incoming Trump Administration. The new sanctions also added two of Russia\'s largest oil companies—Gazprom Neft and Surgutneftegas—to the Specially Designated Nationals and Blocked Persons List (SDN List), along with relisting Russia\'s largest shipping company, Sovcomflot, and sanctioning 183 shadow fleet vessels. Importantly, the "petroleum services" ban preserves the price cap exception, currently: US$60/barrel for crude oil; US$45/barrel for Discount to Crude petroleum products; and US$ 100 per barrel for Premium to Crude petroleum products.',
  ],
  // https://irenekenyon.substack.com/p/russia-sanctions-energy
  [
    '2025-01-17',
    "That was my reaction to Treasury's designations aimed at Russia's energy sector last week. OFAC finally targeted Russia's most significant revenue source by leveling sanctions against Russia's oil producers, Gazprom Neft and Surgutneftegas, more than 180 vessels that carry Russian oil in violation of the $60 per-barrel price cap imposed on Russian maritime oil shipments in 2022, and dozens of oil traders, oilfield service providers, insurance companies, and energy officials. The UK, in coordination with the United States, also slapped Gazpromneft and Surgutneftegaz with blocking sanctions.",
  ],
];

describe('true sentences of 2014-2019 and real pages of the Rutte appointment and the January 2025 designations raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < OLDER_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, OLDER_SENTENCES.length)}`, () => {
      for (const [asOf, text] of OLDER_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
  it('flags none of the paragraphs', () => {
    for (const [asOf, text] of OLDER_PARAGRAPHS) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  }, 60_000);
});

describe('a share within reach of NATO’s estimate of the page’s own year is not flagged against the year before (spending-estimates.ts withinOwnYear)', () => {
  // Found in the precision read: "Poland already spends 4% of its GDP on defence" (March 2023) was contradicted against NATO's
  // release of June 2022 (Poland 2.42% for 2022); NATO's estimate for 2023 put Poland at 3.92%.
  it('keeps a fast riser’s share of the page’s year quiet', () => {
    for (const [asOf, text] of [
      ['2023-03-01', 'Poland already spends 4% of its GDP on defence.'],
      ['2023-02-01', 'Poland now spends 4% of its GDP on defence.'],
      ['2023-04-15', 'Poland now spends almost 4% of its GDP on defence, double the NATO target.'],
      ['2023-07-10', 'Poland spends almost 4% of its GDP on defence.'],
      ['2023-05-10', 'Poland spends nearly 4% of GDP on defence.'],
    ])
      expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('still flags a share far from both years’ estimates', () => {
    expect(redKinds('Poland already spends 6% of its GDP on defence.', '2023-03-01')).toEqual([
      ['figure', 'spends 6% of its GDP on defence'],
    ]);
    expect(
      redKinds(
        "NATO's agreement on the 5% GDP threshold will impact member countries in different ways. Some, like the U.S. and U.K., already spend more than 5%.",
        '2025-06-22',
      ),
    ).toEqual([['figure', 'already spend more than 5%']]);
  });
});

describe('an opening participle of a tenure whose main clause tells the change after it (tenure-pronoun-office.ts CHANGE_MAIN_RE, IS_NOW_RE)', () => {
  // Found in the precision read against c3830c8b: "Having served as Prime Minister since 2010, he has now moved from The Hague
  // to Brussels" (October 2024) was read as a tenure running on the page's day, as "Serving as Prime Minister since 2010, he
  // is ..." is.
  it('keeps a perfect of leaving or of a new post, and "he is now" with another office, quiet', () => {
    for (const [asOf, text] of [
      [
        '2024-10-01',
        'Mark Rutte took over at NATO on Tuesday. Having served as Prime Minister since 2010, he has now moved from The Hague to Brussels.',
      ],
      ['2025-03-01', "Mark Rutte leads NATO. Having served as Prime Minister since 2010, he is now NATO's secretary general."],
      [
        '2025-03-01',
        "Mark Rutte leads NATO. Having served as Dutch Prime Minister since 2010, he is now the alliance's secretary general.",
      ],
      ['2024-10-02', "Mark Rutte is NATO's new chief. Having been Prime Minister since 2010, he has become the alliance's civilian head."],
      [
        '2024-10-01',
        'Mark Rutte starts at NATO today. Having served as Prime Minister since 2010, he has been appointed to lead the alliance.',
      ],
      [
        '2025-02-05',
        "Jens Stoltenberg left NATO in October. Having served as Secretary General since 2014, he has become Norway's finance minister.",
      ],
      [
        '2025-02-05',
        "Jens Stoltenberg is back in Norwegian politics. Having been Secretary General since 2014, he is now Norway's finance minister.",
      ],
    ])
      expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('still flags the tenure told as running', () => {
    expect(
      redKinds(
        'Mark Rutte has become a household name. Serving as Prime Minister since 2010, he is the longest-serving Prime Minister in Dutch history.',
        '2026-01-20',
      ),
    ).toEqual([['tenure', 'Serving as Prime Minister since 2010']]);
    expect(
      redKinds(
        "Jens Stoltenberg is Norway's finance minister. Serving as Secretary General since 2014, he is the alliance's public face.",
        '2025-03-01',
      ),
    ).toEqual([['tenure', 'Serving as Secretary General since 2014']]);
  });
});

const LAST_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // NATO's growth told from its founders, founders listed whole and in part, partners that are not members; leaders
  // gathering for summits and dinners, each on its day
  ['2024-04-04', 'NATO has grown from 12 founding members to 32.'],
  ['2020-04-04', 'NATO has grown from 12 members in 1949 to 30 today.'],
  ['2019-04-04', 'The alliance has grown from 12 founding members to 29 member states.'],
  ['2017-06-06', "NATO has grown from 12 to 29 members with Montenegro's accession on Monday."],
  ['2023-04-05', 'With Finland, NATO has grown from 12 founders to 31 members.'],
  ['2024-03-08', "Sweden's accession brings NATO from 12 founding members to 32."],
  ['2024-04-04', "NATO's membership has nearly tripled since 1949."],
  ['2024-04-04', 'From 16 members at the end of the Cold War, NATO has grown to 32.'],
  ['2022-05-18', 'NATO grew from 16 members in 1990 to 30 in 2020.'],
  ['2019-03-12', 'Since 1999, NATO has grown from 16 to 29 members.'],
  ['2024-04-04', 'Twenty countries have joined NATO since it was founded by 12 nations in 1949.'],
  ['2024-04-04', 'The founders included the United States, Canada and ten European countries.'],
  ['2024-04-04', 'Among the twelve founders were Iceland, which had no army, and Portugal, then a dictatorship.'],
  ['2024-04-04', 'Greece and Turkey, which joined in 1952, were not founding members.'],
  ['2022-05-30', 'Spain, which joined in 1982, was not a founding member.'],
  ['2025-05-09', 'West Germany was not among the founders; it joined in 1955.'],
  ['2024-04-04', 'Italy was a founding member despite not bordering the Atlantic.'],
  ['2024-04-04', "The Brussels Treaty powers, Britain, France, Belgium, the Netherlands and Luxembourg, were among NATO's founders."],
  ['2024-04-04', 'Norway and Denmark were among the founding members, Sweden was not.'],
  ['2024-04-04', "The United States and Canada are NATO's two North American founders."],
  [
    '2024-04-04',
    'Founding members Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the UK and the US signed the treaty in Washington.',
  ],
  [
    '2019-04-04',
    'The foreign ministers of Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States signed the treaty on 4 April 1949.',
  ],
  ['2024-04-04', 'Nine European countries joined the US, Canada and Britain as founders.'],
  ['2023-07-11', 'Ukraine, Georgia, Moldova and Bosnia are NATO partners, not members.'],
  ['2022-05-18', 'The partners Finland and Sweden applied to join on Wednesday.'],
  ['2024-07-10', 'The Indo-Pacific partners Japan, South Korea, Australia and New Zealand attended the summit.'],
  ['2025-06-24', "The EU's Ursula von der Leyen and António Costa attended the summit dinner."],
  ['2022-06-29', 'Sweden and Finland, partners since 1994, were invited to join.'],
  ['2023-04-04', 'Finland, a NATO partner since 1994, joined NATO on Tuesday.'],
  ['2024-03-07', 'Sweden, a NATO partner since 1994, became a member on Thursday.'],
  ['2014-09-04', 'NATO leaders gathered in Wales for a two-day summit on Thursday.'],
  ['2016-07-08', 'NATO leaders gathered in Warsaw on Friday for a two-day summit.'],
  ['2021-06-14', 'Leaders gathered at NATO headquarters on Monday.'],
  ['2022-03-24', 'NATO leaders gathered in Brussels on Thursday for an extraordinary summit.'],
  ['2023-07-11', 'Leaders gathered in Vilnius on Tuesday.'],
  ['2024-07-09', "Leaders gathered in Washington on Tuesday for NATO's 75th anniversary summit."],
  ['2025-06-24', 'Leaders gathered in The Hague on Tuesday for the summit dinner.'],
  ['2025-06-25', "Leaders gathered in The Hague on Wednesday for the summit's single session."],
  ['2022-06-28', 'Leaders are gathering in Madrid for the summit that starts on Tuesday with a dinner.'],
  ['2022-06-29', "Leaders gathered in Madrid on Wednesday for the summit's first full day."],
  ['2025-03-02', 'European leaders gathered in London on Sunday.'],
  ['2025-08-18', 'European leaders gathered in Washington on Monday.'],
  ['2024-06-15', 'World leaders gathered in Switzerland on Saturday for the Ukraine peace summit.'],
  ['2024-06-14', 'G7 leaders gathered in Italy on Thursday.'],
  ['2025-06-16', 'G7 leaders gathered in Kananaskis on Sunday evening.'],
  ['2023-05-19', 'G7 leaders gathered in Hiroshima on Friday.'],
  ['2022-10-06', 'European leaders gathered in Prague on Thursday for the first European Political Community meeting.'],
  ['2024-11-07', 'European leaders gathered in Budapest on Thursday for the European Political Community summit.'],
  ['2025-05-16', 'European leaders gathered in Tirana on Friday.'],
  ['2023-06-01', 'European leaders gathered in Moldova on Thursday.'],
  // price caps by issuer and date (the G7's $60 and the product caps, the EU's and the UK's $47.60, the US keeping $60,
  // proposals of $30-$70), the LNG transshipment ban, the EU's 19th package, the US designations of 22 October 2025 and
  // their wind-down, first-time designations, other acts by weekday
  ['2022-09-03', 'G7 finance ministers agreed on Friday to impose a price cap on Russian oil.'],
  ['2022-12-03', 'The EU, G7 and Australia agreed to cap Russian seaborne crude at $60 a barrel.'],
  ['2022-12-06', "The $60 price cap on Russian crude came into force on Monday along with the EU's embargo."],
  ['2023-02-06', 'Caps of $100 per barrel for premium products such as diesel and $45 for discounted products took effect on Sunday.'],
  ['2023-12-20', 'The US Treasury tightened enforcement of the $60 cap in October.'],
  ['2024-06-01', 'Russian Urals crude has traded above the $60 cap for much of the year.'],
  ['2024-12-01', 'The $60 per barrel cap has been in place since December 2022.'],
  ['2025-01-15', 'The G7 cap remains at $60 a barrel.'],
  ['2025-05-20', 'The EU wants to lower the cap to $50.'],
  ['2025-06-10', 'Von der Leyen proposed cutting the price cap from $60 to $45 a barrel.'],
  ['2025-06-17', 'G7 leaders failed to agree on lowering the $60 cap.'],
  ['2025-07-18', 'EU ambassadors agreed a dynamic cap set 15% below the average market price.'],
  ['2025-07-18', "The initial level of the EU's cap will be $47.60."],
  ['2025-07-19', 'The EU agreed on Friday to lower the cap to $47.60 from September.'],
  ['2025-07-21', 'Britain said it would also lower its cap to $47.60.'],
  ['2025-09-03', 'From Wednesday, EU operators may not ship Russian crude sold above $47.60.'],
  ['2025-09-05', "The UK's cap of $47.60 took effect on September 2."],
  ['2025-10-01', 'The United States has not lowered its cap from $60.'],
  ['2025-10-01', "The EU's cap is $47.60 while the US cap stays at $60."],
  ['2025-11-01', "Under the EU's dynamic mechanism, the cap will be reviewed every six months."],
  ['2025-12-01', "The EU's cap of $47.60 is due for review in January."],
  ['2025-07-18', 'The 18th package replaces the $60 cap with a lower dynamic one.'],
  ['2025-07-18', "The EU's cap replacing the current $60 will start at $47.60."],
  ['2025-07-18', 'Instead of the $60 cap, EU shippers will follow a cap 15% below market.'],
  ['2022-12-02', 'Poland had pushed for a cap as low as $30.'],
  ['2022-11-25', 'EU states failed to agree on a cap of $65 to $70 proposed by the Commission.'],
  ['2022-11-24', 'The Commission proposed a price cap of $65 per barrel.'],
  ['2025-06-12', 'Sybiha urged the G7 to cut the cap to $30.'],
  ['2025-09-20', 'Zelensky called for a cap of $30.'],
  ['2024-06-24', "The EU's 14th package bans the transshipment of Russian LNG through EU ports after a nine-month transition."],
  ['2024-06-25', 'Russian LNG transshipment through EU ports is prohibited from March 2025.'],
  ['2025-03-26', 'The ban on transshipping Russian LNG in EU ports took effect on Wednesday.'],
  ['2025-10-23', "The EU's 19th package bans imports of Russian LNG from 2027."],
  ['2025-10-23', "The EU's 19th package sanctions Rosneft and Gazprom Neft with a full transaction ban."],
  ['2025-10-23', 'The EU imposed a transaction ban on Rosneft and Gazprom Neft on Thursday.'],
  ['2025-11-01', 'Lukoil is not under an EU transaction ban.'],
  ['2025-10-16', 'Britain sanctioned Rosneft, Lukoil and 44 shadow fleet tankers on Wednesday.'],
  ['2025-10-23', 'The US designated Rosneft and Lukoil and more than 30 of their subsidiaries on Wednesday.'],
  ['2025-10-23', 'Companies have until November 21 to wind down dealings with Rosneft and Lukoil.'],
  ['2025-11-22', 'The wind-down period for Rosneft and Lukoil ended on Friday.'],
  ['2025-11-22', 'Sanctions on Rosneft and Lukoil took full effect on Friday, when the wind-down licences expired.'],
  ['2025-12-05', "Lukoil's stations outside Russia may keep operating under a Treasury licence."],
  ['2025-11-15', 'Lukoil is selling its foreign assets after the US sanctions.'],
  ['2025-10-23', "These are the first sanctions of Trump's second term on Russia."],
  ['2025-10-23', 'It is the first time the US has sanctioned Rosneft and Lukoil directly.'],
  ['2025-01-11', 'It is the first time the US has sanctioned Gazprom Neft and Surgutneftegas directly.'],
  ['2024-11-22', 'The US sanctioned Gazprombank on Thursday.'],
  ['2024-06-13', 'The US expanded secondary sanctions on Wednesday.'],
  ['2022-02-23', 'Biden sanctioned the Nord Stream 2 company and its executives on Wednesday.'],
  ['2022-02-22', 'Scholz halted the certification of Nord Stream 2 on Tuesday.'],
  ['2022-02-28', "The US sanctioned Russia's central bank on Monday."],
  ['2022-02-27', 'The EU, US and UK agreed on Saturday to cut some Russian banks from SWIFT.'],
  ['2022-03-08', 'Biden banned Russian oil imports on Tuesday.'],
  ['2022-06-03', 'The EU adopted its sixth package, with an oil embargo, on Friday.'],
  ['2022-12-05', 'The EU embargo on seaborne Russian crude took effect on Monday.'],
  ['2023-02-05', 'The EU embargo on Russian petroleum products took effect on Sunday.'],
  ['2025-05-20', 'The EU adopted its 17th package on Tuesday.'],
  ['2025-07-18', 'The EU adopted its 18th package on Friday.'],
  ['2025-10-23', 'The EU adopted its 19th package on Thursday.'],
  // deputies and their principals: NATO's deputy secretaries general by their own titles, acting holders, deputy prime
  // ministers and vice chancellors who also hold a ministry, deputies who became principals
  ['2018-04-10', 'Acting Secretary of State John Sullivan spoke on Russia.'],
  ['2018-04-10', "Secretary of State John Sullivan, acting since Tillerson's firing, spoke on Russia."],
  ['2021-06-01', 'NATO Deputy Secretary General Mircea Geoană met the Argentine minister.'],
  ['2024-04-18', "The Secretary General's deputy, Mircea Geoana, met Argentina's defence minister."],
  ['2024-04-18', "Secretary General Jens Stoltenberg and his deputy Mircea Geoana met Argentina's defence minister."],
  ['2024-09-05', 'Mircea Geoană left his post as NATO deputy secretary general to run for president of Romania.'],
  ['2025-02-01', 'Mircea Geoană, a former NATO deputy secretary general, is running for president of Romania.'],
  ['2024-10-01', "Radmila Shekerinska became NATO's deputy secretary general on Tuesday."],
  ['2025-03-01', 'Deputy Secretary General Radmila Shekerinska spoke in Brussels.'],
  ['2025-03-01', "Radmila Shekerinska, the Secretary General's deputy, spoke in Brussels."],
  ['2019-10-17', 'Mircea Geoană succeeded Rose Gottemoeller as deputy secretary general.'],
  ['2016-10-17', "Rose Gottemoeller became NATO's first female deputy secretary general on Monday."],
  ['2016-01-01', "Alexander Vershbow, NATO's deputy secretary general, spoke on Russia."],
  ['2024-05-01', 'Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz spoke in Warsaw.'],
  ['2024-05-01', 'Polish Defence Minister Władysław Kosiniak-Kamysz spoke in Warsaw.'],
  ['2025-08-01', 'Prime Minister Yulia Svyrydenko, formerly first deputy prime minister, met Zelensky.'],
  ['2025-06-01', 'First Deputy Prime Minister Yulia Svyrydenko signed the agreement.'],
  ['2023-06-01', 'First Deputy Prime Minister Yulia Svyrydenko, who is also economy minister, spoke in London.'],
  ['2025-03-01', 'Vice President JD Vance attended the Oval Office meeting.'],
  ['2024-08-01', 'Vice President Kamala Harris became the Democratic nominee.'],
  ['2016-01-20', 'Deputy Secretary of State Antony Blinken met Foreign Minister Pavlo Klimkin.'],
  ['2021-01-27', 'Antony Blinken, a former deputy secretary of state, was sworn in as secretary of state on Tuesday.'],
  ['2021-04-20', 'Wendy Sherman, the deputy secretary of state, was sworn in last week.'],
  ['2024-03-01', 'Kurt Campbell, the deputy secretary of state, spoke in Washington.'],
  ['2022-09-01', 'First Deputy Foreign Minister Emine Dzhaparova spoke at the Crimea Platform.'],
  ['2022-09-01', 'Deputy Foreign Minister Emine Dzhaparova spoke at the Crimea Platform.'],
  ['2024-06-01', 'Deputy Defence Minister Ivan Havryliuk said Ukraine needed air defence.'],
  ['2020-05-01', 'Deputy Chancellor Olaf Scholz presented the budget.'],
  ['2020-05-01', 'Vice Chancellor Olaf Scholz, also finance minister, presented the rescue package.'],
  ['2022-02-01', 'Vice Chancellor Robert Habeck spoke on gas supplies.'],
  ['2025-07-01', 'Vice Chancellor Lars Klingbeil presented the 2026 budget.'],
  ['2024-12-01', "Deputy Prime Minister Antonio Tajani, Italy's foreign minister, spoke in Rome."],
  ['2023-01-01', "Canada's Deputy Prime Minister Chrystia Freeland spoke in Ottawa."],
  ['2025-01-20', 'Chrystia Freeland, who resigned as deputy prime minister last month, is running to lead the Liberals.'],
];

describe('the last true sentences of the round’s classes raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < LAST_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, LAST_SENTENCES.length)}`, () => {
      for (const [asOf, text] of LAST_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
});

const HISTORY_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // first trips and summits as holder, rises to an office, infobox lines (In Power Since, End of Presidency, Term start,
  // Predecessor), terms due to end, extended and ended, appointments by parliament on their weekday
  ['2021-06-14', 'Biden is making his first trip abroad as president.'],
  ['2021-06-14', "It is Biden's first NATO summit as president."],
  ['2025-06-24', "It is Trump's first NATO summit since returning to the White House."],
  ['2025-06-24', 'Trump attends his first NATO summit of his second term.'],
  ['2017-05-25', 'Trump attended his first NATO meeting as president in Brussels on Thursday.'],
  ['2025-06-24', "This is Rutte's first summit as secretary general."],
  ['2014-09-04', "It is Poroshenko's first NATO summit as president."],
  ['2019-12-03', "It is Zelensky's first year in office."],
  ['2025-05-15', "It was Merz's first trip to Kyiv as chancellor on Saturday."],
  ['2025-05-11', 'Merz made his first trip to Kyiv as chancellor on Saturday.'],
  ['2024-07-12', "It was Starmer's first NATO summit as prime minister."],
  ['2022-10-28', 'Sunak spoke to Zelensky for the first time as prime minister on Tuesday.'],
  ['2022-11-20', 'Sunak made his first visit to Kyiv as prime minister on Saturday.'],
  ['2026-01-20', "Rutte's rise to the position of prime minister in 2010 surprised many."],
  ['2024-07-01', "Rutte's rise to the premiership came in 2010."],
  ['2020-01-01', "Stoltenberg's rise to NATO secretary general came in 2014."],
  ['2021-02-01', 'Biden\nIn Power Since January 20, 2021\nPreceded by Donald Trump'],
  [
    '2025-02-01',
    'Joe Biden\nFormer US President who led Western response to Russian invasion of Ukraine\nIn Power Since January 20, 2021\nJanuary 20, 2025 End of Presidency',
  ],
  [
    '2025-02-01',
    'Joe Biden\n46th President of the United States\nIn office January 20, 2021 – January 20, 2025\nPreceded by Donald Trump\nSucceeded by Donald Trump',
  ],
  ['2022-06-01', 'Volodymyr Zelensky\nTerm start: 20 May 2019\nPredecessor: Petro Poroshenko'],
  ['2025-06-01', 'Mark Rutte\nTerm start: 1 October 2024\nPredecessor: Jens Stoltenberg'],
  ['2025-06-01', 'Jens Stoltenberg\nTerm start: 1 October 2014\nTerm end: 1 October 2024\nSuccessor: Mark Rutte'],
  ['2024-06-26', "Stoltenberg's second term was due to end in 2022 but was extended twice."],
  ['2024-06-26', 'After his term expires on October 1, 2024, Stoltenberg will return to Norway.'],
  [
    '2024-06-26',
    'Mark Rutte will replace the current NATO Secretary General, Jens Stoltenberg, after his term expires on October 1, 2024.',
  ],
  ['2023-07-04', "Stoltenberg's term, which was due to expire in October, was extended by a year."],
  ['2022-03-24', "Stoltenberg's term, due to end in September, was extended to 2023."],
  ['2024-05-20', "Zelensky's term was due to end on May 20, 2024."],
  ['2024-05-20', "Zelensky's five-year term ends today, but under martial law he remains president."],
  ['2021-01-20', "Trump's term ended at noon on Wednesday."],
  ['2025-01-20', "Biden's term ended at noon on Monday."],
  ['2024-07-02', "Rutte's term as prime minister ended on Tuesday."],
  ['2021-12-08', "Merkel's 16-year tenure ended on Wednesday."],
  ['2020-03-05', 'The Rada dismissed Honcharuk on Wednesday and appointed Denys Shmyhal.'],
  ['2019-08-29', 'The Verkhovna Rada on Thursday appointed Oleksiy Honcharuk prime minister.'],
  ['2019-08-29', 'Parliament appointed Vadym Prystaiko as foreign minister on Thursday.'],
  ['2020-03-04', 'Dmytro Kuleba was appointed foreign minister on Wednesday.'],
  ['2021-11-05', 'The Rada appointed Oleksii Reznikov defence minister on Thursday.'],
  ['2025-07-17', 'The Rada appointed Yulia Svyrydenko prime minister on Thursday.'],
  ['2024-09-05', 'The Rada appointed Andrii Sybiha foreign minister on Thursday.'],
  ['2023-09-06', 'The Rada appointed Rustem Umerov defence minister on Wednesday.'],
  ['2024-02-08', 'Zelensky appointed Oleksandr Syrskyi commander-in-chief on Thursday.'],
  ['2024-05-12', 'Putin proposed Andrei Belousov as defence minister on Sunday.'],
  ['2024-05-14', 'The Federation Council approved Belousov as defence minister on Tuesday.'],
];

describe('history and reference wordings of tenures raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < HISTORY_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, HISTORY_SENTENCES.length)}`, () => {
      for (const [asOf, text] of HISTORY_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
});

const SINCE_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // 'has been a member since' with a day or a month, in US and European order, of founders (April 1949, the treaty's
  // signing, not its entry into force), of early and later members, told with a pronoun, beside EU membership and
  // candidacies
  ['2024-04-04', 'Denmark has been a member of NATO since April 1949.'],
  ['2024-04-04', 'Norway has been a NATO member since 4 April 1949.'],
  ['2024-04-04', 'The United States has been a NATO member since April 4, 1949.'],
  ['2024-04-04', 'Canada, a founding member, has been a NATO ally since April 1949.'],
  ['2024-04-04', 'Portugal has been a member of the Alliance since 1949.'],
  ['2025-06-01', 'Finland has been a NATO member since April 4, 2023.'],
  ['2025-06-01', 'Montenegro has been a NATO member since 5 June 2017.'],
  ['2025-06-01', 'Hungary has been a NATO member since March 1999.'],
  ['2025-06-01', 'Greece has been a NATO member since February 1952.'],
  ['2025-06-01', 'Turkey has been a member of NATO since 18 February 1952.'],
  ['2025-06-01', 'West Germany has been a NATO member since 6 May 1955.'],
  ['2025-06-01', 'Germany has been a NATO member since May 1955.'],
  ['2024-03-29', 'Slovenia joined with six other countries. The country has been a full member of NATO since 29 March 2004.'],
  ['2024-03-29', 'Lithuania is a small Baltic state. It has been a member of NATO since 29 March 2004.'],
  ['2025-06-01', 'Croatia borders Slovenia. It has been a NATO member since 1 April 2009.'],
  ['2025-06-01', 'Albania is on the Adriatic. The country has been a member of NATO since April 2009.'],
  ['2025-06-01', "Poland is Ukraine's neighbour. It has been a member of the EU since 1 May 2004 and of NATO since 12 March 1999."],
  ['2025-06-01', 'Romania borders Ukraine. It has been a NATO member since 2004 and an EU member since 2007.'],
  ['2025-06-01', 'Bulgaria is on the Black Sea. It has been a member of the EU since 1 January 2007.'],
  ['2025-06-01', 'Montenegro is a small Balkan state. It has been a candidate for EU membership since 2010.'],
  ['2025-06-01', 'Moldova borders Ukraine. It has been an EU candidate since June 2022.'],
  ['2025-06-01', 'Ukraine applied to join NATO in September 2022. It has been an EU candidate since June 2022.'],
  ['2025-06-01', 'Georgia is in the Caucasus. It has been a NATO aspirant since 2008.'],
  ['2025-06-01', 'Austria is neutral. It has been a member of the EU since 1995 but not of NATO.'],
];

const SINCE_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  // https://cov.com/en/news-and-insights/insights/2025/01/new-us-and-uk-sanctions-including-related-to-russias-energy-sector
  [
    '2025-01-22',
    'On January 10, 2025, the U.S. Department of the Treasury and U.S. Department of State intensified sanctions against Russia with new measures targeting Russia\'s energy sector. In addition, OFAC and the U.S. Department of State collectively designated for property-blocking sanctions more than 400 individuals, entities, and vessels from various countries involved in Russia\'s energy sector, including two of Russia\'s most significant oil producers and exporters—Public Joint Stock Company Gazprom Neft ("Gazprom Neft") and Surgutneftegas, along with more than two dozen of their subsidiaries. The designations included more than 180 vessels, many of which are part of Russia\'s "shadow fleet" of vessels involved in the trade of Russian oil.',
  ],
  // https://www.clearytradewatch.com/?p=3531
  [
    '2025-11-20',
    'On October 22, 2025, the U.S. Department of the Treasury, Office of Foreign Assets Control ("OFAC") imposed blocking sanctions on Russia\'s two largest oil producers, Open Joint Stock Company Rosneft Oil Company ("Rosneft") and Public Joint-Stock Company Oil Company Lukoil ("Lukoil"), pursuant to Executive Order 14024. Concurrently, and in the subsequent weeks, OFAC also issued several general licenses authorizing certain transactions with Rosneft, Lukoil, and certain subsidiaries, including negotiations and entry into an agreement for the divestment of certain Lukoil international assets, contingent on OFAC approval. As a result of the designations, Rosneft, Lukoil, and over 30 of their subsidiaries are now included in the list of Specially Designated Nationals and Blocked Persons administered by OFAC.',
  ],
  // https://thevoice.news/biden-administration-enacts-sweeping-sanctions-on-russias-oil-sector-and-shadow-fleet
  [
    '2025-01-11',
    "In a significant escalation of economic measures against Russia, the Biden administration announced on January 10, 2025, what is described as the most severe sanctions yet on Russia's oil and gas industry. As President Joe Biden's term winds down, these sanctions target two of Russia's largest oil companies, Gazprom Neft and Surgutneftegas, alongside a vast network of nearly 200 tankers involved in the \"shadow fleet,\" which Russia has employed to bypass Western sanctions. The move is also seen as an attempt to provide the incoming Trump administration with leverage in any future negotiations with Russia over peace.",
  ],
  // https://eus-prd-44f00f104e3f-xp2-cd.azurewebsites.net/en/publications/the-united-states-and-the-united-kingdom-impose-new-sanctions-against-the-russian-energy-sector
  [
    '2025-01-13',
    'On January 10, 2025, the United States and the United Kingdom imposed additional sanctions against Russia, with a focus on its energy sector. Of note, the newly designated SDNs include Public Joint Stock Company Gazprom Neft ("Gazprom Neft"), Surgutneftegas, the subsidiaries of Gazprom Neft or Surgutneftegas (including Joint Stock Company Surgutneftegasbank ("SNGB")), Ingosstrakh Insurance Company ("Ingosstrakh"), and Alfastrakhovanie Group ("Alfastrakhovanie"). Further, the UK has also designated both Gazprom Neft and Surgutneftegas and issued two related GLs.',
  ],
];

describe('membership told from its day and real pages on the designations raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < SINCE_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, SINCE_SENTENCES.length)}`, () => {
      for (const [asOf, text] of SINCE_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
  it('flags none of the paragraphs', () => {
    for (const [asOf, text] of SINCE_PARAGRAPHS) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  }, 60_000);
});

const THEN_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // then-, ex- and one-time of holders who had left on the page's day, each with the time narrated (Nuland and Sherman
  // in January 2022, Rutte's F-16 pledge, Blinken in Kyiv in September 2024), and tenures told with their years
  ['2025-03-01', 'Then-Under Secretary of State Victoria Nuland said in January 2022 that Nord Stream 2 would not move forward.'],
  ['2025-03-01', 'Victoria Nuland, then the under secretary of state, promised in 2022 that the pipeline would stop.'],
  ['2024-06-01', 'Wendy Sherman, then deputy secretary of state, met Ryabkov in Geneva in January 2022.'],
  ['2025-03-01', 'Then-Deputy Secretary of State Wendy Sherman led the Geneva talks in January 2022.'],
  ['2025-06-01', 'Then-Prime Minister Mark Rutte pledged F-16s to Ukraine in 2023.'],
  ['2025-06-01', 'In 2023, Mark Rutte, then the Dutch prime minister, pledged F-16s.'],
  ['2025-06-01', "Ex-NATO chief Jens Stoltenberg is Norway's finance minister."],
  ['2025-06-01', 'Ex-Prime Minister Mark Rutte now leads NATO.'],
  ['2025-06-01', 'The one-time Dutch leader Mark Rutte now runs NATO.'],
  ['2025-06-01', "One-time NATO chief Anders Fogh Rasmussen backs Ukraine's membership."],
  ['2024-01-01', 'Then-President Trump threatened in 2018 to leave NATO.'],
  ['2025-02-01', 'Then-President Biden approved ATACMS strikes in November.'],
  ['2025-02-01', 'In November, Biden, then the president, allowed Ukraine to use ATACMS inside Russia.'],
  ['2025-08-01', "Then-Defence Minister Rustem Umerov led Ukraine's delegation in Istanbul in May."],
  ['2025-08-01', 'Umerov, then defence minister, led the delegation at the Istanbul talks.'],
  ['2025-03-01', 'Then-Foreign Minister Dmytro Kuleba met Blinken in 2023.'],
  ['2025-03-01', 'The former foreign minister, Dmytro Kuleba, was replaced by Andrii Sybiha in September.'],
  ['2024-01-01', 'Then-Defence Minister Oleksii Reznikov asked allies for F-16s.'],
  ['2025-06-01', 'Then-commander-in-chief Valerii Zaluzhnyi led the 2023 counteroffensive.'],
  ['2025-06-01', 'Then-Chancellor Olaf Scholz refused to send Taurus missiles.'],
  ['2025-06-01', 'Under Scholz, then chancellor, Germany sent Leopard tanks in 2023.'],
  ['2025-06-01', 'Then-Prime Minister Boris Johnson visited Kyiv in April 2022.'],
  ['2025-06-01', 'Then-Secretary of State Antony Blinken visited Kyiv in September 2024.'],
  ['2025-06-01', 'Then-Defense Secretary Lloyd Austin launched the Ukraine Defense Contact Group in 2022.'],
  ['2025-06-01', 'Then-NATO Secretary General Jens Stoltenberg chaired the Vilnius summit.'],
  ['2025-09-01', "Then-Polish President Andrzej Duda welcomed Sweden's accession."],
  ['2025-09-01', "Duda, Poland's president until August, welcomed Trump's re-election."],
  ['2026-01-25', "Mark Rutte, Dutch prime minister from 2010 to 2024 and now NATO's chief, spoke in Davos."],
  ['2026-01-15', "Jens Stoltenberg, NATO's secretary general from 2014 to 2024, is Norway's finance minister."],
];

describe('past holders told with then-, ex-, one-time and their years raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < THEN_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, THEN_SENTENCES.length)}`, () => {
      for (const [asOf, text] of THEN_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
});

const MINISTERS_SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // NATO's foreign and defence ministers' meetings of 2019-2025 told by body, place and weekday, each on one of its days
  // (two-day meetings, the informal dinners of Oslo and Antalya the evening before)
  ['2024-04-05', 'NATO foreign ministers met in Brussels on Wednesday and Thursday.'],
  ['2024-04-04', 'NATO foreign ministers met in Brussels on Thursday to mark the 75th anniversary.'],
  ['2024-04-03', 'NATO foreign ministers began a two-day meeting in Brussels on Wednesday.'],
  ['2025-05-15', 'NATO foreign ministers met in Antalya on Wednesday evening for an informal dinner.'],
  ['2025-05-16', 'NATO foreign ministers met in Antalya on Thursday.'],
  ['2022-11-30', 'NATO foreign ministers met in Bucharest on Tuesday.'],
  ['2022-12-01', 'NATO foreign ministers met in Bucharest on Tuesday and Wednesday.'],
  ['2023-06-01', 'NATO foreign ministers met informally in Oslo on Wednesday evening.'],
  ['2023-06-02', 'NATO foreign ministers met in Oslo on Thursday.'],
  ['2024-05-31', 'NATO foreign ministers met in Prague on Thursday and Friday.'],
  ['2019-04-05', 'NATO foreign ministers met in Washington on Thursday.'],
  ['2025-12-04', 'NATO foreign ministers met in Brussels on Wednesday.'],
  ['2023-04-05', 'NATO foreign ministers met in Brussels on Tuesday as Finland joined.'],
  ['2023-04-06', 'NATO foreign ministers met in Brussels on Wednesday for the second day.'],
  ['2025-06-06', 'NATO defence ministers met in Brussels on Thursday.'],
  ['2024-06-14', 'NATO defence ministers met in Brussels on Thursday.'],
  ['2023-02-15', 'NATO defence ministers met in Brussels on Tuesday.'],
  ['2022-03-16', 'NATO defence ministers met in Brussels on Wednesday.'],
  ['2022-03-04', "NATO foreign ministers met in Brussels on Friday after Russia's invasion."],
  ['2022-04-07', 'NATO foreign ministers met in Brussels on Wednesday and Thursday, joined by Kuleba.'],
];

describe('ministers’ meetings told by their body, place and weekday raise no red flag', () => {
  const RUN = 50;
  for (let from = 0; from < MINISTERS_SENTENCES.length; from += RUN)
    it(`flags none of sentences ${from + 1}-${Math.min(from + RUN, MINISTERS_SENTENCES.length)}`, () => {
      for (const [asOf, text] of MINISTERS_SENTENCES.slice(from, from + RUN)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
});
