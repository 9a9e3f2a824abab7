// Titles, twenty-sixth round, second wave: NATO's military offices (the Director General of the International Military
// Staff) and a member's Chief of Defence (Italy's, which the Chair of the Military Committee held before), US ambassadors
// to Poland and Germany and "envoy" for the US ambassadors to NATO and the UN, and a body's possessive before the rest of
// its title ("the NSDC's secretary", "the Kremlin's spokesman", "the CIA's director"). Sentences are made up; each
// red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe("NATO's military offices and a member's Chief of Defence", () => {
  it('the Director General of the International Military Staff is read with its holders', () => {
    expect(
      ok('Lieutenant General Janusz Adamczak, Director General of the International Military Staff, briefed the press.', '2023-09-12'),
    ).toEqual(['Janusz Adamczak, Director General of the International Military Staff']);
    expect(ok("NATO's Director General of the International Military Staff, Lt Gen Hans-Werner Wiermann, said.", '2020-11-03')).toEqual([
      "NATO's Director General of the International Military Staff, Lt Gen Hans-Werner Wiermann",
    ]);
    // Named before his term began: contradicted.
    expect(
      red('Lieutenant General Janusz Adamczak, Director General of the International Military Staff, briefed the press.', '2020-11-03'),
    ).toEqual(['Janusz Adamczak, Director General of the International Military Staff']);
    // Past the office's checked day a holder with no sourced end is confirmed, never flagged.
    expect(red('Lieutenant General Janusz Adamczak, Director General of the International Military Staff, said.', '2025-10-20')).toEqual(
      [],
    );
  });
  it("Italy's Chief of Defence: Cavo Dragone until October 2024, Portolano after", () => {
    expect(ok("Admiral Giuseppe Cavo Dragone, Italy's Chief of Defence, met his counterparts.", '2023-06-14')).toEqual([
      "Admiral Giuseppe Cavo Dragone, Italy's Chief of Defence",
    ]);
    expect(ok('Italian Chief of Defence Staff General Luciano Portolano visited the troops.', '2025-05-20')).toEqual([
      'Italian Chief of Defence Staff General Luciano Portolano',
    ]);
    expect(red("Admiral Giuseppe Cavo Dragone, Italy's Chief of Defence, met his counterparts.", '2025-05-20')).toEqual([
      "Admiral Giuseppe Cavo Dragone, Italy's Chief of Defence",
    ]);
    // His NATO title in 2025 and the Chief of Defence of 2023 are both true.
    expect(red('Admiral Giuseppe Cavo Dragone, Chair of the NATO Military Committee, met his counterparts.', '2025-05-20')).toEqual([]);
    expect(red('Chief of the Defence Staff Admiral Giuseppe Cavo Dragone opened the conference.', '2023-06-14')).toEqual([]);
    // Another country's chief of defence, or the British one, is not judged against Italy's.
    expect(red("Germany's Chief of Defence, General Carsten Breuer, said.", '2024-09-10')).toEqual([]);
    expect(red('Chief of the Defence Staff Admiral Sir Tony Radakin said.', '2023-06-14')).toEqual([]);
  });
});

