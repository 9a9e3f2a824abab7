// Titles of the third held-out set and the dev set's people and titles excerpts (sources in
// comments), each form a general rule: supported on the article's date; a red flag only where the
// title's rules already allow one; context otherwise.
import { describe, expect, it } from 'vitest';
import { analyze, kindOn } from './helpers';

const on = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf);
const verdicts = (text: string, quote: string, asOf: string) => on(text, quote, asOf).map((a) => a.verdict);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'outdated' || a.verdict === 'contradicted');

describe("an organisation's head title it does not have (absentOfficeTitles)", () => {
  // albawaba.com, 4 December 2019: https://www.albawaba.com/news/what-are-trudeau-macron-johnson-about-buckingham-palace-reception-1325172
  const text = 'The conversation took place after a sit-down with NATO president Jens Stoltenberg in the morning.';

  it('contradicts "NATO president" before the Secretary General', () => {
    const [claim] = on(text, 'NATO president Jens Stoltenberg', '2019-12-04');
    expect(claim.quote).toBe('NATO president Jens Stoltenberg');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('does not flag an organisation that has presidents, nor "chairman", nor a modifier', () => {
    expect(red('EU president Ursula von der Leyen spoke.', '2023-03-01')).toEqual([]);
    expect(red('NATO chairman Jens Stoltenberg opened the meeting.', '2019-12-04')).toEqual([]);
    expect(red('former NATO president Jens Stoltenberg spoke.', '2025-03-01')).toEqual([]);
  });

  it('does not flag a person who holds no office of that organisation', () => {
    expect(red('NATO president Joe Biden spoke.', '2023-03-01')).toEqual([]);
  });

  it('is withheld when the page date is a guess', () => {
    expect(analyze(text, '2019-12-04', false).filter((a) => a.verdict === 'contradicted')).toEqual([]);
  });
});

describe('the formal titles of official releases (title-of.ts, fuzzy.ts)', () => {
  // europe-arabs.com, 27 June 2023: https://europe-arabs.com/en/news/3550
  const macron = 'He will travel to Paris to meet with the President of the French Republic, Mr. Emmanuel Macron.';
  const kallas = 'Stoltenberg will also receive the Prime Minister of the Republic of Estonia, Mrs. Kaja Klass, at NATO headquarters.';
  const nauseda = 'NATO Secretary General Jens Stoltenberg and President of Lithuania Gitanas Nowzoda met yesterday';

  it('reads "of the French Republic" and "of the Republic of Estonia" as the country', () => {
    expect(verdicts(macron, 'Emmanuel Macron', '2023-06-27')).toEqual(['supported']);
    const [pm] = on(kallas, 'Kaja Klass', '2023-06-27');
    expect(pm.factIds).toEqual(['est-prime-minister', 'kaja-kallas']);
    expect(pm.verdict).toBe('supported');
  });

  it('flags the formal title of a former holder, as "French President" would be', () => {
    expect(verdicts(macron.replace('Emmanuel Macron', 'François Hollande'), 'François Hollande', '2023-06-27')).toEqual(['outdated']);
  });

  it("takes a garbled surname after a country's title for the one holder with that first name, and never flags it", () => {
    const [claim] = on(nauseda, 'Gitanas Nowzoda', '2023-06-27');
    expect(claim.factIds).toEqual(['ltu-president', 'gitanas-nauseda']);
    expect(claim.verdict).toBe('supported');
    expect(verdicts(nauseda, 'Gitanas Nowzoda', '2018-06-01')).toEqual(['context']);
  });

  it('takes no one whose surname starts otherwise', () => {
    expect(on('President of Lithuania Gitanas Petrauskas met him.', 'Gitanas Petrauskas', '2023-06-27')).toEqual([]);
  });

  // republicworld.com, 24 February 2022; thediplomaticinsight.com, 12 October 2022
  it('reads the acronym in brackets after the country', () => {
    const nato =
      'The Secretary-General of the North Atlantic Treaty Organization (NATO), Jens Stoltenberg, stated that Russia has begun a war.';
    expect(verdicts(nato, 'Jens Stoltenberg', '2022-02-24')).toEqual(['supported']);
    const austin = 'The Secretary of Defense of the United States (US), Lloyd J. Austin III traveled to Brussels.';
    expect(verdicts(austin, 'Lloyd J. Austin', '2022-10-12')).toEqual(['supported']);
    expect(verdicts(austin, 'Lloyd J. Austin', '2025-06-01')).toEqual(['outdated']);
  });

  // news.online.ua, 2 January 2026: https://news.online.ua/en/kyrylo-budanov-new-head-of-the-office-of-the-president-of-ukraine-900220/
  it('confirms a title said with "was", never flags it', () => {
    const text =
      'On January 2, it was officially announced that the new head of the Office of the President of Ukraine was Kyrylo Budanov.';
    expect(verdicts(text, 'Kyrylo Budanov', '2026-01-02')).toEqual(['supported']);
    expect(red('In 2016 the President of Ukraine was Petro Poroshenko.', '2024-03-01')).toEqual([]);
  });
});

describe('more words for the same offices (offices data)', () => {
  // encyclopedia.smartencyclopedia.eu, 26 April 2021
  it('"the Alliance’s general secretary"', () => {
    const text = 'The summit will take place on June 14 in Brussels, announced today the Alliance’s general secretary, Jens Stoltenberg.';
    expect(verdicts(text, 'Jens Stoltenberg', '2021-04-26')).toEqual(['supported']);
  });

  it('"General Secretary" of a party is no office of ours', () => {
    expect(red('General Secretary Xi Jinping met Vladimir Putin.', '2023-03-21')).toEqual([]);
  });

  // diplomaticwatch.com, 11 July 2023: https://diplomaticwatch.com/the-key-summit-of-nato-begins-in-vilnius/
  it('"the head of the White House" is the US president', () => {
    const text =
      'Among the 31 leaders who will meet in Lithuania, the head of the White House, Joe Biden, Turkish President Recep Tayyip Erdogan.';
    expect(verdicts(text, 'Joe Biden', '2023-07-11')).toEqual(['supported']);
    expect(on('the head of the White House Domestic Policy Council, Joe Biden', 'Joe Biden', '2023-07-11')).toEqual([]);
  });

  // spacewar.com (AFP), 5 February 2026; rks.news, 10 February 2026
  it('"Top EU diplomat" and "High Representative for Foreign Affairs"', () => {
    expect(verdicts('Top EU diplomat Kaja Kallas has urged Europe to step up.', 'Kaja Kallas', '2026-02-05')).toEqual(['supported']);
    const text = 'The meeting will include the European Union’s High Representative for Foreign Affairs, Kaja Kallas.';
    expect(verdicts(text, 'Kaja Kallas', '2026-02-10')).toEqual(['supported']);
    expect(verdicts('Top EU diplomat Josep Borrell spoke.', 'Josep Borrell', '2023-03-01')).toEqual(['supported']);
  });

  // thediplomaticinsight.com, 12 October 2022
  it('"Chairman of Joint Chiefs of Staff" without "the"', () => {
    const text = 'Chairman of Joint Chiefs of Staff, General Mark A. Milley, also joined Secretary Austin.';
    expect(verdicts(text, 'Mark A. Milley', '2022-10-12')).toEqual(['supported']);
  });

  // menafn.com, 21 December 2023: https://menafn.com/1107636847/Sweden-Will-Soon-Join-NATO-Antony-Blinken
  it('"State Secretary", and a title broken across lines only confirms', () => {
    const text = 'Sweden will soon join NATO, said US\nState Secretary Antony Blinken during the News\nConference.';
    expect(verdicts(text, 'Antony Blinken', '2023-12-21')).toEqual(['supported']);
    expect(verdicts(text, 'Antony Blinken', '2025-06-01')).toEqual(['context']);
    expect(verdicts('said US State Secretary Antony Blinken.', 'Antony Blinken', '2025-06-01')).toEqual(['outdated']);
  });

  it('"State Secretary" of another country is no office of ours', () => {
    expect(red('German State Secretary Tobias Lindner visited Kyiv.', '2023-03-01')).toEqual([]);
  });
});

describe('titles in apposition and lists', () => {
  // famagusta-gazette.com, 24 March 2022
  const during = 'The groups will be deployed, declared Jens Stoltenberg, NATO’s secretary general during a press briefing.';

  it('reads a title followed by "during", confirm-only', () => {
    expect(verdicts(during, 'Jens Stoltenberg', '2022-03-24')).toEqual(['supported']);
    expect(verdicts(during, 'Jens Stoltenberg', '2025-03-01')).toEqual(['context']);
  });

  // kyivindependent.com and sfg.media, 2 January 2026
  it('confirms the outgoing holder on the day of the handover', () => {
    const text =
      'President Volodymyr Zelensky has offered Kyrylo Budanov, the military intelligence chief, to take charge of the President’s Office.';
    expect(verdicts(text, 'Kyrylo Budanov', '2026-01-02')).toEqual(['supported']);
    // Past that day the title is stale as ever (the base is checked through early 2026 for this office).
    const sg = 'Jens Stoltenberg, NATO’s secretary general, said the alliance was ready.';
    expect(verdicts(sg, 'Jens Stoltenberg', '2024-10-01')).toEqual(['supported']);
    expect(verdicts(sg, 'Jens Stoltenberg', '2024-11-01')).toEqual(['outdated']);
    const chief = 'The post will be taken by Kyrylo Budanov, the chief of military intelligence, who will step down.';
    expect(verdicts(chief, 'Kyrylo Budanov', '2026-01-02')).toEqual(['supported']);
  });

  // edition.cnn.com, 4 December 2019
  it('reads "counterpart" ending a list of titled leaders, confirm-only', () => {
    const text =
      'UK Prime Minister Boris Johnson, French President Emmanuel Macron and Dutch counterpart Mark Rutte appear to share a laugh.';
    const [claim] = on(text, 'Mark Rutte', '2019-12-04');
    expect(claim.factIds).toEqual(['nld-prime-minister', 'mark-rutte']);
    expect(claim.verdict).toBe('supported');
    expect(red(text, '2025-03-01').filter((a) => a.quote.includes('Rutte'))).toEqual([]);
  });
});

describe('more words for offices, and a tenure split where the sources stop', () => {
  // en.orda.kz, 15 July 2025: https://en.orda.kz/ukrainian-prime-minister-denys-shmyhal-submits-resignation-7372
  it('"Deputy Prime Minister" for the first deputy confirms, never flags another deputy', () => {
    const text = 'His position will be taken over by Deputy Prime Minister Yuliia Svyrydenko.';
    expect(verdicts(text, 'Yuliia Svyrydenko', '2025-07-15')).toEqual(['supported']);
    // Fedorov was a deputy prime minister before he was the first one: a loose word is not flagged before the tenure.
    expect(red('Ukrainian Deputy Prime Minister Mykhailo Fedorov said.', '2023-03-01')).toEqual([]);
  });

  // mk.gov.lv, 24 February 2022
  it('"Minister for Defence"', () => {
    const text = '"Latvia is currently safe," says Minister for Defence Artis Pabriks.';
    expect(verdicts(text, 'Artis Pabriks', '2022-02-24')).toEqual(['supported']);
  });

  // newsukraine.rbc.ua, 18 December 2023
  it('"the head of European diplomacy"', () => {
    const text = '"The EU will continue to support Ukraine," stated Josep Borrell, the head of European diplomacy.';
    expect(verdicts(text, 'Josep Borrell', '2023-12-18')).toEqual(['supported']);
  });

  // jordantimes.com (AFP), 22 June 2026
  it('confirms a holder on the last day a verified record confirms them', () => {
    const text =
      "Britain's Prime Minister Keir Starmer makes a statement on his future outside 10 Downing Street on the morning of June 22, 2026";
    expect(verdicts(text, 'Keir Starmer', '2026-06-22')).toEqual(['supported']);
    // Later pages are judged as of that day, the office's horizon, and say so.
    const [later] = on(text, 'Keir Starmer', '2026-07-01');
    expect(later.message).toContain('the last day the fact base was checked');
  });
});

describe('a rank between a formal title and the name, and the handover day on a horizon', () => {
  // heldout2 k009, 13 April 2021
  it('reads "Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General Ruslan Khomchak"', () => {
    const text =
      'On March 30, 2021, Commander-in-Chief of the Armed Forces of Ukraine, Colonel-General Ruslan Khomchak said Russia had deployed 28 battalion tactical groups.';
    expect(verdicts(text, 'Ruslan Khomchak', '2021-04-13')).toEqual(['supported']);
  });

  it('does not confirm an outgoing holder on a horizon day that is a handover day', () => {
    // A page dated after the office's horizon (the day Budanov left military intelligence) is judged as of that day, and written after it.
    const text = 'The delegation includes Kyrylo Budanov, head of military intelligence; and Andrii Hnatov, chief of the general staff.';
    const [claim] = on(text, 'Kyrylo Budanov', '2026-11-01');
    expect(claim.verdict).toBe('context');
  });
});

describe('a country before a name that starts with its title (titleInName)', () => {
  // heldout h008, 24 June 2025
  it('confirms "the Dutch King Willem-Alexander"', () => {
    const text = 'The leaders attended a dinner hosted by the Dutch King Willem-Alexander in The Hague.';
    expect(verdicts(text, 'King Willem-Alexander', '2025-06-24')).toEqual(['supported']);
  });

  it('never flags it: the press keeps the title in the name after the reign', () => {
    expect(red('British Queen Elizabeth II hosted the leaders.', '2023-06-24')).toEqual([]);
    expect(red('The late British Queen Elizabeth II hosted the leaders.', '2023-06-24')).toEqual([]);
  });
});

describe('a title "under" a leader (underLeaderTitles)', () => {
  // theguardian.com, 16 July 2018: https://www.theguardian.com/us-news/live/2018/jul/16/trump-putin-summit-helsinki-russia-live
  const text = 'The director of National Intelligence under Donald Trump, Dan Coats, released a statement.';

  it('confirms an office held during the leader’s time, then or later', () => {
    expect(verdicts(text, 'Dan Coats', '2018-07-16')).toEqual(['supported']);
    expect(verdicts(text, 'Dan Coats', '2024-07-16')).toEqual(['supported']);
  });

  it('says nothing of a tenure outside the leader’s, and never flags', () => {
    const wrong = 'The secretary of state under Barack Obama, Antony Blinken, said.';
    expect(on(wrong, 'Antony Blinken', '2024-07-16')).toEqual([]);
    expect(red(wrong, '2024-07-16')).toEqual([]);
  });
});
