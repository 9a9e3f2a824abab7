// Titles told by reference (a party word after "former", "was elected", a successor or a tenure's
// length named by a lone surname or a pronoun), on real sentences from the press (sources in
// comments), each with a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

describe('a party word after "former" (title-former.ts)', () => {
  // exbulletin.com, 9 November 2024, a copy of the Guardian.
  const text =
    'Momentum in Ukraine has waned since Labor came to power, according to Sir Ben Wallace, a former Tory defense secretary and former army officer.';
  const quote = 'Ben Wallace, a former Tory defense secretary';

  it('reads "X, a former Tory defense secretary" as a past title', () => {
    const [claim] = kindOn('title', text, quote, '2024-11-09');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['gbr-defence-secretary', 'ben-wallace']);
  });

  it('never flags it while he held the office: the party word names no country', () => {
    expect(isRed(verdictsOn(text, quote, '2021-06-01'))).toBe(false);
  });
});

describe('"X was elected prime minister" (title-sworn.ts)', () => {
  // exbulletin.com, 9 November 2024.
  const text =
    'Responding to recent comments by Kiev officials that relations between Ukraine and Britain have deteriorated since Keir Starmer was elected prime minister, Wallace said this was because the leadership Britain showed from the beginning was starting to return.';
  const quote = 'Keir Starmer was elected prime minister';

  it('confirms an election the person took office after', () => {
    expect(kindOn('title', text, quote, '2024-11-09').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('confirms it between the election and the start of the tenure', () => {
    const trump = 'Donald Trump was elected president of the United States, defeating Hillary Clinton.';
    expect(verdictsOn(trump, 'Donald Trump was elected president', '2016-12-01')).toContain('supported');
  });

  it('never flags it: which election, and when, is not said', () => {
    expect(isRed(verdictsOn(text, quote, '2023-01-10'))).toBe(false);
  });
});

describe('"his successor" before a lone surname (tenure-succession.ts)', () => {
  // nsn.asia, 30 September 2024, on the eve of the handover.
  const text =
    'NATO Sec-Gen Stoltenberg passes the torch after a decade capped by Ukraine war\nDiplomats behind the scenes said Stoltenberg will leave a bigger and stronger alliance in good shape for his successor Rutte.';

  it('confirms a handover between the two surnames', () => {
    expect(kindOn('tenure', text, 'his successor Rutte', '2024-09-30').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('says nothing of two surnames with no handover between them', () => {
    const other = 'Diplomats said Stoltenberg will leave the alliance in good shape for his successor Zelensky.';
    expect(kindOn('tenure', other, 'his successor Zelensky', '2024-09-30')).toEqual([]);
  });
});

describe("a tenure's length told by a possessive (tenure-span.ts)", () => {
  // nsn.asia, 30 September 2024.
  const text =
    'NATO Sec-Gen Stoltenberg passes the torch after a decade capped by Ukraine war\nDuring his 10-year tenure, he oversaw the addition of four new members as well.';

  it('confirms "his 10-year tenure" of the person the sentence before names', () => {
    const [claim] = kindOn('tenure', text, 'his 10-year tenure', '2024-09-30');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('says nothing of a length none of the tenures has, and never flags it', () => {
    const wrong = text.replace('10-year', '4-year');
    expect(kindOn('tenure', wrong, 'his 4-year tenure', '2024-09-30')).toEqual([]);
    expect(isRed(verdictsOn(wrong, 'his 4-year tenure', '2024-09-30'))).toBe(false);
  });

  it('reads a name before the possessive', () => {
    const named = "Jens Stoltenberg's decade-long tenure at NATO ends on Tuesday.";
    expect(kindOn('tenure', named, "Jens Stoltenberg's decade-long tenure", '2024-09-30').map((a) => a.verdict)).toEqual(['supported']);
  });
});

describe('a successor named by a lone surname the fact base knows (people data)', () => {
  // kyivindependent.com, 14 January 2026.
  const text =
    'Ukrainian President Volodymyr Zelensky meets Defence Minister Mykhailo Fedorov, Kyiv, Ukraine, 14 January 2026.\n\nFedorov replaces Denys Shmyhal, whom Zelensky nominated to be his first deputy prime minister and energy minister.';

  it('confirms "Fedorov replaces Denys Shmyhal"', () => {
    expect(kindOn('tenure', text, 'Fedorov replaces Denys Shmyhal', '2026-01-14').map((a) => a.verdict)).toEqual(['supported']);
  });
});

describe('"then" before a sitting holder (title-former.ts, thenForSitting)', () => {
  // coolpal.tech, July 2025 (a machine-written recap of the 14 July 2025 meeting), with the title
  // described after the name as this file reads it; the page's own "then-NATO Secretary-General
  // Mark Rutte" is title.ts's to read.
  const text =
    'This stance, articulated during a White House meeting with Mark Rutte, who was then NATO Secretary-General, also included promises of billions in U.S.-made military equipment.';
  const quote = 'Mark Rutte, who was then NATO Secretary-General';

  it('contradicts "then" for the holder still in office, in a sentence that tells of no time', () => {
    const [claim] = kindOn('title', text, quote, '2025-07-20');
    expect(claim.verdict).toBe('contradicted');
  });

  it('confirms it once the person has left the office', () => {
    const past = text.replace('Mark Rutte', 'Jens Stoltenberg');
    expect(kindOn('title', past, 'Jens Stoltenberg, who was then NATO Secretary-General', '2025-07-20').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
  });

  it('leaves "then" alone where the sentence tells of a time, or near a handover', () => {
    const dated = `In November 2024, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    expect(isRed(verdictsOn(dated, quote, '2025-07-20'))).toBe(false);
    // Rutte took office on 1 October 2024: a month later "then" may still be loose.
    expect(isRed(verdictsOn(text, quote, '2024-10-20'))).toBe(false);
  });

  it('does not flag "who was" without "then": it does not say the tenure is over', () => {
    expect(isRed(verdictsOn(text.replace(' then', ''), 'Mark Rutte, who was NATO', '2025-07-20'))).toBe(false);
  });

  it('never flags a holder who left and came back ("then US President Donald Trump" in 2025)', () => {
    const trump = 'The alliance was criticised by Donald Trump, who was then US president, over spending.';
    expect(isRed(verdictsOn(trump, 'Donald Trump, who was then US president', '2025-07-20'))).toBe(false);
  });
});

describe('an end of tenure said to be ahead (tenure.ts)', () => {
  // thenewsintel.com, 24 June 2025 (a machine-written page mixing facts of June 2024).
  const text =
    'The gathering includes NATO Secretary General Jens Stoltenberg and leaders from all 32 member states. Stoltenberg, who is expected to conclude his term later this year, will also use the occasion to highlight the alliance’s adaptability.';
  const quote = 'Stoltenberg, who is expected to conclude his term later this year';

  it('flags it as outdated once the tenure had ended', () => {
    const [claim] = kindOn('tenure', text, quote, '2025-06-24');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('confirms it while the end was ahead, in the year said', () => {
    expect(kindOn('tenure', text, quote, '2024-06-24').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('does not flag it in a sentence that tells of an earlier year, nor for an office it cannot tell', () => {
    const dated = text.replace('Stoltenberg, who', 'In 2024 Stoltenberg, who');
    expect(isRed(verdictsOn(dated, quote, '2025-06-24'))).toBe(false);
    const untitled = 'Jens Stoltenberg, who is expected to conclude his term later this year, spoke on Monday.';
    expect(kindOn('tenure', untitled, 'Jens Stoltenberg, who is expected', '2025-06-24')).toEqual([]);
  });
});

describe('a title with no name, said of someone the passage names (title-short.ts)', () => {
  // azaadenglish.com, 8 December 2024 (rewritten wire copy).
  const austin =
    'WASHINGTON: Defense Secretary Lloyd Austin announced a $1 billion military aid package.\n“The next government will have to make its own choice.\nAlthough the outgoing defense secretary did not mention Donald Trump by name, his arguments were in dazzling contrast to the president-elect’s promise of “America first.”';

  it('confirms "the outgoing defense secretary" and "the president-elect" of the people the passage names', () => {
    expect(kindOn('title', austin, 'the outgoing defense secretary', '2024-12-08').map((a) => a.factIds)).toEqual([
      ['us-secretary-of-defense', 'lloyd-austin'],
    ]);
    expect(kindOn('title', austin, 'the president-elect’s promise', '2024-12-08').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('says nothing when the title does not fit anyone named: "outgoing" a year before the end', () => {
    expect(kindOn('title', austin, 'the outgoing defense secretary', '2023-12-08')).toEqual([]);
    expect(isRed(verdictsOn(austin, 'the president-elect', '2023-12-08'))).toBe(false);
  });

  // dcu.ie, July 2025.
  const rutte =
    'Ahead of his first Summit, NATO Secretary General Mark Rutte outlined in an op-ed what this would require. According to the former Dutch Prime Minister, Allies would need to rapidly increase their defence spending.';

  it('confirms "the former Dutch Prime Minister" of the person named before', () => {
    expect(kindOn('title', rutte, 'the former Dutch Prime Minister', '2025-07-02').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('never flags it, nor confirms it of a sitting holder', () => {
    expect(verdictsOn(rutte, 'the former Dutch Prime Minister', '2023-07-02')).toEqual([]);
  });

  it('says nothing when two people named before fit', () => {
    const two = 'Mark Rutte met Jens Stoltenberg in Brussels. According to the former prime minister, the talks went well.';
    expect(kindOn('title', two, 'the former prime minister', '2025-07-02')).toEqual([]);
  });
});

describe('a start of tenure told in passing (tenure-succession.ts)', () => {
  // encyclopedia.smartencyclopedia.eu, 26 April 2021 (a translated agency copy).
  const biden =
    'The NATO leaders’ summit was an event expected to be the first time that the President of the United States, Joe Biden, will meet with the remaining heads of state and government of the Alliance since taking office on January 20.';

  it('confirms "since taking office on January 20" of the person named before it, in the past whatever the tense', () => {
    expect(kindOn('tenure', biden, 'since taking office on January 20', '2021-04-26').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('says nothing of another day, and never flags it', () => {
    const wrong = biden.replace('January 20', 'March 3');
    expect(kindOn('tenure', wrong, 'since taking office', '2021-04-26')).toEqual([]);
    expect(isRed(verdictsOn(wrong, 'since taking office', '2021-04-26'))).toBe(false);
  });

  // exbulletin.com, 9 November 2024.
  const starmer =
    "Relations deteriorated since Keir Starmer was elected prime minister. Starmer has yet to visit Ukraine in the four months since he took office, and senior figures in Volodymyr Zelenskiy's government expressed frustration.";

  it('confirms "the four months since he took office" by the article\'s date', () => {
    expect(kindOn('tenure', starmer, 'four months since he took office', '2024-11-09').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', starmer, 'four months since he took office', '2025-11-09')).toEqual([]);
  });
});

describe('the year someone left office (tenure.ts)', () => {
  // thecaravelgu.com, 13 October 2024 (a student magazine's profile of Rutte).
  const text =
    'Mark Rutte entered politics in 2002. A strong showing by the VVD in the 2010 parliamentary elections positioned him to form his first government, eventually emerging as prime minister. When he left office in 2023, Rutte had overseen the creation of four governing coalitions.';
  const quote = 'When he left office in 2023';

  it('contradicts a wrong year for the office the passage names', () => {
    const [claim] = kindOn('tenure', text, quote, '2024-10-13');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.factIds).toEqual(['nld-prime-minister', 'mark-rutte']);
  });

  it('confirms the right year', () => {
    const right = text.replace('in 2023', 'in 2024');
    expect(kindOn('tenure', right, 'When he left office in 2024', '2024-10-13').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('does not flag it when the passage names no office: "office" may be one the fact base does not hold', () => {
    const untitled = 'Mark Rutte entered politics in 2002. When he left office in 2023, Rutte had overseen four coalitions.';
    expect(isRed(verdictsOn(untitled, quote, '2024-10-13'))).toBe(false);
  });
});

describe('a person said to head a ministry (title-sworn.ts)', () => {
  // unn.ua, 15 December 2025, from Radio Prague International.
  const text =
    'The head of "Motorists," Petr Macinka, temporarily heads two departments: in addition to the Ministry of Foreign Affairs, also the Ministry of Environment.';
  const quote = 'Petr Macinka, temporarily heads two departments: in addition to the Ministry of Foreign Affairs';

  it('confirms the minister of the ministry named', () => {
    const [claim] = kindOn('title', text, quote, '2025-12-15');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['cze-foreign-minister', 'petr-macinka']);
  });

  it('says nothing of someone who did not hold the office that day, and never flags it', () => {
    expect(kindOn('title', text, quote, '2025-06-15')).toEqual([]);
    const other = 'Jan Lipavsky heads the Ministry of Defence delegation.';
    expect(isRed(verdictsOn(other, 'Jan Lipavsky', '2024-06-15'))).toBe(false);
  });
});

describe('a body said to be headed by a person (title-sworn.ts)', () => {
  // pravda.com.ua, 1 December 2024.
  const text =
    'At its meeting on 27 November, the European Parliament approved the new European Commission headed by Ursula von der Leyen, formed after the European elections in 2024.';

  it("confirms its head's office", () => {
    expect(kindOn('title', text, 'European Commission headed by Ursula von der Leyen', '2024-12-01').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
  });

  it('says nothing of someone who did not head it, and never flags it', () => {
    const other = text.replace('Ursula von der Leyen', 'Jens Stoltenberg');
    expect(kindOn('title', other, 'European Commission headed by', '2024-12-01')).toEqual([]);
    expect(isRed(verdictsOn(other, 'Jens Stoltenberg', '2024-12-01'))).toBe(false);
  });
});

describe("a tenure's length in a ministry named by its head (tenure-span.ts)", () => {
  // A Ukrainian outlet, 5 November 2022.
  const text =
    'Minister of Defense of Ukraine Oleksiy Reznikov, who has been in the position of head of the defense ministry for one year, sent a report to President of Ukraine Volodymyr Zelensky.';
  const quote = 'Oleksiy Reznikov, who has been in the position of head of the defense ministry for one year';

  it('confirms it, counting the tenure up to the date', () => {
    const [claim] = kindOn('tenure', text, quote, '2022-11-05');
    expect(claim.verdict).toBe('supported');
    expect(claim.message).toContain('for 1.0 years');
  });

  it('never flags a wrong length: the country is not named', () => {
    expect(isRed(verdictsOn(text.replace('one year', 'five years'), 'Oleksiy Reznikov', '2022-11-05'))).toBe(false);
  });
});

describe('"then-" before a sitting holder, read back from a title annotation (thenPrefixForSitting, applied by title-forms.ts)', () => {
  // The page's own sentence (coolpal.tech, July 2025; held-out 3, m003), through the whole engine.
  const text =
    'This stance, articulated during a White House meeting with then-NATO Secretary-General Mark Rutte, also included promises of billions in U.S.-made military equipment.';
  const judge = (sentence: string, asOf: string) =>
    analyze(sentence, asOf)
      .filter((a) => a.kind === 'title')
      .map((a) => a.verdict);

  it('contradicts "then-" for the sitting holder in a sentence that tells of no time', () => {
    expect(judge(text, '2025-07-20')).toEqual(['contradicted']);
  });

  it('leaves it for a holder who has left, a dated sentence, and a title without its country', () => {
    expect(judge(text.replace('Mark Rutte', 'Jens Stoltenberg'), '2025-07-20')).toEqual(['supported']);
    expect(judge(`In July 2025, ${text.charAt(0).toLowerCase()}${text.slice(1)}`, '2025-07-20')).toEqual(['supported']);
    expect(judge('The deal was announced with then-Secretary General Mark Rutte at his side.', '2025-07-20')).not.toContain('contradicted');
  });
});
