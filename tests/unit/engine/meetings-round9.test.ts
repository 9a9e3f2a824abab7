// Meetings, summits and the war told in real articles (held-out 7, read in the ninth round). Each
// family is tested on the article's sentence, on sentences of the same kind from other pages (URLs
// in comments), with the fact changed (flagged where the claim is identified beyond doubt), and on
// true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, eventVerdictsOn, eventsOn, isRed } from './helpers';

const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);

describe('a day said of the invasion: inside the phrase, after its noun, or at the head of the sentence', () => {
  // https://www.kyivpost.com/post/13384 and https://www.wionews.com/... (AFP, 23 February 2023; held-out 7, q027, q028)
  const afp =
    "In his opening remarks, Guterres highlighted the impact on the world of Russia's February 24, 2022 invasion of its neighbor.";
  // https://russialist.org/jrl-newswatch-kyrylo-budanov-... (Le Monde, 15 January 2024; held-out 7, q035)
  const leMonde =
    'Kyrylo Budanov is one of the few Ukrainian officials to have predicted the Russian invasion on February 24, 2022, specifying that it would take place at 5 am.';

  it("the articles' sentences are confirmed", () => {
    expect(eventVerdictsOn(afp, "Russia's February 24, 2022 invasion", '2023-02-23')).toEqual(['supported']);
    expect(eventVerdictsOn(leMonde, 'the Russian invasion on February 24, 2022', '2024-01-15')).toEqual(['supported']);
  });

  it('other pages: the day at the head of the sentence, after "invasion of", inside a wire\'s phrase', () => {
    // https://www.jurist.org/features/author/olhachernovol/
    const jurist = 'On February 24, 2022, Russia launched a large-scale military invasion, essentially declaring war against Ukraine.';
    expect(eventVerdictsOn(jurist, 'Russia launched a large-scale military invasion', '2023-06-01')).toEqual(['supported']);
    // Wikipedia's lead on the invasion, as quoted at checknft.io
    const wiki = 'On 24 February 2022, Russian President Vladimir Putin ordered an invasion of Ukraine by Russian armed forces.';
    expect(eventVerdictsOn(wiki, 'ordered an invasion', '2023-06-01')).toEqual(['supported']);
    expect(
      eventVerdictsOn("Ukraine still counts the cost of Moscow's Feb. 24, 2022, full-scale invasion.", 'Feb. 24, 2022', '2024-03-01'),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn("Kyiv recalls Russia's full-scale invasion of February 24, 2022.", 'invasion of February 24', '2024-03-01'),
    ).toEqual(['supported']);
  });

  it('a wrong day or year said tightly of the invasion is contradicted', () => {
    // Ukraine named in the sentence before, as in the article.
    const changed = `Guterres condemned Russia's invasion of Ukraine. ${afp.replace('24, 2022', '14, 2022')}`;
    expect(eventVerdictsOn(changed, 'February 14, 2022', '2023-02-23')).toEqual(['contradicted']);
    // Without Ukraine named, "its neighbor" may be another.
    expect(isRed(verdicts(afp.replace('24, 2022', '14, 2022'), '2023-02-23'))).toBe(false);
    expect(
      eventVerdictsOn(
        "Guterres spoke of Ukraine and of Russia's February 24, 2023 invasion of its neighbor.",
        'February 24, 2023',
        '2023-06-01',
      ),
    ).toEqual(['contradicted']);
    expect(
      eventVerdictsOn('On February 20, 2022, Russia launched a full-scale invasion of Ukraine.', 'February 20, 2022', '2023-06-01'),
    ).toEqual(['contradicted']);
    expect(eventVerdictsOn("Kyiv recalls Russia's full-scale invasion of February 14, 2022.", 'February 14, 2022', '2024-03-01')).toEqual([
      'contradicted',
    ]);
  });

  it("not flagged: a day that may be another event's, a day foreseen, the Donbas days, the 23rd, an attack, 2014, before the war", () => {
    // The day may be when something else happened during the invasion.
    expect(isRed(verdicts('The Mriya was destroyed in Ukraine during the Russian invasion on February 27, 2022.', '2023-06-01'))).toBe(
      false,
    );
    // A day foretold before the war.
    expect(isRed(verdicts("Officials in Kyiv warned of Russia's February 16, 2022 invasion of Ukraine.", '2023-06-01'))).toBe(false);
    // Troops were ordered into the Donbas on the 21st and 22nd; some accounts start there.
    expect(isRed(verdicts("Ukraine has fought since Russia's February 22, 2022 invasion.", '2023-06-01'))).toBe(false);
    // The evening before in the Americas (https://endtimestruth.com/tag/the-time-of-the-end/).
    expect(
      isRed(
        verdicts(
          'The Russian military forces poised north, east, and south of Ukraine began a full-scale invasion by crossing the Ukrainian border on February 23, 2022.',
          '2023-06-01',
        ),
      ),
    ).toBe(false);
    // Any attack may be meant.
    expect(isRed(verdicts("Kyiv recalls Russia's October 10, 2022 attack on Ukraine's power grid.", '2023-06-01'))).toBe(false);
    expect(isRed(verdicts("Ukraine recalls Russia's February 27, 2014 invasion of Crimea.", '2023-06-01'))).toBe(false);
    expect(isRed(verdicts("Ukraine fears Russia's February 14, 2022 invasion.", '2022-02-10'))).toBe(false);
  });
});

