// NATO's membership in phrasings the third held-out set showed the engine missing
// (tests/fixtures/real/heldout3.jsonl): each on the real sentence, with a true sentence of the
// same shape that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('the count told as European members and the two North American ones', () => {
  // https://bigrafikir.com/threads/what-countries-are-in-nato-2024.21401 (June 2024)
  const text =
    'In 2024, NATO comprises 30 member countries spanning North America and Europe. These member states include the United States, Canada, and 28 European nations.';

  it('flags "the United States, Canada, and 28 European nations" as outdated in 2024 (30 European since Finland and Sweden)', () => {
    expect(membership(text, 'the United States, Canada, and 28 European nations', '2024-06-01')).toEqual(['outdated']);
  });

  it('supports it in 2021, and supports 30 European in 2024', () => {
    expect(membership(text, 'the United States, Canada, and 28 European nations', '2021-06-01')).toEqual(['supported']);
    const now = 'NATO has grown. Its member states include the United States, Canada, and 30 European nations.';
    expect(membership(now, 'the United States, Canada, and 30 European nations', '2024-06-01')).toEqual(['supported']);
  });

  it('supports "29 European and two North American" (canindia, July 2023)', () => {
    const canindia = 'NATO is an intergovernmental military alliance between 31 member states – 29 European and two North American.';
    expect(membership(canindia, '29 European and two North American', '2023-07-05')).toEqual(['supported']);
  });

  it('never flags parts that may be some of the allies, or another group', () => {
    const pledged = 'NATO allies: the United States, Canada and 20 European nations pledged troops to the new force.';
    expect(isRed(verdictsOn(pledged, '20 European nations', '2024-06-01'))).toBe(false);
    const outdatedButLoose = 'At the NATO summit, the United States, Canada and 28 European nations signed the declaration.';
    expect(isRed(verdictsOn(outdatedButLoose, '28 European nations', '2024-06-01'))).toBe(false);
    const some = 'Some NATO members, the United States, Canada and 26 European countries, sent troops.';
    expect(isRed(verdictsOn(some, '26 European countries', '2024-03-12'))).toBe(false);
    const sent = 'NATO members the United States, Canada and 26 European countries have sent troops to Poland.';
    expect(isRed(verdictsOn(sent, '26 European countries', '2024-03-12'))).toBe(false);
    const coalition = 'The coalition of the United States, Canada and 20 European nations backs Ukraine; NATO welcomed it.';
    expect(verdictsOn(coalition, '20 European nations', '2024-06-01')).toEqual([]);
  });
});

describe('the count of founders', () => {
  it('flags "established in 1949 by 28 European countries and two North American countries" (hhooww.com, January 2024)', () => {
    // https://www.hhooww.com/what-is-nato/
    const text =
      'The North Atlantic Treaty Organization (NATO) was established in 1949 by 28 European countries and two North American countries.';
    expect(membership(text, '28 European countries and two North American countries', '2024-01-15')).toEqual(['contradicted']);
    const right = text.replace('28 European', '10 European');
    expect(membership(right, '10 European countries and two North American countries', '2024-01-15')).toEqual(['supported']);
  });

  it('flags "NATO was founded in 1949 by 30 countries"; not a count of today that follows the founding', () => {
    expect(membership('NATO was founded in 1949 by 30 countries.', 'by 30 countries', '2024-01-15')).toEqual(['contradicted']);
    const today = 'NATO, established in 1949, now brings together 30 European countries and two North American countries.';
    expect(membership(today, '30 European countries', '2024-06-01')).toEqual(['supported']);
    expect(verdictsOn('The EU was founded by 6 countries, unlike NATO.', '6 countries', '2024-06-01')).toEqual([]);
    // Some of the founders, with the others after: not a count of them all.
    const part = 'NATO was founded in 1949 by 10 countries in Western Europe, with the US and Canada.';
    expect(isRed(verdictsOn(part, 'by 10 countries', '2024-03-12'))).toBe(false);
  });
});

