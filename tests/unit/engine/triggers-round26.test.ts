// Gated regular expressions (src/engine/triggers.ts): a reader's test of a whole paragraph, run only where the words
// the expression cannot match without are there. The answers must be the expression's own, on any text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gated, stemsOf } from '../../../src/engine/triggers';

const stems = (re: RegExp) => stemsOf(re.source, re.flags);

describe('stemsOf', () => {
  it('reads one literal run of each alternative, lower-cased', () => {
    expect(stems(/predecessor|successor/i)).toEqual(['predecessor', 'successor']);
    expect(stems(/\bNavaln/)).toEqual(['navaln']);
    expect(stems(/\b(?:Prespa|Prespes|Greece|Athens)\b/)).toEqual(['prespa', 'prespes', 'greece', 'athens']);
  });

  it('takes the longest run a sequence needs, never an optional part', () => {
    expect(stems(/\b(?:taking|took|assuming|assumed)\s+office\b/i)).toEqual(['office']);
    expect(stems(/\b(?:extend|prolong)/)).toEqual(['extend', 'prolong']);
    // "years?": the s is optional, "year" is needed.
    expect(stems(/\byears?\b|anniversary/i)).toEqual(['year', 'anniversary']);
    // "[Rr]atif": a class ends a run; what follows it is still needed.
    expect(stems(/\b(?:[Rr]atif|[Aa]pprov)/)).toEqual(['atif', 'pprov']);
  });

  it('reads nothing where an alternative needs no run of two letters or digits', () => {
    expect(stems(/\b(?:EU|E\.U\.|European\s+Union)\b/)).toBeNull();
    expect(stems(/%|per\s?cent/)).toBeNull();
    expect(stems(/\b[A-Z][a-z]+\b/)).toBeNull();
  });

  it('reads nothing with both the i and u flags (there "ſ" matches "s" and the Kelvin sign "k")', () => {
    expect(stems(/successor/iu)).toBeNull();
    expect(/successor/iu.test('ſuccessor')).toBe(true);
  });

  it('is not misled by lookarounds, back-references, escapes and quantified groups', () => {
    expect(stems(/\bSwift\b(?=\s+(?:system|network))/)).toEqual(['swift']);
    expect(stems(/(?<!pre)dawn/)).toEqual(['dawn']);
    expect(stems(/(ab)\1cd/)).toEqual(['ab']);
    expect(stems(/(?:ab)?cd/)).toEqual(['cd']);
    expect(stems(/x{0,2}yz/)).toEqual(['yz']);
    expect(stems(/\d{4}\s+summit/)).toEqual(['summit']);
  });
});

describe('gated', () => {
  const expressions = [
    /predecessor|successor/i,
    /\b(?:headed|led|chaired)\s+by\b/i,
    /\b(?:since|after|upon)\s+(?:assuming|taking|entering)\s+office\s+(?:on|in)\b/i,
    /\bSWIFT\b|\bSwift\b(?=\s+(?:system|network|messaging|payment|financial)|\s*[,.)])|\bde-SWIFT\w*/,
    /\b(?:[Rr]atif|[Aa]pprov|[Ee]ndors|[Vv]ot(?:e|es|ed)\b)/,
    /\b(?:years?|decades?|(?:19|20)\d{2}\s*(?:-|–|—|to|until|till|through|and)|(?:until|till)\s+(?:19|20)\d{2})\b/i,
    /\bIn\s+(?:that|the\s+same|19[4-9]\d|20[0-4]\d)\b/,
    /\b(?:Monday|Tuesday|Wednesday)\b/,
    /Investment Pledge|Steadfast Defender|40,000|3\.5/i,
  ];

  it('answers as the expression does, on made-up sentences', () => {
    const texts = [
      'Rutte, whose predecessor was Jens Stoltenberg, spoke on Monday.',
      'The PREDECESSOR of the Secretary General met allies.',
      'The delegation, headed by Mr Umerov, arrived in Istanbul.',
      'The delegation was led\nby Mr Umerov.',
      'Since taking office in January, Trump has met Putin twice.',
      'Russian banks were cut off from SWIFT, the messaging system.',
      'Swift action was needed, Swift said.',
      'Hungary ratified the protocol after parliament approved it; Turkey voted.',
      'He served for two decades, from 1999 to 2019.',
      'In 1999, Poland, Hungary and the Czech Republic joined.',
      'The Défense ministers met on Tuesday in Brussels.',
      'Allies agreed the Defence Investment Pledge in 2014; 3.5% of GDP followed.',
      'nothing here at all',
      '',
    ];
    for (const re of expressions) {
      const g = gated(re);
      for (const text of texts) expect(g.test(text), `${re} on "${text}"`).toBe(re.test(text));
    }
  });

  it('answers as the expression does on every paragraph and sentence of the committed real articles', () => {
    const dir = join(__dirname, '../../fixtures/real');
    const texts: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.includes('labels')))
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) {
        const { text } = JSON.parse(line) as { text?: string };
        if (!text) continue;
        for (const p of text.split('\n')) {
          texts.push(p);
          for (const s of p.split(/(?<=[.!?])\s+/)) texts.push(s);
        }
      }
    expect(texts.length).toBeGreaterThan(1000);
    for (const re of expressions) {
      const g = gated(re);
      let hits = 0;
      for (const text of texts) {
        const want = re.test(text);
        if (want) hits++;
        if (g.test(text) !== want) expect.fail(`${re} on "${text}"`);
      }
      // Each expression matches something there, so the comparison is not only of misses.
      if (!/Investment|Monday/.test(re.source)) expect(hits, String(re)).toBeGreaterThan(0);
    }
    // Every paragraph and sentence of the committed sets, nine expressions each: seconds on a busy machine.
  }, 60_000);

  it('answers as the expression does with letters folded away from ASCII: accents, long s, Kelvin sign, dotless i', () => {
    const re = /\bsuccessor\b|\bkiev\b/i;
    const g = gated(re);
    for (const text of ['the succéssor', 'the ſuccessor', '\u212Aiev', 'K\u0131ev', 'KIEV', 'Successor!', 'successo r'])
      expect(g.test(text), text).toBe(re.test(text));
  });

  it('refuses a global or sticky expression, whose failed test would reset lastIndex', () => {
    expect(() => gated(/summit/g)).toThrow();
    expect(() => gated(/summit/y)).toThrow();
  });
});
