// Round 48, the precision read: true sentences (from real pages where a URL is given, and variants of them) that look like
// what this round's readers flag: members said not to be members, member counts told loosely, lists of countries joining,
// the 2% and the Hague split told loosely and national targets, abbreviated titles and ranks, cities with their countries
// and lists that look like "CITY, COUNTRY", weekdays of the right meetings, EU packages by their proposal, agreement and
// adoption days, the oil price caps and the US designations of 10 January and 22 October 2025. None may raise a red flag;
// each is dated to a day it is true on.
import { describe, expect, it } from 'vitest';
import { itFlagsNoneInRuns, redFlags } from './helpers';

const MEMBERS_AND_NON_MEMBERS: ReadonlyArray<readonly [string, string]> = [
  // members said not to be members where they were not (Finland and Sweden before 2023/2024, Ukraine, Georgia, the neutral
  // EU members), Norway and Iceland outside the EU, France outside the integrated command 1966-2009, the euro and Schengen
  ['2022-01-20', 'Finland is not a member of NATO, but it works closely with the alliance.'],
  ['2022-01-20', 'Neither Finland nor Sweden is a member of NATO.'],
  ['2022-03-01', 'Sweden, which is not in NATO, sent anti-tank weapons to Ukraine.'],
  ['2022-05-18', 'Finland and Sweden, which are not NATO members, applied to join on Wednesday.'],
  ['2022-06-30', 'Sweden and Finland are not yet members of the alliance.'],
  ['2023-01-10', 'Sweden has not joined NATO yet, as Turkey and Hungary have not ratified its accession.'],
  ['2023-06-01', 'Sweden, not yet a member, attended as an invitee.'],
  ['2023-11-15', 'Sweden is still not a member of NATO.'],
  ['2024-01-30', "Sweden, the only Nordic country outside NATO, awaits Hungary's vote."],
  ['2021-11-01', 'Ukraine is not a member of NATO.'],
  ['2022-02-24', 'Ukraine is not a NATO member, so Article 5 does not apply.'],
  ['2023-07-11', 'Ukraine, which is not a member of the alliance, will be invited when allies agree.'],
  ['2024-07-10', 'Ukraine has not joined NATO, but allies say its path is irreversible.'],
  ['2025-02-20', 'Ukraine is not in NATO and Trump says it will never be.'],
  ['2025-08-18', 'Ukraine, a non-member, wants NATO-style security guarantees.'],
  ['2026-02-01', 'Ukraine remains outside NATO.'],
  ['2008-08-10', 'Georgia is not a member of NATO.'],
  ['2023-10-01', 'Georgia, which is not in NATO, hosts no allied bases.'],
  ['2024-05-01', 'Georgia has not joined NATO despite the 2008 Bucharest promise.'],
  ['2022-05-20', 'Austria, Ireland, Switzerland, Malta and Cyprus are EU members that are not in NATO.'],
  ['2024-03-08', 'Austria, which is not a member of NATO, is a neutral country.'],
  ['2025-06-25', 'Ireland is not a NATO member and keeps its military neutrality.'],
  ['2023-03-01', 'Switzerland, a non-member, cooperates with NATO through the Partnership for Peace.'],
  ['2024-05-01', 'Cyprus is not a member of NATO.'],
  ['2022-06-01', 'Malta, a non-NATO EU member, stays neutral.'],
  ['2025-01-10', 'Norway is not a member of the European Union.'],
  ['2024-03-08', 'Norway and Iceland are not in the EU but are founding members of NATO.'],
  ['2023-04-04', 'Norway, which is not in the EU, is a NATO member.'],
  ['2022-09-01', 'Iceland, a NATO member without an army, is not a member of the EU.'],
  ['2025-01-10', 'The United Kingdom is no longer a member of the European Union.'],
  ['2021-05-01', 'Turkey is a NATO member but not an EU member.'],
  ['2019-12-04', "France left NATO's integrated military command in 1966."],
  ['2009-03-11', "France, which is not in NATO's integrated military command, plans to return."],
  ['2008-01-10', "France is not part of NATO's integrated command structure."],
  ['1999-04-01', "France remains outside NATO's integrated military command."],
  ['2009-04-04', "France rejoined NATO's integrated military command this year after 43 years."],
  ['2019-12-04', "France rejoined NATO's integrated military command in 2009."],
  ['2022-01-20', 'Finland and Sweden are NATO partners but not members.'],
  ['2022-01-20', 'NATO has 30 members, and Finland is not one of them.'],
  ['2023-07-12', 'Sweden is not a NATO member yet; Finland joined in April.'],
  ['2022-12-01', 'Finland and Sweden are not yet NATO members; 28 of 30 allies have ratified.'],
  ['2024-02-26', 'Sweden is not yet a member: Hungary ratified only on Monday.'],
  ['2025-02-01', 'Sweden is not in the euro zone.'],
  ['2025-02-01', 'Denmark, Sweden and Poland are not in the euro area.'],
  ['2023-01-01', 'Croatia joined the euro zone on Sunday.'],
  ['2024-01-20', 'Moldova is not a member of NATO and is constitutionally neutral.'],
  ['2022-02-20', 'Belarus is not a member of NATO but hosts Russian troops.'],
  ['2024-06-01', 'Serbia is not a member of NATO and does not wish to join.'],
  ['2024-06-01', 'Bosnia and Herzegovina is not a NATO member.'],
  ['2025-04-01', 'Kosovo is not a member of NATO.'],
  ['2022-03-15', 'Ukraine is not an EU member.'],
  ['2024-06-14', 'Ukraine is not a member of the EU; accession talks open this month.'],
  ['2023-12-14', 'Ukraine is not yet a member of the European Union.'],
  ['2014-09-05', 'Ukraine is not a member of NATO.'],
  ['2018-07-11', 'Ukraine and Georgia are not NATO members.'],
  ['2016-07-08', 'Montenegro is not yet a member of NATO.'],
  ['2019-02-06', 'North Macedonia is not yet a NATO member, but signed its accession protocol on Wednesday.'],
  ['2020-01-15', 'North Macedonia has not yet joined NATO; Spain has not ratified.'],
  ['2017-04-01', 'Montenegro has not yet joined; its accession awaits the final ratifications.'],
  ['2008-04-03', 'Albania and Croatia are not yet NATO members.'],
];

describe('members and non-members told as of their day raise no red flag', () => {
  itFlagsNoneInRuns(MEMBERS_AND_NON_MEMBERS);
});

const COUNTS: ReadonlyArray<readonly [string, string]> = [
  // member counts told loosely: "the 31 allies" of Sweden, "the other 30" of Finland, EU counts of 27 and 28, partners, the
  // Council of Europe, allies at 2%, coalitions and contact groups
  ['2024-03-08', 'Sweden joined its 31 allies on Thursday.'],
  ['2024-03-08', 'The other 31 allies welcomed Sweden.'],
  ['2024-07-10', "Sweden's 31 allies all ratified its accession."],
  ['2024-03-08', 'Hungary was the last of the 31 allies to ratify.'],
  ['2023-04-04', "Finland's 30 new allies welcomed it on Tuesday."],
  ['2023-04-04', "All 30 allies ratified Finland's accession."],
  ['2022-07-05', 'The 30 allies signed the accession protocols for Finland and Sweden on Tuesday.'],
  ['2022-06-29', 'Thirty allies plus Finland and Sweden as invitees attended the summit.'],
  ['2023-07-11', 'The 31 allies and Sweden met in Vilnius.'],
  ['2024-03-07', "The alliance now has 32 members after Sweden's accession."],
  ['2023-04-04', 'The alliance now has 31 members.'],
  ['2020-03-27', 'NATO now has 30 members.'],
  ['2017-06-05', 'NATO now has 29 members.'],
  ['2009-04-01', 'NATO now has 28 members.'],
  ['2004-03-29', 'NATO now has 26 members.'],
  ['1999-03-12', 'NATO now has 19 members.'],
  ['2025-06-25', 'The 32 allies agreed the new target.'],
  ['2025-01-10', 'The EU has 27 member states.'],
  ['2019-03-01', 'The EU has 28 member states, but Britain is leaving.'],
  ['2020-02-01', "The EU now has 27 members after Britain's departure."],
  ['2014-09-01', "The EU's 28 member states agreed new sanctions."],
  ['2022-02-25', 'The 27 EU member states agreed sanctions.'],
  ['2025-02-24', 'All 27 EU countries backed the 16th package.'],
  ['2025-10-23', 'Twenty-seven EU leaders met in Brussels.'],
  ['2024-06-27', "The EU's 27 leaders approved the new top jobs."],
  ['2024-07-10', 'NATO has some 40 partners around the world.'],
  ['2023-07-12', 'NATO works with more than 35 partners.'],
  ['2025-01-10', 'The Council of Europe has 46 member states.'],
  ['2022-03-16', "The Council of Europe now has 46 members after Russia's expulsion."],
  ['2024-02-14', 'Of the 31 allies, 18 are expected to meet the 2% target this year.'],
  ['2024-06-17', 'Twenty-three of the 32 allies will meet the 2% target this year.'],
  ['2025-06-24', 'All 32 allies are expected to meet 2% this year.'],
  ['2019-12-03', 'The 29 allies met in London.'],
  ['2019-04-04', 'The 29 member states celebrated 70 years.'],
  ['2020-03-27', 'North Macedonia became the 30th ally on Friday.'],
  ['2014-09-04', 'The 28 allies met in Newport, Wales.'],
  ['2016-07-08', 'The 28 allies met in Warsaw with Montenegro as an invitee.'],
  ['2018-07-11', 'The 29 allies met in Brussels.'],
  ['2021-06-14', 'The 30 allies met in Brussels.'],
  ['2022-06-29', "NATO's 30 allies met in Madrid."],
  ['2023-07-11', "NATO's 31 allies met in Vilnius."],
  ['2024-07-10', "NATO's 32 allies met in Washington."],
  ['2025-06-24', 'The 32 allies met in The Hague.'],
  ['2022-01-20', 'NATO consists of 30 countries from North America and Europe.'],
  ['2023-03-01', 'NATO consists of 30 countries, and Finland and Sweden have applied.'],
  ['2023-05-01', 'NATO consists of 31 member countries.'],
  ['2017-06-20', 'There are currently 29 members of NATO.'],
  ['2014-03-01', 'Croatia is one of the 28 member states of NATO.'],
  ['2024-03-08', 'All thirty-one, now thirty-two, member countries celebrated.'],
  ['2024-03-08', 'Thirty-one allies, now thirty-two, must agree by consensus.'],
  ['2004-04-02', 'Slovakia joined NATO in 2004, bringing the alliance to 26 members.'],
  ['2024-03-29', 'Slovakia joined NATO in 2004, strengthening the Alliance to 26 members.'],
  ['2023-04-04', 'With Finland, NATO has 31 allies; Sweden would make 32.'],
  ['2025-03-01', "The EU's 27 member states, 23 of them in NATO, back Ukraine."],
  ['2025-06-24', "Twenty-three of the EU's 27 members are in NATO."],
  ['2023-05-01', "Twenty-two of the EU's 27 members are NATO allies."],
  ['2024-04-01', "NATO's 32 members include 23 EU countries."],
  ['2025-09-04', 'Twenty-six countries pledged to send troops or support, Macron said.'],
  ['2025-03-02', 'Some 18 partners joined the London meeting on Sunday.'],
  ['2025-08-18', 'Seven European leaders joined Zelensky at the White House on Monday.'],
  ['2022-04-26', 'More than 40 countries met at Ramstein on Tuesday.'],
  ['2023-01-20', 'About 50 countries attended the Ramstein meeting on Friday.'],
];

describe('counts of allies, EU members and partners raise no red flag', () => {
  itFlagsNoneInRuns(COUNTS);
});

const ENLARGEMENTS: ReadonlyArray<readonly [string, string]> = [
  // lists of countries joining: the EU rounds of 2004, 2007 and 2013, accession protocols signed, invitations, applications,
  // the Partnership for Peace of 1994, "the addition of Finland and Sweden", "together with N other countries", instruments
  // of accession, ratifications
  [
    '2024-05-01',
    'Ten countries joined the European Union on 1 May 2004: Cyprus, the Czech Republic, Estonia, Hungary, Latvia, Lithuania, Malta, Poland, Slovakia and Slovenia.',
  ],
  ['2024-05-01', 'Estonia, Latvia and Lithuania joined the EU in 2004.'],
  ['2024-05-01', 'Poland, Hungary and the Czech Republic joined the EU on 1 May 2004.'],
  ['2014-05-01', 'Cyprus and Malta joined the EU in 2004 with eight former communist states.'],
  ['2017-01-01', 'Bulgaria and Romania joined the EU on 1 January 2007.'],
  ['2023-07-01', 'Croatia joined the EU on 1 July 2013.'],
  ['2024-05-01', 'In 2004, Estonia, Latvia, Lithuania, Poland, Slovakia and Slovenia joined the EU.'],
  ['2024-03-29', 'Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined NATO on 29 March 2004.'],
  ['2019-03-12', 'The Czech Republic, Hungary and Poland joined NATO on 12 March 1999.'],
  ['2019-04-01', 'Albania and Croatia joined NATO on 1 April 2009.'],
  ['2022-07-05', 'Finland and Sweden signed their accession protocols on Tuesday.'],
  ['2022-07-05', 'The allies signed the accession protocols of Finland and Sweden on 5 July 2022.'],
  ['2016-05-19', "The allies signed Montenegro's accession protocol in Brussels on Thursday."],
  ['2019-02-06', "NATO allies signed North Macedonia's accession protocol on 6 February 2019."],
  ['2022-06-29', 'NATO invited Finland and Sweden to join at the Madrid summit.'],
  ['2022-06-29', 'Finland and Sweden were invited to join the alliance on Wednesday.'],
  ['2008-04-03', 'NATO invited Albania and Croatia to join at the Bucharest summit.'],
  ['2018-07-11', 'NATO invited North Macedonia to start accession talks.'],
  ['2015-12-02', 'NATO invited Montenegro on Wednesday to join the alliance.'],
  ['2002-11-21', 'NATO invited seven countries to join at the Prague summit.'],
  ['1997-07-08', 'NATO invited the Czech Republic, Hungary and Poland to join at Madrid.'],
  ['2024-01-10', 'Finland and Sweden joined the Partnership for Peace in 1994.'],
  ['2019-01-10', 'The Partnership for Peace was launched in January 1994 at the Brussels summit.'],
  ['2014-05-10', 'Ukraine joined the Partnership for Peace in 1994.'],
  ['2014-05-10', 'Georgia and Ukraine joined the Partnership for Peace in 1994.'],
  ['2014-05-10', 'Russia joined the Partnership for Peace in June 1994.'],
  ['2022-05-18', 'Finland and Sweden applied to join NATO on 18 May 2022.'],
  ['2022-05-18', 'Finland and Sweden handed in their applications on Wednesday.'],
  ['2024-07-10', "The addition of Finland and Sweden doubled NATO's border with Russia."],
  ['2024-03-08', 'With the addition of Finland and Sweden, the Baltic Sea is ringed by allies.'],
  ['2024-07-10', "The addition of Sweden and Finland has strengthened the alliance's northern flank."],
  ['2025-06-24', 'The accession of Finland and Sweden in 2023 and 2024 changed the Baltic.'],
  ['2024-03-07', 'Finland joined in 2023 and Sweden in 2024.'],
  ['2024-07-10', "Sweden and Norway border Finland, NATO's newest frontline state."],
  ['2023-06-01', 'Sweden and Norway train with Finland in the Arctic.'],
  ['2024-01-10', 'Nordic defence cooperation links Sweden and Norway with Denmark, Finland and Iceland.'],
  ['2024-03-08', 'Sweden and Norway share a long border.'],
  ['2008-04-03', 'NATO leaders agreed that Ukraine and Georgia will become members.'],
  ['2008-04-03', 'Albania and Croatia were invited, but Macedonia was blocked by Greece.'],
  ['2009-04-04', 'Albania and Croatia attended their first summit as members in Strasbourg and Kehl.'],
  ['2017-06-05', 'Montenegro became the 29th country to join NATO.'],
  ['2020-03-27', 'North Macedonia became the 30th country to join NATO.'],
  ['2023-04-04', 'Finland became the 31st country to join the alliance.'],
  ['2024-03-07', 'Sweden became the 32nd country to join.'],
  ['2017-06-05', "This is NATO's first enlargement since 2009."],
  ['2020-03-27', 'This is the first enlargement since Montenegro joined in 2017.'],
  ['2023-04-04', "It was NATO's first enlargement since North Macedonia joined in 2020."],
  ['2024-03-07', 'Sweden handed its instrument of accession to the US State Department in Washington on Thursday.'],
  ['2023-04-04', 'Finland handed over its instrument of accession at NATO headquarters in Brussels.'],
  ['2009-04-01', "Croatia's official entry into NATO was marked on 1 April 2009."],
  ['2004-03-29', 'Seven countries joined NATO on Monday.'],
  ['2004-03-29', 'Romania joined NATO together with six other countries.'],
  ['2024-03-29', 'Bulgaria joined NATO together with six other Eastern European countries in 2004.'],
  ['2024-04-02', 'On 29 March 2004, Slovenia joined NATO along with six other countries.'],
  ['1999-03-12', 'Poland joined NATO together with the Czech Republic and Hungary.'],
  ['2009-04-01', 'Croatia joined NATO together with Albania.'],
  ['2024-05-01', 'Bulgaria joined the EU together with Romania in 2007.'],
  ['2024-05-01', 'Malta joined the EU together with nine other countries in 2004.'],
  ['2023-06-01', 'The Membership Action Plan was launched in 1999.'],
  ['2019-02-06', 'North Macedonia has been in the Membership Action Plan since 1999.'],
  ['2022-06-28', 'Turkey lifted its veto on Finland and Sweden on Tuesday.'],
  ['2023-03-30', "Turkey's parliament ratified Finland's accession on Thursday."],
  ['2024-01-23', "Turkey's parliament approved Sweden's accession on Tuesday."],
  ['2024-02-26', "Hungary's parliament approved Sweden's accession on Monday."],
  ['2015-05-06', 'West Germany joined NATO in 1955.'],
  ['2022-02-18', 'Greece and Turkey joined NATO in 1952.'],
  ['2022-05-30', 'Spain joined NATO in 1982.'],
  ['2020-10-03', 'The former East Germany entered NATO with reunification in 1990.'],
];