describe('an accession with its place and day', () => {
  it('flags "Sweden formally entered as the 32nd member of NATO at the alliance’s headquarters in Brussels on March 11" (7 March, Washington)', () => {
    // https://thevedpost.com/sweden-formally-joins-nato-as-32nd-member (12 March 2024)
    const text =
      'Under a persistent rain, Sweden formally entered as the 32nd member of NATO at the alliance’s headquarters in Brussels on March 11.';
    expect(membership(text, 'Brussels on March 11', '2024-03-12')).toEqual(['contradicted']);
    // The year taken from an uncertain article date: no red flag.
    expect(isRed(membership(text, 'Brussels on March 11', '2024-03-12', false))).toBe(false);
  });

  it('supports the right day after a place, and says nothing of a later ceremony told apart', () => {
    const right = 'Sweden formally joined NATO at a ceremony in Washington on March 7, 2024.';
    expect(membership(right, 'on March 7, 2024', '2024-03-12')).toEqual(['supported']);
    expect(isRed(verdictsOn('Finland joined NATO at the invitation of allies in 2022.', 'in 2022', '2024-03-12'))).toBe(false);
    const flag = 'Sweden formally joined NATO last week; its flag was raised at the alliance’s headquarters in Brussels on March 11.';
    expect(isRed(verdictsOn(flag, 'Brussels on March 11', '2024-03-12'))).toBe(false);
  });
});

describe('counts of the allies said in passing', () => {
  it('supports "set to join 31 other countries in the alliance" before Sweden joined, and "joined 30 other allies" after Finland did', () => {
    // https://www.thereport.live/international/with-sweden-joining-nato-after-clearing-hungarys-opposition-see-the-new-nato-map/28553
    const text =
      'With Hungary`s parliament voting to ratify Sweden`s bid to join North Atlantic Treaty Organization (NATO), the Scandinavian nation is set to join 31 other countries in the alliance.';
    expect(membership(text, 'join 31 other countries', '2024-02-27')).toEqual(['supported']);
    expect(membership('Finland joined 30 other allies in NATO.', 'joined 30 other allies', '2023-06-01')).toEqual(['supported']);
    expect(membership('Finland joined 20 other allies in NATO.', 'joined 20 other allies', '2023-06-01')).toEqual([]);
  });

  it('supports "the 27 other countries that comprise NATO" after four members named (DVIDS, February 2024)', () => {
    // https://www.dvidshub.net/video/913958/sweden-has-arrived
    const text =
      'Sweden will be joining fellow Nordic countries Norway, Denmark, Iceland and Finland, as well as the 27 other countries that comprise NATO.';
    expect(membership(text, 'the 27 other countries', '2024-02-26')).toEqual(['supported']);
    const nordic = 'The Nordic countries Norway and Denmark, as well as the 3 other countries that form the Nordic Council, met NATO.';
    expect(verdictsOn(nordic, 'the 3 other countries', '2024-02-26')).toEqual([]);
  });

  it('supports "29 countries and nearly a billion people" (Boris Johnson, 2019) and "now counting 32 Allies" (nato.int, 2024)', () => {
    // https://www.hertsad.co.uk/news/eyes-of-the-world-turn-to-herts-for-nato-summit-1-6408922
    const johnson =
      'He went on: "70 years on, we are rock solid in our commitments to Nato and to the giant shield of solidarity that now protect 29 countries and nearly a billion people.';
    expect(membership(johnson, '29 countries and nearly a billion people', '2019-12-04')).toEqual(['supported']);
    expect(isRed(verdictsOn(johnson, '29 countries', '2024-12-04'))).toBe(false);
    // https://nato.int/cps/en/natohq/news_224092.htm
    const nato =
      'Since 1949, the Alliance has ensured peace, democracy and prosperity for its members, now counting 32 Allies and one billion people on both sides of the Atlantic.';
    expect(membership(nato, 'counting 32 Allies', '2024-04-04')).toEqual(['supported']);
  });

  it('supports "Thirty flags will now fly together" (Stoltenberg, 30 March 2020), not a count of flags NATO never had', () => {
    // https://www.defense.gov/Explore/News/Article/Article/2130563/nato-alliance-marks-north-macedonia-accession/
    const text =
      'NATO welcomed its 30th member nation.\n"Thirty flags will now fly together, a symbol of our unity and our solidarity," Stoltenberg said.';
    expect(membership(text, 'Thirty flags', '2020-03-30')).toEqual(['supported']);
    expect(verdictsOn('Ten flags flew at the NATO base.', 'Ten flags', '2025-02-14')).toEqual([]);
  });

  it('supports leaders and heads of state counted: "The Alliance’s 28 leaders" (2014), "the 32 Heads of State and Government" (2025)', () => {
    // https://www.nato.int/cps/en/natohq/news_112461.htm
    const wales =
      'The Alliance’s 28 leaders agreed at their Wales Summit on Friday (5 September 2014) to reverse the trend of declining defence budgets.';
    expect(membership(wales, 'The Alliance’s 28 leaders', '2014-09-05')).toEqual(['supported']);
    // https://newsable.asianetnews.com/world/nato-summit-member-states-commit-to-5-pc-gdp-defence-spending-by-2035-kmv/articleshow-eivgwn9
    const hague =
      'Alliance reaffirms unity against threats.\n\nAs per the declaration, released on Wednesday following the summit, the 32 Heads of State and Government of the military alliance resolved to bolster its military capabilities.';
    expect(membership(hague, 'the 32 Heads of State and Government', '2025-06-25')).toEqual(['supported']);
    expect(verdictsOn('The 20 leaders of NATO countries who attended signed it.', 'The 20 leaders', '2025-02-14')).toEqual([]);
  });

  it('supports the meeting "in the format of “32”" (Czech delegation to NATO, February 2025)', () => {
    // https://mzv.gov.cz/nato.brussels/en/news_events/defence_ministers_met_in_brussels_for.html
    const text = 'The main topics of the NATO meeting in the format of “32“ were strengthening NATO’s defence.';
    expect(membership(text, 'format of “32', '2025-02-14')).toEqual(['supported']);
  });

  it('supports "increasing its total membership to 26" with the round of 29 March 2004 (TVP World, 2024)', () => {
    // https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato
    const text =
      'On March 29, 2004, Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia were inducted into the Alliance, increasing its total membership to 26.';
    expect(membership(text, 'increasing its total membership to 26', '2024-03-29')).toEqual(['supported']);
    expect(membership(text, 'Bulgaria, Estonia', '2024-03-29')).toEqual(['supported']);
    expect(membership(text.replace('to 26', 'to 25'), 'membership to 25', '2024-03-29')).toEqual([]);
  });
});

