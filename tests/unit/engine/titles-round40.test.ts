// Titles of officials and who held an office when, round 40 (own sentences and short real ones; the classes behind
// held-out 38's title misses):
// - an office a country does not have given to one of its officials: a kingdom's "president" in every form, before the
//   name, after it with a comma, and in a caption's list (title-no-president.ts, monarchies in jurisdictions.json);
// - a caption's list of NAME TITLE of COUNTRY items parted by semicolons, judged as the comma's form (title-of.ts);
// - a stale title before a lone surname, in a sentence with a deadline ahead ("within 50 days"; title.ts soleBearerNow);
// - a term range one year off the record, far from the turn of the year, in words or brackets (tenure-span.ts);
// - a title told with its years in brackets, not outdated (title.ts yearsToldWithTitle);
// - a returned holder told as running again for the office (tenure-return-if.ts);
// - a former president's administration told in the present perfect of an act (tenure-administration.ts);
// - a successor's start told the day after the recorded handover, "He ..." for the one person named before, and "will
//   succeed NAME ... on DAY" (tenure-mandate.ts);
// - confirmations: "Country's counterpart NAME" (counterpart.ts), "NAME remain as the head of the X Ministry"
//   (tenure-remain.ts), "NAME, President of Russia started ..." (title-of.ts), the EU High Representative's title with
//   "and Vice-President of the European Commission" (data).
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const flags = (text: string, asOf: string, words: string) => red(text, asOf).some((q) => q.includes(words));
const quiet = (text: string, asOf: string) => red(text, asOf);

describe('a country that has no president: its official called so (title-no-president.ts)', () => {
  it('flags a kingdom’s "president" before the name, after it and in a caption (Canada, Japan, Luxembourg, Britain)', () => {
    // held-out 38 rv004 (16 November 2022).
    expect(
      flags(
        'The meeting was attended by US president Joe Biden, France’s president Emmanuel Macron, Canada’s president Justin Trudeau, the EU’s Ursula Von der Leyen.',
        '2022-11-16',
        'Canada’s president Justin Trudeau',
      ),
    ).toBe(true);
    expect(flags('Canadian President Justin Trudeau arrived in Bali.', '2022-11-15', 'Canadian President Justin Trudeau')).toBe(true);
    expect(flags('They met Justin Trudeau, Canada’s president, in Madrid.', '2022-06-29', 'Justin Trudeau, Canada’s president')).toBe(true);
    expect(flags('They met Justin Trudeau, the President of Canada, in Vilnius.', '2023-07-11', 'the President of Canada')).toBe(true);
    expect(flags('Japan’s president Fumio Kishida joined the call.', '2023-07-12', 'Japan’s president Fumio Kishida')).toBe(true);
    expect(flags('Luxembourg President Xavier Bettel signed the letter.', '2019-12-04', 'Luxembourg President Xavier Bettel')).toBe(true);
    expect(flags('Britain’s president Rishi Sunak spoke first.', '2023-07-11', 'Britain’s president Rishi Sunak')).toBe(true);
    expect(flags('Justin Trudeau (President of Canada) arrived.', '2022-11-16', 'Justin Trudeau (President of Canada)')).toBe(true);
    expect(flags('Justin Trudeau (Canadian president) arrived.', '2022-11-16', 'Justin Trudeau (Canadian president)')).toBe(true);
    expect(
      flags(
        'Seated from left: Joe Biden President of the United States; Justin Trudeau President of Canada; Fumio Kishida Prime Minister of Japan.',
        '2022-11-16',
        'Justin Trudeau President of Canada',
      ),
    ).toBe(true);
  });

  it('stays quiet on the right titles and on a body’s president of that country', () => {
    expect(quiet('They met Justin Trudeau, Canada’s prime minister, and Mark Rutte, the Dutch premier.', '2022-11-16')).toEqual([]);
    expect(confirms('Canadian Prime Minister Justin Trudeau arrived in Bali.', '2022-11-15', 'Justin Trudeau')).toBe(true);
    expect(confirms('Justin Trudeau (Prime Minister of Canada) arrived.', '2022-11-16', 'Justin Trudeau (Prime Minister of Canada)')).toBe(
      true,
    );
    expect(quiet('Charles Michel, Belgian president of the European Council-elect, spoke.', '2019-07-10')).toEqual([]);
    expect(quiet('Spanish President Pedro Sanchez welcomed the leaders to Madrid.', '2022-06-28')).toEqual([]);
  });
});

