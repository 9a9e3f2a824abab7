// Titles and tenures of the sixth round, from the fourth held-out set's misses: each form on its
// real sentence, on another real sentence of the same phrasing from another page (sources in
// comments), and with a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

describe('"National Security and Defense Council Secretary X" and "X, head of Ukraine\'s National Security and Defense Council"', () => {
  // Held-out 4 (n051), 13 February 2026.
  const secretary =
    'He added that further details regarding the composition of the delegation and the agenda would be announced by National Security and Defense Council Secretary Rustem Umerov.';
  // Held-out 4 (n050), 16 February 2026.
  const head = "Ukraine's team is led by Rustem Umerov, head of Ukraine's National Security and Defense Council.";

  it('confirms the secretary by the council\'s name before "Secretary"', () => {
    const [claim] = kindOn('title', secretary, 'National Security and Defense Council Secretary Rustem Umerov', '2026-02-13');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['ukr-nsdc-secretary', 'rustem-umerov']);
  });

  it('confirms "head of Ukraine\'s National Security and Defense Council", an office name with "and" in it', () => {
    const [claim] = kindOn('title', head, "Rustem Umerov, head of Ukraine's National Security and Defense Council", '2026-02-16');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['ukr-nsdc-secretary', 'rustem-umerov']);
  });

  it('never flags "head of" the council (a loose word: the president chairs it)', () => {
    // A former secretary, and the president, who chairs the council.
    expect(isRed(verdictsOn(head.replace('Rustem Umerov', 'Oleksiy Danilov'), 'Oleksiy Danilov', '2026-02-16'))).toBe(false);
    const zelensky = "The meeting was chaired by Volodymyr Zelensky, head of Ukraine's National Security and Defense Council.";
    expect(isRed(verdictsOn(zelensky, 'Volodymyr Zelensky', '2026-02-16'))).toBe(false);
  });

  it("flags the secretary's title for a former secretary named in full", () => {
    const stale = secretary.replace('Rustem Umerov', 'Oleksiy Danilov');
    expect(verdictsOn(stale, 'National Security and Defense Council Secretary Oleksiy Danilov', '2026-02-13')).toContain('outdated');
  });
});

describe('"X, who has led the alliance since 2014" (tenure.ts)', () => {
  // Held-out 4 (n040), DW, 1 October 2024.
  const text =
    'After the signing ceremony in Brussels, former Prime Minister of the Netherlands Mark Rutte officially became the NATO Secretary General. He will replace Norwegian Jens Stoltenberg, who has led the alliance since 2014.';
  const quote = 'Jens Stoltenberg, who has led the alliance since 2014';

  it("confirms the start of the Secretary General's tenure", () => {
    const [claim] = kindOn('tenure', text, quote, '2024-10-01');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('reads "has headed NATO since" too', () => {
    // The same phrasing with NATO named: "Jens Stoltenberg, who has headed NATO since October 2014"
    // (rumble.com, July 2023: "Stoltenberg has led NATO as its Secretary General since October 2014").
    const other = 'The decision was welcomed by Jens Stoltenberg, who has headed NATO since October 2014.';
    expect(kindOn('tenure', other, 'Jens Stoltenberg, who has headed NATO since October 2014', '2023-07-04').map((a) => a.verdict)).toEqual(
      ['supported'],
    );
  });

  it('flags a wrong year when NATO is named just before, and only then: "the alliance" may be another one', () => {
    // Since the thirteenth round (tenure.ts): with "the NATO Secretary General" in the sentence before, "the alliance" is
    // NATO's, and Stoltenberg never led it from 2009.
    const wrong = text.replace('since 2014', 'since 2009');
    expect(verdictsOn(wrong, 'Jens Stoltenberg, who has led the alliance since 2009', '2024-10-01')).toContain('contradicted');
    const unnamed = 'He will replace Norwegian Jens Stoltenberg, who has led the alliance since 2009.';
    expect(isRed(verdictsOn(unnamed, 'Jens Stoltenberg, who has led the alliance since 2009', '2024-10-01'))).toBe(false);
  });
});

describe('"X as the next NATO Secretary General" (title-sworn.ts)', () => {
  // Held-out 4 (n023), White House fact sheet, 10 July 2024.
  const text =
    'NATO Allies will also welcome the selection of Mark Rutte as the next NATO Secretary General and express their respect and appreciation for Jens Stoltenberg.';
  const quote = 'Mark Rutte as the next NATO Secretary General';

  it('confirms a tenure about to begin', () => {
    const [claim] = kindOn('title', text, quote, '2024-07-10');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'mark-rutte']);
  });

  it('reads "is set to become the next Secretary General of NATO"', () => {
    // oe-mag.co.uk, June 2024.
    const other = 'Dutchman Mark Rutte is set to become the next Secretary General of NATO';
    expect(verdictsOn(other, 'Mark Rutte', '2024-06-21')).toContain('supported');
  });

  it('reads "will be the next secretary general"', () => {
    // muslimprofessionalsgh.org (EFE), 26 June 2024.
    const other = 'NATO agrees that Mark Rutte will be the next secretary general';
    expect(verdictsOn(other, 'Mark Rutte', '2024-06-26')).toContain('supported');
  });

  it('never flags it, whatever the date', () => {
    expect(isRed(verdictsOn(text, quote, '2023-01-10'))).toBe(false);
    expect(isRed(verdictsOn(text, quote, '2025-03-10'))).toBe(false);
    expect(isRed(verdictsOn(text.replace('Mark Rutte', 'Jens Stoltenberg'), 'Jens Stoltenberg as the next', '2024-07-10'))).toBe(false);
  });
});

