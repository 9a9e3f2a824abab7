// Round 46, history lane: departures, term ends, term numbers and appointments by parliament told on history and news
// pages, each reading with its true look-alikes (real sentences and dates; the page in a comment where one is known).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const judged = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true });
const red = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const tenureConfirmed = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'supported' && a.kind === 'tenure');
const verdicts = (asOf: string, text: string) => red(asOf, text).map((a) => [a.verdict, a.kind]);

describe('a departure told with the post left and its date (tenure-dismissed.ts departuresDated)', () => {
  // https://babel.ua/en/news/111517-former-nato-secretary-general-stoltenberg-will-chair-the-munich-security-conference (held-out 44 ul002)
  const BABEL =
    'Former NATO Secretary General Jens Stoltenberg will chair the Munich Security Conference. Stoltenberg left the post of NATO head on October 1 of this year. His place was taken by the Prime Minister of the Netherlands Mark Rutte.';
  it('confirms the day the holder left, in the forms a journalist uses', () => {
    expect(tenureConfirmed('2024-10-08', BABEL).map((a) => a.quote)).toContain('Stoltenberg left the post of NATO head on October 1');
    for (const [asOf, text] of [
      ['2025-02-04', 'Jens Stoltenberg left his post as NATO Secretary General on 1 October 2024.'],
      ['2025-02-04', 'Jens Stoltenberg left the post of NATO Secretary General in October 2024.'],
      ['2025-10-08', 'Mark Rutte left the post of prime minister in July 2024.'],
    ])
      expect(tenureConfirmed(asOf, text).length).toBe(1);
  });
  it('flags a leaving told a year before the record’s end, as one told after it', () => {
    for (const [asOf, text] of [
      ['2024-10-08', 'Jens Stoltenberg left the post of NATO head on October 1, 2023.'],
      ['2025-10-08', 'Jens Stoltenberg left his post as NATO Secretary General in October 2023.'],
      ['2025-10-08', 'Mark Rutte left the post of prime minister in July 2023.'],
      ['2025-10-08', 'Jens Stoltenberg left the post of NATO head in 2014.'],
    ])
      expect(verdicts(asOf, text)).toEqual([['contradicted', 'tenure']]);
  });
  it('leaves alone resignations announced before a caretaker’s end, leavings of places, and leaving planned', () => {
    for (const [asOf, text] of [
      // Rutte resigned in July 2023 and stayed as caretaker until 2 July 2024.
      ['2025-10-08', 'Mark Rutte resigned as prime minister in July 2023.'],
      ['2025-10-08', 'Jens Stoltenberg stepped down from the post of NATO Secretary General in October 2023.'],
      ['2025-10-08', 'Jens Stoltenberg left the country on October 1, 2023.'],
      ['2025-10-08', 'Mark Rutte left office in July 2023.'],
      // https://www.archyde.com/stoltenberg-intends-to-leave-the-post-of-nato-secretary-general-in-the-fall-of-2023-media/ (2023)
      ['2023-02-10', 'Jens Stoltenberg intends to leave the post of NATO Secretary General in the fall of 2023.'],
    ])
      expect(verdicts(asOf, text)).toEqual([]);
  });
});

describe('a mandate’s end told of "his" with two people named (tenure-mandate.ts)', () => {
  // https://insightnews.media/dutch-prime-minister-rutte-elected-as-new-nato-secretary-general/ (held-out 44 uk025)
  const INSIGHT =
    'Mark Rutte will replace the current NATO Secretary General, Jens Stoltenberg, after his term expires on October 1, 2024.';
  it('reads "his" as the one of them whose fixed mandate runs, to confirm', () => {
    expect(tenureConfirmed('2024-06-26', INSIGHT).map((a) => a.quote)).toContain('his term expires on October 1, 2024');
    expect(tenureConfirmed('2024-06-26', 'Mark Rutte will replace Jens Stoltenberg when his term ends on October 1.').length).toBe(2);
  });
  it('never flags "his" when two people are named: it may be the other’s', () => {
    expect(
      verdicts(
        '2024-06-26',
        'Mark Rutte will replace the current NATO Secretary General, Jens Stoltenberg, after his term expires on November 1, 2024.',
      ),
    ).toEqual([]);
    // One person named: still flagged as before.
    expect(verdicts('2024-02-26', 'Jens Stoltenberg, whose term expires on November 1, will hand over to his successor.')).toEqual([
      ['contradicted', 'tenure'],
    ]);
  });
});