describe('US ambassadors to Poland and Germany, and "envoy" for the ambassadors to NATO and the UN', () => {
  it('Poland: Mosbacher, Brzezinski (February 2022 - January 2025), Rose (from November 2025)', () => {
    expect(ok('US Ambassador to Poland Mark Brzezinski attended the ceremony.', '2023-05-03')).toEqual([
      'US Ambassador to Poland Mark Brzezinski',
    ]);
    expect(ok('U.S. Ambassador to Poland Georgette Mosbacher attended the ceremony.', '2019-05-03')).toEqual([
      'U.S. Ambassador to Poland Georgette Mosbacher',
    ]);
    expect(red('U.S. Ambassador to Poland Georgette Mosbacher attended the ceremony.', '2023-05-03')).toEqual([
      'U.S. Ambassador to Poland Georgette Mosbacher',
    ]);
    expect(red('US Ambassador to Poland Mark Brzezinski attended the ceremony.', '2025-05-03')).toEqual([
      'US Ambassador to Poland Mark Brzezinski',
    ]);
    expect(red('Former US Ambassador to Poland Mark Brzezinski attended the ceremony.', '2025-05-03')).toEqual([]);
    expect(ok('Tom Rose, the US ambassador in Warsaw, met the press.', '2025-11-20')).toEqual(['Tom Rose, the US ambassador in Warsaw']);
  });
  it('Germany: Grenell and Gutmann, weakly dated: confirmed in office, never flagged', () => {
    expect(ok('US Ambassador to Germany Amy Gutmann said.', '2023-09-10')).toEqual(['US Ambassador to Germany Amy Gutmann']);
    expect(ok('US Ambassador to Germany Richard Grenell said.', '2019-09-10')).toEqual(['US Ambassador to Germany Richard Grenell']);
    expect(red('US Ambassador to Germany Richard Grenell said.', '2024-09-10')).toEqual([]);
  });
  it('"envoy to NATO" and "envoy to the UN" name the US ambassadors', () => {
    expect(ok('The U.S. envoy to NATO, Matthew Whitaker, said the allies must spend more.', '2025-09-10')).toEqual([
      'U.S. envoy to NATO, Matthew Whitaker',
    ]);
    expect(ok('The US envoy to the United Nations, Mike Waltz, said.', '2025-10-10')).toEqual([
      'US envoy to the United Nations, Mike Waltz',
    ]);
    expect(red('US envoy to the UN Linda Thomas-Greenfield told the Security Council.', '2025-10-10')).toEqual([
      'US envoy to the UN Linda Thomas-Greenfield',
    ]);
    expect(red('Former US envoy to the UN Linda Thomas-Greenfield told the Security Council.', '2025-10-10')).toEqual([]);
    expect(red("Russia's envoy to the United Nations, Vassily Nebenzia, said.", '2025-10-10')).toEqual([]);
  });
});

describe("a body's possessive before the rest of its title", () => {
  it('confirms the holder of the day', () => {
    expect(ok("The NSDC's secretary, Rustem Umerov, said talks would resume.", '2025-09-10')).toEqual(["NSDC's secretary, Rustem Umerov"]);
    expect(ok("The Kremlin's spokesman, Dmitry Peskov, said.", '2025-09-10')).toEqual(["Kremlin's spokesman, Dmitry Peskov"]);
    expect(ok("The CIA's director, William Burns, flew to Kyiv.", '2023-09-10')).toEqual(["CIA's director, William Burns"]);
    expect(ok("The GRU's head, Igor Kostyukov, led the delegation.", '2023-09-10')).toEqual(["GRU's head, Igor Kostyukov"]);
    expect(ok("The FSB's chief Alexander Bortnikov said.", '2022-09-10')).toEqual(["FSB's chief Alexander Bortnikov"]);
  });
  it('flags a past holder or another person, and leaves other titles of the body alone', () => {
    expect(red("The NSDC's secretary, Oleksiy Danilov, said talks would resume.", '2025-09-10')).toEqual([
      "NSDC's secretary, Oleksiy Danilov",
    ]);
    expect(red("The CIA's director, William Burns, flew to Kyiv.", '2025-09-10')).toEqual(["CIA's director, William Burns"]);
    // "Kremlin aide" is Ushakov's title; "chief negotiator", "cyber chief" and "deputy director" are no title the body's
    // possessive reads.
    expect(red("The Kremlin's aide Yuri Ushakov said.", '2025-09-10')).toEqual([]);
    expect(red("The Kremlin's chief negotiator, Vladimir Medinsky, said.", '2025-06-10')).toEqual([]);
    expect(red("The SBU's cyber chief Illia Vitiuk said.", '2024-09-10')).toEqual([]);
    expect(red("The CIA's deputy director David Cohen said.", '2024-09-10')).toEqual([]);
    expect(red("The Kremlin's envoy to the Middle East, Mikhail Bogdanov, said.", '2025-09-10')).toEqual([]);
  });
});

