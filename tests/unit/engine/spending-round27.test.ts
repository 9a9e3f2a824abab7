// Round 27, spending targets and sanctions: families of claims the engine left unread or misread (made-up sentences in
// the families' wordings, not the development sets' own), each with true look-alikes that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes, supportedQuotes } from './helpers';

const said = (text: string, asOf: string, re: RegExp) =>
  analyze(text, asOf)
    .filter((a) => re.test(a.quote))
    .map((a) => a.verdict);
const isRedVerdict = (v: string) => v === 'outdated' || v === 'contradicted';

describe('NATO spending target named by its time (spending-target-time.ts)', () => {
  it('flags the 2% called current after The Hague replaced it', () => {
    expect(said("The alliance's new plan marks a sharp climb from the current 2% target.", '2025-08-02', /current 2%/)).toEqual([
      'outdated',
    ]);
    expect(said('Several NATO members still fall short of the existing two percent guideline.', '2025-10-14', /existing/)).toEqual([
      'outdated',
    ]);
    expect(said("Critics call NATO's present 2 per cent benchmark far too modest.", '2026-03-01', /present 2 per cent/)).toEqual([
      'outdated',
    ]);
    expect(said('NATO requires its members to spend 2% of GDP on defence each year.', '2025-11-20', /requires/)).toEqual(['outdated']);
    expect(
      said('Alliance members must spend 2 percent of GDP on their armed forces, NATO rules state.', '2025-12-01', /must spend/),
    ).toEqual(['outdated']);
  });

  it('flags the 2% said to hold still after The Hague, and confirms it before', () => {
    expect(said("NATO's 2 percent guideline remains the yardstick for every ally.", '2025-10-01', /remains/)).toEqual(['outdated']);
    expect(said('Across the alliance, the 2% defence spending target still stands.', '2026-01-15', /2% defence/)).toEqual(['outdated']);
    expect(said("NATO's 2% goal stays the benchmark, officials in Brussels insist.", '2025-11-01', /stays/)).not.toContain('outdated');
    expect(supportedQuotes("NATO's 2% guideline remains the yardstick for every ally.", '2024-10-01').join(' ')).toMatch(/remains/);
    // Spending of the replacement's year measured against the old target; another's target; a past year.
    const none = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);
    none('For NATO allies, the 2% target still applies this year.', '2025-09-10');
    none("Japan's 2% target remains in place, NATO partners noted.", '2025-09-10');
    none("In 2024, NATO's 2% guideline remained the benchmark.", '2025-09-10');
  });

  it('confirms the 2% called current while it was, and the previous or long-standing 2% afterwards', () => {
    expect(supportedQuotes('Trump wants NATO allies to go to 5%, up from the current 2% target.', '2025-01-20')).toContain(
      'current 2% target',
    );
    expect(supportedQuotes('NATO leaders in The Hague scrapped the previous 2 percent goal for a far higher one.', '2025-07-03')).toContain(
      'previous 2 percent goal',
    );
    expect(supportedQuotes('The long-standing 2% guideline of NATO will be replaced next week.', '2025-06-18')).toContain(
      'long-standing 2% guideline',
    );
    expect(supportedQuotes("NATO's current 3.5% core defence target is demanding for Belgium.", '2025-09-10')).toContain(
      "NATO's current 3.5% core defence target",
    );
  });

  it('leaves true look-alikes unflagged: another owner, a past time, reported words, a floor, the summit days', () => {
    const none = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);
    none("Japan's current 2% target for defence is separate from NATO's plans.", '2025-09-10');
    none('In 2024, NATO allies were still far from the current 2% target.', '2025-09-10');
    none("At the time, NATO's current 2% target was seen as ambitious.", '2025-09-10');
    none("Spain says NATO's current 2% target is enough for its needs.", '2025-09-10');
    none('NATO requires its members to spend at least 2% of GDP on defence.', '2025-09-10');
    none('NATO leaders agreed on 5%, far above the current 2% target.', '2025-06-26');
    none('The allies agreed at The Hague to double defence spending from the current 2% target to 5%.', '2025-09-10');
    none('NATO allies noted that the ECB keeps its current 2% target for inflation.', '2025-09-10');
    none('NATO members debated whether to drop the previous 2% target.', '2024-05-10');
    // A share of defence budgets (Wales' research guideline), not of GDP.
    none('NATO members must spend 2% of their defence budgets on research and development.', '2025-09-10');
    none('NATO requires its members to spend 2 percent of defence spending on R&D.', '2025-09-10');
    // Before the replacement, 'previous' is no claim read here.
    expect(said('NATO members debated whether to drop the previous 2% target.', '2024-05-10', /previous 2%/)).toEqual([]);
  });
});

