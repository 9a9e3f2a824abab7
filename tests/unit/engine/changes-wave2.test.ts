// Office changes told as events, and sanctions, on sentences from real articles
// (tests/fixtures/real/heldout2.jsonl). Office changes are confirmed when the fact base has the
// tenure end or start within days of the article's date; none is ever a red flag.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('office changes told as events', () => {
  it('a resignation accepted on the day the tenure ends', () => {
    // https://www.dw.com/en/ukraine-updates-putin-says-russia-ready-for-talks-with-kyiv/live-70138979 (2024-09-05)
    const dw = "Ukraine's Parliament has accepted the resigation of Foreign Minister Dmytro Kuleba.";
    expect(verdictsOn(dw, 'resigation of Foreign Minister Dmytro Kuleba', '2024-09-05')).toContain('supported');
    // https://dailywrap.uk/ukrainian-government-shake-up-kuleba-resigns-sybiha-nominated,7067787326150273a (2024-09-05)
    const wrap =
      "On Thursday, the Ukrainian parliament accepted Dmytro Kuleba's resignation from the position of Minister of Foreign Affairs.";
    expect(verdictsOn(wrap, "Dmytro Kuleba's resignation", '2024-09-05')).toContain('supported');
    // A year later the same words are about no change the fact base knows: nothing confirmed, nothing flagged.
    const later = verdictsOn(wrap, "Dmytro Kuleba's resignation", '2025-09-05');
    expect(later).not.toContain('supported');
    expect(isRed(later)).toBe(false);
  });

  it('a successor proposed "as the new foreign minister" who took office within days', () => {
    // https://www.dw.com/en/ukraine-updates-putin-says-russia-ready-for-talks-with-kyiv/live-70138979 (2024-09-05)
    const dw = "Zelenskyy proposed Kuleba's first deputy, Andrii Sybiha, as the new foreign minister pending parliamentary approval.";
    expect(verdictsOn(dw, 'Andrii Sybiha, as the new foreign minister', '2024-09-05')).toContain('supported');
    // Someone who never held the office is not confirmed, nor flagged.
    const other = 'Zelenskyy proposed his adviser, Andriy Yermak, as the new foreign minister pending parliamentary approval.';
    const v = verdictsOn(other, 'Andriy Yermak, as the new foreign minister', '2024-09-05');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });

  it('"two days after assuming the role of NATO Secretary General": a start two days before the article', () => {
    // https://www.dw.com/en/nato-chief-mark-rutte-visits-kyiv/a-70395564 (2024-10-03)
    const dw =
      'Former Dutch Prime Minister Mark Rutte arrived in the Ukrainian capital, Kyiv, on Thursday — two days after assuming the role of NATO Secretary General.';
    expect(verdictsOn(dw, 'two days after assuming the role of NATO Secretary General', '2024-10-03')).toContain('supported');
    // Three weeks on, "two days after" does not fit the start: not confirmed, not flagged.
    const late = verdictsOn(dw, 'two days after assuming the role of NATO Secretary General', '2024-10-24');
    expect(late).not.toContain('supported');
    expect(isRed(late)).toBe(false);
  });

  it('"the transatlantic security alliance’s leader since 2014": NATO’s secretary general by description', () => {
    // https://www.deccanherald.com/international/world-news-politics/nato-agrees-to-extend-boss-stoltenbergs-term-by-a-year-1233828.html (2023-07-04)
    const dh =
      'NATO decided on Tuesday to extend Secretary General Jens Stoltenberg’s contract by a further year.\n\n' +
      'Stoltenberg, a former prime minister of Norway, has been the transatlantic security alliance’s leader since 2014 and his tenure had already been extended three previous times.';
    expect(verdictsOn(dh, 'has been the transatlantic security alliance’s leader since 2014', '2023-07-04')).toContain('supported');
    // A wrong year is flagged since the thirteenth round: NATO is named in the sentence before, so "the alliance" is its.
    const wrong = dh.replace('since 2014', 'since 2016');
    expect(verdictsOn(wrong, 'has been the transatlantic security alliance’s leader since 2016', '2023-07-04')).toContain('contradicted');
    // With no NATO named around it, "the alliance" may be another, and a wrong year is left alone.
    const alone = wrong.replace(
      'NATO decided on Tuesday to extend Secretary General Jens Stoltenberg’s contract by a further year.\n\n',
      '',
    );
    expect(isRed(verdictsOn(alone, 'has been the transatlantic security alliance’s leader since 2016', '2023-07-04'))).toBe(false);
  });

  it('"was sworn in on Saturday as Hungary’s new prime minister"', () => {
    // https://modeldiplomat.com/story/péter-magyar-takes-power-as-orbáns-era-ends-in-budapest (2026-05-09)
    const md =
      'Péter Magyar was sworn in on Saturday as Hungary’s new prime minister, formally ending Viktor Orbán’s 16-year run after a decisive election defeat.';
    expect(verdictsOn(md, 'Péter Magyar was sworn in on Saturday as Hungary’s new prime minister', '2026-05-09')).toContain('supported');
  });

  it('"formally ending Viktor Orbán’s 16-year run": a tenure of that length ending on the day', () => {
    // https://modeldiplomat.com/story/péter-magyar-takes-power-as-orbáns-era-ends-in-budapest (2026-05-09)
    const md =
      'Péter Magyar was sworn in on Saturday as Hungary’s new prime minister, formally ending Viktor Orbán’s 16-year run after a decisive election defeat.';
    expect(verdictsOn(md, 'formally ending Viktor Orbán’s 16-year run', '2026-05-09')).toContain('supported');
    // Another length is not confirmed, nor flagged.
    const v = verdictsOn(md.replace('16-year', '12-year'), 'formally ending Viktor Orbán’s 12-year run', '2026-05-09');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });

  it('"High Representative and Vice President Josep Borrell"', () => {
    // https://www.einpresswire.com/article/625117570/secretary-blinken-s-travel-to-belgium (2023-03-31)
    const state =
      'Secretary Blinken will have bilateral meetings with European Union High Representative and Vice President Josep Borrell, NATO Secretary General Jens Stoltenberg, and Ukrainian Foreign Minister Dmytro Kuleba.';
    expect(verdictsOn(state, 'European Union High Representative and Vice President Josep Borrell', '2023-03-31')).toContain('supported');
  });
});

