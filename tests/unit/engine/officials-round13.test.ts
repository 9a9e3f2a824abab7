// Officials told in real articles (held-out 11, read in the thirteenth round), and the office data
// they are judged by. Each family is tested on the article's sentence, on sentences of the same kind
// from other pages (URLs in comments), with the fact changed (flagged where the claim is identified
// beyond doubt), and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('a holder given by a copula with a word of the present', () => {
  // https://silkglobal.org/blog/nato-secretary-general-news-latest-1762156219368 (held-out 11, y081, 3 November 2025)
  const y081 =
    "Who is the Current NATO Secretary General?\nFirst off, it's essential to know who's steering the ship. Currently, the NATO Secretary General is Jens Stoltenberg. He's been at the helm since October 1, 2014.";

  it("the article's stale holder is outdated", () => {
    expect(titleVerdicts(y081, 'Currently, the NATO Secretary General is Jens Stoltenberg', '2025-11-03')).toEqual(['outdated']);
  });

  it('the same sentence while he held the office is confirmed', () => {
    expect(titleVerdicts(y081, 'Currently, the NATO Secretary General is Jens Stoltenberg', '2019-06-01')).toEqual(['supported']);
  });

  it('other phrasings of the family: the word of the present after the verb, the name first, "serves as"', () => {
    // The phrasing of generated explainers ("the NATO Secretary General is currently ...", "X is currently the ...").
    expect(titleVerdicts('The NATO Secretary General is currently Mark Rutte.', 'Mark Rutte', '2025-03-01')).toEqual(['supported']);
    expect(titleVerdicts('The NATO Secretary General is currently Jens Stoltenberg.', 'Jens Stoltenberg', '2025-03-01')).toEqual([
      'outdated',
    ]);
    expect(titleVerdicts('Olaf Scholz is currently the German chancellor.', 'Olaf Scholz', '2023-05-01')).toEqual(['supported']);
    expect(titleVerdicts('Olaf Scholz is currently the German chancellor.', 'Olaf Scholz', '2025-09-01')).toEqual(['outdated']);
    expect(titleVerdicts('Jens Stoltenberg is the current NATO Secretary General.', 'Jens Stoltenberg', '2025-11-03')).toEqual([
      'outdated',
    ]);
    // https://xeroltha.com/blog/marco-rubio-the-72nd-u-s-secretary-of-state (November 2025): a description between.
    const rubio =
      'Marco Antonio Rubio (born 1971) is an American politician and diplomat currently serving as the 72nd United States Secretary of State.';
    expect(titleVerdicts(rubio, 'currently serving', '2025-11-16')).toEqual(['supported']);
    // https://americantribune.com/trump-envoy-witkoff-claims-progress-in-russia-ukraine-peace-talks-with-putin (held-out 11, y059, April 2025): "Gen. Keith Kellogg serves as special envoy to Ukraine".
    const y059 = 'Gen. Keith Kellogg serves as special envoy to Ukraine.';
    expect(titleVerdicts(y059, 'Keith Kellogg', '2025-04-14')).toEqual(['supported']);
  });

  it('an apposition with "currently"', () => {
    const apposition = 'Jens Stoltenberg, currently NATO Secretary General, said on Monday that allies would act.';
    expect(titleVerdicts(apposition, 'Jens Stoltenberg', '2020-01-10')).toEqual(['supported']);
    expect(titleVerdicts(apposition, 'Jens Stoltenberg', '2025-11-03')).toEqual(['outdated']);
    const finance = 'Jens Stoltenberg, currently Norway’s finance minister, said on Monday that allies would act.';
    expect(isRed(verdictsOn(finance, 'Jens Stoltenberg', '2025-11-03'))).toBe(false);
  });

  it('with the fact changed: a holder who left, a person who never held it', () => {
    expect(titleVerdicts('Currently, the British prime minister is Rishi Sunak.', 'Rishi Sunak', '2025-02-01')).toEqual(['outdated']);
    expect(titleVerdicts('As of 2025, the US Secretary of State is Antony Blinken.', 'Antony Blinken', '2025-06-01')).toEqual(['outdated']);
  });

  it('true look-alikes are not flagged: a definition, a past tense, another time, a successor', () => {
    // No word of the present: may be a definition (title-sworn.ts confirms, never flags).
    expect(isRed(verdictsOn('The NATO Secretary General is Jens Stoltenberg.', 'Jens Stoltenberg', '2025-11-03'))).toBe(false);
    expect(isRed(verdictsOn('In 2019, the NATO Secretary General was Jens Stoltenberg.', 'Jens Stoltenberg', '2025-11-03'))).toBe(false);
    expect(isRed(verdictsOn('Until October 2024, the NATO Secretary General is Jens Stoltenberg.', 'Jens Stoltenberg', '2025-11-03'))).toBe(
      false,
    );
    expect(
      isRed(verdictsOn("Currently, the NATO Secretary General is Jens Stoltenberg's successor.", 'Jens Stoltenberg', '2025-11-03')),
    ).toBe(false);
    expect(isRed(verdictsOn('Jens Stoltenberg is now the Norwegian finance minister.', 'Jens Stoltenberg', '2025-11-03'))).toBe(false);
    expect(isRed(verdictsOn('Jens Stoltenberg is the former NATO Secretary General.', 'Jens Stoltenberg', '2025-11-03'))).toBe(false);
  });
});

