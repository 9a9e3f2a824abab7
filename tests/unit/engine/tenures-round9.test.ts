// Tenures of the ninth round, from the seventh held-out set's misses: each form on its real sentence,
// on other real sentences of the same kind found by search (sources in comments), with the fact
// changed (flagged where the claim is certain) and with a look-alike true sentence that must not be
// flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const tenureVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('tenure', text, quote, asOf, dateCertain).map((a) => a.verdict);
const titleVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('title', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('a start told with "officially" or "formally" before the verb, and a day without its year (tenure.ts)', () => {
  // Held-out 7 (q044), 3 October 2024.
  const q044 = 'Long-time Dutch Prime Minister Mark Rutte officially took office as NATO Secretary General on 1 October.';

  it('confirms the real sentence and the family’s other phrasings', () => {
    expect(tenureVerdicts(q044, 'officially took office as NATO Secretary General on 1 October', '2024-10-03')).toEqual(['supported']);
    // babel.ua, 1 October 2024.
    const babel =
      'Former Prime Minister of the Netherlands Mark Rutte officially took over the post of Secretary General of NATO on October 1. He replaced Jens Stoltenberg in this position.';
    expect(tenureVerdicts(babel, 'officially took over the post of Secretary General of NATO on October 1', '2024-10-01')).toEqual([
      'supported',
    ]);
    // news.online.ua, 1 October 2024.
    const online =
      'Former Prime Minister of the Netherlands Mark Rutte officially assumed the post of Secretary General of NATO on October 1.';
    expect(tenureVerdicts(online, 'officially assumed the post of Secretary General of NATO on October 1', '2024-10-01')).toEqual([
      'supported',
    ]);
    // "Keir Starmer formally took office as UK prime minister" (tass.com, 5 July 2024), here with its month.
    const formally = 'Labour Party leader Keir Starmer formally took office as UK prime minister in July.';
    expect(tenureVerdicts(formally, 'formally took office as UK prime minister in July', '2024-07-10')).toEqual(['supported']);
  });

  it('contradicts a wrong day or month whatever year was meant, for a single tenure on record', () => {
    const wrongDay = q044.replace('1 October', '1 November');
    expect(tenureVerdicts(wrongDay, 'officially took office as NATO Secretary General on 1 November', '2024-11-03')).toEqual([
      'contradicted',
    ]);
    const wrongMonth = 'Mark Rutte formally took office as NATO Secretary General in September.';
    expect(tenureVerdicts(wrongMonth, 'formally took office as NATO Secretary General in September', '2024-10-03')).toEqual([
      'contradicted',
    ]);
    // The page's date a guess: not flagged.
    expect(isRed(verdictsOn(wrongDay, 'officially took office as NATO Secretary General on 1 November', '2024-11-03', false))).toBe(false);
  });

  it('confirms a day without its year read in a later year, when it is the start of the one such office held', () => {
    // "LONDON, July 5 /TASS/. Keir Starmer formally took office as UK prime minister" (tass.com), read a year on.
    const starmer = 'Keir Starmer became prime minister on 5 July, after Labour won the election.';
    expect(tenureVerdicts(starmer, 'Keir Starmer became prime minister on 5 July', '2025-12-01')).toEqual(['supported']);
    const schoof = 'Dick Schoof took office as Dutch prime minister on 2 July.';
    expect(tenureVerdicts(schoof, 'Dick Schoof took office as Dutch prime minister on 2 July', '2025-12-01')).toEqual(['supported']);
    expect(
      tenureVerdicts(schoof.replace('2 July', '3 July'), 'Dick Schoof took office as Dutch prime minister on 3 July', '2025-12-01'),
    ).toEqual(['contradicted']);
    // Without the country, "prime minister" may be another office: a wrong day is not flagged.
    expect(isRed(verdictsOn(starmer.replace('5 July', '5 June'), 'Keir Starmer became prime minister on 5 June', '2025-12-01'))).toBe(
      false,
    );
  });

  it('leaves a day without its year alone when another tenure of the person may be meant', () => {
    // Trump's two terms both began on 20 January: the right day is confirmed, whichever term.
    const trump = 'Donald Trump formally took office as President of the United States on January 20.';
    expect(tenureVerdicts(trump, 'formally took office as President of the United States on January 20', '2025-02-01')).toEqual([
      'supported',
    ]);
    // A weekday is the article's week, no date of record: never flagged.
    const weekday = 'Former Dutch Prime Minister Mark Rutte officially assumed his role as NATO’s new secretary general on Tuesday.';
    expect(isRed(verdictsOn(weekday, 'officially assumed his role', '2024-10-01'))).toBe(false);
  });
});

describe('"the former president" as the object of a clause whose subject is another president (title-bare.ts)', () => {
  // Held-out 7 (q070), ieltstask.com, 22 November 2025: Trump had been back in office since 20 January.
  const q070 =
    'President Donald Trump has reemerged with a controversial 28-point proposal, reigniting his longstanding criticism of Ukrainian President Volodymyr Zelenskyy. Trump made his intentions clear during a Friday appearance in the Oval Office. Zelenskyy, who has not yet spoken with Trump since the plan was announced earlier in the week, said he anticipates a conversation with the former president soon.';

  it('flags the stale title: the subject cannot be the one he will converse with', () => {
    const [claim] = kindOn('title', q070, 'the former president', '2025-11-22');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toEqual(['us-president', 'donald-trump']);
  });

  it('confirms it between Trump’s terms, and says nothing certain when the sitting subject is the only one left', () => {
    expect(titleVerdicts(q070, 'the former president', '2023-11-22')).toEqual(['supported']);
    // Subject and object swapped: Zelenskyy, in his first term, is the one left; "the former" is
    // then more likely someone the page does not name, so it is not flagged.
    const swapped =
      'President Donald Trump has reemerged with a new proposal, criticising Ukrainian President Volodymyr Zelenskyy. Trump, who has not yet spoken with Zelenskyy since the plan was announced, said he anticipates a conversation with the former president soon.';
    expect(isRed(verdictsOn(swapped, 'the former president', '2025-11-22'))).toBe(false);
    // No other president named in the sentence: nothing is read as certain.
    const alone =
      'President Donald Trump has reemerged with a new proposal, criticising Ukrainian President Volodymyr Zelenskyy. Zelenskyy said he anticipates a conversation with the former president soon.';
    expect(isRed(verdictsOn(alone, 'the former president', '2025-11-22'))).toBe(false);
  });
});

describe('"X, who previously served as TITLE": a tenure said to be over (title-former.ts, title-split.ts)', () => {
  // Held-out 7 (q053), UNN, 22 May 2025.
  const q053 =
    'According to the publication, the Dutch Prime Minister’s comments followed Wednesday’s visit to meet with Rutte, who previously served as head of the Dutch government. Mark Rutte leads NATO.';

  it('confirms the real sentence and its phrasings with the office named in full', () => {
    const named = q053.replace('with Rutte,', 'with Mark Rutte,');
    expect(titleVerdicts(named, 'who previously served as head of the Dutch government', '2025-05-22')).toEqual(['supported']);
    const full = 'Dick Schoof met Mark Rutte, who previously served as prime minister of the Netherlands.';
    expect(titleVerdicts(full, 'who previously served as prime minister of the Netherlands', '2025-05-22')).toEqual(['supported']);
    // "he previously served as the 34th prime minister of Norway" (sentiment-insight.com), "Mr.
    // Stoltenberg was previously Prime Minister of Norway" (nato.int, 1 October 2014): told with a name.
    const once = 'Jens Stoltenberg, who once served as prime minister of Norway, spoke on Monday.';
    expect(titleVerdicts(once, 'who once served as prime minister of Norway', '2022-05-22')).toEqual(['supported']);
  });

  it('contradicts it of a sitting holder in their one tenure', () => {
    const sitting = 'Dick Schoof met Mark Rutte, who previously served as NATO Secretary General.';
    expect(titleVerdicts(sitting, 'who previously served as NATO Secretary General', '2025-05-22')).toEqual(['contradicted']);
    const pm = 'The Dutch leader met Dick Schoof, who previously served as prime minister of the Netherlands.';
    expect(titleVerdicts(pm, 'who previously served as prime minister of the Netherlands', '2025-05-22')).toEqual(['contradicted']);
  });

  it('does not flag a holder back in an office held before, nor "who was" (the time told of)', () => {
    const back = 'Donald Trump, who previously served as President of the United States, met Mark Rutte.';
    expect(isRed(verdictsOn(back, 'who previously served as President of the United States', '2025-05-22'))).toBe(false);
    const was = 'Dick Schoof met Mark Rutte, who was NATO Secretary General.';
    expect(isRed(verdictsOn(was, 'who was NATO Secretary General', '2025-05-22'))).toBe(false);
    // "head of government" is a loose word for a prime minister: it confirms, never flags.
    const loose = 'The Dutch leader met Dick Schoof, who previously served as head of the Dutch government.';
    expect(isRed(verdictsOn(loose, 'who previously served as head of the Dutch government', '2025-05-22'))).toBe(false);
  });
});

describe('"Name, the TITLE-elect": a title about to be taken up, in apposition (title.ts)', () => {
  // Held-out 7 (q012), UPI, 30 November 2020.
  const q012 =
    '"I\'m looking forward to working with him and also with Kamala Harris, the Vice President-elect, and they have both expressed strong support to NATO," Stoltenberg said.';

  it('confirms the real sentence and other phrasings of the kind', () => {
    expect(titleVerdicts(q012, 'Kamala Harris, the Vice President-elect', '2020-11-30')).toEqual(['supported']);
    // "Biden met with Donald Trump, the president-elect, in the Oval Office" (November 2024 reports).
    const trump = 'President Joe Biden met with Donald Trump, the president-elect, in the Oval Office on Wednesday.';
    expect(titleVerdicts(trump, 'Donald Trump, the president-elect', '2024-11-13')).toEqual(['supported']);
    const spaced = 'Allies spoke with Joe Biden, the President elect, on Monday.';
    expect(titleVerdicts(spaced, 'Joe Biden, the President elect', '2020-11-23')).toEqual(['supported']);
  });

  it('never flags it once the holder has taken office (the time a passage tells of is not said)', () => {
    expect(isRed(verdictsOn(q012, 'Kamala Harris, the Vice President-elect', '2021-06-30'))).toBe(false);
    expect(isRed(verdictsOn(q012, 'Kamala Harris, the Vice President-elect', '2020-11-30', false))).toBe(false);
  });
});

describe('a president’s inauguration told with its day or how far off it is (tenure-inauguration.ts)', () => {
  // Held-out 7 (q048), European Pravda, 8 January 2025.
  const q048 =
    'Austin noted that this would be his final visit to Ramstein Air Base as the US secretary of defense, as Donald Trump’s inauguration is in less than two weeks.';

  it('confirms the real sentence and the family’s other phrasings', () => {
    expect(tenureVerdicts(q048, 'Donald Trump’s inauguration is in less than two weeks', '2025-01-08')).toEqual(['supported']);
    // "President-elect Donald Trump's second inauguration is just two days away" (January 2025 reports).
    const away = 'Donald Trump’s second inauguration is just two days away, and excitement is building in Washington.';
    expect(tenureVerdicts(away, 'Donald Trump’s second inauguration is just two days away', '2025-01-18')).toEqual(['supported']);
    // "Trump's inauguration takes place on Monday, 20 January at the US Capitol" (Yahoo News, January 2025).
    const yahoo =
      'President-elect Donald Trump will be sworn in at noon. Trump’s inauguration takes place on Monday, 20 January at the US Capitol.';
    expect(tenureVerdicts(yahoo, 'Trump’s inauguration takes place on Monday, 20 January', '2025-01-10')).toEqual(['supported']);
    // "Demonstrators protest against US President-elect Donald Trump before his inauguration on January 20, 2017" (AFP).
    const since = 'Allies have raised their spending since Donald Trump’s inauguration in January.';
    expect(tenureVerdicts(since, 'Donald Trump’s inauguration in January', '2025-03-08')).toEqual(['supported']);
  });

  it('contradicts a wrong year or a window the page’s date puts before the day', () => {
    expect(tenureVerdicts(q048, 'Donald Trump’s inauguration is in less than two weeks', '2024-12-20')).toEqual(['contradicted']);
    const year = 'The meeting comes ahead of Donald Trump’s inauguration on January 20, 2024.';
    expect(tenureVerdicts(year, 'Donald Trump’s inauguration on January 20, 2024', '2024-01-10')).toEqual(['contradicted']);
    // The page's date a guess: not flagged.
    expect(isRed(verdictsOn(q048, 'Donald Trump’s inauguration is in less than two weeks', '2024-12-20', false))).toBe(false);
  });

  it('leaves alone a day inside a tenure (a later term’s inauguration may be meant) and a loose window', () => {
    const inside = 'The meeting comes ahead of Donald Trump’s inauguration on January 21, 2025.';
    expect(isRed(verdictsOn(inside, 'Donald Trump’s inauguration on January 21, 2025', '2025-01-10'))).toBe(false);
    // Putin's record runs on through his re-inaugurations: "Putin’s inauguration on May 7, 2024" is not flagged.
    const putin = 'The sanctions came after Vladimir Putin’s inauguration on May 7, 2024.';
    expect(isRed(verdictsOn(putin, 'Vladimir Putin’s inauguration on May 7, 2024', '2024-06-01'))).toBe(false);
    // A day that belongs to other words after "inauguration": not read.
    const fund = 'Donald Trump’s inauguration fund raised record sums in December 2024.';
    expect(tenureVerdicts(fund, 'Donald Trump’s inauguration', '2025-01-10')).toEqual([]);
    // "is two weeks" alone is no window.
    const bare = 'Donald Trump’s inauguration is two weeks of festivities.';
    expect(tenureVerdicts(bare, 'Donald Trump’s inauguration', '2024-12-20')).toEqual([]);
  });
});

describe('a government named after its head: "the government of Mark Rutte", "Rutte’s government is now" (tenure-government.ts)', () => {
  // Held-out 7 (q033), European Pravda, 25 August 2023.
  const q033 =
    'More precisely, this support came from the government of Mark Rutte, who notably demonstrated a pro-Ukrainian stance.\n\nHowever, Rutte’s government is now stepping down with the new elections in the autumn.';

  it('confirms the real sentences and the family’s other phrasings', () => {
    expect(tenureVerdicts(q033, 'the government of Mark Rutte', '2023-08-25')).toEqual(['supported']);
    expect(tenureVerdicts(q033, 'Rutte’s government is now stepping down', '2023-08-25')).toEqual(['supported']);
    // "But now the government of Mark Rutte ... fell after exhausting and inconclusive negotiations" (breakinglatest.news, 7 July 2023).
    const fell = 'But now the government of Mark Rutte fell after exhausting and inconclusive negotiations on migration.';
    expect(tenureVerdicts(fell, 'the government of Mark Rutte', '2023-07-07')).toEqual(['supported']);
    // "Hungarian citizens have elected the Orbán government with a two-thirds majority" (hungarytoday.hu),
    // here with the name as a page gives it in full (a lone "Orbán" the page does not resolve says nothing).
    const the = 'Hungarian citizens have elected the Viktor Orbán government with a two-thirds majority.';
    expect(tenureVerdicts(the, 'the Viktor Orbán government', '2019-03-01')).toEqual(['supported']);
    const cabinet = 'Viktor Orbán’s cabinet approved the bill on Tuesday.';
    expect(tenureVerdicts(cabinet, 'Viktor Orbán’s cabinet', '2019-03-01')).toEqual(['supported']);
  });

  it('flags the present one of a head who had left long before', () => {
    expect(tenureVerdicts(q033, 'Rutte’s government is now stepping down', '2025-08-25')).toEqual(['outdated']);
    const current = 'Mark Rutte spoke on Monday. Critics of the current government of Mark Rutte gathered in The Hague.';
    expect(tenureVerdicts(current, 'the current government of Mark Rutte', '2025-08-25')).toEqual(['outdated']);
    expect(isRed(verdictsOn(q033, 'Rutte’s government is now stepping down', '2025-08-25', false))).toBe(false);
  });

  it('says nothing of a government told of its own time, or within weeks of a handover', () => {
    const past = 'Mark Rutte led the Dutch cabinet until 2024. The Rutte government sent F-16s to Ukraine.';
    expect(isRed(verdictsOn(past, 'The Rutte government', '2025-08-25'))).toBe(false);
    expect(isRed(verdictsOn(q033, 'the government of Mark Rutte', '2025-08-25'))).toBe(false);
    // Words of its end after "now" are true after it: "Rutte's government is now history".
    const history = 'Mark Rutte spoke on Monday. Rutte’s government is now history, and Dick Schoof leads the cabinet.';
    expect(isRed(verdictsOn(history, 'Rutte’s government is now history', '2025-08-25'))).toBe(false);
    const replaced = 'Mark Rutte spoke on Monday. Rutte’s government has now been replaced by the Schoof cabinet.';
    expect(isRed(verdictsOn(replaced, 'Rutte’s government has now been replaced', '2025-08-25'))).toBe(false);
    // Rutte left on 2 July 2024: a month later the caretaker days are too near to flag.
    expect(isRed(verdictsOn(q033, 'Rutte’s government is now stepping down', '2024-08-01'))).toBe(false);
  });
});

describe('a mandate extended to a day: "extending his tenure until October 1, 2024" (tenure-extension.ts)', () => {
  // Held-out 7 (q040), 15 June 2024.
  const q040 =
    'On July 4th, 2022, Jens Stoltenberg was confirmed to receive a fourth extension of his mandate as NATO Secretary General, extending his tenure until October 1, 2024.';

  it('confirms the real sentence and the family’s other phrasings', () => {
    expect(tenureVerdicts(q040, 'extending his tenure until October 1, 2024', '2024-06-15')).toEqual(['supported']);
    // canindia.com, 5 July 2023.
    const canindia =
      'NATO Allies have agreed to extend the mandate of Secretary General Jens Stoltenberg by a further year, until 1 October 2024.';
    expect(
      tenureVerdicts(
        canindia,
        'extend the mandate of Secretary General Jens Stoltenberg by a further year, until 1 October 2024',
        '2023-07-05',
      ),
    ).toEqual(['supported']);
    // firstpost.com, 4 July 2023 (Stoltenberg's tweet).
    const tweet =
      'Jens Stoltenberg tweeted: Honoured by NATO Allies’ decision to extend my term as Secretary General until 1 October 2024.';
    expect(tenureVerdicts(tweet, 'extend my term as Secretary General until 1 October 2024', '2023-07-04')).toEqual(['supported']);
    // cumhuriyetdaily.com: "NATO allies agree to extend Secretary General Jens Stoltenberg's term until October 2024".
    const agree = 'NATO allies agree to extend Secretary General Jens Stoltenberg’s term until October 2024.';
    expect(tenureVerdicts(agree, 'Jens Stoltenberg’s term until October 2024', '2023-07-04')).toEqual(['supported']);
  });

  it('never flags an extension overtaken by a later one, nor a wrong end (the decisions are not on record)', () => {
    // Held-out 5 (h004), 28 March 2019: true then, overtaken by the extensions of 2022 and 2023.
    const h004 =
      'Jens Stoltenberg will stay on as NATO Secretary-General. His period as Secretary-General thus extends until September 2022.';
    expect(isRed(verdictsOn(h004, 'extends until September 2022', '2019-03-28'))).toBe(false);
    expect(isRed(verdictsOn(q040.replace('October 1, 2024', 'October 1, 2025'), 'extending his tenure', '2024-06-15'))).toBe(false);
  });
});

describe('a title with its years in brackets and no name beside it (tenure-span.ts)', () => {
  // Held-out 7 (q062), a profile page of 19 July 2025 headed with the name.
  const q062 =
    'Jens Stoltenberg\n\nSecretary General of NATO\nFORMER\n\nFormer NATO Secretary General (2014-2024) who led alliance expansion during Ukraine war, now Norway’s Finance Minister';

  it('confirms it of the one holder of those years the page names', () => {
    expect(tenureVerdicts(q062, 'Former NATO Secretary General (2014-2024)', '2025-07-19')).toEqual(['supported']);
    // "Prime Minister of Norway (2005–2013)", as profile pages list a career, here without "of Norway".
    const career = 'Jens Stoltenberg\n\nNorwegian Prime Minister (2005-2013) and NATO Secretary General (2014-2024).';
    expect(tenureVerdicts(career, 'Norwegian Prime Minister (2005-2013)', '2025-07-19')).toEqual(['supported']);
    expect(tenureVerdicts(career, 'NATO Secretary General (2014-2024)', '2025-07-19')).toEqual(['supported']);
  });

  it('contradicts years that are no holder’s and far from the named person’s', () => {
    const wrong = q062.replace('(2014-2024)', '(2012-2024)');
    expect(tenureVerdicts(wrong, 'Former NATO Secretary General (2012-2024)', '2025-07-19')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(wrong, 'Former NATO Secretary General (2012-2024)', '2025-07-19', false))).toBe(false);
  });

  it('leaves alone years a year off near the turn of the year, another holder’s years, and a title beside a name', () => {
    // Round 40 (held-out 38 ry003): a year off far from the turn of the year is wrong (Stoltenberg took office in October
    // 2014), and flagged on the bracket; one off by weeks (Biden, in office from 20 January 2021) is loose.
    expect(verdictsOn(q062.replace('(2014-2024)', '(2013-2024)'), '(2013-2024)', '2025-07-19')).toContain('contradicted');
    expect(
      isRed(
        verdictsOn(
          'Joe Biden\n\nFormer US President (2020-2024) who led the response to the invasion.',
          'US President (2020-2024)',
          '2025-07-19',
        ),
      ),
    ).toBe(false);
    // Rasmussen's years, said of him, unnamed, on a page about Stoltenberg: not read as Stoltenberg's.
    const other = 'Jens Stoltenberg\n\nHe succeeded the former NATO Secretary General (2009-2014) in October 2014.';
    expect(isRed(verdictsOn(other, 'NATO Secretary General (2009-2014)', '2025-07-19'))).toBe(false);
    const beside = 'Former NATO Secretary General (2009-2014) Anders Fogh Rasmussen spoke.';
    expect(isRed(verdictsOn(beside, 'NATO Secretary General (2009-2014)', '2025-07-19'))).toBe(false);
  });
});

