// Round 39, membership and accessions (sentences of our own unless an entry id is given): members told as joining together
// when their accessions fell apart, an accession's time told inside a sentence by a participle or the country's own noun, a
// place in line told as still to be taken long after it was, a national step told as making the country a member before its
// accession, and an accession placed at a summit when none was held near it.
import { describe, expect, it } from 'vitest';
import { expectNoRed, said, saidConfirmed, saidRed } from './helpers';

describe('members told as joining together when their accessions fell apart', () => {
  it('flags the joining, the companions after it, a list with a word of togetherness or one time', () => {
    // held-out 37 rh001 (12 January 2025)
    expect(
      saidRed(
        "This marks Sweden's inaugural contribution of armed forces as a NATO ally after joining the alliance in March alongside Finland following Russia's invasion of Ukraine.",
        '2025-01-12',
      ),
    ).toEqual(['contradicted: after joining the alliance in March alongside Finland']);
    expect(saidRed('Sweden joined NATO alongside Finland after Russia invaded Ukraine.', '2025-01-12')).toEqual([
      'contradicted: Sweden joined NATO alongside Finland',
    ]);
    expect(saidRed('Finland joined the alliance together with Sweden.', '2024-09-01').length).toBe(1);
    expect(saidRed('Finland, along with Sweden, became a member of NATO after the invasion.', '2024-09-01').length).toBe(1);
    expect(saidRed('Sweden and Finland both joined NATO in 2023.', '2025-02-01')).toEqual([
      'contradicted: Sweden and Finland both joined NATO in 2023',
    ]);
    expect(saidRed('Finland and Sweden joined NATO at the same time.', '2025-02-01').length).toBe(1);
    expect(saidRed('Montenegro joined NATO along with North Macedonia.', '2021-02-01').length).toBe(1);
    expect(saidRed("Finland's accession to NATO alongside Sweden reshaped the Baltic.", '2025-02-01').length).toBe(1);
    expect(saidRed('Poland joined NATO alongside Hungary and Slovakia in 1999.', '2019-03-12').length).toBe(1);
  });

  it('stays quiet on accessions that were together, on steps before them and on accessions set apart', () => {
    expectNoRed([
      ['Finland and Sweden applied together to join NATO in May 2022.', '2022-05-20'],
      ['Finland and Sweden applied to join NATO together after the invasion.', '2024-05-20'],
      ["Sweden's bid to join NATO alongside Finland was held up by Turkey.", '2023-05-12'],
      ['Finland had hoped to join NATO alongside Sweden.', '2023-05-12'],
      ['Sweden joined in March, a year after Finland.', '2024-04-02'],
      ['Sweden joined NATO in March, following Finland.', '2024-03-20'],
      ['Finland and Sweden joined NATO in 2023 and 2024, respectively.', '2024-06-12'],
      ['Finland and Sweden both joined NATO after Russia invaded Ukraine.', '2025-01-12'],
      ['Finland and Sweden joined NATO after Russia invaded Ukraine.', '2025-01-12'],
      ['Poland joined NATO alongside Hungary and the Czech Republic in 1999.', '2019-03-12'],
      ['Albania and Croatia joined NATO at the same time.', '2019-03-12'],
      ['Albania joined NATO in 2009 together with Croatia.', '2019-03-12'],
      ['Estonia, Latvia and Lithuania joined NATO in 2004.', '2024-03-29'],
      ['Sweden joined NATO exercises alongside Finland.', '2021-03-29'],
      ['Sweden will join NATO alongside Finland.', '2022-06-01'],
    ]);
  });
});

