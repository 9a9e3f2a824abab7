// Round 26: meetings as families (NATO ministerials in more wordings, the Ukraine Defense Contact Group's numbered
// meetings, the EU's foreign ministers, "this June"). Sentences made up after the development sets' forms, about other
// meetings and years than those pages.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, redQuotes } from './helpers';

describe("NATO ministerials: the meeting's length between the ministers and the noun, a ministerial called a summit", () => {
  it('confirms "NATO’s Defence Ministers two-day meeting" by its weekday and place', () => {
    const text = 'Lithuania’s minister will attend NATO’s Defence Ministers two-day meeting in Brussels on Wednesday.';
    expect(eventVerdictsOn(text, 'two-day meeting', '2023-10-11')).toEqual(['supported']);
  });

  it('flags another place told with the day written out, as the plain form is', () => {
    const text = 'The minister attended NATO’s Defence Ministers 2-day meeting in Vilnius on October 11, 2023.';
    expect(eventVerdictsOn(text, 'in Vilnius', '2023-10-20')).toEqual(['contradicted']);
  });

  it('reads "the summit of NATO defence ministers" as the ministerial; another club’s ministers say nothing', () => {
    expect(eventVerdictsOn('He spoke at the summit of NATO defence ministers in Brussels on Thursday.', 'summit', '2022-06-16')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn('He spoke at a summit of EU defence ministers in Brussels on Thursday.', 'summit', '2022-06-16')).toEqual([]);
  });

  it('reads a planned meeting ("are set to hold") and ministers "of member states of NATO" who "began" talks', () => {
    const plan = 'NATO foreign ministers are set to hold a two-day meeting in Bucharest starting on Tuesday.';
    expect(eventVerdictsOn(plan, 'two-day meeting', '2022-11-28')).toEqual(['supported']);
    const began = 'On Thursday, the defence ministers of member states of NATO began two days of talks in Brussels.';
    expect(eventVerdictsOn(began, 'began', '2021-10-22')).toEqual(['supported']);
  });
});

describe('"will meet NATO defence ministers": the ministers as whom someone meets, confirm-only', () => {
  it('confirms the ministerial of that day and place', () => {
    const text = 'The minister will meet NATO defence ministers in Brussels on Thursday.';
    expect(eventVerdictsOn(text, 'NATO defence ministers', '2024-10-16')).toEqual(['supported']);
  });

  it('never flags another day or place: a minister may meet them elsewhere or by video', () => {
    expect(redQuotes('The minister met NATO defence ministers in Kyiv on Friday.', '2024-10-16')).toEqual([]);
    expect(redQuotes('The minister met NATO foreign ministers in Brussels on Monday.', '2024-10-16')).toEqual([]);
    expect(redQuotes('Zelensky met NATO defence ministers in Brussels on 14 October 2024.', '2024-10-20')).toEqual([]);
  });
});

describe('"Monday’s foreign ministers’ meeting" in a sentence whose actor is the EU', () => {
  it('confirms the Foreign Affairs Council of that day and place', () => {
    const text = 'The European Union agreed to name new envoys at Monday’s foreign ministers’ meeting in Brussels.';
    expect(eventVerdictsOn(text, 'foreign ministers’ meeting', '2024-02-19')).toEqual(['supported']);
  });

  it('says nothing where NATO is named too, or where no Council met that day', () => {
    const nato = 'The European Union said NATO and the bloc would coordinate, after Monday’s foreign ministers’ meeting in Brussels.';
    expect(eventVerdictsOn(nato, 'foreign ministers’ meeting', '2024-02-20')).toEqual([]);
    const other = 'The European Union failed to agree during Wednesday’s foreign ministers’ meeting in Brussels.';
    expect(eventVerdictsOn(other, 'foreign ministers’ meeting', '2024-02-22')).toEqual([]);
  });
});

describe('"this June": the page’s own year, whatever the tense', () => {
  it('confirms a summit told in the future tense on a page published after it (a text written before)', () => {
    const text = 'At a NATO summit in the Netherlands this June, alliance members are expected to agree on higher spending.';
    expect(eventVerdictsOn(text, 'NATO summit', '2025-10-27')).toEqual(['supported']);
    expect(eventVerdictsOn(text, 'NATO summit', '2025-03-27')).toEqual(['supported']);
  });

  it('never flags another place by a month alone', () => {
    expect(redQuotes('At the NATO summit in Madrid this July, leaders agreed to more support.', '2023-11-20')).toEqual([]);
  });
});

