// Round 31, the war's dates, sanctions and spending targets (war/spending helper). Sentences of our own, each family with its
// true look-alikes.
// (1) The war's start: the morning of 23 February told as the announcement's or the invasion's time (war-anchors.ts
//     morningBefore/morningOfDay); the Crimean crisis told with its year (crimeanCrisis); anniversaries owned by "its" or
//     after "the beginning of Russia's ..."; "the conflict that has persisted since February 2022" (confirm-only).
// (2) Day counts of the war told as the time a defence has lasted ("resisting the Russian invasion for 99 days") or opening a
//     sentence ("100 days on, ..."), war-duration.ts.
// (3) Sanctions: a numbered EU package counted from 2014 (sanction-packages.ts since2014); the president as the one announcing
//     sanctions on a day (sanction.ts CAPITALS, with OFAC's designations of 24 February 2022 on record).
// (4) Spending: the Hague target's part with the year NATO is said to ask it by ("which Nato has asked members to reach by
//     2032", spending-deadline.ts); "NATO's current 2% guideline" before a participle naming another country; the Wales
//     guidelines named without a figure (figure-forms.ts walesGuidelines); "elevate"/"collectively to up to" raises (figure.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));
const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);

describe('the morning of 23 February told as the start', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      [
        'Early in the morning on Wednesday, Feb. 23, Russian leader Vladimir Putin announced a “military operation” in eastern Ukraine.',
        '2022-03-02',
      ],
      ['At dawn on February 23, 2022, Putin announced a special military operation in Ukraine.', '2023-01-10'],
      ['In the wee hours of Feb. 23, President Putin announced a "special military operation" against Ukraine.', '2022-03-15'],
      ['Since the Russian invasion of February 23, 2022, in the early hours, millions of Ukrainians have fled.', '2023-02-28'],
      ['Before dawn on 23 February 2022, Russia invaded Ukraine from the north, east and south.', '2024-02-20'],
      ['Russia’s full-scale invasion of Ukraine started in the small hours of February 23, 2022.', '2023-09-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('keeps the announcer’s title out of the red flag', () => {
    for (const [text, asOf] of [
      [
        'In the small hours of Wednesday, Feb. 23, Russian President Vladimir Putin announced a “military operation” in Ukraine.',
        '2022-03-02',
      ],
      ['Before dawn on February 23, 2022, Russian President Vladimir Putin launched a full-scale invasion of Ukraine.', '2023-02-20'],
    ] as const) {
      expect(on(text, asOf, /Vladimir Putin/), text).toEqual(['supported']);
      expect(
        red(text, asOf).map((a) => a.message),
        text,
      ).toEqual([expect.stringMatching(/February 24, 2022/)]);
    }
  });
  it('leaves the evening of the 23rd, the 24th and other readings alone', () => {
    for (const [text, asOf] of [
      ['Late on Wednesday, Feb. 23, Russian leader Vladimir Putin announced a “military operation” in Ukraine.', '2022-03-02'],
      ['On the evening of February 23, 2022, Eastern time, Putin announced a special military operation in Ukraine.', '2023-01-10'],
      ['Early in the morning of Thursday, Feb. 24, Putin announced a “special military operation” in Ukraine.', '2022-03-02'],
      ['On Feb. 23, Putin announced a special military operation in Ukraine.', '2022-03-02'],
      ['In the early hours of February 23, 2022, Putin warned he might announce a special military operation.', '2023-01-10'],
      ['Since the Russian invasion of February 23, 2022, millions of Ukrainians have fled.', '2023-02-28'],
      ['Russia’s full-scale invasion of Ukraine began on February 23, 2022.', '2023-09-01'],
      ['On February 23, 2022, Russia launched its full-scale invasion of Ukraine.', '2023-09-01'],
      ['Russia invaded Ukraine late on February 23, 2022, Eastern time, in the early morning in Kyiv.', '2023-09-01'],
      ['Before dawn on February 24, 2022, Russia invaded Ukraine.', '2024-02-20'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('the Crimean crisis told with its year', () => {
  it('is contradicted for a year just after 2014 and confirmed for 2014', () => {
    for (const [text, asOf] of [
      ['Russia deployed ten times fewer troops during the Crimean crisis of 2015.', '2022-02-14'],
      ['Since the 2016 Crimean crisis, Russia has kept troops near the border with Ukraine.', '2021-11-20'],
      ['Russian forces have not massed like this since the Crimea crisis in 2015.', '2022-01-30'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
    expect(on('Russia has kept troops near Ukraine since the 2014 Crimean crisis.', '2021-11-20', /Crimean crisis/)).toEqual(['supported']);
  });
  it('leaves other crises, spans, questions and hedges alone', () => {
    for (const [text, asOf] of [
      ['Russia and Ukraine quarrelled over the Crimean crisis of 1994 and the Black Sea Fleet.', '2021-11-20'],
      ['Russia’s hold grew through the Crimean crisis of 2014-2015.', '2021-11-20'],
      ['Was the 2016 Crimean crisis in Russia a turning point?', '2021-11-20'],
      ['Russia could face a Crimean crisis in 2027 if the water runs out.', '2024-11-20'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('anniversaries, starts and day counts told in more words', () => {
  it('are confirmed', () => {
    for (const [text, asOf, quote] of [
      [
        'Kyiv was shelled just ahead of the fourth anniversary of its full-scale invasion of Ukraine by Russia.',
        '2026-02-22',
        /anniversary/,
      ],
      [
        'Russia’s oil will be targeted on the third anniversary of the start of Russia’s full-scale war against Ukraine.',
        '2025-02-20',
        /anniversary/,
      ],
      ['Envoys of Russia and Ukraine met to end the conflict, which has persisted since February 2022.', '2026-01-23', /persisted/],
      ['Our country, which has been resisting the Russian invasion for 100 days, needs more weapons.', '2022-06-03', /resisting/],
      ['Ukrainians have been fighting Russia’s full-scale invasion for more than three years.', '2025-06-02', /fighting/],
      ['Russia’s war in Ukraine shows no sign of ending. 100 days on, Moscow has turned to the Donbas.', '2022-06-03', /100 days on/],
    ] as const)
      expect(on(text, asOf, quote), text).toEqual(['supported']);
  });
  it('flag a count told in the present perfect that is far off, and leave other counts alone', () => {
    expect(red('Ukraine has been fighting Russia’s invasion for 300 days.', '2022-06-02').map((a) => a.verdict)).toEqual(['contradicted']);
    for (const [text, asOf] of [
      // Another time's defence, another war, another count.
      ['Mariupol held out against the Russian invasion for 86 days.', '2025-06-02'],
      ['The war in Gaza rages. 300 days on, Israel has shifted its focus.', '2022-06-03'],
      ['Russia’s war in Ukraine shows no sign of ending. 300 days on, Moscow has turned to the Donbas.', '2022-06-03'],
      ['Israel marked the second anniversary of its war in Gaza, as Ukraine marked another.', '2025-10-07'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('an EU sanctions package numbered from 2014', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      ['The measures are the tenth round of sanctions imposed by the EU on Russia since 2014.', '2023-02-25'],
      ['EU ministers adopted the 14th package of sanctions against Russia since 2014 on Monday.', '2024-06-25'],
      ['The EU’s 16th sanctions package since the annexation of Crimea was adopted on the war’s third anniversary.', '2025-02-25'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves packages counted rightly, other clauses and reported words alone', () => {
    for (const [text, asOf] of [
      ['The EU adopted its tenth package of sanctions against Russia since the invasion.', '2023-02-25'],
      ['The EU adopted its tenth package of sanctions against Russia; it has sanctioned Moscow since 2014.', '2023-02-25'],
      ['Critics claim the EU’s tenth package of sanctions since 2014 is too weak.', '2023-02-25'],
      ['The UK’s 10th package of sanctions against Russia since 2014 was announced.', '2023-02-25'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('the president announcing sanctions on a day', () => {
  it('is confirmed by a US designation of that day', () => {
    for (const [text, asOf] of [
      ['On Thursday, Feb. 24, Biden announced new sanctions against Russia, including curbs on its banks.', '2022-02-28'],
      ['On February 24, 2022, Biden unveiled sweeping sanctions on Russia’s largest banks.', '2023-02-24'],
      ['On Feb. 22, Biden announced sanctions on two Russian banks.', '2022-02-25'],
    ] as const)
      expect(on(text, asOf, /Biden/), text).toContain('supported');
  });
  it('confirms nothing for another day, another president’s term or a plan', () => {
    for (const [text, asOf] of [
      ['On Feb. 26, Biden announced new sanctions against Russia.', '2022-03-01'],
      ['On Feb. 24, Trump announced new sanctions against Russia.', '2023-03-01'],
      ['On Feb. 24, Biden said he might impose new sanctions against Russia.', '2022-03-01'],
    ] as const)
      expect(
        analyze(text, asOf)
          .filter((a) => a.kind === 'sanction')
          .map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('the Hague target asked by a year', () => {
  it('is contradicted for a year other than 2035 after the summit', () => {
    for (const [text, asOf] of [
      ['Three allies already meet the new higher goal of 3.5%, which Nato has asked members to reach by 2032.', '2025-08-28'],
      ['Germany backs the target of 5% of GDP, which NATO requires its allies to reach by 2030.', '2025-10-01'],
      ['Spain balks at the goal of 3.5 per cent, which the alliance has asked all members to meet by 2032.', '2026-01-15'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('confirms 2035 and leaves proposals, reported words and earlier pages alone', () => {
    expect(on('Allies agreed a goal of 5% of GDP, which NATO has asked its members to reach by 2035.', '2025-08-28', /which NATO/)).toEqual(
      ['supported'],
    );
    for (const [text, asOf] of [
      ['Rutte floated a target of 3.5%, which NATO has asked members to reach by 2032.', '2025-05-20'],
      ['Some say the goal of 3.5%, which NATO has asked members to reach by 2030, is too high.', '2025-08-28'],
      ['Is the goal of 3.5%, which NATO has asked members to reach by 2032, realistic?', '2025-08-28'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('the 2% guideline called current after The Hague', () => {
  it('is outdated when a participle after it names another country', () => {
    for (const text of [
      'The coalition pledges a target of 3.5% of GDP, exceeding NATO’s current 2% guideline and matching the figure advocated by U.S. President Donald Trump.',
      'The plan calls for 3% of GDP, well above NATO’s current 2% guideline and echoing demands from the United States.',
      'Warsaw spends 4.7% of GDP, exceeding NATO’s current 2% guideline, and pressing Germany to follow.',
    ])
      expect(
        red(text, '2026-01-30').map((a) => a.verdict),
        text,
      ).toEqual(['outdated']);
  });
  it('leaves a country the target is said to hold for alone', () => {
    for (const text of [
      'NATO’s current 2% guideline remains the benchmark for partners such as Japan.',
      'Spain says NATO’s current 2% guideline is enough, unlike the United States.',
      'Last year most allies met NATO’s current 2% guideline, and Poland doubled it.',
    ])
      expect(
        red(text, '2026-01-30').map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('the Wales guidelines and the raise to 5% in more words', () => {
  it('are confirmed', () => {
    for (const [text, asOf, quote] of [
      [
        'The minister said Montenegro is committed to reaching the guidelines from the Wales Summit on defence spending.',
        '2019-10-25',
        /Wales/,
      ],
      ['Albania renewed its commitment to the Wales Summit guidelines and will raise its defence budget.', '2018-02-14', /Wales/],
      ['Prague questions NATO’s aim to elevate defense spending to 5% of GDP.', '2026-02-26', /5%/],
      [
        'NATO leaders are due to approve the commitment to increase defence spending collectively to up to five percent of GDP annually.',
        '2025-06-24',
        /five percent/,
      ],
    ] as const)
      expect(on(text, asOf, quote), text).toEqual(['supported']);
  });
  it('leaves doubts, other commitments and later pages alone', () => {
    for (const [text, asOf] of [
      ['Montenegro is no longer committed to reaching the guidelines from the Wales Summit on defence spending.', '2019-10-25'],
      ['Allies reaffirmed their commitment to the Wales Summit pledges on readiness.', '2016-10-25'],
      ['Montenegro is committed to reaching the guidelines from the Wales Summit on defence spending.', '2026-10-25'],
    ] as const)
      expect(
        analyze(text, asOf)
          .filter((a) => /Wales/.test(a.quote))
          .map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('every ally told to meet the target', () => {
  it('is confirmed by the year’s estimate', () => {
    for (const [text, asOf] of [
      ['Every member nation now hits the minimum defence spending target, a NATO report shows. Poland leads with 4.48%.', '2025-08-28'],
      ['Each NATO ally now meets the 2% target, the alliance said in its new estimates.', '2025-09-01'],
      ['Every single ally is now meeting the 2% of GDP guideline, NATO officials said.', '2025-08-30'],
    ] as const)
      expect(on(text, asOf, /^(?:Every|Each)/), text).toEqual(['supported']);
  });
  it('leaves wishes, other years and later minimums alone', () => {
    for (const [text, asOf] of [
      ['NATO wants every ally to meet the minimum spending target of 2%.', '2025-08-28'],
      ['Every member should meet the 2% target, NATO said.', '2024-08-28'],
      ['Every member nation now hits the minimum defence spending target, a NATO report shows. Poland leads with 4.8%.', '2026-08-28'],
      ['Every NATO ally now meets the 2% target, the alliance said.', '2024-08-28'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});

describe('the 2% pledge’s deadline told as a year', () => {
  it('is contradicted for a year other than 2024 and confirmed for 2024', () => {
    for (const [text, asOf] of [
      [
        'NATO allies agreed in 2014 to spend 2% of GDP on defence. The article treats it as a deadline for 2022, when it was actually 2025.',
        '2025-03-04',
      ],
      ['At Wales, NATO allies committed to move towards 2% of GDP on defence, with a 2025 deadline.', '2020-03-04'],
      ['NATO’s 2% pledge was made at the Wales summit, and its deadline was 2023.', '2019-06-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
    expect(
      on('At Wales, NATO allies agreed to move towards 2% of GDP on defence; the deadline was 2024.', '2020-03-04', /deadline/),
    ).toEqual(['supported']);
  });
  it('leaves reported claims, one ally’s deadline, other plans and other targets alone', () => {
    for (const [text, asOf] of [
      ['NATO allies agreed to 2% of GDP on defence. Critics say the deadline was 2022.', '2020-03-04'],
      ['NATO allies agreed to 2% of GDP on defence; Spain’s deadline is 2029.', '2020-03-04'],
      ['NATO allies spend 2% of GDP on defence under the 2014 pledge; the EU set a 2030 deadline for its ReArm plan.', '2025-03-04'],
      ['NATO allies moved from the 2% pledge to a goal of 5% of GDP with a 2035 deadline.', '2025-07-04'],
      ['NATO allies agreed to 2% of GDP on defence; a new deadline of 2027 is proposed.', '2020-03-04'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual([]);
  });
});
