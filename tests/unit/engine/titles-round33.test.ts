// Titles of officials, round 33 (own sentences; the families behind the true titles left as context in the quote-level
// misses of held-out 13–31: a military rank alone before a name, ...), with true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));

describe('a military rank alone before a name: "Gen. NAME", "Admiral NAME" (title-military-rank.ts)', () => {
  it('confirms an officer whose record says they are a general or an admiral', () => {
    expect(confirms('Gen. Oleksandr Syrskyi ordered the brigade to pull back.', '2024-08-12', 'Gen. Oleksandr Syrskyi')).toBe(true);
    expect(confirms('Zelensky met General Valerii Zaluzhnyi at the front.', '2023-06-01', 'General Valerii Zaluzhnyi')).toBe(true);
    expect(confirms('The ceremony honoured U.S. Army Gen. Christopher Cavoli.', '2025-07-01', 'Gen. Christopher Cavoli')).toBe(true);
    expect(confirms('On Monday, Adm. Rob Bauer warned of shortages.', '2024-02-01', 'Adm. Rob Bauer')).toBe(true);
    expect(confirms('Retired Lieutenant General Keith Kellogg landed in Kyiv.', '2025-02-19', 'Keith Kellogg')).toBe(true);
  });
  it('look-alikes: a rank the record does not give, civilian offices ending in "General", a nickname', () => {
    // An admiral called a general: not confirmed, and not flagged (the fact base records no rank of its own).
    expect(confirms('Gen. Rob Bauer spoke to the press.', '2024-02-01', 'Rob Bauer')).toBe(false);
    expect(red('Gen. Rob Bauer spoke to the press.', '2024-02-01')).toEqual([]);
    // A politician whose record is not known to list every office is neither confirmed nor flagged.
    expect(confirms('General Donald Tusk inspected the troops.', '2024-01-31', 'Tusk')).toBe(false);
    expect(red('General Donald Tusk inspected the troops.', '2024-01-31')).toEqual([]);
    // A nickname, a part played, a past time.
    expect(red('The so-called General Volodymyr Zelensky, as his critics call him, spoke.', '2024-01-31')).toEqual([]);
    expect(red('Critics dubbed him General Volodymyr Zelensky after the counteroffensive.', '2024-01-31')).toEqual([]);
    expect(red('In the sketch he played General Volodymyr Zelensky, a pompous officer.', '2024-01-31')).toEqual([]);
    // "Attorney General", "Secretary General", "Prosecutor General" are offices, read by title.ts, not ranks.
    expect(ok('Attorney General Merrick Garland said the case was closed.', '2023-03-01').some((q) => q.startsWith('General'))).toBe(false);
    expect(ok('Secretary General Jens Stoltenberg opened the summit.', '2023-07-11').some((q) => q.startsWith('General'))).toBe(false);
    expect(red('Former Gen. Mark Milley spoke at the event.', '2025-03-01')).toEqual([]);
  });
});

describe('a general\'s rank given to someone whose whole record is civilian: "General Zelensky" (title-military-rank.ts)', () => {
  it('is contradicted when every office of the person is on record and none is military', () => {
    expect(red('General Volodymyr Zelensky met the troops near Bakhmut.', '2024-01-31')).toEqual(['General Volodymyr Zelensky']);
    expect(red('Volodymyr Zelensky flew to Kharkiv. There, General Zelensky thanked the brigade.', '2024-01-31')).toEqual([
      'General Zelensky',
    ]);
    expect(red('A letter from Gen. Volodymyr Zelensky was read out.', '2023-05-01')).toEqual(['Gen. Volodymyr Zelensky']);
  });
  it('look-alikes: a lone surname the page never gives in full, a claim denied, a record not known complete', () => {
    expect(red('General Zelensky met the troops.', '2024-01-31')).toEqual([]);
    expect(red('It is not true that General Volodymyr Zelensky led the assault.', '2024-01-31')).toEqual([]);
    expect(red('General Pete Hegseth met the troops.', '2025-03-01')).toEqual([]);
  });
});

describe('the press\'s short forms of "President": "Prez", "Pres." (lexicon.ts)', () => {
  it("confirms the holder and flags another country's leader", () => {
    expect(confirms('Russian Prez Vladimir Putin skipped the ceremony.', '2025-05-15', 'Russian Prez Vladimir Putin')).toBe(true);
    expect(confirms('The bill was signed by Pres. Joe Biden on Friday.', '2022-08-12', 'Pres. Joe Biden')).toBe(true);
    expect(confirms('Ukrainian Prez Volodymyr Zelenskyy toured the port.', '2023-03-01', 'Volodymyr Zelenskyy')).toBe(true);
    expect(red('French Prez Olaf Scholz opened the fair.', '2023-03-01')).toEqual(['French Prez Olaf Scholz']);
  });
  it('look-alikes: a former president, a past year, the word alone', () => {
    expect(red('Former Russian Prez Dmitry Medvedev posted again.', '2024-03-01')).toEqual([]);
    expect(red('In 2015, US Prez Barack Obama met Putin in New York.', '2024-03-01')).toEqual([]);
    expect(red('The prez said nothing about it, Joe Biden later wrote.', '2024-03-01')).toEqual([]);
  });
});

