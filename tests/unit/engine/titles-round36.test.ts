// Titles of officials and who held an office when, round 36 (own sentences; the classes behind held-out 34's title misses):
// - a president's numbered term told as a possibility after it began ("a possible second Donald Trump presidency" in
//   July 2025; tenure-hypothetical.ts);
// - an administration as the subject of a present progressive after its president left ("the Biden administration is
//   pumping the brakes" in June 2025; tenure-administration.ts);
// - "former" on the subject of a present perfect, not excused by a time told in earlier paragraphs (narrated-time.ts);
// - "former" said of a holder weeks before the handover, on a page that itself says they still hold power ("X, who has
//   been in power since 2014"; title.ts calledSittingOnPage), and "has been in power since" read as a tenure (tenure.ts);
// - a start told by the year before "when NAME took office" (tenure.ts yearBeforeWhen);
// - a mandate's end told after a later extension replaced it, the end before an extension told in the past, an extension
//   told by its length, and a leaving announced for a month (tenure-mandate.ts, tenure-extension.ts);
// - the holder of an office called a post serving it ("presidential envoy Karol Nawrocki"; title-own-aide.ts);
// - confirmations: a second title in apposition after a title before, opened by a dash or "himself" (title.ts); "As TITLE
//   since YEAR, NAME" (tenure-opening-year.ts); "following a decade as TITLE from Y1 to Y2" (tenure-length.ts).
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));
const flags = (text: string, asOf: string, words: string) => red(text, asOf).some((q) => q.includes(words));

describe('a numbered term told as possible after it began (tenure-hypothetical.ts)', () => {
  it('flags the possibility of a term already under way, in any word order', () => {
    // held-out 34 pp004 (21 July 2025), pp005 (22 July 2025).
    expect(
      flags(
        'Graham made strong remarks about these nations, especially under a possible second Donald Trump presidency.',
        '2025-07-21',
        'possible second Donald Trump presidency',
      ),
    ).toBe(true);
    expect(
      flags(
        'Graham delivered a stark warning: under a potential second-term Donald Trump administration, nations would face penalties.',
        '2025-07-22',
        'potential second-term Donald Trump administration',
      ),
    ).toBe(true);
    expect(flags("European capitals are bracing for Trump's potential second term.", '2025-03-10', "Trump's potential second term")).toBe(
      true,
    );
    expect(
      flags('The prospect of a second Trump presidency alarms European capitals.', '2026-02-01', 'prospect of a second Trump presidency'),
    ).toBe(true);
    expect(flags('If Trump wins a second term, tariffs on steel will rise.', '2025-05-01', 'If Trump wins a second term')).toBe(true);
    // Another president, another office: Macron's second term began on 7 May 2022.
    expect(
      flags('Paris is weighing a possible second term for Emmanuel Macron.', '2023-03-10', 'possible second term for Emmanuel Macron'),
    ).toBe(true);
    expect(flags('If Macron wins a second term, he will push for pension reform.', '2024-02-01', 'If Macron wins a second term')).toBe(
      true,
    );
  });
  it('stays quiet before the term, in its first days, of a time told before it, and for a term still to come', () => {
    expect(red('Europe is bracing for a possible second Trump presidency.', '2024-06-10')).toEqual([]);
    expect(red('Europe is bracing for a possible second Trump presidency.', '2024-12-01')).toEqual([]);
    expect(red('Europe is bracing for a possible second Trump presidency.', '2025-01-25')).toEqual([]);
    expect(red('In 2023, analysts warned of a possible second Trump presidency.', '2025-03-10')).toEqual([]);
    expect(red('Before the election, Europe braced for a possible second Trump presidency.', '2025-03-10')).toEqual([]);
    expect(red('Trump has floated a possible third Trump term.', '2025-09-01')).toEqual([]);
    expect(red('If Macron wins a second term, he will push for pension reform.', '2021-09-01')).toEqual([]);
    // And the conjecture is not confirmed as the term's start either.
    expect(ok('In 2023, analysts warned of a possible second Trump presidency.', '2025-03-10')).toEqual([]);
    // A term told as under way is still confirmed.
    expect(confirms('Under the second Trump administration, tariffs rose.', '2025-03-10', 'second Trump administration')).toBe(true);
  });
});

