// Round 47, the precision read: true sentences (from real pages where a URL is given, and variants of them) that look like
// what this round's readers flag: founding counts ("ten European countries, the United States and Canada", "one of a dozen
// foreign ministers" on 4 April 1949, the Brussels Treaty's five), founders and key members in lists ("key members such as
// Britain, France and Germany"), the newest member by the page's date (Finland in 2023, Sweden in 2024-2026) and by its
// ordinal, rounds of enlargement told by year or ordinal beside the EU's and the EC's enlargements of the same countries,
// "joined this year / last year" of NATO and of other schemes (PURL, the Sky Shield), the Hague target's parts told loosely
// ("3.5% on core defence and 1.5% on resilience", "35% of Spain's budget", "15% of the budget on equipment"), the 2% as the
// earlier goal, counts of allies at 2% by year, "former president" and "As former President" of past holders, the Biden
// administration's acts of 2021-2025 told in the past, "if Trump returns to office" in 2023-2024, generals' ranks (Cavoli,
// Grynkewich, Breedlove), tenure starts told right, meetings by weekday and date (the Oval Office meeting of Friday 28
// February 2025 and its announcement on Wednesday 26 February, the White House meetings of 18 August and 17 October 2025),
// designations and executive orders with their days (10 January 2025, 22 October 2025, EO 14024 of 15 April 2021), OFAC's
// actions by date. None may raise a red flag; each is dated to a day it is true on. Real pages carry their URL.
import { describe, expect, it } from 'vitest';
import { itFlagsNoneInRuns, redFlags } from './helpers';

const FOUNDING_AND_NEWEST: ReadonlyArray<readonly [string, string]> = [
  // founding counts, founders and key members, the newest member by date, accessions told as this or last year beside EU accessions and partnerships
  ['2019-04-04', 'NATO was founded on 4 April 1949 by ten European countries, the United States and Canada.'],
  ['2019-04-04', 'Seventy years ago today, the foreign ministers of 12 countries signed the North Atlantic Treaty in Washington.'],
  ['2024-04-04', 'Dean Acheson was one of a dozen foreign ministers who signed the treaty in Washington on 4 April 1949.'],
  ['2024-04-04', 'The alliance was created in 1949 by the United States, Canada and ten Western European nations.'],
  ['2022-05-18', 'NATO began with 12 members in 1949 and now has 30.'],
  ['2023-04-04', "Finland became NATO's 31st member on Tuesday, 74 years after the 12 founders signed the treaty."],
  ['2017-04-04', 'On April 4, 1949, twelve nations signed the North Atlantic Treaty.'],
  [
    '2018-03-17',
    'The Brussels Treaty was signed by five countries - Britain, France, Belgium, the Netherlands and Luxembourg - on 17 March 1948.',
  ],
  ['2023-03-17', 'Britain, France and the three Benelux countries signed the Treaty of Brussels 75 years ago.'],
  [
    '2019-04-04',
    'The twelve founding members were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.',
  ],
  ['2024-04-04', 'Canada signed the North Atlantic Treaty along with 11 other nations in 1949.'],
  ['2024-04-04', 'Canada was one of the 12 founding members of NATO.'],
  ['2024-04-04', 'Norway, a founding member, has shared a border with Russia since 1949.'],
  ['2022-06-29', 'Key members such as Britain, France and Germany back Ukraine.'],
  ['2023-07-11', 'Key allies including Germany, France and Britain pledged more air defence.'],
  ['2024-07-10', 'Major European members such as Germany, France and Poland have raised spending.'],
  ['2025-06-24', 'Big European allies such as Germany, Britain and France agreed to the new target.'],
  ['2022-02-25', 'Western powers such as Britain, France and Germany imposed sanctions.'],
  ['2023-04-05', "Finland, NATO's newest member, shares a 1,340-kilometre border with Russia."],
  ['2023-09-01', 'Finland, the newest member of the alliance, hosted NATO exercises.'],
  ['2023-12-01', "As NATO's newest member, Finland is still awaiting Sweden."],
  ['2024-03-08', "Sweden became NATO's newest member on Thursday."],
  ['2024-07-10', "Sweden, NATO's newest member, attended its first summit in Washington."],
  ['2025-06-24', "Sweden, the alliance's newest member, joined in March 2024."],
  ['2026-01-15', "Sweden, NATO's newest member, is raising its defence budget."],
  ['2025-06-25', "Finland and Sweden, NATO's two newest members, border the Baltic Sea."],
  ['2024-04-04', "NATO's two newest members, Finland and Sweden, joined in 2023 and 2024."],
  ['2024-03-07', 'Sweden became the 32nd member of NATO on Thursday.'],
  ['2023-04-04', 'Finland became the 31st member of the alliance on Tuesday.'],
  ['2017-06-05', "Montenegro became NATO's 29th member on Monday."],
  ['2020-03-27', 'North Macedonia became the 30th member of NATO on Friday.'],
  ['2020-04-01', 'North Macedonia, the newest member of NATO, joined last week.'],
  ['2018-07-11', "Montenegro, NATO's newest member, joined last year."],
  ['2023-06-01', 'Finland joined NATO this year, and Sweden hopes to follow.'],
  ['2024-06-01', 'Finland joined NATO last year and Sweden this year.'],
  ['2025-03-07', 'Sweden joined NATO a year ago, and Finland the year before.'],
  ['2025-02-01', 'Sweden joined NATO last year.'],
  ['2024-11-01', 'Sweden joined the alliance this year, ending two centuries of neutrality.'],
  ['2023-01-15', 'Croatia joined the euro and the Schengen area this year.'],
  ['2025-01-15', 'Bulgaria and Romania joined the Schengen area fully this year.'],
  ['2024-03-31', 'Bulgaria and Romania joined Schengen by air and sea this year.'],
  ['2026-01-10', 'Bulgaria joined the euro this year.'],
  ['2013-07-01', 'Croatia joined the European Union on Monday.'],
  ['2014-05-01', 'Croatia joined the EU last year and NATO in 2009.'],
  ['2007-01-05', 'Bulgaria and Romania joined the European Union this year.'],
  ['2019-05-01', 'Poland joined NATO in 1999 and the EU in 2004.'],
  ['2024-05-01', 'Twenty years ago, ten countries joined the European Union.'],
  ['2024-03-29', 'Twenty years ago, seven countries joined NATO in its biggest enlargement.'],
  ['2024-03-29', "The 2004 enlargement, the largest in NATO's history, brought in seven countries."],
  ['2019-03-12', "Twenty years ago, Poland, Hungary and the Czech Republic became NATO's first former Warsaw Pact members."],
  ['2019-03-12', 'The 1999 enlargement was the first since the end of the Cold War.'],
  ['2024-03-29', 'The 2004 round was the second enlargement after the Cold War.'],
  ['2024-03-29', "The EU's fifth enlargement in 2004 brought in ten countries."],
  ['2015-01-01', 'Finland and Sweden joined the European Union in 1995.'],
  ['2020-01-01', 'Austria, Finland and Sweden joined the EU in its fourth enlargement in 1995.'],
  ['2022-05-18', "Finland and Sweden joined NATO's Partnership for Peace in 1994."],
  ['2022-05-18', 'Finland and Sweden applied to join NATO on Wednesday.'],
  ['2022-07-05', 'Allies signed the accession protocols for Finland and Sweden on Tuesday.'],
  ['2022-06-29', 'NATO invited Finland and Sweden to join at the Madrid summit on Wednesday.'],
  ['2022-06-30', 'Finland and Sweden were invited to join this week.'],
  ['2009-04-01', 'Albania and Croatia joined NATO on Wednesday.'],
  ['2016-05-19', 'Montenegro signed its accession protocol on Thursday.'],
  ['2019-02-06', 'North Macedonia signed its accession protocol on Wednesday.'],
  ['2020-10-03', 'Germany reunified 30 years ago, and the former East Germany became part of NATO.'],
  ['2019-04-01', "France returned to NATO's integrated command in 2009."],
  ['2019-04-01', "France left NATO's integrated military command in 1966 and returned in 2009."],
  ['2022-02-28', 'Ukraine applied to join the European Union on Monday.'],
  ['2022-06-23', 'The EU granted Ukraine and Moldova candidate status on Thursday.'],
  ['2023-12-14', 'EU leaders agreed on Thursday to open accession talks with Ukraine and Moldova.'],
  ['2023-12-14', 'The EU granted Georgia candidate status on Thursday.'],
  ['2022-12-15', 'Bosnia and Herzegovina became an EU candidate on Thursday.'],
  ['2024-06-25', 'The EU opened accession talks with Ukraine on Tuesday.'],
  ['2022-09-30', 'Ukraine applied for fast-track NATO membership on Friday.'],
  ['2015-01-01', 'Greece and Turkey joined NATO in 1952, and West Germany in 1955.'],
  ['2022-05-30', 'Spain joined NATO 40 years ago today.'],
  ['2022-05-30', "Spain joined the alliance in 1982, seven years after Franco's death."],
  ['2025-05-06', 'West Germany joined NATO 70 years ago.'],
  ['2022-02-18', 'Greece and Turkey joined the alliance 70 years ago today.'],
  ['2019-03-29', 'Fifteen years ago, the Baltic states joined NATO.'],
  ['2024-03-29', 'Estonia, Latvia and Lithuania joined NATO 20 years ago.'],
  ['2019-06-05', 'Montenegro joined NATO two years ago.'],
  ['2021-03-27', 'North Macedonia joined NATO a year ago.'],
  ['2023-06-01', 'NATO is headquartered in Brussels. The EU, also based there, has 27 countries as its members.'],
  ['2023-06-01', 'NATO is headquartered in Brussels. The city also hosts the European Union, which has 27 countries as its members.'],
  ['2023-06-01', 'NATO is headquartered in Brussels. It currently has 31 countries as its members.'],
  ['2022-08-01', 'NATO is headquartered in Brussels. It currently has 30 countries as its members.'],
  ['2024-06-01', 'NATO is based in Brussels. The alliance counts 32 countries as its members and Ukraine as a partner.'],
  ['2023-06-01', 'NATO is headquartered in Brussels. The Council of Europe has 46 countries as its members.'],
  ['2023-06-01', 'NATO held a summit in Vilnius. The OSCE has 57 countries as its members, including Russia.'],
  ['2023-06-01', 'NATO works with the EU. The bloc has 27 countries as its members.'],
  ['2024-06-01', 'NATO leaders met in Washington. The G7 has seven countries as its members.'],
  ['2024-06-01', 'NATO leaders met in Washington. The Ramstein group has about 50 countries as its members.'],
  ['2025-02-01', 'NATO backs Ukraine. The coalition of the willing has some 30 countries as its members.'],
  ['2019-06-01', 'NATO was founded in 1949. It had 12 countries as its members at the start.'],
  ['2019-06-01', 'NATO was founded in 1949. It had 12 countries as its founding members.'],
];

describe('founding counts, key members, the newest member and accessions told loosely raise no red flag', () => {
  itFlagsNoneInRuns(FOUNDING_AND_NEWEST);
});

