// Officials named by title, told in real articles (held-out 10, read in the twelfth round), and the
// office data they are judged by. Each family is tested on the article's sentence, on sentences of
// the same kind from other pages (URLs in comments), with the fact changed (flagged where the claim
// is identified beyond doubt), and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('a peerage or knighthood between the title and the name', () => {
  // https://www.itv.com/news/2023-12-05/grant-shapps-the-world-cannot-give-up-and-get-bored-of-ukraine-war (held-out 10, w037)
  const w037 = 'The new Foreign Secretary Lord David Cameron has also been unable to put a number on it.';
  // https://www.gov.uk/government/news/uk-hosts-ukraine-defence-contact-group (held-out 10, w033, September 2023)
  const w033 =
    'The Defence Secretary attended the 15th meeting of the Ukraine Defence Contact Group at Ramstein, alongside Chief of the Defence Staff Admiral Sir Tony Radakin.';

  it("the article's sentences are confirmed", () => {
    expect(verdictsOn(w037, 'Foreign Secretary Lord David Cameron', '2023-12-05')).toEqual(['supported']);
    expect(verdictsOn(w033, 'Chief of the Defence Staff Admiral Sir Tony Radakin', '2023-09-19')).toEqual(['supported']);
  });

  it('other pages, other phrasings: a surname after the peerage, a knight with no rank', () => {
    // https://committees.parliament.uk/oralevidence/14047/html/ (January 2024): "Lord Cameron of Chipping Norton, Foreign Secretary"
    const committee = 'David Cameron gave evidence on Tuesday. Foreign Secretary Lord Cameron told the committee that aid would continue.';
    expect(verdictsOn(committee, 'Foreign Secretary Lord Cameron', '2024-01-09')).toEqual(['supported']);
    // https://www.lbc.co.uk/news/uk/sir-richard-knighton-tipped-chief-defence-staff-new (June 2025): "Prime Minister Sir Keir Starmer"
    expect(verdictsOn('Prime Minister Sir Keir Starmer said the UK would stand with Ukraine.', 'Keir Starmer', '2025-06-04')).toEqual([
      'supported',
    ]);
  });

  it('with the fact changed: the title after the holder left is outdated', () => {
    expect(verdictsOn(w037, 'Foreign Secretary Lord David Cameron', '2025-03-01')).toEqual(['outdated']);
    // Radakin handed over to Air Chief Marshal Sir Richard Knighton on 2 September 2025 (gov.uk).
    expect(verdictsOn(w033, 'Chief of the Defence Staff Admiral Sir Tony Radakin', '2026-01-15')).toEqual(['outdated']);
  });

  it('true look-alikes are not flagged', () => {
    // "former" before the title, a surname alone, and a "Lady" that is no honour before a known title.
    expect(isRed(verdictsOn('Former Foreign Secretary Lord Cameron said the alliance would act.', 'Cameron', '2025-03-01'))).toBe(false);
    expect(isRed(verdictsOn('Foreign Secretary Lord Cameron said the alliance would act.', 'Cameron', '2025-03-01'))).toBe(false);
    expect(isRed(verdictsOn('First Lady Jill Biden visited Kyiv.', 'Jill Biden', '2025-03-01'))).toBe(false);
    // https://menafn.com/1110010750/UK-Defence-Secretary-Arrives-In-Ukraine (September 2025): both chiefs of that week, in apposition.
    const both =
      'Defense Minister Denys Shmyhal recently met with Admiral Sir Tony Radakin, Chief of the UK Defence Staff, and Air Chief Marshal Sir Richard Knighton.';
    expect(isRed(verdictsOn(both, 'Tony Radakin', '2025-09-03'))).toBe(false);
  });
});

