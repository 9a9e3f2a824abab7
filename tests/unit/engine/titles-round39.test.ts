// Titles of officials, round 39 (the classes behind held-out 37's missed title errors): a chosen successor called the
// "new" holder weeks before taking office (rj002), "incoming" or "-elect" two months into a term (rn001), a head of
// government counted among the country's heads of state (rl002; Japan's Emperor now on record), a return told as possible
// weeks after it happened (rh004), a deputy given the top office's title (rl003), and the confirmation of an election told
// by its year (ro001), each with true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const quiet = (text: string, asOf: string) => expect(red(text, asOf)).toEqual([]);

describe('a chosen successor called the "new" holder weeks before taking office (title.ts, title-new.ts)', () => {
  it('is contradicted when nothing in the sentence or paragraph tells of the handover ahead', () => {
    // held-out 37 rj002 (25 November 2021; Scholz sworn in on 8 December).
    expect(
      red(
        'In light of the situation in Ukraine, Germany’s new Chancellor Olaf Scholz has been urged to stand up to Russian President Vladimir Putin.',
        '2021-11-25',
      ),
    ).toEqual(['Chancellor Olaf Scholz']);
    expect(red('The new German Chancellor Olaf Scholz faces a test over Nord Stream.', '2021-11-25')).toEqual([
      'German Chancellor Olaf Scholz',
    ]);
    expect(red('Germany’s new chancellor, Olaf Scholz, faces a test over Nord Stream.', '2021-11-25')).toEqual(['chancellor, Olaf Scholz']);
    // The copula (title-copula.ts).
    expect(red('Olaf Scholz is Germany’s new chancellor.', '2021-11-25')).toEqual(['Olaf Scholz is Germany’s new chancellor']);
    quiet('Olaf Scholz is Germany’s new chancellor and will be sworn in next month.', '2021-11-25');
    expect(confirms('Olaf Scholz is Germany’s new chancellor.', '2021-12-05', 'new chancellor')).toBe(true);
    expect(confirms('Kristen Michal is Estonia’s new prime minister.', '2024-07-23', 'new prime minister')).toBe(true);
    expect(red('Olaf Scholz, the new chancellor, has been urged to stand up to Putin.', '2021-11-25')).toEqual([
      'Olaf Scholz, the new chancellor',
    ]);
    // Other people, other offices: Sunak (in office 25 October 2022), Zelensky (inaugurated 20 May 2019).
    expect(red('Britain’s new Prime Minister Rishi Sunak faces a test over energy prices.', '2022-10-10')).toEqual([
      'Prime Minister Rishi Sunak',
    ]);
    expect(red('Ukraine’s new President Volodymyr Zelensky faces a test in Donbas.', '2019-04-30')).toEqual([
      'President Volodymyr Zelensky',
    ]);
    // Schoof took office on 2 July 2024 (titles-round30's look-alike, moved to the last days before it in round 39).
    expect(red('Dick Schoof, the new Prime Minister of the Netherlands, spoke.', '2024-06-03')).toEqual([
      'Dick Schoof, the new Prime Minister of the Netherlands',
    ]);
  });
  it('stays quiet in the last days, with a word of the future, a choice or an oath, or a government being formed', () => {
    quiet('Germany’s new Chancellor Olaf Scholz faces a test over Nord Stream.', '2021-12-03');
    quiet('Germany’s new Chancellor Olaf Scholz will face a test over Nord Stream.', '2021-11-25');
    quiet('Scholz will be sworn in on December 8. Germany’s new Chancellor Olaf Scholz faces a test.', '2021-11-25');
    quiet('The Bundestag elected Olaf Scholz as the new chancellor.', '2021-11-25');
    quiet('Chancellor-designate Olaf Scholz faces a test over Nord Stream.', '2021-11-25');
    quiet('Scholz, who will become chancellor next month, faces a test.', '2021-11-25');
    quiet('Olaf Scholz, the new chancellor, will meet Macron.', '2021-11-25');
    quiet('Poland’s new president, Karol Nawrocki, will assume office this week.', '2025-08-04');
    // An organisation's head is called its new head from the day chosen (held-out 25 fa042).
    quiet('The new European Commission head Ursula von der Leyen faces a test.', '2019-07-20');
    // Days after taking office, "new" is the word.
    expect(confirms('Germany’s new Chancellor Olaf Scholz faces a test.', '2021-12-20', 'Chancellor Olaf Scholz')).toBe(true);
  });
});

