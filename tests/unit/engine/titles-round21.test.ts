// Titles in forms read as context or not at all, twenty-first round (held-out 18 wa017, wa021, wa049, wa050). The
// held-out texts are not in the repository; short quotes carry their ids. Each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes as red, supportedQuotes as ok } from './helpers';

describe('"the North Atlantic Alliance" is NATO (title-described.ts)', () => {
  it('"Secretary General of the North Atlantic Alliance, NAME" is judged as "of NATO" (held-out 18 wa050)', () => {
    const text = 'Secretary General of the North Atlantic Alliance, Mark Rutte, said he just congratulated President-elect Donald Trump.';
    expect(ok(text, '2024-11-06')).toContain('Secretary General of the North Atlantic Alliance, Mark Rutte');
    expect(ok('Jens Stoltenberg, Secretary General of the Atlantic Alliance, said so.', '2019-11-06')).toContain(
      'Jens Stoltenberg, Secretary General of the Atlantic Alliance',
    );
    // The holder gone: as "Secretary General of the Alliance, NAME" is.
    expect(red('Secretary General of the North Atlantic Alliance, Jens Stoltenberg, said so.', '2025-11-06')).toEqual([
      'Secretary General of the North Atlantic Alliance, Jens Stoltenberg',
    ]);
  });
  it('a former holder, a deputy, another alliance: never red', () => {
    expect(red('Former Secretary General of the North Atlantic Alliance, Jens Stoltenberg, said so.', '2025-11-06')).toEqual([]);
    expect(red('The Deputy Secretary General of the North Atlantic Alliance, Radmila Shekerinska, said so.', '2025-11-06')).toEqual([]);
    expect(red('Secretary General of the North Atlantic Alliance, Mark Rutte, said so.', '2024-11-06')).toEqual([]);
    expect(
      analyze('Secretary General of the AUKUS alliance, Mark Rutte, said so.', '2024-11-06').filter((a) => a.verdict !== 'context'),
    ).toEqual([]);
  });
});

describe('"NAME will become TITLE" (title-sworn.ts)', () => {
  it('a tenure to begin within months is confirmed (held-out 18 wa021)', () => {
    const text =
      "The Greens' other co-leader, Annalena Baerbock, will become Germany's first female foreign minister after making her party's first bid for the chancellery.";
    expect(ok(text, '2021-12-06')).toEqual(["Annalena Baerbock, will become Germany's first female foreign minister"]);
    expect(ok("The Free Democrats' leader, Christian Lindner, will become finance minister and the No. 3.", '2021-12-06')).toEqual([
      'Christian Lindner, will become finance minister',
    ]);
    expect(ok('Mark Rutte, who will serve as NATO Secretary General from October, said so.', '2024-06-26')).toEqual([
      'Mark Rutte, who will serve as NATO Secretary General',
    ]);
    expect(ok('Olaf Scholz is set to become chancellor.', '2021-12-06')).toEqual(['Olaf Scholz is set to become chancellor']);
  });
  it('"first female" only of the holder recorded as the first woman; an office not taken, a term long after: nothing', () => {
    expect(analyze("Christian Lindner will become Germany's first female finance minister.", '2021-12-06').map((a) => a.verdict)).toEqual([
      'context',
    ]);
    expect(ok('Annalena Baerbock will become chancellor.', '2021-12-06')).toEqual([]);
    expect(ok('Annalena Baerbock will become foreign minister.', '2019-12-06')).toEqual([]);
    // Already in office: not a tenure to come, and never red.
    expect(ok('Annalena Baerbock will become foreign minister.', '2023-12-06')).toEqual([]);
    expect(red('Annalena Baerbock will become foreign minister.', '2023-12-06')).toEqual([]);
    expect(red("Annalena Baerbock will become Germany's chancellor.", '2021-12-06')).toEqual([]);
    expect(red('Christian Lindner will become finance minister.', '2025-06-06')).toEqual([]);
  });
});

