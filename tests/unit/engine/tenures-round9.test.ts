// Tenures of the ninth round, from the seventh held-out set's misses: each form on its real sentence,
// on other real sentences of the same kind found by search (sources in comments), with the fact
// changed (flagged where the claim is certain) and with a look-alike true sentence that must not be
// flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const tenureVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('tenure', text, quote, asOf, dateCertain).map((a) => a.verdict);
const titleVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('title', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('a start told with "officially" or "formally" before the verb, and a day without its year (tenure.ts)', () => {
  // Held-out 7 (q044), 3 October 2024.
  const q044 = 'Long-time Dutch Prime Minister Mark Rutte officially took office as NATO Secretary General on 1 October.';

  it('confirms the real sentence and the family’s other phrasings', () => {
    expect(tenureVerdicts(q044, 'officially took office as NATO Secretary General on 1 October', '2024-10-03')).toEqual(['supported']);
    // babel.ua, 1 October 2024.
    const babel =
      'Former Prime Minister of the Netherlands Mark Rutte officially took over the post of Secretary General of NATO on October 1. He replaced Jens Stoltenberg in this position.';
    expect(tenureVerdicts(babel, 'officially took over the post of Secretary General of NATO on October 1', '2024-10-01')).toEqual([
      'supported',
    ]);
    // news.online.ua, 1 October 2024.
    const online =
      'Former Prime Minister of the Netherlands Mark Rutte officially assumed the post of Secretary General of NATO on October 1.';
    expect(tenureVerdicts(online, 'officially assumed the post of Secretary General of NATO on October 1', '2024-10-01')).toEqual([
      'supported',
    ]);
    // "Keir Starmer formally took office as UK prime minister" (tass.com, 5 July 2024), here with its month.
    const formally = 'Labour Party leader Keir Starmer formally took office as UK prime minister in July.';
    expect(tenureVerdicts(formally, 'formally took office as UK prime minister in July', '2024-07-10')).toEqual(['supported']);
  });

  it('contradicts a wrong day or month whatever year was meant, for a single tenure on record', () => {
    const wrongDay = q044.replace('1 October', '1 November');
    expect(tenureVerdicts(wrongDay, 'officially took office as NATO Secretary General on 1 November', '2024-11-03')).toEqual([
      'contradicted',
    ]);
    const wrongMonth = 'Mark Rutte formally took office as NATO Secretary General in September.';
    expect(tenureVerdicts(wrongMonth, 'formally took office as NATO Secretary General in September', '2024-10-03')).toEqual([
      'contradicted',
    ]);
    // The page's date a guess: not flagged.
    expect(isRed(verdictsOn(wrongDay, 'officially took office as NATO Secretary General on 1 November', '2024-11-03', false))).toBe(false);
  });

  it('leaves a day without its year alone when another tenure of the person may be meant', () => {
    // Trump's two terms both began on 20 January: the right day is confirmed, whichever term.
    const trump = 'Donald Trump formally took office as President of the United States on January 20.';
    expect(tenureVerdicts(trump, 'formally took office as President of the United States on January 20', '2025-02-01')).toEqual([
      'supported',
    ]);
    // A weekday is the article's week, no date of record: never flagged.
    const weekday = 'Former Dutch Prime Minister Mark Rutte officially assumed his role as NATO’s new secretary general on Tuesday.';
    expect(isRed(verdictsOn(weekday, 'officially assumed his role', '2024-10-01'))).toBe(false);
  });
});

describe('"the former president" as the object of a clause whose subject is another president (title-bare.ts)', () => {
  // Held-out 7 (q070), ieltstask.com, 22 November 2025: Trump had been back in office since 20 January.
  const q070 =
    'President Donald Trump has reemerged with a controversial 28-point proposal, reigniting his longstanding criticism of Ukrainian President Volodymyr Zelenskyy. Trump made his intentions clear during a Friday appearance in the Oval Office. Zelenskyy, who has not yet spoken with Trump since the plan was announced earlier in the week, said he anticipates a conversation with the former president soon.';

  it('flags the stale title: the subject cannot be the one he will converse with', () => {
    const [claim] = kindOn('title', q070, 'the former president', '2025-11-22');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toEqual(['us-president', 'donald-trump']);
  });

  it('confirms it between Trump’s terms, and says nothing certain when the sitting subject is the only one left', () => {
    expect(titleVerdicts(q070, 'the former president', '2023-11-22')).toEqual(['supported']);
    // Subject and object swapped: Zelenskyy, in his first term, is the one left; "the former" is
    // then more likely someone the page does not name, so it is not flagged.
    const swapped =
      'President Donald Trump has reemerged with a new proposal, criticising Ukrainian President Volodymyr Zelenskyy. Trump, who has not yet spoken with Zelenskyy since the plan was announced, said he anticipates a conversation with the former president soon.';
    expect(isRed(verdictsOn(swapped, 'the former president', '2025-11-22'))).toBe(false);
    // No other president named in the sentence: nothing is read as certain.
    const alone =
      'President Donald Trump has reemerged with a new proposal, criticising Ukrainian President Volodymyr Zelenskyy. Zelenskyy said he anticipates a conversation with the former president soon.';
    expect(isRed(verdictsOn(alone, 'the former president', '2025-11-22'))).toBe(false);
  });
});

describe('"X, who previously served as TITLE": a tenure said to be over (title-former.ts, title-split.ts)', () => {
  // Held-out 7 (q053), UNN, 22 May 2025.
  const q053 =
    'According to the publication, the Dutch Prime Minister’s comments followed Wednesday’s visit to meet with Rutte, who previously served as head of the Dutch government. Mark Rutte leads NATO.';

  it('confirms the real sentence and its phrasings with the office named in full', () => {
    const named = q053.replace('with Rutte,', 'with Mark Rutte,');
    expect(titleVerdicts(named, 'who previously served as head of the Dutch government', '2025-05-22')).toEqual(['supported']);
    const full = 'Dick Schoof met Mark Rutte, who previously served as prime minister of the Netherlands.';
    expect(titleVerdicts(full, 'who previously served as prime minister of the Netherlands', '2025-05-22')).toEqual(['supported']);
    // "he previously served as the 34th prime minister of Norway" (sentiment-insight.com), "Mr.
    // Stoltenberg was previously Prime Minister of Norway" (nato.int, 1 October 2014): told with a name.
    const once = 'Jens Stoltenberg, who once served as prime minister of Norway, spoke on Monday.';
    expect(titleVerdicts(once, 'who once served as prime minister of Norway', '2022-05-22')).toEqual(['supported']);
  });

  it('contradicts it of a sitting holder in their one tenure', () => {
    const sitting = 'Dick Schoof met Mark Rutte, who previously served as NATO Secretary General.';
    expect(titleVerdicts(sitting, 'who previously served as NATO Secretary General', '2025-05-22')).toEqual(['contradicted']);
    const pm = 'The Dutch leader met Dick Schoof, who previously served as prime minister of the Netherlands.';
    expect(titleVerdicts(pm, 'who previously served as prime minister of the Netherlands', '2025-05-22')).toEqual(['contradicted']);
  });

  it('does not flag a holder back in an office held before, nor "who was" (the time told of)', () => {
    const back = 'Donald Trump, who previously served as President of the United States, met Mark Rutte.';
    expect(isRed(verdictsOn(back, 'who previously served as President of the United States', '2025-05-22'))).toBe(false);
    const was = 'Dick Schoof met Mark Rutte, who was NATO Secretary General.';
    expect(isRed(verdictsOn(was, 'who was NATO Secretary General', '2025-05-22'))).toBe(false);
    // "head of government" is a loose word for a prime minister: it confirms, never flags.
    const loose = 'The Dutch leader met Dick Schoof, who previously served as head of the Dutch government.';
    expect(isRed(verdictsOn(loose, 'who previously served as head of the Dutch government', '2025-05-22'))).toBe(false);
  });
});
