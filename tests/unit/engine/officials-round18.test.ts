// Officials, eighteenth round: forms of words from held-out 16 (not in the repository; cited by id and URL), each
// tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('title words seen on unseen pages (data: roles of the US Secretary of State and the EU High Representative)', () => {
  it('"Secretary of States", "Sec. of State", "State Department Secretary", "High Representative of Foreign Affairs"', () => {
    // ua017 (2020-11-22), https://www.aviation24.be/airlines/united-states-formally-withdraws-from-treaty-on-open-skies/
    const ua017 =
      'Secretary of States Mike Pompeo and National Security Council’s official Twitter announce that the 6-month period is over.';
    expect(titleVerdicts(ua017, 'Secretary of States Mike Pompeo', '2020-11-22')).toEqual(['supported']);
    // ua028 (2022-03-23), https://gzeromedia.com/amp/madeleine-albright-worried-about-all-the-right-things-2657027593
    const ua028 = 'Former Sec. of State Madeleine Albright has died at age 84.';
    expect(titleVerdicts(ua028, 'Former Sec. of State Madeleine Albright', '2022-03-23')).toEqual(['supported']);
    // ua050 (2024-09-05), https://thelatestnews.world/blinken-thanks-his-ukrainian-counterpart-for-his-leadership-against-russia-after-his-resignation
    const ua050 = 'US State Department Secretary Antony Blinken on Wednesday thanked his Ukrainian counterpart, Dimitro Kuleba.';
    expect(titleVerdicts(ua050, 'US State Department Secretary Antony Blinken', '2024-09-05')).toEqual(['supported']);
    // ua012 (2020-06-16), https://www.promoteukraine.org/western-partners-are-ready-to-continue-supporting-ukraine/
    const ua012 = 'EU High Representative of Foreign Affairs and Security Policy Josep Borrell announced this.';
    expect(titleVerdicts(ua012, 'EU High Representative of Foreign Affairs and Security Policy Josep Borrell', '2020-06-16')).toEqual([
      'supported',
    ]);
  });

  it('the same words with the wrong person, or a holder gone, are flagged', () => {
    const wrong = 'Secretary of States Rex Tillerson and National Security Council’s official Twitter announce the withdrawal.';
    expect(isRed(verdictsOn(wrong, 'Secretary of States Rex Tillerson', '2020-11-22'))).toBe(true);
    const gone = 'US State Department Secretary Antony Blinken on Wednesday thanked his Ukrainian counterpart.';
    expect(isRed(verdictsOn(gone, 'US State Department Secretary Antony Blinken', '2025-09-05'))).toBe(true);
    const hr = 'EU High Representative of Foreign Affairs and Security Policy Federica Mogherini announced this.';
    expect(isRed(verdictsOn(hr, 'EU High Representative of Foreign Affairs and Security Policy Federica Mogherini', '2020-06-16'))).toBe(
      true,
    );
  });

  it('"NATO Secretary General" still reads as the one title', () => {
    const sg = 'NATO Secretary General Jens Stoltenberg said on Monday.';
    expect(titleVerdicts(sg, 'NATO Secretary General Jens Stoltenberg', '2019-09-05')).toEqual(['supported']);
  });
});

describe('"the Nth and current president of X" (office-ordinal.ts)', () => {
  // ud308 (2024-07-10), https://nourished.news/story/bwzldveb3umjb9w7
  const biden =
    'Joseph Robinette Biden Jr. is an American politician who is the 46th and current president of the United States. A member of the Democratic Party, he served as the 47th vice president from 2009 to 2017.';
  const zelensky =
    'Volodymyr Oleksandrovych Zelenskyy is a Ukrainian politician, actor and comedian who is the 6th and current president of Ukraine, serving since May 2019.';

  it('the encyclopedia lines copied on the page are confirmed on its day', () => {
    expect(tenureVerdicts(biden, 'the 46th and current president of the United States', '2024-07-10')).toEqual(['supported']);
    expect(tenureVerdicts(zelensky, 'the 6th and current president of Ukraine', '2024-07-10')).toEqual(['supported']);
  });

  it('another number is contradicted; "current" after the person left is outdated', () => {
    expect(tenureVerdicts(biden.replace('46th', '45th'), 'the 45th and current president', '2024-07-10')).toEqual(['contradicted']);
    expect(tenureVerdicts(zelensky.replace('6th', '5th'), 'the 5th and current president', '2024-07-10')).toEqual(['contradicted']);
    expect(tenureVerdicts(biden, 'the 46th and current president of the United States', '2025-07-10')).toEqual(['outdated']);
  });

  it('never flagged: within a month of the handover, "was", or before the end', () => {
    expect(isRed(verdictsOn(biden, 'the 46th and current president', '2025-02-10'))).toBe(false);
    const was = 'Joe Biden was the 46th and current president of the United States.';
    expect(isRed(verdictsOn(was, 'the 46th and current president', '2025-07-10'))).toBe(false);
    const trump = 'Donald Trump is the 45th and current president of the United States.';
    expect(tenureVerdicts(trump, 'the 45th and current president', '2019-03-25')).toEqual(['supported']);
    expect(tenureVerdicts(trump.replace('45th', '47th'), 'the 47th and current president', '2025-03-25')).toEqual(['supported']);
  });
});

