// Round 40, the lead's precision read: true look-alikes of the round's new red-flag forms must raise no red flag.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes } from './helpers';

describe('a clause between a return and its time owns the time (found in the round-40 read, present before it)', () => {
  it('"returned to the White House after running again for president in 2024" is no start told in 2024', () => {
    const text = 'Donald Trump, who returned to the White House after running again for president in 2024, met Rutte.';
    expect(redQuotes(text, '2025-06-05')).toEqual([]);
    expect(redQuotes('Donald Trump, who returned to the White House in January 2024, met Rutte.', '2025-06-05')).toEqual([
      'Donald Trump, who returned to the White House in January 2024',
    ]);
  });
});

describe('one finding per claim: two readers of the same words give one annotation (engine index.ts dropRepeats)', () => {
  it('"twelve nations signed the treaty" is confirmed once', () => {
    // placenote.info (history-round10.test.ts): member-count-forms.ts and alliance-founding.ts both read it.
    const text =
      'The North Atlantic Treaty was signed on 4 April 1949. The following twelve nations signed the treaty in 1949 and thus became the founding members of NATO.';
    const on = analyze(text, '2024-01-01').filter((a) => a.quote === 'twelve nations signed the treaty');
    expect(on.map((a) => a.verdict)).toEqual(['supported']);
  });
});

describe('a former administration in the present perfect, only as a clause of its own (the lead’s read of tenure-administration.ts)', () => {
  it('keeps a lasting result told in a relative clause quiet and flags the act told as news', () => {
    for (const text of [
      'Much of what the Biden administration has built has been dismantled by Trump.',
      'Sanctions the Biden administration has imposed since 2022 remain largely in place.',
      'An official said that the Biden administration has made progress with Russia.',
      'The Trump administration has reversed much of what the Biden administration has done on Ukraine.',
    ])
      expect(redQuotes(text, '2025-10-23'), text).toEqual([]);
    // held-out 38 ry012 (October 2025)
    expect(
      redQuotes('The Biden administration has also pressured Asian allies, including Japan, to halt Russian energy imports.', '2025-10-23'),
    ).toEqual(['The Biden administration has also pressured']);
    expect(redQuotes('Europe has cut its imports, and the Biden administration has sent new envoys to Tokyo.', '2025-10-23')).toEqual([
      'the Biden administration has sent',
    ]);
  });
});

describe('a package’s proposal day only where the proposal is the act told on that day (the lead’s read of sanction-proposal-day.ts)', () => {
  it('keeps a later act on a package proposed before quiet', () => {
    for (const text of [
      'On June 11, von der Leyen defended the 18th package she had proposed a day earlier.',
      'On June 11, von der Leyen told MEPs in Strasbourg about the 18th package, which the Commission proposed on Tuesday.',
      'Von der Leyen announced on June 11 that she would visit Kyiv; the 18th package was proposed the day before.',
    ])
      expect(redQuotes(text, '2025-06-12'), text).toEqual([]);
    expect(redQuotes('On June 11, European Commission President Ursula von der Leyen presented the 18th package.', '2025-06-12')).toEqual([
      'June 11',
    ]);
  });
});

describe('a term in the office told before the name is that term’s (held-out 39 sl003, mended after its end score)', () => {
  it('keeps a title in "during his term as TITLE, NAME" quiet, past or ahead', () => {
    // sl003 (Outlook India, 26 June 2024, the day Rutte was appointed; he took office on 1 October 2024)
    expect(
      redQuotes(
        'During his term as the NATO Chief, Rutte is expected to face the challenge of sustaining support for Ukraine.',
        '2024-06-26',
      ),
    ).toEqual([]);
    expect(redQuotes('During his time as prime minister, Mark Rutte kept defence spending low.', '2025-03-01')).toEqual([]);
    expect(redQuotes('NATO Secretary General, Jens Stoltenberg, said allies must do more.', '2025-06-01')).toEqual([
      'NATO Secretary General, Jens Stoltenberg',
    ]);
  });
});