describe('"next" of an organisation head chosen months ahead (title.ts)', () => {
  it('"next EU High Representative ..., Kaja Kallas" five months before she took office (held-out 18 wa049)', () => {
    const text =
      "Kristen Michal is Estonia's new prime minister, succeeding party colleague and next EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas.";
    expect(ok(text, '2024-07-23')).toContain('next EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas');
  });
  it('further ahead, or a country head told as "incoming" months before: not confirmed, never red', () => {
    const far = 'The next EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas, said so.';
    expect(ok(far, '2024-04-23')).toEqual([]);
    expect(red(far, '2024-04-23')).toEqual([]);
    // Not yet in office, no "next": never red (weakly sourced or said ahead).
    expect(red('EU High Representative for Foreign Affairs and Security Policy Kaja Kallas said so.', '2024-07-23')).toEqual([]);
    expect(ok('Incoming U.S. President Joe Biden said so.', '2020-08-01')).toEqual([]);
  });
});

describe("two titles, the second a body's office (title-stacked.ts)", () => {
  it('"EU High Representative ... and European Commission Vice President Josep Borrell" (held-out 18 wa017)', () => {
    const text =
      'In addition, the Secretary will meet with European Commission President Ursula von der Leyen and EU High Representative for Foreign Affairs and Security Policy and European Commission Vice President Josep Borrell to discuss goals.';
    expect(ok(text, '2021-03-19')).toContain('EU High Representative for Foreign Affairs and Security Policy');
  });
  it('a first title no longer held is told, not flagged: the second office is not on record', () => {
    expect(red('He met Spanish Foreign Minister and European Commission Vice President Josep Borrell.', '2021-03-19')).toEqual([]);
    expect(
      red(
        'He met EU High Representative for Foreign Affairs and Security Policy and European Commission Vice President Josep Borrell.',
        '2025-03-19',
      ),
    ).toEqual([]);
  });
});

describe('"as head of the country\'s government" (title-sworn.ts)', () => {
  it('an appointment as head of government, the country told as "country\'s" or by name (held-out 18 wa010)', () => {
    const text =
      "The Verkhovna Rada of Ukraine at an extraordinary meeting appointed Denys Shmygal as a head of country's government. The candidacy was introduced by President Volodymyr Zelensky.";
    expect(ok(text, '2020-03-04')).toContain("Denys Shmygal as a head of country's government");
    expect(ok("The Verkhovna Rada appointed Denys Shmyhal as head of Ukraine's government.", '2020-03-04')).toContain(
      "Denys Shmyhal as head of Ukraine's government",
    );
  });
  it('another country, an office of the government, a time before: never red, not confirmed', () => {
    const poland = "The Verkhovna Rada appointed Denys Shmyhal as head of Poland's government.";
    expect(ok(poland, '2020-03-04')).toEqual([]);
    expect(red(poland, '2020-03-04')).toEqual([]);
    expect(ok("The Rada appointed Denys Shmyhal as head of the country's government press office.", '2020-03-04')).toEqual([]);
    expect(red("The Rada appointed Denys Shmyhal as head of the country's government.", '2019-03-04')).toEqual([]);
  });
});

describe('a title and a first name alone (title-first-name.ts)', () => {
  it("the holder's first name after a country's title is confirmed (held-out 17 vd313)", () => {
    const text = 'Earlier today, Ukrainian Prime Minister Yulia met with senior Pentagon officials in Kyiv to discuss the plan.';
    expect(ok(text, '2025-11-20')).toEqual(['Ukrainian Prime Minister Yulia']);
  });
  it('another first name, a former holder, a surname after it, another year: nothing, never red', () => {
    for (const text of [
      'Earlier today, Ukrainian Prime Minister Denys met with officials.',
      'Earlier today, former Ukrainian Prime Minister Yulia met with officials.',
      'Ukrainian Prime Minister Yulia Tymoshenko met with officials.',
      'In 2009, Ukrainian Prime Minister Yulia met with officials.',
      'Ukrainian Prime Minister Kyiv met with officials.',
    ]) {
      expect(ok(text, '2025-11-20').filter((q) => q.includes('Prime Minister'))).toEqual([]);
      expect(red(text, '2025-11-20')).toEqual([]);
    }
    // Before she took office: not hers.
    expect(ok('Ukrainian Prime Minister Yulia met with officials.', '2025-05-20')).toEqual([]);
  });
});