describe('a start told of someone named just before, by a pronoun or a description (tenure-pronoun.ts)', () => {
  // Held-out 7 (q035), Le Monde via JRL, 15 January 2024: "the young major general was appointed head
  // of the GUR … in 2020" (the fact base has no "head of the GUR" yet; here with the office's own words).
  const q035 =
    'Kyrylo Budanov, 38, is head of the Ukrainian military intelligence service (GUR). Wounded several times in covert operations, the young major general was appointed head of military intelligence in 2020.';

  it('confirms the start when the one person named began a tenure of the office then', () => {
    expect(tenureVerdicts(q035, 'the young major general was appointed head of military intelligence in 2020', '2024-01-15')).toEqual([
      'supported',
    ]);
    // "He was previously Prime Minister of Norway" (nato.int) and "he previously served as the 34th
    // prime minister of Norway" (sentiment-insight.com) tell a career by a pronoun; here its start.
    const he = 'Mark Rutte spoke in The Hague. He became prime minister of the Netherlands in 2010.';
    expect(tenureVerdicts(he, 'He became prime minister of the Netherlands in 2010', '2024-01-15')).toEqual(['supported']);
    const later = 'Jens Stoltenberg spoke in Oslo. He later became NATO Secretary General in October 2014.';
    expect(tenureVerdicts(later, 'He later became NATO Secretary General in October 2014', '2020-01-15')).toEqual(['supported']);
  });

  it('never flags a wrong year (who is meant is a reading), and needs the office named', () => {
    expect(isRed(verdictsOn(q035.replace('in 2020', 'in 2018'), 'was appointed head of military intelligence in 2018', '2024-01-15'))).toBe(
      false,
    );
    expect(tenureVerdicts(q035.replace('in 2020', 'in 2018'), 'was appointed head of military intelligence in 2018', '2024-01-15')).toEqual(
      [],
    );
    const father = 'Mark Rutte spoke in The Hague. He became a member of parliament in 2003.';
    expect(tenureVerdicts(father, 'He became a member of parliament in 2003', '2024-01-15')).toEqual([]);
  });
});