describe('the Ukraine Defense Contact Group: its numbered meetings, in person and online', () => {
  it('confirms meetings by number, day and place (2nd to 32nd)', () => {
    expect(
      eventVerdictsOn('The 22nd Ramstein meeting, held online on May 20, focused on air defence.', '22nd Ramstein meeting', '2024-05-21'),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn('The fifth Ramstein-format meeting was held in Germany on 8 September 2022.', 'held in Germany', '2022-09-10'),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn('Ministers gathered for the Ramstein meeting on Wednesday at NATO headquarters.', 'Ramstein meeting', '2022-10-13'),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn('The 32nd meeting of the Ukraine Defense Contact Group was held by video.', '32nd meeting', '2025-12-17'),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn('At the 31st UDCG meeting in Brussels, the minister gave an update.', '31st UDCG meeting', '2025-10-16'),
    ).toEqual(['supported']);
  });

  it('flags a numbered meeting told on another day written out with its year', () => {
    // The seventh is on record now (16 November 2022, online): the number names it beyond doubt.
    const seventh =
      'Zelensky delivers an address during the seventh meeting of the Ukraine Defense Contact Group (UDCG) at Ramstein, Germany, 06 August 2024.';
    expect(eventVerdictsOn(seventh, 'seventh meeting', '2024-09-06')).toEqual(['contradicted']);
    const text = 'The 13th meeting of the Ukraine Defense Contact Group, held on 16 June 2023, focused on air defence.';
    expect(eventVerdictsOn(text, '13th meeting', '2023-06-20')).toEqual(['contradicted']);
  });

  it('flags a place told for a meeting of that day held elsewhere, and never a place for one held online', () => {
    const text = 'The Contact Group meeting on October 12 in Ramstein, Germany discussed air defence.';
    expect(eventVerdictsOn(text, 'Contact Group meeting', '2022-10-13')).toEqual(['contradicted']);
    expect(redQuotes('The Contact Group meeting on March 15 in Ramstein, Germany discussed air defence.', '2023-03-16')).toEqual([]);
    expect(redQuotes('The Contact Group meeting on Wednesday in Brussels discussed air defence.', '2023-03-16')).toEqual([]);
  });
});

describe('G20 summits 2017–2025 on record (places with their countries)', () => {
  it('confirms the summit by its place or country and day', () => {
    expect(
      eventVerdictsOn('They worked on a counteroffer at the G20 summit in South Africa.', 'summit in South Africa', '2025-12-01'),
    ).toEqual(['supported']);
    expect(eventVerdictsOn('Starmer spoke at the G20 summit in Johannesburg on Saturday.', 'G20 summit', '2025-11-25')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn('Leaders gathered in New Delhi on Saturday for the G20 summit.', 'gathered', '2023-09-10')).toEqual([
      'supported',
    ]);
  });

  it('never flags a bilateral meeting the day before a summit in its city, nor an arrival', () => {
    expect(redQuotes('Biden met Macron in Rome on Friday, October 29, ahead of the G20 summit.', '2021-10-30')).toEqual([]);
    expect(redQuotes('Modi hosted Biden in New Delhi on September 8, 2023, a day before the G20 summit opened.', '2023-09-09')).toEqual([]);
    expect(redQuotes('Leaders arrived in Johannesburg on November 21 for the G20 summit.', '2025-11-21')).toEqual([]);
    expect(redQuotes('Biden and Xi met in Bali on November 14 ahead of the G20 summit.', '2022-11-14')).toEqual([]);
  });

  it('does not confirm another meeting of the same city for days that are not the summit’s', () => {
    expect(eventVerdictsOn('The G20 summit in Osaka took place on June 27-28, 2019.', 'G20 summit', '2019-07-01')).not.toContain(
      'supported',
    );
  });
});

describe('talks named by their sides and place, no time ("U.S.-Russia talks in Riyadh")', () => {
  it('confirms the one record of those sides at that place within weeks of the page', () => {
    expect(eventVerdictsOn('These remarks followed U.S.-Russia talks in Riyadh, Saudi Arabia.', 'U.S.-Russia talks', '2025-02-20')).toEqual(
      ['supported'],
    );
    expect(eventVerdictsOn('The US-Ukraine talks in Jeddah ended with a ceasefire proposal.', 'US-Ukraine talks', '2025-03-14')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn('The US-Ukraine talks in Geneva produced a 19-point plan.', 'US-Ukraine talks', '2025-12-01')).toEqual([
      'supported',
    ]);
  });

  it('says nothing for other sides at the place, two rounds in the window, or a time told', () => {
    expect(eventVerdictsOn('The US-Russia talks in Jeddah ended with a ceasefire proposal.', 'US-Russia talks', '2025-03-14')).toEqual([]);
    // The first and second Istanbul rounds (16 May, 2 June 2025) both lie within weeks of the page, both held by then (round 41:
    // a round still to come is not one told as held, so on 20 May the sentence tells of 16 May's).
    expect(
      eventVerdictsOn('The Russia-Ukraine talks in Istanbul lasted less than two hours.', 'Russia-Ukraine talks', '2025-06-10'),
    ).toEqual([]);
    expect(eventVerdictsOn('These remarks followed U.S.-Russia talks in Riyadh in 2019.', 'U.S.-Russia talks', '2025-02-20')).toEqual([]);
  });
});

describe('the US–Russia talks of January 2022 and the NATO–Russia Council', () => {
  it('confirms the Geneva talks, the working dinner the evening before, and Blinken–Lavrov', () => {
    expect(eventVerdictsOn('Sherman and Ryabkov met in Geneva on January 9.', 'met in Geneva', '2022-01-11')).toEqual(['supported']);
    expect(eventVerdictsOn('Blinken and Lavrov met in Geneva on Friday.', 'met in Geneva', '2022-01-22')).toEqual(['supported']);
  });

  it('flags a day after the talks that no one met on', () => {
    expect(eventVerdictsOn('Sherman and Ryabkov held talks in Geneva on January 11.', 'on January 11', '2022-01-12')).toEqual([
      'contradicted',
    ]);
  });

  it('leaves alone their meetings elsewhere on other days', () => {
    expect(redQuotes('Blinken met Lavrov in Stockholm on Thursday, on the sidelines of the OSCE.', '2021-12-03')).toEqual([]);
  });
});
