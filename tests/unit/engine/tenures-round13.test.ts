// Tenures of the thirteenth round, from held-out 11's misses and from mutation probes (the false version
// of each real sentence the engine confirms): each form on its real sentence, on other real sentences of
// the same kind (sources in comments), with the fact changed (flagged where the claim is certain) and
// with a look-alike true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('a start of tenure told of "he" or "she" (tenure-pronoun.ts)', () => {
  // Held-out 11 (y081), a "NATO news" page of November 2025.
  const y081 =
    "Currently, the NATO Secretary General is Jens Stoltenberg. He's been at the helm since October 1, 2014, and his tenure has been marked by significant geopolitical shifts.";
  // Held-out 11 (y097), January 2026.
  const y097 =
    'As of 2026, the current Secretary General of NATO is Mark Rutte. He officially assumed the position on October 1, 2026, becoming the public face of the alliance.';
  // Held-out (h005), March 2019.
  const h005 = 'Jens Stoltenberg is the Secretary General of NATO. He has been in the post since the 1 October 2014.';
  // Held-out 6 (h050), July 2024: "She has held this position since January 2021."
  const h050 = 'Avril Haines is the US Director of National Intelligence. She has held this position since January 2021.';

  it('confirms the start on record, while the tenure runs', () => {
    expect(verdictsOn(h005, 'He has been in the post since', '2019-03-28')).toContain('supported');
    expect(verdictsOn(y081, "He's been at the helm", '2024-05-01')).toContain('supported');
    expect(verdictsOn(y097.replace('2026,', '2025,').replace('2026', '2024'), 'He officially assumed', '2025-01-20')).toContain(
      'supported',
    );
    // menafn.com (Azernews), October 2024: "He takes over from Norway's Jens Stoltenberg, who has led the alliance since 2014."
    const led = 'NATO Secretary General Jens Stoltenberg spoke in Oslo. He has led the alliance since October 2014.';
    expect(verdictsOn(led, 'He has led', '2024-05-01')).toContain('supported');
    expect(verdictsOn(led.replace('2014', '2015'), 'He has led', '2024-05-01')).toContain('contradicted');
  });

  it('flags a running tenure told of one who had left (y081)', () => {
    const [v] = verdictsOn(y081, "He's been at the helm since October 1, 2014", '2025-11-03');
    expect(v).toBe('outdated');
  });

  it('contradicts a start a year off (y097) and the mutants of real sentences', () => {
    expect(verdictsOn(y097, 'He officially assumed the position on October 1, 2026', '2026-01-20')).toContain('contradicted');
    expect(verdictsOn(h005.replace('2014', '2015'), 'He has been in the post since', '2019-03-28')).toContain('contradicted');
    expect(verdictsOn(h005.replace('2014', '2013'), 'He has been in the post since', '2019-03-28')).toContain('contradicted');
    expect(verdictsOn(h050, 'She has held this position since', '2024-07-15')).toContain('supported');
    expect(verdictsOn(h050.replace('2021', '2022'), 'She has held this position since', '2024-07-15')).toContain('contradicted');
  });

  it('does not flag when the pronoun may mean someone else, the office is not named, or the tense is of another time', () => {
    // Another person, unknown to the fact base, named between.
    const other =
      'NATO Secretary General Jens Stoltenberg met the alliance’s chief economist, John Smith. He has been in the post since 1 October 2016.';
    expect(isRed(verdictsOn(other, 'He has been in the post', '2019-03-28'))).toBe(false);
    // No office named with the person: "the post" may be any.
    const noOffice = 'Jens Stoltenberg spoke in Oslo. He has been in the post since 1 October 2020.';
    expect(isRed(verdictsOn(noOffice, 'He has been in the post', '2021-03-28'))).toBe(false);
    // "had been": a past narration.
    const past = 'Jens Stoltenberg was NATO Secretary General. He had been at the helm since October 1, 2014.';
    expect(isRed(verdictsOn(past, 'He had been', '2025-11-03'))).toBe(false);
    // A plan told with a modal is not read.
    const plan = 'Mark Rutte is the next Secretary General of NATO. He will assume the position on October 1, 2024.';
    expect(isRed(verdictsOn(plan, 'He will assume', '2024-06-26'))).toBe(false);
    // A second term: a start that fits an earlier tenure of the office is left alone.
    const trump = 'Donald Trump is the President of the United States. He took office on January 20, 2017.';
    expect(isRed(verdictsOn(trump, 'He took office', '2025-06-01'))).toBe(false);
  });
});

