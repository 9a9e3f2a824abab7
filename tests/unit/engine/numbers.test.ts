// Numbers as the press writes them, read once for every detector (membership counts, ordinals,
// years of the war).
import { describe, expect, it } from 'vitest';
import { numberFrom } from '../../../src/engine/numbers';

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
  ])('reads %s as %d', (written, value) => expect(numberFrom(written)).toBe(value));

  it.each(['dozens', 'thirty-two-ish', 'twenty-zero', ''])('reads %j as no number', (written) => expect(numberFrom(written)).toBeNaN());
});
