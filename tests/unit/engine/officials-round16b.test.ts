// Officials, sixteenth round (second pass): forms of words from held-out 14 (not in the repository; cited by id and
// URL), each tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or
// confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

// l029 (2022-09-06), https://www.theirishworld.com/new-cabinet-announcements-begin/
const lead = 'Prime Minister Liz Truss announced her new Cabinet, keeping only Defence Secretary Ben Wallace in his post.\n\n';

describe('a misspelt full name before "is TITLE", matched against that office’s holders only', () => {
  const l029 = 'James Cleverley is Foreign Secretary.';

  it('the holder is confirmed', () => {
    expect(titleVerdicts(lead + l029, 'James Cleverley is Foreign Secretary', '2022-09-06')).toEqual(['supported']);
    expect(titleVerdicts(l029, 'James Cleverley is Foreign Secretary', '2022-09-06')).toEqual(['supported']);
  });

  it('never flagged: another office, or another day, says nothing', () => {
    const defence = 'James Cleverley is Home Secretary.';
    expect(isRed(verdictsOn(defence, 'James Cleverley is Home Secretary', '2022-09-06'))).toBe(false);
    expect(isRed(verdictsOn(l029, 'James Cleverley is Foreign Secretary', '2025-09-06'))).toBe(false);
  });
});

