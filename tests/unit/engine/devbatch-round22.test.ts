// The twenty-second round's development batch (real pages with genuine non-title errors): member counts after a sentence of
// the founding, enlargements counted and the latest told, a tenure told as spanning a dated event of the war, an accession
// told as done after the protocol's signing, an application's day without its year. Each red flag with true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const tenure = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('a count in the present right after a sentence of the founding (history-common.ts afterFoundingSentence)', () => {
  const page = (count: string) =>
    `NATO\n- HQ: Brussels, Belgium.\n- Origin: The alliance is based on the North Atlantic Treaty that was signed in 1949.\n- Member Countries: It consists of ${count} independent member countries. Three former Soviet states are members of NATO.\n- Partners: In 2018, Colombia became a partner across the globe.`;
  it('a stale count is judged as of the page, not of 1949', () => {
    expect(isRed(membership(page('29'), 'It consists of 29', '2022-07-05'))).toBe(true);
  });
  it('the right count is confirmed; the founders’ 12, a "then" or a year of its own are not flagged', () => {
    expect(membership(page('30'), 'It consists of 30', '2022-07-05')).toEqual(['supported']);
    expect(isRed(verdictsOn(page('12'), 'It consists of 12', '2022-07-05'))).toBe(false);
    const then = 'The alliance is based on the North Atlantic Treaty that was signed in 1949. It then consists of 29 member countries.';
    expect(isRed(verdictsOn(then, 'consists of 29', '2022-07-05'))).toBe(false);
    const told = 'The North Atlantic Treaty was signed in 1949. Fifty years on, in 1999, it consists of 19 member countries.';
    expect(isRed(verdictsOn(told, 'consists of 19', '2022-07-05'))).toBe(false);
  });
  it('a count dated right (a page of 2019 with 29) is no red flag', () => {
    expect(isRed(verdictsOn(page('29'), 'It consists of 29', '2019-07-05'))).toBe(false);
  });
});

describe('enlargements counted and the latest told (membership-rounds.ts)', () => {
  const da008 =
    "NATO's headquarters are located in Brussels, Belgium. Since its inception, NATO has expanded nine times and most recently, Finland became a member on April 4, 2023, exactly 74 years after its formation.";
  it('"has expanded nine times and most recently, Finland became a member" after Sweden joined', () => {
    expect(isRed(membership(da008, 'NATO has expanded nine times', '2024-04-04'))).toBe(true);
    expect(isRed(membership(da008, 'most recently, Finland', '2024-04-04'))).toBe(true);
  });
  it('true when written: the same sentence in June 2023, the right count in 2024', () => {
    expect(isRed(verdictsOn(da008, 'expanded nine times', '2023-06-04'))).toBe(false);
    expect(verdictsOn(da008, 'Finland became a member', '2023-06-04')).toContain('supported');
    const ten = 'NATO has expanded ten times since its founding, most recently when Sweden joined in March 2024.';
    expect(isRed(verdictsOn(ten, 'expanded ten times', '2024-06-04'))).toBe(false);
    expect(verdictsOn(ten, 'Sweden joined', '2024-06-04')).toContain('supported');
  });
  it('within days of the accession, past counts, other starts and higher counts are not flagged', () => {
    expect(isRed(verdictsOn(da008, 'expanded nine times', '2024-03-08'))).toBe(false);
    for (const t of [
      'By then NATO had expanded nine times.',
      'NATO has expanded five times since the end of the Cold War.',
      'The alliance has expanded eastward four times since 1999.',
      'NATO has expanded 11 times, counting German reunification.',
      'When the alliance numbered 30, NATO has expanded eight times, as officials said then.',
      'The EU has expanded seven times.',
    ])
      expect(isRed(verdictsOn(t, t.slice(0, 12), '2024-06-04'))).toBe(false);
  });
});