describe('a caption’s list of NAME TITLE of COUNTRY items (title-of.ts captionListItem)', () => {
  // held-out 38 rv002 (3 December 2019): AP's caption of the leaders at Buckingham Palace.
  const caption =
    'Middle row from left: Edi Rama Prime Minister of Albania; Emmanuel Macron President of France; Angela Merkel President of Germany; Kyriakos Mitsotakis Prime Minister of Greece. Seated from left: Mark Rutte Prime Minister of Netherlands; Donald Trump President of United States; Jens Stoltenberg NATO Secretary General; Pedro Sanchez Acting Prime Minister of Spain; Recep Tayyip Erdogan President of Turkey. (Yui Mok/Pool via AP)';

  it('flags the other top office of the person’s own country, in any item of the list', () => {
    expect(flags(caption, '2019-12-03', 'Angela Merkel President of Germany')).toBe(true);
    expect(
      flags(
        'Front row: Olaf Scholz President of Germany; Emmanuel Macron President of France.',
        '2022-06-28',
        'Olaf Scholz President of Germany',
      ),
    ).toBe(true);
    expect(
      flags(
        'From left: Volodymyr Zelensky Prime Minister of Ukraine; Andrzej Duda President of Poland.',
        '2023-07-12',
        'Volodymyr Zelensky Prime Minister of Ukraine',
      ),
    ).toBe(true);
    expect(
      flags(
        'From left: Jens Stoltenberg NATO Secretary General; Angela Merkel German President.',
        '2019-12-03',
        'Angela Merkel German President',
      ),
    ).toBe(true);
  });

  it('confirms the true items, the acting one and the body’s title too', () => {
    const good = ok(caption, '2019-12-03');
    for (const q of [
      'Edi Rama Prime Minister of Albania',
      'Mark Rutte Prime Minister of Netherlands',
      'Donald Trump President of United States',
      'Jens Stoltenberg NATO Secretary General',
      'Pedro Sanchez Acting Prime Minister of Spain',
    ])
      expect(good.some((x) => x.includes(q))).toBe(true);
    expect(red(caption, '2019-12-03')).toEqual(['Angela Merkel President of Germany']);
  });

  it('does not read run-on words outside a list parted by semicolons as a claim to flag', () => {
    expect(quiet('Angela Merkel President of Germany Club members met on Tuesday.', '2019-12-03')).toEqual([]);
    expect(quiet('Angela Merkel President of Germany, the club said.', '2019-12-03')).toEqual([]);
  });
});

describe('a stale title before a lone surname, a deadline ahead in the sentence (title.ts)', () => {
  it('flags "NATO Secretary-General Stoltenberg" in 2025 though the sentence tells of a span ahead', () => {
    // held-out 38 ry011 (15 July 2025).
    expect(
      flags(
        'On the 14th, Trump expressed dissatisfaction with the ongoing Ukraine conflict during a meeting with NATO Secretary-General Stoltenberg and warned that if the U.S. and Russia could not reach an agreement within 50 days, the U.S. government would impose import tariffs.',
        '2025-07-15',
        'NATO Secretary-General Stoltenberg',
      ),
    ).toBe(true);
    expect(flags('Secretary of State Blinken will visit Kyiv in the coming days.', '2025-03-15', 'Secretary of State Blinken')).toBe(true);
  });

  it('stays quiet where the sentence tells of the term ("in his last days")', () => {
    expect(quiet('In his last days, Secretary General Stoltenberg met Trump.', '2025-07-15')).toEqual([]);
  });
});

