// Officials, fifteenth round: forms of words from held-out 13 (not in the repository; cited by id and URL), each
// tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe("a holder's number set beside the name, of an earlier term, while a later one runs", () => {
  // c114 (2025-02-13), https://share.snipd.com/episode/67a98745-60b9-4444-8ca7-0060f4a144c2
  const c114 = 'President Trump, the 45th President of the United States, is engaged in mediating peace talks between Russia and Ukraine.';

  it('is outdated in his second term, by surname after a title and in full', () => {
    expect(tenureVerdicts(c114, 'Trump, the 45th President of the United States', '2025-02-13')).toEqual(['outdated']);
    const full = c114.replace('President Trump', 'Donald Trump');
    expect(tenureVerdicts(full, 'Donald Trump, the 45th President of the United States', '2025-02-13')).toEqual(['outdated']);
  });

  it('true in his first term and of his present number; the past told in the past is left alone', () => {
    expect(tenureVerdicts(c114, 'Trump, the 45th President of the United States', '2019-02-13')).toEqual(['supported']);
    const now = c114.replace('45th', '47th');
    expect(tenureVerdicts(now, 'Trump, the 47th President of the United States', '2025-02-13')).toEqual(['supported']);
    const past = 'Donald Trump, the 45th President of the United States, signed the order in 2018.';
    expect(isRed(verdictsOn(past, 'the 45th President', '2025-02-13'))).toBe(false);
    const was = 'Donald Trump was the 45th President of the United States and is now the 47th.';
    expect(isRed(verdictsOn(was, 'the 45th President', '2025-02-13'))).toBe(false);
  });

  it('between his terms the 45th is his last number, not flagged', () => {
    const between = c114.replace('President Trump', 'Donald Trump');
    expect(isRed(verdictsOn(between, 'the 45th President', '2023-02-13'))).toBe(false);
  });
});

describe('a word that describes the person between the country and the title', () => {
  // d208 (2024-03-11), https://voa.pangea-cms.com/preview/en-US/a/swedish-flag-raised-over-nato-headquarters/7522561.html
  const d208 =
    "Turkey had expressed concern that Sweden was harboring and not taking enough action against Kurdish groups that it regards as terrorists, and Hungary's populist President Viktor Orban has shown pro-Russian sentiment.";

  it('the office he never held is contradicted', () => {
    expect(titleVerdicts(d208, "Hungary's populist President Viktor Orban", '2024-03-11')).toEqual(['contradicted']);
  });

  it('his own office is confirmed; a word of time is still read as such', () => {
    const pm = d208.replace('President', 'Prime Minister');
    expect(titleVerdicts(pm, "Hungary's populist Prime Minister Viktor Orban", '2024-03-11')).toEqual(['supported']);
    const nationalist = "Hungary's nationalist Prime Minister Viktor Orban said.";
    expect(titleVerdicts(nationalist, "Hungary's nationalist Prime Minister Viktor Orban", '2024-03-11')).toEqual(['supported']);
    // "former" of a sitting prime minister is still wrong, as before.
    expect(isRed(verdictsOn("Hungary's former Prime Minister Viktor Orban said.", 'Viktor Orban', '2024-03-11'))).toBe(true);
  });

  it('with the fact changed: after he left, another country', () => {
    const pm = d208.replace('President', 'Prime Minister');
    expect(titleVerdicts(pm, "Hungary's populist Prime Minister Viktor Orban", '2026-07-01')).toEqual(['outdated']);
    const poland = "Poland's populist Prime Minister Viktor Orban said.";
    expect(isRed(verdictsOn(poland, 'Viktor Orban', '2024-03-11'))).toBe(true);
  });
});

describe("a title set off by commas around the name, after a verb's object", () => {
  // d207 (2024-03-08), https://www.ukrainianworldcongress.org/zaluzhnyi-appointed-as-ukraines-ambassador-to-uk/
  const d207 =
    'Ukrainian President Volodymyr Zelenskyy has appointed former Chief of the General Staff of the Armed Forces of Ukraine, Valerii Zaluzhnyi, to the position of Ukraine’s Ambassador to the United Kingdom.';

  it('the office of another is not confirmed (he was Commander-in-Chief)', () => {
    expect(
      titleVerdicts(d207, 'former Chief of the General Staff of the Armed Forces of Ukraine, Valerii Zaluzhnyi', '2024-03-08'),
    ).not.toContain('supported');
  });

  it('the real holder is confirmed in the same form', () => {
    const shaptala = d207.replace('Valerii Zaluzhnyi', 'Serhii Shaptala');
    expect(
      titleVerdicts(shaptala, 'former Chief of the General Staff of the Armed Forces of Ukraine, Serhii Shaptala', '2024-03-08'),
    ).toEqual(['supported']);
  });

  it('a phrase put before the clause ("as ..., NAME said") stays silent', () => {
    const phrase = "Commenting on the prospects of Trump's re-election as US president, Kuleba said the aid would continue.";
    expect(isRed(verdictsOn(phrase, 'Kuleba', '2024-01-15'))).toBe(false);
  });
});