describe('"his successor X" and "his predecessor X" turned round (tenure-succession.ts)', () => {
  // Held-out 11 (y098), June 2025.
  const y098 =
    'Trump also suggested that the United States would consider reinstating wider military assistance to Kyiv. In contrast to his successor Joe Biden, who had pledged substantial weapons shipments to Ukraine, Trump has not yet fully resumed that magnitude of support.';
  // pravda.com.ua, 1 October 2024: "Former Dutch Prime Minister Mark Rutte has officially taken over as NATO Secretary General
  // from his predecessor Jens Stoltenberg on Tuesday, 1 October."
  const pravda =
    'Former Dutch Prime Minister Mark Rutte has officially taken over as NATO Secretary General from his predecessor Jens Stoltenberg on Tuesday, 1 October.';
  // nsn.asia, September 2024: "Diplomats behind the scenes said Stoltenberg will leave a bigger and stronger alliance in good shape for his successor Rutte."
  const nsn = 'Diplomats said Jens Stoltenberg will leave a bigger and stronger alliance in good shape for his successor Mark Rutte.';
  // Held-out (h051), May 2021: a president compared with the one before.
  const biden = 'Joe Biden has been more supportive of NATO than his predecessor Donald Trump.';

  it('confirms the word as said', () => {
    expect(verdictsOn(pravda, 'predecessor Jens Stoltenberg', '2024-10-01')).toContain('supported');
    expect(verdictsOn(nsn, 'successor Mark Rutte', '2024-09-30')).toContain('supported');
    expect(verdictsOn(biden, 'predecessor Donald Trump', '2021-05-06')).toContain('supported');
    expect(verdictsOn(biden, 'predecessor Donald Trump', '2025-06-01')).toContain('supported');
  });

  it('contradicts the word turned round', () => {
    expect(verdictsOn(pravda.replace('predecessor', 'successor'), 'successor Jens Stoltenberg', '2024-10-01')).toContain('contradicted');
    // Once the handover is done: before it, "his predecessor" may not be told of a successor yet.
    expect(verdictsOn(nsn.replace('successor', 'predecessor'), 'predecessor Mark Rutte', '2024-10-02')).toContain('contradicted');
    expect(verdictsOn(biden.replace('predecessor', 'successor'), 'successor Donald Trump', '2021-05-06')).toContain('contradicted');
  });

  it('contradicts "his successor" for the one before the term being served (y098)', () => {
    expect(verdictsOn(y098, 'successor Joe Biden', '2025-06-25')).toContain('contradicted');
  });

  it('does not flag a successor still ahead, or a sentence of the earlier term', () => {
    // A handover years after the page is not the one meant: not confirmed either.
    expect(verdictsOn('Joe Biden has been more supportive of NATO than his successor Donald Trump.', 'successor', '2025-06-01')).toContain(
      'supported',
    );
    const hosting = 'Joe Biden is hosting his successor Donald Trump at the White House.';
    expect(isRed(verdictsOn(hosting, 'successor', '2024-11-13'))).toBe(false);
    const firstTerm = 'Donald Trump was defeated in 2020, and his successor Joe Biden has reversed many of his policies.';
    expect(isRed(verdictsOn(firstTerm, 'successor', '2025-06-25'))).toBe(false);
    const blamed = 'Donald Trump met Keir Starmer. His successor Joe Biden had ended the programme in 2021.';
    expect(isRed(verdictsOn(blamed, 'successor', '2025-06-25'))).toBe(false);
    expect(verdictsOn('Donald Trump praised Ukraine. His predecessor Joe Biden is now retired.', 'predecessor', '2025-06-25')).toContain(
      'supported',
    );
  });
});

