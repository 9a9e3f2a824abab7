// Tenures of the tenth round, from the eighth held-out set's misses: each form on its real sentence,
// on other real sentences of the same kind (sources in comments), with the fact changed (flagged
// where the claim is certain) and with a look-alike true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('title', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('"the former president" after a name in the subordinate clause the sentence opens with (title-bare.ts)', () => {
  // Held-out 8 (u057), politico.eu summary dated 5 June 2025: Trump had been back in office since 20 January.
  const u057 =
    'During the meeting, Dutch NATO Secretary-General Mark Rutte emphasizes that the alliance is adapting to a more dangerous global landscape. As NATO braces for the return of Donald Trump, concerns linger about the U.S. commitment to the alliance, prompting leaders to ensure that their final statement avoids potential conflict with the former president’s expectations.';

  it('flags the stale title of a returned president', () => {
    const [claim] = kindOn('title', u057, 'the former president', '2025-06-05');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toEqual(['us-president', 'donald-trump']);
  });

  it('confirms it between his terms', () => {
    expect(titleVerdicts(u057, 'the former president', '2024-06-05')).toEqual(['supported']);
  });

  it('says nothing when the opening clause names two presidents, or the name follows the clause', () => {
    const two =
      'As Joe Biden hands over to Donald Trump, concerns linger about the U.S. commitment, prompting leaders to avoid conflict with the former president’s expectations.';
    expect(isRed(verdictsOn(two, 'the former president', '2025-06-05'))).toBe(false);
    // The name is the main clause's subject, not inside the opening clause: the same clause as the words.
    const mainClause = 'As the summit nears, Donald Trump said he would not meet the former president’s envoy.';
    expect(isRed(verdictsOn(mainClause, 'the former president', '2025-06-05'))).toBe(false);
  });
});

describe('a lone surname with a past title, on a page that names the person’s office of the day (title.ts)', () => {
  // Held-out 8 (u049), a summary dated 18 February 2025 that calls Rutte "the NATO Secretary General"
  // and never writes "Mark"; "Dutch Prime Minister Mark Rutte met with top U.S. officials in
  // Washington" (euronews24.com, 2025) is the same slip with the full name.
  const u049 =
    'Prime Minister Rutte emphasized that in the coming months, there will be a collective movement toward a budget target. According to Rutte, there is a notable shortage of air defense systems. The NATO Secretary General highlighted that “all options are on the table”.';

  it('flags the stale title', () => {
    const [claim] = kindOn('title', u049, 'Prime Minister Rutte', '2025-02-18');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toContain('mark-rutte');
  });

  it('confirms it while he was prime minister', () => {
    expect(titleVerdicts(u049, 'Prime Minister Rutte', '2023-02-18')).toEqual(['supported']);
  });

  it('says nothing certain when the page does not name his office of the day', () => {
    const bare = 'Prime Minister Rutte emphasized that in the coming months, there will be a collective movement toward a budget target.';
    expect(isRed(verdictsOn(bare, 'Prime Minister Rutte', '2025-02-18'))).toBe(false);
    // An office named without its body ("the Secretary General") ties the surname to no one.
    const loose = 'Prime Minister Rutte emphasized the budget target. The Secretary General highlighted that all options are on the table.';
    expect(isRed(verdictsOn(loose, 'Prime Minister Rutte', '2025-02-18'))).toBe(false);
  });
});

const tenureVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('tenure', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('"the incumbent, NAME", "defeated incumbent NAME": the holder called so with no title (tenure-incumbent.ts)', () => {
  // Held-out 8 (u001, ibtimes.com, 21 April 2019; u003, 22 April 2019); "humiliating incumbent Petro
  // Poroshenko" (independent.co.uk, 22 April 2019).
  const u001 =
    'The incumbent, Petro Poroshenko, conceded the elections after exit polls showed Zelensky winning the runoff by a landslide.';
  const u003 = 'Comedian Volodymyr Zelensky has defeated incumbent Petro Poroshenko in the runoff of the presidential election.';
  const independent = 'Comedian Volodymr Zelensky elected president in landslide win, humiliating incumbent Petro Poroshenko.';
  const after = 'Petro Poroshenko, the incumbent, conceded defeat on Sunday night.';

  it('confirms the words while the person holds an office', () => {
    expect(tenureVerdicts(u001, 'The incumbent, Petro Poroshenko', '2019-04-21')).toEqual(['supported']);
    expect(tenureVerdicts(u003, 'incumbent Petro Poroshenko', '2019-04-22')).toEqual(['supported']);
    expect(tenureVerdicts(independent, 'incumbent Petro Poroshenko', '2019-04-22')).toEqual(['supported']);
    expect(tenureVerdicts(after, 'Petro Poroshenko, the incumbent', '2019-04-22')).toEqual(['supported']);
  });

  it('never flags it: an election long past is told with the same word', () => {
    // "Zelensky won the election with 73.22% of the vote, defeating incumbent Petro Poroshenko" (a
    // Wikipedia text posted in June 2019, after the handover): since the twelfth round, confirmed as of the
    // election the sentence tells of, which was weeks before (tenures-round12.test.ts).
    const past = 'Zelensky won the election with 73.22% of the vote, defeating incumbent Petro Poroshenko.';
    expect(tenureVerdicts(past, 'incumbent Petro Poroshenko', '2019-06-09')).toEqual(['supported']);
    expect(isRed(verdictsOn(past, 'incumbent Petro Poroshenko', '2023-06-09'))).toBe(false);
  });
});

describe('an appointment told with the appointer as subject: "the Rada appointed X as TITLE on DAY" (tenure-appointed.ts)', () => {
  // Held-out 8 (u032), September 2023.
  const u032 =
    'Recall that on September 6, the Verkhovna Rada appointed the former head of the State Property Fund Rustem Umerov to the post of Minister of Defense.';
  // Held-out 6 (k018, Ukrinform, 6 November 2021): the page never writes his first name.
  const k018 =
    "Reznikov said the ministry is a civilian entity. Earlier reports said that the Verkhovna Rada appointed Reznikov as Ukraine's defense minister on November 4. A total of 273 MPs voted for such a decision.";
  // TASS, 4 November 2021 (tass.com/world/1357847): a first name spelt otherwise, the day as a weekday.
  const tass =
    'The deputies of the Verkhovna Rada of Ukraine voted to appoint former Deputy Prime Minister Aleksei Reznikov to the post of Minister of Defense of Ukraine on Thursday.';

  it('confirms the day a tenure began', () => {
    expect(tenureVerdicts(u032, 'the Verkhovna Rada appointed', '2023-12-15')).toEqual(['supported']);
    expect(tenureVerdicts(k018, 'appointed Reznikov as Ukraine', '2021-11-06')).toEqual(['supported']);
    expect(tenureVerdicts(tass, 'Aleksei Reznikov', '2021-11-04')).toEqual(['supported']);
  });

  it('never flags another day: an appointment may precede the first day in office', () => {
    expect(isRed(verdictsOn(u032.replace('September 6', 'September 4'), 'Rustem Umerov', '2023-12-15'))).toBe(false);
    expect(tenureVerdicts(u032.replace('September 6', 'September 4'), 'the Verkhovna Rada appointed', '2023-12-15')).toEqual([]);
    // "NATO appointed Mark Rutte as its next Secretary General" on 26 June 2024; he took office on 1 October.
    const rutte = 'On June 26, 2024, NATO appointed Mark Rutte as its next Secretary General.';
    expect(isRed(verdictsOn(rutte, 'Mark Rutte', '2024-06-27'))).toBe(false);
  });
});

describe('a dismissal told of a holder: "relieved X of his post as TITLE", "X was dismissed on DAY" (tenure-dismissed.ts)', () => {
  // Held-out 8 (u039, Meduza, 12 May 2024; u042, 14 May 2024; u034, 8 February 2024).
  const u039 =
    'Vladimir Putin has relieved Nikolai Patrushev of his post as Secretary of the Security Council of the Russian Federation, replacing him with Sergey Shoigu.';
  const u042 =
    'Patrushev, 73, was dismissed on Sunday after serving 16 years as head of Russia’s Security Council, an executive branch body that advises the president.';
  const u042page = `President Vladimir Putin has appointed Nikolai Patrushev as a presidential aide, the Kremlin announced Tuesday. ${u042}`;
  const u034 =
    'General Valery Zaluzhny, the commander-in-chief of the Ukrainian Armed Forces during the conflict with Russia, was officially dismissed from his position on Thursday.';
  // rustavi2.ge, 18 September 2023: the active verb, "from the post of".
  const rustavi =
    'The removal comes 2 weeks after President Volodymyr Zelensky fired Oleksii Reznikov from the post of defense minister on September 3 and nominated Rustem Umerov to the post.';

  it('confirms the end of a tenure on the day told, or lately', () => {
    expect(tenureVerdicts(u039, 'relieved Nikolai Patrushev', '2024-05-12')).toEqual(['supported']);
    expect(tenureVerdicts(u042page, 'was dismissed on Sunday', '2024-05-14')).toEqual(['supported']);
    expect(tenureVerdicts(u034, 'was officially dismissed', '2024-02-08')).toEqual(['supported']);
    expect(tenureVerdicts(rustavi, 'fired Oleksii Reznikov', '2023-09-18')).toEqual(['supported']);
  });

  it('says nothing when no tenure ended then; flags only an office never held', () => {
    // A year later, with no day told: the end is no longer recent.
    expect(tenureVerdicts(u039, 'relieved Nikolai Patrushev', '2025-05-12')).toEqual([]);
    // Another office named after "as": not his tenure. Round 27: an office he never held, whose holder that day was
    // another, while his own office ended that day: the dismissal was from that office, so the one named is
    // contradicted (tenure-dismissed.ts anotherOfficeLeft, now also with no day told).
    const other = u039.replace('Secretary of the Security Council of the Russian Federation', 'Prime Minister of Russia');
    expect(tenureVerdicts(other, 'relieved Nikolai Patrushev', '2024-05-12')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(other, 'Nikolai Patrushev', '2024-05-12'))).toBe(true);
    // Announced before it took effect ("has fired ... from his position", 4 September 2023; he left on the 6th): not confirmed, not flagged.
    const early = 'Ukrainian President Volodymyr Zelensky has fired Ukrainian Defense Minister Oleksii Reznikov from his position.';
    expect(isRed(verdictsOn(early, 'Oleksii Reznikov', '2023-09-04'))).toBe(false);
  });
});