describe('"its current Secretary General is X" (title-sworn.ts)', () => {
  // Held-out 4 (n026), 15 April 2024.
  const text =
    'The main headquarters of NATO is in Brussels, Belgium, and its current Secretary General is Jens Stoltenberg. The organization is made up of several bodies.';
  const quote = 'current Secretary General is Jens Stoltenberg';

  it('confirms the sitting holder', () => {
    const [claim] = kindOn('title', text, quote, '2024-04-15');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg']);
  });

  it('flags a holder no longer in office as outdated', () => {
    expect(verdictsOn(text, quote, '2025-04-15')).toContain('outdated');
  });

  it('never flags the copula without "current" (a definition), nor "is X\'s successor"', () => {
    const plain = 'The Secretary General is Jens Stoltenberg, a former prime minister of Norway.';
    expect(isRed(verdictsOn(plain, 'Jens Stoltenberg', '2025-04-15'))).toBe(false);
    const successor = "NATO's current Secretary General is Jens Stoltenberg's successor, Mark Rutte.";
    expect(isRed(verdictsOn(successor, 'Jens Stoltenberg', '2025-04-15'))).toBe(false);
  });
});

describe('"Though not currently in office, X", "X ... despite being a private citizen" (title-former.ts)', () => {
  // Held-out 4 (n073), 25 June 2025.
  const notInOffice =
    'This reassurance comes in direct response to Trump’s repeated questioning of whether the U.S. would come to the aid of NATO allies.\nThough not currently in office, Donald Trump’s recent remarks appeared to have a decisive influence on the summit’s agenda.';
  // Held-out 4 (n055), 20 May 2025.
  const privateCitizen =
    'NATO Secretary General Mark Rutte has welcomed the recent conversation between Russian President Vladimir Putin and US President Donald Trump. Trump claimed to have briefed Ukrainian President Volodymyr Zelenskyy on the conversation. The call highlights Trump’s continued diplomatic ambitions despite being a private citizen and Republican frontrunner for the 2024 US presidential election.';
  // rhetoriclee.medium.com, 28 January 2021.
  const now =
    'Former president Donald Trump announced on Monday that he will open an “Office of the Former President in Florida. The title of the office is purposefully misleading. Trump is now a private citizen and is opening, for all intents and purpose, a business to handle is post-presidential affairs.';

  it('flags a sitting president said to be out of office', () => {
    expect(verdictsOn(notInOffice, 'Though not currently in office, Donald Trump', '2025-06-25')).toContain('outdated');
    expect(verdictsOn(privateCitizen, 'despite being a private citizen', '2025-05-20')).toContain('outdated');
  });

  it('confirms it while the person held no office', () => {
    expect(verdictsOn(now, 'Trump is now a private citizen', '2021-01-28')).toContain('supported');
    expect(verdictsOn(privateCitizen, 'despite being a private citizen', '2023-05-20')).toContain('supported');
  });

  it('never flags it within a month of taking office, nor told of an earlier year, nor in the past tense', () => {
    expect(isRed(verdictsOn(now, 'Trump is now a private citizen', '2025-02-05'))).toBe(false);
    const earlier = 'In 2022, though not in office, Donald Trump held rallies across the country.';
    expect(isRed(verdictsOn(earlier, 'Donald Trump', '2025-06-25'))).toBe(false);
    const past = 'Donald Trump was a private citizen when he first met the Dutch prime minister.';
    expect(isRed(verdictsOn(past, 'Donald Trump', '2025-06-25'))).toBe(false);
  });

  it('never flags it of someone else named between the name and the words', () => {
    const other = 'Donald Trump met Joe Biden, who is now a private citizen, at the funeral.';
    expect(isRed(verdictsOn(other, 'Donald Trump', '2025-06-25'))).toBe(false);
    expect(verdictsOn(other, 'Joe Biden, who is now a private citizen', '2025-06-25')).toContain('supported');
  });
});

