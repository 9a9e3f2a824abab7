import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('title + name claims', () => {
  it('judges the NATO Secretary General as of the date', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg met allies.';
    expect(verdictsOn(text, 'Jens Stoltenberg', '2023-05-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'Jens Stoltenberg', '2025-05-01')).toEqual(['outdated']);
    expect(verdictsOn('NATO Secretary General Mark Rutte spoke.', 'Mark Rutte', '2025-10-22')).toEqual(['supported']);
  });

  it('does not flag a title whose holder left office more than ten years before the article', () => {
    // An AP archive caption, republished on the treaty's 75th anniversary: told of 1949.
    const caption = 'Secretary of State Dean Acheson signs the Atlantic defense treaty for the United States.';
    expect(isRed(verdictsOn(caption, 'Secretary of State Dean Acheson', '2024-04-04'))).toBe(false);
    // A title a few years stale is still the error readers need to see.
    const stale = 'German Chancellor Angela Merkel said on Monday that Europe must do more.';
    expect(verdictsOn(stale, 'German Chancellor Angela Merkel', '2024-03-12')).toEqual(['outdated']);
  });

  it('flags "former" for the sitting president and accepts it for a past one', () => {
    const text = 'He met former U.S. President Donald Trump in Florida.';
    expect(verdictsOn(text, 'Donald Trump', '2022-06-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'Donald Trump', '2025-10-21')).toEqual(['contradicted']);
  });

  it('does not flag "then-Secretary General" in a later article', () => {
    const text = 'In 2019, then-Secretary General Jens Stoltenberg warned allies.';
    expect(isRed(verdictsOn(text, 'Stoltenberg', '2025-06-01'))).toBe(false);
    expect(verdictsOn(text, 'Stoltenberg', '2025-06-01')).toContain('supported');
  });

  it('accepts President-elect between election and inauguration, and does not flag it after', () => {
    const text = 'President-elect Donald Trump named his cabinet.';
    expect(verdictsOn(text, 'Donald Trump', '2024-11-20')).toEqual(['supported']);
    // True of the time a passage may tell of without saying so: context, not a red flag.
    expect(verdictsOn(text, 'Donald Trump', '2025-06-01')).toEqual(['context']);
  });

  it('knows Rutte as Dutch Prime Minister in 2019', () => {
    expect(verdictsOn('Dutch Prime Minister Mark Rutte said on Tuesday.', 'Mark Rutte', '2019-03-05')).toEqual(['supported']);
    expect(verdictsOn('Dutch Prime Minister Mark Rutte said on Tuesday.', 'Mark Rutte', '2025-03-05')).toEqual(['outdated']);
  });

  it('contradicts a title the person never held, when the office is known', () => {
    expect(verdictsOn('Russian President Sergey Lavrov arrived.', 'Sergey Lavrov', '2025-10-22')).toEqual(['contradicted']);
  });

  it('stays quiet on a bare title of an unknown country', () => {
    // "President" alone could be of any country: Lavrov was never a president we know of.
    expect(isRed(verdictsOn('President Sergey Lavrov arrived.', 'Sergey Lavrov', '2025-10-22'))).toBe(false);
  });

  it('treats "President" for a former US president as a courtesy title', () => {
    expect(isRed(verdictsOn('President Joe Biden spoke in Delaware.', 'Joe Biden', '2025-06-01'))).toBe(false);
    expect(verdictsOn('U.S. President Joe Biden spoke in Delaware.', 'Joe Biden', '2025-06-01')).toEqual(['outdated']);
  });

  it('does not take Camilla Stoltenberg for Jens', () => {
    const text = 'Jens Stoltenberg left. Camilla Stoltenberg, head of the institute, spoke. Secretary General Camilla Stoltenberg?';
    const anns = analyze(text, '2025-06-01');
    const camilla = text.indexOf('Camilla Stoltenberg');
    expect(anns.filter((a) => a.start >= camilla && a.start < camilla + 40)).toEqual([]);
  });

  it('reads a misspelt name after a title even when a known person is named later in the sentence', () => {
    // The issue's own example of a slip ("Secretary-General Mark Rutt"), with a second, known name
    // further on: that name once made the misspelt one go unread.
    const text = 'NATO Secretary-General Mark Rutt said on Monday that he had spoken with Josep Borrell about Ukraine.';
    const anns = analyze(text, '2025-06-01');
    expect(anns.map((a) => [a.quote, a.verdict])).toContainEqual(['NATO Secretary-General Mark Rutt', 'supported']);
  });

  it('reads misspelt names after a title', () => {
    const anns = analyze('NATO Secretary General Jans Stoltenberg visited Kyiv.', '2025-06-01');
    expect(anns.map((a) => [a.quote, a.verdict])).toContainEqual(['NATO Secretary General Jans Stoltenberg', 'outdated']);
    const putin = analyze('Russian President Valdimir Putin spoke.', '2025-06-01');
    expect(putin.some((a) => a.factIds.includes('vladimir-putin') && a.verdict === 'supported')).toBe(true);
  });

  it('never fuzzes a lone short word', () => {
    expect(analyze('President Putt spoke.', '2025-06-01')).toEqual([]);
  });

  it('withholds date-dependent red flags when the date is a guess', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg met allies.';
    expect(verdictsOn(text, 'Jens Stoltenberg', '2025-05-01', false)).toEqual(['context']);
  });

  it('does not flag at a handover', () => {
    expect(isRed(verdictsOn('NATO Secretary General Jens Stoltenberg said goodbye.', 'Jens Stoltenberg', '2024-10-02'))).toBe(false);
  });

  it('ignores deputy and vice titles', () => {
    expect(analyze('Deputy Prime Minister Viktor Orban spoke.', '2025-01-01').filter((a) => a.kind === 'title')).toEqual([]);
  });

  it('handles Orban after the 2026 change', () => {
    expect(verdictsOn("Hungary's Prime Minister Viktor Orban spoke.", 'Viktor Orban', '2025-10-22')).toEqual(['supported']);
    expect(verdictsOn("Hungary's Prime Minister Viktor Orban spoke.", 'Viktor Orban', '2026-07-01')).toEqual(['outdated']);
  });

  it('gives a context annotation to a name without a title', () => {
    const [a] = analyze('Jens Stoltenberg spoke in Oslo.', '2025-06-01');
    expect(a.verdict).toBe('context');
    // In 2025 he is Norway's finance minister (from 4 February): the note says who he is that day.
    expect(a.message).toMatch(/Minister of Finance of Norway \(since February 4, 2025\)/);
  });
});

describe('people with several tenures', () => {
  it('reads "former President Trump" between his terms as his first term', () => {
    const text = 'Former U.S. President Donald Trump, who is running again, spoke.';
    expect(verdictsOn(text, 'Donald Trump', '2023-07-11')).toEqual(['supported']);
    expect(verdictsOn('U.S. President Donald Trump spoke.', 'Donald Trump', '2023-07-11')).toEqual(['outdated']);
    expect(verdictsOn('U.S. President-elect Donald Trump spoke.', 'Donald Trump', '2024-12-01')).toEqual(['supported']);
  });
});

describe('titles of other organisations', () => {
  it('contradicts "UN Secretary-General Mark Rutte" and supports Guterres', () => {
    expect(verdictsOn('UN Secretary-General Mark Rutte praised the move.', 'Mark Rutte', '2025-11-20')).toEqual(['contradicted']);
    expect(verdictsOn('UN Secretary-General António Guterres praised the move.', 'Guterres', '2025-11-20')).toEqual(['supported']);
  });

  it('says nothing about a title of an organisation it does not know', () => {
    expect(isRed(verdictsOn('OSCE Secretary General Jens Stoltenberg spoke.', 'Jens Stoltenberg', '2025-11-20'))).toBe(false);
  });
});

describe('titles in apposition', () => {
  it('reads "Name, the title," after the name', () => {
    expect(verdictsOn('Dmitry Peskov, the Kremlin spokesman, said talks were possible.', 'Dmitry Peskov', '2025-10-22')).toEqual([
      'supported',
    ]);
    expect(verdictsOn("Jens Stoltenberg, NATO's secretary general, spoke.", 'Jens Stoltenberg', '2025-10-22')).toEqual(['outdated']);
    expect(verdictsOn("Jens Stoltenberg, NATO's former secretary general, spoke.", 'Jens Stoltenberg', '2025-10-22')).toEqual([
      'supported',
    ]);
  });

  it('makes no claim when the title goes on ("the prime minister of ...")', () => {
    expect(verdictsOn('Mark Rutte, the prime minister of the Netherlands in 2015, spoke.', 'Mark Rutte', '2025-10-22')).toEqual([
      'context',
    ]);
  });
});

describe('jurisdictions the fact base does not know', () => {
  // India's and Brazil's heads of state are on record since the fourteenth round (officials-round14b.test.ts).
  it('makes no claim for "Pakistan\'s President" or "Pakistani President"', () => {
    expect(verdictsOn("Pakistan's President Volodymyr Zelensky spoke.", 'Volodymyr Zelensky', '2025-10-22')).toEqual(['context']);
    expect(verdictsOn('Pakistani President Vladimir Putin spoke.', 'Vladimir Putin', '2025-10-22')).toEqual(['context']);
    expect(verdictsOn('But President Vladimir Putin spoke.', 'Vladimir Putin', '2025-10-22')).toEqual(['supported']);
  });
});

describe('titles of a post being left', () => {
  it('does not call a title outdated when the sentence says the person left the post', () => {
    const text =
      'Ukrainian President Volodymyr Zelenskyy spoke. Zelenskyy’s chief of staff, Andriy Yermak, resigned last month amid an investigation.';
    expect(isRed(verdictsOn(text, 'Andriy Yermak', '2025-12-15'))).toBe(false);
    expect(verdictsOn('NATO Secretary General Jens Stoltenberg visited Kyiv.', 'Jens Stoltenberg', '2025-12-15')).toEqual(['outdated']);
  });

  it('never flags a loose word for an office ("leader") before its tenure: a party\'s head is called that too', () => {
    // AP via the Star Tribune, 30 January 2026, three weeks before Jetten became prime minister.
    const text = 'Centrist D66 leader Rob Jetten emphasized the need for a broad coalition.';
    expect(isRed(analyze(text, '2026-01-30').map((a) => a.verdict))).toBe(false);
    // The office's own title still is: he was not yet prime minister.
    expect(verdictsOn('Dutch Prime Minister Rob Jetten spoke.', 'Dutch Prime Minister Rob Jetten', '2026-01-30')).toEqual(['contradicted']);
  });

  it('"the new president X" days before X takes office is supported; the bare title is not', () => {
    // pledgetimes.com, 27 February 2024: Sulyok was elected on the 26th and took office on 5 March.
    const text =
      "According to DN's sources, it may take until March 5 to sign the parliament's decision. The reason is that the new president Tamás Sulyok took office only then.";
    expect(verdictsOn(text, 'president Tamás Sulyok', '2024-02-27')).toEqual(['supported']);
    expect(verdictsOn('Hungarian President Tamás Sulyok signed the law.', 'Hungarian President Tamás Sulyok', '2024-02-27')).toEqual([
      'contradicted',
    ]);
    // Months before taking office, "new" is no excuse.
    expect(verdictsOn('The new president Tamás Sulyok signed the law.', 'president Tamás Sulyok', '2023-10-02')).toEqual(['contradicted']);
  });
});