describe('accessions, protocols, invitations and partnerships raise no red flag', () => {
  itFlagsNoneInRuns(ENLARGEMENTS);
});

const FIGURES: ReadonlyArray<readonly [string, string]> = [
  // the 2% (Wales 2014, Vilnius 2023 as a floor) and the Hague split told loosely, proposals and demands before June 2025,
  // national targets (Poland 4%+, the Baltic 3%+, Germany's debt brake above 1%), other percentages of GDP (inflation,
  // growth, deficits)
  ['2014-09-05', 'Allies agreed in Wales to move towards spending 2% of GDP on defence within a decade.'],
  ['2015-06-01', 'The Wales pledge asks allies to aim for 2% of GDP by 2024.'],
  ['2016-07-08', 'The 2 percent guideline was agreed at the Wales summit in 2014.'],
  ['2018-07-11', 'Trump pressed allies to meet the 2 per cent benchmark.'],
  ['2018-07-12', 'The allies reiterated their commitment to the Defence Investment Pledge agreed in Wales.'],
  ['2019-12-03', 'Only nine allies meet the 2% of GDP guideline.'],
  ['2020-10-21', 'Ten allies met the 2% threshold in 2020.'],
  ['2023-07-11', 'In Vilnius, allies made 2% of GDP a floor rather than a ceiling.'],
  ['2023-07-11', 'Allies committed in Vilnius to invest at least 2% of GDP annually on defence.'],
  ['2024-06-17', 'Twenty-three allies are expected to meet the 2% guideline this year.'],
  ['2024-02-14', 'Eighteen allies will meet the 2pc target this year.'],
  ['2025-06-25', 'Allies agreed at The Hague to spend 5% of GDP on defence by 2035.'],
  ['2025-06-25', 'The 5% splits into 3.5% on core defence and 1.5% on related spending.'],
  ['2025-06-25', 'At least 3.5% of GDP will go to core defence requirements.'],
  ['2025-06-25', 'Up to 1.5% of GDP may go to infrastructure, cyber defence and resilience.'],
  ['2025-06-25', 'Spain won a flexibility that lets it stay near 2.1% of GDP.'],
  ['2025-05-15', 'Rutte proposed that allies spend 3.5% on core defence and 1.5% on wider security.'],
  ['2025-05-15', 'NATO is expected to agree to a 5% target at its summit in June.'],
  ['2025-06-01', 'Allies are expected to adopt the 3.5% plus 1.5% formula in The Hague.'],
  ['2024-12-20', 'Trump has demanded that allies spend 5% of GDP on defence.'],
  ['2025-01-07', 'Trump said NATO members should spend 5% of GDP on defence.'],
  ['2024-03-01', 'Poland spends more than 4% of GDP on defence.'],
  ['2025-01-15', 'Poland plans to spend 4.7% of GDP on defence this year.'],
  ['2025-09-01', 'Poland will spend 4.8% of GDP on defence next year.'],
  ['2024-10-01', 'Estonia spends more than 3% of GDP on defence.'],
  ['2025-01-20', 'Lithuania will spend between 5% and 6% of GDP on defence from 2026.'],
  ['2024-06-17', 'Latvia aims to reach 3% of GDP on defence by 2027.'],
  ['2024-06-17', 'The Baltic states all spend more than 2% of GDP on defence.'],
  ['2025-03-18', "Germany's Bundestag exempted defence spending above 1% of GDP from the debt brake."],
  ['2025-03-18', "Defence spending above 1% of GDP will be exempt from Germany's debt brake."],
  ['2024-06-01', 'The euro area economy grew by 0.3% in the first quarter.'],
  ['2023-03-01', "The ECB's inflation target is 2%."],
  ['2024-10-02', 'Euro area inflation was close to 2% in September.'],
  ['2025-05-01', 'The IMF expects global growth of 2.8% this year.'],
  ['2024-01-15', 'Britain spends about 2.3% of GDP on defence.'],
  ['2025-02-25', 'Starmer pledged to raise defence spending to 2.5% of GDP by 2027.'],
  ['2025-06-24', 'Britain committed to 5% of GDP on national security by 2035.'],
  ['2024-07-10', 'The United States spends about 3.4% of GDP on defence.'],
  ['2025-06-25', 'Allies will spend 5% of GDP on defence and security-related investment by 2035.'],
  ['2025-06-25', 'The 5% defence investment pledge replaces the 2% Wales guideline.'],
  ['2025-06-25', 'The new target replaces the 2% goal set in Wales in 2014.'],
  ['2025-06-26', 'Spain said it would not reach 3.5% for core defence.'],
  ['2023-07-11', 'Germany says it will meet 2% of GDP in 2024 for the first time since the Cold War.'],
  ['2024-02-14', 'Germany will meet 2% of GDP this year thanks to its special fund.'],
  ['2022-02-27', 'Scholz announced a 100 billion euro special fund for the Bundeswehr on Sunday.'],
  ['2022-02-27', 'Germany will spend more than 2% of GDP on defence, Scholz said.'],
  ['2025-06-25', 'NATO members will spend 5% of their GDP on defence by 2035.'],
  ['2025-06-25', 'Allies pledged to spend 5% of GDP annually on core defence and defence-related spending by 2035.'],
  ['2014-09-05', 'Allies below the 2% guideline will aim to move towards it within a decade.'],
  ['2017-05-25', 'Trump said 23 of the 28 members were not paying what they should.'],
  ['2024-02-11', 'Trump said he would encourage Russia to do whatever it wants to allies that do not pay.'],
  ['2025-06-25', "The EU's fiscal rules allow a 1.5% of GDP escape clause for defence."],
  ['2025-03-04', 'Von der Leyen proposed 150 billion euros in loans for defence.'],
  ['2025-03-19', "The EU's SAFE instrument offers 150 billion euros in loans."],
];

describe('spending targets, national targets and other percentages raise no red flag', () => {
  itFlagsNoneInRuns(FIGURES);
});

const TITLES_AND_RANKS: ReadonlyArray<readonly [string, string]> = [
  // abbreviated titles (PM, FM), "then-PM", "former PM", ranks of real generals and admirals (Cavoli, Grynkewich, Bauer,
  // Cavo Dragone, Zaluzhnyi, Syrskyi, Petr Pavel retired), the previous/former Biden administration in 2025, tenure starts
  ['2025-01-17', 'UK PM Keir Starmer visited Kyiv on Thursday.'],
  ['2025-01-16', 'PM Keir Starmer signed a 100-year partnership with Ukraine in Kyiv.'],
  ['2024-07-10', 'PM Keir Starmer attended his first NATO summit in Washington.'],
  ['2022-04-09', 'Then-PM Boris Johnson walked through Kyiv with Zelensky.'],
  ['2023-01-10', 'Former PM Boris Johnson visited Kyiv.'],
  ['2024-10-01', 'Former PM Rishi Sunak backed Ukraine.'],
  ['2022-06-17', 'UK PM Boris Johnson visited Kyiv on Friday.'],
  ['2024-01-12', 'UK PM Rishi Sunak signed a security agreement in Kyiv.'],
  ['2024-03-01', 'Polish PM Donald Tusk said Europe was in a pre-war era.'],
  ['2023-05-01', 'Polish PM Mateusz Morawiecki criticised Berlin.'],
  ['2024-05-01', 'Former Polish PM Mateusz Morawiecki leads the opposition.'],
  ['2025-09-10', 'Polish PM Donald Tusk invoked Article 4 after the drone incursion.'],
  ['2025-06-24', 'Dutch PM Dick Schoof hosted the summit.'],
  ['2024-10-01', 'Former Dutch PM Mark Rutte took over as NATO Secretary General.'],
  ['2023-11-01', 'Dutch PM Mark Rutte said he wanted to lead NATO.'],
  ['2024-06-27', 'Then-PM Mark Rutte was chosen to lead NATO.'],
  ['2025-02-10', 'Italian PM Giorgia Meloni backs Ukraine.'],
  ['2024-11-10', 'Hungarian PM Viktor Orban hosted the European Political Community.'],
  ['2025-04-01', "Hungary's PM Viktor Orban opposes Ukraine's EU bid."],
  ['2025-01-20', 'Ukrainian FM Andrii Sybiha met Rutte in Brussels.'],
  ['2024-05-01', 'Ukrainian FM Dmytro Kuleba asked for Patriots.'],
  ['2025-01-01', 'Former FM Dmytro Kuleba left office in September 2024.'],
  ['2025-03-11', 'Polish FM Radoslaw Sikorski spoke with Rubio.'],
  ['2025-07-01', 'German FM Johann Wadephul visited Kyiv.'],
  ['2024-05-22', 'German FM Annalena Baerbock visited Kyiv.'],
  ['2025-10-01', 'Former German FM Annalena Baerbock now heads the UN General Assembly.'],
  ['2025-09-15', 'UN General Assembly President Annalena Baerbock opened the session.'],
  ['2024-02-01', 'Lithuanian FM Gabrielius Landsbergis urged more aid.'],
  ['2025-05-10', 'German Chancellor Friedrich Merz visited Kyiv on Saturday.'],
  ['2024-03-01', 'German Chancellor Olaf Scholz refused to send Taurus missiles.'],
  ['2025-06-01', 'Former Chancellor Olaf Scholz lost the February election.'],
  ['2025-01-15', 'French PM Francois Bayrou formed his government.'],
  ['2024-09-22', 'French PM Michel Barnier named his ministers.'],
  ['2025-10-20', 'French PM Sebastien Lecornu survived a no-confidence vote.'],
  ['2025-06-25', "Gen. Christopher Cavoli, NATO's top commander in Europe, briefed leaders."],
  ['2024-04-10', 'General Christopher Cavoli, the Supreme Allied Commander Europe, told Congress Ukraine needs ammunition.'],
  ['2023-03-29', 'Gen. Christopher Cavoli, the head of US European Command, testified this week.'],
  ['2025-07-10', "Gen. Alexus Grynkewich succeeded Gen. Christopher Cavoli as NATO's top commander this month."],
  ['2025-07-05', 'Gen. Alexus Grynkewich took over as Supreme Allied Commander Europe this week.'],
  ['2025-10-10', "US Air Force General Alexus Grynkewich, NATO's Supreme Allied Commander Europe, spoke on Friday."],
  ['2026-01-15', "General Alexus Grynkewich, NATO's top military commander, warned about Russia."],
  ['2024-09-14', 'Admiral Rob Bauer, the chair of the NATO Military Committee, met in Prague.'],
  ['2024-01-18', 'Admiral Rob Bauer said civilians must prepare for war.'],
  ['2025-01-17', 'Admiral Giuseppe Cavo Dragone succeeded Admiral Rob Bauer as chair of the Military Committee.'],
  ['2025-01-20', 'His predecessor, Admiral Rob Bauer, served from 2021.'],
  ['2025-02-01', 'Former Military Committee chair Admiral Rob Bauer retired in January.'],
  ['2023-08-24', "General Valerii Zaluzhnyi, Ukraine's commander-in-chief, wrote about the war."],
  ['2023-11-01', 'Gen. Valery Zaluzhny said the war had reached a stalemate.'],
  ['2024-02-08', 'Zelensky replaced Gen. Valerii Zaluzhnyi with Col. Gen. Oleksandr Syrskyi.'],
  ['2024-05-10', 'Former commander-in-chief Valerii Zaluzhnyi became ambassador to Britain.'],
  ['2024-07-10', "Ambassador Valerii Zaluzhnyi, Ukraine's envoy to London, spoke at Chatham House."],
  ['2024-03-01', "Col. Gen. Oleksandr Syrskyi, Ukraine's new commander-in-chief, visited the front."],
  ['2025-03-01', "General Oleksandr Syrskyi, commander-in-chief of Ukraine's armed forces, spoke on Friday."],
  ['2025-06-01', 'Commander-in-Chief Oleksandr Syrskyi said Russia was massing troops.'],
  ['2023-03-09', "Petr Pavel, a retired general and former chair of NATO's Military Committee, was sworn in as Czech president."],
  ['2023-01-28', 'Retired general Petr Pavel won the Czech presidential election.'],
  ['2024-05-01', 'Czech President Petr Pavel, a retired army general, backs the ammunition initiative.'],
  ['2023-01-28', 'Former NATO general Petr Pavel won the Czech presidency.'],
  ['2025-02-01', 'The previous Biden administration imposed sweeping sanctions on 10 January.'],
  ['2025-03-01', 'The former Biden administration approved the Abrams tanks in January 2023.'],
  ['2025-05-01', "The Biden administration's final sanctions targeted Russian oil."],
  ['2025-02-15', 'Under the previous Biden administration, the US gave Ukraine more than $60 billion in military aid.'],
  ['2025-06-01', 'The former administration of Joe Biden sent ATACMS to Ukraine.'],
  ['2025-02-01', 'Former President Joe Biden visited Kyiv in February 2023.'],
  ['2023-02-20', 'President Joe Biden made a surprise visit to Kyiv on Monday.'],
  ['2025-11-01', "Former US President Joe Biden backed Ukraine's NATO path."],
  ['2024-11-10', 'President-elect Donald Trump spoke with Zelensky.'],
  ['2020-11-09', 'The president-elect, Joe Biden, spoke with European leaders.'],
  ['2025-01-21', 'President Donald Trump took office on Monday.'],
  ['2025-04-05', 'Secretary of State Marco Rubio attended the NATO ministerial meeting.'],
  ['2024-04-04', 'NATO Secretary General Jens Stoltenberg said the alliance had never been stronger.'],
  ['2024-10-01', 'Mark Rutte took office as NATO Secretary General on Tuesday.'],
  ['2024-06-26', 'Rutte will take office on October 1, 2024.'],
  ['2024-10-01', 'Jens Stoltenberg, who had held the post since 2014, handed over to Rutte.'],
  ['2024-10-01', 'Both the current Secretary General and his predecessor come from countries bordering the North Sea.'],
  ['2020-04-01', 'NATO Deputy Secretary General Mircea Geoana spoke to reporters.'],
  ['2020-11-10', 'Ambassador Kay Bailey Hutchison, the US Permanent Representative to NATO, spoke on Tuesday.'],
  ['2025-09-01', 'US Ambassador to NATO Matthew Whitaker said Europe must do more.'],
  ['2023-04-01', 'Albanian President Bajram Begaj visited Brussels.'],
  ['2025-06-25', 'Finnish President Alexander Stubb attended the summit.'],
  ['2024-03-01', 'Finnish President Alexander Stubb took office on Friday.'],
  ['2023-04-04', 'Finnish President Sauli Niinisto attended the ceremony.'],
  ['2025-06-01', 'Former Finnish President Sauli Niinisto wrote a report on EU preparedness.'],
  ['2024-11-01', 'Former PM Sanna Marin led Finland into NATO.'],
  ['2023-04-04', 'Finnish PM Sanna Marin welcomed the accession.'],
  ['2024-03-07', 'Swedish PM Ulf Kristersson attended the ceremony in Washington.'],
  ['2023-01-20', 'Estonian PM Kaja Kallas urged more help.'],
  ['2024-12-01', 'EU foreign policy chief Kaja Kallas, a former Estonian PM, visited Kyiv on her first day.'],
  ['2025-03-01', "Former Estonian PM Kaja Kallas is now the EU's top diplomat."],
  ['2024-04-10', 'Danish PM Mette Frederiksen pledged F-16s.'],
  ['2025-01-29', 'Danish PM Mette Frederiksen met Scholz, Macron and Rutte over Greenland.'],
  ['2024-09-05', "Andrii Sybiha became Ukraine's foreign minister on Thursday."],
  ['2025-07-17', "Yulia Svyrydenko became Ukraine's prime minister on Thursday."],
  ['2025-07-17', 'Former PM Denys Shmyhal became defence minister.'],
  ['2024-02-01', 'Ukrainian PM Denys Shmyhal spoke in Brussels.'],
];

describe('titles, abbreviations and ranks raise no red flag', () => {
  itFlagsNoneInRuns(TITLES_AND_RANKS);
});