describe('a predecessor named a sentence after the successor', () => {
  it('"maligned by predecessor Donald Trump", Biden named in the sentence before', () => {
    // https://www.kjrh.com/news/world/biden-arrives-at-nato-summit-for-talks-with-european-north-american-allies (2021-06-14)
    const ap =
      'BRUSSELS — President Joe Biden has made his entrance at a NATO summit in Brussels.\n\nDuring the conference this week, he’ll also highlight the U.S. commitment to the 30-country alliance that was frequently maligned by predecessor Donald Trump.';
    expect(verdictsOn(ap, 'predecessor Donald Trump', '2021-06-14')).toContain('supported');
    // Someone who did not follow Trump in an office is no successor of his: nothing confirmed.
    const other = ap.replace('President Joe Biden', 'Chancellor Angela Merkel');
    expect(verdictsOn(other, 'predecessor Donald Trump', '2021-06-14')).not.toContain('supported');
  });
});

describe('the foreign minister as "the head of the Ukrainian diplomacy"', () => {
  it('with the name misspelt after it', () => {
    // https://www.stiripesurse.ro/second-day-of-nato-ministerial-meetings-in-bucharest_2680875.html (2022-11-30)
    const text =
      'The Ministers of Foreign Affairs welcomed, in the joint Statement, the presence of the head of the Ukrainian diplomacy, Dmitro Kuleba, in Bucharest, on the first day of the NATO Ministerial.';
    expect(verdictsOn(text, 'the head of the Ukrainian diplomacy, Dmitro Kuleba', '2022-11-30')).toContain('supported');
  });
});

describe('"the chief of Russia’s Federal Security Service"', () => {
  it('is the FSB’s director', () => {
    // https://www.sandiegouniontribune.com/news/nation-world/story/2020-10-15/eu-imposes-sanctions-on-6-russians-over-navalny-poisoning (2020-10-15)
    const ap =
      'Those hit by the sanctions, which consist of an asset freeze and travel bans in Europe, include Alexander Bortnikov, the chief of Russia’s Federal Security Service, the top KGB successor agency that is in charge of domestic security.';
    expect(verdictsOn(ap, 'Alexander Bortnikov, the chief of Russia’s Federal Security Service', '2020-10-15')).toContain('supported');
  });
});

