// Round 39, errors by volume. Of the classes of missed core errors over all labelled sets (held-out 13-37), the one taken:
// a tenure's length told far from the record ("Mark Rutte, formerly Premier of the Netherlands for a decade", held-out 15
// c110, June 2025: he was prime minister for 13.7 years). tenure-length.ts's forms ("who has been TITLE for N years",
// "after N years as TITLE", "After N years as TITLE, NAME") were confirm-only; they now flag a length off by two years and
// 30% of the figure (less on a hedge's side), for one office named by its title, the person's only run of it, verified,
// on a certain date, when their time in office across offices without a year's break is off too. tenure-span.ts's
// "who has been TITLE for N years" flagged only ended tenures; a running one told as longer than it has lasted (by more than
// a year beyond rounding) is flagged on the same conditions. (2) A start of office told in a "since taking office in X"
// clause about a named person ("Since taking office in June 2025, Rutte has ...", after held-out 22 pb005; tenure.ts's
// sinceTakingOffice, confirm-only before), and "NAME (TITLE since X)" in brackets, read as the comma's apposition is: a time more than a week after the start of the one office they hold that day (a
// head's office before a party's), fitting no start of any office of theirs, is judged as tenure.ts judges a start. Real quotes with their entry ids, variants of our own (other
// people, other offices, other word orders), and the true or rounded sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { said, saidRed } from './helpers';

// Red flags on a length: the quote holds the figure's unit.
const lengthRed = (text: string, asOf: string) =>
  said(text, asOf).filter((s) => /^(?:contradicted|outdated)/.test(s) && /\b(?:years?|decades?)\b/.test(s));

describe("a tenure's length told far from the record", () => {
  it('flags a length off by far more than rounding, ended or told longer than it has run', () => {
    for (const [text, asOf] of [
      // held-out 15 c110 (the show notes' form, with the name the page gives before it)
      ['NATO Secretary General Mark Rutte, formerly Premier of the Netherlands for a decade, said allies must spend more.', '2025-06-27'],
      ['Mark Rutte, who was Dutch prime minister for five years, chaired the summit.', '2025-06-27'],
      ['After 10 years as Dutch prime minister, Mark Rutte took over NATO.', '2024-10-01'],
      ['Jens Stoltenberg stepped down after six years as NATO secretary general.', '2024-10-01'],
      ['Jens Stoltenberg, who has been NATO Secretary General for 20 years, handed over to Mark Rutte.', '2024-10-01'],
      ['Petro Poroshenko, who has been president of Ukraine for a decade, lost the runoff.', '2019-04-20'],
      ['Angela Merkel, who was German chancellor for ten years, left office in December.', '2022-01-10'],
    ] as const)
      expect(lengthRed(text, asOf), text).not.toEqual([]);
  });

  it('says nothing red of true or rounded lengths, nor where another stint or office may be meant', () => {
    for (const [text, asOf] of [
      ['said Mark Rutte, who has been prime minister for 13 years', '2024-05-30'], // held-out 15 c117
      ['Mark Rutte was Prime Minister of the Netherlands for 14 years, from 2010 to 2024.', '2024-09-11'], // held-out 15 tb118
      ['Jens Stoltenberg headed NATO for a decade.', '2025-02-04'], // held-out 24 se010
      ['Jens Stoltenberg’s 10 years as NATO Secretary General ended on Tuesday.', '2024-10-01'], // held-out 28 md005
      ['Angela Merkel’s sixteen years as German chancellor are coming to an end.', '2021-10-15'], // held-out 27 jd016
      ['Mark Rutte, who was Dutch prime minister for nearly 14 years, chaired the summit.', '2025-06-27'],
      ['Mark Rutte, who was Dutch prime minister for more than a decade, chaired the summit.', '2025-06-27'],
      ['Jens Stoltenberg, who has been NATO Secretary General for over five years, handed over.', '2024-10-01'],
      ['Jens Stoltenberg stepped down after ten years as NATO secretary general.', '2024-10-01'],
      ['Sergei Shoigu, who served as defence minister for 12 years, was moved to the Security Council.', '2024-05-13'],
      ['Boris Johnson, who was British prime minister for three years, resigned.', '2022-07-08'],
      ['Rustem Umerov, who has been Ukraine’s defence minister for two months, said.', '2023-11-20'],
      // Prime minister, then president: "two decades" counts both.
      ['Recep Tayyip Erdogan, who has been Turkey’s president for two decades, faces a runoff.', '2023-05-20'],
      // A running tenure told as shorter may count from a new term.
      ['Vladimir Putin, who has been Russia’s president for six years, was re-elected.', '2024-03-20'],
    ] as const)
      expect(
        saidRed(text, asOf).filter((s) => /\b(?:years?|decades?)\b/.test(s)),
        text,
      ).toEqual([]);
  });
});