describe('an administration told as still at work after its president left', () => {
  // d218 (2025-04-12), https://nexusnews.pro/?p=49806
  const d218 =
    'Hegseth’s absence comes as the Biden administration continues to provide significant support to Ukraine despite the Trump administration’s decision to scale back aid.';

  it('is outdated months after the handover', () => {
    expect(tenureVerdicts(d218, 'the Biden administration continues to provide', '2025-04-12')).toEqual(['outdated']);
  });

  it('with the fact changed: the other administration years out of office', () => {
    const trump = 'The Trump administration continues to pressure Kyiv.';
    expect(tenureVerdicts(trump, 'The Trump administration continues', '2022-04-12')).toEqual(['outdated']);
  });

  it('not flagged: in office, within days of the handover, told in the past, a surname two presidents bore', () => {
    expect(isRed(verdictsOn(d218, 'the Biden administration continues', '2024-04-12'))).toBe(false);
    expect(isRed(verdictsOn('The Trump administration continues to pressure Kyiv.', 'Trump administration', '2025-04-12'))).toBe(false);
    expect(isRed(verdictsOn('The Biden administration continues to provide support.', 'Biden administration', '2025-02-05'))).toBe(false);
    expect(isRed(verdictsOn('In 2023 the Biden administration continued to provide support.', 'Biden administration', '2025-04-12'))).toBe(
      false,
    );
    expect(isRed(verdictsOn('The Bush administration continues to insist on it.', 'Bush administration', '2012-04-12'))).toBe(false);
  });
});

describe("a government led since a year: its head's office", () => {
  // c104 (2024-07-03), https://www.aldeparty.eu/kallas_nominated_eu_s_foreign_policy_chief
  const c104 =
    'On 27 June, Estonian Prime Minister Kaja Kallas was nominated to become High Representative of the Union for Foreign Affairs and Security Policy. Kallas, who has spearheaded the Estonian government since 2022, will succeed Spain’s Josep Borrell in the autumn.';

  // The succession told after it ("will succeed Spain’s Josep Borrell") is a tenure claim over the same words, confirmed.
  it('a wrong start is contradicted', () => {
    expect(tenureVerdicts(c104, 'who has spearheaded the Estonian government since 2022', '2024-07-03')).toContain('contradicted');
    const led = c104.replace('spearheaded', 'led');
    expect(tenureVerdicts(led, 'who has led the Estonian government since 2022', '2024-07-03')).toContain('contradicted');
  });

  it('the right start is confirmed', () => {
    const right = c104.replace('2022', '2021');
    const verdicts = tenureVerdicts(right, 'who has spearheaded the Estonian government since 2021', '2024-07-03');
    expect(verdicts).toContain('supported');
    expect(isRed(verdicts)).toBe(false);
  });

  it('a president who never headed the government is not read as its head', () => {
    const text = 'Polish President Andrzej Duda said. Duda, who has led the Polish government since 2015, spoke.';
    expect(isRed(verdictsOn(text, 'who has led the Polish government since 2015', '2020-01-01'))).toBe(false);
  });
});

describe('two titles joined by "and" right before one name', () => {
  // c102 (2025-06-25), https://www.econotimes.com/NATO-Summit-Targets-5-GDP-Defense-Spending-Amid-Trump-Pressure-1714215
  const c102 =
    'Although all NATO members agreed in principle, Spain claimed it could meet alliance obligations with significantly less spending—an assertion Dutch Prime Minister and NATO Secretary General Mark Rutte disputed.';
  const quote = 'Dutch Prime Minister and NATO Secretary General Mark Rutte';

  it('the stale first title is outdated, the second confirmed', () => {
    const verdicts = titleVerdicts(c102, quote, '2025-06-25');
    expect(verdicts).toContain('outdated');
    expect(verdicts).toContain('supported');
  });

  it('before the handover the first is true and the second is not yet', () => {
    const verdicts = titleVerdicts(c102, quote, '2024-05-25');
    expect(verdicts).toContain('supported');
    expect(verdicts).toContain('contradicted');
  });

  it('not read: after an article (two people), a title the person never held, "former" over both', () => {
    const two = 'The summit was opened by the Dutch Prime Minister and NATO Secretary General Mark Rutte.';
    expect(isRed(verdictsOn(two, 'Dutch Prime Minister', '2025-06-25'))).toBe(false);
    const never = 'An assertion German Chancellor and NATO Secretary General Mark Rutte disputed.';
    expect(isRed(verdictsOn(never, 'German Chancellor', '2025-06-25'))).toBe(false);
    const former = 'An assertion Former Danish Prime Minister and NATO Secretary General Anders Fogh Rasmussen disputed.';
    expect(isRed(verdictsOn(former, 'Danish Prime Minister', '2012-06-25'))).toBe(false);
  });
});

