// Round 40, events: the full-scale invasion given another month of 2022 by its noun or its launch, the war's year entered
// told with a time of the page's week, the war's day N reached, its N-month mark and its N years marked on a day. Real
// quotes with their entry ids (held-out 38), variants of our own, and true sentences that must stay quiet or be confirmed.
import { describe, expect, it } from 'vitest';
import { expectConfirmed, expectNoRed, saidConfirmed, saidRed } from './helpers';

const flags = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, verdict] of cases) {
    const r = saidRed(text, asOf);
    expect(r.length, text).toBeGreaterThan(0);
    expect(r[0].startsWith(verdict), `${text}: ${r.join(' | ')}`).toBe(true);
  }
};

describe('the full-scale invasion given another month of 2022 (war-anchors.ts nounOwnMonth, LAUNCH_PHRASE_RE)', () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 rw004
      [
        "The ongoing turmoil sparked by Russia's invasion of Ukraine in May 2022 prompted both Sweden and Finland to pursue membership in the North Atlantic Treaty Organization (Nato).",
        '2025-03-06',
        'contradicted',
      ],
      ["Russia's invasion of Ukraine in April 2022 changed Europe's security order.", '2024-10-01', 'contradicted'],
      ["Since Russia's invasion of Ukraine in March 2022, gas prices have soared.", '2023-05-01', 'contradicted'],
      ["Russia's May 2022 invasion of Ukraine prompted Finland to apply.", '2024-01-15', 'contradicted'],
      ['The Russian invasion of Ukraine in June 2022 shocked Europe.', '2025-01-15', 'contradicted'],
      [
        "The war sparked by Russia's full-scale invasion of Ukraine in March 2022 has killed tens of thousands.",
        '2025-03-06',
        'contradicted',
      ],
      ['Russia launched its full-scale invasion of Ukraine in April 2022.', '2025-03-06', 'contradicted'],
      ['Kyiv has resisted the war launched by Russia in March 2022.', '2024-05-06', 'contradicted'],
    ]);
  });
  it('leaves the month of another clause alone and confirms February', () => {
    expectNoRed([
      ["Sweden applied to join NATO after Russia's invasion of Ukraine in May 2022.", '2025-03-06'],
      ["Finland and Sweden applied after Russia's invasion of Ukraine in May 2022.", '2024-06-06'],
      ["Since May 2022, when Finland and Sweden applied, Russia's invasion of Ukraine has dragged on.", '2024-06-06'],
      ["Exports collapsed after Russia's invasion of Ukraine in March 2022 closed the Black Sea ports.", '2023-06-06'],
      ["NATO has changed since Russia's invasion of Ukraine, and in May 2022 Finland applied.", '2024-06-06'],
      ["Sanctions imposed following Russia's invasion of Ukraine in March 2022 hit its banks.", '2024-06-06'],
      ['Fears of a new Russian invasion of Ukraine in May 2022 were voiced in Kyiv.', '2023-06-06'],
      // The invasion told as it went on in a month: its course, not its start.
      ["Russia's invasion of Ukraine in March 2022 was entering its third week.", '2025-03-06'],
      ["Russia's invasion of Ukraine in April 2022 stalled near Kyiv.", '2025-03-06'],
    ]);
    expectConfirmed([["Russia's invasion of Ukraine in February 2022 prompted Sweden to apply.", '2025-03-06']]);
    expectNoRed([['The invasion of February 2022 changed everything, Zelensky said of the Russian attack on Ukraine.', '2024-03-06']]);
  });
});

