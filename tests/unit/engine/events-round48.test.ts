// Round 48, events lane: a city of NATO's seat or summits put in a country that does not hold it, told with no meeting
// identified (place-city-country.ts, with the country after the comma read by place-country.ts wrongCountryAfter). Real
// wordings from held-out pages (ids) and from pages found by search (URLs); the other ways of the same slip beside them.
import { describe, expect, it } from 'vitest';
import { analyze, expectContradictedAs, expectNoRed, saidConfirmed } from './helpers';

describe('a NATO city put in the wrong country', () => {
  it('flags the city and the country, whatever meeting is meant', () => {
    expectContradictedAs('event', [
      // held-out 46 vh002, https://federalcharacter.com/sweden-finland-renew-bid-to-join-nato/ (19 May 2022): the ambassadors
      // met at NATO headquarters in Brussels, Belgium.
      [
        'A meeting was later held in Brussels, Germany to discuss the applications but broke up after failing to make any headway towards a comprehensive resolution.',
        '2022-05-19',
        'Brussels, Germany',
      ],
      ['A meeting was later held in Brussels, Germany', '2022-05-19', 'Brussels, Germany'],
      ['NATO ambassadors met at the alliance headquarters in Brussels, France, on Wednesday.', '2022-05-19', 'Brussels, France'],
      ['Leaders will gather for the summit in The Hague, Belgium, next week.', '2025-06-20', 'The Hague, Belgium'],
      ['NATO leaders will meet in Vilnius, Latvia, on 11 July.', '2023-07-01', 'Vilnius, Latvia'],
      ['The NATO summit will be held in Madrid, Portugal, at the end of June.', '2022-06-01', 'Madrid, Portugal'],
      ['NATO leaders meet in Warsaw, Russia next week.', '2016-07-01', 'Warsaw, Russia'],
      ['Allied leaders gathered in Vilnius, Latvia.', '2023-07-12', 'Vilnius, Latvia'],
      // held-out 34 pp001 (9 May 2025): the Wales summit was at the Celtic Manor, Newport, in Wales.
      ['At the 2014 summit in Newport, England, allies agreed to spend 2% of GDP on defence.', '2025-05-09', 'Newport, England'],
    ]);
    const [flag] = analyze('A meeting was later held in Brussels, Germany', '2022-05-19').filter((a) => a.verdict === 'contradicted');
    expect(flag.message).toMatch(/^Brussels is in Belgium, not in Germany/);
    expect(flag.sources.length).toBeGreaterThan(0);
  });

  it('leaves the right country, lists, possessives, settings and namesakes unflagged', () => {
    expectNoRed([
      // held-out 46 uz028, https://www.mfa.gov.lv/en/article/baiba-braze-meeting-nato-ministers-ukraine-needs-fair-and-lasting-peace-all-allies-must-swiftly-implement-hague-summit-decision-allocate-5-gdp-defence
      [
        'Strengthening the Alliance’s deterrence and defence capabilities, effective responses to Russian hybrid attacks against NATO member states, especially on the eastern flank, continued support for Ukraine’s self-defence, containment of Russia, and preparations for the NATO summit in Ankara, Turkey, were the main topics of discussion at the Meeting of NATO Ministers of Foreign Affairs in Brussels, Belgium, on 3 December 2025.',
        '2025-12-03',
      ],
      // https://futuremedianews.com.na/2025/06/24/nato-summit-kicks-off-in-the-hague
      [
        'Leaders from NATO’s 32 member states have convened in The Hague, Netherlands, for a two-day summit being hailed as “historic”.',
        '2025-06-24',
      ],
      // https://agentictribune.com/article/20250625-high-stakes-nato-summit-in-the-hague-defense-spending-and-global-security-at-the-forefront
      ['The NATO Summit is currently underway at the World Forum in The Hague, Netherlands.', '2025-06-25'],
      // https://legalclarity.org/nato-capital-location-and-functions-of-the-headquarters
      [
        'The NATO Headquarters is currently located in Brussels, Belgium, serving as the permanent political and administrative center of the Alliance.',
        '2025-11-01',
      ],
      ['The summit in The Hague, the Netherlands, opens on Tuesday.', '2025-06-20'],
      ['The NATO summit will be held in Ankara, Türkiye, in July.', '2026-06-01'],
      ['NATO leaders met in Vilnius, Lithuania.', '2023-07-11'],
      // A list, a possessive, a subject after a setting, "and" between the two.
      ['Talks in Brussels, Germany and France pushed for a quick decision.', '2022-05-19'],
      ['The talks were in Brussels, Germany, France and Italy said.', '2022-05-19'],
      ['The ministers met in Brussels, Germany’s foreign minister said.', '2022-05-19'],
      ["The ministers met in Brussels, Germany's foreign minister said.", '2022-05-19'],
      ['The ministers met in Brussels, German officials said.', '2022-05-19'],
      ['At the talks in Brussels, Germany on Tuesday pushed for a quick decision.', '2022-05-19'],
      // The country as the subject after a setting (the precision lane's look-alikes, precision-round48.test.ts).
      ['When allies met in Vilnius, Germany, too, pledged a brigade for Lithuania.', '2023-07-12'],
      ['A day after the summit in Vilnius, Germany on Thursday confirmed its brigade plan.', '2023-07-13'],
      ['Hours after the summit in Brussels, Poland, which borders Ukraine, repeated its call for a peacekeeping mission.', '2022-03-25'],
      ['NATO leaders met in Brussels, Germany in particular pushing for a quick decision.', '2022-03-25'],
      ['The ministers met in Brussels and Germany said it would help.', '2022-05-19'],
      // Namesakes: a US state, a Canadian town, a US city.
      ['The summit will be held in Washington, D.C., next week.', '2024-07-01'],
      ['A meeting was held in Paris, Texas.', '2024-07-01'],
      ['A NATO conference was held in Newport, Rhode Island.', '2024-07-01'],
      ['NATO veterans met in London, Canada, on Tuesday.', '2019-12-01'],
      ['A NATO reunion was held in Newport, USA.', '2019-12-01'],
      ['The summit will be held in Washington, USA.', '2024-07-01'],
      ['The NATO summit is held in Chicago, Illinois.', '2012-05-20'],
      // A sentence with no meeting or seat in it.
      ['He studied in Madrid, Spain and grew up in Brussels, Belgium.', '2024-05-01'],
    ]);
  });
});