describe('"NAME is TITLE (and TITLE)" of a single office whose holder that day the page itself names', () => {
  const l029 = 'Brandon Lewis is Lord Chancellor and Defence Secretary.';

  it('the page’s slip is contradicted; so is one title alone, or another person', () => {
    expect(titleVerdicts(lead + l029, 'Brandon Lewis is Lord Chancellor and Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
    const alone = lead + 'Brandon Lewis is Defence Secretary.';
    expect(titleVerdicts(alone, 'Brandon Lewis is Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
    const cleverly = lead + 'James Cleverly is Foreign Secretary and Defence Secretary.';
    expect(titleVerdicts(cleverly, 'James Cleverly is Foreign Secretary and Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
    const staysOn = 'Ben Wallace stays on as Defence Secretary.\n\n' + l029;
    expect(titleVerdicts(staysOn, 'Brandon Lewis is Lord Chancellor and Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
  });

  it('the holder is confirmed; without the page naming the holder, or of another year, nothing is flagged', () => {
    const wallace = lead + 'Ben Wallace is Defence Secretary.';
    expect(titleVerdicts(wallace, 'Ben Wallace is Defence Secretary', '2022-09-06')).toEqual(['supported']);
    expect(isRed(verdictsOn(l029, 'Brandon Lewis is Lord Chancellor and Defence Secretary', '2022-09-06'))).toBe(false);
    // The title before the holder's name is another's ("replaced Defence Secretary Ben Wallace"): no anchor.
    const replaced = 'Grant Shapps replaced Defence Secretary Ben Wallace. Brandon Lewis is Defence Secretary.';
    expect(isRed(verdictsOn(replaced, 'Brandon Lewis is Defence Secretary', '2023-09-06'))).toBe(false);
    const then = lead + 'In 2019, Brandon Lewis is Defence Secretary in the novel.';
    expect(isRed(verdictsOn(then, 'Brandon Lewis is Defence Secretary', '2022-09-06'))).toBe(false);
    // The right office: Lord Chancellor's record does not reach back to 2022, and no other holder is named.
    const right = lead + 'Brandon Lewis is Lord Chancellor.';
    expect(isRed(verdictsOn(right, 'Brandon Lewis is Lord Chancellor', '2022-09-06'))).toBe(false);
  });
});

describe('a fixed-term mandate told in a wire report of its extension', () => {
  // l002 (2019-03-28), https://www.euronews.com/2019/03/28/natos-stoltenberg-to-stay-in-top-job-until-2022 (Reuters)
  const s1 =
    "BRUSSELS (Reuters) - NATO allies extended on Thursday Jens Stoltenberg's term as secretary-general until late 2022, putting the former Norwegian prime minister on course to become one of the Western military alliance's longest-serving leaders.";
  const s2 =
    'Stoltenberg, 60, who took up the post on Oct. 1 2014, will now step down two years later than planned on Sept. 30 2022, after having already been extended once already.';
  const l002 = s1 + '\n\n' + s2;
  const tenure = (text: string, quote: string) => kindOn('tenure', text, quote, '2019-03-28').map((a) => a.verdict);

  it('"until late 2022" is confirmed by the extension to 30 September 2022; another part of a year says nothing', () => {
    expect(tenure(l002, 'until late 2022')).toEqual(['supported']);
    for (const part of ['early 2022', 'late 2021', 'mid-2023']) {
      const text = l002.replace('late 2022', part);
      expect(tenure(text, `until ${part}`)).toEqual([]);
      expect(isRed(verdictsOn(text, `until ${part}`, '2019-03-28'))).toBe(false);
    }
  });

  it('"who took up the post on DAY" is confirmed by the tenure’s start, never flagged', () => {
    expect(tenure(l002, 'took up the post on Oct. 1 2014')).toEqual(['supported']);
    const off = l002.replace('Oct. 1 2014', 'Oct. 1 2015');
    expect(isRed(verdictsOn(off, 'took up the post on Oct. 1 2015', '2019-03-28'))).toBe(false);
  });

  it('"will step down on DAY" is judged as the mandate’s end against the extension in force', () => {
    expect(tenure(l002, 'step down two years later than planned on Sept. 30 2022')).toEqual(['supported']);
    const wrong = l002.replace('Sept. 30 2022', 'Sept. 30 2021');
    expect(tenure(wrong, 'step down two years later than planned on Sept. 30 2021')).toEqual(['contradicted']);
    // An end the record holds (the first extension's) is left alone; so is a leaving considered.
    const earlier = l002.replace('Sept. 30 2022', 'Sept. 30 2020');
    expect(isRed(verdictsOn(earlier, 'on Sept. 30 2020', '2019-03-28'))).toBe(false);
    const ifSo = 'If re-elected, Jens Stoltenberg will step down on Sept. 30 2021 when his term ends.';
    expect(isRed(verdictsOn(ifSo, 'on Sept. 30 2021', '2019-03-28'))).toBe(false);
  });
});

describe('a tenure’s length in apposition, without a verb', () => {
  // l043 (2024-06-26), https://allnewspress.com/who-is-mark-rutte-the-dutch-prime-minister-appointed-head-of-nato
  const l043 =
    'The Batavian leader will take office on October 1, replacing the Norwegian Jens Stoltenberg, in office for ten years, who affirmed that he left NATO “in good hands”, on his X account shortly after the appointment of his successor.';
  const tenure = (text: string, quote: string) => kindOn('tenure', text, quote, '2024-06-26').map((a) => a.verdict);

  it('"NAME, in office for ten years" is confirmed; a length off says nothing (a length is only ever confirmed)', () => {
    expect(tenure(l043, 'Jens Stoltenberg, in office for ten years')).toEqual(['supported']);
    const off = l043.replace('ten years', 'five years');
    expect(tenure(off, 'Jens Stoltenberg, in office for five years')).toEqual([]);
    expect(isRed(verdictsOn(off, 'in office for five years', '2024-06-26'))).toBe(false);
  });
});

describe('a tenure’s start told as the day’s news: "begins his presidency"', () => {
  // l050 (2024-12-01), https://portugaltoday.news/article/antonio-costa-kicks-off-european-council-presidency-with-strong-support-for-ukraine
  const l050 = 'António Costa begins his presidency of the European Council in Kyiv.';
  const tenure = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

  it('confirmed on the tenure’s first day; another day, or a noun of another office, says nothing', () => {
    expect(tenure(l050, 'António Costa begins his presidency', '2024-12-01')).toEqual(['supported']);
    expect(tenure(l050, 'António Costa begins his presidency', '2024-12-05')).toEqual([]);
    const premiership = l050.replace('presidency', 'premiership');
    expect(tenure(premiership, 'António Costa begins his premiership', '2024-12-01')).toEqual([]);
    expect(isRed(verdictsOn(l050, 'António Costa begins his presidency', '2025-06-01'))).toBe(false);
  });

  it('with the office named after the noun', () => {
    const rutte = 'Mark Rutte begins his term as NATO Secretary General.';
    expect(tenure(rutte, 'Mark Rutte begins his term', '2024-10-01')).toEqual(['supported']);
    expect(tenure(rutte, 'Mark Rutte begins his term', '2024-06-26')).toEqual([]);
  });
});
