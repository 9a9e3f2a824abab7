// Round 34, membership (sentences of our own unless an entry id is given): the order of accessions told with no date
// ("The accession of Sweden, followed closely by Finland", held-out 32 if005; "X joined NATO before Y", "first X, then Y",
// "X followed Y into NATO", "X's accession preceded Y's"), contradicted when the accession days reverse it.
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe('the order of accessions told with no date', () => {
  it('is contradicted when the accession days reverse it, in several wordings', () => {
    // held-out 32 if005 (March 2024), with the sentence before it naming NATO.
    expect(
      saidRed(
        "Sweden's recent accession to NATO reshapes the Baltic. The accession of Sweden, followed closely by Finland, has changed the region.",
        '2024-03-10',
      ),
    ).toEqual(['contradicted: followed closely by Finland']);
    expect(saidRed('Sweden joined NATO, followed by Finland.', '2024-06-20')).toEqual(['contradicted: followed by Finland']);
    expect(saidRed('Sweden joined NATO before Finland.', '2024-06-20')).toEqual(['contradicted: Sweden joined NATO before Finland']);
    expect(saidRed('Finland joined the alliance after Sweden.', '2025-01-15')).toEqual([
      'contradicted: Finland joined the alliance after Sweden',
    ]);
    expect(saidRed('Finland followed Sweden into NATO.', '2024-09-01')).toEqual(['contradicted: Finland followed Sweden into NATO']);
    expect(saidRed('NATO grew in the north: first Sweden, then Finland joined the alliance.', '2024-06-20')).toEqual([
      'contradicted: Sweden, then Finland joined the alliance',
    ]);
    expect(saidRed('In the NATO story, Estonia’s accession came before Poland’s.', '2020-06-20')).toEqual([
      'contradicted: Estonia’s accession came before Poland’s',
    ]);
    expect(saidRed('Montenegro joined NATO ahead of Croatia.', '2020-06-20')).toEqual([
      'contradicted: Montenegro joined NATO ahead of Croatia',
    ]);
    expect(saidRed('Poland joined NATO two years after Lithuania.', '2024-06-20')).toEqual([
      'contradicted: Poland joined NATO two years after Lithuania',
    ]);
  });
  it('confirms the right order and stays quiet on other acts, other clubs, suppositions and one-day rounds', () => {
    expect(saidConfirmed('Sweden followed Finland into NATO.', '2024-06-20')).toEqual(['supported: Sweden followed Finland into NATO']);
    expect(saidConfirmed('Finland joined NATO, followed by Sweden.', '2024-06-20').join()).toMatch(/followed by Sweden/);
    expect(saidConfirmed('In the NATO story, Montenegro’s accession preceded North Macedonia’s.', '2020-06-20')).toEqual([
      'supported: Montenegro’s accession preceded North Macedonia’s',
    ]);
    expectNoRed([
      ['Finland joined NATO before Sweden.', '2024-06-20'],
      ['North Macedonia joined NATO shortly after Montenegro.', '2020-06-20'],
      ['Lithuania joined NATO five years after Poland.', '2024-06-20'],
      ['Hungary ratified the accession of Sweden, followed by Turkey.', '2024-06-20'],
      ['Sweden joined NATO before Finland joined the EU.', '2024-06-20'],
      ['Poland joined NATO before Lithuania’s president visited.', '2024-06-20'],
      ['Finland and Sweden applied to NATO, first Sweden, then Finland.', '2024-06-20'],
      ['If Sweden had joined NATO before Finland, things would differ.', '2024-06-20'],
      ['Estonia joined NATO before Latvia.', '2024-06-20'],
      ['Greece joined NATO after Turkey.', '2024-06-20'],
      ['Sweden will join NATO after Finland.', '2023-01-10'],
      ['Sweden joined the EU, followed by Finland, and both are NATO allies now.', '2024-06-20'],
      ['The accession of Sweden, followed closely by Finland’s approval of the protocol, ended the NATO process.', '2024-06-20'],
      ['Sweden joined NATO after Finland’s president visited Stockholm.', '2024-06-20'],
    ]);
  });
});