describe('"had been TITLE since", "held the position of TITLE since", "has headed X’s Defense Ministry since" (tenure.ts)', () => {
  // Held-out 8 (u041, Kyiv Independent, 14 May 2024).
  const u041 =
    "Former Russian Security Council Secretary Nikolai Patrushev has been reappointed as an aide. Patrushev, who is believed to be one of Putin's closest confidants and held the position of Security Council secretary since 2008, was recently replaced by Defense Minister Sergei Shoigu. Shoigu had been Russia's defense minister since 2012.";
  // Held-out 8 (u039, Meduza, 12 May 2024); TASS, 17 July 2025 (tass.com/world/1990769).
  const u039 = 'Putin replaced him with Sergey Shoigu. Shoigu has headed Russia’s Defense Ministry since November 6, 2012.';
  const tass = 'Shmygal replaces Rustem Umerov, who had led the Defense Ministry since September 2023.';

  it('confirms the start told', () => {
    expect(tenureVerdicts(u041, 'held the position of Security Council secretary since 2008', '2024-05-14')).toEqual(['supported']);
    expect(tenureVerdicts(u041, "Shoigu had been Russia's defense minister since 2012", '2024-05-14')).toEqual(['supported']);
    expect(tenureVerdicts(u039, 'Defense Ministry since November 6, 2012', '2024-05-12')).toEqual(['supported']);
    expect(tenureVerdicts(tass, 'had led the Defense Ministry since September 2023', '2025-07-17')).toEqual(['supported']);
  });

  it('flags a wrong year', () => {
    expect(tenureVerdicts(u041.replace('since 2012', 'since 2014'), 'Shoigu had been', '2024-05-14')).toEqual(['contradicted']);
    expect(tenureVerdicts(u039.replace('2012', '2014'), 'Defense Ministry since', '2024-05-12')).toEqual(['contradicted']);
  });

  it('reads "had been" only with "since" and a title alone', () => {
    // A year inside the tenure, not its start.
    expect(isRed(verdictsOn('Mark Rutte had been prime minister in 2015.', 'Mark Rutte', '2024-05-14'))).toBe(false);
    // Not a tenure at all.
    expect(isRed(verdictsOn('Kaja Kallas had been tipped as foreign policy chief since June.', 'Kaja Kallas', '2024-11-14'))).toBe(false);
  });
});