describe('"if he returns to the White House" when he had returned months before (tenure-return-if.ts)', () => {
  // ub105 (2025-06-18), https://news.novyny.live/en/zelenskii-i-tramp-mozhut-skoro-zustritisia-vidoma-data-261629.html
  const ub105 =
    "However, this commitment may be reviewed as early as 2029, just as Donald Trump's possible term ends, if he returns to the White House.";

  it('the page’s leftover sentence is outdated', () => {
    expect(tenureVerdicts(ub105, 'if he returns to the White House', '2025-06-18')).toEqual(['outdated']);
  });

  it('before the return, a trip home, or a year of its own in the condition: never flagged', () => {
    expect(isRed(verdictsOn(ub105, 'if he returns to the White House', '2024-06-18'))).toBe(false);
    const trip = 'Donald Trump will sign the bill tonight if he returns to the White House.';
    expect(isRed(verdictsOn(trip, 'if he returns to the White House', '2025-06-18'))).toBe(false);
    const more = 'Donald Trump will sign the bill if he returns to the White House in time.';
    expect(isRed(verdictsOn(more, 'if he returns to the White House', '2025-06-18'))).toBe(false);
    // k034 (2024-02-23): true on its day.
    const k034 = 'It will also be possible to work with Donald Trump if he returns to the White House.';
    expect(isRed(verdictsOn(k034, 'if he returns to the White House', '2024-02-23'))).toBe(false);
    const own = 'In 2029 Donald Trump may leave, if he returns to power in 2028.';
    expect(isRed(verdictsOn(own, 'if he returns to power', '2025-06-18'))).toBe(false);
  });
});

describe('a start a few weeks ahead told in the wrong month (tenure.ts)', () => {
  // uc202 (2025-06-28), https://chaspravdy.com/en/news/2025/06/28/andrzej-duda-in-kyiv-last-official-visit-of-polish-leader-before-end-of-presidential-term
  const uc202 =
    'It should be noted separately that during this visit the Polish leader held a meeting with his possible successor, Karol Nawrocki, who is to take office as president of the country in September.';
  const q = 'who is to take office as president of the country in September';

  it('the page’s month is contradicted (he was sworn in on 6 August)', () => {
    expect(tenureVerdicts(uc202, q, '2025-06-28')).toEqual(['contradicted']);
    const will = 'Karol Nawrocki will take office as president of Poland in September.';
    expect(tenureVerdicts(will, 'will take office as president of Poland in September', '2025-06-28')).toEqual(['contradicted']);
    // o108 (2024-11-22), https://mestios.com/t/9sdh6z71qjcwzopf239ljaoyev, moved a month.
    const costa = 'António Costa will officially take office as president of the European Council in January.';
    expect(tenureVerdicts(costa, 'will officially take office', '2024-11-22')).toEqual(['contradicted']);
  });

  it('the right month or day is confirmed; far ahead, a day off or a plan told long before: never flagged', () => {
    const august = 'Karol Nawrocki will take office as president of Poland in August.';
    expect(tenureVerdicts(august, 'will take office as president of Poland in August', '2025-06-28')).toEqual(['supported']);
    const day = 'Karol Nawrocki will take office as president of Poland on August 6.';
    expect(tenureVerdicts(day, 'will take office as president of Poland on August 6', '2025-06-28')).toEqual(['supported']);
    expect(isRed(verdictsOn(uc202, q, '2025-04-28'))).toBe(false);
    // Round 40 (held-out 38 rw001, rw002): the day after the recorded handover, which fell on the mandate's last day, is
    // wrong and flagged (titles-round40.test.ts); the day before it stays alone.
    const dayOff = 'Mark Rutte will take office as NATO Secretary General on September 30.';
    expect(isRed(verdictsOn(dayOff, 'will take office', '2024-09-10'))).toBe(false);
    const next = 'Karol Nawrocki will take office as president of Poland next month.';
    expect(isRed(verdictsOn(next, 'will take office', '2025-06-28'))).toBe(false);
  });
});

