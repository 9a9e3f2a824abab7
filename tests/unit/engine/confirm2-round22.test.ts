// Supported claims left bare, twenty-second round, second wave (held-out 19/20 misses read as development data): people
// named with an EU body, The Hague's split told with a decimal comma or in brackets on a page about one ally, the Wales
// figure with the allies as the subject, and the war's dates in more words. Every form here only confirms: each is tested
// with false look-alikes (another body, another figure, another year or day, another country) that must be neither
// confirmed nor flagged; the one red-flag path reached (figure-split.ts, a wrong part) is tested with true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const title = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);
const event = (text: string, quote: string, asOf: string) => kindOn('event', text, quote, asOf).map((a) => a.verdict);

describe('people named with an EU body (title-possessive.ts, title-plural.ts)', () => {
  it('"the European Commission’s Ursula von der Leyen", "the European Parliament’s Roberta Metsola"', () => {
    const yd307 =
      'The meeting also included phone conversations with key European leaders, such as France’s Emmanuel Macron, NATO’s Mark Rutte, and the European Commission’s Ursula von der Leyen.';
    expect(title(yd307, 'Ursula von der Leyen', '2025-12-28')).toEqual(['supported']);
    expect(title("The European Parliament's Roberta Metsola said the vote would go ahead.", 'Roberta Metsola', '2025-02-28')).toEqual([
      'supported',
    ]);
    expect(title('He spoke with the European Council’s Charles Michel.', 'Charles Michel', '2022-02-28')).toEqual(['supported']);
  });
  it('another body, or a former holder, is never confirmed nor flagged', () => {
    for (const [t, q, d] of [
      ['He spoke with the European Council’s Ursula von der Leyen.', 'Ursula von der Leyen', '2025-12-28'],
      ['He spoke with the European Commission’s Charles Michel.', 'Charles Michel', '2022-02-28'],
      ['He spoke with the European Council’s Charles Michel.', 'Charles Michel', '2025-02-28'],
      ['He spoke with the European Parliament’s Ursula von der Leyen.', 'Ursula von der Leyen', '2025-02-28'],
    ]) {
      expect(title(t, q, d)).not.toContain('supported');
      expect(isRed(verdictsOn(t, q, d))).toBe(false);
    }
  });
  it('"the presidents of the European Council and the European Commission, Charles Michel and Ursula von der Leyen"', () => {
    const ya019 =
      'On Tuesday, the presidents of the European Council and the European Commission, Charles Michel and Ursula von der Leyen, declared that both the recognition and the deployment were illegal.';
    expect(title(ya019, 'Charles Michel', '2022-02-28')).toEqual(['supported']);
    expect(title(ya019, 'Ursula von der Leyen', '2022-02-28')).toEqual(['supported']);
    // Crossed, as writers sometimes do: each is still the holder of one of the two.
    const crossed = ya019.replace('Charles Michel and Ursula von der Leyen', 'Ursula von der Leyen and Charles Michel');
    expect(title(crossed, 'Charles Michel', '2022-02-28')).toEqual(['supported']);
  });
  it('a former holder or a body neither held: not confirmed, never flagged', () => {
    const ya019 =
      'On Tuesday, the presidents of the European Council and the European Commission, Charles Michel and Ursula von der Leyen, declared that the deployment was illegal.';
    expect(title(ya019, 'Charles Michel', '2025-02-28')).toEqual(['context']);
    expect(isRed(verdictsOn(ya019, 'Charles Michel', '2025-02-28'))).toBe(false);
    const other = ya019.replace('European Commission', 'European Parliament');
    expect(title(other, 'Ursula von der Leyen', '2022-02-28')).not.toContain('supported');
    expect(isRed(verdictsOn(other, 'Ursula von der Leyen', '2022-02-28'))).toBe(false);
  });
});