describe('a start told of a named holder, with the office in apposition or by what they lead (tenure.ts)', () => {
  // Held-out 3 (n038), October 2024; jerseyeveningpost.com (AP), 1 October 2024: "Mr Stoltenberg, Nato’s 13th
  // secretary-general, took over in 2014, the year that “little green men” from Russia infiltrated Ukraine."
  const n038 =
    'Jens Stoltenberg praised Trump. Stoltenberg, NATO’s 13th secretary-general, took office in 2014, the same year Russia annexed Crimea.';
  const ap =
    'Mr Jens Stoltenberg ended a decade in office. Mr Stoltenberg, Nato’s 13th secretary-general, took over in 2014, the year that little green men from Russia infiltrated Ukraine.';
  // Held-out 3 (n040), October 2024; menafn.com (Azernews), 1 October 2024: "He takes over from Norway's Jens
  // Stoltenberg, who has led the alliance since 2014."
  const n040 =
    'Former Prime Minister of the Netherlands Mark Rutte officially became the NATO Secretary General. He will replace Norwegian Jens Stoltenberg, who has led the alliance since 2014.';
  // sarajevotimes.com, 1 October 2024.
  const sarajevo = 'Jens Stoltenberg, who has led NATO since 2014, is stepping down in favor of former Dutch Prime Minister Mark Rutte.';

  it('confirms the start on record', () => {
    expect(verdictsOn(n038, 'took office in 2014', '2024-10-01')).toContain('supported');
    expect(verdictsOn(ap, 'took over in 2014', '2024-10-01')).toContain('supported');
    expect(verdictsOn(n040, 'who has led the alliance since 2014', '2024-10-01')).toContain('supported');
    expect(verdictsOn(sarajevo, 'who has led NATO since 2014', '2024-10-01')).toContain('supported');
  });

  it('contradicts a start a year off', () => {
    expect(verdictsOn(n038.replace('2014', '2013'), 'took office in 2013', '2024-10-01')).toContain('contradicted');
    expect(verdictsOn(ap.replace('2014', '2015'), 'took over in 2015', '2024-10-01')).toContain('contradicted');
    expect(verdictsOn(n040.replace('2014', '2013'), 'who has led the alliance since 2013', '2024-10-01')).toContain('contradicted');
    expect(verdictsOn(sarajevo.replace('2014', '2015'), 'who has led NATO since 2015', '2024-10-01')).toContain('contradicted');
  });

  it('does not flag a start of another office of theirs, a title told as left, or an alliance not said to be NATO', () => {
    const former = 'Mark Rutte, the former Dutch prime minister, took office in 2010.';
    expect(verdictsOn(former, 'took office in 2010', '2024-10-01')).toContain('supported');
    const pm = 'Mark Rutte, the former Dutch prime minister, took over in 2010.';
    expect(isRed(verdictsOn(pm, 'took over', '2024-10-01'))).toBe(false);
    const unnamed = 'He will replace Norwegian Jens Stoltenberg, who has led the alliance since 2013.';
    expect(isRed(verdictsOn(unnamed, 'who has led the alliance', '2024-10-01'))).toBe(false);
  });
});

describe('"since taking office in YEAR" of a named holder (tenure-succession.ts)', () => {
  // Held-out 4 (n063), AP, April 2019.
  const n063 =
    'His remarks came a day after he met with President Donald Trump at the White House. Trump has repeatedly criticized NATO since taking office in 2017 and slammed member nations.';

  it('confirms the start on record and contradicts a year off', () => {
    expect(verdictsOn(n063, 'since taking office in 2017', '2019-04-03')).toContain('supported');
    expect(verdictsOn(n063.replace('2017', '2016'), 'since taking office in 2016', '2019-04-03')).toContain('contradicted');
    expect(verdictsOn(n063.replace('2017', '2018'), 'since taking office in 2018', '2019-04-03')).toContain('contradicted');
  });

  it('does not flag a start of an earlier office, a pronoun, or one who holds no top office on the day', () => {
    const rutte = 'NATO chief Mark Rutte has visited Washington many times since taking office in 2010.';
    expect(isRed(verdictsOn(rutte, 'since taking office', '2025-03-01'))).toBe(false);
    const he = 'Donald Trump spoke. He has criticized NATO since taking office in 2016.';
    expect(isRed(verdictsOn(he, 'since taking office', '2019-04-03'))).toBe(false);
    expect(isRed(verdictsOn(n063.replace('2017', '2016'), 'since taking office', '2023-04-03'))).toBe(false);
  });
});

