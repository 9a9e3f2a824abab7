// Round 23's systematic fact probe: plain sentences generated from every record of the fact base, true and certainly
// wrong. (1) "X joined NATO in YEAR as its Nth member": the place in line is a claim of its own beside the accession's
// time (accession.ts, JOINED_AS_RE); a wrong one was confirmed by the year. (2) "When X joined NATO in YEAR, the alliance
// grew to N members": the count is the step of X's accession (member-count-forms.ts accessionBefore); another step's
// count was confirmed. (3) A package number told with a day written out far from its steps is not confirmed as agreed
// days before its adoption (sanction-packages.ts). (4) "After/Since joining NATO in YEAR, X ..." (accession-participle.ts).
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes, supportedQuotes } from './helpers';

const RED = ['contradicted', 'outdated'];
const verdictsOf = (text: string, asOf: string, kind: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === kind)
    .map((a) => a.verdict);

describe('"joined NATO in YEAR as its Nth member" (accession.ts)', () => {
  it('flags a wrong place in line told with the accession time', () => {
    expect(redQuotes('Finland joined NATO in 2023 as its 32nd member.', '2025-03-01')).toEqual(['as its 32nd member']);
    expect(redQuotes('Spain joined NATO in 1982 as its 17th member.', '2025-03-01')).toEqual(['as its 17th member']);
    expect(redQuotes('Finland joined the alliance on 4 April 2023, as the 30th member.', '2025-03-01')).toEqual(['as the 30th member']);
  });
  it('confirms the right place and leaves true look-alikes alone', () => {
    for (const [text, quote] of [
      ['Finland joined NATO in 2023 as its 31st member.', 'as its 31st member'],
      ['North Macedonia joined NATO in 2020 as its 30th member.', 'as its 30th member'],
      ['Croatia joined NATO in 2009 as its 27th member.', 'as its 27th member'],
    ]) {
      expect(redQuotes(text, '2025-03-01')).toEqual([]);
      expect(supportedQuotes(text, '2025-03-01')).toContain(quote);
    }
    for (const text of [
      'Sweden joined NATO in 2024 as its 32nd member, a year after Finland joined as the 31st member.',
      'Finland joined NATO in 2023 as its 31st member, and Sweden joined as the 32nd member in 2024.',
      // A place among some members, not in the alliance's line.
      'Finland joined NATO as the 16th member after the end of the Cold War.',
      'Albania joined NATO in 2009 as the 12th member from the former Eastern bloc.',
    ])
      expect(redQuotes(text, '2025-03-01')).toEqual([]);
    expect(supportedQuotes('Finland joined NATO as the 16th member after the end of the Cold War.', '2025-03-01')).not.toContain(
      'as the 16th member',
    );
  });
});

describe('"When X joined NATO in YEAR, the alliance grew to N members" (member-count-forms.ts)', () => {
  it('holds the count to the step of the accession told in the leading clause', () => {
    expect(redQuotes('When Greece joined NATO in 1952, the alliance grew to 16 members.', '2025-03-01')).toEqual(['grew to 16 members']);
    expect(redQuotes('When Finland joined NATO in April 2023, the alliance grew to 32 members.', '2025-03-01')).toEqual([
      'grew to 32 members',
    ]);
    expect(redQuotes('When Sweden joined NATO on 7 March 2024, the alliance expanded to 31 members.', '2025-03-01')).toEqual([
      'expanded to 31 members',
    ]);
    expect(supportedQuotes('When Greece joined NATO in 1952, the alliance grew to 16 members.', '2025-03-01')).not.toContain(
      'grew to 16 members',
    );
  });
  it('confirms the right count and leaves other times alone', () => {
    for (const text of [
      'When Greece joined NATO in 1952, the alliance grew to 14 members.',
      'When Finland joined NATO, the alliance grew to 31 members.',
      'With Finland’s accession, NATO grew to 31 members.',
      'When Sweden joined NATO in 2024, the alliance grew to 32 members.',
    ]) {
      expect(redQuotes(text, '2025-03-01')).toEqual([]);
      expect(supportedQuotes(text, '2025-03-01').some((q) => q.startsWith('grew to'))).toBe(true);
    }
    for (const text of [
      // A sequence, or another time after the count: the growth may be a later one.
      'After Finland joined NATO in 2023, the alliance grew to 32 members.',
      'When Finland joined NATO in 2023, the alliance grew to 32 members a year later.',
      'When Finland joined NATO in 2023, the alliance grew to 32 members when Sweden joined in 2024.',
      'When Finland joined NATO in 2023, the alliance grew to 32 members with Sweden.',
      'When Finland and Sweden joined NATO, the alliance grew to 32 members.',
      'When Finland joined NATO in 2023, it then grew to 32 members by 2024.',
    ])
      expect(redQuotes(text, '2025-03-01')).toEqual([]);
  });
});

