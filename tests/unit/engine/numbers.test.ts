// Numbers as the press writes them, read once for every detector (membership counts, ordinals,
// years of the war).
import { describe, expect, it } from 'vitest';
import { numberFrom, ordinalText } from '../../../src/engine/numbers';

describe('numberFrom', () => {
  it.each([
    ['32', 32],
    ['Thirty-two', 32],
    ['thirty two', 32],
    ['twenty', 20],
    ['twelve', 12],
    ['nineteen', 19],
    ['3rd', 3],
    ['third', 3],
    ['Twelfth', 12],
    ['thirteenth', 13],
    ['twentieth', 20],
    ['seventy-fifth', 75],
    ['thirty-second', 32],
    ['Thirtieth', 30],
    ['21st', 21],
  ])('reads %s as %d', (written, value) => expect(numberFrom(written)).toBe(value));

  it.each(['dozens', 'thirty-two-ish', 'twenty-zero', ''])('reads %j as no number', (written) => expect(numberFrom(written)).toBeNaN());

  it.each([
    [1, '1st'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [22, '22nd'],
    [32, '32nd'],
    [111, '111th'],
  ])('writes %d as %s', (n, text) => expect(ordinalText(n)).toBe(text));
});