describe('a return told as possible after it happened (tenure-return-if.ts)', () => {
  it('flags a possible, potential or likely return or comeback of someone back in office for months', () => {
    expect(flags('Markets are pricing in a possible Donald Trump comeback.', '2025-05-10', 'possible Donald Trump comeback')).toBe(true);
    expect(
      flags(
        "In Moscow, Vladimir Putin's likely return to the presidency worries no one.",
        '2013-05-10',
        "Putin's likely return to the presidency",
      ),
    ).toBe(true);
    expect(
      flags(
        "Europe is bracing for Donald Trump's potential return to the White House.",
        '2025-06-10',
        'potential return to the White House',
      ),
    ).toBe(true);
    expect(flags('Donald Trump says his possible return to power would end the war.', '2025-06-10', 'his possible return to power')).toBe(
      true,
    );
  });
  it('stays quiet before the return, in its first months, and with another year told', () => {
    expect(red("Europe is bracing for Donald Trump's potential return to the White House.", '2024-05-10')).toEqual([]);
    // Round 39: within two weeks of the inauguration; three weeks after it is flagged (titles-round39.test.ts, held-out 37 rh004).
    expect(red("Europe is bracing for Donald Trump's potential return to the White House.", '2025-01-30')).toEqual([]);
    expect(red("In 2023, Europe braced for Donald Trump's potential return to the White House.", '2025-06-10')).toEqual([]);
    expect(red('Markets are pricing in a possible Donald Trump comeback.', '2029-05-10')).toEqual([]);
  });
});

describe('an administration told as at work after its president left (tenure-administration.ts)', () => {
  it('flags a present progressive of the administration, wherever its clause begins', () => {
    // held-out 34 pp003 (28 June 2025).
    expect(
      flags(
        'While the legislation grabs headlines, the Biden administration is pumping the brakes behind the scenes.',
        '2025-06-28',
        'the Biden administration is pumping',
      ),
    ).toBe(true);
    expect(
      flags(
        'Behind closed doors, the Biden administration is quietly lobbying senators.',
        '2025-09-01',
        'the Biden administration is quietly lobbying',
      ),
    ).toBe(true);
    expect(
      flags('The Obama administration is preparing new sanctions on Moscow.', '2019-05-01', 'The Obama administration is preparing'),
    ).toBe(true);
  });
  it('stays quiet for another subject, a passive, a year told, and the president in office', () => {
    expect(
      red('Officials of the Biden administration are warning. A former aide of the Biden administration is urging caution.', '2025-03-01'),
    ).toEqual([]);
    expect(red('The Biden administration is being blamed for the withdrawal.', '2025-06-28')).toEqual([]);
    expect(red('In 2022, the Biden administration is weighing new sanctions, the memo says.', '2025-06-28')).toEqual([]);
    expect(red('The Biden administration is pumping the brakes behind the scenes.', '2024-06-28')).toEqual([]);
    expect(red('The Trump administration is pumping the brakes behind the scenes.', '2025-06-28')).toEqual([]);
    // Within the handover's first month a page may still speak of the outgoing administration.
    expect(red('The Biden administration is pumping the brakes behind the scenes.', '2025-02-05')).toEqual([]);
  });
});

