// Titles, round 47 (the classes behind held-out 45's title misses, each in several wordings, with the true look-alikes
// that must stay unflagged):
// - "As former TITLE, his ..." with no name after the title, said of the one holder named before (held-out 45 uy012;
//   title-bare.ts formerBareTitles);
// - a president's administration or presidency told as a possibility, with no term number, after the president took
//   office ("under a potential Trump administration", held-out 21 zd015; tenure-administration-potential.ts);
// - a return told as a prospect after it happened ("the possibility of Trump's return to the White House", held-out 20
//   ye409; tenure-return-if.ts);
// - "the NAME administration sanctioned COMPANY" on a day its president was out of office (held-out 45 ut001's page;
//   sanction-administration.ts);
// - "Since taking office in DATE, TITLE NAME has ..." with a title between the clause and the name (held-out 22 pb005's
//   wrong start told the other way round; tenure.ts sinceTakingOffice).
import { describe, expect, it } from 'vitest';
import { kindOn, redQuotes } from './helpers';
import type { Annotation } from '../../../src/engine/types';

const verdicts = (kind: Annotation['kind'], text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);

describe('"As former TITLE," with a pronoun after it, of the one holder named before (title-bare.ts)', () => {
  // held-out 45 uy012 (https://vrksha.com/blog/rutte-and-trump-a-white, 23 October 2025).
  const uy012 =
    "On the other side, we have Donald Trump. Love him or hate him, he's a significant figure in global politics. As former US President, his views on NATO and international cooperation have always been... well, let's just say they're unique.";
  it('flags it of a president back in office', () => {
    expect(verdicts('title', uy012, 'As former US President', '2025-10-23')).toEqual(['outdated']);
    const t1 = 'Donald Trump arrived in The Hague on Tuesday. As former president, he has long criticised allies for spending too little.';
    expect(verdicts('title', t1, 'As former president', '2025-06-24')).toEqual(['outdated']);
    const t2 = 'Donald Trump hosted Mark Rutte at the White House. As former U.S. President, he knows the alliance well.';
    expect(verdicts('title', t2, 'As former U.S. President', '2025-10-23')).toEqual(['outdated']);
  });
  it('confirms it of one who left, and leaves other readings alone', () => {
    // The same words of Biden in 2025, of Trump in 2024, of Rutte after The Hague.
    const biden = 'Joe Biden spoke in Delaware on Monday. As former President, he said NATO must stand with Ukraine.';
    expect(verdicts('title', biden, 'As former President', '2025-10-23')).toEqual(['supported']);
    expect(
      verdicts(
        'title',
        'Donald Trump spoke in Ohio. As former president, he has long criticised allies.',
        'As former president',
        '2024-06-24',
      ),
    ).toEqual(['supported']);
    const rutte = 'Mark Rutte met Donald Trump at the White House. As former Dutch prime minister, he knows Washington well.';
    expect(verdicts('title', rutte, 'As former Dutch prime minister', '2025-10-23')).toEqual(['supported']);
    // The subject named after the comma is title.ts's form; "and now" says more than "former"; not opening the sentence.
    expect(redQuotes('Joe Biden spoke on Monday. As former President, Barack Obama said NATO matters.', '2025-10-23')).toEqual([]);
    expect(
      redQuotes('Donald Trump arrived in The Hague. As former president and now president again, he has criticised allies.', '2025-06-24'),
    ).toEqual([]);
    expect(redQuotes('Donald Trump arrived in The Hague. In his years as former president, he criticised allies.', '2025-06-24')).toEqual(
      [],
    );
    // A year of the time out of office.
    expect(redQuotes('Donald Trump arrived in The Hague. As former president, he had criticised allies in 2023.', '2025-06-24')).toEqual(
      [],
    );
  });
});