const ROUNDS: ReadonlyArray<readonly [string, string]> = [
  // rounds of enlargement told by year, ordinal or date with their countries (NATO's numbering and others), EU and EC enlargements of the same countries
  ['2016-06-01', 'The fourth enlargement on 12 March 1999 added the Czech Republic, Hungary and Poland to NATO.'],
  ['2016-06-01', "In 2004, NATO's fifth enlargement brought in Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia."],
  ['2019-03-12', 'The 1999 enlargement brought in Poland, Hungary and the Czech Republic.'],
  ['2024-05-01', 'Both NATO and the EU expanded east. The 2007 enlargement brought in Bulgaria and Romania.'],
  ['2024-05-01', "NATO took in Croatia in 2009. The 2013 enlargement brought in Croatia as the EU's 28th member."],
  ['2024-05-01', 'Bulgaria and Romania joined NATO in 2004. The 2007 enlargement added Bulgaria and Romania to the European Union.'],
  [
    '2024-05-01',
    'NATO and the EU both grew in the 2000s. The 2007 enlargement, with Bulgaria and Romania joining, completed the fifth round.',
  ],
  ['2020-10-03', 'In 1990, NATO had its first post-Cold War expansion, when East Germany joined as part of a reunified Germany.'],
  ['2020-10-03', "NATO's 1990 expansion came when East Germany joined the alliance through reunification."],
  ['2019-06-01', 'In 1955 NATO saw its second enlargement, with West Germany joining.'],
  ['2019-06-01', 'The second enlargement was on 6 May 1955, when West Germany joined.'],
  ['2019-06-01', 'The second enlargement was on 9 May 1955, when West Germany joined.'],
  ['2019-06-01', 'The third expansion took place on 30 May 1982, with Spain becoming a member.'],
  ['2019-06-01', 'The sixth enlargement took place on 1 April 2009, adding Albania and Croatia.'],
  ['2019-06-01', "In 2009, the alliance's sixth enlargement brought in Albania and Croatia."],
  ['2022-01-01', "NATO's enlargement agreed at Madrid in 1997 brought in Poland, Hungary and the Czech Republic in 1999."],
  ['2022-01-01', "NATO's expansion, decided at the 1997 Madrid summit, included Poland, Hungary and the Czech Republic."],
  [
    '2022-01-01',
    "In 2002, NATO's biggest enlargement was launched at the Prague summit, inviting Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.",
  ],
  [
    '2022-01-01',
    'In 2002, NATO launched its largest enlargement, which brought in Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia two years later.',
  ],
  ['2023-01-01', 'NATO invited Albania and Croatia in 2008, and the enlargement brought them in the next year.'],
  ['2023-04-04', 'The enlargement in 2023 saw Finland join, and Sweden followed in 2024.'],
  ['2024-03-07', "NATO's latest enlargement in 2024 brought in Sweden."],
  ['2024-03-07', "NATO's 2023 enlargement brought in Finland."],
  ['2024-03-07', "NATO's 2024 expansion added Sweden, a year after Finland."],
  ['2022-05-18', "NATO's 2004 enlargement, which included the three Baltic states, angered Moscow."],
  ['2022-05-18', 'The 2004 expansion of NATO, which brought in Estonia, Latvia and Lithuania, angered Moscow.'],
  ['2024-05-01', "The EU's 2004 enlargement brought in Poland, Hungary, the Czech Republic, Slovakia, Slovenia and the Baltic states."],
  ['2024-05-01', "On 1 May 2004, the EU's largest enlargement brought in ten countries, including Poland, Estonia, Latvia and Lithuania."],
  ['2024-05-01', 'NATO expanded in March 2004. The enlargement of 1 May 2004 added Estonia, Latvia and Lithuania to the European Union.'],
  ['2019-03-12', 'In 1999, the first enlargement after the Cold War, Poland, Hungary and the Czech Republic joined NATO.'],
  ['2018-07-01', "In 1981 the EC's second enlargement added Greece, a NATO member since 1952."],
  ['2018-07-01', "NATO took in Spain in 1982. In 1986 the EC's third enlargement brought in Spain and Portugal."],
  ['2018-07-01', 'NATO took in Spain in 1982. In 1986 the third enlargement brought in Spain and Portugal.'],
  ['2017-06-05', "The enlargement on Monday brought in Montenegro as NATO's 29th member."],
  ['2020-03-27', "NATO's enlargement on Friday added North Macedonia."],
  ['2023-07-01', 'Finland joined NATO in April. The 1995 enlargement brought in Finland and Sweden.'],
  [
    '2023-07-01',
    'NATO took in Bulgaria and Romania in 2004. In 2007, the fifth enlargement was completed with Bulgaria and Romania joining.',
  ],
  ['2023-07-01', 'NATO took in Croatia in 2009. Croatia joined the bloc in the 2013 enlargement.'],
  ['2024-01-01', "NATO's eastward push angered Moscow. In 1990 the enlargement of the Federal Republic added the former East Germany."],
  [
    '2024-04-04',
    'NATO was founded in 1949 by the United States, Canada, Britain, France and eight other countries; West Germany joined in 1955.',
  ],
  ['2024-04-04', 'Founded in 1949 by the US, Canada, Britain and France among others, NATO now includes Germany.'],
  ['2024-04-04', 'NATO was founded in 1949 by the United States, Canada, Britain, France and others, and Germany joined six years later.'],
  ['2024-04-04', 'The founding members of NATO included the United States, Canada, Britain and France; Germany and Turkey joined later.'],
  ['2024-04-04', 'NATO was founded in 1949 by the United States, Canada, Britain, France, Italy and seven others.'],
  ['2024-04-04', 'The United States, Britain and France founded NATO in 1949 with Canada, Italy and seven more.'],
  ['2022-08-01', 'Canada, the United States and ten Western European countries established NATO on April 4, 1949 in Washington.'],
  ['2022-08-01', 'Britain, France, Italy and the Benelux countries were among the founders of NATO in 1949; Germany was not.'],
  ['2022-08-01', "Key members such as Britain, France and Germany lead NATO's European pillar."],
  ['2022-08-01', "Western European countries (Britain, France, Germany) lead Europe's support for Ukraine within NATO."],
  ['2022-08-01', "NATO's biggest European members (Britain, France, Germany) spend the most on defence."],
  ['2024-07-01', "NATO's European heavyweights - Britain, France and Germany - back Ukraine."],
  ['2023-07-01', 'NATO now has 31 members. Finland joined this year.'],
  ['2024-07-01', 'NATO now has 32 members. Sweden joined this year and Finland last year.'],
  ['2025-07-01', 'NATO now has 32 members. Sweden joined last year.'],
  ['2024-07-01', 'The alliance has grown to 32 members, with Sweden, which became a member this year.'],
  ['2024-07-08', 'In 10 rounds of expansion, NATO has enlarged itself to 32 members, including Sweden, which joined in March.'],
  ['2024-03-29', 'The enlargement of 29 March 2004 brought in Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.'],
  [
    '2024-04-02',
    'The fifth enlargement was celebrated on 2 April 2004, with the flags of Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia raised in Brussels.',
  ],
  ['2024-04-02', 'On 2 April 2004, NATO held a flag-raising ceremony for its seven new members after the enlargement of 29 March.'],
  ['2024-03-12', "NATO's tenth enlargement was marked on 11 March 2024, when Sweden's flag was raised in Brussels."],
  ['2024-03-12', 'The tenth enlargement took place on 7 March 2024, with Sweden joining.'],
  ['2023-04-05', 'The ninth enlargement took place on 4 April 2023, with Finland joining.'],
  ['2020-03-28', "NATO's eighth enlargement took place on 27 March 2020, when North Macedonia joined."],
  ['2017-06-06', 'The seventh enlargement took place on 5 June 2017, when Montenegro joined.'],
  ['2019-06-01', "NATO's enlargement of 9 May 1955, when West Germany joined, was marked with a flag ceremony in Paris."],
  ['2022-02-18', 'The first enlargement, on 18 February 1952, brought in Greece and Turkey.'],
  ['2022-02-18', 'In 1952 NATO had its first enlargement, with Greece and Turkey joining.'],
  ['2023-05-01', "The 2023 enlargement, with Finland joining, doubled NATO's border with Russia."],
  ['2024-05-01', "The 2023-24 enlargement, with Finland and Sweden joining, doubled NATO's land border with Russia."],
  ['2024-05-01', "NATO's enlargement of 2023 and 2024, with Finland and Sweden joining, changed the Baltic."],
  ['2022-06-01', "In 2022, NATO's expansion began with Finland and Sweden applying to join."],
  ['2019-03-12', "In 1999, NATO's first post-Cold War enlargement brought in the Czech Republic, Hungary and Poland."],
  ['2019-03-12', 'The 1999 expansion of NATO, with the Czech Republic, Hungary and Poland joining, was agreed in 1997.'],
  ['2024-03-29', "The 2004 expansion, with seven countries joining, was NATO's largest."],
  ['2024-03-29', 'The big bang enlargement of 2004, with Bulgaria and Romania joining among seven, angered Moscow.'],
  ['2019-01-01', 'In 1982, the third enlargement brought in Spain.'],
  ['2020-01-01', 'In 1990, the alliance saw its first post-Cold War enlargement, with Germany reunified.'],
];

describe('rounds of enlargement and the EU’s enlargements of the same countries raise no red flag', () => {
  itFlagsNoneInRuns(ROUNDS);
});

const FOUNDING_DAY_AND_AS_FORMER: ReadonlyArray<readonly [string, string]> = [
  // the signing of 4 April 1949 told by counts of signers; "As former TITLE" of past holders
  ['2024-04-04', 'On 4 April 1949, the US, Canada and ten European countries met in Washington to sign the treaty.'],
  ['2024-04-04', 'On April 4, 1949, the United States, Canada and 10 Western European nations met in Washington, DC.'],
  ['2024-04-04', 'On April 4, 1949, the United States, Canada and 10 other nations met in Washington to sign the North Atlantic Treaty.'],
  ['2024-04-04', 'On 4 April 1949, foreign ministers from 12 countries gathered in Washington.'],
  ['2024-04-04', 'Acheson was one of the 12 foreign ministers who signed the North Atlantic Treaty on April 4, 1949.'],
  ['2024-04-04', 'Lester Pearson was one of a dozen foreign ministers in Washington on 4 April 1949.'],
  ['2024-04-04', 'On April 4, 1949, Canada signed the North Atlantic Treaty along with 11 other nations.'],
  ['2024-04-04', 'In 1949, the United States signed the North Atlantic Treaty along with 11 other countries.'],
  ['2024-04-04', 'Norway signed the North Atlantic Treaty in 1949 along with eleven other countries.'],
  ['2024-04-04', '4 April 1949: Twelve countries come together to form NATO.'],
  ['2024-04-04', '4 April 1949: Ten European countries came together with the United States and Canada to form NATO.'],
  ['2024-04-04', 'On 4 April 1949, ten European countries joined the US and Canada in signing the treaty.'],
  ['2024-04-04', 'On 4 April 1949, ten Western European countries, the US and Canada signed the North Atlantic Treaty.'],
  ['2024-04-04', 'Ten European countries, the United States and Canada signed the treaty on 4 April 1949.'],
  ['2019-05-05', 'On 5 May 1949, ten countries signed the Treaty of London creating the Council of Europe.'],
  ['2024-04-04', 'The Brussels Treaty powers - five countries - were among the 12 that signed on 4 April 1949.'],
  ['2024-04-04', 'Italy was one of 12 signatories on April 4, 1949, though it was not in the Brussels Pact.'],
  ['2024-04-04', 'Greece signed its accession protocol in 1951 along with Turkey.'],
  [
    '2024-04-04',
    'On 4 April 1949, the treaty was signed by the foreign ministers of 12 countries, among them five that had signed the Brussels Treaty.',
  ],
  [
    '2024-04-04',
    'On 4 April 1949, representatives of the five Brussels Treaty countries met their American, Canadian and other counterparts in Washington.',
  ],
  ['2024-04-04', 'The North Atlantic Treaty was signed on April 4, 1949, and entered into force on August 24, 1949.'],
  ['2024-04-04', 'On 4 April 1949, the US, Canada and 10 European nations met in Washington; Greece and Turkey followed in 1952.'],
  ['2019-04-04', 'Seventy years after 4 April 1949, NATO has grown from 12 to 29 members.'],
  ['2024-04-04', 'Seventy-five years after 4 April 1949, NATO has grown from 12 to 32 members.'],
  ['2025-03-01', 'Joe Biden left office in January. As former President, his views on Ukraine still carry weight.'],
  ['2025-03-01', 'Trump attacked Biden over Ukraine on Tuesday. As former president, he has largely stayed silent.'],
  ['2025-03-01', 'Trump criticized Biden again. As former President, he has not responded.'],
  ['2022-03-01', 'Donald Trump spoke at CPAC on Saturday. As former President, he still dominates the Republican Party.'],
  ['2023-06-10', 'Trump was indicted again. As former president, he is entitled to Secret Service protection.'],
  ['2024-10-11', 'Barack Obama campaigned for Harris in Pittsburgh. As former president, he drew large crowds.'],
  ['2022-01-17', 'Petro Poroshenko returned to Kyiv. As former president, he faces treason charges.'],
  ['2024-05-01', 'Dmitry Medvedev posted another threat. As former president, he now serves as deputy chairman of the Security Council.'],
  ['2025-09-01', 'Andrzej Duda left office in August. As former President, he still speaks out on Ukraine.'],
  ['2025-03-01', "Jens Stoltenberg became Norway's finance minister. As former secretary general, he knows NATO's budgets well."],
  ['2025-03-01', 'Mark Rutte leads NATO now. As former Dutch prime minister, he knows Trump well.'],
  ['2025-02-01', 'Kamala Harris moved back to California. As former vice president, she kept a low profile.'],
  ['2025-06-01', 'Zelensky met Trump and Biden at different times. As former president, Biden had promised more aid.'],
  ['2024-11-10', 'Trump won the election. As former and future president, he was briefed by Biden on Wednesday.'],
  ['2021-03-01', 'Donald Trump left office in January. As former president, he kept his Secret Service detail.'],
  ['2020-06-01', "Joe Biden criticised Trump's NATO policy. As former Vice President, he had visited Ukraine six times."],
];

describe('the founding day’s counts and "as former" of past holders raise no red flag', () => {
  itFlagsNoneInRuns(FOUNDING_DAY_AND_AS_FORMER);
});

