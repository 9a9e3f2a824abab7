// Officials, eighteenth round, second wave: forms found by mutation probes of true sentences (development sets, not in
// the repository; cited by id and URL), each tested on the page's sentence, on false versions of it, and on true
// look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed } from './helpers';
import { kindOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('"acting" before a sitting head of state, in the middle of a term', () => {
  // ua001 (2019-02-03), https://www.theepochtimes.com/russia-threatens-to-build-new-missiles-after-trump-pulls-out-of-nuclear-treaty_2788036.html
  const ua001 =
    'Russian President Vladimir Putin said his country will likewise suspend its obligations under the treaty and will start developing new missiles.';

  it('the page\'s sentence is confirmed; with "acting" it is contradicted', () => {
    expect(titleVerdicts(ua001, 'Russian President Vladimir Putin', '2019-02-03')).toEqual(['supported']);
    const acting = 'Acting ' + ua001;
    expect(titleVerdicts(acting, 'Acting Russian President Vladimir Putin', '2019-02-03')).toEqual(['contradicted']);
    const interim = 'The interim Ukrainian President Volodymyr Zelensky said the talks would go on.';
    expect(titleVerdicts(interim, 'interim Ukrainian President Volodymyr Zelensky', '2023-05-10')).toEqual(['contradicted']);
  });

  it('true look-alikes stay unflagged: a stand-in, a history told with its year, the first year of a record', () => {
    // b043 (2024-02-26), https://unn.ua/en/amp/hungarian-parliament-votes-in-favor-of-swedens-accession-to-nato-it-is-unclear-whether-acting-president-laszlo-kever-will-sign-the-document
    const b043 =
      "Hungarian parliament votes in favor of Sweden's accession to NATO, it is unclear whether acting President Laszlo Kever will sign the document";
    expect(isRed(titleVerdicts(b043, 'acting President Laszlo Kever', '2024-02-26'))).toBe(false);
    const history = 'Boris Yeltsin resigned on 31 December 1999. Acting Russian President Vladimir Putin then signed a decree.';
    expect(isRed(titleVerdicts(history, 'Acting Russian President Vladimir Putin', '2024-03-01'))).toBe(false);
    const early = 'Acting Ukrainian President Volodymyr Zelensky met the new cabinet.';
    expect(isRed(titleVerdicts(early, 'Acting Ukrainian President Volodymyr Zelensky', '2019-09-01'))).toBe(false);
    // A head of government may be acting for months after a cabinet resigns: not read so.
    const caretaker = 'Acting Dutch Prime Minister Mark Rutte said the talks would go on.';
    expect(isRed(titleVerdicts(caretaker, 'Acting Dutch Prime Minister Mark Rutte', '2024-02-10'))).toBe(false);
  });
});

describe('a start told of someone the records never show in the office (tenure-never-held.ts)', () => {
  // l039 (2023-09-06), https://kyivindependent.com/parliament-approves-rustem-umerov-as-new-defense-minister/
  const lead = 'Zelensky announced his decision to dismiss Oleksii Reznikov on Sept. 3, and Volodymyr Zelensky thanked him. ';
  const l039 = 'Reznikov has held the post of Defense Minister since November 2021.';

  it("the page's sentence is confirmed; with another official of the country it is contradicted", () => {
    expect(tenureVerdicts(lead + l039, 'Reznikov has held the post of Defense Minister since November 2021', '2023-09-06')).toEqual([
      'supported',
    ]);
    const mutant = lead + 'Zelensky has held the post of Defense Minister since November 2021.';
    expect(tenureVerdicts(mutant, 'Zelensky has held the post of Defense Minister since November 2021', '2023-09-06')).toEqual([
      'contradicted',
    ]);
  });

  it('true look-alikes stay unflagged: another post, a deputy, a plan, a denial', () => {
    const deputy = lead + 'Zelensky has held the post of deputy Defense Minister since November 2021.';
    expect(isRed(kindOn('tenure', deputy, 'Zelensky has held', '2023-09-06').map((a) => a.verdict))).toBe(false);
    const acting = lead + 'Zelensky has been acting Defense Minister since November 2021.';
    expect(isRed(kindOn('tenure', acting, 'Zelensky has been', '2023-09-06').map((a) => a.verdict))).toBe(false);
    const unknown = 'Rustem Umerov said so. Umerov has held the post of Defense Minister since September 2023.';
    expect(isRed(kindOn('tenure', unknown, 'Umerov has held', '2023-09-06').map((a) => a.verdict))).toBe(false);
  });
});

describe("a head's title the country has no office of (title-absent-head.ts)", () => {
  it('"German Prime Minister Friedrich Merz" is contradicted; the right title is confirmed', () => {
    // tc209 (2025-06-24), https://trendytimes.online/germany-pledges-a-fair-share-of-european-defenses-when-nago-leaders-arrive-at-the-hague-summit
    const tc209 =
      'German Prime Minister Friedrich Merz warns that the Russian president only understands the language of armed forces, and that Tuesday’s “historical” NATO summit in the Hague aims to ensure peace in Europe.';
    expect(titleVerdicts(tc209, 'German Prime Minister Friedrich Merz', '2025-06-24')).toEqual(['contradicted']);
    const right = tc209.replace('German Prime Minister', 'German Chancellor');
    expect(titleVerdicts(right, 'German Chancellor Friedrich Merz', '2025-06-24')).toEqual(['supported']);
    const us = 'US Prime Minister Donald Trump warns that Russia only understands force.';
    expect(titleVerdicts(us, 'US Prime Minister Donald Trump', '2025-06-24')).toEqual(['contradicted']);
    const pl = 'Polish Chancellor Donald Tusk said the talks would go on.';
    expect(titleVerdicts(pl, 'Polish Chancellor Donald Tusk', '2024-06-24')).toEqual(['contradicted']);
  });

  it('true look-alikes stay unflagged: another office of the word, a time told, a modifier, an unknown country', () => {
    // The Chancellor of the Exchequer is a British office: judged by title.ts, never as an absent title.
    const uk = 'British Chancellor Rishi Sunak said so.';
    expect(titleVerdicts(uk, 'British Chancellor Rishi Sunak', '2021-06-24')).toEqual(['supported']);
    const history = 'In 2019, German Prime Minister Friedrich Merz was not yet in office.';
    expect(isRed(titleVerdicts(history, 'German Prime Minister Friedrich Merz', '2025-06-24'))).toBe(false);
    const former = 'Former German Prime Minister Friedrich Merz said so.';
    expect(isRed(titleVerdicts(former, 'German Prime Minister Friedrich Merz', '2025-06-24'))).toBe(false);
    // Moldova's prime minister is not in the fact base: its head offices are not both known.
    const md = 'Moldovan Prime Minister Maia Sandu said so.';
    expect(isRed(titleVerdicts(md, 'Moldovan Prime Minister Maia Sandu', '2024-06-24'))).toBe(false);
  });
});

describe('a long-past title of an official who holds another office of the same country that day', () => {
  it('is no longer confirmed as history on the past tense alone; a year of that tenure still confirms it', () => {
    // r032 (2023-04-04), https://brecorder.com/news/amp/40235513 (committed fixture expected.jsonl): 'Russian President Vladimir Putin, he said, had “wanted to slam NATO’s door shut'
    const mutant = 'Russian Prime Minister Vladimir Putin, he said, had “wanted to slam NATO’s door shut.”';
    expect(titleVerdicts(mutant, 'Russian Prime Minister Vladimir Putin', '2023-04-04')).toEqual(['context']);
    const history = 'In 2010, Russian Prime Minister Vladimir Putin said the talks had failed.';
    expect(titleVerdicts(history, 'Russian Prime Minister Vladimir Putin', '2022-06-24')).toEqual(['supported']);
    const gone = 'Secretary of State Dean Acheson signed the treaty for the United States.';
    expect(titleVerdicts(gone, 'Secretary of State Dean Acheson', '2024-06-24')).toEqual(['supported']);
  });
});