describe('a NATO summit told as a gathering held at its place', () => {
  it('confirms the gathering held there, on its days or told later with its year', () => {
    // held-out 46 ve003, https://rightsta.com/wiki/wales-summit
    expect(
      saidConfirmed(
        'The Wales Summit was the NATO gathering held in Newport, Wales, in September 2014. Convened at a moment of renewed strategic strain in Europe, it brought together leaders from across the alliance.',
        '2014-09-06',
      ).some((s) => s.includes('Newport')),
    ).toBe(true);
    expect(saidConfirmed('the NATO gathering held in Newport, Wales, in September 2014', '2014-09-06')).toEqual([
      'supported: gathering held in Newport',
    ]);
    expect(saidConfirmed('the NATO gathering held in Vilnius in 2023', '2024-01-06')).toEqual(['supported: gathering held in Vilnius']);
    expect(saidConfirmed('the NATO gathering held in Brussels in 2018', '2019-01-06')).toEqual(['supported: gathering held in Brussels']);
  });
  it('confirms nothing when the year, the month or a relative time does not fit', () => {
    for (const [text, asOf] of [
      ['The Wales Summit was the NATO gathering held in Newport, Wales, in October 2014.', '2024-01-06'],
      ['the NATO gathering held in Vilnius in 2022', '2024-01-06'],
      ['the NATO gathering held in Vilnius two years ago in 2022', '2024-01-06'],
      ['the NATO gathering held in Vilnius in 2023 and again in 2024', '2024-08-06'],
    ] as const)
      expect(saidConfirmed(text, asOf), text).toEqual([]);
  });
});