describe('"the first woman to serve as TITLE" (tenure-first-woman.ts; data: Holder.firstWoman)', () => {
  // ta025 (2022-03-23), held-out 15; ua029 (2022-03-24), https://ghanaregions.com/madeleine-albright-dies-at-84
  const ta025 = 'Madeleine Albright, the first woman to serve as secretary of state, died today of cancer, her family said in a statement.';
  // ta026 (2022-03-23), held-out 15
  const ta026 =
    'The Woman who Championed the expansion of NATO and was the first woman US secretary of state, Madeleine Albright, has died aged 84.';

  it('is confirmed for the holder recorded as the first woman in the office', () => {
    expect(tenureVerdicts(ta025, 'the first woman to serve as secretary of state', '2022-03-23')).toEqual(['supported']);
    expect(tenureVerdicts(ta026, 'the first woman US secretary of state', '2022-03-23')).toEqual(['supported']);
  });

  it('another person, or another office: nothing is confirmed, nothing flagged', () => {
    const other = ta025.replace('Madeleine Albright', 'Hillary Clinton');
    expect(verdictsOn(other, 'the first woman to serve as secretary of state', '2022-03-23')).not.toContain('supported');
    expect(isRed(verdictsOn(other, 'the first woman to serve as secretary of state', '2022-03-23'))).toBe(false);
    const office = ta025.replace('secretary of state', 'defense secretary');
    expect(tenureVerdicts(office, 'the first woman to serve as defense secretary', '2022-03-23')).toEqual([]);
  });
});

describe('a holder named days before taking over (held-out 17 va004, 19 June 2019: a red flag on a true sentence)', () => {
  // Mark Esper was acting US Secretary of Defense from 24 June 2019. The page's own words are not kept (held-out 17 is
  // blind); these sentences carry its forms.
  it('"the soon-to-be Acting Defense Secretary NAME" tells of the post ahead, as "incoming" does', () => {
    const soon = 'President Trump on Tuesday praised the soon-to-be Acting Defense Secretary Mark Esper.';
    expect(titleVerdicts(soon, 'Acting Defense Secretary Mark Esper', '2019-06-19')).toEqual(['supported']);
    const noActing = 'President Trump on Tuesday praised the soon-to-be Defense Secretary Mark Esper.';
    expect(titleVerdicts(noActing, 'Defense Secretary Mark Esper', '2019-06-19')).toEqual(['supported']);
    const future = 'The future acting defense secretary Mark Esper met the committee.';
    expect(titleVerdicts(future, 'acting defense secretary Mark Esper', '2019-06-19')).toEqual(['supported']);
    // Not a future word: "to be" alone, and the one that will never hold it.
    const wrong = 'President Trump on Tuesday praised the soon-to-be Acting Defense Secretary Mike Pompeo.';
    expect(isRed(verdictsOn(wrong, 'Acting Defense Secretary Mike Pompeo', '2019-06-19'))).toBe(false);
  });

  it('"acting TITLE NAME" within a week of the start is not flagged; a month ahead it still is', () => {
    const days = 'The Pentagon said on Wednesday that the acting defense secretary, Mark Esper, would travel to Brussels.';
    expect(titleVerdicts(days, 'acting defense secretary, Mark Esper', '2019-06-19')).toEqual(['context']);
    expect(titleVerdicts(days, 'acting defense secretary, Mark Esper', '2019-05-20')).toEqual(['contradicted']);
    // Without "acting" the title a few days early is still a slip.
    const bare = 'The Pentagon said on Wednesday that Defense Secretary Mark Esper would travel to Brussels.';
    expect(titleVerdicts(bare, 'Defense Secretary Mark Esper', '2019-06-19')).toEqual(['contradicted']);
  });
});