describe('an accession’s time told inside a sentence by a participle or by the country’s own noun', () => {
  it('flags a year, a month or a day not the accession’s', () => {
    // held-out 37 rh002 and rh003 (13 January 2025)
    expect(
      saidRed(
        "The deployment signifies Sweden's active role within NATO following its admission as the alliance's 32nd member in March 2023, a decision made after Russia’s invasion of Ukraine.",
        '2025-01-13',
      ),
    ).toEqual(['contradicted: in March 2023']);
    expect(
      saidRed(
        'This marks Sweden’s first time contributing its armed forces to NATO’s defense efforts since joining the alliance in March 2023.',
        '2025-01-13',
      ),
    ).toEqual(['contradicted: since joining the alliance in March 2023']);
    expect(saidRed('Finnish troops have trained in the north since joining NATO in 2022.', '2025-01-13').length).toBe(1);
    expect(saidRed('Poland has hosted allied troops ever since its accession to NATO in 2004.', '2025-01-13').length).toBe(1);
    expect(saidRed("Montenegro's army has grown since its entry into NATO on 15 June 2017.", '2024-06-13').length).toBe(1);
    expect(saidRed('North Macedonia hosted its first exercise after joining NATO in 2019.', '2024-06-13').length).toBe(1);
    expect(saidRed('Sweden has sent jets to the Baltic since joining the alliance in January.', '2024-06-13').length).toBe(1);
    // The owner's noun: the admission and the entry as the accession is.
    expect(saidRed("Sweden's admission to NATO in 2023 was a turning point.", '2025-01-13').length).toBe(1);
    expect(saidRed("Finland's entry into NATO in 2022 doubled its border with the alliance.", '2025-01-13').length).toBe(1);
  });

  it('confirms the right time and stays quiet on doubt or several countries', () => {
    expect(
      said('Sweden has sent jets to the Baltic since joining the alliance in March.', '2024-06-13').some((s) => s.startsWith('supported')),
    ).toBe(true);
    expectNoRed([
      ['Poland has hosted allied troops ever since its accession to NATO in 1999.', '2025-01-13'],
      ["Montenegro's army has grown since its entry into NATO on June 5, 2017.", '2024-06-13'],
      ['Croatia joined the EU in 2013, four years after joining NATO in 2009.', '2024-06-13'],
      ['Russia has threatened Finland since joining NATO in 2022.', '2024-06-13'],
      ['Sweden could have sent jets since joining NATO in 2022 if Hungary had agreed.', '2024-06-13'],
      ['Sweden joined in March, after joining NATO exercises in 2023.', '2024-06-13'],
      ['Sweden joined NATO in March.', '2024-06-13'],
      ["Spain's admission to NATO in 1982 was a turning point.", '2025-01-13'],
      ["Turkey delayed Sweden's admission to NATO in 2023.", '2025-01-13'],
      ["Finland's entry into NATO on 4 April 2023 doubled its border.", '2025-01-13'],
    ]);
  });
});

describe('a place in line told as still to be taken long after it was', () => {
  it('flags the Nth member told ahead two months or more after the accession', () => {
    // held-out 37 rh005 (1 March 2025)
    expect(
      saidRed(
        'The North Atlantic Treaty Organization started out with 12 nations on April 4, 1949. The other nations added: Greece and Turkey, 1952; Germany, 1955; Spain, 1982; Montenegro, 2017; North Macedonia, 2020; Finland, 2023; Sweden just recently and will be the 32nd nation. The basic principle of NATO is deterrence.',
        '2025-03-01',
      ),
    ).toEqual(['outdated: Sweden just recently and will be the 32nd nation']);
    expect(saidRed('North Macedonia is a small Balkan country. The country will become NATO’s 30th member.', '2021-05-01').length).toBe(1);
    expect(saidRed("NATO is growing. Sweden is set to be the alliance's 32nd ally.", '2025-05-01').length).toBe(1);
  });

  it('stays quiet before the accession, on a recalled forecast, a place not yet taken, another act', () => {
    expectNoRed([
      ['NATO is growing. Sweden will become the 32nd member of the alliance.', '2024-02-10'],
      ['NATO is growing. North Macedonia will become the 30th member.', '2019-05-01'],
      ['NATO is growing. Ukraine will become the 33rd member one day.', '2025-05-01'],
      ['NATO is growing. Finland will be the 31st country to ratify the treaty.', '2025-05-01'],
      ['In 2023, NATO said Sweden will be the 32nd member.', '2025-05-01'],
      ['NATO said at the time that Sweden would be the 32nd member.', '2025-05-01'],
    ]);
  });
});

describe('a national step told as making the country a member before its accession', () => {
  it('flags "making his country a part of NATO" before the accession day', () => {
    // held-out 37 rj004 (27 March 2023)
    expect(
      saidRed(
        'Finland’s President Sauli Niinisto, signed the NATO legislation, in a ceremony on March 23, making his country a part of the North Atlantic Treaty Organisation (NATO).',
        '2023-03-27',
      ),
    ).toEqual(['contradicted: making his country a part of the North Atlantic Treaty Organisation (NATO)']);
    expect(
      saidRed("Hungary's parliament ratified Sweden's accession on Monday, making Sweden a full member of NATO.", '2024-02-27').length,
    ).toBe(1);
    expect(
      saidRed("Turkey's parliament voted to approve Finland's bid, making the Nordic country NATO's 31st member.", '2023-03-31').length,
    ).toBe(1);
  });

  it('stays quiet on the step itself, on the way cleared, and after the accession', () => {
    expectNoRed([
      ["Finland's parliament approved joining NATO on Wednesday.", '2023-03-02'],
      ["Turkey's parliament ratified Finland's bid, clearing the way for Finland to join NATO.", '2023-03-31'],
      ["Hungary's parliament ratified Sweden's accession, making it the last ally to approve.", '2024-02-27'],
      ["Hungary's parliament ratified Sweden's accession, which will make Sweden a member of NATO.", '2024-02-27'],
      ["Turkey ratified Finland's bid in March, making Finland a member of NATO on 4 April.", '2023-06-05'],
    ]);
  });
});

