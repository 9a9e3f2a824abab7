// Round 28 precision probe of the round's changes: true look-alikes of the round's new red flags (sentences of the probe's
// own), each red flag on a true sentence mended in general form, with the error it was meant for still flagged; and wrong
// confirmations found by mutating the development sets' confirmed quotes.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes, supportedQuotes } from './helpers';

describe('an accession told as today: "today" and the accession in one clause, with no day of its own', () => {
  it('a later act today, the accession in another clause or told with its own day, is not flagged', () => {
    for (const text of [
      "Sweden's flag is raised today at NATO headquarters in Brussels after it became the 32nd member on Thursday.",
      'Today Sweden raises its flag in Brussels, as it became the 32nd member of NATO last week.',
      'Sweden joined NATO on Thursday and today its flag was raised in Brussels.',
      "Sweden's prime minister is in Brussels today, days after Sweden became NATO's 32nd member.",
    ])
      expect(redQuotes(text, '2024-03-11'), text).toEqual([]);
  });
  it('the accession itself told as today days later is still contradicted', () => {
    for (const text of [
      'Sweden today officially becomes the 32nd member of NATO.',
      "Sweden officially became NATO's 32nd member today.",
      'Today, Sweden officially joined NATO.',
    ])
      expect(redQuotes(text, '2024-03-11'), text).toHaveLength(1);
  });
});

