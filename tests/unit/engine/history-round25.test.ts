// Round 25, history and membership (held-out 23 misses read as families): (1) NATO's count told with "It" as a fact
// sheet's bulleted item under a label ("NATO: North Atlantic Treaty Organization⏎- About: It is a transatlantic security
// alliance composed of thirty-one member countries", member-count-forms.ts); (2) the first members of a kind told in a
// copula with the year after the list ("The first former Warsaw Pact countries to join the alliance were Poland, the Czech
// Republic and Hungary in 1997", accession-head-year.ts); (3) a ratification told as withheld or under way weeks after the
// vote ("Hungary, led by Prime Minister Viktor Orban, has withheld its ratification", "Hungary is currently ratifying its
// Accession Protocol", accession-process.ts); (4) the invasion's day told with another weekday ("the anniversary of Russia's
// full-scale invasion of the country on Friday, February 24, 2022", war-anchors.ts); (5) the length of a candidate's way
// in with no start written ("Turkey and Hungary held up this process for over two years", accession-wait-length.ts); (6)
// Article 5 told as invoked by the United States, or for the first time in another year (treaty-articles.ts); (7) an
// enlargement told as presided over before it came ("Biden has presided over the addition of Finland and Sweden into
// NATO", July 2023, accession-premature.ts). Each with true look-alikes that stay unflagged.
import { describe, expect, it } from 'vitest';
import { redFlags, supportedQuotes } from './helpers';

describe('NATO counted with "It" as a fact sheet item', () => {
  const sheet = (n: string) =>
    `NATO: North Atlantic Treaty Organization\n- About: It is a transatlantic security alliance composed of ${n} member countries.\n- Establishment: It was established in 1949.`;
  it('an old count is outdated', () => {
    expect(redFlags(sheet('thirty-one'), '2024-04-05').map((a) => a.verdict)).toEqual(['outdated']);
    expect(redFlags(sheet('30'), '2023-06-01').map((a) => a.verdict)).toEqual(['outdated']);
  });
  it('the count of the day is confirmed, another body is left alone', () => {
    expect(redFlags(sheet('32'), '2024-04-05')).toEqual([]);
    expect(supportedQuotes(sheet('32'), '2024-04-05').join(' ')).toContain('32 member countries');
    expect(
      redFlags(
        'CSTO: Collective Security Treaty Organization\n- About: It is a military alliance composed of six member countries.',
        '2024-04-05',
      ),
    ).toEqual([]);
    expect(redFlags('EU: European Union\n- About: It is an economic and political union of 27 member countries.', '2024-04-05')).toEqual(
      [],
    );
  });
});

describe('the first members of a kind, with the year after the list', () => {
  it('a year none of them joined in is contradicted', () => {
    for (const text of [
      'Romania joined NATO in 2004. The first former Warsaw Pact countries to join the alliance were Poland, the Czech Republic and Hungary in 1997.',
      'The first former Warsaw Pact countries to join NATO were  Poland, the Czech Republic had Hungary in 1997.',
      'The first former Soviet republics to join NATO were Estonia, Latvia and Lithuania in 1999.',
    ])
      expect(redFlags(text, '2024-04-05').map((a) => a.verdict)).toEqual(['contradicted']);
  });
  it('the right year is confirmed; other readings are left alone', () => {
    expect(
      supportedQuotes(
        'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary in 1999.',
        '2024-04-05',
      ),
    ).toHaveLength(1);
    for (const text of [
      'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary in 1999.',
      'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary, invited in 1997.',
      'The first former Warsaw Pact countries to join NATO were Poland, the Czech Republic and Hungary, which were invited to join in 1997.',
      'The first countries to join the EU from the east were Poland and Hungary in 2004.',
      'The first former Soviet republics to join NATO were Estonia, Latvia and Lithuania in 2004, five years after Poland.',
      'The first new members to join NATO after the Cold War could be Poland and Hungary in 1997, diplomats said.',
    ])
      expect(redFlags(text, '2024-04-05')).toEqual([]);
  });
});

