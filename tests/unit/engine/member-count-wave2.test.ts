// NATO's size and membership in phrasings the second held-out set showed the engine missing
// (tests/fixtures/real/heldout2.jsonl): each on the real sentence, supported when true on the
// article's day, and nothing red where the phrasing is loose.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('member counts', () => {
  it('supports "the 30-nation North Atlantic Treaty Organization" in 2021, outdated in 2024', () => {
    // https://www.ndtvprofit.com/politics/nato-chief-calls-on-russia-to-avoid-escalation-near-ukraine (2021-11-15)
    const text =
      '“What we see is a significant, large Russian military build-up,” Jens Stoltenberg, secretary general of the 30-nation North Atlantic Treaty Organization, told reporters on Monday.';
    expect(verdictsOn(text, '30-nation North Atlantic Treaty Organization', '2021-11-15')).toEqual(['supported']);
    expect(verdictsOn(text, '30-nation North Atlantic Treaty Organization', '2024-06-01')).toEqual(['outdated']);
  });

  it('supports "the 31-member transatlantic alliance" (AP, 29 June 2023)', () => {
    // https://localnews8.com/news/ap-national/2023/06/29/nato-members-have-tentative-agreement-to-extend-secretary-general-stoltenbergs-tenure-another-year/
    const text =
      'NATO members have reached a tentative agreement to ask Secretary-General Jens Stoltenberg to remain head of the 31-member transatlantic alliance for another year.';
    expect(verdictsOn(text, '31-member transatlantic alliance', '2023-06-29')).toEqual(['supported']);
  });

  it('supports "NATO, comprises 30 countries" with NATO in apposition (Jagran Josh, January 2022)', () => {
    // https://www.jagranjosh.com/general-knowledge/list-of-nato-member-states-1643364720-1
    const text =
      'At present, the intergovernmental military alliance, NATO, comprises 30 countries from the original 12 countries that signed the North Atlantic Treaty on 4 April 1949.';
    expect(verdictsOn(text, 'NATO, comprises 30 countries', '2022-01-28')).toEqual(['supported']);
    expect(verdictsOn(text, 'the original 12 countries', '2022-01-28')).toEqual(['supported']);
  });

  it('supports "an intergovernmental military alliance between 31 member states" (canindia, July 2023)', () => {
    // https://www.canindia.com/nato-extends-jens-stoltenbergs-tenure-as-chief-9/
    const text = 'NATO is an intergovernmental military alliance between 31 member states – 29 European and two North American.';
    expect(verdictsOn(text, 'between 31 member states', '2023-07-05')).toEqual(['supported']);
    expect(verdictsOn(text, 'between 31 member states', '2025-07-05')).toEqual(['outdated']);
  });

  it('supports "Currently, there are 31 NATO members" (wisevoter, June 2023)', () => {
    // https://wisevoter.com/country-rankings/nato-countries/
    const text =
      'The North Atlantic Treaty Organization (NATO) is a political and military alliance established in 1949. Currently, there are 31 NATO members, including countries from North America and Europe.';
    expect(verdictsOn(text, 'there are 31 NATO members', '2023-06-01')).toEqual(['supported']);
  });

  it('supports "30 European and North American countries" said of NATO, and says nothing when the count is off', () => {
    // https://www.fox35orlando.com/news/biden-attends-2021-nato-summit-with-focus-on-russia-china (2021-06-14)
    const text =
      'Trump previously complained about the NATO alliance made between 30 European and North American countries, saying it allows "global freeloading" countries to spend less on military defense.';
    expect(verdictsOn(text, '30 European and North American countries', '2021-06-14')).toEqual(['supported']);
    expect(verdictsOn(text, '30 European and North American countries', '2024-06-14')).toEqual([]);
  });

  it('supports "Ukraine and the 30 allies" (Stoltenberg to CNN, June 2021), and reads no subset', () => {
    // https://edition.cnn.com/world/live-news/biden-nato-summit-updates-06-14-2021/h_214dc2e75e99ae3e03d5f9796e5792ef
    const text =
      '“Every nation has the right to choose its own path,” he told journalists after the NATO summit. “The message is that it is for Ukraine and the 30 allies to decide when Ukraine can become a NATO member.”';
    expect(verdictsOn(text, 'the 30 allies', '2021-06-14')).toEqual(['supported']);
    expect(verdictsOn(text, 'the 30 allies', '2024-06-14')).toEqual([]);
    const subset = 'NATO said that of the 30 allies that meet the target, most are in Europe.';
    expect(verdictsOn(subset, 'the 30 allies', '2021-06-14')).toEqual([]);
  });
});