describe("The Hague's split told with a decimal comma or in brackets (figure.ts, figure-split.ts)", () => {
  const lead =
    'NATO leaders are expected to confirm a new defense spending target of five percent of GDP at their summit in The Hague this week.\n';
  it('"3,5 percent ... and the remaining 1,5 percent" (a Croatian wire, June 2025)', () => {
    const ya059 = `${lead}Of that five percent, 3,5 percent would go to purely military expenditures, and the remaining 1,5 percent to costs for projects that have a civilian and military purpose.`;
    expect(figure(ya059, '3,5 percent', '2025-06-23')).toEqual(['supported']);
    expect(figure(ya059, '1,5 percent', '2025-06-23')).toEqual(['supported']);
  });
  it('a decimal comma is never "5%": a wrong part is not confirmed, and "a proposed 2,5% target" is not the 5% target', () => {
    const wrong = `${lead}Of that five percent, 3,5 percent would go to purely military expenditures, and the remaining 2,5 percent to costs for projects that have a civilian and military purpose.`;
    expect(figure(wrong, '2,5 percent', '2025-06-23')).toEqual([]);
    const m025 =
      'At last year’s Washington Summit, the North Atlantic Council could not reach consensus on a proposed 2,5% target for NATO defence spending.';
    expect(figure(m025, '2,5% target', '2025-07-02')).toEqual([]);
  });
  it('after the summit, a wrong part told with a decimal comma is contradicted; the right parts are not', () => {
    const t =
      'NATO leaders agreed a new defense spending target of five percent of GDP at their summit in The Hague.\nOf that 5%, 3,5% goes to core defence, and 2,5% to infrastructure and resilience.';
    expect(figure(t, '2,5%', '2025-07-23')).toEqual(['contradicted']);
    const right = t.replace('2,5%', '1,5%');
    expect(figure(right, '3,5%', '2025-07-23')).toEqual(['supported']);
    expect(figure(right, '1,5%', '2025-07-23')).toEqual(['supported']);
    expect(isRed(verdictsOn(right, 'Of that', '2025-07-23'))).toBe(false);
  });
  it('"less than 5% (3.5% on core defense and 1.5% on security-related expenditure)" on a page about Spain', () => {
    const ya039 =
      'In Rutte’s letter, the Secretary General states that "Spain is convinced that it can meet the new agreed capability targets with a spending trajectory of less than 5% (3.5% on core defense and 1.5% on security-related expenditure) of GDP."';
    expect(figure(ya039, '3.5%', '2025-06-22')).toEqual(['supported']);
    expect(figure(ya039, '1.5%', '2025-06-22')).toEqual(['supported']);
  });
  it("an ally's own split, or parts with no whole before them, say nothing", () => {
    for (const t of [
      'Spain is convinced that it can meet the new agreed capability targets with less than 5% (3% on core defense and 2% on security-related expenditure) of GDP.',
      'Spain says it can meet the targets with 2.1% (1.5% on core defense and 0.6% on security-related expenditure) of GDP.',
      'Spain will spend 3.5% on core defense and 1.5% on security-related expenditure.',
    ]) {
      expect(figure(t, 'Spain', '2025-06-22').concat(figure(t, '%', '2025-06-22'))).not.toContain('supported');
      expect(isRed(verdictsOn(t, 'Spain', '2025-06-22'))).toBe(false);
    }
  });
  it('an ally’s plan told with a decimal comma is read as written', () => {
    const t = 'Germany plans to raise its defence spending to 3,5% of GDP by 2029, in line with the NATO target.';
    expect(figure(t, '3,5%', '2025-07-10')).toEqual(['supported']);
  });
});

describe('the Wales figure with the allies as the subject (figure.ts)', () => {
  it('"far below the 2% that NATO leaders agreed on in Wales in 2014"', () => {
    const ya055 =
      'Instead, Luxembourg will continue to increase its defence spending to reach 0.72% of gross domestic product (GDP) by 2024, far below the 2% that NATO leaders agreed on in Wales in 2014.';
    expect(figure(ya055, 'the 2% that NATO leaders', '2022-03-31')).toEqual(['supported']);
    expect(figure('Spending is far below the 2% that allies agreed in Wales.', 'the 2%', '2022-03-31')).toEqual(['supported']);
  });
  it('another figure, another year, or one ally as the subject: not confirmed, never flagged', () => {
    for (const t of [
      'Spending is far below the 3% that NATO leaders agreed on in Wales in 2014.',
      'Spending is far below the 2% that NATO leaders agreed on in Wales in 2016.',
      'Luxembourg is far below the 2% that NATO leaders agreed on in Wales in 2016.',
      'Spending is far below the 2% that Luxembourg agreed on in Wales.',
    ]) {
      expect(figure(t, 'far below', '2022-03-31')).not.toContain('supported');
      expect(isRed(verdictsOn(t, 'far below', '2022-03-31'))).toBe(false);
    }
  });
});

