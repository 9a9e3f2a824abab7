// Round 38, the lead's precision read: true look-alikes of the round's new red-flag forms (titles told as still ahead or as
// former by a verb, a surname tied to an office held earlier, summits by weekday and as the coming one, the next summit's
// days, ministerials by place, first summits since a year, targets credited to summits, member counts by region, founding,
// place in line, totals, newest member and members added, NATO's name) must raise no red flag; and two false alarms of held-out
// 37 mended after its end score (rg013: a day of sanctions read as the day of Navalny's death).
import { describe, expect, it } from 'vitest';
import { redQuotes } from './helpers';

const TRUE_LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['2024-06-20', "Mark Rutte is set to become NATO's next secretary general after Romania's Klaus Iohannis withdrew."],
  ['2025-04-20', 'Friedrich Merz is expected to become chancellor in early May.'],
  ['2025-01-10', 'Donald Trump will take over as president on January 20.'],
  ['2024-07-04', "Keir Starmer is set to become prime minister after Labour's landslide."],
  ['2025-02-03', "Jens Stoltenberg will become Norway's finance minister."],
  ['2024-11-20', "Kaja Kallas will take over as the EU's foreign policy chief on December 1."],
  ['2025-03-01', "Rutte, the former Dutch prime minister, became NATO's secretary general in October."],
  ['2025-03-01', 'In June 2024, Rutte was set to become the Secretary General.'],
  ['2025-05-01', "Stoltenberg formerly served as Norway's prime minister."],
  ['2025-05-01', 'Rutte previously served as Dutch prime minister for almost 14 years.'],
  ['2025-05-01', 'Trump, who previously served as president from 2017 to 2021, returned to the White House.'],
  ['2023-05-01', 'Joe Biden once served as vice president under Barack Obama.'],
  ['2025-05-01', 'Sunak was prime minister until July 2024.'],
  ['2025-06-01', 'European Council President Costa met Zelensky. In 2022, Prime Minister Costa visited Kyiv.'],
  ['2024-05-01', 'President Stubb spoke in Helsinki. Stubb, then Prime Minister, had backed membership in 2014.'],
  ['2012-03-01', 'Prime Minister Erdogan met President Gul in Ankara. Erdogan later left for Brussels.'],
  ['2010-05-01', 'Prime Minister Putin and President Medvedev attended the parade. Putin spoke first.'],
  ['2023-07-12', 'Leaders met at the summit in Vilnius on Tuesday to discuss Ukraine.'],
  ['2024-07-10', 'Biden spoke at the summit in Washington on Wednesday.'],
  ['2025-06-25', 'Allies agreed the target at the summit in The Hague on Wednesday.'],
  ['2023-06-15', 'Allies are preparing decisions ahead of the summit in Vilnius next month.'],
  ['2023-07-20', "Ukraine hopes for an invitation before next year's summit in Washington."],
  ['2024-06-20', 'Stoltenberg spoke ahead of the annual summit in Washington.'],
  ['2026-06-20', "Rutte travelled to Washington ahead of this year's summit in Ankara."],
  ['2024-05-10', 'The next NATO summit will take place in Washington from July 9 to 11, 2024.'],
  ['2024-05-25', 'NATO foreign ministers will meet in Prague on May 30-31.'],
  ['2025-06-03', 'NATO defence ministers meet in Brussels on June 5.'],
  ['2025-08-10', "It will be Trump and Putin's first summit since 2019."],
  ['2026-03-01', "The 5% target agreed at last year's summit in The Hague is ambitious."],
  ['2024-03-01', 'The 2% guideline agreed at the 2014 summit in Wales remains a floor.'],
  [
    '2025-03-01',
    'The NATO (North Atlantic Treaty Organization) is a military alliance made up of 32 countries from Europe and North America.',
  ],
  ['2021-03-01', 'NATO is a military alliance made up of 30 countries from Europe and North America.'],
  ['2025-03-01', 'The organization was established in 1949 with 12 members.'],
  ['2025-03-01', 'NATO was established in 1949 and today consists of 32 member states.'],
  ['2023-05-01', 'Sweden is set to become the 32nd member of NATO.'],
  ['2024-06-10', 'According to NATO, only 23 of 32 NATO countries will meet the 2% target this year.'],
  ['2024-03-08', 'Sweden joined the 32-nation alliance on Thursday.'],
  ['2024-02-10', 'Sweden is about to join what will be a 32-nation alliance.'],
  ['2024-04-10', "Sweden, NATO's newest member, hosted the drills."],
  ['2023-05-10', "Finland, NATO's newest member, hosted the drills."],
  ['2019-04-04', 'NATO started with 12 members and has added 17 more since 1949.'],
  ['2024-04-04', 'Since its founding, NATO has added 20 more members.'],
  ['2024-04-04', 'The North American Aerospace Defense Command (NORAD) tracked the balloon.'],
  ['2024-04-04', 'Canada and the US renegotiated the North American Free Trade Agreement.'],
  ['2023-02-21', 'Putin announced on Tuesday that Russia was suspending New START.'],
  ['2024-04-04', 'Japan kept its defence spending under 1% of gross national product for decades.'],
  ['2025-06-10', 'Trump will become the first president to attend the summit since his return.'],
  ['2025-06-10', 'Donald Trump will become the first US president since Grover Cleveland to serve two non-consecutive terms.'],
  ['2023-07-01', 'Zelensky is set to become the first Ukrainian president to address the summit in person.'],
  ['2025-06-10', "Rutte is expected to become the face of the alliance's new era."],
  ['2025-06-10', "Mark Rutte will become the first secretary general to host a summit in his home country's former seat."],
  ['2025-12-10', 'Starmer will become the longest-serving Labour prime minister since Blair if he survives.'],
  ['2025-06-10', 'Macron will become president of the G7 next year.'],
  ['2025-09-10', 'Merz is set to become the first chancellor to visit Kyiv three times.'],
  ['2025-09-10', 'Friedrich Merz, the German chancellor, will take over as host of the coalition of the willing meeting.'],
  ['2025-09-10', 'Rubio will take over as national security adviser while remaining secretary of state.'],
  ['2025-02-20', "Mark Rutte is NATO's Secretary General. He will take over as chair of the meeting on Friday."],
  ['2024-12-10', 'Donald Trump will become president again on January 20.'],
  [
    '2025-05-01',
    "Rutte formerly served as prime minister of the Netherlands, while Stoltenberg previously served as Norway's prime minister.",
  ],
  ['2023-09-10', 'Reznikov, who previously served as defence minister, was nominated ambassador to London.'],
  ['2025-09-10', 'Umerov previously served as defence minister before becoming secretary of the National Security and Defense Council.'],
  ['2025-03-10', 'Sybiha previously served as deputy head of the presidential office.'],
  ['2024-02-10', 'Kuleba formerly served as deputy prime minister for European integration.'],
  ['2025-09-10', 'Shmyhal once served as prime minister and now heads the defence ministry.'],
];

describe('true look-alikes of the round’s new forms', () => {
  it('raise no red flag', () => {
    for (const [asOf, text] of TRUE_LOOK_ALIKES) expect(redQuotes(text, asOf), `${asOf}: ${text}`).toEqual([]);
  });
});

describe('a milestone told as the cause of another act (held-out 37 rg013)', () => {
  it('dates the act, not the milestone', () => {
    const text =
      'The US is planning to announce its own new package of sanctions against Russia on 23 February due to the death of Alexei Navalny, head of the Russian opposition movement, in prison.';
    expect(redQuotes(text, '2024-02-21')).toEqual([]);
    expect(redQuotes('Britain imposed sanctions on 21 February in response to the death of Alexei Navalny.', '2024-02-22')).toEqual([]);
    expect(redQuotes('Alexei Navalny died in prison on 19 February.', '2024-02-21')).toEqual(['died in prison on 19 February']);
  });
});
