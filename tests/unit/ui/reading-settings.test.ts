import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../src/ui/options/ReadingSettings';

describe('siteOf', () => {
  it('turns what a reader pastes into the host name the settings store', () => {
    expect(siteOf('https://www.Example.com/news/2025/10/22/a')).toBe('example.com');
    expect(siteOf('news.example.co.uk')).toBe('news.example.co.uk');
    expect(siteOf('  example.com  ')).toBe('example.com');
    expect(siteOf('not a site')).toBeNull();
    expect(siteOf('localhost')).toBeNull();
    expect(siteOf('')).toBeNull();
  });
});
