// Round 39, the lead's precision read: true look-alikes of the round's new red-flag forms (members told as joining together,
// accession times told mid-sentence, places in line told as ahead, national steps told as joining, accessions at a summit,
// the only ally left to ratify, summits given a month or year not their own, a summit's days told a year later, the war's
// first day, a package adopted on its proposal day, a share of GDP reached by one ally alone, tenure lengths, "since taking
// office", a chosen successor called the new holder, head of state and head of government, NATO's office by "the
// organization's", a return told as possible) must raise no red flag.
import { describe, expect, it } from 'vitest';
import { redQuotes } from './helpers';

const TRUE_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['2024-03-08', 'Sweden joined NATO on Thursday, almost a year after Finland.'],
  ['2024-03-08', 'Sweden joined the alliance alongside Finland in applying in May 2022, and became a member on Thursday.'],
  ['2023-05-20', 'Finland joined NATO in April alongside its NATO neighbours Norway and Estonia in patrolling the Baltic.'],
  ['2024-07-10', 'Albania and Croatia joined together in 2009.'],
  ['2004-04-05', 'Seven countries, including the three Baltic states, joined NATO together last week.'],
  ['2025-01-12', 'Sweden, which joined the alliance in March last year, sent ships.'],
  ['2025-01-12', "Sweden's admission as the 32nd member last March was historic."],
  ['2024-03-20', 'Sweden, which became the 32nd member this month, sent jets.'],
  ['2023-04-10', 'Finland, which joined NATO last week as the 31st member, held elections.'],
  ['2024-02-20', 'Sweden will become the 32nd member of NATO once Hungary ratifies.'],
  ['2023-03-30', 'Finland is set to become the 31st member of NATO in the coming days.'],
  ['2024-03-07', 'Sweden will be the 32nd nation to join NATO when it deposits its papers today.'],
  ['2023-03-23', 'Niinisto signed the NATO laws on Thursday, completing Finland’s own ratification of membership.'],
  ['2023-03-01', "The parliament's vote brings Finland a step closer to becoming a part of NATO."],
  ['2023-04-04', 'Finland became a member of NATO on Tuesday at a ceremony at NATO headquarters.'],
  ['2023-07-12', 'At the Vilnius summit, Finland took part for the first time as a full member.'],
  ['2024-07-10', 'Sweden, which joined in March, attended its first summit in Washington.'],
  ['2024-02-10', "Hungary is the only member yet to ratify Sweden's accession."],
  ['2024-02-27', "Hungary became the last country to ratify Sweden's membership on Monday."],
  ['2023-03-28', "Turkey is the only member yet to ratify Finland's accession after Hungary voted on Monday."],
  ['2023-05-30', "Turkey and Hungary are the only members yet to ratify Sweden's bid."],
  ['2025-07-25', 'Since the Hague summit in June, allies have met again.'],
  ['2025-08-28', 'Allies agreed a 5% target at the summit in The Hague in June.'],
  ['2024-07-20', "The Washington summit, held from 9-11 July, marked NATO's 75th anniversary."],
  ['2025-07-12', "Last July's Washington summit, held from 9-11 July 2024, declared Ukraine's path irreversible."],
  ['2022-05-03', 'Russia launched its war on Ukraine on February 24.'],
  ['2022-05-03', 'Russia recognised the two separatist regions on February 21, three days before it launched its war on Ukraine.'],
  ['2023-02-22', 'On February 22, 2022, Russia recognised the Donbas republics; the war began two days later.'],
  ['2025-10-24', 'The 19th package of sanctions was adopted on October 23, 2025.'],
  ['2025-09-19', 'The Commission proposed the 19th package of sanctions on 19 September 2025.'],
  ['2025-04-25', 'Trump wants NATO countries to spend 5 percent of GDP, a level no member currently reaches, not even the United States.'],
  ['2025-04-25', 'Poland spends over 4% of GDP, a level currently reached only by Poland among the allies.'],
  ['2024-07-02', 'Rutte stepped down after nearly 14 years as prime minister.'],
  ['2024-10-01', 'Stoltenberg leaves after a decade as secretary general.'],
  ['2019-04-20', 'Poroshenko, who has been president for five years, lost the election.'],
  ['2025-01-20', 'Biden leaves office after four years as president.'],
  ['2025-06-01', 'Since taking office in 2019, Mette Frederiksen has raised defence spending.'],
  ['2025-06-01', 'Since taking office in January, Donald Trump has imposed tariffs.'],
  ['2025-06-01', 'Mark Rutte (NATO Secretary General since 2024) spoke.'],
  ['2025-06-01', 'Mark Rutte (NATO Secretary General since October 2024) spoke.'],
  ['2021-11-25', "Olaf Scholz, Germany's next chancellor, presented the coalition deal."],
  ['2021-11-25', "Olaf Scholz is Germany's chancellor-in-waiting."],
  ['2021-12-09', "Germany's new Chancellor Olaf Scholz travelled to Paris."],
  ['2025-05-07', "Germany's new Chancellor Friedrich Merz travelled to Paris."],
  ['2024-07-06', "Britain's new prime minister Keir Starmer named his cabinet."],
  ['2023-06-15', "Emperor Naruhito, Japan's head of state, met Prime Minister Kishida."],
  ['2023-06-15', "Prime Minister Kishida, Japan's head of government, attended the summit."],
  ['2023-06-15', 'President Biden, the US head of state, attended the summit.'],
  ['2024-04-18', "He met the organization's deputy secretary general Mircea Geoana at NATO."],
  ['2024-04-18', "At NATO he met the organization's Secretary General Jens Stoltenberg."],
  ['2025-02-06', "It will be the first meeting since Donald Trump's return to the White House."],
  ['2024-10-20', 'Allies fear the potential return of Donald Trump to the White House.'],
  ['2025-02-06', 'Europe prepared for years for the potential return of Donald Trump, which came on January 20.'],
  ['2024-03-08', 'Sweden applied to join the alliance alongside Finland in May 2022.'],
  ['2024-03-08', 'Sweden had hoped to join NATO alongside Finland, but Turkey held it up.'],
  ['2024-03-08', 'Sweden joined the alliance alongside Finland in condemning the invasion.'],
  ['2024-03-08', 'Sweden joined the exercise alongside Finland and Norway.'],
  ['2025-03-01', 'Finland and Sweden joined NATO in 2023 and 2024 respectively.'],
  ['2025-03-01', 'Finland and Sweden both joined NATO after Russia invaded Ukraine.'],
  ['2025-05-01', 'Viktor Orbán, who has been prime minister for 19 years, faces an election.'],
  ['2024-05-01', 'Vladimir Putin, who has been president for 20 years, began a new term.'],
  ['2021-12-08', 'Angela Merkel left after 16 years as chancellor.'],
  ['2025-03-01', 'Since taking office in 2023, Recep Tayyip Erdogan has reshuffled the cabinet.'],
  ['2025-03-01', 'Since taking office in 2024, Vladimir Putin has overseen new offensives.'],
  ['2025-06-01', 'Since taking office in 2022, Emmanuel Macron has struggled with parliament.'],
  ['2021-11-25', 'The new Chancellor will be Olaf Scholz, who takes office in December.'],
  ['2025-03-01', 'Germany’s incoming chancellor Friedrich Merz spoke.'],
  ['2024-11-10', 'President-elect Donald Trump met Biden.'],
  ['2022-10-24', 'Britain’s new Prime Minister Rishi Sunak will take office tomorrow.'],
  ['2024-06-20', 'NATO’s new Secretary General Mark Rutte will take over on 1 October.'],
  ['2025-04-10', 'Friedrich Merz is Germany’s next chancellor.'],
  ['2024-12-20', 'Europe braced for the potential return of Donald Trump to the White House next month.'],
  ['2025-03-15', 'Before the election, leaders feared the potential return of Donald Trump.'],
  ['2025-03-01', 'Trump could return to the White House in 2029, he joked.'],
  ['2025-02-01', 'Sweden’s head of state, King Carl XVI Gustaf, met Prime Minister Kristersson.'],
  ['2024-05-01', 'As Finland’s head of state, President Stubb leads foreign policy.'],
  ['2024-07-10', 'Kishida became the first Japanese prime minister to attend a NATO summit in 2022.'],
  ['2025-08-28', 'The target was agreed at the June 2025 summit in the Netherlands.'],
  ['2025-07-12', 'NATO reaffirmed at last year’s Washington summit held from 9-11 July that Ukraine’s path is irreversible.'],
  ['2025-07-12', 'A year ago, at the Washington summit held from 9-11 July, NATO reaffirmed its commitment.'],
  ['2022-05-03', 'The war, which began on February 24, has displaced millions; on February 22 Russia recognised Donetsk.'],
  ['2022-03-01', 'The conflict in Donbas, which began in 2014, escalated on February 24.'],
  ['2025-09-20', 'The 19th package of EU sanctions, proposed on 19 September 2025, targets LNG.'],
  ['2024-06-20', 'Only Poland spends more than 4% of GDP on defence.'],
  ['2025-04-25', 'A level of 5% of GDP is currently reached only by Poland, according to some estimates.'],
  ['2025-03-01', 'Finland has taken a bigger role since joining NATO in 2023, and Sweden since its admission in 2024.'],
  ['2025-03-01', 'Sweden’s entry into NATO in 2024 followed Finland’s in 2023.'],
  ['2024-12-01', 'NATO is an alliance of the United States, Canada and 30 European countries.'],
  ['2023-03-28', 'With Hungary’s vote on Monday, Turkey is the only ally yet to ratify Finland’s bid.'],
  ['2023-03-20', 'Hungary and Turkey are the only allies yet to ratify Finland’s membership.'],
  ['2023-07-01', 'Turkey and Hungary are the only two members yet to ratify Sweden’s bid.'],
  ['2025-03-01', 'Back in 2023, Sweden was expected to become the 32nd member within months.'],
];

