// Source tiers (src/facts/source-tiers.json, src/facts/sources.ts) and what facts:check does with
// them: a fact citing a mirror, aggregator or propaganda outlet must fail validation.
import { describe, expect, it } from 'vitest';
import { rawFactBase } from '../../../src/facts/data';
import { classifySource, hasPrimaryOrPress, sortSources, tierOf } from '../../../src/facts/sources';
import { validateFactBase } from '../../../src/facts/validate';

type Raw = any;
const copy = (): Raw => structuredClone(rawFactBase);
const TODAY = '2026-12-01';
const problemsOf = (raw: Raw) => validateFactBase(raw, { today: TODAY }).problems.join('\n');

describe('tierOf', () => {
  it.each([
    ['https://www.nato.int/cps/en/natohq/topics_52044.htm', 'primary'],
    ['https://shape.nato.int/about/saceur', 'primary'],
    ['https://ofac.treasury.gov/recent-actions/20251022', 'primary'],
    ['https://home.treasury.gov/news/press-releases/sb0290', 'primary'],
    ['https://www.gov.uk/government/news/uk-sanctions', 'primary'],
    ['http://en.kremlin.ru/events/president/news/76477', 'primary'],
    ['https://www.president.gov.ua/en/news/x', 'primary'],
    ['https://www.consilium.europa.eu/en/press/', 'primary'],
    ['https://www.reuters.com/world/europe/x', 'press'],
    ['https://apnews.com/article/x', 'press'],
    ['https://www.bbc.co.uk/news/articles/ce3pqvvzgnko', 'press'],
    ['https://www.bbc.com/news/world-europe-1', 'press'],
    ['https://www.politico.eu/article/x', 'press'],
    ['https://www.pravda.com.ua/eng/news/2025/03/18/7503475/', 'press'],
    ['https://en.wikipedia.org/wiki/Secretary_General_of_NATO', 'reference'],
    ['https://it.wikipedia.org/wiki/Segretario_generale_della_NATO', 'reference'],
    ['https://simple.m.wikipedia.org/wiki/Secretary-General_of_NATO', 'reference'],
    ['https://www.britannica.com/topic/North-Atlantic-Treaty-Organization', 'reference'],
    ['https://www.liquisearch.com/supreme_headquarters_allied_powers_europe', 'unacceptable'],
    ['https://lexicals.info/?p=859', 'unacceptable'],
    ['https://dkwiki.dk/OrdBog/SACEUR', 'unacceptable'],
    ['https://military-history.fandom.com/wiki/North_Atlantic_Treaty', 'unacceptable'],
    ['https://wikimili.com/en/NATO_summit', 'unacceptable'],
    ['https://www.edocr.com/v/1emzrqj1/globaldocuments/enlargementofnatopdf', 'unacceptable'],
    ['https://no.frwiki.wiki/wiki/Liste', 'unacceptable'],
    ['https://it.frwiki.wiki/wiki/Liste', 'unacceptable'],
    ['http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/List.html', 'unacceptable'],
    ['https://english.pravda.ru/news/world/165555-x/', 'unacceptable'],
    ['https://news-pravda.com/world/2025/09/09/1672052.html', 'unacceptable'],
    ['https://germany.news-pravda.com/world/2025/05/06/70334.html', 'unacceptable'],
    ['https://offstream.news/feed/2026/05/9/x.json', 'unacceptable'],
    ['https://www.rt.com/russia/632714-x/amp', 'unacceptable'],
    ['https://sputniknews.com/photo/x/', 'unacceptable'],
    ['http://3.127.128.221/?p=1323116', 'unacceptable'],
    ['not a url', 'unacceptable'],
    ['https://example.org/page', 'other'],
  ])('%s is %s', (url, tier) => {
    expect(tierOf(url)).toBe(tier);
  });

  it('matches whole labels: a domain that merely ends with the same letters is not a subdomain', () => {
    expect(tierOf('https://notrt.com/x')).toBe('other');
    expect(tierOf('https://mypravda.ru/x')).toBe('other');
  });

  it('ignores www., letter case and a trailing dot', () => {
    expect(classifySource('https://WWW.Reuters.COM./world').domain).toBe('reuters.com');
    expect(tierOf('https://eadaily.com./ru/news/2025/02/23/x')).toBe('unacceptable');
  });

  it('says why a domain is unacceptable', () => {
    expect(classifySource('https://english.pravda.ru/x').reason).toMatch(/propaganda/);
    expect(classifySource('https://english.pravda.ru/x').domain).toBe('pravda.ru');
  });
});