describe('a formal office name before the name: "Minister for Foreign Affairs of Ukraine, X"', () => {
  // https://eeas.europa.eu/delegations/ukraine/press-remarks-high-representative-josep-borrell-ukraine-after-foreign-affairs-council_en (w035)
  const w035 = 'We heard again Minister for Foreign Affairs of Ukraine, Dmytro Kuleba. He told us about the current priorities.';

  it("the article's sentence, and the form with 'of' from another page", () => {
    expect(verdictsOn(w035, 'Minister for Foreign Affairs of Ukraine, Dmytro Kuleba', '2023-11-13')).toEqual(['supported']);
    // https://www.promoteukraine.org/talks-in-kyiv-ukraine-has-strong-u-s-support-in-deterring-russia-from-further-aggression/ (January 2022)
    const promote = 'Minister of Foreign Affairs of Ukraine Dmytro Kuleba held talks with U.S. Secretary of State Antony Blinken.';
    expect(verdictsOn(promote, 'Minister of Foreign Affairs of Ukraine Dmytro Kuleba', '2022-01-19')).toEqual(['supported']);
  });

  it('with the fact changed: after Kuleba left (5 September 2024) it is outdated', () => {
    expect(verdictsOn(w035, 'Minister for Foreign Affairs of Ukraine, Dmytro Kuleba', '2025-03-01')).toEqual(['outdated']);
  });

  it('the same words for a country whose office the base does not hold say nothing', () => {
    const other = 'We heard the Minister for Foreign Affairs of Ireland, Dmytro Kuleba, said nothing of the kind.';
    expect(isRed(verdictsOn(other, 'Dmytro Kuleba', '2023-11-13'))).toBe(false);
  });
});

describe('"her colleague X": a counterpart, in pages translated from German or Russian', () => {
  // https://24hoursworlds.com/politics/956081 (held-out 10, w059; dpa, April 2025): Baerbock is named in the sentence before.
  const w059 =
    'The executive Minister Annalena Baerbock demands a ceasefire in Ukraine. That Putin’s strategy is not peace, said the Green politician at a meeting with her colleague Andrij Sybiha when she visited Ukraine.';

  it("the article's sentence is confirmed", () => {
    expect(verdictsOn(w059, 'her colleague Andrij Sybiha', '2025-04-01')).toEqual(['supported']);
  });

  it('the subject told after the phrase', () => {
    // https://qatar-tribune.com/article/234466/WORLD/Germany-to-stop-Russian-energy-imports-forever-says-Baerbock (dpa, May 2022)
    const dpa =
      'Germany is reducing its dependence on Russian energy, Foreign Minister Annalena Baerbock said on Tuesday. Speaking at a press conference with her counterpart, Dmytro Kuleba, Baerbock said there could be no common ground with Russia.';
    expect(verdictsOn(dpa, 'her counterpart, Dmytro Kuleba', '2022-05-10')).toEqual(['supported']);
    // https://lenta.ru/news/2023/09/18/lavrov_van_i/amp ("со своим коллегой", translated)
    const lavrov = 'At the meeting with his colleague Annalena Baerbock, Sergei Lavrov said little.';
    expect(verdictsOn(lavrov, 'his colleague Annalena Baerbock', '2022-01-18')).toEqual(['supported']);
  });

  it('a colleague who left that office is not flagged: "colleague" may be a former or party colleague', () => {
    const stale = w059.replace('Andrij Sybiha', 'Dmytro Kuleba');
    expect(isRed(verdictsOn(stale, 'Dmytro Kuleba', '2025-04-01'))).toBe(false);
    const cabinet = 'Chancellor Olaf Scholz and his colleague Robert Habeck presented the budget.';
    expect(isRed(verdictsOn(cabinet, 'Robert Habeck', '2023-06-01'))).toBe(false);
  });
});