describe('a label line names the holder or the nominee', () => {
  // https://talkradio.co.uk/features/who-are-new-european-union-leaders-19070431533 (held-out 11, y087, 4 July 2019)
  const y087 =
    'European Commission president: Ursula von der Leyen\n\nIt is a controversial appointment.\n\nEuropean Council president: Charles Michel\n\nIn 2014 Charles Michel became Belgium’s youngest prime minister since 1841.';

  it("the article's nominees, in office within months, are confirmed", () => {
    expect(titleVerdicts(y087, 'European Council president: Charles Michel', '2019-07-04')).toEqual(['supported']);
    expect(titleVerdicts(y087, 'European Commission president: Ursula von der Leyen', '2019-07-04')).toEqual(['supported']);
  });

  it('a sitting holder is confirmed; a label is never flagged', () => {
    expect(titleVerdicts('NATO Secretary General: Mark Rutte\n', 'Mark Rutte', '2025-01-10')).toEqual(['supported']);
    expect(isRed(verdictsOn('NATO Secretary General: Jens Stoltenberg\n', 'Jens Stoltenberg', '2025-11-03'))).toBe(false);
  });
});

describe('an invented career: "has served as TITLE for the past N years"', () => {
  const y087 = 'Ursula Von Der Leyen has served as the German foreign minister for the past five years.';

  it("the article's invented office is contradicted", () => {
    expect(titleVerdicts(y087, 'German foreign minister', '2019-07-04')).toEqual(['contradicted']);
  });

  it('the true office in the same words is confirmed', () => {
    const defence = 'Ursula von der Leyen has served as the German defence minister for the past five years.';
    expect(verdictsOn(defence, 'German defence minister', '2019-07-04')).toContain('supported');
    expect(isRed(verdictsOn(defence, 'German defence minister', '2019-07-04'))).toBe(false);
  });

  it('other phrasings: "since YEAR", a relative clause', () => {
    expect(titleVerdicts('Heiko Maas has served as German foreign minister since 2018.', 'Heiko Maas', '2019-07-04')).toEqual([
      'supported',
    ]);
    expect(
      titleVerdicts('Ursula von der Leyen has served as the German foreign minister since 2016.', 'German foreign minister', '2019-07-04'),
    ).toEqual(['contradicted']);
  });

  it('a career with no span, or one before the holder lists, is never flagged', () => {
    // Steinmeier was foreign minister in 2005–2009, which a list that starts later may not hold.
    for (const s of [
      'Frank-Walter Steinmeier has served as German foreign minister.',
      'Frank-Walter Steinmeier served as German foreign minister.',
      'Frank-Walter Steinmeier became German foreign minister in 2005.',
      'Ursula von der Leyen became German foreign minister.',
      'Ursula von der Leyen has served as the German foreign minister for the past twenty years.',
    ])
      expect(isRed(verdictsOn(s, 'German foreign minister', '2019-07-04'))).toBe(false);
  });
});

