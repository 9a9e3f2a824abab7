// Spending targets and counts, eighth round: the coming target told as what a summit is to discuss ("One of the key
// proposals on the table", "A key agenda item ... is the new NATO defense spending target of 5%"); a figure named as
// the target set in a year when NATO set another ("the 3% benchmark established in 2014"), checked both ways. Each
// with its source and date, the same sentence with the fact changed, and a similar true sentence that must not be
// flagged.
import { describe, expect, it } from 'vitest';
import { figureVerdictsOn as verdictsOn, isRed } from './helpers';

describe('the coming target told as what a summit is to discuss', () => {
  it('confirms "One of the key proposals on the table is a new spending target: 3.5 percent ... and an additional 1.5 percent"', () => {
    // Polskie Radio, 23 June 2025 (https://www.polskieradio.pl/395/7784/Artykul/3541810,polish-defence-chief-hopes-for-nato-unity-ahead-of-summit).
    const text =
      'The summit, taking place on Tuesday and Wednesday in The Hague, Netherlands, will be the first NATO gathering since Trump returned to the White House in January. One of the key proposals on the table is a new spending target: 3.5 percent of GDP for defence and an additional 1.5 percent for other security-related needs, starting in 2032.';
    expect(verdictsOn(text, '3.5 percent', '2025-06-23')).toEqual(['supported']);
    expect(verdictsOn(text, '1.5 percent', '2025-06-23')).toEqual(['supported']);
  });

  it('confirms "A key agenda item at the meeting is the new NATO defense spending target of 5% of GDP"', () => {
    // fluxdaily.news, 24 June 2025 (https://fluxdaily.news/article/DHIRCzoSQ5Zk).
    const text =
      'A key agenda item at the meeting is the new NATO defense spending target of 5% of GDP, a significant increase compared to the existing guideline.';
    expect(verdictsOn(text, '5% of GDP', '2025-06-24')).toEqual(['supported']);
    // Devdiscourse (Reuters), May 2025 (https://www.devdiscourse.com/article/politics/3367805-raising-the-stakes-ruttes-nato-spending-proposal).
    const proposal =
      'NATO Chief Mark Rutte has put forward a proposal for alliance members to increase their defense spending to 3.5% of GDP, with an additional 1.5% on defense-related items.';
    expect(verdictsOn(proposal, '3.5%', '2025-05-20')).toEqual(['supported']);
  });

  it('only tells of a new target months before the summit', () => {
    // Reuters, January 2025 (https://thefrontierpost.com/nato-chief-rutte-floats-including-broader-security-spending-to-meet-trump-defense-target/):
    // Rutte's idea, six months before The Hague.
    const text =
      'NATO chief Mark Rutte has proposed alliance members boost defense spending to 3.5 percent of GDP and commit a further 1.5 percent to broader security-related spending, a new defence target.';
    expect(isRed(verdictsOn(text, '3.5 percent', '2025-01-01'))).toBe(false);
    expect(verdictsOn(text, '3.5 percent', '2025-01-01')).not.toContain('supported');
  });
});

describe('a figure named as the target NATO set in a year', () => {
  // fluxdaily.news, 24 June 2025 (https://fluxdaily.news/article/DHIRCzoSQ5Zk); its sister copy (onpointinfo.news) has
  // "the 2% threshold established in 2014".
  const flux =
    'A key agenda item at the meeting is the new NATO defense spending target of 5% of GDP, a significant increase compared to the existing guideline, with many countries still falling short of the 3% benchmark established in 2014.';

  it('contradicts "the 3% benchmark established in 2014" (Wales: 2%), and confirms the sister copy’s 2%', () => {
    expect(verdictsOn(flux, 'the 3% benchmark established in 2014', '2025-06-24')).toEqual(['contradicted']);
    const sister = flux.replace('3% benchmark', '2% threshold');
    expect(verdictsOn(sister, 'the 2% threshold established in 2014', '2025-06-24')).toEqual(['supported']);
    // Wrong whenever told: in a passage about 2014 too.
    const narrated = 'In 2014, NATO allies fell short of the 3% benchmark established in 2014 for defence spending.';
    expect(verdictsOn(narrated, 'the 3% benchmark', '2025-06-24')).toEqual(['contradicted']);
  });

  it('reads the year in an apposition and in "was agreed upon by ... in"', () => {
    // 24/7 Wall St., 1 September 2024 (https://247wallst.com/military/2024/09/01/nato-defense-spending-which-countries-are-meeting-their-commitments/).
    const wallSt =
      'NATO members’ commitments to spending 2% of their GDP on defense, a goal set in 2014. Currently, 23 out of 32 members are meeting or will soon meet this target.';
    expect(verdictsOn(wallSt, '2%', '2024-09-01')).toEqual(['supported']);
    expect(verdictsOn(wallSt.replace('spending 2%', 'spending 3%'), '3%', '2024-09-01')).toEqual(['contradicted']);
    // Shephard Media, 2022 (https://www.shephardmedia.com/news/defence-notes/nato-estimates-that-70-of-the-member-states-will-not-reach-2-of-the-gdp-in-defence-spending-in-2022/).
    const shephard =
      'The allocation of 2% of the GDP to defence expenditure was agreed upon by NATO defence ministers in 2006 as a way to ensure the Alliance’s military readiness.';
    expect(verdictsOn(shephard, 'The allocation of 2%', '2022-07-01')).toEqual(['supported']);
    expect(verdictsOn(shephard.replace('of 2%', 'of 3%'), 'The allocation of 3%', '2022-07-01')).toEqual(['contradicted']);
  });

  it('contradicts the Hague figures given an earlier year, and leaves disputed or unknown years alone', () => {
    const hague = 'NATO allies are far from the 5% of GDP target set in 2024.';
    expect(verdictsOn(hague, '5%', '2025-08-24')).toEqual(['contradicted']);
    expect(verdictsOn(hague.replace('2024', '2025'), '5%', '2025-08-24')).toEqual(['supported']);
    // Accounts differ on when 2% was first agreed (Prague, 2002; Riga, 2006).
    expect(isRed(verdictsOn('The 2% of GDP target set in 2002 at Prague by NATO is history.', '2%', '2025-08-24'))).toBe(false);
    // One ally's own target, and a share of defence budgets (Wales's 20% on equipment), are other figures.
    expect(verdictsOn('Poland’s 3% of GDP target set in 2014 is ambitious, NATO said.', '3%', '2025-08-24')).toEqual([]);
    expect(
      verdictsOn('NATO allies still fall short of the 20% benchmark established in 2014 for equipment spending.', '20%', '2025-08-24'),
    ).toEqual([]);
  });
});