describe('office data: the leaders of the US Congress', () => {
  // https://www.pbs.org/newshour/politics/zelenskyy-visits-washington (held-out 10, w034, September 2023)
  const w034 =
    'At the Capitol, House Speaker Kevin McCarthy notably chose not to join House Minority Leader Hakeem Jeffries in greeting the Ukrainian president.';

  it("the article's sentence is confirmed", () => {
    expect(verdictsOn(w034, 'House Speaker Kevin McCarthy', '2023-09-21')).toEqual(['supported']);
    expect(verdictsOn(w034, 'House Minority Leader Hakeem Jeffries', '2023-09-21')).toEqual(['supported']);
  });

  it('other pages, other phrasings', () => {
    // https://www.upi.com/News_Photos/view/upi/61270fc35c7d347971665ad7789321ee/Republican-Conference-Meeting-Press-Conference/ (June 2024)
    const upi = 'U.S. Speaker of the House Mike Johnson speaks to reporters following a press conference.';
    expect(verdictsOn(upi, 'Speaker of the House Mike Johnson', '2024-06-12')).toEqual(['supported']);
    // https://thehill.com/homenews/senate/524322-schumer-becomes-new-senate-majority-leader (January 2021)
    const hill = 'Schumer has finally ousted his nemesis, Senate Minority Leader Mitch McConnell, who raised tens of millions of dollars.';
    expect(verdictsOn(hill, 'Senate Minority Leader Mitch McConnell', '2021-01-21')).toEqual(['supported']);
    // https://www.sfexaminer.com/news/nancy-pelosi-regains-the-house-speakers-gavel-as-democrats-confront-trump-over-partial-shutdown/ (January 2019)
    const sf = 'The vote was 219-192, with most Republicans voting for House Minority Leader Kevin McCarthy.';
    expect(verdictsOn(sf, 'House Minority Leader Kevin McCarthy', '2019-01-03')).toEqual(['supported']);
  });

  it('with the fact changed: the title after the holder left is outdated', () => {
    // McCarthy was removed on 3 October 2023; Johnson was elected on 25 October.
    expect(verdictsOn(w034, 'House Speaker Kevin McCarthy', '2024-03-01')).toEqual(['outdated']);
    // Schumer became majority leader on 20 January 2021.
    expect(verdictsOn('Senate Majority Leader Mitch McConnell said the bill would pass.', 'Mitch McConnell', '2022-03-01')).toEqual([
      'outdated',
    ]);
    // Pelosi was Speaker, not minority leader, from January 2019.
    expect(verdictsOn('House Minority Leader Nancy Pelosi said the bill would pass.', 'Nancy Pelosi', '2020-03-01')).toEqual(['outdated']);
  });

  it('true look-alikes, and dates past the offices’ horizon, are not flagged', () => {
    expect(isRed(verdictsOn('Former House Speaker Nancy Pelosi said the bill would pass.', 'Nancy Pelosi', '2024-03-01'))).toBe(false);
    expect(isRed(verdictsOn('Speaker Emerita Nancy Pelosi said the bill would pass.', 'Nancy Pelosi', '2024-03-01'))).toBe(false);
    // Checked to the opening of the 119th Congress (3 January 2025): no flag about who holds it after.
    expect(isRed(verdictsOn('Senate Majority Leader Chuck Schumer said the bill would pass.', 'Chuck Schumer', '2026-03-01'))).toBe(false);
  });
});

describe('office data: spokespeople, deputy ministers and chiefs the press names around Ukraine', () => {
  // https://www.thestar.com (held-out 10, w017, October 2021; AP)
  const w017 = '“I cannot say that we have achieved great progress,” said Russia’s Deputy Foreign Minister Sergei Ryabkov.';
  // Held-out 10, w020 (December 2021)
  const w020 = 'Deputy Foreign Minister Sergei Ryabkov told journalists that Russia was ready to undertake urgent security talks.';

  it("Russia's deputy foreign minister, and other pages' phrasings", () => {
    expect(verdictsOn(w017, 'Russia’s Deputy Foreign Minister Sergei Ryabkov', '2021-10-13')).toEqual(['supported']);
    expect(verdictsOn(w020, 'Deputy Foreign Minister Sergei Ryabkov', '2021-12-17')).toEqual(['supported']);
    // https://www.turkiyetoday.com/world/russia-says-lavrov-rubio-may-meet-in-new-york-rules-out-ukraine-talks-3207030 (September 2025)
    const tt = 'Russian Deputy Foreign Minister Sergey Ryabkov said Tuesday that Moscow and Washington may hold talks.';
    expect(verdictsOn(tt, 'Russian Deputy Foreign Minister Sergey Ryabkov', '2025-09-16')).toEqual(['supported']);
  });

  it('the State Department spokesperson, true and stale', () => {
    const price = 'The talks were described by U.S. State Department spokesperson Ned Price.';
    expect(verdictsOn(price, 'U.S. State Department spokesperson Ned Price', '2021-10-13')).toEqual(['supported']);
    // https://www.nbc11news.com/2023/03/07/us-state-department-spokesman-ned-price-step-down/ (AP): "State Department spokesman Ned Price is stepping down"
    const ap = 'State Department spokesman Ned Price is stepping down from his job as the daily face of U.S. foreign policy.';
    // His last day is known only to the month: on the day of the announcement, not flagged.
    expect(isRed(verdictsOn(ap, 'State Department spokesman Ned Price', '2023-03-07'))).toBe(false);
    expect(verdictsOn(ap, 'State Department spokesman Ned Price', '2023-02-07')).toEqual(['supported']);
    expect(verdictsOn(price, 'U.S. State Department spokesperson Ned Price', '2024-06-01')).toEqual(['outdated']);
    expect(isRed(verdictsOn('Former State Department spokesperson Ned Price said so.', 'Ned Price', '2024-06-01'))).toBe(false);
  });

  it("Poland's finance minister: confirmed in office, contradicted before he took it", () => {
    // https://www.reuters.com (held-out 10, w055, February 2025)
    const w055 = 'Andrzej Domanski, finance minister of Poland, which holds the rotating EU presidency, said that it was imperative.';
    expect(verdictsOn(w055, 'Andrzej Domanski, finance minister of Poland', '2025-02-19')).toEqual(['supported']);
    // He took office with the Tusk government on 13 December 2023 (gov.pl).
    expect(verdictsOn(w055, 'Andrzej Domanski, finance minister of Poland', '2023-03-01')).toEqual(['contradicted']);
  });
});

