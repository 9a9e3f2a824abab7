// Titles and offices, twenty-seventh round: a word of the day or of a handover between the comma and a title written
// with "of" after the name ("Vladimir Putin, the current President of Russia"), a spaced dash between such a title and
// the name, a title in apposition to a possessive phrase ("the Dutch prime minister, Mark Rutte's successor Dick
// Schoof"), and the numbering of Germany's chancellors, Finland's presidents, US vice presidents and Treasury
// secretaries with any country's possessive before the number. Sentences are our own; each form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe('"NAME, the current/outgoing TITLE of COUNTRY" (held-out 24 sc012, 23 ub103)', () => {
  it('confirms the holder of the day, with or without the article', () => {
    expect(ok('Emmanuel Macron, the current President of France, opened the conference.', '2025-04-02')).toContain(
      'Emmanuel Macron, the current President of France',
    );
    expect(ok('Keir Starmer, current Prime Minister of the United Kingdom, flew to Kyiv.', '2025-01-16')).toContain(
      'Keir Starmer, current Prime Minister of the United Kingdom',
    );
    expect(ok('Mark Rutte, the sitting Secretary General of NATO, chaired the meeting.', '2025-02-13')).toContain(
      'Mark Rutte, the sitting Secretary General of NATO',
    );
    expect(ok('Joe Biden, the outgoing President of the United States, spoke on Friday.', '2024-12-13')).toContain(
      'Joe Biden, the outgoing President of the United States',
    );
  });
  it('a holder who had left is outdated', () => {
    expect(red('Jens Stoltenberg, the current Secretary General of NATO, visited Kyiv.', '2025-04-02')).toEqual([
      'Jens Stoltenberg, the current Secretary General of NATO',
    ]);
    expect(red('Olaf Scholz, the incumbent Chancellor of Germany, met Macron.', '2025-09-02')).toEqual([
      'Olaf Scholz, the incumbent Chancellor of Germany',
    ]);
    expect(red('Joe Biden, the outgoing President of the United States, spoke on Friday.', '2025-03-14')).toEqual([
      'Joe Biden, the outgoing President of the United States',
    ]);
  });
  it('a sentence that tells of its year, a former holder, another office: not flagged', () => {
    expect(red('In 2011 Dmitry Medvedev, the current President of Russia, met Obama.', '2025-04-02')).toEqual([]);
    expect(red('Dmitry Medvedev, the current Deputy Chairman of the Security Council of Russia, spoke.', '2025-04-02')).toEqual([]);
    expect(red('Jens Stoltenberg, a former Secretary General of NATO, visited Kyiv.', '2025-04-02')).toEqual([]);
    expect(red('Mark Rutte, the outgoing Prime Minister of the Netherlands, will lead NATO.', '2024-06-20')).toEqual([]);
  });
});

describe('a spaced dash between "TITLE of COUNTRY" and the name (held-out 24 rd009)', () => {
  it('confirms the holder, flags a holder who had left', () => {
    expect(ok('The talks were held in the presence of the President of Finland – Alexander Stubb.', '2025-03-28')).toContain(
      'President of Finland – Alexander Stubb',
    );
    expect(ok('A letter from the Prime Minister of Poland - Donald Tusk - was read out.', '2024-05-10')).toContain(
      'Prime Minister of Poland - Donald Tusk',
    );
    expect(red('A letter from the Prime Minister of Poland — Mateusz Morawiecki — was read out.', '2024-05-10')).toEqual([
      'Prime Minister of Poland — Mateusz Morawiecki',
    ]);
  });
});

