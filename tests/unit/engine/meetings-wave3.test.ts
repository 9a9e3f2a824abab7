// Meetings, summits and the war's anchors told in real articles (the held-out sets, read in the
// fifth round): a NATO summit announced for "next month" or "in December", last year's summit told
// as this year's, "NATO heads of state and government will meet in ...". Each test quotes the
// article's sentence; negatives are true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, eventsOn, isRed } from './helpers';

describe("a stale summit: last year's NATO summit told as this year's", () => {
  // thenewsintel.com, 24 June 2025 (held-out 3, m021): a machine-written page about The Hague
  // summit, copied from June 2024, when the Washington summit (9-11 July 2024) was a month away.
  const page =
    'Heads of state and government from the North Atlantic Treaty Organization (NATO) will meet in The Hague on Tuesday for a high-level summit.\n' +
    'The meeting comes ahead of the formal NATO 75th anniversary summit scheduled for July in Washington, D.C.\n' +
    '- Strategic Priorities Ahead of Washington Summit: The Hague meeting is seen as a preparatory platform to solidify unity and policy direction ahead of the landmark summit in the United States next month.';

  it('"ahead of the landmark summit in the United States next month" (June 2025) is outdated', () => {
    const found = eventsOn(page, 'summit in the United States next month', '2025-06-24');
    expect(found.map((a) => a.verdict)).toEqual(['outdated']);
    expect(found[0].factIds).toEqual(['nato-summit-2024-washington']);
    expect(found[0].message).toContain('The Hague');
  });

  it('"the formal NATO 75th anniversary summit scheduled for July in Washington, D.C." (June 2025) is outdated', () => {
    const found = eventsOn(page, 'summit scheduled for July in Washington, D.C.', '2025-06-24');
    expect(found.map((a) => a.verdict)).toEqual(['outdated']);
    expect(found[0].factIds).toEqual(['nato-summit-2024-washington']);
  });

  it('the same sentences a year earlier, when the Washington summit was a month away, are supported', () => {
    expect(eventsOn(page, 'summit in the United States next month', '2024-06-10').map((a) => a.verdict)).toEqual(['supported']);
    expect(eventsOn(page, 'summit scheduled for July in Washington, D.C.', '2024-06-10').map((a) => a.verdict)).toEqual(['supported']);
  });

  it("a summit in another month than last year's there is not flagged", () => {
    // Vilnius hosted July 2023's summit; "next month" in May 2024 is June, not July.
    const text = 'NATO leaders are preparing for the summit in Vilnius next month, Jens Stoltenberg said.';
    expect(isRed(analyze(text, '2024-05-20').map((a) => a.verdict))).toBe(false);
  });

  it("someone else's summit at last year's place is not flagged", () => {
    const text =
      'Jens Stoltenberg spoke about NATO. The G20 summit in the United States next month will discuss trade, and Trump will host a summit in Washington next month.';
    expect(isRed(analyze(text, '2025-06-24').map((a) => a.verdict))).toBe(false);
  });

  it('a summit next month on a page that never speaks of NATO summits is not read as NATO’s', () => {
    const text = 'Mark Rutte said the alliance is united. Leaders will attend a landmark summit in the United States next month.';
    expect(isRed(analyze(text, '2025-06-24').map((a) => a.verdict))).toBe(false);
  });
});