describe('a holder said to stay: "X remains TITLE", "X to remain as TITLE" (tenure-remain.ts, title-forms.ts)', () => {
  // Held-out 8 (u040), 13 May 2024.
  const u040 =
    'He nominated Sergei Lavrov to remain as the Minister of Foreign Affairs, and Alexander Bortnikov to remain as the Director of the Federal Security Agency.';
  const remains = 'Sergei Shoigu remains Russia’s defence minister, the Kremlin said.';
  const dutch = 'Mark Rutte remains Dutch prime minister until a new cabinet is sworn in.';

  it('confirms the office held on the day', () => {
    expect(titleVerdicts(u040, 'Sergei Lavrov to remain as the Minister of Foreign Affairs', '2024-05-13')).toEqual(['supported']);
    expect(titleVerdicts(remains, 'Sergei Shoigu remains', '2024-03-13')).toEqual(['supported']);
    expect(titleVerdicts(dutch, 'Mark Rutte remains', '2024-06-20')).toEqual(['supported']);
  });

  it('flags "remains" said of a holder who had left', () => {
    expect(titleVerdicts(remains, 'Sergei Shoigu remains', '2024-06-20')).toEqual(['outdated']);
    expect(titleVerdicts(dutch, 'Mark Rutte remains', '2024-12-20')).toEqual(['outdated']);
  });

  it('does not flag a day to come, a condition or another title', () => {
    expect(isRed(verdictsOn(u040.replace('Sergei Lavrov', 'Sergei Shoigu'), 'Sergei Shoigu', '2024-06-20'))).toBe(false);
    const cond = 'If the coalition holds, Mark Rutte remains Dutch prime minister.';
    expect(isRed(verdictsOn(cond, 'Mark Rutte', '2024-12-20'))).toBe(false);
    const elect = 'Donald Trump remains president-elect until his inauguration.';
    expect(isRed(verdictsOn(elect, 'Donald Trump', '2024-12-20'))).toBe(false);
  });
});

describe('a heading ending with a country, then a title on the next line (title.ts)', () => {
  // Held-out 8 (u053), 23 April 2025: "Ukraine" ends the heading, "Vice President" opens the text.
  const u053 =
    'Vance says concessions needed for deal to end war in Ukraine\nVice President JD Vance said the U.S. has issued a “very explicit proposal” to Russia and Ukraine.';

  it('reads the title without the country the heading ended with', () => {
    expect(titleVerdicts(u053, 'Vice President JD Vance', '2025-04-23')).toEqual(['supported']);
    expect(isRed(titleVerdicts(u053, 'Vice President JD Vance', '2023-04-23'))).toBe(true);
  });

  it('keeps a wrapped title whose country has the office, which only confirms', () => {
    const wrapped = 'The meeting was attended by US\nSecretary of State Antony Blinken and others.';
    expect(titleVerdicts(wrapped, 'Secretary of State Antony Blinken', '2023-04-23')).toEqual(['supported']);
    expect(isRed(verdictsOn(wrapped, 'Antony Blinken', '2025-04-23'))).toBe(false);
  });
});

