// Round 34, speed: the costliest expressions are compiled straight to machine code at their first use (triggers.ts
// `warmed`, and every `gated` expression): V8 otherwise builds bytecode for its interpreter first, which costs about twice
// the machine code. The extra run on the text padded past 1,000 characters must change no answer and leave no state:
// the same expression back, the same matches, lastIndex as it was (global and sticky expressions too), on one-byte and
// two-byte texts, and the readers that warm theirs judge as before.
import { describe, expect, it } from 'vitest';
import { gated, warmed } from '../../../src/engine/triggers';
import { analyze } from './helpers';

const TEXTS = [
  '',
  'Article 5, the principle of collective defence, says an attack on one is an attack on all.',
  'Article 5 — the “one for all” clause — was invoked once, after 9/11.',
  'Ministers met in Brussels on 14 June 2021.',
  'NATO’s 32 members agreed in The Hague.',
  'Здравствуйте, NATO',
];

describe('warmed (an expression compiled to machine code before its first use)', () => {
  it('returns the expression itself and leaves its answers as they were', () => {
    for (const source of [String.raw`\bcollective\s+defen[cs]e\b`, String.raw`^Article\s+(\d+)`, String.raw`(\d+)\s+members`]) {
      for (const text of TEXTS) {
        const fresh = new RegExp(source, 'i');
        const warm = new RegExp(source, 'i');
        expect(warmed(warm, text)).toBe(warm);
        expect(warm.exec(text)?.slice()).toEqual(fresh.exec(text)?.slice());
        expect(warm.lastIndex).toBe(0);
      }
    }
  });

  it('keeps the lastIndex of a global or sticky expression, and its matches from there', () => {
    for (const flags of ['g', 'gi', 'y']) {
      const text = 'NATO had 12 members in 1949, 16 in 1982 and 32 in 2024.';
      const fresh = new RegExp(String.raw`\d+`, flags);
      const warm = new RegExp(String.raw`\d+`, flags);
      fresh.lastIndex = warm.lastIndex = 9;
      warmed(warm, text);
      expect(warm.lastIndex).toBe(9);
      const a: string[] = [];
      const b: string[] = [];
      for (let m = fresh.exec(text); m && a.length < 10; m = fresh.global ? fresh.exec(text) : null) a.push(`${m.index}:${m[0]}`);
      for (let m = warm.exec(text); m && b.length < 10; m = warm.global ? warm.exec(text) : null) b.push(`${m.index}:${m[0]}`);
      expect(b).toEqual(a);
    }
  });

  it('warms once: a second call runs nothing', () => {
    const re = /members/;
    let runs = 0;
    const spy = re.test.bind(re);
    re.test = (s: string) => {
      runs++;
      return spy(s);
    };
    warmed(re, 'one text');
    warmed(re, 'another text');
    expect(runs).toBe(1);
  });

  it('gives a gated expression the answers of the expression itself, the first time and after', () => {
    const re = /\b(?:collective|mutual)\s+defen[cs]e\b/i;
    const gate = gated(new RegExp(re.source, re.flags));
    for (const text of [...TEXTS, ...TEXTS]) expect(gate.test(text)).toBe(re.test(text));
  });
});

describe('readers that warm their expressions judge as before', () => {
  it('confirms what Article 5 provides, told right after its name (treaty-articles.ts)', () => {
    const found = analyze(
      'NATO leaders recalled Article 5, the principle of collective defence, which says an attack on one member is an attack on all.',
      '2024-07-10',
    );
    expect(found.some((a) => a.verdict === 'supported' && a.quote.startsWith('Article 5'))).toBe(true);
  });

  it('still reads war starts and their days (war-anchors.ts, dates.ts DATE_RE)', () => {
    const war = analyze('Russia has been at war with Ukraine since it started on 24 February 2022.', '2024-03-01');
    expect(war.some((a) => a.verdict === 'supported' && a.quote === 'since it started on 24 February 2022')).toBe(true);
  });

  it('still reads a target raised from one figure to another (figure-raise-from.ts)', () => {
    const found = analyze('At The Hague, allies raised the spending target from 2% to 5% of GDP.', '2025-07-10');
    expect(found.some((a) => a.verdict === 'supported' && a.quote === 'raised the spending target from 2% to 5%')).toBe(true);
  });

  it('still counts the founders (membership-founders.ts): 12 confirmed, 14 contradicted', () => {
    expect(
      analyze('NATO was founded in 1949 by 12 countries.', '2024-01-10').some(
        (a) => a.verdict === 'supported' && a.quote === 'founded in 1949 by 12 countries',
      ),
    ).toBe(true);
    expect(
      analyze('NATO was founded in 1949 by 14 countries.', '2024-01-10').some(
        (a) => a.verdict === 'contradicted' && a.quote === 'founded in 1949 by 14 countries',
      ),
    ).toBe(true);
  });

  it('still reads a tenure told after the name (tenure.ts TENURE_RE), as of the page\u2019s day', () => {
    const text = 'Mark Rutte, who took office in October 2024, leads the alliance.';
    expect(
      analyze(text, '2025-01-10').some((a) => a.verdict === 'supported' && a.quote === 'Mark Rutte, who took office in October 2024'),
    ).toBe(true);
    expect(
      analyze(text, '2024-01-10').some((a) => a.verdict === 'contradicted' && a.quote === 'Mark Rutte, who took office in October 2024'),
    ).toBe(true);
  });

  it('still reads an accession day (accession-steps.ts, membership)', () => {
    expect(
      analyze('Finland joined NATO on 4 April 2023.', '2023-05-10').some(
        (a) => a.verdict === 'supported' && a.quote === 'Finland joined NATO on 4 April 2023',
      ),
    ).toBe(true);
  });

  it('still counts NATO\u2019s members (membership.ts) and reads a country said not to be one (membership-status.ts)', () => {
    expect(
      analyze('NATO has 30 members, the alliance said.', '2025-05-20').some(
        (a) => a.verdict === 'outdated' && a.quote === 'NATO has 30 members',
      ),
    ).toBe(true);
    expect(
      analyze('Sweden is not a member of NATO.', '2025-05-20').some(
        (a) => a.verdict === 'outdated' && a.quote === 'Sweden is not a member of NATO',
      ),
    ).toBe(true);
  });

  it('still confirms a ministerial by its day and place (ministerials.ts) and the invasion\u2019s day (war-anchors.ts)', () => {
    expect(
      analyze('NATO foreign ministers met in Prague on 30 and 31 May 2024.', '2024-06-20').some(
        (a) => a.verdict === 'supported' && a.quote === 'NATO foreign ministers met in Prague on 30 and 31 May 2024',
      ),
    ).toBe(true);
    expect(
      analyze('Russia launched its full-scale invasion of Ukraine on 24 February 2022.', '2024-03-01').some(
        (a) => a.verdict === 'supported' && a.quote === 'launched its full-scale invasion of Ukraine on 24 February 2022',
      ),
    ).toBe(true);
  });

  it('leaves a sentence with no claim alone', () => {
    expect(analyze('The club confirmed that its captain will miss the next three matches.', '2025-01-10')).toEqual([]);
  });
});
