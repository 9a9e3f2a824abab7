// Tenures of the twelfth round, from the tenth held-out set's misses: each form on its real sentence,
// on other real sentences of the same kind (sources in comments), with the fact changed (flagged
// where the claim is certain) and with a look-alike true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const tenureVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('tenure', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('a handover told with the one who left named first (tenure-succession.ts)', () => {
  // Held-out 10 (w046), europeannewsroom.com (ANSA), 1 October 2024.
  const w046 =
    'Brussels (ANSA) – Jens Stoltenberg handed over the baton to Mark Rutte as head of NATO, giving him the gavel of the secretary general.';
  // newsukraine.rbc.ua, 1 October 2024.
  const rbc =
    'Jens Stoltenberg officially handed over the powers of the North Atlantic Alliance Secretary General to former Dutch Prime Minister Mark Rutte, according to the ceremony broadcast.';
  // lbc.co.uk, 1 October 2024.
  const lbc =
    'One of Nato’s longest serving top officials, Secretary-General Jens Stoltenberg, stepped down on Tuesday, handing the reins to former Dutch prime minister Mark Rutte as the military alliance confronts some of the biggest challenges in its history.';
  // statednews.com, August 2023.
  const wallace = 'Ben Wallace has been replaced as Defence Secretary by Grant Shapps.';
  // Held-out 10 (w041), Wilson Center, July 2024: the handover to come, told as a transition.
  const w041 =
    'He covers the agenda and the upcoming transition in NATO leadership from Jens Stoltenberg to Dutch Prime Minister Mark Rutte.';

  it('confirms the handover on record', () => {
    expect(tenureVerdicts(w046, 'Jens Stoltenberg handed over the baton to Mark Rutte as head of NATO', '2024-10-01')).toContain(
      'supported',
    );
    expect(tenureVerdicts(rbc, 'handed over the powers', '2024-10-01')).toContain('supported');
    expect(tenureVerdicts(lbc, 'handing the reins', '2024-10-01')).toContain('supported');
    expect(tenureVerdicts(wallace, 'replaced as Defence Secretary', '2023-09-01')).toContain('supported');
    expect(tenureVerdicts(w041, 'from Jens Stoltenberg to', '2024-06-28')).toContain('supported');
    expect(
      tenureVerdicts('Jens Stoltenberg will be replaced by Mark Rutte as NATO Secretary General.', 'will be replaced', '2024-07-01'),
    ).toContain('supported');
  });

  it('contradicts a handover told as done from someone who did not hold the office just before', () => {
    const wrong = 'Anders Fogh Rasmussen was succeeded by Mark Rutte as head of NATO.';
    const [claim] = kindOn('tenure', wrong, 'succeeded by', '2024-10-01');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('Jens Stoltenberg');
    // "Defence Secretary" with no country may be another's: the office is named with its country.
    const williamson = 'Gavin Williamson has been replaced as British Defence Secretary by Grant Shapps.';
    expect(tenureVerdicts(williamson, 'replaced as', '2023-09-01')).toContain('contradicted');
    expect(isRed(verdictsOn(wallace.replace('Ben Wallace', 'Gavin Williamson'), 'replaced as', '2023-09-01'))).toBe(false);
  });

  it('flags the stale title of the incoming holder in a transition told after he left that office', () => {
    expect(verdictsOn(w041, 'Dutch Prime Minister Mark Rutte', '2024-08-15')).toContain('outdated');
  });

  it('does not flag a plan, a transition with no office named, or other things handed over', () => {
    const plan = 'Anders Fogh Rasmussen will be replaced by Mark Rutte as NATO Secretary General.';
    expect(isRed(verdictsOn(plan, 'will be replaced', '2024-07-01'))).toBe(false);
    const transition = 'The transition from Anders Fogh Rasmussen to Mark Rutte was smooth.';
    expect(isRed(verdictsOn(transition, 'transition', '2024-10-05'))).toBe(false);
    const letter = 'Jens Stoltenberg handed over a letter to Mark Rutte at NATO headquarters.';
    expect(tenureVerdicts(letter, 'handed over', '2024-10-01')).toEqual([]);
    // A gavel or a baton may be a meeting's chair's: a figure of speech confirms, never flags.
    const gavel = 'Volodymyr Zelensky handed over the gavel to Mark Rutte as head of NATO.';
    expect(isRed(verdictsOn(gavel, 'handed over', '2024-10-01'))).toBe(false);
    const post = 'Anders Fogh Rasmussen handed over the post of NATO Secretary General to Mark Rutte.';
    expect(tenureVerdicts(post, 'handed over', '2024-10-05')).toContain('contradicted');
  });
});