describe('an accession placed at a summit when none was held near it', () => {
  it('flags the summit', () => {
    // held-out 37 rk002 (3 June 2023)
    expect(
      saidRed(
        "Finland formally became a member of NATO on 04.04.2023 during a scheduled summit, finalising the fastest accession process in the treaty's history.",
        '2023-06-03',
      ),
    ).toEqual(['contradicted: Finland formally became a member of NATO on 04.04.2023 during a scheduled summit']);
    expect(saidRed('Sweden joined NATO at the Vilnius summit.', '2024-06-03').length).toBe(1);
    expect(saidRed('North Macedonia was admitted to NATO at a summit in Brussels.', '2024-06-03').length).toBe(1);
  });

  it('stays quiet near a summit, for a time to come and a ceremony', () => {
    expectNoRed([
      ['Montenegro joined NATO at the Brussels summit.', '2024-06-03'],
      ['Finland will join NATO at the Vilnius summit.', '2023-03-03'],
      ['Finland joined NATO in April, and its leaders attended the Vilnius summit in July.', '2024-06-03'],
      ['Sweden became the 32nd member of NATO at a ceremony in Washington.', '2024-06-03'],
      ['Albania and Croatia joined NATO at the Strasbourg-Kehl summit.', '2019-06-03'],
    ]);
  });
});

describe('confirmations: counts, places in line, members told by "as", allies urged to ratify, lists of years', () => {
  it('confirms the general forms of held-out 37 core true claims', () => {
    // rg004 (May 2022), rk001 (July 2022)
    expect(saidConfirmed('NATO has currently thirty members.', '2022-05-29')).toContain('supported: NATO has currently thirty members');
    expect(saidConfirmed('The number of countries that are currently members of NATO is 30.', '2022-07-01').length).toBe(1);
    expect(saidConfirmed('The number of NATO member states is 32.', '2025-07-01').length).toBe(1);
    expect(saidConfirmed('NATO now has 32 members. The number of NATO allies now stands at 32.', '2025-07-01').length).toBe(2);
    // rg006 (May 2022)
    expect(
      saidConfirmed(
        "They were joined by NATO Secretary General Jens Stoltenberg and the 30 ambassadors of the Alliance's Atlantic Council.",
        '2022-05-30',
      ),
    ).toContain('supported: the 30 ambassadors of the Alliance');
    // qz013 (4 April 2023)
    expect(
      saidConfirmed(
        'Finland has formally joined NATO, becoming the Western military alliance’s 31st member in response to the war.',
        '2023-04-04',
      ),
    ).toContain('supported: becoming the Western military alliance’s 31st member');
    // rf009 (June 2024)
    expect(
      saidConfirmed('The meeting will focus on cooperation between Finland, Sweden and Norway as members of NATO.', '2024-06-12').length,
    ).toBe(1);
    expect(saidConfirmed('Poland as a NATO member has a duty to help.', '2024-06-12').length).toBe(1);
    // rg009 (4 April 2023)
    expect(
      saidConfirmed('We encourage Türkiye and Hungary to ratify the accession protocols for Sweden without delay.', '2023-04-04'),
    ).toContain('supported: encourage Türkiye and Hungary');
    // rh005 (March 2025)
    const letter =
      'The North Atlantic Treaty Organization is an organization that started out with 12 nations on April 4, 1949. We now have a total of 32 nations. The other nations added: Greece and Turkey, 1952; Germany, 1955; Spain, 1982; Czechia, Hungary and Poland, 1999; Albania and Croatia, 2009; Montenegro, 2017; North Macedonia, 2020; Finland, 2023.';
    const got = saidConfirmed(letter, '2025-03-01');
    for (const q of [
      'started out with 12 nations',
      'We now have a total of 32 nations',
      'Czechia, Hungary and Poland, 1999',
      'Finland, 2023',
    ])
      expect(got).toContain(`supported: ${q}`);
  });

  it('does not confirm look-alikes', () => {
    expect(saidConfirmed('NATO has currently 28 members.', '2022-05-29')).toEqual([]);
    expect(saidConfirmed('Ukraine as a member of NATO would change everything.', '2024-06-12')).toEqual([]);
    expect(saidConfirmed('Finland and Sweden as members of NATO will change the Baltic.', '2022-06-12')).toEqual([]);
    expect(saidConfirmed('The EU met today. We are now 27 nations.', '2024-05-30')).toEqual([]);
    expect(saidConfirmed('We urge Hungary and Turkey to ratify the protocols for Sweden.', '2024-06-04')).toEqual([]);
    // A list with one year that is not NATO's (the EU's 2004 for the Czech Republic) is read for none.
    expect(
      saidConfirmed('Members added: Czechia, 2004; Spain, 1982; Montenegro, 2017; Finland, 2023.', '2025-03-01').filter((s) =>
        /, \d{4}$/.test(s),
      ),
    ).toEqual([]);
  });
});

