// Tenures of the eleventh round, from the ninth held-out set's misses: each form on its real sentence,
// on other real sentences of the same kind (sources in comments), with the fact changed (flagged
// where the claim is certain) and with a look-alike true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const tenureVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('tenure', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('an oath taken with no office named, on the day told before the name (tenure.ts)', () => {
  // Held-out 9 (v005), censor.net, 20 May 2019: the day is "Today, may 20" (a lower-case month the date reader leaves to the modal).
  const v005 =
    'Today, may 20, in Kiev, former head of the “Studio “Kvartal 95” and Ukraine’s President-elect Vladimir Zelensky took the oath and officially entered his office.';
  // "On January 20, 2017, Donald J. Trump took the oath of office, becoming the 45th President of the United States"
  // (narendramodi.fans, January 2025); "On May 20, in Kiev, Vladimir Zelensky was sworn in." (the same with the day written).
  const oath = 'On January 20, 2017, Donald J. Trump took the oath of office, and gave his speech.';
  const sworn = 'On May 20, in Kiev, Vladimir Zelensky was sworn in.';

  it('confirms the oath on the day of the start', () => {
    expect(tenureVerdicts(v005, 'took the oath', '2019-05-20')).toContain('supported');
    expect(tenureVerdicts(oath, 'took the oath', '2017-01-21')).toContain('supported');
    expect(tenureVerdicts(sworn, 'was sworn in', '2019-05-20')).toContain('supported');
  });

  it('says nothing, and flags nothing, on another day: which office is not said', () => {
    expect(tenureVerdicts(v005, 'took the oath', '2019-06-10')).toEqual([]);
    expect(isRed(verdictsOn(v005, 'took the oath', '2019-06-10'))).toBe(false);
    expect(isRed(verdictsOn('On May 25, in Kiev, Vladimir Zelensky was sworn in.', 'was sworn in', '2019-05-27'))).toBe(false);
  });
});

describe('a start told ahead: "will be inaugurated as the 46th U.S. president in January 2021" (tenure.ts, office-ordinal.ts)', () => {
  // Held-out 9 (v013), NATO-related news, 15 November 2020: a lone surname with a clause between dashes.
  const lead = 'Democratic presidential candidate Joe Biden has defeated incumbent Donald Trump in the 2020 U.S. presidential election. ';
  const v013 = `${lead}Biden – who was declared President-elect on November 7 – will be inaugurated as the 46th U.S. president in January 2021.`;
  // "Donald Trump will officially be sworn in as the 47th president of the United States on January 20, 2025" (thesun.ie,
  // January 2025); "On Monday, January 20, 2025, Donald Trump will be inaugurated as the 47th President of the United
  // States" (newsx.com, January 2025).
  const sun =
    'Donald Trump will officially be sworn in as the 47th president of the United States on January 20, 2025, in a historic ceremony.';
  const newsx = 'On Monday, January 20, 2025, Donald Trump will be inaugurated as the 47th President of the United States.';

  it('confirms the right start', () => {
    expect(tenureVerdicts(v013, 'will be inaugurated as the 46th U.S. president in January 2021', '2020-11-15')).toContain('supported');
    expect(tenureVerdicts(sun, 'on January 20, 2025', '2025-01-10')).toContain('supported');
    expect(tenureVerdicts(newsx, 'will be inaugurated', '2025-01-10')).toContain('supported');
  });

  it('contradicts a year told wrong, against the tenure to come', () => {
    const [claim] = kindOn('tenure', v013.replace('January 2021', 'January 2022'), 'January 2022', '2020-11-15');
    expect(claim.verdict).toBe('contradicted');
    const [trump] = kindOn('tenure', sun.replace('2025', '2026'), 'January 20, 2026', '2025-01-10');
    expect(trump.verdict).toBe('contradicted');
    expect(trump.message).toContain('January 20, 2025');
  });

  it('contradicts a wrong place in line told of a person named in full, and does not confirm it with the start', () => {
    const wrong = 'Joe Biden will be inaugurated as the 45th U.S. president in January 2021.';
    expect(verdictsOn(wrong, 'the 45th U.S. president', '2020-11-15')).toContain('contradicted');
    expect(verdictsOn(wrong, 'the 45th U.S. president', '2020-11-15')).not.toContain('supported');
  });

  it('leaves a slipped plan and a count of firsts alone', () => {
    // A day off the start told ahead: plans slip, so it is not read against the first term.
    expect(isRed(verdictsOn('Donald Trump will be sworn in as president on January 21, 2025.', 'January 21, 2025', '2025-01-10'))).toBe(
      false,
    );
    expect(isRed(verdictsOn('Donald Trump became the 3rd U.S. president to be impeached.', 'the 3rd U.S. president', '2023-11-15'))).toBe(
      false,
    );
    expect(verdictsOn('Donald Trump, the 45th U.S. president, spoke.', 'the 45th U.S. president', '2023-11-15')).toContain('supported');
  });
});