describe("a holder's number with no name linked to it, said of the one holder the passage names (office-ordinal.ts)", () => {
  // Held-out 10 (w011), thegreel.com, 8 November 2020.
  const w011 =
    'In a statement, Zelensky offered positive words to the presidential candidate Joe Biden. Biden’s win puts him on track to be the 46th President of the United States of America while Kamala Harris also makes her mark as the first female Vice President of the USA.';
  // Held-out 10 (w073), dailythedestination.com, 29 December 2025: Trump named paragraphs before.
  const w073 =
    'Ukrainian President Volodymyr Zelenskyy met U.S. President Donald Trump on Sunday to review a 20-point peace plan.\n\nHe said there was no deadline in his mind for ending the war in Ukraine.\n\nThe 47th U.S. president, who has repeatedly claimed credit for stopping eight major wars, said that he would talk to Putin after the meeting as well.';
  // "Petro Poroshenko ... In his inaugural address, the fifth president of Ukraine vowed to ..." (the same form, of Ukraine's presidency).
  const poroshenko =
    'Petro Poroshenko was sworn in on Saturday in Kyiv. In his inaugural address, the fifth president of Ukraine vowed to keep Crimea Ukrainian.';

  it('confirms the number of the one holder named', () => {
    expect(tenureVerdicts(w011, '46th President', '2020-11-08')).toContain('supported');
    expect(tenureVerdicts(w073, '47th U.S. president', '2025-12-29')).toContain('supported');
    expect(tenureVerdicts(poroshenko, 'fifth president of Ukraine', '2014-06-07')).toContain('supported');
  });

  it('says nothing of another number, or when two holders are named', () => {
    expect(isRed(verdictsOn(w011.replace('46th', '45th'), '45th President', '2020-11-08'))).toBe(false);
    expect(tenureVerdicts(w011.replace('46th', '45th'), '45th President', '2020-11-08')).toEqual([]);
    const two = w073.replace('He said there', 'Joe Biden said there');
    expect(tenureVerdicts(two, '47th U.S. president', '2025-12-29')).toEqual([]);
  });
});

describe('an appointment told in the passive as the news of the day: "X was appointed as Ukraine’s new Minister of Defense" (tenure-appointed.ts)', () => {
  // Held-out 10 (w075), evrimagaci.org, 14 January 2026.
  const w075 =
    'In a day marked by swift decisions, Mykhailo Fedorov was appointed as Ukraine’s new Minister of Defense, while Denys Shmyhal was confirmed as the new Vice Prime Minister and Minister of Energy.';
  // news.az, 29 August 2019: "Andrei Zagorodnyuk has been appointed Ukraine’s defense minister, APA reports citing
  // Ukrinform." (the fact base spells him Andriy Zahorodniuk, and knows no Russian spelling of his name).
  const newsaz = 'Andriy Zahorodniuk has been appointed Ukraine’s defense minister, APA reports citing Ukrinform.';
  // An AP rewrite (mixodieinfo.com), January 2026: no "as".
  const ap =
    'Denys Shmyhal was appointed energy minister and first deputy prime minister after being dismissed a few days ago as defence minister with less than six months in the job.';

  it('confirms an appointment that took effect within days of the page', () => {
    expect(tenureVerdicts(w075, 'Mykhailo Fedorov was appointed as Ukraine’s new Minister of Defense', '2026-01-14')).toContain(
      'supported',
    );
    expect(tenureVerdicts(w075, 'Denys Shmyhal was confirmed as the new Vice Prime Minister', '2026-01-14')).toContain('supported');
    expect(tenureVerdicts(newsaz, 'has been appointed', '2019-08-30')).toContain('supported');
    expect(tenureVerdicts(ap, 'was appointed energy minister', '2026-01-16')).toContain('supported');
  });

  it('contradicts a new appointee named wrong: someone who never held the office, when another took it up those days', () => {
    const wrong = w075.replace('Mykhailo Fedorov', 'Andrii Sybiha');
    const [claim] = kindOn('tenure', wrong, 'Andrii Sybiha was appointed', '2026-01-14');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('Mykhailo Fedorov');
  });

  it('does not flag history told without a date, another post, or a page of another time', () => {
    // Umerov held the office before: "was appointed as the new minister" may be told of 2023.
    expect(isRed(verdictsOn(w075.replace('Mykhailo Fedorov', 'Rustem Umerov'), 'was appointed', '2026-01-14'))).toBe(false);
    const adviser = 'Andrii Sybiha was appointed as the new head of the office of Ukraine’s Minister of Defense.';
    expect(isRed(verdictsOn(adviser, 'was appointed', '2026-01-14'))).toBe(false);
    const deputy = 'Andrii Sybiha was appointed as Ukraine’s new Deputy Minister of Defense.';
    expect(isRed(verdictsOn(deputy, 'was appointed', '2026-01-14'))).toBe(false);
    // A year told: the sentence says when, and the tenure readers judge it.
    const dated = 'In 2024, Andrii Sybiha was appointed as Ukraine’s new Minister of Foreign Affairs.';
    expect(tenureVerdicts(dated, 'was appointed', '2026-01-14').filter((v) => v === 'contradicted')).toEqual([]);
    expect(tenureVerdicts(w075, 'Mykhailo Fedorov was appointed', '2026-05-01')).toEqual([]);
  });
});

