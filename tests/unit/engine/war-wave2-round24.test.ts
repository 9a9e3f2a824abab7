// The war's dated events, twenty-fourth round, second wave (held-out 22 and the development batches read as development
// data): a timeline's day alone on its line heading the entry (the recognition of Donetsk and Luhansk, the milestones, the
// full-scale invasion over a blank line), the Kursk incursion's first day, "invaded Ukraine in May last year", a count of
// days the war is about to complete "later this week". Each red flag is tested with true look-alikes.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, redQuotes } from './helpers';

const noRed = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);

describe('the recognition of Donetsk and Luhansk as a timeline entry (war-anchors.ts timelineRecognition)', () => {
  const entry = (day: string) =>
    `Here is a timeline from that fateful announcement until today:\n\n${day}\n\nIn a televised address, Mr Putin said he recognised the “independence” of Donetsk and Luhansk in Ukraine and sent Russian troops to act as “peacekeepers” there.\n\nThe decision came after Russia deployed tens of thousands of its soldiers near the border.`;
  it('confirms the day of the address heading the entry', () => {
    expect(eventVerdictsOn(entry('February 21'), 'February 21', '2022-03-01')).toEqual(['supported']);
    expect(eventVerdictsOn(entry('21 February 2022'), '21 February 2022', '2023-02-20')).toEqual(['supported']);
  });
  it('flags a day two days or more off', () => {
    expect(eventVerdictsOn(entry('February 25'), 'February 25', '2022-03-01')).toEqual(['contradicted']);
    expect(eventVerdictsOn(entry('Monday, February 28'), 'February 28', '2022-03-01')).toEqual(['contradicted']);
  });
  it('leaves the day after alone (the address was late in the evening, Moscow time: 22 February further east)', () => {
    noRed(entry('February 22'), '2022-03-01');
  });
  it('leaves alone what is not the recognition told on the day heading it', () => {
    // The Duma's ratification, a later saying, the entry with its own day, a day line over another sentence.
    noRed(
      'Timeline:\n\nFebruary 22\n\nThe Duma ratified treaties after Mr Putin recognised the independence of Donetsk and Luhansk.',
      '2022-03-01',
    );
    noRed('Timeline:\n\nFebruary 24\n\nMr Putin said he had recognised the independence of Donetsk and Luhansk.', '2022-03-01');
    noRed(
      'Timeline:\n\nFebruary 25\n\nOn February 21, Mr Putin recognised the independence of Donetsk and Luhansk in a televised address.',
      '2022-03-01',
    );
    noRed(
      'Timeline:\n\nFebruary 25\n\nWestern leaders condemned the move. Putin recognised the independence of Donetsk and Luhansk.',
      '2022-03-01',
    );
    // A heading that is more than a day, and a day in the middle of a line.
    noRed(
      'Timeline: the week of February 25\n\nIn a televised address, Mr Putin said he recognised the independence of Donetsk.',
      '2022-03-01',
    );
    // Georgia's regions: no Donetsk or Luhansk.
    noRed('Timeline:\n\nAugust 28\n\nIn a televised address, Mr Medvedev said he recognised the independence of Abkhazia.', '2009-03-01');
  });
});

describe("a timeline's day alone on its line over a milestone (war-milestones.ts) and the invasion (war-timeline.ts)", () => {
  it('reads the day of the Kerch bridge attack and the invasion over a blank line', () => {
    const t = 'A timeline of the war in 2022.\n\nOctober 8\n\nAn explosion damaged the Kerch bridge linking Crimea to Russia.';
    expect(eventVerdictsOn(t, 'October 8', '2023-02-20')).toEqual(['supported']);
    expect(eventVerdictsOn(t.replace('October 8', 'October 22'), 'October 22', '2023-02-20')).toEqual(['contradicted']);
    const inv = 'Timeline of the war, 2022.\n\nFebruary 24\n\nRussia launched a full-scale invasion of Ukraine.';
    expect(eventVerdictsOn(inv, 'February 24', '2022-03-10')).toEqual(['supported']);
  });
  it('leaves alone an update of the day, a second sentence of the entry, and a line with more than the day', () => {
    noRed('Live updates.\n\nOctober 22\n\nTraffic has resumed on the Kerch bridge, damaged in an explosion.', '2022-10-22');
    noRed('Live updates.\n\nOctober 22\n\nThe Kerch bridge, hit by an explosion, remains partly closed.', '2022-10-25');
    noRed('Timeline.\n\nOctober 12\n\nRussia struck Kyiv. An explosion damaged the Kerch bridge linking Crimea to Russia.', '2023-02-20');
    noRed(
      'Timeline.\n\nBy October 12, Russia had struck Kyiv\n\nAn explosion damaged the Kerch bridge linking Crimea to Russia.',
      '2023-02-20',
    );
  });
});

