// Meetings, calls and sanctions packages with days and places, twenty-second round: held-out 20's machine-written pages
// (yd304, yd306, yd310) and breadth pages (ya062). The held-out texts are not in the repository; short quotes carry their ids.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red, confirmedEventIds as confirmedIds } from './helpers';

const redIds = (text: string, asOf: string) => red(text, asOf).flatMap((a) => a.factIds);

describe('the Trump–Rutte meeting in Davos, 21 January 2026 (events.json)', () => {
  it('"On January 22, 2026, US President Donald Trump met NATO Secretary General Mark Rutte in Davos" is a day late (yd310)', () => {
    const s =
      'On January 22, 2026, US President Donald Trump met NATO Secretary General Mark Rutte in Davos, Switzerland, at the World Economic Forum.';
    expect(redIds(s, '2026-01-23')).toEqual(['davos-meeting-2026-01-21']);
    // the true day, and the day Trump met Zelenskyy there
    expect(red(s.replace('January 22', 'January 21'), '2026-01-23')).toEqual([]);
    expect(confirmedIds(s.replace('January 22', 'January 21'), '2026-01-23')).toEqual(['davos-meeting-2026-01-21']);
    const z = 'On January 22, 2026, US President Donald Trump met Ukrainian President Volodymyr Zelensky in Davos, Switzerland.';
    expect(red(z, '2026-01-23')).toEqual([]);
    expect(confirmedIds(z, '2026-01-23')).toEqual(['davos-meeting-2026-01-22']);
  });
  it('"announced on Wednesday, January 21, 2026, during a high-stakes meeting at the World Economic Forum in Davos" (ya062)', () => {
    const s =
      'President Donald Trump has unveiled a sweeping agreement with NATO Secretary General Mark Rutte.\n\nThe deal, announced on Wednesday, January 21, 2026, during a high-stakes meeting at the World Economic Forum in Davos, Switzerland, includes the immediate cancellation of tariffs.';
    expect(confirmedIds(s, '2026-01-21')).toEqual(['davos-meeting-2026-01-21']);
    expect(red(s, '2026-01-21')).toEqual([]);
  });
  it('look-alikes: their phone call before Davos, and an event there with no meeting word, are not the meeting', () => {
    expect(
      red(
        'On Tuesday, Trump had a very good telephone call with NATO Secretary General Mark Rutte and agreed to a meeting in Davos.',
        '2026-01-20',
      ),
    ).toEqual([]);
    expect(red('On January 22, 2026, Trump and Rutte attended the Board of Peace signing in Davos.', '2026-01-23')).toEqual([]);
  });
});

describe('"NATO defense ministers are convening in Brussels on Thursday, February 13" (ministerials.ts, yd304)', () => {
  it('"are convening" is the ministers meeting, like "are meeting"', () => {
    const s = 'NATO defense ministers are convening in Brussels on Thursday, February 13, for their first meeting of the year.';
    expect(confirmedIds(s, '2025-02-13')).toEqual(['nato-defence-ministers-2025-02-13']);
    expect(red(s, '2025-02-13')).toEqual([]);
    // EU ministers convening are someone else's
    expect(confirmedIds('EU defence ministers are convening in Brussels on Thursday, February 13.', '2025-02-13')).toEqual([]);
    // a week later: no ministerial then, and no flag of a plan
    expect(red(s.replace('February 13', 'February 20'), '2025-02-13')).toEqual([]);
  });
});

describe('a dotted day in brackets after its weekday, and a day opening the sentence before an aside (dates.ts, event.ts)', () => {
  const s =
    'Just on Thursday (13.03.2025), following the announcement of a plan by the Ukrainian government, phone communications began between Trump and Russian President Vladimir Putin to determine Ukraine’s future.';
  it('"Just on Thursday (13.03.2025), ..., phone communications began between Trump and Putin": no call that day (yd306)', () => {
    expect(redIds(s, '2025-03-14')).toEqual(['trump-putin-call-2025-03-18']);
  });
  it('the day of their call is confirmed, written either way', () => {
    const t =
      'Just on Wednesday (12.02.2025), following the announcement of a plan, phone communications began between Trump and Russian President Vladimir Putin.';
    expect(confirmedIds(t, '2025-02-13')).toEqual(['trump-putin-call-2025-02-12']);
    expect(red(t, '2025-02-13')).toEqual([]);
    const u = 'On February 12, 2025, following the announcement of a plan, Trump held a phone call with Russian President Vladimir Putin.';
    expect(confirmedIds(u, '2025-02-13')).toEqual(['trump-putin-call-2025-02-12']);
    expect(red(u, '2025-02-13')).toEqual([]);
  });
  it('look-alikes: a weekday that does not name the dotted day, the aside’s own event, Witkoff in Moscow', () => {
    // 12.03.2025 was a Wednesday: the bracket is not the weekday's day, nothing is read as written out
    expect(red('On Thursday (12.03.2025), Trump held a phone call with Russian President Vladimir Putin.', '2025-03-14')).toEqual([]);
    // the opening day is the main clause's, never the aside's talks (Riyadh, February)
    expect(
      redIds('On March 13, 2025, following talks in Riyadh, Trump held a phone call with Russian President Vladimir Putin.', '2025-03-14'),
    ).toEqual(['trump-putin-call-2025-03-18']);
    expect(red('On March 13, 2025, after the Riyadh talks, Rubio said the ball was in Russia’s court.', '2025-03-14')).toEqual([]);
    // an event told inside the aside keeps its own day
    const v = 'On March 13, 2025, after his phone call with Russian President Vladimir Putin on February 12, Trump said the war must end.';
    expect(red(v, '2025-03-14')).toEqual([]);
    expect(confirmedIds(v, '2025-03-14')).toEqual(['trump-putin-call-2025-02-12']);
    expect(red('On Thursday (13.03.2025), Witkoff met Putin in Moscow.', '2025-03-14')).toEqual([]);
  });
});