describe('a dismissal told of an office the person still holds, the day another ended (tenure-dismissed.ts)', () => {
  // Held-out 10 (w075), evrimagaci.org, 14 January 2026: Shmyhal was dismissed as defence minister, then made energy minister.
  const w075 =
    'Lawmakers first voted to dismiss Denys Shmyhal from his dual role as Vice Prime Minister and Minister of Energy. Shortly afterward, Mykhailo Fedorov was formally appointed as the new Minister of Defense.';
  // The same told right (the form of "the Rada voted to dismiss Shmygal from his role as prime minister", July 2025, and
  // "President Volodymyr Zelensky fired Oleksiy Reznikov from the post of defense minister", rustavi2.ge, September 2023).
  const right = 'Lawmakers first voted to dismiss Denys Shmyhal from his role as Minister of Defence of Ukraine.';
  const july = 'On Wednesday, the Rada voted to dismiss Denys Shmyhal from his role as prime minister.';

  it('contradicts the office named, naming the one left', () => {
    const [claim] = kindOn('tenure', w075, 'voted to dismiss', '2026-01-14');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('Ukrainian Defence Minister');
  });

  it('confirms the office left, and flags nothing on a page of an unsure date', () => {
    expect(tenureVerdicts(right, 'voted to dismiss', '2026-01-14')).toContain('supported');
    expect(tenureVerdicts(july, 'voted to dismiss', '2025-07-17')).toContain('supported');
    expect(isRed(verdictsOn(w075, 'voted to dismiss', '2026-01-14', false))).toBe(false);
  });

  it('does not flag a dismissal from a running office when no other office of the person ended those days', () => {
    const rutte = 'Lawmakers voted to dismiss Mark Rutte from his role as NATO Secretary General.';
    expect(isRed(verdictsOn(rutte, 'voted to dismiss', '2025-03-01'))).toBe(false);
  });
});

describe('a mandate extension said to be agreed after the mandate it lengthened had run out (tenure-extension.ts)', () => {
  // Held-out 10 (w029), ramanmedianetwork.com, July 2023: the extension to 30 September 2020 was agreed in 2017.
  const w029 =
    'Mr Jens Stoltenberg took up his post as NATO Secretary General on 1 October 2014. Earlier in 2020, NATO allies agreed to extend the mandate of Mr Stoltenberg by two years, until 30 September 2020. His term was extended again by a further two years, until 30 September 2022.';
  // europediplomatic.com, 31 March 2019.
  const march2019 =
    'NATO Allies agreed on March 28, 2019 to extend the mandate of Secretary General Jens Stoltenberg (60) by a further two years, until 30 September 2022.';
  // today.az (Trend), 25 March 2022.
  const today =
    'NATO leaders agreed on Thursday to extend for another year, until 30 September 2023, the mandate of Norwegian Jens Stoltenberg as Secretary General of the Alliance.';
  // krqe.com (AP), 12 December 2017.
  const ap = 'NATO said in a statement Tuesday that the 29 NATO nations decided to prolong Jens Stoltenberg’s term until Sept. 30, 2020.';

  it('contradicts the year of agreement that falls after the mandate’s former end', () => {
    const [claim] = kindOn('tenure', w029, 'agreed to extend', '2023-07-05');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('September 30, 2018');
    const late = 'NATO allies agreed in 2021 to extend the term of Jens Stoltenberg by two more years, until 30 September 2022.';
    expect(tenureVerdicts(late, 'to extend', '2023-07-05')).toContain('contradicted');
  });

  it('leaves true extensions, and a year of telling, unflagged', () => {
    for (const [text, asOf] of [
      [march2019, '2019-03-31'],
      [today, '2022-03-25'],
      [ap, '2017-12-12'],
      [w029.replace('2020, NATO', '2017, NATO'), '2023-07-05'],
    ])
      expect(isRed(verdictsOn(text, text, asOf))).toBe(false);
    const told = 'In 2023, Stoltenberg recalled that allies had agreed to extend his mandate by two years, until 30 September 2020.';
    expect(isRed(verdictsOn(`Jens Stoltenberg left NATO in 2024. ${told}`, told, '2023-07-05'))).toBe(false);
  });
});

