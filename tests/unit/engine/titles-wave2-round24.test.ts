// Appointments and titles told as news of the day, twenty-fourth round, second wave (held-out 22 misses, now development
// data): a weekday told with a past verb of taking office, a resignation joined to its replacement by "and", the EU's
// elections months before the term, an unnamed appointee "appointed on DAY to succeed X", and Russia's and Ukraine's roles
// in more words. The held-out texts are not in the repository; short quotes carry their ids. Confirm-only forms come with
// look-alikes that must stay unconfirmed or unflagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe('a weekday told with a past verb of taking office is a past day (held-out 22 pa020)', () => {
  const page = 'New Foreign Secretary Lord David Cameron has visited Ukraine for talks with Volodymyr Zelensky.\n\n';
  it('"became Foreign Secretary on Monday and ... will be" is confirmed', () => {
    expect(
      ok(
        `${page}Former prime minister Lord Cameron became Foreign Secretary on Monday and the early visit to Ukraine will be intended to demonstrate the UK’s continued support.`,
        '2023-11-16',
      ),
    ).toContain('Cameron became Foreign Secretary on Monday');
  });
  it('a weekday never flags, and a future verb keeps its weekday ahead', () => {
    expect(red('David Cameron became Foreign Secretary on Tuesday and the visit will be short.', '2023-11-16')).toEqual([]);
    expect(ok('David Cameron will become Foreign Secretary on Monday.', '2023-11-16')).toEqual([]);
    expect(red('Mark Rutte, who took over the NATO leadership on Monday, will travel to Kyiv.', '2024-07-11')).toEqual([]);
  });
});

describe('a resignation joined to its replacement by "and" (held-out 22 pa022)', () => {
  it('"X formally resigned as defence secretary on Wednesday, and has been replaced by Y" is confirmed', () => {
    expect(
      ok(
        'Ben Wallace formally resigned as defence secretary on Wednesday, and has been replaced by longtime Cabinet minister Grant Shapps.',
        '2023-09-01',
      ),
    ).toContain('has been replaced by');
  });
  it('another successor, or a replacement to come, is not confirmed nor flagged', () => {
    const wrong = 'Ben Wallace resigned as defence secretary and was replaced by James Cleverly.';
    expect(ok(wrong, '2023-09-01').filter((q) => q.includes('replaced'))).toEqual([]);
    expect(red(wrong, '2023-09-01')).toEqual([]);
    expect(red('Ben Wallace resigned as defence secretary on Wednesday and will be replaced by James Cleverly.', '2023-09-01')).toEqual([]);
  });
});

describe('the EU: elected or chosen months before the term (held-out 22 pa002, pa003)', () => {
  it('elected by MEPs, elected the previous day, picked as president of the European Council: confirmed', () => {
    expect(
      ok(
        'Kramp-Karrenbauer takes up the reins in the defence ministry from Ursula von der Leyen, who has been elected by MEPs as the new European Commission President.',
        '2019-07-24',
      ),
    ).toEqual(['Ursula von der Leyen, who has been elected by MEPs as the new European Commission President']);
    expect(
      ok(
        'The Minister, appointed on 17 July to succeed Ursula von der Leyen, who was elected President of the European Commission the previous day, has set out her plans.',
        '2019-07-25',
      ),
    ).toEqual([
      'appointed on 17 July to succeed Ursula von der Leyen',
      'Ursula von der Leyen, who was elected President of the European Commission',
    ]);
    expect(ok('EU leaders picked Portugal’s António Costa as president of the European Council.', '2024-06-28')).toEqual([
      'António Costa as president of the European Council',
    ]);
  });
  it('the wrong office, an election long before the term, another day of appointment are not confirmed', () => {
    expect(ok('Ursula von der Leyen, who was elected President of the European Council the previous day, spoke.', '2019-07-25')).toEqual(
      [],
    );
    expect(ok('Ursula von der Leyen, who was elected President of the European Commission, spoke.', '2019-03-25')).toEqual([]);
    expect(red('Ursula von der Leyen, who was elected President of the European Commission, spoke.', '2019-03-25')).toEqual([]);
    expect(ok('The Minister, appointed on 10 July to succeed Ursula von der Leyen, has set out her plans.', '2019-07-25')).toEqual([]);
    expect(red('The Minister, appointed on 10 July to succeed Ursula von der Leyen, has set out her plans.', '2019-07-25')).toEqual([]);
  });
  it('another handover of the same kind is confirmed on its day', () => {
    expect(ok('The new minister, appointed on 5 September to replace Dmytro Kuleba, spoke.', '2024-09-10')).toEqual([
      'appointed on 5 September to replace Dmytro Kuleba',
    ]);
  });
});

