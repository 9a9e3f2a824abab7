// Titles, round 46 (the classes behind held-out 44's title misses, each in several wordings, with the true look-alikes
// that must stay unflagged):
// - a tenure told in a participle or by a pronoun, with a title of no country: "Serving as Prime Minister since 2010, he
//   is ...", "He has served as Prime Minister since 2010" (held-out 44 um001; tenure-pronoun-office.ts);
// - a title described after the name by a participle of the present ("Rutte, being the leader of the Netherlands, has",
//   held-out 44 uq004; "X, serving as TITLE,") or as held before ("who used to be", "who was once", held-out 44 uo001)
//   (title.ts's LEAD_TAIL, title-of.ts);
// - a rank word that changes the office, its holder on record that day and the person in another office of the same
//   country ("U.S. Deputy Secretary of State Victoria Nuland", January 2022, held-out 44 un002; title.ts
//   rankHeldByAnother).
import { describe, expect, it } from 'vitest';
import { kindOn, redQuotes } from './helpers';
import type { Annotation } from '../../../src/engine/types';

const verdicts = (kind: Annotation['kind'], text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);

describe('a tenure told by a participle opening the sentence or by a pronoun, the title of no country (tenure-pronoun-office.ts)', () => {
  // held-out 44 um001 (https://arrived-now.com/politics/mark-rutte-a-legacy-of-leadership-and-dutch-politics, 20 January 2026).
  const um001 =
    'Mark Rutte has become a household name, not just in the Netherlands, but across Europe. Serving as Prime Minister since 2010, he is the longest-serving Prime Minister in Dutch history.';
  it('flags a tenure told as still running after it ended', () => {
    expect(verdicts('tenure', um001, 'Serving as Prime Minister since 2010', '2026-01-20')).toEqual(['outdated']);
    const t1 = 'Mark Rutte has become a household name across Europe. He has served as Prime Minister since 2010.';
    expect(verdicts('tenure', t1, 'He has served as Prime Minister since 2010', '2026-01-20')).toEqual(['outdated']);
    const t2 = 'Mark Rutte is a pragmatic liberal. Having served as prime minister since 2010, he remains a fixture of European summits.';
    expect(verdicts('tenure', t2, 'Having served as prime minister since 2010', '2026-01-20')).toEqual(['outdated']);
    const t3 = 'Andrzej Duda is a lawyer from Krakow. Serving as President since 2015, he is a close ally of the United States.';
    expect(verdicts('tenure', t3, 'Serving as President since 2015', '2026-01-20')).toEqual(['outdated']);
  });
  it('confirms it while it runs, and leaves a narrated past, a closed span and two candidates alone', () => {
    // The same page in 2019.
    expect(verdicts('tenure', um001, 'Serving as Prime Minister since 2010', '2019-05-20')).toEqual(['supported']);
    // "Netanyahu, 69, has been serving as prime minister of Israel since March 31, 2009" (news.am, 20 July 2019): the
    // name itself, not the pronoun; nothing red.
    expect(redQuotes('Mark Rutte is Dutch. He has served as Prime Minister since 2010.', '2016-01-20')).toEqual([]);
    // The main verb in the past narrates the time of the tenure.
    const past = 'Mark Rutte is a pragmatic liberal. Serving as prime minister since 2010, he led the country through the euro crisis.';
    expect(redQuotes(past, '2026-01-20')).toEqual([]);
    // The tenure told with its end.
    const closed = 'Mark Rutte, who served as prime minister from 2010 to 2024, now leads NATO.';
    expect(redQuotes(closed, '2026-01-20')).toEqual([]);
    // Two people named who both became prime minister in 2010: whom "he" means is not read.
    const two = 'Mark Rutte and David Cameron met in The Hague. He has served as Prime Minister since 2010.';
    expect(redQuotes(two, '2026-01-20')).toEqual([]);
    // The last person named is someone else than the one who fits: not read.
    const other = 'Mark Rutte spoke first. Then Dick Schoof replied. He has served as Prime Minister since 2010.';
    expect(redQuotes(other, '2026-01-20')).toEqual([]);
  });
});