describe('"since taking office in 2017", "Since assuming office on January 20, he", "X first took office in 2010" (tenure.ts)', () => {
  // Held-out 4 (n063), 3 April 2019.
  const taking =
    'His remarks came a day after he met with President Donald Trump at the White House. Trump has repeatedly criticized NATO since taking office in 2017 and slammed member nations who’ve not met defense spending obligations.';
  // Held-out 4 (n025), Reuters, 31 March 2025: the same clause before the subject, a pronoun.
  const assuming =
    'Since launching his 2024 presidential bid, Trump has repeatedly pledged to bring an end to what he calls a “ridiculous” war. Since assuming office on January 20, he has intensified his focus on Ukraine.';
  const named = 'U.S. President Donald Trump spoke on Sunday. ' + assuming;
  // Held-out 4 (n039), 26 June 2024.
  const first =
    'Rutte first took office in 2010, becoming the longest-serving Dutch prime minister before announcing his intention to leave national politics last year.';

  it("confirms the start of the subject's tenure", () => {
    // tenure-succession.ts reads the clause after the name; a year's mention takes in its "in".
    const [claim] = kindOn('tenure', taking, 'since taking office in 2017', '2019-04-03');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['us-president', 'donald-trump']);
    expect(kindOn('tenure', named, 'Since assuming office on January 20', '2025-03-31').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', 'Mark Rutte spoke. ' + first, 'Rutte first took office in 2010', '2024-06-26').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
  });

  it('flags a start that fits no tenure of a sitting head of state, never a "he" that may be someone else', () => {
    // Since the thirteenth round (tenure.ts): Trump, sitting in 2019, took no office in 2015.
    expect(kindOn('tenure', taking.replace('2017', '2015'), 'since taking office', '2019-04-03').map((a) => a.verdict)).toEqual([
      'contradicted',
    ]);
    const wrong = named.replace('January 20', 'March 3');
    expect(kindOn('tenure', wrong, 'Since assuming office', '2025-03-31')).toEqual([]);
    const two =
      'Donald Trump met Joe Biden at the White House. Since assuming office on January 20, he has intensified his focus on Ukraine.';
    expect(isRed(verdictsOn(two, 'Since assuming office', '2025-03-31'))).toBe(false);
  });

  it('says nothing of a clause with no date (The Independent, January 2017)', () => {
    const undated = 'Since entering office Donald Trump has repeatedly made false claims about trivial matters.';
    expect(kindOn('tenure', undated, 'Donald Trump', '2017-01-28')).toEqual([]);
  });
});

