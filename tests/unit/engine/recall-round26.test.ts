// Round 26, recall of true claims: families of true core claims the engine left unread (made-up sentences in the families'
// wordings, not the development sets' own), each with false look-alikes that must not be confirmed. The new forms only
// confirm, except war-duration.ts's, which keep that reader's own red flags.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes, supportedQuotes } from './helpers';

const said = (text: string, asOf: string, re: RegExp) =>
  analyze(text, asOf)
    .filter((a) => re.test(a.quote))
    .map((a) => a.verdict);

describe("the war's age and anniversaries (war-recall.ts, war-duration.ts)", () => {
  it('confirms the war as the subject of its anniversary, within a month of it', () => {
    expect(supportedQuotes('As the war with Russia marks its fourth anniversary, Kyiv is dark.', '2026-02-25')).toContain(
      'the war with Russia marks its fourth anniversary',
    );
    expect(supportedQuotes('Ukraine mourned as the Russian invasion reached its first anniversary.', '2023-02-26')).toContain(
      'the Russian invasion reached its first anniversary',
    );
    // The wrong count, another season, a future, another war: nothing.
    expect(said('As the war with Russia marks its third anniversary, Kyiv is dark.', '2026-02-25', /anniversary/)).toEqual([]);
    expect(said('As the war with Russia marks its fourth anniversary, Kyiv is dark.', '2026-07-25', /anniversary/)).toEqual([]);
    expect(said('The war in Gaza marks its second anniversary as Russia watches.', '2024-02-25', /anniversary/)).toEqual([]);
  });

  it('confirms "turns N years old" with a near time when the anniversary falls then', () => {
    expect(
      supportedQuotes("Talks stall as Russia's war on Ukraine, which turns three years old on Monday, grinds on.", '2025-02-21'),
    ).toContain("Russia's war on Ukraine, which turns three years old on Monday");
    expect(supportedQuotes('The invasion of Ukraine is turning two years old this weekend.', '2024-02-23')).toContain(
      'The invasion of Ukraine is turning two years old this weekend',
    );
    expect(said("Russia's war on Ukraine, which turns four years old on Monday, grinds on.", '2025-02-21', /years old/)).toEqual([]);
    expect(said('The invasion of Ukraine is turning two years old this weekend.', '2024-06-07', /years old/)).toEqual([]);
  });

  it('confirms "at war since February" and the invasion day without a year', () => {
    expect(supportedQuotes('Kyiv, at war since February, is short of shells, Ukrainian officials say.', '2022-10-02')).toContain(
      'at war since February',
    );
    expect(supportedQuotes('The two countries have been at war since 24 February 2022, Moscow insists otherwise.', '2023-04-01')).toContain(
      'at war since 24 February 2022',
    );
    expect(
      supportedQuotes('Prices have doubled since the Russian invasion on 24 February, Ukrainian farmers say.', '2023-05-02'),
    ).toContain('the Russian invasion on 24 February');
    // A year later, "since February" may be another February; another day; another war.
    expect(said('Kyiv, at war since February, is short of shells, Ukrainian officials say.', '2023-10-02', /since/)).toEqual([]);
    expect(said('Ukraine has been at war since 21 February 2022, Kyiv says.', '2023-04-01', /since/)).toEqual([]);
    expect(said('Prices have doubled since the Russian invasion on 22 February, Ukrainian farmers say.', '2023-05-02', /invasion/)).toEqual(
      [],
    );
    expect(said('Israel, at war since February, is short of shells, officials in Kyiv say.', '2022-10-02', /since/)).toEqual([]);
  });

  it("confirms the invasion's weekday on a page of its week only", () => {
    expect(supportedQuotes('Russian forces invaded Ukraine on Thursday, shelling cities from the north and east.', '2022-02-25')).toContain(
      'Russian forces invaded Ukraine',
    );
    expect(supportedQuotes('Moscow began a full-scale assault on Ukraine before dawn on Thursday.', '2022-02-28')).toContain(
      'Moscow began a full-scale assault on Ukraine',
    );
    expect(said('Russian forces invaded Ukraine on Thursday, shelling cities.', '2022-03-08', /invaded/)).toEqual([]);
    expect(said('Russian forces invaded Ukraine on Tuesday, shelling cities.', '2022-02-25', /invaded/)).toEqual([]);
  });

  it('confirms the Minsk pair and the Kursk day in new wordings, not wrong years or days', () => {
    expect(
      supportedQuotes('The Minsk deals, a pair of accords signed in 2014 and 2015, never held, Ukraine says.', '2022-01-10'),
    ).toContain('deals, a pair of accords signed in 2014 and 2015');
    expect(said('The Minsk deals, a pair of accords signed in 2014 and 2016, never held, Ukraine says.', '2022-01-10', /signed/)).toEqual(
      [],
    );
    expect(
      supportedQuotes('Ukraine launched its cross-border incursion into the Kursk region of western Russia on August 6.', '2024-09-15'),
    ).toContain('launched its cross-border incursion into the Kursk region of western Russia on August 6');
    // Never confirmed; since round 27 war-episodes.ts flags it (the incursion's own launch, "its", ten days off).
    expect(said('Ukraine launched its cross-border incursion into the Kursk region on August 16.', '2024-09-15', /Kursk/)).toEqual([
      'contradicted',
    ]);
  });

  it('reads an adjective and dashes in "now in its Nth year", and "has persisted for", keeping red flags', () => {
    expect(supportedQuotes('Europe must end the war in Ukraine—now in its fourth brutal year—before winter.', '2025-11-03')).toContain(
      'the war in Ukraine—now in its fourth brutal year',
    );
    expect(redQuotes('Europe must end the war in Ukraine—now in its second brutal year—before winter.', '2025-11-03')).toEqual([
      'the war in Ukraine—now in its second brutal year',
    ]);
    expect(
      supportedQuotes("Russia's war against Ukraine, which has persisted for more than three years, drains budgets.", '2025-05-10'),
    ).toContain("Russia's war against Ukraine, which has persisted for more than three years");
    // "full year" is another count: left alone.
    expect(said('The war in Ukraine, now in its third full year, drains budgets.', '2025-05-10', /full year/)).toEqual([]);
  });
});

