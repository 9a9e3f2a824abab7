// Titles and offices, twenty-sixth round: the words that stand between a title and its name (a rank of any service, a
// service and its country, a fact sheet's colon, a page's bold), a country's "minister" with no portfolio, and loose
// words for Ukraine's Commander-in-Chief. Sentences are made up or short quotes; each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok, verdictsOn } from './helpers';

describe('a rank between the title and the name (held-out 24 sa026, d22 da009)', () => {
  it('"Colonel General", "Col. Gen.", "General of the Army" and "Air Chief Marshal" confirm the holder of the day', () => {
    expect(ok("Ukraine's commander-in-chief, Colonel General Oleksandr Syrskyi, said the front held.", '2025-03-30')).toEqual([
      "Ukraine's commander-in-chief, Colonel General Oleksandr Syrskyi",
    ]);
    expect(ok('Commander-in-Chief Col. Gen. Oleksandr Syrskyi visited the brigade.', '2024-10-02')).toEqual([
      'Commander-in-Chief Col. Gen. Oleksandr Syrskyi',
    ]);
    expect(ok('The Chairman of the NATO Military Committee, Air Chief Marshal Stuart Peach, opened the meeting.', '2020-01-14')).toEqual([
      'Chairman of the NATO Military Committee, Air Chief Marshal Stuart Peach',
    ]);
  });
  it('a holder who had left is outdated; a former one is not flagged', () => {
    expect(red("Ukraine's commander-in-chief, Colonel General Valerii Zaluzhnyi, said the front held.", '2025-03-30')).toEqual([
      "Ukraine's commander-in-chief, Colonel General Valerii Zaluzhnyi",
    ]);
    expect(red("Ukraine's former commander-in-chief, Colonel General Valerii Zaluzhnyi, arrived in London.", '2025-03-30')).toEqual([]);
    expect(red('Chairman of the NATO Military Committee Air Chief Marshal Stuart Peach spoke.', '2020-06-01')).toEqual([]);
  });
  it('a service and its country with no comma (held-out 24 sa031)', () => {
    expect(ok('Supreme Allied Commander Europe U.S. Air Force Gen. Tod Wolters told the committee.', '2020-06-18')).toEqual([
      'Supreme Allied Commander Europe U.S. Air Force Gen. Tod Wolters',
    ]);
    expect(ok("NATO's top commander U.S. Army Gen. Christopher Cavoli said.", '2023-05-10')).toEqual([
      "NATO's top commander U.S. Army Gen. Christopher Cavoli",
    ]);
    // A loose word ("commander") and the name of a service: confirms, never flags.
    expect(red('Supreme Allied Commander Europe U.S. Air Force Gen. Tod Wolters told the committee.', '2023-06-18')).toEqual([]);
  });
});

describe("a fact sheet's colon and a page's bold (d22 da009, held-out 24 sa044)", () => {
  it('"Title : Name" confirms, and never flags a line kept from another time', () => {
    expect(ok('Secretary General : Jens Stoltenberg', '2019-02-07')).toEqual(['Secretary General : Jens Stoltenberg']);
    expect(ok('Prime Minister : Zoran Zaev', '2019-02-07')).toEqual(['Prime Minister : Zoran Zaev']);
    expect(red('Chairman of the NATO Military Committee : Air Chief Marshal Stuart Peach', '2025-02-07')).toEqual([]);
    expect(red('Secretary General : Jens Stoltenberg', '2025-02-07')).toEqual([]);
  });
  it('a name in bold after its title is read as the name', () => {
    expect(ok('Present were the Belgian Minister of Defence **Theo Francken** and others.', '2025-03-12')).toEqual([
      'Belgian Minister of Defence **Theo Francken',
    ]);
    expect(red('The Polish Minister of Defence, **Mariusz Błaszczak**, said.', '2024-06-01')).toEqual([
      'Polish Minister of Defence, **Mariusz Błaszczak',
    ]);
    expect(red('The former Polish Minister of Defence, **Mariusz Błaszczak**, said.', '2024-06-01')).toEqual([]);
  });
});