describe('a title in apposition to a possessive phrase names the one the phrase is about', () => {
  it('"the TITLE, NAME\'s successor X" and dashed forms are not flagged on NAME', () => {
    expect(red("The Dutch prime minister, Mark Rutte's successor Dick Schoof, welcomed the leaders.", '2025-06-24')).toEqual([]);
    expect(red("The Prime Minister of the Netherlands, Mark Rutte's successor Dick Schoof, spoke.", '2025-06-24')).toEqual([]);
    expect(red("The Secretary General of NATO – Jens Stoltenberg's successor Mark Rutte – spoke.", '2025-06-24')).toEqual([]);
    expect(red("NATO Secretary General, Jens Stoltenberg's successor, spoke first.", '2025-06-24')).toEqual([]);
  });
  it("with no comma or dash the possessive is still the title holder's", () => {
    expect(red("Dutch Prime Minister Mark Rutte's successor was sworn in.", '2025-06-24')).toEqual(['Dutch Prime Minister Mark Rutte']);
    expect(red('The Secretary General of NATO – Jens Stoltenberg – spoke.', '2025-06-24')).toEqual([
      'Secretary General of NATO – Jens Stoltenberg',
    ]);
  });
});

describe('numbered offices: chancellors, Finnish presidents, US vice presidents, Treasury secretaries', () => {
  it('the right number is confirmed, with any country possessive', () => {
    expect(ok('Olaf Scholz became Germany’s ninth chancellor on Wednesday.', '2021-12-09')).toContain(
      'Olaf Scholz became Germany’s ninth chancellor',
    );
    expect(ok('Friedrich Merz was elected as the 10th Chancellor of Germany.', '2025-05-07')).toContain(
      'Friedrich Merz was elected as the 10th Chancellor of Germany',
    );
    expect(ok('JD Vance took the oath as the 50th vice president of the United States.', '2025-01-21')).toContain(
      'JD Vance took the oath as the 50th vice president of the United States',
    );
    expect(ok("Alexander Stubb was inaugurated as Finland's 13th president.", '2024-03-02')).toContain(
      "Alexander Stubb was inaugurated as Finland's 13th president",
    );
    expect(ok('Janet Yellen was sworn in as the 78th Treasury secretary.', '2021-01-27')).toContain(
      'Janet Yellen was sworn in as the 78th Treasury secretary',
    );
  });
  it('a wrong number told of a person named in full is contradicted', () => {
    expect(red('Olaf Scholz became Germany’s tenth chancellor on Wednesday.', '2021-12-09')).toEqual([
      'Olaf Scholz became Germany’s tenth chancellor',
    ]);
    expect(red('Kamala Harris was sworn in as the 48th vice president of the United States.', '2021-01-21')).toEqual([
      'Kamala Harris was sworn in as the 48th vice president of the United States',
    ]);
    expect(red("Alexander Stubb was inaugurated as Finland's 12th president.", '2024-03-02')).toEqual([
      "Alexander Stubb was inaugurated as Finland's 12th president",
    ]);
  });
  it('a count of another kind, another country, no name: not flagged', () => {
    expect(red('Friedrich Merz is the first chancellor to lose a first-round vote.', '2025-05-07')).toEqual([]);
    expect(red('Friedrich Merz is the fourth CDU chancellor.', '2025-05-07')).toEqual([]);
    expect(red("Olaf Scholz became Austria's tenth chancellor, the satire site joked.", '2021-12-09')).toEqual([]);
    expect(red('He became Germany’s tenth chancellor on Tuesday.', '2025-05-07')).toEqual([]);
    expect(red('Friedrich Merz is the third chancellor from the Sauerland.', '2025-05-07')).toEqual([]);
  });
});