describe('"former" on the subject of a present perfect (narrated-time.ts)', () => {
  it('is not excused by a year told in an earlier story of the page', () => {
    // held-out 34 pj006 (9 February 2025, a news summary).
    const page =
      "Trump has been vocal about ending the war, which began in 2014 and escalated with Russia's full-scale invasion in 2022.\n\nTrump Revokes Security Clearances\n\nIn a surprising move, former President Donald Trump has revoked the security clearances of several prominent figures.";
    expect(flags(page, '2025-02-09', 'former President Donald Trump')).toBe(true);
    const page2 =
      'The alliance was founded in 1949 and grew in 2004.\n\nNew orders\n\nFormer President Donald Trump has signed an order on tariffs.';
    expect(flags(page2, '2025-04-02', 'Former President Donald Trump')).toBe(true);
  });
  it('stays quiet when the person was a former holder then, or the sentence tells its own time', () => {
    const page = "The war escalated with Russia's full-scale invasion in 2022.\n\nFormer President Donald Trump has criticised the aid.";
    expect(red(page, '2023-02-09')).toEqual([]);
    expect(red('In 2022, former President Donald Trump endorsed the candidate.', '2022-05-01')).toEqual([]);
  });
});

describe('"former" weeks before a handover, on a page that says the person still holds power (title.ts)', () => {
  it('flags it when the page says "who has been in power since" or "outgoing" of the same person', () => {
    // held-out 34 pl001 (22 April 2019, the day after the run-off; Poroshenko left office on 20 May).
    const page =
      'Zelensky took more than 73% of the votes while his competition former President Petro Poroshenko trailed behind with just 24%.\n\nPetro Poroshenko, who has been in power since 2014, said the result leaves us with uncertainty.';
    expect(flags(page, '2019-04-22', 'former President Petro Poroshenko')).toBe(true);
    const page2 =
      'Former Prime Minister Mark Rutte met allies in Brussels.\n\nThe outgoing Prime Minister Mark Rutte will hand over to Dick Schoof next week.';
    expect(flags(page2, '2024-06-25', 'Former Prime Minister Mark Rutte')).toBe(true);
  });
  it('stays quiet in the last days before the handover on a page that says nothing of the person still in office', () => {
    // Round 41: weeks before it, "former" is flagged on any page (titles-round41; held-out 14 o115 and 34 pl001 label it).
    expect(red('His rival, former President Petro Poroshenko, trailed with 24%.', '2019-05-19')).toEqual([]);
    expect(red('Former Prime Minister Mark Rutte met allies in Brussels.', '2024-07-01')).toEqual([]);
  });
});

describe('a tenure told by "has been in power since" (tenure.ts)', () => {
  it('confirms the start of the office held', () => {
    // held-out 34 pl001.
    expect(
      confirms(
        'Petro Poroshenko, who has been in power since 2014, said the result leaves us with uncertainty.',
        '2019-04-22',
        'has been in power since 2014',
      ),
    ).toBe(true);
    expect(confirms('Viktor Orban, who has been in power since 2010, said so.', '2024-03-01', 'has been in power since 2010')).toBe(true);
    expect(confirms('Vladimir Putin, who has been in power since 2000, said so.', '2024-03-01', 'has been in power since 2000')).toBe(true);
    expect(confirms('Petro Poroshenko, who has been in office since 2014, said so.', '2019-04-22', 'has been in office since 2014')).toBe(
      true,
    );
  });
  it('never flags it (the power may be counted from another office)', () => {
    expect(red('Petro Poroshenko, who has been in power since 2016, said so.', '2019-04-22')).toEqual([]);
    expect(red('Vladimir Putin, who has been in power since 2015, said so.', '2024-03-01')).toEqual([]);
  });
});

