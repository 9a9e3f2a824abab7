// Titles told by reference (a party word after "former", "was elected", a successor or a tenure's
// length named by a lone surname or a pronoun), on real sentences from the press (sources in
// comments), each with a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

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