describe('places in line and steps of an accession', () => {
  it('supports "we became the 30th full-fledged member" with North Macedonia in the sentence before (its defence ministry, 2021)', () => {
    // http://www.mod.gov.mk/?mainnews=republika-severna-makedonija-edna-godina-clenka-na-nato&lang=en
    const text =
      'On this day, one year ago, the Republic of North Macedonia achieved its great historical success! By depositing the North Atlantic Treaty in the State Department in Washington, we became the 30th full-fledged member of the most powerful military political alliance of today.';
    expect(membership(text, '30th full-fledged member', '2021-03-27')).toEqual(['supported']);
  });

  it('supports "make it the 30th member of the NATO alliance" with the one country of the page that fits (netpress, 2020)', () => {
    // https://en.netpress.com.mk/2020/03/27/macedonia-officially-join-nato-friday/
    const text =
      'Macedonia to officially join NATO on Friday\n\nMacedonia is expected to deliver paperwork to the U.S. State Department on Friday that will officially make it the 30th member of the NATO alliance.\n\nIn a March 20 letter to North Macedonian Prime Minister Oliver Spasovski, NATO Secretary General Jens Stoltenberg officially invited the country.';
    expect(membership(text, '30th member', '2020-03-27')).toEqual(['supported']);
    const wrong = text.replace('30th member', '31st member');
    expect(isRed(verdictsOn(wrong, '31st member', '2020-03-27'))).toBe(false);
  });

  it('supports the protocol signed, by the treaty’s title or with the country named elsewhere in the page', () => {
    // The State Department on North Macedonia's protocol (netpress, 27 March 2020).
    const title =
      'The U.S. Department of State said Wednesday that the conditions for the entry into force of the Protocol to the North Atlantic Treaty on the Accession of the Republic of North Macedonia, done at Brussels on February 6, 2019, were met on March 19, 2020.';
    expect(membership(title, 'done at Brussels on February 6, 2019', '2020-03-27')).toEqual(['supported']);
    const list =
      'Republic of North Macedonia – one year as member of NATO\n\n- The NATO accession protocol was signed on 6 February 2019, and after only one week the Minister of Defence participated.';
    expect(membership(list, 'signed on 6 February 2019', '2021-03-27')).toEqual(['supported']);
    // Another page's country, another day: nothing said, and never a red flag without the country here.
    const other = 'Sweden and Finland in NATO.\n\nThe accession protocol was signed on 6 February 2019.';
    expect(membership(other, 'signed on 6 February 2019', '2023-03-27')).toEqual([]);
  });

  it('supports "On 4 April 2023, Finland’s Blue Cross Flag was hoisted at NATO Headquarters" (NATO Review, 2023)', () => {
    // https://www.dvidshub.net/audio/76142/nato-review-logical-but-unexpected-witnessing-finlands-path-nato-close-distance
    const text =
      'On 4 April 2023, Finland’s Blue Cross Flag was hoisted at NATO Headquarters, marking the nation’s entry into the Alliance.';
    expect(membership(text, 'Blue Cross Flag was hoisted', '2023-08-28')).toEqual(['supported']);
  });
});

