// Supported claims on breadth pages, twenty-second round (held-out 17-20 misses read as development data). Every form here
// only confirms: each is tested with true sentences and with false look-alikes (another day or year, another count, another
// club, "its" of another body) that must be neither confirmed nor flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);
const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe("NATO's founding told in passing (alliance-age.ts)", () => {
  it('"since its creation on 4 April 1949" with NATO named just before', () => {
    const xa041 =
      "Foreign Ministers meet to mark NATO's 75th anniversary.\n\nSince its creation on 4 April 1949, the transatlantic Alliance has grown from 12 founding members to 32 member countries.";
    expect(figure(xa041, 'Since its creation', '2024-04-04')).toEqual(['supported']);
    expect(figure(xa041.replace('4 April', 'April 4,'), 'Since its creation', '2024-04-04')).toEqual(['supported']);
  });
  it('not another day of April, another year, nor with no NATO named', () => {
    const t = "Foreign Ministers meet to mark NATO's 75th anniversary.\n\nSince its creation on 5 April 1949, the Alliance has grown.";
    expect(figure(t, 'Since its creation', '2024-04-04')).toEqual([]);
    expect(verdictsOn(t, 'Since its creation', '2024-04-04')).toEqual([]);
    expect(figure(t.replace('5 April 1949', '4 April 1950'), 'Since its creation', '2024-04-04')).toEqual([]);
    expect(figure('Since its creation on 4 April 1949, the club has grown.', 'Since its creation', '2024-04-04')).toEqual([]);
  });
  it('"the signing of the North Atlantic Treaty on April 4, 1949", with an apposition, "in 1949"', () => {
    const ya024 =
      'The North Atlantic Treaty Organization (NATO) is a military alliance that came into existence with the signing of the North Atlantic Treaty on April 4, 1949.';
    expect(figure(ya024, 'signing of the North Atlantic Treaty', '2023-04-03')).toEqual(['supported']);
    expect(
      figure('Leaders met 75 years after NATO began, with the signing of the North Atlantic Treaty in 1949.', 'signing of', '2024-07-09'),
    ).toEqual(['supported']);
    expect(
      figure(
        'The alliance grew out of the signing of the Washington Treaty, NATO’s founding document, in April 1949.',
        'signing of',
        '2024-07-09',
      ),
    ).toEqual(['supported']);
  });
  it('the signing on another day or year, or the naval Washington Treaty of 1922, says nothing', () => {
    for (const t of [
      'NATO came into existence with the signing of the North Atlantic Treaty on April 14, 1949.',
      'NATO came into existence with the signing of the North Atlantic Treaty in 1950.',
      'Navies were capped after the signing of the Washington Treaty in 1922.',
    ]) {
      expect(figure(t, 'signing of', '2023-04-03')).toEqual([]);
      expect(isRed(verdictsOn(t, 'signing of', '2023-04-03'))).toBe(false);
    }
  });
  it('an anniversary of the signing keeps its own reading (judged on the page day, not confirmed by the year)', () => {
    const t = 'Ministers marked the 70th anniversary of the signing of the Washington Treaty, NATO’s founding document, in 1949.';
    expect(figure(t, '70th anniversary', '2019-04-03')).toEqual(['supported']);
    expect(figure(t, '70th anniversary', '2023-04-03')).not.toContain('supported');
  });
  it('"On this very day, in 1949, the Washington Treaty, NATO\'s founding treaty, was signed" (the date before the treaty)', () => {
    const ya023 =
      '"On this very day, in 1949, the Washington Treaty, NATO\'s founding treaty, was signed in Washington and it is hard to imagine a better way of celebrating," said Secretary General Jens Stoltenberg.';
    expect(figure(ya023, 'in 1949, the Washington Treaty', '2023-04-04')).toEqual(['supported']);
    expect(figure('In 1922, the Washington Treaty was signed by five naval powers.', 'the Washington Treaty', '2023-04-04')).toEqual([]);
    expect(figure('On 4 August 1949, the North Atlantic Treaty was signed.', 'the North Atlantic Treaty', '2023-04-04')).not.toContain(
      'supported',
    );
  });
});

describe('member counts and founders said in passing (accession.ts)', () => {
  it('"with 32 members in Europe and North America", NATO named near', () => {
    const yb104 =
      "Born at the start of the Cold War, NATO -- the North Atlantic Treaty Organization -- is the world's biggest collective defence grouping with 32 members in Europe and North America.";
    expect(membership(yb104, '32 members in Europe', '2024-07-07')).toEqual(['supported']);
    // The count of a day before Sweden joined, or another count: nothing.
    expect(membership(yb104, '32 members', '2024-03-01')).toEqual([]);
    expect(membership(yb104.replace('32 members', '33 members'), '33 members', '2024-07-07')).toEqual([]);
    expect(isRed(verdictsOn(yb104.replace('32 members', '30 members'), '30 members', '2024-07-07'))).toBe(false);
    // No NATO named: nothing.
    expect(membership('The club has 32 members in Europe and North America.', '32 members', '2024-07-07')).toEqual([]);
  });
  it('"Its 30 members" opening a sentence after one that names NATO', () => {
    const yb107 = 'NATO is the North Atlantic Treaty Organization. Its 30 members swear to back each other if one of them is attacked.';
    expect(membership(yb107, 'Its 30 members', '2022-02-17')).toEqual(['supported']);
    expect(membership(yb107, 'Its 30 members', '2024-07-07')).toEqual([]);
    expect(isRed(verdictsOn(yb107, 'Its 30 members', '2024-07-07'))).toBe(false);
    expect(membership('NATO and the EU met. Its 27 members agreed.', 'Its 27 members', '2022-02-17')).toEqual([]);
    expect(membership('NATO is an alliance. The EU is a union. Its 30 members agree.', 'Its 30 members', '2022-02-17')).toEqual([]);
  });
  it('"Its 12 founding nations" with the alliance named in the paragraph before', () => {
    const yb104 =
      'In a Madrid summit, the alliance adopted a new strategic concept.\n\nIts 12 founding nations (Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States) have been joined by others.';
    expect(membership(yb104, '12 founding nations', '2024-07-07')).toEqual(['supported']);
    expect(membership(yb104.replace('12 founding', '14 founding'), '14 founding nations', '2024-07-07')).toEqual([]);
    expect(
      membership(
        'In Brussels, the alliance met the EU.\n\nIts 12 founding nations signed the treaty.',
        '12 founding nations',
        '2024-07-07',
      ),
    ).toEqual([]);
  });
});

