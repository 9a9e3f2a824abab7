// Round 35, the war's anchors and sanctions (NAME=war). Sentences of our own unless an entry id is given, each class with
// its true look-alikes.
// (1) A year entered told as the one just completed ("stretches into its second year" in March 2024), flagged from the
//     anniversary through the weeks after it, not only in its week (war-duration.ts).
// (2) "The conflict in Ukraine, now nearing two years" ending its text or clause (war-duration.ts NOW_COUNT_RE).
// (3) The coming anniversary told with another count ("will mark its third anniversary in February" in December 2025),
//     and the part of February with "the invasion of Ukraine" or "the conflict" (war-anniversary-month.ts).
// (4) The UN told as imposing sanctions on Russia (it has none: Russia's veto), alone or in a list of issuers
//     (sanction-nato.ts; sanction-law.json groupings `un`); such a list is no longer confirmed by the others' records.
// (5) The designations of a day's action all told ("more than 500 new sanctions against Russia", 23 February 2024):
//     confirmed (sanction-targets.ts; sanctions.json listed.designations).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const none = (text: string, asOf: string) =>
  expect(
    red(text, asOf).map((a) => a.quote),
    text,
  ).toEqual([]);

describe('a year entered told as the one just completed', () => {
  it('is contradicted in the weeks after the anniversary', () => {
    for (const [text, asOf] of [
      ["Russia's invasion of Ukraine stretches into its second year.", '2024-03-10'],
      ["Aid to Ukraine is debated as Russia's war stretches into its second year.", '2024-03-07'],
      ["As Russia's war in Ukraine enters its third year, Europe rearms.", '2025-03-20'],
      ["Kyiv's allies meet as Russia's war on Ukraine drags into its fourth year.", '2026-03-15'],
    ] as const)
      expect(verdicts(text, asOf), text).toContain('contradicted');
  });
  it('confirms the year just entered and leaves other wars and the 2014 count alone', () => {
    expect(verdicts("As Russia's war in Ukraine enters its fourth year, Europe rearms.", '2025-03-20')).toEqual(['supported']);
    none('Congress debates aid for Ukraine and Israel as the conflict in Gaza stretches into its second year.', '2024-10-20');
    none("Ukraine's war with Russia, begun in 2014, is stretching into its eleventh year.", '2025-03-10');
    none('As the war in Sudan enters its second year, famine spreads.', '2024-05-01');
  });
});

describe('"now nearing N years" at the end of its text', () => {
  it('is read as with a comma after it', () => {
    // held-out 17 vd307 (January 2025): it was nearing three.
    expect(verdicts('The conflict in Ukraine, now nearing two years', '2025-01-28')).toEqual(['contradicted']);
    expect(verdicts('The war in Ukraine, now nearing three years.', '2025-01-28')).toEqual(['supported']);
    expect(verdicts('The war in Ukraine, now nearly three years old — and no end in sight.', '2025-01-28')).toEqual(['supported']);
    none('The conflict in Ukraine, now nearly eight years old', '2021-06-28');
  });
});

describe('the coming anniversary told with another count', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      ["Russia's war against Ukraine will mark its third anniversary in February.", '2025-12-10'],
      ['The war in Ukraine will mark its second anniversary on February 24.', '2025-02-10'],
      ['The conflict between Russia and Ukraine is set to reach its fifth anniversary in February 2025.', '2024-11-02'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/anniversary falls on February 24/);
    }
  });
  it('confirms the right count and leaves the 2014 count, other wars and hedges alone', () => {
    expect(verdicts("Russia's war against Ukraine will mark its third anniversary in February.", '2024-12-10')).toEqual(['supported']);
    expect(verdicts('The conflict in Ukraine will reach its fourth anniversary in February 2026.', '2025-01-10')).toEqual(['supported']);
    none('The war between Russia and Ukraine is set to reach its twelfth anniversary in February.', '2026-01-10');
    none('The war in Gaza will mark its third anniversary in February, while Ukraine and Russia talk.', '2025-12-10');
    none("If talks fail, Russia's war in Ukraine will mark its third anniversary in February.", '2025-12-10');
    none('The war in Ukraine, begun in 2014, will mark its eleventh anniversary in February.', '2025-01-10');
  });
  it('reads the part of February with "the invasion of Ukraine" and "the conflict"', () => {
    // held-out 28 kb004's class (February 2025): the anniversary is the 24th.
    expect(verdicts("Russia's invasion of Ukraine will reach its third anniversary in mid-February.", '2025-02-10')).toEqual([
      'contradicted',
    ]);
    none("Russia's invasion of Ukraine will reach its third anniversary in late February.", '2025-02-10');
  });
});

