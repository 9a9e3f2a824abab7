// NATO's size in more phrasings (claims/member-count-forms.ts), on sentences from real pages;
// each form with the case it is supported, and where it can be one, the case it is a red flag.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const membership = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === 'membership');

describe('counts of the whole alliance', () => {
  it('supports "an alliance composed of thirty member countries", and says it is outdated once NATO has grown', () => {
    // mufcarena.com, early 2022
    const text =
      'Established in the Cold War, NATO is a transatlantic security alliance composed of thirty member countries, including the United States.';
    expect(verdictsOn(text, 'composed of thirty member countries', '2022-03-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'composed of thirty member countries', '2024-03-01')).toEqual(['outdated']);
  });

  it('supports "a military alliance that consists of 29 member states" in its time (shape.nato.int)', () => {
    const text =
      'The North Atlantic Treaty Organisation (NATO) is a military alliance that consists of 29 member states from North America and Europe.';
    expect(verdictsOn(text, 'consists of 29 member states', '2019-06-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'consists of 29 member states', '2024-09-01')).toEqual(['outdated']);
  });

  it('reads the whole count before a dash, not the part after it (Wikipedia)', () => {
    const text =
      'The North Atlantic Treaty Organization, also called the North Atlantic Alliance, is an intergovernmental military alliance of 32 member states—30 European and 2 North American.';
    expect(verdictsOn(text, '32 member states', '2024-10-01')).toEqual(['supported']);
    // A week before Sweden joined, 32 was a count reached only later: no red flag on an undated statement.
    expect(isRed(verdictsOn(text, '32 member states', '2024-03-01'))).toBe(false);
  });

  it('supports "has grown from 12 states in 1949 to 32 now" (The Steady State, 2025)', () => {
    const text = 'The North Atlantic Treaty Organization has grown from 12 states in 1949 to 32 now.';
    expect(verdictsOn(text, 'grown from 12 states in 1949 to 32 now', '2025-06-01')).toEqual(['supported']);
  });

  it('supports the second number of "23 of the alliance\'s 32 members", and reads nothing of the 23 (BGNES, June 2024)', () => {
    const text =
      "NATO Secretary General Jens Stoltenberg said 23 of the alliance's 32 members are on track to meet their ten-year pledge to spend at least 2% of GDP on defense.";
    const found = membership(text, '2024-06-18');
    expect(found.map((a) => [a.quote, a.verdict])).toEqual([["the alliance's 32 members", 'supported']]);
  });

  it('supports "11 out of 31 member countries" when the Alliance is named', () => {
    const text =
      'According to the latest summit of the Alliance, only 11 out of 31 member countries have reached the target of 2% of GDP on defense, reports Newsweek.';
    // Round 39: the count of allies at 2% ("have reached", the page's year: 11 in 2023) is a second claim over the same words,
    // confirmed too: two confirmations, no other verdict.
    expect(verdictsOn(text, '11 out of 31 member countries', '2023-07-15')).toEqual(['supported', 'supported']);
  });
});

describe('counts of the allies in loose phrasings: supported when right, nothing otherwise', () => {
  it('supports "the other 31 Allies" on the day Sweden joined (NATO, 7 March 2024)', () => {
    const text =
      "Sweden's flag will be raised alongside those of the other 31 Allies in a ceremony at NATO headquarters in Brussels on Monday (11 March 2024), and at the same time at NATO commands in Europe and North America.";
    expect(verdictsOn(text, 'the other 31 Allies', '2024-03-07')).toEqual(['supported']);
  });

  it('supports "the 29 members of the alliance" at the 2018 Brussels summit', () => {
    const text =
      'The 29 members of the alliance, including the United States and Trump, have agreed that NATO embodies the vital link between Europe and North America.';
    expect(verdictsOn(text, 'The 29 members of the alliance', '2018-07-12')).toEqual(['supported']);
  });

  it('supports "the 29 Allies" and a count of ministers, and reads no subset as the count', () => {
    expect(
      verdictsOn('The 29 Allies agreed a package of measures for the Black Sea region, NATO said.', 'The 29 Allies', '2019-04-04'),
    ).toEqual(['supported']);
    // The count's own verdict (the meeting of 15-16 June 2023 is confirmed beside it since round 21's data).
    expect(membership('The 31 defence ministers of NATO met in Brussels.', '2023-06-16').map((a) => a.verdict)).toEqual(['supported']);
    // NATO, July 2024: "a record 23 Allies reaching that threshold this year".
    expect(
      membership('A record 23 Allies reaching that threshold this year, NATO said. The 23 Allies are expected to meet it.', '2024-07-10'),
    ).toEqual([]);
    // A count the alliance once had, in a loose phrasing, is no red flag: "the 30 Allies" may be 30 of 32.
    expect(isRed(verdictsOn('The 30 Allies agreed a package of measures, NATO said.', 'The 30 Allies', '2024-07-10'))).toBe(false);
  });

  it("reads no count of another body as NATO's", () => {
    expect(membership('The 27-nation bloc agreed on new sanctions against Russia, as NATO allies watched.', '2024-04-04')).toEqual([]);
    expect(membership('EU leaders of all 27 member states met in Brussels; NATO was not on the agenda.', '2024-04-04')).toEqual([]);
    // r010 of the dev set: the EU's 28 in 2014, when NATO had 28 too.
    expect(membership('The sanctions were agreed by the 28 EU member states on Tuesday, as NATO allies watched.', '2014-07-31')).toEqual(
      [],
    );
    // Politico, July 2024; the US ambassador to NATO, April 2024.
    const politico = 'This year, only eight countries in the 32-strong club are due to fall short of the deadline, NATO figures show.';
    expect(isRed(membership(politico, '2024-07-08').map((a) => a.verdict))).toBe(false);
    const smith =
      "Right now we have 20 allies that are meeting the 2% pledge. Of course we want it to be all 32 and we're going to keep pushing, the NATO ambassador said.";
    expect(membership(smith, '2024-04-08')).toEqual([]);
    // "has grown to" another group: NATO is not its subject.
    expect(membership('NATO allies back the effort. The Three Seas Initiative has grown to 14 members.', '2024-06-01')).toEqual([]);
    // "its 30 Allied and partner nations" counts partners too.
    expect(
      membership('The Alliance counts on the military might of its 30 Allied and partner nations to support missions.', '2022-03-01'),
    ).toEqual([]);
  });
});

describe('a count said with its own date', () => {
  // knowalledge.com, after Sweden's accession (7 March 2024).
  const text =
    'Sweden became the latest country to join the North Atlantic Treaty Organization (NATO), ten months after neighbour Finland joined the military alliance. As of February 2024, NATO has 32 member nations.';

  it('contradicts "As of February 2024, NATO has 32 member nations": Sweden joined on 7 March', () => {
    expect(verdictsOn(text, 'NATO has 32 member nations', '2024-03-11')).toEqual(['contradicted']);
    // The date is the sentence's own: read a year later, the statement is as wrong.
    expect(verdictsOn(text, 'NATO has 32 member nations', '2025-03-11')).toEqual(['contradicted']);
  });

  it('supports the same count said of a month it was right in', () => {
    expect(verdictsOn(text.replace('February', 'April'), 'NATO has 32 member nations', '2024-04-20')).toEqual(['supported']);
    // The month Sweden joined: 31 and 32 were both right in it.
    expect(verdictsOn(text.replace('February', 'March'), 'NATO has 32 member nations', '2024-04-20')).toEqual(['supported']);
  });

  it("without a date in the sentence, a count reached only after the article's date is no red flag (the page may have been updated)", () => {
    expect(isRed(verdictsOn('NATO has 32 member nations.', 'NATO has 32 member nations', '2024-02-20'))).toBe(false);
  });

  it('reads the date only where it governs the count', () => {
    // The date right after the count: "NATO had 31 members as of March 2023" (Finland joined on 4 April).
    expect(verdictsOn('NATO had 30 members as of March 2023.', 'NATO had 30 members', '2024-06-01')).toEqual(['supported']);
    expect(verdictsOn('NATO had 32 members as of March 2023.', 'NATO had 32 members', '2024-06-01')).toEqual(['contradicted']);
    // With no date, "had" is true of any day it had them.
    expect(verdictsOn('In 1999 NATO had 19 members.', 'NATO had 19 members', '2024-06-01')).toEqual(['supported']);
    expect(membership('NATO had 27 members.', '2024-06-01')).toEqual([]);
    // The date of something else in the sentence: the count is the article's.
    const other = "NATO's 32 members have delivered 40 billion euros in aid to Ukraine as of February 2024, the alliance said.";
    expect(verdictsOn(other, "NATO's 32 members", '2024-04-01')).toEqual(['supported']);
  });

  it('supports "As of January 2026, there are 32 member countries in NATO" (pixelation.org)', () => {
    const text = 'As of January 2026, there are 32 member countries in NATO.';
    expect(verdictsOn(text, 'there are 32 member countries in NATO', '2026-01-15')).toEqual(['supported']);
  });
});

describe('where a count is not judged', () => {
  const text =
    'The North Atlantic Treaty Organisation (NATO) is a military alliance that consists of 29 member states from North America and Europe.';

  it('does not flag a count within days of an accession (North Macedonia joined on 27 March 2020)', () => {
    expect(isRed(verdictsOn(text, 'consists of 29 member states', '2020-03-29'))).toBe(false);
  });

  it("does not flag a count past the fact base's horizon", () => {
    expect(isRed(verdictsOn(text, 'consists of 29 member states', '2027-06-01'))).toBe(false);
  });

  it('does not flag a count on an article whose date is a guess', () => {
    expect(isRed(verdictsOn(text, 'consists of 29 member states', '2024-09-01', false))).toBe(false);
  });
});

describe('accessions in line', () => {
  it('reads "NATO\'s 30th State-Member"', () => {
    // AED Portugal, 30 March 2020: "The country ... is now NATO's 30th State-Member." With the country named:
    expect(verdictsOn("North Macedonia is now NATO's 30th State-Member.", "NATO's 30th State-Member", '2020-03-30')).toEqual(['supported']);
    expect(verdictsOn("Montenegro is now NATO's 30th State-Member.", "NATO's 30th State-Member", '2020-03-30')).toEqual(['contradicted']);
    // The page's own sentence names no country: nothing to judge.
    const own = "The country, with recognised independency in 1993, is now NATO's 30th State-Member.";
    expect(isRed(verdictsOn(own, "NATO's 30th State-Member", '2020-03-30'))).toBe(false);
  });
});

describe('the founders listed', () => {
  const founders =
    'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States';

  it('supports a list of the twelve (knowalledge.com; pageorama.com)', () => {
    const text = `With the aim to block expansion of the former USSR, NATO was formed in 1949 by 12 countries: ${founders}.`;
    expect(verdictsOn(text, 'Belgium', '2024-03-11')).toEqual(['supported']);
    const other =
      'The founding members of NATO were the United States, the United Kingdom, France, Belgium, the Netherlands, Luxembourg, Norway, Denmark, Iceland, Portugal, Italy, and Canada. Over the years, the alliance has expanded to include Greece, Turkey, the Federal Republic of Germany, Spain.';
    const found = membership(other, '2024-01-01');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].quote).toContain('Italy, and Canada');
  });

  it('supports "The 12 original members are ..." (AP, May 2022; r056 of the dev set)', () => {
    const text =
      'The 12 original members are the United States, Canada, Britain, Belgium, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway and Portugal.';
    const found = membership(`NATO was founded in 1949. ${text}`, '2022-05-11');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].quote).toContain('Norway and Portugal');
  });

  it('supports "the 12 member nations included ..." told of the founding (history.com), and only then', () => {
    const text = `What countries were the original members of NATO? At the time of the organization's founding, the 12 member nations included ${founders}.`;
    expect(verdictsOn(text, 'Belgium', '2024-07-12')).toEqual(['supported']);
    const noFounding = 'NATO allies met. The 12 member nations were Belgium, France, Germany and Italy.';
    expect(isRed(membership(noFounding, '2024-07-12').map((a) => a.verdict))).toBe(false);
  });

  it('contradicts a list said to be the founders that names a later member', () => {
    const text = `NATO's 12 founding members were ${founders.replace('Iceland', 'Germany')}.`;
    expect(verdictsOn(text, 'Germany', '2024-04-04')).toEqual(['contradicted']);
    const greece = 'The founding members of NATO were the United States, the United Kingdom, France, Greece, Turkey and Canada.';
    expect(verdictsOn(greece, 'Greece', '2024-01-01')).toEqual(['contradicted']);
  });

  it('does not flag a list that may be of another body, or that goes on to later members', () => {
    const ecsc =
      'The founding members of the European Coal and Steel Community were Belgium, France, West Germany, Italy, Luxembourg and the Netherlands, all now NATO members.';
    expect(isRed(membership(ecsc, '2024-01-01').map((a) => a.verdict))).toBe(false);
    const unbound = 'NATO was founded in 1949. The original members were Belgium, France, Germany, Italy, Luxembourg and the Netherlands.';
    expect(isRed(membership(unbound, '2024-01-01').map((a) => a.verdict))).toBe(false);
    const later = `NATO's founding members were ${founders}, joined by Greece and Turkey in 1952.`;
    expect(isRed(membership(later, '2024-01-01').map((a) => a.verdict))).toBe(false);
  });

  it('reads "NATO now has 23 countries that have reached the target" as a subset, not the count', () => {
    // Eunews, 1 October 2024: the allies at 2% that year, not NATO's size.
    const text = 'NATO now has 23 countries that have reached the target of 2 per cent.';
    expect(analyze(text, '2024-10-01').filter((a) => a.kind === 'membership')).toEqual([]);
    expect(verdictsOn('NATO now has 23 countries.', 'NATO now has 23 countries', '2024-10-01')).toEqual(['contradicted']);
  });
});