describe('a title after the name, with a participle of the present or as held before (title.ts LEAD_TAIL, title-of.ts)', () => {
  it('flags a stale title told with "being" or "serving as"', () => {
    // held-out 44 uq004 (https://manadadesaberes.com/blog/mark-rutte-meets-trump-in, 23 November 2024).
    const uq004 =
      'Big news in international politics as Mark Rutte recently had a sit-down with President-elect Donald Trump down in Florida. Rutte, being the leader of the Netherlands, has a key role in European politics.';
    expect(verdicts('title', uq004, 'Rutte, being the leader of the Netherlands', '2024-11-23')).toEqual(['outdated']);
    const t1 = 'Mark Rutte met Trump. Rutte, being the Prime Minister of the Netherlands, has a key role.';
    expect(verdicts('title', t1, 'Rutte, being the Prime Minister of the Netherlands', '2024-11-23')).toEqual(['outdated']);
    const t2 = 'Mark Rutte, serving as the Dutch prime minister, has a key role in European politics.';
    expect(verdicts('title', t2, 'Mark Rutte, serving as the Dutch prime minister', '2024-11-23')).toEqual(['outdated']);
    const t3 = 'Mark Rutte, being the Dutch prime minister, has a key role in European politics.';
    expect(verdicts('title', t3, 'Mark Rutte, being the Dutch prime minister', '2025-03-01')).toEqual(['outdated']);
  });
  it('confirms it in office, and "being the former" after it', () => {
    const t1 = 'Mark Rutte, being the leader of the Netherlands, has a key role in European politics.';
    expect(verdicts('title', t1, 'Mark Rutte, being the leader of the Netherlands', '2022-05-23')).toEqual(['supported']);
    const t2 = 'Mark Rutte, being the former Dutch prime minister, has a key role.';
    expect(verdicts('title', t2, 'Mark Rutte, being the former Dutch prime minister', '2024-11-23')).toEqual(['supported']);
    const t3 = "Jens Stoltenberg, serving as Norway's finance minister, said the fund would stay out of it.";
    expect(redQuotes(t3, '2026-01-10')).toEqual([]);
    // "acting as" is not read: an acting holder is a holder, and anyone may act as an adviser.
    expect(redQuotes('Marco Rubio, acting as national security adviser, said.', '2025-06-10')).toEqual([]);
  });
  it('flags "who used to be", "who was once" for a sitting holder', () => {
    // held-out 44 uo001 (https://www.catamist.com/articles/zelensky-and-putin-could-chat-like-two-cats-sharing-a-sunbeam,
    // 18 August 2025), with the name linked.
    const uo001 =
      'While President Zelensky was there, something interesting happened. Someone named Trump, who used to be the President, called President Putin.';
    expect(verdicts('title', uo001, 'Trump, who used to be the President', '2025-08-18')).toEqual(['contradicted']);
    const t1 = 'Trump, who used to be the President, called President Putin.';
    expect(verdicts('title', t1, 'Trump, who used to be the President', '2025-08-18')).toEqual(['contradicted']);
    const t2 = 'Donald Trump, who was once the U.S. president, called Putin.';
    expect(verdicts('title', t2, 'Donald Trump, who was once the U.S. president', '2025-08-18')).toEqual(['contradicted']);
  });
  it('confirms it for a former holder', () => {
    const t1 = 'Donald Trump, who used to be the president, called Putin.';
    expect(verdicts('title', t1, 'Donald Trump, who used to be the president', '2023-06-18')).toEqual(['supported']);
    const t0 = 'Someone named Trump, who used to be the President, called.';
    expect(verdicts('title', t0, 'Trump, who used to be the President', '2023-08-18')).toEqual(['supported']);
    const t2 = 'Joe Biden, who used to be the president, spoke in Delaware.';
    expect(verdicts('title', t2, 'Joe Biden, who used to be the president', '2025-08-18')).toEqual(['supported']);
    const t3 = 'Mark Rutte, who was once the Dutch prime minister, now leads NATO.';
    expect(verdicts('title', t3, 'Mark Rutte, who was once the Dutch prime minister', '2025-08-18')).toEqual(['supported']);
  });
});