const FIGURES: ReadonlyArray<readonly [string, string]> = [
  // the Hague target's parts told loosely, shares of budgets, the 2% as the earlier goal, counts of allies at 2% by year
  ['2025-06-25', 'Allies agreed to spend 3.5% on core defence and 1.5% on resilience by 2035.'],
  ['2025-06-25', 'The new target splits into 3.5% of GDP for core defence and up to 1.5% for infrastructure and resilience.'],
  ['2025-06-26', 'NATO members committed to spending 5% of GDP on defence by 2035, including 3.5% on core military needs.'],
  [
    '2025-06-26',
    'Of the 5%, at least 3.5% must go to core defence, and up to 1.5% to critical infrastructure, cyber defence and civil preparedness.',
  ],
  ['2025-06-26', 'The rest, 1.5%, can cover broader security spending such as roads, ports and cyber defence.'],
  ['2025-06-26', 'Allies will review the trajectory of their spending in 2029.'],
  ['2025-06-26', 'The plan foresees a review in 2029.'],
  ['2024-06-17', 'Allies are expected to spend at least 20% of their defence budgets on major equipment.'],
  ['2025-07-01', 'NATO raised its spending target from 2% to 5% of GDP last week.'],
  ['2025-06-26', 'The new goal replaces the earlier 2% target agreed in Wales in 2014.'],
  ['2025-06-26', 'The existing 2% goal dates from 2014.'],
  ['2025-06-20', 'Most allies now meet the existing goal of 2% of GDP.'],
  ['2025-03-01', 'The current 2% target was set in 2014.'],
  ['2024-06-17', 'Twenty-three allies will meet the 2% target this year, NATO said.'],
  ['2024-12-01', "23 of NATO's 32 members are expected to reach the 2% target this year."],
  ['2024-02-14', 'Eighteen allies are expected to meet the 2% target this year, Stoltenberg said.'],
  ['2023-07-07', 'Eleven allies are expected to meet the 2% target this year.'],
  ['2015-01-01', 'Only three allies met the 2% target in 2014.'],
  ['2025-08-28', 'All 32 allies are expected to meet the 2% target this year.'],
  ['2025-06-01', 'Rutte proposed 3.5% on hard defence and 1.5% on related spending.'],
  ['2025-05-20', 'Trump has demanded that allies spend 5% of GDP on defence.'],
  ['2025-01-07', 'Trump said NATO members should spend 5% of GDP on defence.'],
  ['2018-07-12', 'Trump asked allies to spend 4% of GDP on defence.'],
  ['2014-09-05', 'Allies agreed in Wales to move towards spending 2% of GDP on defence within a decade.'],
  ['2023-07-11', 'Allies agreed in Vilnius that 2% of GDP is a floor, not a ceiling.'],
  ['2025-06-26', 'Spain says it can meet its commitments with 2.1% of GDP.'],
  ['2025-06-26', 'Spain secured a flexibility clause on the 5% target.'],
  ['2025-06-26', 'The Hague declaration commits allies to 5% of GDP annually by 2035.'],
  ['2025-06-26', 'The target must be reached within ten years.'],
  ['2025-07-01', 'The US spends about 3.2% of GDP on defence.'],
  ['2025-06-26', 'Poland already spends more than 4% of its GDP on defence.'],
  ['2025-06-26', 'The Baltic states have pledged to spend 5% on defence as early as next year.'],
  ['2025-06-26', 'Germany plans to reach 3.5% by 2029.'],
  [
    '2025-06-26',
    "NATO's guideline asks allies to put 20% of defence spending into equipment; personnel takes about half, and the remaining 15% goes to infrastructure.",
  ],
  ['2025-06-26', 'Allies must spend at least 3.5% of GDP on core defence and a further 1.5% on resilience by 2035.'],
  ['2025-06-26', 'The remaining 1.5% can be allocated to broader defence-related expenditures such as infrastructure.'],
  ['2025-06-26', "Ukraine spends about 35% of its GDP on defence, far above NATO's 5% target."],
  ['2025-06-26', 'The 3.5% for core defence makes up 70% of the new 5% target, and the 1.5% for resilience the other 30%.'],
  ['2025-06-26', 'The Hague target lifts the core part from 2% to 3.5%, an increase of 75%, and adds 1.5% for resilience.'],
  ['2025-06-26', "Italy counts bridges toward the remaining 1.5% for infrastructure under NATO's target."],
  ['2024-03-01', "Finland, NATO's 31st and newest member, borders Russia."],
  ['2023-06-01', "Finland, NATO's 31st and newest member, borders Russia."],
  ['2025-02-01', "Sweden, NATO's 32nd and newest member, patrols the Baltic."],
  ['2025-02-01', "NATO's newest member, its 32nd, is Sweden."],
  ['2024-06-01', "NATO's newest member – the 32nd – is Sweden."],
  ['2023-10-01', "NATO's newest member, its 31st, shares a long border with Russia."],
  ['2025-02-01', "Finland, NATO's 31st member, shares a long border with Russia."],
  ['2018-06-01', 'Croatia joined NATO in 2009. It is the newest member of the EU – the 28th.'],
  ['2019-06-01', 'NATO has 29 members. The newest member of the EU – the 28th – is Croatia, which joined in 2013.'],
  ['2021-06-01', "NATO's newest member, North Macedonia, joined last year as the 30th."],
  ['2020-06-01', "NATO's newest member, its 30th, is North Macedonia."],
  ['2017-07-01', "Montenegro, NATO's 29th and newest member, joined in June."],
  ['2023-05-01', "Finland is NATO's newest member, the 31st, and Sweden is still waiting."],
  ['2025-11-01', "NATO's newest member in 2023 was Finland, the 31st."],
  ['2024-03-07', "Sweden is now NATO's newest member, the 32nd; Finland was the 31st."],
  ['2025-05-01', "Finland, which became NATO's 31st member in 2023, hosted the exercise."],
  ['2024-04-04', "Sweden's flag, the 32nd at NATO headquarters, was raised last month; Finland's, the 31st, a year ago."],
  ['2024-06-17', 'NATO estimates 23 allies will spend 2% this year, up from three in 2014.'],
  ['2024-12-10', "Twenty-three of NATO's 32 members met the 2% target this year."],
  ['2023-07-10', 'Eleven allies are expected to meet the 2% target in 2023, NATO says.'],
  ['2025-08-28', "NATO's latest figures show all allies at 2% or above in 2025."],
  ['2014-09-04', 'Only three allies - the US, Britain and Greece - meet the 2% target.'],
  ['2024-02-14', 'Stoltenberg said 18 allies would meet the 2% target in 2024.'],
  ['2025-03-01', 'Most allies met the 2% target last year.'],
  ['2025-06-26', 'The earlier 2% goal was set at the Wales summit.'],
  ['2025-06-30', 'NATO moved from the existing 2% to 5% of GDP last week.'],
  ['2025-06-26', 'Allies had to spend at least 2% of their GDP on defense under the previous goal.'],
  ['2025-06-26', 'The current spending level of 2% of GDP will more than double.'],
  ['2025-06-26', 'Allies agreed to increase spending gradually to 5% of GDP by 2035.'],
  ['2025-06-26', 'The 5% target must be reached within the next ten years, by 2035.'],
  ['2025-06-26', 'NATO allies have ten years to reach 5%.'],
  ['2025-06-26', 'Spending will be reviewed in 2029 in light of the strategic environment.'],
  ['2019-04-01', 'Allies promised in 2014 to spend 2% of GDP on defence within a decade.'],
  ['2025-03-01', 'Trump criticized NATO members for not fulfilling their promise to spend at least 2% of their GDP on defense.'],
  ['2022-02-27', 'Scholz promised on Sunday that Germany would spend more than 2% of GDP on defence from now on.'],
  ['2024-07-12', "Trudeau promised that Canada would reach NATO's 2% target by 2032."],
  ['2025-06-10', 'Carney promised that Canada would meet the 2% target this fiscal year.'],
  ['2025-09-01', 'Poland has promised to spend nearly 5% of GDP on defence next year.'],
  ['2025-07-01', 'Allies promised at The Hague to spend 5% of GDP on defence by 2035.'],
  ['2025-07-01', 'Spain promised to spend 2.1% of GDP, not 5%.'],
  ['2024-02-12', 'Trump said he had told an ally that broke its promise to pay 2% that he would not protect it.'],
  ['2018-07-12', 'Trump demanded that allies keep their promise of 2% immediately rather than by 2024.'],
  ['2023-07-11', 'Allies promised in Vilnius to spend at least 2% of GDP annually on defence.'],
  ['2024-06-17', 'Germany kept its promise to spend 2% of GDP this year for the first time since 1992.'],
  ['2025-06-26', 'The old promise of 2% of GDP is replaced by 5% by 2035.'],
  ['2016-07-08', 'Only five allies keep the promise to spend 2% of GDP on defence.'],
  ['2025-08-28', "All its members were finally set this year to hit the alliance's defense spending target of 2 percent of GDP."],
  ['2024-06-18', 'Not all of the allies meet the 2% target yet.'],
  ['2023-07-12', 'All the allies have committed to spend at least 2% of GDP annually on defence.'],
  ['2019-04-01', "All of NATO's members agreed in 2014 to move towards 2% by 2024."],
  ['2024-06-18', 'All of the allies bordering Russia spend more than 2% of GDP on defence.'],
  ['2024-06-18', 'All the Baltic states spend more than 2% of GDP on defence.'],
  ['2024-06-18', "All of NATO's eastern flank members now meet the 2% target."],
  ['2023-07-12', 'All allies have now pledged that 2% is a floor, not a ceiling.'],
  ['2025-06-26', 'All allies except Spain signed up to the 5% target.'],
  ['2025-06-26', 'All the allies will have to submit annual plans toward 5%.'],
  ['2024-12-01', 'All the allies must reach 2%, Rutte said, and most already do.'],
  ['2025-03-01', 'All the allies should spend far more than 2%, Rutte said.'],
  ['2018-07-12', 'All allies agreed in Brussels to step up efforts to reach 2%.'],
  ['2022-06-30', 'Not all allies will meet the 2% target this year, Stoltenberg said.'],
];

describe('the Hague target’s parts, budget shares and counts of allies at 2% raise no red flag', () => {
  itFlagsNoneInRuns(FIGURES);
});

const TITLES: ReadonlyArray<readonly [string, string]> = [
  // former presidents, the Biden administration's past acts, Trump's return as a possibility, generals' ranks, tenure starts
  ['2025-03-01', 'Former President Joe Biden had approved the sanctions in January.'],
  ['2025-06-24', 'Former President Biden sent billions in aid to Ukraine.'],
  ['2025-06-24', 'The former president, Joe Biden, rarely speaks in public now.'],
  ['2025-10-23', 'Biden, the former president, had imposed sanctions on Gazprom Neft in January.'],
  ['2021-06-01', 'Former President Trump has criticised NATO allies.'],
  ['2022-03-01', "Former President Donald Trump called Putin's move genius."],
  ['2023-06-01', 'Former President Trump said he would end the war in 24 hours.'],
  ['2024-02-11', 'Former President Donald Trump said he would encourage Russia to do whatever the hell they want.'],
  [
    '2024-02-11',
    'Trump, the former president, said at a rally in Conway, South Carolina, that he would not protect allies that do not pay.',
  ],
  ['2024-07-15', 'Trump, the former president, chose JD Vance as his running mate.'],
  ['2025-01-10', "Former President Barack Obama attended Carter's funeral."],
  ['2016-01-01', 'Former President George W. Bush backed NATO enlargement.'],
  ['2014-03-01', 'Former President Bill Clinton pushed NATO enlargement in the 1990s.'],
  ['2025-10-23', 'The Biden administration imposed sanctions on Gazprom Neft and Surgutneftegas in January.'],
  ['2025-10-23', 'The Biden administration had sanctioned two Russian oil producers in January 2025.'],
  ['2025-10-23', 'Unlike the Biden administration, which sanctioned Gazprom Neft, Trump had avoided new measures until now.'],
  ['2025-03-01', 'The Biden administration imposed sweeping sanctions on Russia after the 2022 invasion.'],
  ['2025-06-01', 'The Biden administration sent more than $60 billion in military aid to Ukraine.'],
  ['2025-10-23', "The Biden administration's sanctions of January 2025 targeted Gazprom Neft and Surgutneftegas."],
  ['2022-04-07', 'The Biden administration imposed sanctions on Alrosa on Thursday.'],
  ['2022-02-24', 'The Biden administration announced new sanctions on Russian banks on Thursday.'],
  ['2024-12-01', 'The Biden administration is rushing to send aid before Trump takes office.'],
  ['2025-01-10', "The Biden administration on Friday imposed its toughest sanctions yet on Russia's oil sector."],
  ['2023-10-01', 'If Trump returns to office, US support for Ukraine could end.'],
  ['2024-03-01', 'Europe is preparing for the possibility that Trump returns to office.'],
  ['2024-06-01', 'If Trump returns to the White House, he may pull back from NATO.'],
  ['2024-10-01', 'Allies fear what happens if Trump returns to power.'],
  ['2024-11-01', "Trump's possible return to office worries European capitals."],
  ['2024-11-07', "Trump's return to office in January worries Kyiv."],
  ['2025-02-01', 'Since Trump returned to office, aid to Ukraine has slowed.'],
  ['2025-06-24', 'Trump returned to office in January.'],
  ['2023-01-01', "General Christopher Cavoli, NATO's Supreme Allied Commander Europe, visited Poland."],
  ['2024-06-01', 'Gen. Christopher Cavoli, the top US general in Europe, said Russia had lost heavily.'],
  ['2025-04-03', 'General Christopher Cavoli told Congress Russia was reconstituting.'],
  ['2025-07-05', "General Alexus Grynkewich took command as NATO's Supreme Allied Commander Europe on Friday."],
  ['2025-09-01', "Gen. Alexus Grynkewich, NATO's supreme allied commander, warned of Russian drones."],
  ['2025-09-01', "US Air Force General Alexus Grynkewich leads NATO's military command."],
  ['2025-06-06', 'Lt. Gen. Alexus Grynkewich was nominated on Thursday to be the next supreme allied commander.'],
  ['2016-03-01', "General Philip Breedlove, NATO's Supreme Allied Commander Europe, said Russia was weaponising migration."],
  ['2015-02-01', "Air Force General Philip Breedlove, NATO's top military commander, spoke in Munich."],
  ['2016-05-04', "General Philip Breedlove handed over NATO's command to General Curtis Scaparrotti on Wednesday."],
  ['2017-01-01', "Gen. Curtis Scaparrotti, NATO's top commander, said Russia was a threat."],
  ['2020-01-01', "Gen. Tod Wolters, NATO's supreme allied commander, spoke in Brussels."],
  ['2023-03-01', "Admiral Rob Bauer, chair of NATO's Military Committee, said allies must produce more."],
  ['2025-02-01', "Admiral Giuseppe Cavo Dragone chairs NATO's Military Committee."],
  ['2024-10-01', 'Mark Rutte took office as NATO secretary general on Tuesday.'],
  ['2025-06-24', 'Rutte, who took office in October 2024, hosts the summit.'],
  ['2025-01-01', "Rutte, who became NATO's secretary general in October, met Trump."],
  ['2025-02-01', 'Rutte has led NATO since October 2024.'],
  ['2025-03-01', 'Mark Rutte, who succeeded Jens Stoltenberg on 1 October 2024, urged more spending.'],
  ['2024-10-01', 'Jens Stoltenberg handed over to Mark Rutte on Tuesday after ten years in office.'],
  ['2024-09-01', "Stoltenberg, NATO's secretary general since 2014, leaves office next month."],
  ['2014-10-01', 'Jens Stoltenberg took office as NATO secretary general on Wednesday.'],
  ['2025-03-01', "Stoltenberg, who led NATO from 2014 to 2024, became Norway's finance minister in February."],
  ['2025-02-04', "Jens Stoltenberg became Norway's finance minister on Tuesday."],
  ['2025-01-20', 'Trump was sworn in for a second term on Monday.'],
  ['2021-01-20', 'Joe Biden was sworn in as president on Wednesday.'],
  ['2024-02-12', "NATO Secretary-General Jens Stoltenberg criticised Trump's remarks."],
  [
    '2024-02-12',
    'The Secretary General, Jens Stoltenberg, said any suggestion that allies will not defend each other undermines security.',
  ],
  ['2024-02-12', 'General Secretary of NATO Jens Stoltenberg said the remarks put soldiers at risk.'],
  ['2024-02-12', "NATO's Secretary General Jens Stoltenberg and its top commander, General Christopher Cavoli, met in Brussels."],
  ['2016-04-01', "General Sir Richard Shirreff, NATO's former deputy supreme allied commander, warned of war with Russia."],
  ['2020-01-01', "Air Chief Marshal Stuart Peach chairs NATO's Military Committee."],
  ['2017-01-01', "General Petr Pavel, chairman of NATO's Military Committee, visited Kyiv."],
  ['2024-01-01', "Czech President Petr Pavel, a retired general, was NATO's top soldier from 2015 to 2018."],
  ['2024-01-01', "Petr Pavel, a former general who chaired NATO's Military Committee, is now Czech president."],
  ['2022-05-01', "General Mark Milley, chairman of the Joint Chiefs of Staff, spoke with Ukraine's commander."],
  ['2023-01-01', "General Valerii Zaluzhnyi, Ukraine's commander-in-chief, asked for more tanks."],
  ['2024-06-01', "Valerii Zaluzhnyi, a former commander-in-chief, is now Ukraine's ambassador to Britain."],
  ['2025-01-01', "General Oleksandr Syrskyi has led Ukraine's armed forces since February 2024."],
  ['2019-03-24', "General Wesley Clark led NATO's air war over Kosovo twenty years ago."],
  ['2022-02-01', "Gen. Philip Breedlove, who retired as NATO's top commander in 2016, urged more arms for Ukraine."],
  ['2023-01-01', "Retired General Ben Hodges, former commander of US Army Europe, predicted Crimea's liberation."],
  ['2025-07-01', 'General Alexus Grynkewich took over US European Command from General Christopher Cavoli on Tuesday.'],
  ['2025-08-01', "Grynkewich, a US Air Force general, became NATO's supreme allied commander in July."],
  ['2025-09-01', "Admiral Giuseppe Cavo Dragone succeeded Admiral Rob Bauer as chair of NATO's Military Committee in January."],
  ['2024-10-01', 'Rutte, who took over from Stoltenberg on 1 October, is a former Dutch prime minister.'],
  ['2025-06-01', 'Rutte, who assumed the role of NATO Secretary-General in October 2024, hosted the summit.'],
  ['2025-01-15', 'Rutte took over as NATO secretary general in 2024.'],
  ['2025-06-01', 'Rutte has been NATO secretary general since 2024.'],
  ['2025-06-01', "Rutte, NATO's chief since October, met Trump."],
  ['2024-11-01', "Rutte, NATO's secretary general since last month, met Trump in Palm Beach."],
  ['2024-12-01', 'Rutte, who has led NATO since October 1, visited Kyiv.'],
  ['2025-04-01', 'Rutte, who took office six months ago, has courted Trump.'],
  ['2014-10-01', 'Jens Stoltenberg, who took office on Wednesday, is a former Norwegian prime minister.'],
  ['2015-03-01', 'Stoltenberg took over as NATO secretary general in October 2014.'],
  ['2020-01-01', 'Stoltenberg has been NATO secretary general since 2014.'],
  ['2025-02-05', "Stoltenberg, who left NATO in October, became Norway's finance minister on Tuesday."],
  ['2025-01-21', 'Trump, who took office on Monday, signed dozens of executive orders.'],
  ['2025-04-29', 'Trump marked 100 days since taking office in January.'],
  ['2021-01-21', 'Biden, who took office on Wednesday, rejoined the Paris agreement.'],
  ['2022-07-01', 'Biden has been president since January 2021.'],
  ['2024-10-01', 'Zelensky has been president since May 2019.'],
  ['2023-05-20', 'Zelensky, who took office on 20 May 2019, marked four years as president.'],
  ['2025-05-20', "Zelensky's five-year term formally ended in May 2024, but elections are suspended under martial law."],
  ['2024-02-08', 'Syrskyi replaced Zaluzhnyi as commander-in-chief on Thursday.'],
  ['2024-09-01', 'Merz leads the CDU; Scholz has been chancellor since December 2021.'],
  ['2025-05-06', 'Friedrich Merz was elected chancellor on Tuesday in a second round.'],
  ['2025-06-01', 'Merz, who took office in May, backs the 5% target.'],
  ['2024-07-05', 'Keir Starmer became prime minister on Friday.'],
  ['2025-02-01', 'Starmer, prime minister since July, will visit Washington.'],
  ['2025-08-06', "Karol Nawrocki was sworn in as Poland's president on Wednesday."],
  ['2025-09-01', "Nawrocki, Poland's president since August, met Trump."],
  ['2024-03-01', "Alexander Stubb took office as Finland's president on Friday."],
  ['2024-06-01', "Stubb, Finland's president since March, backs Ukraine."],
  ['2025-03-01', 'Biden criticized Trump on Tuesday. As former President, he spoke in Chicago.'],
  ['2025-03-01', "Trump spoke about Biden's pardons on Monday. As former President, he has said little."],
  ['2025-03-01', 'Kyiv prepared for a potential Trump administration before the election.'],
  ['2025-03-01', "Zelensky's team courted Trump's circle in 2024 ahead of a potential Trump administration."],
  ['2025-03-01', 'A potential Trump administration decision to lift sanctions would help Moscow.'],
  ['2025-03-01', 'A potential Trump administration deal with Moscow alarms the Baltic states.'],
  ['2025-05-01', 'Some Republicans muse about a possible Trump presidency beyond 2029.'],
  ['2008-10-01', 'Europe welcomes the prospect of an Obama presidency.'],
  ['2025-02-01', 'Europe had long feared a Trump comeback, and it came in January.'],
  ['2025-03-01', "Trump's comeback in January upended NATO's plans."],
  ['2025-03-01', "Since Trump's return to the White House, NATO has raised its spending goal."],
  ['2024-12-01', "Trump's return to the White House on January 20 will test NATO."],
  ['2025-01-05', 'The prospect of Trump returning to power in two weeks weighs on Kyiv.'],
  ['2025-10-24', 'The Biden administration had sanctioned Gazprom Neft and Surgutneftegas in its final days.'],
  ['2025-10-24', 'In its final days, the Biden administration sanctioned Gazprom Neft and Surgutneftegas.'],
  ['2025-01-11', 'On Friday, the Biden administration sanctioned Gazprom Neft and Surgutneftegas.'],
  ['2025-10-24', 'The Trump administration sanctioned Rosneft and Lukoil on Wednesday.'],
  ['2022-04-08', 'On April 7, 2022, the Biden administration sanctioned Alrosa.'],
  ['2025-06-01', 'Since taking office in January, President Trump has pressed allies to spend 5%.'],
  ['2025-06-01', 'Since taking office in October 2024, Secretary General Mark Rutte has courted Trump.'],
  ['2023-06-01', 'Since taking office in May 2019, President Zelensky has survived many crises.'],
  ['2022-06-01', 'Since taking office in January 2021, President Biden has rebuilt ties with allies.'],
  ['2024-08-01', 'Since taking office in July, Prime Minister Keir Starmer has visited Kyiv.'],
  ['2025-09-01', 'Since taking office in May, Chancellor Friedrich Merz has raised defence spending.'],
  ['2023-10-01', 'Trump hopes to regain the White House next year.'],
  ['2024-06-01', 'If Trump regains the presidency, NATO will face pressure.'],
  ['2023-01-05', 'Netanyahu regained power in December.'],
  ['2025-03-01', 'Trump regained the presidency in January.'],
  ['2025-10-24', 'OFAC added Rosneft and Lukoil to the SDN List on Wednesday.'],
  ['2025-01-13', "OFAC's action on Friday added 183 vessels to the SDN List."],
  ['2025-03-01', "The EU's 16th package included an import ban on Russian primary aluminium."],
];

