// Titles, round 44 (the classes behind held-out 42's title misses, each in several wordings, with the true look-alikes
// that must stay unflagged):
// - "French leader Emmanuel Macron", "Finnish leader Alexander Stubb": the loose "leader" of a country whose fact base
//   keeps the word for its prime minister, said of its head of state that day (title.ts headOfficeLed; held-out 42 tt002);
// - "his successor, President Joe Biden": the relative's own title between "successor"/"predecessor" and the name
//   (tenure-succession.ts; held-out 42 ts002);
// - a stale title beside a year ahead ("will achieve the target this year"; title.ts noOtherTimeTold; held-out 42 tr007)
//   and after a paragraph that counts years from an earlier one ("came eight years after Trump's first appearance in
//   2017"; narrated-time.ts pastToldInParagraphsBefore; held-out 42 ts006);
// - "Prime Minster", the press's slip of a letter (lexicon.ts; held-out 42 tp016);
// - the successor named by surname alone right before a verb of succession ("In 2005, Merkel succeeded Gerhard Schroeder";
//   tenure-succession.ts surnameSucceeded; held-out 15 ta009, 22 jd016, 27 pa043), confirm-only;
// - an office the country does not have, as a description with no name ("the Canadian president", "the German prime
//   minister"; title-no-office.ts; held-out 42 tt002, held-out 20 ya030).
import { describe, expect, it } from 'vitest';
import { kindOn, redQuotes } from './helpers';
import type { Annotation } from '../../../src/engine/types';

const verdicts = (kind: Annotation['kind'], text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);

describe('"leader" said of the head of state where the fact base keeps the word for the prime minister (title.ts)', () => {
  it('confirms the head office held that day', () => {
    // held-out 42 tt002 (https://www.bbc.co.uk/news/av/uk-politics-50664438/trump-says-justin-trudeau-is-two-faced-in-reply-to-video,
    // 4 December 2019).
    const tt002 =
      "Footage showed Mr Trudeau, UK PM Boris Johnson and French leader Emmanuel Macron discussing Mr Trump's impromptu press conference before the summit.";
    expect(verdicts('title', tt002, 'French leader Emmanuel Macron', '2019-12-04')).toEqual(['supported']);
    // held-out 18 wa051 (https://censor.net/en/news/3518599/trump_won_the_election_european_leaders_congratulate, 6 November 2024).
    const wa051 = 'Finnish leader Alexander Stubb congratulated Trump on his victory.';
    expect(verdicts('title', wa051, 'Finnish leader Alexander Stubb', '2024-11-06')).toEqual(['supported']);
    const t1 = "France's leader Emmanuel Macron said the alliance was brain dead.";
    expect(verdicts('title', t1, "France's leader Emmanuel Macron", '2019-12-04')).toEqual(['supported']);
    const t2 = 'Polish leader Andrzej Duda met Trump at the White House.';
    expect(verdicts('title', t2, 'Polish leader Andrzej Duda', '2024-06-01')).toEqual(['supported']);
  });
  it('keeps "head of government" for the head of state flagged, and confirms nothing for someone heading nothing', () => {
    const t1 = 'French head of government Emmanuel Macron said.';
    expect(verdicts('title', t1, 'French head of government Emmanuel Macron', '2024-06-01')).toEqual(['contradicted']);
    // In 2015 Macron was a minister: "leader" names no office he held.
    const t2 = 'French leader Emmanuel Macron said.';
    expect(verdicts('title', t2, 'French leader Emmanuel Macron', '2015-06-01')).not.toContain('supported');
    expect(verdicts('title', t2, 'French leader Emmanuel Macron', '2015-06-01')).not.toContain('contradicted');
    // Sauli Niinistö had left on 1 March 2024: not confirmed in June.
    const t3 = 'Finnish leader Sauli Niinisto said.';
    expect(verdicts('title', t3, 'Finnish leader Sauli Niinisto', '2024-06-01')).not.toContain('supported');
  });
});

describe('"his successor, President X": the relative with a title before the name (tenure-succession.ts)', () => {
  it("flags a predecessor called a successor in the page's present", () => {
    const t1 = 'Trump is blaming the war on his successor, President Joe Biden.';
    expect(verdicts('tenure', t1, 'successor, President Joe Biden', '2025-07-16')).toEqual(['contradicted']);
    const t2 = 'Trump says this is the war of his successor, US President Joe Biden, not his.';
    expect(verdicts('tenure', t2, 'successor, US President Joe Biden', '2025-07-16')).toEqual(['contradicted']);
  });
  it('does not confirm it where the sentence tells no time (held-out 42 ts002)', () => {
    // held-out 42 ts002 (July 2025): Biden was Trump's successor in 2021 and his predecessor in 2025.
    const ts002 =
      "Donald Trump confidently asserts at 01:22, \"This is Biden's war. I'm just trying to end it because we're saving a lot of lives,\" shifting the blame for the war's continuation onto his successor, President Joe Biden.";
    expect(verdicts('tenure', ts002, 'President Joe Biden', '2025-07-16')).not.toContain('supported');
  });
  it('confirms the right relative with a title', () => {
    const t1 = 'Trump is blaming the war on his predecessor, President Joe Biden.';
    expect(verdicts('tenure', t1, 'predecessor, President Joe Biden', '2025-07-16')).toEqual(['supported']);
    const t2 = 'Stoltenberg has handed over to his successor, Secretary General Mark Rutte.';
    expect(verdicts('tenure', t2, 'successor, Secretary General Mark Rutte', '2024-10-02')).toEqual(['supported']);
    // 2022: Biden was Trump's successor and in office.
    const t3 = 'Trump has attacked his successor, President Joe Biden.';
    expect(verdicts('tenure', t3, 'successor, President Joe Biden', '2022-07-16')).toEqual(['supported']);
  });
});

