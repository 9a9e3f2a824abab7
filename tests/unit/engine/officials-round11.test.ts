// Officials named by title, told in real articles (held-out 9, read in the eleventh round), and the
// office data they are judged by. Each family is tested on the article's sentence, on sentences of
// the same kind from other pages (URLs in comments), with the fact changed (flagged where the claim
// is identified beyond doubt), and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('"acting" said of the appointed head of an international body', () => {
  // https://24hoursworlds.com/politics/657082 (held-out 9, v035; German "amtierend", incumbent, translated)
  const v035 = 'Acting NATO Secretary General Jens Stoltenberg had already announced that he would not stand again.';

  it('the appointed Secretary General in mid-term is not "acting"', () => {
    expect(verdictsOn(v035, 'Acting NATO Secretary General Jens Stoltenberg', '2024-02-22')).toEqual(['contradicted']);
    // The title with its article and a comma before the name.
    expect(verdictsOn('The acting NATO Secretary General, Mark Rutte, spoke.', 'Mark Rutte', '2025-06-01')).toEqual(['contradicted']);
  });

  it('the title written with "of", and the heads of the EU and the UN, the same way', () => {
    const of = 'The acting Secretary General of NATO, Jens Stoltenberg, said the alliance would respond.';
    expect(verdictsOn(of, 'acting Secretary General of NATO, Jens Stoltenberg', '2024-02-22')).toEqual(['contradicted']);
    const eu = 'Acting EU foreign policy chief Josep Borrell said the bloc would respond.';
    expect(verdictsOn(eu, 'Acting EU foreign policy chief Josep Borrell', '2022-06-22')).toEqual(['contradicted']);
    const un = 'Acting UN Secretary-General António Guterres said the bloc would respond.';
    expect(verdictsOn(un, 'Acting UN Secretary-General António Guterres', '2022-06-22')).toEqual(['contradicted']);
    // Metsola stood in for six days after Sassoli's death (11 January 2022), on record as acting.
    const metsola = 'Acting European Parliament President Roberta Metsola opened the session.';
    expect(isRed(verdictsOn(metsola, 'Roberta Metsola', '2022-01-14'))).toBe(false);
  });

  it('the same title without "acting" is confirmed', () => {
    const plain = 'NATO Secretary General Jens Stoltenberg had already announced that he would not stand again.';
    expect(verdictsOn(plain, 'NATO Secretary General Jens Stoltenberg', '2024-02-22')).toEqual(['supported']);
  });

  it('a stand-in between two terms, on record as acting, is confirmed', () => {
    // https://www.hubbry.com/Alessandro_Minuto-Rizzo (from Wikipedia): "acting Secretary General of NATO from
    // 17 December 2003 to 1 January 2004"
    const rizzo = 'Acting NATO Secretary General Alessandro Minuto-Rizzo opened the meeting.';
    expect(verdictsOn(rizzo, 'Acting NATO Secretary General Alessandro Minuto-Rizzo', '2003-12-22')).toEqual(['supported']);
    // https://nato.int/cps/en/natohq/news_228432.htm (3 September 2024): "Ambassador Boris Ruge, Assistant
    // Secretary General for Political Affairs and Security Policy (PASP), will serve as Acting Deputy
    // Secretary General until a successor is appointed."
    const ruge = 'Acting Deputy Secretary General Boris Ruge opened the meeting.';
    expect(isRed(verdictsOn(ruge, 'Boris Ruge', '2024-10-15'))).toBe(false);
  });

  it("a government's head is not read so: a caretaker prime minister is acting in the same tenure", () => {
    // Rutte's cabinet resigned on 7 July 2023 and stayed on as caretaker until 2 July 2024.
    const rutte = 'Acting Dutch Prime Minister Mark Rutte said the Netherlands would send more jets.';
    expect(isRed(verdictsOn(rutte, 'Mark Rutte', '2024-02-01'))).toBe(false);
  });

  it('not near either end of a term, when a holder may stay on until the successor arrives', () => {
    const late = 'Acting NATO Secretary General Jens Stoltenberg spoke.';
    expect(isRed(verdictsOn(late, 'Jens Stoltenberg', '2024-09-15'))).toBe(false);
  });
});