describe('starts told of someone named before: "the latter took office", "his return to the White House", a lone surname (tenure-pronoun.ts, tenure-events.ts)', () => {
  // Held-out 8 (u016), 16 June 2021.
  const u016 = 'The one-day summit is the first meeting between Putin and Biden since the latter took office in January.';
  // Held-out 8 (u068), 23 October 2025.
  const u068 =
    'Speaking alongside NATO Secretary-General Mark Rutte, President Trump remarked that talks with Vladimir Putin go nowhere. The sanctions represent a significant policy shift for the Trump administration, marking the first such measures against Russia since his return to the White House in January 2025.';
  // Held-out 8 (u058), TIME, 20 June 2025: the page calls him "Rutte" only.
  const u058 =
    '“It is really a pivotal moment,” Rutte says, after we sit down in his office, some six short months after he became Secretary-General in October.';

  it('confirms the start of the one it means', () => {
    expect(tenureVerdicts(u016, 'the latter took office in January', '2021-06-16')).toEqual(['supported']);
    expect(tenureVerdicts(u068, 'his return to the White House in January 2025', '2025-10-23')).toEqual(['supported']);
    expect(tenureVerdicts(u058, 'he became Secretary-General in October', '2025-06-20')).toEqual(['supported']);
  });

  it('says nothing of a start that fits no one, and never flags these', () => {
    // The former of the two took office then: "the latter" is not him.
    const former = 'The summit is the first meeting between Biden and Putin since the latter took office in January.';
    expect(tenureVerdicts(former, 'the latter took office', '2021-06-16')).toEqual([]);
    // 2017 was no return of Trump's.
    const first = 'Donald Trump’s return to the White House in 2017 surprised the allies.';
    expect(tenureVerdicts(first, 'return to the White House in 2017', '2025-10-23')).toEqual([]);
    expect(isRed(verdictsOn(u068.replace('January 2025', 'January 2024'), 'his return', '2025-10-23'))).toBe(false);
  });
});

describe('a handover told with the wrong predecessor: "X replaced Y as TITLE" (tenure-succession.ts)', () => {
  // Held-out 8 (u070), 29 November 2025: Umerov succeeded Oleksandr Lytvynenko in July 2025.
  const u070 = 'Who is Rustem Umerov? Rustem Umerov replaced Andriy Yermak as Ukraine security council secretary.';
  // TASS, 17 July 2025: "Shmygal replaces Rustem Umerov, who had led the Defense Ministry since September 2023".
  const tass = 'Denys Shmyhal replaces Rustem Umerov as Ukraine’s defence minister.';

  it('flags a predecessor who never held the office', () => {
    const [claim] = kindOn('tenure', u070, 'replaced Andriy Yermak', '2025-11-29');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('Oleksandr Lytvynenko');
  });

  it('confirms the real one', () => {
    expect(tenureVerdicts(u070.replace('Andriy Yermak', 'Oleksandr Lytvynenko'), 'replaced Oleksandr Lytvynenko', '2025-11-29')).toEqual([
      'supported',
    ]);
    expect(tenureVerdicts(tass, 'replaces Rustem Umerov', '2025-07-17')).toEqual(['supported']);
  });

  it('does not flag a plan, another office, or a title without its country', () => {
    const plan = 'Rustem Umerov will replace Andriy Yermak as Ukraine security council secretary.';
    expect(isRed(verdictsOn(plan, 'Andriy Yermak', '2025-11-29'))).toBe(false);
    // Yermak did lead the delegation before Umerov: another office, not flagged.
    const delegation = 'Rustem Umerov replaced Andriy Yermak as head of Ukraine’s delegation at the peace talks.';
    expect(isRed(verdictsOn(delegation, 'Andriy Yermak', '2025-11-29'))).toBe(false);
    const bare = 'Rustem Umerov replaced Andriy Yermak as secretary.';
    expect(isRed(verdictsOn(bare, 'Andriy Yermak', '2025-11-29'))).toBe(false);
  });
});

describe('a handover with a description of the predecessor before the name (tenure-succession.ts)', () => {
  // Held-out 8 (u021), 7 February 2022 (a machine-rewritten text: "took workplace" for "took office").
  const u021 =
    'Olaf Scholz took workplace in December, succeeding a towering determine in international politics — Angela Merkel — whose absence is felt.';
  const comma = 'Olaf Scholz took office in December, replacing the long-serving chancellor, Angela Merkel.';

  it('confirms the handover', () => {
    expect(tenureVerdicts(u021, 'succeeding a towering', '2022-02-07')).toEqual(['supported']);
    expect(tenureVerdicts(comma, 'replacing the long-serving', '2022-02-07')).toEqual(['supported']);
  });

  it('does not flag a described predecessor who is not the one', () => {
    const wrong = 'Olaf Scholz took office in December, replacing the long-serving leader, Joe Biden.';
    expect(isRed(verdictsOn(wrong, 'Joe Biden', '2022-02-07'))).toBe(false);
  });
});

