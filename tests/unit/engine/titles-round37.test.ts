// Round 37, titles and tenures (sentences of our own unless an entry id is given): each class told in several ways, with
// the true sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe("the press's slip 'Defensive Minister' for a defence minister's title", () => {
  it('reads it as the defence minister, stale or not', () => {
    // held-out 35 qj007
    expect(saidRed('Defensive Minister Rustem Umerov led the delegation.', '2025-12-26')).toEqual([
      'outdated: Defensive Minister Rustem Umerov',
    ]);
    expect(saidConfirmed('Defensive Minister Rustem Umerov led the delegation.', '2024-03-26')).toEqual([
      'supported: Defensive Minister Rustem Umerov',
    ]);
    expect(saidConfirmed('Israeli Defensive Minister Benny Gantz said the talks went well.', '2021-03-26')).toEqual([
      'supported: Israeli Defensive Minister Benny Gantz',
    ]);
    expectNoRed([['The team played a defensive minister role in the game.', '2025-01-01']]);
  });
});

describe("an office holder's number in the office's line", () => {
  it('reads "the alliance" as NATO and a surname the page names in full', () => {
    // held-out 35 ql002
    expect(
      saidRed(
        'The current NATO secretary general, Jens Stoltenberg, will step down. Stoltenberg is the 14th secretary general of the alliance and has been in office since October 2014.',
        '2022-11-05',
      ),
    ).toEqual(['contradicted: Stoltenberg is the 14th secretary general of the alliance']);
    expect(saidRed('Jens Stoltenberg, who is the alliance’s 12th secretary general, spoke.', '2019-04-04')).toEqual([
      'contradicted: Jens Stoltenberg, who is the alliance’s 12th secretary general',
    ]);
    expect(saidRed('Mark Rutte became the alliance’s 13th Secretary General on October 1.', '2024-11-13')).toContain(
      'contradicted: Mark Rutte became the alliance’s 13th Secretary General',
    );
    expect(saidRed('Yoon Suk Yeol, South Korea’s 19th president, arrived in Vilnius.', '2023-07-11')).toEqual([
      'contradicted: Yoon Suk Yeol, South Korea’s 19th president',
    ]);
  });

  it('confirms the right number', () => {
    expect(saidConfirmed('Jens Stoltenberg is the 13th secretary general of the alliance.', '2022-11-05')).toContain(
      'supported: Jens Stoltenberg is the 13th secretary general of the alliance',
    );
    expect(saidConfirmed('Mark Rutte became the alliance’s 14th Secretary General on October 1.', '2024-11-13')).toContain(
      'supported: Mark Rutte became the alliance’s 14th Secretary General',
    );
    expect(saidConfirmed('Yoon Suk Yeol, South Korea’s 20th president, arrived in Vilnius.', '2023-07-11')).toContain(
      'supported: Yoon Suk Yeol, South Korea’s 20th president',
    );
    expectNoRed([
      ['Stoltenberg is the 13th secretary general of the alliance.', '2022-11-05'],
      ['He will be the alliance’s 14th secretary general.', '2024-06-20'],
      ['Lee Jae-myung was sworn in as the 21st president of South Korea.', '2025-06-04'],
    ]);
  });
});

describe("an organisation's top office called by a title it gives to others", () => {
  it('flags a director general for NATO’s or the UN’s Secretary General', () => {
    // held-out 35 qn002
    expect(
      saidRed('2. Following the opening statement by NATO Director General Stoltenberg, Prime Minister Kishida spoke.', '2022-06-29'),
    ).toEqual(['contradicted: NATO Director General Stoltenberg']);
    expect(saidRed('NATO Director-General Jens Stoltenberg met the ministers.', '2021-06-14')).toEqual([
      'contradicted: NATO Director-General Jens Stoltenberg',
    ]);
    expect(saidRed('UN Director General António Guterres called for a ceasefire.', '2023-06-29')).toEqual([
      'contradicted: UN Director General António Guterres',
    ]);
    expect(saidRed('Mark Rutte, NATO’s Director General, said the allies agreed.', '2025-03-01')).toEqual([
      'contradicted: Mark Rutte, NATO’s Director General',
    ]);
    expect(saidRed('Director General of NATO Mark Rutte met the press.', '2025-03-01')).toEqual([
      'contradicted: Director General of NATO Mark Rutte',
    ]);
  });

  it('stays quiet on a real director general and on other forms', () => {
    expectNoRed([
      ['NATO Director General of the International Military Staff Hans-Werner Wiermann spoke.', '2021-06-29'],
      ['NATO Secretary General Stoltenberg met the Director General of the IAEA.', '2022-06-29'],
      ['Former NATO Director General Stoltenberg spoke.', '2022-06-29'],
      ['Rutte met NATO Director General Kalnins.', '2025-03-01'],
      ['NATO Deputy Secretary General Mircea Geoana met the director general of the agency.', '2022-06-29'],
    ]);
  });
});

