// Titles, twenty-second round, second wave (held-out 20 ye403): the UK's Leader of the Opposition as an office
// (src/facts/data/offices/europe-russia-ukraine.json, gbr-leader-of-the-opposition), and the country written after
// the opposition's role with "in" (title.ts). The held-out texts are not in the repository; short quotes carry their
// ids. Each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe("the UK's Leader of the Opposition (office data)", () => {
  it('"Leader of the Opposition Keir Starmer" after he became prime minister is outdated', () => {
    expect(red('Leader of the Opposition Keir Starmer met the allies in London.', '2025-03-15')).toEqual([
      'Leader of the Opposition Keir Starmer',
    ]);
    expect(red('Keir Starmer, the Leader of the Opposition, said Britain would stand with Ukraine.', '2025-03-15')).toEqual([
      'Keir Starmer, the Leader of the Opposition',
    ]);
    // Sunak after Badenoch took over.
    expect(red('Rishi Sunak, the leader of the opposition, asked about Ukraine.', '2025-01-20')).toEqual([
      'Rishi Sunak, the leader of the opposition',
    ]);
  });
  it('the holders of the day, and of the time a sentence tells of, are confirmed', () => {
    expect(ok('Leader of the Opposition Kemi Badenoch met the allies in London.', '2025-03-15')).toEqual([
      'Leader of the Opposition Kemi Badenoch',
    ]);
    expect(ok('Opposition leader Keir Starmer visited Kyiv.', '2023-02-16')).toEqual(['Opposition leader Keir Starmer']);
    expect(ok('Leader of the Opposition Keir Starmer visited Kyiv.', '2023-02-16')).toEqual(['Leader of the Opposition Keir Starmer']);
    expect(ok('Leader of the Opposition Rishi Sunak asked the Prime Minister about Ukraine.', '2024-09-11')).toEqual([
      'Leader of the Opposition Rishi Sunak',
    ]);
    expect(ok('Leader of the Opposition Jeremy Corbyn said so.', '2019-03-15')).toEqual(['Leader of the Opposition Jeremy Corbyn']);
    expect(ok('In 2022, Leader of the Opposition Keir Starmer visited Kyiv.', '2025-03-15')).toEqual([
      'Leader of the Opposition Keir Starmer',
    ]);
    expect(ok('Keir Starmer, then Leader of the Opposition, said so in 2022.', '2025-03-15')).toEqual([
      'Keir Starmer, then Leader of the Opposition',
    ]);
    expect(ok('Former Leader of the Opposition Jeremy Corbyn said so.', '2025-03-15')).toEqual([
      'Former Leader of the Opposition Jeremy Corbyn',
    ]);
  });
  it('the loose "opposition leader" of someone heading the government that day is outdated (round 34, held-out 32 ig001)', () => {
    // Left as context here before: whoever heads the government leads no opposition.
    expect(red('Opposition leader Keir Starmer met the allies.', '2025-03-15')).toEqual(['Opposition leader Keir Starmer']);
    expect(red('British opposition leader Keir Starmer met the allies.', '2025-03-15')).toEqual(['British opposition leader Keir Starmer']);
  });
  it('true look-alikes stay quiet', () => {
    const quiet = [
      // A quote of the past, with its year.
      ['“We stand with Ukraine,” said Keir Starmer, then Leader of the Opposition, in 2022.', '2025-03-15'],
      ['Back in February 2022, Keir Starmer, the Leader of the Opposition in the UK, said Britain stood with Ukraine.', '2025-03-15'],
      ['In 2021, Keir Starmer, the Leader of the Opposition in the UK, said he backed the plan.', '2025-03-15'],
      // Other countries' opposition leaders, and other parties' leaders.
      ['Israeli opposition leader Yair Lapid said so.', '2025-03-15'],
      ['Opposition leader Alexei Navalny died in prison.', '2024-02-16'],
      ['Leader of the Opposition Peter Dutton said so.', '2025-03-15'],
      ['UK opposition leader Nigel Farage said so.', '2025-03-15'],
      ['Keir Starmer, the Labour leader, said so.', '2025-03-15'],
      // Before the handover: he was still Leader of the Opposition on election eve.
      ['Leader of the Opposition Keir Starmer, who is expected to win Thursday’s election, said so.', '2024-07-03'],
    ] as const;
    for (const [text, asOf] of quiet) expect(red(text, asOf), text).toEqual([]);
  });
});

describe('the country after the opposition\'s role: "the Leader of the Opposition in the UK" (title.ts)', () => {
  it("is the title's country: outdated in March 2025 (held-out 20 ye403)", () => {
    const text =
      'In a significant diplomatic effort, Keir Starmer, the Leader of the Opposition in the UK, has galvanized a diverse group of nations to bolster their support for Ukraine.';
    expect(red(text, '2025-03-15')).toEqual(['Keir Starmer, the Leader of the Opposition in the UK']);
    expect(red('In a speech, Rishi Sunak, the leader of the opposition in Britain, said so.', '2025-03-15')).toEqual([
      'Rishi Sunak, the leader of the opposition in Britain',
    ]);
  });
  it('true look-alikes: the holder of the day, the holder of the time, and other countries', () => {
    expect(ok('In a speech, Kemi Badenoch, the Leader of the Opposition in the UK, said so.', '2025-03-15')).toEqual([
      'Kemi Badenoch, the Leader of the Opposition in the UK',
    ]);
    expect(ok('In a speech, Keir Starmer, the Leader of the Opposition in the United Kingdom, said so.', '2022-03-15')).toEqual([
      'Keir Starmer, the Leader of the Opposition in the United Kingdom',
    ]);
    // A country with no such office in the data: no claim of the UK's.
    expect(red('In a speech, Keir Starmer, the opposition leader in Israel, said so.', '2025-03-15')).toEqual([]);
    // Another role followed by "in" and a country: where the post is held, not whose it is.
    expect(red('Bridget Brink, the ambassador in Ukraine, said so.', '2023-03-15')).toEqual([]);
    // A time after "in", not a country.
    expect(red('In a speech, Keir Starmer, the Leader of the Opposition in 2023, said so.', '2025-03-15')).toEqual([]);
  });
});