describe("The Hague's split told with each part's purpose in the month before the summit (figure.ts)", () => {
  it('confirms both parts as the settled text', () => {
    for (const [text, asOf] of [
      ['Allies are converging on 3.5% of GDP for hard military capabilities and 1.5% for resilience and infrastructure.', '2025-06-12'],
      ['The draft deal sets defence budgets at 3.5 per cent of GDP and 1.5 per cent on wider security-related investments.', '2025-06-20'],
      ['Under the text, NATO members would devote 3.5% to core defence and a further 1.5% to cyber and civil preparedness.', '2025-06-23'],
    ] as const) {
      const quotes = supportedQuotes(text, asOf).join(' | ');
      expect(quotes).toMatch(/3\.5/);
      expect(quotes).toMatch(/1\.5/);
    }
  });

  it('leaves too early a report, a refusal, another deadline or another figure unconfirmed', () => {
    const noneSupported = (text: string, asOf: string) => expect(said(text, asOf, /1\.5|3\.5/)).not.toContain('supported');
    noneSupported('NATO allies could spend 3.5% on core defence and 1.5% on infrastructure, Rutte suggested.', '2025-04-10');
    noneSupported('Madrid refused to commit to 3.5% for core military needs and 1.5% for security-related spending.', '2025-06-20');
    noneSupported('Allies would set 3.5% for core military needs by 2030 and 1.5% for infrastructure.', '2025-06-20');
    expect(said('Allies settled on 3% for core military needs and 1.5% for infrastructure.', '2025-06-20', /^3%/)).not.toContain(
      'supported',
    );
  });
});

describe('a target said to be agreed at a summit, in more wordings (figure-target-place.ts)', () => {
  it('contradicts a summit that adopted no target of that figure', () => {
    expect(said("NATO's 5% spending target, agreed at the Madrid summit, is steep.", '2025-08-01', /Madrid/)).toContain('contradicted');
    expect(said('The 2 percent NATO guideline was adopted at the 2018 Brussels summit.', '2025-08-01', /Brussels/)).not.toContain(
      'supported',
    );
    expect(said('The 5% goal was agreed at the 2024 Washington summit, officials said.', '2025-08-01', /Washington/)).toContain(
      'contradicted',
    );
    expect(said('Allies agreed on the new 5% target at their summit in Vilnius.', '2025-08-01', /Vilnius/)).toContain('contradicted');
  });

  it('confirms the summit that did adopt it, and leaves a reaffirmation, a plan or an ally alone', () => {
    expect(supportedQuotes("NATO's 5% target, agreed at The Hague summit, runs to 2035.", '2025-08-01').join(' ')).toMatch(/Hague/);
    expect(supportedQuotes('Allies adopted the 2% guideline at the 2014 Wales summit.', '2024-08-01').join(' ')).toMatch(/Wales/);
    const none = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);
    none('The 2% target was reaffirmed at the 2016 Warsaw summit.', '2024-08-01');
    none('A 5% target could be agreed at the summit in The Hague.', '2025-05-01');
    none("Poland's 4% target, set at home in Warsaw, exceeds NATO's.", '2025-08-01');
    none('Leaders agreed on the 2% floor at the summit in Vilnius.', '2024-08-01');
  });
});