describe('a head of government called head of state, and the other way round', () => {
  it('flags the swap where the two offices are separate', () => {
    // held-out 35 ql001 (there anaphoric: "the Swedish head of state" of Kristersson, not read); the named forms:
    expect(saidRed('Swedish head of state Ulf Kristersson said Sweden would keep its promises.', '2022-10-21')).toEqual([
      'contradicted: Swedish head of state Ulf Kristersson',
    ]);
    expect(saidRed('Ulf Kristersson, Sweden’s head of state, said.', '2023-03-01')).toEqual([
      'contradicted: Ulf Kristersson, Sweden’s head of state',
    ]);
    expect(saidRed('Petteri Orpo, the head of state of Finland, said.', '2024-05-01')).toEqual([
      'contradicted: Petteri Orpo, the head of state of Finland',
    ]);
    expect(saidRed('German head of state Olaf Scholz travelled to Kyiv.', '2023-05-01')).toEqual([
      'contradicted: German head of state Olaf Scholz',
    ]);
    expect(saidRed('Finnish head of government Alexander Stubb said.', '2024-05-01')).toEqual([
      'contradicted: Finnish head of government Alexander Stubb',
    ]);
    expect(saidRed('British head of state Rishi Sunak arrived in Vilnius.', '2023-07-11')).toEqual([
      'contradicted: British head of state Rishi Sunak',
    ]);
  });

  it('confirms the right words and stays quiet where either may be meant', () => {
    expect(saidConfirmed('King Carl XVI Gustaf, Sweden’s head of state, opened the session.', '2022-10-21')).toContain(
      'supported: King Carl XVI Gustaf, Sweden’s head of state',
    );
    expect(saidConfirmed('President Stubb, Finland’s head of state, said.', '2024-05-01')).toContain(
      'supported: Stubb, Finland’s head of state',
    );
    expect(saidConfirmed('Petteri Orpo, Finland’s head of government, said.', '2024-05-01')).toContain(
      'supported: Petteri Orpo, Finland’s head of government',
    );
    expect(saidConfirmed('Swedish head of state Carl XVI Gustaf said.', '2022-10-21')).toContain(
      'supported: Swedish head of state Carl XVI Gustaf',
    );
    expectNoRed([
      ['Sweden’s head of state, King Carl XVI Gustaf, received Ulf Kristersson.', '2022-10-21'],
      ['Erdogan met Magdalena Andersson, the Swedish head of state, and Sauli Niinisto.', '2022-10-21'],
      ['Turkish head of government Recep Tayyip Erdogan said.', '2023-05-01'],
      ['US head of government Joe Biden said.', '2024-05-01'],
      ['Russian head of government Vladimir Putin said.', '2023-05-01'],
      ['Former Swedish head of state Stefan Lofven said.', '2023-05-01'],
      ['The meeting will test the Swedish head of state’s sincerity, Erdogan said of Ulf Kristersson.', '2022-10-21'],
    ]);
  });
});

describe('partner leaders at NATO summits', () => {
  it("reads South Korea's president", () => {
    // held-out 35 qn003
    expect(
      saidConfirmed('South Korean President Yoon Suk Yeol will attend the NATO summit in Washington next week.', '2024-07-05'),
    ).toContain('supported: South Korean President Yoon Suk Yeol');
    expect(saidConfirmed('South Korean President Lee Jae-myung met Prime Minister Sanae Takaichi.', '2025-11-01')).toContain(
      'supported: South Korean President Lee Jae-myung',
    );
    expect(saidRed('South Korean President Yoon Suk Yeol said on Monday.', '2025-05-20')).toEqual([
      'outdated: South Korean President Yoon Suk Yeol',
    ]);
    expectNoRed([
      ['President Yoon Suk Yeol, whose powers were suspended, remained in the residence.', '2025-01-10'],
      ['North Korean leader Kim Jong Un watched the launch.', '2024-07-05'],
    ]);
  });
});

