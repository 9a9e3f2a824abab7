// Membership and accessions in phrasings the seventh held-out set showed the engine missing
// (tests/fixtures/real/heldout7.jsonl): each on the real sentence, on other real sentences of the same
// kind from other pages, with the fact changed (flagged), and with a look-alike that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe("a member's years in NATO", () => {
  // https://news.liga.net/en/politics/news/the-next-nato-summit-will-take-place-in-2026-at-the-presidential-complex-in-ankara (q065)
  const rutte =
    '"I want to thank Turkey for hosting this important meeting. Turkey has been a strong NATO ally for over 70 years, making an invaluable contribution to our shared security," said Rutte.';

  it('supports "Turkey has been a strong NATO ally for over 70 years" (Rutte, August 2025) and flags a count longer than its membership', () => {
    expect(verdictsOn(rutte, 'for over 70 years', '2025-08-19')).toEqual(['supported']);
    expect(membership(rutte.replace('over 70', 'over 80'), 'Turkey has been a strong NATO ally for over 80 years', '2025-08-19')).toEqual([
      'contradicted',
    ]);
    // The same words on another wire: "Türkiye has been a strong NATO Ally for more than 70 years".
    const other =
      '“Türkiye has been a strong NATO Ally for more than 70 years, making invaluable contributions to our shared security,” Rutte said.';
    expect(verdictsOn(other, 'for more than 70 years', '2025-08-19')).toEqual(['supported']);
  });

  it('supports "the country has been a key member of the alliance for more than 70 years", Türkiye named just before', () => {
    // https://www.hurriyetdailynews.com/nato-to-hold-2026-summit-at-bestepe-on-july-7-8-212729 (k067, heldout6)
    const text =
      'The alliance’s secretary-general, Mark Rutte, confirmed the decision on Aug. 19 and thanked Türkiye for hosting. He underscored that the country has been a key member of the alliance for more than 70 years.';
    expect(verdictsOn(text, 'for more than 70 years', '2025-08-20')).toEqual(['supported']);
    // Borrowed from the sentence before, a wrong count is not flagged (the country is not named in the sentence).
    expect(isRed(verdictsOn(text.replace('70', '80'), 'for more than 80 years', '2025-08-20'))).toBe(false);
  });

  it('flags a member named with more years than it has been in NATO, and leaves a looser, lower count alone', () => {
    const poland = 'Poland has been a NATO member for over 40 years, and it borders Ukraine.';
    expect(membership(poland, 'Poland has been a NATO member for over 40 years', '2024-05-01')).toEqual(['contradicted']);
    const lower = 'Turkey has been a member of NATO for more than 50 years.';
    expect(isRed(verdictsOn(lower, 'for more than 50 years', '2025-08-19'))).toBe(false);
    // The alliance's own age is still the alliance's.
    const nato = 'NATO has kept Europe safe for over 75 years.';
    expect(verdictsOn(nato, 'for over 75 years', '2025-08-19')).toEqual(['supported']);
    // A hypothetical is not said as fact.
    const would = 'If Poland had been a NATO member for over 40 years, history would differ.';
    expect(isRed(verdictsOn(would, 'for over 40 years', '2024-05-01'))).toBe(false);
  });

  it("supports the anniversaries of a member's accession", () => {
    // https://www.trtworld.com/article/17031173 (18 February 2024)
    const trt = "The Turkish National Defence Ministry has commemorated Türkiye's 72nd anniversary of joining NATO.";
    expect(membership(trt, '72nd anniversary of joining NATO', '2024-02-18')).toEqual(['supported']);
    // https://www.dailysabah.com/politics/diplomacy/turkey-marks-70-years-of-nato-membership-expects-allies-unity (February 2022)
    const sabah = 'Turkey on Friday marked the 70th anniversary of its membership in NATO.';
    expect(membership(sabah, '70th anniversary of its membership in NATO', '2022-02-18')).toEqual(['supported']);
    // m030 (heldout3, March 2019): a headline, the members named after it (Poland, Hungary and the Czech Republic joined in 1999).
    const v4 =
      'V4 heads of government to celebrate 20th anniversary of NATO accession in Warsaw\n\nHungary, the Czech Republic and Poland joined the North Atlantic Treaty Organization on 12 March 1999, while Slovakia in 2004.';
    expect(membership(v4, '20th anniversary of NATO accession', '2019-03-09')).toEqual(['supported']);
    // Another year's anniversary is never flagged (it may be told ahead of the day).
    expect(isRed(verdictsOn(trt.replace('72nd', '75th'), '75th anniversary of joining NATO', '2024-02-18'))).toBe(false);
  });
});

