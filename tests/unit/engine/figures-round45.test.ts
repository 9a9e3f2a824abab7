// Round 45, figures lane: spending targets told loosely (confirm-only, but for the wrong level of (1)).
// (1) The Hague's 5% as "the landmark agreement to allocate 5% of national GDP to defense" (held-out 43 tx001): whose output
//     ("national", "economic") and "to defence" (spending-hague-recall.ts); the allies' agreement told with a level no NATO
//     target ever had, contradicted (figure.ts).
// (2) A figure said to be "in line with a minimum target set by NATO" (held-out 43 tx019): the target in force (figure.ts).
// (3) "a crash 5% increase in the targets for defense spending, up from 2%" (held-out 43 ue007): the new level told as the
//     size of an increase in the target, the old one after "up from" (figure-raise-from.ts).
// (4) The Wales pledge in its own words, "move towards the 2% guideline within a decade" (held-out 43 ty002), with no summit,
//     year or ally beside them (spending-deadline.ts).
// (5) The Secretary General's proposal before The Hague (held-out 43 tx034): "a proposal by the NATO Secretary General to
//     increase investment ... to five percent of GDP", and its 3.5% + 1.5% in words while it was a proposal
//     (spending-proposal.ts; figures.json spendingDemands, reported on 2 May 2025).
// (6) The Hague's terms alone, "five per cent of their GDP by 2035", in a passage that names neither NATO nor defence (a
//     trigger on 2035 with a per cent, figure.ts; only the bare terms confirmed, nato-understood.ts).
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

const figures = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === 'figure');
const confirmed = (text: string, asOf: string) =>
  figures(text, asOf)
    .filter((a) => a.verdict === 'supported')
    .map((a) => a.quote);

describe('The Hague’s 5% told as an agreement to allocate it of national GDP to defence', () => {
  it('is confirmed, the quote alone and on its page', () => {
    // https://en.trend.az/baltics/4066428.html (5 July 2025, held-out 43 tx001)
    const page =
      'The ministers positively assessed the outcomes of the recent NATO summit in The Hague, particularly the landmark agreement to allocate 5% of national GDP to defense, the continued commitment to NATO’s Article 5, and joint support measures for Ukraine.';
    expect(confirmed(page, '2025-07-05')).toEqual(['5% of national GDP to defense']);
    expect(confirmed('the landmark agreement to allocate 5% of national GDP to defense', '2025-07-05')).toEqual([
      '5% of national GDP to defense',
    ]);
    // Other owners of the output and the preposition, as wires word it ("ramp up defence spending to 5% of their countries'
    // economic output", BBC, 25 June 2025).
    for (const text of [
      'NATO allies made a commitment to invest 5% of their economic output in defence.',
      'The allies’ pledge to spend 5% of their annual GDP on defence was hailed by Trump.',
    ])
      expect(figures(text, '2025-09-01').map((a) => a.verdict)).toEqual(['supported']);
  });
  it('leaves alone the days before the summit, one ally’s budget and range, and another deadline', () => {
    for (const [text, asOf] of [
      ['the landmark agreement to allocate 5% of national GDP to defense', '2025-06-20'],
      ['Poland will allocate 5% of its national GDP to defense next year.', '2025-09-01'],
      ['the agreement to allocate 5% of national GDP to defense by 2030', '2025-09-01'],
      // A range, one ally's plan.
      ['Lithuania plans to allocate 5-6% of national GDP to defense.', '2025-09-01'],
    ]) {
      expect(confirmed(text, asOf)).toEqual([]);
      expect(saidRed(text, asOf)).toEqual([]);
    }
  });
});