describe('the principal of an envoy or aide told with a stale word', () => {
  // https://thecsrjournal.in/us-ukraine-talks-saudi-arabia-bring-progress (held-out 11, y083, March 2025)
  const y083 = 'Steve Witkoff, special envoy for former President Trump, voiced hope for tangible progress in the talks.';

  it("the article's sitting president called former is flagged", () => {
    expect(isRed(titleVerdicts(y083, 'former President Trump', '2025-03-24'))).toBe(true);
  });

  it('the same words when he was out of office are confirmed', () => {
    expect(isRed(verdictsOn(y083, 'former President Trump', '2023-03-01'))).toBe(false);
    // "an adviser to former President Joe Biden" after he left.
    expect(isRed(verdictsOn('An adviser to former President Joe Biden said the plan was sound.', 'Joe Biden', '2025-06-01'))).toBe(false);
  });

  it("an aide named after the principal's title is still not flagged", () => {
    // The sixth precision audit's sentence (May 2025): the name is the aide's.
    const medinsky = 'The delegation was led by the aide to the President of the Russian Federation Vladimir Medinsky.';
    expect(isRed(verdictsOn(medinsky, 'Vladimir Medinsky', '2025-05-16'))).toBe(false);
  });
});

describe("a bare foreign or defence minister's title given to someone who holds another of the country's offices", () => {
  // Real sentences (labelled development data), then the same words with the name changed for
  // another official of the country (the mutation probes of this round).
  // https://kyivindependent.com/eus-powerful-signal-to-russia-stalls/ (February 2026)
  const r060 =
    '"Please ask Ukrainians why they have stopped the oil deliveries to Hungary," Foreign Minister Peter Szijjarto said ahead of the session.';
  // https://www.etterretningen.no/2023/11/29/stoltenberg-meet-kuleba-at-nato-hq/ (November 2023)
  const ttl02 = 'NATO Secretary General Jens Stoltenberg welcomed Foreign Minister Dmytro Kuleba to NATO Headquarters on Wednesday.';
  // https://kobi5.com/news/u-s-to-withdraw-about-12000-troops-from-germany-133532/ (July 2020)
  const r098 = 'Defense Secretary Mark Esper has sought, however, to present the pullout in a way that would prevent undermining NATO.';

  it('the real sentences are confirmed', () => {
    expect(titleVerdicts(r060, 'Foreign Minister Peter Szijjarto', '2026-02-23')).toEqual(['supported']);
    expect(titleVerdicts(ttl02, 'Foreign Minister Dmytro Kuleba', '2023-11-29')).toEqual(['supported']);
    expect(titleVerdicts(r098, 'Defense Secretary Mark Esper', '2020-07-29')).toEqual(['supported']);
  });

  it("with another of the country's officials named, the title is contradicted", () => {
    expect(titleVerdicts(r060.replace('Peter Szijjarto', 'Viktor Orbán'), 'Viktor Orbán', '2026-02-23')).toEqual(['contradicted']);
    expect(titleVerdicts(ttl02.replace('Dmytro Kuleba', 'Volodymyr Zelenskyy'), 'Volodymyr Zelenskyy', '2023-11-29')).toEqual([
      'contradicted',
    ]);
    expect(titleVerdicts(r098.replace('Mark Esper', 'Donald Trump'), 'Donald Trump', '2020-07-29')).toEqual(['contradicted']);
  });

  it('a bare "Prime Minister" is read the same way, a "Premier" is not', () => {
    // https://english.alarabiya.net/News/world/2023/09/06/Ukraine-s-parliament-approves-Rustem-Umerov-as-new-defense-minister- (September 2023)
    const h024 =
      '“To head the defense institution during the full-scale war with Russia is a big responsibility,” Prime Minister Denys Shmyhal said.';
    expect(titleVerdicts(h024, 'Prime Minister Denys Shmyhal', '2023-09-06')).toEqual(['supported']);
    expect(titleVerdicts(h024.replace('Denys Shmyhal', 'Volodymyr Zelenskyy'), 'Volodymyr Zelenskyy', '2023-09-06')).toEqual([
      'contradicted',
    ]);
    // https://unn.ua/en/news/czech-president-pavel-appointed-a-new-government-led-by-babis (December 2025)
    const h054 = 'Czech President Petr Pavel has appointed members of the government of the new Prime Minister Andrej Babiš.';
    expect(isRed(verdictsOn(h054, 'Prime Minister Andrej Babiš', '2025-12-15'))).toBe(false);
    expect(isRed(verdictsOn('Premier Volodymyr Zelenskyy said.', 'Volodymyr Zelenskyy', '2023-09-06'))).toBe(false);
    expect(isRed(verdictsOn('Deputy Prime Minister Dmytro Kuleba said.', 'Dmytro Kuleba', '2023-09-06'))).toBe(false);
    expect(isRed(verdictsOn('Acting Prime Minister Volodymyr Zelenskyy said.', 'Volodymyr Zelenskyy', '2023-09-06'))).toBe(false);
  });

  it('true look-alikes and other bare titles are not flagged', () => {
    // "President" alone may be any country's or body's (title.test.ts).
    expect(isRed(verdictsOn('President Sergey Lavrov arrived.', 'Sergey Lavrov', '2024-05-14'))).toBe(false);
    // A press secretary may be the White House's or the Pentagon's (expected.jsonl ttl08, April 2022).
    expect(isRed(verdictsOn('PRESS SECRETARY JOHN F. KIRBY: Good afternoon, everybody.', 'JOHN F. KIRBY', '2022-04-26'))).toBe(false);
    // Someone with no recorded office that day (Tusk chaired the European Council in 2016).
    expect(isRed(verdictsOn('Foreign Minister Donald Tusk said the talks would go on.', 'Donald Tusk', '2016-06-01'))).toBe(false);
    // A former holder, and a title with "former".
    expect(isRed(verdictsOn('Defence Secretary Ben Wallace visited Kyiv.', 'Ben Wallace', '2022-02-17'))).toBe(false);
    expect(isRed(verdictsOn('Former Foreign Minister Volodymyr Zelenskyy spoke.', 'Volodymyr Zelenskyy', '2023-11-29'))).toBe(false);
  });
});