describe("the grain deal's days (war-recall.ts)", () => {
  it('confirms the signing on its day in new wordings, with the deal named in the sentence or just before', () => {
    const page =
      'Black Sea grain exports to restart\n\nThe parties signed the papers with Turkey and the United Nations at Dolmabahce Palace on 22 July 2022, Ukrainian officials said.';
    expect(supportedQuotes(page, '2022-07-25')).toContain(
      'signed the papers with Turkey and the United Nations at Dolmabahce Palace on 22 July 2022',
    );
    // Another day, a renewal, and a page that names no grain: nothing.
    expect(said(page.replace('22 July', '21 July'), '2022-07-25', /signed/)).toEqual([]);
    expect(
      said('Grain exports: Russia and Ukraine renewed the deal, signed again on 22 July, officials said.', '2022-11-18', /signed/),
    ).toEqual([]);
    expect(said('Russia and Ukraine signed the papers with Turkey on 22 July, officials said.', '2022-07-25', /signed/)).toEqual([]);
  });

  it("confirms Russia's end of it on its day, not another day or its return", () => {
    expect(supportedQuotes('Russia quit the Black Sea Grain Initiative on 17 July 2023, leaving ships stranded.', '2023-08-01')).toContain(
      'quit the Black Sea Grain Initiative on 17 July 2023',
    );
    expect(said('Russia returned to the grain deal on 2 November after quitting it on 29 October.', '2022-11-05', /grain/)).toEqual([]);
  });
});