describe('a term told by its number as beginning now or on a day (tenure-terms.ts)', () => {
  // https://www.themoscowtimes.com/2024/05/15/no-changes-planned-for-general-staff-putin-says-a85131 (held-out 44 uj022)
  const MOSCOW_TIMES =
    'Russian President Vladimir Putin said no changes were planned. General Valery Gerasimov will appear to maintain his position as chief of Russia’s General Staff, despite the ongoing government shakeup as Putin assumes his fifth presidential term.';
  it('confirms the term begun about the page’s day', () => {
    expect(tenureConfirmed('2024-05-15', MOSCOW_TIMES).map((a) => a.quote)).toContain('Putin assumes his fifth presidential term');
    for (const [asOf, text] of [
      // https://www.dailymail.co.uk/news/article-13390731/ (7 May 2024)
      ['2024-05-07', 'Vladimir Putin has been sworn in for his fifth term as Russia’s president in front of hand-picked guests.'],
      ['2024-05-20', 'Vladimir Putin spoke. As Putin begins his fifth term, the war goes on.'],
      ['2025-01-22', 'Donald Trump spoke. As Trump begins his second term, allies worry.'],
      ['2022-05-10', 'Emmanuel Macron begins his second term.'],
    ])
      expect(tenureConfirmed(asOf, text).length).toBeGreaterThan(0);
  });
  it('flags a number that is not the term begun then, when every term before it is on record', () => {
    for (const [asOf, text] of [
      ['2024-05-15', MOSCOW_TIMES.replace('fifth', 'fourth')],
      ['2024-05-15', 'Vladimir Putin spoke. The reshuffle comes as Putin begins his fourth term.'],
      ['2024-05-08', 'Vladimir Putin was sworn in for a fourth term on May 7, 2024.'],
      ['2024-05-07', 'Vladimir Putin has been sworn in for his fourth term as Russia’s president in front of hand-picked guests.'],
      ['2025-01-22', 'Donald Trump spoke. As Trump begins his first term, allies worry.'],
      ['2022-05-10', 'Emmanuel Macron begins his third term.'],
    ])
      expect(verdicts(asOf, text)).toEqual([['contradicted', 'tenure']]);
  });
  it('leaves alone counts of another kind, timelines, past terms, hypotheses and records with terms missing', () => {
    for (const [asOf, text] of [
      ['2018-05-08', 'Vladimir Putin was sworn in for a second consecutive term on Monday.'],
      // A weekday hangs on the page's date: not flagged (recall-round25.test.ts).
      ['2024-05-07', 'Vladimir Putin was sworn in for a fourth term on Tuesday.'],
      ['2018-05-08', 'Vladimir Putin was sworn in for a second six-year term on Monday.'],
      ['2024-05-15', 'Vladimir Putin spoke. In 2018, Putin begins his fourth term.'],
      ['2024-05-15', 'Vladimir Putin began his fourth term in 2018.'],
      ['2024-05-15', 'Vladimir Putin spoke. If Putin begins a fifth term, nothing changes.'],
      // Clinton's re-election of 1997 is not on record: his number is not known.
      ['1997-01-25', 'Bill Clinton begins his third term.'],
      // https://www.thehawk.in/posts/vladimir-putin-sworn-in-as-russia's-president-for-record-fifth-term (7 May 2024)
      ['2024-05-07', "Putin's first six-year presidential term began in 2012 and the second one in 2018."],
    ])
      expect(verdicts(asOf, text)).toEqual([]);
    expect(tenureConfirmed('2024-05-15', 'Vladimir Putin spoke. The reshuffle comes as Putin begins his fourth term.')).toEqual([]);
  });
});