describe('a rank word that changes the office: its holder on record that day, the person in another office (title.ts)', () => {
  it('flags the deputy secretary title given to the under secretary', () => {
    // held-out 44 un002 (https://en.interfax.com.ua/news/general/794589.html, 28 January 2022).
    const un002 =
      'The United States will one way or another stop the Nord Stream 2 if Russia attacks Ukraine, U.S. Deputy Secretary of State Victoria Nuland said on Thursday.';
    expect(verdicts('title', un002, 'U.S. Deputy Secretary of State Victoria Nuland', '2022-01-28')).toEqual(['contradicted']);
    // waradana.com (October 2021): "The U.S. State Department announced that Deputy Secretary of State Victoria Nuland will
    // meet with senior Russian officials in Moscow on October 11."
    const t1 =
      'The U.S. State Department announced that Deputy Secretary of State Victoria Nuland will meet with senior Russian officials in Moscow on October 11.';
    expect(verdicts('title', t1, 'Deputy Secretary of State Victoria Nuland', '2021-10-09')).toEqual(['contradicted']);
    // chernayakobra.ru (19 September 2021): "US Deputy Secretary of State Victoria Nuland may come to Moscow".
    const t2 = 'US Deputy Secretary of State Victoria Nuland may come to Moscow, but so far even an approximate date cannot be given.';
    expect(verdicts('title', t2, 'US Deputy Secretary of State Victoria Nuland', '2021-09-19')).toEqual(['contradicted']);
    const t3 = 'Victoria Nuland, the U.S. deputy secretary of state, said on Thursday that the pipeline would not move forward.';
    expect(verdicts('title', t3, 'Victoria Nuland, the U.S. deputy secretary of state', '2022-01-28')).toEqual(['contradicted']);
  });
  it('confirms the real holders and ranks, and leaves her acting months and the days before them unflagged', () => {
    // Reuters via National Post (10 January 2022).
    const t1 =
      'U.S. Deputy Secretary of State Wendy Sherman on Monday said that the United States was firm in pushing back on security proposals that are non-starters.';
    expect(verdicts('title', t1, 'U.S. Deputy Secretary of State Wendy Sherman', '2022-01-10')).toEqual(['supported']);
    // RFE/RL (11 October 2021) and news.az (9 October 2021).
    const t2 = 'U.S. Under Secretary of State Victoria Nuland arrived in Moscow on October 11 for two days of talks.';
    expect(verdicts('title', t2, 'U.S. Under Secretary of State Victoria Nuland', '2021-10-11')).toEqual(['supported']);
    const t3 = 'US Under Secretary of State for Political Affairs Victoria Nuland will travel to Moscow on October 11.';
    expect(verdicts('title', t3, 'US Under Secretary of State for Political Affairs Victoria Nuland', '2021-10-09')).toEqual(['supported']);
    const t4 = 'Under Secretary Victoria Nuland said on Thursday.';
    expect(verdicts('title', t4, 'Under Secretary Victoria Nuland', '2022-01-28')).toEqual(['supported']);
    // In her acting months, and days before them (she may be named ahead).
    expect(redQuotes('Deputy Secretary of State Victoria Nuland arrived in Kyiv.', '2023-09-10')).toEqual([]);
    expect(redQuotes('Deputy Secretary of State Victoria Nuland arrived in Kyiv.', '2023-07-10')).toEqual([]);
    // State Department (January 2022): another under secretary the record does not keep is not judged.
    const t5 =
      'She will be joined by Under Secretary for Arms Control and International Security Bonnie Jenkins and Deputy Assistant Secretary of State Chris Robinson.';
    expect(redQuotes(t5, '2022-01-08')).toEqual([]);
    // A Ukrainian deputy prime minister in office.
    expect(redQuotes('Deputy Prime Minister Mykhailo Fedorov said the drones were ready.', '2025-11-10')).toEqual([]);
  });
});

describe('a plural title of one country over two portfolios, two names in order (title-plural.ts)', () => {
  it('confirms each name in its portfolio, in either order', () => {
    // held-out 44 uj021 (26 March 2022).
    const uj021 = 'Ukrainian Ministers of Defense and Foreign Affairs Oleksiy Reznikov and Dmytro Kuleba met their NATO counterparts.';
    expect(verdicts('title', uj021, 'Oleksiy Reznikov', '2022-03-26')).toEqual(['supported']);
    expect(verdicts('title', uj021, 'Dmytro Kuleba', '2022-03-26')).toEqual(['supported']);
    const t1 = "Ukraine's Ministers of Foreign Affairs and Defence Dmytro Kuleba and Oleksii Reznikov met the allies.";
    expect(verdicts('title', t1, 'Dmytro Kuleba', '2022-03-26')).toEqual(['supported']);
    expect(verdicts('title', t1, 'Oleksii Reznikov', '2022-03-26')).toEqual(['supported']);
  });
  it('never flags: a plural may name past holders', () => {
    const t1 = 'Ukrainian Ministers of Defense and Foreign Affairs Oleksiy Reznikov and Dmytro Kuleba met the allies.';
    expect(redQuotes(t1, '2024-10-26')).toEqual([]);
    expect(verdicts('title', t1, 'Dmytro Kuleba', '2024-10-26')).toEqual(['context']);
  });
});

