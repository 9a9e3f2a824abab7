// Errors that are not titles, twenty-second round (held-out 20 yb misses read as development data): spending targets told
// with the wrong deadline or the wrong first year, an accession under a timeline's year and month. Each new red flag is
// tested on real-looking sentences and on true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze, figureVerdictsOn, isRed, kindOn, verdictsOn } from './helpers';

/** Every verdict on the text, of any kind: a look-alike must have no red flag anywhere. */
const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));
const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('the Hague deadline told of the allies persuaded to commit (figure.ts persuadedAllies)', () => {
  const yb101 =
    'The NATO Summit in The Hague reaffirmed the Alliance’s solidarity around Article 5. The United States succeeded in persuading its European allies for NATO to commit to increasing defense spending to 5% of GDP by 2025.';
  it('flags a wrong deadline of the commitment the allies made', () => {
    expect(figureVerdictsOn(yb101, '5% of GDP by 2025', '2025-07-01')).toEqual(['contradicted']);
    expect(figureVerdictsOn('Trump persuaded NATO allies to commit to spending 5% of GDP by 2030.', '5% of GDP', '2025-07-01')).toEqual([
      'contradicted',
    ]);
  });
  it('confirms the right deadline and leaves attempts and one ally’s own plan alone', () => {
    expect(figureVerdictsOn(yb101.replace('2025.', '2035.'), '5% of GDP by 2035', '2025-07-01')).toEqual(['supported']);
    expect(
      anyRed(
        'The United States tried to persuade its European allies to commit to increasing defense spending to 5% of GDP by 2030.',
        '2025-07-01',
      ),
    ).toBe(false);
    expect(anyRed('Washington failed to convince its allies to commit to spending 5% of GDP by 2030.', '2025-07-01')).toBe(false);
    expect(anyRed('The United States persuaded allies to agree, and Poland pledged to reach 5% of GDP by 2026.', '2025-07-01')).toBe(false);
    expect(anyRed('Poland persuaded its neighbours, and Lithuania committed to spending 5% of GDP by 2026.', '2025-07-01')).toBe(false);
  });
});

describe('the year a target was first set (figure.ts firstSetLater)', () => {
  const yb108 = "The new target replaces the alliance's former military spending goal of 2 percent that was first set back in 2014.";
  it('flags 2014 as the year 2% was first set (2006; 2014 was the Wales pledge)', () => {
    expect(figureVerdictsOn(yb108, '2 percent', '2025-08-27')).toEqual(['contradicted']);
    expect(
      figureVerdictsOn(
        "NATO's 2% defence spending target, which was first agreed in 2014, was replaced.",
        "NATO's 2% defence spending target",
        '2025-08-27',
      ),
    ).toEqual(['contradicted']);
  });
  it('leaves the first year, the pledge and a summit-level reading alone', () => {
    expect(figureVerdictsOn(yb108.replace('2014', '2006'), '2 percent', '2025-08-27')).toEqual(['supported']);
    expect(
      anyRed("The new target replaces the alliance's former spending pledge of 2 percent that was first made in 2014.", '2025-08-27'),
    ).toBe(false);
    expect(anyRed("The new target replaces the alliance's 2 percent pledge, first agreed in 2014.", '2025-08-27')).toBe(false);
    expect(
      anyRed("NATO's 2 percent goal, which was first agreed in 2014 by leaders at the Wales summit, was replaced.", '2025-08-27'),
    ).toBe(false);
    expect(anyRed("The new target replaces NATO's 2 percent target, first set in 2002.", '2025-08-27')).toBe(false);
    expect(anyRed('The 2 percent goal set in 2014 was replaced by a far higher one.', '2025-08-27')).toBe(false);
  });
});

describe('a deadline told of a target that set none (figure.ts toldAs)', () => {
  const yb109 =
    'In 2023, NATO leaders agreed to raise the target of spending on national defense budgets to at least 2% of GDP by 2024. However, not all members met it.';
  it('flags the Vilnius floor told with the Wales deadline', () => {
    expect(figureVerdictsOn(yb109, '2% of GDP by 2024', '2025-06-24')).toEqual(['contradicted']);
  });
  it('leaves the Wales pledge, a loose "since" and another clause’s deadline alone', () => {
    expect(
      figureVerdictsOn('In 2014, NATO leaders agreed to raise defense spending to 2% of GDP by 2024.', '2% of GDP by 2024', '2025-06-24'),
    ).toEqual(['supported']);
    expect(
      anyRed(
        'In 2023, NATO leaders agreed to raise the target of spending on national defense budgets to at least 2% of GDP.',
        '2025-06-24',
      ),
    ).toBe(false);
    expect(anyRed('Since 2023, NATO leaders have agreed to keep spending at least 2% of GDP by 2024.', '2025-06-24')).toBe(false);
    expect(
      anyRed(
        'In 2023, NATO leaders agreed that allies would spend at least 2% of GDP annually, and most allies reached 2% by 2024.',
        '2024-06-24',
      ),
    ).toBe(false);
  });
});

