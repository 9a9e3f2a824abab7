// Handovers and terms told ahead, twenty-seventh round: a fixed-term mandate's end told with "runs/lasts until|to",
// "at the end of MONTH" or the office after the noun, and a successor's start told ahead where the predecessor's mandate
// in force on the page's day fixes it (tenure-mandate.ts). Sentences are our own; each form has true look-alikes (a page a
// decision behind, another person, a hedge, a deadline, a day off by one, an office with no mandate on record).
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe("a mandate's end told ahead (held-out 21 yb104)", () => {
  it('an end the mandate in force on the page day does not give is contradicted', () => {
    expect(red('NATO Secretary General Jens Stoltenberg is leaving. His term runs to the end of October this year.', '2024-07-07')).toEqual(
      ['His term runs to the end of October this year'],
    );
    expect(red("Jens Stoltenberg's term as NATO Secretary General expires at the end of October.", '2024-05-12')).toEqual([
      "Stoltenberg's term as NATO Secretary General expires at the end of October",
    ]);
    expect(red("Jens Stoltenberg's mandate lasts until 1 October 2025, diplomats say.", '2024-02-20')).toEqual([
      "Stoltenberg's mandate lasts until 1 October 2025",
    ]);
  });
  it('the end in force is confirmed, by its day, its last day or its month', () => {
    expect(ok("NATO Secretary General Jens Stoltenberg's term ends on September 30.", '2024-07-07')).toContain(
      "Stoltenberg's term ends on September 30",
    );
    expect(ok("Jens Stoltenberg's term as NATO Secretary General expires at the end of September.", '2024-03-01')).toContain(
      "Stoltenberg's term as NATO Secretary General expires at the end of September",
    );
    expect(ok('Allies agreed on Thursday. Jens Stoltenberg will step down on Sept. 30 2022.', '2019-03-28')).toContain(
      'will step down on Sept. 30 2022',
    );
  });
  it('a page a decision behind, another person, a hedge, an ambiguous "his", a mandate over: not flagged', () => {
    expect(red("Jens Stoltenberg's mandate runs until the end of September 2022.", '2022-04-07')).toEqual([]);
    expect(red('Mark Rutte will lead NATO. His term runs to the end of October 2028.', '2024-07-07')).toEqual([]);
    expect(red("If Jens Stoltenberg's term runs until the end of October, Rutte will wait.", '2024-07-07')).toEqual([]);
    expect(red('Mark Rutte met Jens Stoltenberg. His term runs to the end of October.', '2024-07-07')).toEqual([]);
    expect(red("Jens Stoltenberg's term expires at the end of October.", '2025-02-01')).toEqual([]);
  });
});

describe("a successor's start told ahead, fixed by the mandate in force (held-out 16 ub103, l043)", () => {
  it('a day that misses the plan and the record is contradicted', () => {
    expect(red('NATO named Mark Rutte its next Secretary General. Rutte will take office on November 1.', '2024-06-27')).toEqual([
      'Rutte will take office on November 1',
    ]);
    expect(red('Mark Rutte is due to take over as NATO Secretary General on 1 November.', '2024-07-10')).toEqual([
      'Mark Rutte is due to take over as NATO Secretary General on 1 November',
    ]);
    expect(
      red('NATO picked Mark Rutte as Secretary General, and Mark Rutte will assume his new post on September 1.', '2024-06-28'),
    ).toEqual(['Mark Rutte will assume his new post on September 1']);
  });
  it('the day of the plan is confirmed', () => {
    expect(ok('Allies chose Mark Rutte on Wednesday. Rutte will take up his new post on October 1.', '2024-06-27')).toContain(
      'Rutte will take up his new post on October 1',
    );
    expect(ok('Mark Rutte will take office as NATO Secretary General on October 1, 2024.', '2024-09-02')).toContain(
      'Mark Rutte will take office as NATO Secretary General on October 1, 2024',
    );
  });
  it("with no mandate fixing the day, the record's day is confirmed and another left alone", () => {
    expect(ok('Joe Biden is set to take office on January 20, 2021.', '2020-11-23')).toContain(
      'Joe Biden is set to take office on January 20, 2021',
    );
    expect(ok('President-elect Joe Biden, due to take office on Jan. 20, 2021, named his team.', '2020-11-24')).toContain(
      'Joe Biden, due to take office on Jan. 20, 2021',
    );
    expect(ok('Karol Nawrocki will take office on August 6.', '2025-06-28')).toContain('Karol Nawrocki will take office on August 6');
  });
  it('a deadline, a hedge, a day off by one, an office with no mandate on record, a start already past: not flagged', () => {
    expect(red('Mark Rutte will take on his new role by October 2.', '2024-06-27')).toEqual([]);
    expect(red('Mark Rutte would take office on November 1 if allies agreed.', '2024-06-27')).toEqual([]);
    expect(red('Mark Rutte will take office on October 2.', '2024-06-27')).toEqual([]);
    expect(red('Karol Nawrocki will take office on August 16.', '2025-06-28')).toEqual([]);
    expect(red('Mark Rutte will take office on November 1.', '2024-10-05')).toEqual([]);
    expect(
      red('Mark Rutte, the outgoing Dutch prime minister, will lead NATO. He is to assume his new post on September 1.', '2024-06-28'),
    ).toEqual([]);
    // No office named near the start: it may be of a post the record does not hold.
    expect(red('Mark Rutte will take office on November 1.', '2024-06-27')).toEqual([]);
  });
});