describe('a past accession with no date: "X became TITLE" (tenure.ts)', () => {
  // Held-out 8 (u066, European Pravda, 12 September 2025).
  const u066 =
    'A week ago, Cooper was appointed Foreign Secretary, while David Lammy, who previously held the post, became Justice Secretary and Deputy Prime Minister.';

  it('confirms a tenure begun by the article’s date', () => {
    expect(tenureVerdicts(u066, 'became Justice Secretary', '2025-09-12')).toEqual(['supported']);
    expect(tenureVerdicts('Mark Rutte became prime minister.', 'Mark Rutte became', '2025-09-12')).toEqual(['supported']);
  });

  it('says nothing of an office never held, or not yet', () => {
    expect(tenureVerdicts('Joe Biden became NATO Secretary General.', 'Joe Biden became', '2025-09-12')).toEqual([]);
    expect(isRed(verdictsOn('Joe Biden became NATO Secretary General.', 'Joe Biden', '2025-09-12'))).toBe(false);
    expect(tenureVerdicts(u066, 'became Justice Secretary', '2025-08-12')).toEqual([]);
  });
});

describe('a title held long before the article, told of its own time (title.ts, withLongPastTitles)', () => {
  // Held-out 4 (n057), 12 March 2024, of Poland's accession in March 1999.
  const n057 =
    'The ceremony in Independence, Missouri, saw Poland commit to NATO’s collective defence, symbolized by handing over the signed accession document to Madeleine Albright, the U.S. Secretary of State.';
  // expected.jsonl (r056), AP, 11 May 2022: a photo caption in the present tense after a dated one.
  const r056 =
    'FILE - Secretary of State Dean Acheson signs the Atlantic defense treaty for the United States, April 4, 1949. Vice President Alben W. Barkley, left, and President Harry Truman converse during the signing.';

  it('confirms it in a past-tense sentence, or after a year of the tenure', () => {
    expect(titleVerdicts(n057, 'Madeleine Albright, the U.S. Secretary of State', '2024-03-12')).toEqual(['supported']);
    expect(titleVerdicts(r056, 'President Harry Truman', '2022-05-11')).toEqual(['supported']);
  });

  it('stays unconfirmed in the present tense with no year, and is never flagged', () => {
    const present = 'Madeleine Albright, the U.S. Secretary of State, says the alliance must grow.';
    expect(titleVerdicts(present, 'Madeleine Albright', '2024-03-12')).toEqual(['context']);
    // A year outside the tenure: not confirmed.
    const other = 'In 2012, the document went to Madeleine Albright, the U.S. Secretary of State.';
    expect(titleVerdicts(other, 'Madeleine Albright', '2024-03-12')).toEqual(['context']);
  });
});

describe('a title without its country and no name after it, on a page that names one such holder (title-bare.ts)', () => {
  // Held-out 8 (u023), 3 May 2022.
  const u023 =
    'Boris Johnson: Ukraine will win war and ‘be free’\nThe Prime Minister has addressed the Ukrainian Parliament – the first world leader to do so since Russia invaded in late February.';

  it('confirms it as said of the one holder the page names', () => {
    expect(titleVerdicts(u023, 'The Prime Minister has addressed', '2022-05-03')).toEqual(['supported']);
  });

  it('says nothing when the page names two prime ministers, or the one named no longer holds it, and never flags', () => {
    const two = u023.replace('Boris Johnson: Ukraine', 'Boris Johnson and Denys Shmyhal: Ukraine');
    expect(titleVerdicts(two, 'The Prime Minister has addressed', '2022-05-03')).toEqual([]);
    expect(isRed(verdictsOn(u023, 'The Prime Minister has addressed', '2023-05-03'))).toBe(false);
  });
});