describe('a courtesy word before the counterpart\'s full name: "her Spanish counterpart, Mr José Manuel Albares" (counterpart.ts)', () => {
  it('confirms the counterpart', () => {
    expect(
      confirms('Annalena Baerbock then met her Spanish counterpart, Mr José Manuel Albares, in Madrid.', '2022-06-06', 'Albares'),
    ).toBe(true);
    expect(confirms('Lammy welcomed his Polish counterpart, Mr. Radosław Sikorski, to London.', '2024-09-10', 'Sikorski')).toBe(true);
    expect(confirms('Hegseth hosted his British counterpart, Mr John Healey, at the Pentagon.', '2025-03-10', 'John Healey')).toBe(true);
  });
  it("look-alikes: a leader called a minister's counterpart with a courtesy word is not flagged", () => {
    expect(red('Annalena Baerbock met her Spanish counterpart, Mr. Pedro Sánchez, in Madrid.', '2022-06-06')).toEqual([]);
    expect(red('Baerbock met her Spanish counterpart, Mr. Albares, and his aide Mr. Pedro Sánchez.', '2022-06-06')).toEqual([]);
    expect(red('Lammy said his counterpart, Mr Sikorski, had not called.', '2024-09-10')).toEqual([]);
  });
});

describe('Spain\'s head of government styled "President" (Presidente del Gobierno; heads-of-government.json, title.ts)', () => {
  it('confirms the Prime Minister of Spain called President', () => {
    expect(confirms('A delegation led by President Pedro Sánchez reached Vilnius.', '2023-07-12', 'President Pedro Sánchez')).toBe(true);
    expect(confirms('Spanish President Pedro Sánchez called for calm.', '2024-04-01', 'Spanish President Pedro Sánchez')).toBe(true);
    expect(confirms('He was received by the president of Spain, Pedro Sánchez.', '2020-05-01', 'Pedro Sánchez')).toBe(true);
  });
  it('look-alikes: a former head keeps the courtesy style; a king, a future term, a past year', () => {
    expect(red('President Mariano Rajoy attended the funeral.', '2019-06-12')).toEqual([]);
    expect(red('Spanish President Mariano Rajoy attended the funeral.', '2019-06-12')).toEqual([]);
    expect(red('Spanish President Felipe VI opened the session.', '2023-07-12')).toEqual([]);
    expect(red('Spanish President Pedro Sánchez spoke.', '2018-03-12')).toEqual([]);
    expect(red('In 2016, Spanish President Mariano Rajoy met Obama.', '2023-07-12')).toEqual([]);
  });
});

describe('a portfolio\'s "secretary" before another country\'s minister: "defence secretary Ruben Brekelmans" (title-minister-bare.ts)', () => {
  it('confirms the minister of that portfolio', () => {
    expect(confirms('Dutch defence secretary Ruben Brekelmans arrived in Kyiv.', '2024-07-10', 'Ruben Brekelmans')).toBe(true);
    expect(confirms('Defense Secretary Boris Pistorius said Germany would deliver.', '2024-07-10', 'Boris Pistorius')).toBe(true);
    expect(confirms('Polish foreign secretary Radosław Sikorski replied on X.', '2024-07-10', 'Radosław Sikorski')).toBe(true);
  });
  it('look-alikes: a former minister, a state secretary, another portfolio, a minister gone', () => {
    expect(confirms('Former defence secretary Kajsa Ollongren spoke.', '2024-07-10', 'Ollongren')).toBe(false);
    expect(red('State secretary Ruben Brekelmans spoke.', '2024-07-10')).toEqual([]);
    expect(red('Dutch foreign secretary Ruben Brekelmans spoke.', '2024-07-10')).toEqual([]);
    expect(confirms('Defence secretary Kajsa Ollongren spoke.', '2024-08-10', 'Ollongren')).toBe(false);
  });
});

describe('a Ukrainian minister\'s name in its Russian-style spelling: "Andriy Zagorodnyuk" (people/leaders.json)', () => {
  it('confirms the defence minister in either spelling', () => {
    expect(confirms('Defence Minister Andriy Zagorodnyuk visited Brussels.', '2019-10-20', 'Zagorodnyuk')).toBe(true);
    expect(confirms('Ukraine’s Defence Minister Andrii Zahorodniuk met Esper.', '2019-10-20', 'Zahorodniuk')).toBe(true);
    expect(confirms('Andriy Zagorodniuk arrived. Minister Zagorodniuk then spoke.', '2019-10-20', 'Minister Zagorodniuk')).toBe(true);
  });
  it('look-alikes: after he left, a past year', () => {
    expect(red('In 2019, Defence Minister Andriy Zagorodnyuk visited Brussels.', '2023-10-20')).toEqual([]);
    expect(red('Former Defence Minister Andriy Zagorodnyuk said.', '2023-10-20')).toEqual([]);
    expect(red('Andriy Zagorodnyuk, who chairs a think tank, said.', '2023-10-20')).toEqual([]);
  });
});