describe('a ratification told as withheld or under way', () => {
  const BID = "Sweden's bid for NATO membership was met with objections from Turkey and Hungary.";
  it('weeks after the vote, outdated', () => {
    expect(
      redFlags(
        `${BID} While Turkish concerns were eventually assuaged, leading to parliamentary approval of Sweden's accession, Hungary, led by Prime Minister Viktor Orban, has withheld its ratification.`,
        '2024-04-04',
      ).map((a) => a.quote),
    ).toEqual(['has withheld its ratification']);
    expect(
      redFlags('Sweden has been accepted as the 32nd member, and Hungary is currently ratifying its Accession Protocol.', '2024-04-04').map(
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
      expect(redFlags(text, asOf)).toEqual([]);
  });
});

describe("the invasion's day told with another weekday", () => {
  it('the mismatch takes the place of the confirmation', () => {
    for (const text of [
      'Ukraine rolled out ceremonies to mark the anniversary of Russia’s full-scale invasion of the country on Friday, February 24, 2022.',
      'Russia launched its full-scale invasion on Friday, February 24, 2022.',
    ]) {
      expect(redFlags(text, '2023-02-24').map((a) => a.quote)).toEqual(['on Friday, February 24, 2022']);
      expect(supportedQuotes(text, '2023-02-24')).toEqual([]);
    }
  });
  it('the right weekday, or none, is confirmed', () => {
    for (const text of [
      'Russia launched its full-scale invasion on Thursday, February 24, 2022.',
      'The anniversary of Russia’s full-scale invasion of the country on Thursday, February 24, 2022 was marked.',
      'Russia launched its full-scale invasion on February 24, 2022.',
    ]) {
      expect(redFlags(text, '2023-02-24')).toEqual([]);
      expect(supportedQuotes(text, '2023-02-24')).toHaveLength(1);
    }
    expect(redFlags('Ukraine marks on Friday, February 24, 2023 the anniversary of the full-scale invasion.', '2023-02-24')).toEqual([]);
  });
});

describe("the length of a candidate's way into NATO", () => {
  const SWEDEN =
    'Sweden has ended two centuries of non-alignment to become the 32nd member of NATO.\n\nThe country applied to join the military alliance shortly after Russia’s invasion of Ukraine.\n\n';
  it('a count clearly off the way is contradicted', () => {
    expect(
      redFlags(`${SWEDEN}Turkey and Hungary held up this process for over two years, with Turkey refusing.`, '2024-03-10').map(
        (a) => a.quote,
      ),
    ).toEqual(['held up this process for over two years']);
    for (const [text, asOf] of [
      ["Turkey and Hungary held up Sweden's NATO accession for over two years.", '2024-03-10'],
      ['Sweden waited more than three years to join NATO.', '2024-03-10'],
      ["Finland's NATO accession took more than a year.", '2023-04-05'],
    ])
      expect(redFlags(text, asOf).map((a) => a.verdict)).toEqual(['contradicted']);
  });
  it('a count near the way is confirmed; others are left alone', () => {
    for (const [text, asOf] of [
      ['Sweden waited nearly two years to join NATO.', '2024-03-10'],
      ['Sweden joined NATO on Thursday, ending a nearly two-year wait.', '2024-03-08'],
      ["Finland's accession took almost a year.", '2023-04-05'],
      ['Sweden has waited more than six months to join NATO.', '2022-12-01'],
    ]) {
      expect(redFlags(text, asOf)).toEqual([]);
      expect(supportedQuotes(text, asOf).some((q) => /wait|took/.test(q))).toBe(true);
    }
    for (const [text, asOf] of [
      ['Finland waited 75 years to join NATO.', '2024-03-10'],
      ['Ukraine has waited more than two years for NATO membership, unlike Sweden.', '2024-03-10'],
      ["Hungary held up Ukraine's NATO bid for over two years, as it did with Sweden.", '2024-03-10'],
      ['Hungary held up the EU aid process for over two years, while Sweden joined NATO.', '2024-03-10'],
      ['Sweden joined NATO on Thursday, ending a 20-month wait.', '2024-03-08'],
      ['If Hungary held up the process for over two years, Sweden would wait.', '2024-03-10'],
      ["Turkey has blocked Sweden's bid for two years.", '2023-06-01'],
    ])
      expect(redFlags(text, asOf)).toEqual([]);
  });
});

describe('Article 5: who invoked it, and the year of its first time', () => {
  const AFGHAN =
    'Afghanistan is an issue NATO has been engaged in for 20 years after the US invoked Article 5 common defence clause followed with 9/11 terror attacks.';
  it('the United States as the invoker, or another year, is contradicted', () => {
    expect(redFlags(AFGHAN, '2021-06-15').map((a) => a.quote)).toEqual(['the US invoked Article 5']);
    expect(
      redFlags('NATO allies recall that Article 5 was invoked by the United States after 9/11.', '2021-06-15').map((a) => a.verdict),
    ).toEqual(['contradicted']);
    expect(redFlags('NATO invoked Article 5 for the first time in 2003.', '2021-06-15').map((a) => a.verdict)).toEqual(['contradicted']);
    expect(supportedQuotes('NATO invoked Article 5 for the first time in 2003.', '2021-06-15')).toEqual([]);
  });
  it('the Allies invoking it for the United States, or the right year, stay confirmed', () => {
    for (const text of [
      'NATO invoked Article 5 after the 9/11 attacks.',
      'NATO invoked Article 5 for the first time in 2001.',
      'NATO invoked Article 5 for the first time in its history after the 9/11 attacks on the US.',
      'The allies invoked Article 5 in defence of the United States after the 9/11 attacks.',
      'Article 5 was invoked for the United States after 9/11, by the NATO allies.',
    ]) {
      expect(redFlags(text, '2021-06-15')).toEqual([]);
      expect(supportedQuotes(text, '2021-06-15').some((q) => q.includes('Article 5'))).toBe(true);
    }
    for (const text of [
      'If the US invoked Article 5, NATO allies would respond.',
      'The US has never invoked Article 4 of the NATO treaty.',
      'The US asked NATO allies to consider Article 5 after the attacks.',
    ])
      expect(redFlags(text, '2021-06-15')).toEqual([]);
  });
});

describe('an enlargement told as presided over before it came', () => {
  it('a country not yet a member is contradicted', () => {
    expect(
      redFlags('President Joe Biden has presided over the addition of Finland and Sweden into NATO.', '2023-07-20').map((a) => a.quote),
    ).toEqual(['presided over the addition of Finland and Sweden into NATO']);
  });
  it('after the accession, a welcome, a hope or a hedge, not flagged', () => {
    for (const [text, asOf] of [
      ['President Joe Biden has presided over the addition of Finland and Sweden into NATO.', '2024-07-20'],
      ['President Joe Biden has presided over the addition of Finland to NATO.', '2023-07-20'],
      ['Biden welcomed the accession of Finland and Sweden to NATO.', '2023-07-20'],
      ['Biden hopes to have presided over the addition of Finland and Sweden to NATO by next year.', '2023-07-20'],
      ['Biden oversaw the addition of Finland and Sweden to NATO, though Sweden still awaits.', '2023-07-20'],
    ])
      expect(redFlags(text, asOf).filter((a) => a.kind === 'membership')).toEqual([]);
  });
});
