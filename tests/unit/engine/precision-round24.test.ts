// Round 24 precision probe: true sentences shaped like the round's new red-flag forms, found flagged and fixed in general
// form (the flag withheld), with the forms that must stay flagged. (1) The Hague's review year (figure-forms.ts
// reviewYearSaid): a review of another body told after the target ("A review by the Commission will take place in 2028 of
// the EU's SAFE loans"). (2) Former Soviet republics (membership-soviet.ts): two descriptions paired with a list ("Ukraine
// and Poland, a former Soviet republic and a former Warsaw Pact state"), "respectively". (3) A leader's aide told with
// "first-term" as one word ("Trump's first-term national security adviser John Bolton", 2025): the numbered term read as
// the passage's time (narrated-time.ts), as "Trump's first term national security adviser" already was. (4) "As TITLE,
// NAME <past verb>" with an irregular verb ("As Dutch prime minister, Mark Rutte dealt with Trump", June 2025): the role's
// own time, as with "was", "led" or a verb in -ed (title-leaving.ts). (5) An accession step after a date of another
// clause with its own verb ("Sweden, which applied in May 2022, was formally invited to join the alliance in June of that
// year", accession-steps.ts). (6) Allies named as the exception ("All allies but Hungary and Turkey have ratified Sweden's
// accession", accession-process.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = ['contradicted', 'outdated'];
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.includes(a.verdict));
const redKind = (text: string, asOf: string, kind: string) => red(text, asOf).filter((a) => a.kind === kind);

const HAGUE = 'NATO allies agreed to spend 5% of GDP on defence by 2035.';

describe("The Hague's review year: another body's review is not the alliance's", () => {
  it('true look-alikes naming another institution are not flagged', () => {
    for (const text of [
      `${HAGUE} A review by the Commission will take place in 2028 of the EU's SAFE loans.`,
      `${HAGUE} The EU's rearmament plan will be reviewed in 2028.`,
      'NATO allies agreed to spend 5% of GDP on defence by 2035, and the EU’s SAFE loans will be reviewed in 2028.',
      `${HAGUE} A review of the European Defence Fund will take place in 2027.`,
      `${HAGUE} The government's defence law will be reviewed in 2030.`,
      `${HAGUE} A review will take place in 2029.`,
      `${HAGUE} Britain's next strategic defence review will take place in 2030.`,
    ])
      expect(redKind(text, '2025-07-01', 'figure')).toEqual([]);
  });
  it('the alliance’s review told with another year stays flagged', () => {
    for (const text of [
      `${HAGUE} A review will take place in 2030.`,
      `${HAGUE} The plan will be reviewed in 2030.`,
      'NATO allies agreed to spend 5% of GDP on defence by 2035, with a review in 2030.',
    ])
      expect(redKind(text, '2025-07-01', 'figure').length).toBe(1);
  });
});

describe('former Soviet republics: descriptions paired with a list', () => {
  it('true look-alikes are not flagged', () => {
    for (const text of [
      'Ukraine and Poland, a former Soviet republic and a former Warsaw Pact state, share a long border.',
      'Lithuania and Poland, a former Soviet republic and a Warsaw Pact state, border Kaliningrad.',
      'Poland and Lithuania, a former Soviet satellite and a former Soviet republic respectively, border Kaliningrad.',
      'Belarus and Hungary, a former Soviet republic and a former Soviet satellite, both buy Russian gas.',
    ])
      expect(redKind(text, '2025-12-22', 'membership')).toEqual([]);
  });
  it('one country called a former Soviet republic stays flagged, a second description or not', () => {
    expect(redKind('Poland, a former Soviet republic, joined NATO in 1999.', '2025-12-22', 'membership').length).toBe(1);
    expect(
      redKind('Poland, a former Soviet republic and a NATO member since 1999, borders Ukraine.', '2025-12-22', 'membership').length,
    ).toBe(1);
    expect(redKind('Poland and Lithuania, both former Soviet republics, joined NATO.', '2025-12-22', 'membership').length).toBe(1);
  });
});

describe("a president's numbered term written 'first-term'", () => {
  it('a first-term aide named in the second term is not flagged', () => {
    for (const text of [
      'Trump’s first-term national security adviser John Bolton criticised the talks.',
      "Trump's first-term national security adviser John Bolton criticised the talks.",
      'Trump’s first term national security adviser John Bolton criticised the talks.',
      'Trump’s first-administration defense secretary Jim Mattis criticised the talks.',
      'Trump’s first-term defense secretary Mark Esper said the plan was flawed.',
    ])
      expect(redKind(text, '2025-02-20', 'title')).toEqual([]);
  });
  it('without the term, or with the wrong one, it stays flagged', () => {
    expect(redKind('National security adviser John Bolton criticised the talks.', '2025-02-20', 'title').length).toBe(1);
    expect(redKind('Trump’s second-term national security adviser John Bolton criticised the talks.', '2025-02-20', 'title').length).toBe(
      1,
    );
  });
});

describe('"As TITLE, NAME" told in the past with an irregular verb', () => {
  it('the role’s own time is not flagged', () => {
    for (const text of [
      'As Dutch prime minister, Mark Rutte dealt with Trump during his first term.',
      'As Dutch prime minister, Mark Rutte dealt with Trump.',
      'As NATO chief, Jens Stoltenberg fought to keep Trump on board.',
      'As prime minister, Mark Rutte spoke often with Trump.',
      'As NATO secretary general, Jens Stoltenberg saw the alliance grow to 32 members.',
      'As foreign minister, Dmytro Kuleba went to Beijing in July 2024.',
    ])
      expect(redKind(text, '2025-06-26', 'title')).toEqual([]);
  });
  it('told as now, or without "As", it stays flagged', () => {
    expect(redKind('As NATO chief, Jens Stoltenberg speaks with Trump.', '2025-06-26', 'title').length).toBe(1);
    expect(redKind('NATO chief Jens Stoltenberg dealt with Trump on Tuesday.', '2025-06-26', 'title').length).toBe(1);
  });
});

describe('an accession step after a date of another clause', () => {
  it('the other verb’s date is not the step’s', () => {
    for (const text of [
      'Sweden, which applied in May 2022, was formally invited to join the alliance in June of that year.',
      'Sweden, which applied in May 2022, was invited to join the alliance a month later.',
      'Sweden applied in May 2022 and was formally invited to join the alliance in June of that year.',
      'Finland, which applied in May 2022, was invited to join NATO at the Madrid summit.',
    ])
      expect(redKind(text, '2024-03-08', 'membership')).toEqual([]);
  });
  it('the step’s own date stays flagged', () => {
    for (const text of [
      'In May 2022, Sweden was invited to join the alliance.',
      'Sweden was invited to join the alliance in May 2022.',
      'Sweden, which was invited to join the alliance in May 2022, joined on Thursday.',
    ])
      expect(redKind(text, '2024-03-08', 'membership').length).toBe(1);
  });
});

describe('allies named as the exception to a ratification', () => {
  it('is not read as having ratified', () => {
    for (const text of [
      'All allies but Hungary and Turkey have ratified Sweden’s accession.',
      'Every ally except Hungary and Turkey has ratified Sweden’s accession.',
      'Every ally apart from Hungary has ratified Sweden’s accession.',
      'All members other than Turkey have ratified Sweden’s accession.',
    ])
      expect(redKind(text, '2023-06-15', 'membership')).toEqual([]);
  });
  it('allies named as having ratified too early stay flagged', () => {
    expect(redKind('Hungary and Turkey have ratified Sweden’s accession.', '2023-06-15', 'membership').length).toBe(1);
  });
});
