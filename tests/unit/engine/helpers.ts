// Runs the real engine on the real fact base; tests look up what it said about a quote.
import { expect, it } from 'vitest';
import { getFacts } from '../../../src/facts';
import { createEngine } from '../../../src/engine';
import { isProblem, type Annotation } from '../../../src/engine/types';

const engine = createEngine(getFacts());

export function analyze(text: string, asOf: string, dateCertain = true): Annotation[] {
  return engine.analyze(text, { asOf, dateCertain });
}

/** The annotations that overlap `quote` in `text`. */
function annotationsOn(text: string, quote: string, asOf: string, dateCertain = true): Annotation[] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return analyze(text, asOf, dateCertain).filter((a) => a.start < end && a.end > start);
}

/** Verdicts of the annotations that overlap `quote` in `text`. */
export function verdictsOn(text: string, quote: string, asOf: string, dateCertain = true): string[] {
  return annotationsOn(text, quote, asOf, dateCertain).map((a) => a.verdict);
}

/** The annotations of one kind that overlap `quote` (other kinds on the same words aside). */
export function kindOn(kind: Annotation['kind'], text: string, quote: string, asOf: string, dateCertain = true): Annotation[] {
  return annotationsOn(text, quote, asOf, dateCertain).filter((a) => a.kind === kind);
}

/** The event annotations that overlap `quote`. */
export function eventsOn(text: string, quote: string, asOf: string, dateCertain = true): Annotation[] {
  return kindOn('event', text, quote, asOf, dateCertain);
}

/** Verdicts of the event annotations that overlap `quote`. */
export function eventVerdictsOn(text: string, quote: string, asOf: string, dateCertain = true): string[] {
  return eventsOn(text, quote, asOf, dateCertain).map((a) => a.verdict);
}

/** Verdicts of the figure annotations that overlap `quote` (a year's event on the same words aside). */
export function figureVerdictsOn(text: string, quote: string, asOf: string): string[] {
  return kindOn('figure', text, quote, asOf).map((a) => a.verdict);
}

export const isRed = (verdicts: string[]) => verdicts.some((v) => v === 'outdated' || v === 'contradicted');

/** What the engine said on `text`, one "verdict: quote" line per annotation: a readable failure message. */
export const said = (text: string, asOf: string): string[] => analyze(text, asOf).map((a) => `${a.verdict}: ${a.quote}`);
/** Its red lines (outdated or contradicted). */
export const saidRed = (text: string, asOf: string): string[] => said(text, asOf).filter((s) => /^(?:contradicted|outdated)/.test(s));
/** Its confirmations. */
export const saidConfirmed = (text: string, asOf: string): string[] => said(text, asOf).filter((s) => s.startsWith('supported'));