describe("Russia's and Ukraine's roles in more words", () => {
  it('"top military figure" and "deputy chairman of Russia’s Security Council" are confirmed in office', () => {
    expect(ok('Ukraine’s top military figure Oleksandr Syrskyi said the front held.', '2025-03-01')).toEqual([
      'Ukraine’s top military figure Oleksandr Syrskyi',
    ]);
    expect(ok('Dmitry Medvedev, deputy chairman of Russia’s Security Council, wrote on Telegram.', '2025-03-01')).toEqual([
      'Dmitry Medvedev, deputy chairman of Russia’s Security Council',
    ]);
  });
  it('before the post existed, or someone else in it, is not confirmed', () => {
    expect(ok('Dmitry Medvedev, deputy chairman of Russia’s Security Council, wrote.', '2019-03-01')).toEqual([]);
    expect(ok('Ukraine’s top military figure Valerii Zaluzhnyi said the front held.', '2025-03-01')).toEqual([]);
  });
});

describe('a leader’s aide named first, with a comma or in brackets (held-out 21 zc012, d22 db014)', () => {
  const page = 'Donald Trump met Vladimir Putin. ';
  it('"NAME, Trump’s special envoy for Ukraine," and "NAME (Trump’s special envoy)" are confirmed', () => {
    expect(ok(`${page}Keith Kellogg, Trump’s special envoy for Ukraine, described the plan.`, '2025-11-23')).toEqual([
      'Keith Kellogg, Trump’s special envoy for Ukraine',
    ]);
    expect(
      ok(`${page}The talks brought together Steve Witkoff (Trump’s special envoy) and Jared Kushner (Trump’s son-in-law).`, '2026-02-18'),
    ).toEqual(['Steve Witkoff (Trump’s special envoy']);
  });
  it('another leader’s, or another office, is not confirmed', () => {
    expect(ok('Joe Biden met. Keith Kellogg, Biden’s special envoy for Ukraine, described the plan.', '2023-11-23')).toEqual([]);
    expect(ok('Joe Biden met. Steve Witkoff (Biden’s special envoy) described the plan.', '2025-11-23')).toEqual([]);
    expect(ok(`${page}Steve Witkoff (Trump’s national security adviser) described the plan.`, '2025-11-23')).toEqual([]);
    expect(ok(`${page}Steve Witkoff (Trump’s special envoy for Ukraine) described the plan.`, '2025-11-23')).toEqual([]);
  });
});

describe('Ukraine’s presidential office head in its short form (d23 eb016)', () => {
  it('"Ukrainian President’s Office Head Andriy Yermak" is confirmed in office and outdated after he left', () => {
    const s = 'He stood next to Ukrainian President’s Office Head Andriy Yermak.';
    expect(ok(s, '2025-08-24')).toEqual(['Ukrainian President’s Office Head Andriy Yermak']);
    expect(red(s, '2025-12-24')).toEqual(['Ukrainian President’s Office Head Andriy Yermak']);
    expect(red('He stood next to former Ukrainian President’s Office Head Andriy Yermak.', '2025-12-24')).toEqual([]);
  });
});

describe('the EU’s leaders chosen in a list, and "newly elected" months before the term (held-out 22 pa029, 21 za001)', () => {
  it('each name of "A as X, B as Y" is judged with its own office', () => {
    expect(
      ok(
        'The 27 EU leaders have agreed on the bloc’s leadership for the next five years: Germany’s Ursula von der Leyen as president of the European Commission, Portugal’s António Costa as president of the European Council.',
        '2024-06-28',
      ),
    ).toContain('António Costa as president of the European Council');
    const swapped =
      'The leaders agreed: Germany’s Ursula von der Leyen as president of the European Council, Portugal’s António Costa as president of the European Commission.';
    expect(ok(swapped, '2024-06-28')).toEqual([]);
    expect(red(swapped, '2024-06-28')).toEqual([]);
  });
  it('"the newly elected EC president" between the vote and the term is confirmed; long before it is not', () => {
    expect(ok('The ceremony was attended by the newly elected EC president Ursula von der Leyen.', '2019-07-17')).toEqual([
      'newly elected EC president Ursula von der Leyen',
    ]);
    expect(ok('The ceremony was attended by the newly elected EC president Ursula von der Leyen.', '2019-01-17')).toEqual([]);
    expect(red('The ceremony was attended by the newly elected EC president Ursula von der Leyen.', '2019-01-17')).toEqual([]);
  });
});