describe('an administration told as a possibility after its president took office (tenure-administration-potential.ts)', () => {
  it('flags it in the page’s present', () => {
    // held-out 21 zd015 (https://atpgeo.com/jakmfxw0r6e-ukr-war-update-bumper-news-geopolitical-news-london-meeting-update-trump-admin-nato-2/,
    // 2 March 2025): the label's quote alone.
    expect(verdicts('tenure', 'under a potential Trump administration', 'a potential Trump administration', '2025-03-02')).toEqual([
      'outdated',
    ]);
    const t1 = 'Europe is preparing for significant changes under a potential Trump administration.';
    expect(verdicts('tenure', t1, 'a potential Trump administration', '2025-03-02')).toEqual(['outdated']);
    const t2 = 'Kyiv fears the prospect of a Trump presidency that abandons Ukraine.';
    expect(verdicts('tenure', t2, 'the prospect of a Trump presidency', '2025-06-02')).toEqual(['outdated']);
    const t3 = 'A possible Trump administration, analysts say, would cut aid to Ukraine.';
    expect(verdicts('tenure', t3, 'A possible Trump administration', '2025-06-02')).toEqual(['outdated']);
  });
  it('leaves the time before it, a noun after it and the first weeks alone', () => {
    // POLITICO/Welt, July 2024 (https://schwartzreport.net/2024/07/08/the-world-wasnt-ready-for-trump-in-2016-its-not-making-that-mistake-this-time).
    const politico =
      'In Brussels, NATO officials have devised a plan to lock in long-term military support for Ukraine so that a possible Trump administration can’t get in the way.';
    expect(redQuotes(politico, '2024-07-08')).toEqual([]);
    expect(redQuotes('Europe is preparing for significant changes under a potential Trump administration.', '2024-03-02')).toEqual([]);
    // Eleven days into the term: the page may have been written before it.
    expect(redQuotes('Europe is preparing for significant changes under a potential Trump administration.', '2025-01-31')).toEqual([]);
    expect(redQuotes('In 2024, Europe prepared for a potential Trump administration.', '2025-03-02')).toEqual([]);
    expect(redQuotes('Europe braced for a possible Trump presidency.', '2025-03-02')).toEqual([]);
    expect(redQuotes('During the campaign, analysts weighed a potential Trump administration.', '2025-06-02')).toEqual([]);
    // "potential" of the nominee, not of the administration.
    expect(redQuotes('She is a potential Trump administration nominee for ambassador to NATO.', '2025-03-02')).toEqual([]);
    // A president who never took office, and one who left.
    expect(redQuotes('Ukraine would be abandoned under a possible Vance presidency.', '2025-06-02')).toEqual([]);
    expect(redQuotes('The novel describes life under a hypothetical Biden administration.', '2025-06-02')).toEqual([]);
  });
});

describe('a return told as a prospect after it happened (tenure-return-if.ts)', () => {
  it('flags it', () => {
    // held-out 20 ye409 (https://madhyamamonline.com/amp/world/putin-zelensky-openness-talks-amid-trumps-promise-end-war-1377096,
    // 5 February 2025), with the page's "Donald Trump" before it.
    const ye409 = 'Zelensky spoke of Donald Trump in the interview. He discussed the possibility of Trump’s return to the White House.';
    expect(verdicts('tenure', ye409, 'the possibility of Trump’s return to the White House', '2025-02-05')).toEqual(['outdated']);
    const t1 = 'Donald Trump spoke on Monday. Kyiv fears the prospect of Trump returning to power.';
    expect(verdicts('tenure', t1, 'the prospect of Trump returning to power', '2025-06-05')).toEqual(['outdated']);
    const t2 = 'Donald Trump spoke on Monday. Brussels fears the spectre of a Trump comeback.';
    expect(verdicts('tenure', t2, 'the spectre of a Trump comeback', '2025-06-05')).toEqual(['outdated']);
    // "regain" is "return" in other words.
    const t3 = 'Donald Trump spoke on Monday. Europe fears deep cuts should Trump regain the presidency.';
    expect(verdicts('tenure', t3, 'should Trump regain the presidency', '2025-06-09')).toEqual(['outdated']);
    const t4 = 'Donald Trump spoke on Monday, and Europe fears deep cuts if he regains power.';
    expect(verdicts('tenure', t4, 'if he regains power', '2025-06-09')).toEqual(['outdated']);
  });
  it('leaves the time before it alone', () => {
    expect(redQuotes('Donald Trump spoke on Monday. Kyiv fears the prospect of Trump returning to power.', '2024-06-05')).toEqual([]);
    expect(
      redQuotes('Donald Trump spoke on Monday. Before the election, Kyiv feared the prospect of Trump returning to power.', '2025-06-05'),
    ).toEqual([]);
    expect(
      redQuotes('Donald Trump spoke on Monday. Kyiv had long dreaded the prospect of Trump returning to the White House.', '2025-06-05'),
    ).toEqual([]);
    expect(
      redQuotes(
        'Donald Trump spoke on Monday. In the autumn of 2024, Kyiv weighed the prospect of Trump returning to power.',
        '2025-06-05',
      ),
    ).toEqual([]);
    // A day's trip back to the White House.
    expect(
      redQuotes('Donald Trump left for Europe. Aides weighed the possibility of Trump returning to the White House tonight.', '2025-06-05'),
    ).toEqual([]);
    // "regain" of someone who never returned, before the return, with a year of that time, and of territory.
    expect(redQuotes('Joe Biden spoke on Monday. Democrats hope for changes should Biden regain the presidency.', '2025-06-09')).toEqual(
      [],
    );
    expect(redQuotes('Donald Trump spoke on Monday. Europe fears deep cuts should Trump regain the presidency.', '2024-06-09')).toEqual([]);
    expect(
      redQuotes('Donald Trump spoke on Monday. In 2024, Europe feared cuts should Trump regain the presidency.', '2025-06-09'),
    ).toEqual([]);
    expect(redQuotes('Donald Trump spoke on Monday. Ukraine hopes to regain power over its lost territories.', '2025-06-09')).toEqual([]);
    // Someone who never returned.
    expect(redQuotes('Joe Biden spoke on Monday. Democrats discussed the possibility of Biden returning to power.', '2025-06-05')).toEqual(
      [],
    );
  });
});