describe('a person told as in the running for an office (tenure-contender.ts)', () => {
  // Held-out 9 (v058), a report on The Hague summit, 24 June 2025: Rutte had been Secretary General since 1 October 2024.
  const v058 =
    'Secretary-General Mark Rutte, a seasoned politician widely considered a contender for the next Secretary-General of NATO, wasted no time in setting the tone.';
  // "Dutch Prime Minister Mark Rutte has emerged as a frontrunner for the role of NATO's next secretary general"
  // (news.liga.net, 2023); "Outgoing Dutch Prime Minister Mark Rutte is the clear front-runner to become NATO's next
  // chief" (International Business Times via inkl.com, November 2023).
  const liga =
    "Dutch Prime Minister Mark Rutte has emerged as a frontrunner for the role of NATO's next secretary general, according to a report.";
  const contender = 'a seasoned politician widely considered a contender for the next Secretary-General of NATO';

  it('confirms the race before the office was taken', () => {
    expect(tenureVerdicts(v058, contender, '2023-11-30')).toEqual(['supported']);
    expect(tenureVerdicts(liga, 'frontrunner', '2023-11-30')).toEqual(['supported']);
  });

  it('calls it outdated months after the person took the office', () => {
    const [claim] = kindOn('tenure', v058, contender, '2025-06-24');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'mark-rutte']);
    expect(tenureVerdicts(liga, 'frontrunner', '2025-06-24')).toEqual(['outdated']);
  });

  it('leaves an incumbent running again, the weeks after a handover, a past narration and an uncertain date alone', () => {
    const again = 'Mark Rutte, a contender for the next Secretary-General of NATO if his term is extended, spoke.';
    expect(isRed(verdictsOn(again, 'a contender', '2025-06-24'))).toBe(false);
    expect(isRed(verdictsOn(v058, contender, '2024-10-20'))).toBe(false);
    const narrated =
      'In 2023, Mark Rutte, a seasoned politician widely considered a contender for the next Secretary-General of NATO, met Biden.';
    expect(isRed(verdictsOn(narrated, 'a seasoned politician', '2025-06-24'))).toBe(false);
    expect(isRed(verdictsOn(v058, contender, '2025-06-24', false))).toBe(false);
    // Never the office's holder: nothing to say.
    expect(tenureVerdicts('Kaja Kallas, a contender for the next Secretary-General of NATO, spoke.', 'a contender', '2023-11-30')).toEqual(
      [],
    );
  });
});

describe('a first or last act told in an office: "his inaugural press conference as NATO Secretary General on 1 October" (tenure-firsts.ts)', () => {
  // Held-out 9 (v044), European Pravda, 3 October 2024.
  const v044 =
    'The new NATO Secretary General Mark Rutte arrived in Kyiv on Thursday, 3 October. During his inaugural press conference as NATO Secretary General on 1 October, Mark Rutte refrained from speculating.';
  // Held-out 9 (v047), UNN, 8 January 2025: Austin left office on 20 January; "Chuck Hagel will begin Tuesday his last
  // trip to U.S. bases as defense secretary" (military.com, January 2015) and "Leon Panetta will travel ... in his final
  // trip as Pentagon chief" (AFP via expatica.com, January 2013) are the same kind.
  const v047 =
    'U.S. Secretary of Defense Lloyd Austin left for Germany for the 25th meeting of the Ukraine Defense Contact Group, his last trip to the meeting as head of the Pentagon, as reported in X.';

  it('confirms a first act on a day of the tenure, and a last one near its end', () => {
    expect(tenureVerdicts(v044, 'his inaugural press conference', '2024-10-03')).toEqual(['supported']);
    expect(tenureVerdicts(v047, 'his last trip to the meeting', '2025-01-08')).toEqual(['supported']);
    const named = "Mark Rutte's first foreign trip as NATO Secretary General took him to Kyiv.";
    expect(tenureVerdicts(named, 'first foreign trip', '2024-10-03')).toEqual(['supported']);
  });

  it('contradicts a first act dated before the start, told of a person named in full', () => {
    const wrong = "Mark Rutte's first press conference as NATO Secretary General on 1 September 2024 was short.";
    const [claim] = kindOn('tenure', wrong, 'first press conference', '2024-10-03');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('October 1, 2024');
  });

  it('says nothing of a last act far from the end, or of "his" with two holders named', () => {
    expect(tenureVerdicts(v047, 'his last trip to the meeting', '2023-01-08')).toEqual([]);
    const two = 'Jens Stoltenberg met Mark Rutte in Brussels. It was his last press conference as NATO Secretary General on 30 September.';
    expect(isRed(verdictsOn(two, 'his last press conference', '2024-09-30'))).toBe(false);
    // A pronoun's first act dated wrong: who is meant is a reading, never flagged.
    const pronoun =
      'Mark Rutte arrived in Kyiv. During his first press conference as NATO Secretary General on 1 September 2024, he spoke.';
    expect(isRed(verdictsOn(pronoun, 'his first press conference', '2024-10-03'))).toBe(false);
  });
});