describe('"incoming", "-elect" or "-designate" two months into a term (title.ts)', () => {
  it('is outdated past sixty days in office when the sentence tells no other time', () => {
    // held-out 37 rn001's form (14 November 2023; Umerov defence minister since 6 September).
    expect(
      red(
        'He expects parliament to approve the decision, given their familiarity with the incoming defence minister, Rustem Umerov.',
        '2023-11-14',
      ),
    ).toEqual(['incoming defence minister, Rustem Umerov']);
    expect(red('The incoming Defence Minister Rustem Umerov faces a difficult task.', '2023-11-14')).toEqual([
      'incoming Defence Minister Rustem Umerov',
    ]);
    expect(red('President-elect Donald Trump wants a deal with Putin.', '2025-04-10')).toEqual(['President-elect Donald Trump']);
    expect(red('Chancellor-designate Olaf Scholz faces pressure over gas.', '2022-03-20')).toEqual(['Chancellor-designate Olaf Scholz']);
  });
  it('reads a bare "the incoming minister, NAME" by the portfolio the paragraph names', () => {
    // held-out 37 rn001 (14 November 2023).
    const umerov =
      'Zelenskyy said the Ministry of Defense requires new approaches. He expects the Ukrainian parliament to approve the decision, given their familiarity with the incoming minister, Rustem Umyerov.';
    expect(red(umerov, '2023-11-14')).toEqual(['incoming minister, Rustem Umyerov']);
    // Two days before he took office it is true.
    expect(confirms(umerov, '2023-09-04', 'incoming minister, Rustem Umyerov')).toBe(true);
    // No portfolio named in the paragraph: the word ties the person to no office.
    quiet(
      'He expects the parliament to approve the decision, given their familiarity with the incoming minister, Rustem Umerov.',
      '2023-11-14',
    );
    // Shmyhal moved from prime minister to defence minister on 17 July 2025: a move the word may mean.
    quiet('The defence ministry will be led by the incoming minister, Denys Shmyhal.', '2025-09-30');
  });
  it('stays quiet in a term’s first weeks or with another time told', () => {
    quiet('The incoming Defence Minister Rustem Umerov faces a difficult task.', '2023-10-01');
    // Within the half year, a past tense, a conditional or a quotation may tell of the days before the start.
    quiet('The incoming Defence Minister Rustem Umerov met the generals.', '2023-11-14');
    quiet('Under a plan from incoming Defence Minister Rustem Umerov, brigades would rotate.', '2023-11-14');
    quiet('“We will work with the incoming Defence Minister Rustem Umerov,” he said.', '2023-11-14');
    quiet('President-elect Donald Trump wants a deal with Putin.', '2025-03-10');
    quiet('In December, President-elect Donald Trump met Zelensky.', '2025-04-10');
    quiet('Chancellor-designate Olaf Scholz faces pressure over gas.', '2022-01-20');
    // "soon-to-be" as "incoming"; the appositive form too.
    expect(red('The soon-to-be Defence Minister Rustem Umerov faces a difficult task.', '2023-11-14')).toEqual([
      'Defence Minister Rustem Umerov',
    ]);
    expect(red('Rustem Umerov, the incoming defence minister, faces a difficult task.', '2023-11-14')).toEqual([
      'Rustem Umerov, the incoming defence minister',
    ]);
    quiet('The soon-to-be Defence Minister Rustem Umerov faces a difficult task.', '2023-10-14');
    // Before the start it is the right word.
    expect(confirms('The incoming Chancellor Friedrich Merz spoke.', '2025-04-29', 'incoming Chancellor Friedrich Merz')).toBe(true);
  });
});

