// Titles of officials and who held an office when, round 41 (own sentences and short real ones; the classes behind
// held-out 39's title misses):
// - a sitting holder called "former" (before the name, or in apposition after it) while a successor is chosen but not
//   yet sworn in, more than a couple of days before the recorded handover (title.ts handoverClearlyAhead,
//   title-former.ts nearHandover);
// - a fixed term told as over while it runs ("whose term has ended", "his mandate has expired"; tenure-mandate.ts
//   termsToldOver);
// - a mandate's end told as a second predicate after its extension ("His term was extended in 2022 and runs to the end
//   of October this year"), and "the end of MONTH next year" (tenure-mandate.ts).
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const flags = (text: string, asOf: string, words: string) => red(text, asOf).some((q) => q.includes(words));
const quiet = (text: string, asOf: string) => red(text, asOf);

describe('a sitting holder called "former" before the handover to a chosen successor (title.ts, title-former.ts)', () => {
  it('flags "former" days or weeks before the successor is sworn in, in every country and form', () => {
    // held-out 39 sl003 (26 June 2024; the Schoof cabinet was sworn in on 2 July).
    expect(
      flags(
        'Former Dutch Prime Minister Mark Rutte has been officially appointed as the next Secretary-General for NATO.',
        '2024-06-26',
        'Former Dutch Prime Minister Mark Rutte',
      ),
    ).toBe(true);
    // held-out 38 rw003 (24 June 2024).
    expect(flags('Former Dutch prime minister Mark Rutte is set to become NATO chief.', '2024-06-24', 'Mark Rutte')).toBe(true);
    // held-out 39 sq003 (election night, 12 April 2026; Magyar sworn in on 9 May).
    expect(
      flags(
        'Viktor Orbán, the former Prime Minister, has responded to the election results with a call for unity.',
        '2026-04-12',
        'Viktor Orbán, the former Prime Minister',
      ),
    ).toBe(true);
    expect(flags('Former Chancellor Olaf Scholz met Friedrich Merz in Berlin.', '2025-04-20', 'Former Chancellor Olaf Scholz')).toBe(true);
    expect(flags('Ex-prime minister Rishi Sunak campaigned in Grantham.', '2024-07-02', 'Ex-prime minister Rishi Sunak')).toBe(true);
    expect(flags('Former President Joe Biden spoke at the State Department.', '2025-01-10', 'Former President Joe Biden')).toBe(true);
    expect(
      flags('Joe Biden, the former US president, spoke at the State Department.', '2025-01-13', 'Joe Biden, the former US president'),
    ).toBe(true);
    expect(flags('Olaf Scholz, a former German chancellor, flew to Kyiv.', '2025-04-25', 'Olaf Scholz, a former German chancellor')).toBe(
      true,
    );
  });
  it('stays quiet in the last days before the handover and confirms after it', () => {
    expect(quiet('Former President Joe Biden spoke at the State Department.', '2025-01-19')).toEqual([]);
    expect(quiet('Former Chancellor Olaf Scholz met Friedrich Merz in Berlin.', '2025-05-05')).toEqual([]);
    expect(confirms('The former Dutch prime minister Mark Rutte visited Kyiv.', '2024-07-03', 'Mark Rutte')).toBe(true);
    expect(quiet('The former Dutch prime minister Mark Rutte visited Kyiv.', '2024-07-03')).toEqual([]);
    expect(confirms('Former prime minister Mark Rutte, who now leads NATO, spoke in The Hague.', '2025-03-10', 'Mark Rutte')).toBe(true);
    expect(confirms('Former President Joe Biden spoke in Chicago.', '2025-05-10', 'Former President Joe Biden')).toBe(true);
    expect(confirms('Former Chancellor Olaf Scholz spoke in Potsdam.', '2025-06-10', 'Former Chancellor Olaf Scholz')).toBe(true);
  });
  it('confirms "outgoing" and "caretaker" of the same holders, and keeps "then" quiet', () => {
    expect(confirms('Outgoing Dutch Prime Minister Mark Rutte was appointed on Wednesday.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(confirms('Caretaker Dutch Prime Minister Mark Rutte was appointed.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(quiet('Mark Rutte, the outgoing Dutch prime minister, spoke.', '2024-06-26')).toEqual([]);
    expect(quiet('Outgoing Chancellor Olaf Scholz met Friedrich Merz.', '2025-04-20')).toEqual([]);
    expect(quiet('Defeated prime minister Viktor Orbán conceded.', '2026-04-13')).toEqual([]);
    expect(quiet('The incoming secretary general Mark Rutte met Jens Stoltenberg.', '2024-07-10')).toEqual([]);
    expect(quiet('President-elect Donald Trump met Emmanuel Macron in Paris.', '2024-12-07')).toEqual([]);
  });
});

describe('a fixed term told as over while it runs (tenure-mandate.ts termsToldOver)', () => {
  it('flags "whose term has ended", "his mandate has expired", "term is over" of a sitting holder', () => {
    // held-out 39 sl004 (27 June 2024; Stoltenberg's mandate ran until 1 October).
    expect(
      flags(
        'Dutch Prime Minister Mark Rutte has been appointed as the Secretary General of NATO, replacing Jens Stoltenberg whose term has ended.',
        '2024-06-27',
        'whose term has ended',
      ),
    ).toBe(true);
    expect(
      flags('NATO Secretary General Mark Rutte, whose mandate has expired, spoke in Brussels.', '2025-11-10', 'whose mandate has expired'),
    ).toBe(true);
    expect(
      flags(
        'Jens Stoltenberg still leads NATO. His term as secretary general is over.',
        '2024-05-02',
        'His term as secretary general is over',
      ),
    ).toBe(true);
    expect(flags("Stoltenberg chaired the meeting. Jens Stoltenberg's tenure has now ended.", '2023-02-14', 'tenure has now ended')).toBe(
      true,
    );
  });
  it('confirms it after the end, and stays quiet for a term to come, a country’s office and the last days', () => {
    expect(confirms('Mark Rutte replaced Jens Stoltenberg, whose term has ended.', '2024-10-05', 'whose term has ended')).toBe(true);
    expect(quiet('Jens Stoltenberg, whose term has ended, said goodbye to the staff.', '2024-09-29')).toEqual([]);
    expect(quiet('Jens Stoltenberg leads NATO. Once his term has ended, he will return to Norway.', '2024-06-27')).toEqual([]);
    expect(quiet('Jens Stoltenberg leads NATO. When his term is over, he may go home.', '2024-06-27')).toEqual([]);
    expect(quiet('Volodymyr Zelensky, whose term has expired, met the envoys.', '2024-06-27')).toEqual([]);
    expect(quiet('Jens Stoltenberg, whose first term has ended, stays on.', '2018-11-01')).toEqual([]);
    expect(quiet('In 2019 Jens Stoltenberg, whose term has expired, stayed on.', '2024-06-27')).toEqual([]);
  });
});

describe('a mandate’s end told after its extension (tenure-mandate.ts)', () => {
  it('reads the end in a second predicate', () => {
    // held-out 39 sm001 (7 March 2024; the fourth extension ran until 1 October 2024).
    expect(
      flags(
        'The head of the alliance since 2014 is Jens Stoltenberg, a 64-year-old former Norwegian prime minister. His term was extended in 2022 and runs to the end of October this year.',
        '2024-03-07',
        'runs to the end of October this year',
      ),
    ).toBe(true);
    expect(
      flags(
        'Jens Stoltenberg leads NATO. His mandate has been extended and expires at the end of November.',
        '2024-02-10',
        'expires at the end of November',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Jens Stoltenberg, whose mandate has been extended four times and expires on October 1, leads NATO.',
        '2024-03-07',
        'expires on October 1',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Jens Stoltenberg leads NATO. His term was extended in July and runs to the end of September next year.',
        '2023-09-07',
        'September next year',
      ),
    ).toBe(true);
    expect(
      quiet('Jens Stoltenberg leads NATO. His term was extended in July and runs to the end of September next year.', '2023-09-07'),
    ).toEqual([]);
  });
});

describe('"the former TITLE" after the outgoing holder’s name, weeks before the handover (title-bare.ts)', () => {
  it('flags it of a holder whose successor is on record to take over days or weeks later', () => {
    // held-out 39 sm002 (26 June 2024).
    const sm002 =
      'Known for cycling to work, the Dutchman Mark Rutte will need all his balancing skills to lead NATO. NATO’s 32 member states have appointed the former Dutch prime minister as their next secretary-general.';
    expect(flags(sm002, '2024-06-26', 'the former Dutch prime minister')).toBe(true);
    expect(
      flags('Olaf Scholz met Emmanuel Macron on Monday. The former chancellor said little.', '2025-04-20', 'The former chancellor'),
    ).toBe(true);
    // Sunak was prime minister until 5 July 2024; Starmer took over that day.
    expect(
      flags('Rishi Sunak voted in Yorkshire. The former prime minister said he was proud.', '2024-06-20', 'The former prime minister'),
    ).toBe(true);
  });
  it('stays quiet or confirms after the handover, in its last days, and with no successor on record', () => {
    expect(
      confirms(
        'Mark Rutte will lead NATO. NATO has appointed the former Dutch prime minister as secretary-general.',
        '2024-07-05',
        'the former Dutch prime minister',
      ),
    ).toBe(true);
    expect(
      quiet('Mark Rutte will lead NATO. NATO has appointed the former Dutch prime minister as secretary-general.', '2024-07-01'),
    ).toEqual([]);
    expect(quiet('Joe Biden spoke on Monday. The former president said little.', '2024-08-20')).toEqual([]);
    expect(quiet('Olaf Scholz met Emmanuel Macron on Monday. The former chancellor said little.', '2024-04-20')).toEqual([]);
  });
});

describe('"the incoming (U.S.) president/leader" of a president long in office (title-bare.ts electBareTitles)', () => {
  it('flags it of the president named just before, months into the term', () => {
    // held-out 39 sj007 (15 December 2025).
    expect(
      flags(
        'Ukrainian President Volodymyr Zelensky met on Sunday in Berlin with German Chancellor Friedrich Merz and Donald Trump’s envoys, Steve Witkoff and Jared Kushner, in an effort to limit concessions the incoming U.S. leader might make to Russia in the Ukraine conflict.',
        '2025-12-15',
        'the incoming U.S. leader',
      ),
    ).toBe(true);
    expect(
      flags(
        'Zelensky met Donald Trump on Monday. The incoming US president said the war must end.',
        '2025-06-10',
        'The incoming US president',
      ),
    ).toBe(true);
    expect(
      flags(
        'Zelensky spoke to Joe Biden. The incoming American president promised support.',
        '2021-09-10',
        'The incoming American president',
      ),
    ).toBe(true);
    expect(
      flags(
        'Zelensky met Donald Trump on Monday. The U.S. president-elect said the war must end.',
        '2025-06-10',
        'The U.S. president-elect',
      ),
    ).toBe(true);
  });
  it('confirms it before the inauguration and stays quiet in the first weeks', () => {
    expect(
      confirms(
        'Zelensky met Donald Trump in Paris. The incoming U.S. president said the war must end.',
        '2024-12-15',
        'The incoming U.S. president',
      ),
    ).toBe(true);
    expect(
      confirms('Zelensky spoke to Joe Biden. The incoming U.S. president promised support.', '2020-11-20', 'The incoming U.S. president'),
    ).toBe(true);
    expect(quiet('Zelensky met Donald Trump on Monday. The incoming president said the war must end.', '2025-02-10')).toEqual([]);
    expect(quiet('Joe Biden met Donald Trump on Monday. The incoming president said the war must end.', '2024-11-13')).toEqual([]);
  });
});

describe('confirmations: an appointment noun with no time, an editor’s bracket with the first name', () => {
  it('confirms "on her appointment as TITLE" told as news within weeks of the tenure’s start (tenure-appointed.ts)', () => {
    // held-out 39 sg018 (20 November 2024; in office from 2 December).
    expect(
      confirms(
        'Prime Minister Hristijan Mickoski today congratulated former SDSM party leader Radmila Sekerinska on her appointment as Deputy Secretary General of NATO, adding that it had the support of his Government.',
        '2024-11-20',
        'her appointment as Deputy Secretary General of NATO',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Mark Rutte thanked allies for his appointment as Secretary General of NATO.',
        '2024-10-03',
        'his appointment as Secretary General',
      ),
    ).toBe(true);
    // Years off: nothing said.
    expect(ok('Olaf Scholz congratulated Mark Rutte on his appointment as NATO Secretary General.', '2026-06-28').join()).not.toContain(
      'appointment',
    );
    expect(quiet('Olaf Scholz congratulated Mark Rutte on his appointment as NATO Secretary General.', '2026-06-28')).toEqual([]);
  });
  it('reads "TITLE [First name] Surname" as the title of the name (title.ts)', () => {
    // held-out 39 sh028 (25 February 2026).
    expect(
      confirms(
        'Donald Trump has pushed for talks. "I would like President [Donald] Trump to come and see," he said, referring to his US counterpart.',
        '2026-02-25',
        'President [Donald] Trump',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Keir Starmer visited. "We thank Prime Minister [Keir] Starmer for this," he said.',
        '2025-02-25',
        'Prime Minister [Keir] Starmer',
      ),
    ).toBe(true);
    // The bracket alone names the person in full (doc.ts bracketedFirstNameBefore): the page names Trump nowhere else.
    expect(confirms('"I would like President [Donald] Trump to come and see," he said.', '2026-02-25', 'President [Donald] Trump')).toBe(
      true,
    );
    expect(quiet('"I would like President [Donald] Trump to come and see," he said.', '2022-02-25')).toEqual([]);
    // Another first name in the bracket is not the person's: not read.
    expect(ok('Keir Starmer visited. "We thank Prime Minister [Rishi] Starmer for this," he said.', '2025-02-25').join()).not.toContain(
      '[Rishi]',
    );
  });
});

describe('"then-TITLE" of a returned holder at a meeting of the page’s days, in the term still running (title.ts recentMeetingTold)', () => {
  it('flags it when the sentence names the place and the other party of a meeting on record', () => {
    // held-out 39 sj009 (29 December 2025; the Mar-a-Lago meeting of 28 December).
    expect(
      flags(
        'Former Ukrainian President Volodymyr Zelenskyy visiting then-President Donald Trump at Mar-a-Lago. In it, they detailed a peace plan.',
        '2025-12-29',
        'then-President Donald Trump',
      ),
    ).toBe(true);
    expect(
      flags('Volodymyr Zelenskyy met then-President Donald Trump at the White House.', '2025-03-05', 'then-President Donald Trump'),
    ).toBe(true);
    expect(
      flags('Volodymyr Zelenskyy met then-US President Donald Trump in the Oval Office.', '2025-03-05', 'then-US President Donald Trump'),
    ).toBe(true);
  });
  it('stays quiet for the first term, a meeting long before the page, a year told, or no meeting on record', () => {
    expect(quiet('Volodymyr Zelenskyy visiting then-President Donald Trump at Mar-a-Lago.', '2026-06-29')).toEqual([]);
    expect(quiet('In 2019 Volodymyr Zelenskyy met then-President Donald Trump in New York.', '2025-12-29')).toEqual([]);
    expect(quiet('In his first term, Volodymyr Zelenskyy met then-President Donald Trump at the White House.', '2025-03-05')).toEqual([]);
    expect(quiet('Angela Merkel met then-President Donald Trump at the White House.', '2025-03-05')).toEqual([]);
    expect(quiet('Volodymyr Zelenskyy met then-President Donald Trump at the White House.', '2025-06-05')).toEqual([]);
  });
});

describe('"a/the non-sitting TITLE" of the holder named just before (title-bare.ts formerBareTitles)', () => {
  it('flags it as "the former" is flagged, of a returned holder', () => {
    // held-out 39 sn003 (24 June 2025).
    expect(
      flags(
        'Donald Trump posted on Truth Social about Spain. This statement from a non-sitting president is unlikely to trigger a shift in the S&P 500.',
        '2025-06-24',
        'a non-sitting president',
      ),
    ).toBe(true);
    expect(
      flags('Trump spoke at the summit. The non-sitting president said allies must pay.', '2025-06-25', 'The non-sitting president'),
    ).toBe(true);
  });
  it('confirms it between the terms and stays quiet of a first-term holder', () => {
    expect(
      confirms(
        'Donald Trump posted on Truth Social. This statement from a non-sitting president drew replies.',
        '2024-06-24',
        'a non-sitting president',
      ),
    ).toBe(true);
    expect(quiet('Emmanuel Macron spoke in Paris. The non-sitting president said so.', '2025-06-24')).toEqual([]);
  });
});