describe('how many NATO members border Russia', () => {
  it('is contradicted below every way of counting them, outdated at the count before Finland joined', () => {
    // held-out 32 ib009 (a letter of 15 March 2022), with the sentence before it naming Putin.
    expect(
      saidRed(
        'Based upon Putin’s obvious disregard for truth, me thinks more is at play. He has 2 NATO members (Estonia and Latvia) already bordering his country, but apparently of no concern.',
        '2022-03-15',
      ),
    ).toEqual(['contradicted: 2 NATO members (Estonia and Latvia) already bordering his country']);
    expect(saidRed('Only two NATO members, Estonia and Latvia, border Russia.', '2022-03-15')).toEqual([
      'contradicted: Only two NATO members, Estonia and Latvia, border Russia',
    ]);
    expect(saidRed('Three NATO countries border Russia, the Kremlin complains.', '2024-06-20')).toEqual([
      'contradicted: Three NATO countries border Russia',
    ]);
    expect(saidRed('Today Russia shares a land border with just two NATO states.', '2019-05-02')).toEqual([
      'contradicted: Russia shares a land border with just two NATO states',
    ]);
    expect(saidRed('Russia borders five NATO countries.', '2024-06-20')).toEqual(['outdated: Russia borders five NATO countries']);
  });
  it('confirms the count of the day, with "mainland" the mainland one, and leaves parts, other countries and the sea alone', () => {
    expect(saidConfirmed('Russia borders five NATO countries.', '2022-06-20')).toEqual(['supported: Russia borders five NATO countries']);
    expect(saidConfirmed('Six NATO members share a land border with Russia.', '2024-06-20')).toEqual([
      'supported: Six NATO members share a land border with Russia',
    ]);
    expect(saidConfirmed('Four NATO members border mainland Russia.', '2024-06-20')).toEqual([
      'supported: Four NATO members border mainland Russia',
    ]);
    expectNoRed([
      ['Three NATO members border Russia.', '2021-06-20'],
      ['Two other NATO members border Russia.', '2024-06-20'],
      ['Two NATO members border Russia’s Kaliningrad exclave.', '2024-06-20'],
      ['Three Baltic NATO members border Russia.', '2024-06-20'],
      ['Two NATO members border Russia and Belarus.', '2024-06-20'],
      ['If Ukraine joined, seven NATO members would border Russia.', '2024-06-20'],
      ['Seven NATO members border Russia, counting the US across the Bering Strait.', '2024-06-20'],
      ['Two NATO members, Norway and Finland, border Russia in the north.', '2024-06-20'],
      ['Putin met Biden. He has 2 NATO members already bordering his country.', '2022-03-15'],
      ['Five NATO members border Russia.', '2023-04-05'],
      ['In 2003, two NATO members bordered Russia.', '2024-06-20'],
      ['Two NATO members border Ukraine.', '2024-06-20'],
    ]);
  });
});

describe('a list of members with a country that had not yet joined', () => {
  it('is contradicted when told as among the members or named after "NATO members/allies"', () => {
    // held-out 32 ig004 (October 2023), the sentence before naming NATO.
    expect(
      saidRed('NATO is a security alliance made up of 31 nations. Norway, Sweden, and Finland are among its 30 members.', '2023-10-10'),
    ).toEqual(['contradicted: Norway, Sweden, and Finland are among', 'outdated: its 30 members']);
    expect(saidRed('Norway, Sweden and Finland are among the members of NATO.', '2023-10-10')).toEqual([
      'contradicted: Norway, Sweden and Finland are among',
    ]);
    expect(saidRed('NATO members such as Norway, Sweden and Finland sent troops to the exercise.', '2023-11-02')).toEqual([
      'contradicted: NATO members such as Norway, Sweden and Finland',
    ]);
    expect(saidRed('NATO allies Denmark and Sweden patrolled the Baltic Sea.', '2023-06-14')).toEqual([
      'contradicted: NATO allies Denmark and Sweden',
    ]);
  });
  it('confirms members on the day and leaves invitees, other bodies and non-members named as such alone', () => {
    expect(saidConfirmed('NATO allies Norway, Sweden and Finland met in Oslo.', '2024-10-10')).toEqual([
      'supported: NATO allies Norway, Sweden and Finland',
    ]);
    expect(saidConfirmed('Estonia is among NATO’s members.', '2023-10-10')).toEqual(['supported: Estonia is among']);
    expectNoRed([
      ['The Nordic Council met. Norway, Sweden and Finland are among its members, and NATO was discussed.', '2023-10-10'],
      ['NATO members and partners such as Norway and Sweden met.', '2023-10-10'],
      ['NATO members including Norway and Finland will soon be joined by Sweden.', '2023-10-10'],
      ['Non-NATO members Sweden and Finland joined the drill.', '2023-01-10'],
      ['Future NATO members Sweden and Finland joined the drill.', '2023-01-10'],
      ['Ukraine is not among NATO’s members.', '2023-10-10'],
      ['NATO members like Norway and Finland welcomed Sweden’s bid.', '2023-10-10'],
    ]);
  });
});

