// Round 25, second recall helper: true core claims of kinds the engine did not read (made-up sentences and short real
// quotes), with true and false look-alikes. New forms here only confirm, except the war's day counts, which keep
// war-duration.ts's own red flags.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes, supportedQuotes } from './helpers';

const verdictsOn = (text: string, quote: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.quote.includes(quote) || quote.includes(a.quote))
    .map((a) => a.verdict);

describe("the war's length in days (war-duration.ts)", () => {
  it('reads thousands grouped by a space, confirmed and flagged as with a comma', () => {
    const told = 'Tuesday, the 19th of November, marks 1 000 days since Russia invaded Ukraine, with weary soldiers fighting.';
    expect(verdictsOn(told, '1 000 days', '2024-11-19')).toEqual(['supported']);
    expect(verdictsOn(told.replace('1 000', '1\u00a0000'), '1\u00a0000 days', '2024-11-19')).toEqual(['supported']);
    expect(redQuotes('Tuesday marks 1 200 days since Russia invaded Ukraine.', '2024-11-19')).toEqual(['1 200 days since Russia invaded']);
  });

  it('confirms "the largest war in Europe" by its count, never flags it', () => {
    const page =
      '1000 days of war that changed Ukraine and the world\n\nToday, November 19, 2024, exactly 1,000 days have passed since the beginning of the largest war in Europe in recent decades.';
    expect(supportedQuotes(page, '2024-11-19')).toContain(
      'exactly 1,000 days have passed since the beginning of the largest war in Europe',
    );
    const off = 'Ukraine today. Exactly 800 days have passed since the beginning of the largest war in Europe in recent decades.';
    expect(analyze(off, '2024-11-19').filter((a) => /800/.test(a.quote))).toEqual([]);
    expect(analyze('Russia marks 80 years since the largest war in Europe ended.', '2025-05-08')).toEqual([]);
  });
});

describe("Article 5's one use told by 'It' (article5-told.ts)", () => {
  it('confirms "invoked only once" after 9/11 with Article 5 named a few sentences before', () => {
    const ra061 =
      "Article 5 obliges NATO members to consider an attack on one member as an attack on all. It is one of NATO's core principles. In response, each other member would take action. It has been invoked only once, following the devastating 9/11 attacks on the World Trade Centre and the Pentagon in 2001.";
    expect(supportedQuotes(ra061, '2026-01-11')).toContain('It has been invoked only once');
    const re008 =
      'Article 5 of the 1949 North Atlantic Treaty asserts that an attack on one NATO member is an attack on all. It was invoked only once — in solidarity with the U.S. after the September 11 attacks.';
    expect(supportedQuotes(re008, '2025-06-26')).toContain('It was invoked only once');
    const da008 =
      'The promise of Article 5 of the Washington Treaty stipulates that an attack on any one of its members must be met with a united response. This promise has only ever been used once, after the Al-Qaeda attacks on US soil in 2001.';
    expect(supportedQuotes(da008, '2024-04-04')).toContain('This promise has only ever been used once');
  });

  it('leaves another article, another count, another year, a supposition and no 9/11 alone', () => {
    const quiet = [
      'NATO allies also cite Article 42.7 of the EU treaty. It has been invoked only once, after the Paris attacks in 2015.',
      'NATO: Article 5 says an attack on one is an attack on all. It was invoked only once, in 2003 after the 9/11 attacks.',
      'NATO: Article 5 says an attack on one is an attack on all. If it were invoked only once more after 9/11, who knows.',
      'NATO: Article 5 says an attack on one is an attack on all. Article 4 allows consultations. It has been invoked only once after the 9/11 attacks.',
      'NATO: Article 5 says an attack on one is an attack on all. It has been invoked only once, by the allies.',
    ];
    for (const text of quiet) {
      expect(analyze(text, '2024-04-04').filter((a) => /\bonce\b/.test(a.quote))).toEqual([]);
    }
    expect(
      redQuotes('NATO: Article 5 says an attack on one is an attack on all. It was invoked only once, after 9/11.', '2024-04-04'),
    ).toEqual([]);
  });
});

describe("the alliance's age told as years of collective defence (alliance-age.ts)", () => {
  it('confirms "NATO celebrates 75 years of collective defence" in 2024', () => {
    expect(supportedQuotes('In 2024, NATO celebrates 75 years of collective defence.', '2024-04-04')).toContain(
      'NATO celebrates 75 years of collective defence',
    );
    expect(supportedQuotes('NATO is celebrating 75 years of collective defence across Europe and North America.', '2024-04-04')).toContain(
      'NATO is celebrating 75 years of collective defence',
    );
  });

  it('never flags another count or another partnership', () => {
    const wrong = 'NATO is celebrating 60 years of collective defence across Europe.';
    expect(redQuotes(wrong, '2024-04-04')).toEqual([]);
    expect(supportedQuotes(wrong, '2024-04-04')).toEqual([]);
    expect(analyze('NATO celebrates 30 years of partnership with Ukraine.', '2024-04-04')).toEqual([]);
  });
});