describe('counts of allies at 2% and shares beyond the target (allies-at-target.ts, figure.ts)', () => {
  it("counts the page's year, not the year the target was set in", () => {
    // All 32 allies met 2% in 2025 by NATO's estimate of August 2025.
    expect(redQuotes('Most allies now exceed the 2% that NATO leaders agreed on in Wales in 2014.', '2025-09-10')).toEqual([]);
    expect(supportedQuotes('Today all 32 allies meet the 2 percent guideline set in 2014.', '2025-09-10').join(' ')).toMatch(/32 allies/);
    expect(supportedQuotes('This year, 23 allies reach the 2% goal NATO adopted in 2014.', '2024-07-10').join(' ')).toMatch(/23 allies/);
    // The year counted stays the one told: 2014's three.
    expect(supportedQuotes('In 2014, only three allies met the 2% guideline agreed in 2006.', '2024-07-10').join(' ')).toMatch(/three/);
  });

  it("reads the whole alliance's pledge as no count", () => {
    for (const text of [
      'In 2014, all NATO members pledged to meet the 2% target by 2024.',
      'All the allies committed to reach 2 percent of GDP within a decade.',
      'All NATO members agreed to hit 2% by 2024.',
    ])
      expect(said(text, '2019-12-04', /members|allies/).filter((v) => v !== 'supported')).toEqual([]);
    // A count said as met stays read.
    expect(said('In 2014, all 28 NATO members met the 2% target.', '2019-12-04', /members/)).toContain('contradicted');
  });

  it('confirms no share beyond the target as the target', () => {
    expect(said('NATO leaders backed a goal of over 5% of GDP for defence.', '2025-07-01', /5%/)).not.toContain('supported');
    expect(said('NATO allies set a goal of more than 5% of GDP by 2035.', '2025-07-01', /5%/)).not.toContain('supported');
    expect(said('NATO allies committed to 5% of GDP by 2035.', '2025-07-01', /5%/)).toContain('supported');
    expect(said('NATO allies committed to at least 5% of GDP on defence.', '2025-07-01', /5%/)).toContain('supported');
  });
});

describe('the pledge to meet a target by its deadline (spending-target-time.ts)', () => {
  it('confirms the deadline the target had', () => {
    expect(supportedQuotes('After Crimea, all NATO members pledged to meet the 2% guideline by 2024.', '2019-06-01').join(' ')).toMatch(
      /pledged to meet the 2% guideline by 2024/,
    );
    expect(supportedQuotes('At Wales the allies committed to reaching the two percent target by 2024.', '2018-07-01').join(' ')).toMatch(
      /committed to reaching the two percent target by 2024/,
    );
    expect(supportedQuotes('NATO members agreed to hit the new 5% benchmark by 2035.', '2025-09-01').join(' ')).toMatch(/5%/);
  });

  it('confirms no other deadline, one ally, a denial or a supposition', () => {
    const noPledge = (text: string, asOf: string) => expect(said(text, asOf, /pledged|committed|agreed/)).not.toContain('supported');
    noPledge('NATO members pledged to meet the 2% target by 2025.', '2019-06-01');
    noPledge('Poland pledged to meet the 2% target by 2024.', '2019-06-01');
    noPledge('Several allies never committed to reaching the 2% target by 2024.', '2019-06-01');
    noPledge('NATO members would have agreed to hit the 2% target by 2024 if asked.', '2019-06-01');
  });
});

describe('sanctions told of several issuers with no time (sanction-joint.ts)', () => {
  it('confirms no issuer of a list that did not designate every company named', () => {
    for (const [text, asOf] of [
      ['The United States, Britain and the European Union sanctioned Rosneft and Lukoil last month.', '2025-11-03'],
      ['The EU, the UK and the US have all blacklisted Lukoil and Rosneft.', '2025-12-01'],
      ['Brussels, London and Washington imposed sanctions on Lukoil.', '2025-11-20'],
    ] as const)
      expect(supportedQuotes(text, asOf).filter((q) => /Lukoil/.test(q))).toEqual([]);
  });

  it('still confirms a list whose every issuer designated every company named', () => {
    expect(supportedQuotes('The US and the UK sanctioned Rosneft and Lukoil last month.', '2025-11-03').join(' ')).toMatch(/Lukoil/);
    expect(supportedQuotes('Washington and London sanctioned Rosneft and Lukoil in October.', '2025-11-03').join(' ')).toMatch(/Lukoil/);
    expect(said('The US and the UK sanctioned Rosneft and Lukoil last month.', '2025-11-03', /Lukoil/).some(isRedVerdict)).toBe(false);
  });
});