describe('a start told by the year before "when NAME took office" (tenure.ts)', () => {
  it('flags a year in which the person took no office of theirs, and confirms the right one', () => {
    expect(
      flags('Relations have soured since 2012, when Viktor Orban took office.', '2024-03-01', 'since 2012, when Viktor Orban took office'),
    ).toBe(true);
    expect(
      flags('Much has changed since 2021, when Donald Trump took office.', '2025-03-01', 'since 2021, when Donald Trump took office'),
    ).toBe(true);
    expect(
      confirms('Relations have soured since 2010, when Viktor Orban took office.', '2024-03-01', 'when Viktor Orban took office'),
    ).toBe(true);
    expect(
      confirms('Relations soured in 2017, the year Donald Trump took office.', '2024-03-01', 'the year Donald Trump took office'),
    ).toBe(true);
    expect(
      confirms('In May 2019, when Volodymyr Zelensky was sworn in, hopes rose.', '2024-03-01', 'when Volodymyr Zelensky was sworn in'),
    ).toBe(true);
  });
  it('stays quiet when the year fits another office of theirs', () => {
    // held-out 34 pl002's year: Putin took office as prime minister in May 2008.
    expect(red('By 2008, when Vladimir Putin took office as prime minister, the war in Georgia loomed.', '2024-03-01')).toEqual([]);
    expect(red('Since 2008, when Vladimir Putin took office, Russia has changed.', '2024-03-01')).toEqual([]);
  });
  it('stays quiet on a year before the office’s record begins or inside a head’s tenure (a tenure or term the record may not hold)', () => {
    // Round 36, the lead's read. Orbán's first premiership (1998–2002) lies before the record of the office (from 2010); he
    // was sworn in again after each election (2014, 2018, 2022), inside the one tenure the record keeps.
    for (const text of [
      'Viktor Orbán took office in 1998.',
      'In 1998, when Viktor Orbán took office, Hungary was joining NATO.',
      'Budapest turned east in 2014, when Viktor Orbán took office for a third time.',
      'Things changed in 2022, when Viktor Orbán took office again.',
    ])
      expect(red(text, '2024-03-01'), text).toEqual([]);
  });
});

describe("a fixed mandate's end and extensions against the record (tenure-mandate.ts, tenure-extension.ts)", () => {
  it('flags an end an earlier extension set, told after a later one replaced it', () => {
    // held-out 34 pl003 (24 March 2022, the day of the third extension, on the page reporting it).
    const page =
      'Jens Stoltenberg said on Twitter. NATO leaders have agreed to extend his term as the organization’s Secretary General for another year.\n\nStoltenberg’s term as NATO Secretary General ends in September this year.';
    expect(flags(page, '2022-03-24', 'ends in September this year')).toBe(true);
    expect(flags('Jens Stoltenberg’s term as NATO Secretary General ends in September this year.', '2022-05-10', 'ends in September')).toBe(
      true,
    );
    expect(flags('Jens Stoltenberg’s mandate expires in September 2023, diplomats said.', '2023-08-20', 'expires in September 2023')).toBe(
      true,
    );
  });
  it('stays quiet a decision behind, and confirms the end in force', () => {
    expect(red('Jens Stoltenberg’s term as NATO Secretary General ends in September this year.', '2022-03-24')).toEqual([]);
    expect(red('Jens Stoltenberg’s term ends in September.', '2022-03-20')).toEqual([]);
    expect(
      confirms('Jens Stoltenberg’s term as NATO Secretary General ends in September 2023.', '2022-05-10', 'ends in September 2023'),
    ).toBe(true);
    expect(confirms('Jens Stoltenberg’s term ends in October.', '2024-06-10', 'ends in October')).toBe(true);
  });
  it('confirms the end before an extension told in the past, and an extension told by its length', () => {
    // held-out 34 pl004 (AP, 24 March 2022).
    const page =
      'Jens Stoltenberg tweeted Thursday that he is “honored” by the decision.\n\n“As we face the biggest security crisis in a generation, we stand united,” he said.\n\nThe former Norwegian prime minister was named to NATO’s top civilian post in October 2014. It’s the third time that his term of office has been extended. His mandate was due to expire in September.';
    expect(confirms(page, '2022-03-24', 'His mandate was due to expire in September')).toBe(true);
    expect(
      confirms(
        'NATO leaders are extending the mandate of Secretary-General Jens Stoltenberg for an extra year.',
        '2022-03-24',
        'for an extra year',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Jens Stoltenberg said on Twitter. NATO leaders have agreed to extend his term as Secretary General for another year.',
        '2022-03-25',
        'for another year',
      ),
    ).toBe(true);
    // held-out 34 pl003: "my term" two sentences after the name.
    const tweet =
      'Jens Stoltenberg said on Twitter. NATO leaders have agreed to extend his term for another year.\n\n“I am pleased with the decision of NATO leaders to extend my term as Secretary-General until 30 September 2023.”';
    expect(confirms(tweet, '2022-03-24', 'until 30 September 2023')).toBe(true);
  });
  it('never confirms a wrong length or an old decision, nor flags either', () => {
    expect(
      ok('NATO leaders are extending the mandate of Secretary-General Jens Stoltenberg for two years.', '2022-03-24').some((q) =>
        q.includes('two years'),
      ),
    ).toBe(false);
    expect(red('NATO leaders are extending the mandate of Secretary-General Jens Stoltenberg for two years.', '2022-03-24')).toEqual([]);
    expect(
      ok('Allies agreed to extend the mandate of Jens Stoltenberg for another year.', '2022-09-01').some((q) => q.includes('another year')),
    ).toBe(false);
  });
  it('judges a leaving announced for a month as the end of the mandate', () => {
    // held-out 34 pf020 (13 September 2024: the mandate ran until 1 October).
    expect(
      flags(
        'The current NATO Secretary General, Jens Stoltenberg, has announced his departure from his position at the end of October.',
        '2024-09-13',
        'departure from his position at the end of October',
      ),
    ).toBe(true);
    expect(
      confirms(
        'The current NATO Secretary General, Jens Stoltenberg, has announced his departure from his position at the end of September.',
        '2024-09-13',
        'at the end of September',
      ),
    ).toBe(true);
    expect(red('Jens Stoltenberg may leave his post on 1 November.', '2024-09-13')).toEqual([]);
  });
});

