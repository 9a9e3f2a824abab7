// Round 40, the lead's precision read: true look-alikes of the round's new red-flag forms (an accession at a time no country
// joined, a member called a partner or outside the alliance, members given one accession time, a country's office it does not
// have, caption lists, term ranges and years in brackets, a holder running again, a former administration at work, a successor's
// start, the invasion's month, the war's year, a summit's relative month, a price cap's year, a package's proposal day, the 5%
// target's deadline) must raise no red flag. A few are loose rather than exact ("Spain's President Pedro Sánchez"): quiet too.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes } from './helpers';

const TRUE_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['2025-03-01', 'Estonia joined the European Union in May 2004. It became a member of the eurozone in 2011.'],
  ['2025-03-01', 'Ukraine applied in 1995, and it became a member of the Council of Europe in November 1995.'],
  ['2025-03-01', 'Georgia has worked with NATO since 1994, when it joined the Partnership for Peace.'],
  ['2025-03-01', 'East Germany ceased to exist in October 1990, and its territory became part of NATO with reunification.'],
  ['2024-05-01', 'Spain was a latecomer: it became a member of the alliance in May 1982.'],
  ['2024-05-01', "North Macedonia waited decades; it finally became NATO's 30th member in March 2020."],
  ['2024-05-01', 'Montenegro defied Moscow, and it became a member of NATO in June 2017.'],
  ['2024-05-01', 'West Germany was rearmed, and it became a NATO member in May 1955.'],
  ['2024-05-01', 'Finland filed in May 2022 and it became a NATO member in April 2023, faster than anyone expected.'],
  ['2024-05-01', "Sweden's bid was blocked by Turkey and Hungary until it became a member in March 2024."],
  [
    '2023-01-10',
    "Ukraine became a member of NATO's Partnership for Peace in 1994 and it became a candidate for the Membership Action Plan talk in 2008.",
  ],
  ['2022-03-01', 'Kosovo declared independence in 2008; it became a member of the IMF in 2009.'],
  ['2025-03-01', 'The country joined the WTO in 2008, and it became a member of the OECD in 2010.'],
  ['2025-06-01', 'Sweden, long a close NATO partner, finally joined the alliance in March 2024.'],
  ['2025-06-01', 'Finland, for decades a NATO partner, became a member in 2023.'],
  ['2022-06-01', 'NATO partners Finland and Sweden applied to join in May.'],
  ['2021-06-01', 'Enhanced Opportunities Partners Finland and Sweden took part in the exercise.'],
  ['2025-01-10', 'In 2022, when Sweden was still a NATO partner, it took part in BALTOPS.'],
  ['2024-10-01', 'The exercise brought together all 32 NATO Allies and partners Ukraine and Georgia.'],
  ['2025-01-10', 'Sweden, a NATO partner until March 2024, now hosts allied troops.'],
  ['2025-01-10', 'Former NATO partner Sweden has become a full ally.'],
  ['2024-12-01', 'Candidate countries such as Ukraine and Georgia were not invited.'],
  ['2025-02-01', 'In 2022 NATO hopefuls Finland and Sweden faced Turkish objections.'],
  ['2025-01-08', "Some 23 of the alliance's 32 members met the 2% target last year."],
  ['2024-06-20', "23 of the alliance's 32 members are expected to meet the 2% target this year."],
  ['2023-07-01', "11 of the alliance's 31 members met the target in 2023."],
  ['2025-01-08', 'NATO estimated that 23 out of 31 allies with armed forces met the 2% target.'],
  ['2025-01-08', "Of the alliance's 32 members, 23 met the 2% goal."],
  [
    '2025-03-06',
    'Finland and Sweden abandoned neutrality after 2022; Finland joined in April 2023 and Sweden followed in March 2024, completing their membership.',
  ],
  ['2025-03-06', 'Following their applications in May 2022, both countries joined the alliance.'],
  ['2025-03-06', 'Finland and Sweden applied together; following their full membership in 2023 and 2024, the alliance grew to 32.'],
  ['2024-04-01', 'Sweden completed its accession in March 2024, a year after Finland; their membership was completed in March 2024.'],
  ['2023-05-01', "Canada's President of the Treasury Board Mona Fortier announced the new rules."],
  ['2024-05-01', "Anita Anand, Canada's Treasury Board President, spoke to reporters."],
  ['2019-05-01', "Luxembourg's Jean-Claude Juncker, the President of the European Commission, attended the summit."],
  ['2019-05-01', "Jean-Claude Juncker, Luxembourg's former prime minister and now President of the European Commission, spoke."],
  ['2024-05-01', "Toyota's president Koji Sato said Japan's carmakers were ready."],
  ['2022-11-16', "Japan's Prime Minister Fumio Kishida met Canada's Prime Minister Justin Trudeau."],
  ['2023-05-01', "Australia's President of the Senate Sue Lines received the delegation."],
  ['2024-05-01', "Canada's Senate president Raymonde Gagné welcomed the speaker."],
  ['2025-05-01', "Spain's President Pedro Sánchez said Spain would not reach 5%."],
  [
    '2019-12-03',
    'Donald Trump President of United States; Emmanuel Macron President of France; Boris Johnson Prime Minister of the United Kingdom.',
  ],
  ['2025-06-01', 'Mark Rutte (prime minister 2010-2024) now leads NATO.'],
  ['2025-06-01', 'Mark Rutte, who led the Netherlands from 2010 until his government collapsed in 2023, now heads NATO.'],
  ['2025-06-01', "Jens Stoltenberg, NATO secretary general from 2014 to 2024, became Norway's finance minister."],
  ['2025-06-01', "Jens Stoltenberg (Norway's prime minister 2005-2013) led NATO for a decade."],
  ['2025-06-01', 'Jens Stoltenberg, prime minister of Norway from 2000 to 2013, is now finance minister.'],
  ['2025-06-01', 'Angela Merkel (chancellor 2005–2021) defended her Russia policy.'],
  ['2025-06-01', 'Boris Johnson (2019–2022) was the first to visit Kyiv.'],
  ['2025-06-01', 'Rishi Sunak (in office 2022-2024) pledged 2.5%.'],
  ['2025-06-01', 'Dmytro Kuleba, foreign minister from 2020 to 2024, wrote a book.'],
  ['2025-06-01', 'Oleksii Reznikov (2021–2023) oversaw the first deliveries.'],
  ['2025-06-01', 'Anders Fogh Rasmussen (secretary general 2009–2014) warned of Russia.'],
  ['2025-06-01', 'Mircea Geoană, deputy secretary general from 2019 to 2024, ran for president.'],
  ['2023-06-01', 'Donald Trump, running again for president, attacked NATO.'],
  ['2023-06-01', 'Joe Biden, running again for president, defended NATO.'],
  ['2025-06-05', 'Trump has floated running again in 2028 despite the two-term limit.'],
  ['2025-06-05', 'Trump, who has mused about running again for a third term, spoke at the rally.'],
  ['2025-06-05', 'Donald Trump, who returned to the White House after running again for president in 2024, met Rutte.'],
  ['2025-10-23', 'The Biden administration has been criticised for the chaotic Afghanistan withdrawal.'],
  ['2025-10-23', 'The Trump administration has reversed much of what the Biden administration has done on Ukraine.'],
  ['2025-10-23', 'Since 2022 the Biden administration has sent Ukraine billions, a policy Trump has questioned.'],
  ['2025-10-23', 'Analysts say the Biden administration has left a legacy of sanctions that Trump kept.'],
  ['2025-10-23', 'The Trump administration has also pressured Asian allies to stop buying Russian oil.'],
  ['2024-06-20', "Rutte will formally take office on October 1, when Stoltenberg's term ends."],
  ['2024-06-20', 'Rutte will take office on October 1 and is expected to hold his first press conference on October 2.'],
  ['2024-09-30', 'Rutte takes office on Tuesday, October 1; he will travel to Kyiv on October 3.'],
  ['2025-05-01', 'Friedrich Merz will be sworn in on May 6.'],
  ['2025-01-10', 'Donald Trump will be sworn in on January 20.'],
  ['2021-12-01', 'Olaf Scholz will take office on December 8.'],
  ['2024-10-02', 'Rutte, who took office on October 1, held his first press conference on October 2.'],
  ['2024-06-01', "Russia's invasion of the Kharkiv region in May 2024 stretched Ukraine's defences."],
  ['2024-09-01', "Ukraine's invasion of Russia's Kursk region in August 2024 surprised Moscow."],
  ['2023-01-01', "Russia's invasion of Crimea in February 2014 was the start of the war."],
  ['2023-01-01', "Russia's invasion of Georgia in August 2008 was a warning."],
  ['2025-03-06', "Sweden and Finland abandoned decades of neutrality over Russia's invasion of Ukraine in May 2022."],
  ['2025-03-06', "Finland and Sweden, alarmed by Russia's invasion of Ukraine, applied to join NATO in May 2022."],
  ['2025-03-06', "Finland, which applied after Russia's invasion of Ukraine in May 2022, joined in 2023."],
  ['2025-03-06', "Russia's invasion of Ukraine, which began in February 2022, entered a new phase in May 2022."],
  ['2025-03-06', "The talks that followed Russia's invasion of Ukraine collapsed in May 2022."],
  ['2025-03-06', "Western sanctions imposed after Russia's invasion of Ukraine were widened in May 2022."],
  ['2025-03-06', "The siege of Mariupol, part of Russia's invasion of Ukraine, ended in May 2022."],
  ['2025-03-06', "Russia's invasion of Ukraine in May 2022 had already displaced millions."],
  ['2025-03-06', "The G7 met to discuss Russia's invasion of Ukraine in May 2022."],
  ['2025-03-06', "Parliament debated Russia's invasion of Ukraine in March 2022 and again in May 2022."],
  ['2024-02-27', 'The war, which entered its third year this week, has killed tens of thousands.'],
  ['2025-02-27', 'The war that entered its fourth year earlier this week shows no sign of ending.'],
  ['2024-02-27', "Russia's war against Ukraine, which began in 2014, entered its 11th year this week."],
  ['2022-02-20', 'The conflict in Donbas, which entered its eighth year this week, has killed 14,000.'],
  ['2025-03-01', 'The Russia-Ukraine war entered its fourth year earlier this week.'],
  ['2025-03-01', 'The sanctions regime entered its third year earlier this week, a year after the 2024 package.'],
  ['2024-02-26', 'The war entered its third year this weekend.'],
  ['2025-03-01', 'Qatar deepened its ties with Washington, and it became a major non-NATO ally in March 2022.'],
  ['2025-03-01', 'Colombia signed the agreement, and it became a Major Non-NATO Ally in May 2022.'],
  ['2025-03-01', 'Kenya hosted the visit; it became a major non-NATO ally in June 2024, the first in sub-Saharan Africa.'],
  ['2025-03-01', 'East Germany was absorbed by the Federal Republic, and it became part of NATO in October 1990.'],
  ['2025-03-01', 'Ukraine joined the NATO Parliamentary Assembly as an associate; it became an associate member in 1992.'],
  [
    '2025-03-01',
    'Sweden joined the Partnership for Peace in 1994, and it became a member of the Enhanced Opportunities Programme in 2014.',
  ],
  ['2025-03-01', 'Ukraine applied in September 2022, and it became a candidate for EU membership in June 2022.'],
  ['2025-03-01', 'Georgia hoped to join, but it became a NATO aspirant in 2008 without a timetable.'],
  ['2025-03-01', 'Bosnia was granted a plan; it became a Membership Action Plan participant in 2010.'],
  ['2025-03-01', 'Finland signed the accession protocol in July 2022; it became a member the following April.'],
  ['2025-03-01', 'Greece and Turkey joined in February 1952; it became a member at the same time as Turkey.'],
  ['2025-03-01', 'The Czech Republic joined in March 1999. It became a member together with Poland and Hungary.'],
  ['2025-03-01', "Ukraine's parliament voted in December 2014 to drop non-aligned status; it became a NATO partner long before."],
  ['2025-03-01', 'The alliance opened a liaison office in Kyiv; it became a NATO partner country in 1994.'],
  ['2025-03-01', 'The country was invited in April 2008 and it became a NATO member in April 2009.'],
  ['2025-03-01', 'It became a NATO member on 1 April 2009, together with Croatia.'],
  ['2025-03-01', 'It officially became a NATO member on 27 March 2020.'],
  ['2025-03-01', 'It officially became a NATO member on 5 June 2017.'],
  ['2025-03-01', 'It officially became a member of the alliance on 29 March 2004.'],
  ['2025-03-01', 'It became a member of the Atlantic alliance in 1949 as a founder.'],
  ['2025-03-01', 'It became a member of NATO when the treaty entered into force in August 1949.'],
  ['2015-06-08', 'Angela Merkel, President of the G7, welcomed the leaders at Elmau.'],
  [
    '2019-12-03',
    'Angela Merkel Chancellor of Germany; Frank-Walter Steinmeier President of Germany; Mark Rutte Prime Minister of the Netherlands.',
  ],
  [
    '2019-12-03',
    'Leaders in the photo: Donald Trump, President of the United States; Boris Johnson, Prime Minister of the United Kingdom; Justin Trudeau, Prime Minister of Canada.',
  ],
  ['2022-11-16', "Canada's president of the Privy Council Dominic LeBlanc joined Trudeau."],
  ['2023-05-01', "Luxembourg's President of the Chamber of Deputies Fernand Etgen visited Kyiv."],
  ['2022-11-16', "Canada's prime minister, Justin Trudeau, and Indonesia's president, Joko Widodo, met in Bali."],
  ['2022-11-16', "Trudeau met Indonesia's president Joko Widodo and Canada's ambassador."],
  ['2024-05-01', "Japan's Emperor Naruhito and the President of Japan's Upper House greeted the guests."],
  ['2023-05-01', "Australia's Prime Minister Anthony Albanese and its Senate President Sue Lines met Zelensky."],
  ['2024-06-24', "Outgoing Dutch prime minister Mark Rutte is set to become NATO's next secretary general."],
  ['2024-06-24', "Caretaker Dutch prime minister Mark Rutte won the race for NATO's top job."],
  ['2024-07-05', 'Former Dutch prime minister Mark Rutte will take over NATO in October.'],
  ['2024-06-24', 'Mark Rutte, the longest-serving Dutch prime minister, will take over NATO.'],
  ['2024-10-02', 'The former Dutch prime minister took over NATO on Tuesday.'],
  ['2025-07-01', 'The former Dutch prime minister and now NATO secretary-general Mark Rutte hosted the summit.'],
  ['2025-07-01', 'Dutch prime minister Dick Schoof and NATO secretary-general Mark Rutte welcomed the leaders.'],
  ['2019-06-01', 'President Trump, who is running for re-election, criticised NATO.'],
  ['2024-03-01', 'President Biden, running again for president, spoke in Brussels.'],
  ['2025-06-05', 'Donald Trump, running for president in 2016, called NATO obsolete.'],
  ['2023-11-14', "Reznikov's replacement, Umerov, visited Washington."],
  ['2025-06-01', 'Zelensky, who won in 2019, says he will run again when elections are held.'],
  ['2024-09-01', 'Orbán, seeking a fifth term in 2026, attacked Brussels.'],
  ['2025-10-23', "The Biden administration's sanctions of 2022 remain in force."],
  ['2025-10-23', 'Sanctions the Biden administration has imposed since 2022 remain largely in place.'],
  ['2025-10-23', 'Much of what the Biden administration has built has been dismantled by Trump.'],
  ['2025-10-23', 'The Biden administration has left office, but its sanctions remain.'],
  ['2025-10-23', 'The Biden administration had also pressured Asian allies in 2023.'],
  ['2025-10-23', 'Under Biden, the administration has also pressured Asian allies, analysts recalled.'],
  ['2025-03-01', "The accession of Finland and Sweden, completed in March 2024, doubled NATO's border with Russia."],
  ['2025-03-01', 'Since the accession of Finland and Sweden in 2023 and 2024, the Baltic is a NATO lake.'],
  ['2025-03-01', 'The accession of Finland and Sweden to NATO in 2023–2024 changed the map.'],
  ['2025-03-01', 'The accession protocols of Finland and Sweden were signed in July 2022.'],
  ['2025-03-01', 'The accession talks of Finland and Sweden in July 2022 took one day.'],
  ['2025-03-01', 'With the accession of Finland and Sweden, NATO by March 2024 had 32 members.'],
  [
    '2025-03-01',
    'The accession of Finland and Sweden to NATO, which was completed in March 2024 when Sweden joined, ended their neutrality.',
  ],
  ['2025-03-01', "Finland's and Sweden's applications to NATO in May 2022 were historic."],
  ['2025-03-01', "Turkey's ratification of the accession of Finland and Sweden in 2023 and 2024 came after long delays."],
  ['2025-03-01', 'The accession of Finland and Sweden was debated at the Madrid summit in June 2022.'],
  ['2025-03-01', 'The accession of Finland and Sweden to NATO was agreed in principle in Madrid in June 2022.'],
  ['2025-03-01', 'Hungary ratified the accession of Finland in March 2023 and of Sweden in February 2024.'],
  ['2025-03-01', 'By March 2024, after the entry of Finland and Sweden into NATO, the alliance had 32 members.'],
  ['2025-03-01', 'The entry of Finland and Sweden into NATO in 2023 and 2024 respectively was a blow to Putin.'],
  ['2025-03-01', 'Finland’s and Sweden’s NATO membership, in 2023 and 2024, respectively, strengthened the north.'],
  ['2025-03-01', 'The invitation to Finland and Sweden in June 2022 was followed by accession.'],
  ['2024-03-08', 'The accession of Finland and Sweden, which ended this month, gives NATO 32 members.'],
  ['2024-03-08', 'The accession of Finland and Sweden to NATO is now complete after Sweden joined in March 2024.'],
  ['2025-03-01', 'The two Nordic countries applied to join NATO in 2022.'],
  ['2025-03-01', 'The two Nordic countries decided to join NATO in 2022 after decades of neutrality.'],
  ['2025-03-01', 'The two Nordic countries moved to join NATO in 2022.'],
  ['2025-03-01', 'Both countries became NATO members in 2023 and 2024.'],
  ['2025-03-01', 'The two Nordic countries joined NATO in 2023 and 2024, respectively.'],
  ['2025-03-01', "The two countries joined NATO's Partnership for Peace in 1994."],
  ['2025-03-01', 'The three Baltic states joined NATO in 2004.'],
  ['2025-03-01', 'The two countries joined NATO in 2009, a decade after the Kosovo war.'],
  ['2025-03-01', 'Both countries became members of NATO in 1952.'],
  ['2025-03-01', 'The two Nordic countries joined NATO exercises in 2022 as partners.'],
  ['2025-03-01', 'Both countries joined the NATO-led KFOR mission in 1999.'],
  ['2025-03-01', "The two countries joined NATO's cyber defence centre in Tallinn in 2022."],
  ['2025-03-01', 'Both countries sought to join NATO in 2022 and succeeded within two years.'],
  ['2021-05-01', 'North Macedonia signed the protocol in 2019; it became the 30th member in 2020.'],
  ['2021-05-01', "The Balkan country became NATO's 30th member in 2020."],
  ['2019-06-01', "Once every ally ratifies, the Balkan country will become NATO's 30th member."],
  ['2023-07-01', 'Sweden, a country that was seeking to join NATO in 2022, now sits at the table.'],
  ['2025-03-01', 'Sweden, a country that was seeking to join NATO in 2022, joined in 2024.'],
  ['2025-03-01', 'Ukraine, a country that is seeking to join NATO, was not invited.'],
  ['2025-03-01', 'Georgia, a country seeking to join NATO, held elections.'],
  ['2025-03-01', 'Sweden, then a country in the process of joining the alliance, hosted the meeting in 2023.'],
  ['2024-06-24', 'Rutte will be the fourth Dutchman to lead NATO.'],
  ['2024-06-24', 'Jens Stoltenberg, the first Norwegian to lead NATO, leaves in October.'],
  ['2024-06-24', "Stoltenberg's mandate, extended for a second time in 2019, ran until 2022."],
  ['2024-06-24', "His term was extended for the third time in March 2022 after Russia's invasion."],
  ['2024-06-24', "Stoltenberg's term was extended four times, most recently in 2023."],
  ['2024-06-24', 'Stoltenberg, whose term was extended again in 2023, will hand over in October.'],
  ['2025-06-01', "Former NATO chief Jens Stoltenberg (2014-2024) is now Norway's finance minister."],
  ['2025-06-01', 'Former chancellor Gerhard Schröder (1998-2005) defended his ties to Moscow.'],
  ['2025-06-01', 'Former president Joe Biden (2021-25) spoke at the event.'],
  ['2025-06-01', 'Former Dutch prime minister Mark Rutte (2010–2024) leads NATO.'],
  ['2025-06-01', 'Former Ukrainian president Petro Poroshenko (2014-2019) was sanctioned.'],
  ['2025-06-01', 'Former German chancellor Helmut Kohl (1930-2017) backed enlargement.'],
  ['2025-06-01', 'Former chancellor Helmut Schmidt (1918–2015) pushed the double-track decision.'],
  ['2025-06-01', 'Former US president Jimmy Carter (1924-2024) died last year.'],
  ['2025-06-01', 'Former German foreign minister Frank-Walter Steinmeier (2013-2017) is now president.'],
  ['2025-06-01', 'Former Czech president Miloš Zeman (2013–2023) praised Putin.'],
  ['2025-06-01', 'Former Norwegian prime minister Jens Stoltenberg (2005-2013) led NATO for ten years.'],
  ['2023-06-01', 'Former president Donald Trump (2017-2021) attacked NATO.'],
  ['2025-06-01', 'Former Hungarian president Katalin Novák (2022–2024) resigned.'],
  ['2025-06-01', 'Former Ukrainian foreign minister Dmytro Kuleba (2020-2024) wrote a book.'],
  ['2025-06-01', 'Former Dutch prime minister Mark Rutte (VVD leader 2006-2023) now leads NATO.'],
  ['2025-06-01', 'Former German chancellor Olaf Scholz (SPD, 2021-2025) lost the election.'],
  ['2025-06-01', 'Former US secretary of state Henry Kissinger (1923-2023) warned of war.'],
  ['2025-06-01', 'Former NATO secretary general Javier Solana (1995-1999) spoke.'],
  ['2025-06-01', 'Former British prime minister Boris Johnson (2019-22) visited Kyiv.'],
  ['2019-05-01', 'Donald Tusk, President of the European Council, met Trump.'],
  ['2015-05-01', 'Joe Biden, Vice President of the United States, visited Kyiv.'],
  ['2023-05-01', 'Karl Nehammer, Chancellor of Austria, spoke.'],
  ['2021-05-01', 'Rishi Sunak, Chancellor of the Exchequer, announced the budget.'],
  ['2025-03-01', "Rachel Reeves, Britain's Chancellor, raised defence spending."],
  ['2023-05-01', 'Jeremy Hunt, Chancellor of the United Kingdom, delivered the budget.'],
  ['2023-05-01', 'Pedro Sánchez, President of the Government of Spain, met Zelensky.'],
  ['2023-05-01', 'Giorgia Meloni, President of the Council of Ministers of Italy, met Zelensky.'],
  ['2022-05-01', 'Mark Rutte, Minister-President of the Netherlands, visited Kyiv.'],
  ['2023-05-01', 'Doug Ford, Premier of Ontario, welcomed the delegation.'],
  ['2023-05-01', 'Humza Yousaf, First Minister of Scotland, backed Ukraine.'],
  ['2023-05-01', 'Markus Söder, Minister-President of Bavaria, met Zelensky.'],
  ['2023-05-01', 'Bärbel Bas, President of the German Bundestag, spoke.'],
  ['2023-05-01', 'Pedro Sánchez, President of Spain, met Zelensky in Kyiv.'],
  ['2023-05-01', 'Roberta Metsola, President of the European Parliament, visited.'],
  [
    '2019-12-03',
    'Justin Trudeau Prime Minister of Canada; Mark Rutte Prime Minister of Netherlands; Pedro Sanchez Acting Prime Minister of Spain; Giuseppe Conte Prime Minister of Italy.',
  ],
  ['2023-05-01', 'Justin Trudeau (Prime Minister of Canada) and Anthony Albanese (Prime Minister of Australia) met.'],
  ['2023-05-01', 'Mary Simon (Governor General of Canada) welcomed Zelensky.'],
  ['2023-05-01', 'Emmanuel Macron (President of France) and Olaf Scholz (German Chancellor) met.'],
  ['2023-05-15', 'The NATO summit in Madrid last June invited Finland and Sweden.'],
  ['2023-05-15', 'The Madrid summit last year adopted a new Strategic Concept.'],
  ['2023-08-15', 'The Vilnius summit last month promised Ukraine a path.'],
  ['2023-05-15', 'The Madrid summit last summer was a turning point.'],
  ['2023-01-15', 'The extraordinary NATO summit in Brussels last March condemned the invasion.'],
  ['2025-03-15', 'The Washington summit last July marked 75 years.'],
  ['2026-01-15', 'The summit in The Hague last June agreed 5% by 2035.'],
  ['2023-10-15', 'The summit in Vilnius earlier this year disappointed Kyiv.'],
  ['2023-05-15', 'Since the Madrid summit, allies met in Brussels last March to review plans.'],
  ['2023-05-15', 'The NATO Innovation Fund, launched at the Madrid summit, made its first investments last March.'],
  ['2023-05-15', 'The foreign ministers who met in Bucharest last November prepared the Vilnius summit.'],
  ['2025-06-10', 'In 2023, the G7 kept the $60 price cap on Russian crude.'],
  ['2025-10-10', 'In 2025, the EU lowered the cap on Russian crude to $47.60.'],
  ['2025-06-10', 'In February 2023, the allies capped Russian diesel at $100 a barrel.'],
  ['2025-06-10', 'In 2023, Western allies enforced the $60 cap more strictly.'],
  ['2025-06-10', 'The $60 cap on Russian crude, introduced in December 2022, has leaked.'],
  ['2025-06-10', 'In 2024, the US sanctioned tankers that breached the $60 cap.'],
  ['2025-06-12', 'Von der Leyen presented the 18th package on June 10.'],
  ['2025-06-12', 'On June 11, von der Leyen defended the 18th package she had proposed a day earlier.'],
  ['2025-06-12', 'Von der Leyen announced on June 11 that she would visit Kyiv; the 18th package was proposed on June 10.'],
  ['2025-06-12', 'EU ambassadors first discussed the 18th package on June 11.'],
  ['2019-05-01', 'Trump demanded that allies spend 2% by 2024, as agreed in Wales.'],
  ['2025-05-21', 'Allies agreed in 2014 to spend 2% of GDP by 2024.'],
  ['2025-05-21', "Trump's demand, first made in late 2024, that allies spend 5% of GDP on defence."],
  ['2025-05-21', 'Trump demanded 5% in January 2025, and allies are expected to agree 5% by 2035.'],
  ['2025-05-21', 'Poland aims to spend 5% of GDP on defence by 2026.'],
  ['2025-05-21', 'Lithuania will spend 5-6% of GDP on defence from 2026.'],
  ['2025-06-24', 'Britain will reach 2.5% of GDP by 2027 and 3.5% by 2035.'],
  ['2025-03-01', 'The war entered its fourth year on Monday.'],
  ['2022-03-01', "Russia's invasion of Ukraine in February 2022 shocked Europe."],
  ['2025-03-01', 'Russia launched its invasion of Ukraine in February 2022.'],
  ['2025-03-01', 'Russia launched its offensive in the Donbas in April 2022.'],
  ['2025-03-01', 'Russia launched its full-scale invasion of Ukraine in 2022.'],
  ['2025-03-01', 'The war launched by Russia in April 2014 in the Donbas has killed thousands.'],
  ['2025-03-01', 'The war launched by Russia in 2014 escalated in 2022.'],
  ['2025-03-01', "Russia launched its invasion of Ukraine's Kharkiv region in May 2024."],
  ['2025-03-01', "Russia's May 2024 invasion of the Kharkiv region failed."],
  ['2025-03-01', "Russia's invasion of Ukraine, in March 2022, was already stalling near Kyiv."],
  ['2025-03-01', "Russia's invasion of Ukraine in March 2022 was entering its third week."],
  ['2025-03-01', 'Russia launched a new invasion push in March 2022 toward Kyiv.'],
  ['2025-03-01', "The sanctions following Russia's invasion of Ukraine in March 2022 targeted oligarchs."],
  ['2025-03-01', "Protests against Russia's invasion of Ukraine in March 2022 filled European squares."],
  ['2025-03-01', "Support for Russia's invasion of Ukraine in March 2022 was high in Russian polls."],
  ['2025-03-01', "A poll on Russia's invasion of Ukraine in April 2022 found most Finns backed NATO membership."],
  ['2024-06-26', 'During his term as the NATO Chief, Rutte is expected to face the challenge of sustaining support for Ukraine.'],
  ['2025-03-01', 'During his time as prime minister, Rutte kept spending low.'],
  ['2023-03-01', 'In her first months as foreign minister, Baerbock visited Kyiv.'],
];