describe('a head of government counted among the country’s heads of state (title-head-kind.ts)', () => {
  it('is contradicted in "the first time a COUNTRY head of state" and "the first COUNTRY head of state to"', () => {
    // held-out 37 rl002 (June 2023; Japan's head of state is the Emperor).
    expect(
      red(
        'Prime Minister Kishida Fumio travelled to Madrid for the NATO summit, the first time a Japanese head of state has attended the gathering.',
        '2023-06-15',
      ),
    ).toEqual(['the first time a Japanese head of state']);
    expect(red('Fumio Kishida became the first Japanese head of state to attend a NATO summit.', '2023-06-15')).toEqual([
      'the first Japanese head of state',
    ]);
    expect(red('Ulf Kristersson became the first Swedish head of state to address the Bundestag.', '2024-03-01')).toEqual([
      'the first Swedish head of state',
    ]);
    expect(red('Olaf Scholz became the first German head of state to visit the site.', '2024-03-01')).toEqual([
      'the first German head of state',
    ]);
    expect(red('Japanese head of state Fumio Kishida attended the NATO summit.', '2023-06-15')).toEqual([
      'Japanese head of state Fumio Kishida',
    ]);
    expect(red('Japanese head of government Naruhito met Stoltenberg.', '2020-06-15')).toEqual(['Japanese head of government Naruhito']);
    // The words beside a title of the other head office, or leading the clause whose subject the person is.
    expect(red('Japan’s head of state, Prime Minister Fumio Kishida, attended the summit.', '2023-06-15')).toEqual([
      'Japan’s head of state',
    ]);
    expect(red('Prime Minister Fumio Kishida, Japan’s head of state, attended the summit.', '2023-06-15')).toEqual([
      'Japan’s head of state',
    ]);
    expect(red('As Sweden’s head of state, Ulf Kristersson signed the accession.', '2024-03-01')).toEqual(['Sweden’s head of state']);
  });
  it('stays quiet for the right kind, "or government", a negation, or a president', () => {
    quiet('Fumio Kishida became the first Japanese head of government to attend a NATO summit.', '2023-06-15');
    quiet('Fumio Kishida attended; no Japanese head of state has ever attended a NATO summit.', '2023-06-15');
    quiet('Fumio Kishida attended, the first time a Japanese head of state or government has attended.', '2023-06-15');
    quiet('Frank-Walter Steinmeier became the first German head of state to visit the site.', '2024-03-01');
    quiet('King Charles, the head of state, opened Parliament.', '2024-07-17');
    quiet('Sweden’s head of state, King Carl XVI Gustaf, and Prime Minister Ulf Kristersson attended.', '2024-03-01');
    quiet('Sweden’s head of state, Ulf Kristersson and the king attended.', '2024-03-01');
    quiet('As Germany’s head of state, Frank-Walter Steinmeier signed the law.', '2024-03-01');
    quiet('As Sweden’s head of government, Ulf Kristersson signed the accession.', '2024-03-01');
    expect(confirms('Fumio Kishida, the Japanese head of government, met Stoltenberg.', '2023-06-15', 'Japanese head of government')).toBe(
      true,
    );
    expect(confirms('Japanese Emperor Naruhito received Biden.', '2023-06-15', 'Japanese Emperor Naruhito')).toBe(true);
  });
});

describe('a return told as possible weeks after it happened (tenure-return-if.ts)', () => {
  it('is outdated past two weeks for "the potential return of NAME to ..."', () => {
    // held-out 37 rh004 (6 February 2025; Trump inaugurated on 20 January).
    expect(
      red('The upcoming session will be the first following the potential return of Donald Trump to the White House.', '2025-02-06'),
    ).toEqual(['the potential return of Donald Trump to the White House']);
    expect(red('Kyiv is preparing for the possible return of Donald Trump to power.', '2025-03-01')).toEqual([
      'the possible return of Donald Trump to power',
    ]);
    // titles-round36's look-alike, three weeks after the inauguration (quiet until round 39).
    expect(red("Europe is bracing for Donald Trump's potential return to the White House.", '2025-02-10')).toEqual([
      "Donald Trump's potential return to the White House",
    ]);
    expect(red('Donald Trump’s potential return to the White House worries Kyiv.', '2025-02-20')).toEqual([
      'Donald Trump’s potential return to the White House',
    ]);
  });
  it('reads a modal of the return as a word of possibility (could, might, may)', () => {
    expect(red('Donald Trump could return to the White House.', '2025-03-01')).toEqual(['Donald Trump could return to the White House']);
    expect(red('Donald Trump might return to power.', '2025-03-01')).toEqual(['Donald Trump might return to power']);
    // Before the return, in its first two weeks, in a past report, another year, a trip.
    quiet('Donald Trump might return to power.', '2024-03-01');
    quiet('Donald Trump might return to power.', '2025-01-25');
    quiet('Analysts said Donald Trump could return to power.', '2025-03-01');
    quiet('In 2024, analysts thought Donald Trump could return to power.', '2025-03-01');
    quiet('Donald Trump may return to the White House after the summit.', '2025-03-01');
  });
  it('stays quiet before the return, in its first two weeks, with a past verb of expecting or another year', () => {
    quiet('The possible return of Donald Trump to the White House worries Kyiv.', '2024-06-06');
    quiet('Donald Trump’s potential return to the White House worries Kyiv.', '2025-01-30');
    quiet('Europe feared the possible return of Donald Trump to the White House.', '2025-02-06');
    quiet('In 2024, the possible return of Donald Trump to power worried Kyiv.', '2025-02-06');
    quiet('Donald Trump’s return to the White House has shaken Europe.', '2025-02-06');
  });
});

