// Officials, nineteenth round, second wave: two titles of one person joined by "and" with a role of no country of its
// own, a stale "new"/"newly elected", a wrong party's label before a title, and military ranks before commanders' names.
// Each red flag with true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const reds = (text: string, quote: string, asOf: string) => isRed(titleVerdicts(text, quote, asOf));

describe('"COUNTRY TITLE and ROLE NAME": the second role with no country of its own (title-stacked.ts)', () => {
  const freeland = 'Canadian Deputy Prime Minister and Finance Minister Chrystia Freeland said the tariffs were unjustified.';

  it('the first title is read as the name’s: outdated after she left it, supported while she held both', () => {
    expect(titleVerdicts(freeland, 'Canadian Deputy Prime Minister', '2025-03-01')).toEqual(['outdated']);
    expect(titleVerdicts(freeland, 'Canadian Deputy Prime Minister', '2024-03-01')).toEqual(['supported']);
  });

  it('true look-alikes: offices never held at once, two people, an article before, a name never holding the first', () => {
    // Cameron was prime minister (2010-2016) and foreign secretary (2023-2024), never both at once: two people may be meant.
    expect(reds('British Prime Minister and Foreign Secretary David Cameron met Blinken.', 'British Prime Minister', '2024-03-01')).toBe(
      false,
    );
    expect(reds('Turkish Prime Minister and President Recep Tayyip Erdogan met Putin.', 'Turkish Prime Minister', '2020-03-01')).toBe(
      false,
    );
    expect(
      reds(
        'He met the Canadian Deputy Prime Minister and Finance Minister Chrystia Freeland.',
        'Canadian Deputy Prime Minister',
        '2025-03-01',
      ),
    ).toBe(false);
    expect(reds('Ukrainian Prime Minister and President Volodymyr Zelensky spoke.', 'Ukrainian Prime Minister', '2023-03-01')).toBe(false);
    expect(
      reds(
        'Former Canadian Deputy Prime Minister and Finance Minister Chrystia Freeland spoke.',
        'Canadian Deputy Prime Minister',
        '2025-03-01',
      ),
    ).toBe(false);
  });
});

describe('"newly elected" / "new" before a title, long after the start (title.ts)', () => {
  it('said of the page’s days, more than a year after a president took office (two for "new"): outdated', () => {
    const newly = 'Newly elected President Volodymyr Zelensky says the war must end.';
    expect(titleVerdicts(newly, 'President Volodymyr Zelensky', '2023-02-01')).toEqual(['outdated']);
    const onTuesday = 'The newly elected Ukrainian President Volodymyr Zelensky said on Tuesday that talks must wait.';
    expect(titleVerdicts(onTuesday, 'Ukrainian President Volodymyr Zelensky', '2023-02-01')).toEqual(['outdated']);
    const scholz = 'The new German Chancellor Olaf Scholz is under pressure from his coalition partners.';
    expect(titleVerdicts(scholz, 'German Chancellor Olaf Scholz', '2024-02-01')).toEqual(['outdated']);
  });

  it('true look-alikes stay unflagged', () => {
    for (const [text, quote, asOf] of [
      // Within the months after taking office.
      ['Newly elected President Volodymyr Zelensky says the war must end.', 'President Volodymyr Zelensky', '2019-07-01'],
      ['The new German Chancellor Olaf Scholz is under pressure.', 'German Chancellor Olaf Scholz', '2022-09-01'],
      // Another time told, in the sentence or the one before, or "then".
      ['In 2019, newly elected President Volodymyr Zelensky says the war must end.', 'President Volodymyr Zelensky', '2023-02-01'],
      [
        'Zelensky won in April 2019. Newly elected President Volodymyr Zelensky is a comedian.',
        'President Volodymyr Zelensky',
        '2023-02-01',
      ],
      ['The then newly elected President Volodymyr Zelensky is pictured in Kyiv.', 'President Volodymyr Zelensky', '2023-02-01'],
      ['When the war began, the new Chancellor Olaf Scholz is said to have hesitated.', 'Chancellor Olaf Scholz', '2024-02-01'],
      // A past tense alone may narrate the start of the term.
      [
        'At the start of the war, the new German Chancellor Olaf Scholz announced a turning point.',
        'German Chancellor Olaf Scholz',
        '2024-02-01',
      ],
      ['Newly elected President Volodymyr Zelensky said the war must end.', 'President Volodymyr Zelensky', '2023-02-01'],
      // Four years or more in office: a re-election may lie between.
      ['The new President Volodymyr Zelensky says the war must end.', 'President Volodymyr Zelensky', '2023-09-01'],
      // A head of government may win an election while in office (Sánchez, in office from June 2018, won in 2019).
      ['Newly elected Spanish Prime Minister Pedro Sanchez says Spain will help.', 'Spanish Prime Minister Pedro Sanchez', '2020-06-01'],
      // A present tense of another subject may tell of then (a 2017 summit on a page dated later).
      ['The summit is the first attended by the newly elected President Volodymyr Zelensky.', 'President Volodymyr Zelensky', '2023-02-01'],
      // Quoted.
      ['"Newly elected President Volodymyr Zelensky is a clown," the state channel says.', 'President Volodymyr Zelensky', '2023-02-01'],
      ['New Zealand Prime Minister Christopher Luxon is in Kyiv.', 'New Zealand Prime Minister Christopher Luxon', '2025-06-01'],
    ])
      expect(reds(text, quote, asOf), text).toBe(false);
  });
});