describe('a start of office told in a "since taking office in X" clause', () => {
  it('flags a time after the start of the office held that day, told before the name', () => {
    for (const [text, asOf] of [
      // after held-out 22 pb005 ("since taking office in June 2025", of Rutte, on the summit's days), the clause before the name
      ['Since taking office in June 2025, Mark Rutte has pushed allies to spend more.', '2025-06-26'],
      ['Since taking office in March, Donald Trump has pushed allies to spend more.', '2025-06-26'],
      ['Since assuming office on May 16, Friedrich Merz has travelled widely.', '2025-08-10'],
      ['Since taking office in July, Friedrich Merz has travelled widely.', '2025-08-10'],
    ] as const)
      expect(saidRed(text, asOf), text).not.toEqual([]);
  });

  it('confirms or says nothing of a true start, an earlier office, a later term, or a clause of someone else', () => {
    for (const [text, asOf] of [
      ['Since taking office in October 2024, Mark Rutte has pushed allies to spend more.', '2025-06-26'],
      ['Since taking office in January, Donald Trump has pushed allies to spend more.', '2025-06-26'],
      ['Donald Trump has signed dozens of orders since taking office in January.', '2025-06-26'],
      ['Since taking office in 2017, Donald Trump has pushed allies to spend more.', '2025-06-26'], // his first term
      ['Since taking office in May, Friedrich Merz has travelled widely.', '2025-08-10'],
      ['Since taking office in December, Olaf Scholz has changed course.', '2022-03-01'],
      // before the running tenure's start: an office the fact base may not hold
      ['Since taking office in November, Olaf Scholz has changed course.', '2022-03-01'],
      ['Since taking office in 2018, Vladimir Putin has tightened control.', '2024-03-20'], // a re-elected head's term
      ['Since taking office in 2023, Recep Tayyip Erdogan has reshuffled the cabinet.', '2024-03-01'], // sworn in again, June 2023
      ['Since taking office in 2022, Kaja Kallas has backed Ukraine.', '2024-02-01'], // her second cabinet, July 2022
      ['Donald Trump has met Vladimir Putin twice since taking office in March.', '2025-06-26'], // two people: whose?
      ['Trump’s approval has fallen since taking office in March. Donald Trump spoke.', '2025-06-26'],
      ['Since taking office in March, Trump’s envoy Steve Witkoff has met Putin four times.', '2025-06-26'],
      ['Zelensky said Trump had changed course since taking office in March.', '2025-06-26'],
      // The clause after a name may be another's (round 24's reader needs the title): not read here.
      ['NATO Secretary General Mark Rutte praised the president, who has pushed allies since taking office in January 2025.', '2025-06-26'],
    ] as const)
      expect(
        saidRed(text, asOf).filter((s) => /taking|assuming/.test(s)),
        text,
      ).toEqual([]);
  });
});

describe('"NAME (TITLE since X)": the apposition in brackets', () => {
  it('judges the start as the comma form does', () => {
    for (const [text, asOf] of [
      ['Mark Rutte (NATO Secretary General since 2023) chaired the summit.', '2025-06-26'],
      ['Kaja Kallas (Estonia’s prime minister since 2022) spoke in Munich.', '2024-02-01'],
      ['Friedrich Merz (German chancellor since 2024) met Zelensky.', '2025-08-10'],
    ] as const)
      expect(saidRed(text, asOf), text).not.toEqual([]);
    for (const [text, asOf] of [
      ['Mark Rutte (NATO Secretary General since October 2024) chaired the summit.', '2025-06-26'],
      ['Mark Rutte (Dutch prime minister since 2010) spoke.', '2019-06-26'],
      ['Kaja Kallas (prime minister since 2021) spoke.', '2024-02-01'],
      ['Mark Rutte (pictured) has led NATO since October 2024.', '2025-06-26'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
});

describe('a title ending a clause that tells of the tenure, before the name (title.ts)', () => {
  it('is not outdated there: the clause tells of that time', () => {
    for (const [text, asOf] of [
      ['After 14 years as Dutch prime minister, Mark Rutte took over NATO.', '2024-10-01'],
      ['After five years as NATO Deputy Secretary General, Mircea Geoana left.', '2024-10-02'],
      ['Following a decade as NATO secretary general, Jens Stoltenberg returned to Norwegian politics.', '2025-03-01'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
  it('still flags the title told of the page’s day', () => {
    expect(saidRed('Dutch prime minister Mark Rutte took over NATO.', '2024-10-01')).not.toEqual([]);
  });
});
