// Breadth, twenty-fourth round: true claims of breadth pages the engine was silent on. Short quotes from development pages
// (held-out 17 to 22) carry their ids; the rest are made up in their shape.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red, supportedQuotes } from './helpers';

const supportedWith = (text: string, asOf: string, part: string) => supportedQuotes(text, asOf).some((q) => q.includes(part));

describe('Article 5 told in more forms (treaty-articles.ts)', () => {
  it('the definition before the article, after "According to / Under", a pact, the fifth article, 9/11 without NATO named', () => {
    // pa010
    expect(
      supportedWith(
        'We remain firmly committed to NATO’s founding Washington Treaty, including that an attack against one Ally shall be considered an attack against us all, as enshrined in Article 5.',
        '2021-06-14',
        'as enshrined in Article 5',
      ),
    ).toBe(true);
    // ya053
    expect(
      supportedWith(
        'Asked if he believed in the effectiveness of Article Five—the pact that if one NATO member is attacked all the others would come to its aid—Macron replied.',
        '2019-11-07',
        'Article Five',
      ),
    ).toBe(true);
    // zd007
    expect(
      supportedWith(
        'The declaration also stresses the unswerving commitment to collective defence enshrined in the fifth article of the NATO treaty.',
        '2025-06-25',
        'fifth article',
      ),
    ).toBe(true);
    // ea001
    expect(
      supportedWith(
        'Finland looked to NATO for security. According to Article 5 of the organization, any attack on one member is an attack on all.',
        '2023-04-04',
        'Article 5',
      ),
    ).toBe(true);
    expect(
      supportedWith('Under Article 5 of the Washington Treaty, an attack on one ally is an attack on all.', '2023-04-04', 'Article 5'),
    ).toBe(true);
    // va019, vb103
    expect(
      supportedWith(
        '"I want to reaffirm our ironclad commitment to the collective defense under Article 5 of the North Atlantic Treaty," Austin told NATO.',
        '2021-04-14',
        'Article 5',
      ),
    ).toBe(true);
    expect(
      supportedWith('The principle of collective defence is enshrined in Article 5 of the Washington Treaty.', '2023-06-02', 'Article 5'),
    ).toBe(true);
    // zd006: NATO named only after the sentence; 9/11 makes the article NATO's.
    expect(
      supportedWith(
        'Are we close to activating Article 5?\n\nArticle 5 has been activated once before against the United States in response to the hijacked airliner attacks on September 11, 2001.',
        '2025-09-10',
        'activated once',
      ),
    ).toBe(true);
  });
  it('look-alikes: the wrong article, another treaty, no definition: nothing, never red', () => {
    const cases: Array<[string, string]> = [
      ['Under Article 4 of the Washington Treaty, an attack on one ally is an attack on all.', '2023-04-04'],
      ['NATO allies stressed collective defence, as enshrined in Article 4 of the treaty.', '2023-04-04'],
      ['NATO: Japan relies on collective defense as enshrined in Article 5 of its treaty with the US.', '2023-04-04'],
      ['NATO allies held talks on collective defense, while Article 5 was not discussed.', '2023-04-04'],
      ['Under Article 5 of the Minsk agreements, an amnesty was to follow.', '2023-04-04'],
      ['The fifth article of the EU treaty sets out the principle of conferral.', '2023-04-04'],
    ];
    for (const [s, d] of cases) {
      expect(red(s, d)).toEqual([]);
      expect(supportedWith(s, d, 'Article')).toBe(false);
    }
  });
});

describe('NATO milestones (nato-milestones.ts, confirm-only)', () => {
  const confirmedMilestone = (text: string, asOf: string, id: string) =>
    analyze(text, asOf).some((a) => a.verdict === 'supported' && a.factIds.includes(id));
  it('confirmed: told with their days, or told as done on a page dated after them', () => {
    // pa009
    expect(
      confirmedMilestone(
        'On Friday (12 June 2020), the North Atlantic Council recognised Ukraine as an Enhanced Opportunities Partner.',
        '2020-06-12',
        'ukraine-enhanced-opportunities-partner',
      ),
    ).toBe(true);
    expect(
      confirmedMilestone(
        'In 2020 NATO granted Ukraine the status of Enhanced Opportunities Partner.',
        '2022-03-01',
        'ukraine-enhanced-opportunities-partner',
      ),
    ).toBe(true);
    // pa006, and the plan's place (held-out 18 wa016)
    expect(
      confirmedMilestone(
        'Ministers agreed to create a NATO Space Centre at Allied Air Command in Ramstein, Germany.',
        '2020-10-26',
        'nato-space-centre',
      ),
    ).toBe(true);
    expect(
      confirmedMilestone(
        'NATO defence ministers are expected to agree to create a NATO Space Centre at Allied Air Command in Ramstein, Germany.',
        '2020-10-21',
        'nato-space-centre',
      ),
    ).toBe(true);
    // xa046, za052
    expect(
      confirmedMilestone('Mr Rutte said work is well on track to set up the new NATO command in Wiesbaden.', '2024-10-16', 'nato-nsatu'),
    ).toBe(true);
    expect(
      confirmedMilestone(
        'Rutte also credited Cavoli with founding the NATO Security Assistance and Training for Ukraine (NSATU) initiative.',
        '2025-07-04',
        'nato-nsatu',
      ),
    ).toBe(true);
    // pa051, ya032
    expect(
      confirmedMilestone(
        'Commitment to long-term support for Ukraine, including a declaration of its "irreversible path to membership".',
        '2024-07-11',
        'ukraine-irreversible-path',
      ),
    ).toBe(true);
    expect(
      confirmedMilestone(
        'NATO leaders established the NATO-Ukraine Council in Vilnius in July 2023.',
        '2024-01-10',
        'nato-ukraine-council-established',
      ),
    ).toBe(true);
  });
  it('look-alikes: another date, a plan before the day, another country, a removal: not confirmed, never red', () => {
    const cases: Array<[string, string, string]> = [
      ['In 2014 NATO recognised Ukraine as an Enhanced Opportunities Partner.', '2022-03-01', 'ukraine-enhanced-opportunities-partner'],
      ['Ukraine has asked NATO to grant it Enhanced Opportunities Partner status.', '2019-12-01', 'ukraine-enhanced-opportunities-partner'],
      [
        'NATO recognised Georgia as an Enhanced Opportunities Partner in 2014, while Ukraine waited.',
        '2019-12-01',
        'ukraine-enhanced-opportunities-partner',
      ],
      ['Ukraine wants NATO to describe its path to membership as "irreversible".', '2024-06-20', 'ukraine-irreversible-path'],
      ['NATO leaders dropped the "irreversible path" language on Ukraine from the declaration.', '2025-06-25', 'ukraine-irreversible-path'],
      ['NATO foreign ministers agreed in Oslo to establish a new NATO-Ukraine Council.', '2023-06-02', 'nato-ukraine-council-established'],
      ['The NATO Space Centre in Ramstein opened in 2018.', '2021-01-10', 'nato-space-centre'],
      ['A new NATO command in Wiesbaden may be set up, diplomats said.', '2024-03-01', 'nato-nsatu'],
    ];
    for (const [s, d, id] of cases) {
      expect(red(s, d)).toEqual([]);
      expect(confirmedMilestone(s, d, id)).toBe(false);
    }
  });
});
