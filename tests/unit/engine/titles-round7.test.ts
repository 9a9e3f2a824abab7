// Titles, tenures and officials of the seventh round, from the fifth held-out set's misses: each
// form on its real sentence, on other real sentences of the same kind where found (sources in
// comments), and with a similar sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

describe('"X\'s tenure as TITLE began in DATE", "X began his term as TITLE in DATE" (tenure.ts)', () => {
  // Held-out 5 (h053), norchammichigan.org, 1 October 2024: a genuine error (he took office on 1 October 2014).
  const wrong =
    'Stoltenberg’s tenure as NATO Secretary General began in January 2014, just as global tensions escalated. Jens Stoltenberg has stepped down.';

  it('contradicts a wrong start told of the tenure itself', () => {
    const [claim] = kindOn('tenure', wrong, 'Stoltenberg’s tenure as NATO Secretary General began in January 2014', '2024-10-01');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('confirms the right start, in either form', () => {
    const right = "Jens Stoltenberg's term as NATO Secretary General began on 1 October 2014.";
    expect(kindOn('tenure', right, 'began on 1 October 2014', '2024-10-01').map((a) => a.verdict)).toEqual(['supported']);
    // "Antonio Guterres began his term as the Secretary-General of the United Nations" (historysnacks.io), with a NATO office.
    const began = 'Mark Rutte began his term as NATO Secretary General on 1 October 2024.';
    expect(kindOn('tenure', began, 'Mark Rutte began his term', '2025-01-10').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', began.replace('1 October 2024', 'June 2024'), 'Mark Rutte began his term', '2025-01-10')[0].verdict).toBe(
      'contradicted',
    );
  });

  it('only confirms the start of a later term, which a record of the whole tenure does not hold', () => {
    const fourth = 'Mark Rutte began his fourth term as Prime Minister of the Netherlands in January 2022.';
    expect(isRed(verdictsOn(fourth, 'Mark Rutte began his fourth term', '2023-03-01'))).toBe(false);
    const second = 'Donald Trump began his second term as US President on January 20, 2025.';
    expect(kindOn('tenure', second, 'Donald Trump began his second term', '2025-03-01').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('reads no start into an end of term, or into a clause about the term', () => {
    const ends = "Jens Stoltenberg's term as Secretary General ends in 2022.";
    expect(kindOn('tenure', ends, 'ends in 2022', '2019-03-28')).toEqual([]);
    const clause = "Jens Stoltenberg's term as Secretary General, which began in 2013, was extended.";
    expect(isRed(verdictsOn(clause, 'began in 2013', '2019-03-28'))).toBe(false);
  });
});

describe('"He has been in the post since DATE", "She has held this position since DATE" (tenure-pronoun.ts)', () => {
  // Held-out 5 (h005), forces.net, 28 March 2019.
  const forces =
    "Who Is NATO's Secretary General Jens Stoltenberg?\n\nNATO has extended Jen Stoltenberg's term as Secretary General after it was approved by the North Atlantic Council on Thursday.\n\nHe has been in the post since the 1 October 2014 and will now stay until the 30 September 2022.";
  // Held-out 5 (h050), 15 July 2024.
  const kallas =
    'Kaja Kallas will serve as prime minister until the new government comes to power. She has held this position since January 2021.';

  it('confirms the start of the one tenure of the person just named that began then', () => {
    expect(kindOn('tenure', forces, 'He has been in the post since the 1 October 2014', '2019-03-28').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
    const [claim] = kindOn('tenure', kallas, 'She has held this position since January 2021', '2024-07-15');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['est-prime-minister', 'kaja-kallas']);
  });

  it('never flags a start that fits no tenure, nor guesses between two people', () => {
    expect(verdictsOn(forces.replace('1 October 2014', '1 October 2016'), 'He has been in the post', '2019-03-28')).toEqual([]);
    const two = 'Jens Stoltenberg met Erna Solberg. He has been in office since October 2013.';
    expect(isRed(verdictsOn(two, 'He has been in office since October 2013', '2019-03-28'))).toBe(false);
  });
});

describe('"Since I took office as Secretary General in 2014" (tenure-pronoun.ts)', () => {
  // Held-out 5 (h051), 19 September 2024: Stoltenberg's farewell speech, quoted.
  const farewell =
    'Outgoing NATO Secretary General Jens Stoltenberg urged member states to uphold the Alliance’s founding values.\n\nSince I took office as Secretary General in 2014, the world around us has changed profoundly ” he began his farewell speech.';

  it('confirms the start of the speaker the page names', () => {
    const [claim] = kindOn('tenure', farewell, 'I took office as Secretary General in 2014', '2024-09-19');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('never flags a start that fits no one the page names', () => {
    expect(verdictsOn(farewell.replace('in 2014', 'in 2016'), 'I took office as Secretary General', '2024-09-19')).toEqual([]);
  });
});

describe('titles the press writes otherwise (offices and people data)', () => {
  it('reads "US Treasury Secretary" as one title, not the Treasury then a name', () => {
    // Held-out 5 (h032), 3 December 2022.
    const yellen =
      'US Treasury Secretary Janet Yellen said in a statement that the deal would help limit “Putin’s main source of revenue for the illegal war in Ukraine.”';
    expect(verdictsOn(yellen, 'US Treasury Secretary Janet Yellen', '2022-12-03')).toEqual(['supported']);
    expect(verdictsOn(yellen.replace('US', 'U.S.'), 'U.S. Treasury Secretary Janet Yellen', '2022-12-03')).toEqual(['supported']);
    // A former secretary under the same title is still flagged.
    expect(verdictsOn(yellen.replace('Janet Yellen', 'Steven Mnuchin'), 'US Treasury Secretary Steven Mnuchin', '2022-12-03')).toContain(
      'outdated',
    );
  });

  it('reads "Security-General", a common slip for Secretary General', () => {
    // Held-out 5 (h036), 4 April 2023 (citing AP); "its nominee for Security-General" of the UN (idjournal.co.uk, 2017).
    const ap =
      '“We have more exercises, we have more presence, also in the Nordic area,” NATO Security-General Jens Stoltenberg told reporters.';
    expect(verdictsOn(ap, 'NATO Security-General Jens Stoltenberg', '2023-04-04')).toEqual(['supported']);
    expect(verdictsOn(ap, 'NATO Security-General Jens Stoltenberg', '2025-04-04')).toContain('outdated');
  });

  it('reads "Olaf Sholts", a transliteration from Russian and Ukrainian', () => {
    // Held-out 5 (h041), 15 June 2023.
    const sholts = 'This was stated by German Chancellor Olaf Sholts, speaking in the Bundestag.';
    expect(verdictsOn(sholts, 'German Chancellor Olaf Sholts', '2023-06-15')).toEqual(['supported']);
    expect(verdictsOn(sholts, 'German Chancellor Olaf Sholts', '2025-06-15')).toContain('outdated');
  });
});

describe('"counterpart X" with no pronoun (counterpart.ts)', () => {
  // Held-out 5 (h021), 10 May 2021.
  const b9 =
    'Romania wants more allied troops, president Klaus Iohannis said in a joint statement with Polish counterpart Andrzej Duda at the end of the B9 Summit.';
  // Held-out 5 (h073), 6 January 2026, the same form: "Both Frederiksen and Greenlandic counterpart Jens Frederik Nielsen condemned ...".
  const both = 'Both Mette Frederiksen and Swedish counterpart Ulf Kristersson condemned the remarks.';

  it('confirms the counterpart, whoever "counterpart" is said of', () => {
    expect(verdictsOn(b9, 'Polish counterpart Andrzej Duda', '2021-05-10')).toEqual(['supported']);
    expect(verdictsOn(both, 'Swedish counterpart Ulf Kristersson', '2026-01-06')).toEqual(['supported']);
  });

  it('never flags it: with no pronoun, whose counterpart is a reading', () => {
    expect(isRed(verdictsOn(b9, 'Polish counterpart Andrzej Duda', '2026-05-10'))).toBe(false);
    expect(isRed(verdictsOn(both.replace('Ulf Kristersson', 'Magdalena Andersson'), 'Magdalena Andersson', '2026-01-06'))).toBe(false);
  });
});

describe('"Formerly" before a title is "former" (title.ts, title-of.ts)', () => {
  // Held-out 5 (h026), 5 April 2022: a genuine error (Zelensky was the sitting president).
  const bucha =
    'Formerly President of Ukraine Volodymyr Zelensky invites Merkel and former French President Nicolas Sarkozy to visit Buch and “look at what the policy of concessions to Russia has led to”.';
  // rumble.com, 2023: "Formerly the Prime Minister of Norway, Stoltenberg has led NATO as its Secretary General since October 2014."
  const rumble = 'Formerly the Prime Minister of Norway, Jens Stoltenberg has led NATO as its Secretary General since October 2014.';

  it('contradicts "formerly" said of a sitting holder', () => {
    expect(verdictsOn(bucha, 'Formerly President of Ukraine Volodymyr Zelensky', '2022-04-05')).toContain('contradicted');
    expect(verdictsOn('Formerly President Volodymyr Zelensky said.', 'Volodymyr Zelensky', '2022-04-05')).toContain('contradicted');
  });

  it('confirms it of a former holder, "the" after it too (it was a red flag without the word read)', () => {
    expect(kindOn('title', rumble, 'Prime Minister of Norway, Jens Stoltenberg', '2023-07-04').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
    expect(verdictsOn(rumble.replace('the ', ''), 'Prime Minister of Norway, Jens Stoltenberg', '2023-07-04')).not.toContain('outdated');
  });
});

describe('"On October 1, X officially becomes the new TITLE" (tenure.ts)', () => {
  // Held-out 5 (h052), censor.net, 1 October 2024.
  const censor = 'On October 1, Mark Rutte officially becomes the new Secretary General of the North Atlantic Alliance.';

  it('confirms the start by the day before the name', () => {
    expect(kindOn('tenure', censor, 'Mark Rutte officially becomes', '2024-10-01').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', 'Mark Rutte becomes NATO Secretary General on 1 October 2024.', 'Mark Rutte', '2024-10-01')[0].verdict).toBe(
      'supported',
    );
  });

  it('never flags a day read from before the name', () => {
    expect(isRed(verdictsOn(censor.replace('October 1', 'June 1'), 'Mark Rutte officially becomes', '2024-10-01'))).toBe(false);
  });
});

describe('how long someone held an office (tenure-length.ts)', () => {
  // Held-out 5 (h052), censor.net, 1 October 2024.
  const censor =
    'On this day, a ceremony is to be held in Brussels, during which Jens Stoltenberg, who has been the head of NATO for the past ten years, will hand over to the former Dutch prime minister.';
  // Held-out 4 (n014), 26 June 2024.
  const office = 'M. Rutte, 57, will take office on October 1, replacing Norwegian Jens Stoltenberg, who has been in office for ten years.';
  // Development set (ttl04), Kyiv Post, 1 October 2024.
  const kyivPost =
    'Jens Stoltenberg was stepping down after 10 years as Alliance chief, surpassed only by another “Netherlander” politician Joseph Luns, who spent 12 years in charge of NATO from 1971.';
  // Held-out 3 (m049), DW, 8 December 2021.
  const dw = "The new German parliament elected Scholz as Angela Merkel departs after 16 years at the helm of Europe's largest economy.";

  it('confirms a length within a year of the tenure, in its several phrasings', () => {
    const verdict = (text: string, quote: string, day: string) => kindOn('tenure', text, quote, day).map((a) => a.verdict);
    expect(verdict(censor, 'who has been the head of NATO for the past ten years', '2024-10-01')).toEqual(['supported']);
    expect(verdict(office, 'who has been in office for ten years', '2024-06-26')).toEqual(['supported']);
    expect(verdict(kyivPost, 'after 10 years as Alliance chief', '2024-10-01')).toEqual(['supported']);
    expect(verdict(kyivPost, 'who spent 12 years in charge of NATO', '2024-10-01')).toEqual(['supported']);
    expect(verdict(dw, 'departs after 16 years at the helm', '2021-12-08')).toEqual(['supported']);
  });

  it("reads the name's possessive and the past tense too", () => {
    // londondaily.com, December 2021: "The most striking pictures of Merkel's 16 years in power".
    const pictures = "The most striking pictures of Angela Merkel's 16 years in power, as Olaf Scholz takes office.";
    expect(kindOn('tenure', pictures, "Angela Merkel's 16 years in power", '2021-12-08').map((a) => a.verdict)).toEqual(['supported']);
    // The Guardian, 24 September 2021: "Helmut Kohl, Germany’s longest-serving leader, who was in power for just over 16 years".
    const kohl = 'Helmut Kohl, Germany’s longest-serving leader, who was in power for just over 16 years, died in 2017.';
    expect(kindOn('tenure', kohl, 'who was in power for just over 16 years', '2021-09-24').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', kohl.replace('16 years', '12 years'), 'who was in power', '2021-09-24')).toEqual([]);
  });

  it('says nothing of a length that does not fit, and never flags one', () => {
    expect(kindOn('tenure', censor.replace('ten years', 'six years'), 'who has been the head of NATO', '2024-10-01')).toEqual([]);
    expect(isRed(verdictsOn(office.replace('ten years', 'four years'), 'Jens Stoltenberg', '2024-06-26'))).toBe(false);
    // Long after the departure, "after 16 years" is no length of a running tenure.
    expect(kindOn('tenure', dw, 'departs after 16 years at the helm', '2024-12-08')).toEqual([]);
  });
});

describe('given names in brackets: "Prime Minister (Jonas Gahr) Store" (title-paren.ts)', () => {
  // Held-out 5 (h057), 4 February 2025, and (h041), 15 June 2023: two pages translated from Russian or Ukrainian.
  const store =
    '“After carefully considering the current challenges, I decided to comply with the request from Prime Minister (Jonas Gahr) Store to serve him as finance minister,” said Stoltenberg.';
  const erdogan =
    '“I am calling for the re -elected president of Turkey (Recep Tayyip) Erdogan to prepare the soil in this direction in accordance with our decision in Madrid last year,” said Scholts.';

  it('confirms the title with the name read whole', () => {
    expect(verdictsOn(store, 'Prime Minister (Jonas Gahr) Store', '2025-02-04')).toEqual(['supported']);
    expect(verdictsOn(erdogan, 'president of Turkey (Recep Tayyip) Erdogan', '2023-06-15')).toEqual(['supported']);
  });

  it('never flags it, and reads no name that is not one', () => {
    expect(isRed(verdictsOn(store.replace('Jonas Gahr) Store', 'Erna) Solberg'), 'Prime Minister (Erna) Solberg', '2025-02-04'))).toBe(
      false,
    );
    expect(verdictsOn('The Prime Minister (Jonas Gahr) Hansen spoke.', 'Prime Minister', '2025-02-04')).toEqual([]);
  });
});

describe("a country's title with no name after it (title-bare.ts)", () => {
  // Held-out 3 (m059), 27 February 2025: the page names Trump ("Trump said") elsewhere.
  const tariffs =
    'United States will introduce a 25 percent tariff on goods from the European Union, the American president said at his first cabinet meeting.\n"It will be 25 percent," Trump said.\nThe President of the United States of America also said that Ukraine can "forget" about joining NATO.';
  // Held-out 3 (m051), AP, 23 March 2023: "The Finnish president has sealed the Nordic country’s historic bid ..."
  const finland =
    'Finland’s President Sauli Niinistö signed the legislation in Helsinki. The Finnish president has sealed the Nordic country’s historic bid to join NATO.';

  it('confirms it of the holder the page names', () => {
    expect(kindOn('title', tariffs, 'the American president said', '2025-02-27').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('title', tariffs, 'The President of the United States of America also', '2025-02-27').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
    expect(kindOn('title', finland, 'The Finnish president has sealed', '2023-03-23').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('says nothing when the page does not name the holder, or tells of another year; never flags', () => {
    expect(kindOn('title', tariffs.replace('Trump said', 'he said'), 'the American president said', '2025-02-27')).toEqual([]);
    const old = 'Joe Biden spoke. In 2019, the American president said he would stay in NATO.';
    expect(kindOn('title', old, 'the American president said', '2023-02-27')).toEqual([]);
    // A former holder named on the page: the title is not read as his.
    const former = 'Sauli Niinistö spoke in Helsinki. The Finnish president has sealed the bid.';
    expect(isRed(verdictsOn(former, 'The Finnish president has sealed', '2025-03-23'))).toBe(false);
    const office = 'Volodymyr Zelensky spoke. The Intelligence Committee works under the Office of the President of Ukraine.';
    expect(kindOn('title', office, 'President of Ukraine', '2025-02-27')).toEqual([]);
  });
});

describe('"On DATE, X became TITLE": the day before the name (tenure.ts)', () => {
  // Held-out 5 (h052), censor.net, 1 October 2024.
  const censor = 'On October 14, 2010, Rutte became the Prime Minister of the Netherlands. Mark Rutte was born in The Hague.';

  it('confirms the start', () => {
    expect(kindOn('tenure', censor, 'Rutte became the Prime Minister', '2024-10-01').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('never flags a day read from before the name', () => {
    expect(isRed(verdictsOn(censor.replace('2010', '2012'), 'Rutte became the Prime Minister', '2024-10-01'))).toBe(false);
  });
});
