// Round 46, the lead's readings after the end score of held-out 45: the one red flag raised on unlabelled text (us005)
// and two classes of missed errors (ux003, ut001 and uy009), each read as a class with true look-alikes kept quiet.
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

const redOn = (text: string, asOf: string, words: string) => saidRed(text, asOf).filter((s) => s.includes(words));

describe('a source cited by author and year tells no time of the page (narrated-time.ts CITED_YEAR_RE)', () => {
  // https://www.muslimworldreport.com/news/international/2025-06-23-nato-nations-pledge-5-perc... (23 June 2025; held-out
  // 45 ux003): the page ends on "(Moller, 2023)" and "(Paul, 2005)"; counted as past times they made it a page mostly about
  // the past, which withheld its stale title.
  const page = (a: string, b: string) =>
    'NATO nations have collectively agreed to target a historic 5% of their GDP for defense spending over the next decade.\n\n' +
    'This agreement was finalized during a NATO summit attended by key figures such as Spanish Prime Minister Pedro Sanchez ' +
    'and Dutch Prime Minister Mark Rutte.\n\n' +
    `Experts caution that many member states have struggled to meet the earlier 2% goal ${a}. Given this track record, ` +
    `skepticism lingers regarding NATO's ability to sustain such a steep increase ${b}.`;

  it('flags the stale title on a page that cites its sources so', () => {
    for (const [a, b] of [
      ['(Moller, 2023)', '(Paul, 2005)'],
      ['(Moller et al., 2023)', '(Paul 2005)'],
      ['(SIPRI, 2024)', '(Smith and Jones, 2019, p. 4)'],
    ])
      expect(redOn(page(a, b), '2025-06-23', 'Dutch Prime Minister Mark Rutte'), a).toHaveLength(1);
  });

  it('keeps a page that tells past years as its story mostly about the past', () => {
    // The same words with two years told as times: the title may be of then, and is withheld as before.
    expect(redOn(page('in 2019', 'as it did in 2014'), '2025-06-23', 'Rutte')).toEqual([]);
    expect(redOn(page('(in 2019)', '(as in 2014)'), '2025-06-23', 'Rutte')).toEqual([]);
  });

  it('still lets a year in parentheses after a summit time its own sentence', () => {
    const text =
      'At the summit (Madrid, 2022), Dutch Prime Minister Mark Rutte backed the accession of Finland and Sweden (Stoltenberg, 2022).';
    expect(redOn(text, '2025-06-23', 'Rutte')).toEqual([]);
  });
});

describe('"as the NAME administration" steps up, or acts with its allies, after its president left (tenure-administration.ts)', () => {
  it('flags the acts of an administration no longer in office', () => {
    // https://evrimagaci.org/gpt/us-sanctions-russias-oil-giants-amid-ukraine-tensions-512579 (23 October 2025; ut001).
    const ut001 =
      'Washington\u2019s shift to target Rosneft and Lukoil marks a major escalation as the Biden administration and European allies push for a ceasefire in Ukraine.';
    expect(redOn(ut001, '2025-10-23', 'the Biden administration and European allies push')).toHaveLength(1);
    // https://srqmls.com/article/oil-prices-surge-trump-s-impact-on-global-energy-markets (16 October 2025; uy009).
    const uy009 =
      "Furthermore, he indicated that the next objective for the U.S. would be to persuade China to follow suit, as the Biden administration amplifies its initiatives to curb Moscow's energy income.";
    expect(redOn(uy009, '2025-10-16', 'the Biden administration amplifies')).toHaveLength(1);
    expect(redOn('Oil rose as the Biden administration intensifies pressure on Moscow.', '2025-06-02', 'Biden')).toHaveLength(1);
    expect(redOn('Kyiv waits while the Biden administration and its partners weigh new aid.', '2025-05-02', 'Biden')).toHaveLength(1);
  });

  it('stays quiet on the sitting administration, its own time, plural nouns and past tenses', () => {
    const quiet: Array<[string, string]> = [
      ['Oil rose as the Biden administration amplifies its initiatives to curb Moscow\u2019s energy income.', '2024-10-16'],
      ['It comes as the Trump administration and European allies push for a ceasefire.', '2025-10-16'],
      ['It comes as the Biden administration officials push back on the claim.', '2025-10-16'],
      ['As the Biden administration and its allies pushed for sanctions in 2022, Moscow adapted.', '2025-10-16'],
      ['In 2022, as the Biden administration and European allies push for sanctions, Moscow adapts.', '2025-10-16'],
      ['If the Biden administration amplifies its effort, Moscow loses.', '2024-12-01'],
    ];
    for (const [text, asOf] of quiet) expect(saidRed(text, asOf), text).toEqual([]);
  });
});

describe('a past verb of the share of allies at 2% is of an earlier time (spending-share-of-allies.ts)', () => {
  // https://grokipedia.com/page/2025_NATO_summit (October 2025; held-out 45 us005, a true sentence the engine flagged):
  // the sentence before is one sentence with it (its "[3][4]" keeps the splitter from cutting), and its present "to
  // allocate" made the share the page's year, when all 32 allies were estimated at 2%.
  const us005 =
    'Key outcomes included a landmark pledge by allies to allocate 5% of their gross domestic products to defense-related ' +
    'expenditures within a decade, marking a significant escalation from the prior 2% guideline established in 2014.[3][4] ' +
    'This commitment reflected empirical pressures from uneven burden-sharing within the alliance, where only a minority of ' +
    'members had consistently met even the lower threshold, prompting renewed emphasis on deterrence.';

  it('does not judge it against the page year', () => {
    expect(saidRed(us005, '2025-10-28')).toEqual([]);
  });

  it('still judges a past verb with a year the sentence tells', () => {
    const confirmed = analyze(
      'Only a minority of NATO members met the 2% target this year, as allies pledge to allocate more.',
      '2019-10-28',
    );
    expect(confirmed.some((a) => a.verdict === 'supported' && a.quote.startsWith('Only a minority of NATO members met'))).toBe(true);
    expect(saidRed('Most NATO members met the 2% target in 2019, as allies pledge to allocate more.', '2025-10-28')).not.toEqual([]);
  });
});
