// Tenures of the eighth round, from the sixth held-out set's misses and the errors corpus: each form
// on its real sentence, on other real sentences of the same kind found by search (sources in
// comments), with the fact changed (flagged where the claim is certain) and with a look-alike true
// sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const tenureVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('tenure', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('a start of tenure told as an event: "since assuming the NATO leadership", "returned to the White House" (tenure-events.ts)', () => {
  // Held-out 6 (k060), trendozz.com, 14 July 2025: a genuine error (Rutte took office on 1 October 2024).
  const k060 =
    'President Donald Trump met with NATO Secretary General Mark Rutte at the White House on Monday. The meeting marked Rutte’s first official visit to Washington since assuming the NATO leadership earlier this year.';

  it('contradicts a start put in the wrong year, read from the page’s certain date', () => {
    const [claim] = kindOn('tenure', k060, 'since assuming the NATO leadership earlier this year', '2025-07-14');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'mark-rutte']);
    // The page's date a guess: not flagged.
    expect(isRed(verdictsOn(k060, 'since assuming the NATO leadership earlier this year', '2025-07-14', false))).toBe(false);
  });

  it('confirms the right start, in the clause’s other phrasings', () => {
    expect(tenureVerdicts(k060.replace('earlier this year', 'last year'), 'since assuming the NATO leadership', '2025-07-14')).toEqual([
      'supported',
    ]);
    expect(tenureVerdicts(k060, 'since assuming the NATO leadership earlier this year', '2024-12-01')).toEqual(['supported']);
    const lead = 'Since taking over as NATO Secretary General in October 2024, Mark Rutte has pushed allies to spend more.';
    expect(tenureVerdicts(lead, 'Since taking over as NATO Secretary General', '2025-03-01')).toEqual(['supported']);
    expect(tenureVerdicts(lead.replace('October 2024', 'October 2023'), 'Since taking over', '2025-03-01')).toEqual(['contradicted']);
  });

  it('confirms "returned to the White House", by a surname the page does not resolve (k054)', () => {
    // Held-out 6 (k054), polskieradio.pl, 23 June 2025.
    const k054 =
      'The summit, taking place on Tuesday and Wednesday in The Hague, Netherlands, will be the first NATO gathering since Trump returned to the White House in January.';
    expect(tenureVerdicts(k054, 'Trump returned to the White House in January', '2025-06-23')).toEqual(['supported']);
    // "Upon returning to office, President Trump wasted no time" (usaenquire.com) tells no date: nothing.
    const undated = 'Upon returning to office, President Donald Trump wasted no time in implementing his agenda.';
    expect(tenureVerdicts(undated, 'Upon returning to office', '2025-03-01')).toEqual([]);
  });

  it('confirms "X becoming president ... again in January" (k044) and "will take over as ... later this year" (k040)', () => {
    // Held-out 6 (k044), swedenherald.com, 19 November 2024.
    const k044 =
      'How the EU will handle Donald Trump becoming president in the USA again in January was one of the main topics – and according to Borrell, something that the EU cannot just wait for.';
    expect(tenureVerdicts(k044, 'Donald Trump becoming president in the USA again in January', '2024-11-19')).toEqual(['supported']);
    // Held-out 6 (k040), ukropy.com (AP), 30 June 2024: "he" is the Rutte named just before.
    const k040 =
      'Long-serving Dutch Prime Minister Mark Rutte urged his country to support Ukraine, the 57-year-old Rutte said from his office in The Hague.\n\nAfter leading the country for 14 years, he will take his experience with consensus-building to Brussels, where he will take over as NATO’s new secretary-general later this year.';
    expect(tenureVerdicts(k040, 'he will take over as NATO’s new secretary-general later this year', '2024-06-30')).toEqual(['supported']);
    // "Rutte will take over NATO’s leadership on Oct. 1" (info-news.info, POLITICO, 26 June 2024).
    const politico =
      'Rutte will take over NATO’s leadership on Oct. 1 at a crucial moment. Outgoing NATO Secretary-General Jens Stoltenberg praised Mark Rutte.';
    expect(tenureVerdicts(politico, 'Rutte will take over NATO’s leadership on Oct. 1', '2024-06-26')).toEqual(['supported']);
    // "as he took over as the head of NATO on October 1" (rferl.org, 1 October 2024).
    const rferl =
      'Former Dutch Prime Minister Mark Rutte immediately pledged his strong support for Ukraine as he took over as the head of NATO on October 1 at a pivotal time.';
    expect(tenureVerdicts(rferl, 'he took over as the head of NATO on October 1', '2024-10-01')).toEqual(['supported']);
  });

  it('never flags a start told of a pronoun, of an unnamed office, or of two people who could be meant', () => {
    const pronoun =
      'Former Dutch Prime Minister Mark Rutte pledged his support for Ukraine as he took over as the head of NATO on October 1, 2023.';
    expect(isRed(verdictsOn(pronoun, 'he took over as the head of NATO', '2024-10-01'))).toBe(false);
    const unnamed = 'Mark Rutte has met Zelensky twice since taking office in 2023.';
    expect(isRed(verdictsOn(unnamed, 'since taking office in 2023', '2025-03-01'))).toBe(false);
    const two = 'Jens Stoltenberg met Mark Rutte for the first time since taking over as NATO Secretary General in 2019.';
    expect(isRed(verdictsOn(two, 'since taking over as NATO Secretary General in 2019', '2025-03-01'))).toBe(false);
    // "becoming" of something else than an office.
    const member = 'Finland celebrated becoming a member in April 2023, said Sauli Niinistö.';
    expect(isRed(verdictsOn(member, 'becoming a member in April 2023', '2023-05-01'))).toBe(false);
  });
});