describe('former holders, past administrations, ranks and tenure starts raise no red flag', () => {
  itFlagsNoneInRuns(TITLES);
});

const EVENTS_AND_SANCTIONS: ReadonlyArray<readonly [string, string]> = [
  // meetings told by weekday and date, announcements and arrivals, summits by place and month, designations and executive orders with their days
  ['2025-02-26', 'Trump said on Wednesday that Zelensky would come to Washington on Friday to sign a minerals deal.'],
  ['2025-02-27', 'Trump announced on Wednesday that Zelensky would visit the White House on Friday.'],
  ['2025-02-28', 'Zelensky arrived at the White House on Friday.'],
  ['2025-03-01', 'The Oval Office meeting on Friday ended in a shouting match.'],
  ['2025-03-03', 'The Oval Office clash took place on Friday, February 28.'],
  ['2025-03-05', "Zelensky's Oval Office meeting with Trump and Vance on February 28 collapsed."],
  ['2025-06-01', 'After the February 28 Oval Office meeting, the US briefly paused aid.'],
  ['2025-02-28', "Zelensky arrived in Washington on Thursday evening ahead of Friday's meeting."],
  ['2025-03-01', 'Zelensky was asked to leave the White House on Friday.'],
  ['2025-08-18', 'Trump hosted Zelensky and European leaders at the White House on Monday.'],
  ['2025-08-19', 'European leaders joined Zelensky at the White House on Monday.'],
  ['2025-08-20', 'The White House meeting on August 18 included Macron, Merz, Meloni, Starmer, Stubb, von der Leyen and Rutte.'],
  ['2025-08-16', 'Trump met Putin in Alaska on Friday.'],
  ['2025-08-15', 'Trump and Putin met at a military base in Anchorage on Friday.'],
  ['2025-10-17', 'Trump met Zelensky at the White House on Friday.'],
  ['2025-10-18', 'Zelensky left the White House on Friday without Tomahawks.'],
  ['2025-09-23', 'Trump met Zelensky on the sidelines of the UN General Assembly on Tuesday.'],
  ['2025-06-25', 'Trump met Zelensky at the NATO summit in The Hague on Wednesday.'],
  ['2025-04-27', "Trump and Zelensky met briefly in St Peter's Basilica on Saturday before the Pope's funeral."],
  ['2024-09-26', 'Zelensky met Biden and Harris at the White House on Thursday.'],
  ['2024-09-27', 'Zelensky met Trump at Trump Tower on Friday.'],
  ['2024-12-07', 'Trump met Zelensky in Paris on Saturday at the Elysee Palace.'],
  ['2022-12-21', 'Zelensky met Biden at the White House on Wednesday on his first trip abroad since the invasion.'],
  ['2023-12-12', 'Zelensky met Biden at the White House on Tuesday.'],
  ['2023-09-21', 'Zelensky visited the White House on Thursday.'],
  ['2019-09-25', 'Trump met Zelensky in New York on Wednesday.'],
  ['2025-06-24', 'The NATO summit in The Hague opens on Tuesday.'],
  ['2025-06-25', 'NATO leaders met in The Hague on Wednesday.'],
  ['2025-06-01', 'The NATO summit in the Netherlands is set for June 24-25.'],
  ['2025-05-15', 'Allies are preparing for the June summit in The Hague.'],
  ['2023-02-01', 'The summit in Vilnius, Lithuania, in the summer will discuss Ukraine.'],
  ['2023-07-11', 'NATO leaders gathered in Lithuania on Tuesday.'],
  ['2024-07-10', "NATO's 75th anniversary summit opened in Washington on Tuesday."],
  ['2022-06-29', 'NATO leaders met in Madrid on Wednesday.'],
  ['2025-11-28', 'NATO foreign ministers will meet in Brussels on December 3.'],
  ['2025-12-03', 'NATO foreign ministers met in Brussels on Wednesday.'],
  ['2026-02-01', 'The next NATO summit will be held in Ankara in July.'],
  ['2025-01-10', 'The Treasury sanctioned Gazprom Neft and Surgutneftegas on Friday.'],
  ['2025-01-11', 'The US and UK on Friday imposed sanctions on Gazprom Neft and Surgutneftegas.'],
  ['2025-01-13', 'Sanctions announced on January 10 targeted more than 180 vessels.'],
  ['2025-01-10', 'Britain also sanctioned Gazprom Neft and Surgutneftegas on Friday.'],
  ['2025-10-22', 'The Treasury imposed sanctions on Rosneft and Lukoil on Wednesday.'],
  ['2025-10-23', 'The US sanctioned Rosneft and Lukoil on Wednesday, October 22.'],
  ['2025-10-24', 'The sanctions on Rosneft and Lukoil, announced on October 22, take effect on November 21.'],
  ['2025-11-21', 'The US sanctions on Rosneft and Lukoil took effect on Friday.'],
  ['2025-10-16', 'Britain sanctioned Rosneft and Lukoil on Wednesday.'],
  ['2025-10-23', 'Britain had sanctioned Rosneft and Lukoil a week earlier.'],
  ['2022-06-01', 'Executive Order 14024, signed on April 15, 2021, is the basis of most Russia sanctions.'],
  ['2023-06-01', 'Executive Order 14024 of April 15, 2021, authorises sanctions on Russian companies.'],
  ['2022-03-08', 'Biden signed an executive order banning Russian oil imports on Tuesday.'],
  ['2022-03-11', 'Executive Order 14068, signed on Friday, bans imports of Russian seafood, vodka and diamonds.'],
  ['2022-04-06', 'Executive Order 14071 prohibits new investment in Russia.'],
  ['2023-12-22', 'Biden signed an executive order on Friday allowing sanctions on foreign banks.'],
  ['2024-01-10', 'Executive Order 14114, signed on December 22, 2023, targets foreign banks that help Russia.'],
  ['2025-08-06', 'Trump signed an executive order on Wednesday adding a 25% tariff on India.'],
  ['2025-08-07', 'The order signed on Wednesday raises the tariff on Indian goods to 50%.'],
  ['2025-08-27', 'The extra 25% tariff on India took effect on Wednesday.'],
  ['2019-01-28', 'The Treasury lifted sanctions on Rusal on Sunday.'],
  ['2018-04-06', 'The Treasury sanctioned Oleg Deripaska and Rusal on Friday.'],
  ['2022-04-07', 'The United States sanctioned Alrosa on Thursday.'],
  ['2022-04-08', 'Alrosa was added to the SDN list on April 7.'],
  ['2025-02-24', 'The EU adopted its 16th sanctions package on Monday, including a ban on Russian primary aluminium.'],
  ['2025-07-18', 'The EU adopted its 18th package on Friday, lowering the oil price cap to $47.60.'],
  ['2025-09-03', "The EU's lower oil price cap of $47.60 took effect on Wednesday."],
  ['2025-10-23', 'The EU adopted its 19th sanctions package on Thursday, banning Russian LNG from 2027.'],
  ['2022-12-05', 'The G7 price cap of $60 a barrel took effect on Monday.'],
  ['2023-02-05', 'The EU ban on Russian oil products took effect on Sunday.'],
  ['2022-02-24', 'The US blocked VTB on Thursday.'],
  ['2022-02-28', "The US barred transactions with Russia's central bank on Monday."],
  ['2025-02-28', 'Zelensky arrived at the White House on Friday for talks with Trump.'],
  ['2025-03-01', 'Zelensky had arrived at the White House on Friday hoping to sign the minerals deal.'],
  ['2025-03-02', 'Zelensky had arrived in Washington on Thursday, a day before the Oval Office meeting.'],
  ['2025-08-19', 'Zelensky arrived at the White House on Monday, this time in a dark suit.'],
  ['2025-08-18', "Zelensky arrived in Washington on Sunday night ahead of Monday's meeting."],
  ['2025-10-18', 'Zelensky arrived at the White House on Friday seeking Tomahawk missiles.'],
  ['2025-10-17', "Zelensky arrived in Washington on Thursday and met defence firms before Friday's meeting."],
  ['2025-10-16', "Trump said on Thursday he had a long call with Putin, a day before Zelensky's visit on Friday."],
  ['2025-02-26', 'Trump said on Wednesday that Zelensky was coming on Friday.'],
  ['2025-02-27', 'At his first cabinet meeting on Wednesday, Trump said Zelensky would visit on Friday.'],
  ['2025-02-28', 'Trump met British Prime Minister Keir Starmer at the White House on Thursday, and Zelensky on Friday.'],
  ['2025-02-24', 'Trump met Macron at the White House on Monday.'],
  ['2025-02-27', 'Trump hosted Starmer at the White House on Thursday.'],
  ['2025-03-03', "Last Friday's Oval Office clash shocked European leaders."],
  ['2025-03-04', 'Trump paused military aid to Ukraine on Monday, days after the Oval Office clash.'],
  ['2025-03-11', 'Ukraine accepted a 30-day ceasefire proposal at talks in Jeddah on Tuesday.'],
  ['2025-08-19', 'The August 18 meeting at the White House was the first with European leaders in the Oval Office.'],
  ['2025-09-24', 'Trump met Zelensky in New York on Tuesday and said Ukraine could win back all its territory.'],
  ['2025-10-20', "At their Friday meeting, Trump urged Zelensky to accept Putin's terms."],
  ['2025-02-15', 'Vance met Zelensky in Munich on Friday.'],
  ['2021-09-01', 'Zelensky met Biden at the White House on Wednesday.'],
  ['2023-09-22', 'Zelensky met Biden at the White House on Thursday.'],
  ['2019-09-26', 'Trump and Zelensky met on the sidelines of the UN General Assembly in New York on Wednesday.'],
  ['2024-07-11', 'Biden met Zelensky in Washington on Thursday during the NATO summit.'],
  ['2025-12-03', 'NATO foreign ministers met in Brussels on December 3.'],
  ['2025-11-28', 'The December 3 meeting of NATO foreign ministers will focus on Ukraine.'],
  ['2023-02-01', 'Allies will decide at the summit in Vilnius, Lithuania, in July.'],
  ['2023-03-01', 'Ukraine hopes for a clear signal at the NATO summit in Lithuania this summer.'],
  ['2025-05-01', 'The NATO summit in the Netherlands in June will set a new spending target.'],
  ['2025-06-10', 'Leaders meet at the upcoming June summit in The Hague.'],
  ['2025-06-26', 'During the summit in The Hague, leaders agreed to the 5% target.'],
  ['2024-06-01', "The summit in Washington in July will mark NATO's 75th anniversary."],
  ['2022-05-01', 'The Madrid summit in June will adopt a new Strategic Concept.'],
  ['2026-03-01', 'The NATO summit in Ankara in July will review spending plans.'],
  ['2026-05-01', "The upcoming July summit in Ankara will be Rutte's second as host's guest."],
  ['2023-12-01', 'The summit in Washington next year will celebrate 75 years of NATO.'],
  ['2024-12-01', 'The summit in The Hague next year will focus on spending.'],
  ['2025-07-01', "Last week's summit in The Hague agreed the 5% target."],
  ['2024-03-01', "Last year's summit in Vilnius promised Ukraine an invitation when conditions are met."],
  ['2024-07-13', "The 2024 summit in Washington called Ukraine's path irreversible."],
  ['2018-07-12', 'At the summit in Brussels on Thursday, Trump demanded more spending.'],
  ['2017-05-25', 'NATO leaders met at the new headquarters in Brussels on Thursday.'],
  ['2019-12-04', 'NATO leaders met at a hotel near London on Wednesday.'],
  ['2021-06-14', "NATO leaders met in Brussels on Monday, Biden's first summit."],
  ['2016-07-09', 'NATO leaders met in Warsaw on Friday and Saturday.'],
  ['2014-09-05', 'NATO leaders met in Newport, Wales, on Thursday and Friday.'],
  ['2025-08-10', 'An executive order signed on July 31 set a 25% reciprocal tariff on Indian goods, effective August 7.'],
  [
    '2025-08-10',
    "The executive order signed on August 6 added another 25% over India's purchases of Russian oil, bringing the total to 50%.",
  ],
  ['2025-08-28', 'The additional 25% duty on India, ordered on August 6, took effect on Wednesday, August 27.'],
  ['2025-08-28', 'This takes the total tariff on most Indian goods to 50%.'],
  ['2025-08-07', 'On Wednesday, the US President signed an Executive Order imposing an additional 25% tariff on India.'],
  ['2025-07-31', 'Trump announced on Wednesday a 25% tariff on India plus a penalty for buying Russian oil.'],
  ['2025-08-27', 'The 50% tariff on Indian goods took effect on Wednesday.'],
  ['2019-05-20', 'The US lifted tariffs on Canadian and Mexican steel in May.'],
  ['2019-01-28', 'The US lifted sanctions on Rusal in January after Deripaska cut his stake.'],
  ['2020-01-01', 'The Treasury lifted sanctions on Rusal in 2019.'],
  ['2025-06-20', 'The EU approved tariffs on Russian fertilisers and farm goods this week.'],
  ['2025-10-22', "Trump's tariff on India, not sanctions, was his main tool against Russian oil buyers until Wednesday."],
  ['2025-01-11', 'The sanctions announced on Friday, January 10, target Gazprom Neft and Surgutneftegas.'],
  ['2025-01-12', 'Asian refiners scrambled on Saturday after the US sanctions announced on Friday.'],
  ['2025-01-13', 'Oil prices rose on Monday after the sanctions of January 10.'],
  ['2025-01-16', 'On January 15, the Treasury and the State Department designated more than 250 additional targets.'],
  ['2025-10-24', "The U.S. sanctions on Rosneft and Lukoil, imposed on October 22, 2025, hit Russia's two biggest oil firms."],
  ['2025-10-27', 'Lukoil said on Monday it would sell its foreign assets after the sanctions imposed on October 22.'],
  ['2025-11-25', 'The US sanctions against Rosneft and Lukoil, announced on Oct. 22, took effect on Nov. 21.'],
  ['2022-04-08', 'On April 7, 2022, the United States announced further sanctions against mining giant Alrosa.'],
  ['2022-04-08', 'The Treasury added Alrosa to the SDN list on April 7, 2022.'],
  ['2022-03-01', 'Alrosa was hit by US debt and equity restrictions on February 24.'],
  ['2025-02-25', "The EU's 16th package, adopted on February 24, 2025, bans imports of Russian primary aluminium."],
  ['2025-03-01', 'The 16th package introduced a direct import ban on Russian primary aluminium.'],
  ['2025-05-21', 'The EU adopted its 17th package on Tuesday, targeting nearly 200 shadow fleet vessels.'],
  ['2024-06-25', 'The EU adopted its 14th sanctions package on Monday, targeting Russian LNG transshipment.'],
  ['2023-12-19', 'The EU adopted its 12th package on Monday, banning imports of Russian diamonds.'],
  ['2023-06-23', 'The EU adopted its 11th package on Friday, with an anti-circumvention tool.'],
  ['2022-03-09', 'Executive Order 14066 banned imports of Russian oil, LNG and coal on March 8.'],
  ['2023-01-01', 'Executive Order 14024, signed in April 2021, underpins most US sanctions on Russia.'],
  ['2021-04-15', 'Biden signed an executive order on Thursday authorising new sanctions on Russia.'],
  ['2021-04-16', 'The sanctions imposed on Thursday under Executive Order 14024 target Russian sovereign debt.'],
  ['2024-01-05', 'The December 22, 2023, order expanded secondary sanctions to foreign banks.'],
  ['2024-06-13', 'The Treasury expanded secondary sanctions on Wednesday and designated the Moscow Exchange.'],
  ['2024-11-22', 'The US sanctioned Gazprombank on Thursday.'],
  ['2022-02-22', 'Biden announced sanctions on Tuesday against VEB and Promsvyazbank.'],
  ['2022-02-23', 'The Nord Stream 2 operator was sanctioned on Wednesday.'],
  ['2021-08-20', 'The US sanctioned a Russian vessel and two individuals over Nord Stream 2 on Friday.'],
  ['2025-10-16', 'The UK sanctioned Rosneft and Lukoil on Wednesday, a week before the US.'],
  ['2025-10-23', 'The UK sanctioned Rosneft and Lukoil on October 15, a week before the US did so on October 22.'],
  ['2025-01-11', 'The UK also sanctioned Gazprom Neft and Surgutneftegas on January 10.'],
  ['2022-03-12', 'President Biden signed Executive Order 14068 on March 11, 2022.'],
  ['2021-04-16', 'President Biden issued Executive Order 14024 on April 15, 2021.'],
  [
    '2021-04-20',
    'Biden signed Executive Order 14024 on Blocking Property With Respect to Specified Harmful Foreign Activities of the Russian Federation on April 15, 2021.',
  ],
  ['2021-04-20', 'Executive Order 14024 was published in the Federal Register on April 19, 2021.'],
  ['2024-01-05', 'Biden signed an order amending Executive Order 14024 on December 22, 2023.'],
  ['2024-01-05', 'Executive Order 14114 amended Executive Order 14024 on December 22, 2023.'],
  ['2024-06-13', 'OFAC issued Executive Order 14024 guidance on June 12, 2024.'],
  ['2022-04-07', 'Biden signed Executive Order 14071 on April 6, 2022.'],
  ['2022-03-09', 'Biden signed Executive Order 14066 on Tuesday.'],
  ['2025-08-07', 'Trump signed Executive Order 14329 on August 6, 2025.'],
  ['2025-04-11', 'Trump continued the national emergency declared in Executive Order 14024 on April 10, 2025.'],
  ['2023-12-23', 'President Biden signed an executive order on December 22, 2023 expanding Executive Order 14024.'],
  ['2022-02-22', 'Biden signed Executive Order 14065 on February 21, 2022, barring trade with the separatist regions.'],
  [
    '2022-03-01',
    "The Treasury issued a directive under Executive Order 14024 on February 28, 2022, barring dealings with Russia's central bank.",
  ],
  ['2022-03-01', 'Executive Order 14024, signed by Biden in April 2021, was used on February 24 against VTB.'],
  [
    '2025-03-01',
    'Trump and Vance berated Zelensky in the Oval Office. The heated exchange, which took place on February 28, 2025, stunned Europe.',
  ],
  ['2025-03-02', 'The Oval Office showdown took place on Friday, February 28.'],
  ['2025-03-03', 'The tense exchange on Friday ended with Zelensky leaving early.'],
  ['2025-10-20', 'Trump met Zelensky at the White House. The tense meeting, which took place on October 17, ended without Tomahawks.'],
  [
    '2025-05-23',
    'South African President Cyril Ramaphosa met Trump in the Oval Office. The tense exchange, which took place on May 21, 2025, featured a video.',
  ],
  ['2025-05-23', 'Trump confronted Cyril Ramaphosa in the Oval Office on Wednesday. The heated exchange drew comparisons with February.'],
  ['2025-04-09', 'Netanyahu met Trump at the White House. The meeting, which took place on April 7, 2025, covered tariffs and Iran.'],
  ['2025-08-17', 'Trump met Putin in Anchorage. The meeting, which took place on August 15, 2025, produced no ceasefire.'],
  ['2025-03-15', 'The shouting match in the Oval Office on February 28 led to a pause in aid.'],
  ['2025-03-01', 'The televised clash of February 28 was unprecedented.'],
  ['2019-07-30', 'Trump and Zelensky spoke by phone. The call, which took place on July 25, 2019, led to impeachment.'],
  ['2025-06-01', "The dramatic meeting in the Oval Office in February still shapes Kyiv's diplomacy."],
  ['2025-03-05', 'The blow-up on Friday was followed by a pause in aid on Monday.'],
  ['2025-10-23', 'On January 10, 2025, the Biden administration sanctioned Gazprom Neft and Surgutneftegas.'],
  ['2025-03-01', "In 2022, the Biden administration sanctioned Russia's central bank."],
  ['2025-03-01', 'The Biden administration sanctioned hundreds of Russian oligarchs in 2022.'],
  ['2025-10-24', 'On October 22, 2025, the Trump administration sanctioned Rosneft and Lukoil.'],
  ['2025-10-24', "The Trump administration sanctioned Russia's two largest oil companies on Wednesday."],
  ['2022-03-01', 'The Obama administration sanctioned Rosneft in 2014.'],
  ['2022-03-01', 'The Trump administration sanctioned Rusal in April 2018.'],
  [
    '2025-10-24',
    'The Biden administration sanctioned Gazprom Neft in January; the Trump administration sanctioned Rosneft and Lukoil on Wednesday.',
  ],
  [
    '2025-10-24',
    "Unlike the Biden administration, which sanctioned Gazprom Neft and Surgutneftegas, Trump's Treasury had waited until now.",
  ],
  ['2025-01-10', 'The Biden administration sanctioned Gazprom Neft on Friday.'],
  ['2024-11-22', 'The Biden administration sanctioned Gazprombank on Thursday.'],
];