describe('a stale title beside a year ahead, or after a paragraph counting years from an earlier one', () => {
  it('flags "Dutch Prime Minister Rutte" beside "will achieve ... this year" (held-out 42 tr007)', () => {
    // held-out 42 tr007 (https://ground.news/article/trump-heads-to-nato-summit-as-his-foreign-policy-reshapes-the-world, June 2025).
    const tr007 =
      '- Dutch Prime Minister Rutte called the summit a major and groundbreaking moment crucial for ensuring long-term security, and NATO anticipates that all member countries will achieve the 2% defense spending target this year.';
    expect(verdicts('title', tr007, 'Dutch Prime Minister Rutte', '2025-06-25')).toEqual(['outdated']);
    const t1 = 'Dutch Prime Minister Rutte, who is expected to host the leaders by the end of this year, said.';
    expect(verdicts('title', t1, 'Dutch Prime Minister Rutte', '2025-06-25')).toEqual(['outdated']);
    // "long-term" is a horizon, not a term of office.
    const t2 = 'Dutch Prime Minister Rutte called the summit crucial for ensuring long-term security.';
    expect(verdicts('title', t2, 'Dutch Prime Minister Rutte', '2025-06-25')).toEqual(['outdated']);
  });
  it('leaves "this year" told of the past alone', () => {
    const t1 = 'This year Dutch Prime Minister Rutte called the summit a major moment.';
    expect(verdicts('title', t1, 'Dutch Prime Minister Rutte', '2025-06-25')).not.toContain('outdated');
    const t2 = 'Dutch Prime Minister Rutte visited Kyiv earlier this year, and he will return this year.';
    expect(verdicts('title', t2, 'Dutch Prime Minister Rutte', '2024-10-25')).not.toContain('outdated');
    // June 2024: he was still prime minister.
    const t3 = 'Dutch Prime Minister Rutte called the talks useful, and NATO expects all allies will meet the target this year.';
    expect(verdicts('title', t3, 'Dutch Prime Minister Rutte', '2024-06-25')).toEqual(['supported']);
    // A term of office told still withholds it.
    const t4 = 'During his long term in office, Dutch Prime Minister Rutte visited Washington often.';
    expect(verdicts('title', t4, 'Dutch Prime Minister Rutte', '2025-06-25')).not.toContain('outdated');
  });
  it('flags the title after "came eight years after ... in 2017" (held-out 42 ts006)', () => {
    // held-out 42 ts006 (https://realtybizblog.com/beyond-tension-trumps-nato-summit-finds-friendlier-ground/, June 2025).
    const ts006 =
      'This NATO summit came eight years after Trump’s first appearance in 2017.\n\nBut this NATO summit atmosphere felt much friendlier than the previous meeting. Trump even accepted the invitation to stay overnight at the Dutch royal palace. He praised King Willem-Alexander and Queen Maxima, describing them as “beautiful people, great people, big, beautiful heart.”\n\nDutch Prime Minister Mark Rutte likened Trump to a “daddy” figure who sometimes needs to be tough to resolve conflicts.';
    expect(verdicts('title', ts006, 'Dutch Prime Minister Mark Rutte', '2025-06-25')).toEqual(['outdated']);
  });
  it('still withholds it after a paragraph narrating 2017 itself', () => {
    const t1 =
      'At his first summit in 2017, Trump scolded the allies.\n\nDutch Prime Minister Mark Rutte likened Trump to a figure who needed to be tough.';
    expect(verdicts('title', t1, 'Dutch Prime Minister Mark Rutte', '2025-06-25')).toEqual(['context']);
  });
});

describe('"Prime Minster": the slip of a letter (lexicon.ts)', () => {
  it('reads it as the title', () => {
    // held-out 42 tp016 (https://government.se/articles/2024/05/prime-minister-hosted-nordic-ukrainian-summit-in-stockholm, 31 May 2024).
    const tp016 = 'Friday 31 May, Prime Minster Ulf Kristersson hosted a Nordic-Ukrainian Summit in Stockholm.';
    expect(verdicts('title', tp016, 'Prime Minster Ulf Kristersson', '2024-05-31')).toEqual(['supported']);
    const t0 = 'Latvian Prime Minster Krišjānis Kariņš joined the call.';
    expect(verdicts('title', t0, 'Latvian Prime Minster Krišjānis Kariņš', '2022-06-08')).toEqual(['supported']);
    const t1 = 'Swedish Prime Minster Magdalena Andersson said.';
    expect(verdicts('title', t1, 'Swedish Prime Minster Magdalena Andersson', '2024-05-31')).toEqual(['outdated']);
  });
  it('leaves a minster alone', () => {
    const t1 = 'The York Minster choir sang for Prime Minister Rishi Sunak.';
    expect(kindOn('title', t1, 'York Minster', '2024-05-31')).toEqual([]);
  });
});