describe('a title told with its holder ousted, days after the handover (title-leaving.ts)', () => {
  it('confirms the title the holder is told to lose', () => {
    // held-out 44 uj022 (15 May 2024, the day after Andrei Belousov took over).
    const uj022 = 'As Putin assumes his fifth presidential term, the ouster of longtime Defense Minister Sergei Shoigu surprised many.';
    expect(verdicts('title', uj022, 'Defense Minister Sergei Shoigu', '2024-05-15')).toEqual(['supported']);
    const t1 = 'Putin replaced Defence Minister Sergei Shoigu with an economist.';
    expect(verdicts('title', t1, 'Defence Minister Sergei Shoigu', '2024-05-15')).toEqual(['supported']);
  });
  it('leaves the stale title told as current in those days as context', () => {
    const t1 = 'Defense Minister Sergei Shoigu said on Tuesday that the offensive was going well.';
    expect(verdicts('title', t1, 'Defense Minister Sergei Shoigu', '2024-05-15')).toEqual(['context']);
  });
});

describe("a deputy called by the principal's bare title, the rank word dropped (title.ts deputyCalledPrincipal)", () => {
  it('flags the bare title when the deputy office held that day names the one body', () => {
    // held-out 37 rl003 (https://voz.us/argentina-formally-requests-to-join-nato-as-a-global-partner/?lang=en, 18 April 2024).
    // "the organization's" before the title is title-body-possessive.ts's (lead, round 46): flagged where the page names
    // NATO, quiet where it names none (titles-round39.test.ts), and not withheld on a page with old years (withhold-round41).
    const rl003 = "Argentina's Defense Minister Luis Petri met the organization's Secretary General Mircea Geoana in Brussels.";
    expect(verdicts('title', rl003, 'Secretary General Mircea Geoana', '2024-04-18')).toEqual([]);
    const withNato = 'Argentina asked to join NATO as a global partner. ' + rl003;
    expect(redQuotes(withNato, '2024-04-18')).toEqual(["the organization's Secretary General Mircea Geoana"]);
    const t1 = 'NATO chief Jens Stoltenberg met Secretary General Mircea Geoana.';
    expect(verdicts('title', t1, 'Secretary General Mircea Geoana', '2024-04-18')).toEqual(['contradicted']);
  });
  it('leaves the deputy titles, their short forms and other days unflagged', () => {
    // MercoPress (18 April 2024), AP (via i24news, 19 April 2024), teleSUR (19 April 2024).
    const t1 =
      "Petri delivered the letter at the alliance's headquarters in Brussels where he met with Deputy Secretary-General Mircea Geoana.";
    expect(verdicts('title', t1, 'Deputy Secretary-General Mircea Geoana', '2024-04-18')).toEqual(['supported']);
    const t2 =
      'The request came as NATO’s Deputy General Secretary Mircea Geoana held talks in Brussels with visiting Argentine Defense Minister Luis Petri.';
    expect(redQuotes(t2, '2024-04-18')).toEqual([]);
    expect(redQuotes('He said after a meeting with NATO Deputy Secretary Mircea Geoana.', '2024-04-19')).toEqual([]);
    // Before and after his time as deputy: no body is named, nothing is said.
    expect(redQuotes('Secretary General Mircea Geoana said.', '2019-05-10')).toEqual([]);
    expect(redQuotes('Secretary General Mircea Geoana said.', '2025-05-10')).toEqual([]);
    // "Acting": the deputy stands in for the principal.
    expect(redQuotes('Acting Secretary General Mircea Geoana said.', '2024-04-18')).toEqual([]);
  });
});