describe('EU commissioners of the two von der Leyen Commissions (trade, energy, economy)', () => {
  it('confirms the holder of the day and flags a past or future one', () => {
    expect(ok('EU Trade Commissioner Valdis Dombrovskis said the tariffs were unjustified.', '2023-07-08')).toEqual([
      'EU Trade Commissioner Valdis Dombrovskis',
    ]);
    expect(ok('EU Trade Commissioner Maros Sefcovic flew to Washington.', '2025-07-08')).toEqual(['EU Trade Commissioner Maros Sefcovic']);
    expect(ok('EU Energy Commissioner Kadri Simson said gas storage was full.', '2023-03-08')).toEqual([
      'EU Energy Commissioner Kadri Simson',
    ]);
    expect(ok('EU economy chief Valdis Dombrovskis said after the approval.', '2025-07-08')).toEqual([
      'EU economy chief Valdis Dombrovskis',
    ]);
    expect(red('EU Trade Commissioner Valdis Dombrovskis said the tariffs were unjustified.', '2025-07-08')).toEqual([
      'EU Trade Commissioner Valdis Dombrovskis',
    ]);
    expect(red('EU Trade Commissioner Maros Sefcovic flew to Washington.', '2023-07-08')).toEqual(['EU Trade Commissioner Maros Sefcovic']);
    expect(red('EU economy commissioner Paolo Gentiloni said.', '2025-07-08')).toEqual(['EU economy commissioner Paolo Gentiloni']);
  });
  it('true look-alikes are not flagged', () => {
    // From 2019 to 2024 Dombrovskis was the Executive Vice-President for An Economy that Works for People: the loose
    // words for the economy portfolio never flag him.
    expect(red('EU economy chief Valdis Dombrovskis said after the approval.', '2022-07-08')).toEqual([]);
    expect(red('EU economy commissioner Valdis Dombrovskis said.', '2022-07-08')).toEqual([]);
    expect(red('Former EU Trade Commissioner Valdis Dombrovskis said.', '2025-07-08')).toEqual([]);
    expect(red('European Commission Executive Vice President Valdis Dombrovskis said.', '2023-03-08')).toEqual([]);
    // Another country's trade commissioner is not the EU's.
    expect(red("Canada's trade commissioner, Dan Jorgensen, said.", '2025-03-08')).toEqual([]);
  });
});

describe("Ukraine's interior minister", () => {
  it('confirms the holder of the day and flags one who had left; the acting minister is not flagged', () => {
    expect(ok('Ukrainian Interior Minister Ihor Klymenko said the police were ready.', '2025-03-10')).toEqual([
      'Ukrainian Interior Minister Ihor Klymenko',
    ]);
    expect(red('Ukrainian Interior Minister Denys Monastyrsky said the police were ready.', '2024-03-10')).toEqual([
      'Ukrainian Interior Minister Denys Monastyrsky',
    ]);
    expect(red("Ukraine's acting Interior Minister Ihor Klymenko visited Brovary.", '2023-01-25')).toEqual([]);
  });
});

describe("Ukraine's Prosecutor General", () => {
  it('Kostin (July 2022 - October 2024), Kravchenko from June 2025', () => {
    expect(ok("Ukraine's Prosecutor General Andriy Kostin said 120,000 war crimes were registered.", '2023-03-10')).toEqual([
      "Ukraine's Prosecutor General Andriy Kostin",
    ]);
    expect(red("Ukraine's Prosecutor General Andriy Kostin said 120,000 war crimes were registered.", '2025-03-10')).toEqual([
      "Ukraine's Prosecutor General Andriy Kostin",
    ]);
    expect(red("Ukraine's former Prosecutor General Andriy Kostin said.", '2025-03-10')).toEqual([]);
    // The week he resigned, and another country's prosecutor: not flagged.
    expect(red('Prosecutor General Andriy Kostin, who resigned on Tuesday, said.', '2024-10-25')).toEqual([]);
    expect(red("Russia's Prosecutor General Igor Krasnov said.", '2023-03-10')).toEqual([]);
  });
});
