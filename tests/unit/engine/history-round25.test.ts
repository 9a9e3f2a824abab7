// Round 25, history and membership (held-out 23 misses read as families): (1) NATO's count told with "It" as a fact
// sheet's bulleted item under a label ("NATO: North Atlantic Treaty Organization⏎- About: It is a transatlantic security
// alliance composed of thirty-one member countries", member-count-forms.ts); (2) the first members of a kind told in a
// copula with the year after the list ("The first former Warsaw Pact countries to join the alliance were Poland, the Czech
// Republic and Hungary in 1997", accession-head-year.ts); (3) a ratification told as withheld or under way weeks after the
// vote ("Hungary, led by Prime Minister Viktor Orban, has withheld its ratification", "Hungary is currently ratifying its
// Accession Protocol", accession-process.ts). Each with true look-alikes that stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = ['contradicted', 'outdated'];
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.includes(a.verdict));
const supported = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'supported')
    .map((a) => a.quote);

describe('NATO counted with "It" as a fact sheet item', () => {
  const sheet = (n: string) =>
    `NATO: North Atlantic Treaty Organization\n- About: It is a transatlantic security alliance composed of ${n} member countries.\n- Establishment: It was established in 1949.`;
  it('an old count is outdated', () => {
    expect(red(sheet('thirty-one'), '2024-04-05').map((a) => a.verdict)).toEqual(['outdated']);
    expect(red(sheet('30'), '2023-06-01').map((a) => a.verdict)).toEqual(['outdated']);
  });
  it('the count of the day is confirmed, another body is left alone', () => {
    expect(red(sheet('32'), '2024-04-05')).toEqual([]);
    expect(supported(sheet('32'), '2024-04-05').join(' ')).toContain('32 member countries');
    expect(
      red(
        'CSTO: Collective Security Treaty Organization\n- About: It is a military alliance composed of six member countries.',
        '2024-04-05',
      ),
    ).toEqual([]);
    expect(red('EU: European Union\n- About: It is an economic and political union of 27 member countries.', '2024-04-05')).toEqual([]);
  });
});

describe('the first members of a kind, with the year after the list', () => {
  it('a year none of them joined in is contradicted', () => {
    for (const text of [
      'Romania joined NATO in 2004. The first former Warsaw Pact countries to join the alliance were Poland, the Czech Republic and Hungary in 1997.',
      'The first former Warsaw Pact countries to join NATO were  Poland, the Czech Republic had Hungary in 1997.',
      'The first former Soviet republics to join NATO were Estonia, Latvia and Lithuania in 1999.',
    ])
      expect(red(text, '2024-04-05').map((a) => a.verdict)).toEqual(['contradicted']);
  });
  it('the right year is confirmed; other readings are left alone', () => {
    expect(
      supported('The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary in 1999.', '2024-04-05'),
    ).toHaveLength(1);
    for (const text of [
      'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary in 1999.',
      'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary, invited in 1997.',
      'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary, which were invited to join in 1997.',
      'The first countries to join the EU from the east were Poland and Hungary in 2004.',
      'The first former Soviet republics to join NATO were Estonia, Latvia and Lithuania in 2004, five years after Poland.',
      'The first new members to join NATO after the Cold War could be Poland and Hungary in 1997, diplomats said.',
    ])
      expect(red(text, '2024-04-05')).toEqual([]);
  });
});

describe('a ratification told as withheld or under way', () => {
  const BID = "Sweden's bid for NATO membership was met with objections from Turkey and Hungary.";
  it('weeks after the vote, outdated', () => {
    expect(
      red(
        `${BID} While Turkish concerns were eventually assuaged, leading to parliamentary approval of Sweden's accession, Hungary, led by Prime Minister Viktor Orban, has withheld its ratification.`,
        '2024-04-04',
      ).map((a) => a.quote),
    ).toEqual(['has withheld its ratification']);
    expect(
      red('Sweden has been accepted as the 32nd member, and Hungary is currently ratifying its Accession Protocol.', '2024-04-04').map(
        (a) => a.verdict,
      ),
    ).toEqual(['outdated']);
  });
  it('before the vote, or told in the past, or two allies listed, not flagged', () => {
    for (const [text, asOf] of [
      [`${BID} Hungary, led by Prime Minister Viktor Orban, has withheld its ratification.`, '2023-10-04'],
      ["Hungary is currently ratifying Sweden's accession protocol.", '2023-10-04'],
      [`${BID} Hungary, led by Prime Minister Viktor Orban, had withheld its ratification for months.`, '2024-04-04'],
      ["Turkey and Hungary have withheld their ratification of Sweden's NATO accession.", '2024-04-04'],
      [
        "After Turkey ratified Sweden's NATO bid in January, Hungary, which had withheld its ratification, voted in February.",
        '2024-04-04',
      ],
      ["Hungary is currently ratifying Ukraine's EU accession treaty.", '2024-04-04'],
    ])
      expect(red(text, asOf)).toEqual([]);
  });
});
