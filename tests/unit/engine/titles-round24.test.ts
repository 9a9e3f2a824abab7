// Titles and tenures, twenty-fourth round (held-out 22 misses, now development data): "As TITLE NAME addressed ..." (the
// conjunction, not the role), "incoming" long after the holder took office, and more. The held-out texts are not in the
// repository; short quotes carry their ids. Each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe('"As TITLE NAME <verb>" is a clause of the page\'s time, "As TITLE, NAME" the role (held-out 22 pd018)', () => {
  it('a stale title after the conjunction "As" is outdated', () => {
    expect(
      red(
        'As NATO Secretary-General Jens Stoltenberg addressed President Vladimir Putin on September 10th, the conversation centered on a tense incident.',
        '2025-09-10',
      ),
    ).toEqual(['NATO Secretary-General Jens Stoltenberg']);
  });
  it('the role set off by a comma, a recollection of words and a year told are not flagged', () => {
    expect(red('As NATO Secretary General, Jens Stoltenberg addressed President Vladimir Putin many times.', '2025-09-10')).toEqual([]);
    expect(red('As prime minister, Rishi Sunak visited Kyiv.', '2025-06-10')).toEqual([]);
    expect(red('As NATO Secretary General Jens Stoltenberg warned, Russia was preparing.', '2025-09-10')).toEqual([]);
    expect(red('As NATO Secretary General Jens Stoltenberg once said, the alliance is strong.', '2025-09-10')).toEqual([]);
    expect(red('As NATO Secretary General Jens Stoltenberg put it, the alliance is strong.', '2025-09-10')).toEqual([]);
    expect(
      red('As NATO Secretary-General Jens Stoltenberg addressed the summit in 2019, protesters gathered outside.', '2025-09-10'),
    ).toEqual([]);
    expect(red('As former NATO Secretary General Jens Stoltenberg warned, Russia was preparing.', '2025-09-10')).toEqual([]);
    expect(ok('As NATO Secretary General Mark Rutte addressed the allies on Tuesday, drones crossed into Poland.', '2025-09-10')).toEqual([
      'NATO Secretary General Mark Rutte',
    ]);
  });
});

describe('"incoming" long after the holder took office (held-out 22 pd001)', () => {
  it('"incoming" nine months into the term, no other time told, is outdated', () => {
    expect(
      red(
        'After years of railing against perceived inadequacies in European defence spending, Trump, buoyed by the support of incoming NATO Secretary General Mark Rutte, appears to have secured a commitment.',
        '2025-06-24',
      ),
    ).toEqual(['incoming NATO Secretary General Mark Rutte']);
  });
  it('before the start, shortly after it, or with another time told, it is not flagged', () => {
    expect(
      ok('Trump, buoyed by the support of incoming NATO Secretary General Mark Rutte, appears to have secured a commitment.', '2024-07-24'),
    ).toEqual(['incoming NATO Secretary General Mark Rutte']);
    expect(red('Incoming NATO Secretary General Mark Rutte promised support.', '2024-12-24')).toEqual([]);
    expect(red('In July 2024, incoming NATO Secretary General Mark Rutte met Zelensky.', '2025-06-24')).toEqual([]);
    expect(red('Last summer, incoming NATO Secretary General Mark Rutte met Zelensky.', '2025-06-24')).toEqual([]);
    expect(red('Back then, incoming NATO Secretary General Mark Rutte promised support.', '2025-06-24')).toEqual([]);
    expect(red('When he was incoming NATO Secretary General, Mark Rutte promised support.', '2025-06-24')).toEqual([]);
    expect(red('Incoming NATO Secretary General Mark Rutte had promised support before he took office.', '2025-06-24')).toEqual([]);
  });
});

describe("the Russian president's foreign-policy aide, an office of its own (held-out 22 pd015)", () => {
  it("someone else called Putin's foreign policy adviser is contradicted", () => {
    expect(
      red(
        'In a post on X, Putin’s foreign policy adviser Kirill Dmitriev, who was present at the talks, called the meeting productive.',
        '2025-12-03',
      ),
    ).toEqual(['Putin’s foreign policy adviser Kirill Dmitriev']);
  });
  it('Ushakov as the foreign-policy aide, other aides as aides, and Dmitriev as envoy are not flagged', () => {
    expect(ok('Putin’s foreign policy adviser Yuri Ushakov said the talks were useful.', '2025-12-03')).toEqual([
      'Putin’s foreign policy adviser Yuri Ushakov',
    ]);
    expect(ok('Kremlin foreign policy aide Yuri Ushakov said.', '2025-12-03')).toEqual(['Kremlin foreign policy aide Yuri Ushakov']);
    expect(ok('Kremlin aide Vladimir Medinsky said the talks were useful.', '2025-12-03')).toEqual(['Kremlin aide Vladimir Medinsky']);
    expect(ok('Presidential aide Yuri Ushakov said.', '2025-12-03')).toEqual(['Presidential aide Yuri Ushakov']);
    expect(red("Putin's special envoy Kirill Dmitriev will go.", '2025-12-03')).toEqual([]);
    expect(red('Foreign policy adviser Kirill Dmitriev said.', '2025-12-03')).toEqual([]);
    expect(red('Zelensky’s foreign policy adviser Ihor Zhovkva said.', '2025-12-03')).toEqual([]);
  });
});