describe("the war's year entered, told with a time of the page's week (war-duration.ts ENTRY_RECENT_RE)", () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 rx003 (the fourth year began on 24 February 2025)
      [
        'This US-Ukraine deal is intended to be a step towards a peace agreement ending the Russia-Ukraine war that entered its third year earlier this week.',
        '2025-03-01',
        'contradicted',
      ],
      ['The war in Ukraine entered its third year on Monday, and Kyiv is short of shells.', '2025-02-26', 'contradicted'],
      ["Russia's invasion of Ukraine entered its second year this week.", '2024-02-27', 'contradicted'],
      ["Russia's war against Ukraine entered its fourth year last week.", '2026-03-02', 'contradicted'],
    ]);
  });
  it('confirms the right year and leaves other times alone', () => {
    expectConfirmed([
      ["Russia's war in Ukraine entered its fourth year earlier this week.", '2025-03-01'],
      ['The war in Ukraine entered its third year on Saturday, Russia still holding a fifth of the country.', '2024-02-27'],
      ["Russia's full-scale invasion entered its fourth year last week.", '2025-03-03'],
      ["Ukraine's war with Russia, which entered its third year in February 2024, drags on.", '2025-03-01'],
    ]);
    expectNoRed([
      ['The war entered its fourth year on Monday.', '2025-02-24'],
      ["Russia's war in Ukraine, which entered its third year a year ago, drags on.", '2025-03-01'],
    ]);
  });
});

describe("the war's day N, its N-month mark and its years marked on a day (war-duration.ts)", () => {
  it('confirms the dev quotes and variants', () => {
    expectConfirmed([
      // held-out 38 rs019
      ["UN slams civilian toll as Russia's war in Ukraine reaches day 500", '2023-07-08'],
      ["Russia's full-scale invasion of Ukraine hit day 1,000 on Tuesday.", '2024-11-19'],
      // held-out 38 rs011
      [
        "Ukrainians on Wednesday observed both the six month mark since the start of Russia's unprovoked invasion as well as the 31st anniversary of Ukraine's independence from the Soviet Union.",
        '2022-08-24',
      ],
      ['Kyiv marked the 500-day mark of the war Russia launched against Ukraine.', '2023-07-08'],
      // held-out 38 rs022
      ["Ukraine's invasion by Russia marks its 2 years on February 24, 2024.", '2024-02-24'],
      ["Russia's war on Ukraine marks two years on February 24.", '2024-02-20'],
    ]);
  });
  it('flags a day N far from the page', () => {
    flags([["Russia's war in Ukraine reaches day 500 as the UN counts the dead.", '2023-09-08', 'contradicted']]);
  });
});

describe('a NATO summit named by its place, told with "last MONTH" or a year counted from the page (summit-placed-time.ts)', () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 ry001 (Madrid: 28-30 June 2022)
      [
        'The creation of the NATO Innovation Fund and the participation from 22 NATO member countries was committed at the NATO Summit held in Madrid last March.',
        '2023-05-15',
        'contradicted',
      ],
      ['NATO leaders met at the Vilnius summit last June.', '2024-03-15', 'contradicted'],
      ["At NATO's summit in Washington last June, allies pledged air defence for Ukraine.", '2025-03-01', 'contradicted'],
      ['The NATO summit in The Hague last July set the 5% target.', '2026-01-20', 'contradicted'],
    ]);
  });
  it('confirms or leaves alone the right month', () => {
    expectConfirmed([
      ['NATO leaders met at the summit in Madrid last June.', '2023-05-15'],
      ['NATO leaders met at the Vilnius summit last July.', '2024-03-15'],
    ]);
    expectNoRed([
      ['EU leaders met in Brussels last March, after the NATO summit.', '2023-05-15'],
      ['NATO leaders met at the summit in Madrid last year.', '2023-05-15'],
      // January: a text of December read days later.
      ['NATO leaders agreed at the NATO summit in Vilnius this year to boost forces.', '2024-01-10'],
      ['NATO leaders met at the Brussels summit last year.', '2025-03-10'],
      // The first week of a month: "last month" may be the writer's month before.
      ['At the NATO summit in Vilnius last month, allies agreed to drop the MAP for Ukraine.', '2023-09-03'],
      // A summit to come.
      ['The NATO summit in Vilnius this month will decide on Ukraine.', '2023-06-20'],
    ]);
    expectConfirmed([
      ['NATO leaders agreed at the NATO summit in Vilnius last year to boost forces.', '2024-05-15'],
      ['The NATO summit in The Hague last year set the 5% goal.', '2026-03-10'],
      ['The NATO summit in The Hague last month set the 5% target.', '2025-07-20'],
      ['NATO leaders met at the Washington summit last month.', '2024-08-20'],
    ]);
  });
  it('flags a year counted from the page that none of the place’s summits had', () => {
    flags([
      ['NATO leaders agreed at the Madrid summit earlier this year to boost forces.', '2023-05-15', 'contradicted'],
      ['NATO leaders agreed at the Madrid summit last year to boost forces.', '2024-05-15', 'contradicted'],
      ['At the NATO summit in Vilnius last month, allies agreed to drop the MAP for Ukraine.', '2023-09-15', 'contradicted'],
      ['The NATO summit in The Hague last month set the 5% target.', '2025-08-20', 'contradicted'],
      ['NATO leaders met at the Washington summit earlier this month.', '2024-08-20', 'contradicted'],
      ['The NATO summit in Washington earlier this year agreed new air defence for Ukraine.', '2025-08-10', 'contradicted'],
    ]);
  });
});

