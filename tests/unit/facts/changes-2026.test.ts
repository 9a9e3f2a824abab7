// Changes of 2025-2026 in the offices of NATO members and Ukraine (heads of government, foreign and
// defence ministers), judged by the real engine on sentences from real articles, as of their dates.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from '../engine/helpers';

describe('2025-2026 officeholders of NATO members and Ukraine', () => {
  it.each([
    // Ukrainska Pravda, 14 July 2025: Shmyhal was still prime minister when Zelensky proposed him for defence.
    [
      'President Volodymyr Zelenskyy has stated that Prime Minister Denys Shmyhal’s experience will be valuable in the role of Defence Minister.',
      'Prime Minister Denys Shmyhal',
      '2025-07-14',
    ],
    // Odessa Journal, September 2025 (YES meeting in Kyiv).
    [
      'Ukrainian Defense Minister Denys Shmyhal took part in the annual Yalta European Strategy (YES) meeting.',
      'Ukrainian Defense Minister Denys Shmyhal',
      '2025-09-13',
    ],
    // Baltic Times (BNS), 26 January 2026.
    [
      'VILNIUS - Foreign Minister Kestutis Budrys told his Ukrainian counterpart Andrii Sybiha in Vilnius on Sunday that Lithuania is ready to step up its military, political and energy support for Ukraine.',
      'Foreign Minister Kestutis Budrys',
      '2026-01-26',
    ],
    // Lithuanian foreign ministry press release, 16 January 2026.
    [
      'On 16 January, on the margins of the Snow Meeting, the Minister of Foreign Affairs Kęstutis Budrys met with the Romanian Foreign Minister Oana-Silvia Țoiu.',
      'Kęstutis Budrys',
      '2026-01-16',
    ],
  ])('supports "%s"', (text, quote, asOf) => {
    expect(verdictsOn(text, quote, asOf)).toContain('supported');
    expect(isRed(verdictsOn(text, quote, asOf))).toBe(false);
  });

  it('flags Shmyhal as defence minister after Fedorov took over on 2026-01-14, not on the day he was dismissed', () => {
    const text = 'Ukrainian Defense Minister Denys Shmyhal took part in the annual Yalta European Strategy (YES) meeting.';
    const quote = 'Ukrainian Defense Minister Denys Shmyhal';
    // Fedorov was appointed on 2026-01-14 (Interfax-Ukraine); the office is checked through 2026-11-22.
    expect(verdictsOn(text, quote, '2026-03-01')).toContain('outdated');
    // Dismissed on the 13th, successor appointed on the 14th: the day between is never flagged.
    expect(isRed(verdictsOn(text, quote, '2026-01-13'))).toBe(false);
  });

  it('never red-flags the Hungarian foreign ministers around the change of government of May 2026', () => {
    // Telex, 26 January 2026: Szijjártó was still foreign minister.
    const telex =
      'Fidesz reacted to the news by Máté Kocsis, Fidesz’ faction leader describing her as an agent, while Foreign Minister Péter Szijjártó called her a lobbyist.';
    expect(verdictsOn(telex, 'Péter Szijjártó', '2026-01-26')).toContain('supported');
    // After Magyar took office our sources do not confirm the day his successor was appointed: no red flag either way.
    expect(isRed(verdictsOn(telex, 'Péter Szijjártó', '2026-06-15'))).toBe(false);
  });

  it('never red-flags Radev as prime minister after the election of April 2026', () => {
    // BNT News headline of 2026 (after parliament elected him in May).
    const bnt =
      'PM Radev: I am convening a meeting with relevant ministers to discuss preparations for hosting Eurovision Song Contest 2027';
    expect(isRed(verdictsOn(bnt, 'Radev', '2026-06-01'))).toBe(false);
  });
});
