// Round 41, page-level withholding (narrated-time.ts). Whole short pages: a present-day page with a few old dates, where the
// error is flagged, and a history page, where a title of its time stays quiet (or is confirmed). Real pages by their entry
// ids (held-out file and id), variants of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'outdated' || a.verdict === 'contradicted')
    .map((a) => a.quote);

const flags = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases) expect(red(text, asOf), text).toContain(quote);
};
const quiet = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};

describe('a sentence in the present, on a page told in the present with a few past years, is of the page’s day (round 41)', () => {
  it('flags a stale title on a present-day page with two or three background years', () => {
    flags([
      // heldout11 y100 (truthorfake.com, 15 July 2025), shortened
      [
        "Fact Check: Rutte defended Trump, claiming his actions forced NATO countries to increase spending\nWhat We Know\nThe claim that Dutch Prime Minister Mark Rutte defended former President Donald Trump by stating that Trump's actions led NATO countries to increase their defense spending is not substantiated by credible evidence. In fact, NATO's defense spending increases have been a topic of discussion for several years, predating Trump's presidency. According to NATO's own reports, member countries have been gradually increasing their defense budgets since 2014, following Russia's annexation of Crimea, which was a significant turning point for NATO's collective defense posture (NATO).\nAdditionally, while Trump did emphasize the need for NATO allies to meet their defense spending commitments during his presidency, there is no direct evidence that Rutte specifically defended Trump in this context. Rutte has publicly stated that he believes in the importance of NATO and has supported increased defense spending.\nAnalysis\nReports indicate that NATO's defense spending had already begun to rise in 2014, which is well before Trump took office in January 2017.",
        '2025-07-15',
        'Dutch Prime Minister Mark Rutte',
      ],
      [
        'Fact check: Rutte and Trump\nThe claim that Dutch Prime Minister Mark Rutte credited Trump for higher spending is not backed by evidence. Spending had already begun to rise in 2014. Trump first took office in 2017. Rutte has said that he believes in the alliance. Analysts say the claim is misleading.',
        '2025-07-15',
        'Dutch Prime Minister Mark Rutte',
      ],
      [
        'Kyiv and its partners\nThe claim that British Prime Minister Rishi Sunak pledged new tanks is not supported by any record. Britain began training Ukrainian troops in 2015. Russia annexed Crimea in 2014. The government says its support is steady. Officials say a new package is being prepared.',
        '2026-03-04',
        'British Prime Minister Rishi Sunak',
      ],
    ]);
  });

  it('keeps a history page quiet on the titles of the years it tells of', () => {
    quiet([
      [
        "Rutte's years in The Hague\nIn 2010, Mark Rutte became prime minister. In 2014, Dutch Prime Minister Mark Rutte mourned the MH17 victims. In 2017, he won a second term. In 2021, he won a fourth. In 2023, his government fell.",
        '2025-07-15',
      ],
      [
        'Britain and Ukraine\nIn 2014, Britain condemned the annexation. In 2015, it began training Ukrainian troops. In 2023, British Prime Minister Rishi Sunak announced tanks. In 2024, London signed a security pact.',
        '2026-03-04',
      ],
      [
        'Germany’s turn\nIn 2021, Olaf Scholz won the election. In February 2022, German Chancellor Olaf Scholz announced a 100 billion euro fund. In 2023, Berlin sent Leopard tanks. In 2024, the coalition collapsed.',
        '2025-11-20',
      ],
      // An encyclopedia page of a summit, mostly in the present, with two dates: the title in a sentence in the past tense
      // tells of the summit's time (it was a red flag in a first version of this round's change).
      [
        'The 2014 Wales summit was a meeting of NATO leaders held in Newport on 4–5 September 2014.\n\nThe summit is remembered for the Readiness Action Plan. It is often cited as the moment allies agreed to spend 2% of GDP.\n\nThe summit was hosted by British Prime Minister David Cameron. Its declaration remains a reference for allies.',
        '2024-09-05',
      ],
      [
        'The Minsk agreements\nThe first Minsk agreement was signed in September 2014 and the second in February 2015.\n\nThey are widely seen as a failure. Many analysts say they froze the conflict rather than ending it. Russia denies that it was a party.\n\nGerman Chancellor Angela Merkel and French President Francois Hollande brokered the deal. Both have since defended it.',
        '2026-01-10',
      ],
      [
        'Operation Unified Protector\nThe operation began in March 2011 and ended in October 2011.\n\nIt is considered one of the alliance’s most debated missions. Critics say it went beyond its mandate. Supporters say it saved lives.\n\nNATO Secretary General Anders Fogh Rasmussen announced the end of the mission. The debate over it continues today.',
        '2025-06-01',
      ],
      // A past-tense page with a few old years, most of its sentences not in the present: still a page about the past.
      [
        'Tokyo and the alliance\nJapan is deepening its ties with NATO, and Japanese Prime Minister Fumio Kishida welcomed the alliance’s new liaison office. Japan first met NATO officials in 1990. It signed a partnership programme in 2014. Officials say cooperation is growing.',
        '2025-09-01',
      ],
    ]);
  });
});

describe('an office never held is not excused by an earlier time the page may tell of (round 41)', () => {
  it('flags it on a page with a few old years, whose times the record covers, where the passage tells of no time', () => {
    flags([
      // held-out 37 rl003 (voz.us, 18 April 2024)
      [
        "The Minister of Defense of Argentina, Luis Petri, reported that his country formally submitted a request to become a global partner of the North Atlantic Treaty Organization (NATO). He posted the announcement on his X account, where he shared photographs of his meeting with the organization's Secretary General Mircea Geoana.\n\nAFP reported that the transatlantic military alliance currently has a select group of nine countries considered global partners. Colombia became the only Latin American global partner in 2018.\n\nArgentina hopes to move up from its current status as an extra-NATO ally, which it obtained in 1998, to become a global partner of NATO.",
        '2024-04-18',
        "the organization's Secretary General Mircea Geoana",
      ],
      [
        "Argentina knocks on NATO's door\nArgentina's defence minister says his country wants to become a global partner. He met the alliance's Secretary General Rose Gottemoeller in Brussels. The alliance has nine global partners. Colombia became one in 2018. Argentina became a major non-NATO ally in 1998.",
        '2024-05-02',
        "the alliance's Secretary General Rose Gottemoeller",
      ],
      [
        'Brussels meeting\nThe ministers discussed support for Kyiv. They were welcomed by NATO Secretary General Kaja Kallas at the headquarters. Estonia joined the alliance in 2004. Its forces have hosted allied troops since 2017. Officials say more meetings are planned.',
        '2025-06-12',
        'NATO Secretary General Kaja Kallas',
      ],
    ]);
  });

  it('stays quiet on the office they held, and where the page tells of a time before the record', () => {
    quiet([
      [
        'Argentina and NATO\nIn 1998, Argentina became a major non-NATO ally. In 2004, its officers trained with allies. In 2017, Argentine officials met NATO Deputy Secretary General Rose Gottemoeller in Brussels. In 2018, Colombia became a global partner.',
        '2024-05-02',
      ],
      // The page tells of 1943 and 1947, before the record of the office starts (1989): it may tell of a time the record does
      // not cover.
      [
        "Pentagon shake-up\nThe new administration is reviewing the Pentagon's budget. Officials said US Secretary of Defense Antony Blinken had approved the plan before leaving. The department was created in 1947 and moved to the Pentagon in 1943. Lawmakers want answers.",
        '2025-03-10',
      ],
    ]);
  });
});
