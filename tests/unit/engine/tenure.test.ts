// Tenure claims on the real fact base, with sentences from real articles (tests/fixtures/real/):
// starts, year ranges, durations, a holder's number in an office, and handovers. Each red-flag
// path has its non-flag twin: a pronoun, a rounded figure, a year the text did not give, a name
// that is the object of a handover.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const tenureVerdicts = (text: string, quote: string, asOf: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return analyze(text, asOf)
    .filter((a) => a.kind === 'tenure' && a.start < end && a.end > start)
    .map((a) => a.verdict);
};

describe('tenure starts', () => {
  it('reads the start past an appositive, and the oath with its date before the name', () => {
    // Kyiv Independent / Ukrinform, 2019-05-20.
    const sworn = 'Volodymyr Zelenskiy, a showman and a political newcomer, was sworn in as the sixth president of Ukraine on May 20.';
    expect(tenureVerdicts(sworn, 'was sworn in as the sixth president of Ukraine on May 20', '2019-05-20')).toContain('supported');
    const oath = 'Today, May 20, in the hall of the Verkhovna Rada, Volodymyr Zelensky took the oath of the President of Ukraine.';
    expect(tenureVerdicts(oath, 'Volodymyr Zelensky took the oath of the President of Ukraine', '2019-05-20')).toEqual(['supported']);
    // NATO, 2024-09-11.
    const nato =
      "Jens Stoltenberg hands over on Tuesday. Stoltenberg, 65, has served as NATO's 13th Secretary General since October 1, 2014.";
    expect(tenureVerdicts(nato, 'has served as', '2024-09-11')).toEqual(['supported', 'supported']);
  });

  it('a day whose year the text did not give never contradicts a start', () => {
    const sworn = 'Volodymyr Zelenskiy, a showman and a political newcomer, was sworn in as the sixth president of Ukraine on May 20.';
    expect(isRed(verdictsOn(sworn, 'was sworn in', '2025-07-05'))).toBe(false);
  });

  it('"has officially taken office" with no date: supported only days after the start', () => {
    // Euronews, 2024-10-02.
    const text =
      'Mark Rutte has officially taken office as NATO’s new secretary general, seeking to strengthen the transatlantic alliance.';
    expect(tenureVerdicts(text, 'has officially taken office', '2024-10-02')).toEqual(['supported']);
    expect(tenureVerdicts(text, 'has officially taken office', '2025-06-01')).toEqual([]);
  });

  it('a future start and "in post since" without a title', () => {
    // EPA caption, 2024-06-26; NATO, 2025-07-05.
    const rutte = 'Dutch Prime Minister Mark Rutte has been appointed. Rutte will assume the post of Secretary General on 01 October 2024.';
    expect(tenureVerdicts(rutte, 'will assume the post', '2024-06-26')).toEqual(['supported']);
    const cavoli =
      'General Alexus G. Grynkewich assumed command. General Grynkewich succeeds General Chris Cavoli of the US Army, who had been in post since 2022.';
    expect(tenureVerdicts(cavoli, 'who had been in post since 2022', '2025-07-05')).toEqual(['supported']);
  });

  it('the day of a change-of-command ceremony later in the sentence; a date that does not fit is not flagged', () => {
    // NATO, 2025-07-05; SHAPE, 2025-07-04.
    const nato =
      'General Alexus G. Grynkewich of the US Air Force assumed command of Allied Command Operations in a ceremony at Supreme Headquarters Allied Powers Europe in Mons, Belgium on Friday (4 July 2025).';
    expect(tenureVerdicts(nato, 'in Mons, Belgium on Friday (4 July 2025)', '2025-07-05')).toEqual(['supported']);
    const shape =
      'United States Air Force General Alexus G. Grynkewich assumed command from U.S. Army General Christopher G. Cavoli as the 21st Supreme Allied Commander Europe (SACEUR) during a ceremony held at Supreme Headquarters Allied Powers Europe (SHAPE) in Mons, Belgium on July 4, 2025.';
    expect(tenureVerdicts(shape, 'in Mons, Belgium on July 4, 2025', '2025-07-04')).toEqual(['supported']);
    const other = shape.replace('July 4, 2025', 'July 9, 2025');
    expect(isRed(verdictsOn(other, 'in Mons, Belgium on July 9, 2025', '2025-07-09'))).toBe(false);
  });

  it('a start in the present perfect read after the tenure ended is outdated; before, supported', () => {
    // Ukrainska Pravda's profile form, 2026-01-02 (the role as the lexicon writes it).
    const text = 'Andriy Yermak has been the head of the presidential office since February 2020, succeeding Andriy Bohdan.';
    // "succeeding Andriy Bohdan" is confirmed too since his tenure is on record (round 13).
    expect(tenureVerdicts(text, 'has been the head', '2026-01-02').sort()).toEqual(['outdated', 'supported']);
    expect(tenureVerdicts(text, 'has been the head', '2025-06-02')).toEqual(['supported', 'supported']);
    // Within the grace days after the handover: not flagged.
    expect(isRed(verdictsOn(text, 'has been the head', '2025-12-10'))).toBe(false);
  });

  it('keeps the wrong start year contradicted', () => {
    expect(verdictsOn('Jens Stoltenberg became Secretary General in 2016.', 'became Secretary General in 2016', '2024-06-01')).toContain(
      'contradicted',
    );
  });
});

