// Round 28, the war's anchors told relatively and NATO's spending targets told in passing: families of claims the engine left
// unread or misread (made-up sentences in the families' wordings, not the development sets' own), each with true look-alikes
// that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes } from './helpers';

const said = (text: string, asOf: string, re: RegExp) =>
  analyze(text, asOf)
    .filter((a) => re.test(a.quote))
    .map((a) => a.verdict);
const none = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);

describe("the invasion's year told from the page's (war-anchors.ts relativeYearInvasion)", () => {
  it('confirms "last year", "earlier this year" and "this year" when they name 2022', () => {
    expect(said("Gas prices jumped after Russia's invasion of Ukraine last year, the ministry said.", '2023-05-11', /last year/)).toEqual([
      'supported',
    ]);
    expect(said('Europe scrambled for shells once Russia invaded Ukraine earlier this year.', '2022-09-02', /earlier this year/)).toEqual([
      'supported',
    ]);
    expect(said("Kyiv has received tanks since Moscow's full-scale invasion of Ukraine this year.", '2022-12-10', /this year/)).toEqual([
      'supported',
    ]);
  });

  it('flags a year the invasion was not in', () => {
    expect(
      said("Poland has doubled its army budget in response to Russia's invasion of Ukraine last year.", '2024-10-03', /last year/),
    ).toEqual(['contradicted']);
    expect(said("Fertiliser costs have soared following Russia's invasion earlier this year, Kyiv says.", '2025-06-12', /earlier/)).toEqual(
      ['contradicted'],
    );
    expect(said('Grain exports from Ukraine have collapsed since Russia invaded Ukraine last year.', '2025-04-20', /last year/)).toEqual([
      'contradicted',
    ]);
  });

  it('leaves alone other invasions, fears, subjects, anniversaries and the turn of the year', () => {
    none('Kyiv fears a second invasion of Ukraine this year, officials told reporters.', '2024-06-05');
    none("Russia's invasion of Kharkiv region this year surprised Ukraine's generals.", '2024-06-05');
    none("Russia's invasion of Ukraine this year enters its fourth year.", '2025-04-04');
    none("Ukraine marked the anniversary of Russia's invasion of Ukraine last year with a vigil.", '2024-02-26');
    none("After Russia's invasion of Ukraine, last year Germany set up a special fund.", '2024-06-05');
    none('Some analysts warned of a Russian invasion of Ukraine this year, but Kyiv was calm.', '2021-12-01');
    none("Sanctions were imposed after Russia's invasion of Ukraine last year, the envoy said.", '2024-01-09');
    none("Russia's invasion of Ukraine last year followed the annexation of Crimea, Kyiv recalled.", '2015-05-10');
    // The year may be the main clause's, or another time's.
    none("Finland joined NATO, following Russia's invasion of Ukraine last year.", '2024-04-04');
    none("In March 2023, Finland's parliament has voted for NATO, following Russia's invasion of Ukraine last year.", '2024-04-04');
    none('"Prices have doubled since Russia\'s invasion of Ukraine last year," the minister said in a speech.', '2024-04-04');
  });
});

describe("the war's start told in other words (war-anchors.ts WAR_START_RE, LOOSE_INVASION_RE)", () => {
  it('confirms the war beginning, escalating or the 2022 incursion', () => {
    expect(
      said('Kyiv and Moscow traded prisoners again. It was a rare moment of calm in the war beginning in 2022.', '2025-03-01', /beginning/),
    ).toEqual(['supported']);
    expect(
      said(
        'Witkoff went to Moscow about the war in Ukraine, the biggest push for peace since its escalation in February 2022.',
        '2025-12-01',
        /escalation/,
      ),
    ).toEqual(['supported']);
    expect(
      said(
        'Finland rethought neutrality over Russian aggression, above all after the 2022 incursion into Ukraine.',
        '2024-03-07',
        /incursion/,
      ),
    ).toEqual(['supported']);
    expect(said('Ukraine has fought Russia since the conflict escalated in February 2022.', '2024-03-07', /escalated/)).toEqual([
      'supported',
    ]);
  });

  it('never flags these looser words, nor confirms another year', () => {
    none('Ukraine has fought Russia since the conflict escalated in February 2023.', '2024-03-07');
    none('The conflict in Gaza escalated in October 2023, while Ukraine kept fighting Russia.', '2024-03-07');
    none('Kyiv pushed into Russia after its 2024 incursion into Kursk.', '2024-10-01');
    none('Ukraine and Russia traded fire; the war beginning in 2014 has never stopped.', '2024-03-07');
  });
});