describe('an accession under a timeline’s year and month (timeline-entries.ts, accession.ts datesOf)', () => {
  const yb110 =
    '1999 Poland, Hungary and the Czech Republic become the first former Soviet bloc states to join NATO.\n\n2004 November Seven countries, including three former Soviet Baltic republics, Estonia, Latvia, and Lithuania, join NATO.\n\n2007 In an address at a security conference in Munich, Putin criticizes the United States.';
  it('flags a month the accession was not in, and no longer confirms its year', () => {
    expect(membership(yb110, '2004 November', '2022-03-01')).toEqual(['contradicted']);
    expect(membership('2017 May Montenegro joins NATO.', '2017 May', '2025-01-01')).toEqual(['contradicted']);
  });
  it('confirms the right month and leaves a day away, another act or an outsider alone', () => {
    expect(membership(yb110.replace('November', 'March'), '2004 March', '2022-03-01')).toEqual(['supported']);
    expect(membership('2009 April Albania and Croatia join NATO.', 'Albania', '2022-03-01')).toEqual(['supported']);
    expect(anyRed('2009 March Albania and Croatia join NATO.', '2022-03-01')).toBe(false);
    expect(anyRed('2024 March Sweden joins NATO, angering Russia.', '2025-03-01')).toBe(false);
    expect(
      anyRed(
        '2008 April At the NATO summit in Bucharest, the council issues a declaration stating that Ukraine and Georgia would be admitted to the alliance.',
        '2022-03-01',
      ),
    ).toBe(false);
    expect(anyRed('2004 November NATO leaders welcome Estonia, Latvia, and Lithuania, which join NATO in March.', '2022-03-01')).toBe(
      false,
    );
    expect(anyRed('2023 February Finland votes to join NATO.', '2024-03-01')).toBe(false);
  });
});

describe('a count told as now, beside a relative time of another clause (war-duration.ts)', () => {
  const yd315 =
    'The proposal, which came to light through diplomatic channels last week, outlined a framework for potential peace terms between Ukraine and Russia—a conflict now entering its third year with devastating humanitarian consequences.';
  it('flags the war “now entering its third year” in November 2025', () => {
    expect(verdictsOn(yd315, 'a conflict now entering its third year', '2025-11-29')).toEqual(['contradicted']);
  });
  it('confirms the right count and leaves a count moved to another time alone', () => {
    expect(verdictsOn(yd315.replace('third', 'fourth'), 'a conflict now entering its fourth year', '2025-11-29')).toEqual(['supported']);
    expect(verdictsOn(yd315, 'a conflict now entering its third year', '2024-11-29')).toEqual(['supported']);
    expect(
      anyRed(
        'The proposal, which came to light last year, outlined peace terms for the war in Ukraine, now entering its third year.',
        '2025-11-29',
      ),
    ).toBe(false);
    expect(
      anyRed('The proposal, drafted in March 2024, outlined peace terms for Russia’s war, then entering its third year.', '2025-11-29'),
    ).toBe(false);
  });
});

describe('the annexation of Crimea in a timeline’s present (war-anchors.ts)', () => {
  const yb110 =
    '2008 Russia goes into war with Georgia and takes control of its two Russian-backed separatist regions.\n\n2014 Russia annexes the Crimean Peninsula from Ukraine, violating international law.';
  it('confirms the year at the head of the line', () => {
    expect(verdictsOn(yb110, '2014 Russia annexes', '2022-03-01')).toEqual(['supported']);
  });
  it('flags only a year written against the verb, as for “annexed”', () => {
    expect(anyRed(yb110.replace('2014 Russia', '2015 Russia'), '2022-03-01')).toBe(false);
    expect(verdictsOn('In a wrong timeline, Russia annexes Crimea in 2015.', 'annexes Crimea in 2015', '2022-03-01')).toEqual([
      'contradicted',
    ]);
    expect(anyRed('2022 Russia annexes four regions of Ukraine, after annexing Crimea eight years earlier.', '2022-10-01')).toBe(false);
    expect(anyRed('Russia annexes Crimea: ten years on, the peninsula is militarised.', '2024-03-01')).toBe(false);
  });
});