describe('"on this symbolic date" takes the day the sentence before wrote out (sanction-packages.ts, yd303)', () => {
  const s =
    'February 24, 2024, marked the second anniversary of Russia’s invasion of Ukraine. It is on this symbolic date that the European Union adopted new sanctions against the Russian Federation with its 13th sanctions package.';
  it('the 13th package was adopted on 23 February 2024, the day before', () => {
    const flags = red(s, '2024-02-26').filter((a) => a.kind === 'sanction');
    expect(flags.map((a) => a.message)).toEqual([
      'The EU adopted its 13th sanctions package on February 23, 2024, not on February 24, 2024.',
    ]);
  });
  it('look-alikes: the true day, an anniversary years back, a paragraph between, a time of its own', () => {
    expect(
      red(
        s.replace('February 24, 2024, marked the second anniversary', 'February 23, 2024, was the eve of the second anniversary'),
        '2024-02-26',
      ).filter((a) => a.kind === 'sanction'),
    ).toEqual([]);
    expect(
      red('Russia launched the war on February 24, 2022. On this day, the EU adopted its 16th sanctions package.', '2025-02-25'),
    ).toEqual([]);
    expect(
      red('The talks were held on February 22, 2024.\n\nOn this day, the EU adopted its 13th sanctions package.', '2024-02-26'),
    ).toEqual([]);
    expect(
      red('The talks were held on February 24, 2024. On this day last year, the EU adopted its 10th sanctions package.', '2024-02-26'),
    ).toEqual([]);
    expect(
      red('The ministers met on February 23, 2024. On this very day, the EU adopted its 13th sanctions package.', '2024-02-26'),
    ).toEqual([]);
  });
});

describe('"The consultations, which spanned February 4 and 5, 2026" of the talks the page told of (event.ts, ya049)', () => {
  const lead = 'On February 5, 2026, the second round of trilateral peace negotiations concluded in Abu Dhabi. The swap was agreed. ';
  it('the round told two sentences before, its days fitting: confirmed', () => {
    const s = `${lead}The consultations, which spanned February 4 and 5, 2026, utilized a structured approach.`;
    expect(analyze(s, '2026-02-06').some((a) => a.quote.startsWith('consultations, which spanned') && a.verdict === 'supported')).toBe(
      true,
    );
    expect(red(s, '2026-02-06')).toEqual([]);
  });
  it('look-alikes: other days, consultations with someone, Article 4 consultations: neither confirmed nor flagged', () => {
    const other = `${lead}The consultations, which spanned February 2 and 3, 2026, utilized a structured approach.`;
    expect(analyze(other, '2026-02-06').some((a) => a.quote.startsWith('consultations'))).toBe(false);
    expect(red(other, '2026-02-06')).toEqual([]);
    const withAllies = `${lead}The consultations with allies, which spanned February 4 and 5, 2026, were useful.`;
    expect(analyze(withAllies, '2026-02-06').some((a) => a.quote.startsWith('consultations'))).toBe(false);
    expect(red('Allies held Article 4 consultations at NATO headquarters in Brussels on February 24, 2022.', '2022-02-25')).toEqual([]);
  });
  it('"the summit, which lasted from July 11 to 12, 2023" belongs to the summit’s clause', () => {
    const s = 'The NATO summit in Vilnius, which lasted from July 11 to 12, 2023, admitted no one.';
    expect(confirmedIds(s, '2023-07-20')).toEqual(['nato-summit-2023-vilnius']);
    expect(red(s, '2023-07-20')).toEqual([]);
  });
});
