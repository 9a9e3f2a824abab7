// Round 33, the war's anchors, history pages and numbers of time (war helper). Sentences of our own, each family with its
// true look-alikes.
// (1) A bare "last February" or "last year" after the invasion is the invasion's only when the main clause cannot own it
//     (present perfect, or "since" governing the invasion): one guard for both (war-anchors.ts timeIsTheInvasions).
// (2) The invasion by its bare day ("since February 24" on a page of 2022, sinceTheDay), "the Russian 2022 invasion".
// (3) 2014: "In 2015 Moscow annexed the Crimean Peninsula" (a year heading the annexer's clause, headedAnnexer); the
//     recognition of the "non-government-controlled areas" of Donetsk and Luhansk dated by its year.
// (4) The North Atlantic Treaty's signing told with its signers as the subject: the count back from the page ("Seventy-five
//     years ago today, on April 4, 1949, ... signed", alliance-age.ts AGO_SIGNERS_RE), the place (figure-forms.ts
//     signersSigned), the signers counted with one named ("twelve countries including Belgium", membership-founders.ts).
// (5) Numbers of time of presidents: "the 47th President" before the tenure began (office-ordinal.ts notYet), and tenures
//     told by their post's noun and years ("the presidency of Donald Trump from 2016 to 2020", tenure-post-years.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));
const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);
const allOk = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};
const allSay = (cases: ReadonlyArray<readonly [string, string, RegExp]>, verdict: string) => {
  for (const [text, asOf, quote] of cases) expect(on(text, asOf, quote), text).toContain(verdict);
};

describe('a time counted back from the page after the invasion: one guard for "last year" and "last February"', () => {
  it('is flagged where the main clause cannot own the time', () => {
    allSay(
      [
        ['Kyiv has received 40 jets since Russia’s invasion last February.', '2024-09-10', /last February/],
        ['Grain prices have doubled since Russia invaded Ukraine last February.', '2024-07-01', /last February/],
        ['The Ukrainian drone strike was the second on the bridge since the war began last February.', '2023-07-19', /last February/],
      ],
      'contradicted',
    );
  });
  it('is left alone where another past event governs the clause', () => {
    allOk([
      ['Finland joined NATO in April after Russia invaded Ukraine last February.', '2023-07-10'],
      ['Finland applied to join NATO after Russia invaded Ukraine last February.', '2023-07-10'],
      ['Sweden dropped two centuries of neutrality after Russia’s invasion of Ukraine last February.', '2023-08-15'],
      ['The government fell in June, following Russia’s invasion last February.', '2023-09-01'],
    ]);
  });
});

describe('the invasion by its bare day or year', () => {
  it('is confirmed', () => {
    allSay(
      [
        [
          '“Since February 24, we have lived in a new security reality,” the Romanian president said of Ukraine.',
          '2022-06-10',
          /Since February 24/,
        ],
        ['Ukraine has received more than 20 billion euros in aid since 24 February.', '2022-09-10', /since 24 February/],
        ['Since Feb. 24, more than six million people have fled Ukraine.', '2022-09-10', /Since Feb\. 24/],
        [
          '“Since 24 February, everything has changed for us. We border Ukraine and feel the Russian war every day,” she said.',
          '2022-05-02',
          /Since 24 February/,
        ],
        ['Since February 24, 2022, more than six million people have fled Ukraine.', '2024-09-10', /Since February 24, 2022/],
        [
          'His ratings soared in the first months of the Russian 2022 invasion, Ukrainian pollsters said.',
          '2024-05-21',
          /Russian 2022 invasion/,
        ],
      ],
      'supported',
    );
  });
  it('says nothing of another year or another war', () => {
    for (const [text, asOf] of [
      ['Since February 24, more than six million people have fled Ukraine.', '2023-09-10'],
      ['Israel has struck Gaza since February 24, officials in Ukraine said.', '2022-09-10'],
      ['Since February 24, 2023, the front in Ukraine has barely moved.', '2024-01-10'],
    ] as const)
      expect(
        analyze(text, asOf).filter((a) => /February 24/.test(a.quote) && a.verdict !== 'context'),
        text,
      ).toEqual([]);
  });
});