const PLACES_AND_WEEKDAYS: ReadonlyArray<readonly [string, string]> = [
  // meetings told by weekday (Friday 28 February 2025, Monday 18 August 2025, Friday 15 August 2025 in Anchorage, Friday 17
  // October 2025) and the days around them, cities with their countries written right, lists and namesakes that look like
  // "CITY, COUNTRY" ("in Brussels, Germany and France", "Paris, Texas")
  ['2025-02-28', 'Trump and Zelensky clashed in the Oval Office on Friday.'],
  ['2025-03-01', 'The Oval Office meeting on Friday ended without a minerals deal.'],
  ['2025-03-01', 'The meeting, held on Friday, 28 February 2025, ended in a shouting match.'],
  ['2025-03-03', 'The talks on Friday collapsed after Vance rebuked Zelensky.'],
  ['2025-02-28', 'Zelensky arrived at the White House on Friday.'],
  ['2025-02-27', 'Zelensky will travel to Washington on Friday to sign the minerals deal, Trump said on Wednesday.'],
  ['2025-02-26', 'Trump said on Wednesday that Zelensky would visit on Friday.'],
  ['2025-08-18', 'Zelensky and European leaders met Trump at the White House on Monday.'],
  ['2025-08-19', 'The meeting, which concluded on August 18, produced talk of security guarantees.'],
  ['2025-08-19', 'The White House talks on Monday ended with a call to Putin.'],
  ['2025-08-17', 'Zelensky will meet Trump at the White House on Monday, with European leaders.'],
  ['2025-08-18', 'Zelensky arrived in Washington on Sunday evening.'],
  ['2025-08-15', 'Trump and Putin met in Anchorage, Alaska, on Friday.'],
  ['2025-08-16', 'The Alaska summit on Friday ended without a ceasefire.'],
  ['2025-08-16', 'Trump and Putin met at Joint Base Elmendorf-Richardson in Anchorage on Friday.'],
  ['2025-10-17', 'Zelensky met Trump at the White House on Friday.'],
  ['2025-10-16', 'Trump and Putin spoke by phone on Thursday and agreed to meet in Budapest.'],
  ['2025-03-02', 'European leaders met in London on Sunday.'],
  ['2025-03-02', 'Starmer hosted 18 leaders at Lancaster House on Sunday.'],
  ['2025-03-11', 'US and Ukrainian officials met in Jeddah, Saudi Arabia, on Tuesday.'],
  ['2025-02-18', 'US and Russian officials met in Riyadh, Saudi Arabia, on Tuesday.'],
  ['2025-05-16', 'Russian and Ukrainian delegations met in Istanbul, Turkey, on Friday.'],
  ['2025-06-02', 'The second round of talks in Istanbul took place on Monday.'],
  ['2025-09-04', 'The coalition of the willing met at the Elysee Palace in Paris on Thursday.'],
  ['2025-09-04', 'The meeting, co-chaired by France and the United Kingdom, gathered 35 countries.'],
  ['2025-11-23', 'US and Ukrainian officials met in Geneva, Switzerland, on Sunday.'],
  ['2025-02-12', 'Trump and Putin spoke by phone on Wednesday.'],
  ['2025-04-26', "Trump and Zelensky met in St Peter's Basilica on Saturday."],
  ['2025-09-23', 'Trump met Zelensky at the United Nations in New York on Tuesday.'],
  ['2022-12-21', 'Zelensky visited Washington on Wednesday, his first trip abroad since the invasion.'],
  ['2022-02-24', 'Russia invaded Ukraine on Thursday.'],
  ['2023-07-11', 'Leaders adopted the final communique in Vilnius on Tuesday.'],
  ['2023-07-12', 'NATO leaders met in Vilnius, Lithuania, on Tuesday and Wednesday.'],
  ['2024-07-10', 'NATO leaders met in Washington, D.C., for the 75th anniversary summit.'],
  ['2025-06-24', 'NATO leaders gathered in The Hague, Netherlands.'],
  ['2022-06-29', 'NATO leaders met in Madrid, Spain.'],
  ['2014-09-04', 'NATO leaders met in Newport, Wales.'],
  ['2016-07-08', 'NATO leaders met in Warsaw, Poland.'],
  ['2008-04-03', 'NATO leaders met in Bucharest, Romania.'],
  ['2025-06-25', "NATO's next summit will be held in Turkey in 2026."],
  ['2025-12-10', 'The 2026 NATO summit will be held in Ankara on 7-8 July.'],
  ['2023-07-12', 'The next summit will be held in Washington in 2024, and in the Netherlands in 2025.'],
  ['2024-07-11', 'The next NATO summit will be held in The Hague in 2025.'],
  ['2025-01-15', 'NATO headquarters is in Brussels, Belgium.'],
  ['2024-05-01', 'SHAPE is located in Mons, Belgium.'],
  ['2025-04-01', 'Allied ministers met at NATO headquarters in Brussels, Belgium.'],
  ['2024-10-01', 'Rutte took office in Brussels.'],
  ['2025-05-01', 'US troops are stationed in Brussels, Germany and France.'],
  ['2025-05-01', 'The envoy travelled to Brussels, Germany and France this week.'],
  ['2025-05-01', 'Officials from Brussels, Berlin and Paris attended.'],
  ['2024-06-01', 'The minister visited Vilnius, Latvia and Estonia.'],
  ['2025-01-10', 'The conference in Paris, Texas, drew local veterans.'],
  ['2025-03-10', 'The Naval War College in Newport, Rhode Island, hosted the course.'],
  ['2024-09-01', 'The talks took place in Vienna, Virginia.'],
  ['2022-01-10', 'US and Russian officials met in Geneva on Monday.'],
  ['2022-01-12', 'The NATO-Russia Council met in Brussels on Wednesday.'],
  ['2023-02-20', 'Biden arrived in Kyiv, Ukraine, on Monday.'],
  ['2023-02-21', 'Biden spoke in Warsaw, Poland, on Tuesday.'],
  ['2022-04-26', 'Defence ministers met at Ramstein Air Base in Germany on Tuesday.'],
  ['2024-02-17', 'Zelensky spoke at the Munich Security Conference in Munich, Germany.'],
  ['2025-02-14', 'Vance spoke at the Munich Security Conference on Friday.'],
  ['2022-03-24', 'NATO leaders held an extraordinary summit in Brussels on Thursday.'],
  ['2023-04-04', 'Finland joined NATO on Tuesday.'],
  ['2024-03-07', 'Sweden joined NATO on Thursday.'],
  ['2022-05-18', 'Finland and Sweden applied on Wednesday.'],
  ['2016-05-19', 'The signing ceremony at NATO headquarters in Brussels on May 19 let Montenegro attend meetings as an observer.'],
  ['2019-12-04', 'NATO leaders met near London, at a hotel in Watford, on Wednesday.'],
  ['2025-06-25', 'The summit in The Hague ended on Wednesday.'],
  ['2025-06-24', 'The summit opened on Tuesday with a dinner at the royal palace.'],
  ['2024-07-09', 'The Washington summit opened on Tuesday.'],
  ['2026-01-06', 'The coalition of the willing met in Paris on Tuesday.'],
  ['2025-12-01', 'Ukrainian and US officials met in Florida on Sunday.'],
  ['2025-03-25', 'Talks in Riyadh ended on Tuesday with a Black Sea deal.'],
  ['2024-06-15', 'The peace summit in Switzerland opened on Saturday at the Burgenstock resort.'],
];

describe('meetings by weekday and cities with their countries raise no red flag', () => {
  itFlagsNoneInRuns(PLACES_AND_WEEKDAYS);
});

const SANCTIONS: ReadonlyArray<readonly [string, string]> = [
  // EU packages told as proposed, agreed by ambassadors and adopted on their days (5th to 19th), the oil price cap ($60 from
  // 5 December 2022, $47.60 from 3 September 2025, the $100/$45 product caps), US designations of 10 January 2025 and 22
  // October 2025, UK measures
  ['2025-02-24', 'The EU adopted its 16th sanctions package on Monday.'],
  ['2025-02-24', 'The 16th package was adopted on the third anniversary of the invasion.'],
  ['2025-02-19', 'EU ambassadors agreed the 16th package on Wednesday.'],
  ['2025-02-20', 'EU ambassadors have agreed on the 16th package, which ministers will adopt on Monday.'],
  ['2025-01-29', 'The Commission proposed the 16th package on Wednesday.'],
  ['2025-02-10', 'The 16th package, proposed in late January, includes a ban on primary aluminium.'],
  ['2025-05-20', 'The EU adopted its 17th package on Tuesday, targeting the shadow fleet.'],
  ['2025-05-14', 'EU ambassadors agreed the 17th package on Wednesday.'],
  ['2025-06-10', 'The Commission proposed the 18th package on Tuesday.'],
  ['2025-06-20', 'The 18th package, proposed on 10 June, is blocked by Slovakia.'],
  ['2025-07-18', 'The EU adopted its 18th package on Friday, lowering the oil price cap to $47.60.'],
  ['2025-07-18', 'The EU lowered the price cap on Russian crude to $47.60 a barrel.'],
  ['2025-09-03', 'The lower price cap of $47.60 takes effect on Wednesday.'],
  ['2025-09-10', 'The price cap of $47.60 applies from 3 September.'],
  ['2025-09-19', 'The Commission proposed the 19th package on Friday.'],
  ['2025-10-10', 'The 19th package, proposed in September, would ban Russian LNG from 2027.'],
  ['2025-10-22', 'EU ambassadors agreed the 19th package on Wednesday.'],
  ['2025-10-23', 'The EU adopted its 19th sanctions package on Thursday.'],
  ['2025-10-23', 'The 19th package bans Russian LNG imports from January 2027.'],
  ['2024-06-24', 'The EU adopted its 14th package on Monday, targeting Russian LNG transshipment.'],
  ['2024-12-16', 'The EU adopted its 15th package on Monday.'],
  ['2023-12-18', 'The EU adopted its 12th package on Monday, banning Russian diamonds.'],
  ['2023-12-10', 'The 12th package, proposed in November, would ban Russian diamonds.'],
  ['2023-11-15', 'The Commission proposed the 12th package on Wednesday.'],
  ['2024-02-23', 'The EU adopted its 13th package on Friday.'],
  ['2023-06-23', 'The EU adopted its 11th package on Friday.'],
  ['2023-02-25', 'The EU adopted its 10th package on Saturday.'],
  ['2022-12-16', 'The EU adopted its ninth package on Friday.'],
  ['2022-10-06', 'The EU adopted its eighth package on Thursday, including the legal basis for the price cap.'],
  ['2022-06-03', 'The EU adopted its sixth package on Friday, including an oil embargo.'],
  ['2022-05-31', 'EU leaders agreed on Monday to ban most Russian oil imports.'],
  ['2022-04-08', 'The EU adopted its fifth package on Friday, banning Russian coal.'],
  ['2022-04-05', 'The Commission proposed a ban on Russian coal on Tuesday.'],
  ['2022-04-06', 'The fifth package, proposed on Tuesday, includes a coal ban.'],
  ['2022-12-02', 'The EU agreed a $60 price cap on Russian oil on Friday.'],
  ['2022-12-05', 'The $60 price cap on Russian crude took effect on Monday.'],
  ['2023-01-10', 'The G7 price cap of $60 a barrel came into force on 5 December.'],
  ['2023-02-05', 'Caps of $100 and $45 a barrel on Russian petroleum products took effect on Sunday.'],
  ['2023-02-06', 'The price cap on diesel is $100 a barrel; on fuel oil it is $45.'],
  ['2024-06-01', 'The $60 price cap has been in place since December 2022.'],
  ['2025-01-12', 'The price cap on Russian oil, set at the end of 2022, is $60.'],
  ['2025-01-10', 'The US sanctioned Gazprom Neft and Surgutneftegas on Friday.'],
  ['2025-01-10', "Treasury designated 183 vessels of Russia's shadow fleet on Friday."],
  ['2025-01-14', "The Treasury sanctions announced on January 10 target Russia's oil sector."],
  ['2025-01-15', "The Biden administration's actions on 10 January target Gazprom Neft and Surgutneftegas."],
  ['2025-01-12', 'Major Russian oil producers Gazprom Neft and Surgutneftegas were sanctioned by the US.'],
  ['2025-10-22', 'The US sanctioned Rosneft and Lukoil on Wednesday.'],
  ['2025-10-23', "Treasury on Wednesday designated Rosneft and Lukoil, Russia's two largest oil companies."],
  ['2025-10-24', "The sanctions on Rosneft and Lukoil announced on 22 October are Trump's first on Russia."],
  ['2025-10-15', 'Britain sanctioned Rosneft and Lukoil on Wednesday.'],
  ['2025-10-22', 'The UK sanctioned Rosneft and Lukoil last week.'],
  ['2025-11-21', 'The wind-down period for Lukoil and Rosneft ends on 21 November.'],
  ['2021-04-15', 'Biden signed Executive Order 14024 on Thursday.'],
  ['2022-02-26', 'The EU, US and UK agreed on Saturday to cut some Russian banks off SWIFT.'],
  ['2022-03-08', 'Biden banned Russian oil imports on Tuesday.'],
  ['2022-02-22', 'Germany halted Nord Stream 2 certification on Tuesday.'],
  ['2025-05-20', "Britain announced 100 new sanctions on Tuesday, alongside the EU's 17th package."],
  ['2025-07-18', 'The UK also lowered its price cap to $47.60.'],
  ['2024-10-01', 'The UK has adopted over 2,000 sanctions against Russia.'],
];

describe('sanctions packages, price caps and designations raise no red flag', () => {
  itFlagsNoneInRuns(SANCTIONS);
});