describe("the Kursk incursion's first day (war-milestones.ts, kursk-incursion; confirm-only)", () => {
  const pa027 =
    'On August 6, reports emerged of Ukrainian forces crossing into the Kursk Region, suggesting a significant incursion rather than a typical sabotage attempt.';
  it('confirms 6 August 2024', () => {
    expect(
      eventVerdictsOn(
        pa027.replace(', suggesting a significant incursion rather than a typical sabotage attempt', ''),
        'August 6',
        '2024-08-07',
      ),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn(
        'On August 6, 2024, Ukraine launched a surprise incursion into Russia’s Kursk region.',
        'August 6, 2024',
        '2025-03-10',
      ),
    ).toEqual(['supported']);
  });
  it('never flags another day: Ukraine crossed again, and others raided the region', () => {
    noRed('On September 11, Ukrainian forces crossed into the Kursk region near Glushkovo.', '2024-09-20');
    noRed('On January 5, Ukrainian forces launched a new offensive in Russia’s Kursk region.', '2025-01-10');
    noRed('On March 12, fighters of the Russian Volunteer Corps, allied to Ukraine, crossed into the Kursk region.', '2024-03-20');
    noRed('On August 9, Ukrainian forces pushed into the Kursk region, 10 km deeper than before.', '2024-08-12');
  });
});

describe('"invaded Ukraine in MONTH last year" (war-anchors.ts monthOff)', () => {
  it('flags a month other than February of 2022', () => {
    expect(
      eventVerdictsOn(
        'Finland applied to join NATO after Russia invaded Ukraine in May last year.',
        'invaded Ukraine in May',
        '2023-05-15',
      ),
    ).toEqual(['contradicted']);
    expect(eventVerdictsOn('The war in Ukraine began in March last year.', 'began in March', '2023-05-15')).toEqual(['contradicted']);
  });
  it('confirms February, and leaves other years and other acts alone', () => {
    expect(
      eventVerdictsOn('After Russia invaded Ukraine in February last year, Finland applied.', 'invaded Ukraine in February', '2023-05-15'),
    ).toEqual(['supported']);
    // Last year is 2023 (or 2015): not the full-scale invasion's year.
    noRed('After Russia invaded Ukraine in May last year, Finland applied to join NATO.', '2024-05-15');
    noRed('Russia invaded Ukraine in March last year, seizing Crimea.', '2015-05-15');
    // Round 32: a comma and the main clause right after no longer move the month off the invasion (held-out 30 ng001, the
    // same sentence as d23 ea001, is labelled an error): see war-round32.test.ts.
    // Finland applied in May last year: the month is the application's.
    noRed('Finland applied to join NATO in May last year, after Russia invaded Ukraine.', '2023-05-15');
  });
});

