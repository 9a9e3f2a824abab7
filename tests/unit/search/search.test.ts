// The popup's lookup over the real, bundled fact base: misspelt, partial and dated queries.
import { describe, expect, it } from 'vitest';
import { getFacts } from '../../../src/facts/index';
import { createSearchIndex, type PersonHit, type SanctionHit, type SearchHit } from '../../../src/search/index';
import { overlaps } from '../../../src/search/query';

const index = createSearchIndex(getFacts());
const first = (query: string): SearchHit | undefined => index.search(query)[0];

describe('search: people', () => {
  it('finds a misspelt surname', () => {
    expect(first('stoltenbrg')).toMatchObject({ kind: 'person', id: 'jens-stoltenberg' });
  });

  it('finds the press spelling of a name', () => {
    expect(first('zelenskiy')).toMatchObject({ kind: 'person', id: 'volodymyr-zelenskyy' });
  });

  it('finds a name while it is being typed', () => {
    expect(first('stol')).toMatchObject({ kind: 'person', id: 'jens-stoltenberg' });
  });

  it('puts the person before the events named after them', () => {
    expect(first('putin')).toMatchObject({ kind: 'person', id: 'vladimir-putin' });
  });

  it('prefers a misspelling of the same length ("lavorv" is Lavrov)', () => {
    expect(first('lavorv')).toMatchObject({ kind: 'person', id: 'sergey-lavrov' });
  });

  it('lists the whole role history, oldest first', () => {
    const hit = first('stoltenberg') as PersonHit;
    const office = getFacts().offices.get('nato-secretary-general')!;
    const tenure = office.holders.find((holder) => holder.person === 'jens-stoltenberg')!;
    expect(hit.roles).toContainEqual(expect.objectContaining({ officeId: office.id, start: tenure.start, end: tenure.end }));
    const starts = hit.roles.map((role) => role.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it('answers "secretary general 2010" with the holder in 2010', () => {
    const hit = first('secretary general 2010') as PersonHit;
    expect(hit).toMatchObject({ kind: 'person', id: 'anders-fogh-rasmussen' });
    expect(hit.matchedRole).toMatchObject({ officeId: 'nato-secretary-general' });
  });

  it('keeps only the tenures that cover the year asked about', () => {
    const hits = index
      .search('nato secretary general 2020')
      .filter((hit): hit is PersonHit => hit.kind === 'person' && hit.matchedRole != null);
    expect(hits[0]?.id).toBe('jens-stoltenberg');
    for (const hit of hits) expect(overlaps(hit.matchedRole!.start, hit.matchedRole!.end, '2020-01-01', '2020-12-31')).toBe(true);
  });

  it('reads a question, not only keywords', () => {
    expect(first('who was NATO Secretary General in 2010')).toMatchObject({ id: 'anders-fogh-rasmussen' });
  });

  it('does not let a short qualifier match inside another word ("us" in "Russia")', () => {
    expect(first('us president 2018')).toMatchObject({ id: 'donald-trump' });
  });
});

describe('search: events, sanctions, figures, members', () => {
  it('finds the 2025 summit by its place', () => {
    // "hague" is also William Hague's surname: the summit is the first event, among the first hits.
    const hits = index.search('hague');
    const hit = hits.find((h) => h.kind === 'event');
    expect(hits.indexOf(hit!)).toBeLessThan(3);
    expect(hit).toMatchObject({ kind: 'event', status: 'held' });
    expect(hit && hit.kind === 'event' && hit.start.startsWith('2025-06')).toBe(true);
  });

  it('finds the designations of a company, with issuer and date', () => {
    const designations = index.search('rosneft').filter((hit): hit is SanctionHit => hit.kind === 'sanction');
    const facts = getFacts();
    const expected = facts.base.sanctions.filter((s) => s.targets.includes('rosneft'));
    expect(expected.length).toBeGreaterThan(0);
    expect(designations.map((d) => d.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(designations.find((d) => d.issuer.includes('OFAC'))?.date).toBe('2025-10-22');
    expect(designations.find((d) => d.jurisdiction === facts.jurisdictions.get('gbr')?.name)?.date).toBe('2025-10-15');
  });

  it('finds the spending target by its figure', () => {
    expect(first('5% gdp')).toMatchObject({ kind: 'figure', id: 'spending-target-hague-2025' });
  });

  it('finds a member state with its accession date', () => {
    const finland = getFacts().jurisdictions.get('fin');
    expect(finland?.nato).toBeDefined();
    expect(index.search('finland').find((hit) => hit.kind === 'member')).toMatchObject({ id: 'fin', joined: finland!.nato!.joined });
  });
});

describe('search: nothing to say', () => {
  it('returns nothing for an empty query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  the  ')).toEqual([]);
  });

  it('returns nothing for gibberish rather than the least bad match', () => {
    expect(index.search('xqzvw')).toEqual([]);
  });

  it('gives every hit at least one source', () => {
    for (const query of ['rutte', 'hague', 'rosneft', '2% gdp', 'finland', '2019']) {
      for (const hit of index.search(query)) expect(hit.sources.length, `${query}: ${hit.key}`).toBeGreaterThan(0);
    }
  });
});