describe('"then-Secretary Lloyd Austin": a bare title word with "then" before a full name (title-short.ts)', () => {
  // Held-out 7 (q054), The Gaze, 4 June 2025.
  const q054 =
    'The monthly Ukraine Defense Contact Group, launched by then-Secretary Lloyd Austin in response to Russia’s full-scale invasion, has served as a vital platform for military coordination.';

  it('confirms the one secretary’s office the person held before the date', () => {
    expect(titleVerdicts(q054, 'then-Secretary Lloyd Austin', '2025-06-04')).toEqual(['supported']);
    // "then-Minister Dmytro Kuleba", as Ukrainian outlets write it of a former foreign minister.
    const minister = 'The agreement was signed by then-Minister Dmytro Kuleba in Kyiv.';
    expect(titleVerdicts(minister, 'then-Minister Dmytro Kuleba', '2025-06-04')).toEqual(['supported']);
  });

  it('never flags it (which ministry is not said), and leaves a word that makes another title alone', () => {
    expect(isRed(verdictsOn(q054, 'then-Secretary Lloyd Austin', '2020-06-04'))).toBe(false);
    const press = 'The briefing was given by then-Press Secretary Karine Jean-Pierre.';
    // The whole title is title.ts's ("Press Secretary"), not a bare "Secretary".
    expect(kindOn('title', press, 'Karine Jean-Pierre', '2025-06-04').map((a) => a.quote)).toEqual([
      'then-Press Secretary Karine Jean-Pierre',
    ]);
  });
});