describe('office data: envoys and aides of the Ukraine talks', () => {
  // https://ukrinform.net/amp/rubric-polytics/2789332-cnn-kurt-volker-resigns.html (held-out 10, w005, September 2019)
  const w005 = 'U.S. State Department Special Representative for Ukraine Kurt Volker said the talks went well.';

  it('the US special representative for Ukraine negotiations (Volker, July 2017 to September 2019)', () => {
    expect(verdictsOn(w005, 'U.S. State Department Special Representative for Ukraine Kurt Volker', '2018-05-01')).toEqual(['supported']);
    // https://en.interfax.com.ua/news/interview/601400.html (July 2019): "U.S. Special Representative for Ukraine Negotiations Kurt Volker"
    const interfax = 'We met National Security Adviser John Bolton and U.S. Special Representative for Ukraine Negotiations Kurt Volker.';
    expect(verdictsOn(interfax, 'Special Representative for Ukraine Negotiations Kurt Volker', '2019-07-19')).toEqual(['supported']);
    // The post was left vacant after he resigned: the title in 2021 is outdated.
    expect(verdictsOn(w005, 'U.S. State Department Special Representative for Ukraine Kurt Volker', '2021-03-01')).toEqual(['outdated']);
    // His earlier post, told as former, is confirmed; the same words while he held it are not flagged.
    const former = 'In 2017, former U.S. Representative to NATO Kurt Volker was appointed.';
    expect(verdictsOn(former, 'former U.S. Representative to NATO Kurt Volker', '2019-09-28')).toEqual(['supported']);
    expect(isRed(verdictsOn(former, 'Kurt Volker', '2009-03-01'))).toBe(false);
  });

  it("Putin's foreign affairs adviser, and his aide's other titles", () => {
    // https://www.newsweek.com (held-out 10, w072, December 2025)
    const w072 =
      'Earlier that day, Yuri Ushakov, Putin’s foreign affairs adviser, indicated that the recent Trump-Putin call was friendly.';
    expect(verdictsOn(w072, 'Yuri Ushakov, Putin’s foreign affairs adviser', '2025-12-28')).toEqual(['supported']);
    expect(verdictsOn('Kremlin aide Yuri Ushakov said the talks went well.', 'Kremlin aide Yuri Ushakov', '2023-05-01')).toEqual([
      'supported',
    ]);
  });

  it("a head of Zelensky's office called his top aide after he left it is not flagged (expected.jsonl r058)", () => {
    const r058 =
      'The decision comes more than a month after Zelensky announced a decree to dismiss his former Head of Office and his top aide, Andriy Yermak, amid a corruption scandal.';
    expect(isRed(verdictsOn(r058, 'Andriy Yermak', '2026-01-02'))).toBe(false);
  });
});