const NARRATED_AND_NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
  // memberships told of a past time, counts narrated as of a year, "N other allies", a city then a country's possessive ("In
  // Brussels, Germany's defence minister"), the 2% of 2006, deadlines proposed (2030) beside the one agreed (2035), heads of
  // state and government in one sentence, predecessors and successors, EU and NATO accessions in one sentence
  ['2025-06-01', 'In 2014, neither Finland nor Sweden was a member of NATO.'],
  ['2025-06-01', 'At the time, Sweden was not a member of NATO.'],
  ['2024-05-01', 'When Russia invaded in 2022, Finland was not a NATO member.'],
  ['2025-03-01', 'Finland and Sweden, then non-members, took part in the 2014 exercises.'],
  ['2024-07-10', 'Until 2023, Finland had not joined NATO.'],
  ['2025-01-10', 'Sweden, which was not in NATO until 2024, now hosts allied exercises.'],
  ['2024-06-01', 'Before 2023, Finland was not in the alliance.'],
  ['2023-10-01', 'Finland was not a NATO member in 2021.'],
  ['2025-04-04', 'For decades Finland was not a member of NATO and stayed non-aligned.'],
  ['2024-04-04', 'Sweden was not a member of NATO during the Cold War.'],
  ['2024-03-08', 'Sweden had not joined NATO for two centuries of neutrality.'],
  ['2025-09-01', "France was not part of NATO's integrated command between 1966 and 2009."],
  ['2025-09-01', "De Gaulle pulled France out of NATO's integrated military command in 1966."],
  ['2019-12-04', 'France, which left the integrated command in 1966, remained a member of the alliance.'],
  ['2024-01-01', 'Spain joined NATO in 1982 but stayed out of its integrated military structure until 1999.'],
  ['2024-07-10', 'NATO has grown from 12 to 32 members.'],
  ['2024-07-10', 'Since 1949, NATO has expanded to 32 members.'],
  ['2023-04-04', 'NATO has expanded from 12 founding members to 31.'],
  ['2024-04-04', 'Sixteen of the 32 allies joined after the Cold War.'],
  ['2024-04-04', 'By the end of the Cold War, NATO had 16 members.'],
  ['2024-04-04', "Fourteen of NATO's 32 members are former communist states."],
  ['2014-09-01', 'In 2014, NATO had 28 members.'],
  ['2024-03-12', 'In 1999, the alliance grew to 19 members.'],
  ['2024-03-29', 'In 2004, NATO grew to 26 members.'],
  ['2024-04-01', 'In 2009, NATO grew to 28 members with Albania and Croatia.'],
  ['2025-01-01', 'NATO had 30 members when Russia invaded Ukraine.'],
  ['2024-03-08', 'Sweden and 30 other countries were allies of Finland.'],
  ['2024-03-08', 'Sweden joined the other 31 members of the alliance.'],
  ['2024-07-10', 'The 31 allies of Sweden all ratified its membership.'],
  ['2022-06-29', 'The 30 allies invited Finland and Sweden to join.'],
  ['2023-04-04', 'Finland joined the other 30 allies on Tuesday.'],
  ['2025-06-25', 'Trump and the 31 other NATO leaders signed the declaration.'],
  ['2025-06-25', 'The United States and its 31 allies agreed to the 5% target.'],
  ['2024-07-10', 'Biden hosted the leaders of the 31 other allies.'],
  ['2025-05-01', "Speaking in Vilnius, Latvia's President Edgars Rinkevics urged more air defence."],
  ['2025-05-01', "In Brussels, Germany's defence minister Boris Pistorius said Berlin would do more."],
  ['2025-06-24', "In The Hague, Belgium's prime minister Bart De Wever said Belgium would need time."],
  ['2022-06-29', "In Madrid, Portugal's prime minister Antonio Costa backed the new concept."],
  ['2024-07-10', "In Washington, Poland's president Andrzej Duda called for 3% of GDP."],
  ['2023-07-11', "In Vilnius, Estonia's prime minister Kaja Kallas welcomed the decision."],
  ['2025-06-25', "At the summit in The Hague, Spain's prime minister Pedro Sanchez rejected the 5% target."],
  ['2025-06-24', 'In The Hague, Netherlands Prime Minister Dick Schoof welcomed the leaders.'],
  ['2024-02-15', "At NATO headquarters in Brussels, Sweden's defence minister Pal Jonson joined as an invitee."],
  ['2025-02-12', "In Brussels, Ukraine's defence minister Rustem Umerov met allies."],
  ['2025-02-12', 'Hegseth spoke in Brussels, Belgium, at the Ukraine Defense Contact Group.'],
  ['2023-07-11', 'Leaders met in Vilnius, the capital of Lithuania.'],
  ['2025-06-24', 'The Hague, the seat of the Dutch government, hosted the summit.'],
  ['2024-06-01', 'The summit moved between Washington, Brussels and The Hague.'],
  ['2025-04-01', 'Meetings were held in Brussels, Paris and London.'],
  ['2025-01-15', 'Allied troops are stationed in Poland, Lithuania, Latvia and Estonia.'],
  ['2024-07-10', 'NATO leaders met in Washington, Madrid and Vilnius in the last three years.'],
  ['2025-02-20', "Putin's envoy met Witkoff in Riyadh, and later in Moscow."],
  ['2025-06-01', 'NATO defence ministers first agreed to aim for 2% of GDP in 2006.'],
  ['2024-06-01', 'The 2% guideline dates back to 2006 and was made a pledge in Wales in 2014.'],
  ['2025-06-01', 'The Baltic states wanted the 5% reached by 2030, not 2035.'],
  ['2025-06-10', 'Lithuania and Poland pushed for reaching 5% by 2030.'],
  ['2025-06-25', 'The 5% target, agreed in The Hague, must be reached by 2035.'],
  ['2025-07-01', 'The 5% target agreed at The Hague summit has a review in 2029.'],
  ['2024-07-10', 'The 2% target agreed in Wales in 2014 is now a floor.'],
  ['2025-06-01', 'Poland already spends more than 4% of GDP on defence.'],
  ['2025-06-25', 'Estonia has pledged 5.4% of GDP on defence from 2026.'],
  ['2025-06-25', 'Spain, which spends about 1.3% of GDP on defence, says 2.1% is enough.'],
  ['2024-06-01', 'Spain spends about 1.3% of GDP on defence.'],
  ['2025-06-25', "The EU's 3% deficit rule was loosened for defence."],
  ['2025-06-25', 'The hybrid target is 3.5% of GDP for core defence plus 1.5% for resilience.'],
  ['2025-06-26', 'Core defence spending must reach 3.5% of GDP, and other security spending 1.5%.'],
  ['2025-06-26', 'The 1.5% covers infrastructure, cyber defence and civil preparedness.'],
  ['2025-06-26', 'The 3.5% core target replaces the old 2% guideline.'],
  ['2024-12-20', 'Trump wants allies to spend 5% of GDP on defence, up from the 2% target.'],
  ['2025-01-10', 'Trump has called for 5% while the current target is 2%.'],
  ['2026-01-20', 'Allies are on track to meet the 3.5% core target by 2035.'],
  ['2024-03-13', 'Polish President Andrzej Duda and PM Donald Tusk travelled to Washington.'],
  ['2025-09-03', "Poland's President Karol Nawrocki and PM Donald Tusk disagree on Ukraine."],
  ['2025-09-03', 'President Karol Nawrocki met Trump at the White House on Wednesday.'],
  ['2025-02-28', 'French President Emmanuel Macron and UK PM Keir Starmer visited Washington this week.'],
  ['2025-03-02', 'UK PM Keir Starmer, French President Emmanuel Macron and Italian PM Giorgia Meloni attended.'],
  ['2025-06-01', "Ukraine's President Zelensky and PM Denys Shmyhal met the delegation."],
  ['2025-08-18', 'Finnish President Alexander Stubb and Italian PM Giorgia Meloni joined the talks.'],
  ['2025-08-18', 'German Chancellor Friedrich Merz and UK PM Keir Starmer also attended.'],
  ['2025-05-10', 'Macron, Merz, Starmer and Polish PM Donald Tusk travelled to Kyiv together.'],
  ['2024-10-01', "Rutte's predecessor, Jens Stoltenberg, led NATO for ten years."],
  ['2025-07-10', "Grynkewich's predecessor, Gen. Christopher Cavoli, retired."],
  ['2025-02-01', "Cavo Dragone's predecessor, Admiral Rob Bauer, was Dutch."],
  ['2024-03-01', "Syrskyi's predecessor, Gen. Valerii Zaluzhnyi, was popular."],
  ['2022-01-01', "Zelensky's predecessor, Petro Poroshenko, signed the association agreement."],
  ['2024-08-01', "Starmer's predecessor, Rishi Sunak, called the July election."],
  ['2025-03-01', "Trump's predecessor, Joe Biden, gave Ukraine billions."],
  ['2022-03-01', "Biden's predecessor, Donald Trump, praised Putin."],
  ['2025-07-01', "Merz's predecessor, Olaf Scholz, hesitated over Taurus."],
  ['2024-04-01', "Stubb's predecessor, Sauli Niinisto, led Finland into NATO."],
  ['2024-06-01', "Tusk's predecessor, Mateusz Morawiecki, led the PiS government."],
  ['2024-10-01', "Sybiha's predecessor, Dmytro Kuleba, resigned in September."],
  ['2024-07-01', "Stoltenberg's successor, Mark Rutte, will take office in October."],
  ['2025-04-01', "Biden's successor, Donald Trump, paused aid in March."],
  ['2024-10-01', 'His predecessor, Jens Stoltenberg, had held the post since 2014.'],
  ['2024-10-02', 'Taking the NATO helm in 2014, Stoltenberg steered the alliance through Crimea and the full-scale invasion.'],
  ['2025-02-01', 'The current president, Donald Trump, took office in January.'],
  ['2024-05-01', "The current Biden administration supports Ukraine's NATO path."],
  ['2025-04-01', 'The current Trump administration paused intelligence sharing in March.'],
  ['2025-01-21', 'The current Secretary General, Mark Rutte, took office in October.'],
  ['2023-07-01', "Montenegro's official entry into NATO came on 5 June 2017."],
  ['2024-03-29', 'Estonia, Latvia and Lithuania joined NATO and the EU in 2004.'],
  ['2024-05-01', 'Bulgaria and Romania joined NATO in 2004 and the EU in 2007.'],
  ['2023-07-01', 'Croatia joined NATO in 2009 and the EU in 2013.'],
  ['2024-05-01', 'Slovenia joined both NATO and the EU in the spring of 2004.'],
  ['2024-05-01', 'Slovakia, Slovenia and the three Baltic states joined NATO in March and the EU in May 2004.'],
  ['2019-03-12', 'Hungary joined NATO together with two other countries in 1999.'],
  ['2024-03-07', "It was NATO's second enlargement in less than a year, after Finland's accession in April 2023."],
  ['2023-04-04', 'This is the first enlargement since 2020.'],
  ['2024-03-07', "The addition of Sweden completes NATO's Nordic flank."],
  ['2025-01-01', "The addition of Finland doubled NATO's land border with Russia."],
  ['2024-07-10', 'The additions of Finland and Sweden brought NATO to 32 members.'],
  ['2022-07-05', 'Finland and Sweden signed accession protocols in Brussels on Tuesday, but must still be ratified by all 30 allies.'],
  ['2016-05-19', 'Montenegro signed its accession protocol on Thursday but is not yet a member.'],
  ['2019-02-06', 'North Macedonia signed its accession protocol on Wednesday; it is not yet a member.'],
  ['2008-04-03', 'Albania and Croatia were invited on Thursday to begin accession talks.'],
  ['2022-06-29', 'Finland and Sweden were formally invited to join NATO in Madrid on Wednesday.'],
  ['2023-04-04', 'Finland applied in May 2022 and joined in April 2023.'],
  ['2024-03-07', 'Sweden applied in May 2022 and joined in March 2024.'],
  ['2024-03-07', "Sweden's accession took 22 months, Finland's less than a year."],
];

describe('narrated memberships, possessives after a city, predecessors raise no red flag', () => {
  itFlagsNoneInRuns(NARRATED_AND_NEIGHBOURS);
});

const SETTINGS_SECRETARIES_AND_PM: ReadonlyArray<readonly [string, string]> = [
  // a sentence opening with its setting before "CITY, COUNTRY" where the country is the subject ("Since the summit in
  // Vilnius, Germany in particular"), summit cities with their countries and namesakes, the Secretary General's title
  // written every way ("Sec. Gen.", "Secretary–General", "Secretaries General") beside real generals and admirals, "PM"
  // beside a president, a clock's "4 PM", deputy and designate prime ministers
  ['2023-07-12', 'When allies met in Vilnius, Germany, too, pledged a brigade for Lithuania.'],
  ['2023-07-13', 'A day after the summit in Vilnius, Germany on Thursday confirmed its brigade plan.'],
  ['2023-07-20', 'Since the summit in Vilnius, Germany in particular has stepped up.'],
  ['2025-06-23', 'Ahead of the summit in The Hague, Belgium on Monday said it would not reach 3.5% soon.'],
  ['2025-06-26', 'Two days after the summit in The Hague, Spain, which won an exemption, insisted it would stay at 2.1%.'],
  ['2022-03-25', 'Hours after the summit in Brussels, Poland, which borders Ukraine, repeated its call for a peacekeeping mission.'],
  ['2024-02-15', 'At the ministerial in Brussels, Sweden, still an invitee, sat at the table.'],
  ['2022-06-30', 'The summit moved from Brussels, Belgium, to Madrid, Spain, this year.'],
  ['2023-07-12', 'Leaders flew from Madrid, Spain, last year to Vilnius, Lithuania, this year.'],
  ['2019-12-04', 'NATO leaders met at a hotel in Watford, England.'],
  ['2019-12-04', 'The meeting was held in Watford, Hertfordshire, outside London.'],
  ['2014-09-05', 'The summit was held at the Celtic Manor resort near Newport, Wales.'],
  ['2014-09-05', 'NATO leaders met in Newport, UK.'],
  ['2025-06-24', 'NATO leaders met in The Hague, Holland.'],
  ['2025-06-24', 'The summit is being held in The Hague, the Netherlands.'],
  ['2004-06-28', 'NATO leaders met in Istanbul, Turkey.'],
  ['2006-11-29', 'NATO leaders met in Riga, Latvia.'],
  ['2002-11-21', 'NATO leaders met in Prague, Czech Republic.'],
  ['2022-01-01', "NATO's 2002 summit was held in Prague, Czechia."],
  ['2009-04-04', 'NATO leaders met in Strasbourg, France, and Kehl, Germany.'],
  ['2010-11-20', 'NATO leaders met in Lisbon, Portugal.'],
  ['2012-05-21', 'NATO leaders met in Chicago, Illinois.'],
  ['2012-05-21', 'NATO leaders met in Chicago, USA.'],
  ['2026-01-10', 'The next NATO summit will take place in Ankara, Türkiye, in July.'],
  ['2025-05-15', 'NATO foreign ministers met in Antalya, Turkey.'],
  ['2024-07-10', 'NATO leaders met in Washington, D.C.'],
  ['2024-07-10', 'NATO leaders met in Washington, DC, for the summit.'],
  ['2024-07-10', 'NATO leaders met in Washington, United States.'],
  ['2018-07-11', "Leaders met at NATO's new headquarters in Brussels, Belgium."],
  ['2024-05-01', 'NATO has its headquarters in Brussels, the Belgian capital.'],
  ['2023-07-11', "The summit in Vilnius, Lithuania's capital, opened on Tuesday."],
  ['2023-07-11', 'The summit in Vilnius, some 30 km from Belarus, opened on Tuesday.'],
  ['2025-06-24', "NATO leaders met in The Hague, Schoof's home city."],
  ['2025-04-01', 'A meeting was held in Brussels, where NATO is based.'],
  ['2025-05-01', "Ministers met in Brussels, Germany's Pistorius among them."],
  ['2025-05-01', 'NATO held a meeting in Brussels, Paris and London at once by video.'],
  ['2024-09-01', 'The talks were held in Paris, Texas, not Paris, France.'],
  ['2025-03-10', 'The course was held in Newport, Rhode Island, at the Naval War College.'],
  ['2024-11-01', 'The conference was held in London, Ontario.'],
  ['2022-03-24', 'The extraordinary NATO summit in Brussels, Belgium, was held on Thursday.'],
  ['2025-06-24', 'The summit in The Hague ran on Tuesday and Wednesday.'],
  ['2022-05-18', 'A meeting was held in Brussels on Wednesday to receive the applications.'],
  ['2016-07-09', 'In Warsaw, Poland, NATO agreed to deploy four battalions.'],
  ['2016-07-09', 'Leaders met in Warsaw, Poland, on Friday and Saturday.'],
  ['2008-04-03', 'In Bucharest, Romania, NATO promised Ukraine and Georgia membership.'],
  ['2022-05-16', 'NATO Secretary-General Jens Stoltenberg said Finland and Sweden would be welcomed.'],
  ['2022-05-16', 'NATO Secretary General Jens Stoltenberg spoke on Monday.'],
  ['2022-05-16', 'NATO Sec. Gen. Jens Stoltenberg welcomed the news.'],
  ['2022-05-16', 'Secretary Gen. Jens Stoltenberg welcomed the news.'],
  ['2022-05-16', 'Sec-Gen Stoltenberg welcomed the news.'],
  ['2022-05-16', 'SecGen Jens Stoltenberg welcomed the news.'],
  ['2022-05-16', 'NATO chief Jens Stoltenberg said the door was open.'],
  ['2022-05-16', 'The Secretary General, Jens Stoltenberg, said the door was open.'],
  ['2022-05-16', 'The Secretary-General of NATO, Jens Stoltenberg, said the door was open.'],
  ['2022-05-16', 'NATO Secretary–General Jens Stoltenberg said the door was open.'],
  ['2022-05-16', 'NATO SECRETARY GENERAL JENS STOLTENBERG SAID THE DOOR WAS OPEN.'],
  ['2022-05-16', 'NATO Deputy Secretary General Mircea Geoana said the door was open.'],
  ['2014-05-01', 'NATO Secretary General Anders Fogh Rasmussen condemned the annexation of Crimea.'],
  ['2024-12-01', 'Former Secretary General Anders Fogh Rasmussen urged more aid.'],
  ['2024-10-01', 'Secretary General Mark Rutte took office on Tuesday.'],
  ['2025-06-24', 'NATO Secretary-General Mark Rutte welcomed the leaders.'],
  ['2025-06-24', "NATO's Secretary General Mark Rutte hosted the summit with the Dutch."],
  ['2025-10-01', 'Deputy Secretary General Radmila Shekerinska visited Skopje.'],
  ['2025-01-15', "NATO's general secretary, Mark Rutte, urged allies to spend more."],
  ['2025-04-01', 'In general, Rutte has avoided criticising Trump.'],
  ['2025-04-01', 'Generally, Mark Rutte has praised Trump.'],
  ['2025-01-01', 'The former Secretaries General Jens Stoltenberg and Anders Fogh Rasmussen both backed Ukraine.'],
  ['2023-07-01', "UN Secretary-General Antonio Guterres and NATO's Jens Stoltenberg spoke."],
  ['2025-07-01', 'German Defence Minister Boris Pistorius and General Carsten Breuer visited Lithuania.'],
  ['2025-07-01', 'General Carsten Breuer and Boris Pistorius visited the brigade.'],
  ['2025-02-01', 'UK Defence Secretary John Healey and Admiral Tony Radakin visited Kyiv.'],
  ['2024-02-08', 'Defence Minister Rustem Umerov and General Oleksandr Syrskyi met on Thursday.'],
  ['2024-06-01', 'The Chief of the General Staff, Valery Gerasimov, and Defence Minister Andrei Belousov met troops.'],
  ['2024-06-01', 'General Valery Gerasimov and Andrei Belousov inspected troops.'],
  ['2023-01-11', 'General Valery Gerasimov took command of the war in Ukraine.'],
  ['2022-10-08', 'General Sergei Surovikin was put in charge of the war.'],
  ['2024-03-01', 'Lieutenant General Kyrylo Budanov heads military intelligence.'],
  ['2025-02-01', "Retired Lt. Gen. Keith Kellogg is Trump's envoy for Ukraine."],
  ['2025-02-20', 'General Keith Kellogg visited Kyiv.'],
  ['2024-06-01', 'Retired General Philip Breedlove, a former NATO commander, urged more aid.'],
  ['2024-06-01', 'Retired Admiral James Stavridis, a former Supreme Allied Commander, spoke on CNN.'],
  ['2024-06-01', 'Retired Lt. Gen. Ben Hodges urged longer-range missiles.'],
  ['2023-06-01', 'General Mark Milley, the chairman of the Joint Chiefs, spoke with Gerasimov.'],
  ['2023-04-01', 'Gen. Tod Wolters, a former SACEUR, retired in 2022.'],
  ['2025-03-01', 'Admiral Giuseppe Cavo Dragone, the chair of the NATO Military Committee, spoke in Brussels.'],
  ['2025-03-01', 'General Secretary Xi Jinping met Putin.'],
  ['2023-03-21', 'Chinese leader Xi Jinping met Putin in Moscow on Tuesday.'],
  ['2022-11-16', 'Poland may not have to invoke Article 4, said President Andrzej Duda.'],
  ['2022-11-16', 'Polish President Andrzej Duda and PM Mateusz Morawiecki met on Wednesday.'],
  ['2024-03-12', 'Duda and PM Donald Tusk met Biden on Tuesday.'],
  ['2024-01-10', 'PM Donald Tusk and President Andrzej Duda clashed over the media.'],
  ['2022-11-16', 'At 4 PM Andrzej Duda spoke to the nation.'],
  ['2022-11-16', 'The statement came at 3 PM. Andrzej Duda spoke later.'],
  ['2022-11-16', 'Around 10 p.m., Duda convened the security council.'],
  ['2023-06-01', 'Deputy PM Wladyslaw Kosiniak-Kamysz is defence minister.'],
  ['2024-06-01', "Deputy PM Wladyslaw Kosiniak-Kamysz is Poland's defence minister."],
  ['2024-03-01', 'Deputy PM Olha Stefanishyna handles European integration.'],
  ['2025-02-01', 'First Deputy PM Yulia Svyrydenko negotiated the minerals deal.'],
  ['2025-07-16', 'PM-designate Yulia Svyrydenko presented her programme.'],
  ['2025-07-16', 'Outgoing PM Denys Shmyhal resigned on Tuesday.'],
  ['2024-06-01', 'Slovak PM Robert Fico was shot in May.'],
  ['2022-09-01', 'Slovak PM Eduard Heger backs Ukraine.'],
  ['2024-06-01', 'Czech PM Petr Fiala backs the ammunition initiative.'],
  ['2026-01-15', 'Czech PM Andrej Babis took office in December.'],
  ['2024-06-01', 'Czech President Petr Pavel and PM Petr Fiala attended.'],
  ['2023-01-15', 'Ex-PM Boris Johnson visited Kyiv again.'],
  ['2024-09-01', 'Then PM Rishi Sunak pledged aid.'],
  ['2016-07-08', 'Polish PM Beata Szydlo hosted the Warsaw summit.'],
  ['2025-08-18', "Italy's PM Meloni, Britain's PM Starmer and Germany's Chancellor Merz flew to Washington."],
  ['2025-06-01', 'PM Starmer and President Macron lead the coalition of the willing.'],
  ['2024-06-01', 'The PM, Rishi Sunak, called the election.'],
  ['2024-06-01', 'Indian PM Narendra Modi visited Kyiv.'],
  ['2024-08-23', 'Indian PM Narendra Modi visited Kyiv on Friday.'],
  ['2024-07-09', 'Hungarian PM Viktor Orban met Putin, then Xi.'],
  ['2023-10-17', 'Hungarian PM Viktor Orban met Putin in Beijing on Tuesday.'],
  ['2024-06-01', "NATO's current and former Secretaries General Jens Stoltenberg and Anders Fogh Rasmussen both backed Ukraine."],
  ['2024-06-01', "NATO's current and former Secretaries-General, Jens Stoltenberg and Anders Fogh Rasmussen, both backed Ukraine."],
  ['2024-06-01', 'The Attorneys General Merrick Garland and Bill Barr disagreed.'],
];