describe('2014: the annexation by a year heading its clause, the recognition of 2022 by its year', () => {
  it('contradicts another year heading the annexer', () => {
    allSay(
      [
        ['In 2015 Moscow annexed the Crimean Peninsula.', '2022-01-22', /Moscow annexed/],
        ['In 2016, Russia illegally annexed Crimea.', '2020-05-01', /annexed/],
        ['In 2013 Russia annexed Crimea from Ukraine.', '2021-03-01', /annexed/],
      ],
      'contradicted',
    );
    allSay([['In 2014, Russia illegally annexed Crimea.', '2022-01-22', /annexed/]], 'supported');
  });
  it('leaves the year of another clause alone', () => {
    allOk([
      ['In 2015, a year after Moscow annexed the Crimean Peninsula, sanctions were extended.', '2022-01-22'],
      ['In 2015 Russia, which annexed Crimea a year earlier, faced new sanctions.', '2022-01-22'],
      ['In 2016 Russia marked two years since it annexed Crimea.', '2022-01-22'],
      ['In 2015 Moscow said it would never return the Crimean Peninsula it annexed.', '2022-01-22'],
    ]);
  });
  it('confirms the recognition of the Donetsk and Luhansk areas told by its year', () => {
    allSay(
      [
        [
          'The EU responded to Russia’s decision to recognise the non-government-controlled areas of the Donetsk and Luhansk oblasts as independent entities in 2022.',
          '2022-06-21',
          /recognise/,
        ],
        ['Moscow recognised the non-government controlled areas of Donetsk and Luhansk on 21 February.', '2022-03-01', /recognised/],
      ],
      'supported',
    );
  });
});

describe("the North Atlantic Treaty's signing told with its signers", () => {
  it('judges the years counted back from the page', () => {
    allSay(
      [
        [
          'Seventy-five years ago today, on April 4, 1949, the United States and its closest allies signed the North Atlantic Treaty in Washington.',
          '2024-04-04',
          /years ago/,
        ],
        ['70 years ago this week, twelve foreign ministers signed the Washington Treaty, creating NATO.', '2019-04-05', /years ago/],
        [
          'The leaders received copies of the treaty that established NATO. It was signed exactly 65 years ago, on 4 April 1949.',
          '2014-04-04',
          /years ago/,
        ],
      ],
      'supported',
    );
    // "It" confirmed only: another count is left to the other readers.
    allOk([
      [
        'The leaders received copies of the treaty that established NATO. It was signed exactly 50 years ago, on April 4th 1949.',
        '2009-04-06',
      ],
    ]);
    allSay(
      [
        [
          'Seventy years ago today, on April 4, 1949, the United States and its closest allies signed the North Atlantic Treaty in Washington.',
          '2024-04-04',
          /years ago/,
        ],
        ['Sixty years ago this week, twelve foreign ministers signed the Washington Treaty, creating NATO.', '2019-04-05', /years ago/],
        ['80 years ago today, our allies and we signed the North Atlantic Treaty.', '2024-04-04', /years ago/],
      ],
      'contradicted',
    );
  });
  it('judges the place and the count of the signers', () => {
    allSay(
      [
        [
          'On April 4, 1949, in Washington, twelve countries including Belgium signed the North Atlantic Treaty.',
          '2024-04-04',
          /Washington/,
        ],
        ['In 1949 Dean Acheson signed the North Atlantic Treaty in Washington, D.C.', '2024-04-04', /Washington/],
        ['On 4 April 1949, twelve nations including Norway signed the North Atlantic Treaty.', '2024-04-04', /twelve nations/],
      ],
      'supported',
    );
    allSay(
      [
        ['On April 4, 1949, the United States and its allies signed the North Atlantic Treaty in Paris.', '2024-04-04', /Paris/],
        [
          'On April 4, 1949, in London, the foreign ministers of twelve countries signed the North Atlantic Treaty.',
          '2024-04-04',
          /London/,
        ],
        ['On April 4, 1949, fourteen countries including Belgium signed the North Atlantic Treaty.', '2024-04-04', /fourteen/],
        [
          'On April 14, 1949, the foreign ministers of twelve countries signed the North Atlantic Treaty in Washington.',
          '2024-04-04',
          /April 14/,
        ],
      ],
      'contradicted',
    );
  });
  it('leaves other treaties, accessions and denials alone', () => {
    allOk([
      ['Seventy years ago, the two navies signed the Washington Treaty limiting battleships.', '2019-04-05'],
      ['In 1952 Greece and Turkey signed the North Atlantic Treaty in London.', '2024-04-04'],
      ['In 1949 the allies did not sign the North Atlantic Treaty in Paris.', '2024-04-04'],
      [
        'Norway’s foreign minister flew to New York in March 1949 and signed the North Atlantic Treaty in Washington a month later.',
        '2024-04-04',
      ],
      ['If they had met in 1949 in Paris, the allies would have signed the North Atlantic Treaty there.', '2024-04-04'],
    ]);
  });
});