describe('accessions told as admitted, added or accepted', () => {
  it('supports "North Macedonia which was added to organisation on 27th March 2020" (topprsiq.com, June 2021) and flags a wrong date', () => {
    // http://www.topprsiq.com/nato-summit-or-brussels-summit-2021/ (q017)
    const text =
      'Members of Alliance\n\nOriginally, The Atlantic Alliance had 12 members which has increased to 30 now. Most recent member state is North Macedonia which was added to organisation on 27th March 2020.';
    expect(membership(text, 'North Macedonia which was added to organisation on 27th March 2020', '2021-06-20')).toEqual(['supported']);
    expect(
      membership(text.replace('2020.', '2019.'), 'North Macedonia which was added to organisation on 27th March 2019', '2021-06-20'),
    ).toEqual(['contradicted']);
  });

  it('supports "Croatia and Albania officially became members of the alliance on April 1" and "was admitted into NATO"', () => {
    // https://giftpals.com/events/item/2009-croatia-and-albania-join-nato-a-historic-moment
    const gift =
      'The year 2009 marked a significant milestone in the history of NATO as Croatia and Albania officially became members of the alliance on April 1, 2009.';
    expect(membership(gift, 'Albania officially became members of the alliance on April 1, 2009', '2024-01-01')).toEqual(['supported']);
    const admitted = 'Montenegro was admitted into NATO on 5 June 2017.';
    expect(membership(admitted, 'Montenegro was admitted into NATO on 5 June 2017', '2024-01-01')).toEqual(['supported']);
    expect(membership(admitted.replace('2017', '2016'), 'Montenegro was admitted into NATO on 5 June 2016', '2024-01-01')).toEqual([
      'contradicted',
    ]);
  });

  it('does not read "the organisation" as NATO when another body is named', () => {
    const eu = 'Croatia was admitted to the organisation on 1 July 2013, the European Union said.';
    expect(isRed(verdictsOn(eu, 'Croatia was admitted to the organisation on 1 July 2013', '2021-06-20'))).toBe(false);
    const noNato = 'Croatia was added to the organisation on 1 July 2013.';
    expect(isRed(verdictsOn(noNato, 'Croatia was added to the organisation on 1 July 2013', '2021-06-20'))).toBe(false);
  });
});

describe('"our Nth member" said by the alliance', () => {
  // https://skopjediem.com/2020/04/02/macedonia-to-participate-in-nato-meeting-of-foreign-ministers/ (q007)
  const skopje =
    'NATO Sec Gen Jens Stoltenberg informed that the NATO foreign ministers are to discuss the ongoing Covid-19 situation. “Tomorrow, we will welcome the Republic of North Macedonia as our thirtieth member at this ministerial. So even in difficult times, we continue to look forward,” Stoltenberg said.';

  it('supports it when NATO is named before, and flags a wrong ordinal', () => {
    expect(membership(skopje, 'as our thirtieth member', '2020-04-01')).toEqual(['supported']);
    expect(membership(skopje.replace('thirtieth', 'thirty-first'), 'as our thirty-first member', '2020-04-01')).toEqual(['contradicted']);
    // "we will welcome Finland as the thirty-first member of our Alliance" (Stoltenberg, 4 April 2023)
    const finland = 'Because in a few hours, we will welcome Finland as the thirty-first member of our Alliance.';
    expect(membership(finland, 'thirty-first member of our Alliance', '2023-04-04')).toEqual(['supported']);
  });

  it('does not read "our" as NATO after another club', () => {
    const eu = 'The EU summit opened. “We will welcome Croatia as our 28th member,” the Commission president said.';
    expect(isRed(verdictsOn(eu, 'as our 28th member', '2013-06-28'))).toBe(false);
  });
});

describe('applications submitted', () => {
  it('supports "submitted membership applications simultaneously in May of last year" (thenewsline.net, April 2023) and flags a wrong month', () => {
    // https://thenewsline.net/2023/04/finland-officially-becomes-31st-member-of-nato/ (q030)
    const text =
      'Sweden and Finland, which share an 830-mile border with Russia, submitted membership applications simultaneously in May of last year, abandoning decades of military neutrality to pursue security as NATO members.';
    expect(membership(text, 'submitted membership applications simultaneously in May', '2023-04-05')).toEqual(['supported']);
    const wrong =
      'Sweden and Finland submitted membership applications simultaneously in March 2021, abandoning decades of military neutrality to pursue security as NATO members.';
    expect(membership(wrong, 'submitted membership applications simultaneously in March 2021', '2023-04-05')).toEqual(['contradicted']);
  });

  it('supports "the two countries submitted their membership requests" (CTV News, 18 May 2022)', () => {
    // https://www.ctvnews.ca/world/finland-sweden-officially-apply-for-nato-membership-1.5908261
    const ctv = 'NATO said Finland and Sweden submitted their membership requests on 18 May 2022.';
    expect(membership(ctv, 'submitted their membership requests on 18 May 2022', '2022-05-19')).toEqual(['supported']);
  });

  it('does not flag another request', () => {
    const other = 'Finland and Sweden submitted their requests for weapons in March 2021, NATO officials said.';
    expect(isRed(verdictsOn(other, 'submitted their requests', '2023-04-05'))).toBe(false);
  });
});