describe('"X, <a long description>, was sworn in as the country\'s real president on Monday" (tenure.ts)', () => {
  // Held-out 4 (n053), 20 May 2019.
  const text =
    'Volodymyr Zelensky, a Ukrainian comedian who played an unlikely president in a hit television series, was sworn in as the country’s real president on Monday and then promptly dissolved parliament.';
  // theweek.com, 20 May 2019.
  const week =
    'Volodymyr Zelensky, a comic actor with no political experience who played an accidental Ukrainian president on TV, was sworn in as president on Monday.';
  // thenationalnews.com (Reuters), 20 May 2019.
  const national =
    'Comedian Volodymyr Zelenskiy was sworn in as Ukrainian president on Monday, launching a new era for a country wracked by war.';

  it('confirms the start told by a weekday', () => {
    expect(kindOn('tenure', text, 'was sworn in', '2019-05-20').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', week, 'was sworn in', '2019-05-20').map((a) => a.verdict)).toEqual(['supported']);
    expect(verdictsOn(national, 'was sworn in', '2019-05-20')).toContain('supported');
  });

  it("never flags it: a weekday may be another week's", () => {
    expect(isRed(verdictsOn(text, 'was sworn in', '2020-05-20'))).toBe(false);
    expect(isRed(verdictsOn(week, 'was sworn in', '2019-03-20'))).toBe(false);
  });
});

describe('"Joe Biden\'s first NATO summit as US president" (tenure-succession.ts)', () => {
  // Held-out 4 (n067), 13 June 2021.
  const asPresident =
    'On Monday, 30 leaders and heads of state will meet for a NATO summit in Brussels, Belgium. In Joe Biden’s first NATO summit as US president, he will be eager to reassure his allies that “America is back”.';
  // Held-out 4 (n009), Reuters, 15 June 2021.
  const withAlliance =
    'NATO leaders designated China as presenting "systemic challenges" during a summit communique on Monday, taking a forceful stance towards Beijing at Joe Biden\'s first summit with an alliance that Donald Trump openly disparaged and ridiculed.';
  // media2news.online (AP), June 2025.
  const second =
    'President Donald Trump’s first NATO summit appearance since reclaiming the White House was initially expected to highlight a major win.';

  it('confirms the summit of the page is the first of the tenure', () => {
    const [claim] = kindOn('tenure', asPresident, 'Joe Biden’s first NATO summit as US president', '2021-06-13');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['us-president', 'joe-biden', 'nato-summit-2021-brussels']);
    expect(kindOn('tenure', withAlliance, "Joe Biden's first summit with an alliance", '2021-06-15').map((a) => a.verdict)).toEqual([
      'supported',
    ]);
    expect(kindOn('tenure', second, 'Donald Trump’s first NATO summit', '2025-06-23').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('says nothing (and never flags) far from that summit, or without NATO named', () => {
    expect(kindOn('tenure', asPresident, 'Joe Biden’s first NATO summit', '2023-07-10')).toEqual([]);
    expect(isRed(verdictsOn(asPresident, 'Joe Biden’s first NATO summit', '2023-07-10'))).toBe(false);
    const g7 = "The leaders met at Joe Biden's first summit in Cornwall.";
    expect(kindOn('tenure', g7, "Joe Biden's first summit", '2021-06-13')).toEqual([]);
  });
});

describe('"The new U.S. president" with no name (title-short.ts)', () => {
  // Held-out 4 (n009), Reuters, 15 June 2021: Joe Biden named in the sentence before.
  const text =
    "NATO leaders took a forceful stance towards Beijing at Joe Biden's first summit with an alliance that Donald Trump openly disparaged and ridiculed. The new U.S. president has urged his fellow NATO leaders to face up to China's authoritarian behaviour.";

  it('confirms it of the one person named who took office months before', () => {
    const [claim] = kindOn('title', text, 'The new U.S. president', '2021-06-15');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['us-president', 'joe-biden']);
  });

  it('says nothing years into the tenure, and never flags', () => {
    expect(kindOn('title', text, 'The new U.S. president', '2023-06-15')).toEqual([]);
    expect(isRed(verdictsOn(text, 'The new U.S. president', '2023-06-15'))).toBe(false);
  });
});

describe('"The Prime Minister will remain in place until a new leader is elected" (title-short.ts)', () => {
  // Held-out 4 (n052), 22 June 2026.
  const text =
    'Starmer had faced mounting pressure in recent days after challenger Andy Burnham swept to victory in the Makerfield by-election.\n\nIn a speech outside Downing Street, the Prime Minister said his position had become untenable.\n\nThe Prime Minister will remain in place until a new leader is elected to “ensure an orderly handover of power”, he said.';
  const page = 'Keir Starmer announced his resignation as prime minister. ' + text;
  // newsable.asianetnews.com, 7 July 2022.
  const johnson =
    'Boris Johnson on Thursday stepped down as United Kingdom PM after following days of defections. He announced his resignation amid a flurry of resignations from his senior staff, although he will remain Prime Minister until a replacement is selected.';

  it('confirms the holder the passage names', () => {
    const [claim] = kindOn('title', page, 'The Prime Minister will remain in place until', '2026-06-22');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['gbr-prime-minister', 'keir-starmer']);
    const [he] = kindOn('title', johnson, 'he will remain Prime Minister until', '2022-07-07');
    expect(he.verdict).toBe('supported');
    expect(he.factIds).toEqual(['gbr-prime-minister', 'boris-johnson']);
  });

  it('says nothing, and never flags, when the one named is not in office or two could be meant', () => {
    expect(kindOn('title', johnson, 'he will remain Prime Minister until', '2023-07-07')).toEqual([]);
    expect(isRed(verdictsOn(johnson, 'he will remain Prime Minister until', '2023-07-07'))).toBe(false);
    const two = 'Keir Starmer met Mark Carney. The Prime Minister will remain in place until a new leader is elected.';
    expect(isRed(verdictsOn(two, 'The Prime Minister will remain', '2025-06-22'))).toBe(false);
  });
});

describe('US presidents of 1953–1989 on record, and "with X as the first Supreme Allied Commander Europe"', () => {
  // Held-out 4 (n035), 13 February 2025.
  const former = 'The United States has long urged its allies to spend more, as former President Dwight D. Eisenhower did in the 1950s.';
  // Held-out 4 (n058), 8 April 2022.
  const first =
    'SHAPE, the Supreme Headquarters Allied Powers Europe was formed, with US General Dwight D. Eisenhower as the first Supreme Allied Commander Europe, or SACEUR.';

  it('confirms "former President Dwight D. Eisenhower" and the presidents after him', () => {
    expect(kindOn('title', former, 'former President Dwight D. Eisenhower', '2025-02-13').map((a) => a.verdict)).toEqual(['supported']);
    // A retrospective's "President Ronald Reagan" is not flagged: a title held this long ago tells of its own time.
    const reagan = 'President Ronald Reagan met Mikhail Gorbachev in Reykjavik.';
    expect(isRed(verdictsOn(reagan, 'President Ronald Reagan', '2024-10-11'))).toBe(false);
    expect(verdictsOn(reagan, 'President Ronald Reagan', '1986-10-11')).toContain('supported');
  });

  it('reads "with X as the first ..." as said of X', () => {
    const [claim] = kindOn('tenure', first, 'Dwight D. Eisenhower as the first Supreme Allied Commander Europe', '2022-04-08');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds[0]).toBe('nato-saceur');
  });

  it('never takes "with X" for the subject when a verb comes between', () => {
    // enow.com (a Wikipedia excerpt): "In May 1952, Ridgway succeeded General Dwight D. Eisenhower as the
    // Supreme Allied Commander Europe (SACEUR)" names no number; a number after a handover's object is not his.
    const handover =
      'General Matthew Ridgway met with General Dwight D. Eisenhower in Paris as the second Supreme Allied Commander Europe.';
    expect(isRed(verdictsOn(handover, 'Dwight D. Eisenhower', '1952-06-01'))).toBe(false);
  });
});