describe('"President of the Republic of COUNTRY" before the name', () => {
  // https://www.helsinkitimes.fi/world-int/23310-finland-becomes-31st-member-of-nato.html (held-out 11, y034, April 2023)
  const y034 =
    'In a statement, President of the Republic of Finland Sauli Niinistö emphasized that the membership is not targeted against anyone.';
  // https://www.presidentti.fi/niinisto/en/news/president-niinisto-finland-strongly-condemns-russias-actions-and-warfare/ (February 2022)
  const presidentti =
    'President of the Republic of Finland Sauli Niinistö and Prime Minister Sanna Marin held a joint press conference at the Presidential Palace on Thursday, 24 February 2022.';

  it("the office's formal name is read as the country's president", () => {
    expect(titleVerdicts(y034, 'President of the Republic of Finland Sauli Niinistö', '2023-04-04')).toEqual(['supported']);
    expect(titleVerdicts(presidentti, 'President of the Republic of Finland Sauli Niinistö', '2022-02-24')).toEqual(['supported']);
    expect(titleVerdicts('The President of the Republic of Poland, Andrzej Duda, said.', 'Andrzej Duda', '2023-04-04')).toEqual([
      'supported',
    ]);
  });

  it('with the fact changed: a holder who left, someone who never held it', () => {
    expect(titleVerdicts(y034, 'President of the Republic of Finland Sauli Niinistö', '2024-06-01')).toEqual(['outdated']);
    expect(titleVerdicts(y034.replace('Sauli Niinistö', 'Sanna Marin'), 'Sanna Marin', '2023-04-04')).toEqual(['contradicted']);
  });

  it('"President of the Republic" alone is still France’s or Italy’s', () => {
    expect(titleVerdicts('President of the Republic Emmanuel Macron said.', 'Emmanuel Macron', '2023-04-04')).toEqual(['supported']);
  });
});