describe("the country said inside a body's head title: \"the secretary of Ukraine's national security council\" (title-split.ts; the council's short name in the office's roles)", () => {
  it("confirms the head of that country's body", () => {
    expect(
      confirms('Rustem Umerov, the secretary of Ukraine’s national security council, flew to Florida.', '2025-12-06', 'Rustem Umerov'),
    ).toBe(true);
    expect(
      confirms(
        'The talks were led by Igor Kostyukov, the chief of the Russian military’s Main Directorate of the General Staff.',
        '2026-01-24',
        'Kostyukov',
      ),
    ).toBe(true);
    expect(
      confirms('The head of Russia’s Main Directorate of the General Staff, Igor Kostyukov, arrived.', '2026-01-24', 'Kostyukov'),
    ).toBe(true);
    expect(
      confirms(
        'Oleksiy Danilov, the secretary of the Ukrainian National Security and Defense Council, warned Moscow.',
        '2023-06-01',
        'Danilov',
      ),
    ).toBe(true);
  });
  it("flags another office's holder given the directorate", () => {
    expect(
      red('Valery Gerasimov, the chief of the Russian military’s Main Directorate of the General Staff, met the envoys.', '2026-01-24'),
    ).toEqual(['Valery Gerasimov, the chief of the Russian military’s Main Directorate of the General Staff']);
  });
  it("look-alikes: a former secretary, a past year, another country's council", () => {
    expect(red('Oleksiy Danilov, the former secretary of Ukraine’s national security council, spoke.', '2025-12-06')).toEqual([]);
    expect(red('In 2021, Oleksiy Danilov, the secretary of Ukraine’s national security council, said so.', '2025-12-06')).toEqual([]);
    expect(red('Sergei Shoigu, the secretary of Russia’s Security Council, met Umerov.', '2025-12-06')).toEqual([]);
  });
});

describe('"sworn as" without "in" (title-sworn.ts)', () => {
  it('confirms the oath of the office taken', () => {
    expect(confirms('Alexander Stubb has been sworn as Finland’s new president.', '2024-03-01', 'Alexander Stubb')).toBe(true);
    expect(confirms('On Tuesday, Karol Nawrocki was sworn as President of Poland.', '2025-08-06', 'Karol Nawrocki')).toBe(true);
    expect(confirms('Friedrich Merz was sworn as Germany’s new chancellor.', '2025-05-06', 'Friedrich Merz')).toBe(true);
  });
  it('look-alikes: sworn enemies, a future oath, sworn to secrecy', () => {
    expect(red('Alexander Stubb and his sworn rival spoke as Finland’s new president was named.', '2024-03-01')).toEqual([]);
    expect(red('Karol Nawrocki will be sworn as President of Poland in August.', '2025-06-02')).toEqual([]);
    expect(red('Alexander Stubb was sworn to secrecy as president, aides said.', '2024-03-01')).toEqual([]);
  });
});

describe("Croatia's prime ministers before 2011: Ivo Sanader and Jadranka Kosor (heads-of-government.json)", () => {
  it('confirms them in office and flags a title outside their terms', () => {
    expect(confirms('Croatian Prime Minister Ivo Sanader welcomed the NATO invitation.', '2008-04-03', 'Ivo Sanader')).toBe(true);
    expect(confirms('Prime Minister Jadranka Kosor signed the accession treaty.', '2011-12-09', 'Jadranka Kosor')).toBe(true);
    expect(confirms('Croatia’s prime minister, Ivo Sanader, said the country was ready.', '2009-04-01', 'Ivo Sanader')).toBe(true);
    expect(red('Croatian Prime Minister Jadranka Kosor opened the Bucharest summit.', '2008-04-03')).toEqual([
      'Croatian Prime Minister Jadranka Kosor',
    ]);
  });
  it('look-alikes: a former prime minister, a past year, the trial of a former premier', () => {
    expect(red('Former Croatian Prime Minister Ivo Sanader was sentenced in Zagreb.', '2012-11-20')).toEqual([]);
    expect(red('In 2008, Croatian Prime Minister Ivo Sanader met Bush.', '2014-11-20')).toEqual([]);
    expect(red('Ivo Sanader, who led the government until 2009, was arrested in Austria.', '2010-12-10')).toEqual([]);
  });
});