describe('a present-perfect accession with no date: "X has taken over as TITLE", "X has become TITLE" (tenure-remain.ts)', () => {
  // Held-out 5 (h051), a machine translation of 6 May 2021: Biden was the US president.
  const h051 =
    'Blinken is by far the most significant President visiting Ukraine Joe Biden member of the administration.\n\nBiden has taken over as president of Russia and president Vladimir Putin a stricter line than its predecessor Donald Trump.';
  const merz = 'Friedrich Merz has taken over as chancellor, the Bundestag said.';

  it('flags an office never held, named after a lone surname the page names in full before', () => {
    const [claim] = kindOn('title', h051, 'Biden has taken over as president of Russia', '2021-05-06');
    expect(claim.verdict).toBe('contradicted');
  });

  it('confirms the office held that day, and flags one not yet held', () => {
    expect(titleVerdicts(merz, 'Friedrich Merz has taken over', '2025-06-01')).toEqual(['supported']);
    expect(titleVerdicts(merz, 'Friedrich Merz has taken over', '2024-09-01')).toEqual(['contradicted']);
  });

  it('does not flag a tenure about to begin, a condition, or a lone surname the page does not name in full', () => {
    const rutte = 'Mark Rutte has become NATO Secretary General, the alliance announced.';
    expect(isRed(verdictsOn(rutte, 'Mark Rutte', '2024-09-01'))).toBe(false);
    const cond = 'If he wins, Friedrich Merz has become chancellor by spring.';
    expect(isRed(verdictsOn(cond, 'Friedrich Merz', '2024-09-01'))).toBe(false);
    const lone = 'Biden has taken over as president of Russia and Putin a stricter line.';
    expect(isRed(verdictsOn(lone, 'Biden has taken over', '2021-05-06'))).toBe(false);
  });
});

describe('a tenure length told "after a decade at NATO’s helm", "after serving N years as" (tenure-length.ts)', () => {
  // Held-out 8 (u047, AP, 1 October 2024).
  const u047 =
    "Rutte walked into the great hall with Stoltenberg, who leaves after a decade at NATO's helm, and was presented with a gavel.";
  const page = `Jens Stoltenberg handed over on Tuesday. ${u047}`;

  it('confirms a length that fits', () => {
    expect(tenureVerdicts(page, 'who leaves after a decade', '2024-10-01')).toEqual(['supported']);
    const serving = 'Jens Stoltenberg stepped down after serving ten years as NATO Secretary General.';
    expect(tenureVerdicts(serving, 'after serving ten years', '2024-10-02')).toEqual(['supported']);
  });

  it('says nothing of one that does not, and never flags', () => {
    expect(tenureVerdicts(page.replace('a decade', 'five years'), 'who leaves after five years', '2024-10-01')).toEqual([]);
    expect(isRed(verdictsOn(page.replace('a decade', 'five years'), 'Stoltenberg', '2024-10-01'))).toBe(false);
  });
});

describe('a dismissal told with its day right after the name: "proposed dismissing X on May 12" (tenure-dismissed.ts)', () => {
  // Held-out 8 (u041, Kyiv Independent, 14 May 2024).
  const u041 =
    'Sergei Shoigu had been Russia’s defense minister since 2012. Putin proposed dismissing Shoigu on May 12 and nominated Andrei Belousov as his replacement.';

  it('confirms the end of the tenure near the day', () => {
    expect(tenureVerdicts(u041, 'dismissing Shoigu on May 12', '2024-05-14')).toEqual(['supported']);
  });

  it('needs the day, and never flags', () => {
    const noDay = 'Sergei Shoigu spoke. Putin proposed dismissing Shoigu on charges of neglect.';
    expect(tenureVerdicts(noDay, 'dismissing Shoigu', '2024-05-14')).toEqual([]);
    expect(isRed(verdictsOn(u041.replace('May 12', 'March 12'), 'dismissing Shoigu', '2024-05-14'))).toBe(false);
  });
});

describe('a start told with a weekday: "since becoming prime minister last Friday" (tenure-events.ts)', () => {
  // After held-out 8 (u044, 10 July 2024: "his first foreign trip since becoming British leader last Friday").
  const text = 'Keir Starmer jets off to Washington, his first foreign trip since becoming prime minister last Friday.';

  it('confirms a start that fits the weekday', () => {
    expect(tenureVerdicts(text, 'since becoming prime minister last Friday', '2024-07-10')).toEqual(['supported']);
  });

  it('never flags one that does not', () => {
    expect(tenureVerdicts(text, 'since becoming prime minister last Friday', '2024-07-20')).toEqual([]);
    expect(isRed(verdictsOn(text, 'since becoming prime minister', '2024-07-20'))).toBe(false);
  });
});