describe('"X, now TITLE," and "X, who is now TITLE": the office held on the day (title-former.ts)', () => {
  // Held-out 7 (q062): "Former NATO Secretary General (2014-2024) ..., now Norway's Finance Minister",
  // here with the name the page heads it with.
  const named = 'Jens Stoltenberg, now Norway’s finance minister, said on Monday that NATO was strong.';

  it('confirms the office held on the day, in the family’s phrasings', () => {
    expect(titleVerdicts(named, 'Jens Stoltenberg, now Norway’s finance minister', '2025-07-19')).toEqual(['supported']);
    const who = 'Kaja Kallas, who is now the EU’s top diplomat, spoke in Brussels.';
    expect(titleVerdicts(who, 'Kaja Kallas, who is now the EU’s top diplomat', '2025-07-19')).toEqual(['supported']);
    // A past year told before it does not move "now" ("In 2014, Mark Rutte, now NATO Secretary General, met ...").
    const past = 'In 2014, Mark Rutte, now NATO Secretary General, met Vladimir Putin in Milan.';
    expect(titleVerdicts(past, 'Mark Rutte, now NATO Secretary General', '2025-07-19')).toEqual(['supported']);
  });

  it('flags an office the person had left, and reads nothing with "former"', () => {
    const stale = 'Jens Stoltenberg, now NATO Secretary General, said on Monday that NATO was strong.';
    expect(titleVerdicts(stale, 'Jens Stoltenberg, now NATO Secretary General', '2025-07-19')).toEqual(['outdated']);
    expect(isRed(verdictsOn(stale, 'Jens Stoltenberg, now NATO Secretary General', '2025-07-19', false))).toBe(false);
    const former = 'Jens Stoltenberg, now the former NATO Secretary General, spoke.';
    expect(isRed(verdictsOn(former, 'now the former NATO Secretary General', '2025-07-19'))).toBe(false);
  });
});

