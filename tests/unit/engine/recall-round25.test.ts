// Round 25: recall of true core claims of kinds the engine did not read (made-up sentences and short real quotes).
// All of them only confirm: none of the look-alikes may be flagged, and the false ones are not confirmed.
import { describe, expect, it } from 'vitest';
import { analyze, kindOn, redQuotes, supportedQuotes } from './helpers';

const supportedOn = (kind: 'event' | 'tenure' | 'title', text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);

describe('a deadline a leader set a side of the war, told by its length (war-ultimatum.ts)', () => {
  it('confirms the 50-day deadline Trump set Russia on 14 July 2025, in its wordings', () => {
    expect(
      supportedOn(
        'event',
        'Trump declares delivery of Patriot missiles to Ukraine and gives Putin a 50-day ultimatum.',
        '50-day ultimatum',
        '2025-07-15',
      ),
    ).toEqual(['supported']);
    const within =
      'Trump expressed frustration with Russian President Vladimir Putin. The U.S. president issued a stark ultimatum to Russia, stating that if the war does not conclude within 50 days, his administration will impose a 100% tariff on Russian goods.';
    expect(supportedOn('event', within, 'within 50 days', '2025-07-14')).toEqual(['supported']);
    const later = 'In July, Trump set a 50-day deadline for Russia to agree to a ceasefire, later cutting it to 10 or 12 days.';
    expect(supportedOn('event', later, '50-day deadline', '2025-08-20')).toEqual(['supported']);
  });

  it('leaves other deadlines, other setters, a plan, and pages before the day alone', () => {
    expect(supportedOn('event', 'Trump set a 50-day deadline for Russia to agree to a ceasefire.', '50-day', '2025-06-01')).toEqual([]);
    expect(supportedOn('event', 'It has been 50 days since Trump threatened Russia with tariffs.', '50 days', '2025-09-02')).toEqual([]);
    expect(supportedOn('event', 'Trump may set a 50-day deadline for Putin, officials said.', '50-day', '2025-07-12')).toEqual([]);
    expect(supportedOn('event', 'Trump may set a 50-day deadline for Putin, officials said.', '50-day', '2025-07-20')).toEqual([]);
    const eu = 'The EU gave Hungary a 50-day deadline to lift its veto on sanctions against Russia.';
    expect(supportedOn('event', eu, '50-day', '2025-07-20')).toEqual([]);
    expect(redQuotes('Trump gave Russia a 30-day ultimatum to agree to a ceasefire.', '2025-07-20')).toEqual([]);
  });
});