describe('a term range a year off the record, far from the turn of the year (tenure-span.ts)', () => {
  it('flags the wrong end year, in brackets, in words, in apposition', () => {
    // held-out 38 ry003 (14 October 2024): Rutte stayed prime minister until 2 July 2024.
    const ry003 =
      'Mark Rutte has a talent for manoeuvring out of any crisis. As the longest-serving Prime Minister of the Netherlands (in office from 2010 to 2023), he is known for his pragmatic style.';
    expect(flags(ry003, '2024-10-14', '(in office from 2010 to 2023)')).toBe(true);
    expect(red(ry003, '2024-10-14')).toEqual(['(in office from 2010 to 2023)']);
    expect(flags('Mark Rutte served as Dutch prime minister from 2010 to 2023.', '2024-06-24', 'from 2010 to 2023')).toBe(true);
    expect(flags('Olaf Scholz, German chancellor from 2021 to 2024, spoke.', '2025-09-01', 'from 2021 to 2024')).toBe(true);
    expect(flags('Jens Stoltenberg, NATO Secretary General (2014-2023), spoke.', '2025-03-01', '(2014-2023)')).toBe(true);
  });

  it('stays quiet on a year off near the turn of the year, and confirms the right years', () => {
    // Biden: elected in November 2020, in office 20 January 2021 to 20 January 2025.
    expect(quiet('Joe Biden, US president from 2020 to 2024, spoke.', '2025-03-01')).toEqual([]);
    expect(confirms('Mark Rutte, prime minister of the Netherlands from 2010 to 2024, spoke.', '2024-10-14', 'from 2010 to 2024')).toBe(
      true,
    );
    expect(confirms('Jens Stoltenberg, NATO Secretary General (2014-2024), spoke.', '2025-03-01', '(2014-2024)')).toBe(true);
    // held-out 38 rw003 (true): earlier holders with their years in brackets.
    expect(
      quiet(
        'Rutte will be the fourth Dutch leader of Nato, following Dirk Stikker (1961-1964), Joseph Luns (1971-1984) and former foreign minister Jaap de Hoop Scheffer (2004-2009).',
        '2024-06-24',
      ),
    ).toEqual([]);
  });
});

describe('a title told with its years in brackets (title.ts yearsToldWithTitle)', () => {
  it('is not outdated: the years say when it was held', () => {
    expect(quiet('NATO Secretary General Jens Stoltenberg (2014-2024) spoke.', '2025-03-01')).toEqual([]);
    expect(quiet('Jens Stoltenberg, NATO Secretary General (in office 2014-2024), spoke.', '2025-03-01')).toEqual([]);
    expect(flags('NATO Secretary General Jens Stoltenberg (Norway) spoke.', '2025-03-01', 'NATO Secretary General Jens Stoltenberg')).toBe(
      true,
    );
  });
});

describe('a returned holder told as running for the office again (tenure-return-if.ts)', () => {
  it('flags the campaign months into the return, in several wordings and for other offices', () => {
    // held-out 38 rw005 (5 June 2025).
    expect(
      flags(
        'There is also mounting pressure from the United States. Donald Trump, running again for president, has long demanded that allies pay more.',
        '2025-06-05',
        'running again for president',
      ),
    ).toBe(true);
    expect(flags('President Donald Trump, who is seeking a return to the White House, spoke.', '2025-09-05', 'seeking a return')).toBe(
      true,
    );
    expect(flags('Donald Trump is running for president again, he said.', '2025-09-05', 'running for president again')).toBe(true);
    expect(flags('He met Robert Fico, who is bidding to return to power.', '2024-06-05', 'bidding to return to power')).toBe(true);
  });

  it('stays quiet on a first-term holder running for re-election, a campaign before the return, and a past year', () => {
    expect(quiet('President Trump, who is running for re-election, spoke.', '2019-09-05')).toEqual([]);
    expect(quiet('Trump, who is running again for president, spoke.', '2019-09-05')).toEqual([]);
    expect(quiet('Donald Trump, running again for president, has long demanded that allies pay more.', '2024-06-05')).toEqual([]);
    expect(quiet('Donald Trump, running again for president, spoke.', '2025-02-05')).toEqual([]);
    expect(quiet('In 2024 Donald Trump, running again for president, spoke.', '2025-09-05')).toEqual([]);
  });
});