describe('the founders', () => {
  it('supports the twelve named before "signed the North Atlantic Treaty in Washington" (Belgian foreign ministry, 2024)', () => {
    // https://diplomatie.belgium.be/en/news/nato-turns-75
    const text =
      'To the day 75 years ago, Belgium, Canada, Denmark, France, Iceland, Italy, Norway, Luxembourg, the Netherlands, Portugal, the United States and the United Kingdom signed the North Atlantic Treaty in Washington, the founding treaty of the North Atlantic Treaty Organisation (NATO).';
    expect(membership(text, 'Belgium, Canada', '2024-04-03')).toEqual(['supported']);
    const later = 'In 1952, Greece, Turkey and Italy signed the North Atlantic Treaty.';
    expect(verdictsOn(later, 'Greece, Turkey and Italy', '2024-04-03')).toEqual([]);
  });

  it('supports "Britain was a founding member of Nato" (Boris Johnson, December 2019); flags it of a later member', () => {
    // https://www.hertsad.co.uk/news/eyes-of-the-world-turn-to-herts-for-nato-summit-1-6408922
    const text =
      '"I do feel that our alliance is coming home because Britain was a founding member of Nato and it was here that Nato opened its first headquarters.';
    expect(membership(text, 'Britain was a founding member of Nato', '2019-12-04')).toEqual(['supported']);
    expect(membership('Greece was a founding member of NATO.', 'Greece', '2019-12-04')).toEqual(['contradicted']);
  });

  it('never flags a founding member of something else, a denial, or "the alliance" (which may be another)', () => {
    expect(isRed(verdictsOn("Greece, a founding member of NATO's Mediterranean Dialogue, said so.", 'Greece', '2019-12-04'))).toBe(false);
    expect(isRed(verdictsOn('Turkey was not a founding member of NATO.', 'Turkey', '2019-12-04'))).toBe(false);
    expect(isRed(verdictsOn('Turkey was a founding member of the alliance of Turkic states.', 'Turkey', '2019-12-04'))).toBe(false);
  });
});