/** Each [text, date] case raises no red flag. */
export const expectNoRed = (cases: ReadonlyArray<readonly [string, string]>): void => {
  for (const [text, asOf] of cases) expect(saidRed(text, asOf), text).toEqual([]);
};
/** Each [text, date] case is confirmed, with no red flag. */
export const expectConfirmed = (cases: ReadonlyArray<readonly [string, string]>): void => {
  for (const [text, asOf] of cases) {
    expect(saidConfirmed(text, asOf), text).not.toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};

/** Each [text, date, quote] case: `quote` is flagged contradicted as a claim of `kind` (other kinds may flag too). */
export const expectContradictedAs = (kind: Annotation['kind'], cases: ReadonlyArray<readonly [string, string, string]>): void => {
  for (const [text, asOf, quote] of cases)
    expect(
      analyze(text, asOf)
        .filter((a) => a.kind === kind && a.verdict === 'contradicted')
        .map((a) => a.quote),
      text,
    ).toContain(quote);
};
/** Each [text, date, quote] case: no red flag, and `quote` is confirmed as a claim of `kind`. */
export const expectSupportedAs = (kind: Annotation['kind'], cases: ReadonlyArray<readonly [string, string, string]>): void => {
  for (const [text, asOf, quote] of cases) {
    expect(saidRed(text, asOf), text).toEqual([]);
    expect(
      analyze(text, asOf)
        .filter((a) => a.kind === kind && a.verdict === 'supported')
        .map((a) => a.quote),
      text,
    ).toContain(quote);
  }
};

/** The red flags (outdated or contradicted) the engine raises on `text`. */
export function redFlags(text: string, asOf: string): Annotation[] {
  return analyze(text, asOf).filter((a) => isProblem(a.verdict));
}

/** The quotes of the red flags on `text`. */
export function redQuotes(text: string, asOf: string): string[] {
  return redFlags(text, asOf).map((a) => a.quote);
}

/** The quotes of the supported claims on `text`. */
export function supportedQuotes(text: string, asOf: string): string[] {
  return analyze(text, asOf)
    .filter((a) => a.verdict === 'supported')
    .map((a) => a.quote);
}

/** The fact ids of the events confirmed on `text`. */
export function confirmedEventIds(text: string, asOf: string): string[] {
  return analyze(text, asOf)
    .filter((a) => a.kind === 'event' && a.verdict === 'supported')
    .flatMap((a) => a.factIds);
}

/** The membership annotations of a text (member counts, accessions, ratifications). */
const membershipOf = (text: string, asOf: string): Annotation[] => analyze(text, asOf).filter((a) => a.kind === 'membership');
/** Its red flags. */
export const membershipRed = (text: string, asOf: string): Annotation[] =>
  membershipOf(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
/** The quotes it confirms. */
export const membershipSupported = (text: string, asOf: string): string[] =>
  membershipOf(text, asOf)
    .filter((a) => a.verdict === 'supported')
    .map((a) => a.quote);

/** One test per run of `run` [date, text] cases, each raising no red flag (a failure names its case and a short run). */
export function itFlagsNoneInRuns(cases: ReadonlyArray<readonly [string, string]>, run = 50): void {
  for (let from = 0; from < cases.length; from += run)
    it(`flags none of sentences ${from + 1}-${Math.min(from + run, cases.length)}`, () => {
      for (const [asOf, text] of cases.slice(from, from + run)) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
    }, 60_000);
}

/** One test that no [date, paragraph] case raises a red flag. */
export function itFlagsNoneOfTheParagraphs(cases: ReadonlyArray<readonly [string, string]>): void {
  it('flags none of the paragraphs', () => {
    for (const [asOf, text] of cases) expect(redQuotes(text, asOf), `${asOf} ${text}`).toEqual([]);
  }, 60_000);
}

/** The red flags of `text`, one "verdict kind: quote" line each. */
const redWithKind = (text: string, asOf: string): string[] =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')
    .map((a) => `${a.verdict} ${a.kind}: ${a.quote}`);

/** Each [text, date, quote, verdict] case raises that membership red flag on the quote. */
export const expectMembershipFlagged = (cases: ReadonlyArray<readonly [string, string, string, 'contradicted' | 'outdated']>): void => {
  for (const [text, asOf, quote, verdict] of cases)
    expect(redWithKind(text, asOf), `${asOf} ${text}`).toContain(`${verdict} membership: ${quote}`);
};
/** Each [text, date] case raises no red flag of any kind. */
export const expectMembershipQuiet = (cases: ReadonlyArray<readonly [string, string]>): void => {
  for (const [text, asOf] of cases) expect(redWithKind(text, asOf), `${asOf} ${text}`).toEqual([]);
};
/** Each [text, date, quote] case confirms the quote as a membership claim. */
export const expectMembershipSupported = (cases: ReadonlyArray<readonly [string, string, string]>): void => {
  for (const [text, asOf, quote] of cases)
    expect(
      analyze(text, asOf).some((a) => a.verdict === 'supported' && a.kind === 'membership' && a.quote === quote),
      `${asOf} ${text}`,
    ).toBe(true);
};