describe('a country\'s "minister" with no portfolio (held-out 24 sa023): confirm-only', () => {
  it('confirms a minister of that country in office that day', () => {
    expect(ok('It was a remark that Germany’s minister, Annalena Baerbock, took up.', '2023-12-13')).toEqual([
      'Germany’s minister, Annalena Baerbock',
    ]);
    expect(ok('The Polish minister Radosław Sikorski said the drones came from Belarus.', '2025-09-13')).toEqual([
      'Polish minister Radosław Sikorski',
    ]);
  });
  it('never flags: a minister who had left, another country, a former or deputy minister', () => {
    expect(verdictsOn('Germany’s minister, Annalena Baerbock, said.', 'Germany’s minister, Annalena Baerbock', '2025-09-13')).not.toContain(
      'outdated',
    );
    expect(red('Germany’s minister, Annalena Baerbock, said.', '2025-09-13')).toEqual([]);
    expect(red('Hungary’s minister, Annalena Baerbock, said.', '2023-09-13')).toEqual([]);
    expect(ok('Germany’s former minister, Annalena Baerbock, said.', '2023-09-13')).toEqual([]);
    expect(ok('Germany’s deputy minister, Annalena Baerbock, said.', '2023-09-13')).toEqual([]);
  });
});

describe("loose words for Ukraine's Commander-in-Chief: confirm-only", () => {
  it('"armed forces commander", "head of the armed forces"', () => {
    expect(ok("Ukraine's armed forces commander, Colonel General Oleksandr Syrskyi, said.", '2024-08-30')).toEqual([
      "Ukraine's armed forces commander, Colonel General Oleksandr Syrskyi",
    ]);
    expect(ok('Oleksandr Syrskyi, head of the Ukrainian armed forces, said.', '2025-05-02').length).toBe(1);
  });
  it('never flags the Chief of the General Staff or a holder before his time', () => {
    expect(red('Andriy Hnatov, head of the Ukrainian armed forces, said.', '2025-11-30')).toEqual([]);
    expect(red("Ukraine's armed forces commander, Colonel General Oleksandr Syrskyi, said.", '2023-08-30')).toEqual([]);
  });
});

describe("the NSDC's chairman is Ukraine's President, its Secretary another office (d22 db009)", () => {
  it('the Secretary called chairman is contradicted', () => {
    expect(red('NSDC chairman Rustem Umerov said the talks would resume.', '2025-08-18')).toEqual(['NSDC chairman Rustem Umerov']);
    expect(red('The National Security and Defence Council’s chairman, Rustem Umerov, said.', '2025-09-02')).toEqual([
      'National Security and Defence Council’s chairman, Rustem Umerov',
    ]);
  });
  it('the President as chairman, the Secretary as secretary or head, and a former chairman are not flagged', () => {
    expect(ok('Volodymyr Zelenskyy, chairman of the NSDC, signed the decree.', '2025-08-18')).toEqual([
      'Volodymyr Zelenskyy, chairman of the NSDC',
    ]);
    expect(ok('NSDC secretary Rustem Umerov said.', '2025-08-18')).toEqual(['NSDC secretary Rustem Umerov']);
    expect(red('Oleksiy Danilov, the head of the NSDC, said.', '2022-08-18')).toEqual([]);
    expect(red('Former NSDC chairman Petro Poroshenko said.', '2020-08-18')).toEqual([]);
    expect(red('The deputy chairman of the NSDC, Rustem Umerov, said.', '2025-08-18')).toEqual([]);
  });
});