describe('"he wants to see X as Minister of Defense", "proposed X as Ukraine\'s new defence minister" (title-sworn.ts)', () => {
  // Held-out 4 (n046), 15 July 2025.
  const see = 'Earlier, Ukrainian President Volodymyr Zelenskyy said that he wants to see Denys Shmyhal as Minister of Defense.';
  // asiaone.com (Reuters), 15 July 2025.
  const proposed =
    "Ukraine's President Volodymyr Zelenskiy on Monday proposed current Prime Minister Denys Shmyhal as Ukraine's new defence minister.";

  it('confirms a tenure about to begin, with the chooser named before', () => {
    expect(kindOn('title', see, 'Denys Shmyhal as Minister of Defense', '2025-07-15').map((a) => a.verdict)).toEqual(['supported']);
    expect(verdictsOn(proposed, "Denys Shmyhal as Ukraine's new defence minister", '2025-07-15')).toContain('supported');
  });

  it('never flags it, and says nothing of "as" after a name that is no verb\'s object', () => {
    expect(isRed(verdictsOn(see, 'Denys Shmyhal as Minister of Defense', '2024-07-15'))).toBe(false);
    const met = 'Volodymyr Zelenskyy met Denys Shmyhal as Minister of Defense Rustem Umerov looked on.';
    expect(
      kindOn('title', met, 'Denys Shmyhal as Minister of Defense', '2025-07-15').filter((a) => a.factIds.includes('denys-shmyhal')),
    ).toEqual([]);
  });
});