describe('a president’s term told by its number, a return to office (tenure-terms.ts)', () => {
  it('confirms the Nth term or inauguration where the terms on record give it', () => {
    const fifth =
      'An inauguration ceremony to mark the official start of Vladimir Putin’s fifth term in office was held in the Kremlin on Tuesday.';
    expect(supportedQuotes(fifth, '2024-05-07')).toContain('Vladimir Putin’s fifth term');
    const of = 'The fifth inauguration of Vladimir Putin as President of Russia took place on 7 May 2024.';
    expect(supportedQuotes(of, '2024-05-08')).toContain('fifth inauguration of Vladimir Putin');
    expect(supportedQuotes('Vladimir Putin was sworn in for a fifth term on Tuesday.', '2024-05-07')).toContain(
      'Vladimir Putin was sworn in for a fifth term',
    );
    expect(supportedQuotes('Emmanuel Macron’s second inauguration took place on Saturday.', '2022-05-07')).toContain(
      'Emmanuel Macron’s second inauguration',
    );
    const attended = 'The summit is the first Donald Trump has attended since taking office for a second term in January.';
    expect(supportedQuotes(attended, '2025-06-24')).toContain('taking office for a second term in January');
    const pronoun =
      'Donald Trump tweeted back in 2018. Since taking office for the second time last month, he has again singled out this issue.';
    expect(supportedQuotes(pronoun, '2025-02-20')).toContain('taking office for the second time last month');
    const back = 'Officials are preparing for Donald Trump’s return to the White House in January, reports Reuters.';
    expect(supportedQuotes(back, '2024-11-19')).toContain('Donald Trump’s return to the White House in January');
  });

  it('does not confirm a number, a day or a month the terms on record do not give, and flags nothing', () => {
    const cases: [string, string][] = [
      ['Vladimir Putin was sworn in for a fourth term on Tuesday.', '2024-05-07'],
      ['Vladimir Putin’s sixth term would run to 2036.', '2024-03-01'],
      ['The fifth inauguration of Vladimir Putin took place on 7 May 2018.', '2024-05-08'],
      ['Officials recall Donald Trump’s return to the White House in March.', '2024-11-19'],
      ['Since taking office for the second time last week, Donald Trump has again singled out this issue.', '2025-02-20'],
      ['Joe Biden’s second term would have begun in January.', '2024-11-19'],
      ['The third inauguration of Emmanuel Macron is not due before 2027.', '2025-03-01'],
      ['If Vladimir Putin’s fifth term ends early, the Duma decides.', '2024-06-01'],
    ];
    for (const [text, asOf] of cases) {
      expect(analyze(text, asOf).filter((a) => a.kind === 'tenure' && a.verdict === 'supported')).toEqual([]);
      expect(redQuotes(text, asOf)).toEqual([]);
    }
    // Denied: not confirmed (another reader judges the denial).
    const denied = 'Trump’s second term has not occurred, as he lost the 2020 presidential election.';
    expect(supportedQuotes(denied, '2025-03-15')).not.toContain('Trump’s second term');
  });
});

describe('oaths and swearings-in in more wordings (tenure-oath.ts, title-sworn.ts)', () => {
  it('reads the oath told in a relative clause, and a government led by a named head', () => {
    const who =
      'Volodymyr Zelenskiy, who takes the presidential oath on Monday May 20, 2019, comes into the post having never held office.';
    expect(supportedOn('tenure', who, 'takes the presidential oath', '2019-05-20')).toEqual(['supported']);
    const helm = 'The new Polish centrist government, with Donald Tusk at the helm, was sworn in on December 13.';
    expect(supportedOn('tenure', helm, 'was sworn in on December 13', '2023-12-14')).toEqual(['supported']);
    const led = 'The new government, led by Donald Tusk, was sworn in on Wednesday.';
    expect(supportedOn('tenure', led, 'was sworn in on Wednesday', '2023-12-14')).toEqual(['supported']);
    const next = 'Television star Volodymyr Zelenskiy has been sworn in as Ukraine’s next president after he beat the incumbent.';
    expect(supportedQuotes(next, '2019-05-20')).toContain('Volodymyr Zelenskiy has been sworn in as Ukraine’s next president');
    const acting = 'Mark Esper will become the acting Secretary of Defense on Monday.';
    expect(supportedQuotes(acting, '2019-06-19')).toContain('Mark Esper will become the acting Secretary of Defense');
  });

  it('leaves a wrong day, a clause about another role, and other people alone', () => {
    const wrong = 'Volodymyr Zelenskiy, who took the presidential oath on Monday May 27, 2019, comes into the post.';
    expect(supportedOn('tenure', wrong, 'took the presidential oath', '2019-05-20')).toEqual([]);
    const critic = 'The government, with Donald Tusk as its critic, was sworn in on December 20.';
    expect(supportedOn('tenure', critic, 'was sworn in', '2023-12-14')).toEqual([]);
    const helmWrong = 'The new government, with Donald Tusk at the helm, was sworn in on November 13.';
    expect(supportedOn('tenure', helmWrong, 'was sworn in', '2023-12-14')).toEqual([]);
    expect(redQuotes(critic, '2023-12-14')).toEqual([]);
    expect(redQuotes(helmWrong, '2023-12-14')).toEqual([]);
  });
});