describe("The Hague's commitment in other wordings (spending-hague-recall.ts)", () => {
  it('confirms the 5% told as the allies aim, after the summit only, not one ally or another deadline', () => {
    expect(
      supportedQuotes('At the ministerial, NATO allies reported steady progress towards spending 5% of GDP on defence.', '2025-10-16'),
    ).toContain('5% of GDP on defence');
    expect(supportedQuotes('The allies committed to the new 5% benchmark at the summit in The Hague.', '2025-07-01')).toContain(
      '5% benchmark',
    );
    expect(said('NATO allies committed to the new 5% benchmark.', '2025-03-01', /5%/)).toEqual([]);
    expect(said('Estonia, a NATO member, is spending 5% of GDP on defence.', '2025-10-16', /5%/)).toEqual([]);
    expect(
      said('NATO allies agreed to move towards 5% of GDP on defence by 2032.', '2025-10-16', /5%/).filter((v) => v === 'supported'),
    ).toEqual([]);
    expect(said('NATO allies agreed to move towards 4.5% of GDP on defence.', '2025-10-16', /%/)).toEqual([]);
  });

  it('confirms the span, the deadline and the review told without the figure beside them', () => {
    const page =
      'NATO leaders backed 5% of GDP for defence and related spending. Allies have ten years to get there. The plan is to be reviewed in 2029.';
    expect(supportedQuotes(page, '2025-06-27')).toEqual(expect.arrayContaining(['have ten years to', 'be reviewed in 2029']));
    expect(said(page.replace('2029', '2031'), '2025-06-27', /2031/).filter((v) => v === 'supported')).toEqual([]);
    expect(said(page.replace('ten years', 'fifteen years'), '2025-06-27', /years/)).toEqual([]);
    expect(
      supportedQuotes('The allies set a 5% goal last month. They are expected to reach the target by 2035, Rutte said.', '2025-07-20'),
    ).toContain('reach the target by 2035');
    expect(
      said('The allies set a 5% goal last month. They are expected to reach the target by 2032, Rutte said.', '2025-07-20', /2032/).filter(
        (v) => v === 'supported',
      ),
    ).toEqual([]);
  });
});

describe('invitations to join NATO told as a verb, and Türkiye’s consent (membership-invited.ts)', () => {
  it('confirms every invited country with its invitation on record, in active, passive and bracketed forms', () => {
    expect(supportedQuotes('At the summit, allied leaders agreed to invite Sweden and Finland to join NATO.', '2022-07-01')).toContain(
      'invite Sweden and Finland to join NATO',
    );
    expect(supportedQuotes('Officials noted that Albania and Croatia were formally invited to join the Alliance.', '2009-01-05')).toContain(
      'Albania and Croatia were formally invited to join the Alliance',
    );
    expect(
      supportedQuotes(
        'Defence ministers of Finland and Sweden (nations already invited to join the Alliance) attended as guests.',
        '2022-10-12',
      ),
    ).toContain('nations already invited to join the Alliance');
  });

  it('leaves alone a country with no invitation, a wrong year, a plan, a denial or another body', () => {
    expect(said('Allied leaders agreed to invite Ukraine and Sweden to join NATO.', '2022-07-01', /invite/)).toEqual([]);
    expect(said('In 2019 the allies invited Montenegro to join NATO.', '2020-01-10', /invited/)).not.toContain('supported');
    expect(said('NATO should invite Ukraine to join the Alliance.', '2024-07-10', /invite/)).toEqual([]);
    expect(said('Sweden has not yet been invited to join NATO, officials said.', '2022-06-20', /invited/)).toEqual([]);
    expect(said('Leaders agreed to invite Finland and Sweden to join NATO.', '2022-06-10', /invite/)).toEqual([]);
    expect(said('The summit agreed to invite Montenegro to join the European Union.', '2016-01-10', /invite/)).toEqual([]);
  });

  it("confirms Türkiye's veto dropped in the summer of 2022, with Finland or Sweden named, not another time", () => {
    expect(
      supportedQuotes('Ankara lifted its objections to Finland and Sweden joining the alliance, Stoltenberg said.', '2022-06-29'),
    ).toContain('Ankara lifted its objections');
    expect(said('Sweden moved closer after Turkey dropped its veto on Monday.', '2023-07-12', /veto/)).toEqual([]);
    expect(said('Turkey dropped its veto on Sweden in July 2023.', '2023-08-12', /veto/)).toEqual([]);
    expect(said('Turkey dropped its veto on the gas deal with Greece.', '2022-07-08', /veto/)).toEqual([]);
  });
});