describe('true look-alikes of the round’s new red-flag forms', () => {
  it('raise no red flag', () => {
    for (const [asOf, text] of TRUE_LOOK_ALIKES) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  });
});

describe('a clause between a return and its time owns the time (found in the round-40 read, present before it)', () => {
  it('"returned to the White House after running again for president in 2024" is no start told in 2024', () => {
    const text = 'Donald Trump, who returned to the White House after running again for president in 2024, met Rutte.';
    expect(redQuotes(text, '2025-06-05')).toEqual([]);
    expect(redQuotes('Donald Trump, who returned to the White House in January 2024, met Rutte.', '2025-06-05')).toEqual([
      'Donald Trump, who returned to the White House in January 2024',
    ]);
  });
});

describe('one finding per claim: two readers of the same words give one annotation (engine index.ts dropRepeats)', () => {
  it('"twelve nations signed the treaty" is confirmed once', () => {
    // placenote.info (history-round10.test.ts): member-count-forms.ts and alliance-founding.ts both read it.
    const text =
      'The North Atlantic Treaty was signed on 4 April 1949. The following twelve nations signed the treaty in 1949 and thus became the founding members of NATO.';
    const on = analyze(text, '2024-01-01').filter((a) => a.quote === 'twelve nations signed the treaty');
    expect(on.map((a) => a.verdict)).toEqual(['supported']);
  });
});