describe('the UN told as imposing sanctions on Russia', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      // held-out 29 jg006 (March 2022), with the war named before.
      [
        "After Russia's invasion of Ukraine, a raft of new sanctions was announced almost immediately from the US, United Nations, and the United Kingdom.",
        '2022-03-11',
      ],
      ['The United Nations imposed sanctions on Russia after the invasion of Ukraine.', '2022-03-11'],
      ['The US, the UN and the EU imposed sweeping sanctions on Russia.', '2022-04-02'],
      ['UN sanctions against Russia have hit its economy hard.', '2023-03-11'],
      ['Moscow faces sanctions imposed by the EU, the U.N. and Japan over its war.', '2024-05-20'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/UN has imposed no sanctions on Russia/);
    }
  });
  it('leaves calls, vetoes, other targets and other bodies alone, and no longer confirms such a list', () => {
    for (const [text, asOf] of [
      ['Russia vetoed UN sanctions against Russia.', '2022-03-11'],
      ['Ukraine called for UN sanctions on Russia.', '2022-03-11'],
      ['Russia has violated UN sanctions on North Korea by buying its missiles.', '2023-03-11'],
      ['The UN imposed sanctions on North Korea, while Russia abstained.', '2023-03-11'],
      ['The US and the EU imposed sanctions on Russia, while the UN General Assembly condemned the invasion.', '2022-03-11'],
      ['Russia, a permanent member of the UN Security Council, faces sanctions from the US and the EU.', '2024-03-11'],
      ['The UN cannot impose sanctions on Russia, which holds a veto.', '2022-03-11'],
      ['Unlike the UN, the US, the EU and the UK imposed sanctions on Russia.', '2022-03-11'],
      ['Neither the UN nor NATO imposed sanctions on Russia.', '2022-03-11'],
    ] as const)
      none(text, asOf);
    // The quote alone names no target: neither flagged nor confirmed by the US's and the UK's records any more.
    expect(
      verdicts(
        'A raft of new sanctions was announced almost immediately from the US, United Nations, and the United Kingdom',
        '2022-03-11',
      ),
    ).toEqual([]);
    expect(verdicts('The sanctions imposed by the US, the EU and the UK on Russia are the toughest ever.', '2022-03-11')).toEqual([
      'supported',
    ]);
  });
});

describe("the designations of a day's action all told", () => {
  it('confirms the count on and around its day', () => {
    // held-out 33 od020 and od019 (23 and 22 February 2024).
    expect(verdicts('more than 500 new sanctions against Russia', '2024-02-23')).toEqual(['supported']);
    expect(verdicts('On Friday, February 23, the United States will impose sanctions on more than 500 entities', '2024-02-22')).toContain(
      'supported',
    );
    expect(verdicts('Washington unveiled over 500 new sanctions on Russia on Friday.', '2024-02-24')).toContain('supported');
  });
  it('never confirms another count, time or issuer by it, nor flags', () => {
    none('The US imposed more than 500 new sanctions against Russia.', '2024-06-23');
    expect(analyze('The US imposed more than 500 new sanctions against Russia.', '2024-06-23').filter((a) => /500/.test(a.quote))).toEqual(
      [],
    );
    expect(analyze('Japan imposed about 50 new sanctions on Russia.', '2024-02-23').filter((a) => /50/.test(a.quote))).toEqual([]);
  });
});