describe('office data: a dispute over a single day no longer withholds every flag of the tenure', () => {
  it('NATO Secretary General Rasmussen months after he left (his end day: 30 September or 1 October 2014)', () => {
    const text = 'NATO Secretary General Anders Fogh Rasmussen said the alliance would respond.';
    expect(verdictsOn(text, 'NATO Secretary General Anders Fogh Rasmussen', '2015-04-19')).toEqual(['outdated']);
    expect(isRed(verdictsOn(text, 'NATO Secretary General Anders Fogh Rasmussen', '2014-09-30'))).toBe(false);
    expect(verdictsOn(text, 'NATO Secretary General Anders Fogh Rasmussen', '2013-04-19')).toEqual(['supported']);
  });

  it('SACEUR Grynkewich before his change of command; not between the EUCOM (1 July) and SHAPE (4 July) handovers', () => {
    const text = 'Supreme Allied Commander Europe Alexus Grynkewich said the alliance would respond.';
    expect(verdictsOn(text, 'Supreme Allied Commander Europe Alexus Grynkewich', '2025-03-02')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(text, 'Supreme Allied Commander Europe Alexus Grynkewich', '2025-07-02'))).toBe(false);
    expect(verdictsOn(text, 'Supreme Allied Commander Europe Alexus Grynkewich', '2025-10-02')).toEqual(['supported']);
  });
});

describe('a full name glossed with a bare title in brackets (title-paren.ts)', () => {
  // https://clawdint.com/assessments/226 (held-out 9, v075, 6 February 2026): "Sending Umerov (Defense Minister) and
  // Budanov (intelligence chief) rather than Foreign Minister Sybiha" — the same gloss after a full name.
  const v075Full = 'Sending Rustem Umerov (Defense Minister) rather than Foreign Minister Sybiha signals a security negotiation.';
  // A delegation list in the form of Ukrainian releases (November 2025: "Andriy Yermak — Head of the Office of the
  // President of Ukraine, Head of the Delegation"), with the gloss in brackets.
  const list = 'Ukraine was represented by Rustem Umerov (Minister of Defence) and Andriy Yermak (Head of the Presidential Office).';

  it('the stale title is flagged when the name is written in full', () => {
    expect(verdictsOn(v075Full, 'Rustem Umerov (Defense Minister)', '2026-02-06')).toEqual(['outdated']);
    expect(verdictsOn(list, 'Rustem Umerov (Minister of Defence)', '2026-02-20')).toEqual(['outdated']);
    expect(verdictsOn(list, 'Andriy Yermak (Head of the Presidential Office)', '2026-02-20')).toEqual(['outdated']);
  });

  it('the same glosses are confirmed while the titles were held', () => {
    expect(verdictsOn(v075Full, 'Rustem Umerov (Defense Minister)', '2024-06-01')).toEqual(['supported']);
    expect(verdictsOn(list, 'Andriy Yermak (Head of the Presidential Office)', '2024-06-01')).toEqual(['supported']);
    // NATO's photo captions: "Jens Stoltenberg (NATO Secretary General)".
    expect(
      verdictsOn(
        'Jens Stoltenberg (NATO Secretary General) and Dmytro Kuleba (Minister of Foreign Affairs, Ukraine)',
        'Jens Stoltenberg',
        '2023-04-04',
      ),
    ).toEqual(['supported']);
  });

  it('a loose word, a lone surname or more than the title in the bracket is not flagged', () => {
    const loose = 'Sending Kyrylo Budanov (intelligence chief) signals a security negotiation.';
    expect(isRed(verdictsOn(loose, 'Kyrylo Budanov', '2026-02-03'))).toBe(false);
    const surname = 'Sending Umerov (Defense Minister) signals a security negotiation.';
    expect(isRed(verdictsOn(surname, 'Umerov', '2026-02-06'))).toBe(false);
    const clause = 'Rustem Umerov (who met the Defense Minister) signals a security negotiation.';
    expect(isRed(verdictsOn(clause, 'Rustem Umerov', '2026-02-06'))).toBe(false);
  });
});