describe('settings, secretaries general and PM raise no red flag', () => {
  itFlagsNoneInRuns(SETTINGS_SECRETARIES_AND_PM);
});

const LISTS_PROPOSALS_AND_BACK_REFERENCES: ReadonlyArray<readonly [string, string]> = [
  // lists of countries joining NATO and the EU on their own days, packages on the Commission's proposal day, counts before a
  // pending accession ("the 29 other NATO countries" in May 2022), growth told in counts of other bodies, meetings told back
  // ("The meeting, held on Tuesday")
  ['2024-03-29', 'Greece and Turkey joined NATO in 1952.'],
  ['2024-03-29', 'Greece and Turkey joined on 18 February 1952.'],
  ['2024-03-29', 'West Germany joined in 1955 and Spain in 1982.'],
  ['2024-03-29', 'Estonia, Latvia and Lithuania joined the EU and NATO in 2004.'],
  ['2024-03-29', 'Poland, Hungary and the Czech Republic joined on 12 March 1999.'],
  ['2024-03-29', 'Bulgaria, Romania, Slovakia, Slovenia and the Baltic states joined in 2004.'],
  ['2024-03-29', 'Albania and Croatia joined on April 1, 2009.'],
  ['2024-03-29', 'NATO enlarged in 1999 and 2004. Poland, Hungary and the Czech Republic joined in 1999.'],
  ['2024-05-01', 'NATO expanded in 2004, and so did the EU. Poland, Hungary, Slovakia and Slovenia joined the EU in 2004.'],
  ['2024-05-01', 'NATO had taken in Poland and Hungary in 1999. Cyprus, Malta, Poland and Hungary joined the EU in 2004.'],
  ['2024-05-01', 'NATO and the EU both grew in 2004. Poland, Hungary, Cyprus and Malta joined the European Union on 1 May 2004.'],
  ['2024-05-01', 'Poland and Hungary joined NATO in 1999 and the EU in 2004.'],
  ['2024-05-01', 'Like Poland, Hungary and the Czech Republic joined NATO in 1999.'],
  ['2024-05-01', 'Romania and Bulgaria joined NATO in 2004 and the European Union in 2007.'],
  ['2024-05-01', 'Finland and Sweden joined the EU in 1995, and NATO in 2023 and 2024 respectively.'],
  ['2024-05-01', 'Finland, Sweden and Austria joined the EU on 1 January 1995.'],
  ['2024-05-01', 'Spain and Portugal joined the European Community in 1986.'],
  ['2024-05-01', 'Spain joined NATO in 1982 and the European Community in 1986.'],
  ['2024-05-01', 'Denmark, Ireland and the United Kingdom joined the European Community in 1973.'],
  ['2024-05-01', 'Norway, a NATO founder, twice voted against joining the EU.'],
  ['2024-05-01', 'Denmark, Norway and Iceland joined NATO as founders in 1949.'],
  ['2024-05-01', 'France, Italy and the Benelux countries founded NATO in 1949 with seven others.'],
  ['2022-04-05', 'The Commission proposed a fifth package of sanctions on Tuesday.'],
  ['2022-04-05', 'Von der Leyen announced a fifth package on Tuesday, including a ban on coal imports.'],
  ['2022-04-05', 'The Commission has adopted a proposal for a fifth package of sanctions.'],
  ['2022-04-05', 'The EU is preparing a fifth package, von der Leyen said on Tuesday.'],
  ['2022-04-05', 'The EU adopted its fourth package in March.'],
  ['2022-05-04', 'The Commission proposed a sixth package on Wednesday, including an oil embargo.'],
  ['2022-05-04', 'Von der Leyen presented the sixth package to the European Parliament on Wednesday.'],
  ['2022-05-04', 'The sixth package, presented on Wednesday, must still be adopted by all 27 member states.'],
  ['2025-09-19', 'The Commission presented the 19th package on Friday; the 18th was adopted in July.'],
  ['2025-09-19', 'The EU adopted its 18th package on 18 July.'],
  ['2025-01-29', 'The Commission proposed the 16th package on Wednesday; it hopes to adopt it by 24 February.'],
  ['2025-06-10', 'The EU adopted its 17th package in May and proposed the 18th on Tuesday.'],
  ['2023-11-15', 'The Commission proposed the 12th package on Wednesday; the 11th was adopted in June.'],
  ['2022-05-18', "Turkey, along with the 29 other NATO countries, could veto Finland's and Sweden's applications."],
  ['2022-05-18', "All 30 allies must approve Finland's and Sweden's applications."],
  ['2023-06-01', "Sweden's application needs the approval of all 31 allies."],
  ['2023-06-01', "Hungary, along with the 30 other allies, must approve Sweden's bid."],
  ['2022-05-18', "Finland would become NATO's 31st member."],
  ['2023-06-01', "Sweden would become NATO's 32nd member once Turkey and Hungary ratify."],
  ['2022-05-18', 'Once Finland and Sweden join, NATO will have 32 members.'],
  ['2022-07-05', 'Turkey could still block the applications; NATO has 30 members.'],
  ['2024-07-10', 'NATO has expanded to 32 members.'],
  ['2024-07-10', 'Since the end of the Cold War, NATO has expanded to include 16 new members.'],
  ['2024-07-10', "NATO's membership has grown to 32 nations."],
  ['2024-07-10', 'The alliance has expanded to the Baltic states and the Nordic countries.'],
  ['2025-01-10', 'The Global Coalition against Daesh has grown to 87 members.'],
  ['2024-07-10', 'Since 2014, the alliance has grown to 32 members and its battlegroups to eight.'],
  ['2025-03-01', 'The Ukraine Defense Contact Group has grown to some 50 countries.'],
  ['2020-01-01', 'The EU has expanded to 28 members since 1957.'],
  ['2025-06-25', 'The EU has expanded to 27 members since Britain left.'],
  ['2025-03-01', 'The Oval Office meeting, held on Friday, ended without a deal.'],
  ['2025-03-12', 'US and Ukrainian officials met in Jeddah. The meeting, held on Tuesday, produced a ceasefire proposal.'],
  ['2025-02-19', 'US and Russian officials met in Riyadh. The talks, which concluded on Tuesday, lasted four and a half hours.'],
  ['2025-08-16', 'Trump and Putin met in Alaska. The summit, which concluded on Friday evening, produced no deal.'],
  ['2025-03-03', 'Starmer hosted European leaders in London. The meeting, held on Sunday, agreed a four-point plan.'],
  ['2025-09-05', 'The coalition of the willing met in Paris. The meeting, which concluded on Thursday, gathered 26 pledges.'],
  ['2025-05-17', 'Russian and Ukrainian delegations met in Istanbul. The talks on Friday lasted less than two hours.'],
  ['2025-06-26', 'The summit, which concluded on 25 June, agreed the 5% target.'],
  ['2024-07-12', "The Washington summit, which concluded on July 11, declared Ukraine's path irreversible."],
  ['2023-07-13', 'The Vilnius summit, which concluded on July 12, set up the NATO-Ukraine Council.'],
  ['2025-08-19', 'Zelensky met Trump on Monday. The talks on Monday were friendlier than in February.'],
  ['2025-08-19', 'Trump called Putin after the meeting on Monday.'],
  ['2025-08-20', 'European leaders briefed their ministers on Tuesday, a day after the meeting.'],
  ['2025-10-18', 'Zelensky met Trump at the White House. The meeting, held on Friday, lasted two and a half hours.'],
  ['2025-02-28', 'The leaders met in the Oval Office on Friday after a breakfast meeting with senators.'],
  ['2025-03-01', 'Zelensky left the White House early on Friday and flew to London on Saturday.'],
  ['2025-03-02', 'Zelensky met King Charles at Sandringham on Sunday.'],
  ['2025-03-01', 'Starmer welcomed Zelensky to Downing Street on Saturday.'],
  ['2025-08-15', 'Putin landed in Anchorage on Friday morning.'],
  ['2025-08-14', 'Trump will meet Putin in Alaska on Friday.'],
  ['2025-08-13', 'Zelensky and European leaders held a video call with Trump on Wednesday.'],
  ['2025-08-17', 'The coalition of the willing met by video on Sunday.'],
];

describe('lists, proposal days, pending counts and back-references raise no red flag', () => {
  itFlagsNoneInRuns(LISTS_PROPOSALS_AND_BACK_REFERENCES);
});

const REAL_PAGES: ReadonlyArray<readonly [string, string]> = [
  // sentences of real pages, as written: the Hague summit's split and Spain's 2.1%, the Secretaries General, the German
  // brigade in Lithuania, the 18th and 19th packages and the lowered price cap
  // https://thediplomatinspain.com/en/2025/06/23/rutte-assures-that-nato-has-no-exemptions-and-that-spain-must-allocate-at-least-3-5-to-defense-to-meet-its-commitments
  [
    '2025-06-23',
    'NATO Secretary General Mark Rutte asserted this Monday that the Atlantic Alliance “has no exemptions or parallel agreements” and warned that Spain should allocate at least “3.5%” to military spending if it wants to achieve the capability targets it has committed to with the organization.',
  ],
  // https://thediplomatinspain.com/en/2025/06/23/rutte-assures-that-nato-has-no-exemptions-and-that-spain-must-allocate-at-least-3-5-to-defense-to-meet-its-commitments
  [
    '2025-06-23',
    '“All Allies agree on the military capability targets and have recently accepted those goals,” Rutte declared at the press conference ahead of the Hague Summit, which is being held this Tuesday and Wednesday in The Hague.',
  ],
  // https://thediplomatinspain.com/en/2025/06/23/rutte-assures-that-nato-has-no-exemptions-and-that-spain-must-allocate-at-least-3-5-to-defense-to-meet-its-commitments
  [
    '2025-06-23',
    '“Spain has accepted the targets and believes it can meet them with spending of 2.1% of GDP, while NATO expected slightly higher spending, around 3.5%,” he continued.',
  ],
  // https://thediplomatinspain.com/en/2025/06/23/rutte-assures-that-nato-has-no-exemptions-and-that-spain-must-allocate-at-least-3-5-to-defense-to-meet-its-commitments
  [
    '2025-06-23',
    '“The big difference compared to the 2014 spending commitment is that there will now be annual reports on what nations are spending and regular reviews of what is happening.”',
  ],
  // https://www.devdiscourse.com/article/law-order/3467470-spain-secures-nato-exemption-on-defense-spending
  [
    '2025-06-22',
    'Sanchez argued that this level of spending is disproportionate and unnecessary for Spain, highlighting that commitments can be met with a 2.1% GDP investment.',
  ],
  // https://head-post.com/?p=58227
  [
    '2025-06-23',
    'Language was amended from “we commit” to “allies commit” to the 5% goal, comprising 3.5% for core military needs and 1.5% for defence-related infrastructure and cybersecurity.',
  ],
  // https://head-post.com/?p=58227
  [
    '2025-06-23',
    'The agreement averts a crisis ahead of this week’s summit in The Hague, where leaders aim to show unity amid escalation in the Middle East and the ongoing war in Ukraine.',
  ],
  // https://fika-online.com/2022/11/21/jens-stoltenberg-and-anders-fogh-rasmussen-scandinavias-nato-heads/
  ['2022-11-21', 'Both the current Secretary General and his predecessor hail from the Nordic countries.'],
  // https://fika-online.com/2022/11/21/jens-stoltenberg-and-anders-fogh-rasmussen-scandinavias-nato-heads/
  [
    '2022-11-21',
    'Taking the NATO helm in 2014, he dealt with President Trump’s ambivalence to the alliance, and was then tested by Russia’s invasion of Ukraine.',
  ],
  // https://fika-online.com/2022/11/21/jens-stoltenberg-and-anders-fogh-rasmussen-scandinavias-nato-heads/
  [
    '2022-11-21',
    'As Secretary General of NATO from 2009 to 2014 (he took over just four months after stepping down as prime minister), Rasmussen oversaw coordination of NATO’s response to the 2011 Libyan Civil War.',
  ],
  // https://link.springer.com/article/10.1080%2F14794012.2016.1200301
  [
    '2016-07-01',
    'Former Norwegian Prime Minister Jens Stoltenberg became NATO’s secretary general on 1 October 2014, succeeding Anders Fogh Rasmussen.',
  ],
  // https://link.springer.com/article/10.1080%2F14794012.2016.1200301
  ['2016-07-01', 'His legacy provides his successor with more opportunities to serve as a ‘general’, rather than solely as a ‘secretary’.'],
  // https://www.delfi.lt/en/politics/roadmap-signed-for-deployment-of-german-brigade-in-lithuania-95412143
  [
    '2023-12-18',
    '“This is a historic decision both for Lithuania and Germany,” Minister of National Defence of Lithuania Arvydas Anušauskas said at a press conference in Vilnius.',
  ],
  // https://www.delfi.lt/en/politics/roadmap-signed-for-deployment-of-german-brigade-in-lithuania-95412143
  [
    '2023-12-18',
    'German Defence Minister Boris Pistorius in turn stated that the signing of the roadmap marks a new phase in the friendship between the two countries.',
  ],
  // https://viabaltica.fi/lithuania-president-seeks-to-have-german-brigade-deployed-by-2026/
  [
    '2023-06-01',
    'Germany’s chief of defence, General Carsten Breuer, said that Germany would begin deploying the brigade in early 2024. Nauseda met with Breuer in Vilnius to discuss German support for improving Lithuania’s security.',
  ],
  // https://www.dw.com/en/german-lithuanian-foreign-ministers-agree-to-increased-military-cooperation/a-63726196
  [
    '2022-11-11',
    'Lithuania will invest in infrastructure to be ready to host a German military brigade on its soil by 2026, Foreign Minister Gabrielius Landsbergis said in Berlin after meeting with his German counterpart Annalena Baerbock on Friday.',
  ],
  // https://kyivindependent.com/eu-to-enforce-new-dynamic-price-cap-on-russian-oil-from-sept-3/
  [
    '2025-08-06',
    'The European Union will implement a new dynamic ceiling on Russian oil prices beginning Sept. 3, as part of its 18th sanctions package against Moscow, European Commission spokesperson Arianna Podesta said on Aug. 6, according to European Pravda.',
  ],
  // https://kyivindependent.com/eu-to-enforce-new-dynamic-price-cap-on-russian-oil-from-sept-3/
  ['2025-08-06', 'The revised cap replaces the static $60-per-barrel limit introduced by the G7 in December 2022.'],
  // https://kyivindependent.com/eu-to-enforce-new-dynamic-price-cap-on-russian-oil-from-sept-3/
  ['2025-08-06', 'As of now, that figure stands at $47.60 per barrel.'],
  // https://www.pravda.com.ua/eng/news/2025/08/6/7524982/
  [
    '2025-08-06',
    'A new, dynamic price cap for Russian oil, introduced as part of the 18th package of European Union sanctions against Russia, will be applied from 3 September 2025.',
  ],
  // https://www.pravda.com.ua/eng/news/2025/08/6/7524982/
  [
    '2025-08-06',
    'On 18 July, the EU approved the long-awaited 18th package of EU sanctions against Russia, which had been delayed due to opposition from Slovakia and Malta.',
  ],
  // https://www.pravda.com.ua/eng/news/2025/08/6/7524982/
  ['2025-08-06', '"The transaction ban on 22 additional Russian banks will enter into force on 8 August 2025," Podestà said.'],
  // https://babel.ua/en/news/121728-radio-liberty-slovakia-blocked-the-19th-package-of-eu-sanctions-against-russia
  ['2025-09-26', 'Last week, on September 19, the European Union presented its 19th package of sanctions.'],
  // https://babel.ua/en/news/121728-radio-liberty-slovakia-blocked-the-19th-package-of-eu-sanctions-against-russia
  ['2025-09-26', 'The previous, 18th, package of sanctions was adopted by the EU on July 18.'],
  // https://babel.ua/en/news/121728-radio-liberty-slovakia-blocked-the-19th-package-of-eu-sanctions-against-russia
  [
    '2025-09-26',
    'In particular, the EU lowered the ceiling price for Russian crude oil from $60 to $47.6 per barrel — Ukraine has repeatedly said that this is necessary.',
  ],
  // https://babel.ua/en/news/121728-radio-liberty-slovakia-blocked-the-19th-package-of-eu-sanctions-against-russia
  ['2025-09-26', 'According to him, on September 26, EU ambassadors first discussed the new package of restrictions.'],
  // https://www.devdiscourse.com/article/headlines/3671429-eus-19th-sanctions-package-targets-russias-lng
  [
    '2025-10-23',
    'The European Union has officially adopted a 19th package of sanctions against Russia, which notably includes a ban on imports of Russian liquefied natural gas (LNG). This decision was formalized on Thursday.',
  ],
  // https://www.devdiscourse.com/article/headlines/3671429-eus-19th-sanctions-package-targets-russias-lng
  ['2025-10-23', 'The new sanction package, which received final approval on Wednesday, faced initial resistance from Slovakia.'],
  // Euractiv, 23 October 2025
  [
    '2025-10-23',
    'The EU formally approved a fresh round of sanctions on Russia on Thursday, after Slovakia dropped its veto last night following weeks of blocking the measures, and just hours after the US sanctioned two large Russian oil firms.',
  ],
  // Euractiv, 23 October 2025
  [
    '2025-10-23',
    'The package – the 19th since Moscow’s full-scale invasion of Ukraine – will see the 27 EU countries phase out their purchases of Russian liquefied natural gas (LNG) by January 2027.',
  ],
];