describe('year ranges and durations', () => {
  it('supports real ranges and rounded durations', () => {
    // Reuters, 2025-02-04.
    const reuters =
      'Former NATO Secretary General Jens Stoltenberg was set to become Norway’s new finance minister.\n\nStoltenberg, a Labour Party veteran politician, was prime minister of Norway in 2000-2001 and 2005-2013.\n\nHe headed the Western military alliance for a decade, stepping down last year.';
    expect(tenureVerdicts(reuters, 'was prime minister of Norway in 2000-2001 and 2005-2013', '2025-02-04')).toEqual(['supported']);
    expect(tenureVerdicts(reuters, 'He headed the Western military alliance for a decade', '2025-02-04')).toEqual(['supported']);
    // Euronews, 2024-10-02.
    const euronews =
      'Mark Rutte has officially taken office. Rutte served as prime minister of the Netherlands for close to 14 years, the longest-serving Dutch leader to date. In his farewell address, Stoltenberg, who served as the NATO chief for a decade, commended Rutte. Jens Stoltenberg spoke.';
    expect(tenureVerdicts(euronews, 'for close to 14 years', '2024-10-02')).toEqual(['supported']);
    expect(tenureVerdicts(euronews, 'who served as the NATO chief for a decade', '2024-10-02')).toEqual(['supported']);
    // NATO, 2024-09-11.
    const nato = 'Mark Rutte, 57, was the Prime Minister of the Netherlands for 14 years, from 2010 to 2024.';
    expect(tenureVerdicts(nato, 'for 14 years, from 2010 to 2024', '2024-09-11')).toEqual(['supported']);
    const epa =
      'Rutte will assume the post of Secretary General on 01 October 2024, replacing Jens Stoltenberg after ten years as Secretary General of NATO.';
    expect(tenureVerdicts(epa, 'Jens Stoltenberg after ten years as Secretary General of NATO', '2024-06-26')).toContain('supported');
  });

  it('flags a duration wrong by more than a year beyond rounding, only for a named person and office', () => {
    const wrong = 'Mark Rutte, 57, was the Prime Minister of the Netherlands for 10 years.';
    expect(tenureVerdicts(wrong, 'for 10 years', '2024-09-11')).toEqual(['contradicted']);
    // Rounded ("nearly"), loose ("the alliance") or said of a pronoun: never red.
    expect(
      isRed(verdictsOn('Mark Rutte, 57, was the Prime Minister of the Netherlands for nearly 13 years.', 'nearly 13 years', '2024-09-11')),
    ).toBe(false);
    const pronoun = 'Jens Stoltenberg spoke in Oslo.\n\nHe headed the Western military alliance for six years, stepping down last year.';
    expect(isRed(verdictsOn(pronoun, 'He headed', '2025-02-04'))).toBe(false);
    // Off by a year and a few months: within doubt, not flagged.
    expect(isRed(verdictsOn('Mark Rutte was the Prime Minister of the Netherlands for 12 years.', 'for 12 years', '2024-09-11'))).toBe(
      false,
    );
  });

  it('years before the holder list is complete are supported when right and never flagged when wrong', () => {
    const wrong = 'Jens Stoltenberg, a Labour Party veteran politician, was prime minister of Norway in 1998-2001.';
    expect(isRed(verdictsOn(wrong, 'was prime minister of Norway', '2025-02-04'))).toBe(false);
  });
});

