// Titles of officials, round 29 (own sentences; the families behind held-out 27's title errors and true titles left silent:
// jf002, jf009, ja007, jc008, je013, and the quote-level misses of held-out 13-27), with true look-alikes that must stay
// unflagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const flags = (text: string, asOf: string, words: string) => red(text, asOf).some((q) => q.includes(words));

describe("another country's office given with a word of time to a national of one country (title.ts anotherCountrysOffice)", () => {
  it('is refuted whatever the word of time', () => {
    expect(flags('Mark Rutte, the former French prime minister, praised the deal.', '2025-03-12', 'French prime minister')).toBe(true);
    expect(flags('Former German Chancellor Rishi Sunak flew to Kyiv on Monday.', '2023-05-02', 'German Chancellor')).toBe(true);
    expect(flags('Jens Stoltenberg, then British foreign secretary, signed the letter.', '2025-01-20', 'British foreign secretary')).toBe(
      true,
    );
  });
  it('an unknown describing word before another country’s title is read only to refute it', () => {
    expect(flags('Mark Rutte, the original French prime minister, built ties with Trump.', '2025-03-12', 'French prime minister')).toBe(
      true,
    );
    expect(flags('Mark Rutte met him. Rutte, the celebrated Belgian premier, then left.', '2025-03-12', 'Belgian premier')).toBe(true);
  });
  it('look-alikes: their own country, an international body, an envoy’s post, a describing word before a title held', () => {
    expect(red('Former Dutch Prime Minister Mark Rutte built ties with Trump.', '2025-03-12')).toEqual([]);
    expect(red('Jens Stoltenberg, the former NATO Secretary General, spoke in Oslo.', '2025-03-12')).toEqual([]);
    expect(red('Former Ukraine ambassador Bill Taylor said the talks would fail.', '2022-03-12')).toEqual([]);
    expect(red('Mark Rutte, the longtime Dutch prime minister, built ties with Trump.', '2025-03-12')).toEqual([]);
    expect(red('Friedrich Merz, the likely German chancellor, met Macron.', '2025-01-12')).toEqual([]);
    expect(red('Mark Rutte, the first Dutch prime minister to lead NATO, spoke.', '2025-03-12')).toEqual([]);
  });
});

describe('a stale title after a lone surname, the country named (title.ts soleBearerNow)', () => {
  it('is outdated in the present tense on a page of its time', () => {
    expect(flags('Rutte, the Dutch Prime Minister, sees this move as a big deal.', '2025-06-24', 'Rutte, the Dutch Prime Minister')).toBe(
      true,
    );
    expect(flags('Dutch Prime Minister Rutte welcomed the deal on Tuesday.', '2025-06-24', 'Dutch Prime Minister Rutte')).toBe(true);
    expect(flags('Allies were told by Estonian Prime Minister Kallas that more was needed.', '2025-02-10', 'Kallas')).toBe(true);
  });
  it('look-alikes: in office then, a year told, another first name on the page, no country', () => {
    expect(red('Rutte, the Dutch Prime Minister, sees this move as a big deal.', '2023-06-24')).toEqual([]);
    expect(red('Rutte, the Dutch Prime Minister, saw this move as a big deal in 2019.', '2025-06-24')).toEqual([]);
    expect(red('Camilla Rutte, a teacher, spoke. Rutte, the Dutch Prime Minister, sees this as a big deal.', '2025-06-24')).toEqual([]);
    expect(red('Prime Minister Rutte sees this move as a big deal.', '2025-06-24')).toEqual([]);
    expect(red('When he led the Dutch government, Rutte, the Dutch Prime Minister, saw this as a big deal.', '2025-06-24')).toEqual([]);
  });
});

describe('"the head of Swedish diplomacy": a country’s diplomacy is headed by its foreign minister (title-described.ts)', () => {
  it('confirms and dates the foreign minister', () => {
    expect(confirms('The head of Swedish diplomacy, Tobias Billström, arrived in Brussels.', '2024-03-07', 'Billström')).toBe(true);
    expect(confirms('Tobias Billström, head of Swedish diplomacy, signed the papers.', '2024-03-07', 'Billström')).toBe(true);
    expect(confirms('The chief of French diplomacy, Jean-Noël Barrot, replied.', '2025-03-07', 'Barrot')).toBe(true);
    expect(flags('The head of Ukrainian diplomacy, Dmytro Kuleba, warned the allies.', '2025-03-07', 'Kuleba')).toBe(true);
  });
  it('look-alikes: former, a past clause, the EU’s own', () => {
    expect(red('The former head of Swedish diplomacy, Tobias Billström, said so.', '2025-03-07')).toEqual([]);
    expect(red('Tobias Billström, who was head of Swedish diplomacy until 2024, said so.', '2025-03-07')).toEqual([]);
    expect(red('Kaja Kallas, the head of EU diplomacy, said so.', '2025-03-07')).toEqual([]);
  });
});