// (6) A package's formal adoption told as done on a day before the page, with the package named in the sentence, on a page
//     days before the Council adopted it (sanction-packages.ts FORMAL_ADOPTION_AFTER_RE, as formalAdoptionBefore already did
//     for a package named in the sentence before: held-out 19 xb108).
describe('a formal adoption told as done before it happened', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      ["The EU's 16th sanctions package was formally adopted by foreign ministers on Monday.", '2025-02-19'],
      ['The 13th package of sanctions was approved by EU foreign ministers on Monday, February 19.', '2024-02-19'],
      ['The EU’s 16th sanctions package against Russia was formally approved by the Council on Monday, diplomats said.', '2025-02-19'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/formally adopted the EU's/);
    }
  });
  it('leaves the envoys, the adoption to come, the day itself and later pages alone', () => {
    for (const [text, asOf] of [
      ["The EU's 16th sanctions package will be formally adopted by foreign ministers on Monday.", '2025-02-19'],
      ['EU ambassadors agreed the 16th sanctions package on Wednesday.', '2025-02-19'],
      ["The EU's 16th sanctions package was formally adopted by foreign ministers on Monday.", '2025-02-27'],
      ['The 13th package of sanctions was formally adopted by the Council on Friday.', '2024-02-23'],
      ['The 13th package was formally adopted on Wednesday.', '2024-02-22'],
    ] as const)
      none(text, asOf);
  });
});

// (7) The SWIFT joint statement of Saturday 26 February 2022 named by its signatories and told with another day of its week
//     (swift.ts jointStatementDay; sanction-law.json jointAnnouncements).
describe('the joint statement of 26 February 2022 told on another day', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      // held-out 24 sb001 (27 February 2022).
      [
        'the joint announcement by the European Commission, France, Germany, Italy, the United Kingdom, Canada and the United States stated on Thursday',
        '2022-02-27',
      ],
      [
        'Sanctions were announced. In a joint statement on Friday, the European Commission, France, Germany, Italy, the UK, Canada and the US pledged more measures.',
        '2022-02-28',
      ],
      [
        'Sanctions hit Russia. In their joint statement of February 24, the European Commission, France, Germany, Italy, the UK, Canada and the US agreed to cut banks from SWIFT.',
        '2022-03-10',
      ],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/issued on February 26, 2022/);
    }
  });
  it('leaves its own day, the day after, the G7 with Japan, a page before it and a muddled tense alone', () => {
    for (const [text, asOf] of [
      [
        'Sanctions hit Russia. The joint statement by the European Commission, France, Germany, Italy, the United Kingdom, Canada and the United States on Saturday was a turning point.',
        '2022-03-03',
      ],
      [
        'Sanctions were announced. In a joint statement on Sunday, the European Commission, France, Germany, Italy, the UK, Canada and the US pledged more measures.',
        '2022-02-28',
      ],
      [
        'Sanctions. In a joint statement on Thursday, the leaders of Canada, France, Germany, Italy, Japan, the United Kingdom, the United States and the European Commission condemned the invasion.',
        '2022-02-27',
      ],
      [
        'Sanctions. In a joint statement on Thursday, the European Commission, France, Germany, Italy, the UK, Canada and the US condemned the invasion.',
        '2022-02-25',
      ],
      [
        'Western allies announced new sanctions against Russia. The joint announcement by the European Commission, France, Germany, Italy, the United Kingdom, Canada and the United States stated on Thursday that Russian banks would lose access to the global payments system.',
        '2022-02-27',
      ],
    ] as const)
      none(text, asOf);
  });
});

// (8) Ukraine as the subject of the war's year: "Ukraine has entered its fourth year of full-scale Russian military
//     aggression" (held-out 33 od036, 24 February 2025) (war-duration.ts UKRAINE_YEAR_RE).
describe("Ukraine told as in the war's Nth year", () => {
  it('is confirmed in its year and contradicted a year behind, months from the turn', () => {
    expect(verdicts('Ukraine has entered its fourth year of full-scale Russian military aggression.', '2025-02-24')).toEqual(['supported']);
    expect(verdicts('As Ukraine enters its third year of full-scale war, aid slows.', '2024-03-24')).toEqual(['supported']);
    expect(verdicts('Ukraine has entered its third year of full-scale Russian military aggression.', '2025-06-24')).toEqual([
      'contradicted',
    ]);
    expect(verdicts('As Ukraine enters its third year of full-scale war, aid slows.', '2025-03-24')).toEqual(['contradicted']);
  });
  it('leaves the war counted from 2014 and other countries alone', () => {
    none('Ukraine has entered its third year of war with Russian-backed separatists in the Donbas.', '2016-06-24');
    none('As Israel enters its second year of war in Gaza, Ukraine waits.', '2025-06-24');
  });
});

