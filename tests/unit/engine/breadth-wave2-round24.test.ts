// Breadth, twenty-fourth round, second wave: NATO's and Ukraine's milestones the engine was silent on (nato-milestones.ts,
// confirm-only; alliance-age.ts for "its 70th anniversary" after a city and a date). Short quotes from development pages
// carry their ids; the rest are made up in their shape. Every look-alike must stay unconfirmed and unflagged.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red, supportedQuotes } from './helpers';

const supportedWith = (text: string, asOf: string, part: string) => supportedQuotes(text, asOf).some((q) => q.includes(part));
const milestoneIds = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'supported')
    .flatMap((a) => a.factIds ?? []);

describe('Strategic Concepts (Madrid 2022, Lisbon 2010)', () => {
  it('told as adopted, endorsed or approved, by date, place or a page near the day', () => {
    // d22 da013
    const da013 =
      'The summit endorsed NATO’s new Strategic Concept, the blueprint for the Alliance in a more dangerous and competitive world.';
    expect(milestoneIds(da013, '2022-06-29')).toContain('strategic-concept-2022');
    expect(
      milestoneIds(
        "In a Madrid summit following Russia's all-out invasion of Ukraine in 2022, the alliance adopted a new strategic concept designating Russia as the gravest threat.",
        '2024-07-07',
      ),
    ).toContain('strategic-concept-2022');
    expect(
      milestoneIds(
        'The Black Sea is an area of strategic interest, as stated in the strategic concept of NATO, which we recently approved at the historic summit in Madrid.',
        '2022-08-15',
      ),
    ).toContain('strategic-concept-2022');
    expect(milestoneIds('At their summit in Lisbon, NATO leaders adopted a new Strategic Concept.', '2015-03-01')).toContain(
      'strategic-concept-2010',
    );
    expect(milestoneIds('In 2010 NATO adopted a new Strategic Concept.', '2015-03-01')).toContain('strategic-concept-2010');
  });
  it('look-alikes: a plan, a wrong year, a far page with neither date nor place, the other city, another body', () => {
    const none = [
      ['NATO leaders will endorse the new Strategic Concept at the summit in Madrid.', '2022-06-28'],
      ['A new 2030 Strategic Concept is expected to be launched by NATO.', '2021-06-13'],
      ['In 2012 NATO adopted a new Strategic Concept.', '2015-03-01'],
      ['In 2021 NATO adopted a new Strategic Concept.', '2023-03-01'],
      ['NATO adopted a new Strategic Concept.', '2028-03-01'],
      ['Meeting in Madrid in 2010, NATO leaders adopted a new Strategic Concept.', '2015-03-01'],
      ['The company adopted a new strategic concept last year.', '2022-07-01'],
    ];
    // history-round13's r082 with another city: the summit reader flags the year; the concept is not confirmed.
    expect(
      milestoneIds('Following the 2022 Vilnius Summit, where NATO adopted its new Strategic Concept in response to the war.', '2025-07-04'),
    ).not.toContain('strategic-concept-2022');
    for (const [s, d] of none) {
      expect(milestoneIds(s, d).filter((id) => id.startsWith('strategic-concept'))).toEqual([]);
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe('the NATO-Russia Founding Act (Paris, 27 May 1997)', () => {
  it('named with its year or its signing', () => {
    // h20 yb110
    expect(
      supportedWith(
        '1997 Clinton and Yeltsin sign the NATO-Russia Founding Act, affirming that NATO and Russia are not adversaries.',
        '2022-03-01',
        'NATO-Russia Founding Act',
      ),
    ).toBe(true);
    expect(
      milestoneIds('The signing in 1997 of the Founding Act on Mutual Relations brought about a change in NATO.', '2022-07-03'),
    ).toContain('nato-russia-founding-act');
    expect(milestoneIds('Russia and NATO signed the NATO-Russia Founding Act in May 1997.', '2022-07-03')).toContain(
      'nato-russia-founding-act',
    );
  });
  it('look-alikes: another year, a denial, the name alone, the North Atlantic Treaty called a founding act', () => {
    const none = [
      ['The NATO-Russia Founding Act was signed in 1999.', '2022-07-03'],
      ['NATO has not signed a new NATO-Russia Founding Act.', '2022-07-03'],
      ['The NATO-Russia Founding Act was signed in Rome in 1997.', '2022-07-03'],
      ['Poland wants NATO to scrap the NATO-Russia Founding Act.', '2022-07-03'],
      ["NATO's founding act, the North Atlantic Treaty, was signed on April 4, 1949, in Washington.", '2019-02-06'],
    ];
    for (const [s, d] of none) {
      expect(milestoneIds(s, d)).not.toContain('nato-russia-founding-act');
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe('space as an operational domain (20 November - 4 December 2019)', () => {
  it("NATO's recognition told as done", () => {
    // h20 ya001
    expect(
      supportedWith(
        'They also agreed on NATO’s adaptation for the future, including further improving the readiness of NATO forces, addressing the rise of China and recognizing space as an operational domain.',
        '2019-12-04',
        'recognizing space as an operational domain',
      ),
    ).toBe(true);
    expect(milestoneIds('In December 2019, NATO declared space an operational domain.', '2021-01-10')).toContain(
      'space-operational-domain',
    );
  });
  it('look-alikes: expected, another year, another country', () => {
    const none = [
      [
        'The foreign ministers are expected to recognise space as an operational domain, alongside air, land, sea and cyberspace, NATO said.',
        '2019-11-20',
      ],
      ['NATO leaders are expected to agree on a number of measures, including recognizing space as an operational domain.', '2019-12-03'],
      ['In 2017, NATO recognized space as an operational domain.', '2023-01-01'],
      ['In 2019, France recognized space as an operational domain, and NATO followed.', '2023-01-01'],
      ['NATO recognized space as an operational domain.', '2019-11-01'],
    ];
    for (const [s, d] of none) {
      expect(milestoneIds(s, d)).not.toContain('space-operational-domain');
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe("the European Commission's recommendation of candidate status (17 June 2022)", () => {
  it('told with its day, a later clause of plans aside', () => {
    // h21 za014
    expect(
      supportedWith(
        '- On June 17, the European Commission recommended granting Ukraine the status of a candidate for membership in the European Union, then this decision should be supported by EU countries ( voting will take place today at the summit).',
        '2022-06-23',
        'European Commission recommended granting Ukraine',
      ),
    ).toBe(true);
    expect(milestoneIds('The European Commission recommended EU candidate status for Ukraine and Moldova.', '2022-07-01')).toContain(
      'eu-commission-candidate-recommendation',
    );
  });
  it('look-alikes: another day, Georgia and the talks (November 2023), a plan, before the day', () => {
    const none = [
      ['On June 15, the European Commission recommended granting Ukraine EU candidate status.', '2022-06-23'],
      ['The European Commission recommended granting candidate status to Georgia and opening accession talks with Ukraine.', '2023-11-09'],
      ['The European Commission is expected to recommend granting Ukraine EU candidate status next week.', '2022-06-10'],
      ['The European Commission recommended granting Ukraine EU candidate status.', '2022-06-01'],
    ];
    for (const [s, d] of none) {
      expect(milestoneIds(s, d)).not.toContain('eu-commission-candidate-recommendation');
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe("Ukraine's application for accelerated accession to NATO (30 September 2022)", () => {
  it('applying, signing, applied in September 2022', () => {
    // d22 da010
    expect(
      supportedWith(
        'Ukrainian President Volodymyr Zelensky announced on Friday that his country is applying to join the North Atlantic Treaty Organization under an accelerated approach.',
        '2022-09-30',
        'applying to join the North Atlantic Treaty Organization',
      ),
    ).toBe(true);
    expect(
      milestoneIds('Zelensky signed Ukraine’s application for accelerated accession to NATO on September 30.', '2022-10-03'),
    ).toContain('ukraine-nato-application');
    expect(milestoneIds('Ukraine applied to join NATO in September 2022.', '2023-03-01')).toContain('ukraine-nato-application');
  });
  it("look-alikes: another day or year, Finland's procedure, the EU application, a plan", () => {
    const none = [
      ['Zelensky signed Ukraine’s application for accelerated accession to NATO on September 20.', '2022-10-03'],
      ['Ukraine applied to join NATO in 2008.', '2023-03-01'],
      [
        'Joe Biden applauded the conclusion of Finland’s accelerated accession procedure, stating that NATO was more united than ever, and Ukraine was next.',
        '2023-04-05',
      ],
      ['Ukraine applied for EU membership in February 2022, on an accelerated basis, NATO said.', '2023-03-01'],
      ['Zelensky said Ukraine would submit an application to NATO under an accelerated procedure.', '2022-09-29'],
    ];
    for (const [s, d] of none) {
      expect(milestoneIds(s, d)).not.toContain('ukraine-nato-application');
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe('Article 10 of the North Atlantic Treaty (the open door)', () => {
  it('what it allows, the treaty named before', () => {
    // h21 za062
    const za062 =
      'The North Atlantic Treaty established the North Atlantic Treaty Organization (NATO) as a military alliance. Key articles of the treaty include Article 5. Article 10 allows other European states to join with unanimous approval from existing members.';
    expect(milestoneIds(za062, '2025-03-12')).toContain('north-atlantic-treaty-article-10');
    expect(milestoneIds("NATO's open door policy is based on Article 10 of its founding treaty.", '2024-03-08')).toContain(
      'north-atlantic-treaty-article-10',
    );
  });
  it("look-alikes: another treaty's Article 10, leaving (Article 13), no NATO near", () => {
    const none = [
      ['Article 10 of the Treaty on European Union allows states to join, NATO officials said.', '2024-03-08'],
      ["NATO's Article 10 lets members leave the alliance.", '2024-03-08'],
      ['Article 10 of the club rules allows new members to join.', '2024-03-08'],
    ];
    for (const [s, d] of none) {
      expect(milestoneIds(s, d)).not.toContain('north-atlantic-treaty-article-10');
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe("NATO's anniversary after a city and a date (alliance-age.ts)", () => {
  it('"its" is the Alliance\'s across "in London on 3 and 4 December 2019"', () => {
    // h20 ya001
    expect(
      supportedWith(
        'NATO Heads of State and Government returned to the Alliance’s first home in London on 3 and 4 December 2019 to mark its 70th anniversary.',
        '2019-12-04',
        'its 70th anniversary',
      ),
    ).toBe(true);
  });
  it('look-alikes: a country between keeps "its" unread; a wrong count is never red', () => {
    expect(supportedWith('NATO leaders met in Poland to mark its 25th anniversary.', '2019-12-04', 'anniversary')).toBe(false);
    expect(red('NATO leaders met in Poland to mark its 25th anniversary.', '2019-12-04')).toEqual([]);
    expect(red('NATO leaders met in Warsaw to mark its 25th anniversary.', '2019-12-04')).toEqual([]);
    expect(red('NATO leaders met in London to mark its 71st anniversary.', '2019-12-04')).toEqual([]);
  });
});