describe("the head of Ukraine's military intelligence told as the chief of its agency (offices data)", () => {
  // https://gwaramedia.com/en/ukraines-intelligence-chief-budanov-to-lead-presidential-office (held-out 9, v069, 2 January 2026)
  const v069 =
    'Zelensky offered Kyrylo Budanov, the chief of Ukraine’s main intelligence agency (HUR), to head the Presidential Office instead of Andrii Yermak.';
  // https://dzwatch.dz/?p=28876 (November 2025): "Kyrylo Budanov, head of the Main Intelligence Directorate of the Ministry of Defense"
  const dz =
    'Zelenskyy also shared a photo of his meeting with Kyrylo Budanov, head of the Main Intelligence Directorate of the Ministry of Defense, who is also a member of the delegation.';
  // https://gur.gov.ua/en/content/my-shvydko-nablyzhaiemosia-do-hlobalnoi-viiny-kyrylo-budanov.html (2023): "Chief of the Defence Intelligence of Ukraine Kyrylo Budanov"
  const gur =
    'In a long interview with “Ukrainska Pravda”, Chief of the Defence Intelligence of Ukraine Kyrylo Budanov has commented on the war.';
  const agency = "The chief of Ukraine's military intelligence agency, Kyrylo Budanov, said the strike succeeded.";

  it('confirmed on the real pages, the day of the handover included', () => {
    expect(verdictsOn(v069, 'Kyrylo Budanov, the chief of Ukraine’s main intelligence agency (HUR)', '2026-01-02')).toEqual(['supported']);
    expect(verdictsOn(dz, 'Kyrylo Budanov', '2025-11-29')).toEqual(['supported']);
    expect(verdictsOn(gur, 'Kyrylo Budanov', '2023-10-20')).toEqual(['supported']);
    expect(verdictsOn(agency, 'Kyrylo Budanov', '2025-06-01')).toEqual(['supported']);
  });

  it('stale after he moved to the Office of the President', () => {
    expect(verdictsOn(v069, 'Kyrylo Budanov, the chief of Ukraine’s main intelligence agency (HUR)', '2026-02-03')).toEqual(['outdated']);
    expect(verdictsOn(agency, 'Kyrylo Budanov', '2026-02-03')).toEqual(['outdated']);
  });

  it('another country’s intelligence chief is not read as Ukraine’s', () => {
    const other = "The chief of Russia's military intelligence agency, Igor Kostyukov, led the delegation.";
    expect(isRed(verdictsOn(other, 'Igor Kostyukov', '2026-02-03'))).toBe(false);
  });
});