describe('a former president’s administration in the present perfect (tenure-administration.ts)', () => {
  it('flags an act told in the present perfect long after the handover', () => {
    // held-out 38 ry012 (23 October 2025).
    expect(
      flags(
        'The rally was further supported by growing US energy demand. The Biden administration has also pressured Asian allies, including Japan, to halt Russian energy imports.',
        '2025-10-23',
        'The Biden administration has also pressured',
      ),
    ).toBe(true);
    expect(
      flags('The Biden administration has repeatedly urged Kyiv to hold back.', '2025-11-02', 'Biden administration has repeatedly urged'),
    ).toBe(true);
  });

  it('stays quiet on the past, a passive, a year told, the months after the handover, and the sitting one', () => {
    expect(quiet('The Biden administration has been criticised for its slow deliveries.', '2025-10-23')).toEqual([]);
    expect(quiet('Since 2022, the Biden administration has imposed sanctions on Russian banks.', '2025-10-23')).toEqual([]);
    expect(quiet('The Biden administration has sent $60 billion to Ukraine.', '2025-03-01')).toEqual([]);
    expect(quiet('The Biden administration has also pressured Asian allies.', '2023-10-23')).toEqual([]);
    expect(quiet('The Biden administration’s sanctions of 2022 still bite.', '2025-10-23').filter((q) => /Biden/.test(q))).toEqual([]);
  });
});

describe('a successor’s start told the day after the recorded handover (tenure-mandate.ts)', () => {
  it('flags "October 2" for Rutte, by name, after a comma and by "He"', () => {
    // held-out 38 rw001, rw002 (20 June 2024).
    expect(
      flags(
        'Mark Rutte, the outgoing prime minister of the Netherlands, will succeed Jens Stoltenberg as the next secretary general of NATO. Klaus Iohannis withdrew. Rutte’s leadership has come when the world is marred with conflicts. He will assume the position on October 2.',
        '2024-06-20',
        'He will assume the position on October 2',
      ),
    ).toBe(true);
    expect(
      flags(
        'Mark Rutte will be the next Secretary General of NATO. Rutte, as mentioned, will take office on October 2nd, when the mandate of Jens Stoltenberg expires.',
        '2024-06-20',
        'will take office on October 2nd',
      ),
    ).toBe(true);
  });

  it('confirms the right day and month, by name and by "He", and leaves the day before alone', () => {
    expect(
      confirms(
        'Mark Rutte will be the next Secretary General of NATO. He will take office on October 1.',
        '2024-06-20',
        'He will take office on October 1',
      ),
    ).toBe(true);
    // held-out 38 rw003 and rr024.
    expect(
      confirms(
        'Mark Rutte will be the next Secretary General of NATO. Rutte served four terms as prime minister. He will take office in October – or perhaps earlier.',
        '2024-06-24',
        'He will take office in October',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Dutch Prime Minister Mark Rutte was officially appointed Wednesday morning as the next NATO secretary general. He will succeed Jens Stoltenberg at the head of the Western military alliance on October 1, NATO said.',
        '2024-06-26',
        'He will succeed Jens Stoltenberg at the head of the Western military alliance on October 1',
      ),
    ).toBe(true);
    expect(quiet('Mark Rutte will be the next Secretary General of NATO. Rutte will take office on September 30.', '2024-06-20')).toEqual(
      [],
    );
  });
});

