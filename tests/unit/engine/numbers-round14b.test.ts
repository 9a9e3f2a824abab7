// Membership, spending targets and sanctions in the fourteenth round, second pass: the dev14 set's misses (real pages with
// genuine errors, not in the repository: their ids are cited) and mutation probes of true sentences the engine confirms.
// Each family is tested on the page's form of words, on false versions, and on true look-alikes that must stay silent or
// confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe('an accession told as "became a member state", and the count "has since grown to"', () => {
  // dev14 i305 (hrbmagazine.com, 8 July 2024): "In the beginning, the organisation consisted of 12 member states but has since
  // grown to 32 members ... Finland joined in April 2023, while Sweden became a member state in March 2023"
  const page = (sweden: string, n: number) =>
    `This week, the NATO Summit will be held from July 9 to July 11 in Washington, DC.\n\nIn the beginning, the organisation consisted of 12 member states but has since grown to ${n} members, with the recent memberships of Finland and Sweden.\n\nFinland joined in April 2023, while Sweden became a member state in ${sweden}, after both of them applied for membership in 2022.`;

  it('"Sweden became a member state in March 2023": contradicted (7 March 2024); the true month confirmed', () => {
    // The application's confirmation (both applied in 2022) spans the sentence from "Finland"; the accession is the red one.
    const verdicts = kindOn('membership', page('March 2023', 32), 'Sweden became a member state in March 2023', '2024-07-08');
    expect(verdicts.filter((a) => a.verdict === 'contradicted').map((a) => a.quote)).toEqual([
      'Sweden became a member state in March 2023',
    ]);
    expect(membership(page('March 2024', 32), 'Sweden became a member state in March 2024', '2024-07-08')).not.toContain('contradicted');
    expect(membership(page('March 2024', 32), 'Finland joined in April 2023', '2024-07-08')).toContain('supported');
  });

  it('"has since grown to 32 members": the count now; a count NATO once had is outdated, one it never had is left alone', () => {
    expect(membership(page('March 2024', 32), 'has since grown to 32 members', '2024-07-08')).toEqual(['supported']);
    expect(membership(page('March 2024', 31), 'has since grown to 31 members', '2024-07-08')).toEqual(['outdated']);
    expect(isRed(membership(page('March 2024', 34), 'has since grown to 34 members', '2024-07-08'))).toBe(false);
    // Another body's growth: not NATO's count.
    const bloc = 'NATO leaders met in Brussels. The bloc has since grown to 28 members.';
    expect(membership(bloc, 'has since grown to 28 members', '2019-07-08')).toEqual([]);
  });
});

describe('the first summit attended as a member, told of the summit about to open', () => {
  // dev14 i305: "This summit will mark the first time that Finland and Sweden will attend as official members" (Washington,
  // July 2024; Finland had attended Vilnius, July 2023, as a member)
  const at = (who: string) =>
    `NATO leaders gather in Washington this week. This summit will mark the first time that ${who} will attend as official members.`;

  it('Finland and Sweden at Washington 2024: contradicted; Sweden alone confirmed', () => {
    expect(
      membership(at('Finland and Sweden'), 'the first time that Finland and Sweden will attend as official members', '2024-07-08'),
    ).toEqual(['contradicted']);
    expect(membership(at('Sweden'), 'the first time that Sweden will attend as official members', '2024-07-08')).toEqual(['supported']);
  });

  it('Finland at Vilnius 2023 confirmed; a country not yet a member, or another summit named, left alone', () => {
    const vilnius = 'NATO leaders gather in Vilnius. The summit will be the first time Finland attends as a full member.';
    expect(membership(vilnius, 'the first time Finland attends as a full member', '2023-07-10')).toEqual(['supported']);
    const notYet = 'NATO leaders gather in Vilnius. The summit will be the first time Sweden attends as a full member.';
    expect(isRed(membership(notYet, 'the first time Sweden attends as a full member', '2023-07-10'))).toBe(false);
    const madrid = 'NATO leaders gather. The Madrid summit was the first time that Finland will attend as an official member.';
    expect(isRed(membership(madrid, 'the first time that Finland will attend', '2024-07-08'))).toBe(false);
  });
});

describe('the decision to join told by its month', () => {
  // dev14 j412 (hubu.news, 29 November 2022): "In May, Finland and Sweden decided to join NATO after Russia launched its
  // invasion of Ukraine" (the letters of application, 18 May 2022)
  const j412 = (when: string) => `${when}, Finland and Sweden decided to join NATO after Russia launched its invasion of Ukraine.`;

  it('"In May" (2022) confirmed; a wrong year contradicted; a month off left alone (the decision precedes the letter)', () => {
    expect(membership(j412('In May'), 'In May, Finland and Sweden decided to join NATO', '2022-11-29')).toEqual(['supported']);
    expect(membership('Finland and Sweden decided to join NATO in 2021.', 'decided to join NATO in 2021', '2022-11-29')).toEqual([
      'contradicted',
    ]);
    expect(isRed(membership(j412('In April 2022'), 'decided to join NATO', '2022-11-29'))).toBe(false);
    expect(isRed(membership(j412('On May 15, 2022'), 'decided to join NATO', '2022-11-29'))).toBe(false);
  });
});

