// Round 32, the war's anchors of 2014 and 2022 (war helper). Sentences of our own, each family with its true look-alikes.
// (1) 2014: Crimea's referendum of 16 March 2014 (a milestone added to figures.json) and the annexation treaty of 18 March
//     (war-milestones.ts, the readings 'crimea-referendum-2014' and 'crimea-annexation-treaty'); the separatists' war in
//     the Donbas told as begun or fought "since" (war-anchors.ts donbasStart); Russia's aggression "launched in 2014"
//     (aggressionLaunched); "when the former annexed Crimea" (whenGap); the two Minsk agreements told as "the first" and
//     "the second" (minskOrdinals).
// (2) 2022: the invasion named by its day ("the Feb. 24 invasion", theDayInvasion), a cleft "It was on DAY that Moscow
//     commenced ...", the news of its week ("Russia attacked Ukraine this week", thisWeek), a February counted back from
//     the page ("since the war began last February" in July 2023, lastFebruary), "invaded Ukraine in May last year, ..."
//     (monthOff), counts of years with an adjective ("four years of Russia's brutal full-scale war") and the year the war
//     nears ("nears its third year", war-duration.ts NEARS_RE).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));
const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);
const allOk = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};

describe("Crimea's referendum of 16 March 2014", () => {
  it('is confirmed on its day, month or year', () => {
    for (const [text, asOf, quote] of [
      [
        'On 16 March 2014, the Russian-installed authorities held a referendum in which they claimed 97% of Crimeans backed joining Russia.',
        '2020-03-20',
        /held/,
      ],
      ['Crimea voted to join Russia in a so-called referendum held on March 16, 2014.', '2019-03-16', /referendum held/],
      ['Crimea held a referendum on joining Russia in March 2014, under the eyes of Russian troops.', '2024-03-16', /held a referendum/],
      ['March 16, 2014: Crimea holds a referendum on joining Russia', '2022-02-24', /holds/],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });
  it('is contradicted on another day, month or year', () => {
    for (const [text, asOf] of [
      ['On March 20, 2014, Crimea held a referendum on joining Russia.', '2019-03-18'],
      ['Crimea staged its referendum on joining Russia in April 2014.', '2021-05-01'],
      ['Crimea voted in a referendum on joining Russia in 2015, a vote Kyiv called a sham.', '2022-01-10'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves other votes, plans and results alone', () => {
    allOk([
      ['In 1994, Crimea held a referendum on greater autonomy within Ukraine.', '2020-03-16'],
      ['On July 1, 2020, Crimea voted in Russia’s constitutional referendum.', '2020-07-05'],
      ['Crimea’s referendum, originally scheduled for May 25, will now be held on March 30.', '2014-03-02'],
      ['On May 11, 2014, separatists in Donetsk and Luhansk held referendums; Crimea had voted in March.', '2019-05-11'],
      ['On September 23, 2022, Russia staged referendums in four regions, as it had in Crimea.', '2023-09-23'],
      ['Results of the Crimea referendum were announced on March 17, 2014.', '2019-03-17'],
    ]);
  });
});

describe('the treaty annexing Crimea, signed on 18 March 2014', () => {
  it('is confirmed on its day, also with what Moscow claims and a cause after it', () => {
    expect(
      on(
        'On March 18, 2014, Putin signed a treaty that Moscow says made Crimea part of Russia, after Russian troops seized the peninsula.',
        '2019-03-18',
        /signed/,
      ),
    ).toContain('supported');
    expect(on('Putin signed the treaty absorbing Crimea into the Russian Federation on 18 March 2014.', '2024-03-18', /signed/)).toContain(
      'supported',
    );
  });
  it('is contradicted on a day off the week of the annexation', () => {
    for (const [text, asOf] of [
      ['On March 28, 2014, Putin signed a treaty making Crimea part of Russia.', '2019-03-18'],
      ['Putin signed the treaty annexing Crimea in April 2014.', '2020-01-01'],
      ['Vladimir Putin signed the treaty on Crimea’s accession to Russia in 2015.', '2023-05-05'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves the week’s other acts and other treaties alone', () => {
    allOk([
      ['On March 21, 2014, Putin signed the treaty into law, completing the annexation of Crimea.', '2019-03-21'],
      ['On March 17, 2014, Putin signed a decree recognising Crimea as a sovereign state.', '2019-03-17'],
      ['In 1997, Russia and Ukraine signed a friendship treaty that recognised Crimea as Ukrainian.', '2019-03-18'],
      ['In 2010, Yanukovych signed a treaty extending the lease of the Black Sea Fleet’s base in Crimea.', '2019-03-18'],
      ['On September 30, 2022, Putin signed treaties annexing four regions, as he had done with Crimea.', '2023-01-01'],
      ['On the fifth anniversary of the treaty he signed annexing Crimea, Putin visited Sevastopol.', '2019-03-18'],
    ]);
  });
});

describe('the war in the Donbas, begun in April 2014', () => {
  it('is confirmed when told as begun or fought since 2014', () => {
    for (const [text, asOf, quote] of [
      ['In the east, Kyiv’s forces have been battling Russia-backed separatists since April 2014.', '2019-03-18', /battling/],
      ['Ukrainian troops have been fighting pro-Russian rebels in the Donbas since 2014.', '2020-06-01', /fighting/],
      [
        'Fighting between Ukrainian government forces and Moscow-backed separatists broke out in eastern Ukraine in 2014.',
        '2021-04-01',
        /Fighting/,
      ],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });
  it('is contradicted when told as begun in another year', () => {
    for (const [text, asOf] of [
      ['Fighting between Ukrainian forces and Russia-backed separatists began in eastern Ukraine in 2016.', '2020-01-01'],
      ['Clashes between Ukraine’s army and pro-Russian separatists erupted in the Donbas in 2012.', '2020-01-01'],
      ['The conflict between Kyiv’s troops and Russian-backed rebels started in 2017.', '2021-01-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves "since" another year, other separatists and plans alone', () => {
    allOk([
      ['Ukrainian troops have been fighting pro-Russian separatists near Debaltseve since 2015.', '2016-06-01'],
      ['Moldova has lived with Russia-backed separatists in Transnistria since 1992.', '2020-01-01'],
      ['Georgia has faced Russia-backed separatists in Abkhazia since 2008, fighting that began in 1992.', '2020-01-01'],
      ['Fighting between Ukrainian troops and pro-Russian rebels could begin in 2016, analysts warned.', '2015-10-01'],
    ]);
  });
});

describe("Russia's aggression launched in a year, and 'the former' annexing Crimea", () => {
  it('is confirmed for 2014 and 2022', () => {
    for (const [text, asOf, quote] of [
      [
        'The memorandum was broken when Russia, one of its signatories, launched its aggression against Ukraine in 2014.',
        '2024-12-05',
        /launched/,
      ],
      ['Moscow unleashed its full-scale aggression against Ukraine in 2022.', '2024-02-24', /unleashed/],
      [
        'The tension between Russia and Ukraine goes back to 2014, when the former annexed Crimea.',
        '2023-03-01',
        /when the former annexed/,
      ],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });
  it('is contradicted in another year', () => {
    for (const [text, asOf] of [
      ['The memorandum was broken when Russia launched its aggression against Ukraine in 2017.', '2024-12-05'],
      ['Moscow began its armed aggression against Ukraine in 2019.', '2023-01-01'],
      ['The rift between Russia and Ukraine goes back to 2016, when the former annexed Crimea.', '2023-03-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves a new aggression, a plan and "the former" of another pair alone', () => {
    allOk([
      ['Russia could launch a new aggression against Ukraine in 2027, officials warned.', '2025-01-01'],
      ['Kyiv fears Moscow may start another aggression against Ukraine in 2026.', '2025-01-01'],
      ['The rift between Ukraine and Russia goes back to 2016, when the former signed a deal with the EU.', '2023-03-01'],
      ['Moscow unleashed its full-scale aggression against Ukraine in 2014, some historians argue.', '2024-02-24'],
    ]);
  });
});

describe('the two Minsk agreements told as "the first" and "the second"', () => {
  it('is confirmed in their own times', () => {
    const text =
      'The Minsk accords – the first signed in September 2014 and the second, known as Minsk II, just five months later – failed.';
    expect(on(text, '2025-03-13', /first signed/)).toEqual(['supported']);
    expect(on(text, '2025-03-13', /second/)).toEqual(['supported']);
    expect(
      on('There were two Minsk agreements: the first was signed in 2014, the second in February 2015.', '2022-02-10', /second/),
    ).toEqual(['supported']);
  });
  it('is contradicted in a time of neither', () => {
    for (const [text, asOf] of [
      ['Of the two Minsk agreements, the first was signed in 2013 and the second in February 2015.', '2022-02-10'],
      ['The Minsk agreements, the first signed in September 2014 and the second in 2016, never brought peace.', '2022-02-10'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves other firsts and seconds alone', () => {
    allOk([
      ['The Normandy summits on the Minsk agreements: the first in 2014, the second in 2016.', '2022-02-10'],
      ['The Minsk agreements failed; the first round of talks was held in Minsk in June 2014.', '2022-02-10'],
      ['The Minsk agreements were reviewed twice: the first review in 2016, the second in 2019.', '2022-02-10'],
      ['The Minsk agreements, the first signed in September 2014 and the second three months later, failed.', '2022-02-10'],
    ]);
  });
});

describe('the full-scale invasion named by its day, its week or a cleft sentence', () => {
  it('is confirmed', () => {
    for (const [text, asOf, quote] of [
      ['Finland applied to join NATO in response to the Feb. 24 invasion.', '2022-07-01', /Feb\. 24 invasion/],
      ['Prices in Ukraine had already risen in the weeks before the February 24 invasion.', '2022-09-01', /February 24 invasion/],
      ['Since the 24 February 2022 invasion, Kyiv has asked for jets.', '2023-03-01', /24 February 2022 invasion/],
      ['It was on 24 February 2022 that Moscow commenced its war on Ukraine with a special military operation.', '2024-02-24', /commenced/],
      ['NATO moved troops east after Russia attacked Ukraine this week.', '2022-02-26', /this week/],
      ['Russia invaded Ukraine last week, and the alliance has met every day since.', '2022-03-04', /last week/],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });
  it('is confirmed as the day that changed everything, the invasion named near', () => {
    for (const [text, asOf] of [
      [
        'As Finland’s president told me, “February 24 changed everything.” That was the day Russia’s invasion of Ukraine began.',
        '2022-09-01',
      ],
      ['Russia’s full-scale invasion shocked the continent. 24 February 2022 fundamentally changed European security.', '2023-02-24'],
      ['Four years of Russia’s full-scale war have passed. February 24, 2022, forever split the history of Europe.', '2026-02-24'],
    ] as const)
      expect(on(text, asOf, /changed|split/), text).toEqual(['supported']);
    for (const [text, asOf] of [
      ['February 24 changed everything for the Estonian nation, invaded by Russia in 1940.', '2021-02-24'],
      ['Israel and Hamas fought on. February 24, 2022 changed everything, the Russian envoy said of the invasion of Gaza.', '2026-02-24'],
      ['February 24, 2023 changed everything for Ukraine’s army, a year after Russia’s invasion.', '2024-01-01'],
    ] as const)
      expect(on(text, asOf, /changed/), text).toEqual([]);
  });
  it('says nothing of another day, another invasion, or a week long after', () => {
    allOk([
      ['They feared the February 24 invasion of Poland that never came.', '2022-02-10'],
      ['Russia attacked Ukraine this week with hundreds of drones.', '2024-07-10'],
      ['Since the February 24, 2021 invasion, nothing has changed.', '2022-08-04'],
    ]);
    expect(on('Russia attacked Ukraine this week with hundreds of drones.', '2024-07-10', /this week/)).toEqual([]);
  });
});

describe('a February counted back from the page, and a month of "last year"', () => {
  it('confirms February 2022', () => {
    for (const [text, asOf, quote] of [
      ['It was the second Ukrainian strike on the Kerch bridge since the war began last February.', '2022-11-10', /last February/],
      ['Exports from Ukraine have halved since Russia invaded Ukraine in February last year.', '2023-05-10', /February last year/],
      ['Ukraine has received tanks since Russia’s invasion last February.', '2023-01-15', /last February/],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });
  it('flags a February of 2023 or later, and another month of 2022', () => {
    for (const [text, asOf] of [
      ['The Ukrainian drone strike was the second on the bridge since the war began last February.', '2023-07-19'],
      ['Exports from Ukraine have halved since Russia invaded Ukraine in February last year.', '2024-05-10'],
      ['Kyiv has received 40 jets since Russia’s invasion last February.', '2024-09-10'],
      ['After Russia invaded Ukraine in May last year, Finland and Sweden applied to join NATO.', '2023-04-04'],
      ['After Russia invaded Ukraine in April last year, the EU adopted five sanctions packages.', '2023-03-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves ambiguous, quoted, other and other-time sentences alone', () => {
    allOk([
      // Early in 2023 "last February" may mean February 2022.
      ['It was the second Ukrainian strike on the Kerch bridge since the war began last February.', '2023-03-10'],
      ['"Ukraine has changed since the war began last February," he said in 2022.', '2023-09-10'],
      ['Israel has been at war with Hamas since the war began last October.', '2024-09-10'],
      ['In 2023, exports had halved since Russia invaded Ukraine in February last year.', '2024-05-10'],
      ['Finland applied to join NATO in May last year, after Russia invaded Ukraine.', '2023-04-04'],
      ['If the war began last February, it would be over by now, they said of the Sudan conflict.', '2024-09-10'],
    ]);
  });
});

describe('years of war with an adjective, and the year the war nears', () => {
  it('is confirmed', () => {
    for (const [text, asOf, quote] of [
      ['Thank you for standing with Ukraine through four years of Russia’s brutal full-scale war.', '2026-02-24', /four years/],
      ['As the war in Ukraine nears its fourth year, talks continue.', '2025-01-10', /nears its fourth year/],
      ['As Russia’s war in Ukraine nears its fifth year, Kyiv is short of troops.', '2025-11-25', /nears its fifth year/],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });
  it('flags a year already entered long before', () => {
    for (const [text, asOf] of [
      ['As the war in Ukraine nears its third year, talks continue.', '2025-11-25'],
      ['As Russia’s war in Ukraine nears its fourth year, Kyiv is short of troops.', '2025-05-10'],
      ['Russia’s invasion of Ukraine, now approaching its second year, has killed thousands.', '2024-09-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('leaves "nears its fourth year" for "nears four years", and other wars, alone', () => {
    allOk([
      // Three months before the fourth anniversary: "nears its fourth year" may be said for "nears four years".
      ['As the war in Ukraine nears its fourth year, talks continue.', '2025-11-25'],
      ['The war in Gaza nears its third year.', '2025-11-25'],
      ['The war in Sudan, now nearing its fourth year, has displaced millions.', '2026-01-10'],
    ]);
  });
});
