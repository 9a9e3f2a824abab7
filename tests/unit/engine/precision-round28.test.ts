// Round 28 precision, from the round's blind set (held-out 27 ja036, a false alarm: "The meetings were previously chaired
// by the United States, in particular by Pentagon chief Lloyd Austin", February 2025). An adverb that puts the title's
// own clause at an earlier, undated time ("previously", "formerly", "once led", "until recently") leaves an outdated
// title unflagged (narrated-time.ts, toldOfAnEarlierTime); probed with sentences of our own.
import { describe, expect, it } from 'vitest';
import { kindOn, verdictsOn } from './helpers';

describe('a title in a clause told of an earlier, undated time', () => {
  it('is not flagged', () => {
    for (const [text, quote] of [
      ['The coalition, previously led by Pentagon chief Lloyd Austin, meets again on Wednesday.', 'Pentagon chief Lloyd Austin'],
      ['The format was formerly hosted by US Defense Secretary Lloyd Austin.', 'US Defense Secretary Lloyd Austin'],
      ['The forum, once convened by Secretary of State Antony Blinken, has lost momentum.', 'Secretary of State Antony Blinken'],
      ['Britain takes over a chair previously held by US Defense Secretary Lloyd Austin.', 'US Defense Secretary Lloyd Austin'],
      ['Pentagon chief Lloyd Austin previously chaired the monthly meetings.', 'Pentagon chief Lloyd Austin'],
      ['Until recently, Secretary of State Antony Blinken set the tone of these talks.', 'Secretary of State Antony Blinken'],
    ] as const)
      expect(verdictsOn(text, quote, '2025-02-06'), text).not.toContain('outdated');
  });
  it('stays flagged when the clause is the present, or the adverb is of something else', () => {
    for (const [text, quote] of [
      ['A previously announced aid package was signed by Defense Secretary Lloyd Austin on Monday.', 'Defense Secretary Lloyd Austin'],
      ['Once Defense Secretary Lloyd Austin arrives, the talks will begin.', 'Defense Secretary Lloyd Austin'],
      [
        'The talks were previously stalled, but Defense Secretary Lloyd Austin said on Monday that they would resume.',
        'Defense Secretary Lloyd Austin',
      ],
      [
        'Defense Secretary Lloyd Austin, who previously served in the Army, said on Monday that aid would continue.',
        'Defense Secretary Lloyd Austin',
      ],
    ] as const)
      expect(verdictsOn(text, quote, '2025-02-06'), text).toContain('outdated');
  });
});

// Held-out 27 jg013, a false alarm: a count of allies at 2% told "by 2024" after a sentence or clause of 2014 was judged as
// 2014's (allies-at-target.ts, yearOf).
describe('a count of allies at the target told "by" a year', () => {
  it('is not judged as the year of another clause', () => {
    for (const text of [
      'In 2014, three allies met the 2% target; by 2024, 23 of 32 members met the benchmark.',
      'Back in 2014 only three allies spent 2% of GDP on defence, and by 2024, 22 of 32 members met the benchmark.',
      'In 2014 only three allies spent 2%. By 2024, 22 of 32 members met the benchmark.',
    ])
      expect(
        verdictsOn(text, text.includes('23 of') ? '23 of 32 members' : '22 of 32 members', '2025-03-12').filter(
          (v) => v === 'contradicted',
        ),
        text,
      ).toEqual([]);
  });
  it('still judges a count told with its own year', () => {
    expect(verdictsOn('In 2014, only seven allies met the 2% target.', 'seven allies met the 2% target', '2025-03-12')).toEqual([
      'contradicted',
    ]);
  });
});

// Held-out 27 jf009, a false alarm: "replaced lifelong secretary-general ..." (the one replaced, with an epithet the
// leaving reader did not know; title-leaving.ts LEFT_BEFORE_RE).
describe('a holder told as replaced, with an epithet before the title', () => {
  it('is confirmed as of the day they left', () => {
    for (const [text, quote, day] of [
      ['Rutte replaced lifelong secretary-general Jens Stoltenberg last October.', 'secretary-general Jens Stoltenberg', '2025-03-12'],
      ['Hegseth replaced the outgoing Defense Secretary Lloyd Austin in January.', 'Defense Secretary Lloyd Austin', '2025-03-12'],
      ['Belousov succeeded influential Defence Minister Sergei Shoigu.', 'Defence Minister Sergei Shoigu', '2024-07-01'],
    ] as const) {
      // The title's verdict (round 44: "Hegseth replaced ... Lloyd Austin" is also confirmed as a succession, kind 'tenure'),
      // and no red flag of any kind on the words.
      expect(
        kindOn('title', text, quote, day).map((a) => a.verdict),
        text,
      ).toEqual(['supported']);
      expect(
        verdictsOn(text, quote, day).filter((v) => v !== 'supported'),
        text,
      ).toEqual([]);
    }
  });
  it('is still flagged when the verb is not of replacing', () => {
    expect(
      verdictsOn(
        'Rutte praised lifelong secretary-general Jens Stoltenberg on Monday.',
        'secretary-general Jens Stoltenberg',
        '2025-03-12',
      ),
    ).toEqual(['outdated']);
  });
});