describe('a growth under way or ahead told from a count NATO had left long before', () => {
  it('is contradicted, in several wordings', () => {
    // held-out 32 if006 (January 2023), the quote alone and in a sentence of our own.
    expect(saidRed('moving from an alliance of 28 to 30', '2023-01-25')).toEqual(['contradicted: moving from an alliance of 28 to 30']);
    expect(saidRed('Finland and Sweden joining NATO means moving from an alliance of 28 to 30.', '2023-01-25')).toEqual([
      'contradicted: moving from an alliance of 28 to 30',
    ]);
    expect(saidRed('The accession of Finland and Sweden will take NATO from 28 to 30 members.', '2022-11-02')).toEqual([
      'contradicted: take NATO from 28 to 30',
    ]);
    expect(saidRed('NATO is set to grow from 29 to 31 members.', '2023-01-25')).toEqual(['contradicted: grow from 29 to 31']);
    expect(saidRed('The alliance’s membership will rise from 28 to 30 with Finland and Sweden.', '2022-07-05')).toEqual([
      'contradicted: rise from 28 to 30',
    ]);
  });
  it('confirms the count of the day as the start and leaves the past, suppositions, other bodies and other counts alone', () => {
    expect(saidConfirmed('NATO is set to grow from 30 to 32 members.', '2023-01-25')).toEqual(['supported: grow from 30 to 32']);
    expect(saidConfirmed('Finland and Sweden joining will expand the alliance from 30 to 32 members.', '2022-05-20')).toEqual([
      'supported: expand the alliance from 30 to 32',
    ]);
    expectNoRed([
      ['Sweden’s accession will complete NATO’s growth, moving from 30 to 32 members.', '2023-06-25'],
      ['NATO grew from 30 to 32 members with Finland and Sweden.', '2024-06-20'],
      ['In 2017 and 2020 NATO expanded, moving from an alliance of 28 to 30.', '2020-03-28'],
      ['If both join, NATO would go from 30 to 32 members.', '2022-05-20'],
      ['The EU is moving from 27 to 30 members.', '2023-01-25'],
      ['Ukraine’s army is growing from 20 to 30 brigades, NATO says.', '2023-01-25'],
      ['The number of allies meeting the target is rising from 23 to 30 allies.', '2023-01-25'],
      ['Russia is moving from 28 to 30 divisions near NATO’s border.', '2023-01-25'],
    ]);
  });
});

describe('a growth from one count to another told of the accessions named', () => {
  it('is contradicted when the counts are not those before the first and after the last accession named', () => {
    expect(saidRed('The accessions of Finland and Sweden took NATO from 28 to 30 members.', '2024-06-20')).toEqual([
      'contradicted: took NATO from 28 to 30',
    ]);
    expect(saidRed('With Finland and Sweden, NATO grew from 29 to 31 members.', '2025-02-01')).toEqual([
      'contradicted: grew from 29 to 31',
    ]);
    expect(saidRed('Sweden’s accession expanded NATO from 30 to 31 members.', '2024-06-20')).toEqual([
      'contradicted: expanded NATO from 30 to 31',
    ]);
  });
  it('confirms the right counts and leaves other acts and accessions still to come alone', () => {
    expect(saidConfirmed('Montenegro and North Macedonia joining took the alliance from 28 to 30 members.', '2024-06-20')).toEqual([
      'supported: took the alliance from 28 to 30',
    ]);
    expect(saidConfirmed('Finland’s accession took NATO from 30 to 31 members.', '2024-06-20')).toEqual([
      'supported: took NATO from 30 to 31',
    ]);
    expectNoRed([
      ['Hungary ratified, and NATO grew from 31 to 32 members.', '2024-06-20'],
      ['With Finland and Sweden, NATO grew from 30 to 32 members.', '2023-06-20'],
      ['NATO grew from 12 to 32 members with the accessions of Greece, Turkey and Sweden.', '2024-06-20'],
    ]);
  });
});

describe('borders: look-alikes of a part', () => {
  it('leaves a neighbour of Russia’s ally and a region alone', () => {
    expectNoRed([
      ['Two NATO countries border Russia’s ally Belarus.', '2024-06-20'],
      ['Russia borders two NATO members in the Baltic region.', '2024-06-20'],
      ['Three NATO members share a border with Russia’s Kaliningrad region.', '2024-06-20'],
    ]);
    expect(saidRed('Russia borders two NATO members.', '2024-06-20')).toEqual(['contradicted: Russia borders two NATO members']);
  });
});

describe('the order of accessions told with "After X," or in a relative clause', () => {
  it('is contradicted when reversed and confirmed when right', () => {
    expect(saidRed('After Sweden, Finland joined NATO.', '2024-06-20')).toEqual(['contradicted: After Sweden, Finland joined NATO']);
    expect(saidRed('Before Finland, Sweden joined the alliance.', '2025-03-01')).toEqual([
      'contradicted: Before Finland, Sweden joined the alliance',
    ]);
    expect(saidRed('Finland, which joined NATO after Sweden, sent jets to the exercise.', '2024-06-20')).toEqual([
      'contradicted: Finland, which joined NATO after Sweden',
    ]);
    expect(saidConfirmed('After Finland, Sweden joined NATO.', '2024-06-20')).toEqual(['supported: After Finland, Sweden joined NATO']);
    expectNoRed([
      ['After Finland, Sweden applied to join NATO.', '2024-06-20'],
      ['After Finland, Sweden joined the EU as NATO watched.', '2024-06-20'],
      ['After Hungary, Turkey joined NATO’s critics.', '2024-06-20'],
      ['After Poland, Hungary joined NATO.', '2024-06-20'],
    ]);
  });
});
