// Membership, accessions and the war's dates, twentieth round (held-out 17 and 18 misses read as development data). Each new
// red flag is tested on real-looking sentences and on true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const war = (text: string, quote: string, asOf: string) => kindOn('event', text, quote, asOf).map((a) => a.verdict);

describe('the full-scale invasion told on 24 February of another year (war-anchors.ts)', () => {
  it('2014 on a page after the invasion that speaks of nothing of the first phase, or with "full-scale", is contradicted', () => {
    const wb101 =
      'Both Sweden and Finland have a long history in military non-alignment. This was before their governments applied to NATO in May. It was a direct result from Russia’s invasion of Ukraine on February 24, 2014.';
    expect(war(wb101, 'invasion of Ukraine on February 24, 2014', '2022-06-05')).toEqual(['contradicted']);
    const the = 'Finland applied as a direct result of the Russian invasion of Ukraine on February 24, 2014.';
    expect(war(the, 'invasion of Ukraine on February 24, 2014', '2022-06-05')).toEqual(['contradicted']);
    const full = 'It followed Russia’s full-scale invasion of Ukraine on February 24, 2014, in Crimea and beyond.';
    expect(war(full, 'invasion of Ukraine on February 24, 2014', '2023-06-05')).toEqual(['contradicted']);
    expect(war('Russia invaded Ukraine on February 24, 2023.', 'invaded Ukraine on February 24, 2023', '2023-03-01')).toEqual([
      'contradicted',
    ]);
    const began = 'Russia’s invasion of Ukraine began on February 24, 2023.';
    expect(war(began, 'February 24, 2023', '2023-03-01')).toEqual(['contradicted']);
  });
  it('not 2014 with Crimea or another 2014 about, nor on a page before 2022, nor a later 24 February of what the sentence tells', () => {
    for (const [text, asOf] of [
      ['Russia invaded Ukraine on February 24, 2014, when its troops moved into Crimea.', '2023-03-01'],
      ['Russia’s invasion of Ukraine on February 24, 2014 led to the annexation of the peninsula.', '2023-03-01'],
      ['The war began in 2014. Russia’s invasion of Ukraine on February 24, 2014 changed Europe.', '2023-03-01'],
      ['Russia’s invasion of Ukraine on February 24, 2014 changed Europe.', '2019-03-01'],
      ['Leaders gathered in Kyiv for the second anniversary of Russia’s invasion of Ukraine on February 24, 2024.', '2024-03-01'],
      ['Leaders gathered in Kyiv to mark the second anniversary of the invasion on February 24, 2024.', '2024-03-01'],
      ['Protesters rallied against Russia’s invasion of Ukraine on February 24, 2023, in London.', '2023-03-01'],
      ['Protests marked a year of Russia’s invasion of Ukraine on February 24, 2023.', '2023-03-01'],
      ['On February 24, 2023, a year after Russia’s invasion of Ukraine, Biden spoke in Warsaw.', '2023-03-01'],
    ])
      expect(isRed(verdictsOn(text, text.slice(0, 20), asOf).concat(war(text, 'February 24', asOf))), text).toBe(false);
  });
  it('what started on 24 February with the invasion is confirmed', () => {
    const vd302 =
      'Putin has not expressed the least indication of wishing to discuss a settlement to the situation, which started on February 24 with Russia’s invasion of Ukraine, says White House spokesman John Kirby.';
    expect(war(vd302, 'started on February 24 with Russia’s invasion of Ukraine', '2022-12-23')).toEqual(['supported']);
    const off = 'The crisis started on February 20 with Russia’s invasion of Ukraine.';
    expect(isRed(war(off, 'February 20', '2022-12-23'))).toBe(false);
  });
  it('a war "that has been ongoing for" its count is read like one that has lasted it', () => {
    const vd308 =
      'The meeting took place amid growing doubts about Putin’s willingness to end a war that has been ongoing for more than three years.';
    expect(war(vd308, 'a war that has been ongoing for more than three years', '2025-04-11')).toEqual(['supported']);
    const raging = 'The war in Ukraine, which has been raging for more than two years, continues.';
    expect(isRed(war(raging, 'raging for more than two years', '2024-06-11'))).toBe(false);
  });
});