describe("Russia's First Deputy Prime Ministers from 2020 (office data; held-out 22 pa041, pa042)", () => {
  it('Belousov as First Deputy Prime Minister while in office, and as former one after the government resigned', () => {
    expect(ok('First Deputy Prime Minister of the Russian Federation Andrey Belousov was proposed.', '2024-05-12')).toEqual([
      'First Deputy Prime Minister of the Russian Federation Andrey Belousov',
    ]);
    expect(ok('He is replaced by Andrei Belousov, former First Deputy Prime Minister of the Russian Federation.', '2024-05-13')).toEqual([
      'Andrei Belousov, former First Deputy Prime Minister of the Russian Federation',
    ]);
    expect(ok('Russian First Deputy Prime Minister Denis Manturov said.', '2024-09-13')).toEqual([
      'Russian First Deputy Prime Minister Denis Manturov',
    ]);
    expect(ok('First Deputy Prime Minister Yulia Svyrydenko said.', '2023-09-13')).toEqual([
      'First Deputy Prime Minister Yulia Svyrydenko',
    ]);
  });
  it('Belousov as First Deputy Prime Minister months after he became defence minister is outdated', () => {
    expect(red('Russian First Deputy Prime Minister Andrei Belousov said.', '2024-09-13')).toEqual([
      'Russian First Deputy Prime Minister Andrei Belousov',
    ]);
  });
});

describe("a leader's aide who never held the office named, while it had one known holder (held-out 22 pc003)", () => {
  it('contradicted, "Stephen" read as "Steven"', () => {
    expect(red("They will send Donald Trump's special envoy for the Middle East, Stephen Mnuchin.", '2025-02-16')).toEqual([
      "Donald Trump's special envoy for the Middle East, Stephen Mnuchin",
    ]);
    expect(red("They will send Donald Trump's national security adviser Pete Hegseth.", '2025-03-16')).toEqual([
      "Donald Trump's national security adviser Pete Hegseth",
    ]);
  });
  it('the holder, a former or first-term title, another envoy, someone acting in the role without the office: not flagged', () => {
    expect(ok("Donald Trump's special envoy for the Middle East, Steve Witkoff, will go.", '2025-02-16')).toEqual([
      'special envoy for the Middle East, Steve Witkoff',
    ]);
    expect(red("Donald Trump's former Treasury Secretary Steven Mnuchin will go.", '2025-02-16')).toEqual([]);
    expect(red("Steven Mnuchin, Donald Trump's Treasury Secretary in his first term, will go.", '2025-02-16')).toEqual([]);
    expect(red("Donald Trump's special envoy for the Middle East, Steven Mnuchin, was named in 2017.", '2025-02-16')).toEqual([]);
    expect(red("Donald Trump's Ukraine envoy Steve Witkoff will go.", '2025-03-16')).toEqual([]);
    expect(red("Donald Trump's Middle East envoy Keith Kellogg will go.", '2025-03-16')).toEqual([]);
    expect(red("Donald Trump's Middle East envoy Jared Kushner will go.", '2025-03-16')).toEqual([]);
    expect(red("Donald Trump's Middle East envoy Jared Kushner will go.", '2020-03-16')).toEqual([]);
    expect(red("Joe Biden's Middle East envoy Steven Mnuchin will go.", '2023-03-16')).toEqual([]);
    expect(red("Donald Trump's special envoy for the Middle East, Stephen Mnuchin, will go.", '2025-01-25')).toEqual([]);
  });
});

describe("Germany's opposition leader (office data; held-out 22 pc007)", () => {
  it('Merz as leader of the main opposition party after he became chancellor is outdated', () => {
    expect(
      red(
        "The gathering brought together British Prime Minister Keir Starmer and Friedrich Merz, the leader of Germany's main opposition party.",
        '2025-12-08',
      ),
    ).toEqual(["Friedrich Merz, the leader of Germany's main opposition party"]);
    expect(red('German opposition leader Friedrich Merz said.', '2025-12-08')).toEqual(['German opposition leader Friedrich Merz']);
  });
  it('while in opposition, with "then", or the UK office: not flagged', () => {
    expect(ok("Macron met Friedrich Merz, the leader of Germany's main opposition party.", '2024-12-08')).toEqual([
      "Friedrich Merz, the leader of Germany's main opposition party",
    ]);
    expect(ok('Opposition leader Friedrich Merz said.', '2025-02-08')).toEqual(['Opposition leader Friedrich Merz']);
    expect(red('Friedrich Merz, then the leader of the main opposition party, said.', '2025-12-08')).toEqual([]);
    expect(red('Then opposition leader Friedrich Merz said in 2024.', '2025-12-08')).toEqual([]);
    expect(red('UK opposition leader Kemi Badenoch said.', '2025-03-08')).toEqual([]);
  });
});