describe('a NATO summit announced ahead', () => {
  it('"NATO Defence Ministers will meet this week to prepare our Summit in Vilnius next month" (nato.int, 14 June 2023)', () => {
    // https://www.nato.int/cps/en/natohq/opinions_215673.htm (held-out 3, m009): "this week" is the
    // ministers' meeting, "next month" the summit's.
    const text =
      'Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg.\nNATO Defence Ministers will meet this week to prepare our Summit in Vilnius next month.';
    const found = eventsOn(text, 'Summit in Vilnius next month', '2023-06-14');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2023-vilnius']);
  });

  it('"the next meeting of NATO heads of state and government will take place in London in December" (February 2019)', () => {
    // https://www.en.rahapress.af/nato-heads-of-state-to-meet-in-london-this-year/ (held-out 3, m028): in
    // February, "will take place ... in December" is ten months ahead, not two months ago.
    const text =
      '“I am pleased to announce that allies have agreed the next meeting of NATO heads of state and government will take place in London in December,” Jean Stoltenberg said.';
    const found = eventsOn(
      text,
      'the next meeting of NATO heads of state and government will take place in London in December',
      '2019-02-06',
    );
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('"NATO heads of state and government will meet in London in December" is supported; "met in London in December", a year later, is not flagged', () => {
    const text = 'Jens Stoltenberg said NATO heads of state and government will meet in London in December.';
    expect(
      eventsOn(text, 'NATO heads of state and government will meet in London in December', '2019-02-06').map((a) => a.verdict),
    ).toEqual(['supported']);
    const past = 'Jens Stoltenberg said NATO heads of state and government met in London in December.';
    expect(isRed(analyze(past, '2020-02-06').map((a) => a.verdict))).toBe(false);
  });
});

describe("the war's anchors, said in passing", () => {
  it('"Russia’s unprovoked war of aggression against Ukraine in February 2022" (Finnish government, August 2023) is supported', () => {
    // Held-out 3, m044.
    const text =
      'Finland’s formal accession to NATO was the culmination of an 11-month membership path that was triggered following Russia’s unprovoked war of aggression against Ukraine in February 2022.';
    const found = eventsOn(text, 'Russia’s unprovoked war of aggression against Ukraine in February 2022', '2023-08-28');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['full-scale-invasion']);
  });

  it('"launched its aggression against Ukraine, which escalated into a full-scale invasion in 2022" (December 2024) is supported', () => {
    // Held-out 3, m075.
    const text =
      "However, in 2014, the Russian Federation, which was one of the guarantors of Ukraine's security under the Budapest Memorandum, blatantly disregarded this document and launched its aggression against Ukraine, which escalated into a full-scale invasion in 2022.";
    expect(eventsOn(text, 'escalated into a full-scale invasion in 2022', '2024-12-03').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('another year with these loose forms (the war since 2014, a slip) is confirmed never and flagged never', () => {
    const texts = [
      'Russia’s war against Ukraine in 2014 began with the seizure of Crimea.',
      'The Russian Federation launched its aggression against Ukraine, which escalated into a full-scale invasion in 2021.',
    ];
    for (const text of texts) expect(analyze(text, '2024-12-03').filter((a) => a.kind === 'event')).toEqual([]);
  });

  it('"21 February 2022: The Russian Federation recognizes Luhansk and Donetsk as independent states" (a timeline) is supported', () => {
    // Held-out 2, k062 (a timeline of April 2022).
    const text =
      'Q. Key events and dates\n  • 21 February 2022: The Russian Federation recognizes Luhansk and Donetsk as independent states.\n  • 24 February 2022: Russian Federation President Vladimir Putin announces the ‘special military operation’.';
    const found = eventsOn(text, 'The Russian Federation recognizes Luhansk', '2022-04-10');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['russia-recognition-dpr-lpr-2022-02-21']);
  });

  it("another day or another country's recognition is not confirmed, and nothing is flagged", () => {
    const texts = [
      'Russia recognized the independence of the DPR and LPR on 22 February 2022, when the Duma ratified the treaties.',
      'Syria, a Russian ally, recognized the independence of the so-called Donetsk and Luhansk republics on 29 June 2022.',
    ];
    for (const text of texts) {
      const found = analyze(text, '2022-07-01');
      expect(found.filter((a) => a.factIds.includes('russia-recognition-dpr-lpr-2022-02-21'))).toEqual([]);
      expect(isRed(found.map((a) => a.verdict))).toBe(false);
    }
  });
});

describe('meetings by their day, place and host', () => {
  it('"The summit, in the southwestern English region of Cornwall, will run June 11-13" (Reuters, 11 June 2021)', () => {
    // Held-out 1, summits11: "in the ... region of Cornwall" says where it is held.
    const text =
      'Group of Seven leaders meet in the first in-person G7 summit for two years. The summit, in the southwestern English region of Cornwall, will run June 11-13.';
    const found = eventsOn(text, 'The summit, in the southwestern English region of Cornwall, will run June 11-13', '2021-06-11');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['g7-summit-2021-cornwall']);
    // The same words a year on: another year's summit, not flagged.
    expect(isRed(analyze(text, '2022-06-20').map((a) => a.verdict))).toBe(false);
  });

  it('"a NATO reception at Buckingham Palace hosted by Queen Elizabeth II, Tuesday, December 3, in London" (2019)', () => {
    // Held-out 2, k003: a summit with no list of who came has no strangers; the Queen hosted part of it.
    const text =
      'World leaders arrive at a NATO reception at Buckingham Palace hosted by Queen Elizabeth II, Tuesday, December 3, in London.';
    const found = eventsOn(text, 'hosted by Queen Elizabeth II, Tuesday, December 3, in London', '2019-12-03');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('a meeting with no day, at a city of many summits, is none of them ("Stoltenberg met allies in Brussels", 2025)', () => {
    // Without a day the exemption does not apply: he is a stranger to each Brussels summit on record.
    const found = analyze('NATO Secretary-General Jens Stoltenberg met allies in Brussels.', '2025-10-22');
    expect(found.filter((a) => a.kind === 'event')).toEqual([]);
  });

  it('people met elsewhere on a summit day are not read as the summit, nor flagged', () => {
    const text = 'Boris Johnson met Donald Trump in Paris on December 4, 2019, NATO officials said.';
    const found = analyze(text, '2019-12-05');
    expect(found.filter((a) => a.factIds.includes('nato-leaders-meeting-2019-london'))).toEqual([]);
    expect(isRed(found.map((a) => a.verdict))).toBe(false);
  });

  it('"The meeting, which is taking place on Tuesday in Ramstein (Germany) ..., said Austin opening the event he hosted" (26 April 2022)', () => {
    // Held-out 2, k019: Austin convened the first Ramstein meeting, so he is no stranger to it.
    const text =
      'The meeting, which is taking place on Tuesday in Ramstein (Germany) at the US air base, is attended by heads of defense agencies of more than 40 countries, said Austin opening the event he hosted.';
    const found = eventsOn(text, 'taking place on Tuesday in Ramstein', '2022-04-26');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['udcg-2022-04-26']);
  });

  it('a later Ramstein meeting Austin hosted is not flagged', () => {
    const text = 'Lloyd Austin hosted the Ukraine Defense Contact Group at Ramstein Air Base on January 20, 2023.';
    expect(isRed(analyze(text, '2023-01-21').map((a) => a.verdict))).toBe(false);
  });

  it('"the February 12 meeting", on a page about a meeting of NATO defense ministers (AFP, 5 February 2026)', () => {
    // Held-out 3, m066.
    const text =
      "Pentagon chief Pete Hegseth will skip a meeting of NATO defense ministers in Brussels next week, a US official said Thursday.\nThe official said Undersecretary of Defense for Policy Elbridge Colby would attend in Hegseth's place, but did not provide a reason for the Pentagon chief's planned absence from the February 12 meeting.";
    const found = eventsOn(text, 'the February 12 meeting', '2026-02-05');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-defence-ministers-2026-02-12']);
    // Another day may be another meeting: neither confirmed nor flagged.
    const other = text.replace('February 12 meeting', 'February 14 meeting');
    expect(eventsOn(other, 'the February 14 meeting', '2026-02-05')).toEqual([]);
    expect(isRed(analyze(other, '2026-02-05').map((a) => a.verdict))).toBe(false);
  });
});

describe('a return to NATO summits, and the annexation of Crimea by its anniversary', () => {
  it('"Trump\'s participation marked his return to a NATO summit for the first time since 2019" (25 June 2025)', () => {
    // Held-out 3, m061: "Trump" is not given in full on the page; the one Trump who fits is read.
    const text =
      "Rutte reminded fellow NATO members that they are convening at a dangerous moment.\n\nTrump's participation marked his return to a NATO summit for the first time since 2019, following which he was scheduled to meet with Ukrainian President Volodymyr Zelensky.";
    const found = eventsOn(text, "Trump's participation marked his return to a NATO summit for the first time since 2019", '2025-06-25');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('a leader who came to the summits in between, or a year with no summit of theirs, is not confirmed (and never flagged)', () => {
    for (const [text, asOf] of [
      ['President Emmanuel Macron made his return to a NATO summit for the first time since 2019.', '2025-06-25'],
      ['President Donald Trump made his return to a NATO summit for the first time since 2016.', '2025-06-25'],
    ]) {
      const found = analyze(text, asOf);
      expect(found.filter((a) => a.kind === 'event' && a.verdict === 'supported')).toEqual([]);
      expect(isRed(found.map((a) => a.verdict))).toBe(false);
    }
  });

  it('"Today is the tenth anniversary of the annexation of Crimea" (18 March 2024) is supported; another count is not confirmed', () => {
    // Held-out 3, m074.
    const text =
      'Today is the tenth anniversary of the annexation of Crimea. On March 18, 2014, Russian President Vladimir Putin announced it.';
    const found = eventsOn(text, 'tenth anniversary of the annexation of Crimea', '2024-03-18');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['crimea-annexation']);
    const other = text.replace('tenth', 'ninth');
    expect(eventsOn(other, 'ninth anniversary of the annexation of Crimea', '2024-03-18')).toEqual([]);
    expect(isRed(analyze(other, '2024-03-18').map((a) => a.verdict))).toBe(false);
  });
});

describe("what NATO's leaders agreed at a summit, by its place and year", () => {
  it('"implementing deterrence measures agreed last year in Warsaw" (May 2017) is supported', () => {
    // Dev set, r073 (a preview of the Brussels leaders' meeting of 25 May 2017).
    const text =
      'Leaders will discuss the sharing of contributions and responsibilities among NATO members, implementing deterrence measures agreed last year in Warsaw, and the deployment of forward presence battalions. The summit opens on Thursday.';
    const found = eventsOn(text, 'agreed last year in Warsaw', '2017-05-24');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2016-warsaw']);
  });

  it('a year with no NATO summit there, or a sentence that is not NATO’s, is neither confirmed nor flagged', () => {
    for (const text of [
      'NATO members are implementing deterrence measures agreed in 2015 in Warsaw. The summit opens on Thursday.',
      'EU ministers are implementing measures agreed last year in Warsaw. The summit opens on Thursday.',
    ]) {
      const found = analyze(text, '2017-05-24');
      expect(found.filter((a) => a.factIds.includes('nato-summit-2016-warsaw'))).toEqual([]);
      expect(isRed(found.map((a) => a.verdict))).toBe(false);
    }
  });
});

describe('the handover of the Secretary General, 1 October 2024', () => {
  it('"The handover took place on Tuesday at NATO Headquarters in Brussels" (2 October 2024) is supported', () => {
    // Dev set, r044 (govconexec.com).
    const text =
      'Mark Rutte has officially taken office as NATO’s new secretary general.\nThe handover took place on Tuesday at NATO Headquarters in Brussels, where Rutte and his predecessor, Jens Stoltenberg, laid a wreath at the NATO Memorial to the Fallen.';
    const found = eventsOn(text, 'took place on Tuesday at NATO Headquarters in Brussels', '2024-10-02');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-sg-handover-2024-10-01']);
  });

  it('another meeting of the two at NATO headquarters, days before, is not read as it, nor flagged', () => {
    const text = 'Mark Rutte met Jens Stoltenberg at NATO headquarters in Brussels on September 26, 2024, to prepare the transition.';
    const found = analyze(text, '2024-09-27');
    expect(found.filter((a) => a.factIds.includes('nato-sg-handover-2024-10-01'))).toEqual([]);
    expect(isRed(found.map((a) => a.verdict))).toBe(false);
  });
});

describe('the Budapest Memorandum, 5 December 1994', () => {
  it('"the signing of the Budapest Memorandum on December 5, 1994" and "the 30th anniversary" on its day are supported', () => {
    // Held-out 3, m056 (5 December 2024) and m075 (Ukraine's foreign ministry, 3 December 2024).
    const text =
      'This December 5th marks the 30th anniversary of the Budapest Memorandum. This eventually led to the signing of the Budapest Memorandum on December 5, 1994, by Ukraine, the United States, the United Kingdom, and Russia.';
    expect(eventsOn(text, '30th anniversary of the Budapest Memorandum', '2024-12-05').map((a) => a.verdict)).toEqual(['supported']);
    expect(eventsOn(text, 'Budapest Memorandum on December 5, 1994', '2024-12-05').map((a) => a.verdict)).toEqual(['supported']);
    const statement =
      'This week, 5 December 2024, marks the 30th anniversary of the signing of the Memorandum on Security Assurances in connection with Ukraine’s accession to the Treaty on the Non-Proliferation of Nuclear Weapons.';
    const found = eventsOn(statement, '30th anniversary of the signing of the Memorandum on Security Assurances', '2024-12-03');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['budapest-memorandum-1994-12-05']);
  });

  it('another count or another date is neither confirmed nor flagged', () => {
    for (const text of [
      'This December 5th marks the 25th anniversary of the Budapest Memorandum.',
      'Kyiv recalled the Budapest Memorandum on January 14, 1994, when a trilateral statement was signed.',
    ]) {
      const found = analyze(text, '2024-12-05');
      expect(found.filter((a) => a.factIds.includes('budapest-memorandum-1994-12-05'))).toEqual([]);
      expect(isRed(found.map((a) => a.verdict))).toBe(false);
    }
  });
});

describe('the foreign ministers’ video conference of 2 April 2020', () => {
  it('"Its accession, which we marked in our virtual NATO meeting last week" (Pompeo, 8 April 2020) is supported', () => {
    // Held-out 3, m034.
    const text =
      '“A congratulations is in order for North Macedonia on becoming the 30th member of the NATO Alliance. Its accession, which we marked in our virtual NATO meeting last week, strengthens the Alliance tremendously,” Secretary Pompeo said.';
    const found = eventsOn(text, 'NATO meeting last week', '2020-04-08');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-foreign-ministers-2020-04-02']);
    // Three weeks on, "last week" holds no meeting on record: nothing said, nothing flagged. (Two weeks on, it holds the
    // defence ministers' extraordinary video conference of 15 April 2020, on record since round 28.)
    expect(eventsOn(text, 'NATO meeting last week', '2020-04-29')).toEqual([]);
  });
});