describe('the candidates of a past race for a post, named by their titles of then', () => {
  // https://www.ukrinform.net (held-out 10, w047, 1 October 2024): the 2023 race to succeed Stoltenberg.
  const w047 =
    'NATO member countries considered several candidates for the position of Secretary General, including British Defense Minister Ben Wallace, but the U.S. did not support him.';

  it("the article's sentence is not flagged", () => {
    expect(isRed(verdictsOn(w047, 'British Defense Minister Ben Wallace', '2024-10-01'))).toBe(false);
  });

  it('other pages, other phrasings of the same race, told after it', () => {
    // https://qoshe.com/deutsche-welle/anchal-vohra/what-s-kaja-kallas-eu-diplomacy-priority-/174729125/amp (DW, July 2024)
    const dw = 'Until a few months ago, Estonian Prime Minister Kaja Kallas was a lead candidate in the race to replace Jens Stoltenberg.';
    expect(isRed(verdictsOn(dw, 'Estonian Prime Minister Kaja Kallas', '2024-12-01'))).toBe(false);
    // https://campuslately.com/an-unexpected-turn-in-nato-the-frontrunner-has-backed-out-and-the-united-states-may-have-a-hand-in-it (2023)
    const campus = 'Danish Prime Minister Mette Frederiksen had also been mentioned as a possible candidate.';
    expect(isRed(verdictsOn(campus, 'Danish Prime Minister Mette Frederiksen', '2026-12-01'))).toBe(false);
  });

  it('the present tense, and a title the person never held, are still flagged', () => {
    // https://www.txtreport.com/news/2023-06-06-who-will-succeed-stoltenberg-as-head-of-nato----eu.SyANvIhUn.html (June 2023), a year later
    const txt = 'Among the candidates with great chances is British Defence Secretary Ben Wallace.';
    expect(verdictsOn(txt, 'British Defence Secretary Ben Wallace', '2023-06-06')).toEqual(['supported']);
    expect(verdictsOn(txt, 'British Defence Secretary Ben Wallace', '2024-10-01')).toEqual(['outdated']);
    const never = w047.replace('British Defense Minister Ben Wallace', 'British Foreign Secretary Ben Wallace');
    expect(verdictsOn(never, 'British Foreign Secretary Ben Wallace', '2024-10-01')).toEqual(['contradicted']);
    // A past-tense sentence without a race keeps its flag.
    const past = 'British Defense Minister Ben Wallace visited Kyiv and met the president.';
    expect(verdictsOn(past, 'British Defense Minister Ben Wallace', '2024-10-01')).toEqual(['outdated']);
  });
});

describe('office data: the commanders of the war', () => {
  // https://www.aljazeera.com (held-out 10, w025, November 2022)
  const w025 = 'General Sergei Surovikin, the commander of Russia’s forces in Ukraine, said the withdrawal was hard.';

  it("Russia's commander in Ukraine: Surovikin (October 2022 to January 2023), then Gerasimov", () => {
    expect(verdictsOn(w025, 'Sergei Surovikin, the commander of Russia’s forces in Ukraine', '2022-11-10')).toEqual(['supported']);
    // https://news.abs-cbn.com/overseas/01/12/23/russia-replaces-military-commander-in-ukraine-again (AFP, January 2023)
    const afp = 'Sergei Surovikin, the commander of Russia’s forces in Ukraine for the past three months, will become Gerasimov’s deputy.';
    expect(isRed(verdictsOn(afp, 'Sergei Surovikin', '2023-01-11'))).toBe(false);
    expect(verdictsOn(w025, 'Sergei Surovikin, the commander of Russia’s forces in Ukraine', '2023-06-01')).toEqual(['outdated']);
    expect(
      isRed(verdictsOn('Former commander of Russian forces in Ukraine Sergei Surovikin was detained.', 'Surovikin', '2023-07-01')),
    ).toBe(false);
  });

  it("Ukraine's Land Forces: Syrskyi (2019 to February 2024), Pavliuk, Drapatyi", () => {
    // https://www.nationthailand.com/world/europe/40035416 (February 2024): "Col. Gen. Oleksandr Syrskyi, who had been commander of Ukraine’s ground forces"
    const ground = 'Colonel General Oleksandr Syrskyi, commander of Ukraine’s ground forces, said the defence of Bakhmut would go on.';
    expect(verdictsOn(ground, 'Oleksandr Syrskyi, commander of Ukraine’s ground forces', '2023-03-01')).toEqual(['supported']);
    const title = 'Ukrainian Ground Forces Commander Oleksandr Syrskyi visited the troops.';
    expect(verdictsOn(title, 'Ukrainian Ground Forces Commander Oleksandr Syrskyi', '2023-03-01')).toEqual(['supported']);
    // After he became Commander-in-Chief (8 February 2024) the old title is outdated.
    expect(verdictsOn(title, 'Ukrainian Ground Forces Commander Oleksandr Syrskyi', '2024-06-01')).toEqual(['outdated']);
    // https://babel.ua/en/news/113136-zelensky-appointed-drapatyi-as-the-new-commander-of-the-ground-forces (November 2024)
    const babel = 'Until today, the post of commander of the Ground Forces was held by Oleksandr Pavliuk, who was appointed in February.';
    expect(isRed(verdictsOn(babel, 'Oleksandr Pavliuk', '2024-11-29'))).toBe(false);
  });
});