describe('sortSources', () => {
  it('puts primary, then press, then reference, then the rest, keeping the order within a tier', () => {
    const urls = [
      'https://example.org/a',
      'https://en.wikipedia.org/wiki/X',
      'https://www.reuters.com/1',
      'https://www.nato.int/1',
      'https://apnews.com/2',
      'https://lexicals.info/?p=1',
      'https://www.nato.int/2',
    ];
    expect(sortSources(urls)).toEqual([
      'https://www.nato.int/1',
      'https://www.nato.int/2',
      'https://www.reuters.com/1',
      'https://apnews.com/2',
      'https://en.wikipedia.org/wiki/X',
      'https://example.org/a',
      'https://lexicals.info/?p=1',
    ]);
  });

  it('sorts source records and does not mutate its input', () => {
    const sources = [{ url: 'https://en.wikipedia.org/wiki/X', title: 'w' }, { url: 'https://www.gov.uk/x' }];
    const sorted = sortSources(sources);
    expect(sorted.map((s) => s.url)).toEqual(['https://www.gov.uk/x', 'https://en.wikipedia.org/wiki/X']);
    expect(sources[0].url).toBe('https://en.wikipedia.org/wiki/X');
  });

  it('knows primary or press from reference only', () => {
    expect(hasPrimaryOrPress([{ url: 'https://en.wikipedia.org/wiki/X' }])).toBe(false);
    expect(hasPrimaryOrPress(['https://en.wikipedia.org/wiki/X', 'https://apnews.com/x'])).toBe(true);
  });
});

describe('facts:check and source tiers', () => {
  it('finds no unacceptable source anywhere in the real data', () => {
    const problems = validateFactBase(rawFactBase, { today: TODAY }).problems.filter((p) => /unacceptable/.test(p));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('rejects a verified fact that cites a mirror, even beside a good source', () => {
    const raw = copy();
    const rutte = raw.offices.find((o: { id: string }) => o.id === 'nato-secretary-general').holders.at(-1);
    expect(rutte.confidence).toBe('verified');
    rutte.sources.push({ url: 'https://www.liquisearch.com/mark_rutte' });
    expect(problemsOf(raw)).toMatch(
      /office nato-secretary-general holder #\d+ \(mark-rutte\): cites liquisearch\.com, an unacceptable source/,
    );
  });

  it('rejects a verified fact sourced only by mirrors, and says so', () => {
    const raw = copy();
    const event = raw.events.find((e: { id: string }) => e.id === 'alaska-summit-2025-08-15');
    event.confidence = 'verified';
    event.sources = [{ url: 'https://wikimili.com/en/Alaska_summit' }, { url: 'https://no.frwiki.wiki/wiki/Alaska' }];
    const problems = problemsOf(raw);
    expect(problems).toContain('event alaska-summit-2025-08-15: verified on unacceptable sources only');
    expect(problems).toMatch(/event alaska-summit-2025-08-15: cites frwiki\.wiki/);
  });

  it('rejects a weak fact on a propaganda outlet too', () => {
    const raw = copy();
    const person = raw.people.find((p: { id: string }) => p.id === 'dmitry-peskov');
    person.confidence = 'weak';
    person.sources = [{ url: 'https://english.pravda.ru/news/world/1/' }];
    expect(problemsOf(raw)).toMatch(/person dmitry-peskov: cites pravda\.ru/);
  });

  it('warns, without failing, about a verified fact with no primary or press source', () => {
    const raw = copy();
    const event = raw.events.find((e: { id: string }) => e.id === 'nato-special-nac-2015-07-28');
    event.sources = [{ url: 'https://en.wikipedia.org/wiki/2015_NATO_emergency_meeting' }];
    const report = validateFactBase(raw, { today: TODAY });
    expect(report.problems).toEqual([]);
    expect(report.sourcing).toContain('event nato-special-nac-2015-07-28: no primary or press source (wikipedia.org)');
    event.sources.push({ url: 'https://www.nato.int/cps/en/natohq/official_texts_121926.htm' });
    expect(validateFactBase(raw, { today: TODAY }).sourcing.join('\n')).not.toContain('nato-special-nac-2015-07-28');
  });
});