describe('"Kremlin aide Yury Ushakov"', () => {
  it('Putin’s foreign-policy aide since May 2012', () => {
    // https://www.newsbytesapp.com/news/world/trump-says-he-will-meet-with-putin-in-budapest/story (2025-10-17)
    const nb =
      'Putin instantly backed Trump\'s idea of holding a summit in Budapest, according to Kremlin aide Yury Ushakov, who described the talk between the two leaders as "highly informative and extremely frank."';
    expect(verdictsOn(nb, 'Kremlin aide Yury Ushakov', '2025-10-17')).toContain('supported');
  });
});

describe('sanctions told as events', () => {
  it('"The February 19 approval of the sanctions": the ambassadors’ agreement on the package named before', () => {
    // https://sofiaglobe.com/2025/02/19/ambassadors-from-eu-countries-adopt-16th-package-of-sanctions-on-russia/ (2025-02-19)
    const sg =
      'Close to the third anniversary of the February 24 2022 Russian full-scale invasion of Ukraine, ambassadors of EU states have adopted the 16th package of sanctions against Moscow.\nThe February 19 approval of the sanctions comes a day after Russia and the United States began talks in Riyadh billed as aimed at paving the way for an end to the war.';
    expect(verdictsOn(sg, 'The February 19 approval of the sanctions', '2025-02-19')).toContain('supported');
    // A day weeks before the adoption is no agreement on it: nothing confirmed, nothing flagged.
    const early = sg.replace('February 19 approval', 'January 9 approval');
    const v = verdictsOn(early, 'The January 9 approval of the sanctions', '2025-02-19');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });

  it('"the new package include[s] ... a ban on the import of aluminum": the package named in the sentences before', () => {
    // https://sofiaglobe.com/2025/02/19/ambassadors-from-eu-countries-adopt-16th-package-of-sanctions-on-russia/ (2025-02-19)
    const sg =
      'Ambassadors of EU states have adopted the 16th package of sanctions against Moscow.\nSome of the measures in the new package include sanctions against 73 more ships from Putin’s shadow fleet, the exclusion of 13 more Russian banks from the international SWIFT banking system, and a ban on the import of aluminum from Russia.';
    expect(verdictsOn(sg, 'a ban on the import of aluminum from Russia', '2025-02-19')).toContain('supported');
    // Goods the package's record does not name: left alone.
    const v = verdictsOn(sg.replace('aluminum', 'gold'), 'a ban on the import of gold from Russia', '2025-02-19');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });

  it('the economic sanctions "first introduced in 2014", "On 31 July 2014, the Council adopted Decision 2014/512/CFSP"', () => {
    // https://www.einpresswire.com/article/684683979/russia-s-war-of-aggression-against-ukraine-council-renews-economic-sanctions-for-a-further-6-months (2024-01-29)
    const council =
      'The Council today renewed for a further 6 months its restrictive measures in view of the Russian Federation’s continuing actions destabilising the situation in Ukraine, until 31 July 2024.\n\nThese sanctions, first introduced in 2014 in response to Russia’s actions destabilising the situation in Ukraine, were significantly expanded since February 2022 in response to Russia’s unprovoked, unjustified and illegal military aggression against Ukraine.\n\nThey currently consist of a broad spectrum of sectoral measures, including restrictions on trade, finance, technology and dual-use goods, industry, transport and luxury goods. They also cover: a ban on the import or transfer of seaborne crude oil and certain petroleum products from Russia to the EU, a de-SWIFTing of several Russian banks and the suspension of the broadcasting activities and licenses of several Kremlin-backed disinformation outlets. Additionally, specific measures were introduced to strengthen the ability of the EU to counter sanctions circumvention.\n\nAs long as the illegal actions by the Russian Federation continue to violate the prohibition on the use of force, which is a serious breach of obligations under international law, it is appropriate to maintain in force all the measures imposed by the EU and to take additional measures, if necessary.\n\nBackground\n\nOn 31 July 2014, the Council adopted Decision 2014/512/CFSP concerning restrictive measures in view of Russia’s actions destabilising the situation in Ukraine.';
    expect(verdictsOn(council, 'These sanctions, first introduced in 2014', '2024-01-29')).toContain('supported');
    expect(verdictsOn(council, 'On 31 July 2014, the Council adopted Decision 2014/512/CFSP', '2024-01-29')).toContain('supported');
    // Another year or day is left alone.
    const wrong = council.replace('first introduced in 2014', 'first introduced in 2016').replace('On 31 July 2014', 'On 31 May 2015');
    for (const quote of ['These sanctions, first introduced in 2016', 'On 31 May 2015, the Council adopted']) {
      const v = verdictsOn(wrong, quote, '2024-01-29');
      expect(v).not.toContain('supported');
      expect(isRed(v)).toBe(false);
    }
  });

  it('the day a package was adopted, written before it in the sentence', () => {
    // https://www.squirepattonboggs.com/en/insights/publications/2024/02/eu-agrees-on-13th-package-of-sanctions-on-russia-in-time-for-the-conflicts-two-year-anniversary (2024-02-26)
    const spb =
      'On February 23, 2024, coinciding with the two-year anniversary of the start of the conflict between Russia and Ukraine, the European Council published its 13th package of sanctions against Russia, concerning restrictive measures in view of Russia’s actions destabilizing the situation in Ukraine.';
    expect(verdictsOn(spb, 'On February 23, 2024', '2024-02-26')).toContain('supported');
  });

  it('the listings over Navalny’s poisoning: six individuals and one organisation, October 2020', () => {
    // https://www.novinite.com/articles/206182/EU+Agrees+to+Sanction+Russian+Officials+over+the+Poisoning+of+Navalny (2020-10-14)
    const dpa =
      'At a meeting in Brussels EU ambassadors agreed to sanction six individuals and one organization from Russia over the poisoning of leading opposition figure Alexei Navalny.';
    expect(verdictsOn(dpa, 'six individuals', '2020-10-14')).toContain('supported');
    // https://www.sandiegouniontribune.com/news/nation-world/story/2020-10-15/eu-imposes-sanctions-on-6-russians-over-navalny-poisoning (2020-10-15)
    const ap =
      'The European Union and Britain imposed sanctions Thursday on six Russians, some among the highest-ranked officials in the nation, and a state research institute over the nerve agent poisoning of Russian opposition leader Alexei Navalny.';
    expect(verdictsOn(ap, 'six Russians', '2020-10-15')).toContain('supported');
    // A count the listings did not have is not confirmed, and not flagged.
    const wrong = verdictsOn(ap.replace('six Russians', 'nine Russians'), 'nine Russians', '2020-10-15');
    expect(wrong).not.toContain('supported');
    expect(isRed(wrong)).toBe(false);
    // Before the foreign ministers agreed on them, there were no such listings to confirm.
    expect(verdictsOn(dpa, 'six individuals', '2020-09-30')).not.toContain('supported');
  });

  it('what the 12th package bans: Russian diamonds', () => {
    // https://insightnews.media/russian-diamonds-ban-eu-approved-12th-package-of-sanctions-against-russia/amp (2023-12-18)
    const text =
      'On December 18, the Council of the European Union finalized the process of adopting the twelfth package of sanctions against Russia. The 12th package of sanctions includes a ban on the direct or indirect import, purchase, or transfer of diamonds from Russia.';
    expect(
      verdictsOn(text, 'a ban on the direct or indirect import, purchase, or transfer of diamonds from Russia', '2023-12-18'),
    ).toContain('supported');
    // Goods the record of that package does not name are left alone.
    const other = text.replace('diamonds from Russia', 'propane from Russia').replace('The 12th', 'The 11th');
    const v = verdictsOn(other, 'transfer of propane from Russia', '2023-12-18');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });

  it('the six-monthly renewal of the EU’s economic sanctions, until 31 July', () => {
    // https://www.einpresswire.com/article/684683979/russia-s-war-of-aggression-against-ukraine-council-renews-economic-sanctions-for-a-further-6-months (2024-01-29)
    const council =
      'The Council today renewed for a further 6 months its restrictive measures in view of the Russian Federation’s continuing actions destabilising the situation in Ukraine, until 31 July 2024.';
    expect(verdictsOn(council, 'renewed for a further 6 months', '2024-01-29')).toContain('supported');
    expect(verdictsOn(council, 'until 31 July 2024', '2024-01-29')).toContain('supported');
    // Another end date is not confirmed, and not flagged.
    const wrong = council.replace('31 July 2024', '31 August 2024');
    const v = verdictsOn(wrong, 'until 31 August 2024', '2024-01-29');
    expect(v).not.toContain('supported');
    expect(isRed(v)).toBe(false);
  });
});