describe('an appointment by parliament with no "as" (tenure-appointed.ts)', () => {
  // https://news.az/news/andrei-zagorodnyuk-appointed-ukraines-new-defense-minister (held-out 44 uj009, 29 August 2019)
  const NEWS_AZ =
    'At its first session earlier in the day, the Verkhovna Rada voted to appoint Alexei Goncharuk the country’s prime minister.';
  it('confirms the appointment on its day, of a Russian spelling of the name too', () => {
    expect(tenureConfirmed('2019-08-29', NEWS_AZ).map((a) => a.quote)).toEqual(['appoint Alexei Goncharuk the country’s prime minister']);
    expect(tenureConfirmed('2019-08-29', 'Parliament appointed Oleksiy Honcharuk prime minister on Thursday.').length).toBe(1);
    expect(tenureConfirmed('2023-09-06', 'The Verkhovna Rada voted to appoint Rustem Umerov the country’s defence minister.').length).toBe(
      1,
    );
  });
  it('leaves alone another office and a description that is no office', () => {
    for (const [asOf, text] of [
      ['2019-08-29', 'The Verkhovna Rada voted to appoint Oleksiy Honcharuk the country’s defence minister.'],
      ['2019-08-29', 'Zelensky named Oleksiy Honcharuk the best candidate.'],
    ]) {
      expect(verdicts(asOf, text)).toEqual([]);
      expect(tenureConfirmed(asOf, text)).toEqual([]);
    }
  });
});

describe('a rise to an office told as a noun with its year (tenure-appointed.ts risesTold)', () => {
  // https://arrived-now.com/politics/mark-rutte-a-legacy-of-leadership-and-dutch-politics (held-out 44 um001, January 2026)
  const ARRIVED =
    'Mark Rutte was born in 1967 in The Hague. Rutte’s rise to the position of Prime Minister in 2010 came after a period of political instability in the Netherlands.';
  it('confirms the year the person took the office', () => {
    expect(tenureConfirmed('2026-01-20', ARRIVED).map((a) => a.quote)).toContain('Rutte’s rise to the position of Prime Minister in 2010');
    expect(
      tenureConfirmed('2026-01-20', 'Jens Stoltenberg’s ascension to the post of NATO Secretary General in 2014 was smooth.').length,
    ).toBe(1);
    expect(tenureConfirmed('2026-01-20', 'Mark Rutte’s rise to NATO Secretary General in 2024 was smooth.').length).toBe(1);
  });
  it('flags a year far from the only tenure of the office named', () => {
    for (const text of [
      ARRIVED.replace('2010', '2012'),
      'Mark Rutte’s rise to prime minister in 2012 surprised many.',
      'Jens Stoltenberg’s ascension to the post of NATO Secretary General in 2016 was smooth.',
    ])
      expect(verdicts('2026-01-20', text)).toEqual([['contradicted', 'tenure']]);
  });
  it('leaves alone rises to power, prominence or a party post, and offices held more than once', () => {
    for (const text of [
      'Mark Rutte’s rise to power in 2012 was swift.',
      'Mark Rutte’s rise to prominence in 2006 was swift.',
      'Mark Rutte’s rise to the leadership of the VVD in 2006 was swift.',
      // Putin was president three times (acting, 2000, 2012).
      'Vladimir Putin’s rise to president in 2004 was swift.',
    ])
      expect(verdicts('2026-01-20', text)).toEqual([]);
  });
});

describe('a term’s end told as a noun with its date (tenure-dismissed.ts termsEnded)', () => {
  it('confirms the end on record', () => {
    for (const text of [
      'Jens Stoltenberg’s term as NATO Secretary General ended on 1 October 2024.',
      'Mark Rutte’s term as prime minister ended in July 2024.',
      'Joe Biden’s presidency ended on January 20, 2025.',
      'Donald Trump’s presidency ended on January 20, 2021.',
    ])
      expect(tenureConfirmed('2025-02-04', text).length).toBe(1);
  });
  it('flags an end far from the one tenure of the office named', () => {
    for (const text of ['Mark Rutte’s term as prime minister ended in 2022.', 'Joe Biden’s presidency ended on January 20, 2024.'])
      expect(verdicts('2025-02-04', text)).toEqual([['contradicted', 'tenure']]);
  });
  it('leaves alone extended mandates, numbered terms and ends told without a time', () => {
    for (const text of [
      // Stoltenberg's mandate was extended four times: an earlier end may be meant.
      'Jens Stoltenberg’s term as NATO Secretary General ended in October 2023.',
      // Rutte's fourth cabinet fell in July 2023; he stayed in office as caretaker.
      'Mark Rutte’s fourth term as prime minister ended in July 2023.',
      'Joe Biden’s presidency ended in war.',
    ])
      expect(verdicts('2025-02-04', text)).toEqual([]);
  });
});