describe('the allies’ agreement told with a level no NATO target ever had', () => {
  it('is contradicted', () => {
    // Mutations of "the landmark agreement to allocate 5% of national GDP to defense" (held-out 43 tx001) and of "NATO allies
    // agreed to spend at least 2% of their GDP on defence" (AFP, July 2023).
    expect(saidRed('NATO allies agreed to spend 4% of GDP on defence.', '2019-05-01')).toEqual(['contradicted: 4%']);
    expect(saidRed('NATO allies agreed to spend 4% of GDP on defence.', '2025-09-01')).toEqual(['contradicted: 4%']);
    expect(saidRed('NATO leaders have committed to allocate 3% of their national GDP to defence.', '2025-09-01')).toEqual([
      'contradicted: 3%',
    ]);
  });
  it('leaves alone the levels NATO had, aid to Ukraine, some allies, a forecast, a doubt, another’s words and a share of budgets', () => {
    for (const [text, asOf] of [
      // https://www.semafor.com/article/06/25/2025/trump-says-committed-to-nato-all-the-way-at-key-meeting
      [
        'In a joint declaration, the alliance agreed to spend at least 3.5% of GDP on defense and 1.5% on security and other critical infrastructure.',
        '2025-06-25',
      ],
      // https://www.deccanherald.com/international/world-news-politics/nato-allies-agree-to-spend-at-least-2-of-their-gdp-on-defence-1235024.html
      ['NATO allies agree to spend at least 2% of their GDP on defence.', '2023-07-08'],
      ['NATO allies agreed to spend 0.25% of GDP on military aid to Ukraine.', '2025-09-01'],
      ['Nordic allies agreed to spend 3% of GDP on defence.', '2025-09-01'],
      ['Leaders of NATO’s eastern flank agreed to spend 3% of GDP on defence.', '2025-09-01'],
      ['Poland and its allies agreed to spend 4% of GDP on defence.', '2025-09-01'],
      ['NATO allies are expected to agree to spend 3% of GDP on defence.', '2025-06-20'],
      ['NATO allies agreed to spend more than 3% of GDP on defence.', '2025-09-01'],
      ['Trump claimed NATO allies agreed to spend 4% of GDP.', '2025-09-01'],
      ['NATO allies agreed to spend 2.5% of GDP on defence, Trump said.', '2025-09-01'],
      ['Macron said allies had not agreed to spend 4% of GDP on defence.', '2018-07-12'],
      ['NATO allies agreed to spend 20% of their defence budgets on equipment.', '2025-09-01'],
    ])
      expect(saidRed(text, asOf)).toEqual([]);
  });
});

describe('a figure said to be in line with a minimum target set by NATO', () => {
  it('is confirmed when a target of that figure was in force that day, whoever spends it', () => {
    // https://arctictoday.com/russia-will-remain-a-threat-to-europe-even-after-ukraine-war-finland-says (Reuters, 20 June 2024,
    // held-out 43 tx019)
    const page =
      'Finland will continue to spend at least 2% of gross domestic product on defence, in line with a minimum target set by NATO, according to the review.';
    expect(confirmed(page, '2024-06-20')).toEqual(['2%']);
    expect(confirmed('at least 2% of gross domestic product on defence, in line with a minimum target set by NATO', '2024-06-20')).toEqual([
      '2%',
    ]);
    expect(confirmed('Estonia spends 2% of its GDP on defence, as required by NATO.', '2019-03-01')).toEqual(['2%']);
  });
  it('says nothing of another level, another body’s target, or the 2% after The Hague replaced it', () => {
    for (const [text, asOf] of [
      // A level above the minimum is in line with it too: not the target's figure, not wrong.
      ['Finland will spend at least 3% of GDP on defence, in line with a minimum target set by NATO.', '2024-06-20'],
      ['Finland will spend at least 2% of GDP on defence, in line with a minimum target set by the EU.', '2024-06-20'],
      ['Finland will spend at least 2% of GDP on defence, in line with a minimum target set by NATO.', '2025-09-01'],
    ]) {
      expect(confirmed(text, asOf)).toEqual([]);
      expect(saidRed(text, asOf)).toEqual([]);
    }
  });
});