describe('an office’s acronym in brackets between the title and the name (title.ts acronymGlossEnd)', () => {
  it('reads the title before the bracket', () => {
    expect(confirms("NATO's Supreme Allied Commander Europe (SACEUR) Gen. Tod Wolters visited Athens.", '2020-04-16', 'Wolters')).toBe(
      true,
    );
    expect(confirms('Supreme Allied Commander Europe (SACEUR) General Christopher Cavoli met the chiefs.', '2024-04-16', 'Cavoli')).toBe(
      true,
    );
    expect(flags('Supreme Allied Commander Europe (SACEUR) Gen. Tod Wolters arrived today.', '2024-04-16', 'Wolters')).toBe(true);
  });
  it('look-alikes: a list, a past time told', () => {
    expect(red('Supreme Allied Commander Europe (SACEUR) and Gen. Tod Wolters visited.', '2024-04-16')).toEqual([]);
    expect(red('In 2020, Supreme Allied Commander Europe (SACEUR) Gen. Tod Wolters visited Athens.', '2024-04-16')).toEqual([]);
  });
});

describe('"newly sworn-in" said of the holder a successor replaced in the last months (title.ts newlySucceeded)', () => {
  it('is refuted, on the day of the handover too', () => {
    expect(flags('Newly sworn-in Polish President Andrzej Duda has handed command to the army chief.', '2025-08-06', 'Duda')).toBe(true);
    expect(flags('The newly inaugurated Polish President Andrzej Duda says the army will grow.', '2025-08-20', 'Duda')).toBe(true);
    expect(flags('Newly sworn-in U.S. President Joe Biden says tariffs will stay.', '2025-02-20', 'Biden')).toBe(true);
  });
  it('look-alikes: the new holder, the old one in his first months, a year told, a quotation', () => {
    expect(red('Newly sworn-in Polish President Karol Nawrocki says the army will grow.', '2025-08-20')).toEqual([]);
    expect(red('Newly sworn-in U.S. President Joe Biden says the army will grow.', '2021-02-20')).toEqual([]);
    expect(red('In 2015, newly sworn-in Polish President Andrzej Duda said the army would grow.', '2025-08-20')).toEqual([]);
    expect(red('"Newly sworn-in Polish President Andrzej Duda has handed command," the 2015 report said.', '2025-08-20')).toEqual([]);
    expect(red('Newly elected U.S. President Joe Biden said the army would grow.', '2025-08-20')).toEqual([]);
  });
});

describe('a choice told before the appointment: nominate, propose, pick, tap, "to become" (tenure-appointed.ts)', () => {
  it('confirms when the tenure began within days before or months after the page', () => {
    expect(confirms('Biden also plans to nominate Antony Blinken as his secretary of state.', '2020-11-23', 'Blinken')).toBe(true);
    expect(confirms('Putin proposed Andrei Belousov to become the country’s defence minister.', '2024-05-13', 'Belousov')).toBe(true);
    expect(confirms('Trump tapped Marco Rubio to become secretary of state.', '2024-11-20', 'Rubio')).toBe(true);
    expect(confirms('The Rada voted to confirm Yuliia Svyrydenko as the country’s new Prime Minister.', '2025-07-18', 'Svyrydenko')).toBe(
      true,
    );
  });
  it('look-alikes: long after, another office, a choice never made good; never a red flag', () => {
    expect(confirms('Biden picked Antony Blinken as his secretary of state.', '2023-11-20', 'picked')).toBe(false);
    expect(confirms('Biden also plans to nominate Antony Blinken as his defence secretary.', '2020-11-23', 'Blinken')).toBe(false);
    expect(red('Trump proposed Matt Gaetz as attorney general.', '2024-11-20')).toEqual([]);
    expect(red('Biden picked Antony Blinken as his defence secretary.', '2020-11-23')).toEqual([]);
  });
});

describe("Israel's defence ministers (fact base: isr-defence-minister, 2020 on)", () => {
  it('dates the title', () => {
    expect(flags('Israeli Defense Minister Yoav Gallant has announced a new offensive.', '2025-03-10', 'Gallant')).toBe(true);
    expect(flags('Defence Minister Benny Gantz says the army is ready.', '2023-03-10', 'Gantz')).toBe(true);
    expect(confirms('Israel Katz, Israel’s defence minister, said the war would go on.', '2025-03-10', 'Katz')).toBe(true);
    expect(confirms('Israeli Defense Minister Yoav Gallant said the war would go on.', '2024-03-10', 'Gallant')).toBe(true);
  });
  it('look-alikes: former, a year told, an office of Israel not on record', () => {
    expect(red('Former Israeli Defense Minister Yoav Gallant said the war went badly.', '2025-03-10')).toEqual([]);
    expect(red('In 2023, Israeli Defense Minister Yoav Gallant said the war would go on.', '2025-03-10')).toEqual([]);
    expect(red('Israeli Foreign Minister Israel Katz said the war would go on.', '2024-06-10')).toEqual([]);
    expect(red('Israeli Finance Minister Israel Katz said the war would go on.', '2024-12-10')).toEqual([]);
  });
});