describe("foreign and defence ministers named in other countries' words (office data; held-out 22 pa024)", () => {
  it('the UK Foreign Secretary as "the Minister of Foreign Affairs", US secretaries as ministers', () => {
    expect(
      ok('Thus, John Healey was appointed Minister of Defense. David Lammy became the Minister of Foreign Affairs.', '2024-07-05'),
    ).toContain('David Lammy became the Minister of Foreign Affairs');
    expect(ok('US Foreign Minister Antony Blinken said.', '2024-07-05')).toEqual(['US Foreign Minister Antony Blinken']);
    expect(ok('US Defense Minister Lloyd Austin said.', '2024-07-05')).toEqual(['US Defense Minister Lloyd Austin']);
    expect(ok('Ukraine’s Defence Minister Rustem Umerov said.', '2024-07-05')).toEqual(['Ukraine’s Defence Minister Rustem Umerov']);
  });
  it('the same after they left office is outdated', () => {
    expect(red('British Minister of Foreign Affairs David Lammy said.', '2025-12-05')).toEqual([
      'British Minister of Foreign Affairs David Lammy',
    ]);
    expect(red('US Defense Minister Lloyd Austin said.', '2025-07-05')).toEqual(['US Defense Minister Lloyd Austin']);
  });
});

describe('"since taking office in MONTH YEAR" of an office the sentence gives the person as a title (held-out 22 pb005)', () => {
  it('a start of that office written out wrong is contradicted', () => {
    expect(
      red(
        'NATO Secretary General Mark Rutte described the commitment as a step toward a stronger alliance, echoing the doctrine he has promoted since taking office in June 2025.',
        '2025-06-26',
      ),
    ).toEqual(['since taking office in June 2025']);
    expect(red('NATO Secretary General Mark Rutte has visited Kyiv three times since taking office in 2023.', '2025-06-26')).toEqual([
      'since taking office in 2023',
    ]);
  });
  it('the right start, a start of another office of theirs, no title, someone else in between: not flagged', () => {
    expect(
      ok(
        'NATO Secretary General Mark Rutte described the commitment, echoing the doctrine he has promoted since taking office in October 2024.',
        '2025-06-26',
      ),
    ).toContain('since taking office in October 2024');
    expect(red('Mark Rutte has met Zelensky twice since taking office in 2023.', '2025-06-26')).toEqual([]);
    expect(
      red('NATO Secretary General Mark Rutte has met Zelensky often since taking office in 2010 as Dutch prime minister.', '2025-06-26'),
    ).toEqual([]);
    expect(
      red('NATO Secretary General Mark Rutte praised the Dutch king, who has reigned since taking office in 2013.', '2025-06-26'),
    ).toEqual([]);
    expect(
      red(
        'NATO Secretary General Mark Rutte praised the president, who has pushed allies since taking office in January 2025.',
        '2025-06-26',
      ),
    ).toEqual([]);
    expect(
      red('NATO Secretary General Mark Rutte thanked Defence Secretary John Healey, in post since taking office in 2023.', '2025-06-26'),
    ).toEqual([]);
  });
});

describe("a country's possessive with the apostrophe alone (held-out 22 pa029)", () => {
  it('"the Netherlands’ Mark Rutte" while prime minister is confirmed, later never red', () => {
    expect(ok('Leaders included Germany’s Olaf Scholz and the Netherlands’ Mark Rutte.', '2024-06-28')).toEqual([
      'Germany’s Olaf Scholz',
      'the Netherlands’ Mark Rutte',
    ]);
    expect(red('Leaders included the Netherlands’ Mark Rutte.', '2024-12-28')).toEqual([]);
  });
});

describe('"NAME, the newly appointed TITLE" (held-out 22 pa031)', () => {
  it('confirmed near the start of the tenure, context long after, never a stale red flag', () => {
    expect(ok('Pete Hegseth, the newly appointed US Secretary of Defense, is expected to attend a meeting.', '2025-02-06')).toEqual([
      'Pete Hegseth, the newly appointed US Secretary of Defense',
    ]);
    expect(red('Pete Hegseth, the newly appointed US Secretary of Defense, is expected to attend a meeting.', '2026-06-06')).toEqual([]);
    expect(red('Olaf Scholz, the newly elected German Chancellor, said.', '2023-02-06')).toEqual([]);
  });
  it('someone who never held the office is contradicted as without "newly"', () => {
    expect(red('Marco Rubio, the newly appointed US Secretary of Defense, is expected to attend.', '2025-02-06')).toEqual([
      'Marco Rubio, the newly appointed US Secretary of Defense',
    ]);
  });
});

describe('"Energy Secretary" names no country by itself (a red flag on a true sentence found this round)', () => {
  it("the UK's Energy Secretary is not read as the US one; the US one with its country still is", () => {
    expect(red('Ben Wallace has been replaced by Energy Secretary Grant Shapps.', '2023-09-01')).toEqual([]);
    expect(ok('Energy Secretary Chris Wright said.', '2025-09-01')).toEqual(['Energy Secretary Chris Wright']);
    expect(red('US Energy Secretary Grant Shapps said.', '2023-09-01')).toEqual(['US Energy Secretary Grant Shapps']);
  });
});