describe('a tenure told as spanning a dated event of the war (tenure-spanned.ts)', () => {
  const da012 =
    "Notably, Jens Stoltenberg served as NATO Secretary General from October 2014 to October 2024, a period marked by significant challenges. His tenure encompassed events such as Russia's annexation of Crimea, the rise and fall of ISIS, the withdrawal from Afghanistan, and the ongoing conflict in Ukraine.";
  it("Stoltenberg's tenure did not encompass the annexation of Crimea (March 2014)", () => {
    expect(tenure(da012, 'His tenure encompassed', '2025-02-04')).toEqual(['contradicted']);
    expect(
      tenure("Mark Rutte's tenure as NATO Secretary General saw Russia's full-scale invasion of Ukraine.", 'tenure as NATO', '2025-02-04'),
    ).toEqual(['contradicted']);
  });
  it('true look-alikes: the event in the tenure, the response or the war going on, another office, no one sure', () => {
    expect(
      tenure(
        da012
          .replace("Russia's annexation of Crimea, ", '')
          .replace('the ongoing conflict in Ukraine', "Russia's full-scale invasion of Ukraine"),
        'His tenure',
        '2025-02-04',
      ),
    ).toEqual(['supported']);
    expect(
      tenure(
        'Anders Fogh Rasmussen was NATO Secretary General from 2009 to 2014. His tenure included the annexation of Crimea.',
        'His tenure',
        '2025-02-04',
      ),
    ).toEqual(['supported']);
    for (const t of [
      "Jens Stoltenberg served as NATO Secretary General from 2014 to 2024. His tenure saw the response to Russia's annexation of Crimea.",
      "Jens Stoltenberg served as NATO Secretary General from 2014 to 2024. His tenure was shaped by the aftermath of Russia's annexation of Crimea.",
      "Jens Stoltenberg served as NATO Secretary General from 2014 to 2024. His tenure saw the sanctions after Russia's annexation of Crimea.",
      "Mark Rutte's tenure as NATO Secretary General saw Russia's full-scale invasion of Ukraine continue into its fourth year.",
      "Mark Rutte's tenure as Dutch Prime Minister saw Russia's annexation of Crimea.",
      "Jens Stoltenberg met Anders Fogh Rasmussen. His tenure encompassed Russia's annexation of Crimea.",
      "If Mark Rutte had led NATO earlier, his tenure would have seen Russia's annexation of Crimea.",
    ])
      expect(isRed(verdictsOn(t, t.slice(0, 20), '2025-02-04'))).toBe(false);
  });
});

describe('an accession told as done after the protocol was signed (accession-premature.ts, accession.ts)', () => {
  const da009 =
    'February 07, 2019\n\nMacedonia becomes 30th Member of NATO\n\nMacedonia today signed an accord to join NATO (North Atlantic Treaty Organization). With this Macedonia becomes the 30th member of the US-led alliance.';
  it('"With this Macedonia becomes the 30th member" the day after the protocol (joined March 2020)', () => {
    expect(membership(da009, 'With this Macedonia becomes', '2019-02-07')).toEqual(['contradicted']);
  });
  it('not on the day, not with "once", "set to", "will", nor before the protocol was signed', () => {
    expect(isRed(verdictsOn('North Macedonia becomes the 30th member of NATO.', 'North Macedonia becomes', '2020-03-27'))).toBe(false);
    for (const t of [
      'Once all allies ratify, Macedonia becomes the 30th member of NATO.',
      'Macedonia is set to become the 30th member of NATO.',
      'Macedonia will become the 30th member of NATO.',
      'When the parliaments ratify, Macedonia becomes the 30th member of NATO.',
    ])
      expect(isRed(verdictsOn(t, 'Macedonia', '2019-02-07'))).toBe(false);
    expect(isRed(verdictsOn('With the invitation, Macedonia becomes the 30th member of NATO.', 'Macedonia', '2018-07-12'))).toBe(false);
  });
});

describe('an application handed in on a day without its year (accession-steps.ts)', () => {
  it('"handed in their official letters of application ... on May 16" in June 2022 (18 May 2022)', () => {
    const da013 =
      'Finland and Sweden simultaneously handed in their official letters of application to join the North Atlantic Treaty Organization on May 16.';
    expect(membership(da013, 'handed in', '2022-06-29')).toEqual(['contradicted']);
  });
  it('the right day, a later year, the decision or the signing on another day, a plan: not flagged', () => {
    expect(membership('Finland and Sweden handed in their letters of application on May 18.', 'handed in', '2022-06-29')).toEqual([
      'supported',
    ]);
    expect(isRed(verdictsOn('Finland and Sweden handed in their letters of application on May 16.', 'handed in', '2023-06-29'))).toBe(
      false,
    );
    for (const t of [
      'Sweden decided to apply to join NATO on May 16.',
      'Sweden signed its application to join NATO on May 17.',
      "Sweden's government decided on May 16 to apply for NATO membership.",
    ])
      expect(isRed(verdictsOn(t, 'Sweden', '2022-06-29'))).toBe(false);
  });
});