describe('the oil price cap told as set in a year or month none of its levels was (price-cap.ts)', () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 ry008 (crude cap from 5 December 2022)
      [
        'In 2023, Ukraine’s Western allies limited sales of Russian oil to $60 per barrel but the price cap was largely symbolic as most of Moscow’s crude was sold above it.',
        '2025-06-10',
        'contradicted',
      ],
      ['The G7 introduced a $60 price cap on Russian oil in 2023.', '2025-06-10', 'contradicted'],
      ['The $60 price cap on Russian crude, introduced in 2023, has been largely symbolic.', '2025-06-10', 'contradicted'],
      [
        'In 2024, the West limited the price of Russian crude to $60 a barrel, a cap Moscow evaded with a shadow fleet.',
        '2025-06-10',
        'contradicted',
      ],
    ]);
  });
  it('confirms the right time and leaves the products caps and enforcement alone', () => {
    expectConfirmed([
      ['In December 2022, the G7 capped Russian oil at $60 per barrel.', '2025-06-10'],
      ['The $60 price cap on Russian crude, introduced in December 2022, has been largely symbolic.', '2025-06-10'],
      ['In February 2023, the G7 capped Russian diesel at $100 a barrel.', '2025-06-10'],
    ]);
    expectNoRed([
      ['The price cap on Russian oil products of February 2023 set two levels.', '2025-06-10'],
      ['In 2023, the West imposed price caps on Russian oil products.', '2025-06-10'],
      ['In 2022, Western allies limited sales of Russian oil to $60 per barrel.', '2025-06-10'],
      ['In 2023, the EU and the G7 tightened enforcement of the $60 price cap.', '2025-06-10'],
      ["Russia's oil revenues fell after the G7 price cap, imposed in late 2023, took hold.", '2024-03-10'],
      // A time by which, not when.
      ['By 2024, the West limited Russian oil to $60 a barrel, a cap Moscow evaded.', '2025-06-10'],
    ]);
  });
});

describe("the Commission's proposal day of a sanctions package told wrong (sanction-proposal-day.ts)", () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 ry009 (the 18th package was presented on Tuesday 10 June 2025)
      [
        'European Commission President Ursula von der Leyen announced on June 11 that the EU has proposed to ban the operation of the Nord Stream 1 and 2 gas pipelines and reduce the price cap on Russian oil by the Group of Seven (G7) from $60 per barrel to $45 per barrel as part of a new sanctions plan, aiming to cut off the Russian government’s revenue sources.',
        '2025-06-11',
        'contradicted',
      ],
      ['The European Commission proposed its 18th sanctions package on June 11, 2025.', '2025-06-12', 'contradicted'],
      ['The Commission unveiled its 19th sanctions package on September 18, 2025.', '2025-09-25', 'contradicted'],
      ['On February 8, the Commission presented the 20th package of sanctions against Russia.', '2026-02-10', 'contradicted'],
    ]);
  });
  it('confirms the right day and leaves other steps alone', () => {
    expectConfirmed([
      ['Von der Leyen unveiled the 19th sanctions package on September 19, 2025.', '2025-09-25'],
      ['The European Commission proposed the ninth sanctions package on December 7, 2022.', '2022-12-10'],
    ]);
    expectNoRed([
      ['The Commission presented its 19th sanctions package to EU ambassadors on September 20, 2025.', '2025-09-25'],
      ['Von der Leyen said on June 11 that the Commission will propose a ban on transactions with Nord Stream.', '2025-06-05'],
      ['The EU adopted its 18th sanctions package on July 18, 2025, after the Commission proposed it in June.', '2025-07-20'],
      ['The Commission proposed the 18th package on June 10, and EU envoys discussed it on June 13, 2025.', '2025-06-14'],
      ['On June 12, von der Leyen presented the 18th package to the European Parliament.', '2025-06-12'],
      ['On June 11, a day after the Commission proposed the 18th package, Kallas said it should be adopted quickly.', '2025-06-13'],
      ['Von der Leyen on June 11 defended the 18th sanctions package the Commission proposed.', '2025-06-12'],
    ]);
  });
});