describe('a deputy given the top office’s title (title.ts shortenedOfficeHeld)', () => {
  it('is contradicted: dropping "Deputy" is no shortening', () => {
    // held-out 37 rl003's form (April 2024; Geoană was NATO's Deputy Secretary General, Stoltenberg its Secretary General).
    expect(red('He met NATO Secretary General Mircea Geoana in Brussels.', '2024-04-18')).toEqual(['NATO Secretary General Mircea Geoana']);
    expect(red('He met NATO’s Secretary General Mircea Geoana in Brussels.', '2022-05-18')).toEqual([
      'NATO’s Secretary General Mircea Geoana',
    ]);
  });
  it('reads "the organization’s TITLE NAME" as NATO’s on a paragraph that names NATO and no other body (title-body-possessive.ts)', () => {
    // held-out 37 rl003 (AFP, 18 April 2024).
    const petri =
      'The Minister of Defense of Argentina, Luis Petri, reported that his country formally submitted a request to become a global partner of the North Atlantic Treaty Organization (NATO). He posted the announcement on his X account, where he shared photographs of his meeting with the organization’s Secretary General Mircea Geoana.';
    expect(red(petri, '2024-04-18')).toEqual(['the organization’s Secretary General Mircea Geoana']);
    expect(red('Colombia applied to NATO. Its minister met the organisation’s Secretary General Mircea Geoana.', '2023-05-18')).toEqual([
      'the organisation’s Secretary General Mircea Geoana',
    ]);
    expect(
      confirms(
        'Argentina applied to NATO. Petri met the organization’s Secretary General Jens Stoltenberg.',
        '2024-04-18',
        'Jens Stoltenberg',
      ),
    ).toBe(true);
    // Another body named, or none: the organisation is not NATO beyond doubt.
    quiet('Argentina applied to NATO and the OSCE. Petri met the organization’s Secretary General Mircea Geoana.', '2024-04-18');
    quiet('Argentina applied to NATO and the United Nations. Petri met the organization’s Secretary General Mircea Geoana.', '2024-04-18');
    quiet('Petri met the organization’s Secretary General Mircea Geoana.', '2024-04-18');
  });
  it('stays quiet for the deputy’s own title and a true shortening', () => {
    quiet('Argentina’s defence minister met NATO Deputy Secretary-General Mircea Geoana.', '2024-04-18');
    quiet('Russian Chief of Staff Valery Gerasimov spoke.', '2024-08-01');
  });
});

describe('an election told by its year (tenure-inauguration.ts electionYears, confirm only)', () => {
  it('is confirmed by the tenure or term it led to', () => {
    // held-out 37 ro001's form (April 2025).
    expect(confirms('The decline correlates directly with Donald Trump’s re-election in 2024.', '2025-04-29', 're-election in 2024')).toBe(
      true,
    );
    expect(confirms('Donald Trump was re-elected in 2024.', '2025-04-29', 're-elected in 2024')).toBe(true);
    expect(confirms('Emmanuel Macron’s re-election in 2022 was narrow.', '2025-04-29', 're-election in 2022')).toBe(true);
    expect(confirms('Joe Biden’s 2020 election changed things.', '2025-04-29', '2020 election')).toBe(true);
    expect(confirms('Vladimir Putin was re-elected in 2024.', '2025-04-29', 're-elected in 2024')).toBe(true);
  });
  it('says nothing of a lost election or a first one called a re-election', () => {
    expect(confirms('Donald Trump was re-elected in 2020.', '2025-04-29', 're-elected')).toBe(false);
    expect(confirms('Joe Biden’s re-election in 2020 changed things.', '2025-04-29', 're-election')).toBe(false);
    quiet('Donald Trump was re-elected in 2020.', '2025-04-29');
  });
});