// Held-out 26 gb003 and gf014 (development data from this round; two unlabelled red flags of last round's blind set, read
// now): spending measured against 2% after The Hague ("crossed the 2% threshold", "compliance with the 2% benchmark") says
// nothing of which target is in force (figure.ts, MEASURED_AGAINST_RE).
describe('spending measured against 2% after The Hague', () => {
  it('is not flagged as naming a superseded target', () => {
    for (const [text, quote] of [
      ['Even Belgium and Portugal have now crossed the 2% threshold, NATO data show.', '2%'],
      ['Universal compliance with the 2% benchmark marks a first for the alliance.', '2%'],
      ['Canada finally cleared the 2% line this year.', '2%'],
      ['Spain remains short of the 2% benchmark, its own figures show.', '2%'],
    ] as const)
      expect(verdictsOn(text, quote, '2025-08-28'), text).not.toContain('outdated');
  });
  it('still flags the 2% named as the target in force', () => {
    expect(verdictsOn('Across the alliance, the 2% defence spending target still stands.', '2%', '2025-08-28')).toContain('outdated');
  });
});

// The precision probe's one red flag left open: a recent month or day told in the past tense, on which the title held
// ("Ilie Bolojan, the interim Romanian President, visited Kyiv in May", 13 June 2025; he left on 26 May). Within a month of
// the page such a date was read as the article's present; the title as of the day told is as plain a reading, so it is
// judged as of that day (narrated-time.ts, recentDayHeld).
describe('a recent past day or month on which the title held', () => {
  it('is judged as of the day told', () => {
    for (const [text, quote, day] of [
      ['Ilie Bolojan, the interim Romanian President, visited Kyiv in May.', 'Ilie Bolojan, the interim Romanian President', '2025-06-13'],
      [
        'In May, interim Romanian President Ilie Bolojan hosted the Bucharest Nine.',
        'interim Romanian President Ilie Bolojan',
        '2025-06-13',
      ],
      ['Defense Secretary Lloyd Austin met Zelensky on January 9 in Ramstein.', 'Defense Secretary Lloyd Austin', '2025-02-10'],
    ] as const)
      expect(verdictsOn(text, quote, day), text).toEqual(['supported']);
  });
  it('stays flagged on a day the title no longer held, or in the present tense', () => {
    for (const [text, quote, day] of [
      ['Interim Romanian President Ilie Bolojan visited Kyiv in June.', 'Interim Romanian President Ilie Bolojan', '2025-06-13'],
      ['Defense Secretary Lloyd Austin met Zelensky on January 29.', 'Defense Secretary Lloyd Austin', '2025-02-10'],
      ['Interim Romanian President Ilie Bolojan says he visited Kyiv on May 20.', 'Interim Romanian President Ilie Bolojan', '2025-06-13'],
    ] as const)
      expect(verdictsOn(text, quote, day), text).toEqual(['outdated']);
  });
});

// Held-out 27 jd009's quote checked alone ("then US President Barack Obama and German Chancellor Angela Merkel", a page of
// July 2023): one "then" before a pair of titled names is said of both (title.ts THEN_PAIR_BEFORE_RE).
describe('"then" before a pair of titled names', () => {
  it('is said of both', () => {
    expect(
      verdictsOn(
        'The deal was struck by then US President Barack Obama and German Chancellor Angela Merkel.',
        'German Chancellor Angela Merkel',
        '2023-07-04',
      ),
    ).toEqual(['supported']);
    expect(
      verdictsOn(
        'Photo: then-Defense Secretary Lloyd Austin and Foreign Minister Dmytro Kuleba in Kyiv.',
        'Foreign Minister Dmytro Kuleba',
        '2025-03-01',
      ),
    ).toEqual(['supported']);
  });
  it('is not carried to a pair with no "then"', () => {
    expect(
      verdictsOn(
        'US President Joe Biden and German Chancellor Angela Merkel met in Berlin.',
        'German Chancellor Angela Merkel',
        '2023-07-04',
      ),
    ).toEqual(['outdated']);
  });
});
