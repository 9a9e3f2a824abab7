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

  it('reads the years in apposition and after "which has been"', () => {
    const greece = 'Greece, a NATO member for more than 70 years, hosts allied bases.';
    expect(membership(greece, 'Greece, a NATO member for more than 70 years', '2024-05-01')).toEqual(['supported']);
    const norway = 'Norway, which has been a member of NATO for 75 years, borders Russia.';
    expect(membership(norway, 'Norway, which has been a member of NATO for 75 years', '2024-05-01')).toEqual(['supported']);
    const poland = 'Poland, a NATO ally for over 40 years, borders Ukraine.';
    expect(membership(poland, 'Poland, a NATO ally for over 40 years', '2024-05-01')).toEqual(['contradicted']);
    // A partner's years are not a member's.
    const sweden = 'Sweden, a close partner for over 30 years, joined NATO.';
    expect(isRed(verdictsOn(sweden, 'for over 30 years', '2024-05-01'))).toBe(false);
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
    // With no year right after it, another count is only context; with NATO the owner and a year right after, a red flag.
    expect(isRed(verdictsOn(ap.replace('70th', '75th'), 'its 75th anniversary', '2019-12-04'))).toBe(false);
    const wrong = 'Trump shattered NATO’s message of unity at its 75th anniversary in 2019.';
    expect(kindOn('figure', wrong, 'its 75th anniversary in 2019', '2024-08-01').map((a) => a.verdict)).toEqual(['contradicted']);
  });

  it('does not read a member’s anniversary as NATO’s', () => {
    const turkey = 'At NATO, the ministry said Türkiye celebrates its 72nd anniversary in the alliance this week.';
    expect(kindOn('figure', turkey, 'its 72nd anniversary', '2024-02-18')).toEqual([]);
    const eu = 'NATO leaders met as the European Union marked its 30th anniversary.';
    expect(kindOn('figure', eu, 'its 30th anniversary', '2023-11-01')).toEqual([]);
    // One of NATO's own bodies, or a name between NATO and "its".
    const pfp = "NATO's Partnership for Peace marked its 25th anniversary in 2019.";
    expect(isRed(verdictsOn(pfp, 'its 25th anniversary in 2019', '2024-08-01'))).toBe(false);
    const mission = 'NATO’s mission marked its 20th anniversary in 2019.';
    expect(isRed(verdictsOn(mission, 'its 20th anniversary in 2019', '2024-08-01'))).toBe(false);
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

describe('the invitation in other words', () => {
  it('supports "gave the go-ahead for Finland and Sweden to join the Organisation" in a report on the Madrid summit (Atalayar, July 2022)', () => {
    // https://www.atalayar.com/en/opinion/jose-antonio-yturriaga/outcome-nato-summit-madrid/20220703103603136577.html (q023)
    const text =
      'The 30th NATO Summit Conference was held in Madrid from 28 to 30 June 2022, attended by the Heads of State and Government of the 30 Member States.\nDespite the negative omens, the summit took place as normal, and was a success for Spain. The meeting adopted a new Concept for the next 10 years and a Political Declaration, gave the go-ahead for Finland and Sweden to join the Organisation, and restored the transatlantic link between NATO and the United States.';
    expect(membership(text, 'gave the go-ahead for Finland and Sweden to join', '2022-07-03')).toEqual(['supported']);
  });

  it('supports "agreed Wednesday to formally invite Finland and Sweden to join" and "invited Finland and Sweden into the alliance" (29 June 2022), and flags a wrong year', () => {
    // https://uaport.net/en/news/ua/t/2206/29/6668853 (Kuwait Times, 29 June 2022)
    const kuwait =
      'Madrid: NATO leaders agreed Wednesday to formally invite Finland and Sweden to join the alliance after Turkey struck a deal.';
    expect(membership(kuwait, 'invite Finland and Sweden to join', '2022-06-29')).toEqual(['supported']);
    // Invited "into the alliance" (a wording several wires used on 29 June 2022; this sentence is our own).
    const into = 'NATO formally invited Finland and Sweden into the alliance on Wednesday at its Madrid summit.';
    expect(membership(into, 'invited Finland and Sweden into the alliance', '2022-06-29')).toEqual(['supported']);
    const wrong = 'In July 2023, NATO formally invited Finland and Sweden into the alliance.';
    expect(membership(wrong, 'invited Finland and Sweden into the alliance', '2024-01-03')).toEqual(['contradicted']);
  });

  it('never flags a go-ahead, which may be a ratification’s promise', () => {
    const turkey = 'In July 2023, Turkey gave the green light for Sweden to join the alliance, NATO said.';
    expect(isRed(verdictsOn(turkey, 'gave the green light for Sweden to join', '2024-01-03'))).toBe(false);
  });
});

describe('a member said to be seeking to join', () => {
  it('flags "Recently, Finland and Sweden have expressed interest in joining NATO" in December 2023 (Finland joined in April)', () => {
    // r055 (expected.jsonl, an explainer of 27 December 2023), its bulleted list read as one sentence.
    const text =
      "- Montenegro became a member in 2017, followed by North Macedonia in 2020. - Recently, Finland and Sweden have expressed interest in joining NATO. - NATO's headquarters is situated in Brussels, Belgium.";
    expect(membership(text, 'Finland and Sweden have expressed interest in joining NATO', '2023-12-27')).toEqual(['outdated']);
    // Before Finland joined it was so.
    expect(isRed(verdictsOn(text, 'Finland and Sweden have expressed interest in joining NATO', '2022-12-27'))).toBe(false);
  });

  it('flags "Finland wants to join NATO" and "Finland, which is seeking to join the alliance" said of now, not of a time told', () => {
    expect(membership('Finland wants to join NATO, its neighbours say.', 'Finland wants to join NATO', '2024-06-01')).toEqual(['outdated']);
    expect(
      membership(
        'Finland, which is seeking to join the alliance, borders Russia.',
        'Finland, which is seeking to join the alliance',
        '2024-06-01',
      ),
    ).toEqual(['outdated']);
    // A time told in the sentence is the claim's.
    const then = 'In April 2022, Finland wants to join NATO, Marin said.';
    expect(isRed(verdictsOn(then, 'Finland wants to join NATO', '2024-06-01'))).toBe(false);
    // Not yet a member on the day: nothing here.
    const sweden = 'Sweden, which is seeking to join NATO, held talks with Turkey.';
    expect(isRed(verdictsOn(sweden, 'Sweden, which is seeking to join NATO', '2023-12-27'))).toBe(false);
    // A hypothetical.
    const would = 'If Finland wants to join NATO, it must apply.';
    expect(isRed(verdictsOn(would, 'Finland wants to join NATO', '2024-06-01'))).toBe(false);
    // Something of NATO's to join is not NATO.
    expect(isRed(verdictsOn("Finland wants to join NATO's Nordic air command.", 'Finland wants to join NATO', '2024-08-01'))).toBe(false);
    expect(isRed(verdictsOn('Sweden wants to join NATO exercises in the north.', 'Sweden wants to join NATO', '2024-08-01'))).toBe(false);
    // Weeks after the accession, news may lag: nothing.
    expect(isRed(verdictsOn('Finland wants to join NATO, its neighbours say.', 'Finland wants to join NATO', '2023-04-20'))).toBe(false);
  });
});

describe('the count an accession brought, after "grew to N members"', () => {
  it('supports "expanded to 32 members with Sweden’s accession" and flags another count', () => {
    const text = "NATO expanded to 32 members with Sweden's accession.";
    expect(membership(text, 'expanded to 32 members', '2025-08-01')).toEqual(['supported']);
    expect(membership(text.replace('32', '31'), 'expanded to 31 members', '2025-08-01')).toEqual(['contradicted']);
    const of = 'NATO grew to 31 members with the accession of Finland in April 2023.';
    expect(membership(of, 'grew to 31 members', '2025-08-01')).toEqual(['supported']);
    const when = 'NATO grew to 29 members when North Macedonia joined in 2020.';
    expect(membership(when, 'grew to 29 members', '2025-08-01')).toEqual(['contradicted']);
  });

  it('leaves a count since an accession alone (others may have joined since)', () => {
    const since = "NATO has grown to 32 members since Finland's accession.";
    expect(isRed(verdictsOn(since, 'grown to 32 members', '2025-08-01'))).toBe(false);
  });
});

describe('an ordinal among some of the members', () => {
  it('does not flag "the 14th country to join NATO after the end of the Cold War" (regtrends.com, March 2020)', () => {
    // https://regtrends.com/en/2020/03/31/north-macedonia-becomes-natos-30th-member/
    const text =
      'NATO has accepted North Macedonia as its 30th member. North Macedonia became the 14th country to join NATO after the end of the Cold War.';
    expect(isRed(verdictsOn(text, 'North Macedonia became the 14th country', '2020-03-31'))).toBe(false);
    // All of them since the founding is still the whole count.
    const all = 'Finland became the 30th member of NATO since its founding.';
    expect(membership(all, 'Finland became the 30th member of NATO', '2023-05-01')).toEqual(['contradicted']);
  });
});

describe('all the members counted as "the N countries of NATO" and "NATO, whose N members"', () => {
  it('supports the count of the day and flags a stale one', () => {
    const of = 'The 32 countries of NATO met in The Hague.';
    expect(membership(of, 'The 32 countries of NATO', '2025-06-25')).toEqual(['supported']);
    expect(membership(of.replace('32', '31'), 'The 31 countries of NATO', '2025-06-25')).toEqual(['outdated']);
    const whose = 'NATO, whose 32 members agreed on a 5% target, met in The Hague.';
    expect(membership(whose, 'NATO, whose 32 members', '2025-06-25')).toEqual(['supported']);
    expect(membership(whose.replace('32', '31'), 'NATO, whose 31 members', '2025-06-25')).toEqual(['outdated']);
  });

  it('does not read some of them as all of them', () => {
    for (const text of [
      'The 16 countries of NATO bordering Russia or Belarus agreed.',
      'The 8 countries of NATO in the Nordic-Baltic region met.',
      'The 23 countries of NATO, which meet the target, were praised.',
      'The 23 countries of NATO have met the target.',
      'The 23 countries of NATO met the spending target.',
    ])
      expect(isRed(verdictsOn(text, 'countries of NATO', '2025-06-25'))).toBe(false);
  });
});

describe('an accession dated by a relative month or year', () => {
  it('confirms "Sweden became a full member of NATO last March" and "Finland joined NATO last year", never flags one', () => {
    expect(
      membership('Sweden became a full member of NATO last March.', 'Sweden became a full member of NATO last March', '2024-08-01'),
    ).toEqual(['supported']);
    expect(membership('Finland joined NATO last year.', 'Finland joined NATO last year', '2024-08-01')).toEqual(['supported']);
    expect(isRed(verdictsOn('Finland joined NATO last month.', 'Finland joined NATO last month', '2024-08-01'))).toBe(false);
  });
});

describe("Spain's ratification of North Macedonia's accession, the last of the 29 (a record added this round)", () => {
  it('supports "Spain became the last nation to ratify" and "the only member yet to ratify" before it did; outdated months after', () => {
    // https://www.defensenews.com/global/europe/2020/03/17/spanish-parliament-approves-north-macedonias-nato-membership-bid
    // ("the move made Spain the last country to approve"), m033 (heldout3): "Spain became the last nation to ratify".
    const last = "Spain became the last nation to ratify North Macedonia's accession protocol on 17 March 2020.";
    expect(membership(last, 'Spain became the last nation to ratify', '2020-03-19')).toEqual(['supported']);
    const only = "Spain is the only NATO member yet to ratify North Macedonia's accession protocol.";
    expect(membership(only, 'Spain is the only NATO member yet to ratify North Macedonia', '2020-03-10')).toEqual(['supported']);
    expect(membership(only, 'Spain is the only NATO member yet to ratify North Macedonia', '2020-06-01')).toEqual(['outdated']);
    // Within two weeks of the vote: nothing (the text may predate it).
    expect(isRed(verdictsOn(only, 'Spain is the only NATO member yet to ratify North Macedonia', '2020-03-19'))).toBe(false);
  });
});

describe('a month named May is no hypothetical', () => {
  it('flags "Finland applied to join NATO in May 2021" and "applied to join NATO in 2021" (it applied on 18 May 2022)', () => {
    expect(membership('Finland applied to join NATO in May 2021.', 'Finland applied to join NATO in May 2021', '2024-08-01')).toEqual([
      'contradicted',
    ]);
    expect(membership('Finland applied to join NATO in 2021.', 'Finland applied to join NATO in 2021', '2024-08-01')).toEqual([
      'contradicted',
    ]);
    expect(membership('Finland applied to join NATO in May 2022.', 'Finland applied to join NATO in May 2022', '2024-08-01')).toEqual([
      'supported',
    ]);
    // The modal still keeps a red flag away.
    expect(isRed(verdictsOn('Finland may have applied to join NATO in May 2021.', 'applied to join NATO in May 2021', '2024-08-01'))).toBe(
      false,
    );
  });
});