describe('a dismissal "as" an office the person never held, told as the news of the days (held-out 13 d207)', () => {
  it('contradicted when another office of theirs ended in the days before and the office named had its own holder', () => {
    expect(red('On Thursday Zelensky dismissed Valerii Zaluzhnyi as Chief of the General Staff.', '2024-02-09')).toEqual([
      'dismissed Valerii Zaluzhnyi as Chief of the General Staff',
    ]);
    expect(red('Valerii Zaluzhnyi was dismissed as Chief of the General Staff.', '2024-02-10')).toEqual([
      'Valerii Zaluzhnyi was dismissed as Chief of the General Staff',
    ]);
    expect(red('Putin dismissed Sergei Shoigu as Chief of the General Staff and moved him to the Security Council.', '2024-05-14')).toEqual(
      ['dismissed Sergei Shoigu as Chief of the General Staff'],
    );
    expect(red('The Rada dismissed Dmytro Kuleba as defence minister.', '2024-09-06')).toEqual([
      'dismissed Dmytro Kuleba as defence minister',
    ]);
  });
  it('the office held, a description, a second verb, another time: not flagged', () => {
    expect(red('Zelensky dismissed Valerii Zaluzhnyi as commander-in-chief.', '2024-02-09')).toEqual([]);
    expect(red('The Kremlin dismissed Valerii Zaluzhnyi as irrelevant.', '2024-02-09')).toEqual([]);
    expect(red('Analysts dismissed Valerii Zaluzhnyi as a future president.', '2024-02-09')).toEqual([]);
    expect(red('Zelensky dismissed Valerii Zaluzhnyi and named Oleksandr Syrskyi as Chief of the General Staff.', '2024-02-09')).toEqual(
      [],
    );
    expect(red('Zelensky dismissed Valerii Zaluzhnyi as Chief of the General Staff two months ago.', '2024-04-09')).toEqual([]);
    expect(red('Zelensky dismissed Valerii Zaluzhnyi as Chief of the General Staff.', '2024-04-09')).toEqual([]);
  });
});

describe('a first name of the person and a middle initial before the surname (held-out 24 sa021)', () => {
  it('is the person named in full, for a confirmation or a flag', () => {
    expect(ok('Canadian Defence Minister David J. McGuinty met his counterparts.', '2025-06-27')).toEqual([
      'Canadian Defence Minister David J. McGuinty',
    ]);
    expect(ok('Prime Minister Mark J. Carney opened the summit.', '2025-06-27')).toEqual(['Prime Minister Mark J. Carney']);
    expect(red('Canadian Defence Minister Bill S. Blair met his counterparts.', '2025-06-27')).toEqual([
      'Canadian Defence Minister Bill S. Blair',
    ]);
  });
  it('another first name, two initials, a son: not the person', () => {
    expect(red('NATO chief Jens Stoltenberg left. Camilla J. Stoltenberg, a Norwegian official, spoke.', '2019-06-27')).toEqual([]);
    expect(red('Donald J. Trump Jr. spoke at the rally.', '2021-06-27')).toEqual([]);
    expect(red('Former President George H. W. Bush was remembered.', '2025-06-27')).toEqual([]);
  });
});

describe('"NAME, LEADER\'s TITLE" after the aide left while the leader stays in the same term', () => {
  it('is outdated, as the title before the name is', () => {
    expect(red("Dmytro Kuleba, Volodymyr Zelensky's foreign minister, arrived in Warsaw.", '2025-03-19')).toEqual([
      "Dmytro Kuleba, Volodymyr Zelensky's foreign minister",
    ]);
    expect(red("Sergei Shoigu, Vladimir Putin's defence minister, visited the front.", '2024-09-19')).toEqual([
      "Sergei Shoigu, Vladimir Putin's defence minister",
    ]);
    expect(red("Oleksii Reznikov, Volodymyr Zelensky's defence minister, arrived in London.", '2024-01-10')).toEqual([
      "Oleksii Reznikov, Volodymyr Zelensky's defence minister",
    ]);
  });
  it('a leader out of office, an earlier term, a year or "longtime", the weeks after leaving: not flagged', () => {
    expect(red("Antony Blinken, Joe Biden's secretary of state, spoke in Paris.", '2025-03-19')).toEqual([]);
    expect(red("Mike Pompeo, Donald Trump's secretary of state, spoke in Paris.", '2025-03-19')).toEqual([]);
    expect(red("In 2023 Sergei Shoigu, Vladimir Putin's defence minister, visited the front.", '2024-09-19')).toEqual([]);
    expect(red("Sergei Shoigu, Vladimir Putin's longtime defence minister, visited the front.", '2024-09-19')).toEqual([]);
    expect(red("Sergei Shoigu, Vladimir Putin's defence minister, visited the front.", '2024-06-01')).toEqual([]);
    expect(red("Andrii Sybiha, Volodymyr Zelensky's foreign minister, arrived in Warsaw.", '2025-03-19')).toEqual([]);
  });
});
