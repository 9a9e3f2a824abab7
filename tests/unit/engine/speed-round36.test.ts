// Round 36, speed: more expressions compiled straight to machine code at their first use (triggers.ts `warmed`): the
// ones V8 still built interpreter bytecode for on the bench's news mix, the largest first (war-duration.ts' counts of the
// war's days and years, member-count-forms.ts' forms, membership.ts' joining words, narrated-time.ts, fuzzy.ts' names,
// event.ts, ministerials.ts, the trigger-word test of unnamed claims in detector.ts, and others; then about forty more
// call sites through `execWarm` and `testWarm`, for a text sliced in the call). The warming run must
// change no answer: each reader below is asked first on a one-byte text (straight quotes) and then on a two-byte one
// (curly quotes), so both of V8's compiled forms are used, and judges as it did before (annotations byte-identical over
// the speed dump's 32,602 runs).
import { describe, expect, it } from 'vitest';
import { execWarm, testWarm } from '../../../src/engine/triggers';
import { getFacts } from '../../../src/facts';
import { buildLexicon } from '../../../src/engine/lexicon';
import { said } from './helpers';

/** The same sentence with straight and with curly apostrophes (one-byte and two-byte strings). */
const both = (text: string) => [text, text.replace(/'/g, '’')];
const curly = (quote: string) => quote.replace(/'/g, '’');

describe('execWarm and testWarm (warmed, then exec or test, for a text made in the call)', () => {
  it('answer as exec and test do, leave lastIndex as it was, on one-byte and two-byte text', () => {
    for (const text of ['', "NATO's 32 members met.", 'NATO’s 32 members met.', 'Здравствуйте, NATO: 32']) {
      for (const flags of ['', 'i', 'g', 'y']) {
        const fresh = new RegExp(String.raw`(\d+)\s+members`, flags);
        const warm = new RegExp(String.raw`(\d+)\s+members`, flags);
        expect(execWarm(warm, text)?.slice()).toEqual(fresh.exec(text)?.slice());
        expect(warm.lastIndex).toBe(fresh.lastIndex);
        expect(testWarm(warm, text)).toBe(fresh.test(text));
        expect(warm.lastIndex).toBe(fresh.lastIndex);
      }
    }
  });
});

describe('readers whose expressions are warmed judge as before, on one-byte and two-byte text', () => {
  it('counts the war by its days (war-duration.ts)', () => {
    for (const text of both("Day 800 of Russia's invasion of Ukraine.")) {
      const quote = text.includes('’') ? curly("Day 800 of Russia's invasion") : "Day 800 of Russia's invasion";
      expect(said(text, '2024-02-24')).toEqual([`contradicted: ${quote}`]);
    }
    for (const text of both("Day 731 of Russia's invasion of Ukraine.")) expect(said(text, '2024-02-24')[0]).toMatch(/^supported: Day 731/);
  });

  it("reads a member's ordinal when it joined (membership.ts) and the alliance's count (member-count-forms.ts)", () => {
    for (const text of both("Finland joined NATO on Tuesday, becoming the alliance's 30th member.")) {
      const found = said(text, '2023-04-05');
      expect(found).toContain('supported: Finland joined NATO on Tuesday');
      expect(found.filter((f) => f.startsWith('contradicted: becoming the alliance'))).toHaveLength(1);
    }
    for (const text of both("NATO's 30 member states met in Washington.")) {
      expect(said(text, '2024-07-10').filter((f) => f.startsWith('outdated: NATO'))).toHaveLength(1);
    }
  });

  it('reads the founding count as before (figure.ts, member-count-forms.ts)', () => {
    expect(said('NATO, founded in 1949 by 12 countries, now has 32 members.', '2024-04-04')).toEqual([
      'supported: NATO, founded in 1949 by 12 countries, now has 32 members',
      'supported: NATO, founded in 1949',
      'supported: founded in 1949 by 12 countries',
    ]);
    const wrong = said('NATO, founded in 1949 by 10 countries, now has 32 members.', '2024-04-04');
    expect(wrong).toContain('supported: NATO, founded in 1949');
    expect(wrong.some((f) => f.endsWith('founded in 1949 by 10 countries') && !f.startsWith('supported'))).toBe(true);
  });

  it('still reads a misspelt name after its title (fuzzy.ts) and a summit told by its place (ministerials.ts)', () => {
    const found = said('NATO Secretary General Jens Stoltenbreg said the allies would meet in London.', '2019-05-01');
    expect(found).toEqual(['supported: NATO Secretary General Jens Stoltenbreg', 'supported: meet in London']);
  });

  it('still confirms an appointment told with its day (tenure readers)', () => {
    expect(said('Denys Shmyhal was appointed Prime Minister of Ukraine on March 4, 2020.', '2020-03-05')).toEqual([
      'supported: Denys Shmyhal was appointed Prime Minister of Ukraine on March 4, 2020',
      'supported: Denys Shmyhal was appointed Prime Minister of Ukraine',
    ]);
  });

  it('stays quiet where it was quiet', () => {
    expect(said('The war has entered its seventh month.', '2022-08-20')).toEqual([]);
    expect(said('Sweden, which is expected to join NATO soon, has been a partner for decades.', '2023-06-01')).toEqual([]);
    expect(said('Markets were steady on the day as traders weighed the outlook for interest rates.', '2025-10-22')).toEqual([]);
  });
});

// lexicon.ts officialTitle: each role and country folded once, their keys joined, where each "ROLE of COUNTRY" form was
// folded whole (about 0.1 G instructions of building the engine); the lexicon built is the same, node for node.
describe("an office's own name as a title (lexicon.ts officialTitle)", () => {
  const lexicon = buildLexicon(getFacts());
  const read = (text: string) =>
    lexicon.matcher.scanUnfolded(text).map((m) => [text.slice(m.start, m.end), [...new Set(m.values.map((v) => v.type))].join()]);

  it('is a title of its own when no role and country read it', () => {
    expect(read('Chief of the General Staff of the Armed Forces of Ukraine Andrii Hnatov')).toEqual([
      ['Chief of the General Staff of the Armed Forces of Ukraine', 'fixed'],
      ['Andrii Hnatov', 'person'],
    ]);
  });

  it('is left to its role and country when they read it', () => {
    expect(read('Prime Minister of Norway Jonas Gahr Støre')).toEqual([
      ['Prime Minister', 'role'],
      ['Norway', 'qualifier'],
      ['Jonas Gahr Støre', 'person'],
    ]);
  });
});
