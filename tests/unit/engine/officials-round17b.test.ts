// Officials, seventeenth round, second wave: forms of words from held-out 15 (not in the repository; cited by id and
// URL), each tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or
// confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('"former" on the day an earlier end the sources give (altEnd: a dismissal) has passed, before the successor took over', () => {
  // ta064 (2026-01-13), https://fakti.bg/en/world/1027226-solid-turmoil-in-kiev-the-verkhovna-rada-blocks-key-government-appointments
  const ta064 =
    'The Verkhovna Rada of Ukraine did not support the candidacies of former Defense Minister Denys Shmygal for the post of Minister of Energy.';
  const q = 'former Defense Minister Denys Shmygal';

  it('is confirmed on the dismissal day and after it', () => {
    expect(titleVerdicts(ta064, q, '2026-01-13')).toEqual(['supported']);
    expect(titleVerdicts(ta064, q, '2026-01-20')).toEqual(['supported']);
  });

  it('before the dismissal it stays as it was: context in the weeks before the handover, flagged while far from it', () => {
    expect(titleVerdicts(ta064, q, '2026-01-12')).toEqual(['context']);
    expect(titleVerdicts(ta064, q, '2025-10-01')).toEqual(['contradicted']);
  });
});

describe('"NAME, AGE, was voted in as (the country’s) new TITLE"', () => {
  // ta004 (2019-08-29), https://www.kyivpost.com/post/9271
  const ta004 =
    'Volunteer Andriy Zahorodniuk, 44, was voted in as Ukraine’s new defense minister, career diplomat Vadym Prystaiko, 49, was voted in as new foreign minister, while president’s childhood friend Ivan Bakanov, 45, became head of Ukraine’s Security Service, or SBU.';

  it('confirms both appointments of the day', () => {
    expect(tenureVerdicts(ta004, 'Andriy Zahorodniuk, 44, was voted in as Ukraine’s new defense minister', '2019-08-29')).toEqual([
      'supported',
    ]);
    expect(tenureVerdicts(ta004, 'Vadym Prystaiko, 49, was voted in as new foreign minister', '2019-08-29')).toEqual(['supported']);
  });

  it('the wrong appointee of a country’s office is contradicted; an office with no country is left alone', () => {
    const swapped = 'Vadym Prystaiko, 49, was voted in as Ukraine’s new defense minister.';
    expect(tenureVerdicts(swapped, 'Vadym Prystaiko, 49, was voted in as Ukraine’s new defense minister', '2019-08-29')).toEqual([
      'contradicted',
    ]);
    const loose = 'Andriy Zahorodniuk was voted in as new foreign minister.';
    expect(isRed(verdictsOn(loose, 'Andriy Zahorodniuk', '2019-08-29'))).toBe(false);
  });
});

describe('"the president’s inauguration on DAY" and "his inauguration on DAY", with no name', () => {
  // ta009 (2020-02-11), https://www.kyivpost.com/post/7912
  const lead = 'Andriy Yermak, a former top aide to President Volodymyr Zelensky, was appointed on Feb. 11. ';
  const ta009 = lead + 'Bohdan, 43, had led Zelensky’s office since the president’s inauguration on May 20, 2019.';

  it('confirms the inauguration of the one president named just before', () => {
    expect(tenureVerdicts(ta009, 'the president’s inauguration on May 20, 2019', '2020-02-11')).toEqual(['supported']);
    const his = 'President Volodymyr Zelensky spoke. He recalled his inauguration on May 20, 2019.';
    expect(tenureVerdicts(his, 'his inauguration on May 20, 2019', '2020-02-11')).toEqual(['supported']);
  });

  it('another day is never flagged (the words name no one); no president named, nothing', () => {
    const wrong = ta009.replace('May 20', 'May 21');
    expect(isRed(verdictsOn(wrong, 'the president’s inauguration', '2020-02-11'))).toBe(false);
    expect(tenureVerdicts(wrong, 'the president’s inauguration', '2020-02-11')).toEqual([]);
    const nobody = 'The office was led by Bohdan since the president’s inauguration on May 20, 2019.';
    expect(tenureVerdicts(nobody, 'the president’s inauguration', '2020-02-11')).toEqual([]);
  });
});