describe('"the head of the Ukrainian presidential administration Andriy Yermak" (title-split.ts), "Mr. Rutte is expected to leave office on July 2" (tenure.ts)', () => {
  // Held-out 4 (n014), 26 June 2024.
  const head =
    '“Your leadership and commitment to democratic principles are crucial for our common future,” wrote the head of the Ukrainian presidential administration Andriy Yermak.';
  const leave =
    'Having become Prime Minister in 2010, Mr. Rutte is expected to leave office on July 2 after the swearing-in of the new Dutch government scheduled for that date.';

  it('reads the country between "head of the" and the office\'s words', () => {
    const [claim] = kindOn('title', head, 'head of the Ukrainian presidential administration Andriy Yermak', '2024-06-26');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['ukr-head-of-presidential-office', 'andriy-yermak']);
  });

  it('flags it after he left, and never reads a word that is no country', () => {
    expect(verdictsOn(head, 'Andriy Yermak', '2026-06-26')).toContain('outdated');
    const other = 'wrote the head of the Foreign Intelligence Service Oleh Ivashchenko.';
    expect(isRed(verdictsOn(other, 'Oleh Ivashchenko', '2026-06-26'))).toBe(false);
  });

  it('takes the one office held on the date when the sentence names none', () => {
    const page = 'Dutch Prime Minister Mark Rutte was named NATO chief. ' + leave;
    const ends = kindOn('tenure', page, 'is expected to leave office', '2024-06-26').filter((a) => a.quote.includes('leave office'));
    expect(ends.map((a) => a.verdict)).toEqual(['supported']);
    // Two offices held that day: nothing is said.
    expect(isRed(verdictsOn(page, 'Rutte is expected to leave office', '2025-06-26'))).toBe(false);
  });
});