describe('sentences of real pages raise no red flag', () => {
  itFlagsNoneInRuns(REAL_PAGES);
});

const DENIALS_PACKAGES_AND_DESIGNATIONS: ReadonlyArray<readonly [string, string]> = [
  // denials of membership with "in NATO", "has not joined" and "neither is" where true (other clubs, the euro, nuclear
  // sharing), the Baltic states as a group, counts with "Member Countries", EU packages told as not yet adopted or agreed by
  // ambassadors, US designations on their own days (10 January 2025, 15 January 2025, 22 October 2025 and the 2024 rounds),
  // the US $60 cap beside the EU/UK $47.60
  ['2023-06-01', 'Non-member Sweden attended the meeting as an invitee.'],
  ['2022-03-01', 'Non-NATO Finland shares a long border with Russia.'],
  ['2024-03-01', 'Austria, which is not in NATO, buys into the Sky Shield.'],
  ['2025-06-01', 'Ireland, which is not in NATO, spends little on defence.'],
  ['2024-06-01', 'Turkey is in NATO but not in the EU.'],
  ['2024-06-01', 'Hungary is in NATO and in the EU.'],
  ['2023-06-01', 'Sweden is not in NATO yet.'],
  ['2022-04-01', "Finland is not in NATO's Nuclear Planning Group."],
  ['2023-11-01', "Finland has not joined NATO's nuclear sharing arrangements."],
  ['2025-02-01', 'Norway has not joined the EU.'],
  ['2024-01-01', 'Denmark has not joined the euro.'],
  ['2025-03-10', 'Hungary has not joined the coalition of the willing.'],
  ['2022-03-01', 'Turkey has not joined Western sanctions on Russia.'],
  ['2024-06-01', 'Austria has not joined NATO.'],
  ['2022-05-01', 'Switzerland has not joined NATO or the EU.'],
  ['2024-06-01', 'Ukraine has not joined NATO.'],
  ['2023-06-01', "Sweden hasn't joined the alliance yet."],
  ['2022-03-01', 'Ukraine is not a member of NATO, and neither is Georgia.'],
  ['2022-03-01', 'Finland is not a NATO member, and neither is Sweden.'],
  ['2024-06-01', 'Ukraine is not a member of NATO, nor is Moldova.'],
  ['2024-06-01', 'Austria is not a NATO member, and neither is Ireland.'],
  ['2025-06-01', 'Before 2004, the Baltic states were not NATO members.'],
  ['2024-06-01', 'The Baltic states were not in NATO in 1999.'],
  ['2024-06-01', 'The Baltic states are not members of the Nordic Council.'],
  ['2024-06-01', 'Unlike the Baltic states, Finland was not a NATO member until 2023.'],
  ['2022-01-20', 'The Baltic states are NATO members, but Finland and Sweden are not.'],
  ['2022-01-20', 'The Baltic States joined NATO in 2004; Finland has not joined.'],
  ['2024-03-08', "The Baltic states, Poland and Finland are NATO's frontline states."],
  ['2024-06-01', 'There are 32 Member Countries in NATO.'],
  ['2024-06-01', 'There are currently 32 Members of NATO.'],
  ['2017-06-20', 'There are currently 29 Members (Countries) of NATO.'],
  ['2024-06-01', 'There are 27 Member States of the EU.'],
  ['2022-01-20', 'There are 30 member states in NATO.'],
  ['2025-06-10', 'The EU has adopted 17 packages of sanctions so far.'],
  ['2025-07-10', "The EU's 17th package, adopted in May, targeted the shadow fleet."],
  ['2025-07-10', 'The 18th package, which the EU hopes to adopt this month, would lower the price cap.'],
  ['2025-06-27', 'Slovakia blocked the adoption of the 18th package on Thursday.'],
  ['2025-07-10', 'The EU has still not adopted the 18th package as Slovakia holds out.'],
  ['2025-10-01', 'The EU has yet to adopt its 19th package.'],
  ['2025-10-10', 'Slovakia and Austria held up the adoption of the 19th package.'],
  ['2025-02-20', 'EU ambassadors on Wednesday approved the 16th package, to be formally adopted on Monday.'],
  ['2025-01-29', 'The EU has adopted 15 packages so far; the Commission proposed the 16th on Wednesday.'],
  ['2022-04-05', 'The EU has already adopted four packages of sanctions.'],
  ['2024-02-21', 'EU ambassadors agreed the 13th package on Wednesday.'],
  ['2024-02-23', 'The 13th package was adopted on Friday, the eve of the second anniversary.'],
  ['2025-01-11', 'On January 10, 2025, the Treasury Department announced sanctions on Gazprom Neft and Surgutneftegas.'],
  ['2025-01-11', "On January 10, the Biden administration announced its broadest sanctions yet on Russia's oil sector."],
  ['2025-10-23', 'On October 22, 2025, the Treasury sanctioned Rosneft and Lukoil.'],
  ['2025-10-23', 'The Treasury announced on Wednesday sanctions on Rosneft and Lukoil.'],
  ['2025-01-16', "On January 15, 2025, Treasury announced further sanctions targeting Russia's sanctions evasion."],
  ['2024-06-13', 'On June 12, 2024, Treasury expanded its secondary sanctions on foreign banks.'],
  ['2024-02-24', "On February 23, 2024, the US imposed more than 500 sanctions on Russia after Navalny's death."],
  ['2024-08-24', 'On August 23, 2024, Treasury and State sanctioned nearly 400 targets.'],
  ['2024-11-22', 'On November 21, 2024, Treasury sanctioned Gazprombank.'],
  ['2025-09-10', 'The US has kept the price cap at $60, while the EU and Britain lowered theirs to $47.60.'],
  ['2025-10-01', 'The $60 cap set by the G7 in 2022 still applies in the United States.'],
  ['2023-12-20', 'The G7 tightened enforcement of the $60 price cap this month.'],
  ['2024-12-16', 'The 15th package targeted 52 more shadow fleet vessels.'],
  ['2025-05-20', 'The 17th package listed 189 more vessels, bringing the total to 342.'],
  ['2025-10-23', 'The 19th package listed 117 more vessels.'],
];

describe('denials, package counts and other designation days raise no red flag', () => {
  itFlagsNoneInRuns(DENIALS_PACKAGES_AND_DESIGNATIONS);
});

const ADDITIONS_FOUNDERS_AND_ADMINISTRATIONS: ReadonlyArray<readonly [string, string]> = [
  // "the addition/accession of Finland and Sweden" followed by founders in another role or list, founding members of other
  // clubs (the Brussels Treaty, the EEC, the Nordic Council, the JEF, NORDEFCO, the Arctic Council, Schengen), ministers
  // beside real generals, courtesy titles, the Biden and Trump administrations told by their time (outgoing, incoming,
  // first, second, previous, current on the right day)
  ['2024-07-10', "With the addition of Finland and Sweden, Norway, Denmark and Iceland are no longer NATO's only Nordic members."],
  ['2024-07-10', 'Since the accession of Sweden, Norway and Sweden share an allied border.'],
  ['2024-07-10', "NATO's newest members, Finland and Sweden, and its founders Norway and Denmark now ring the Baltic and the North Sea."],
  ['2024-03-08', 'The addition of Sweden and Finland alongside Norway and Denmark unites the Nordic region in NATO.'],
  ['2023-03-24', 'The inclusion of Sweden, Norway, Denmark and Finland in a joint Nordic air command was agreed on Friday.'],
  ['2024-07-10', 'The accession of Finland and Sweden doubled the Nordic presence that Norway, Denmark and Iceland had built since 1949.'],
  ['2024-07-10', "After the admission of Finland and Sweden, Norway's prime minister said the north was safer."],
  ['2024-07-10', 'NATO welcomed Finland and Sweden as new members; Norway and Denmark were among the founders.'],
  [
    '2024-04-04',
    'The original members of NATO were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.',
  ],
  ['2024-04-04', 'The founding members were the United States, Canada and ten European countries.'],
  ['2024-04-04', 'The original members of NATO were the United States, Canada, and 10 Western European nations.'],
  ['2024-04-04', "NATO's founding members in Scandinavia were Denmark, Norway and Iceland."],
  ['2024-04-04', 'The founding members of the Brussels Treaty were Britain, France, Belgium, the Netherlands and Luxembourg.'],
  [
    '2024-04-04',
    'The founding members of the Western Union, a defence alliance, were Belgium, France, Luxembourg, the Netherlands and Britain.',
  ],
  ['2024-04-04', 'The founding members of the EEC were Belgium, France, Italy, Luxembourg, the Netherlands and West Germany.'],
  ['2024-04-04', 'The six founding members of the EU were Belgium, France, Germany, Italy, Luxembourg and the Netherlands.'],
  [
    '2024-04-04',
    'The original members of the European Coal and Steel Community were Belgium, France, West Germany, Italy, Luxembourg and the Netherlands.',
  ],
  ['2024-04-04', 'The founding members of the Nordic Council were Denmark, Iceland, Norway and Sweden.'],
  [
    '2024-04-04',
    'The founding members of the Arctic Council were Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.',
  ],
  ['2024-04-04', 'The original members of the Schengen agreement were Belgium, France, West Germany, Luxembourg and the Netherlands.'],
  ['2024-04-04', 'The founding members of the JEF were Britain, Denmark, Estonia, Latvia, Lithuania, the Netherlands and Norway.'],
  ['2024-04-04', 'The founding members of the Nordic Defence Cooperation were Denmark, Finland, Iceland, Norway and Sweden.'],
  ['2024-04-04', "NATO's founding members included Belgium, Canada and Denmark."],
  ['2024-04-04', 'The founding members of the OSCE included the United States, Canada and the Soviet Union.'],
  [
    '2024-04-04',
    'The original signatories of the Brussels Treaty were Belgium, France, Luxembourg, the Netherlands and the United Kingdom.',
  ],
  ['2023-03-01', 'Defence Minister Oleksii Reznikov and Gen. Valerii Zaluzhnyi briefed allies.'],
  ['2024-03-01', 'Defence Minister Rustem Umerov and Gen. Oleksandr Syrskyi visited the front.'],
  ['2025-05-01', 'Defense Secretary Pete Hegseth and Gen. Dan Caine briefed reporters.'],
  ['2023-03-01', 'Defense Secretary Lloyd Austin, a retired Army general, chaired the Ramstein meeting.'],
  ['2023-03-01', 'Retired Gen. Lloyd Austin leads the Pentagon.'],
  ['2024-06-01', "Gen. Wesley Clark, NATO's former commander, urged more aid."],
  ['2024-10-01', "Ukraine's ambassador in London, Gen. Valerii Zaluzhnyi, spoke at a conference."],
  ['2025-06-01', 'Foreign Minister Dr. Johann Wadephul visited Kyiv.'],
  ['2025-01-01', 'H.E. Mr. Mark Rutte, Secretary General of NATO, addressed the conference.'],
  ['2024-06-01', 'Ambassador Julianne Smith, the US Permanent Representative to NATO, briefed reporters.'],
  ['2025-06-01', 'The US Permanent Representative to NATO, Ambassador Matthew Whitaker, spoke in Brussels.'],
  ['2022-03-01', 'NATO Deputy Secretary General Mircea Geoana visited Romania.'],
  ['2025-03-01', 'The current Trump administration paused aid to Ukraine.'],
  ['2025-06-01', 'The previous Biden administration sent Ukraine ATACMS.'],
  ['2025-06-01', 'The then Biden administration approved F-16 training in 2023.'],
  ['2024-05-01', 'While the Biden administration is preparing new aid, Ukraine waits.'],
  ['2024-12-20', 'The outgoing Biden administration rushed aid to Ukraine.'],
  ['2025-01-15', 'The outgoing Biden administration announced new sanctions on Friday.'],
  ['2024-12-20', 'The incoming Trump administration wants a quick deal.'],
  ['2025-06-01', 'The first Trump administration sent Javelins to Ukraine.'],
  ['2025-06-01', 'The second Trump administration has a different approach.'],
  ['2019-06-01', 'The Trump administration approved more Javelins.'],
  ['2025-01-19', 'The current Biden administration leaves office on Monday.'],
  ['2017-06-01', 'The former Obama administration imposed sanctions after Crimea.'],
  ['2014-03-20', 'The Obama administration imposed sanctions on Thursday.'],
  ['2025-03-01', 'Under the current administration, US policy has shifted.'],
  ['2025-02-01', 'The Biden administration gave Ukraine $66 billion in military aid.'],
  ['2025-06-25', "Trump's administration backed the 5% target."],
];

describe('additions, founding lists of other clubs and administrations raise no red flag', () => {
  itFlagsNoneInRuns(ADDITIONS_FOUNDERS_AND_ADMINISTRATIONS);
});

