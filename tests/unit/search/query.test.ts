// Reading the reader's query: words, stop words, and the year or day it asks about.
import { describe, expect, it } from 'vitest';
import { overlaps, parseQuery, words } from '../../../src/search/query';

describe('parseQuery', () => {
  it('takes a year out of the words and into a span', () => {
    expect(parseQuery('Secretary General 2010')).toEqual({
      tokens: ['secretary', 'general'],
      when: { from: '2010-01-01', to: '2010-12-31', label: '2010' },
    });
  });

  it('takes a full date as a single day', () => {
    expect(parseQuery('sanctions 2025-10-22').when).toEqual({ from: '2025-10-22', to: '2025-10-22', label: '2025-10-22' });
  });

  it('drops question words', () => {
    expect(parseQuery('who was the NATO chief in 2016').tokens).toEqual(['nato', 'chief']);
  });

  it('leaves figures that are not years alone', () => {
    expect(parseQuery('3.5% of GDP').tokens).toEqual(['3.5', 'gdp']);
    expect(parseQuery('3.5% of GDP').when).toBeUndefined();
  });
});

describe('words', () => {
  it('folds case, diacritics and dotted abbreviations', () => {
    expect(words('Viktor Orbán, U.S. Secretary')).toEqual(['viktor', 'orban', 'us', 'secretary']);
  });
});

describe('overlaps', () => {
  it('treats the end of a tenure as the successor’s first day', () => {
    expect(overlaps('2009-08-01', '2014-10-01', '2014-10-01', '2014-10-01')).toBe(false);
    expect(overlaps('2009-08-01', '2014-10-01', '2014-09-30', '2014-09-30')).toBe(true);
    expect(overlaps('2009-08-01', '2014-10-01', '2014-01-01', '2014-12-31')).toBe(true);
  });

  it('reads an open tenure as lasting', () => {
    expect(overlaps('2024-10-01', undefined, '2030-01-01', '2030-12-31')).toBe(true);
    expect(overlaps('2024-10-01', undefined, '2023-01-01', '2023-12-31')).toBe(false);
  });

  it('widens partial dates to the whole year or month', () => {
    expect(overlaps('2006', '2014-09-05', '2006-01-01', '2006-12-31')).toBe(true);
    expect(overlaps('2003', '2007', '2007-06-01', '2007-06-01')).toBe(true);
  });
});