describe('meetings, summits, designations and executive orders told with their days raise no red flag', () => {
  itFlagsNoneInRuns(EVENTS_AND_SANCTIONS);
});

const RELATIVE_YEAR_FOUNDERS_OFAC: ReadonlyArray<readonly [string, string]> = [
  // joined this or last year of NATO and of other schemes, founders as the subject, OFAC's actions by date
  ['2024-06-01', "Finland, which joined NATO last year, now guards the alliance's longest border with Russia."],
  ['2024-06-01', 'Sweden, which joined NATO this year, will host allied troops.'],
  ['2025-01-20', 'Sweden, which joined NATO last year, is sending troops to Finland.'],
  ['2024-12-01', 'Sweden and Finland, the two Nordic countries that joined in 2023 and this year, share air defence plans with NATO.'],
  ['2023-03-01', 'NATO members lead the tank coalition. Poland and Norway, which joined last year, sent Leopards.'],
  ['2024-07-01', "Allies gathered under NATO's flag. Albania and Croatia, which joined in 2009, were among them."],
  ['2025-06-01', 'Canada and Italy, which joined the drone coalition last year, are NATO allies.'],
  ['2024-06-01', 'NATO welcomed new partners. Ireland and Austria, which joined the programme last year, are not members.'],
  ['2026-01-10', 'Bulgaria has been in NATO since 2004. Bulgaria joined the euro area this year.'],
  ['2023-06-01', 'Finland joined NATO this year, and Sweden, which applied last year, is still waiting.'],
  ['2023-12-01', 'NATO grew to 31 members. Finland, which joined this year, shares an 830-mile border with Russia.'],
  ['2024-09-01', 'Norway and Denmark, founding members of NATO, welcomed Sweden, which joined this year.'],
  ['2022-07-01', 'NATO invited Finland and Sweden, which applied this year, to join.'],
  ['2020-12-01', "North Macedonia, which became NATO's 30th member this year, sent troops to Latvia."],
  ['2018-05-01', 'Montenegro, which joined the alliance last year, took part in the exercise.'],
  ['2024-04-01', 'The US, Britain and France founded NATO in 1949 with nine other countries.'],
  ['2024-04-01', 'The United States, Canada and ten European countries founded NATO in 1949.'],
  ['2022-06-01', "Poland, Germany and Denmark formed NATO's Multinational Corps Northeast in 1999."],
  ['2024-01-01', "Turkey, Greece and Italy established NATO's southern command structures."],
  [
    '2019-03-01',
    "Britain, France and Belgium, later joined by the US and Canada, founded the Brussels Treaty's defence body in 1948, which led to NATO.",
  ],
  ['2025-01-11', 'On January 10, 2025, OFAC designated Gazprom Neft and Surgutneftegas.'],
  ['2025-10-23', 'On October 22, 2025, OFAC designated Rosneft and Lukoil.'],
  ['2025-10-23', 'OFAC added Rosneft and Lukoil to the SDN list on October 22.'],
  ['2025-10-23', 'OFAC issued general licenses on October 22, 2025, allowing transactions to wind down until November 21.'],
  ['2025-11-22', 'The wind-down period set by OFAC for Rosneft and Lukoil expired on November 21.'],
  ['2024-11-22', 'On November 21, 2024, OFAC sanctioned Gazprombank.'],
  ['2024-06-13', 'On June 12, 2024, OFAC designated the Moscow Exchange.'],
  ['2025-01-16', "On January 15, 2025, OFAC designated more than 250 targets in Russia's military-industrial base."],
  ['2022-04-07', 'OFAC designated Alrosa on April 7, 2022.'],
  ['2022-02-24', 'On February 24, 2022, OFAC designated VTB Bank.'],
  ['2018-04-07', 'On April 6, 2018, OFAC designated Oleg Deripaska and Rusal.'],
  ['2019-01-28', 'OFAC removed Rusal from the SDN list on January 27, 2019.'],
  ['2025-03-13', 'OFAC let a general license for Russian energy payments expire on March 12.'],
  ['2025-01-14', "OFAC's January 10 action targeted 183 vessels."],
  ['2025-01-13', 'The Office of Foreign Assets Control announced the action on Friday.'],
  ['2025-10-24', 'The Office of Foreign Assets Control announced the Rosneft and Lukoil designations on Wednesday.'],
  ['2022-03-01', "The Office of Foreign Assets Control on Monday barred Americans from dealing with Russia's central bank."],
];