describe('a party’s label before a title (title-party-label.ts, Person.party)', () => {
  it('the office is read after a party’s name, and a right party says nothing more', () => {
    expect(titleVerdicts('Republican Senator Marco Rubio said the bill was wrong.', 'Senator Marco Rubio', '2023-06-01')).toEqual([
      'supported',
    ]);
    expect(titleVerdicts('Democratic President Joe Biden said.', 'President Joe Biden', '2022-06-01')).toEqual(['supported']);
    expect(titleVerdicts('Labour leader Keir Starmer said.', 'Labour leader Keir Starmer', '2023-06-01')).toEqual(['supported']);
    expect(titleVerdicts('Conservative leader Rishi Sunak said.', 'Conservative leader Rishi Sunak', '2023-06-01')).toEqual(['supported']);
    expect(titleVerdicts('Tory Prime Minister Rishi Sunak said.', 'Prime Minister Rishi Sunak', '2023-06-01')).toEqual(['supported']);
  });

  it('another party of the person’s country is contradicted', () => {
    expect(
      titleVerdicts('Democratic Senator Marco Rubio said the bill was wrong.', 'Democratic Senator Marco Rubio', '2023-06-01'),
    ).toEqual(['contradicted']);
    expect(titleVerdicts('Republican President Joe Biden said.', 'Republican President Joe Biden', '2022-06-01')).toEqual(['contradicted']);
    expect(titleVerdicts('Conservative leader Keir Starmer said.', 'Conservative leader Keir Starmer', '2023-06-01')).toEqual([
      'contradicted',
    ]);
    expect(titleVerdicts('Labour Prime Minister Rishi Sunak said.', 'Labour Prime Minister Rishi Sunak', '2023-06-01')).toEqual([
      'contradicted',
    ]);
    expect(titleVerdicts('Democratic President Donald Trump said.', 'Democratic President Donald Trump', '2019-06-01')).toEqual([
      'contradicted',
    ]);
  });

  it('true look-alikes stay unflagged', () => {
    for (const [text, quote, asOf] of [
      // Another time: "former", a year told.
      ['The former Democratic donor Donald Trump said.', 'Donald Trump', '2019-06-01'],
      ['The former Democratic Senator Marco Rubio said.', 'Senator Marco Rubio', '2023-06-01'],
      ['In 2005, Democratic Senator Joe Biden said.', 'Senator Joe Biden', '2023-06-01'],
      ['Democratic Senator Donald Trump said in 2004.', 'Senator Donald Trump', '2023-06-01'],
      // A label of no party of the person's country, a hyphen, a quotation.
      ['Conservative Senator Marco Rubio said.', 'Senator Marco Rubio', '2023-06-01'],
      ['Pro-Democratic Senator Marco Rubio said.', 'Senator Marco Rubio', '2023-06-01'],
      ['"Democratic Senator Marco Rubio is a joke," the post said.', 'Senator Marco Rubio', '2023-06-01'],
      // Two people: the label is the other one's.
      ['Democratic Senator Chris Murphy and Republican Senator Marco Rubio said.', 'Senator Marco Rubio', '2023-06-01'],
    ])
      expect(reds(text, quote, asOf), text).toBe(false);
  });
});

describe('military ranks before commanders’ names (title.ts, title-rank.ts)', () => {
  it('a rank alone is never flagged, whatever post the person holds', () => {
    for (const [text, quote, asOf] of [
      ['Gen. Valerii Zaluzhnyi said Ukraine needs more shells.', 'Valerii Zaluzhnyi', '2025-06-01'],
      ['Army General Oleksandr Syrskyi said.', 'Oleksandr Syrskyi', '2025-06-01'],
      ['Admiral Rob Bauer said the alliance is ready.', 'Rob Bauer', '2025-06-01'],
      ['Gen. Christopher Cavoli said.', 'Christopher Cavoli', '2026-01-01'],
      ['Gen. Valerii Zaluzhnyi, Ukraine’s ambassador to the UK, said.', 'Valerii Zaluzhnyi', '2025-06-01'],
    ])
      expect(reds(text, quote, asOf), text).toBe(false);
  });

  it('a title after the ranked name is confirmed in office, outdated after it', () => {
    expect(
      titleVerdicts(
        'Gen. Christopher Cavoli, NATO’s Supreme Allied Commander Europe, said the alliance is ready.',
        'Christopher Cavoli',
        '2025-06-01',
      ),
    ).toEqual(['supported']);
    expect(titleVerdicts('Admiral Rob Bauer, Chair of the NATO Military Committee, said.', 'Rob Bauer', '2024-06-01')).toEqual([
      'supported',
    ]);
    expect(titleVerdicts('Admiral Rob Bauer, Chair of the NATO Military Committee, said.', 'Rob Bauer', '2025-06-01')).toEqual([
      'outdated',
    ]);
    expect(
      titleVerdicts(
        'Army General Oleksandr Syrskyi, commander-in-chief of the Armed Forces of Ukraine, said.',
        'Oleksandr Syrskyi',
        '2025-06-01',
      ),
    ).toEqual(['supported']);
    expect(titleVerdicts('Gen. Valerii Zaluzhnyi, Ukraine’s commander-in-chief, said.', 'Valerii Zaluzhnyi', '2025-06-01')).toEqual([
      'outdated',
    ]);
    expect(titleVerdicts('Gen. Valerii Zaluzhnyi, Ukraine’s commander-in-chief, said.', 'Valerii Zaluzhnyi', '2023-06-01')).toEqual([
      'supported',
    ]);
    expect(titleVerdicts('SACEUR Gen. Christopher Cavoli said.', 'Christopher Cavoli', '2025-06-01')).toEqual(['supported']);
  });
});