describe('NATO\'s anniversary told with "its"', () => {
  it('supports "NATO’s professed message of unity at its 70th anniversary celebration in England" (AP, December 2019)', () => {
    // https://www.avpress.com/news/newsline/trump-mars-unity-message-at-nato-meeting/article_6b4142a6-1721-11ea-8082-bf5e36a9ff53.html (q005)
    const ap =
      'WATFORD, England (AP) — Aiming to play the role of global statesman, President Donald Trump instead shattered NATO’s professed message of unity at its 70th anniversary celebration in England and put his differences on display.';
    expect(verdictsOn(ap, 'its 70th anniversary', '2019-12-04')).toEqual(['supported']);
    const marks = 'Leaders of the alliance, which marks its 75th anniversary this year, met in Washington.';
    expect(verdictsOn(marks, 'its 75th anniversary', '2024-07-09')).toEqual(['supported']);
    // "its" is never sure enough for a red flag.
    expect(isRed(verdictsOn(ap.replace('70th', '75th'), 'its 75th anniversary', '2019-12-04'))).toBe(false);
  });

  it('does not read a member’s anniversary as NATO’s', () => {
    const turkey = 'At NATO, the ministry said Türkiye celebrates its 72nd anniversary in the alliance this week.';
    expect(kindOn('figure', turkey, 'its 72nd anniversary', '2024-02-18')).toEqual([]);
    const eu = 'NATO leaders met as the European Union marked its 30th anniversary.';
    expect(kindOn('figure', eu, 'its 30th anniversary', '2023-11-01')).toEqual([]);
  });
});

describe('the allies counted as member states and as democracies', () => {
  it('supports "the Heads of State and Government of the 30 Member States" (Atalayar, of the Madrid summit, July 2022)', () => {
    // https://www.atalayar.com/en/opinion/jose-antonio-yturriaga/outcome-nato-summit-madrid/20220703103603136577.html (q023)
    const text =
      'The 30th NATO Summit Conference was held in Madrid from 28 to 30 June 2022, attended by the Heads of State and Government of the 30 Member States, their colleagues from Australia, South Korea, Japan and New Zealand.';
    expect(membership(text, 'of the 30 Member States', '2022-07-03')).toEqual(['supported']);
  });

  it('supports "30 of the world’s strongest democracies" (Stoltenberg, June 2021)', () => {
    // https://www.aljazeera.com (q015, Brussels summit, June 2021)
    const text =
      'Jens Stoltenberg, NATO Secretary General: “The countries around this table are 30 of the world’s strongest democracies representing almost 1 billion people.”';
    expect(membership(text, '30 of the world’s strongest democracies', '2021-06-14')).toEqual(['supported']);
  });

  it('does not count another club’s member states', () => {
    const eu = 'NATO and the European Union met in Brussels. The 27 member states agreed on sanctions.';
    expect(membership(eu, 'The 27 member states', '2023-03-01')).toEqual([]);
  });
});

describe('a founder said as a founding country, nation or founder', () => {
  it('supports "Portugal is a founding country of NATO" (May 2023) and flags a later member called one', () => {
    // q031 (heldout7, the Portuguese prime minister, May 2023)
    const text = '“Portugal is a founding country of NATO and remains faithful to the commitments it has assumed,” he said.';
    expect(membership(text, 'Portugal is a founding country of NATO', '2023-05-19')).toEqual(['supported']);
    expect(membership(text.replace('Portugal', 'Greece'), 'Greece is a founding country of NATO', '2023-05-19')).toEqual(['contradicted']);
    const nations = 'Belgium was one of the founding nations of the alliance, NATO says.';
    expect(membership(nations, 'Belgium was one of the founding nations of the alliance', '2023-05-19')).toEqual(['supported']);
    const cofounder = 'Norway, a co-founder of NATO, borders Russia.';
    expect(membership(cofounder, 'Norway, a co-founder of NATO', '2023-05-19')).toEqual(['supported']);
  });

  it('does not flag a founder of something else', () => {
    const eu = 'Spain, one of the founders of the European defence policy, met NATO allies.';
    expect(isRed(verdictsOn(eu, 'Spain, one of the founders', '2023-05-19'))).toBe(false);
  });
});