describe("Keith Kellogg as US special envoy: confirmed from the inauguration to Reuters' report of 19 November 2025", () => {
  // Held-out 4 (n036), NATO's agenda for 14 February 2025.
  const text = 'The Secretary General will meet the US Special Envoy for Ukraine and Russia, General Keith Kellogg.';
  const quote = 'US Special Envoy for Ukraine and Russia, General Keith Kellogg';
  // kyivindependent.com, 12 February 2025.
  const kyiv =
    "The latter will be attended by U.S. Vice President JD Vance, Secretary of State Marco Rubio, and Trump's special envoy for Ukraine, Keith Kellogg.";

  it('confirms the title in 2025', () => {
    expect(kindOn('title', text, quote, '2025-02-14').map((a) => a.verdict)).toEqual(['supported']);
    expect(verdictsOn(kyiv, "Trump's special envoy for Ukraine, Keith Kellogg", '2025-02-12')).toContain('supported');
  });

  it('never flags it while he was envoy-designate, nor after the sources stop', () => {
    expect(isRed(verdictsOn(text, quote, '2024-12-10'))).toBe(false);
    expect(isRed(verdictsOn(text, quote, '2026-02-14'))).toBe(false);
  });
});

describe('Bronisław Geremek, Polish foreign minister 1997–2000 (data)', () => {
  // Held-out 4 (n057), 12 March 2024.
  const text =
    '“In 1999, Poland became a member of NATO, the greatest military alliance in history,” declared Bronisław Geremek, the then Polish Minister of Foreign Affairs, marking the significance of the day.';
  // polishnews.co.uk, 2023: "Bronisław Geremek, a historian, oppositionist in the times of the Polish People's Republic and foreign minister in the government of Jerzy Buzek".
  const former = 'Former Polish Foreign Minister Bronisław Geremek signed the act of accession in Independence, Missouri.';

  it('confirms "the then Polish Minister of Foreign Affairs" and "former Polish Foreign Minister"', () => {
    expect(
      kindOn('title', text, 'Bronisław Geremek, the then Polish Minister of Foreign Affairs', '2024-03-12').map((a) => a.verdict),
    ).toEqual(['supported']);
    expect(verdictsOn(former, 'Former Polish Foreign Minister Bronisław Geremek', '2024-03-12')).toContain('supported');
  });

  it('never flags the title in the years of his tenure', () => {
    expect(isRed(verdictsOn(former.replace('Former ', ''), 'Polish Foreign Minister Bronisław Geremek', '1999-03-12'))).toBe(false);
  });
});

describe('"Having become Prime Minister in 2010, Mr. Rutte" (tenure.ts)', () => {
  // Held-out 4 (n014), 26 June 2024 (AFP).
  const text =
    'Having become Prime Minister in 2010, Mr. Rutte is expected to leave office on July 2 after the swearing-in of the new Dutch government.';
  const page = 'Dutch Prime Minister Mark Rutte was named NATO chief. ' + text;

  it('confirms the start of the named office', () => {
    expect(kindOn('tenure', page, 'Having become Prime Minister in 2010', '2024-06-26').map((a) => a.verdict)).toContain('supported');
  });

  it('says nothing of a start that fits no tenure, and never flags it', () => {
    const wrong = page.replace('in 2010', 'in 2012');
    expect(kindOn('tenure', wrong, 'Having become Prime Minister in 2012', '2024-06-26')).toEqual([]);
    expect(isRed(verdictsOn(wrong, 'Having become Prime Minister in 2012', '2024-06-26'))).toBe(false);
  });
});

describe('"Petro Poroshenko, a chocolate tycoon who came into power in 2014" (tenure.ts)', () => {
  // Held-out 4 (n053), 20 May 2019.
  const text =
    'Zelensky beat out incumbent President Petro Poroshenko, a chocolate tycoon who came into power in 2014 following a mass protest movement.';

  it('confirms the start of a tenure, over or not', () => {
    expect(kindOn('tenure', text, 'who came into power in 2014', '2019-05-20').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('tenure', text, 'who came into power in 2014', '2023-05-20').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('never flags another year: "power" names no office', () => {
    const wrong = text.replace('in 2014', 'in 2010');
    expect(kindOn('tenure', wrong, 'who came into power in 2010', '2019-05-20')).toEqual([]);
    expect(isRed(verdictsOn(wrong, 'came into power in 2010', '2019-05-20'))).toBe(false);
  });
});