describe('joined this or last year, founders as the subject and OFAC’s actions raise no red flag', () => {
  itFlagsNoneInRuns(RELATIVE_YEAR_FOUNDERS_OFAC);
});

const PROSPECTS_AND_NATO_BUDGET: ReadonlyArray<readonly [string, string]> = [
  // a Trump administration or return told as a possibility before January 2025 and in the past after it, other leaders' returns, NATO's common budget beside the 2% of GDP
  ['2024-06-01', 'Europe prepares for a potential Trump administration.'],
  ['2024-10-15', 'Allies are bracing for a possible Trump presidency.'],
  ['2016-10-01', 'The prospect of a Trump administration worries NATO diplomats.'],
  ['2016-11-01', 'Europe fears a potential Trump presidency.'],
  ['2020-10-01', 'Kyiv hopes a possible Biden administration would restore aid.'],
  ['2024-09-01', 'A potential Harris administration would keep aid flowing.'],
  ['2025-03-01', 'Before the election, allies were worried about a possible Trump presidency.'],
  ['2025-03-01', 'In 2024, Europe prepared for a potential Trump administration.'],
  ['2025-03-01', 'A potential Trump administration deal with Putin worries Kyiv.'],
  ['2025-03-01', "Ukraine's allies discussed a potential Trump administration proposal for a ceasefire."],
  ['2025-05-01', 'A possible Vance presidency in 2029 is already discussed in Washington.'],
  ['2025-06-01', 'A potential third Trump term is barred by the constitution.'],
  ['2023-06-01', 'Trump could return to the White House in 2025.'],
  ['2024-03-01', 'The prospect of Trump returning to power alarms Europe.'],
  ['2024-07-01', "Trump's possible return to the White House dominates the summit."],
  ['2023-11-01', "The possibility of Trump's return to office is a worry for Kyiv."],
  ['2025-03-01', "In 2024, allies feared Trump's possible return to the White House."],
  ['2025-03-01', 'Last year, European capitals feared the prospect of Trump returning to power.'],
  ['2025-10-20', 'Zelensky may return to the White House.'],
  ['2025-10-20', 'Zelensky said he could return to the White House.'],
  ['2022-10-01', 'Netanyahu could return to power in November.'],
  ['2022-09-01', "Lula's possible return to power worries investors."],
  ['2023-09-01', "Fico's possible comeback worries Kyiv."],
  ['2023-10-01', 'Tusk could return to power after the election.'],
  ['2025-09-01', 'Babis could return to power in October.'],
  ['2024-06-01', 'Europe fears a Trump comeback.'],
  ['2024-06-01', 'The spectre of a Trump comeback haunts NATO.'],
  ['2025-01-10', "Trump's return to the White House on January 20 worries Kyiv."],
  ['2025-02-01', "Trump's return to the White House last month changed Europe's outlook."],
  ['2025-02-01', "Since Trump's return to power, Europe has raised spending."],
  ['2023-07-13', 'Allies spend 2% of GDP on defence and pay their share of the NATO budget.'],
  ['2023-07-13', "Germany pays about 16% of NATO's common budget."],
  ['2024-06-01', "The US pays about 16% of NATO's common-funded budget."],
  ['2024-06-01', "NATO's common budget is a fraction of 1% of allies' defence spending."],
  ['2023-07-13', 'Allies agreed to spend 2% of GDP on defence, not to pay it into a NATO budget.'],
  ['2023-07-13', 'Member states are expected to commit 2% of their GDP to defence, and the NATO budget is funded separately.'],
  ['2019-04-01', 'Trump has said allies owe 2% of GDP to NATO.'],
  ['2023-07-13', 'Spending 2% of GDP on defence is not a fee paid to NATO.'],
  ['2023-07-13', "Allies pledged at least 2% of GDP on defence, as NATO's target requires."],
  ['2024-06-01', 'Poland spends over 4% of GDP on its armed forces, the most in NATO.'],
  ['2025-06-30', "Allies agreed to 5% of GDP for defence; NATO's own budget is about 4.6 billion euros."],
  ['2024-06-01', "Canada spends 1.4% of GDP on defence and pays about 7% of NATO's common budget."],
  ['2024-06-01', 'Allies contribute 2% of their GDP to their own defence, not to the NATO budget.'],
];

describe('possible administrations and returns of their time, and NATO’s own budget, raise no red flag', () => {
  itFlagsNoneInRuns(PROSPECTS_AND_NATO_BUDGET);
});