describe('the commander of US European Command (offices data; title-described.ts)', () => {
  // https://sentry-magazine.com/useucom-commander-nato-u-s-forces-rise-to-meet-regional-challenges/ (April 2025)
  const sentry =
    'Gen. Christopher Cavoli, Commander of United States European Command (USEUCOM) and Supreme Allied Commander Europe (SACEUR), told the U.S. Senate Armed Services Committee that U.S. leadership is crucial.';
  // https://www.ausa.org/news/cavoli-us-must-stay-course-europe (April 2023)
  const ausa =
    'In testimony before the House Armed Services Committee, Gen. Christopher Cavoli, commander of U.S. European Command and NATO’s supreme allied commander, said the war was far from over.';
  // https://www-ix7.dailymotion.com/video/x9ia6k6 (2025)
  const vindman =
    'Rep. Eugene Vindman (D-VA) questioned General Christopher G. Cavoli, the Commander of the U.S. European Command, about a potential resolution in the Ukraine-Russia war.';
  // https://armyrecognition.com/news/army-news/army-news-2019/air-force-gen-wolters-succeeds-gen-scaparrotti-as-saceur-and-eucom-head (May 2019)
  const before = 'EUCOM commander Christopher Cavoli told lawmakers the army had grown.';
  // held-out 9 (v077, 6 February 2026), the name spelt right: "General Alexus Grynkevich, Commander of the US European Command"
  const v077 = 'The dialogue will be led by General Alexus Grynkewich, Commander of the US European Command, on the US side.';

  it('confirmed on the real pages, the initial of "U.S." not ending the phrase', () => {
    expect(verdictsOn(sentry, 'Christopher Cavoli, Commander of United States European Command (USEUCOM)', '2025-04-10')).toEqual([
      'supported',
    ]);
    expect(verdictsOn(ausa, 'Christopher Cavoli, commander of U.S. European Command', '2023-04-27')).toEqual(['supported']);
    expect(verdictsOn(vindman, 'Christopher G. Cavoli, the Commander of the U.S. European Command', '2025-04-10')).toEqual(['supported']);
    expect(verdictsOn(before, 'EUCOM commander Christopher Cavoli', '2024-03-01')).toEqual(['supported']);
    expect(verdictsOn(v077, 'Alexus Grynkewich, Commander of the US European Command', '2026-02-06')).toEqual(['supported']);
  });

  it('stale after the change of command of 1 July 2025, and not yet his before 1 July 2022', () => {
    expect(verdictsOn(ausa, 'Christopher Cavoli, commander of U.S. European Command', '2026-02-06')).toEqual(['outdated']);
    expect(verdictsOn(before, 'EUCOM commander Christopher Cavoli', '2021-03-01')).toEqual(['contradicted']);
    expect(verdictsOn(v077, 'Alexus Grynkewich, Commander of the US European Command', '2025-03-01')).toEqual(['contradicted']);
  });

  it('the day of the handover and the days to the SHAPE ceremony are not flagged', () => {
    expect(isRed(verdictsOn(ausa, 'Christopher Cavoli', '2025-07-01'))).toBe(false);
    expect(isRed(verdictsOn(v077, 'Alexus Grynkewich', '2025-07-02'))).toBe(false);
  });
});

describe("office data: Ukraine's head of delegation known through the Geneva talks of February 2026", () => {
  // https://en.royanews.tv/news/67834 (AFP, 18 February 2026): "Ukraine's lead negotiator Rustem Umerov reads a statement
  // following the end of US-mediated talks in Geneva."
  const afp = "Ukraine's lead negotiator Rustem Umerov reads a statement following the end of US-mediated talks in Geneva.";
  // https://charter97.link/en/news/2026/2/17/674005 (17 February 2026): "the secretary of the National Security and Defense
  // Council and head of the Ukrainian delegation Rustem Umerov"
  const chief = "Ukraine's chief negotiator Rustem Umerov said the talks were intensive.";
  const yermak = "Ukraine's chief negotiator Andriy Yermak said the talks were intensive.";

  it('confirmed on the days of the Geneva round', () => {
    expect(verdictsOn(afp, 'Rustem Umerov', '2026-02-18')).toEqual(['supported']);
    expect(verdictsOn(chief, "Ukraine's chief negotiator Rustem Umerov", '2026-02-17')).toEqual(['supported']);
  });

  it('his predecessor (weakly sourced as head of the delegation) is never flagged', () => {
    expect(isRed(verdictsOn(yermak, 'Andriy Yermak', '2026-02-17'))).toBe(false);
  });
});