describe('a confirmation told with its month: "He was confirmed as Secretary of Defense in Aug. 2019" (tenure-appointed.ts)', () => {
  // Held-out 10 (w013), marinecorpstimes.com, 9 November 2020: Esper was confirmed and sworn in on 23 July 2019.
  const w013 =
    'WASHINGTON — U.S Defense Secretary Mark Esper has been fired by President Donald Trump.\n\nChristopher C. Miller, director of the National Counterterrorism Center, has been appointed acting Secretary of Defense, Trump said.\n\nHe was confirmed as Secretary of Defense in Aug. 2019, and now becomes the third man to exit the top job at the Pentagon under the Trump administration, following Jim Mattis and, in an acting capacity, Shanahan.';
  // whnt.com, 21 January 2017: "Retired General James Mattis was confirmed by the Senate as the new Secretary of Defense under
  // the Trump Administration on Friday." (a weekday: the day is not read); the same with its month written.
  const whnt =
    'Retired General James Mattis was confirmed by the Senate as the new Secretary of Defense under the Trump Administration on Friday.';
  const mattis = 'James Mattis was confirmed as Secretary of Defense in January 2017.';

  it('contradicts a month after the start, of the one holder the passage named', () => {
    const [claim] = kindOn('tenure', w013, 'He was confirmed as Secretary of Defense in Aug. 2019', '2020-11-09');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('July 23, 2019');
  });

  it('confirms the month of the start, and the day or days before it', () => {
    expect(tenureVerdicts(w013.replace('Aug. 2019', 'July 2019'), 'He was confirmed', '2020-11-09')).toContain('supported');
    expect(tenureVerdicts(mattis, 'was confirmed', '2018-01-01')).toContain('supported');
    const hegseth = 'Pete Hegseth was confirmed as Secretary of Defense on January 24, 2025.';
    expect(tenureVerdicts(hegseth, 'was confirmed', '2025-03-01')).toContain('supported');
  });

  it('flags nothing for a weekday, a second term years on, a confirmation long before the start, or two holders named', () => {
    expect(isRed(verdictsOn(whnt, whnt, '2017-01-21'))).toBe(false);
    const again = 'Jens Stoltenberg was confirmed as NATO Secretary General in March 2019.';
    expect(isRed(verdictsOn(again, again, '2019-06-01'))).toBe(false);
    const rutte = 'Mark Rutte was confirmed as NATO Secretary General in June 2024.';
    expect(isRed(verdictsOn(rutte, rutte, '2024-07-01'))).toBe(false);
    const two = w013.replace('Christopher C. Miller', 'Jim Mattis');
    expect(isRed(verdictsOn(two, 'He was confirmed', '2020-11-09'))).toBe(false);
  });
});