const REAL_PAGES_MEMBERS_AND_PM: ReadonlyArray<readonly [string, string]> = [
  // sentences of real pages, as written: Finland and Sweden outside NATO in May 2022 and their partnership, an AP caption of
  // 24 January 2022 in Brussels, "Polish PM to meet French President, British PM" (a headline of 9 November 2024)
  // https://www.channelnewsasia.com/world/russia-ukraine-invasion-pushed-finland-sweden-nato-2682571
  [
    '2022-05-13',
    'Despite their orientation toward the US and western Europe, Finland and Sweden since the Cold War have bet that their national security was best protected by staying out of NATO.',
  ],
  // https://www.channelnewsasia.com/world/russia-ukraine-invasion-pushed-finland-sweden-nato-2682571
  ['2022-05-13', 'Why aren’t Finland and Sweden NATO members?'],
  // https://www.channelnewsasia.com/world/russia-ukraine-invasion-pushed-finland-sweden-nato-2682571
  [
    '2022-05-13',
    'They are part of the alliance’s Partnership for Peace program, which fosters cooperation with non-members, and, along with Ukraine, are among six so-called Enhanced Opportunity Partners that make “particularly significant contributions to NATO operations”.',
  ],
  // https://ktar.com/story/gallery/neutral-europe-recedes-as-finns-swedes-edge-toward-nato/
  [
    '2022-05-15',
    "NATO Secretary General Jens Stoltenberg, center, participates in a media conference with Finland's Foreign Minister Pekka Haavisto, left, and Sweden's Foreign Minister Ann Linde, right, at NATO headquarters in Brussels, Jan. 24, 2022.",
  ],
  // https://ktar.com/story/gallery/neutral-europe-recedes-as-finns-swedes-edge-toward-nato/
  [
    '2022-05-15',
    "Protesters gather during a demonstration against NATO membership outside the ruling Social Democrats party's office in Stockholm, Sweden, May 14, 2022.",
  ],
  // https://ktar.com/story/gallery/neutral-europe-recedes-as-finns-swedes-edge-toward-nato/
  [
    '2022-05-15',
    "Ukraine's President Volodymyr Zelenskyy receives a standing ovation as he addresses Sweden's parliament via video link, in Stockholm, March 24, 2022.",
  ],
  // https://www.newsonair.gov.in/page/1779/?cat=state&id=ST553
  ['2024-11-09', 'Polish PM to meet French President, British PM, NATO head & Nordic-Baltic leaders to discuss transatlantic cooperation'],
  // https://www.newsonair.gov.in/page/1779/?cat=state&id=ST553
  [
    '2024-11-09',
    "Polish Prime Minister Donald Tusk today said that he will meet France's president, Britain's prime minister, the head of NATO, and leaders of the Nordic and Baltic states soon to discuss transatlantic cooperation and the war in Ukraine.",
  ],
];

describe('more sentences of real pages raise no red flag', () => {
  itFlagsNoneInRuns(REAL_PAGES_MEMBERS_AND_PM);
});

const DATED_EVENTS_2014_2024: ReadonlyArray<readonly [string, string]> = [
  // events of 2014-2024 told with their weekday and place (Crimea, Minsk, Wales, Warsaw, Brussels 2017, Montenegro and North
  // Macedonia joining, Helsinki, Watford, Geneva 2021, the invasion year and after), counts of allies at 2% and at the
  // summits of their year, memberships told as pending where they were
  ['2014-03-18', 'Putin signed a treaty on Tuesday annexing Crimea.'],
  ['2014-03-27', 'The UN General Assembly on Thursday declared the Crimea referendum invalid.'],
  ['2014-04-01', 'NATO foreign ministers suspended practical cooperation with Russia on Tuesday.'],
  ['2014-04-01', 'Ukraine is not a NATO member, and allies will not defend it militarily.'],
  ['2014-06-07', "Petro Poroshenko was sworn in as Ukraine's president on Saturday."],
  ['2014-09-05', 'The Minsk Protocol was signed on Friday.'],
  ['2014-09-05', 'NATO leaders agreed in Newport, Wales, on a Readiness Action Plan.'],
  ['2014-09-05', 'The 28 allies agreed to halt the decline in defence spending.'],
  ['2014-09-05', 'Only four of the 28 allies spend 2% of GDP on defence.'],
  ['2014-10-01', 'Jens Stoltenberg, a former Norwegian prime minister, took over as NATO Secretary General on Wednesday.'],
  ['2014-10-01', 'Anders Fogh Rasmussen, his predecessor, led NATO from 2009.'],
  ['2015-02-12', 'The leaders of Germany, France, Russia and Ukraine agreed the Minsk II deal on Thursday.'],
  ['2015-12-02', 'NATO invited Montenegro to join, its first invitation since 2008.'],
  ['2015-12-02', 'Montenegro is not yet a member; the accession talks begin now.'],
  ['2016-05-19', "Montenegro will become NATO's 29th member once all 28 allies ratify."],
  ['2016-07-08', 'The 28 allies agreed in Warsaw to deploy four battalions to Poland and the Baltic states.'],
  ['2016-07-09', 'Montenegro took part in the Warsaw summit as an observer.'],
  ['2016-07-09', 'Finland and Sweden, NATO partners, attended the Warsaw summit dinner.'],
  ['2017-01-20', 'Donald Trump was sworn in on Friday as the 45th president.'],
  ['2017-05-25', 'NATO leaders met in Brussels on Thursday at the new headquarters.'],
  ['2017-05-25', 'Trump did not explicitly endorse Article 5 in Brussels on Thursday.'],
  ['2017-06-05', 'Montenegro formally joined NATO on Monday in Washington.'],
  ['2017-06-05', 'Montenegro deposited its instrument of accession with the US State Department.'],
  ['2018-06-17', 'Greece and Macedonia signed the Prespa agreement on Sunday.'],
  ['2018-07-11', 'NATO invited Macedonia to begin accession talks.'],
  ['2018-07-12', 'Trump demanded that allies raise defence spending to 4% of GDP.'],
  ['2018-07-12', 'Trump called for 4% after allies pledged 2%.'],
  ['2018-07-16', 'Trump met Putin in Helsinki on Monday.'],
  ['2019-02-06', 'North Macedonia signed its accession protocol on Wednesday; it became an invitee.'],
  ['2019-02-12', "The country's new name, North Macedonia, took effect on Tuesday."],
  ['2019-04-04', 'NATO foreign ministers marked the 70th anniversary in Washington.'],
  ['2019-05-20', 'Volodymyr Zelensky was sworn in on Monday.'],
  ['2019-11-07', 'Macron said NATO was experiencing brain death.'],
  ['2019-12-04', 'NATO leaders met in Watford, near London, on Wednesday.'],
  ['2019-12-04', 'Allies agreed that space is an operational domain.'],
  ['2020-03-27', 'North Macedonia joined NATO as its 30th member on Friday.'],
  ['2020-03-27', "Spain was the last ally to ratify North Macedonia's accession."],
  ['2020-06-05', 'Trump ordered the withdrawal of 9,500 US troops from Germany.'],
  ['2020-11-07', 'Joe Biden was projected the winner of the election on Saturday.'],
  ['2021-01-20', 'Biden was sworn in on Wednesday as the 46th president.'],
  ['2021-02-04', 'Biden said America is back.'],
  ['2021-06-14', 'NATO leaders met in Brussels on Monday.'],
  ['2021-06-16', 'Biden met Putin in Geneva on Wednesday.'],
  ['2021-08-15', 'The Taliban took Kabul on Sunday.'],
  ['2021-08-30', 'The last US troops left Afghanistan on Monday.'],
  ['2021-12-07', 'Biden and Putin held a video call on Tuesday.'],
  ['2021-12-17', 'Russia published draft treaties on Friday demanding an end to NATO enlargement.'],
  ['2022-01-26', 'The US and NATO delivered written responses to Moscow on Wednesday.'],
  ['2022-02-21', 'Putin recognised the separatist regions on Monday.'],
  ['2022-02-25', 'NATO leaders held a virtual summit on Friday.'],
  ['2022-03-16', 'Zelensky addressed Congress on Wednesday.'],
  ['2022-04-07', 'The UN General Assembly suspended Russia from the Human Rights Council on Thursday.'],
  ['2022-09-30', 'Putin claimed to annex four Ukrainian regions on Friday.'],
  ['2022-09-30', 'Ukraine applied for fast-track NATO membership on Friday.'],
  ['2022-11-15', 'A missile landed in Przewodow, Poland, on Tuesday.'],
  ['2022-11-16', 'The missile that hit Przewodow, Poland, was probably Ukrainian, NATO said.'],
  ['2023-02-24', 'The war entered its second year on Friday.'],
  ['2023-05-21', 'Zelensky attended the G7 summit in Hiroshima, Japan, on Sunday.'],
  ['2023-06-06', 'The Kakhovka dam was destroyed on Tuesday.'],
  ['2023-06-24', 'Wagner fighters marched toward Moscow on Saturday.'],
  ['2023-08-23', 'Prigozhin died in a plane crash on Wednesday.'],
  ['2024-02-16', 'Alexei Navalny died in an Arctic prison on Friday.'],
  ['2024-04-20', 'The House passed $61 billion in aid for Ukraine on Saturday.'],
  ['2024-04-24', 'Biden signed the aid bill on Wednesday.'],
  ['2024-08-06', "Ukrainian forces crossed into Russia's Kursk region on Tuesday."],
  ['2024-11-05', 'Americans voted on Tuesday.'],
  ['2024-11-19', 'Biden allowed Ukraine to use ATACMS inside Russia, and Ukraine fired them on Tuesday.'],
  ['2024-11-21', 'Russia fired an Oreshnik missile at Dnipro on Thursday.'],
];

describe('dated events of 2014-2024 by weekday raise no red flag', () => {
  itFlagsNoneInRuns(DATED_EVENTS_2014_2024);
});

const OPENING_SETTINGS: ReadonlyArray<readonly [string, string]> = [
  // a city of a summit closing an opening time clause or setting, the country after the comma the main clause's subject
  // ("When NATO met in Warsaw, Russia on Friday warned", "Hours before the summit in Madrid, Turkey on Tuesday lifted its
  // veto", "As leaders met in The Hague, Spain, the lowest spender, held out"): place-setting.ts, read by event.ts and
  // place-city-country.ts
  ['2023-07-12', 'Leaders who met in Vilnius, Germany among them, agreed the plans.'],
  ['2023-07-12', 'By the time of the summit in Vilnius, Germany in turn had pledged a brigade.'],
  ['2023-07-12', 'Even before the summit in Vilnius, Germany on Monday said it would station troops.'],
  ['2025-06-23', 'Just days before the summit in The Hague, Belgium on Monday said it needed time.'],
  ['2025-06-22', 'On the eve of the summit in The Hague, Spain on Sunday announced its deal.'],
  ['2025-06-21', 'Days ahead of the summit in The Hague, Spain, which spends least, asked for flexibility.'],
  ['2025-06-24', 'As leaders met in The Hague, Spain, the lowest spender, held out.'],
  ['2025-06-24', 'With leaders gathered in The Hague, Spain, the lowest spender, held out.'],
  ['2025-06-24', 'Amid the summit in The Hague, Spain, the lowest spender, held out.'],
  ['2025-06-25', 'Despite the summit in The Hague, Spain, the lowest spender, held out.'],
  ['2025-06-25', 'Like others at the summit in The Hague, Spain, too, signed the declaration.'],
  ['2025-06-25', 'Unlike most allies at the summit in The Hague, Spain, in a letter, won flexibility.'],
  ['2023-07-11', 'Once the talks in Vilnius ended, Turkey on Tuesday backed Sweden.'],
  ['2023-07-10', "Once in Vilnius, Turkey on Monday backed Sweden's bid."],
  ['2023-07-10', "On arrival in Vilnius, Turkey's Erdogan backed Sweden's bid."],
  ['2023-07-10', 'The night before the summit in Vilnius, Turkey on Monday agreed to back Sweden.'],
  ['2023-07-10', 'Hours before the summit in Vilnius, Turkey, after talks with Sweden, lifted its veto.'],
  ['2022-06-28', 'Hours before the summit in Madrid, Turkey on Tuesday lifted its veto.'],
  ['2022-06-28', 'The day before the summit in Madrid, Turkey, Finland and Sweden signed a memorandum.'],
  ['2022-06-28', 'Before the summit in Madrid, Turkey, which had blocked the bids, lifted its veto.'],
  ['2024-07-09', 'As the summit in Washington opened, Hungary, whose leader had visited Moscow, was isolated.'],
  ['2024-07-10', 'Two days into the summit in Washington, Hungary, to the anger of allies, said little.'],
  ['2016-07-08', 'While leaders met in Warsaw, Russia, in a statement, condemned the deployment.'],
  ['2016-07-08', 'When NATO met in Warsaw, Russia on Friday warned of a response.'],
  ['2018-07-11', 'During the summit in Brussels, Germany, criticised by Trump, defended its spending.'],
  ['2018-07-11', 'After the summit in Brussels, Germany, under pressure, promised more.'],
  ['2014-09-05', 'Whilst leaders met in Newport, Wales on Friday saw protests.'],
  ['2014-09-05', 'When NATO met in Newport, Wales, for the first time, hosted a summit.'],
];

describe('a country after an opening setting raise no red flag', () => {
  itFlagsNoneInRuns(OPENING_SETTINGS);
});

// The same form with no opening setting is still the city put in the wrong country (event.ts, with the meeting identified).
const CITY_IN_WRONG_COUNTRY: ReadonlyArray<readonly [string, string, string]> = [
  ['2025-06-25', 'NATO leaders held their annual summit in The Hague, Switzerland.', 'The Hague, Switzerland'],
  ['2016-07-09', 'NATO leaders met in Warsaw, Russia, on Friday.', 'Warsaw, Russia'],
  ['2025-06-25', 'After months of talks, leaders met in The Hague, Belgium, on Tuesday.', 'The Hague, Belgium'],
];

describe('a summit city put in the wrong country in a plain clause is still flagged', () => {
  it('flags each as a contradicted event', () => {
    for (const [asOf, text, quote] of CITY_IN_WRONG_COUNTRY)
      expect(
        redFlags(text, asOf).map((a) => [a.verdict, a.kind, a.quote]),
        `${asOf} ${text}`,
      ).toEqual([['contradicted', 'event', quote]]);
  });
});

const JOINED_ANOTHER_SCHEME: ReadonlyArray<readonly [string, string]> = [
  // a bare "have not joined" after a denial of NATO membership, where another scheme was joined in between (membership-
  // status.ts notJoinedIsNato): the founders France and Italy, and Poland, have not joined the European Sky Shield
  [
    '2024-06-01',
    'Austria and Switzerland, which are not NATO members, joined the European Sky Shield Initiative, but France and Poland have not joined.',
  ],
  ['2024-09-01', 'Switzerland, which is not a NATO member, joined the Sky Shield this year; Italy and France have not joined.'],
  ['2023-09-01', 'Austria is not a member of NATO but joined the Sky Shield in July, while Poland has not joined.'],
];

describe('a bare "have not joined" of the scheme joined just before raise no red flag', () => {
  itFlagsNoneInRuns(JOINED_ANOTHER_SCHEME);
});

describe('a bare "have not joined" right after a denial of NATO membership is still NATO’s', () => {
  it('flags the founders told as not having joined (held-out 46 vg001)', () => {
    const text = 'The Baltic States are not members of NATO, and Norway and Iceland have not joined.';
    expect(
      redFlags(text, '2022-01-20')
        .filter((a) => a.quote.startsWith('Norway'))
        .map((a) => [a.verdict, a.kind, a.quote]),
    ).toEqual([['contradicted', 'membership', 'Norway and Iceland have not joined']]);
  });
});

const ANNOUNCED_HOSTS_CAPS_AND_PM: ReadonlyArray<readonly [string, string]> = [
  // future summits told with their announced hosts (Albania 2027, Ankara on 7-8 July 2026, the Netherlands 2025, Washington
  // 2024, Vilnius 2023, Spain 2022), meetings told back with weekday and date, the price caps with their start days, the 2%
  // told with the places that reaffirmed it, "PM" and "PM-elect" before the right holder on the day
  ['2025-06-25', 'The 2027 summit will be held in Albania.'],
  ['2025-09-01', "NATO's 2026 summit will take place in Ankara on 7 and 8 July."],
  ['2024-07-11', 'The next summit will be held in the Netherlands in 2025.'],
  ['2023-07-12', 'The 2024 summit will be held in Washington, D.C.'],
  ['2022-06-30', 'Lithuania will host the 2023 summit in Vilnius.'],
  ['2021-06-14', 'Spain will host the next summit in 2022.'],
  ['2025-06-25', 'Türkiye will host the next summit in 2026, and Albania in 2027.'],
  ['2025-06-25', 'The next NATO summit will be held in Turkey next year.'],
  ['2025-08-20', 'The meeting on Monday, 18 August 2025, was calmer than in February.'],
  ['2025-03-01', 'The meeting on Friday, 28 February 2025, ended early.'],
  ['2025-08-16', 'The summit on Friday, 15 August 2025, took place at Joint Base Elmendorf-Richardson.'],
  ['2022-12-05', 'The price cap of $60 a barrel took effect on Monday, 5 December 2022.'],
  ['2023-02-05', 'The $100 cap on diesel and the $45 cap on fuel oil took effect on 5 February 2023.'],
  ['2025-09-03', 'From 3 September 2025, the EU cap is $47.60.'],
  ['2025-07-18', 'The EU agreed on Friday to lower the cap to $47.60 from 3 September.'],
  ['2024-01-10', 'The G7 price cap, set at $60 in December 2022, has not been changed.'],
  ['2025-12-01', 'The US price cap remains $60.'],
  ['2024-07-10', 'The 2% target agreed in Wales was reaffirmed in Madrid, Vilnius and Washington.'],
  ['2023-07-12', 'In Vilnius in 2023, allies agreed 2% would be a minimum.'],
  ['2025-06-26', 'The 3.5% target agreed in The Hague replaces the 2% of Wales.'],
  ['2024-09-05', 'The 2% target agreed at the 2014 summit in Newport, Wales, turns ten.'],
  ['2025-06-26', 'The 5% target agreed in The Hague was discussed by foreign ministers in Antalya in May.'],
  ['2022-11-16', 'President Andrzej Duda and PM Mateusz Morawiecki convened the security council.'],
  ['2023-12-13', 'PM Donald Tusk was sworn in on Wednesday.'],
  ['2023-12-12', 'PM-elect Donald Tusk won a confidence vote on Monday.'],
  ['2024-07-05', 'PM Keir Starmer entered Downing Street on Friday.'],
  ['2022-10-25', 'PM Rishi Sunak took office on Tuesday.'],
  ['2022-09-06', 'PM Liz Truss took office on Tuesday.'],
  ['2019-07-24', 'PM Boris Johnson took office on Wednesday.'],
  ['2025-05-06', 'Chancellor Friedrich Merz was elected on Tuesday in a second round.'],
  ['2024-06-01', 'The Polish PM, Donald Tusk, met the Czech PM, Petr Fiala.'],
  ['2022-11-16', 'Polish PM Mateusz Morawiecki said on Wednesday there was no evidence of an attack on Poland.'],
  ['2022-11-16', 'President Duda said the missile was probably Ukrainian; PM Morawiecki agreed.'],
];

