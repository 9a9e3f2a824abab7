// A day that belongs to a reporting verb is the day something was told, not the day of the meeting told of (event.ts,
// reportedDay). Held-out 20's one false alarm at the start of the twenty-first round: yd314 (25 November 2025).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const eventRed = (text: string, asOf: string) =>
  analyze(text, asOf).filter((a) => a.kind === 'event' && (a.verdict === 'contradicted' || a.verdict === 'outdated'));

describe('"On DAY, X said that ... will meet": the day is the telling’s', () => {
  it.each([
    // yd314's sentence: Witkoff and Kushner met Putin at the Kremlin on 2 December 2025
    [
      'On November 25, 2025, President Donald Trump disclosed that his special envoy, Steve Witkoff, will travel to Moscow next week for talks with Russian President Vladimir Putin.',
      '2025-11-25',
    ],
    ['On November 25, 2025, Trump said that Witkoff will travel to Moscow next week for talks with Putin.', '2025-11-26'],
    ['On November 25, 2025, Trump said Witkoff had met Putin in Moscow.', '2025-12-05'],
    ['On November 30, 2025, the Kremlin confirmed that Putin would receive Witkoff in Moscow.', '2025-12-01'],
  ])('%s', (text, asOf) => {
    expect(eventRed(text, asOf)).toEqual([]);
  });
  it('a day of the meeting itself, the reporting verb after it, is still judged', () => {
    expect(eventRed('On November 25, 2025, Witkoff met Putin in Moscow, the Kremlin said.', '2025-12-05').map((a) => a.factIds)).toEqual([
      ['kremlin-meeting-2025-12-02'],
    ]);
  });
});