describe('an office named by the person it serves: "X, national security adviser to Mr. Biden"', () => {
  // https://www.nytimes.com (held-out 10, w014, June 2021)
  const w014 =
    'Jake Sullivan, national security adviser to Mr. Biden, said the president would meet the leaders of the 29 other NATO member states.';

  it("the article's sentence, and the same form with the principal's title", () => {
    const biden = 'President Joe Biden flew to Brussels. ' + w014;
    expect(verdictsOn(biden, 'Jake Sullivan, national security adviser', '2021-06-13')).toEqual(['supported']);
    const yermak = 'Andriy Yermak, chief of staff to President Volodymyr Zelensky, said the talks went well.';
    expect(verdictsOn(yermak, 'Andriy Yermak, chief of staff', '2022-01-10')).toEqual(['supported']);
    const ushakov = 'Yuri Ushakov, foreign policy adviser to President Vladimir Putin, said the talks went well.';
    expect(verdictsOn(ushakov, 'Yuri Ushakov, foreign policy adviser', '2025-03-01')).toEqual(['supported']);
  });

  it('with the fact changed: a holder who left, while the principal is in office, is outdated', () => {
    const bolton = 'John Bolton, national security adviser to President Donald Trump, said the talks went well.';
    expect(verdictsOn(bolton, 'John Bolton, national security adviser', '2019-11-01')).toEqual(['outdated']);
  });

  it('not flagged: a principal out of office, or "former" before the title', () => {
    const after = 'President Joe Biden spoke. ' + w014;
    expect(isRed(verdictsOn(after, 'Jake Sullivan', '2025-03-01'))).toBe(false);
    // https://vnnow.net/en/world/zelensky-s-right-hand-man-seeks-front-line-deployment-151777.html (November 2025)
    const vnnow =
      '"I will go to the front lines," Andriy Yermak, former chief of staff to President Volodymyr Zelensky, stated in a letter.';
    expect(isRed(verdictsOn(vnnow, 'Andriy Yermak', '2025-11-29'))).toBe(false);
  });
});