describe('the UN General Assembly’s tallies on the war (unga-votes.ts), and the UN named for its Assembly', () => {
  it('confirms a tally a resolution on record had, in its wordings', () => {
    const to = 'The UN General Assembly voted to reprimand Russia for invading Ukraine. The vote was 141 to five, with 35 abstentions.';
    expect(supportedOn('event', to, '141 to five', '2022-03-02')).toEqual(['supported']);
    const nations =
      'The United Nations passed a resolution condemning Russia’s invasion of Ukraine. 141 nations voted in favor of the resolution, with 35 abstentions and five voting against.';
    expect(supportedOn('event', nations, '141 nations voted in favor', '2022-03-03')).toEqual(['supported']);
    const hrc =
      'The UN General Assembly suspended Russia from the Human Rights Council, with 93 votes in favour, 24 against and 58 abstentions.';
    expect(supportedOn('event', hrc, '93 votes in favour', '2022-04-08')).toEqual(['supported']);
    const wednesday = 'The United Nations on Wednesday passed a resolution condemning Russia’s invasion of Ukraine.';
    expect(supportedOn('event', wednesday, 'United Nations on Wednesday', '2022-03-03')).toEqual(['supported']);
  });

  it('leaves a tally no resolution had, the Security Council’s, and a page before the vote alone', () => {
    const off = 'The UN resolution on Ukraine was backed by 141 countries, with 5 against and 40 abstentions.';
    expect(supportedOn('event', off, '141 countries', '2022-03-02')).toEqual([]);
    const council = 'In the UN Security Council, the vote on Ukraine was 11 to 1, with 3 abstentions.';
    expect(supportedOn('event', council, '11 to 1', '2022-02-26')).toEqual([]);
    const early = 'The UN General Assembly vote on Ukraine was 143 in favour, five against, 35 abstentions.';
    expect(supportedOn('event', early, '143 in favour', '2022-03-02')).toEqual([]);
    const councilDay = 'The U.N. Security Council on Wednesday passed a resolution on Ukraine.';
    expect(supportedOn('event', councilDay, 'Security Council', '2022-03-03')).toEqual([]);
    for (const text of [off, council, early, councilDay]) expect(redQuotes(text, '2022-03-03')).toEqual([]);
  });
});

describe('an arms-control treaty told as "the treaty" or "the pact" near its name (arms-control.ts)', () => {
  it('confirms the step of the one treaty named nearby', () => {
    const inf =
      'The U.S. has formally withdrawn from a nuclear treaty with Russia, with Mike Pompeo saying Russia bears sole responsibility for the pact made in 1987. The Intermediate-Range Nuclear Forces Treaty (INF) was signed by Ronald Reagan and Mikhail Gorbachev.';
    expect(supportedOn('event', inf, 'withdrawn from a nuclear treaty', '2019-08-02')).toEqual(['supported']);
    const start =
      'Putin announced that Russia would halt participation in the New START treaty. Putin said in Moscow that Russia was not fully withdrawing from the treaty -- the last remaining arms control agreement it had with the United States -- but was suspending its participation in the pact. Russia and the United States had signed a five-year extension of the treaty in 2021.';
    expect(supportedOn('event', start, 'suspending its participation', '2023-02-21')).toEqual(['supported']);
    expect(supportedOn('event', start, 'five-year extension of the treaty in 2021', '2023-02-21')).toEqual(['supported']);
  });

  it('never flags a step told of "the treaty", and reads nothing with two treaties nearby', () => {
    const wrong = 'The INF Treaty was a landmark. The United States withdrew from the treaty in 2017.';
    expect(redQuotes(wrong, '2020-01-01')).toEqual([]);
    const two = 'The INF Treaty and the Open Skies Treaty are gone. The United States withdrew from the treaty.';
    expect(supportedOn('event', two, 'withdrew from the treaty', '2021-01-01')).toEqual([]);
    const early = 'The INF Treaty was signed in 1987. The U.S. has formally withdrawn from the treaty.';
    expect(supportedOn('event', early, 'withdrawn from the treaty', '2019-03-01')).toEqual([]);
  });
});
