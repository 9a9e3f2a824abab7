// The start of the full-scale invasion told as a sentence's time with no year (narrated-time.ts warStart), twenty-second
// round: "When Russia invaded, UK Prime Minister Boris Johnson said ..." on a 2025 page was flagged outdated (found by the
// titles helper). Titles in such a sentence are judged as of 24 February 2022; a span to now and the present keep theirs.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const titles = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'title')
    .map((a) => `${a.verdict} ${a.quote}`);

describe('the start of the invasion as the time told', () => {
  it('is the time of the titles in the sentence', () => {
    for (const text of [
      'When Russia invaded, UK Prime Minister Boris Johnson said the West would stand with Ukraine.',
      'When Russia launched its full-scale invasion, Defence Secretary Ben Wallace sent anti-tank weapons to Kyiv.',
      'At the start of the full-scale invasion, Foreign Minister Dmytro Kuleba appealed for weapons.',
      'In the first days of the war, German Chancellor Olaf Scholz announced a turning point as Russian tanks rolled on Kyiv.',
    ])
      expect(
        titles(text, '2025-06-01').every((v) => v.startsWith('supported')),
        text,
      ).toBe(true);
  });
  it('not a span to now, not another invasion, not the present', () => {
    expect(titles('Since the start of the war, Foreign Minister Dmytro Kuleba has visited Washington.', '2025-06-01')).toEqual([
      'outdated Foreign Minister Dmytro Kuleba',
    ]);
    expect(titles('UK Prime Minister Boris Johnson said on Tuesday that Russia invaded Ukraine.', '2025-06-01')).toEqual([
      'outdated UK Prime Minister Boris Johnson',
    ]);
    // Another war's first days: no Russia or Ukraine named, the page's day holds.
    expect(titles('In the first days of the war, German Chancellor Olaf Scholz called Israel.', '2025-06-01')).toEqual([
      'outdated German Chancellor Olaf Scholz',
    ]);
  });
});