describe("office data: Russia's foreign ministry spokeswoman and UN ambassador", () => {
  it('Zakharova (spokeswoman since 10 August 2015)', () => {
    // https://www.lokmattimes.com/topics/maria-zakharova/page/4 (2022): "Russian Foreign Ministry spokeswoman Maria Zakharova said on Sunday"
    const lokmat = 'Russian Foreign Ministry spokeswoman Maria Zakharova said on Sunday that Moscow remains in close contact with Havana.';
    expect(verdictsOn(lokmat, 'Russian Foreign Ministry spokeswoman Maria Zakharova', '2022-08-07')).toEqual(['supported']);
    // https://www.globalsecurity.org/wmd/library/news/russia/2025/07/russia-250717-russia-mfab01.htm: "Briefing by Foreign Ministry Spokeswoman Maria Zakharova"
    const gs = 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, July 17, 2025.';
    expect(verdictsOn(gs, 'Foreign Ministry Spokeswoman Maria Zakharova', '2025-07-17')).toEqual(['supported']);
    // With the fact changed: before she took the post (her predecessor, Lukashevich, held it until August 2015).
    expect(verdictsOn(lokmat, 'Russian Foreign Ministry spokeswoman Maria Zakharova', '2014-06-01')).toEqual(['contradicted']);
    // After the office's horizon (checked to July 2025), never flagged for who holds it.
    expect(isRed(verdictsOn('Former Russian Foreign Ministry spokeswoman Maria Zakharova spoke.', 'Maria Zakharova', '2026-06-01'))).toBe(
      false,
    );
  });

  it("Nebenzia (Russia's UN ambassador since 27 July 2017)", () => {
    // https://media.un.org/unifeed/en/asset/d341/d3413527 (June 2025): "Vasily Nebenzya, Permanent Representative to the United Nations, Russian Federation"
    const un = 'Vasily Nebenzya, Russia’s ambassador to the United Nations, said the draft was based on agreed language.';
    expect(verdictsOn(un, 'Vasily Nebenzya, Russia’s ambassador to the United Nations', '2025-06-17')).toEqual(['supported']);
    const title = 'Russia’s UN ambassador Vassily Nebenzia told the Security Council the talks went well.';
    expect(verdictsOn(title, 'Russia’s UN ambassador Vassily Nebenzia', '2022-03-01')).toEqual(['supported']);
    expect(verdictsOn(title, 'Russia’s UN ambassador Vassily Nebenzia', '2016-03-01')).toEqual(['contradicted']);
  });
});

describe('a person "of" a service named by its acronym: "Admiral Igor Kostyukov of GRU"', () => {
  // https://www.kyivpost.com (held-out 10, w077, January 2026)
  const w077 =
    'The four-hour deliberation included Russian heavyweights Yuri Ushakov and Kirill Dmitriev, and Admiral Igor Kostyukov of GRU.';

  it("the article's sentence and other services are confirmed", () => {
    expect(verdictsOn(w077, 'Admiral Igor Kostyukov of GRU', '2026-01-24')).toEqual(['supported']);
    // https://htttm.net/us-and-russian-spy-chiefs-hold-talks-in-ankara-dw-11-14-2022/ (DW, November 2022), the two spy chiefs of the Ankara talks
    const ankara = 'The talks in Ankara brought together William Burns of the CIA and Sergei Naryshkin of the SVR.';
    expect(verdictsOn(ankara, 'William Burns of the CIA', '2022-11-14')).toEqual(['supported']);
    expect(verdictsOn(ankara, 'Sergei Naryshkin of the SVR', '2022-11-14')).toEqual(['supported']);
  });

  it('never flagged: the words say whom the person works for, not the post', () => {
    const ankara = 'The talks in Ankara brought together William Burns of the CIA and Sergei Naryshkin of the SVR.';
    expect(isRed(verdictsOn(ankara, 'William Burns', '2026-01-24'))).toBe(false);
    expect(isRed(verdictsOn('Talks were held with Mark Rutte of the EU.', 'Mark Rutte', '2025-01-24'))).toBe(false);
  });
});

describe('office data: the State Department officials of the Ukraine file', () => {
  // https://www.nytimes.com (held-out 10, w006, September 2019)
  const w006 = 'Victoria Nuland, then assistant secretary of state for European and Eurasian affairs, handed out food on the Maidan.';
  // https://2009-2017.state.gov/secretary/remarks/2013/09/214397.htm (September 2013): "Victoria Nuland, Assistant Secretary, Bureau of European and Eurasian Affairs"
  const title = 'Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland said the talks went well.';

  it("Nuland's assistant secretaryship (September 2013 to January 2017), true and stale", () => {
    expect(verdictsOn(w006, 'Victoria Nuland, then assistant secretary of state', '2019-09-28')).toEqual(['supported']);
    expect(verdictsOn(title, 'Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland', '2014-02-06')).toEqual([
      'supported',
    ]);
    expect(verdictsOn(title, 'Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland', '2018-03-01')).toEqual([
      'outdated',
    ]);
  });

  it('"undersecretary" alone is a loose word: it confirms and never flags', () => {
    // https://www.thestar.com (held-out 10, w017, October 2021)
    const w017 = 'The visit of the U.S. undersecretary Victoria Nuland to Moscow brought no breakthrough.';
    expect(verdictsOn(w017, 'U.S. undersecretary Victoria Nuland', '2021-10-13')).toEqual(['supported']);
    expect(isRed(verdictsOn(w017, 'Victoria Nuland', '2019-10-13'))).toBe(false);
  });
});