describe('"he was succeeded by X" and a counted term said not to have begun (tenure-succession.ts, tenure-events.ts)', () => {
  // Held-out 11 (y099), a fact-check page of March 2025 written as of 2023.
  const y099 =
    'As of October 2023, Donald Trump is not serving as President of the United States; he was succeeded by Joe Biden, who took office on January 20, 2021. Trump’s second term has not occurred, as he lost the 2020 presidential election.';

  it('confirms a handover told of "he" and the one named after "by"', () => {
    expect(verdictsOn(y099, 'he was succeeded by Joe Biden', '2025-03-15')).toContain('supported');
    const kuleba = 'Dmytro Kuleba resigned on Wednesday. He was replaced by Andrii Sybiha, a career diplomat.';
    expect(verdictsOn(kuleba, 'He was replaced by Andrii Sybiha', '2024-09-06')).toContain('supported');
    // Never flagged: "he" is a reading.
    expect(isRed(verdictsOn(y099.replace('Joe Biden', 'Barack Obama'), 'he was succeeded by', '2025-03-15'))).toBe(false);
  });

  it('calls a term said not to have begun outdated once it had', () => {
    expect(verdictsOn(y099, 'Trump’s second term has not occurred', '2025-03-15')).toEqual(['outdated']);
    expect(isRed(verdictsOn(y099, 'Trump’s second term has not occurred', '2023-10-15'))).toBe(false);
    const yet = 'Donald Trump won the election. Trump’s second term has yet to begin.';
    expect(isRed(verdictsOn(yet, 'second term', '2024-12-01'))).toBe(false);
    expect(verdictsOn(yet, 'second term', '2025-02-01')).toContain('outdated');
  });
});

describe('"his first NATO summit since beginning his second term" (tenure-succession.ts)', () => {
  // Held-out 11 (y095), June 2025.
  const y095 =
    'Trump is scheduled to arrive in the Netherlands on Tuesday and return to the White House on Wednesday. This will be his first NATO summit since beginning his second term as president.';
  // The Washington summit of July 2024, days after Keir Starmer took office (5 July 2024).
  const starmer = 'Prime Minister Keir Starmer flew to Washington on Tuesday. It is his first NATO summit as prime minister.';

  it('confirms the first summit of the tenure the page tells of', () => {
    const page = `President Donald Trump is heading to The Hague. ${y095}`;
    expect(verdictsOn(page, 'his first NATO summit since beginning his second term', '2025-06-24')).toContain('supported');
    expect(verdictsOn(starmer, 'his first NATO summit as prime minister', '2024-07-09')).toContain('supported');
  });

  it('confirms nothing for another count of terms, another year, or two people who could be meant', () => {
    const page = `President Donald Trump is heading to The Hague. ${y095}`;
    expect(verdictsOn(page.replace('second term', 'third term'), 'his first NATO summit', '2025-06-24')).not.toContain('supported');
    expect(verdictsOn(starmer, 'his first NATO summit', '2025-06-24')).not.toContain('supported');
    const two = 'Keir Starmer met Mark Rutte. It is his first NATO summit as prime minister.';
    expect(isRed(verdictsOn(two, 'his first NATO summit', '2025-06-24'))).toBe(false);
  });
});