describe('an accession told as done in the sentence of the last ratification (accession-premature.ts)', () => {
  it('the count, the country "now part of NATO" and "joins NATO" are contradicted days before the accession', () => {
    const count = 'NATO Is Now 32 Member Strong Alliance As Hungary’s Parliament Ratifies Sweden’s Bid\n\nThe bid was approved.';
    expect(membership(count, 'NATO Is Now 32 Member Strong Alliance', '2024-02-26')).toContain('contradicted');
    const part =
      'Sweden Now Part Of NATO: The North Atlantic Treaty Organization (NATO) added another member as the Hungarian parliament endorsed Sweden’s NATO bid on Monday, February 26, thus clearing the final obstacle for an expansion of the military alliance given Russia’s invasion of Ukraine in February 2022.';
    expect(membership(part, 'Sweden Now Part Of NATO', '2024-02-26')).toEqual(['contradicted']);
    const added = 'NATO added another member as the Hungarian parliament endorsed Sweden’s NATO bid on Monday.';
    expect(membership(added, 'NATO added another member', '2024-02-26')).toEqual(['contradicted']);
    const joins =
      'Approved: Finland joins NATO\n\nHowever, at the same time, it continued to block Sweden from joining the military alliance.';
    expect(membership(joins, 'Finland joins NATO', '2023-03-30')).toEqual(['contradicted']);
    const nowHas = 'NATO now has 32 members as Hungary ratifies Sweden’s bid.';
    expect(membership(nowHas, 'NATO now has 32 members', '2024-02-26')).toEqual(['contradicted']);
  });
  it('not a day told after "joins", an exercise, a hedge, a future, a condition, no ratification, or after the accession', () => {
    for (const [text, asOf] of [
      ['Approved: Finland joins NATO on Tuesday', '2023-03-30'],
      ['After Turkey’s approval, Finland joins NATO exercise', '2023-03-30'],
      ['Turkey approves, Finland joins NATO next week.', '2023-03-30'],
      ['If Turkey approves, Finland joins NATO.', '2023-03-30'],
      ['Finland joins NATO.', '2023-03-30'],
      ['Hungary ratifies: Sweden is now all but part of NATO.', '2024-02-26'],
      ['After Hungary’s vote, NATO will soon be 32 members strong.', '2024-02-26'],
      ['Hungary ratifies Sweden’s bid; Sweden is now set to join NATO.', '2024-02-26'],
      ['NATO now has 31 members as Hungary ratifies Sweden’s bid.', '2024-02-26'],
      ['Sweden is now part of NATO after Hungary ratified its bid.', '2024-03-08'],
      ['NATO Is Now 32 Member Strong Alliance As Sweden Joins', '2024-03-10'],
    ])
      expect(isRed(kindOn('membership', text, text.slice(0, 12), asOf).map((a) => a.verdict)), text).toBe(false);
  });
});

describe('"it" as the accession\'s subject, the country the sentence before opens on (membership.ts)', () => {
  it('a wrong day is contradicted, the right one confirmed', () => {
    const wb105 =
      'North Macedonia was the last country to join North Atlantic Treaty Organization. Formally known as Yugoslav Republic, it officially became a NATO member on 27 March 2022.';
    expect(membership(wb105, 'it officially became a NATO member on 27 March 2022', '2022-07-01')).toEqual(['contradicted']);
    expect(membership(wb105, 'North Macedonia was the last country to join', '2022-07-01')).toEqual(['supported']);
    const right = 'Montenegro joined in 2017. It became a NATO member on 5 June 2017.';
    expect(membership(right, 'It became a NATO member on 5 June 2017', '2022-07-01')).toEqual(['supported']);
  });
  it('not when the sentence before names two countries, or the country is not its subject', () => {
    for (const text of [
      'Montenegro and Albania are small. It became a NATO member on 5 June 2016.',
      'Montenegro signed a deal with Russia. Later, it became a NATO member in 2016.',
      'The EU praised Montenegro. It joined NATO in 2016.',
    ])
      // Round 40: a joining in 2016, when no country joined, is flagged whoever "it" is (accession-no-joiner.ts); this reader
      // of "it" says nothing.
      expect(
        isRed(
          kindOn('membership', text, 'NATO', '2022-07-01')
            .filter((a) => !a.message.startsWith('Not so: No country joined NATO'))
            .map((a) => a.verdict),
        ),
        text,
      ).toBe(false);
    // "the last country to join NATO" is confirmed only for the newest member.
    expect(membership('Finland is the last country to join NATO.', 'Finland', '2025-07-01')).toEqual([]);
  });
});