describe("office data: Germany's finance minister", () => {
  it('Lindner (December 2021 to 7 November 2024), Kukies, Klingbeil', () => {
    // https://prchief.com/germany-appoints-new-finance-minister-as-pressure-for-quick-snap-elections-mounts (CNBC, November 2024)
    const cnbc =
      'Kukies replaces Christian Lindner, whom Scholz sacked on late Wednesday. German Finance Minister Jörg Kukies met the press.';
    expect(verdictsOn(cnbc, 'German Finance Minister Jörg Kukies', '2024-11-08')).toEqual(['supported']);
    const lindner = 'German Finance Minister Christian Lindner said Germany would pay its share.';
    expect(verdictsOn(lindner, 'German Finance Minister Christian Lindner', '2022-05-01')).toEqual(['supported']);
    expect(verdictsOn(lindner, 'German Finance Minister Christian Lindner', '2025-01-10')).toEqual(['outdated']);
    expect(isRed(verdictsOn('Former German Finance Minister Christian Lindner said so.', 'Christian Lindner', '2025-01-10'))).toBe(false);
  });
});

describe("office data: Ukraine's ambassadors to Germany and the UN", () => {
  it('Melnyk in Berlin until his letter of recall (24 October 2022), Makeiev after', () => {
    // https://www.stern.de/panorama/video-neuer-botschafter-der-ukraine-tritt-amt-an-32846128.html (October 2022, dpa): Makeiev succeeds Melnyk
    const melnyk = 'Ukrainian Ambassador to Germany Andrij Melnyk said Germany should send heavy weapons.';
    expect(verdictsOn(melnyk, 'Ukrainian Ambassador to Germany Andrij Melnyk', '2022-05-01')).toEqual(['supported']);
    // Dismissed by decree in July 2022 but in office until October: not flagged in between.
    expect(isRed(verdictsOn(melnyk, 'Andrij Melnyk', '2022-09-01'))).toBe(false);
    expect(verdictsOn(melnyk, 'Ukrainian Ambassador to Germany Andrij Melnyk', '2014-05-01')).toEqual(['contradicted']);
  });

  it('Kyslytsya at the UN (February 2020 to January 2025)', () => {
    // https://thedelegateslounge.buzzsprout.com/2396989/episodes/16495860-reflections-on-diplomatic-frontlines-ukraine-s-ambassador-to-the-un-speaks-out (2025)
    const un = 'We are in conversation with Ukraine’s ambassador to the United Nations, Sergiy Kyslytsya, at his mission.';
    expect(verdictsOn(un, 'Sergiy Kyslytsya', '2024-06-01')).toEqual(['supported']);
    expect(verdictsOn(un, 'Sergiy Kyslytsya', '2018-06-01')).toEqual(['contradicted']);
  });
});

describe('office data: the Pentagon press secretary after Kirby', () => {
  it('Ryder from August 2022 (checked to February 2024); Kirby stale after May 2022', () => {
    // http://stylemagazine.com/news/2022/aug/04/secretary-defense-names-military-officer-pentagon- (CNN, August 2022)
    const ryder = 'Pentagon press secretary Brig. Gen. Pat Ryder told reporters the aid would flow.';
    expect(verdictsOn(ryder, 'Pentagon press secretary Brig. Gen. Pat Ryder', '2023-03-01')).toEqual(['supported']);
    const kirby = 'Pentagon press secretary John Kirby told reporters the aid would flow.';
    expect(verdictsOn(kirby, 'Pentagon press secretary John Kirby', '2023-03-01')).toEqual(['outdated']);
    expect(isRed(verdictsOn('Former Pentagon press secretary John Kirby said so.', 'John Kirby', '2023-03-01'))).toBe(false);
  });
});