describe('a year entered, told by a movement into it (war-duration.ts)', () => {
  it('reads "stretches/rolls into its Nth year" as "enters"', () => {
    expect(said("Aid to Ukraine is debated as Russia's war stretches into its second year.", '2023-03-20', /stretches/)).toEqual([
      'supported',
    ]);
    expect(said("Russia's war on Ukraine rolls into its fourth year with no end in sight.", '2025-03-02', /rolls/)).toEqual(['supported']);
    expect(said("Russia's war on Ukraine stretches into its second year, Kyiv says.", '2024-07-15', /stretches/)).toEqual(['contradicted']);
    expect(
      said(
        "Putin's bid to split the alliance was spurred by the ongoing conflict in Ukraine. Congress debates aid for Ukraine as the conflict creeps into its second year.",
        '2024-07-15',
        /creeps/,
      ),
    ).toEqual(['contradicted']);
  });

  it('does not confirm a year behind just after the turn, nor another war', () => {
    // Round 35 (war-round35): flagged now in the weeks after the turn too, as in the anniversary's week.
    expect(said("Aid to Ukraine is debated as Russia's war stretches into its second year.", '2024-03-07', /stretches/)).toEqual([
      'contradicted',
    ]);
    none('Congress debates aid for Ukraine and Israel as the conflict in Gaza stretches into its second year.', '2024-10-20');
    none("Ukraine's war with Russia, begun in 2014, is stretching into its eleventh year.", '2024-06-01');
  });

  it('reads "N years ago this week" as an anniversary', () => {
    expect(said('Russia invaded Ukraine two years ago this week.', '2024-02-20', /ago/)).toEqual(['supported']);
    expect(said('Russia invaded Ukraine a year ago this week.', '2024-02-20', /ago/)).toEqual([]);
    none('Russia invaded Ukraine two years ago this week, and Kyiv remembers.', '2024-05-20');
  });
});

describe("the invasion's weekday, told by the troops crossing the border (war-recall.ts)", () => {
  it('confirms it on a page of its week', () => {
    expect(said('Before dawn on Thursday, Russian troops crossed the Ukrainian border from Belarus.', '2022-02-25', /crossed/)).toEqual([
      'supported',
    ]);
    expect(said('Early Thursday, Feb. 24, Russian tanks moved across the Ukrainian border.', '2022-02-24', /moved/)).toEqual(['supported']);
    expect(said('On Thursday, Russian forces swept over the border into Ukraine from the north.', '2022-02-26', /swept/)).toEqual([
      'supported',
    ]);
  });

  it('says nothing on another week or weekday', () => {
    expect(said('Before dawn on Thursday, Russian troops crossed the Ukrainian border from Belarus.', '2022-03-10', /crossed/)).toEqual([]);
    expect(said('Russian forces moved across the Ukrainian border on Wednesday.', '2022-02-25', /moved/)).toEqual([]);
    none('On Thursday, Russian forces crossed the Ukrainian border, officials in Kyiv said.', '2023-06-01');
  });
});