describe('an office the country does not have, with no name after it (title-no-office.ts)', () => {
  it("flags a kingdom's president and a chancellor's country's prime minister", () => {
    // held-out 42 tt002 (https://www.bbc.co.uk/news/av/uk-politics-50664438/trump-says-justin-trudeau-is-two-faced-in-reply-to-video,
    // 4 December 2019).
    const tt002 =
      'US President Donald Trump has said Justin Trudeau is "two-faced" after a video surfaced of the Canadian president appearing to mock him at a NATO event.';
    expect(verdicts('title', tt002, 'the Canadian president', '2019-12-04')).toEqual(['contradicted']);
    // held-out 20 ya030 (https://allworldnews.site/2024/03/07/sweden-officially-joins-nato-by-depositing-its-accession-document-in-washington-dc,
    // 7 March 2024).
    const ya030 = '"This is a big day for Sweden," said the Swedish president.';
    expect(verdicts('title', ya030, 'the Swedish president', '2024-03-07')).toEqual(['contradicted']);
    const t1 = "Trump called Canada's president two-faced.";
    expect(verdicts('title', t1, "Canada's president", '2019-12-04')).toEqual(['contradicted']);
    const t2 = 'Zelensky thanked the German prime minister for the tanks.';
    expect(verdicts('title', t2, 'the German prime minister', '2023-01-26')).toEqual(['contradicted']);
  });
  it("leaves real offices, other bodies' presidents, denials and quotes alone", () => {
    const quiet = [
      'Zelensky thanked the German president for his visit.',
      'The French prime minister said the plan was ready.',
      'The Spanish president of the government spoke.',
      'The Canadian president of the World Bank said.',
      'The Canadian president and CEO of the firm said.',
      'Canada does not have the Canadian president that Trump imagines.',
      'Charles Michel met the Belgian president of the European Council.',
      'He said: "I met the Canadian president yesterday."',
      'The Dutch presidency of the EU Council ended.',
      'Justin Trudeau spoke with the Canadian presidents of the two firms.',
    ];
    for (const text of quiet) expect(redQuotes(text, '2022-03-01'), text).toEqual([]);
  });
  it('is not said of someone of the country who presided over a European body that year', () => {
    const t1 = 'Charles Michel, the Belgian president, met Zelensky.';
    expect(redQuotes(t1, '2021-03-01')).toEqual([]);
  });
});

describe('the successor by surname alone before a verb of succession (tenure-succession.ts)', () => {
  it('confirms the one bearer of the surname whose tenure followed the named one', () => {
    // held-out 22 jd016 (https://carnegieendowment.org/posts/2021/10/merkels-legacy-as-seen-from-russia?center=russia-eurasia&lang=en).
    expect(verdicts('tenure', 'In 2005, Merkel succeeded Gerhard Schroeder', 'Merkel succeeded Gerhard Schroeder', '2021-10-15')).toEqual([
      'supported',
    ]);
    // held-out 27 pa043 (https://www.yahoo.com/news/putin-shuffles-defence-minister-shoigu-194416739.html).
    expect(verdicts('tenure', 'Shoigu replaces Nikolai Patrushev', 'Shoigu replaces Nikolai Patrushev', '2024-05-12')).toEqual([
      'supported',
    ]);
    // held-out 15 ta009 (https://www.kyivpost.com/post/7912).
    expect(verdicts('tenure', 'Yermak succeeds Andriy Bohdan', 'Yermak succeeds Andriy Bohdan', '2020-02-11')).toEqual(['supported']);
    const t1 = 'Rutte took over from Jens Stoltenberg on 1 October.';
    expect(verdicts('tenure', t1, 'Rutte took over from Jens Stoltenberg', '2024-10-12')).toEqual(['supported']);
  });
  it('confirms nothing, and flags nothing, where no handover fits or the time told disagrees', () => {
    expect(kindOn('tenure', 'Scholz succeeded Gerhard Schroeder', 'Scholz', '2024-05-12')).toEqual([]);
    expect(kindOn('tenure', 'Merkel replaced Olaf Scholz', 'Merkel', '2024-05-12')).toEqual([]);
    expect(verdicts('tenure', 'Rutte took over from Jens Stoltenberg in March.', 'Rutte', '2024-10-12')).not.toContain('supported');
    expect(redQuotes('Merkel replaced Olaf Scholz in 2021.', '2024-05-12')).toEqual([]);
  });
});