describe('a package number with a day written far from its steps (sanction-packages.ts)', () => {
  it('is no longer confirmed as an agreement days before the adoption', () => {
    const text = 'On December 18, 2023, EU member states approved the 13th sanctions package against Russia.';
    expect(supportedQuotes(text, '2024-02-16')).not.toContain('13th sanctions package');
  });
  it('keeps the agreement days before the adoption and another package’s day in the sentence', () => {
    for (const text of [
      'On February 21, 2024, EU member states approved the 13th sanctions package against Russia.',
      'On Wednesday, EU member states approved the 13th sanctions package against Russia.',
      'EU member states approved the 13th sanctions package against Russia, a year after the tenth package of February 24, 2023.',
      // Another day told in the sentence, not the package's (heldout2 k057's form).
      'Close to the second anniversary of the February 24 2022 Russian full-scale invasion of Ukraine, ambassadors of EU states have adopted the 13th package of sanctions against Moscow.',
    ]) {
      expect(redQuotes(text, '2024-02-21')).toEqual([]);
      expect(supportedQuotes(text, '2024-02-21').some((q) => q.startsWith('13th'))).toBe(true);
    }
  });
});

describe('"After/Since joining NATO in YEAR, X ..." (accession-participle.ts)', () => {
  it('flags a wrong time of the accession told by the participle', () => {
    expect(redQuotes('After joining NATO in 2022, Finland modernised its armed forces.', '2025-03-01')).toEqual(['in 2022, Finland']);
    expect(redQuotes('Since joining the alliance in 2005, Estonia has hosted allied troops.', '2025-03-01')).toEqual(['in 2005, Estonia']);
    expect(redQuotes('Having joined NATO on 12 March 1998, Poland became a key ally.', '2025-03-01')).toEqual(['on 12 March 1998, Poland']);
    // Was confirmed as Sweden's accession (the year and the country after it).
    const other = 'After joining NATO in 2024, Finland sent troops to Sweden.';
    expect(redQuotes(other, '2025-03-01')).toEqual(['in 2024, Finland']);
    expect(supportedQuotes(other, '2025-03-01')).toEqual([]);
  });
  it('confirms the right time and leaves look-alikes alone', () => {
    for (const text of [
      'After joining NATO in 2023, Finland modernised its armed forces.',
      'Since joining NATO in 1999, Poland has been a key ally.',
      'After joining NATO in April 2023, Finland sent troops.',
      'On joining NATO in 2009, Albania pledged troops.',
    ]) {
      expect(redQuotes(text, '2025-03-01')).toEqual([]);
      expect(supportedQuotes(text, '2025-03-01').length).toBeGreaterThan(0);
    }
    for (const text of [
      // An owner or an adjective after the comma: who joined is in doubt.
      'After joining NATO in 2022, Finland’s president said the border was safe.',
      'After joining NATO in 2022, Finnish troops trained in Norway.',
      // Another club; a founder with another year (a founding told otherwise is another reader's).
      'After joining the EU in 2005, Poland grew fast.',
      'Since joining NATO in 1950, Norway has hosted exercises.',
      'If joining NATO in 2022 had been possible, Finland would have applied earlier.',
    ])
      expect(redQuotes(text, '2025-03-01')).toEqual([]);
    expect(verdictsOf('After joining NATO in 2023, Finland modernised its armed forces.', '2025-03-01', 'membership')).not.toContain(
      RED[0],
    );
  });
});