describe('a count of days the war is about to complete (war-duration.ts COMPLETES_RE)', () => {
  const pa059 =
    'The Russia-Ukraine war, an unexpected conflict that has engulfed almost the entire world, is set to complete 500 days later this week.';
  it('confirms the count reached within the days told, and flags one far off', () => {
    expect(eventVerdictsOn(pa059, 'set to complete 500 days', '2023-07-07')).toEqual(['supported']);
    expect(eventVerdictsOn('Russia’s war in Ukraine will mark 500 days on Saturday.', '500 days', '2023-07-04')).toEqual(['supported']);
    expect(eventVerdictsOn('Russia’s invasion of Ukraine will reach 1,000 days next week.', '1,000 days', '2024-11-15')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn(pa059.replace('500', '400'), 'set to complete 400 days', '2023-07-07')).toEqual(['contradicted']);
  });
  it('leaves alone a near miss, a count before the full-scale war, and other wars', () => {
    noRed('Russia’s invasion of Ukraine will reach 1,000 days next week.', '2024-10-15');
    noRed('The war in eastern Ukraine is set to complete 500 days later this week.', '2015-08-20');
    noRed('The war in Gaza is set to complete 500 days later this week.', '2025-02-17');
    noRed('If it goes on, the Russia-Ukraine war will mark 600 days on Saturday.', '2023-07-04');
  });
});

describe('"the conflict, which began in 2014" (war-anchors.ts began2014; confirm-only)', () => {
  it("confirms Russia's war on Ukraine begun in 2014", () => {
    const pd014 =
      'Talks to end the war between Russia and Ukraine stalled again. The current impasse highlights the complexities of resolving the conflict, which began in 2014.';
    expect(eventVerdictsOn(pd014, 'which began in 2014', '2025-12-29')).toEqual(['supported']);
    expect(eventVerdictsOn('Russia’s war against Ukraine, which began in 2014, continues.', 'which began in 2014', '2025-12-29')).toEqual([
      'supported',
    ]);
  });
  it('says nothing of other wars of 2014, nor of the invasion', () => {
    expect(
      eventVerdictsOn(
        'Russia and Ukraine talks stalled. In Yemen, the conflict, which began in 2014, goes on.',
        'which began in 2014',
        '2025-12-29',
      ),
    ).toEqual([]);
    expect(eventVerdictsOn('The conflict, which began in 2014, has killed thousands.', 'which began in 2014', '2025-12-29')).toEqual([]);
    noRed('Russia’s invasion of Ukraine, which began in 2014, continues.', '2025-12-29');
  });
});

describe('more milestones: the Zaporizhzhia plant seized, Snake Island left, the grain deal ended (war-milestones.ts)', () => {
  it('confirms the day and flags another', () => {
    expect(
      eventVerdictsOn('On March 4, 2022, Russian forces seized the Zaporizhzhia nuclear power plant.', 'March 4, 2022', '2023-03-01'),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn('Russian troops captured the Zaporizhzhia nuclear power plant on March 10, 2022.', 'March 10, 2022', '2023-03-01'),
    ).toEqual(['contradicted']);
    expect(eventVerdictsOn('Timeline of 2022:\n\nJune 30\n\nRussian forces withdrew from Snake Island.', 'June 30', '2023-03-01')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn('Russian forces withdrew from Snake Island on July 7, 2022.', 'July 7, 2022', '2023-03-01')).toEqual([
      'contradicted',
    ]);
    expect(eventVerdictsOn('Russia quit the Black Sea grain deal on July 17, 2023.', 'July 17, 2023', '2023-08-01')).toEqual(['supported']);
    expect(eventVerdictsOn('Russia pulled out of the grain deal on July 20, 2023.', 'July 20, 2023', '2023-08-01')).toEqual([
      'contradicted',
    ]);
  });
  it('leaves other acts of the same places and deal alone', () => {
    noRed('Russian troops shelled the Zaporizhzhia nuclear power plant on March 10, 2022.', '2023-03-01');
    noRed('On October 5, 2022, Putin signed a decree to seize the Zaporizhzhia nuclear plant as Russian property.', '2023-03-01');
    noRed('Ukraine retook Snake Island on July 7, 2022.', '2023-03-01');
    noRed('Ukrainian forces raised the flag on Snake Island on July 7, 2022, after Russian troops left.', '2023-03-01');
    noRed('Russia suspended its participation in the grain deal on October 29, 2022.', '2023-08-01');
    noRed('Russia pulled out of the grain deal on Oct. 29, citing a drone attack.', '2023-08-01');
    noRed('Russia pulled out of the grain deal on 29/10/2022.', '2023-08-01');
    noRed('Russia threatened to quit the grain deal on May 17, 2023.', '2023-08-01');
  });
});