describe('"X has led <country> since DATE", "who had led the alliance since 2014" (tenure.ts)', () => {
  // Errors corpus (e007), newsdigest360.com, dated 30 January 2025: The Economist's July 2023 piece.
  const e007 =
    'Mark Rutte has led the Netherlands since October 2010, making him the senior national leader in the after Viktor Orban and the longest-serving Dutch prime minister in history.';

  it('calls a tenure said to run on after it ended outdated, and confirms it while it ran', () => {
    expect(tenureVerdicts(e007, 'Mark Rutte has led the Netherlands since October 2010', '2025-01-30')).toEqual(['outdated']);
    expect(tenureVerdicts(e007, 'Mark Rutte has led the Netherlands since October 2010', '2023-07-10')).toEqual(['supported']);
  });

  it('contradicts a wrong start, and confirms the family’s other phrasings', () => {
    expect(tenureVerdicts(e007.replace('October 2010', 'October 2012'), 'Mark Rutte has led', '2023-07-10')).toEqual(['contradicted']);
    // "Viktor Orban ... has been Hungary's prime minister since 2010" (dw.com), told with "led".
    expect(tenureVerdicts('Viktor Orbán has led Hungary since 2010.', 'Viktor Orbán has led Hungary since 2010', '2024-02-23')).toEqual([
      'supported',
    ]);
    expect(tenureVerdicts('Viktor Orbán has ruled Hungary since 2012.', 'Viktor Orbán has ruled', '2024-02-23')).toEqual(['contradicted']);
    // Held-out 6 (k042), gstimes.in, 2 October 2024; "who has led the alliance since 2014" (globalnews.ge).
    const k042 = 'He succeeds Norway’s Jens Stoltenberg, who had led the alliance since 2014.';
    expect(tenureVerdicts(k042, 'Jens Stoltenberg, who had led the alliance since 2014', '2024-10-02')).toEqual(['supported']);
  });

  it('never flags a leader who changed offices and still leads the country', () => {
    // Putin: prime minister from August 1999, acting president from 31 December 1999, president again from 2012.
    for (const year of ['1999', '2000', '2005'])
      expect(isRed(verdictsOn(`Vladimir Putin has led Russia since ${year}.`, 'Vladimir Putin has led Russia', '2025-03-01'))).toBe(false);
    // "had led" tells of a time told before: no still-in-office reading.
    expect(isRed(verdictsOn('By then Mark Rutte had led the Netherlands since October 2010.', 'Mark Rutte had led', '2025-01-30'))).toBe(
      false,
    );
  });
});

