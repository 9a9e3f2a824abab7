// Round 26, errors about the war's dates and the summit series read as families (made-up sentences in the forms of the
// development sets' misses, not their own): (1) the full-scale invasion's day told after a count back ("launched its
// unprovoked invasion of Ukraine nearly four years ago on February 22, 2022"; war-anchors.ts); (2) the NATO summits
// before the one a page reports, told by their years ("the previous two gatherings in 2017 and 2019", June 2021;
// summit-previous.ts). Each with true look-alikes that stay unflagged.
import { describe, expect, it } from 'vitest';
import { redFlags, supportedQuotes } from './helpers';

const verdicts = (text: string, asOf: string) => redFlags(text, asOf).map((a) => a.verdict);

describe("the full-scale invasion's day after a count back or a launch verb", () => {
  it('a day two or more off the 24th is contradicted', () => {
    for (const [text, asOf] of [
      ['Moscow launched its brutal invasion of Ukraine almost three years ago, on February 21, 2022, and the war goes on.', '2025-01-20'],
      ['When Russia launched its unprovoked invasion of Ukraine on 22 February 2022, few expected the war to last.', '2024-05-02'],
      ['Russia launched its invasion of Ukraine two years ago on February 26, 2022.', '2024-03-05'],
      ['The war began when Russia started its illegal invasion of Ukraine on February 22, 2022.', '2023-10-10'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right day, recognition and other launches, the evening in the Americas and another invasion are not flagged', () => {
    expect(
      supportedQuotes('Russia launched its unprovoked invasion of Ukraine nearly three years ago on February 24, 2022.', '2025-01-20').join(
        ' ',
      ),
    ).toContain('February 24, 2022');
    for (const [text, asOf] of [
      ['Putin recognised the separatist regions three years ago on February 21, 2022, before the invasion.', '2025-03-01'],
      ["Russia launched its invasion of Ukraine after Putin's speech on February 21, 2022.", '2025-03-01'],
      ['Russia launched its military buildup near Ukraine a year ago on February 22, 2021.', '2022-03-01'],
      ['Biden said Russia launched its invasion on February 22 when troops entered the Donbas.', '2022-03-01'],
      ['Russia launched its invasion of Ukraine one year ago on February 23, 2022, at night US time.', '2023-03-01'],
      ['Russia began its invasion of Crimea ten years ago on February 27, 2014.', '2024-03-01'],
      ['"Russia launched its invasion of Ukraine on February 22, 2022," the lawmaker wrongly claimed.', '2024-03-01'],
    ])
      expect(verdicts(text, asOf), text).not.toContain('contradicted');
  });
});

describe('the NATO summits before the one a page reports', () => {
  it('years that are the previous summits of no count are contradicted', () => {
    for (const [text, asOf] of [
      [
        'NATO leaders meet in Brussels on Monday for a summit. The mood is set to differ from the previous two gatherings in 2017 and 2019, when Trump dominated.',
        '2021-06-13',
      ],
      ['NATO leaders gather in Vilnius this week, after the previous two summits in 2019 and 2022.', '2023-07-10'],
      ['The alliance meets in Washington. The three previous summits, in 2020, 2022 and 2023, set the stage.', '2024-07-09'],
      ['NATO leaders gather in London; the last two summits, in 2016 and 2017, were tense.', '2019-12-02'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right years by any count, other clubs, pages far from a summit, quotes and "last" after the summit are not flagged', () => {
    expect(
      supportedQuotes(
        'NATO leaders meet in Brussels on Monday for a summit. The mood will differ from the previous two gatherings in 2018 and 2019.',
        '2021-06-13',
      ).join(' '),
    ).toContain('previous two gatherings in 2018 and 2019');
    for (const [text, asOf] of [
      // With the leaders' meetings of 2017 and 2019 left out (Warsaw 2016, Brussels 2018): another writer's count.
      ['NATO leaders meet in Brussels on Monday for a summit, after the previous two summits in 2016 and 2018.', '2021-06-13'],
      // With the extraordinary summits of 2022: Brussels in March, Madrid in June.
      ['NATO leaders gather in Vilnius; the previous two summits were in 2022 and 2022.', '2023-07-10'],
      ['G7 leaders meet in Cornwall. The mood will differ from the previous two summits in 2017 and 2019.', '2021-06-11'],
      [
        'NATO leaders meet in Brussels. The atmosphere at the G7 summit differed from the previous two gatherings in 2017 and 2019.',
        '2021-06-14',
      ],
      ['NATO is debating spending. The previous two summits in 2017 and 2019 were tense.', '2020-03-01'],
      ['NATO leaders met in Brussels; the last two summits, in 2019 and 2021, were tense.', '2021-06-25'],
      ['NATO leaders meet in Brussels. "The previous two gatherings in 2017 and 2019 were hard," a diplomat said.', '2021-06-13'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe("the Donbas war's start in a relative clause and Crimea's invasion by its year", () => {
  it('another year is contradicted', () => {
    for (const [text, asOf] of [
      ['The conflict in eastern Ukraine, which began in 2016, has killed 14,000 people, Russia and Ukraine say.', '2021-04-10'],
      ['Russia invaded Crimea in 2015 and has held it since.', '2022-04-10'],
      ["Moscow's invasion of Crimea in 2016 shocked Europe, Ukraine said.", '2020-04-10'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right year, the full-scale war, the Crimean War and a year of another country are not flagged', () => {
    expect(supportedQuotes('Russia invaded Crimea in 2014, then the rest of Ukraine in 2022.', '2023-04-10').join(' ')).toContain(
      'invaded Crimea in 2014',
    );
    for (const [text, asOf] of [
      ['The conflict in eastern Ukraine, which began in 2014, has killed 14,000 people.', '2021-04-10'],
      ['Russia pressed on with the war in eastern Ukraine that began in 2022 with the invasion.', '2022-04-10'],
      ['In 1854, British, French and Ottoman forces invaded Crimea, fighting Russia.', '2022-04-10'],
      ['Russia invaded Crimea and Ukraine in 2022, the senator wrongly said.', '2022-04-10'],
      ['Russia invaded Crimea eight years ago and the rest of Ukraine in 2022.', '2022-04-10'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe('the years from 9/11 to the page told as a count', () => {
  it('a count the page is well past or short of is contradicted', () => {
    for (const [text, asOf] of [
      [
        'Article 5 was invoked only once, after 9/11. A steel beam from the towers stands at NATO headquarters. But nearly two decades later, the alliance faces new pressures.',
        '2025-06-24',
      ],
      ['Two decades after 9/11, NATO is still in the shadow of Afghanistan.', '2015-05-10'],
      ['More than two decades after the September 11 attacks, the alliance faces new threats.', '2019-06-24'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('a fitting count, a count told of a past event, another year, quotes and 9/11 far before are not flagged', () => {
    expect(supportedQuotes('Two decades after 9/11, NATO is still in the shadow of Afghanistan.', '2021-09-10').join(' ')).toContain(
      'Two decades after 9/11',
    );
    for (const [text, asOf] of [
      ['Two decades after 9/11, the US withdrew from Afghanistan.', '2025-06-24'],
      ['Some 20 years after 9/11, in 2021, the alliance left Kabul.', '2025-06-24'],
      ['"Nearly two decades after 9/11, the alliance is still here," the minister said.', '2025-06-24'],
      ['If two decades after 9/11 the alliance is still divided, it has failed.', '2016-06-24'],
      ['The towers fell on 9/11. In 2003 the US invaded Iraq. Nearly two decades later, the region is still unstable.', '2025-06-24'],
      ['Two decades after 9/11, NATO is still in the shadow of Afghanistan.', '2023-09-10'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});