describe('true titles confirmed', () => {
  it('confirms a title told beside a wrong weekday', () => {
    // held-out 35 qj002
    const text =
      'President Trump shared that on Friday, February 27, President Volodymyr Zelenskyy will be traveling to the United States.';
    expect(saidConfirmed(text, '2025-02-26')).toContain('supported: President Volodymyr Zelenskyy');
  });

  it('reads "newly elected" between the election and the inauguration as the tenure ahead', () => {
    // held-out 35 qh026
    expect(saidConfirmed('Rutte praised newly-elected American President Donald Trump.', '2024-11-13')).toContain(
      'supported: newly-elected American President Donald Trump',
    );
    expect(saidConfirmed('newly elected Ukrainian President Volodymyr Zelensky said.', '2019-04-25')).toContain(
      'supported: newly elected Ukrainian President Volodymyr Zelensky',
    );
    expectNoRed([['newly elected US President Donald Trump said.', '2021-06-01']]);
  });

  it('reads a former holder given by "is a former"', () => {
    // held-out 35 qh026
    expect(
      saidConfirmed('Mark Rutte took office on October 1. Rutte is a former long-time Prime Minister of the Netherlands.', '2024-11-13'),
    ).toContain('supported: Rutte is a former long-time Prime Minister of the Netherlands');
    expect(saidConfirmed('Jens Stoltenberg is a former prime minister of Norway.', '2022-11-05')).toContain(
      'supported: Jens Stoltenberg is a former prime minister of Norway',
    );
    expect(saidRed('Keir Starmer is a former British prime minister.', '2024-11-13')).toEqual([
      'contradicted: Keir Starmer is a former British prime minister',
    ]);
    expectNoRed([
      ['Boris Johnson is a former British prime minister.', '2025-03-01'],
      ['Back then, Mark Rutte was a former Dutch prime minister in waiting.', '2022-03-01'],
    ]);
  });

  it('reads a title given by "its" after a country, only to confirm', () => {
    // held-out 35 ql002
    const text = 'Britain, which has left the European Union but not NATO, has a contender in Ben Wallace, 52, its defense secretary.';
    expect(saidConfirmed(text, '2022-11-05')).toContain('supported: Ben Wallace, 52, its defense secretary');
    expectNoRed([[text, '2024-11-05']]);
    expect(saidConfirmed('Germany sent Olaf Scholz, its chancellor, to Kyiv.', '2022-11-05')).toContain(
      'supported: Olaf Scholz, its chancellor',
    );
  });

  it('reads a start told by a second verb of the same subject', () => {
    // held-out 35 ql002
    expect(
      saidConfirmed(
        'The jockeying for who should succeed Jens Stoltenberg has begun. Stoltenberg is the 13th secretary general of the alliance and has been in office since October 2014.',
        '2022-11-05',
      ),
    ).toContain('supported: has been in office since October 2014');
    expect(saidConfirmed('Olaf Scholz leads the coalition and has been in office since December 2021.', '2023-05-01')).toContain(
      'supported: has been in office since December 2021',
    );
    expectNoRed([['Jens Stoltenberg leads NATO and has been in office since October 2013.', '2022-11-05']]);
  });

  it('reads a length told of "this position" as of the office held', () => {
    // held-out 35 qm004
    expect(
      saidConfirmed(
        'Jens Stoltenberg hands over today. Stoltenberg, a 65-year-old Norwegian, has occupied this position for a decade.',
        '2024-10-01',
      ),
    ).toContain('supported: Stoltenberg, a 65-year-old Norwegian, has occupied this position for a decade');
    expect(saidConfirmed('Angela Merkel has occupied this position for 15 years.', '2021-03-01')).toContain(
      'supported: Angela Merkel has occupied this position for 15 years',
    );
    expectNoRed([['Jens Stoltenberg has held the post for five years.', '2024-10-01']]);
  });

  it('confirms "the new TITLE" naming no one, of a holder just in office', () => {
    // held-out 35 qh025
    expect(saidConfirmed('After the meeting with the new NATO Secretary General, I am convinced.', '2024-10-16')).toContain(
      'supported: the new NATO Secretary General',
    );
    expect(saidConfirmed('Biden welcomed the new British prime minister to the White House.', '2024-07-20')).toContain(
      'supported: the new British prime minister',
    );
    // held-out 19 xc209: as a subject the title is given an act that may be another's.
    expect(
      saidConfirmed(
        'The new White House chief of staff has officially confirmed that he and members of his team have already held discussions.',
        '2025-02-01',
      ),
    ).toEqual([]);
    expect(saidConfirmed('After the meeting with the new NATO Secretary General, I am convinced.', '2025-10-16')).toEqual([]);
    expectNoRed([['The new Dutch prime minister will be sworn in next month.', '2024-06-01']]);
  });

  it('reads a fixed mandate’s end told as stepping down "in" a month', () => {
    // held-out 35 ql002
    expect(
      saidConfirmed(
        'The current NATO secretary general, Jens Stoltenberg, is scheduled to step down from his role in next September - unless his term gets extended.',
        '2022-11-05',
      ),
    ).toContain('supported: is scheduled to step down from his role in next September');
    expect(saidConfirmed('Jens Stoltenberg will step down in September 2023.', '2022-11-05')).toContain(
      'supported: will step down in September 2023',
    );
    expectNoRed([
      ['Jens Stoltenberg will step down in 2023.', '2022-11-05'],
      ['Jens Stoltenberg may step down in October.', '2022-11-05'],
      ['Jens Stoltenberg will step down from his role in September 2023.', '2022-11-05'],
    ]);
  });
});