describe('a president’s number said before the tenure began', () => {
  it('is contradicted when set beside the name or given by "is"', () => {
    allSay(
      [
        [
          'The call by Donald Trump, the 47th President of the United States, for NATO allies to spend 5% has drawn replies.',
          '2025-01-15',
          /47th/,
        ],
        ['Donald Trump, the 47th President of the United States, spoke at the rally.', '2024-06-01', /47th/],
        ['Joe Biden, the 46th President of the United States, spoke at the rally.', '2020-06-01', /46th/],
      ],
      'contradicted',
    );
  });
  it('is left alone when the sentence looks ahead, or after the start', () => {
    allOk([
      ['Donald Trump, who will be the 47th President of the United States, spoke at the rally.', '2024-12-01'],
      ['President-elect Donald Trump, the 47th President of the United States, named his cabinet.', '2024-12-01'],
      ['Joe Biden is on track to be the 46th President of the United States.', '2020-11-20'],
      ['Donald Trump, the 47th President of the United States, spoke at the rally.', '2025-02-01'],
      ['Donald Trump, the 47th President of the United States, spoke at the rally.', '2025-01-19'],
    ]);
  });
});

describe('a tenure told by its post’s noun and its years', () => {
  it('is confirmed when the years are the tenure’s', () => {
    allSay(
      [
        ['Mark Rutte’s premiership from 2010 to 2024 was the longest in Dutch history.', '2025-07-10', /premiership/],
        ['Angela Merkel’s chancellorship, 2005-2021, shaped Europe.', '2025-07-10', /chancellorship/],
        ['The presidency of Donald Trump from 2017 to 2021 strained the alliance.', '2024-07-10', /presidency/],
      ],
      'supported',
    );
  });
  it('is contradicted when no way of counting the years makes them the tenure’s', () => {
    allSay(
      [
        ['The presidency of Donald Trump from 2016 to 2020 strained the alliance.', '2024-07-10', /presidency/],
        ['Donald Trump’s presidency from 2016 to 2020 strained the alliance.', '2025-07-10', /presidency/],
        ['Under the presidency of Joe Biden from 2020 to 2024, aid flowed to Kyiv.', '2025-07-10', /presidency/],
        ['Mark Rutte’s premiership from 2008 to 2024 was long.', '2025-07-10', /premiership/],
      ],
      'contradicted',
    );
  });
  it('leaves counted readings, plans and unnamed people alone', () => {
    allOk([
      ['Donald Trump’s presidency (2017-2020) strained the alliance.', '2024-07-10'],
      ['Vladimir Putin’s presidency from 2000 to 2008 rebuilt the state.', '2024-07-10'],
      ['If the presidency of Donald Trump from 2016 to 2020 had gone otherwise, NATO would differ.', '2025-07-10'],
      ['The Trump administration (2016–2020) strained the alliance.', '2024-07-10'],
      ['Obama’s presidency from 2008 to 2016 saw the Crimea annexation.', '2025-07-10'],
      ['Donald Trump’s presidency from 2025 to 2029 will test the alliance.', '2025-07-10'],
    ]);
  });
});