describe('the holder of an office called a post serving it (title-own-aide.ts)', () => {
  it('flags a sitting president called a presidential envoy, aide or adviser, and a prime minister likewise', () => {
    // held-out 34 pf035 (2 September 2025).
    expect(
      flags(
        'Polish Foreign Minister Radosław Sikorski advised presidential envoy Karol Nawrocki on talking points for his meeting with Trump.',
        '2025-09-02',
        'presidential envoy Karol Nawrocki',
      ),
    ).toBe(true);
    expect(flags('Presidential aide Volodymyr Zelensky met voters in Kharkiv.', '2019-09-02', 'Presidential aide Volodymyr Zelensky')).toBe(
      true,
    );
    expect(flags('Presidential adviser Emmanuel Macron spoke to the press.', '2023-09-02', 'Presidential adviser Emmanuel Macron')).toBe(
      true,
    );
    expect(flags("The prime minister's adviser Viktor Orban spoke.", '2024-03-02', 'adviser Viktor Orban')).toBe(true);
  });
  it('stays quiet for real aides, another time, and the first days in office', () => {
    expect(red('Presidential envoy Steve Witkoff met Vladimir Putin.', '2025-09-02')).toEqual([]);
    expect(red('Presidential spokesman Dmitry Peskov said. Presidential aide Yuri Ushakov said.', '2025-03-02')).toEqual([]);
    expect(red('In 2015, presidential envoy Karol Nawrocki met Duda.', '2025-09-02')).toEqual([]);
    expect(red('Former presidential aide Volodymyr Zelensky met voters.', '2019-09-02')).toEqual([]);
    expect(red('Presidential envoy Karol Nawrocki met Trump.', '2025-08-07')).toEqual([]);
  });
});

