// Round 38, errors by volume. Classes of missed core errors taken over all labelled sets (held-out 13-36), each read
// broadly: (1) NATO's name spelt out with a wrong word (alliance-name.ts); (2) a step of the alliance's history told with
// a weekday that names another day than the record's, whose confirmation is withdrawn (record-weekday.ts); (3) a
// country's or body's qualifier written with spaced initials ("U. S.", "U. K.", "U. N.", "E. U.") or without its closing
// dot ("U.S"), read as its closed form (jurisdictions.json). Real quotes with their entry ids, variants of our own (other
// people, other days, other word orders), and the true or unsure sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

const flags = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(saidRed(text, asOf), text).not.toEqual([]);
};

describe("NATO's name spelt out with a wrong word", () => {
  it('flags North American for North Atlantic, trade for treaty', () => {
    flags([
      ['The North Atlantic Trade Organization.', '2017-02-17'], // held-out 32 ib004 (a quiz answer)
      ['the North American Treaty Organization ( NATO)', '2020-02-01'], // held-out 30 (stretch label)
      ['North American Treaty Organisation (NATO)', '2022-03-01'], // held-out 24 (stretch label)
      ['Pompeo reaffirmed the support of the North American Treaty Organization for Ukraine.', '2020-02-01'],
      ['NATO, or the North American Treaty Organisation, was founded in 1949.', '2022-05-01'],
      ['Finland applied to join the North Atlantic Trading Organisation in May 2022.', '2023-01-10'],
      ['the north american trade organization (NATO) said on Tuesday', '2024-07-09'],
    ]);
  });
  it('says nothing of the right name, of other bodies, or of the slip told as a slip', () => {
    expectNoRed([
      ['NATO (North Atlantic Treaty Organisation) is a European and North American defense alliance.', '2024-01-01'],
      ['The North Atlantic Treaty Organization (NATO) was founded in 1949.', '2024-01-01'],
      ['Under the North American Free Trade Agreement, trade between the three countries grew.', '2023-05-01'],
      ['Trump mistakenly called it the North American Treaty Organization.', '2019-12-03'],
      ['NATO is not the North American Treaty Organization, as some students write.', '2021-05-01'],
      ['The term "North American Treaty Organization" appears in some older textbooks.', '2023-05-01'],
      ['Canada is a North American member of the North Atlantic Treaty Organization.', '2023-05-01'],
    ]);
  });
});

describe('a step on record told with a weekday that names another day', () => {
  it('withdraws the confirmation of another day, and flags nothing, where the day may be another step’s or time zone’s', () => {
    for (const [text, asOf] of [
      // Held-out 32 fb012: on Tuesday 21 February 2023, "on Monday" is the 20th; the address was that Tuesday (arms control:
      // never flagged, the Duma's and the law's steps followed).
      ['Putin announced on Monday that Russia was suspending its participation in the New START', '2023-02-21'],
      // True: Estonia asked for consultations on Friday 19 September 2025; the Council met on the 23rd (the record's day).
      ['Estonia requested NATO Article 4 consultations on Friday.', '2025-09-25'],
      ['Estonia requested NATO Article 4 consultations on Saturday.', '2025-09-25'],
      ['Estonia requested NATO Article 4 consultations on Monday.', '2025-09-25'],
      // A day after: another time zone's.
      ['Poland invoked Article 4 on Thursday.', '2025-09-12'],
      // Days after the record: not confirmed (the Article 4 reader leaves them), not flagged.
      ['Estonia requested NATO Article 4 consultations on Thursday.', '2025-09-26'],
      ['Poland invoked Article 4 of the North Atlantic Treaty on Friday.', '2025-09-13'],
      // A confirm-only reader's milestone (Lavrov's announcement of Monday 18 October 2021) two days off: withdrawn only.
      ['Lavrov announced on Wednesday that Russia was suspending its mission to NATO.', '2021-10-22'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
  it('confirms the right weekday and leaves other weekdays alone', () => {
    for (const [text, asOf] of [
      ['Poland invoked Article 4 of the NATO treaty on Wednesday.', '2025-09-12'],
      ['Estonia requested NATO Article 4 consultations on Tuesday.', '2025-09-25'],
      ['Putin announced on Tuesday that Russia was suspending its participation in the New START treaty.', '2023-02-23'],
      ['Lavrov announced on Monday that Russia was suspending its mission to NATO.', '2021-10-20'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).not.toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
    expectNoRed([
      // The weekday is another verb's, or points forward, or is a week told by "last".
      ['Poland, which invoked Article 4 on Wednesday, said on Friday it would ask for more air defence.', '2025-09-13'],
      ['Poland will invoke Article 4 on Friday.', '2025-09-13'],
      ['Poland invoked Article 4 last Friday.', '2025-09-13'],
      // A written day after the weekday governs.
      ['Estonia requested NATO Article 4 consultations on Tuesday, September 23.', '2025-09-26'],
      // Long after the step: the weekday is not counted back to it.
      ['Estonia requested NATO Article 4 consultations on a Thursday.', '2026-01-10'],
      ['Estonia requested NATO Article 4 consultations on Thursday.', '2025-11-10'],
    ]);
  });
});

describe('a qualifier written with spaced initials', () => {
  it('reads "U. S." and "U.S" as "U.S.": the title it qualifies is judged whole', () => {
    flags([
      ['former U. S. President Donald Trump', '2025-02-20'], // held-out 26 fe007 (outdated: the sitting president)
      ['U. S. Defense Secretary Pete Hagel', '2025-03-01'], // a mashed name, no holder of the office
      ['U. S. Secretary of State Antony Blinken said on Friday', '2025-03-01'],
      ['the U. K. Prime Minister, Rishi Sunak, said', '2025-01-10'],
      // The closing dot left out: "U.S", "U.K".
      ['former U.S President Donald Trump said', '2025-02-20'],
      ['U.K Prime Minister Rishi Sunak said', '2025-01-10'],
    ]);
    for (const [text, asOf] of [
      ['U. S. President Joe Biden said', '2024-02-20'],
      ['former U. K. Prime Minister Boris Johnson said', '2023-03-01'],
      ['U. N. Secretary-General Antonio Guterres said', '2023-03-01'],
      ['E. U. foreign policy chief Josep Borrell said', '2024-03-01'],
      ['U.S President Joe Biden said', '2024-02-20'],
      ['former U.K Prime Minister Boris Johnson said', '2023-03-01'],
      ['U.S. President Joe Biden said', '2024-02-20'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).not.toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
  it('says nothing of initials that are a name', () => {
    expectNoRed([
      ['a biography of Ulysses S. Grant, U. S. Grant to his friends', '2024-03-01'],
      ['Gen. U. S. Grant led the Union armies', '2024-03-01'],
    ]);
  });
});
