// Round 42 (speed): title-described.ts reduceSpan reads each match of an office's phrase in one pass over its values (it was
// four passes, each with a closure), and looks at the words around a match (a destination's "to", a military "Command")
// only where the match is a qualifier that may be taken out. These pin each branch of that loop on the real sentences of
// earlier rounds: a qualifier taken out as the office's country, a person's name taken out for their offices' countries, a
// country kept as a post's destination, and a region kept as part of a command's name.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titles = (text: string, quote: string, asOf: string, person?: string) =>
  kindOn('title', text, quote, asOf)
    .filter((a) => !person || a.factIds[1] === person)
    .map((a) => `${a.verdict} ${a.factIds.join(' ')}`);

// Held-out 6 (k064), canadianbusinesstoday.com, 10 August 2025.
const k064 =
  'Among the attendees were Rustem Umerov, secretary of Ukraine’s National Security and Defence Council, and Andriy Yermak, head of President Zelensky’s office.';
// Held-out 6 (k016), pledgetimes.com (a rewritten agency copy), 16 June 2021.
const k016 = 'Ushakov explained that US ambassadors to Russia, John Sullivan, will take part in the talks.';

describe('an office told in words of its own, read in one pass over each match (title-described.ts reduceSpan)', () => {
  it('takes a qualifier out as the office’s country: confirmed in its time, contradicted before it', () => {
    const quote = 'Rustem Umerov, secretary of Ukraine’s National Security and Defence Council';
    expect(titles(k064, quote, '2025-08-10')).toEqual(['supported ukr-nsdc-secretary rustem-umerov']);
    // Umerov was defence minister in January 2024; the NSDC secretary was Danilov.
    expect(titles(k064, quote, '2024-01-10').map((t) => t.split(' ')[0])).toEqual(['contradicted']);
  });

  it('takes a person’s name out for the countries of the offices they hold that day', () => {
    const quote = 'Andriy Yermak, head of President Zelensky’s office';
    expect(titles(k064, quote, '2025-08-10', 'andriy-yermak').map((t) => t.split(' ')[0])).toEqual(['supported']);
    // Yermak left the office on 28 November 2025.
    expect(titles(k064, quote, '2026-03-01', 'andriy-yermak').map((t) => t.split(' ')[0])).toEqual(['outdated']);
  });

  it('keeps a country after "to" as the post’s destination, and never flags the plural slip', () => {
    expect(titles(k016, 'John Sullivan', '2021-06-16')).toEqual(['supported us-ambassador-to-russia john-j-sullivan']);
    expect(isRed(verdictsOn(k016, 'John Sullivan', '2024-06-16'))).toBe(false);
  });

  it('keeps a region before "Command" as part of the command’s name: the holder of the day is not flagged', () => {
    // titles-round31: the commander of US European Command by the body's full name (data wordings).
    const text = 'The head of U.S. European Command, Alexus Grynkewich, said.';
    expect(isRed(verdictsOn(text, 'Alexus Grynkewich', '2026-01-23'))).toBe(false);
    expect(verdictsOn(text, 'Alexus Grynkewich', '2026-01-23')).toContain('supported');
  });
});