describe('"will step down as ... and remain caretaker prime minister until": the holder stays (title-short.ts)', () => {
  // Held-out 7 (q078), 22 June 2026.
  const q078 =
    'As of 2026-06-22 17:31 UTC, Keir Starmer has said he will step down as leader of the governing Labour Party and remain caretaker prime minister until Labour chooses a successor.';

  it('confirms the office held on the day, in the family’s phrasings', () => {
    expect(titleVerdicts(q078, 'remain caretaker prime minister until', '2026-06-22')).toEqual(['supported']);
    // fyrewurks.com, 7 July 2022.
    const johnson = 'Boris Johnson agrees to step down and remain UK Prime Minister until a new leader is elected.';
    expect(titleVerdicts(johnson, 'agrees to step down and remain UK Prime Minister until', '2022-07-07')).toEqual(['supported']);
    // wnem.com, 24 May 2019.
    const may =
      'Theresa May says she will step down as Conservative Party leader on June 7. She will stay as caretaker prime minister until the new leader is chosen.';
    expect(titleVerdicts(may, 'She will stay as caretaker prime minister until', '2019-05-24')).toEqual(['supported']);
  });

  it('never flags it: whom "he" means and which office is a reading', () => {
    expect(isRed(verdictsOn(q078, 'remain caretaker prime minister until', '2027-06-22'))).toBe(false);
    expect(isRed(verdictsOn(q078, 'remain caretaker prime minister until', '2024-01-10'))).toBe(false);
  });
});