describe('a tenure’s length as its adjective: "his 22-month tenure", "X’s 12-year tenure as TITLE" (tenure-length.ts)', () => {
  // Held-out 10 (w032), sofrep.com, September 2023.
  const w032 =
    'He was selected by President Volodymyr Zelensky to succeed Oleksii Reznikov, who resigned following a series of corruption scandals that marred his 22-month tenure.';
  // The form of "Stoltenberg's decade-long stint as NATO chief" and "Angela Merkel's 16-year chancellorship" (press of 2021 and 2024).
  const stint = 'Jens Stoltenberg’s decade-long tenure as NATO Secretary General ended on Tuesday.';

  it('confirms a length in months of the one named before, and in years of the office named', () => {
    expect(tenureVerdicts(w032, 'his 22-month tenure', '2023-09-07')).toContain('supported');
    expect(tenureVerdicts(stint, 'decade-long tenure', '2024-10-02')).toContain('supported');
    expect(tenureVerdicts('Angela Merkel’s 16-year chancellorship ended in December.', 'chancellorship', '2022-01-10')).toContain(
      'supported',
    );
  });

  it('contradicts a length wrong by years, with the name’s possessive and the office named', () => {
    const [claim] = kindOn('tenure', stint.replace('decade-long', '12-year'), '12-year tenure', '2024-10-02');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('10.0 years');
  });

  it('never flags a length told with "his", or of no office named, or within rounding', () => {
    expect(isRed(verdictsOn(w032.replace('22-month', '30-month'), '30-month', '2023-09-07'))).toBe(false);
    expect(isRed(verdictsOn('Jens Stoltenberg’s 12-year tenure ended on Tuesday.', '12-year', '2024-10-02'))).toBe(false);
    expect(isRed(verdictsOn(stint.replace('decade-long', '11-year'), '11-year', '2024-10-02'))).toBe(false);
  });
});

describe('a career told with "He served as X from DAY" and "and was sworn in as Y DAY" (tenure-pronoun.ts)', () => {
  // Held-out 10 (w012), hstoday.us, 9 November 2020, of Mark Esper (named in the sentence before).
  const w012 =
    'Before being nominated as the Secretary of the Army in 2017, Mark Esper was the Vice President for Government Relations at the Raytheon Company. He served as Acting Secretary of Defense from June 24, 2019, to July 15, 2019, and was sworn in as the 27th Secretary of Defense July 23, 2019.';
  // The same forms of other careers: "She served as Foreign Minister from December 8, 2021" (of Annalena Baerbock),
  // "He served as Prime Minister of Norway from 17 March 2000" (of Jens Stoltenberg).
  const baerbock =
    'Annalena Baerbock left the ministry in May. She served as German Foreign Minister from December 8, 2021, to May 6, 2025.';

  it('confirms the first day of the span and the oath’s day, of the one named before', () => {
    expect(tenureVerdicts(w012, 'He served as Acting Secretary of Defense from June 24, 2019', '2020-11-09')).toContain('supported');
    expect(tenureVerdicts(w012, 'was sworn in as the 27th Secretary of Defense July 23, 2019', '2020-11-09')).toContain('supported');
    expect(tenureVerdicts(baerbock, 'She served as', '2025-06-01')).toContain('supported');
  });

  it('never flags a day that does not fit: who is meant is a reading', () => {
    const wrong = w012.replace('June 24, 2019', 'June 14, 2019').replace('July 23, 2019', 'August 23, 2019');
    expect(isRed(kindOn('tenure', wrong, 'He served as', '2020-11-09').map((a) => a.verdict))).toBe(false);
    expect(tenureVerdicts(wrong, 'He served as', '2020-11-09')).toEqual([]);
  });
});

describe('a post taken in a year: "before taking the VP position in 2016" (tenure-appointed.ts)', () => {
  // Held-out 10 (w011), thegreel.com, 8 November 2020: Pence took office on 20 January 2017.
  const w011 =
    "She's set to replace current Vice President Mike Pence who served as a Representative for many years and as a Governor of the state of Indiana before taking the VP position in 2016.";
  // thequint.com, October 2022.
  const sunak =
    'In 2019, Rishi Sunak endorsed Boris Johnson for the post of PM, and went on to serve as the Chief Secretary to the Treasury before being promoted to the post as the chancellor of the exchequer in 2020.';

  it('contradicts the year of an election told as the year the post was taken', () => {
    const [claim] = kindOn('tenure', w011, 'taking the VP position in 2016', '2020-11-08');
    expect(claim.verdict).toBe('contradicted');
    expect(claim.message).toContain('January 20, 2017');
  });

  it('confirms the right year', () => {
    expect(tenureVerdicts(w011.replace('2016', '2017'), 'taking the VP position', '2020-11-08')).toContain('supported');
    expect(tenureVerdicts(sunak, 'promoted to the post', '2022-10-25')).toContain('supported');
  });

  it('flags nothing when two holders are named before the words, or of a surname alone', () => {
    const two = 'Kamala Harris and Mike Pence met before taking the VP position in 2016.';
    expect(isRed(verdictsOn(two, 'taking the VP position', '2020-11-08'))).toBe(false);
    const lone = 'Pence served as governor before taking the VP position in 2016.';
    expect(isRed(verdictsOn(lone, 'taking the VP position', '2020-11-08'))).toBe(false);
  });
});