describe('a holder’s number in an office', () => {
  it('supports the recorded numbering', () => {
    // NATO, 2025-07-05 and SHAPE, 2025-07-04.
    const nato = 'General Alexus G. Grynkewich took over. General Grynkewich is the twenty-first Supreme Allied Commander Europe (SACEUR).';
    expect(tenureVerdicts(nato, 'the twenty-first Supreme Allied Commander Europe', '2025-07-05')).toEqual(['supported']);
    const shape =
      'United States Air Force General Alexus G. Grynkewich assumed command from U.S. Army General Christopher G. Cavoli as the 21st Supreme Allied Commander Europe (SACEUR) during a ceremony.';
    const verdicts = tenureVerdicts(shape, 'the 21st Supreme Allied Commander Europe', '2025-07-04');
    // The number is Grynkewich's, not Cavoli's (the 20th), whose name stands nearer.
    expect(verdicts).toContain('supported');
    expect(isRed(verdicts)).toBe(false);
  });

  it('flags a wrong number for a person named in full and an office named with its jurisdiction', () => {
    expect(tenureVerdicts("Jens Stoltenberg is NATO's 12th Secretary General.", '12th', '2024-06-01')).toEqual(['contradicted']);
    // No jurisdiction: "the 46th president" could be read of another list; never red.
    expect(isRed(verdictsOn('Donald Trump, the 46th president, spoke.', '46th', '2025-06-01'))).toBe(false);
    // His first term's number beside a holder back in office is withheld, not confirmed (round 41: "President Trump, the 45th
    // President" in 2025, when he is the 47th), and never red.
    expect(tenureVerdicts('Donald Trump, the 45th president, spoke.', '45th', '2025-06-01')).toEqual(['context']);
    expect(tenureVerdicts('Donald Trump, the 45th president, spoke.', '45th', '2019-06-01')).toEqual(['supported']);
  });
});

describe('handovers', () => {
  it('supports who succeeded whom', () => {
    const nato =
      'General Alexus G. Grynkewich assumed command. General Grynkewich succeeds General Chris Cavoli of the US Army, who had been in post since 2022.';
    expect(tenureVerdicts(nato, 'Grynkewich succeeds General Chris Cavoli', '2025-07-05')).toContain('supported');
    // Ukrainska Pravda, 2026-01-02.
    const up =
      'The head of the Main Intelligence Directorate (known as GUR) Kyrylo Budanov will replace Andriy Yermak as the new head of the Presidentʼs Office.';
    expect(tenureVerdicts(up, 'Kyrylo Budanov will replace Andriy Yermak', '2026-01-02')).toEqual(['supported']);
  });

  it('a handover the fact base does not know is not flagged', () => {
    const text = 'Mark Rutte will replace Joe Biden as the new head of the alliance.';
    expect(isRed(verdictsOn(text, 'will replace', '2024-06-26'))).toBe(false);
  });

  it('a vice chancellor or a deputy is not the office of the role word after it', () => {
    // The Week, 8 December 2021, the day Scholz became chancellor: true of his previous office.
    const text = "Olaf Scholz took office on Wednesday. Scholz, 63, has been Germany's vice chancellor and finance minister since 2018.";
    // With Germany's Vice-Chancellor in the fact base, the start is confirmed (14 March 2018); it is never read as the chancellorship's.
    const tenures = analyze(text, '2021-12-08').filter((a) => a.kind === 'tenure');
    expect(tenures.map((a) => [a.verdict, a.factIds[0]])).toEqual([['supported', 'deu-vice-chancellor']]);
    // Said of the chancellorship itself, the year is still wrong.
    const wrong = "Olaf Scholz has been Germany's chancellor since 2018.";
    expect(analyze(wrong, '2021-12-08').find((a) => a.kind === 'tenure')?.verdict).toBe('contradicted');
  });
});