describe("a kingdom's president", () => {
  // d205 (2023-07-12), https://chris4copeland.blogspot.com/2023/07/the-nato-summit.html
  const d205 =
    'Yesterday, the Prime Minister joined NATO allies, as well as meeting with Turkish President Recep Tayyip Erdoğan, Polish President Andrzej Duda, and Dutch President Mark Rutte to discuss bilateral cooperation on trade, security and illegal migration.';

  it('is contradicted; the republics beside it are confirmed', () => {
    expect(titleVerdicts(d205, 'Dutch President Mark Rutte', '2023-07-12')).toEqual(['contradicted']);
    expect(titleVerdicts(d205, 'Polish President Andrzej Duda', '2023-07-12')).toEqual(['supported']);
  });

  it('with the fact changed: another kingdom and its prime minister', () => {
    expect(titleVerdicts('Swedish President Ulf Kristersson said.', 'Swedish President Ulf Kristersson', '2023-07-12')).toEqual([
      'contradicted',
    ]);
    expect(titleVerdicts('British President Rishi Sunak said.', 'British President Rishi Sunak', '2023-07-12')).toEqual(['contradicted']);
  });

  it('not flagged: Spain (President of the Government), a president of an EU body, one about to preside over one', () => {
    expect(isRed(verdictsOn('Spanish President Pedro Sánchez said.', 'Pedro Sánchez', '2023-07-12'))).toBe(false);
    expect(isRed(verdictsOn('Dutch President Ursula von der Leyen said.', 'Ursula von der Leyen', '2023-07-12'))).toBe(false);
    expect(isRed(verdictsOn('Belgian President Charles Michel said.', 'Charles Michel', '2019-07-12'))).toBe(false);
    expect(titleVerdicts(d205.replace('Dutch President', 'Dutch Prime Minister'), 'Dutch Prime Minister Mark Rutte', '2023-07-12')).toEqual(
      ['supported'],
    );
  });
});

describe('"formerly TITLE for a duration" after the name', () => {
  // c110 (2025-06-27), https://europeanleadershipnetwork.org/multimedia/the-women-leaders-podcast-a-nato-summit-for-daddy/
  const c110 =
    'NATO Secretary General Mark Rutte, formerly Premier of the Netherlands for a decade who objected to any form of extraneous collective spending, managed to overshadow all Trump pacifiers.';

  it('a decade for nearly fourteen years is contradicted', () => {
    expect(tenureVerdicts(c110, 'formerly Premier of the Netherlands for a decade', '2025-06-27')).toEqual(['contradicted']);
  });

  it('the right length, or one told with "more than", is confirmed', () => {
    const right = c110.replace('for a decade', 'for 14 years');
    expect(tenureVerdicts(right, 'formerly Premier of the Netherlands for 14 years', '2025-06-27')).toEqual(['supported']);
    const more = c110.replace('for a decade', 'for more than a decade');
    expect(tenureVerdicts(more, 'formerly Premier of the Netherlands for more than a decade', '2025-06-27')).toEqual(['supported']);
  });
});