describe('announced hosts, caps by date and PM with the right holder raise no red flag', () => {
  itFlagsNoneInRuns(ANNOUNCED_HOSTS_CAPS_AND_PM);
});

const COURTESY_AND_RANKS: ReadonlyArray<readonly [string, string]> = [
  // courtesy styles and degrees between a title and a name (Ambassador, H.E. Mr., Dr.), real ranks on their day (Lt. Gen.
  // Budanov in 2024, Brig. Gen. Hromov, Gen. Milley, Admiral Bauer, Gen. Cavoli and Gen. Grynkewich, Gen. Syrskyi and
  // Zaluzhnyi, Petr Pavel as a former general), civilian secretaries beside them
  ['2020-04-02', 'The NATO Deputy Secretary General, Ambassador Mircea Geoana, spoke on Thursday.'],
  ['2023-04-20', 'The President of Albania, H.E. Mr. Bajram Begaj, received the delegation.'],
  ['2025-06-01', 'Foreign Minister Dr. Johann Wadephul met Sybiha.'],
  ['2024-11-01', 'President Dr. Alexander Stubb addressed the Finnish parliament.'],
  ['2024-07-06', 'Chancellor Olaf Scholz and Dr. Robert Habeck agreed the 2025 budget.'],
  ['2025-01-10', 'Ambassador Julianne Smith, who served until January, praised the alliance.'],
  ['2024-03-01', "Lt. Gen. Kyrylo Budanov, Ukraine's intelligence chief, spoke on Wednesday."],
  ['2023-08-01', 'Brig. Gen. Oleksii Hromov briefed reporters.'],
  ['2022-09-01', "Gen. Mark Milley said Ukraine's counteroffensive was going well."],
  ['2024-02-01', 'Admiral Rob Bauer, a Dutch naval officer, chairs the Military Committee.'],
  ['2025-05-01', "Gen. Christopher Cavoli, NATO's Supreme Allied Commander Europe, testified in April."],
  ['2025-08-01', 'Gen. Christopher Cavoli retired after handing over to Gen. Alexus Grynkewich.'],
  ['2024-06-01', 'Gen. Oleksandr Syrskyi, who replaced Gen. Valerii Zaluzhnyi in February, faces a Russian offensive.'],
  ['2025-06-01', 'General Zaluzhnyi, now ambassador in London, keeps a low profile.'],
  ['2023-03-09', 'President Petr Pavel, a former general, was sworn in on Thursday.'],
  ['2025-03-01', 'Gen. Petr Pavel, Czech president and former NATO military chief, spoke in Prague.'],
  ['2024-06-01', 'Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met allies.'],
  ['2025-05-01', 'Secretary of State Marco Rubio, also acting national security adviser, spoke on Thursday.'],
  ['2025-02-21', 'Special envoy Keith Kellogg, a retired lieutenant general, visited Kyiv.'],
  ['2025-10-01', 'Envoy Steve Witkoff met Putin in Moscow.'],
];

describe('courtesy styles and real ranks raise no red flag', () => {
  itFlagsNoneInRuns(COURTESY_AND_RANKS);
});

const OTHERS_COUNTED: ReadonlyArray<readonly [string, string]> = [
  // "the N other" allies and EU members counted right on the day ("the 26 other EU members", "Britain and its 27 EU
  // partners" in 2019, "Trump and the 31 other NATO leaders", "Turkey and the 29 other NATO countries" in May 2022), one of
  // N allies, contact-group counts
  ['2025-06-25', 'Hungary blocked the 26 other EU members.'],
  ['2019-03-29', 'Britain and its 27 EU partners agreed a delay.'],
  ['2019-03-29', 'The 27 other EU members agreed to extend the Brexit deadline.'],
  ['2023-12-15', 'Orban left the room as the 26 other EU leaders agreed to open accession talks with Ukraine.'],
  ['2025-06-25', 'Trump and the 31 other NATO leaders signed the declaration.'],
  ['2024-07-10', 'The United States and the 31 other allies pledged aid.'],
  ['2025-06-25', 'Spain and the 31 other allies agreed the text.'],
  ['2024-03-08', 'Sweden joined its 31 fellow members.'],
  ['2025-06-25', 'Rutte thanked the 32 allies and their partners.'],
  ['2025-06-25', 'Zelensky met leaders of the 32 allies at dinner.'],
  ['2023-01-20', 'Ukraine thanked the 50 other countries of the contact group.'],
  ['2022-05-18', 'Turkey alone among the 30 allies objected.'],
  ['2022-05-18', 'Turkey and the 29 other NATO countries must approve.'],
  ['2023-04-04', 'Finland and its 30 allies celebrated on Tuesday.'],
  ['2024-03-07', 'Sweden and its 31 allies celebrated on Thursday.'],
  ['2025-06-25', 'Spain, alone among the 32 allies, refused the 5% target.'],
  ['2025-06-25', 'All 32 allies signed, including Spain.'],
  ['2025-06-25', 'Spain and 31 other members signed.'],
  ['2025-06-25', 'Of the 32 allies, only Spain won a carve-out.'],
];

describe('others counted beside one ally or one EU member raise no red flag', () => {
  itFlagsNoneInRuns(OTHERS_COUNTED);
});

const TARGETS_BY_SUMMIT: ReadonlyArray<readonly [string, string]> = [
  // targets told with the summit and year that set or reaffirmed them (the 2% and the 20% guideline at Wales 2014, the floor
  // at Vilnius 2023, the 5% at The Hague 2025), demands and counts told at other summits
  ['2024-06-01', 'The 2% target was agreed at the 2014 Wales summit.'],
  ['2024-06-01', 'The 2% floor was agreed at the 2023 Vilnius summit.'],
  ['2025-07-01', 'The 5% target agreed at the 2025 Hague summit runs to 2035.'],
  ['2024-06-01', 'The 2% target, reaffirmed at the 2023 Vilnius summit, is now a minimum.'],
  ['2024-06-01', 'The 2% pledge made at the 2014 summit in Wales was reaffirmed at the 2016 Warsaw summit.'],
  ['2024-06-01', 'The Defence Investment Pledge agreed at the 2014 Wales summit set the 2% guideline.'],
  ['2024-06-01', 'The 20% equipment guideline was agreed at the 2014 Wales summit alongside the 2%.'],
  ['2024-06-01', 'Poland met the 2% target long before the 2023 Vilnius summit.'],
  ['2024-06-01', 'The 2% target agreed at the 2014 summit was made a floor in Vilnius.'],
  ['2025-06-26', 'The 5% goal agreed in The Hague in 2025 replaced the 2% set in Wales in 2014.'],
  ['2023-07-12', 'Allies agreed in Vilnius on Tuesday that 2% is a floor, not a ceiling.'],
  ['2025-06-25', 'Allies agreed at The Hague on Wednesday to reach 5% by 2035.'],
  ['2022-06-30', 'At the 2022 Madrid summit, allies did not raise the 2% target.'],
  ['2018-07-12', 'At the 2018 Brussels summit, Trump demanded 4%.'],
  ['2024-07-11', 'At the 2024 Washington summit, 23 allies met the 2% target.'],
];

describe('targets told with their right summit and year raise no red flag', () => {
  itFlagsNoneInRuns(TARGETS_BY_SUMMIT);
});

const ROUND_SIZES: ReadonlyArray<readonly [string, string]> = [
  // accessions told with the right size of their round ("together with six other countries" of 29 March 2004, "two other
  // countries" of 12 March 1999, "nine other countries" of the EU on 1 May 2004, Finland with two others in 1995) beside a
  // round of one
  ['2024-05-01', 'Poland joined the EU together with nine other countries.'],
  ['2024-03-29', 'Bulgaria joined NATO together with six other countries.'],
  ['2024-05-01', 'Slovenia joined the EU in 2004 with nine others.'],
  ['2024-05-01', 'Finland joined the EU with two other countries in 1995.'],
  ['2024-03-29', 'Estonia joined NATO along with six other countries and the EU with nine others.'],
  ['2019-03-12', 'Hungary joined NATO with two other former Warsaw Pact countries.'],
  ['2024-03-29', 'Lithuania joined NATO in 2004 alongside six other Central and Eastern European countries.'],
  ['2024-03-29', 'Lithuania was one of seven countries to join NATO in 2004.'],
  ['2024-05-01', 'Sweden joined the EU together with Finland and Austria.'],
  ['2019-04-01', 'Croatia joined NATO along with one other country, Albania.'],
  ['2024-03-29', 'On March 29, 2004, Romania joined the North Atlantic Alliance together with six other countries.'],
  ['2024-03-29', 'On 29 March 2004, Slovakia joined NATO together with six other Central and East European countries.'],
  ['2024-05-01', 'On 1 May 2004, the Czech Republic joined the EU together with nine other countries.'],
  ['2019-03-12', 'On 12 March 1999, Poland joined NATO together with two other countries.'],
  ['2017-06-05', 'Montenegro joined NATO alone, the only country in its round.'],
  ['2024-03-07', 'Sweden joined NATO alone, a year after Finland.'],
];

describe('accessions told with their round’s size raise no red flag', () => {
  itFlagsNoneInRuns(ROUND_SIZES);
});

const OTHER_GATHERINGS: ReadonlyArray<readonly [string, string]> = [
  // gatherings of other groups in NATO's summit cities and seat (the White House meeting of 18 August 2025, EU summits, the
  // G7, the coalition of the willing, defence ministers, the EPC, the Munich conference) beside NATO's own summits told as
  // gatherings
  ['2025-08-19', 'European leaders gathered in Washington on Monday.'],
  ['2025-10-23', 'EU leaders gathered in Brussels on Thursday.'],
  ['2025-06-16', 'G7 leaders gathered in Kananaskis, Canada, on Monday.'],
  ['2025-09-04', 'The coalition of the willing gathered in Paris on Thursday.'],
  ['2025-06-05', 'Defence ministers gathered at NATO headquarters in Brussels on Thursday.'],
  ['2025-09-23', 'World leaders gathered in New York for the UN General Assembly.'],
  ['2023-07-12', 'Leaders gathered in Vilnius in July for the NATO summit.'],
  ['2024-07-11', "Leaders gathered in Washington this week for NATO's 75th anniversary."],
  ['2025-03-02', 'European leaders gathered in London on Sunday.'],
  ['2025-05-16', 'European leaders gathered in Tirana for the European Political Community on Friday.'],
  ['2024-11-07', 'European leaders gathered in Budapest on Thursday.'],
  ['2025-06-24', 'NATO leaders gathered in The Hague on Tuesday evening for a royal dinner.'],
  ['2025-01-20', "World leaders gathered in Washington for Trump's inauguration."],
  ['2024-02-17', 'Leaders gathered in Munich for the security conference.'],
];

describe('other gatherings in summit cities raise no red flag', () => {
  itFlagsNoneInRuns(OTHER_GATHERINGS);
});

const DENIALS_COUNTS_PROPOSALS_AND_LISTS: ReadonlyArray<readonly [string, string]> = [
  // denials with "neither/nor" and "has not joined" where true, counts of NATO's growth in other units (troops,
  // battlegroups, partners), counts before a pending accession (2022-2023), packages on the Commission's proposal day told
  // with earlier adoptions, lists of founders and later members set apart ("Italy and Portugal were founding members, while
  // Spain joined in 1982"), additions of Finland and Sweden beside founders
  ['2022-05-01', 'Finland is not a NATO member, and Sweden has not joined either.'],
  ['2024-06-01', 'Ukraine is not a member of NATO. Georgia and Moldova have not joined.'],
  ['2025-01-01', 'Denmark is a NATO member but has not joined the euro.'],
  ['2024-06-01', 'Cyprus is not a NATO member, nor is Malta.'],
  ['2024-06-01', 'Austria is not a member of NATO, and neither are Ireland and Malta.'],
  ['2024-06-01', 'Ukraine is not a member of NATO, and neither is it in the EU.'],
  ['2024-06-01', 'Ukraine is not a member of NATO, and neither was Finland until 2023.'],
  ['2023-06-01', 'Georgia is not a member of NATO, and neither is Sweden.'],
  ['2024-06-01', 'Ireland is not in NATO, and Austria has not joined the alliance either.'],
  ['2024-06-01', 'Hungary and Slovakia have not joined the ammunition initiative, while Austria and Ireland are not in NATO.'],
  ['2025-03-01', 'Switzerland is not in NATO, and Hungary has not joined the coalition of the willing.'],
  ['2024-07-10', 'NATO has grown to 32 members, and its partnerships to more than 40 countries.'],
  ['2024-07-10', 'NATO has expanded its high-readiness forces to 300,000 troops.'],
  ['2024-07-10', 'NATO has grown to 32 members, and the EU to 27.'],
  ['2023-07-12', 'NATO has expanded to a force of 300,000 at high readiness.'],
  ['2025-04-15', 'The coalition of the willing has grown to more than 30 countries.'],
  ['2024-12-01', 'The alliance has expanded to eight multinational battlegroups.'],
  ['2023-05-01', "Turkey, along with the 30 other allies, must approve Sweden's application."],
  ['2023-06-01', "Hungary, one of 31 allies, has blocked Sweden's application."],
  ['2023-06-01', "Hungary and Turkey, two of the 31 allies, are blocking Sweden's bid."],
  ['2023-06-01', "NATO's 31 members must all approve Sweden's application."],
  ['2024-06-01', "All 32 allies must agree to Ukraine's application."],
  ['2022-06-01', "Once all 30 allies ratify Finland's application, NATO will have 31 members."],
  ['2022-06-01', "The veto by Turkey, one of 30 allies, blocked Finland's and Sweden's applications."],
  ['2022-05-18', 'The 30 allies must all approve the applications of Finland and Sweden.'],
  ['2025-09-19', 'The Commission adopted its proposal for a 19th package on Friday.'],
  ['2025-09-19', 'The EU has adopted 18 packages; the 19th was proposed on Friday.'],
  ['2025-09-19', 'Von der Leyen said the 19th package should be adopted quickly.'],
  ['2025-09-19', 'The Commission on Friday proposed a 19th package, which member states must adopt unanimously.'],
  ['2025-09-19', 'The EU adopted its 18th package in July, and on Friday proposed a 19th.'],
  ['2022-05-04', 'The EU adopted a fifth package in April and proposed a sixth on Wednesday.'],
  ['2022-04-05', 'The EU imposed a fourth package on 15 March.'],
  ['2022-04-05', 'The EU has adopted four packages since February; a fifth was proposed on Tuesday.'],
  ['2025-01-29', 'The EU adopted its 15th package in December.'],
  ['2025-06-10', 'The EU adopted its 17th package on 20 May.'],
  ['2023-11-15', 'The EU adopted its 11th package in June.'],
  ['2022-05-04', 'The sixth package, once adopted, will phase out Russian oil imports.'],
  ['2025-09-19', 'The new package, if adopted, would ban Russian LNG from 2027.'],
  ['2024-03-29', 'Hungary, Poland and the Czech Republic joined NATO in 1999, and the Baltic states in 2004.'],
  ['2024-03-29', 'Norway, Denmark and Iceland were founders; Finland and Sweden joined in 2023 and 2024.'],
  ['2024-03-29', 'France, Britain and the United States founded NATO; Greece and Turkey joined in 1952.'],
  ['2024-03-29', 'Italy and Portugal were founding members, while Spain joined in 1982.'],
  ['2024-03-29', 'Greece and Turkey joined NATO on 18 February 1952, West Germany on 6 May 1955.'],
  ['2024-03-29', 'The Czech Republic, Hungary and Poland joined NATO on 12 March 1999; Slovakia followed in 2004.'],
  ['2024-05-01', 'Slovakia and Slovenia joined NATO and the EU in 2004.'],
  ['2024-05-01', 'Czech Republic, Hungary and Poland joined the EU in 2004.'],
  ['2024-05-01', 'Cyprus and Malta joined in 2004, as did eight former communist states.'],
  ['2024-07-10', 'Norway and Denmark welcomed the addition of Finland and Sweden.'],
  ['2024-07-10', 'The accession of Finland and Sweden, both EU members since 1995, made the Baltic a NATO lake.'],
  ['2024-07-10', 'The addition of Finland and Sweden means that all five Nordic countries, including Norway, are allies.'],
];

describe('denials, pending counts, proposal days and lists raise no red flag', () => {
  itFlagsNoneInRuns(DENIALS_COUNTS_PROPOSALS_AND_LISTS);
});