const REAL_PAGES: ReadonlyArray<readonly [string, string]> = [
  // real pages (URL on each) of 2016-2025
  // https://world101.cfr.org/cfr_glossary/33
  [
    '2016-06-01',
    'NATO is a military alliance among twenty-eight countries on both sides of the Atlantic, from the United States and Canada to Turkey.',
  ],
  // https://world101.cfr.org/cfr_glossary/33
  [
    '2016-06-01',
    'Established in 1949 by the United States, Canada, and ten western European countries, NATO has grown over the years to include many former states of the Soviet Union.',
  ],
  // https://ozardiplo.blogspot.com/2024/03/politico-news-defense-sweden-is-now.html
  [
    '2024-03-07',
    "Sweden Thursday became NATO's newest member, dropping its long-standing neutrality and joining the alliance in the wake of Russia's full-scale invasion of Ukraine more than two years ago.",
  ],
  // https://ozardiplo.blogspot.com/2024/03/politico-news-defense-sweden-is-now.html
  ['2024-03-07', "Sweden's neighbor Finland joined the alliance on April 4."],
  // https://ozardiplo.blogspot.com/2024/03/politico-news-defense-sweden-is-now.html
  [
    '2024-03-07',
    'The accession became official in the wake of Hungary submitting its ratification protocol; it was the final one of 31 alliance members to give Sweden the nod.',
  ],
  // https://particle.news/story/sweden-officially-joins-nato-strengthening-alliance-against-russian-threat
  [
    '2024-03-12',
    "Sweden's flag was raised at NATO headquarters in Brussels, marking its official entry as the 32nd member of the alliance.",
  ],
  // https://www.ksgindia.com/study-material/news/sweden-officially-joins-nato.html
  [
    '2024-03-08',
    'The North Atlantic Treaty Organization was created in 1949 by the United States, Canada, and several Western European nations to provide collective security against the Soviet Union.',
  ],
  // https://www.ksgindia.com/study-material/news/sweden-officially-joins-nato.html
  [
    '2024-03-08',
    'Greece and Türkey joined in 1952; Germany in 1955; Spain in 1982; Czechia, Hungary and Poland in 1999; Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined in 2004; Albania and Croatia in 2009; Montenegro in 2017; North Macedonia in 2020; Finland in 2023 and finally Sweden in 2024.',
  ],
  // https://currentaffairs.adda247.com/sweden-joins-nato-ends-decades-neutral-stance
  ['2024-03-08', 'Sweden formally became the 32nd member of NATO after completing its accession process in Washington.'],
  // https://english.republika.mk/news/world/sweden-becomes-a-member-of-nato-with-a-flag-raising-ceremony/
  ['2024-03-11', "NATO celebrated Sweden's entry into the alliance with a flag-raising ceremony in Brussels on a cold and rainy morning."],
  // https://english.republika.mk/news/world/sweden-becomes-a-member-of-nato-with-a-flag-raising-ceremony/
  ['2024-03-11', "While Finland successfully joined NATO before Sweden, Turkey and later Hungary opposed Stockholm's entry."],
  // https://www.newsday.com/news/nation/russia-sanctions-energy-ukraine-war-biden-trump-p93233
  [
    '2025-01-10',
    "President Joe Biden's administration announced Friday that it's expanding sanctions against Russia's critically important energy sector.",
  ],
  // https://www.newsday.com/news/nation/russia-sanctions-energy-ukraine-war-biden-trump-p93233
  [
    '2025-01-10',
    "The U.S. and Britain are both targeting two of Russia's major oil producers, Gazprom Neft and Surgutneftegas, and dozens of the companies' subsidiaries.",
  ],
  // https://menafn.com/1109080345/Biden-administration-imposes-severe-sanctions-on-Russias-energy-sector-ahead-of-Trumps-inauguration
  [
    '2025-01-11',
    "The Biden administration imposed some of its most severe sanctions to date on Friday, targeting Russia's energy sector, notably its oil industry.",
  ],
  // https://bdnewsnet.com/rss/us-and-uk-toughen-sanctions-on-russian-energy-industry-bbc-com/
  [
    '2025-01-11',
    'Among the most notable targets are Russian energy giants Gazprom Neft and Surgutneftegas, marking the first instance where both the U.S. and the UK have directly sanctioned the companies.',
  ],
  // https://sotoreil.store/2/the-us-is-imposing-extensive-sanctions-on-russias-oil-sector
  [
    '2025-01-10',
    "The Biden administration on Friday issued sanctions targeting Russia's energy sector, targeting Moscow's oil revenues just days before Donald Trump takes office.",
  ],
  // https://govconexec.com/2024/10/mark-rutte-takes-over-as-nato-secretary-general
  [
    '2024-10-01',
    'The handover took place on Tuesday at NATO Headquarters in Brussels, where Rutte and his predecessor, Jens Stoltenberg, laid a wreath at the NATO Memorial to the Fallen.',
  ],
  // https://govconexec.com/2024/10/mark-rutte-takes-over-as-nato-secretary-general
  ['2024-10-01', 'Rutte served as prime minister of the Netherlands for close to 14 years, the longest-serving Dutch leader to date.'],
  // https://govconexec.com/2024/10/mark-rutte-takes-over-as-nato-secretary-general
  [
    '2024-10-01',
    'He was formally appointed chief by NATO allies on June 26 after Romanian President Klaus Iohannis withdrew his bid for the post.',
  ],
  // https://news.liga.net/en/world/news/i-am-enjoying-my-role-rutte-answers-whether-he-will-be-the-last-nato-secretary-general
  ['2025-10-01', 'Mark Rutte has served as NATO Secretary General since October 1, 2024.'],
  // https://news.liga.net/en/world/news/i-am-enjoying-my-role-rutte-answers-whether-he-will-be-the-last-nato-secretary-general
  ['2025-10-01', 'Prior to that, he served as Prime Minister of the Netherlands for 14 years (2010-2024).'],
  // https://censor.net/en/news/3512608/rutte_is_the_new_nato_secretary_general
  ['2024-09-30', 'On October 1, Mark Rutte officially becomes the new Secretary General of the North Atlantic Alliance.'],
  // https://censor.net/en/news/3512608/rutte_is_the_new_nato_secretary_general
  ['2024-09-30', 'On October 14, 2010, Rutte became the Prime Minister of the Netherlands.'],
  // https://www.giornaledibrescia.it/italia-e-estero/usa-rutte-sara-un-grande-segretario-generale-della-nato-f4b8mekj
  [
    '2024-06-26',
    'Rutte will assume the post of Secretary General on 01 October 2024, replacing Jens Stoltenberg after ten years as Secretary General of NATO.',
  ],
  // https://newsfromrss.com/mark-rutte-to-be-natos-new-chief-from-october
  [
    '2024-06-27',
    'On Wednesday (26 June), ambassadors of the 32 NATO members officially appointed outgoing Dutch Prime Minister Mark Rutte as its next secretary general.',
  ],
  // https://newsfromrss.com/mark-rutte-to-be-natos-new-chief-from-october
  [
    '2024-06-27',
    'The Dutch will take the helm of the 32-nation alliance from 1 October 2024, after a decade at the helm of former Norwegian Prime Minister Jens Stoltenberg.',
  ],
  // https://newsfromrss.com/mark-rutte-to-be-natos-new-chief-from-october
  [
    '2024-06-27',
    'According to NATO estimates, the Dutch are expected to exceed the target this year, spending 2.05% of their GDP, up from around 1.2% a decade ago.',
  ],
  // https://see.news/mark-rutte-officially-assumes-role-as-nato-secretary-general
  [
    '2024-10-01',
    'When asked about the potential return of former US President Donald Trump to the White House, Rutte indicated that he is not concerned.',
  ],
  // https://see.news/mark-rutte-officially-assumes-role-as-nato-secretary-general
  [
    '2024-10-01',
    'Former Dutch Prime Minister Mark Rutte has officially taken over as the Secretary General of NATO, succeeding Jens Stoltenberg.',
  ],
  // https://agenceurope.eu/en/bulletin/detail/13667
  [
    '2025-06-26',
    'At their Summit in The Hague on Wednesday 25 June, the Allies made an official commitment to spend 5% of their GDP on defence by 2035, with a revision clause in 2029.',
  ],
  // https://particle.news/story/nato-agrees-to-5-gdp-defense-spending-goal-spain-stands-apart
  [
    '2025-06-25',
    'The Hague declaration commits allies to devote 3.5% of GDP to conventional military forces and 1.5% to broader security investments by 2035.',
  ],
  // https://particle.news/story/nato-agrees-to-5-gdp-defense-spending-goal-spain-stands-apart
  ['2025-06-25', 'Spain refused to join the 5% target, opting instead to hold defense outlays at 2.1% of GDP.'],
  // https://particle.news/story/nato-agrees-to-5-gdp-defense-spending-goal-spain-stands-apart
  [
    '2025-06-25',
    'All members must submit annual plans outlining credible paths to the 5% goal, with a formal progress review scheduled for 2029.',
  ],
  // https://particle.news/story/nato-sets-5-gdp-defence-target-as-spain-secures-exemption
  [
    '2025-06-23',
    'NATO countries agreed to raise defence spending to 5% of GDP by 2035, with 3.5% allocated to core military needs and 1.5% to security-related investments.',
  ],
  // https://particle.news/story/nato-sets-5-gdp-defence-target-as-spain-secures-exemption
  ['2025-06-23', 'Spain negotiated an exemption from the 5% target by committing to spend 2.1% of GDP on core defence capabilities.'],
  // https://qazinform.com/news/nato-allies-agree-to-raise-defense-spending-4099de
  [
    '2025-06-25',
    'Allies will allocate at least 3.5% of GDP annually based on the agreed definition of NATO defense expenditure by 2035 to resource core defense requirements, and to meet the NATO Capability Targets.',
  ],
  // https://qazinform.com/news/nato-allies-agree-to-raise-defense-spending-4099de
  [
    '2025-06-25',
    'In addition, the Allies will account for up to 1.5% of GDP annually to inter alia protect critical infrastructure, defend networks, ensure civil preparedness and resilience.',
  ],
  // https://particle.news/story/nato-sets-5-gdp-defense-spending-target-after-trump-push
  [
    '2025-06-25',
    'NATO leaders agreed at the Hague summit on June 25 to raise defense spending to 5% of GDP by 2035, allocating 3.5% for core military needs and 1.5% for security infrastructure and resilience.',
  ],
  // https://particle.news/story/nato-sets-5-gdp-defense-spending-target-after-trump-push
  ['2025-06-25', 'The commitment requires annual national plans and a 2029 review, but it carries no legal obligation.'],
  // https://particle.news/story/nato-agrees-to-5-gdp-defence-spending-target-by-2035-under-trump-pressure
  ['2025-06-25', 'All 32 member states committed to raising annual defence outlays from the longstanding 2% of GDP to 5% by 2035.'],
  // https://particle.news/story/nato-agrees-to-5-gdp-defence-spending-target-by-2035-under-trump-pressure
  [
    '2025-06-25',
    'The framework mandates a minimum 3.5% of GDP for core military capabilities with up to 1.5% for infrastructure, cybersecurity and civilian preparedness.',
  ],
  // https://todayheadline.co/nato-leaders-agree-5-cent-defence-spending-goal-annual-summitutm_sourcerss_feed
  [
    '2025-06-26',
    'The allies agreed that the five per cent commitment will be comprised of at least 3.5 per cent of GDP annually on core defence expenditure and requirements within the next decade.',
  ],
  // https://theweek.com/politics/donald-trump-nato
  [
    '2024-01-29',
    "European leaders and Nato chiefs are urgently debating how to prepare for Donald Trump's possible return to the White House after the former president secured resounding election victories in Iowa and New Hampshire.",
  ],
  // https://theweek.com/politics/donald-trump-nato
  ['2024-01-29', 'Trump also repeatedly threatened to pull the US out of Nato during his first term in office.'],
  // https://www.thoughtsmash.com/2024/07/13/global-leaders-prepare-for-trumps-possible-return/
  ['2024-07-13', 'Twenty-three of the 32 NATO member states now meet the 2 percent GDP defense spending goal.'],
  // https://www.thoughtsmash.com/2024/07/13/global-leaders-prepare-for-trumps-possible-return/
  ['2024-07-13', "The world is preparing for the possibility of Donald Trump's return to the White House."],
  // https://mingooland.com/2024/07/secret-meetings-private-threats-and-a-massive-arms-race-how-the-world-is-preparing-for-trump
  [
    '2024-07-08',
    'More than six months before the next American president takes office, there is already an extraordinarily advanced effort across the NATO alliance to manage a potential transfer of power in America.',
  ],
  // https://pledgetimes.com/europe-must-rearm-now/
  ['2024-02-01', 'The possible return of Donald Trump to the White House in 2025 poses a serious threat to the security of Europe.'],
  // https://pledgetimes.com/europe-must-rearm-now/
  ['2024-02-01', 'During his first term, Trump repeatedly threatened to withdraw his country from NATO.'],
  // https://pledgetimes.com/europe-must-rearm-now/
  ['2024-02-01', 'His top foreign policy advisers, particularly former National Security Advisor John Bolton, persuaded him not to do so.'],
  // https://naturalworld50.blogspot.com/2024/07/the-rescue-mission-of-ukraine-and-nato.html
  ['2024-07-15', "The central issue is the uncertainty surrounding Trump's possible actions if he is returned to power."],
  // https://www.forbesindia.com/article/photo-of-the-day/photo-of-the-day-finland-chooses-nato/84221/1
  [
    '2023-04-04',
    'Finland became the 31st member of NATO, a historic strategic shift to protect its interests spurred by war in Ukraine, as it shares a 1335 km border with Russia.',
  ],
  // https://www.pagalparrot.com/tag/finland/
  [
    '2023-04-04',
    "In a historic realignment of the continent brought on by Moscow's invasion of Ukraine, Finland joined the NATO military alliance on Tuesday.",
  ],
  // https://feeds.bbci.co.uk/news/av/world-europe-65179108
  ['2023-04-04', 'Finland has joined the Nato security alliance.'],
  // https://feeds.bbci.co.uk/news/av/world-europe-65179108
  [
    '2023-04-04',
    "The country's foreign minister Pekka Haavisto handed the accession document to US Secretary of State Antony Blinken, who then declared Finland a member of the security alliance.",
  ],
  // https://michaelbommarito.com/wiki/tag/finland
  ['2023-07-15', "Finland became a full member of NATO on 4 April 2023, extending the Alliance's border with Russia."],
  // https://sentry-magazine.com/useucom-commander-nato-u-s-forces-rise-to-meet-regional-challenges/
  [
    '2025-04-10',
    'Gen. Christopher Cavoli, Commander of United States European Command (USEUCOM) and Supreme Allied Commander Europe (SACEUR), told the U.S. Senate Armed Services Committee that U.S. leadership is crucial to maintaining European stability.',
  ],
  // https://sentry-magazine.com/useucom-commander-nato-u-s-forces-rise-to-meet-regional-challenges/
  [
    '2025-04-10',
    'In his April 2025 testimony, Gen. Cavoli warned that Russia, now in its fourth year of war in Ukraine, remains a chronic threat to European stability.',
  ],
  // https://exbulletin.com/world/international/2651637/
  [
    '2024-04-11',
    'Russia poses a chronic threat to the world and additional aid to Ukraine to repel the Russian invasion of that country is crucial, said Gen. Christopher Cavoli, commander of U.S. European Command.',
  ],
  // https://exbulletin.com/world/international/2651637/
  [
    '2024-04-11',
    "Cavoli, who is also NATO's Supreme Allied Commander in Europe, testified today before the House Armed Services Committee.",
  ],
  // https://kkrva.se/gist-of-testimony-by-general-cavioli-saceur-in-front-of-congress-and-reactions-on-the-part-of-american-european-ukrainian-and-russian-sources
  [
    '2025-04-05',
    'General Christopher Cavoli, Supreme Allied Commander Europe (SACEUR), testified before the U.S. Senate Armed Services Committee on April 3, 2025.',
  ],
  // https://rollcall.com/2022/05/26/ukraine-looms-over-the-us-general-charged-with-leading-nato/
  [
    '2022-05-26',
    "Gen. Christopher Cavoli, President Joe Biden's nominee to head U.S. European Command and to be NATO's supreme allied commander for Europe, breezed through his confirmation hearing Thursday.",
  ],
  // https://rollcall.com/2022/05/26/ukraine-looms-over-the-us-general-charged-with-leading-nato/
  ['2022-05-26', 'Cavoli, the commander of U.S. Army Europe and Africa, speaks Russian, Italian and French.'],
  // https://kaiserslauternamerican.com/category/news/page/56
  [
    '2022-05-20',
    'The North Atlantic Council has approved the nomination of General Christopher G. Cavoli, United States Army, to the post of Supreme Allied Commander Europe.',
  ],
  // https://www.tehrantimes.com/news/516924/Zelenskyy-and-European-leaders-will-meet-with-Trump-on-ending
  [
    '2025-08-18',
    "Ukraine's future could hinge on a hastily assembled White House meeting on Monday, as President Volodymyr Zelenskyy arrives with a high-profile group of European leaders.",
  ],
  // https://www.tehrantimes.com/news/516924/Zelenskyy-and-European-leaders-will-meet-with-Trump-on-ending
  [
    '2025-08-18',
    "Excluded from Trump's summit with Russian President Vladimir Putin last Friday in Alaska, these officials aim to safeguard Ukraine.",
  ],
  // https://truthandresistance.com/art.cfm?id=5338
  [
    '2025-08-17',
    'Seven European leaders will join Ukrainian President Volodymyr Zelensky for talks with U.S. President Donald Trump on Monday in a bid to end the war with Russia.',
  ],
  // https://truthandresistance.com/art.cfm?id=5338
  [
    '2025-08-17',
    'Two months later, the two leaders met amicably when they went to the funeral for Pope Francis at the Vatican on April 26.',
  ],
  // https://voz.us/en/world/250818/27969/european-leaders-to-hold-summit-with-zelenski-after-meeting-with-trump.html
  [
    '2025-08-18',
    'U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky will meet this Monday afternoon at the White House.',
  ],
  // https://voz.us/en/world/250818/27969/european-leaders-to-hold-summit-with-zelenski-after-meeting-with-trump.html
  ['2025-08-18', 'The meeting between Trump and Zelenskyy revives a previous meeting in the Oval Office in February, which proved tense.'],
  // https://pjmedia.com/sarah-anderson/2025/08/18/breaking-zelensky-and-european-leaders-arrive-at-the-white-house-n4942809
  ['2025-08-18', 'Ukrainian President Volodymyr Zelensky has arrived at the White House for his meeting with Donald Trump.'],
  // https://www.tovima.com/world/trump-zelensky-meeting-live-european-leaders-arrive-live/?noamp=mobile
  ['2025-08-18', "Trump called Monday's meeting after his summit with Russian President Vladimir Putin in Alaska on Friday."],
  // https://www.tovima.com/world/trump-zelensky-meeting-live-european-leaders-arrive-live/?noamp=mobile
  ['2025-08-18', 'As well as dispelling the specter of his February visit to the White House, Zelensky now faces another major challenge.'],
  // https://news.online.ua/en/zelensky-will-go-to-trump-with-a-support-team-896223/
  ['2025-08-17', 'On August 18, Head of State Volodymyr Zelensky will meet with US President Donald Trump.'],
  // https://news.online.ua/en/zelensky-will-go-to-trump-with-a-support-team-896223/
  ['2025-08-17', 'NATO Secretary General Mark Rutte will visit Washington, D.C., on August 18, 2025.'],
  // https://www.newser.com/story/373657/european-allies-to-visit-white-house-with-zelensky.html
  ['2025-08-17', "Volodymyr Zelensky will make his case in person on Monday to President Trump at the White House, and he won't be alone."],
  // https://hurriyetdailynews.com/amp/18-nato-states-to-hit-spending-target-190718
  [
    '2024-02-14',
    "NATO chief Jens Stoltenberg said yesterday that 18 of the alliance's 31 countries are set to meet the defence spending target of two percent of gross domestic product in 2024.",
  ],
  // https://hurriyetdailynews.com/amp/18-nato-states-to-hit-spending-target-190718
  [
    '2024-02-14',
    "NATO's secretary general told journalists that the number of states reaching the target had increased sharply from 11 last year.",
  ],
  // https://hurriyetdailynews.com/amp/18-nato-states-to-hit-spending-target-190718
  [
    '2024-02-14',
    'That is another record number and a six-fold increase from 2014 when only three allies met the target, Stoltenberg said.',
  ],
  // https://hurriyetdailynews.com/amp/18-nato-states-to-hit-spending-target-190718
  [
    '2024-02-14',
    'Overall European allies and Canada will have added more than $600 billion to their defence spending since they set the two-percent target a decade ago, he said.',
  ],
  // https://swedenherald.com/article/record-number-of-nato-countries-expected-to-reach-spending-target
  [
    '2024-06-18',
    "In 2021, only six countries met the target, and low defence spending has previously been met with criticism from, among others, the USA's former President Donald Trump.",
  ],
  // https://swedenherald.com/article/record-number-of-nato-countries-expected-to-reach-spending-target
  [
    '2024-06-18',
    "Jens Stoltenberg stated, in connection with a meeting with the USA's President Joe Biden, that a total of 23 countries are expected to reach the target by 2024.",
  ],
  // https://swedenherald.com/article/record-number-of-nato-countries-expected-to-reach-spending-target
  ['2024-06-18', 'As Sweden became a member of the alliance earlier this year, there are now 32 Nato countries.'],
  // https://bgnesnews.com/world/stoltenberg-to-biden-23-nato-members-allocate-2-of-gdp-to-defense
  [
    '2024-06-18',
    "NATO Secretary General Jens Stoltenberg said 23 of the alliance's 32 members are on track to meet their ten-year pledge to spend at least 2% of GDP on defense.",
  ],
  // https://bgnesnews.com/world/stoltenberg-to-biden-23-nato-members-allocate-2-of-gdp-to-defense
  [
    '2024-06-18',
    'Twenty-three allies will spend two percent or more of GDP on defense this year, Stoltenberg told President Joe Biden in the Oval Office.',
  ],
  // https://bgnesnews.com/world/stoltenberg-to-biden-23-nato-members-allocate-2-of-gdp-to-defense
  [
    '2024-06-18',
    'When NATO allies made the commitment at the 2014 summit, only three countries met the target - the US, Britain and Greece.',
  ],
  // https://euroupdate.eu/index.php/2025/02/12/nato-allies-need-to-spend-considerably-more-to-deter-a-russian-attack-in-coming-years-rutte
  [
    '2025-02-12',
    'NATO allies are currently negotiating an upward revision to the defence spending target, despite several countries failing to reach the current 2% of GDP threshold.',
  ],
  // http://www.wilsoncenter.org./article/sisters-not-twins-prospects-finland-and-swedens-nato-accession
  [
    '2022-01-20',
    'Together with Austria, Cyprus, Ireland, and Malta, Finland and Sweden are the only EU states that are not members of NATO.',
  ],
  // http://www.wilsoncenter.org./article/sisters-not-twins-prospects-finland-and-swedens-nato-accession
  ['2022-01-20', 'Both eventually abandoned their political neutrality when they joined the European Union together in 1995.'],
  // https://www.bloomberg.com/news/articles/2022-03-09/how-russia-pushed-finland-and-sweden-toward-nato-quicktake
  [
    '2022-03-09',
    "They are part of the alliance's Partnership for Peace program, which fosters cooperation, and, along with Ukraine, are among six so-called Enhanced Opportunity Partners.",
  ],
  // https://thewallpapers.net/history/post/1420/bulgaria-estonia-latvia-lithuania-romania-slovakia-and-slovenia-join-nato-expanding-the-alliance
  [
    '2024-03-29',
    'In 2004, NATO underwent a significant expansion with the admission of seven new member states: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia.',
  ],
  // https://thewallpapers.net/history/post/1420/bulgaria-estonia-latvia-lithuania-romania-slovakia-and-slovenia-join-nato-expanding-the-alliance
  ['2024-03-29', 'The expansion of NATO in 2004 had strategic implications for European security and geopolitics.'],
  // https://thisday.fyi/3/29/2004/nato-expands-with-seven-new-member-states
  [
    '2024-03-29',
    'On March 29, 2004, a significant milestone in the history of NATO occurred as Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia became full members of the North Atlantic Treaty Organization.',
  ],
  // https://thisday.fyi/3/29/2004/nato-expands-with-seven-new-member-states
  [
    '2024-03-29',
    'Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia were officially welcomed as full members of NATO in a ceremony held in Washington, D.C.',
  ],
  // https://thisday.fyi/3/29/2004/nato-expands-with-seven-new-member-states
  ['2024-03-29', "NATO's first major enlargement since 1999"],
  // https://simple.m.wikipedia.org/wiki/2007_enlargement_of_the_European_Union
  [
    '2023-01-01',
    'The 2007 enlargement of the European Union joined Bulgaria and Romania to the European Union. It happened on 1 January 2007.',
  ],
  // https://askwikinow.com/view_html.php?lang=en&q=2004_enlargement_of_the_European_Union&sq=Envato
  [
    '2023-01-01',
    'The largest enlargement of the European Union (EU), in terms of number of states and population, took place on 1 May 2004. Part of the same wave of enlargement was the accession of Bulgaria and Romania in 2007, who were unable to join in 2004.',
  ],
  // https://hessslslslsls.azureedge.net/wiki/User:Giandrea/EU_Portal/Member_states
  [
    '2016-07-01',
    "The EU have 27 member states since 2007 with the addition of Romania and Bulgaria. Bulgaria and Romania comprise the second part of the EU's fifth enlargement and joined the EU on January 1, 2007.",
  ],
  // https://www.nato.int/en/news-and-events/articles/news/2025/07/04/nato-welcomes-new-supreme-allied-commander-europe
  [
    '2025-07-04',
    'General Alexus G. Grynkewich of the US Air Force assumed command of Allied Command Operations in a ceremony at Supreme Headquarters Allied Powers Europe in Mons, Belgium on Friday (4 July 2025).',
  ],
  // https://www.nato.int/en/news-and-events/articles/news/2025/07/04/nato-welcomes-new-supreme-allied-commander-europe
  ['2025-07-04', 'General Grynkewich succeeds General Chris Cavoli of the US Army, who had been in post since 2022.'],
  // https://www.commonspace.eu/node/13248
  ['2025-07-04', 'General Grynkewich is the twenty-first Supreme Allied Commander Europe (SACEUR).'],
  // https://www.commonspace.eu/node/13248
  ['2025-07-04', 'The first to occupy the post was General Dwight D. Eisenhower, subsequently the 34th President of the United States.'],
  // https://www.stripes.com/branches/army/2025-07-01/european-command-grynkewich-cavoli-18301728.html
  [
    '2025-07-01',
    'Air Force Gen. Alexus Grynkewich took command Tuesday of the U.S. military mission in Europe, returning in a new role after more than a decade to a headquarters transformed by war on the Continent.',
  ],
  // https://www.stripes.com/branches/army/2025-07-01/european-command-grynkewich-cavoli-18301728.html
  ['2025-07-01', "Grynkewich replaced the retiring Gen. Christopher Cavoli during a ceremony at U.S. European Command's Patch Barracks."],
  // https://defence-industry.eu/u-s-air-force-general-alexus-g-grynkewich-assumes-role-as-natos-supreme-allied-commander-europe
  [
    '2025-07-04',
    'United States Air Force General Alexus G. Grynkewich assumed command from U.S. Army General Christopher G. Cavoli as the 21st Supreme Allied Commander Europe (SACEUR) during a ceremony held at Supreme Headquarters Allied Powers Europe (SHAPE) in Mons, Belgium on July 4, 2025.',
  ],
  // https://defence-industry.eu/u-s-air-force-general-alexus-g-grynkewich-assumes-role-as-natos-supreme-allied-commander-europe
  [
    '2025-07-04',
    "In 2024, Cavoli oversaw Steadfast Defender, NATO's largest military exercise since the Cold War, involving approximately 90,000 troops.",
  ],
  // https://www.forcesnews.com/nato/nato-welcomes-new-supreme-allied-commander-europe-deal-increasingly-unstable-world
  [
    '2025-07-04',
    "Gen Grynkewich has taken over from the US Army's General Chris Cavoli, who has been in the post for the past three years.",
  ],
  // https://www.forcesnews.com/nato/nato-welcomes-new-supreme-allied-commander-europe-deal-increasingly-unstable-world
  ['2025-07-04', "The former Prime Minister of the Netherlands noted that Gen Cavoli had strengthened Nato's presence in the Baltic Sea."],
  // https://www.politico.eu/article/biden-says-trump-zelenskyy-clash-beneath-america/
  [
    '2025-05-07',
    "Trump used the February meeting in the Oval Office to accuse Ukraine's president of being insufficiently grateful for American support.",
  ],
  // https://www.politico.eu/article/biden-says-trump-zelenskyy-clash-beneath-america/
  [
    '2025-05-07',
    "The meeting ended without an agreement, though the pair later met at Pope Francis' funeral and the two countries have now agreed a minerals deal.",
  ],
  // https://www.politico.eu/article/biden-says-trump-zelenskyy-clash-beneath-america/
  ['2025-05-07', "Biden branded Trump's approach to the war in Ukraine modern day appeasement."],
  // https://news.online.ua/en/just-a-fool-biden-shamed-trump-and-stood-up-for-ukraine-893197/
  [
    '2025-05-07',
    "According to former US President Joe Biden, he considers the approach of the new American leader Donald Trump towards Russia's war against Ukraine to be a modern policy of appeasement.",
  ],
  // https://news.online.ua/en/just-a-fool-biden-shamed-trump-and-stood-up-for-ukraine-893197/
  [
    '2025-05-07',
    'The former head of the White House drew attention to the fact that Russian dictator Vladimir Putin has always considered Ukraine to be part of Russia.',
  ],
  // https://news.online.ua/en/just-a-fool-biden-shamed-trump-and-stood-up-for-ukraine-893197/
  ['2025-05-07', 'The former US president also responded to a new wave of criticism.'],
];