describe('"congratulated X on his election victory" (tenure-inauguration.ts)', () => {
  // Held-out 11 (y013), Ukrinform, 9 November 2020.
  const y013 = 'President Volodymyr Zelensky has congratulated Joe Biden on his projected victory in the U.S. presidential election.';
  // tnp.no, November 2016.
  const solberg = 'Prime Minister Erna Solberg congratulates Donald Trump for the election victory.';
  // norwaytoday.info, 21 March 2018: a re-election, the tenure running on.
  const putin = 'Prime Minister Erna Solberg congratulated President Vladimir Putin on his election win in Russia.';

  it('confirms a win that led to a tenure beginning within weeks', () => {
    expect(verdictsOn(y013, 'Joe Biden on his projected victory', '2020-11-09')).toContain('supported');
    expect(verdictsOn(solberg, 'Donald Trump for the election victory', '2016-11-09')).toContain('supported');
  });

  it('confirms nothing, and flags nothing, for a re-election or a win the page is years from', () => {
    expect(verdictsOn(putin, 'on his election win', '2018-03-21')).not.toContain('supported');
    expect(isRed(verdictsOn(putin, 'on his election win', '2018-03-21'))).toBe(false);
    expect(verdictsOn(y013, 'on his projected victory', '2023-05-01')).not.toContain('supported');
    expect(isRed(verdictsOn(y013, 'on his projected victory', '2023-05-01'))).toBe(false);
  });
});

describe('a title left long before, in a sentence of the page’s own days (title.ts)', () => {
  // Real page (ppl11, May 2022) with "former" dropped: the mutant is stale.
  const ppl11 =
    'This came after the European Parliament passed a resolution yesterday calling on German Chancellor Gerhard Schröder and Austrian Foreign Minister Karin Kneissl to resign from Rosneft’s board.';

  it('flags it as outdated when the sentence gives a date of the page’s time', () => {
    const dated = ppl11.replace('yesterday', 'on 19 May 2022');
    expect(verdictsOn(dated, 'German Chancellor Gerhard Schröder', '2022-05-20')).toContain('outdated');
  });

  // Round 29 (held-out 28 kd010, a false alarm): a day word alone ("yesterday", "today") no longer dates the sentence to
  // the page's days for a title left over ten years before: archived releases keep "today" under a later "last updated"
  // date. The mutant with "yesterday" is left unflagged.
  it('leaves it unflagged with a day word alone', () => {
    expect(isRed(verdictsOn(ppl11, 'German Chancellor Gerhard Schröder', '2022-05-20'))).toBe(false);
  });

  it('still confirms a title told of its own time', () => {
    const narrated = 'In 2001, German Chancellor Gerhard Schröder met Vladimir Putin in Berlin.';
    expect(isRed(verdictsOn(narrated, 'German Chancellor Gerhard Schröder', '2022-05-20'))).toBe(false);
    const anniversary = 'Today marks twenty years since German Chancellor Gerhard Schröder opposed the Iraq war.';
    expect(isRed(verdictsOn(anniversary, 'German Chancellor Gerhard Schröder', '2023-02-15'))).toBe(false);
    const former = ppl11.replace('German Chancellor', 'former German Chancellor');
    expect(isRed(verdictsOn(former, 'German Chancellor Gerhard Schröder', '2022-05-20'))).toBe(false);
  });
});

describe('a start a whole term after the record’s start, inside the tenure (tenure.ts)', () => {
  // Audit excerpt, 1 December 2024 (Ukrinform): von der Leyen's second Commission; the record keeps one tenure from 2019.
  const vdl =
    'The new European Council President, Antonio Costa, as well as the entire new European Commission headed by Ursula von der Leyen, officially took office on December 1, 2024.';

  it('does not flag it, and still flags a start a year off', () => {
    expect(isRed(verdictsOn(vdl, 'took office on December 1, 2024', '2024-12-01'))).toBe(false);
    expect(verdictsOn(vdl.replace('2024', '2020'), 'took office on December 1, 2020', '2024-12-01')).toContain('contradicted');
    const h005 = 'Jens Stoltenberg is the Secretary General of NATO. He has been in the post since the 1 October 2015.';
    expect(verdictsOn(h005, 'He has been in the post since', '2019-03-28')).toContain('contradicted');
  });
});