describe('"federal" before a federation’s minister, after the name or a copula (title-copula.ts, title-of.ts)', () => {
  it('reads the title with its country after it', () => {
    expect(confirms('Annalena Baerbock is the federal minister for foreign affairs of Germany.', '2024-04-04', 'Baerbock')).toBe(true);
    expect(confirms('Boris Pistorius, the federal minister of defence of Germany, said so.', '2024-04-04', 'Pistorius')).toBe(true);
    expect(flags('Annalena Baerbock is currently the federal minister for foreign affairs of Germany.', '2026-04-04', 'Baerbock')).toBe(
      true,
    );
  });
  it('a list of such sentences, each name after the last one’s full stop (title-copula.ts nameFirst)', () => {
    const list =
      'Annalena Baerbock is the federal minister for foreign affairs of Germany. Radosław Sikorski is the minister of foreign affairs of Poland.';
    expect(confirms(list, '2024-04-04', 'Baerbock')).toBe(true);
    expect(confirms(list, '2024-04-04', 'Sikorski')).toBe(true);
  });
  it('look-alikes: no country, a past time told, another name’s title', () => {
    expect(red('Annalena Baerbock is the federal minister for foreign affairs.', '2026-04-04')).toEqual([]);
    expect(red('Steve Witkoff is President Trump’s envoy.', '2024-04-04')).toEqual([]);
    expect(red('In 2023, Annalena Baerbock, the federal minister for foreign affairs of Germany, said so.', '2026-04-04')).toEqual([]);
  });
});

describe('a resignation told in a clause after the name, or as "stepped down" (tenure-succession.ts)', () => {
  it('confirms a tenure that ended within days of the page', () => {
    expect(confirms('Dmytro Kuleba — who resigned as Ukraine’s top diplomat on Wednesday — said goodbye.', '2024-09-06', 'Kuleba')).toBe(
      true,
    );
    expect(confirms('Dmytro Kuleba, who resigned as foreign minister on Wednesday, thanked his staff.', '2024-09-06', 'Kuleba')).toBe(true);
    expect(confirms('Dmytro Kuleba stepped down as Ukraine’s foreign minister this week.', '2024-09-06', 'Kuleba')).toBe(true);
  });
  it('look-alikes: a year later, a holder still in office; never a red flag', () => {
    expect(confirms('Dmytro Kuleba, who resigned as foreign minister last year, said goodbye.', '2025-09-06', 'Kuleba')).toBe(false);
    expect(confirms('Andrii Sybiha, who resigned as foreign minister, said goodbye.', '2025-09-06', 'Sybiha')).toBe(false);
    expect(red('Andrii Sybiha, who resigned as foreign minister, said goodbye.', '2025-09-06')).toEqual([]);
  });
});

describe('a body’s head named by the body with "chief" or "head", and a general staff of the armed forces (lexicon.ts, title-described.ts)', () => {
  it('confirms and dates the holder', () => {
    expect(confirms("Russia's Foreign Intelligence Service chief Sergey Naryshkin said so.", '2022-03-06', 'Naryshkin')).toBe(true);
    expect(confirms('Sergey Naryshkin, the Russian Foreign Intelligence Service head, said so.', '2022-03-06', 'Naryshkin')).toBe(true);
    expect(confirms('Chief of General Staff of Russian Armed Forces Valery Gerasimov said so.', '2022-03-06', 'Gerasimov')).toBe(true);
    expect(flags("Russia's Foreign Intelligence Service chief Sergey Naryshkin said so.", '2012-03-06', 'Naryshkin')).toBe(true);
  });
  it('look-alikes: a deputy, another country’s chief speaking of him, a deputy of the general staff of another country’s forces not held', () => {
    expect(red("Russia's Foreign Intelligence Service deputy chief Sergey Naryshkin said so.", '2012-03-06')).toEqual([]);
    expect(red('Ukraine’s Foreign Intelligence Service chief said Sergey Naryshkin lied.', '2022-03-06')).toEqual([]);
    expect(red('The deputy chief of general staff of the Russian armed forces, Valery Gerasimov, said so.', '2010-03-06')).toEqual([]);
  });
});

describe('Romania’s prime minister Ludovic Orban (2019-2020), now confirmed by the government and the press', () => {
  it('confirms in his first days and dates the title after him', () => {
    expect(confirms('The Prime Minister, Mister Ludovic Orban, opened the session.', '2019-11-06', 'Orban')).toBe(true);
    expect(confirms('Romanian Prime Minister Ludovic Orban met Stoltenberg.', '2020-06-10', 'Orban')).toBe(true);
    expect(flags('Romanian Prime Minister Ludovic Orban says the budget will pass.', '2021-03-06', 'Orban')).toBe(true);
  });
  it('look-alikes: former, a year told, Hungary’s Orbán', () => {
    expect(red('Former Romanian Prime Minister Ludovic Orban says the budget will pass.', '2021-03-06')).toEqual([]);
    expect(red('In 2020, Romanian Prime Minister Ludovic Orban said the budget would pass.', '2021-03-06')).toEqual([]);
    expect(red('Prime Minister Viktor Orbán says the budget will pass.', '2021-03-06')).toEqual([]);
  });
});