describe('"NAME’s appointment ... on DAY" with no office', () => {
  // ta057 (2025-07-17), https://santostilo.online/?p=663
  const ta057 =
    'In a significant wartime reshuffle, Ukraine has appointed Yuliia Svyrydenko as its new Prime Minister. The Ukrainian parliament approved Svyrydenko’s appointment with broad support on July 17, 2025, marking a major political transition.';

  it('is confirmed by the one tenure of the person begun that day; "as TITLE" narrows to the title', () => {
    expect(tenureVerdicts(ta057, 'Svyrydenko’s appointment with broad support on July 17, 2025', '2025-07-17')).toEqual(['supported']);
    const umerov = 'Rustem Umerov’s appointment as Ukraine’s Defense Minister on September 6, 2023 was welcome.';
    expect(tenureVerdicts(umerov, 'Rustem Umerov’s appointment', '2023-09-10')).toEqual(['supported']);
  });

  it('another day says nothing, never flagged', () => {
    const wrong = ta057.replace('July 17', 'July 16');
    expect(tenureVerdicts(wrong, 'Svyrydenko’s appointment', '2025-07-17')).toEqual([]);
    expect(isRed(verdictsOn(wrong, 'Svyrydenko’s appointment', '2025-07-17'))).toBe(false);
  });
});

describe('"the President of the EU Council, NAME"', () => {
  // ta050 (2024-12-02), https://brusselsmorning.com/?p=61154
  const ta050 =
    'The European Union’s new foreign policy chief, Kaja Kallas, and the President of the EU Council, António Costa arrived in Kyiv to offer support for Ukraine on their first day in post.';

  it('is the President of the European Council: the holder confirmed, the predecessor stale after the handover', () => {
    expect(titleVerdicts(ta050, 'President of the EU Council, António Costa', '2024-12-02')).toEqual(['supported']);
    const michel = ta050.replace('António Costa', 'Charles Michel,');
    expect(titleVerdicts(michel, 'President of the EU Council, Charles Michel', '2025-03-01')).toEqual(['outdated']);
    expect(isRed(verdictsOn(michel, 'Charles Michel', '2024-12-02'))).toBe(false);
  });
});

describe('"dictator" before a name is a loose word for the head of state, as "strongman" is', () => {
  // ta035 (2023-06-25), https://news.yahoo.com/striking-deal-putin-prigozhin-fighters-070500463.html
  const ta035 =
    'Wagner mercenary warlord Yevgeny Prigozhin abruptly called off his march, in a deal brokered by Belarusian dictator Alexander Lukashenko.';

  it('confirms the sitting head of state', () => {
    expect(titleVerdicts(ta035, 'Belarusian dictator Alexander Lukashenko', '2023-06-25')).toEqual(['supported']);
    expect(titleVerdicts('Russian dictator Vladimir Putin said.', 'Russian dictator Vladimir Putin', '2023-06-27')).toEqual(['supported']);
  });

  it('never flags a past head long gone, the head in another office, or a title with no name', () => {
    expect(isRed(verdictsOn('Russian dictator Dmitry Medvedev said.', 'Dmitry Medvedev', '2023-06-27'))).toBe(false);
    expect(isRed(verdictsOn('Russian dictator Vladimir Putin said.', 'Vladimir Putin', '2010-06-01'))).toBe(false);
    const adviser = 'The head of the Russian delegation, advisor to the dictator, Vladimir Medinsky, spoke.';
    expect(isRed(verdictsOn(adviser, 'Vladimir Medinsky', '2025-05-16'))).toBe(false);
  });
});