describe('"former TITLE and current ... NAME": the past title joined to the one beside the name (title-former.ts)', () => {
  // errors.jsonl (e006), 14 August 2025.
  const e006 =
    'In an interview with POLITICO, former NATO Secretary General and current Norwegian diplomat Jens Stoltenberg shared that the discussion also covered tariffs.';

  it('confirms the past title, in the family’s phrasings', () => {
    expect(titleVerdicts(e006, 'former NATO Secretary General', '2025-08-14')).toEqual(['supported']);
    const rutte = 'Former Dutch Prime Minister and current NATO Secretary General Mark Rutte spoke in The Hague.';
    expect(titleVerdicts(rutte, 'Former Dutch Prime Minister', '2025-08-14')).toEqual(['supported']);
    const chief = 'Former NATO chief and current Norwegian finance minister Jens Stoltenberg spoke in Oslo.';
    expect(titleVerdicts(chief, 'Former NATO chief', '2025-08-14')).toEqual(['supported']);
  });

  it('contradicts it of a sitting holder', () => {
    expect(titleVerdicts(e006, 'former NATO Secretary General', '2023-08-14')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(e006, 'former NATO Secretary General', '2023-08-14', false))).toBe(false);
  });

  it('reads nothing when the words join the title to someone else, or within weeks of the handover', () => {
    const other = 'The former Ukrainian President and current opposition leader meets President Volodymyr Zelensky in Kyiv.';
    expect(isRed(verdictsOn(other, 'former Ukrainian President', '2025-08-14'))).toBe(false);
    expect(isRed(verdictsOn(e006, 'former NATO Secretary General', '2024-10-10'))).toBe(false);
  });
});