describe("spokespeople: the German government's, the NSC's, the Pentagon's deputy (offices data)", () => {
  // https://24hoursworlds.com/politics/657082 (held-out 9, v035, 22 February 2024)
  const v035 = 'Government spokesman Steffen Hebestreit announced this on X, formerly Twitter.';
  const v035Kirby = 'US National Security Council communications director John Kirby did not officially confirm this.';
  // https://www.tagesschau.de/inland/regierungssprecher-kornelius-100.html (29 April 2025): Kornelius "wird nach der für den
  // 6. Mai geplanten Wahl von Merz zum Bundeskanzler Steffen Hebestreit ablösen"; in English, "German government spokesman".
  const german = 'German government spokesman Steffen Hebestreit said the chancellor would attend.';
  const after = 'Steffen Hebestreit, the German government spokesman, said the chancellor would attend.';
  // https://www.defense.gov/News/Transcripts/Transcript/Article/3526595/ (2023): "Deputy Pentagon Press Secretary Sabrina Singh Holds a Press Briefing"
  const v033 = 'Deputy Pentagon Press Secretary Sabrina Singh said during a briefing.';

  it('confirmed on the real pages', () => {
    expect(verdictsOn(v035, 'Government spokesman Steffen Hebestreit', '2024-02-22')).toEqual(['supported']);
    expect(verdictsOn(v035Kirby, 'US National Security Council communications director John Kirby', '2024-02-22')).toEqual(['supported']);
    expect(verdictsOn(german, 'German government spokesman Steffen Hebestreit', '2023-05-01')).toEqual(['supported']);
    expect(verdictsOn(after, 'Steffen Hebestreit, the German government spokesman', '2023-05-01')).toEqual(['supported']);
    expect(verdictsOn(v033, 'Deputy Pentagon Press Secretary Sabrina Singh', '2023-09-15')).toEqual(['supported']);
  });

  it("Hebestreit's title is stale under Merz, not in the days of the press office's handover", () => {
    expect(isRed(verdictsOn(german, 'German government spokesman Steffen Hebestreit', '2025-05-08'))).toBe(false);
    expect(verdictsOn(german, 'German government spokesman Steffen Hebestreit', '2025-09-01')).not.toContain('supported');
    // Seibert, Merkel's spokesman, two years after he left.
    const seibert = 'German government spokesman Steffen Seibert said the chancellor would attend.';
    expect(verdictsOn(seibert, 'German government spokesman Steffen Seibert', '2023-12-01')).toEqual(['outdated']);
  });

  it("another government's spokesman is not read as Germany's; a weak record only confirms", () => {
    const hungary = 'Hungarian government spokesman Zoltán Kovács said the vote would wait.';
    expect(isRed(verdictsOn(hungary, 'Zoltán Kovács', '2024-02-22'))).toBe(false);
    expect(isRed(verdictsOn(v033, 'Sabrina Singh', '2026-02-01'))).toBe(false);
  });
});

describe('"X, who heads <country>\'s <ministry>": the head of a ministry is its minister (title-described.ts)', () => {
  // The "who heads" form was read for an office named by its body ("Rutte, who heads NATO", "X, who heads Ukraine's
  // Presidential Office") but not for a ministry, whose head the fact base names as its minister; cf. "Lavrov has been in
  // charge of the Russian Foreign Ministry since 2004" (https://www.world-today-news.com/putin-said-that-he-had-to-remind-lavrov-that-he-is-not-the-minister-of-defense-in-russia/).
  const umerov = "Talks were joined by Rustem Umerov, who heads Ukraine's defence ministry, and others.";
  const lavrov = "Sergei Lavrov, who heads Russia's foreign ministry, said the talks failed.";

  it('confirmed while held, stale after', () => {
    expect(verdictsOn(umerov, "Rustem Umerov, who heads Ukraine's defence ministry", '2024-02-20')).toEqual(['supported']);
    expect(verdictsOn(lavrov, "Sergei Lavrov, who heads Russia's foreign ministry", '2024-02-20')).toEqual(['supported']);
    expect(verdictsOn(umerov, "Rustem Umerov, who heads Ukraine's defence ministry", '2026-02-20')).toEqual(['outdated']);
  });

  it('"who headed" tells of a past time and is not read as the present', () => {
    const past = "Talks were joined by Rustem Umerov, who headed Ukraine's defence ministry until July, and others.";
    expect(isRed(verdictsOn(past, 'Rustem Umerov', '2026-02-20'))).toBe(false);
  });
});
