// NATO's membership in phrasings the third held-out set showed the engine missing
// (tests/fixtures/real/heldout3.jsonl): each on the real sentence, with a true sentence of the
// same shape that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('the count told as European members and the two North American ones', () => {
  // https://bigrafikir.com/threads/what-countries-are-in-nato-2024.21401 (June 2024)
  const text =
    'In 2024, NATO comprises 30 member countries spanning North America and Europe. These member states include the United States, Canada, and 28 European nations.';

  it('flags "the United States, Canada, and 28 European nations" as outdated in 2024 (30 European since Finland and Sweden)', () => {
    expect(membership(text, 'the United States, Canada, and 28 European nations', '2024-06-01')).toEqual(['outdated']);
  });

  it('supports it in 2021, and supports 30 European in 2024', () => {
    expect(membership(text, 'the United States, Canada, and 28 European nations', '2021-06-01')).toEqual(['supported']);
    const now = 'NATO has grown. Its member states include the United States, Canada, and 30 European nations.';
    expect(membership(now, 'the United States, Canada, and 30 European nations', '2024-06-01')).toEqual(['supported']);
  });

  it('supports "29 European and two North American" (canindia, July 2023)', () => {
    const canindia = 'NATO is an intergovernmental military alliance between 31 member states – 29 European and two North American.';
    expect(membership(canindia, '29 European and two North American', '2023-07-05')).toEqual(['supported']);
  });

  it('never flags parts that may be some of the allies, or another group', () => {
    const pledged = 'NATO allies: the United States, Canada and 20 European nations pledged troops to the new force.';
    expect(isRed(verdictsOn(pledged, '20 European nations', '2024-06-01'))).toBe(false);
    const outdatedButLoose = 'At the NATO summit, the United States, Canada and 28 European nations signed the declaration.';
    expect(isRed(verdictsOn(outdatedButLoose, '28 European nations', '2024-06-01'))).toBe(false);
    const coalition = 'The coalition of the United States, Canada and 20 European nations backs Ukraine; NATO welcomed it.';
    expect(verdictsOn(coalition, '20 European nations', '2024-06-01')).toEqual([]);
  });
});

describe('the count of founders', () => {
  it('flags "established in 1949 by 28 European countries and two North American countries" (hhooww.com, January 2024)', () => {
    // https://www.hhooww.com/what-is-nato/
    const text =
      'The North Atlantic Treaty Organization (NATO) was established in 1949 by 28 European countries and two North American countries.';
    expect(membership(text, '28 European countries and two North American countries', '2024-01-15')).toEqual(['contradicted']);
    const right = text.replace('28 European', '10 European');
    expect(membership(right, '10 European countries and two North American countries', '2024-01-15')).toEqual(['supported']);
  });

  it('flags "NATO was founded in 1949 by 30 countries"; not a count of today that follows the founding', () => {
    expect(membership('NATO was founded in 1949 by 30 countries.', 'by 30 countries', '2024-01-15')).toEqual(['contradicted']);
    const today = 'NATO, established in 1949, now brings together 30 European countries and two North American countries.';
    expect(membership(today, '30 European countries', '2024-06-01')).toEqual(['supported']);
    expect(verdictsOn('The EU was founded by 6 countries, unlike NATO.', '6 countries', '2024-06-01')).toEqual([]);
  });
});

describe('an accession with its place and day', () => {
  it('flags "Sweden formally entered as the 32nd member of NATO at the alliance’s headquarters in Brussels on March 11" (7 March, Washington)', () => {
    // https://thevedpost.com/sweden-formally-joins-nato-as-32nd-member (12 March 2024)
    const text =
      'Under a persistent rain, Sweden formally entered as the 32nd member of NATO at the alliance’s headquarters in Brussels on March 11.';
    expect(membership(text, 'Brussels on March 11', '2024-03-12')).toEqual(['contradicted']);
    // The year taken from an uncertain article date: no red flag.
    expect(isRed(membership(text, 'Brussels on March 11', '2024-03-12', false))).toBe(false);
  });

  it('supports the right day after a place, and says nothing of a later ceremony told apart', () => {
    const right = 'Sweden formally joined NATO at a ceremony in Washington on March 7, 2024.';
    expect(membership(right, 'on March 7, 2024', '2024-03-12')).toEqual(['supported']);
    const flag = 'Sweden formally joined NATO last week; its flag was raised at the alliance’s headquarters in Brussels on March 11.';
    expect(isRed(verdictsOn(flag, 'Brussels on March 11', '2024-03-12'))).toBe(false);
  });
});