describe('confirmations of true titles (counterpart.ts, tenure-remain.ts, title-of.ts, data)', () => {
  it('reads them', () => {
    // held-out 38 rr015, rr023, rs022, rr032.
    expect(
      confirms(
        'Last week, Prime Minister Robert Golob confirmed Slovenia’s support for Ukraine when it met with Ukraine’s counterpart Denys Shmyhal.',
        '2022-06-21',
        'Ukraine’s counterpart Denys Shmyhal',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Putin has proposed that Sergey Lavrov remain as the head of the Foreign Ministry.',
        '2024-05-13',
        'Sergey Lavrov remain as the head of the Foreign Ministry',
      ),
    ).toBe(true);
    expect(
      confirms(
        'On February 24, 2022, Russian forces on the order of Vladimir Putin, President of Russia started a multi-pronged attack on Ukraine.',
        '2024-02-24',
        'Vladimir Putin, President of Russia',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Albares met EU High Representative for Foreign Affairs and Security Policy and Vice-President of the European Commission Kaja Kallas.',
        '2025-03-31',
        'Kaja Kallas',
      ),
    ).toBe(true);
  });

  it('does not take the head of another ministry for the person’s office, nor any Commission vice-president for the HR', () => {
    expect(quiet('Putin proposed that Sergey Lavrov remain as the head of the Defence Ministry.', '2024-05-13')).toEqual([]);
    expect(
      analyze('He met Vice-President of the European Commission Maros Sefcovic.', '2025-03-31').some((a) => a.verdict === 'contradicted'),
    ).toBe(false);
  });
});

describe('a holder’s place among the office’s holders from one country (tenure-nationality-ordinal.ts)', () => {
  it('confirms the right place and flags a wrong one, for NATO’s leaders of several countries', () => {
    // held-out 38 rw003 (24 June 2024).
    const rw003 =
      'Mark Rutte spoke in The Hague. Rutte will be the fourth Dutch leader of Nato, following Dirk Stikker (1961-1964), Joseph Luns (1971-1984) and former foreign minister Jaap de Hoop Scheffer (2004-2009).';
    expect(confirms(rw003, '2024-06-24', 'Rutte will be the fourth Dutch leader of Nato')).toBe(true);
    expect(red(rw003, '2024-06-24')).toEqual([]);
    expect(confirms('Jens Stoltenberg became the first Norwegian secretary general of NATO.', '2014-10-01', 'first Norwegian')).toBe(true);
    expect(flags('Mark Rutte is the third Dutch secretary general of NATO.', '2025-06-24', 'third Dutch')).toBe(true);
    expect(flags('Jens Stoltenberg became the second Norwegian NATO Secretary General.', '2014-10-01', 'second Norwegian')).toBe(true);
  });

  it('stays quiet where the place is not of that office or person', () => {
    expect(quiet('Mark Rutte met the fourth Dutch delegation of the week.', '2025-06-24')).toEqual([]);
    expect(quiet('Jens Stoltenberg was the first Norwegian to visit the base.', '2019-06-24')).toEqual([]);
  });
});

describe('the count of a mandate’s extensions (tenure-mandate.ts extensionCounts)', () => {
  it('confirms the count up to the page’s day, and the year of the last', () => {
    // held-out 38 rw001, rw002 (20 June 2024).
    expect(
      confirms(
        'Jens Stoltenberg spoke. Rutte was chosen after a lengthy process that saw Stoltenberg’s term extended four times.',
        '2024-06-20',
        'extended four times',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Rutte will take office when the mandate of the current secretary Jens Stoltenberg expires, which had already been extended four times, most recently in 2023.',
        '2024-06-20',
        'extended four times, most recently in 2023',
      ),
    ).toBe(true);
    expect(confirms('Jens Stoltenberg’s term was extended three times.', '2022-06-20', 'extended three times')).toBe(true);
  });

  it('confirms nothing and flags nothing when the count or the year is off', () => {
    expect(confirms('Jens Stoltenberg’s term was extended three times.', '2024-06-20', 'extended three times')).toBe(false);
    expect(quiet('Jens Stoltenberg’s term was extended three times.', '2024-06-20')).toEqual([]);
    expect(
      confirms('The mandate of Jens Stoltenberg had been extended four times, most recently in 2022.', '2024-06-20', 'extended four times'),
    ).toBe(false);
  });
});