describe('"the former (U.S.) president" said of the one holder the page has just named (title-bare.ts)', () => {
  // Held-out 4 (n074), stories100.com, 16 August 2025: a genuine error of the rewrite.
  const n074 =
    'Russian President Vladimir Putin and Donald Trump met in Anchorage, Alaska, on August 15. Towards the end, Putin unexpectedly spoke in English, telling Trump, “Next time in Moscow,” which seemed to catch the former U.S. president off guard. The U.S. has not seen a presidential visit to Russia since Barack Obama attended the G20 Summit in 2013.';
  // Errors corpus (e004), hicginewsagency.com, 2 April 2025: Trump named by his surname only.
  const e004 =
    'While Trump and his supporters argue that the tariffs will lead to fairer trade deals and benefit American workers, many experts warn of the risk of economic retaliation from affected nations. The coming days will likely see increased global scrutiny as world leaders react to the former president’s latest economic maneuver.';

  it('calls "the former" outdated for a sitting holder, and confirms it between his terms', () => {
    expect(kindOn('title', n074, 'the former U.S. president', '2025-08-16').map((a) => a.verdict)).toEqual(['outdated']);
    expect(kindOn('title', e004, 'the former president', '2025-04-02').map((a) => a.verdict)).toEqual(['outdated']);
    expect(kindOn('title', n074, 'the former U.S. president', '2023-08-16').map((a) => a.verdict)).toEqual(['supported']);
    // "Jens Stoltenberg ... will hand over to the former Dutch prime minister" (held-out 5, h052, 1 October 2024).
    const h052 = 'Mark Rutte left The Hague in July. Jens Stoltenberg will hand over to the former Dutch prime minister.';
    expect(isRed(verdictsOn(h052, 'the former Dutch prime minister', '2024-10-01'))).toBe(false);
  });

  it('never flags when two holders could be meant, or when the words share a clause with the name', () => {
    // menafn.com, 19 April 2025: Biden named before "The former president argued" (meant of Trump).
    const menafn =
      'Donald Trump has placed full responsibility for the Ukraine conflict on Joe Biden, labeling it “Biden’s war”. The former president argued that poor relations between Biden and Zelensky contributed to the escalation.';
    expect(isRed(verdictsOn(menafn, 'The former president argued', '2025-04-19'))).toBe(false);
    const sameClause = 'Donald Trump blamed the former president for the war in Ukraine.';
    expect(isRed(verdictsOn(sameClause, 'the former president', '2025-04-19'))).toBe(false);
    const apposition = 'Donald Trump met Joe Biden, the former president, at the funeral.';
    expect(isRed(verdictsOn(apposition, 'the former president', '2025-04-26'))).toBe(false);
    // The page's date a guess.
    expect(isRed(verdictsOn(n074, 'the former U.S. president', '2025-08-16', false))).toBe(false);
  });
});

describe('"the president-elect’s", "the newly elected president’s" said of the one president-to-be just named (title-bare.ts)', () => {
  // Held-out 6 (k046), theamericanconservative.com, 23 November 2024.
  const k046 = 'Mark Rutte, the secretary general of NATO, met with Trump at the president-elect’s Mar-a-Lago estate.';

  it('confirms it between the election and the inauguration, and calls it outdated months into the term', () => {
    expect(kindOn('title', k046, 'the president-elect', '2024-11-23').map((a) => a.verdict)).toEqual(['supported']);
    expect(kindOn('title', k046, 'the president-elect', '2025-04-01').map((a) => a.verdict)).toEqual(['outdated']);
    // devdiscourse.com, 23 November 2024.
    const devdiscourse =
      "NATO Secretary General Mark Rutte convened with U.S. President-elect Donald Trump in Palm Beach, Florida. The meeting also included interactions with Congressman Mike Waltz, along with other members of the president-elect's national security team.";
    expect(kindOn('title', devdiscourse, "the president-elect's", '2024-11-23').map((a) => a.verdict)).toEqual(['supported']);
    // pravda.com.ua, 23 November 2024: "newly elected" only confirms.
    const pravda =
      "Mark Rutte and Donald Trump met in Palm Beach. The Secretary General also met members of the newly elected president's national security team.";
    expect(kindOn('title', pravda, 'the newly elected president', '2024-11-23').map((a) => a.verdict)).toEqual(['supported']);
    expect(isRed(verdictsOn(pravda, 'the newly elected president', '2025-04-01'))).toBe(false);
  });

  it('says nothing when two presidents could be meant', () => {
    const two = 'Joe Biden met Donald Trump in the Oval Office; the president-elect said little.';
    expect(isRed(verdictsOn(two, 'the president-elect', '2025-04-01'))).toBe(false);
  });
});