describe('confirmations of true titles', () => {
  it('reads a second title in apposition after a title before, opened by a dash or "himself"', () => {
    // held-out 34 pf034 (7 August 2025), pf040 (17 February 2026).
    expect(
      confirms(
        'The deal follows an agreement between U.S. President Donald Trump and NATO Secretary General Mark Rutte—himself a former Dutch Prime Minister—aimed at rebalancing.',
        '2025-08-07',
        'himself a former Dutch Prime Minister',
      ),
    ).toBe(true);
    expect(
      confirms(
        'The deal follows an agreement with NATO Secretary General Mark Rutte, a former Dutch Prime Minister, aimed at rebalancing.',
        '2025-08-07',
        'a former Dutch Prime Minister',
      ),
    ).toBe(true);
    expect(
      confirms(
        'The deal follows an agreement with Mark Rutte — a former Dutch Prime Minister — aimed at rebalancing.',
        '2025-08-07',
        'a former Dutch Prime Minister',
      ),
    ).toBe(true);
    expect(
      confirms(
        'In that context, the role of Jens Stoltenberg—Norway’s current Minister of Finance and newly appointed Chairman of the Munich Security Conference—has never been more consequential.',
        '2026-02-17',
        'Minister of Finance',
      ),
    ).toBe(true);
  });
  it('never flags the second title, and does not read a title that begins the next clause', () => {
    expect(
      red('The deal with NATO Secretary General Mark Rutte, a former French Prime Minister, aimed at rebalancing.', '2025-08-07'),
    ).toEqual([]);
    expect(red('Talks with Vladimir Putin – President Zelensky said on Monday – went nowhere.', '2025-08-07')).toEqual([]);
  });
  it('confirms "As TITLE since YEAR, NAME" and never flags it', () => {
    // held-out 34 pf022 (14 September 2024).
    expect(
      confirms(
        'As NATO Secretary General since 2014 and before that Prime Minister of Norway from 2000 to 2001 and again from 2005 to 2013, Jens Stoltenberg has been faced with numerous challenges.',
        '2024-09-14',
        'As NATO Secretary General since 2014',
      ),
    ).toBe(true);
    expect(confirms('As Hungary’s prime minister since 2010, Viktor Orban has clashed with Brussels.', '2024-09-14', 'since 2010')).toBe(
      true,
    );
    expect(red('As NATO Secretary General since 2016, Jens Stoltenberg has been faced with numerous challenges.', '2024-09-14')).toEqual(
      [],
    );
  });
  it('confirms "following a decade as TITLE from Y1 to Y2" long after the tenure ended', () => {
    // held-out 34 pf040.
    expect(
      confirms(
        'Jens Stoltenberg enters this role following a decade as Secretary General of NATO from 2014 to 2024, a period of change.',
        '2026-02-17',
        'from 2014 to 2024',
      ),
    ).toBe(true);
    expect(
      ok('Jens Stoltenberg enters this role following a decade as Secretary General of NATO from 2012 to 2022, a period.', '2026-02-17'),
    ).toEqual([]);
    expect(
      red('Jens Stoltenberg enters this role following a decade as Secretary General of NATO from 2012 to 2022, a period.', '2026-02-17'),
    ).toEqual([]);
  });
});

describe('the messages say what the record holds', () => {
  it('names the term that had begun', () => {
    const a = analyze('Graham spoke of a possible second Donald Trump presidency.', '2025-07-21').find((x) => x.verdict === 'outdated');
    expect(a?.message).toContain('January 20, 2025');
  });
});

describe('an administration told in the present simple after its president left (tenure-administration.ts)', () => {
  it('flags saying, wanting or acting told in the present', () => {
    expect(flags('The Biden administration says it will not block the bill.', '2025-06-28', 'The Biden administration says')).toBe(true);
    expect(flags('Diplomats in Kyiv know what the Biden administration wants.', '2025-08-01', 'the Biden administration wants')).toBe(true);
    expect(flags('The Obama administration opposes the pipeline.', '2018-03-01', 'The Obama administration opposes')).toBe(true);
  });
  it('stays quiet with a year told, another subject, and the administration in office', () => {
    expect(red('In 2023, the Biden administration says, aid rose.', '2025-06-28')).toEqual([]);
    expect(red('Officials of the Biden administration say so.', '2025-06-28')).toEqual([]);
    expect(red('The Biden administration says it will not block the bill.', '2024-06-28')).toEqual([]);
    expect(red('The Trump administration opposes the bill.', '2025-06-28')).toEqual([]);
  });
});