describe('sentences of real pages raise no red flag', () => {
  itFlagsNoneInRuns(REAL_PAGES);
});

// The mends of round 47: each true look-alike a reader of this round flagged, beside the wrong wording the reader was built
// for, which must stay flagged with its verdict and kind.
const HAGUE = 'NATO allies agreed at The Hague to spend 5% of GDP by 2035. ';
const flagsOf = (text: string, asOf: string): string[] => redFlags(text, asOf).map((a) => `${a.verdict} ${a.kind}: ${a.quote}`);

describe('figure-split-shares.ts: a share of the budget for core defence is not the split told ten times over', () => {
  it('leaves a share of the spending or money for core defence alone', () => {
    for (const text of [
      'Under NATO guidelines, 20% of defence spending should go to equipment, and about 35% of the budget for core defence goes to personnel.',
      `${HAGUE}Personnel takes about 35% of the spending on core defence.`,
      `${HAGUE}About 35% of the money for hard military capabilities pays for ammunition.`,
      `${HAGUE}About 35% of this funding for core defence will buy air defence.`,
    ])
      expect(flagsOf(text, '2025-06-26'), text).toEqual([]);
  });
  it('still flags 35% of the spending sent to core defence', () => {
    // topgab.com, 26 June 2025 (held-out 45 uu001)
    const garble = `${HAGUE}The new target stipulates that 35% of this spending must be directed towards core defense initiatives, including troops and weapons, while the remaining 15% can be allocated to broader defense-related expenditures.`;
    expect(flagsOf(garble, '2025-06-26')).toEqual(['contradicted figure: 35%', 'contradicted figure: 15%']);
    expect(flagsOf(`${HAGUE}Of that, 35% of the budget must go to core defence.`, '2025-06-26')).toEqual(['contradicted figure: 35%']);
  });
});

describe('accession-round-date.ts: the EU’s and the EC’s enlargements told by their year are not NATO’s rounds', () => {
  it('leaves a round told by a year of the countries’ EU accession, with NATO named only in the sentence before', () => {
    for (const [asOf, text] of [
      ['2023-07-01', 'Croatia joined NATO in 2009. The 2013 enlargement added Croatia.'],
      ['2023-07-01', 'Finland joined NATO in April. The 1995 enlargement brought in Finland.'],
      ['2023-07-01', 'Spain joined NATO in 1982. The 1986 enlargement brought in Spain.'],
      ['2023-07-01', 'Greece joined NATO in 1952. The 1981 enlargement added Greece.'],
      ['2023-07-01', 'NATO took in Bulgaria and Romania in 2004. The 2007 enlargement added Bulgaria and Romania.'],
      ['2023-07-01', 'NATO took in Croatia in 2009. In 2013 the seventh enlargement added Croatia as the 28th member.'],
      ['2024-05-01', 'Poland has been in NATO since 1999. Poland joined the 2004 enlargement along with nine other countries.'],
      ['2023-07-01', 'NATO grew in 2009. Croatia joined in the 2013 enlargement.'],
      ['2023-07-01', 'Finland joined NATO this year. Finland joined the 1995 enlargement with Sweden and Austria.'],
    ] as const)
      expect(flagsOf(text, asOf), text).toEqual([]);
  });
  it('still flags a wrong year or day of NATO’s round', () => {
    // WorldAtlas, June 2016 (held-out 45 us012)
    expect(flagsOf('In 1955 NATO had its first enlargement, with Greece and Turkey being added to the alliance.', '2016-06-01')).toEqual([
      'contradicted membership: In 1955 NATO had its first enlargement, with Greece and Turkey',
    ]);
    expect(
      flagsOf('NATO was founded in 1949. The third expansion took place on 30 May 1986, with Spain becoming a member.', '2016-06-01'),
    ).toEqual(['contradicted membership: expansion took place on 30 May 1986, with Spain']);
    expect(flagsOf('NATO’s 2013 enlargement added Croatia.', '2023-07-01')).toEqual([
      'contradicted membership: 2013 enlargement added Croatia',
    ]);
  });
});

describe('accession-relative-year.ts: a scheme named beside a bare “joined” is what was joined', () => {
  it('leaves allies that joined PURL, the Sky Shield or a coalition this or last year', () => {
    for (const [asOf, text] of [
      [
        '2026-02-01',
        'Several allies fund PURL, NATO’s scheme to buy US weapons for Ukraine. Germany and Norway, which joined last year, are among the biggest donors.',
      ],
      [
        '2026-02-01',
        'NATO’s PURL initiative buys US weapons for Ukraine. The Netherlands, Denmark, Norway and Sweden, which joined last year, paid for the first package.',
      ],
      ['2025-09-01', 'NATO allies fund PURL. Canada and Germany, which joined this year, pledged hundreds of millions.'],
      [
        '2024-03-01',
        'The European Sky Shield Initiative is backed by NATO allies. Denmark and Sweden, which joined last year, buy air defence together.',
      ],
    ] as const)
      expect(flagsOf(text, asOf), text).toEqual([]);
  });
  it('still flags founders said to have joined NATO this or last year', () => {
    // Washington Times, 8 July 2024 (held-out 45 us019)
    expect(
      flagsOf(
        'In 10 rounds of expansion, NATO has enlarged itself to 32 members, including Sweden and Norway, which joined this year.',
        '2024-07-08',
      ),
    ).toEqual(['contradicted membership: Sweden and Norway, which joined this year']);
    expect(
      flagsOf('NATO’s PURL scheme buys US weapons for Ukraine. Germany and Norway, which joined NATO last year, pay for it.', '2026-02-01'),
    ).toEqual(['contradicted membership: Germany and Norway, which joined NATO last year']);
  });
});