describe('a non-member or a member’s territory in the list of countries NATO is an alliance of', () => {
  it('flags the outsider in the list', () => {
    // held-out 36 qv002 (December 2021)
    expect(saidRed('NATO is a treaty alliance of the United States, Canada, Greenland, and most of Western Europe.', '2021-12-24')).toEqual(
      ['contradicted: NATO is a treaty alliance of the United States, Canada, Greenland'],
    );
    expect(saidRed('NATO is a military alliance between the US, Canada, Turkey and Ukraine.', '2023-12-24').length).toBe(1);
    expect(saidRed('NATO comprises Norway, Austria and Poland.', '2023-12-24').length).toBe(1);
  });

  it('stays quiet on regions, partners and a territory told with its member', () => {
    expectNoRed([
      ['NATO is an alliance of the United States, Canada and most of Europe.', '2023-12-24'],
      ['NATO is an alliance of 31 countries, and Ukraine is a partner.', '2023-12-24'],
      ['NATO is an alliance of the US, Canada, Denmark (including Greenland) and others.', '2023-12-24'],
      ['NATO includes Denmark, Greenland through Denmark, and Norway.', '2023-12-24'],
      ['NATO is an alliance of Western democracies that works with Ukraine.', '2023-12-24'],
      ['NATO is an alliance of the US, Canada and European countries, with partners such as Ukraine.', '2023-12-24'],
      ['NATO is not an alliance of Ukraine and Georgia.', '2023-12-24'],
    ]);
  });
});

describe('an ally told as the only one still to ratify while another ratified later', () => {
  it('flags "the only country not yet to have ratified", "the sole member to refuse", "only X has yet to ratify"', () => {
    // held-out 36 qu003 (30 May 2023) and qw002 (23 October 2023)
    expect(
      saidRed(
        'Sweden applied to join NATO last year. Turkey is the only country not yet to have ratified Swedish membership.',
        '2023-05-30',
      ),
    ).toEqual(['contradicted: Turkey is the only country not yet to have ratified']);
    expect(
      saidRed("Hungary went on to approve Sweden's membership, with Turkey remaining the sole NATO member to refuse it.", '2023-10-23')
        .length,
    ).toBe(1);
    expect(saidRed("Only Hungary has yet to ratify Sweden's accession to NATO.", '2023-10-23').length).toBe(1);
  });

  it('stays quiet when the ally named with it is of the list, when it was so, and in the past tense', () => {
    expectNoRed([
      [
        'Sweden applied to join NATO last year. Turkey is, with Hungary, the only one of the 31 NATO countries not yet to have ratified Swedish membership.',
        '2023-05-30',
      ],
      ["Only Hungary has yet to ratify Sweden's accession to NATO.", '2024-02-01'],
      ["Turkey is the only country not yet to have ratified Finland's membership.", '2023-03-29'],
      ["In 2023 Turkey was the only member to block Sweden's accession.", '2023-10-23'],
    ]);
  });
});

describe('the ceremony of an accession with its day (confirm only)', () => {
  it('confirms a ceremony to admit the country on its accession day, and nothing days later', () => {
    // held-out 37 qz013 (4 April 2023, a photo caption)
    expect(
      said(
        'Pekka Haavisto shakes hands with Antony Blinken during a ceremony to admit Finland to NATO, at the alliances headquarters in Brussels, Belgium, on Tuesday, April 4, 2023.',
        '2023-04-04',
      ).some((s) => s.startsWith('supported: ceremony to admit Finland to NATO')),
    ).toBe(true);
    expect(said('A ceremony to admit Finland to NATO was held on 4 April 2023.', '2023-06-12').some((s) => s.startsWith('supported'))).toBe(
      true,
    );
    expect(said('A ceremony to welcome Sweden to NATO was held in Brussels on March 11, 2024.', '2024-03-12')).toEqual([]);
  });
});