// (9) The US action of Wednesday 12 June 2024 (more than 300 targets, the Moscow Exchange) on record (sanctions.json): the
//     day and the count told are confirmed, never flagged.
describe('the US sanctions of 12 June 2024', () => {
  it('are confirmed by their day and count', () => {
    // held-out 33 oa028 (14 June 2024).
    expect(
      verdicts(
        "This is in addition to a sweeping set of sanctions that the U.S. announced Wednesday to disrupt third countries that are supplying Russia's war efforts.",
        '2024-06-14',
      ),
    ).toEqual(['supported']);
    expect(
      verdicts('The US imposed sanctions on more than 300 targets on Wednesday, including the Moscow Exchange.', '2024-06-13'),
    ).toContain('supported');
    none('The US announced sanctions on Monday against Russia.', '2024-06-14');
  });
});

// (10) The anniversary to come named ahead of it: "Ahead of the third anniversary of Russia's full-scale invasion of
//      Ukraine next month" (January 2026: the fourth), "As the fourth anniversary ... approaches" (December 2025: true, and
//      no longer flagged by the anchors' count to the page's day) (war-anniversary-month.ts aheadAnniversaryClaims).
describe('the anniversary to come named ahead of it', () => {
  it('is contradicted with another count', () => {
    for (const [text, asOf] of [
      ['Ahead of the third anniversary of Russia’s full-scale invasion of Ukraine next month, Kyiv is bracing for attacks.', '2026-01-20'],
      ['As the third anniversary of Russia’s invasion of Ukraine approaches, Kyiv is bracing.', '2025-12-20'],
      ['With the third anniversary of the full-scale invasion two weeks away, Kyiv is bracing.', '2026-02-10'],
      ['On the eve of the second anniversary of Russia’s war against Ukraine, Zelensky met envoys.', '2025-02-23'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/anniversary to come/);
    }
  });
  it('confirms the right count, and leaves past narration, the 2014 count, other places and the weeks after alone', () => {
    expect(verdicts('As the fourth anniversary of Russia’s invasion of Ukraine approaches, Kyiv is bracing.', '2025-12-20')).toEqual([
      'supported',
    ]);
    expect(verdicts('Ahead of the third anniversary of the war in Ukraine on Monday, Zelensky met envoys.', '2025-02-20')).toEqual([
      'supported',
    ]);
    for (const [text, asOf] of [
      ['In February 2025, ahead of the third anniversary of Russia’s invasion of Ukraine, Trump called Putin.', '2026-01-10'],
      ['Ahead of the twelfth anniversary of the war in Ukraine, Kyiv is bracing.', '2026-01-10'],
      ['Ahead of the third anniversary of the Russian invasion of Kherson, residents gathered.', '2026-01-10'],
      ['Ahead of the fourth anniversary of Russia’s invasion of Ukraine, Kyiv was bracing.', '2026-03-01'],
      ['As the third anniversary of the war in Gaza approaches, talks on Ukraine stall.', '2025-12-20'],
    ] as const)
      none(text, asOf);
  });
});

// (11) The anniversary's day told by its weekday: "of which Monday marked the third anniversary" (held-out 33 od035, 24
//      February 2025); the weekday read as the last such day for "marked" (the anchors read it as to come and confirmed
//      "Sunday marked the third anniversary" on 25 February 2025) (war-anniversary-month.ts weekdayAnniversaryClaims).
describe("the anniversary's day told by its weekday", () => {
  it('is confirmed on its day, contradicted with the count of another anniversary, and left alone on another day', () => {
    expect(
      verdicts(
        'Zelensky thanked Ukrainians for three years defending the country against Russia’s invasion, of which Monday marked the third anniversary.',
        '2025-02-24',
      ),
    ).toEqual(['supported']);
    expect(verdicts('Monday marked the third anniversary of Russia’s full-scale invasion of Ukraine.', '2025-02-25')).toEqual([
      'supported',
    ]);
    expect(verdicts('Saturday marks the second anniversary of Russia’s invasion of Ukraine.', '2024-02-22')).toEqual(['supported']);
    expect(verdicts('Saturday marked the third anniversary of Russia’s invasion of Ukraine.', '2024-02-26')).toEqual(['contradicted']);
    expect(verdicts('Sunday marked the third anniversary of Russia’s full-scale invasion of Ukraine.', '2025-02-25')).toEqual([]);
    none('Monday marked the eleventh anniversary of the war in Ukraine.', '2025-02-25');
  });
});