describe("Ukraine's ministers: digital transformation, infrastructure, restoration (d23 eb004, held-out 17 va030, held-out 24 sa024)", () => {
  it('confirms the holder of the day, with a combined title', () => {
    expect(ok('First Deputy Prime Minister - Minister of Digital Transformation Mykhailo Fedorov said.', '2025-12-06')).toEqual([
      'Minister of Digital Transformation Mykhailo Fedorov',
    ]);
    expect(ok('Infrastructure Minister Oleksandr Kubrakov signed the grain deal.', '2022-07-22')).toEqual([
      'Infrastructure Minister Oleksandr Kubrakov',
    ]);
    expect(ok('Deputy Prime Minister for Restoration Oleksiy Kuleba visited Odesa.', '2025-03-18')).toEqual([
      'Deputy Prime Minister for Restoration Oleksiy Kuleba',
    ]);
  });
  it('flags a minister who had left, not a former one nor one past the office’s checked day', () => {
    expect(red('Minister of Digital Transformation Mykhailo Fedorov said.', '2026-03-18')).toEqual([
      'Minister of Digital Transformation Mykhailo Fedorov',
    ]);
    expect(red('Infrastructure Minister Oleksandr Kubrakov said.', '2025-05-18')).toEqual(['Infrastructure Minister Oleksandr Kubrakov']);
    expect(red('Former digital transformation minister Mykhailo Fedorov, now defence minister, said.', '2026-03-18')).toEqual([]);
    expect(red('Former infrastructure minister Oleksandr Kubrakov said.', '2025-05-18')).toEqual([]);
    expect(red('Deputy Prime Minister for Restoration Oleksiy Kuleba visited Odesa.', '2026-10-18')).toEqual([]);
  });
  it('the two Kulebas stay apart', () => {
    expect(ok('Foreign Minister Dmytro Kuleba said.', '2023-05-18')).toEqual(['Foreign Minister Dmytro Kuleba']);
    expect(ok('Foreign Minister Kuleba said.', '2023-05-18')).toEqual(['Foreign Minister Kuleba']);
    expect(red('Foreign Minister Kuleba said.', '2023-05-18')).toEqual([]);
  });
});

describe("military and security chiefs' long titles, and Ukraine's ambassador in London (d23 ea009, held-out 21 za015, held-out 23 rd003)", () => {
  it("Russia's Chief of the General Staff named in full, and the SBU's head with a possessive", () => {
    expect(
      ok(
        'Chief of the General Staff of the Armed Forces of the Russian Federation, General of the Army Valery Gerasimov, said.',
        '2021-02-07',
      ),
    ).toEqual(['Chief of the General Staff of the Armed Forces of the Russian Federation, General of the Army Valery Gerasimov']);
    expect(ok('The SBU’s head, Lt. Gen. Vasyl Malyuk, said the operation took 18 months.', '2025-06-03')).toEqual([
      'SBU’s head, Lt. Gen. Vasyl Malyuk',
    ]);
    // Past the office's checked day: confirm, never flag.
    expect(red('The SBU’s head, Lt. Gen. Vasyl Malyuk, said.', '2026-06-03')).toEqual([]);
  });
  it("Ukraine's ambassador to the UK: the holder of the day, one who had left, and another country's ambassador", () => {
    expect(ok('Ukrainian ambassador to the UK Vadym Prystaiko said.', '2023-01-12')).toEqual([
      'Ukrainian ambassador to the UK Vadym Prystaiko',
    ]);
    expect(red('Ukrainian ambassador to the UK Vadym Prystaiko said.', '2025-01-12')).toEqual([
      'Ukrainian ambassador to the UK Vadym Prystaiko',
    ]);
    expect(ok('Valerii Zaluzhnyi, Ukraine’s ambassador to the UK, said.', '2025-01-12')).toEqual([
      'Valerii Zaluzhnyi, Ukraine’s ambassador to the UK',
    ]);
    expect(red('Former ambassador to the UK Vadym Prystaiko said.', '2025-01-12')).toEqual([]);
    expect(red('Valerii Zaluzhnyi, Ukraine’s ambassador to the UK, said.', '2026-09-12')).toEqual([]);
  });
});

describe("Bulgaria's Vice President (d23 eb015)", () => {
  // Named with its country only: a bare "Vice President" is the US office's, whose surname-only reading ("Vice President
  // Pence") needs every office the words can name to be on record from long ago.
  it('confirmed while she held it, outdated once she had become President, and the US Vice President unchanged', () => {
    expect(ok('Bulgaria’s Vice President Iliana Iotova opened the conference.', '2025-10-10')).toEqual([
      'Bulgaria’s Vice President Iliana Iotova',
    ]);
    expect(red('Zelensky, Trump and Vice President Pence argued in the Oval Office.', '2025-02-28')).toEqual(['Vice President Pence']);
    expect(red('Bulgarian Vice President Iliana Iotova opened the conference.', '2026-03-10')).toEqual([
      'Bulgarian Vice President Iliana Iotova',
    ]);
    expect(red('Former Vice President Iliana Iotova, now head of state, spoke.', '2026-03-10')).toEqual([]);
    expect(ok('Vice President JD Vance said.', '2026-03-10')).toEqual(['Vice President JD Vance']);
  });
});