describe('a summit named by its year, then where it is held; a country said as host', () => {
  it('the article: "The 2026 NATO leaders summit will be hosted by Türkiye in July" (Erdoğan, 30 June 2025; held-out 7, q061)', () => {
    // https://www.hurriyetdailynews.com/2026-nato-summit-to-be-held-in-ankara-erdogan-announces-210944
    const q061 =
      'Speaking after a cabinet meeting on June 30, Erdoğan said, "The 2026 NATO leaders summit will be hosted by Türkiye in July.';
    expect(eventsOn(q061, 'hosted by Türkiye', '2025-06-30').map((a) => `${a.verdict} ${a.factIds[0]}`)).toEqual([
      'supported nato-summit-2026-ankara',
    ]);
  });

  it('other pages: a country matched as a qualifier, "NATO\'s next scheduled summit"', () => {
    // https://www.devdiscourse.com/article/law-order/2519554-2025-nato-summit-to-be-held-in-the-netherlands (Reuters, 11 July 2023)
    const reuters = 'The 2025 NATO summit will be held in the Netherlands, NATO said in a communique on Tuesday.';
    expect(eventsOn(reuters, 'held in the Netherlands', '2023-07-11').map((a) => `${a.verdict} ${a.factIds[0]}`)).toEqual([
      'supported nato-summit-2025-the-hague',
    ]);
    // https://kion546.com/news/ap-national-news/2022/11/09/nato-announces-next-leaders-summit-will-be-in-lithuania/ (AP, 9 November 2022)
    const ap =
      "Wednesday's announcement that NATO's next scheduled summit will take place in the capital, Vilnius, comes as Russia's war on Ukraine fuels security tensions in Europe.";
    expect(eventsOn(ap, 'next scheduled summit', '2022-11-09').map((a) => `${a.verdict} ${a.factIds[0]}`)).toEqual([
      'supported nato-summit-2023-vilnius',
    ]);
    expect(eventVerdictsOn('NATO said so. The next NATO summit will be held in the Netherlands.', 'the Netherlands', '2024-09-01')).toEqual(
      ['supported'],
    );
  });

  it("another host: not confirmed; contradicted where the next summit's place was known", () => {
    // A month that fits no longer confirms a summit said to be hosted elsewhere.
    expect(
      eventVerdictsOn('NATO said so. The 2026 NATO leaders summit will be hosted by Spain in July.', 'hosted by Spain', '2025-09-01'),
    ).not.toContain('supported');
    expect(eventVerdictsOn('NATO said so. The next NATO summit will be held in Spain.', 'Spain', '2024-09-01')).toEqual(['contradicted']);
  });

  it('not flagged: a past summit of that year, a host not yet known, a narrated past', () => {
    expect(isRed(verdicts('NATO said so. The 2023 NATO summit was held in Vilnius.', '2023-07-20'))).toBe(false);
    // Before The Hague summit named Türkiye, the 2026 host was not public.
    expect(isRed(verdicts('NATO said so. The 2026 NATO summit will be held in Spain.', '2024-01-10'))).toBe(false);
    expect(isRed(verdicts('In 2017, NATO said the 2018 NATO summit would be held in Spain.', '2025-09-01'))).toBe(false);
  });
});