describe("NATO's 5% told with a deadline before it was ever put to the allies, and what every ally is asked to spend (figure.ts)", () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 ry007
      [
        'The Trump-era demand for NATO members to spend 5% of GDP on defense by 2024—though initially met with skepticism—has now become a self-fulfilling prophecy.',
        '2025-05-21',
        'contradicted',
      ],
      ['Trump has demanded that NATO allies spend 5% of GDP on defence by 2024.', '2025-03-21', 'contradicted'],
      ['Washington wants all allies to spend 3.5% of GDP on core defence by 2023.', '2025-04-02', 'contradicted'],
    ]);
  });
  it('leaves the deadlines proposed before The Hague and national plans alone, and confirms the proposal', () => {
    expectNoRed([
      ['NATO allies are discussing a target of 5% of GDP by 2032.', '2025-05-21'],
      ['Rutte has proposed that allies spend 5% of GDP by 2032.', '2025-05-21'],
      ['Poland wants NATO allies to reach 5% of GDP by 2030.', '2025-05-21'],
      ['Lithuania pledged to spend 5% of GDP on defence by 2026.', '2025-05-21'],
      ['NATO allies had agreed to spend 2% of GDP on defence by 2024.', '2025-04-21'],
    ]);
    expectConfirmed([
      // held-out 38 rw005
      ['The proposal calls for every NATO country to spend 5% of GDP on defence.', '2025-06-05'],
      // held-out 38 rq028
      [
        'At the heart of the discussions is a push led by US President Donald Trump to raise defence spending commitments to 5% of GDP by 2035, a sharp increase from the current 2% guideline.',
        '2025-06-25',
      ],
    ]);
  });
});

describe('confirmations: the alliance by description, two oil companies by description, a package numbered in a clause', () => {
  it('confirms the dev quotes and variants', () => {
    expectConfirmed([
      // held-out 38 rs025 (alliance-age.ts)
      [
        'On July 9, representatives from NATO’s thirty-two member states will arrive in Washington, DC, for this year’s summit. Together they’ll mark the seventy-fifth anniversary of the most successful military alliance of all time.',
        '2024-07-09',
      ],
      [
        'NATO foreign ministers met in Washington. They marked the 70th anniversary of the most successful military alliance in history.',
        '2019-04-04',
      ],
      // held-out 38 ry012 (sanction-described.ts)
      [
        '“Given President Putin’s refusal to end this senseless war, Treasury is sanctioning Russia’s two largest oil companies that fund the Kremlin’s war machine,” Treasury Secretary Scott Bessent said in a statement.',
        '2025-10-23',
      ],
      ['The US sanctioned Russia’s two largest oil companies in October.', '2025-12-01'],
      ['Britain sanctioned Russia’s two biggest oil companies on Wednesday.', '2025-10-16'],
      // held-out 38 rs031 (sanction-which-nth.ts)
      [
        "EU member states have agreed to impose new sanctions on Russia. The package of measures, which became the 18th for the bloc after Russia's full-scale invasion of Ukraine, includes a lower price ceiling on Russian oil.",
        '2025-07-18',
      ],
    ]);
  });
  it('says nothing of a wrong count, a plan, or another time', () => {
    for (const [text, asOf] of [
      ['The package, which became the 17th for the bloc, includes new listings.', '2025-07-18'],
      ['The US could sanction Russia’s two largest oil companies.', '2025-10-20'],
      ['NATO leaders met. They marked the 70th anniversary of the most successful military alliance in history.', '2024-07-09'],
    ] as const) {
      expect(
        saidConfirmed(text, asOf).filter((s) => /package|oil companies|anniversary/.test(s)),
        text,
      ).toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
});