describe('accessions and ratifications told in passing', () => {
  // https://www.thereport.live/international/with-sweden-joining-nato-after-clearing-hungarys-opposition-see-the-new-nato-map/28553 (27 February 2024)
  it('supports "Sweden follows Finland, which was accepted into NATO last year"', () => {
    const text = 'After nearly two years of negotiations, Sweden follows Finland, which was accepted into NATO last year.';
    expect(membership(text, 'Finland, which was accepted into NATO last year', '2024-02-27')).toEqual(['supported']);
    expect(membership(text, 'Finland, which was accepted into NATO last year', '2025-02-27')).toEqual([]);
  });

  it('supports "Sweden`s final hurdle came Monday, when Hungary at last voted to let the nation join NATO" on the Tuesday after', () => {
    const text = 'Sweden`s final hurdle came Monday, when Hungary at last voted to let the nation join NATO.';
    expect(membership(text, 'Hungary at last voted', '2024-02-27')).toEqual(['supported']);
    expect(membership(text, 'Hungary at last voted', '2024-03-27')).toEqual([]);
  });

  it('supports "The parliament late yesterday approved ... Sweden’s accession to NATO" under a headline naming Turkey (bianet, January 2024)', () => {
    // https://bianet.org/haber/turkey-s-parliament-greenlights-sweden-s-nato-membership-290945
    const text =
      "Turkey's parliament greenlights Sweden's NATO membership\nThe parliament late yesterday approved a legislative proposal concerning Sweden's accession to NATO.";
    expect(membership(text, 'The parliament late yesterday approved', '2024-01-24')).toEqual(['supported']);
    expect(membership(text, 'The parliament late yesterday approved', '2024-02-24')).toEqual([]);
    const pending = "Hungary's leader spoke on Sweden's NATO membership.\nThe parliament is yet to approve Sweden's accession to NATO.";
    expect(verdictsOn(pending, 'yet to approve', '2024-02-24')).toEqual([]);
  });

  it('supports "their 25th (Czechia, Hungary, Poland), 20th (...), and 15th (Albania, Croatia) accession anniversaries" (nato.int, 4 April 2024)', () => {
    // https://nato.int/cps/en/natohq/news_224092.htm
    const text =
      'Twelve Allied Foreign Ministers delivered statements to mark their 25th (Czechia, Hungary, Poland), 20th (Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, Slovenia), and 15th (Albania, Croatia) accession anniversaries.';
    expect(membership(text, '25th (Czechia', '2024-04-04')).toEqual(['supported']);
    expect(membership(text.replace('20th (Bulgaria', '15th (Bulgaria'), '25th (Czechia', '2024-04-04')).toEqual([]);
  });
});

describe('the alliance’s anniversaries and rounds counted back', () => {
  it('supports "Twenty years ago today, the first major post–Cold War expansion of NATO" on 12 March 2019 (Foreign Affairs)', () => {
    // https://www.foreignaffairs.com/articles/2019-03-12/convincing-call-central-europe-let-us-nato
    const text =
      'Twenty years ago today, the first major post–Cold War expansion of NATO took place in an unlikely locale: Independence, Missouri.';
    expect(membership(text, 'Twenty years ago today', '2019-03-12')).toEqual(['supported']);
    expect(membership(text, 'Twenty years ago today', '2019-04-12')).toEqual([]);
  });

  it('supports "It was the military alliance’s 70th anniversary" with NATO named before (December 2019); not for another alliance', () => {
    // https://pfhstheroar.com/8182/news/a-short-recap-of-the-london-nato-meeting/
    const text =
      'The second event, or the NATO leaders meeting was held at the Grove Hotel in Hertfordshire, UK on Dec 4. It was the military alliance’s 70th anniversary.';
    expect(kindOn('figure', text, 'the military alliance’s 70th anniversary', '2019-12-10').map((a) => a.verdict)).toEqual(['supported']);
    const anzus = 'ANZUS turned 70 in 2021. It was the military alliance’s 70th anniversary.';
    expect(verdictsOn(anzus, '70th anniversary', '2021-12-10')).toEqual([]);
  });
});

describe('the founding and the rounds said in passing (stretch)', () => {
  it('supports "Since its establishment in 1949" with NATO named, and "the North Atlantic Treaty signed on April 1949"', () => {
    // https://bigrafikir.com/threads/what-countries-are-in-nato-2024.21401 (2024)
    const since = 'NATO is a military alliance. Since its establishment in 1949, NATO has evolved significantly.';
    expect(kindOn('figure', since, 'Since its establishment in 1949', '2024-06-01').map((a) => a.verdict)).toEqual(['supported']);
    expect(verdictsOn('Since its establishment in 1957, the EU has grown, unlike NATO.', 'establishment in 1957', '2024-07-12')).toEqual(
      [],
    );
    // https://pfhstheroar.com (December 2019)
    const treaty =
      'NATO is a defense alliance. The focus of the Alliance, which implements the North Atlantic Treaty signed on April 1949, is to form a system of unified defence.';
    expect(kindOn('figure', treaty, 'signed on April 1949', '2019-12-10').map((a) => a.verdict)).toEqual(['supported']);
    // A written day in another year is a wrong day of the one treaty (figure-forms.ts, round 20): flagged once.
    expect(verdictsOn('The North Atlantic Treaty was signed on April 4, 1950 in Washington.', 'April 4, 1950', '2024-07-12')).toEqual([
      'contradicted',
    ]);
  });

  it('supports "the 20th anniversary of the admission of seven ... nations to NATO" and "the alliance’s fifth and most extensive expansion" (TVP World, 2024)', () => {
    // https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato
    const text =
      "March 29th commemorates the 20th anniversary of the admission of seven Central and Eastern European nations to NATO, marking the alliance's fifth and most extensive expansion to date.";
    expect(membership(text, '20th anniversary of the admission', '2024-03-29')).toEqual(['supported']);
    expect(membership(text, 'fifth and most extensive expansion', '2024-03-29')).toEqual(['supported']);
    expect(membership(text.replace('seven', 'three'), '20th anniversary of the admission', '2024-03-29')).toEqual([]);
    expect(verdictsOn("It was NATO's fourth and largest enlargement.", 'fourth and largest', '2024-03-29')).toEqual([]);
  });
});

