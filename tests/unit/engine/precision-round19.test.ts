// Red flags on true sentences seen in the nineteenth round's first scoring of held-out 18 (only the lines of its false
// alarms were printed; see tests/fixtures/real/README.md). The sentences below are written in the same forms, not copied
// from that blind set, and each comes with the wrong version that must stay flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('"NAME1, TITLE, NAME2": a title between two names (title.ts)', () => {
  const text =
    'Trump said he would meet Volodymyr Zelenskyy next week. He also spoke by phone with Zelenskyy, NATO Secretary-General, Mark Rutte, and other European leaders.';

  it('gives the title to the second name when only the second ever held it', () => {
    expect(isRed(verdictsOn(text, 'Zelenskyy, NATO Secretary-General', '2025-08-16'))).toBe(false);
    expect(verdictsOn(text, 'NATO Secretary-General, Mark Rutte', '2025-08-16')).toContain('supported');
  });

  it('still gives it to the first name when the first held it', () => {
    const kallas = 'He met Kaja Kallas, EU High Representative, Marta Kos and others in Brussels.';
    expect(verdictsOn(kallas, 'Kaja Kallas, EU High Representative', '2025-03-01')).toContain('supported');
    const rutte = 'He met Rutte, NATO Secretary-General, Zelenskyy and others.';
    expect(verdictsOn(rutte, 'Rutte, NATO Secretary-General', '2025-03-01')).toContain('supported');
  });

  it('still flags a title in apposition after a name that never held it, when no name follows', () => {
    const wrong = 'Trump said he would meet Volodymyr Zelenskyy. He met Zelenskyy, NATO Secretary-General, in Kyiv.';
    expect(verdictsOn(wrong, 'Zelenskyy, NATO Secretary-General', '2025-08-16')).toContain('contradicted');
  });
});

describe('a non-member after a preposition, before "all NATO members" (membership-nonmembers.ts)', () => {
  it('reads "intervention in Ukraine, all NATO members pledged" as the pledge of the members, not of Ukraine', () => {
    const text = 'In 2014, following Russia’s military intervention in Ukraine, all NATO members pledged to meet the 2% target by 2024.';
    expect(isRed(verdictsOn(text, 'Ukraine, all NATO members', '2019-12-04'))).toBe(false);
    const war = 'After the war in Georgia, all NATO members agreed to review their plans.';
    expect(isRed(verdictsOn(war, 'Georgia, all NATO members', '2019-12-04'))).toBe(false);
  });

  it('still flags non-members said to be members', () => {
    expect(
      verdictsOn('Ukraine and Georgia, both NATO members, took part.', 'Ukraine and Georgia, both NATO members', '2021-10-01'),
    ).toContain('contradicted');
    expect(verdictsOn('Georgia and Ukraine are members of NATO.', 'Georgia and Ukraine are members of NATO', '2021-10-01')).toContain(
      'contradicted',
    );
  });
});

describe('who a named person is, when the fact base splits one term in two (holders.ts)', () => {
  it('gives the start of the whole term, not of its last part', () => {
    // Keir Starmer's premiership is verified to the day he announced his resignation and weak after it (caretaker).
    const who = analyze('Keir Starmer spoke in London.', '2026-06-23').find((a) => a.kind === 'mention');
    expect(who?.message).toContain('Prime Minister of the United Kingdom (since July 5, 2024)');
    expect(who?.message).not.toContain('since June 22, 2026');
  });
});

describe('a day or a month told with its year, a month or more before the page (narrated-time.ts)', () => {
  it("judges the title as of the month the sentence tells of, not the article's day", () => {
    // Lammy left the Foreign Office on 5 September 2025.
    for (const text of [
      'British Foreign Secretary David Lammy met Rubio in May 2025.',
      'In May 2025, British Foreign Secretary David Lammy met Rubio.',
      'British Foreign Secretary David Lammy met Marco Rubio in Washington in August 2025.',
    ])
      expect(isRed(verdictsOn(text, 'British Foreign Secretary David Lammy', '2025-10-20'))).toBe(false);
  });

  it('still flags the stale title when the day told is recent, and never confirms one wrong then too', () => {
    expect(verdictsOn('British Foreign Secretary David Lammy met Rubio on October 15, 2025.', 'David Lammy', '2025-10-20')).toContain(
      'outdated',
    );
    // Wrong in May too, never turned into a confirmation. Round 23 (narrated-time.ts staleAtTheOneTimeTold): he had left
    // the office before the one time the sentence tells of (November 2023), so the title is stale from both days: flagged.
    expect(verdictsOn('In May 2025, British Foreign Secretary James Cleverly met Rubio.', 'James Cleverly', '2025-10-20')).toEqual([
      'outdated',
    ]);
  });
});

describe('a day or a month without its year opening the sentence, a month or more before the page (narrated-time.ts)', () => {
  it('judges the title as of that time', () => {
    // Svyrydenko was economy minister until 17 July 2025, then prime minister.
    const text = 'In April, Ukrainian Economy Minister Yulia Svyrydenko signed the deal.';
    expect(isRed(verdictsOn(text, 'Yulia Svyrydenko', '2025-09-20'))).toBe(false);
    expect(isRed(verdictsOn(text.replace('In April', 'On April 30'), 'Yulia Svyrydenko', '2025-09-20'))).toBe(false);
  });

  it('still flags the stale title in the present, or with a recent day', () => {
    expect(verdictsOn('Ukrainian Economy Minister Yulia Svyrydenko says the deal holds.', 'Yulia Svyrydenko', '2025-09-20')).toContain(
      'outdated',
    );
    expect(
      verdictsOn('On Monday, Ukrainian Economy Minister Yulia Svyrydenko signed the deal.', 'Yulia Svyrydenko', '2025-09-20'),
    ).toContain('outdated');
  });
});