describe('NATO told as the body that imposed sanctions', () => {
  // dev14 i306 (whstheshield.com, 5 October 2022): "February 22: The U.S. and NATO place economic sanctions on Russia."
  it('the timeline line: contradicted (the US and the EU imposed them; NATO has no sanctions)', () => {
    const i306 =
      'Here is a quick recap:\nFebruary 21: Russia recognises the two regions.\nFebruary 22: The U.S. and NATO place economic sanctions on Russia.';
    expect(sanction(i306, 'NATO place economic sanctions on', '2022-10-05')).toEqual(['contradicted']);
    expect(sanction('On February 22, 2022, NATO imposed sanctions on Russia.', 'NATO imposed sanctions on', '2022-10-05')).toEqual([
      'contradicted',
    ]);
  });

  it("NATO's members, a call or threat, or no dated day with sanctions on record: nothing red", () => {
    const cases: Array<[string, string]> = [
      ['February 22: NATO members place economic sanctions on Russia.', '2022-10-05'],
      ['February 22: NATO allies impose sanctions on Russia.', '2022-10-05'],
      ['On February 22, 2022, Ukraine urged that NATO impose sanctions on Russia.', '2022-10-05'],
      ['NATO could impose sanctions on Russia, some said on February 22, 2022.', '2022-10-05'],
      ['NATO imposed sanctions on Russia.', '2022-10-05'],
      ['On February 22, 2022, the U.S. and the EU imposed sanctions on Russia.', '2022-10-05'],
    ];
    for (const [text, asOf] of cases) expect(isRed(sanction(text, text, asOf)), text).toBe(false);
  });
});

describe('a spending target told with the summit or year that set it', () => {
  it('"the 2% target agreed in Madrid" and "the 5% target agreed at the Washington summit": contradicted; Wales, Vilnius, The Hague confirmed', () => {
    const told = (p: string, where: string) => `NATO allies have long struggled to meet the ${p} target agreed ${where}.`;
    expect(figure(told('2%', 'in Madrid'), '2% target agreed in Madrid', '2024-03-01')).toEqual(['contradicted']);
    expect(figure(told('5%', 'at the Washington summit'), '5% target agreed at the Washington summit', '2025-08-01')).toEqual([
      'contradicted',
    ]);
    expect(figure(told('3.5%', 'in Vilnius'), '3.5% target agreed in Vilnius', '2025-08-01')).toEqual(['contradicted']);
    expect(figure(told('2%', 'in Wales'), '2% target agreed in Wales', '2024-03-01')).toEqual(['supported']);
    expect(figure(told('2%', 'at the Vilnius summit'), '2% target agreed at the Vilnius summit', '2024-03-01')).toEqual(['supported']);
    expect(figure(told('3.5%', 'in The Hague'), '3.5% target agreed in The Hague', '2025-08-01')).toEqual(['supported']);
  });

  it("2%'s disputed origins (Prague, Riga, Brussels), a reaffirmation and one ally's target are not flagged", () => {
    const cases: Array<[string, string]> = [
      ['NATO allies struggle to meet the 2% target agreed in Prague.', '2024-03-01'],
      ['NATO allies struggle to meet the 2% target agreed in Riga.', '2024-03-01'],
      ['NATO allies struggle to meet the 2% target agreed in Brussels.', '2024-03-01'],
      ['NATO allies struggle to meet the 2% target reaffirmed in Madrid.', '2024-03-01'],
      ["NATO said Poland's 2% target agreed in Madrid was met.", '2024-03-01'],
    ];
    for (const [text, asOf] of cases) expect(isRed(figure(text, text, asOf)), text).toBe(false);
  });

  it('"the 2008 guideline", "the Wales pledge of 2016": a year no target was set in is contradicted; 2006 and 2014 confirmed', () => {
    const guideline = (y: number) => `NATO allies have struggled to meet the ${y} guideline on defence spending.`;
    expect(figure(guideline(2006), `the 2006 guideline`, '2024-03-01')).toEqual(['supported']);
    expect(figure(guideline(2008), `the 2008 guideline`, '2024-03-01')).toEqual(['contradicted']);
    const wales = (y: number) => `The Wales pledge of ${y} asked NATO allies to spend 2% of GDP.`;
    expect(figure(wales(2014), 'Wales pledge of 2014', '2024-03-01')).toEqual(['supported']);
    expect(figure(wales(2016), 'Wales pledge of 2016', '2024-03-01')).toEqual(['contradicted']);
  });

  it('"NATO\'s decision in The Hague to boost military spending": confirmed (dev14 i302, December 2025); never flagged elsewhere', () => {
    const i302 = (where: string) =>
      `Rutte praised NATO's decision in ${where} to boost military spending amid concerns over Russian aggressiveness.`;
    expect(figure(i302('The Hague'), "NATO's decision in The Hague to boost military spending", '2025-12-18')).toEqual(['supported']);
    expect(isRed(figure(i302('Madrid'), "NATO's decision in Madrid", '2025-12-18'))).toBe(false);
  });
});

