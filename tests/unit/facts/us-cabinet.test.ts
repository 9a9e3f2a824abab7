// US officials the press names around NATO and the war (src/facts/data/offices/us-cabinet.json),
// judged by the real engine on the title phrases of real articles, as of the articles' dates.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from '../engine/helpers';

describe('US cabinet and national-security officials', () => {
  it.each([
    ['Attorney General Pam Bondi said the department would appeal.', 'Pam Bondi', '2025-08-15'],
    ['White House chief of staff John Kelly told reporters.', 'John Kelly', '2018-07-20'],
    ['Joint Chiefs Chairman Dan Caine briefed reporters at the Pentagon.', 'Dan Caine', '2025-07-10'],
    // "John" for Jon Huntsman, as the article wrote it: the fuzzy matcher finds him among the holders.
    ['U.S. Ambassador to Russia John Huntsman met officials in Moscow.', 'John Huntsman', '2018-07-16'],
    ['It was the Secretary of Energy Rick Perry who pressed for the change.', 'Rick Perry', '2019-05-20'],
    ['U.S. Undersecretary of State Thomas Shannon met Russian Deputy Foreign Minister Sergei Ryabkov.', 'Thomas Shannon', '2017-05-10'],
    [
      'Undersecretary for Terrorism and Financial Intelligence David S. Cohen said the sanctions would bite.',
      'David S. Cohen',
      '2014-07-16',
    ],
    ['Director of National Intelligence Dan Coats warned of Russian meddling.', 'Dan Coats', '2019-06-01'],
    ['CIA Director John Ratcliffe spoke with his Ukrainian counterparts.', 'John Ratcliffe', '2025-03-10'],
    ['Deputy Secretary of State Wendy Sherman met Russian officials in Geneva.', 'Wendy Sherman', '2022-01-10'],
    ['Homeland Security Secretary Kristi Noem testified on Capitol Hill.', 'Kristi Noem', '2025-09-10'],
  ])('supports "%s" on the article date', (text, name, asOf) => {
    expect(verdictsOn(text, name, asOf)).toEqual(['supported']);
  });

  it('supports the early NATO signatories on the day of the treaty', () => {
    // AP photo caption of 4 April 1949.
    const caption = 'Secretary of State Dean Acheson signs the Atlantic defense treaty for the United States, April 4, 1949.';
    expect(verdictsOn(caption, 'Dean Acheson', '1949-04-04')).toEqual(['supported']);
    expect(verdictsOn('Vice President Alben W. Barkley looked on.', 'Alben W. Barkley', '1949-04-04')).toEqual(['supported']);
    expect(verdictsOn('President Harry Truman addressed the ceremony.', 'Harry Truman', '1949-04-04')).toEqual(['supported']);
  });

  it('flags an attorney general who had left office', () => {
    // Sessions resigned on 2018-11-07; William Barr held the office in June 2019.
    expect(verdictsOn('Attorney General Jeff Sessions recused himself from the inquiry.', 'Jeff Sessions', '2019-06-10')).toEqual([
      'outdated',
    ]);
    expect(verdictsOn('Attorney General Jeff Sessions recused himself from the inquiry.', 'Jeff Sessions', '2017-06-10')).toEqual([
      'supported',
    ]);
  });

  it('reads "Florida Attorney General Pam Bondi" as the state office, not the US one', () => {
    // Without the state office, Bondi's 2011-2019 title would read as the US office she took in 2025.
    const text = 'Florida Attorney General Pam Bondi joined the lawsuit.';
    expect(verdictsOn(text, 'Pam Bondi', '2016-05-01')).toEqual(['supported']);
    expect(isRed(verdictsOn('Former Florida Attorney General Pam Bondi was named on Thursday.', 'Pam Bondi', '2024-11-22'))).toBe(false);
  });

  it("never flags an acting holder or a chargé d'affaires recorded as weak", () => {
    // Whitaker was acting attorney general until 2019-02-14; Taylor was chargé in Kyiv, often called acting ambassador.
    expect(isRed(verdictsOn('Acting Attorney General Matthew Whitaker defended the move.', 'Matthew Whitaker', '2019-06-10'))).toBe(false);
    expect(isRed(verdictsOn('U.S. Ambassador to Ukraine Bill Taylor testified on Tuesday.', 'Bill Taylor', '2019-10-22'))).toBe(false);
  });

  it('withholds red flags after the day the office was last checked', () => {
    // The DNI list is confirmed to 2026-02-15 (Gabbard in office): a stale title is flagged before
    // that day, and only annotated after it, when an unseen change could have made it true again.
    const text = 'Director of National Intelligence Dan Coats spoke.';
    expect(verdictsOn(text, 'Dan Coats', '2026-01-10')).toEqual(['outdated']);
    expect(isRed(verdictsOn(text, 'Dan Coats', '2026-11-01'))).toBe(false);
  });
});