describe('milestones of the war and its diplomacy told in passing (nato-milestones.ts, confirm-only)', () => {
  it("confirms Russia's suspension of its mission to NATO on and after 18 October 2021", () => {
    const ra009 =
      "Russia's foreign minister says that the country is suspending its mission to NATO. Lavrov said Monday that the move is in response to last week's expulsion by NATO of eight members of Russia's mission.";
    expect(supportedQuotes(ra009, '2021-10-18')).toContain('suspending its mission to NATO');
    expect(
      supportedQuotes('In 2021 Moscow suspended its mission to NATO.', '2023-05-01').some((q) => q.includes('suspended its mission')),
    ).toBe(true);
  });

  it('leaves NATO suspending its own mission, a page before the day and another year alone', () => {
    expect(analyze('NATO is suspending its mission to Russia.', '2021-10-18')).toEqual([]);
    expect(supportedQuotes('Russia is suspending its mission to NATO.', '2019-10-18')).toEqual([]);
    expect(supportedQuotes('In 2019 Moscow suspended its mission to NATO.', '2023-05-01')).toEqual([]);
  });

  it("confirms Kubilius as the EU's first defence commissioner, named 17 September 2024", () => {
    const ra042 =
      "There's no doubt about where Andrius Kubilius stands on Ukraine; he's a fierce backer and that matters as he was appointed the European Union's first defense commissioner on Tuesday.";
    expect(supportedQuotes(ra042, '2024-09-17').some((q) => q.includes('first defense commissioner'))).toBe(true);
    expect(
      supportedQuotes(
        'Andrius Kubilius took office on 1 December 2024 as the EU’s first Commissioner for Defence and Space.',
        '2024-12-02',
      ).some((q) => q.includes('first Commissioner for Defence')),
    ).toBe(true);
  });

  it('leaves the post without Kubilius named, or told of another year, alone', () => {
    expect(supportedQuotes('The EU named its first defence commissioner on Tuesday.', '2024-09-17')).toEqual([]);
    expect(
      supportedQuotes('Andrius Kubilius became the EU’s first defence commissioner in 2019.', '2024-12-02').filter((q) => /first/.test(q)),
    ).toEqual([]);
  });

  it('confirms the US 28-point plan told after it was reported (18 November 2025), not on another day', () => {
    const rc003 =
      'Ukrainian and European leaders have previously voiced concerns regarding an initial draft of a 28-point peace plan proposed by the US.';
    expect(supportedQuotes(rc003, '2025-11-26')).toContain('28-point peace plan');
    expect(
      supportedQuotes('A leaked 28-point proposal calls for Ukraine to cede territory and limit its military.', '2025-11-25'),
    ).toContain('28-point proposal');
    expect(supportedQuotes('The 28-point peace plan for Ukraine was discussed.', '2025-11-10')).toEqual([]);
    const db015 = 'On November 24, 2025, the world caught its breath as details of a 28-point peace plan for Ukraine emerged.';
    expect(supportedQuotes(db015, '2025-11-25')).toEqual([]);
  });

  it('confirms the 30-day ceasefire Ukraine backed in Jeddah (11 March 2025); not the energy halt, another war or Russia agreeing', () => {
    const zc009 =
      'Starmer praised Ukrainian President Volodymyr Zelensky for demonstrating Ukraine’s commitment to peace by agreeing to a 30-day unconditional ceasefire.';
    expect(supportedQuotes(zc009, '2025-03-15')).toContain('30-day unconditional ceasefire');
    const jeddah =
      'In Saudi Arabia, Kyiv said that it would support the Trump administration’s proposal for a 30-day ceasefire with Russia.';
    expect(supportedQuotes(jeddah, '2025-03-11')).toContain('30-day ceasefire');
    for (const [asOf, text] of [
      ['2025-03-20', 'Putin agreed to a 30-day ceasefire on energy infrastructure.'],
      ['2025-03-20', 'Russia accepted the 30-day ceasefire proposed in Jeddah.'],
      ['2025-03-05', 'Ukraine backed a 30-day ceasefire with Russia.'],
      ['2024-01-05', 'Israel and Hamas agreed to a 30-day truce.'],
    ]) {
      expect(supportedQuotes(text, asOf)).toEqual([]);
      expect(redQuotes(text, asOf)).toEqual([]);
    }
  });
});