describe('the new target told as the size of an increase in it, up from the old one', () => {
  it('is confirmed from the summit’s day', () => {
    // https://fortunefwd.com/?p=86723 (25 June 2025, held-out 43 ue007)
    const page =
      'Trump’s statements came right before the NATO summit. The summit is expected to announce a crash 5% increase in the targets for defense spending, up from 2%.';
    expect(confirmed(page, '2025-06-25')).toEqual(['5% increase in the targets for defense spending, up from 2%']);
    expect(confirmed('5% increase in the targets for defense spending, up from 2%', '2025-06-25')).toEqual([
      '5% increase in the targets for defense spending, up from 2%',
    ]);
  });
  it('leaves alone a rise of spending itself, the days before the summit and another old figure', () => {
    for (const [text, asOf] of [
      // A growth rate: the increase is of spending, not of the target.
      ['NATO allies announced a 5% increase in defence spending, up from 2% last year.', '2025-07-10'],
      ['The summit is expected to announce a 5% increase in the targets for defense spending, up from 2%.', '2025-06-10'],
    ]) {
      expect(confirmed(text, asOf)).toEqual([]);
      expect(saidRed(text, asOf)).toEqual([]);
    }
    // The target it replaced was 2%: "up from 3%" is not confirmed as the replaced one (and, confirm-only, not flagged).
    const text = 'NATO agreed a 5% increase in the targets for defense spending, up from 3%.';
    expect(confirmed(text, '2025-07-10').some((q) => q.includes('up from 3%'))).toBe(false);
    expect(saidRed(text, '2025-07-10')).toEqual([]);
  });
});

describe('the Wales pledge in its own words', () => {
  it('is confirmed with its span, quoted alone or with the allies', () => {
    // https://esharp.eu/debates/external-action/in-defence-of-the-2 (November 2017, held-out 43 ty002)
    expect(confirmed('“move towards the 2% guideline within a decade', '2017-11-15')).toEqual(['within a decade']);
    expect(
      confirmed(
        'The headline goal, as embedded in the Summit Declaration, is for Allies to “move towards the 2% guideline within a decade with a view to meeting their NATO Capability Targets and filling NATO’s capability shortfalls” (emphasis added).',
        '2017-11-15',
      ),
    ).toContain('within a decade');
    // http://uk.reuters.com/article/ukraine-crisis-defence-idUKL5N0R41S220140905 (Reuters, 5 September 2014, the communique)
    expect(
      confirmed(
        '"Allies whose current proportion of GDP spent on defence is below this level will halt any decline in defence expenditure; aim to increase defence expenditure in real terms as GDP grows (and) aim to move towards the 2 percent guideline within a decade," the communique said.',
        '2014-09-05',
      ),
    ).toContain('within a decade');
  });
  it('leaves alone the same words of something else, of one ally, and before the pledge', () => {
    for (const [text, asOf] of [
      ['Sales should move towards the 2% guideline within a decade, the bank said.', '2019-01-01'],
      ['Germany pledged to move towards the 2% guideline within a decade.', '2019-01-01'],
      ['Allies should move towards the 2% guideline within a decade.', '2012-01-01'],
      ['Inflation will move towards the 2% target within a decade.', '2019-01-01'],
    ]) {
      expect(confirmed(text, asOf)).toEqual([]);
      expect(saidRed(text, asOf)).toEqual([]);
    }
  });
});