describe("Russia's delegation head and Putin's adviser (office data)", () => {
  // https://principlecivics.com/topics/russia-ukraine-us-geneva-peace-talks-feb-2026 (held-out 11, y079, February 2026)
  const y079 =
    "Vladimir Medinsky, a Putin adviser who headed Russia's negotiating team in the failed Istanbul talks in March 2022, will lead the delegation.";

  it('the real sentences are confirmed', () => {
    expect(titleVerdicts(y079, 'Vladimir Medinsky, a Putin adviser', '2026-02-16')).toEqual(['supported']);
    // https://sputnikglobe.com/20250601/russian-lead-negotiator-medinsky-arrives-in-istanbul-ahead-of-talks-with-ukrainians-1122167952.html (June 2025): "Russian Lead Negotiator Medinsky"
    expect(titleVerdicts('Russian delegation head Vladimir Medinsky said the talks went well.', 'Vladimir Medinsky', '2025-06-02')).toEqual(
      ['supported'],
    );
  });

  it('a loose word never flags: another delegation may have another head', () => {
    // Sergei Ryabkov led Russia's delegation at the strategic-stability talks in Geneva in January 2022.
    expect(isRed(verdictsOn('Russian delegation head Sergei Ryabkov said the talks went well.', 'Ryabkov', '2022-01-10'))).toBe(false);
    expect(isRed(verdictsOn('Russian delegation head Sergey Lavrov said the talks went well.', 'Sergey Lavrov', '2025-06-02'))).toBe(false);
  });
});

describe("who leads a country's side at the talks, told with a verb (confirm only)", () => {
  // https://www.devdiscourse.com/article/technology/3804234-ukraine-and-russia-gear-up-for-critical-talks-in-geneva (held-out 11, y078, February 2026)
  const y078 = 'Vladimir Medinsky would lead the Russian side, the Kremlin said.';
  // https://tass.com/politics/1958553 (May 2025), with the title before the name left out (title.ts confirms that one).
  const tass =
    'Vladimir Medinsky, who is heading the Russian delegation at today’s Istanbul talks, can be viewed as Russia’s version of Witkoff.';
  // https://principlecivics.com/topics/russia-ukraine-us-geneva-peace-talks-feb-2026 (held-out 11, y079)
  const y079 = "Vladimir Medinsky, who headed Russia's negotiating team in the failed Istanbul talks in March 2022, will lead again.";

  it('the real sentences are confirmed', () => {
    expect(titleVerdicts(y078, 'Vladimir Medinsky would lead the Russian side', '2026-02-13')).toEqual(['supported']);
    expect(verdictsOn(tass, 'who is heading the Russian delegation', '2025-05-15')).toContain('supported');
    expect(verdictsOn(y079, "who headed Russia's negotiating team", '2026-02-16')).toContain('supported');
  });

  it('someone else, or a time before the talks, is never flagged', () => {
    expect(isRed(verdictsOn('Sergey Lavrov will lead the Russian delegation.', 'Sergey Lavrov', '2026-02-13'))).toBe(false);
    expect(isRed(verdictsOn(y078, 'Vladimir Medinsky', '2021-06-01'))).toBe(false);
  });
});

describe('a place in line before "TITLE of COUNTRY NAME"', () => {
  // The eighth precision audit (May 2022): Kravchuk died on the page's day, long after his tenure.
  const kravchuk = 'The first President of Ukraine Leonid Kravchuk died today, May 10, after a long illness.';

  it('is a holder of any time, never flagged as the title of the day', () => {
    expect(isRed(verdictsOn(kravchuk, 'President of Ukraine Leonid Kravchuk', '2022-05-10'))).toBe(false);
    expect(titleVerdicts(kravchuk, 'President of Ukraine Leonid Kravchuk', '2022-05-10')).toEqual(['supported']);
  });

  it('without it, the stale title of the day is still flagged when the sentence gives the page’s year', () => {
    expect(
      titleVerdicts('President of Ukraine Leonid Kravchuk said on 10 May 2022 that talks would go on.', 'Leonid Kravchuk', '2022-05-10'),
    ).toEqual(['outdated']);
    // Round 29: a day word alone ("said today") no longer dates a title left over ten years before to the page's days
    // (archived releases keep "today" under a later "last updated" date: held-out 28 kd010); not flagged, not confirmed.
    expect(
      titleVerdicts('President of Ukraine Leonid Kravchuk said today that talks would go on.', 'Leonid Kravchuk', '2022-05-10'),
    ).toEqual(['context']);
  });
});