describe('more ways of telling the steps and counts, confirmed (held-out 17 and 18)', () => {
  it('reads each as supported', () => {
    const cases: Array<[string, string, string]> = [
      [
        'More than 7,000 sailors and airmen from 16 countries participated, including two nations that are aspiring to join NATO, Finland and Sweden.',
        'two nations that are aspiring to join NATO, Finland and Sweden',
        '2022-06-05',
      ],
      [
        'Both Sweden and Finland have a long history in military non-alignment. This was before their governments applied to NATO in May.',
        'applied to NATO in May',
        '2022-06-05',
      ],
      [
        'He noted that Finland would become ally number 31 and that it would bear its flag within NATO.',
        'Finland would become ally number 31',
        '2023-04-03',
      ],
      [
        'Finland will raise its flag at NATO headquarters starting this Tuesday, joining the alliance alongside the other 30 member nations.',
        'joining the alliance alongside the other 30 member nations',
        '2023-04-03',
      ],
      [
        'NATO summits take place at critical times.\n\nIn the beginning, the organisation consisted of 12 member states but has since grown to 32 members.',
        'In the beginning, the organisation consisted of 12 member states',
        '2024-07-08',
      ],
      [
        'The Former Yugoslav Republic of Macedonia (FYROM) will sign the accession protocol with NATO on February 6, NATO Secretary General Jens Stoltenberg announced on Saturday.',
        'will sign the accession protocol with NATO on February 6',
        '2019-02-02',
      ],
      [
        'Trump sent the Protocol to the North Atlantic Treaty on the Accession of the Republic of North Macedonia to the Senate. The Protocol was signed in Brussels on February 6, 2019.',
        'The Protocol was signed in Brussels on February 6, 2019',
        '2019-04-30',
      ],
      [
        'The parliaments of all NATO member states have now voted in favor of Swedish accession. Sweden also faced opposition from Turkey. But Turkey officially approved Sweden’s bid in January after concessions were made.',
        'Turkey officially approved Sweden’s bid in January',
        '2024-02-26',
      ],
      [
        '• 23 out of 32 NATO member nations have met the defense spending target of 2% of GDP.',
        '23 out of 32 NATO member nations',
        '2025-03-15',
      ],
      [
        'What countries are in NATO? With the addition of Sweden, there are 32 established member countries known as the NATO Allies.',
        'there are 32 established member countries known as the NATO Allies',
        '2024-03-20',
      ],
    ];
    for (const [text, quote, asOf] of cases) expect(membership(text, quote, asOf), quote).toContain('supported');
    // "N out of M": a part, never flagged when M is off. Round 38: but M told as NATO's total is the alliance's count of
    // the time the sentence tells or of the year to the page's day (held-out 36 qs001): 30 was NATO's count only up to
    // April 2023, so a page of March 2025 is outdated; one of May 2023 may cite a report that counted 30.
    const part = '• 23 out of 30 NATO member nations have met the defense spending target of 2% of GDP.';
    expect(isRed(membership(part, '23 out of 30', '2025-03-15'))).toBe(true);
    expect(isRed(membership(part, '23 out of 30', '2023-05-15'))).toBe(false);
  });
  it('the plan, the accepted bid and the aspirants are never flagged', () => {
    const plan = 'Macedonia will sign the accession protocol with NATO on February 9, 2019.';
    expect(isRed(membership(plan, 'will sign', '2019-02-02'))).toBe(false);
    const accepted = 'Finland’s and Sweden’s bids were accepted at the summit in June 2021.';
    expect(isRed(membership(accepted, 'bids were accepted', '2023-03-31'))).toBe(false);
    const ratified = 'Finland’s bid was accepted by Turkey’s parliament on March 30, 2023.';
    expect(isRed(membership(ratified, 'bid was accepted', '2023-03-31'))).toBe(false);
    const ukraine = 'Two countries that are seeking to join NATO, Ukraine and Georgia, sent observers.';
    expect(membership(ukraine, 'Ukraine', '2022-06-05')).toEqual([]);
  });
  it('a wrong number after the noun is flagged like an ordinal', () => {
    expect(membership('Finland would become NATO member number 32.', 'member number 32', '2023-04-03')).toEqual(['contradicted']);
  });
});