describe('the Secretary General’s proposal before The Hague', () => {
  it('is confirmed by the office or the surname, and its two parts in words while it was a proposal', () => {
    // https://www.mixedtimes.com/news/germanys-top-diplomat-heads-to-us-for-talks-on-ukraine-nato-trade (AFP, 28 May 2025,
    // held-out 43 tx034)
    const page =
      'He reiterated that Germany supports a proposal by the NATO Secretary General to increase investment in defence and relevant infrastructure to five percent of GDP, referring to a plan to gradually raise military spending to 3.5 percent and security related spending to 1.5 percent of output.';
    expect(confirmed(page, '2025-05-28')).toEqual(['five percent', '3.5 percent', '1.5 percent']);
    expect(
      confirmed(
        'a proposal by the NATO Secretary General to increase investment in defence and relevant infrastructure to five percent of GDP',
        '2025-05-28',
      ),
    ).toEqual(['five percent']);
    const parts = figures('military spending to 3.5 percent and security related spending to 1.5 percent of output', '2025-05-28');
    expect(parts.map((a) => `${a.verdict}: ${a.quote}`)).toEqual(['supported: 3.5 percent', 'supported: 1.5 percent']);
    expect(parts.every((a) => a.factIds.includes('spending-proposal-rutte-2025'))).toBe(true);
    // https://www.brusselstimes.com/1645008/stronger-and-more-lethal-nato-officially-agrees-5-defence-spending-tbtb (25 June 2025)
    expect(
      confirmed('On Wednesday, NATO allies accepted Rutte’s proposal to split this 5% of GDP into two pillars.', '2025-06-25'),
    ).toEqual(['5%']);
  });
  it('is not read before it was reported, of one ally’s split, of another secretary general, nor as a demand of Rutte’s', () => {
    // Before 2 May 2025 the split is still "only adopted on June 25" (context), not a proposal on record.
    const early = figures('Rutte’s proposal of 3.5% for core defence and 1.5% for related spending won support.', '2025-04-10');
    expect(early.map((a) => a.verdict)).toEqual(['context', 'context']);
    for (const [text, asOf] of [
      ['NATO. Spain wants to raise military spending to 3.5 percent and security related spending to 1.5 percent of output.', '2025-05-20'],
      ['A plan by the UN Secretary General to cut emissions 5% was welcomed.', '2025-05-20'],
      ['Spain supports a proposal by the NATO Secretary General to raise spending to 3%.', '2025-05-20'],
    ]) {
      expect(confirmed(text, asOf)).toEqual([]);
      expect(saidRed(text, asOf)).toEqual([]);
    }
    // held-out 2 k051 (June 2025): "Rutte said" is no demand of his; the five percent is the obligation Trump insisted on.
    const k051 =
      '"NATO does not have an opt-out clause," Rutte said regarding Spain’s position on the obligation to allocate five percent of GDP, which is insisted on by US President Donald Trump.';
    expect(figures(k051, '2025-06-23').filter((a) => a.factIds.includes('spending-proposal-rutte-2025'))).toEqual([]);
  });
});

describe('The Hague’s terms alone, in a passage that names neither NATO nor defence', () => {
  it('are confirmed as bare terms', () => {
    // Quotes of held-out 38 rt005 (December 2025), 39 sh024 (June 2025), 21 za061 (June 2025), 17 va061 (August 2025).
    for (const [text, asOf] of [
      ['five percent of GDP by 2035', '2025-12-13'],
      ['five per cent of their GDP by 2035', '2025-06-26'],
      ['committing to a target of 5% of their gross domestic product (GDP) by 2035', '2025-06-26'],
      ['5 percent of GDP annually by 2035', '2025-08-20'],
    ])
      expect(figures(text, asOf).map((a) => a.verdict)).toEqual(['supported']);
  });
  it('leaves alone other shares of GDP by 2035, a country’s own, and the days before the summit', () => {
    for (const [text, asOf] of [
      ['Under the plan, public debt falls to 5% of GDP by 2035.', '2025-08-01'],
      ['Health spending is to rise to 5% of GDP by 2035.', '2025-08-01'],
      ['The government aims to cut the deficit to 3.5% of GDP by 2035.', '2025-08-01'],
      ['The fund targets investment of 5% of GDP by 2035.', '2025-08-01'],
      ['Exports are set to hit 5% of GDP by 2035.', '2025-08-01'],
      ['Spain: 5% of GDP by 2035', '2025-08-01'],
      ['Renewables will reach 35% by 2035.', '2025-08-01'],
      ['five percent of GDP by 2035', '2025-03-01'],
    ]) {
      expect(confirmed(text, asOf)).toEqual([]);
      expect(saidRed(text, asOf)).toEqual([]);
    }
  });
});