describe('a head’s title the country has no office of, after the name (title-absent-head.ts)', () => {
  it('flags "NAME, TITLE of COUNTRY" and the caption’s items, in both word orders', () => {
    expect(
      flags(
        'They met Joe Biden, Prime Minister of the United States, on Friday.',
        '2024-03-01',
        'Joe Biden, Prime Minister of the United States',
      ),
    ).toBe(true);
    expect(flags('They met Donald Tusk, Chancellor of Poland.', '2024-03-01', 'Donald Tusk, Chancellor of Poland')).toBe(true);
    const caption =
      'From left: Joe Biden Prime Minister of the United States; Donald Tusk Polish Chancellor; Olaf Scholz Chancellor of Germany.';
    expect(red(caption, '2024-03-01')).toEqual(['Joe Biden Prime Minister of the United States', 'Donald Tusk Polish Chancellor']);
    expect(confirms(caption, '2024-03-01', 'Olaf Scholz Chancellor of Germany')).toBe(true);
  });

  it('stays quiet on a body’s office of that word and on the country’s own head', () => {
    expect(quiet('They met Charles Michel, President of the European Council, on Friday.', '2024-03-01')).toEqual([]);
    expect(quiet('Friedrich Merz, Chancellor of Germany, spoke.', '2025-06-01')).toEqual([]);
    expect(quiet('They met Donald Tusk, Prime Minister of Poland, on Friday.', '2024-03-01')).toEqual([]);
  });
});

describe('years in brackets after a titled name (tenure-span.ts nameYears)', () => {
  it('flags a year off the tenure when the other is its own, and confirms the right years', () => {
    expect(flags('Former German chancellor Olaf Scholz (2021-2024) spoke.', '2025-10-14', '(2021-2024)')).toBe(true);
    expect(flags('Former NATO Secretary General Jens Stoltenberg (2013-2024) spoke.', '2025-10-14', '(2013-2024)')).toBe(true);
    expect(confirms('Former German chancellor Olaf Scholz (2021-2025) spoke.', '2025-10-14', '(2021-2025)')).toBe(true);
  });

  it('stays quiet on a life’s years, even of one who died in office', () => {
    expect(quiet('Former German chancellor Helmut Kohl (1930-2017) was remembered.', '2025-10-14')).toEqual([]);
    expect(quiet('British Queen Elizabeth II (1926-2022) was remembered.', '2023-10-14')).toEqual([]);
    expect(quiet('Former NATO Secretary General Jens Stoltenberg (born 1959) spoke.', '2025-10-14')).toEqual([]);
  });
});

describe('a president told as a candidate for the presidency months into a fixed term (tenure-return-if.ts)', () => {
  it('flags "presidential candidate NAME" and "NAME, the candidate for president" of the sitting president', () => {
    expect(
      flags(
        'Republican presidential candidate Donald Trump has long demanded that allies pay more.',
        '2025-06-05',
        'Republican presidential candidate Donald Trump',
      ),
    ).toBe(true);
    expect(
      flags(
        'Donald Trump, the Republican candidate for president, has long demanded that allies pay more.',
        '2025-06-05',
        'candidate for president',
      ),
    ).toBe(true);
    expect(flags('Democratic presidential candidate Joe Biden spoke.', '2022-03-05', 'presidential candidate Joe Biden')).toBe(true);
    expect(flags('Presidential candidate Emmanuel Macron spoke.', '2023-03-05', 'Presidential candidate Emmanuel Macron')).toBe(true);
  });

  it('stays quiet in an election year of the term, in the first months, and with a time told', () => {
    expect(quiet('Democratic presidential candidate Joe Biden spoke.', '2024-03-05')).toEqual([]);
    expect(quiet('Republican presidential candidate Donald Trump spoke.', '2025-02-05')).toEqual([]);
    expect(quiet('In 2024, Republican presidential candidate Donald Trump said allies must pay.', '2025-06-05')).toEqual([]);
    expect(quiet('During the campaign, Republican presidential candidate Donald Trump said allies must pay.', '2025-06-05')).toEqual([]);
  });
});
