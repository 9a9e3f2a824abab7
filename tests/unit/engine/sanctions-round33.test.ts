// Round 33, sanctions of 2022-2025 told by package, price cap and designation (sanctions helper). Sentences of our own,
// each family with its true look-alikes.
// (1) The oil price cap lowered by the EU and the UK (price-cap.ts): the makers named instead of Russia, the lowering told as
//     announced on its day with no level, the US told as keeping $60; a wrong level of the EU's lowering contradicted.
// (2) A package's entry into force (sanctions.json `inForce`, sanction-packages.ts): its days confirmed, a day before the
//     package existed contradicted.
// (3) A package's contents in a digest of that package only (vessels listed, goods banned, the Nord Stream transaction ban
//     told in more wordings); "Art. 5af" no longer ends a sentence.
// (4) Counts of packages by a speaker ("we have approved 16 packages") and in a headline with the EU in the lede.
// (5) The EU's measures "since March 2014"; OFAC's targets listed after a colon, dated by the page's lede, and the vessels
//     of 10 January 2025 (sanctions.json `listed.vessels`).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));
const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);

describe('the oil price cap lowered by the EU and the UK', () => {
  it('is confirmed with the makers named instead of Russia', () => {
    for (const [text, asOf, quote] of [
      [
        'Sanctions on Russia, July 2025. Britain and the European Union agreed to cut the crude price cap (for oil of CN code 2709) from $60 to $47.60 a barrel.',
        '2025-07-25',
        /\$47\.60/,
      ],
      [
        'New measures against Russia. From 3 September 2025 the EU and the UK will lower the crude oil price cap from USD 60 to USD 47.6 per barrel.',
        '2025-07-24',
        /47\.6/,
      ],
      ['Russia sanctions digest. The EU lowered its oil price cap from $60 to $47.60 a barrel.', '2025-09-10', /47\.60/],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });

  it('confirms the lowering told as announced on its day, with no level', () => {
    for (const [text, asOf] of [
      ['Russia update. On 18 July 2025 London and the EU jointly announced a sharp tightening of the oil price cap.', '2025-07-21'],
      ['Sanctions on Russia: on July 18, 2025 the EU adopted a lowering of the crude oil price cap.', '2025-07-30'],
      ['Moscow faces new pressure. The UK and the EU on 18 July 2025 agreed to lower the oil price cap.', '2025-07-19'],
    ] as const)
      expect(on(text, asOf, /tighten|lower/), text).toContain('supported');
  });

  it('confirms the US told as keeping the $60 cap', () => {
    for (const [text, asOf] of [
      [
        'Russian crude: the EU and UK cut their price cap to $47.60 a barrel. Washington has not yet followed the EU and the UK.',
        '2025-07-25',
      ],
      ['On Russian oil, the EU cap now sits below $48 while the United States kept the $60 cap.', '2025-09-15'],
      ['The lower price cap on Russian oil applies in the EU and Britain; the U.S. has not joined the EU and UK move.', '2025-09-05'],
    ] as const)
      expect(on(text, asOf, /U\.?S\.?|United States|Washington/), text).toContain('supported');
  });

  it('contradicts a wrong level of the EU lowering from $60', () => {
    for (const [text, asOf] of [
      ['Russia sanctions digest. The EU lowered its oil price cap from $60 to $45 a barrel.', '2025-09-10'],
      ['Sanctions on Russia, July 2025. The European Union has cut the crude price cap from $60 to $50 per barrel.', '2025-07-25'],
      ['Moscow faces new pressure after the EU slashed the oil price cap from $60 to $40 per barrel.', '2025-08-01'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toContain('contradicted');
  });

  it('leaves proposals, other caps, other days and denials alone', () => {
    for (const [text, asOf] of [
      // A proposal of the Commission.
      ['Russia sanctions digest. The EU could lower the oil price cap from $60 to $45 a barrel.', '2025-06-12'],
      // The EU's gas price cap.
      ['Russia and energy. The EU lowered its gas price cap from €180 to €150; the UK kept its oil cap at $60.', '2025-07-25'],
      // Another day: the Commission's proposal, not the adoption.
      ['Russia update. On 10 June 2025 the EU announced a lowering of the oil price cap.', '2025-07-21'],
      // Not agreed.
      ['Russia update. The UK and the EU have not agreed to lower the oil price cap.', '2025-07-21'],
      // The US followed on another matter.
      ['Russian oil: the cap was lowered. The US has not followed the EU on tariffs for Russian gas.', '2025-07-25'],
    ] as const) {
      expect(red(text, asOf), text).toEqual([]);
      expect(on(text, asOf, /announced|agreed|followed|lowered/), text).not.toContain('supported');
    }
  });
});

describe("a package's entry into force", () => {
  it('is confirmed on a day on record', () => {
    for (const [text, asOf] of [
      ['The EU’s 18th sanctions package against Russia took effect on 20 July 2025.', '2025-07-25'],
      ["Brussels' 18th package of restrictive measures entered into force on July 19, 2025, the day of its publication.", '2025-07-28'],
      ['The 16th package of EU sanctions came into force on 25 February 2025.', '2025-03-03'],
      ['The EU’s 14th sanctions package entered into force on 24 June 2024, the day the Council adopted it.', '2024-06-28'],
      ['The EU’s 19th package of sanctions took effect on October 24, 2025.', '2025-10-30'],
    ] as const)
      expect(on(text, asOf, /force|effect/), text).toContain('supported');
  });

  it('is contradicted on a day before the package was adopted', () => {
    for (const [text, asOf] of [
      ['The EU’s 18th sanctions package against Russia came into force on 1 July 2025.', '2025-07-25'],
      ['The 16th package of EU sanctions entered into force on February 3, 2025.', '2025-03-03'],
      ["The bloc's 18th package of sanctions took effect on June 30, 2025.", '2025-07-28'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toContain('contradicted');
  });

  it('leaves other days, plans and other packages alone', () => {
    for (const [text, asOf] of [
      // Its price cap applies later: a day of that measure.
      ['The EU’s 18th sanctions package against Russia: the new price cap takes effect on 3 September 2025.', '2025-07-25'],
      // A plan before the adoption.
      ['The EU’s 18th sanctions package could enter into force on 1 July 2025 if Slovakia lifts its veto.', '2025-06-25'],
      // Two packages named.
      ['The 17th package entered into force in May and the 18th package on 20 July 2025.', '2025-07-28'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe("a package's contents in a digest of that package", () => {
  const digest = (items: string) =>
    `Client alert: the EU's 18th sanctions package against Russia. On 18 July 2025 the Council adopted the package. ${'The measures cover energy, finance and trade in detail. '.repeat(30)}${items}`;

  it('confirms vessels and the Nord Stream ban told in list items', () => {
    for (const [text, quote] of [
      [digest('Another 105 tankers have been listed, so that 444 ships in all are now barred from EU ports.'), /105 tankers/],
      [digest('Shipping: 105 vessels were added to the Annex XLII listings.'), /105 vessels/],
      [digest('Energy: a transaction ban was imposed regarding Nord Stream 1 and 2.'), /Nord Stream/],
      [
        digest(
          'For Nord Stream and Nord Stream 2, the new Art. 5af of Regulation 833/2014 sets a complete ban on transactions concerning the maintenance and use of both pipelines.',
        ),
        /Nord Stream/,
      ],
    ] as const)
      expect(on(text, '2025-07-25', quote), text.slice(-120)).toContain('supported');
  });

  it('confirms a banned good of the package in a list item', () => {
    const text = `The EU's 16th sanctions package against Russia, adopted on 24 February 2025. ${'Details follow. '.repeat(100)}Metals - an import ban into the Union of primary aluminium from Russia.`;
    expect(on(text, '2025-03-01', /aluminium/)).toContain('supported');
  });

  it('leaves other counts, other issuers and LNG alone', () => {
    for (const text of [
      digest('Another 90 tankers have been listed by the EU.'),
      digest('The UK listed 135 vessels and imposed a ban on transactions with Nord Stream 2 AG.'),
      digest('The prohibition covers the purchase of Russian LNG by EU countries.'),
    ])
      expect(on(text, '2025-07-25', /tankers|vessels|LNG|Nord Stream/), text.slice(-100)).not.toContain('supported');
  });

  it('keeps "Art. 5" inside its sentence', () => {
    expect(
      on(
        'The EU’s 18th sanctions package. Under Art. 5af the package bans all transactions with the Nord Stream pipelines.',
        '2025-07-25',
        /Nord Stream/,
      ),
    ).toContain('supported');
  });
});

describe('counts of packages', () => {
  it('confirms the count by a speaker and in a headline', () => {
    for (const [text, asOf, quote] of [
      [
        'The President of the European Council spoke on sanctions after the summit. "Since 2022, we have adopted 16 packages, the last one two weeks ago," he said.',
        '2025-03-07',
        /16 packages/,
      ],
      [
        'Hungary cannot stop sanctions against Russia: 16 packages have already been approved. Brussels • Agency. The EU has kept its unity, the Council said.',
        '2025-03-08',
        /16 packages/,
      ],
      [
        'Kaja Kallas addressed the press. We have so far adopted 17 packages of sanctions against Russia, she said.',
        '2025-06-02',
        /17 packages/,
      ],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });

  it('leaves "we" of another issuer and a headline without the EU around alone', () => {
    for (const [text, asOf] of [
      ['The British foreign secretary spoke. "We have adopted 16 packages of sanctions," the UK minister said.', '2025-03-07'],
      ['Our ministry has a view. Since 2022, we have approved 16 packages, he told reporters.', '2025-03-07'],
      ['Sanctions against Russia: 16 packages have been approved. Washington • Agency. The US Treasury followed.', '2025-03-08'],
    ] as const)
      expect(on(text, asOf, /16 packages/), text).not.toContain('supported');
  });
});

describe("the EU's measures since March 2014", () => {
  it('is confirmed by its first measure on record', () => {
    for (const text of [
      'Since March 2014, the EU has gradually imposed restrictive measures against Russia.',
      'The European Union has imposed sanctions on Russia since 2014, when Crimea was annexed.',
      'Since 2014 the EU has adopted sanctions against the Russian Federation over Ukraine.',
    ])
      expect(on(text, '2023-05-10', /2014/), text).toContain('supported');
  });

  it('leaves other issuers, other targets and other starts alone', () => {
    for (const text of [
      'Since March 2014, the US has imposed sanctions on Russia.',
      'Since 2012, the EU has imposed sanctions against Russia.',
    ])
      expect(
        analyze(text, '2023-05-10').filter((a) => a.factIds.includes('eu-2014-03-17-crimea-listings') && /2014|2012/.test(a.quote)),
        text,
      ).toEqual([]);
  });
});

describe("OFAC's designations: targets after a colon, dated by the lede, and vessels", () => {
  it('confirms the targets listed after a colon by their legal names', () => {
    for (const [text, asOf] of [
      [
        "On October 22, 2025, the Treasury's OFAC designated Russia's two biggest oil producers: PJSC Lukoil Oil Company and Open Joint Stock Company Rosneft Oil Company.",
        '2025-10-30',
      ],
      ['On 22 October 2025 OFAC sanctioned two companies: Rosneft and Lukoil.', '2025-11-02'],
      ['OFAC on October 22, 2025 blacklisted the oil majors: Lukoil OAO and Rosneft.', '2025-10-31'],
    ] as const) {
      expect(on(text, asOf, /Rosneft/), text).toContain('supported');
      expect(on(text, asOf, /Lukoil/), text).toContain('supported');
    }
  });

  it('reads past another issuer named in brackets about another target', () => {
    for (const [text, asOf] of [
      [
        'The EU added 14 individuals and 41 entities to its sanctions list. This includes firms tied to 2Rivers (already under UK asset freezes) and Nayara Energy Limited, a refiner part-owned by Rosneft.',
        '2025-07-20',
      ],
      [
        'The EU sanctions list grew on Friday. The listings include Nayara Energy and a trader (already blacklisted by the U.S. Treasury).',
        '2025-07-19',
      ],
    ] as const)
      expect(on(text, asOf, /Nayara/), text).toContain('supported');
    // The issuer in brackets about the target itself is the clause's: the UK listed Nayara only in October 2025.
    const own = 'The sanctions list grew on Friday. It includes Nayara Energy (sanctioned by the UK).';
    expect(on(own, '2025-07-19', /Nayara/)).not.toContain('supported');
  });

  it('does not confirm a target after a colon that the record does not list', () => {
    const text = 'On October 23, 2025, the EU sanctioned two oil firms: Rosneft and Lukoil.';
    expect(on(text, '2025-10-30', /Lukoil/)).not.toContain('supported');
  });

  it('contradicts a wrong day told of the targets after a colon', () => {
    const text = "On October 15, 2025, OFAC sanctioned Russia's two largest oil companies: Rosneft and Lukoil.";
    expect(red(text, '2025-10-30').map((a) => a.verdict)).toContain('contradicted');
  });

  it('dates targets named later by the lede, and confirms the vessels', () => {
    const lede =
      'On January 10, 2025, the U.S. Treasury intensified sanctions against Russia with measures on its energy sector. The Treasury wants to cut Russian revenues. ';
    const text = `${lede}OFAC blocked hundreds of targets, among them two oil producers, Gazprom Neft and Surgutneftegas. The designations covered more than 180 vessels.`;
    expect(on(text, '2025-01-16', /Gazprom Neft/)).toContain('supported');
    expect(on(text, '2025-01-16', /Surgutneftegas/)).toContain('supported');
    expect(on(text, '2025-01-16', /180 vessels/)).toContain('supported');
    // Another count of vessels is not confirmed, and a page far from the action's day is not read.
    expect(
      on(`${lede}OFAC blocked Gazprom Neft and Surgutneftegas. The designations covered 90 vessels.`, '2025-01-16', /vessels/),
    ).not.toContain('supported');
    expect(on(`${lede}The UK blocked Gazprom Neft and Surgutneftegas. It listed 183 vessels.`, '2025-01-16', /vessels/)).not.toContain(
      'supported',
    );
  });
});