describe('the newest member and the invitees', () => {
  it('supports "North Macedonia is the latest country to join NATO" in 2022, not in 2024', () => {
    // https://www.jagranjosh.com/general-knowledge/list-of-nato-member-states-1643364720-1
    const text =
      'North Macedonia is the latest country to join NATO member states while Bosnia and Herzegovina, Georgia and Ukraine are aspiring members of NATO.';
    expect(verdictsOn(text, 'the latest country to join NATO', '2022-01-28')).toEqual(['supported']);
    expect(verdictsOn(text, 'the latest country to join NATO', '2024-06-01')).not.toContain('supported');
  });

  it('supports "with Finland as its newest member" after NATO is named (NBC News, July 2023), and is never red', () => {
    // https://www.nbcnews.com/politics/politics-news/live-blog/biden-zelenskyy-nato-ukraine-russia-live-updates-rcna93801
    const text =
      "Biden will later deliver a speech at Vilnius University before heading to Helsinki, where he will celebrate NATO's expansion, with Finland as its newest member.";
    expect(verdictsOn(text, 'Finland as its newest member', '2023-07-12')).toEqual(['supported']);
    expect(isRed(verdictsOn(text, 'Finland as its newest member', '2025-07-12'))).toBe(false);
  });

  it('supports "Finland and Sweden, countries invited to join the organization" between invitation and accession (AGERPRES, November 2022)', () => {
    // https://www.stiripesurse.ro/second-day-of-nato-ministerial-meetings-in-bucharest_2680875.html
    const text =
      'On the second day of the meeting, a new session of the North Atlantic Council will be held with Finland and Sweden, countries invited to join the organization, followed by a session with partner countries.';
    expect(verdictsOn(text, 'countries invited to join the organization', '2022-11-30')).toEqual(['supported']);
    // Before the Madrid summit they were not yet invited; after Finland joined it was no longer a candidate.
    expect(verdictsOn(text, 'countries invited to join the organization', '2022-05-30')).toEqual([]);
    expect(verdictsOn(text, 'countries invited to join the organization', '2023-06-30')).toEqual([]);
  });
});

describe('the founders listed', () => {
  it('supports "The founding members of NATO are-- Belgium, Canada, ..." with its double hyphen (Jagran Josh, January 2022)', () => {
    // https://www.jagranjosh.com/general-knowledge/list-of-nato-member-states-1643364720-1
    const text =
      'The founding members of NATO are-- Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, United Kingdom and the United States.';
    expect(verdictsOn(text, 'Belgium, Canada, Denmark', '2022-01-28')).toEqual(['supported']);
    const wrong =
      'The founding members of NATO are-- Belgium, Canada, Denmark, France, Greece, Iceland, Italy, Luxembourg, Norway and Portugal.';
    expect(verdictsOn(wrong, 'Belgium, Canada, Denmark', '2022-01-28')).toEqual(['contradicted']);
  });
});

describe('loose counts of the allies at a summit', () => {
  it('supports "the 30 allies gathered" at the 2021 Brussels summit (Reuters via Yahoo News)', () => {
    // https://malaysia.news.yahoo.com/nato-leaders-pose-family-photo-141346458.html
    const text =
      "In a more pared-back gathering than past NATO summits, in part due to COVID-19 restrictions, without fighter jet fly-pasts, the 30 allies gathered in their glass and steel headquarters to agree reforms for a multipolar, post-Cold War world where China's military rise presents a new challenge.";
    expect(verdictsOn(text, 'the 30 allies', '2021-06-14')).toEqual(['supported']);
  });

  it('supports "the 29 allied nations" before the 2018 summit (Defense News via i360gov)', () => {
    // http://www.i360gov.com/US-military-news/2018/jun/14/what-countries-hope-to-get-out-of-the-nato-summit
    const text =
      'The biannual NATO summit, this year held July 11-12 in Brussels, represents the highest-level gathering of the 29 allied nations ― and a chance to firm up any changes or updates to NATO’s mission and operation.';
    expect(verdictsOn(text, 'the 29 allied nations', '2018-06-14')).toEqual(['supported']);
    expect(verdictsOn(text, 'the 29 allied nations', '2021-06-14')).toEqual([]);
  });

  it('supports "the 29 member nations of the North Atlantic Alliance" (Brussels Summit Declaration, 11 July 2018)', () => {
    // https://www.nato.int/cps/en/natohq/official_texts_156624.htm
    const text =
      'We, the Heads of State and Government of the 29 member nations of the North Atlantic Alliance, have gathered in Brussels at a time when the security of our nations and the rules-based international order are being challenged.';
    expect(verdictsOn(text, 'the 29 member nations', '2018-07-11')).toEqual(['supported']);
  });
});

describe('a hyphenated count with a space', () => {
  it('supports "the new 19- member NATO" three days after the 1999 accessions (DoD News, 16 March 1999)', () => {
    // http://www.defense.gov/news/newsarticle.aspx?id=42006 (1999-03-16; expected.jsonl summits03)
    const text = 'President Clinton welcomed the new allies and said the new 19- member NATO will be stronger and will make America safer.';
    expect(verdictsOn(text, '19- member NATO', '1999-03-16')).toEqual(['supported']);
    expect(verdictsOn(text, '19- member NATO', '2005-03-16')).toEqual(['outdated']);
  });
});

describe('leaders counted', () => {
  it('supports "The 29 leaders" at the London summit (IndraStra, 5 December 2019), and says nothing of another count', () => {
    // https://www.indrastra.com/2019/12/Highlights-of-NATO-s-London-Declaration-005-12-2019-0031.html
    const text =
      'NATO’s London summit, dedicated to the 70th anniversary of the Alliance, took place in London on December 3-4, 2019. And, for the first time in NATO’s history, threats arising from China were discussed at the summit. \n\nThe 29 leaders (of member countries) met outside London agreed on a joint declaration despite divides over strategy and spending.';
    expect(verdictsOn(text, 'The 29 leaders', '2019-12-05')).toEqual(['supported']);
    expect(verdictsOn(text, 'The 29 leaders', '2021-12-05')).toEqual([]);
  });
});