describe('a predecessor who held the office, but not right before (tenure-succession.ts)', () => {
  // Generated probes over every office one person holds at a time: "X succeeded <the holder two before> as <office>"
  // was never flagged (309 of 312 silent); the predecessor named had to be someone who never held the office.
  // The right handover, as AP put it ("Former Dutch Prime Minister Mark Rutte takes over on Oct. 1", July 2024), is confirmed.
  it('contradicts a holder from further back, or one who came after', () => {
    const [back] = kindOn(
      'tenure',
      'Mark Rutte succeeded Anders Fogh Rasmussen as NATO Secretary General.',
      'Anders Fogh Rasmussen',
      '2025-01-10',
    );
    expect(back.verdict).toBe('contradicted');
    expect(back.message).toContain('Jens Stoltenberg');
    const [after] = kindOn('tenure', 'Jens Stoltenberg succeeded Mark Rutte as NATO Secretary General.', 'Mark Rutte', '2025-01-10');
    expect(after.verdict).toBe('contradicted');
  });

  it('confirms the real handover and leaves an unclear one alone', () => {
    expect(
      tenureVerdicts('Jens Stoltenberg succeeded Anders Fogh Rasmussen as NATO Secretary General.', 'succeeded', '2025-01-10'),
    ).toEqual(['supported']);
    // Truss came between, 49 days: two holders ended within weeks of Sunak's start, so which one is meant is not certain.
    expect(
      isRed(verdictsOn('Rishi Sunak succeeded Boris Johnson as Prime Minister of the United Kingdom.', 'succeeded', '2025-01-10')),
    ).toBe(false);
  });
});

describe('an office and its years in apposition or in brackets, with no verb (tenure-span.ts)', () => {
  // Held-out 7 (q062), warecho.com profile, July 2025: "Former NATO Secretary General (2014-2024) who led alliance expansion";
  // "He was previously Prime Minister of Norway from 2000-2001 and from 2005-2013" (NATO via ramanmedianetwork.com, 2023).
  // Generated probes: "<name>, <office> from Y1 to Y2, said" and "<name> (<office>, Y1-Y2)" were silent for all 531 offices' holders.
  const apposed = 'Jens Stoltenberg, NATO Secretary General from 2014 to 2024, said on Monday that talks would continue.';
  const bracketed = 'Mark Rutte (Prime Minister of the Netherlands, 2010-2024) said on Monday that talks would continue.';

  it('confirms the right years', () => {
    expect(tenureVerdicts(apposed, 'from 2014 to 2024', '2025-06-01')).toEqual(['supported']);
    expect(tenureVerdicts(bracketed, '2010-2024', '2025-06-01')).toEqual(['supported']);
  });

  it('contradicts wrong years', () => {
    expect(tenureVerdicts(apposed.replace('2014', '2011'), 'from 2011 to 2024', '2025-06-01')).toEqual(['contradicted']);
    expect(tenureVerdicts(bracketed.replace('2010', '2012'), '2012-2024', '2025-06-01')).toEqual(['contradicted']);
  });

  it('reads nothing into years that are not a tenure', () => {
    expect(tenureVerdicts('Mark Rutte, born in 1967, said on Monday that talks would continue.', 'born', '2025-06-01')).toEqual([]);
    expect(
      isRed(verdictsOn('Mark Rutte (pictured, 2023-2024 photos) said on Monday that talks would continue.', 'pictured', '2025-06-01')),
    ).toBe(false);
  });
});