describe('"the second Trump administration", "Trump’s first presidency", "Trump’s second term" (tenure-events.ts)', () => {
  it('confirms a tenure counted among the person’s separate tenures', () => {
    // Held-out 6 (k051), noerr.com, 26 February 2025.
    const k051 =
      'In the midst of global political upheaval and uncertainty regarding the future and effectiveness of sanctions following the U.S.’ policy shift toward Russia under the second Trump administration, the Polish presidency of the Council of the EU appears undeterred.';
    expect(tenureVerdicts(k051, 'the second Trump administration', '2025-02-26')).toEqual(['supported']);
    // Held-out 4 (n037): "during Trump's first presidency (from 2017 to 2021)".
    expect(
      tenureVerdicts(
        "Allies recall that during Trump's first presidency (from 2017 to 2021) spending rose.",
        "Trump's first presidency",
        '2025-06-01',
      ),
    ).toEqual(['supported']);
    // dw.com, 23 November 2024: a term ahead by weeks.
    expect(
      tenureVerdicts('Donald Trump is expected to push NATO members in Trump’s second term.', 'Trump’s second term', '2024-11-23'),
    ).toEqual(['supported']);
  });

  it('never counts re-elections without a break as tenures, nor flags a count', () => {
    // Putin's second term began in 2004, within his first tenure (1999/2000–2008).
    // Round 25: the later terms on record (`terms`) confirm it (tenure-terms.ts), and nothing flags it.
    expect(tenureVerdicts("Vladimir Putin's second term was calmer.", "Putin's second term", '2025-03-01')).toEqual(['supported']);
    expect(isRed(verdictsOn('Talk of a third Trump administration grew.', 'third Trump administration', '2025-03-01'))).toBe(false);
  });
});

describe('"after having served as TITLE between 2010 and 2024", said of the sentence’s subject (tenure-span.ts)', () => {
  // Held-out 6 (k046), theamericanconservative.com, 23 November 2024.
  const k046 =
    'Mark Rutte, the secretary general of NATO, met with Trump. Rutte was elevated to his position leading NATO earlier this year after having served as the prime minister of the Netherlands between 2010 and 2024.';

  it('confirms the right years and contradicts wrong ones for a person named in full', () => {
    expect(tenureVerdicts(k046, 'served as the prime minister of the Netherlands between 2010 and 2024', '2024-11-23')).toEqual([
      'supported',
    ]);
    expect(tenureVerdicts(k046.replace('2010 and', '2012 and'), 'served as the prime minister', '2024-11-23')).toEqual(['contradicted']);
    const he =
      'Mark Rutte met Trump. He took the NATO post after having served as the prime minister of the Netherlands from 2010 to 2024.';
    expect(tenureVerdicts(he, 'served as the prime minister', '2024-11-23')).toEqual(['supported']);
  });

  it('reads nothing into a clause after another person named in between', () => {
    const other = 'Mark Rutte met Jens Stoltenberg, who thanked him after having served as prime minister of Norway between 2001 and 2013.';
    expect(isRed(verdictsOn(other, 'served as prime minister of Norway', '2024-11-23'))).toBe(false);
  });
});

describe('starts after ", who" and told with "last year" / "earlier this year" (tenure-events.ts, tenure.ts)', () => {
  it('reads "X, who took the helm of NATO in October 2023" and "who returned to power in 2010"', () => {
    const helm = 'Mark Rutte, who took the helm of NATO in October, met Trump.';
    expect(tenureVerdicts(helm, 'who took the helm of NATO', '2025-03-01')).toEqual(['supported']);
    expect(tenureVerdicts(helm.replace('October', 'October 2023'), 'who took the helm of NATO', '2025-03-01')).toEqual(['contradicted']);
    // "Viktor Orbán has not stopped, since returning to power in 2010, from attacking media pluralism" (search excerpt, yandex).
    const orban = 'Viktor Orbán, who returned to power in 2010, met Trump.';
    expect(tenureVerdicts(orban, 'who returned to power in 2010', '2025-03-01')).toEqual(['supported']);
    const since = 'Since coming to power in 2010, Viktor Orbán has clashed with Brussels.';
    expect(tenureVerdicts(since, 'Since coming to power in 2010', '2025-03-01')).toEqual(['supported']);
  });

  it('reads a year told relative to the page’s date, and flags it only when the sentence tells no year of its own', () => {
    const became = "Mark Rutte, who became NATO's secretary general last year, met Trump.";
    expect(tenureVerdicts(became, 'who became NATO', '2025-03-01')).toEqual(['supported']);
    expect(tenureVerdicts(became.replace('last year', 'earlier this year'), 'who became NATO', '2025-03-01')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(became, 'who became NATO', '2025-03-01', false))).toBe(false);
    const narrated = 'In 2011, Mark Rutte, who became prime minister of the Netherlands last year, met Obama.';
    expect(isRed(verdictsOn(narrated, 'who became prime minister', '2025-03-01'))).toBe(false);
  });
});