describe('a dismissal from an office the person never held, while another of theirs ended that day', () => {
  // d207 (2024-03-08), https://www.ukrainianworldcongress.org/zaluzhnyi-appointed-as-ukraines-ambassador-to-uk/
  const d207 =
    'Valerii Zaluzhny has not commented on his appointment so far. The decision to dismiss Zaluzhny from the position of Chief of the General Staff of the Armed Forces was made on February 8.';
  const lead = 'Ukrainian President Volodymyr Zelenskyy has appointed Valerii Zaluzhnyi to the position of Ambassador. ';

  it('is contradicted (he was Commander-in-Chief)', () => {
    expect(tenureVerdicts(lead + d207, 'dismiss Zaluzhny from the position of Chief of the General Staff', '2024-03-08')).toEqual([
      'contradicted',
    ]);
  });

  it('his own office, and the real holder of the one named, are confirmed', () => {
    const own = (lead + d207).replace('Chief of the General Staff', 'Commander-in-Chief');
    expect(tenureVerdicts(own, 'dismiss Zaluzhny from the position of Commander-in-Chief', '2024-03-08')).toEqual(['supported']);
    const shaptala =
      'The decision to dismiss Serhii Shaptala from the position of Chief of the General Staff of the Armed Forces was made on February 9.';
    expect(tenureVerdicts(shaptala, 'dismiss Serhii Shaptala', '2024-03-08')).toEqual(['supported']);
  });

  it('not flagged on a day none of his offices ended', () => {
    expect(isRed(verdictsOn((lead + d207).replace('February 8', 'March 1'), 'dismiss Zaluzhny', '2024-03-08'))).toBe(false);
  });
});

describe("China's leaders checked through 2026", () => {
  it('the premier before Li Qiang is outdated in 2025; the sitting leaders are confirmed', () => {
    expect(titleVerdicts('Chinese Premier Li Keqiang said.', 'Chinese Premier Li Keqiang', '2025-06-01')).toEqual(['outdated']);
    expect(titleVerdicts('Chinese Premier Li Qiang said.', 'Chinese Premier Li Qiang', '2025-06-01')).toEqual(['supported']);
    expect(titleVerdicts('Chinese President Xi Jinping said.', 'Chinese President Xi Jinping', '2026-05-13')).toEqual(['supported']);
  });

  it('past the day checked, nothing is flagged', () => {
    expect(isRed(verdictsOn('Chinese Premier Li Keqiang said.', 'Li Keqiang', '2026-09-01'))).toBe(false);
  });
});

describe('a red flag stays off the true words beside it', () => {
  it('the title before a name keeps its own verdict; the day of a dismissal is not in its quote', () => {
    // c110: "NATO Secretary General Mark Rutte" is true on the page's day.
    const c110 = 'NATO Secretary General Mark Rutte, formerly Premier of the Netherlands for a decade who objected, managed it.';
    expect(isRed(verdictsOn(c110, 'NATO Secretary General Mark Rutte', '2025-06-27'))).toBe(false);
    // d207: "was made on February 8" is true.
    const d207 =
      'Valerii Zaluzhnyi spoke. The decision to dismiss Zaluzhny from the position of Chief of the General Staff of the Armed Forces was made on February 8.';
    expect(isRed(verdictsOn(d207, 'was made on February 8', '2024-03-08'))).toBe(false);
  });
});

describe('a describing word between "former" and the title', () => {
  // A mutation probe of held-out 13 b009's true sentence (a word inserted): "former" still runs over the title.
  it('is passed over, so a former holder is not read as sitting', () => {
    const text = 'Former populist Defense Minister Andrii Zahorodniuk headed the Ukrainian Defense Ministry from August 29, 2019.';
    expect(isRed(verdictsOn(text, 'Andrii Zahorodniuk', '2020-03-05'))).toBe(false);
  });
});

describe('a name that is one item of a list of "the TITLE NAME" phrases', () => {
  // https://mixedtimes.com/politics/zelensky-arrives-in-london-on-tour-to-drum-up-support-for-war-effort
  // The one false alarm of the fifteenth round's blind set at its start (held-out 14 o207, 10 October 2024; cited here
  // because it was fixed, so that item no longer counts as unseen): the list's next item was read as the name's apposition.
  const o207 =
    'The Ukrainian delegation met with the British Prime Minister Sir Keir Starmer, the new head of NATO Mark Rutte, the British defence minister, the head of the British armed forces, and Starmer’s national security advisor inside Downing Street.';

  it("the next item is not the name's title: no red flag, the title before the name is confirmed", () => {
    expect(isRed(verdictsOn(o207, 'Mark Rutte, the British defence minister', '2024-10-10'))).toBe(false);
    expect(titleVerdicts(o207, 'head of NATO Mark Rutte', '2024-10-10')).toEqual(['supported']);
  });

  it('a plain apposition of an office never held is still contradicted', () => {
    const plain = 'Kuleba met with Antony Blinken, the US defence secretary, in Kyiv.';
    expect(titleVerdicts(plain, 'Antony Blinken, the US defence secretary', '2022-10-10')).toEqual(['contradicted']);
  });
});