describe('a departure told with its date: "X resigned as TITLE on DATE", "X, who stepped down in MONTH YEAR" (tenure-dismissed.ts)', () => {
  const yermak = 'Andriy Yermak resigned as head of the Presidential Office on November 28, 2025.';
  const stoltenberg = 'Jens Stoltenberg stepped down as NATO Secretary General on October 1, 2024.';
  // Johnson announced his resignation on 7 July 2022 and left office on 6 September.
  const johnson = 'Boris Johnson resigned as prime minister in July 2022.';
  const sunak = 'Rishi Sunak, who stepped down in July 2024, spoke in the Commons.';

  it('confirms a departure on the record’s end, or announced weeks before it', () => {
    expect(tenureVerdicts(yermak, 'resigned as head', '2025-12-01')).toEqual(['supported']);
    expect(tenureVerdicts(stoltenberg, 'stepped down as NATO', '2025-12-01')).toEqual(['supported']);
    expect(tenureVerdicts(johnson, 'resigned as prime minister', '2025-12-01')).toEqual(['supported']);
    expect(tenureVerdicts(sunak, 'who stepped down in July 2024', '2025-12-01')).toEqual(['supported']);
  });

  it('flags a date two years and more before the end, or after it', () => {
    expect(tenureVerdicts(johnson.replace('2022', '2020'), 'resigned as prime minister', '2025-12-01')).toEqual(['contradicted']);
    expect(tenureVerdicts(yermak.replace('November 28, 2025', 'March 2, 2026'), 'resigned as head', '2026-03-05')).toEqual([
      'contradicted',
    ]);
  });

  it('does not flag a caretaker’s resignation a year before leaving, a date a year early, or no office named', () => {
    // Rutte's cabinet resigned on 7 July 2023; he stayed caretaker prime minister until 2 July 2024.
    const rutte = 'Mark Rutte resigned as prime minister in July 2023 after his coalition collapsed.';
    expect(isRed(verdictsOn(rutte, 'resigned as prime minister', '2024-08-01'))).toBe(false);
    expect(isRed(verdictsOn(stoltenberg.replace('2024', '2023'), 'stepped down', '2025-12-01'))).toBe(false);
    expect(isRed(verdictsOn(sunak.replace('2024', '2021'), 'stepped down', '2025-12-01'))).toBe(false);
  });
});

describe('a title in apposition with its start: "X, TITLE since DATE," (tenure.ts)', () => {
  const rutte = 'Mark Rutte, NATO Secretary General since October 2024, said allies must spend more.';
  const yermak = 'Andriy Yermak, head of the presidential office since February 2020, met Steve Witkoff.';

  it('confirms the start, and flags a wrong one', () => {
    expect(tenureVerdicts(rutte, 'NATO Secretary General since October 2024', '2025-03-01')).toEqual(['supported']);
    expect(tenureVerdicts(yermak, 'head of the presidential office since February 2020', '2025-03-01')).toEqual(['supported']);
    expect(tenureVerdicts(rutte.replace('2024', '2022'), 'NATO Secretary General since', '2025-03-01')).toEqual(['contradicted']);
  });

  it('judges only the start: the apposition takes the sentence’s time, and no verb form or preposition is a title', () => {
    const past = 'In 2019, Jens Stoltenberg, NATO Secretary General since 2014, said allies must spend more.';
    expect(tenureVerdicts(past, 'NATO Secretary General since 2014', '2025-03-01')).toEqual(['supported']);
    // The present perfect of a sentence that tells another, earlier year is not "still in office" either.
    const perfect = 'Jens Stoltenberg, who has been NATO Secretary General since 2014, said in 2019 that allies must spend more.';
    expect(isRed(verdictsOn(perfect, 'NATO Secretary General since 2014', '2025-03-01'))).toBe(false);
    const tipped = 'Kaja Kallas, tipped as foreign policy chief since June, spoke.';
    expect(isRed(verdictsOn(tipped, 'Kaja Kallas', '2024-11-01'))).toBe(false);
  });
});