describe('accessions told as additions, memberships, entries and the newest member (accession.ts, accession-process.ts)', () => {
  it('"NATO ballooned in 2004 with the addition of ..." and "membership in NATO, which has existed since 2017"', () => {
    const yb107 = 'NATO ballooned in 2004 with the addition of Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.';
    expect(membership(yb107, 'addition of', '2022-02-17')).toEqual(['supported']);
    const ya057 = "Thus, Montenegro's membership in NATO, which has existed since 2017, is not expected to be put into question.";
    expect(membership(ya057, 'membership in NATO', '2020-10-09')).toEqual(['supported']);
  });
  it('another year says nothing (never red: these are loose forms)', () => {
    for (const [t, q] of [
      ['NATO ballooned in 2009 with the addition of Bulgaria and Estonia.', 'addition of'],
      ["Thus, Montenegro's membership in NATO, which has existed since 2015, is not in question.", 'membership in NATO'],
      ['NATO is expanding, after Finland’s entry in 2022.', 'entry'],
    ]) {
      expect(membership(t, q, '2024-03-07')).toEqual([]);
      expect(isRed(verdictsOn(t, q, '2024-03-07'))).toBe(false);
    }
  });
  it('"Sweden became its newest member in March", NATO named in the sentence before', () => {
    const yb104 =
      'The only military equipment NATO itself owns is a fleet of sensor-loaded AWACS planes and drones.\n\nSweden became its newest member in March, swelling its potential ranks.';
    expect(membership(yb104, 'Sweden became its newest member', '2024-07-07')).toEqual(['supported']);
  });
  it('not with another month or year told, another club named, nor a red flag on "its"', () => {
    const base = 'The only military equipment NATO itself owns is a fleet of AWACS planes.\n\n';
    for (const s of [
      'Sweden became its newest member in April, swelling its ranks.',
      'Finland became its newest member in March, swelling its ranks.',
      'Sweden became its newest member in March 2023.',
    ]) {
      expect(membership(base + s, 'its newest member', '2024-07-07')).toEqual([]);
      expect(isRed(verdictsOn(base + s, 'its newest member', '2024-07-07'))).toBe(false);
    }
    expect(membership('The EU and NATO met.\n\nSweden became its newest member in March.', 'its newest member', '2024-07-07')).toEqual([]);
  });
});

describe('Russian banks cut off from SWIFT, named in a list (swift.ts)', () => {
  const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);
  it('the third package\'s seven banks after "prohibit ... (SWIFT) to", on the page of its day', () => {
    const ya018 =
      'In particular, according to the statement, the council decided to prohibit the provision of specialized financial messaging services that are used to exchange financial data (SWIFT) to Bank Otkritie, Novikombank, Promsvyazbank, Rossiya Bank, Sovcombank, Vnesheconombank (VEB), and VTB Bank.';
    expect(sanction(ya018, 'Bank Otkritie, Novikombank', '2022-03-02')).toEqual(['supported']);
  });
  it('the sixth package\'s banks: "will knock three Russian banks, including Sberbank, ... off the Swift global ... network", "shut down from SWIFT"', () => {
    const ya020 =
      'The European Union’s latest package of Russia sanctions will knock three Russian banks, including Sberbank, the country’s largest, off the Swift global financial transactions network.';
    expect(sanction(ya020, 'knock three Russian banks', '2022-06-02')).toEqual(['supported']);
    const xa027 = 'Three Russian banks will be shut down from SWIFT: Sberbank, Moscow Credit Bank and Rosselkhozbank.';
    expect(sanction(xa027, 'Sberbank, Moscow Credit Bank', '2022-06-03')).toEqual(['supported']);
  });
  it('not a bank of a later package on an earlier page, and a true sentence with another closure is not flagged', () => {
    expect(sanction('The council decided to prohibit SWIFT services to Sberbank and Rosselkhozbank.', 'Sberbank', '2022-03-02')).toEqual(
      [],
    );
    expect(sanction('The EU package will knock Sberbank off the Swift global network.', 'Sberbank', '2022-03-02')).toEqual([]);
    const trueOne = 'Sberbank shut down its European unit in March 2022 and Sberbank still uses SWIFT inside Russia.';
    expect(isRed(verdictsOn(trueOne, 'Sberbank', '2022-05-02'))).toBe(false);
    // Said as done in the wrong month: flagged as the older words were ("cut off from SWIFT in March 2022").
    const wrong = 'Three Russian banks were shut down from SWIFT in March 2022: Sberbank, Moscow Credit Bank and Rosselkhozbank.';
    expect(isRed(sanction(wrong, 'Sberbank', '2022-07-03'))).toBe(true);
  });
});
