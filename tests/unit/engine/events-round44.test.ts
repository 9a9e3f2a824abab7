// Round 44, events lane: summits told with a weekday or a day that is not their own.
// (1) The summit named by its weekday: "Monday's NATO meeting in London" (held-out 42 tt008, 3 December 2019; the leaders'
//     meeting opened on Tuesday 3 December) (summit-weekday.ts, the possessive form). Where the record holds the summit's
//     programme, its eve is no day of it (the same reader's "at the summit in X on Monday").
// (2) The opening part of a summit told on a later part's day: "On December 4, Mr. Trump was welcomed at Buckingham Palace
//     for the NATO leaders meeting" (held-out 42 tt006; the Queen's reception was on the 3rd) (summit-programme.ts).
import { describe, expect, it } from 'vitest';
import { analyze, isRed } from './helpers';

const eventVerdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('(1) a summit named by a weekday that is not its own', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // https://www.realclearpolitics.com/video/2019/12/03/trump_asks_macron_if_he_wants_some_nice_isis_fighters_at_nato_summit.html
      [
        'During a press conference at Monday\u2019s NATO meeting in London, President Trump again brought up the issue of European countries not wanting to take back ISIS fighters from their countries.',
        '2019-12-03',
        'NATO meeting in London',
      ],
      ["Monday's NATO meeting in London", '2019-12-03', 'NATO meeting'],
      ["At Monday's NATO summit in London, Trump and Macron clashed over ISIS fighters.", '2019-12-05', 'summit in London'],
      ["Erdogan spoke at last Sunday's NATO summit in Vilnius.", '2023-07-13', 'summit in Vilnius'],
      // The Hague's programme opened with the King's dinner on Tuesday 24 June 2025: Monday was no day of it.
      ['Allies agreed at the NATO summit in The Hague on Monday.', '2025-06-26', 'The Hague on Monday'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('stays quiet on its own days, the eve of a summit with no programme on record, or a journey', () => {
    for (const [text, asOf] of [
      ["At Tuesday's NATO meeting in London, Trump met Macron.", '2019-12-04'],
      ["At Wednesday's NATO summit in Watford, leaders signed a declaration.", '2019-12-05'],
      // Brussels Times, 25 June 2025: "officially pledged ... at Wednesday's summit in The Hague".
      ["NATO allies officially pledged to raise defence spending to 5% of GDP at Wednesday's summit in The Hague.", '2025-06-26'],
      ["At Tuesday's NATO summit in The Hague, the King hosted the leaders for dinner.", '2025-06-26'],
      // Madrid's eve (the memorandum, 28 June 2022) and Vilnius's (the deal of 10 July 2023) stay the summit's.
      ["Turkey lifted its veto at Tuesday's NATO summit in Madrid.", '2022-06-30'],
      ['Erdogan agreed at the NATO summit in Vilnius on Monday to back Sweden.', '2023-07-13'],
      ['Trump arrived in London on Monday for the NATO summit.', '2019-12-03'],
      ["Thursday's meeting in London was tense, NATO officials said.", '2019-12-05'],
      // CNN, 3 December 2019.
      [
        "US President Donald Trump will join other NATO heads of state at Buckingham Palace in London on Tuesday to mark the NATO Alliance's 70th birthday.",
        '2019-12-03',
      ],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
    expect(eventVerdictsOn("At Tuesday's NATO meeting in London, Trump met Macron.", 'NATO meeting in London', '2019-12-04')).toContain(
      'supported',
    );
  });
});

describe('(2) the opening part of a summit told on a later part’s day', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // https://fabiosa.com/ctrlnws-rsova-auova-pbova-phisl-princess-anne-shrugs-at-the-queen-after-being-scolded/
      [
        'On December 4, Mr. Trump was welcomed at Buckingham Palace for the NATO leaders meeting to mark 70 years of the alliance.',
        '2019-12-04',
        'Buckingham Palace',
      ],
      [
        'The Queen hosted NATO leaders at Buckingham Palace on December 4 for the 70th anniversary meeting.',
        '2019-12-05',
        'Buckingham Palace',
      ],
      ['On June 25, leaders at the NATO summit dined with the King at Huis ten Bosch Palace.', '2025-06-26', 'Huis ten Bosch'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('stays quiet on the opening’s own day, a sentence of both parts, a weekday or another visit', () => {
    for (const [text, asOf] of [
      // https://newsum.in/news/2019-nato-summit-underway-in-london/amp/
      [
        'Queen Elizabeth will host a reception for the world leaders at the Buckingham Palace on 3rd December to mark this momentous occasion.',
        '2019-12-03',
      ],
      // https://www.commercialappeal.com/story/entertainment/celebrities/2019/12/03/trump-melania-queen-elizabeth-royal-family-palace-nato-party/2588959001/
      [
        'Queen Elizabeth II, with first lady Melania Trump during a reception the monarch hosted for NATO leaders at Buckingham Palace, on Dec. 3, 2019.',
        '2019-12-03',
      ],
      // https://www.theroyalforums.com/67484-queen-hosts-nato-summit/ (posted on 4 December)
      ['Queen Elizabeth II hosted NATO leaders today at Buckingham Palace on December 3.', '2019-12-04'],
      ['On December 4, NATO leaders met at The Grove in Watford after a reception at Buckingham Palace the evening before.', '2019-12-05'],
      ['On December 4, NATO leaders met in Watford; Trump had been at Buckingham Palace for the reception.', '2019-12-05'],
      ['On June 24, leaders at the NATO summit dined with the King at Huis ten Bosch Palace.', '2025-06-26'],
      ['On Tuesday evening, the Queen welcomed NATO leaders at Buckingham Palace.', '2019-12-04'],
      ['On June 4, Trump was welcomed at Buckingham Palace for a state visit.', '2019-06-04'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
  it('confirms the opening told on its own day', () => {
    for (const [text, asOf, words] of [
      // https://www.theroyalforums.com/67484-queen-hosts-nato-summit/ (posted on 4 December)
      ['Queen Elizabeth II hosted NATO leaders today at Buckingham Palace on December 3.', '2019-12-04', 'Buckingham Palace'],
      ['The King hosted NATO leaders for dinner at Huis ten Bosch Palace on June 24.', '2025-06-26', 'Huis ten Bosch'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('supported');
  });
});

describe('(3) a NATO ministerial in the title case of official releases', () => {
  it('is confirmed on its days and place', () => {
    for (const [text, asOf, words] of [
      // https://bucharest.mfa.gov.mk/en/page/13/post/2964/osmani-at-berlin-nato-ministerial-
      [
        'The Minister of Foreign Affairs, Bujar Osmani, participated in the informal NATO Ministerial Meeting which took place on 14 and 15 May in Berlin.',
        '2022-05-20',
        'NATO Ministerial Meeting',
      ],
      ['The NATO Ministerial Meeting in Berlin on 14-15 May focused on Finland and Sweden.', '2022-05-20', 'NATO Ministerial Meeting'],
      ['Osmani took part in the NATO Ministerial Conference in Berlin on 14 and 15 May.', '2022-05-20', 'NATO Ministerial Conference'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('is not confirmed, and not flagged, on other days or at another place', () => {
    for (const [text, asOf] of [
      ['The NATO Ministerial Meeting took place on 16 and 17 May in Berlin.', '2022-05-20'],
      ['The NATO Ministerial Meeting took place on 14 and 15 May in Brussels.', '2022-05-20'],
      ['The EU Ministerial Meeting took place on 14 and 15 May in Berlin.', '2022-05-20'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(eventVerdictsOn(text, 'Ministerial Meeting', asOf), text).not.toContain('supported');
    }
  });
});