describe('a former administration in the present perfect, only as a clause of its own (the lead’s read of tenure-administration.ts)', () => {
  it('keeps a lasting result told in a relative clause quiet and flags the act told as news', () => {
    for (const text of [
      'Much of what the Biden administration has built has been dismantled by Trump.',
      'Sanctions the Biden administration has imposed since 2022 remain largely in place.',
      'An official said that the Biden administration has made progress with Russia.',
      'The Trump administration has reversed much of what the Biden administration has done on Ukraine.',
    ])
      expect(redQuotes(text, '2025-10-23'), text).toEqual([]);
    // held-out 38 ry012 (October 2025)
    expect(
      redQuotes('The Biden administration has also pressured Asian allies, including Japan, to halt Russian energy imports.', '2025-10-23'),
    ).toEqual(['The Biden administration has also pressured']);
    expect(redQuotes('Europe has cut its imports, and the Biden administration has sent new envoys to Tokyo.', '2025-10-23')).toEqual([
      'the Biden administration has sent',
    ]);
  });
});

describe('a package’s proposal day only where the proposal is the act told on that day (the lead’s read of sanction-proposal-day.ts)', () => {
  it('keeps a later act on a package proposed before quiet', () => {
    for (const text of [
      'On June 11, von der Leyen defended the 18th package she had proposed a day earlier.',
      'On June 11, von der Leyen told MEPs in Strasbourg about the 18th package, which the Commission proposed on Tuesday.',
      'Von der Leyen announced on June 11 that she would visit Kyiv; the 18th package was proposed the day before.',
    ])
      expect(redQuotes(text, '2025-06-12'), text).toEqual([]);
    expect(redQuotes('On June 11, European Commission President Ursula von der Leyen presented the 18th package.', '2025-06-12')).toEqual([
      'June 11',
    ]);
  });
});

describe('a term in the office told before the name is that term’s (held-out 39 sl003, mended after its end score)', () => {
  it('keeps a title in "during his term as TITLE, NAME" quiet, past or ahead', () => {
    // sl003 (Outlook India, 26 June 2024, the day Rutte was appointed; he took office on 1 October 2024)
    expect(
      redQuotes(
        'During his term as the NATO Chief, Rutte is expected to face the challenge of sustaining support for Ukraine.',
        '2024-06-26',
      ),
    ).toEqual([]);
    // The same sentence after the page has named him in full, as sl003's page does: the bare surname is then his.
    expect(
      redQuotes(
        'Dutch Prime Minister Mark Rutte was appointed NATO chief on Wednesday. During his term as the NATO Chief, Rutte is expected to face the challenge of sustaining support for Ukraine.',
        '2024-06-26',
      ),
    ).toEqual([]);
    expect(redQuotes('During his time as prime minister, Mark Rutte kept defence spending low.', '2025-03-01')).toEqual([]);
    expect(redQuotes('NATO Secretary General, Jens Stoltenberg, said allies must do more.', '2025-06-01')).toEqual([
      'NATO Secretary General, Jens Stoltenberg',
    ]);
  });
});