describe('the year a tenure ended: "served as Prime Minister of Norway until 2013" (tenure-span.ts)', () => {
  // Held-out 5 (h005), 2019: "he returned to the Prime Ministerial post in 2005, staying until 2013"; generated probes:
  // "<name> served as <office> until <year>" was silent for every holder, right year or wrong.
  it('confirms the year of the end', () => {
    expect(tenureVerdicts('Jens Stoltenberg served as Prime Minister of Norway until 2013.', 'until 2013', '2025-06-01')).toEqual([
      'supported',
    ]);
    expect(tenureVerdicts('Jens Stoltenberg was NATO Secretary General until 2024.', 'until 2024', '2025-06-01')).toEqual(['supported']);
  });

  it('contradicts a wrong year of an ended tenure', () => {
    const [claim] = kindOn('tenure', 'Jens Stoltenberg was NATO Secretary General until 2021.', 'until 2021', '2025-06-01');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('October 1, 2024');
  });

  it('leaves planned ends, extended mandates and sitting holders alone', () => {
    // "Former Secretary-General Rasmussen had intended to end his term at the end of July" (DW, October 2014): ends planned then moved.
    expect(
      isRed(verdictsOn('Jens Stoltenberg was expected to serve as NATO Secretary General until 2018.', 'until 2018', '2025-06-01')),
    ).toBe(false);
    expect(
      isRed(
        verdictsOn('Jens Stoltenberg was NATO Secretary General until 2022, when his mandate was extended.', 'until 2022', '2025-06-01'),
      ),
    ).toBe(false);
    expect(isRed(verdictsOn('Mark Rutte was NATO Secretary General until 2027, he said in a joke.', 'until 2027', '2025-06-01'))).toBe(
      false,
    );
  });
});

describe('a handover told with a pronoun for the successor (tenure-succession.ts)', () => {
  // Held-out 9 (v043), September 2024: Stoltenberg is named two sentences before "he".
  const v043 =
    'Former Norwegian Prime Minister Jens Stoltenberg has been serving as NATO Secretary General since 2014. Politico reports this. At NATO, he succeeded Anders Rasmussen and became the first Norwegian to head the alliance.';
  // "Jens Stoltenberg, a former two-term prime minister of Norway known for consensus building, succeeds Anders Fogh
  // Rasmussen" (DW, October 2014) is the same handover with the name.
  it('confirms the handover of the one person named before who took over from the predecessor', () => {
    const [claim] = kindOn('tenure', v043, 'succeeded Anders Rasmussen', '2024-09-21');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'jens-stoltenberg', 'anders-fogh-rasmussen']);
  });

  it('says nothing, and never flags, when no one named before took over from them', () => {
    const wrong = v043.replace('Anders Rasmussen', 'Mark Rutte');
    expect(isRed(verdictsOn(wrong, 'succeeded Mark Rutte', '2024-09-21'))).toBe(false);
    expect(tenureVerdicts(wrong, 'succeeded Mark Rutte', '2024-09-21')).not.toContain('supported');
  });
});

describe("a party's candidate for an office, with no article (tenure-contender.ts)", () => {
  // Held-out 9 (v048), February 2025: Merz became chancellor on 6 May 2025.
  const v048 = 'Friedrich Merz, CDU/CSU candidate for chancellor and CDU federal chairman, said this.';
  it('confirms a race later won, and flags nothing after it', () => {
    expect(tenureVerdicts(v048, 'candidate for chancellor', '2025-02-10')).toEqual(['supported']);
    // No "next" or "to become": an incumbent runs again as a party's candidate, so this is never outdated.
    expect(isRed(verdictsOn(v048, 'candidate for chancellor', '2025-09-10'))).toBe(false);
    expect(isRed(verdictsOn('Olaf Scholz, SPD candidate for chancellor, said this.', 'candidate for chancellor', '2025-02-10'))).toBe(
      false,
    );
  });
});

describe('a holder\'s place in line under a leader: "Zelenskyy\'s fourth defence minister" (tenure-under-leader.ts)', () => {
  // Held-out 9 (v032), a headline of 6 September 2023, the day Umerov took office.
  const v032 = "Zelenskyy's fourth defence minister: why the president is replacing Oleksii Reznikov with Rustem Umierov";
  const lead = 'Volodymyr Zelensky appointed him. ';

  it('confirms the holder counted, named or just appointed', () => {
    // The excerpt names the president in full further on; a lone surname alone is no one.
    const page = `${v032}. President Volodymyr Zelenskyy spoke.`;
    expect(tenureVerdicts(page, "Zelenskyy's fourth defence minister", '2023-09-06')).toEqual(['supported']);
    const named = `${lead}Rustem Umerov, who became Zelensky's fourth defence minister, spoke.`;
    expect(tenureVerdicts(named, "Zelensky's fourth defence minister", '2024-03-06')).toEqual(['supported']);
  });

  it('says what the count is, and never flags, when another holder under the leader is named', () => {
    const wrong = `${lead}Oleksii Reznikov, who became Zelensky's fourth defence minister, spoke.`;
    expect(verdictsOn(wrong, "Zelensky's fourth defence minister", '2024-03-06')).not.toContain('supported');
    expect(isRed(verdictsOn(wrong, "Zelensky's fourth defence minister", '2024-03-06'))).toBe(false);
    const [claim] = kindOn('tenure', wrong, "Zelensky's fourth", '2024-03-06');
    expect(claim.message).toContain('3rd');
  });
});