describe('true look-alikes of the round’s new forms', () => {
  it('raise no red flag', () => {
    for (const [asOf, text] of TRUE_LOOK_ALIKES) expect(redQuotes(text, asOf), `${asOf}: ${text}`).toEqual([]);
  });
});

describe('joined alongside another country in an act (the lead’s probe)', () => {
  it('is no joining of the alliance together', () => {
    expect(redQuotes('Sweden joined the alliance alongside Finland in condemning the invasion.', '2024-03-08')).toEqual([]);
    expect(redQuotes('Sweden joined the alliance alongside Finland in 2023.', '2024-03-08')).toEqual([
      'Sweden joined the alliance alongside Finland',
    ]);
  });
});

describe('two false alarms of held-out 38, mended after its end score', () => {
  it('rr032: a title that runs on by "and" into the next name is that name’s', () => {
    const text =
      'Albares met with British Foreign Minister David Lammy, EU High Representative for Foreign Affairs and Security Policy and Vice-President of the European Commission Kaja Kallas, EU Commissioner for Defence and Space Andrius Kubilius, and Ukrainian Foreign Minister Andrii Sybiha.';
    expect(redQuotes(text, '2025-03-31')).toEqual([]);
    expect(redQuotes('He met Kaja Kallas, EU Commissioner for Defence and Space, and others.', '2025-03-31')).toEqual([
      'Kaja Kallas, EU Commissioner for Defence and Space',
    ]);
  });
  it('rs030: the deadline after a figure raised to is not the deadline of the figure raised from', () => {
    const text = 'NATO allies have agreed to increase their defense spending target from 2% to 3.5% of GDP by 2035.';
    expect(redQuotes(text, '2025-06-25')).toEqual([]);
    expect(redQuotes('Allies agreed to raise the target from 2% to 5% of GDP by 2035.', '2025-06-25')).toEqual([]);
    expect(redQuotes('The NATO target of 2% of GDP by 2035 is not enough.', '2025-07-10')).toEqual(['2% of GDP by 2035']);
  });
});

describe('a day written out that is the page’s own tells no other time (held-out 38 ru002, after its end score)', () => {
  it('lets a stale title named by surname be flagged, and keeps a day of another year quiet', () => {
    const text = 'On May 28 local time, Ukrainian President Zelenskyy visited Germany and held talks with German Chancellor Scholz.';
    expect(redQuotes(text, '2025-05-28')).toEqual(['German Chancellor Scholz']);
    expect(redQuotes('On May 28, 2024, Zelenskyy held talks with German Chancellor Scholz.', '2025-05-28')).toEqual([]);
    expect(redQuotes('In May, Zelenskyy held talks with German Chancellor Scholz.', '2025-05-28')).toEqual([]);
  });
});