describe('"the former" and "the president-elect" flagged only as the slip of a returning or new holder (title-bare.ts)', () => {
  it('flags "the ex-president" of a holder back in office', () => {
    const ex = 'Donald Trump spoke on Monday. The ex-president said Europe must spend more.';
    expect(kindOn('title', ex, 'The ex-president', '2025-05-01').map((a) => a.verdict)).toEqual(['outdated']);
    expect(kindOn('title', ex, 'The ex-president', '2023-05-01').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('does not flag "the former" of a holder in a first tenure: an unnamed predecessor is the likelier reading', () => {
    const starmer = 'Keir Starmer criticised the Conservatives on Monday. The former prime minister had left the economy in ruins.';
    expect(isRed(verdictsOn(starmer, 'The former prime minister', '2025-05-01'))).toBe(false);
    const predecessor = 'Keir Starmer criticised his predecessor on Monday. The former prime minister had left the economy in ruins.';
    expect(isRed(verdictsOn(predecessor, 'The former prime minister', '2025-05-01'))).toBe(false);
    const rutte = 'Mark Rutte spoke in Brussels on Monday. The former NATO chief said Europe must spend more.';
    expect(isRed(verdictsOn(rutte, 'The former NATO chief', '2025-05-01'))).toBe(false);
  });

  it('does not flag "the president-elect" when another country with a president is named, or years into the term', () => {
    const poland = 'Donald Trump congratulated the Polish winner. The president-elect said he would visit.';
    expect(isRed(verdictsOn(poland, 'The president-elect', '2025-06-10'))).toBe(false);
    const late = 'Mark Rutte met with Donald Trump at the president-elect’s Mar-a-Lago estate.';
    expect(isRed(verdictsOn(late, 'the president-elect', '2026-06-10'))).toBe(false);
  });
});

describe('"X is Europe’s longest-serving head of government" against the sitting heads of government (tenure-events.ts)', () => {
  // Held-out 6 (k034), usanews.net, 23 February 2024: Orbán had led Hungary since 29 May 2010, Rutte
  // the Netherlands since 14 October 2010 ("In the European Union, his time in office is second only
  // to Viktor Orbán", rmx.news, 2023).
  const k034 =
    'At 57, Rutte, a moderate conservative, is Europe’s longest-serving head of government, since 2010. Mark Rutte will lead NATO.';

  it('contradicts the rank when another sitting head of government took office earlier', () => {
    const [claim] = kindOn('tenure', k034, 'is Europe’s longest-serving head of government', '2024-02-23');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.factIds).toContain('viktor-orban');
    expect(isRed(verdictsOn(k034, 'is Europe’s longest-serving head of government', '2024-02-23', false))).toBe(false);
  });

  it('says nothing of a rank that fits the record, nor of one told in the past', () => {
    // "[Newsmaker] Juncker, Europe’s longest-serving PM" (koreaherald.com, 2013), told of Orbán in 2023.
    const orban = 'Viktor Orbán, who is Europe’s longest-serving PM, met Mark Rutte.';
    expect(isRed(verdictsOn(orban, 'is Europe’s longest-serving PM', '2023-05-01'))).toBe(false);
    const past = 'Mark Rutte was Europe’s longest-serving head of government.';
    expect(isRed(verdictsOn(past, 'was Europe’s longest-serving', '2024-02-23'))).toBe(false);
  });
});

describe('"X held the post of TITLE when ... in YEAR", "X was TITLE when ... in YEAR" (tenure-events.ts)', () => {
  // Held-out 6 (k021), republicworld.com, 25 February 2022.
  const k021 = "Merkel held the post of German Chancellor when Russia annexed Ukraine's Crimean peninsula in 2014. Angela Merkel spoke.";

  it('confirms an office held in the year told, and contradicts one the person did not yet hold', () => {
    expect(tenureVerdicts(k021, 'Merkel held the post of German Chancellor', '2022-02-25')).toEqual(['supported']);
    const was = 'Angela Merkel was German Chancellor when Russia annexed Crimea in 2014.';
    expect(tenureVerdicts(was, 'Angela Merkel was German Chancellor', '2022-02-25')).toEqual(['supported']);
    const scholz = 'Olaf Scholz was German Chancellor when Russia annexed Crimea in 2014.';
    expect(tenureVerdicts(scholz, 'Olaf Scholz was German Chancellor', '2022-02-25')).toEqual(['contradicted']);
  });

  it('does not flag a year at a tenure’s edge, nor a sentence that names no office', () => {
    const edge = 'Mark Rutte was the prime minister of the Netherlands in 2009.';
    expect(isRed(verdictsOn(edge, 'Mark Rutte was the prime minister', '2022-02-25'))).toBe(false);
    const place = 'Angela Merkel was in Kyiv in 2014.';
    expect(isRed(verdictsOn(place, 'Angela Merkel was in Kyiv', '2022-02-25'))).toBe(false);
  });
});