describe('"the NAME administration sanctioned COMPANY" when another president was in office (sanction-administration.ts)', () => {
  it('flags it with the day written out or told as the week’s news', () => {
    // held-out 45 ut001's page (https://evrimagaci.org/gpt/us-sanctions-russias-oil-giants-amid-ukraine-tensions-512579,
    // 23 October 2025) tells of the designations of 22 October 2025 as the Biden administration's.
    const t1 = 'On October 22, 2025, the Biden administration sanctioned Rosneft and Lukoil, Russia’s two largest oil companies.';
    expect(verdicts('sanction', t1, 'the Biden administration sanctioned Rosneft', '2025-10-23')).toEqual(['contradicted']);
    const t2 = 'The Biden administration sanctioned Rosneft and Lukoil on Wednesday.';
    expect(verdicts('sanction', t2, 'The Biden administration sanctioned Rosneft', '2025-10-23')).toEqual(['contradicted']);
    const t3 = 'In February 2022, the Trump administration sanctioned Sberbank and VTB.';
    expect(verdicts('sanction', t3, 'the Trump administration sanctioned Sberbank', '2025-10-23')).toEqual(['contradicted']);
  });
  it('leaves its own acts, an undated past and a sanctioned deal alone', () => {
    expect(redQuotes('The Biden administration sanctioned Gazprom Neft and Surgutneftegas on January 10, 2025.', '2025-10-23')).toEqual([]);
    expect(redQuotes('The Biden administration sanctioned Gazprom Neft and Surgutneftegas in its final days.', '2025-10-23')).toEqual([]);
    expect(redQuotes('In February 2022, the Biden administration sanctioned Sberbank and VTB.', '2025-10-23')).toEqual([]);
    expect(redQuotes('The Trump administration sanctioned Rosneft and Lukoil on Wednesday.', '2025-10-23')).toEqual([]);
    expect(redQuotes('The Biden administration sanctioned Sovcomflot, the state shipping company.', '2025-10-23')).toEqual([]);
    expect(redQuotes('The Biden administration’s sanctions of January 2025 hit Gazprom Neft.', '2025-10-23')).toEqual([]);
  });
});

describe('"Since taking office in DATE," with a title before the subject’s name (tenure.ts sinceTakingOffice)', () => {
  it('flags a wrong start and confirms a right one', () => {
    const wrong = 'Since taking office in June 2025, NATO Secretary General Mark Rutte has pushed allies hard on spending.';
    expect(verdicts('tenure', wrong, 'Since taking office in June 2025, NATO Secretary General Mark Rutte', '2025-06-26')).toEqual([
      'contradicted',
    ]);
    const right = 'Since taking office in October 2024, NATO Secretary General Mark Rutte has pushed allies hard on spending.';
    expect(verdicts('tenure', right, 'Since taking office in October 2024, NATO Secretary General Mark Rutte', '2025-06-26')).toEqual([
      'supported',
    ]);
    const trump = 'Since taking office in January, President Donald Trump has pushed allies hard.';
    expect(verdicts('tenure', trump, 'Since taking office in January, President Donald Trump', '2025-06-26')).toEqual(['supported']);
  });
  it('leaves another subject, a name between and an office taken before the record alone', () => {
    expect(redQuotes('Since taking office in 2023, the alliance has grown and Mark Rutte has pushed allies hard.', '2025-06-26')).toEqual(
      [],
    );
    expect(redQuotes('Since taking office in June 2025, Trump’s envoy Steve Witkoff has met Putin twice.', '2025-06-26')).toEqual([]);
    // A time before the running tenure's start may be another office's (tenure.ts startedBeforeTold).
    expect(redQuotes('Since taking office in 2022, NATO Secretary General Mark Rutte has pushed allies hard.', '2025-06-26')).toEqual([]);
  });
});