describe("the Hague target's deadline and figure in more forms (mutation probes)", () => {
  it('"5% of GDP annually on defence and security-related spending by 2034": the "and" of the target\'s own words keeps the deadline', () => {
    // r050 (June 2025): "Nato leaders have committed to invest 5% of GDP annually on defence and security-related spending by 2035"
    const r050 = (y: number) =>
      `Nato leaders have committed to invest 5% of GDP annually on defence and security-related spending by ${y}, according to the final text of the Hague summit declaration.`;
    expect(figure(r050(2035), '5% of GDP', '2025-06-25')).toEqual(['supported']);
    expect(figure(r050(2034), '5% of GDP', '2025-06-25')).toEqual(['contradicted']);
  });

  it('the summit or its declaration as the subject ("The summit endorsed a common declaration committing to ... 5% of GDP by 2035")', () => {
    // y098 (June 2025) and y064 (heldout 11, June 2025: "with a new target of 5% of GDP by 2035")
    const y098 = (y: number) => `The summit endorsed a common declaration committing to increase defence budgets to 5% of GDP by ${y}.`;
    expect(figure(y098(2035), '5% of GDP', '2025-06-25')).toEqual(['supported']);
    expect(figure(y098(2034), '5% of GDP', '2025-06-25')).toEqual(['contradicted']);
    const y064 = (y: number) =>
      `The summit focused primarily on outlining an unprecedented increase in defence spending by member states, with a new target of 5% of GDP by ${y} (3.5% on core military expenditure and 1.5% for other defence-related needs).`;
    expect(figure(y064(2036), '5% of GDP', '2025-06-26')).toEqual(['contradicted']);
  });

  it("a figure no NATO target had, given a target's deadline, as the allies' commitment: contradicted", () => {
    // h066 (June 2025): "NATO members committed to investing 5% of their GDP annually on defence and security-related spending by 2035"
    const h066 = (p: number) =>
      `Under the plan, NATO members committed to investing ${p}% of their GDP annually on defence and security-related spending by 2035.`;
    expect(figure(h066(5), `5% of their GDP`, '2025-06-27')).toEqual(['supported']);
    expect(figure(h066(6), `6% of their GDP`, '2025-06-27')).toEqual(['contradicted']);
    // v012 (November 2020): "the agreed NATO target of at least 2% of gross domestic product by 2024"
    const v012 = (p: number) =>
      `They need to increase their financial contributions to the alliance to the agreed NATO target of at least ${p}% of gross domestic product by 2024.`;
    expect(figure(v012(2), '2% of gross domestic product', '2020-11-09')).toEqual(['supported']);
    expect(figure(v012(3), '3% of gross domestic product', '2020-11-09')).toEqual(['contradicted']);
    // One ally's plan, or a figure expected: not NATO's.
    expect(isRed(figure('Poland committed to spend 4% of GDP by 2024, NATO said.', '4%', '2019-03-15'))).toBe(false);
    expect(isRed(figure('NATO allies are expected to commit to 3.2% of GDP by 2035.', '3.2%', '2025-06-01'))).toBe(false);
  });

  it('"NATO’s guideline of spending 3%", "the alliance goal of spending at least 3 percent": a figure NATO never set', () => {
    // k003 (December 2019) and fig03 (AP, February 2017)
    const k003 = (p: number) =>
      `Only 9 out of 29 member countries currently meet NATO’s guideline of spending ${p}% of their GDP on collective defense.`;
    expect(figure(k003(3), '3%', '2019-12-03')).toEqual(['contradicted']);
    expect(figure(k003(2), '2%', '2019-12-03')).toContain('supported');
    const fig03 = (p: number) =>
      `Only five of NATO's 28 member countries last year met the alliance goal of spending at least ${p} percent of their economy on defense.`;
    expect(figure(fig03(3), '3 percent', '2017-02-15')).toEqual(['contradicted']);
    // A new or proposed target, a demand, or one ally's: not flagged.
    const cases: Array<[string, string]> = [
      ["Trump wants NATO's target of 4% adopted.", '2019-01-01'],
      ["NATO's new target of 3% is under discussion.", '2025-02-01'],
      ["Germany's goal of spending 3% of GDP is NATO's business.", '2025-02-01'],
    ];
    for (const [text, asOf] of cases) expect(isRed(figure(text, text, asOf)), text).toBe(false);
  });
});