describe('NATO spending targets told in passing (spending-target-time.ts, figure.ts)', () => {
  it('flags the 2% told as the treaty’s', () => {
    expect(said('Under the NATO treaty, allies must spend 2% of GDP on their armed forces.', '2018-07-10', /treaty/)).toEqual([
      'contradicted',
    ]);
    expect(said('The North Atlantic Treaty requires members to devote 2 percent of GDP to defence.', '2019-04-02', /Treaty/)).toEqual([
      'contradicted',
    ]);
    expect(said('Under the terms of the NATO treaty, members are obliged to invest 2% of GDP in defence.', '2020-01-15', /treaty/)).toEqual(
      ['contradicted'],
    );
  });

  it('leaves the treaty alone when denied, reported, or another duty', () => {
    none('Contrary to a common belief, the NATO treaty does not require members to spend 2% of GDP.', '2019-04-02');
    none('Trump claimed that under the NATO treaty, members must pay 2% of GDP.', '2019-04-02');
    none('Under the NATO treaty, members must defend each other; allies also agreed in 2014 to spend 2% of GDP.', '2019-04-02');
    none('Under Article 3 of the NATO treaty, allies must keep up their forces, which the 2006 guideline puts at 2% of GDP.', '2019-04-02');
  });

  it('confirms the time allowed to meet The Hague target, and its parts', () => {
    // The figure readers' own confirmation of the part stands where they read it.
    expect(said('NATO allies have until 2035 to meet the 3.5% core defence target.', '2025-09-01', /3\.5%/)).toEqual(['supported']);
    expect(said('NATO allies have until 2035 to meet the 3.5% target, Rutte said.', '2025-09-01', /until 2035/)).toEqual(['supported']);
    expect(said('Alliance members were given until 2035 to reach the 5% goal agreed in The Hague.', '2025-10-01', /until 2035/)).toEqual([
      'supported',
    ]);
    expect(said('NATO leaders committed to reaching the 3.5% mark by 2035.', '2025-09-01', /3\.5% mark/)).toEqual(['supported']);
    expect(said('NATO allies have until 2030 to meet the 3.5% target.', '2025-09-01', /until 2030/)).toEqual([]);
  });

  it("confirms the 2% called current on The Hague's own day, and flags it days after", () => {
    expect(
      said('NATO leaders meet as Trump demands 5% of GDP, more than double the current 2% target.', '2025-06-25', /current 2%/),
    ).toEqual(['supported']);
    expect(said('NATO leaders met as Trump demanded 5%, far above the current 2% target.', '2025-07-05', /current 2%/)).toEqual([
      'outdated',
    ]);
  });

  it('confirms the year told after the noun of the 2% guideline', () => {
    expect(said("NATO allies' defence spending now exceeds the 2% guideline of 2006.", '2019-02-01', /guideline/)).toEqual(['supported']);
    expect(said("NATO's 2% defence spending guideline dates from 2006.", '2019-02-01', /guideline/)).toEqual(['supported']);
    expect(said("NATO's 2% defence spending pledge from 2014 was met by most allies.", '2024-09-01', /pledge/)).toEqual(['supported']);
  });

  it("confirms The Hague's split defined as a named target's parts, and not a country's own plan", () => {
    const text = (lead: string) =>
      `${lead} are on board with the proposed target, which the minister defined as comprising 3.5% for core defence and an additional 1.5% for resilience.`;
    expect(said(text('Germany, Poland and the Nordic countries'), '2025-06-05', /^(?:3\.5|1\.5)%$/)).toEqual(['supported', 'supported']);
    expect(said(text('Most NATO allies'), '2025-09-05', /^(?:3\.5|1\.5)%$/)).toEqual(['supported', 'supported']);
    expect(
      said(
        'Poland says its plan, which it described as comprising 3.5% on troops and 1.5% on roads, will be met by 2030.',
        '2025-09-06',
        /%/,
      ),
    ).toEqual([]);
    none("Spain's budget, which Madrid described as comprising 1.2% for the army and 0.3% for cyber, was approved.", '2025-09-06');
  });
});