describe('a red flag on words the sentence denies or reports as a belief (index.ts withholdDeniedRedFlags)', () => {
  it('is not raised', () => {
    for (const [text, asOf] of [
      ['It is not true that Finland joined NATO in 2022; it joined in 2023.', '2025-03-10'],
      ['It is a myth that West Germany joined NATO in 1954.', '2025-03-10'],
      ['Contrary to popular claims that Spain joined NATO in 1981, it joined in 1982.', '2025-03-10'],
      ['The minister wrongly said that Spain joined NATO in 1981.', '2025-03-10'],
      ['He denied that Finland joined NATO in 2022.', '2025-03-10'],
      ['It is false that Jens Stoltenberg is still NATO Secretary General.', '2025-06-10'],
    ] as const)
      expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('the same words asserted, affirmed or in another clause are still flagged', () => {
    for (const [text, asOf] of [
      ['Finland joined NATO in 2022.', '2025-03-10'],
      ['It is true that Finland joined NATO in 2022.', '2025-03-10'],
      ['It is not true that he resigned, and Finland joined NATO in 2022.', '2025-03-10'],
      ['NATO Secretary General Jens Stoltenberg said so.', '2025-06-10'],
    ] as const)
      expect(redQuotes(text, asOf), text).toHaveLength(1);
  });
});

describe('a title told as the one handed over ("predecessor as", "successor as", "predecessor,")', () => {
  it('is not flagged', () => {
    for (const [text, asOf] of [
      ["Kallas's predecessor as High Representative, Josep Borrell, spoke as well.", '2026-02-23'],
      ["Rutte's predecessor as NATO Secretary General, Jens Stoltenberg, is now Norway's finance minister.", '2025-06-10'],
      ["Merz's predecessor as German Chancellor, Olaf Scholz, said so.", '2025-06-10'],
      ["Rutte's predecessor, NATO Secretary General Jens Stoltenberg, said so.", '2025-06-10'],
    ] as const)
      expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('the title told of the present is still flagged', () => {
    expect(redQuotes('NATO Secretary General Jens Stoltenberg said so.', '2025-06-10')).toHaveLength(1);
    expect(redQuotes('German Chancellor Olaf Scholz said so.', '2025-06-10')).toHaveLength(1);
  });
});

describe('"former" before two titles joined by "and" after the name', () => {
  it('runs over the first only: the second is not read, the first stays the claim', () => {
    const text = 'Dmitry Medvedev, the former Russian president and deputy chairman of the Security Council, posted.';
    expect(redQuotes(text, '2025-06-10')).toEqual([]);
    expect(supportedQuotes(text, '2025-06-10')).toContain('Dmitry Medvedev, the former Russian president');
    expect(
      redQuotes('Antonio Tajani, the former European Parliament president and Italy’s Foreign Minister, spoke.', '2025-06-10'),
    ).toEqual([]);
  });
});

describe('a protocol "signed" by one ally (its ratification) is not the allies’ signing', () => {
  it('is not flagged', () => {
    for (const text of [
      "Erdogan signed Sweden's accession protocol on January 25, 2024, two days after parliament ratified it.",
      "President Biden signed the ratification of Finland's and Sweden's accession protocols on August 9, 2022.",
      "Turkey's parliament ratified Sweden's accession protocol, signed by allies in July 2022, on January 23, 2024.",
    ])
      expect(redQuotes(text, '2024-03-10'), text).toEqual([]);
  });
  it('the allies’ signing with a wrong day is still contradicted, the right day confirmed', () => {
    expect(redQuotes("Allies signed Sweden's accession protocol on July 6, 2023.", '2024-03-10')).toHaveLength(1);
    expect(supportedQuotes("Allies signed Sweden's accession protocol on July 5, 2022.", '2024-03-10')).toHaveLength(1);
  });
});

describe('an anniversary of the invasion counted to its own day is exact (war-anchors.ts)', () => {
  it('a count one short is no longer confirmed by the margin for a near day', () => {
    for (const text of [
      'February 24, 2024, marked the first anniversary of Russia’s invasion of Ukraine.',
      'The first anniversary of Russia’s invasion of Ukraine fell on February 24, 2024.',
    ])
      expect(
        analyze(text, '2024-02-26').filter((a) => a.verdict === 'supported' && /anniversary/.test(a.quote)),
        text,
      ).toEqual([]);
  });
  it('the right count stays confirmed, and near days keep their margin', () => {
    expect(supportedQuotes('February 24, 2024, marked the second anniversary of Russia’s invasion of Ukraine.', '2024-02-26')).toContain(
      'second anniversary of Russia’s invasion',
    );
    expect(supportedQuotes('February 24, 2023, marked the first anniversary of Russia’s invasion of Ukraine.', '2023-02-26')).toContain(
      'first anniversary of Russia’s invasion',
    );
    expect(supportedQuotes('Today marks the second anniversary of Russia’s invasion of Ukraine.', '2024-02-24')).toContain(
      'second anniversary of Russia’s invasion',
    );
    expect(redQuotes('Yesterday marked the third anniversary of Russia’s invasion of Ukraine.', '2025-02-25')).toEqual([]);
  });
});

describe('a sanctions package told as still to approve weeks after its adoption (sanction-packages.ts)', () => {
  const confirmed = (text: string, asOf: string) => supportedQuotes(text, asOf).filter((q) => /package/.test(q));
  it('is not confirmed', () => {
    expect(confirmed("Slovakia is ready to approve the EU's 17th sanctions package against Russia.", '2025-07-17')).toEqual([]);
    expect(confirmed('Hungary said it would approve the 16th sanctions package.', '2025-04-10')).toEqual([]);
    expect(confirmed('The EU is expected to adopt its 14th sanctions package next week.', '2024-09-10')).toEqual([]);
  });
  it('the package adopted, or still to come when told so, stays confirmed', () => {
    expect(confirmed('The EU adopted its 17th sanctions package on Tuesday.', '2025-05-21')).toHaveLength(1);
    expect(confirmed('Less than a month after the EU adopted its 18th sanctions package, talks began.', '2025-08-11')).toHaveLength(1);
    expect(confirmed("Slovakia is ready to approve the EU's 18th sanctions package against Russia.", '2025-07-17')).toHaveLength(1);
  });
});

describe('a holder’s number told with a day or "formally" before "as" (office-ordinal.ts), and not confirmed as a title', () => {
  it('a wrong number is contradicted, and the title around it is no longer confirmed', () => {
    for (const [text, asOf] of [
      ['Comedian Volodymyr Zelenskiy was sworn in Monday as the seventh president of Ukraine.', '2019-05-20'],
      ['Volodymyr Zelenskiy was sworn in as the fifth president of Ukraine.', '2019-05-20'],
      ['Alexus G. Grynkewich formally assumed command as NATO’s 22nd Supreme Allied Commander Europe (SACEUR) on July 4.', '2025-07-10'],
    ] as const) {
      expect(redQuotes(text, asOf), text).toHaveLength(1);
      expect(
        analyze(text, asOf).filter((a) => a.verdict === 'supported' && /president of Ukraine|Supreme Allied/.test(a.quote)),
        text,
      ).toEqual([]);
    }
  });
  it('the right number is confirmed; other commands and no number say nothing wrong', () => {
    for (const [text, asOf] of [
      ['Volodymyr Zelensky was sworn in Monday as the sixth president of Ukraine.', '2019-05-21'],
      ['Alexus G. Grynkewich formally assumed command as NATO’s 21st Supreme Allied Commander Europe (SACEUR) on July 4.', '2025-07-10'],
      ['General Christopher Cavoli assumed command as the 20th SACEUR on July 4.', '2022-07-06'],
      ['General Grynkewich took command as SACEUR from General Cavoli on July 1.', '2025-07-10'],
      ['Grynkewich assumed command as the 9th Air Force’s commander in 2019.', '2025-07-10'],
    ] as const)
      expect(redQuotes(text, asOf), text).toEqual([]);
  });
});

describe('a numbered round of talks told with another number (index.ts withholdRoundsAtOdds)', () => {
  const confirmed = (text: string, asOf: string) => supportedQuotes(text, asOf).filter((q) => /Istanbul/.test(q));
  it('is not confirmed', () => {
    for (const [text, asOf] of [
      ['Delegations from Ukraine and Russia convened in Istanbul, marking the second direct talks in over three years.', '2025-05-16'],
      ['Russian and Ukrainian delegations convened in Istanbul for a third round of peace talks.', '2025-06-02'],
      ['Negotiators met in Istanbul on Wednesday for the 2nd round of talks.', '2025-07-23'],
    ] as const)
      expect(confirmed(text, asOf), text).toEqual([]);
  });
  it('its own number, or a round told in another clause, stays confirmed', () => {
    for (const [text, asOf] of [
      ['Delegations from Ukraine and Russia convened in Istanbul, marking the first direct talks in over three years.', '2025-05-16'],
      ['Russian and Ukrainian delegations convened in Istanbul for a second round of peace talks.', '2025-06-02'],
      ['Russian and Ukrainian delegations met in Istanbul on Monday, two weeks after the first round.', '2025-06-02'],
    ] as const)
      expect(confirmed(text, asOf), text).toHaveLength(1);
  });
});