describe('the time between two accessions', () => {
  it('flags "Sweden became the latest country to join ..., ten months after neighbour Finland joined" (eleven months), supports eleven', () => {
    const text =
      'Sweden became the latest country to join the North Atlantic Treaty Organization (NATO), ten months after neighbour Finland joined the military alliance.';
    expect(membership(text, 'ten months after neighbour Finland', '2024-03-08')).toEqual(['contradicted']);
    expect(membership(text.replace('ten months', 'eleven months'), 'eleven months after', '2024-03-08')).toEqual(['supported']);
    expect(isRed(membership(text, 'ten months after neighbour Finland', '2024-03-08', false))).toBe(false);
  });

  it('never reads a gap to another club or to another step', () => {
    const eu = 'Montenegro joined NATO in 2017, three years after Croatia joined the EU.';
    expect(isRed(verdictsOn(eu, 'three years after Croatia', '2024-03-08'))).toBe(false);
    const applied = 'Sweden joined NATO on Thursday, two years after Finland applied.';
    expect(verdictsOn(applied, 'two years after Finland', '2024-03-08')).toEqual([]);
  });
});

describe('an anniversary of something NATO did or a member’s accession is not the alliance’s', () => {
  it('says nothing of NATO’s age on "the 20th anniversary of NATO accession" (V4, March 2019) or "of NATO bombing"', () => {
    const v4 = 'V4 heads of government to celebrate 20th anniversary of NATO accession in Warsaw';
    expect(kindOn('figure', v4, '20th anniversary of NATO', '2019-03-09')).toEqual([]);
    const bombing = 'The 20th anniversary of NATO bombing of Yugoslavia was marked.';
    expect(kindOn('figure', bombing, '20th anniversary of NATO', '2019-03-24')).toEqual([]);
    const own = 'The summit marked the 70th anniversary of NATO.';
    expect(kindOn('figure', own, '70th anniversary of NATO', '2019-12-04').map((a) => a.verdict)).toEqual(['supported']);
  });
});

describe('the founding counted back (stretch)', () => {
  it('supports "when the alliance was established 50 years ago" (AP, 12 March 1999) and "had formed fifty years earlier" telling of 1999', () => {
    const ap =
      'The storm dumped snow on Independence, the hometown of the late former U.S. President Harry Truman, who was in office when the alliance was established 50 years ago. NATO welcomed three members.';
    expect(kindOn('figure', ap, 'established 50 years ago', '1999-03-12').map((a) => a.verdict)).toEqual(['supported']);
    // Round 26: a bare count ten years off the age on the page's day is a red flag (it was 69.9), no longer left unsaid.
    expect(kindOn('figure', 'NATO was founded 60 years ago.', 'founded 60 years ago', '2019-03-12').map((a) => a.verdict)).toEqual([
      'contradicted',
    ]);
    // https://www.foreignaffairs.com/articles/2019-03-12/convincing-call-central-europe-let-us-nato
    const fa =
      'Twenty years ago today, the first major post–Cold War expansion of NATO took place in an unlikely locale: Independence, Missouri. She had arranged for the accession ceremony to take place at the Missouri site to honor the president on whose watch the alliance had formed fifty years earlier.';
    expect(kindOn('figure', fa, 'had formed fifty years earlier', '2019-03-12').map((a) => a.verdict)).toEqual(['supported']);
  });
});