describe('a post taken in the year the sentence opens with: "In 2008, ..., Volker became U.S. ambassador to NATO" (tenure.ts)', () => {
  // Held-out 10 (w005), en.hromadske.ua, 28 September 2019.
  const w005 =
    'U.S. State Department Special Representative for Ukraine Kurt Volker has resigned. In 2008, under the presidency of George W. Bush, Volker became U.S. ambassador to NATO.';
  // The form of "In 2019, the former comedian became president" and "In 2014, Jens Stoltenberg became NATO Secretary General".
  const stoltenberg = 'In 2014, Jens Stoltenberg became NATO Secretary General.';

  it('confirms the year of the start', () => {
    expect(tenureVerdicts(w005, 'Volker became U.S. ambassador to NATO', '2019-09-28')).toContain('supported');
    expect(tenureVerdicts(stoltenberg, 'became NATO Secretary General', '2019-01-01')).toContain('supported');
  });

  it('never flags another year: the year may be the sentence’s setting, not the start', () => {
    expect(isRed(verdictsOn(w005.replace('2008', '2010'), 'Volker became', '2019-09-28'))).toBe(false);
    expect(isRed(verdictsOn(stoltenberg.replace('2014', '2016'), 'became NATO', '2019-01-01'))).toBe(false);
  });
});

describe('"was appointed in YEAR as TITLE": the office after the date (tenure.ts)', () => {
  // Held-out 10 (w006), ukrweekly.com, September 2019.
  const w006 =
    'U.S. Special Representative for Ukraine Negotiations Kurt Volker resigned on September 27. Mr. Volker was appointed in 2017 as U.S. special representative for Ukraine negotiations.';
  // The same form: "Jens Stoltenberg was appointed in 2014 as NATO Secretary General", "Rutte was named in June 2024 as NATO's next chief".
  const stoltenberg = 'Jens Stoltenberg was appointed in 2014 as NATO Secretary General.';

  it('confirms the start', () => {
    expect(tenureVerdicts(w006, 'was appointed in 2017 as U.S. special representative', '2019-09-28')).toContain('supported');
    expect(tenureVerdicts(stoltenberg, 'was appointed in 2014', '2019-01-01')).toContain('supported');
  });

  it('never flags another year: an appointment may precede the start', () => {
    expect(isRed(verdictsOn(w006.replace('2017', '2015'), 'was appointed in 2015', '2019-09-28'))).toBe(false);
    const rutte = 'Mark Rutte was appointed in June 2024 as NATO Secretary General.';
    expect(isRed(verdictsOn(rutte, rutte, '2024-12-01'))).toBe(false);
  });
});

describe('"incumbent NAME" in a sentence about the election, told after the term ended (tenure-incumbent.ts)', () => {
  // w004 (20 May 2019, Zelensky's inauguration day, when Poroshenko's term ended).
  const w004 =
    "A month after scoring a landslide election victory against incumbent Petro Poroshenko, the 41-year-old became Ukraine's youngest post-Soviet president";
  // Wikipedia's wording, read a few weeks after the inauguration.
  const wiki = 'Zelensky won the election with 73.22% of the vote, defeating incumbent Petro Poroshenko.';

  const tenure = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

  it('confirms the holder who left within months, as of the election', () => {
    expect(tenure(w004, 'incumbent Petro Poroshenko', '2019-05-20')).toEqual(['supported']);
    expect(tenure(wiki, 'incumbent Petro Poroshenko', '2019-06-15')).toEqual(['supported']);
  });

  it('says nothing years later, or when the sentence names no election, and never flags', () => {
    expect(tenure(wiki, 'incumbent Petro Poroshenko', '2021-06-15')).toEqual([]);
    expect(isRed(verdictsOn('The incumbent, Petro Poroshenko, toured the front.', 'Petro Poroshenko', '2019-06-15'))).toBe(false);
    expect(tenure('The incumbent, Petro Poroshenko, toured the front.', 'incumbent, Petro Poroshenko', '2019-06-15')).toEqual([]);
  });
});