describe("the war's dates in more words (war-anchors.ts)", () => {
  it('"Russian troops attacked Ukraine from Russia and Belarus at about 05:00 a.m. on February 24"', () => {
    const ya018 = 'Russian troops attacked Ukraine from Russia and Belarus at about 05:00 a.m. on February 24.';
    expect(event(ya018, 'Russian troops attacked Ukraine', '2022-03-02')).toEqual(['supported']);
    expect(event('Russian forces attacked Ukraine on February 24, 2022.', 'attacked', '2023-03-02')).toEqual(['supported']);
  });
  it('another day or year, or another country attacked, says nothing', () => {
    for (const [t, d] of [
      ['Russian troops attacked Ukraine from Russia and Belarus at about 05:00 a.m. on February 26.', '2022-03-02'],
      ['Russian troops attacked Ukraine from Belarus on February 24, 2021.', '2023-03-02'],
      ["Russian troops attacked Ukraine's Kharkiv region on February 24, 2023.", '2023-03-02'],
    ]) {
      expect(event(t, 'attacked', d)).toEqual([]);
      expect(isRed(verdictsOn(t, 'attacked', d))).toBe(false);
    }
    // Round 41 (war-day-told.ts): the invasion's day told by its acts with no country named is confirmed on a page of its
    // weeks ("attacked Ukrainian positions on February 24", 2 March 2022), and never flagged.
    const positions = 'Russian troops attacked Ukrainian positions on February 24.';
    expect(isRed(verdictsOn(positions, 'attacked', '2022-03-02'))).toBe(false);
  });
  it('"Since the full-scale Russian invasion in 2022" (adjective before "Russian")', () => {
    const ye406 = 'Since the full-scale Russian invasion in 2022, Ukraine has consistently taken a firm stance against negotiations.';
    expect(event(ye406, 'full-scale Russian invasion', '2025-03-05')).toEqual(['supported']);
    expect(event(ye406.replace('in 2022', 'in February 2022'), 'full-scale Russian invasion', '2025-03-05')).toEqual(['supported']);
  });
  it('another year or another country: not confirmed, never flagged', () => {
    for (const t of [
      'Since the full-scale Russian invasion in 2014, Ukraine has consistently taken a firm stance.',
      'Since the full-scale Russian invasion of Georgia in 2008, things changed.',
    ]) {
      expect(event(t, 'invasion', '2025-03-05')).toEqual([]);
      expect(isRed(verdictsOn(t, 'invasion', '2025-03-05'))).toBe(false);
    }
  });
  it('"the four year anniversary of the grinding war, on Tuesday", Russia named before (February 2026)', () => {
    const ya041 =
      'As the European Union confirms no agreement Monday on a proposed 20th package of sanctions against Russia, EU leaders are furious at Budapest.\n\nThe majority of EU states were hoping to unveil their next round of punitive sanctions in time for the four year anniversary of the grinding war, on Tuesday.';
    expect(event(ya041, 'four year anniversary', '2026-02-23')).toEqual(['supported']);
  });
  it('another weekday, another count, or far from the anniversary: not confirmed, never flagged', () => {
    const base =
      'As the European Union confirms no agreement on sanctions against Russia, EU leaders are furious.\n\nThey hoped to act in time for the four year anniversary of the grinding war, on Tuesday.';
    for (const [t, d] of [
      [base.replace('Tuesday', 'Thursday'), '2026-02-23'],
      [base.replace('four year', 'three year'), '2026-02-23'],
      [base.replace(', on Tuesday', ''), '2026-06-23'],
    ]) {
      expect(event(t, 'anniversary', d)).toEqual([]);
      expect(isRed(verdictsOn(t, 'anniversary', d))).toBe(false);
    }
    // With Ukraine named, a weekday that is not the anniversary's takes the confirmation away.
    const ukraine = 'Russia invaded Ukraine. Ukraine marks the fourth anniversary of the war on Wednesday.';
    expect(event(ukraine, 'fourth anniversary', '2026-02-24')).toEqual([]);
    expect(event(ukraine.replace('Wednesday', 'Tuesday'), 'fourth anniversary', '2026-02-24')).toEqual(['supported']);
  });
});
